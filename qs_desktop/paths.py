"""Where the app finds its bundled data and where it keeps the user's files.

From a wheel, `resources/` and `db/` sit inside the package (hatch force-include);
the PyInstaller bundle (packaging/qs-ledger.spec) puts them at the same place under its
`_internal/qs_desktop/`; from a checkout they sit at the repository's top level.

Portable mode: a folder named `data` beside the bundled programs holds the ledger, its
backups, the settings, exports and the error log, so a USB stick carries everything from
PC to PC.
Nothing stores where that folder is: it is found again from the program's own location at
every start, whatever drive letter the stick has today.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PKG / name
    return inside if inside.is_dir() else _PKG.parent / name


RESOURCES = _bundled("resources")
MIGRATIONS = _bundled("db")
PLANS_DIR = RESOURCES / "plans"
FONTS_DIR = RESOURCES / "fonts"
I18N_DIR = RESOURCES / "i18n"
ENV_DB = "QS_LEDGER_DB"
PORTABLE = "data"


def executable_dir() -> Path | None:
    """The folder holding the bundled `qs-desktop` and `qs-ledger`; None when run by Python."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def portable_dir() -> Path | None:
    """`data/` beside the bundled programs when it exists (portable mode), else None."""
    home = executable_dir()
    if home is None or not (home / PORTABLE).is_dir():
        return None
    return home / PORTABLE


def data_dir() -> Path:
    """This installation's own folder: `data/` in portable mode, else the per-user data folder."""
    portable = portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path("qs-ledger", appauthor=False)


def default_db_path() -> Path:
    """`QS_LEDGER_DB`, else `ledger.sqlite` in `data_dir()`; backups go into `backups/` beside it."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return data_dir() / "ledger.sqlite"


def desktop_command(*args: str) -> list[str]:
    """The command line that starts the desktop again: the bundled program itself, or Python."""
    if executable_dir() is not None:
        return [sys.executable, *args]
    return [sys.executable, "-m", "qs_desktop.ui.app", *args]


def settings_file() -> Path | None:
    """The GUI's settings as an INI file in portable mode; None: the platform's usual place."""
    portable = portable_dir()
    return portable / "settings.ini" if portable else None


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    return Path(explicit).expanduser() if explicit else default_db_path()


def log_dir() -> Path:
    """Where internal errors are logged, whichever ledger is open (QS_LEDGER_DB does not move it):
    `data/logs` in portable mode, else the per-user log folder."""
    portable = portable_dir()
    if portable is not None:
        return portable / "logs"
    from platformdirs import user_log_path

    return user_log_path("qs-ledger", appauthor=False)


def exports_dir() -> Path:
    """Default export folder: `data/exports` in portable mode (created here), `exports/` in a
    checkout, else the user's documents."""
    portable = portable_dir()
    if portable is not None:
        folder = portable / "exports"
        with contextlib.suppress(OSError):  # a write-protected stick: dialogs start elsewhere
            folder.mkdir(exist_ok=True)
        return folder
    checkout = _PKG.parent / "exports"
    if checkout.is_dir():
        return checkout
    from platformdirs import user_documents_path

    return user_documents_path() / "QS Ledger"


def remembered(folder: Path) -> str:
    """How a folder is kept in the settings: in portable mode a folder inside the bundle is kept
    relative to it, so the stick's next drive letter finds it again; others as they are."""
    home = executable_dir() if portable_dir() else None
    if home is not None and folder.is_relative_to(home):
        return folder.relative_to(home).as_posix()
    return str(folder)


def recalled(text: str) -> Path:
    """The folder `remembered` kept (relative ones resolved against the programs' folder)."""
    path = Path(text)
    home = executable_dir()
    return home / path if home is not None and not path.is_absolute() else path
