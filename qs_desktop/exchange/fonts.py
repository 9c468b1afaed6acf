"""Bundled CJK fonts for PDF output.

AR PL UMing (a Song/Ming face) sets the body text, WenQuanYi Micro Hei (a Hei face with
wider coverage) sets headings and any character UMing lacks. Both are TrueType-outline
fonts that reportlab embeds as subsets, so a PDF prints the same on any office PC.
"""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import FONTS_DIR

SONG = "QsSong"
HEI = "QsHei"
_FILES = {SONG: ("uming.ttc", 0), HEI: ("wqy-microhei.ttc", 0)}

# The geta mark: the traditional typesetter's stand-in for a character with no type.
MISSING_MARK = "〓"


@functools.cache
def register() -> None:
    for name, (file, index) in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file), subfontIndex=index))


class Typeface:
    """A chain of fonts: each character is set in the first font of the chain that has it.

    Per-character lookups are cached, so measuring text costs one dict lookup a character.
    """

    def __init__(self, *faces: str) -> None:
        register()
        self.faces = faces
        self._fonts = [pdfmetrics.getFont(f) for f in faces]
        self._glyphs: dict[str, tuple[str, float, str]] = {}

    def glyph(self, ch: str) -> tuple[str, float, str]:
        """(font name, advance width at 1 pt, character to draw) for one character.

        A character no font has is drawn as MISSING_MARK in the first font; see `missing`.
        """
        hit = self._glyphs.get(ch)
        if hit is None:
            code = ord(ch)
            for name, font in zip(self.faces, self._fonts, strict=True):
                if code in font.face.charToGlyph:
                    hit = (name, font.stringWidth(ch, 1.0), ch)
                    break
            else:
                hit = (self.faces[0], self._fonts[0].stringWidth(MISSING_MARK, 1.0), MISSING_MARK)
            self._glyphs[ch] = hit
        return hit

    def covers(self, ch: str) -> bool:
        return self.glyph(ch)[2] == ch or ch == MISSING_MARK

    def missing(self, text: str) -> set[str]:
        return {ch for ch in set(text) if not ch.isspace() and not self.covers(ch)}

    def width(self, text: str, size: float) -> float:
        glyph = self.glyph
        return sum(glyph(ch)[1] for ch in text) * size

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split text into (font name, text) runs, each drawable with a single font."""
        out: list[tuple[str, str]] = []
        face, buf = None, []
        for ch in text:
            name, _, draw = self.glyph(ch)
            if name != face and buf:
                out.append((face, "".join(buf)))
                buf = []
            face = name
            buf.append(draw)
        if buf:
            out.append((face, "".join(buf)))
        return out


@functools.cache
def song() -> Typeface:
    """Body text: Song/Ming first, Hei for what it lacks."""
    return Typeface(SONG, HEI)


@functools.cache
def hei() -> Typeface:
    """Headings and header rows: Hei first, Song for what it lacks."""
    return Typeface(HEI, SONG)
