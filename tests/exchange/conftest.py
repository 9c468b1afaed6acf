from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def soffice(tmp_path_factory):
    """Convert a file with headless LibreOffice (a private profile avoids lock conflicts).

    CI installs LibreOffice, so a missing `soffice` is a failure, not a skip.
    """
    exe = shutil.which("soffice")
    assert exe, "LibreOffice (soffice) is required for the round-trip tests"
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(src: Path, target: str, outdir: Path) -> Path:
        outdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
             "--outdir", str(outdir), str(src)],
            check=True, capture_output=True, timeout=120,
        )
        out = outdir / (src.stem + "." + target.split(":")[0])
        assert out.exists(), f"LibreOffice did not write {out}"
        return out

    return convert
