from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from qs_desktop.exchange.fonts import HEI, MISSING_MARK, SONG, Typeface
from qs_desktop.paths import FONTS_DIR

RARE = "堃喆珺镕犇"


def gbk_hanzi() -> list[str]:
    """Every hanzi GBK encodes: decode each valid two-byte sequence."""
    out = []
    for lead in range(0x81, 0xFF):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
                out.append(ch)
    return out


def test_every_gbk_hanzi_has_a_glyph_in_body_or_fallback():
    chars = gbk_hanzi()
    assert len(chars) >= 20902  # at least the whole URO block U+4E00..U+9FA5
    face = Typeface(SONG, HEI)
    assert [ch for ch in chars if not face.covers(ch)] == []
    assert face.missing == set()


def test_rare_name_characters_are_covered():
    face = Typeface(SONG, HEI)
    assert all(face.covers(ch) for ch in RARE)


def test_body_text_is_set_in_song_and_only_missing_characters_fall_back():
    face = Typeface(SONG, HEI)
    uming = pdfmetrics.getFont(SONG)
    gap = next(ch for ch in gbk_hanzi() if ord(ch) not in uming.face.charToGlyph)
    assert [face.draw(ch)[0] for ch in f"水环境{gap}质量"] == [SONG, SONG, SONG, HEI, SONG, SONG]


def test_a_character_no_font_has_is_recorded_and_drawn_as_a_visible_mark():
    face = Typeface(SONG, HEI)
    assert not face.covers("\U0010fffd")
    assert face.draw("\U0010fffd") == (SONG, MISSING_MARK)
    assert face.missing == {"\U0010fffd"}


def test_bundled_fonts_ship_with_their_licences():
    assert (FONTS_DIR / "uming.ttc").is_file() and (FONTS_DIR / "wqy-microhei.ttc").is_file()
    assert "ARPHIC PUBLIC LICENSE" in (FONTS_DIR / "LICENSE-uming.txt").read_text(encoding="utf-8")
    wqy = (FONTS_DIR / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache-2.0" in wqy and "GPL-3" in wqy
    assert "Apache License" in (FONTS_DIR / "LICENSE-wqy-microhei-Apache-2.0.txt").read_text(encoding="utf-8")
