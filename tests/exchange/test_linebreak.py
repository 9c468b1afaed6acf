from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from qs_desktop.exchange.fonts import HEI, SONG, Typeface
from qs_desktop.exchange.linebreak import NO_LINE_END, NO_LINE_START, wrap

FACE = Typeface(SONG, HEI)
SIZE = 10.0
HANZI = FACE.width("水", SIZE)


def lines(text: str, chars_per_line: float) -> list[str]:
    return [line for line, _ in wrap(text, HANZI * chars_per_line, FACE, SIZE)]


def test_closing_punctuation_never_starts_a_line():
    # greedy filling would put "，" first on line two
    assert lines("一二三四五，六七八九十。", 5) == ["一二三四", "五，六七八", "九十。"]


def test_opening_punctuation_never_ends_a_line():
    assert lines("一二三四（五六）", 5) == ["一二三四", "（五六）"]


def test_a_run_of_punctuation_that_cannot_break_well_still_fills_lines():
    assert lines("（（（（（（（（（（", 5) == ["（（（（（", "（（（（（"]


def test_latin_and_numbers_stay_whole():
    out = lines("持续开展PM2.5与O3协同控制，2022年完成", 7)
    assert any("PM2.5" in line for line in out)
    assert any("2022" in line for line in out)


def test_explicit_newlines_are_kept_and_empty_text_is_one_empty_line():
    assert lines("第一段\n第二段", 20) == ["第一段", "第二段"]
    assert lines("", 5) == [""]


cjk_text = st.text(alphabet="水气土壤治理监测，。、；：）（“”《》PM2.5 ", min_size=1, max_size=80)


def no_allowed_break(line: str) -> bool:
    """True when every place the line could have been broken earlier breaks a kinsoku rule
    (or splits a Latin word), so a forbidden start on the next line was unavoidable."""
    def latin(c: str) -> bool:
        return c.isascii() and (c.isalnum() or c in ".%/+-")

    for a, b in itertools.pairwise(line):
        in_word = latin(a) and latin(b)
        if " " not in (a, b) and not (b in NO_LINE_START or a in NO_LINE_END or in_word):
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(cjk_text, st.integers(min_value=2, max_value=12))
def test_wrapping_keeps_every_character_and_respects_kinsoku(text, per_line):
    width = HANZI * per_line
    out = wrap(text, width, FACE, SIZE)
    assert "".join(line for line, _ in out).replace(" ", "") == text.replace(" ", "")
    for k, (line, w) in enumerate(out):
        assert w <= width + 1e-6 or len(line) == 1 or line.isascii()
        if k > 0 and line and line[0] in NO_LINE_START:
            assert no_allowed_break(out[k - 1][0]), out
        if k < len(out) - 1 and line and line[-1] in NO_LINE_END:
            assert no_allowed_break(line), out
