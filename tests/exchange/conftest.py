"""Read PDFs back with the poppler tools, as a user's viewer or printer would."""

from __future__ import annotations

import re
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
