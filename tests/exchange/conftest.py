"""Read exported files back as a user's tools would: poppler for PDFs, LibreOffice for workbooks."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


class Poppler:
    def text(self, pdf: Path, page: int | None = None, *, layout: bool = False) -> str:
        args = ["pdftotext", "-enc", "UTF-8"]
        if page is not None:
            args += ["-f", str(page), "-l", str(page)]
        if layout:
            args.append("-layout")
        return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout

    def flat(self, pdf: Path, page: int | None = None) -> str:
        """Text with all whitespace removed: table cells wrap wherever they like."""
        return squash(self.text(pdf, page))

    def fonts(self, pdf: Path) -> list[dict[str, str]]:
        out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        lines = out.splitlines()
        cols = lines[0].split()  # name type encoding emb sub uni object ID
        rows = []
        for line in lines[2:]:
            parts = line.split()
            # name, then a type of one or two words, encoding, emb, sub, uni, object, ID
            rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
        assert cols[0] == "name"
        return rows

    def words(self, pdf: Path, page: int) -> list[tuple[str, float]]:
        """(word, bottom edge in points from the top of the page) for each word on a page."""
        out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                             check=True, capture_output=True, text=True).stdout
        return [(w, float(y)) for y, w in re.findall(r'<word [^>]*yMax="([\d.]+)">([^<]*)</word>', out)]

    def page_sizes(self, pdf: Path) -> list[tuple[float, float]]:
        pages = self.pages(pdf)
        out = subprocess.run(["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)],
                             check=True, capture_output=True, text=True).stdout
        return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]

    def pages(self, pdf: Path) -> int:
        out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="session")
def poppler() -> Poppler:
    return Poppler()


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


@pytest.fixture
def offices(store, tmp_path):
    """The county (this test's ledger, as 县环委会办公室) and the unit installations it sets up."""
    from qs_desktop.ops.office import set_office
    from tests.packages_kit import Offices

    set_office(store, "县环委会办公室")
    kit = Offices(store, tmp_path)
    yield kit
    for unit in kit.units.values():
        unit.close()
