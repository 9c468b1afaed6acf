"""Hostile and wrong files are refused with a plain message before openpyxl parses them
(how quickly is measured in benchmarks/xlsx_refusals.py, not here)."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from qs_desktop.core.errors import FileRejected
from qs_desktop.exchange.xlsx_safety import open_workbook
from tests import hostile_xlsx as kit
from tests.hostile_xlsx import real_workbook, with_part

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheets><sheet name='&lol9;' sheetId='1'/></sheets></workbook>"
)


@pytest.fixture
def refused(monkeypatch):
    """refused(path, match): open_workbook refuses `path` without ever handing it to openpyxl."""

    def must_not_parse(*args, **kwargs):
        raise AssertionError("openpyxl was asked to parse a file the pre-scan should have refused")

    def check(path, match):
        with monkeypatch.context() as patched:
            patched.setattr(openpyxl, "load_workbook", must_not_parse)
            with pytest.raises(FileRejected, match=match):
                open_workbook(path)

    return check


def test_a_real_workbook_opens(tmp_path):
    wb = open_workbook(real_workbook(tmp_path / "ok.xlsx"))
    assert wb.active["A1"].value == "具体措施"


def test_empty_file(tmp_path, refused):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    refused(tmp_path / "empty.xlsx", "空的")


def test_a_file_that_cannot_be_read_is_named_in_chinese(tmp_path):
    (tmp_path / "a.xlsx").symlink_to(tmp_path / "b.xlsx")
    (tmp_path / "b.xlsx").symlink_to(tmp_path / "a.xlsx")  # a loop: the OS refuses to open it
    with pytest.raises(FileRejected) as caught:
        open_workbook(tmp_path / "a.xlsx")
    message = caught.value.message
    assert message.startswith("无法读取文件“a.xlsx”，请检查文件是否被占用或没有读取权限。（")
    assert message.endswith("）")

def test_not_a_zip(tmp_path, refused):
    (tmp_path / "note.xlsx").write_text("这不是表格", encoding="utf-8")
    refused(tmp_path / "note.xlsx", "不是有效的 Excel 工作簿")


def test_truncated_zip(tmp_path, refused):
    data = real_workbook(tmp_path / "ok.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    refused(tmp_path / "cut.xlsx", "不完整或已损坏")


def test_zip_without_a_workbook_part(tmp_path, refused):
    with zipfile.ZipFile(tmp_path / "doc.xlsx", "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    refused(tmp_path / "doc.xlsx", "不是有效的 Excel 工作簿")


def test_old_binary_excel_and_csv_ask_to_save_as_xlsx(tmp_path, refused):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    refused(tmp_path / "old.xls", "另存为")
    (tmp_path / "list.csv").write_text("序号,具体措施\n1,测试\n", encoding="utf-8")
    refused(tmp_path / "list.csv", r"\.csv 格式.*另存为")


@pytest.mark.parametrize("megabytes", [120, 8])  # over the size cap; under it but compressed 1000:1
def test_zip_bomb(tmp_path, megabytes, refused):
    src = real_workbook(tmp_path / "ok.xlsx")
    bomb = with_part(src, tmp_path / "bomb.xlsx", "xl/sharedStrings.xml", b"\0" * (megabytes * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    refused(bomb, "压缩炸弹")


def test_too_many_entries(tmp_path, refused):
    src = real_workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp_path / "many.xlsx", "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item))
        for i in range(2100):
            zout.writestr(f"xl/media/x{i}.bin", b"")
    refused(tmp_path / "many.xlsx", "压缩炸弹")


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/sharedStrings.xml"])
def test_xml_entity_bomb(tmp_path, part, refused):
    src = real_workbook(tmp_path / "ok.xlsx")
    hostile = with_part(src, tmp_path / "laughs.xlsx", part, BILLION_LAUGHS)
    refused(hostile, "实体声明")


def test_entity_declaration_in_utf16_is_still_found(tmp_path, refused):
    src = real_workbook(tmp_path / "ok.xlsx")
    data = BILLION_LAUGHS.replace(b'version="1.0"', b'version="1.0" encoding="UTF-16"')
    hostile = with_part(src, tmp_path / "u16.xlsx", "xl/workbook.xml", data.decode().encode("utf-16"))
    refused(hostile, "实体声明")


def test_entity_declaration_after_a_long_prolog_is_still_found(tmp_path, refused):
    src = real_workbook(tmp_path / "ok.xlsx")
    padded = BILLION_LAUGHS.replace(b"\n<!DOCTYPE", b"\n<!--" + b" " * 20_000 + b"-->\n<!DOCTYPE")
    hostile = with_part(src, tmp_path / "pad.xlsx", "xl/workbook.xml", padded)
    refused(hostile, "实体声明")


def test_a_sheet_hidden_under_an_unusual_part_name_is_still_scanned(tmp_path, refused):
    src = real_workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    sheet = sheet.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A1:A1048576"/></mergeCells>')
    moved = with_part(src, tmp_path / "moved1.xlsx", "xl/data.bin", sheet)
    hostile = with_part(moved, tmp_path / "moved.xlsx", "xl/_rels/workbook.xml.rels",
                        rels.replace(b"worksheets/sheet1.xml", b"data.bin"))
    refused(hostile, "合并单元格")


@pytest.mark.parametrize(("attack", "build", "phrase"), kit.ATTACKS, ids=[a[0] for a in kit.ATTACKS])
def test_every_part_openpyxl_expands_is_counted_before_it_parses(tmp_path, refused, attack, build, phrase):
    """Finding 5: a 22 KB workbook with one hyperlink on A1:N1048576 made openpyxl build 14.7
    million cells (120 s, 5.8 GB); 900,000 empty rows took 10.6 s and 737 MB, then were accepted."""
    refused(build(tmp_path), phrase)


def test_an_ordinary_form_like_sheet_with_all_those_parts_opens(tmp_path):
    """The limits are far above what a plan or a returned form uses."""
    ok = kit.sheet_with(
        tmp_path, "fine.xlsx",
        b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(2, 500)),
        b'<mergeCells count="1"><mergeCell ref="A2:C3"/></mergeCells>'
        b'<conditionalFormatting sqref="A1:A500"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>'
        b'<dataValidations count="1"><dataValidation type="list" sqref="B2:B500"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
        b'<hyperlinks><hyperlink ref="D2" display="x"/></hyperlinks>',
    )
    wb = open_workbook(ok)
    assert wb.active["A499"].value == "x"
