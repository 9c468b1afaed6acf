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

    Made once per document: `missing` collects the characters no font of the chain has
    (they are drawn as MISSING_MARK). Per-character lookups are cached, so measuring text
    costs one dict lookup a character.
    """

    def __init__(self, *faces: str) -> None:
        register()
        self.faces = faces
        self._fonts = [pdfmetrics.getFont(f) for f in faces]
        self.advance: dict[str, float] = {}  # width at 1 pt
        self._draw: dict[str, tuple[str, str]] = {}  # font name, character drawn
        self.missing: set[str] = set()

    def _resolve(self, ch: str) -> None:
        code = ord(ch)
        for name, font in zip(self.faces, self._fonts, strict=True):
            if code in font.face.charToGlyph:
                self._draw[ch] = (name, ch)
                self.advance[ch] = font.stringWidth(ch, 1.0)
                return
        self.missing.add(ch)
        self._draw[ch] = (self.faces[0], MISSING_MARK)
        self.advance[ch] = self._fonts[0].stringWidth(MISSING_MARK, 1.0)

    def width(self, text: str, size: float = 1.0) -> float:
        try:
            return sum(map(self.advance.__getitem__, text)) * size
        except KeyError:
            for ch in set(text) - self.advance.keys():
                self._resolve(ch)
            return sum(map(self.advance.__getitem__, text)) * size

    def covers(self, ch: str) -> bool:
        self.width(ch)
        return ch not in self.missing

    def draw(self, ch: str) -> tuple[str, str]:
        """(font name, character to draw) for one character."""
        if ch not in self._draw:
            self._resolve(ch)
        return self._draw[ch]
