from __future__ import annotations

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


def test_latin_and_numbers_stay_whole():
    out = lines("持续开展PM2.5与O3协同控制，2022年完成", 7)
    assert any("PM2.5" in line for line in out)
    assert any("2022" in line for line in out)


def test_explicit_newlines_are_kept_and_empty_text_is_one_empty_line():
    assert lines("第一段\n第二段", 20) == ["第一段", "第二段"]
    assert lines("", 5) == [""]


cjk_text = st.text(alphabet="水气土壤治理监测，。、；：）（“”《》PM2.5 ", min_size=1, max_size=80)


@settings(max_examples=300, deadline=None)
@given(cjk_text, st.integers(min_value=2, max_value=12))
def test_wrapping_keeps_every_character_and_respects_kinsoku(text, per_line):
    width = HANZI * per_line
    out = wrap(text, width, FACE, SIZE)
    assert "".join(line for line, _ in out).replace(" ", "") == text.replace(" ", "")
    for k, (line, w) in enumerate(out):
        assert w <= width + 1e-6 or len(line) == 1 or line.isascii()
        if k > 0 and line:
            prev = out[k - 1][0]
            # a forbidden start is allowed only when the previous line could give nothing up:
            # it is one character or one Latin word, or the rest of it is punctuation too
            assert line[0] not in NO_LINE_START or len(prev) <= 1 or " " not in prev and prev.isascii() or all(
                c in NO_LINE_START or c in NO_LINE_END for c in prev[1:])
        if k < len(out) - 1 and len(line) > 1:
            assert line[-1] not in NO_LINE_END or all(c in NO_LINE_END for c in line)
