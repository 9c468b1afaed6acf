"""-o naming a folder: a clerk types `-o D:\\导出\\` or picks the USB stick's folder. Commands that take
FILE_OR_FOLDER put the file inside it under its usual name; the others refuse it in one plain line."""

from __future__ import annotations

import json


def test_form_for_one_unit_into_a_new_folder_given_with_a_trailing_slash(cli, tmp_path):
    code, out, err = cli("export", "form", "--unit", "嘉峰镇", "--period", "2022-08", "-o", f"{tmp_path / 'x'}/")
    assert code == 0, err
    expected = tmp_path / "x" / "嘉峰镇人民政府-2022-08-填报表.xlsx"
    assert (tmp_path / "x").is_dir() and expected.is_file()
    assert [p.name for p in (tmp_path / "x").iterdir()] == [expected.name]
    assert out.rstrip().endswith(f"：{expected}")


def test_form_for_one_unit_into_an_existing_folder(cli, tmp_path):
    (tmp_path / "u盘").mkdir()
    code, _out, err = cli("export", "form", "--unit", "嘉峰镇", "--period", "2022-08", "-o", str(tmp_path / "u盘"))
    assert code == 0, err
    assert (tmp_path / "u盘" / "嘉峰镇人民政府-2022-08-填报表.xlsx").is_file()


def test_package_into_a_folder_gets_its_usual_name(cli, tmp_path):
    code, out, err = cli("package", "export", "--unit", "龙港镇", "-o", f"{tmp_path / 'pk'}/")
    assert code == 0, err
    made = tmp_path / "pk" / "龙港镇人民政府-安装包-001.qspkg"
    assert made.is_file() and str(made) in out
    code, out, err = cli("package", "export", "--unit", "龙港镇", "-o", str(tmp_path / "pk"))
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "pk").iterdir()) == [made.name, "龙港镇人民政府-安装包-002.qspkg"]


def test_a_package_that_could_not_be_written_uses_up_no_number(cli, tmp_path, digest):
    """The unit must receive 第 2 号 after 第 1 号, never a gap it would take for a lost package."""
    before = digest()
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "x.qspkg").mkdir()  # a folder where the file should go
    code, out, err = cli("package", "export", "--unit", "龙港镇", "-o", str(tmp_path / "occupied" / "x.qspkg" / "a" / "b"))
    assert (code, out) == (1, "") and len(err.strip().splitlines()) == 1
    assert digest() == before
    code, out, err = cli("package", "export", "--unit", "龙港镇", "-o", str(tmp_path / "1.qspkg"))
    assert code == 0, err and "第 1 号" in out
    peers = json.loads(cli("identity", "--json")[1])["peers"]
    assert [p["seq_out"] for p in peers if p["unit"] == "龙港镇人民政府"] == [1]


def test_commands_that_write_one_named_file_refuse_a_trailing_slash(cli, tmp_path):
    for args in (("export", "ledger", "--plan", "air-2022", "--format", "pdf"), ("export", "alerts"),
                 ("export", "report", "--unit", "嘉峰镇", "--period", "2022-08")):
        code, out, err = cli(*args, "-o", f"{tmp_path / 'new'}/")
        assert (code, out) == (1, ""), args
        assert err == f"“{tmp_path / 'new'}/”是一个文件夹，请给出要写入的文件名。\n", args
        assert not (tmp_path / "new").exists(), args
