"""Where the app finds its bundled data and where it keeps the user's database.

From a wheel, `resources/` and `db/` sit inside the package (hatch force-include);
from a checkout they sit at the repository's top level.
"""

from __future__ import annotations

import os
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


def default_db_path() -> Path:
    """`QS_LEDGER_DB`, else the per-user data folder."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("qs-ledger", appauthor=False) / "ledger.sqlite"


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    return Path(explicit).expanduser() if explicit else default_db_path()


def log_dir() -> Path:
    """Where internal errors are logged: the per-user log folder, whichever ledger is open."""
    from platformdirs import user_log_path

    return user_log_path("qs-ledger", appauthor=False)


def exports_dir() -> Path:
    """Default export folder: `exports/` in a checkout, else the user's documents."""
    checkout = _PKG.parent / "exports"
    if checkout.is_dir():
        return checkout
    from platformdirs import user_documents_path

    return user_documents_path() / "QS Ledger"
