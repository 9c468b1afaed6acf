"""CJK line breaking for table cells, with the kinsoku rules of Chinese typesetting.

Any two hanzi may be broken between, but a line should not start with closing
punctuation (，。、）…) nor end with opening punctuation (（“《…). Runs of Latin letters and
digits ("PM2.5", "2022") are kept whole unless they alone are wider than the line.
"""

from __future__ import annotations

import re

from .fonts import Typeface

NO_LINE_START = frozenset("，。、；：？！）》」』”’】〕〉｝］．,.;:?!)]}%％·…—～")
NO_LINE_END = frozenset("（《「『“‘【〔〈｛［([{")

_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%/+\-]*|.", re.S)


def wrap(text: str, width: float, face: Typeface, size: float) -> list[tuple[str, float]]:
    """Break text into lines no wider than `width` points; returns (line, line width) pairs."""
    if "\n" not in text and "\r" not in text and "\t" not in text:
        text = text.strip()
        w = face.width(text, size)
        if w <= width:  # most short cells: one line, no tokenising
            return [(text, w)]
        return _wrap_paragraph(text, width, face, size)
    lines: list[tuple[str, float]] = []
    for para in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n"):
        lines.extend(_wrap_paragraph(para.strip(), width, face, size))
    return lines or [("", 0.0)]


def _wrap_paragraph(text: str, width: float, face: Typeface, size: float) -> list[tuple[str, float]]:
    if not text:
        return [("", 0.0)]
    face.width(text)
    adv = face.advance
    tokens: list[str] = []
    widths: list[float] = []
    for tok in _TOKEN.findall(text):
        if len(tok) == 1:
            tokens.append(tok)
            widths.append(adv[tok] * size)
            continue
        w = sum(map(adv.__getitem__, tok)) * size
        if w > width:  # a word wider than the line breaks anywhere
            tokens.extend(tok)
            widths.extend(adv[ch] * size for ch in tok)
        else:
            tokens.append(tok)
            widths.append(w)

    lines: list[tuple[str, float]] = []
    start, n = 0, len(tokens)
    while start < n:
        end, used = start, 0.0
        while end < n and (end == start or used + widths[end] <= width):
            used += widths[end]
            end += 1
        if end < n:
            brk = end
            while brk > start + 1 and _forbidden(tokens, start, brk):
                brk -= 1
            if not _forbidden(tokens, start, brk):  # else no break is better than the full line
                end = brk
        while end > start + 1 and tokens[end - 1] == " ":
            end -= 1
        line = "".join(tokens[start:end])
        lines.append((line, sum(widths[start:end])))
        start = end
        while start < n and tokens[start] == " ":
            start += 1
    return lines


def _forbidden(tokens: list[str], start: int, brk: int) -> bool:
    """Would breaking before tokens[brk] start a line with closing or end one with opening
    punctuation? Spaces at the break are dropped, so look past them."""
    after, before = brk, brk - 1
    while after < len(tokens) and tokens[after] == " ":
        after += 1
    while before >= start and tokens[before] == " ":
        before -= 1
    return (after < len(tokens) and tokens[after] in NO_LINE_START) or (
        before >= start and tokens[before] in NO_LINE_END)
