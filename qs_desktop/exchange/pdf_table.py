"""A small table layout engine drawing straight onto a reportlab canvas.

platypus Tables of Paragraphs re-measure every cell through the full paragraph machinery;
a ledger needs only wrapped lines of one style per column, so this engine wraps text with
cached per-character widths and emits one text object per page (see benchmarks/README.md).

Layout of an official annex table: header row repeated on every page, the first column
optionally merged over runs of equal values (no inner rules; the value is repeated with
"（续）" at the top of a page when its run breaks across pages), cell text centred
vertically, page numbers "— N —" centred at the foot.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ..fsutil import atomic_write
from .fonts import HEI, SONG, Typeface, register
from .linebreak import wrap

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X = 45.0
MARGIN_TOP = 42.0
MARGIN_BOTTOM = 52.0
FOOT_Y = 26.0

BODY_SIZE = 9.5
LEADING = 13.0
HEAD_SIZE = 10.0
PAD_X = 3.5
PAD_Y = 3.0
SHADE_GREY = 0.86
CONTINUED = "（续）"
SIGNATURE_HEIGHT = 60.0
TABLE_GAP = 12.0  # below a table, before what follows


@dataclass(frozen=True)
class PdfResult:
    pages: int
    missing_chars: tuple[str, ...] = ()

    @property
    def warning(self) -> str | None:
        """The message a user must see when some characters could not be printed."""
        if not self.missing_chars:
            return None
        listed = "、".join(f"“{ch}”（U+{ord(ch):04X}）" for ch in self.missing_chars)
        return f"内置字体缺少 {len(self.missing_chars)} 个字符，PDF 中以“〓”代替：{listed}。请核对后手工补写。"


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the table width (any unit; normalised)
    align: str = "left"  # "left" | "center" | "right"


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    shaded: frozenset[int] = field(default_factory=frozenset)  # columns with a grey background


@dataclass
class _Placed:
    row: Row
    lines: list[list[tuple[str, float]]]
    height: float
    top: float
    label: str | None  # text of the merged first cell when this row starts one


class Sheet:
    """One PDF being drawn: a canvas, a cursor and the characters no font could draw."""

    def __init__(self, out: BinaryIO, *, title: str) -> None:
        register()  # before the canvas, whose preamble names its initial font
        self.canvas = Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1, initialFontName=SONG)
        self.canvas.setTitle(title)
        self.canvas.setCreator("QS Ledger")
        self.page = 1
        self.stamp = ""  # printed at the foot of every page, e.g. 示例数据
        self.y = PAGE_H - MARGIN_TOP
        self.ink = _Text(self.canvas)
        self.song = Typeface(SONG, HEI)  # body text: Song/Ming, Hei for what it lacks
        self.hei = Typeface(HEI, SONG)  # headings and header rows

    # -- text ---------------------------------------------------------------------------

    def text(self, x: float, y: float, s: str, *, face: Typeface | None = None,
             size: float = BODY_SIZE, align: str = "left", bold: bool = False) -> None:
        face = face or self.song
        if align != "left":
            w = face.width(s, size)
            x -= w if align == "right" else w / 2
        t = self.ink
        if bold:  # fill + stroke thickens a face that has no bold cut
            self.canvas.setLineWidth(size * 0.035)
            t.ops.append("2 Tr")
        t.line(face, size, x, y, s)
        if bold:  # the render mode is graphics state: it would outlive this text object
            t.ops.append("0 Tr")
        t.flush()

    def heading(self, *, annex: str, title: str, left: str = "", right: str = "") -> None:
        """Annex label, centred title, and a note line (document number / as-of date)."""
        if annex:
            self.text(MARGIN_X, self.y - 14, annex, face=self.hei, size=14)
            self.y -= 22
        for line, _ in wrap(title, PAGE_W - 2 * MARGIN_X - 80, self.song, 18):
            self.text(PAGE_W / 2, self.y - 18, line, size=18, align="center", bold=True)
            self.y -= 26
        self.y -= 6
        if left:
            self.text(MARGIN_X, self.y - 11, left, size=10.5)
        if right:
            self.text(PAGE_W - MARGIN_X, self.y - 11, right, size=10.5, align="right")
        if left or right:
            self.y -= 18

    def signature(self) -> None:
        """填报单位（盖章）, 填报人, 审核人, 日期 — each with a rule to sign or stamp on."""
        if self.y - SIGNATURE_HEIGHT < MARGIN_BOTTOM:
            self.new_page()
        y = self.y - 36
        fields = (("填报单位（盖章）：", 3), ("填报人：", 2), ("审核人：", 2), ("日期：", 2))
        unit = (PAGE_W - 2 * MARGIN_X) / sum(w for _, w in fields)
        x = MARGIN_X
        self.canvas.setLineWidth(0.6)
        for label, w in fields:
            self.text(x, y, label, size=11)
            start = x + self.song.width(label, 11)
            self.canvas.line(start, y - 2, x + w * unit - 18, y - 2)
            x += w * unit
        self.y = y - SIGNATURE_HEIGHT + 36

    # -- pages --------------------------------------------------------------------------

    def new_page(self) -> None:
        self._foot()
        self.canvas.showPage()
        self.page += 1
        self.y = PAGE_H - MARGIN_TOP

    def _foot(self) -> None:
        self.text(PAGE_W / 2, FOOT_Y, f"— {self.page} —", size=10.5, align="center")
        if self.stamp:
            self.text(PAGE_W - MARGIN_X, FOOT_Y, self.stamp, face=self.hei, size=10.5, align="right")

    def close(self) -> PdfResult:
        self._foot()
        self.canvas.showPage()
        self.canvas.save()
        return PdfResult(pages=self.page, missing_chars=tuple(sorted(self.song.missing | self.hei.missing)))

    # -- tables -------------------------------------------------------------------------

    def table(self, columns: Sequence[Column], rows: Sequence[Row], *, merge_first: bool = False,
              keep_with_last: float = 0.0) -> None:
        """Flow rows across pages. With merge_first, column 0 reads as one merged cell per run
        of equal values, labelled again with "（续）" at the top of a page it continues on.
        keep_with_last: room to leave below the last row (e.g. SIGNATURE_HEIGHT), so what
        follows the table is never alone on a page."""
        total = sum(c.width for c in columns)
        widths = [c.width / total * (PAGE_W - 2 * MARGIN_X) for c in columns]
        xs = [MARGIN_X]
        for w in widths:
            xs.append(xs[-1] + w)
        grid = _Grid(columns, xs, merge_first)
        header = [wrap(c.title, w - 2 * PAD_X, self.hei, HEAD_SIZE) for c, w in zip(columns, widths, strict=True)]
        head_h = max(len(h) for h in header) * LEADING + 2 * PAD_Y
        first = 1 if merge_first else 0

        placed: list[_Placed] = []
        y = self.y - head_h
        group: str | None = None
        need = used = 0.0  # height the current merged cell's label needs / rows placed in it

        def stretch() -> None:  # grow the merged cell's last row until its label fits
            nonlocal y
            if merge_first and placed and need > used:
                placed[-1].height += need - used
                y -= need - used

        fit = int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - head_h - 2 * PAD_Y) // LEADING)
        todo = [(row, self._wrap_row(row, widths, first)) for row in reversed(rows)]
        while todo:
            row, lines = todo.pop()
            n = max(len(c) for c in lines)
            room = int((y - MARGIN_BOTTOM - 2 * PAD_Y) // LEADING)
            keep_lines = math.ceil((keep_with_last + TABLE_GAP) / LEADING) if not todo else 0
            cap = fit - keep_lines
            # fill this page, go on overleaf — also when only what must follow the last row
            # (the signature) does not fit, so the table never starts on the next page
            if n > cap or (not placed and n > room - keep_lines and room >= 2 and n >= 2):
                take = min(room, n - 1) if room >= 2 else cap
                todo.append((row, [c[take:] for c in lines]))
                lines = [c[:take] for c in lines]
            h = max(len(c) for c in lines[first:]) * LEADING + 2 * PAD_Y
            label = row.cells[0] if merge_first and row.cells[0] != group else None
            if label is not None:
                stretch()
            label_h = self._label_height(label, widths[0]) if label is not None else 0.0
            keep = keep_with_last + TABLE_GAP if not todo else 0.0
            fresh_page = not placed and self.y >= PAGE_H - MARGIN_TOP
            if y - max(h, label_h) - keep < MARGIN_BOTTOM and not fresh_page:
                stretch()
                if placed:
                    self._draw(grid, header, head_h, placed)
                placed = []
                self.new_page()
                y = self.y - head_h
                if label is None and merge_first:
                    label = group + CONTINUED
                    label_h = self._label_height(label, widths[0])
            if label is not None:
                group, need, used = row.cells[0], label_h, 0.0
            placed.append(_Placed(row, lines, h, y, label))
            y -= h
            used += h
        stretch()
        self._draw(grid, header, head_h, placed)
        self.y = y - TABLE_GAP

    def _wrap_row(self, row: Row, widths: list[float], first: int) -> list[list[tuple[str, float]]]:
        return [[]] * first + [
            wrap(text, w - 2 * PAD_X, self.song, BODY_SIZE)
            for text, w in zip(row.cells[first:], widths[first:], strict=True)
        ]

    def _label_height(self, text: str, width: float) -> float:
        return len(wrap(text, width - 2 * PAD_X, self.song, BODY_SIZE)) * LEADING + 2 * PAD_Y

    def _draw(self, grid: _Grid, header, head_h: float, placed: list[_Placed]) -> None:
        c, xs = self.canvas, grid.xs
        top = self.y
        bottom = placed[-1].top - placed[-1].height if placed else top - head_h
        c.setFillGray(SHADE_GREY)  # shading first, so rules and text sit on top of it
        for p in placed:
            for i in p.row.shaded:
                c.rect(xs[i], p.top - p.height, xs[i + 1] - xs[i], p.height, stroke=0, fill=1)
        c.setFillGray(0)
        t = self.ink
        for i in range(len(grid.columns)):
            _cell(t, self.hei, HEAD_SIZE, xs[i], xs[i + 1], "center", header[i], top, head_h)
        first = 1 if grid.merge_first else 0
        for p in placed:
            for i in range(first, len(grid.columns)):
                _cell(t, self.song, BODY_SIZE, xs[i], xs[i + 1], grid.columns[i].align, p.lines[i], p.top, p.height)
        merged: list[tuple[str, float, float]] = []  # label, top, bottom of each merged cell
        if grid.merge_first:
            for p in placed:
                if p.label is not None:
                    merged.append((p.label, p.top, p.top - p.height))
                else:
                    merged[-1] = (merged[-1][0], merged[-1][1], p.top - p.height)
            for label, m_top, m_bottom in merged:
                lines = wrap(label, xs[1] - xs[0] - 2 * PAD_X, self.song, BODY_SIZE)
                _cell(t, self.song, BODY_SIZE, xs[0], xs[1], grid.columns[0].align, lines, m_top, m_top - m_bottom)
        t.flush()
        c.setLineWidth(0.45)
        for p in placed[:-1]:
            c.line(xs[first], p.top - p.height, xs[-1], p.top - p.height)
        for _, _, m_bottom in merged[:-1]:
            c.line(xs[0], m_bottom, xs[1], m_bottom)
        c.line(xs[0], top - head_h, xs[-1], top - head_h)
        for x in xs[1:-1]:
            c.line(x, top, x, bottom)
        c.setLineWidth(0.9)
        c.rect(xs[0], bottom, xs[-1] - xs[0], top - bottom, stroke=1, fill=0)


@dataclass(frozen=True)
class _Grid:
    columns: Sequence[Column]
    xs: list[float]
    merge_first: bool


def _cell(t: _Text, face: Typeface, size: float, x0: float, x1: float, align: str,
          lines: list[tuple[str, float]], top: float, height: float) -> None:
    """Draw wrapped lines centred vertically in a cell, into text object t."""
    y = top - (height - len(lines) * LEADING) / 2 - (LEADING - size) / 2 - size * 0.86
    for line, w in lines:
        if line:
            if align == "center":
                x = (x0 + x1 - w) / 2
            elif align == "right":
                x = x1 - PAD_X - w
            else:
                x = x0 + PAD_X
            t.line(face, size, x, y, line)
        y -= LEADING


class _Text:
    """Text operators written straight into the page stream.

    reportlab's TextObject re-measures every string and formats numbers in pure Python; a
    long ledger draws tens of thousands of cell lines, so this is the hot loop. Each
    character's subset font and code is looked up once per document through reportlab's
    API for dynamic TrueType fonts (splitString, getSubsetInternalName); strings are
    written as hex, which needs no escaping.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.ops = ["BT"]
        self._font: tuple[str, float] | None = None
        self._codes: dict[Typeface, dict[str, tuple[str, int]]] = {}

    def _encode(self, face: Typeface, codes: dict[str, tuple[str, int]], ch: str) -> tuple[str, int]:
        name, glyph = face.draw(ch)
        font, doc = pdfmetrics.getFont(name), self.canvas._doc
        [(subset, chunk)] = font.splitString(glyph, doc)
        codes[ch] = (font.getSubsetInternalName(subset, doc), chunk[0])
        return codes[ch]

    def line(self, face: Typeface, size: float, x: float, y: float, text: str) -> None:
        codes = self._codes.setdefault(face, {})
        ops = self.ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        current, buf = None, bytearray()
        for ch in text:
            pdf_font, code = codes.get(ch) or self._encode(face, codes, ch)
            if pdf_font != current:
                if buf:
                    ops.append(f"<{buf.hex()}> Tj")
                    buf.clear()
                current = pdf_font
                if (pdf_font, size) != self._font:
                    ops.append(f"{pdf_font} {size:g} Tf")
                    self._font = (pdf_font, size)
            buf.append(code)
        if buf:
            ops.append(f"<{buf.hex()}> Tj")

    def flush(self) -> None:
        if len(self.ops) > 1:
            self.canvas.addLiteral("\n".join(self.ops) + "\nET")
        self.ops, self._font = ["BT"], None


def render(path: str | os.PathLike[str], title: str, draw, *, stamp: str = "") -> PdfResult:
    """Create a Sheet writing atomically to `path`, let `draw(sheet)` fill it, and save.

    `stamp` is printed at the foot of every page (示例数据 on sample data)."""
    saved, rl_config.useA85 = rl_config.useA85, 0  # binary streams: smaller, and no slow encoder
    try:
        with atomic_write(path, "wb") as fh:
            sheet = Sheet(fh, title=title)
            sheet.stamp = stamp
            draw(sheet)
            return sheet.close()
    finally:
        rl_config.useA85 = saved
