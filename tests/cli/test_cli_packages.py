"""`qs-ledger identity`, `package export|import|conflicts|resolve` and `init --from`: a township clerk
with the app and the county coordinator exchanging packages on a USB stick."""

from __future__ import annotations

import json
import re

LG = "龙港镇人民政府"
TASK = "air-2022:16"


def set_up_unit(cli, tmp_path):
    unit_db = tmp_path / "unit" / "龙港镇.sqlite"
    setup = tmp_path / "stick" / "龙港镇-安装包.qspkg"
    setup.parent.mkdir(exist_ok=True)
    code, out, _err = cli("package", "export", "--unit", "龙港镇", "-o", str(setup))
    assert code == 0 and "安装包第 1 号" in out
    code, out, err = cli("init", "--from", str(setup), db=unit_db)
    assert code == 0, err
    return unit_db, setup


def test_identity_names_the_role_the_unit_and_a_stable_key_fingerprint(cli):
    code, out, _ = cli("identity", "--json")
    first = json.loads(out)
    assert code == 0 and first["role"] == "coordinator"
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){3}", first["fingerprint"])
    assert json.loads(cli("identity", "--json")[1])["fingerprint"] == first["fingerprint"]


def test_init_from_a_setup_package_makes_the_unit_installation(cli, tmp_path):
    unit_db, _setup = set_up_unit(cli, tmp_path)
    me = json.loads(cli("identity", "--json", db=unit_db)[1])
    county = json.loads(cli("identity", "--json")[1])
    assert (me["role"], me["unit"]) == ("unit", LG)
    assert me["fingerprint"] != county["fingerprint"]
    assert [p["unit"] for p in me["peers"]] == [None]  # the county
    tasks = json.loads(cli("tasks", "--json", db=unit_db)[1])
    assert TASK in {t["id"] for t in tasks}
    assert all(LG in t["lead_units"] + t["cooperating_units"] or "各乡（镇）人民政府" in
               t["lead_units"] + t["cooperating_units"] for t in tasks)


def test_init_from_refuses_an_existing_database_and_leaves_it_alone(cli, tmp_path, db_path, digest):
    _unit_db, setup = set_up_unit(cli, tmp_path)
    before = digest(db_path)
    code, out, err = cli("init", "--from", str(setup))  # the county's own ledger
    assert code == 1 and out == ""
    assert "已存在" in err and len(err.strip().splitlines()) == 1
    assert digest(db_path) == before


def test_the_monthly_round_trip_on_the_command_line(cli, tmp_path, db_path, digest):
    unit_db, _setup = set_up_unit(cli, tmp_path)
    code, _, err = cli("report", "add", TASK, "--unit", "龙港镇", "--period", "2022-10", "--status", "in_progress",
                       "--text", "禁煤区巡查 4 次", db=unit_db)
    assert code == 0, err
    returned = tmp_path / "stick" / "回报.qspkg"
    code, out, _ = cli("package", "export", "-o", str(returned), db=unit_db)
    assert code == 0 and "回报包第 1 号" in out
    check = re.search(r"校验码 (\w{4}-\w{4})", out).group(1)

    before = digest(db_path)
    code, out, _ = cli("package", "import", str(returned), "--dry-run")
    assert code == 0 and "试运行" in out and digest(db_path) == before
    receipt = tmp_path / "回执.pdf"
    code, out, _ = cli("package", "import", str(tmp_path / "stick"), "--receipt", str(receipt))
    # the folder also holds the setup package: the county skips what it made itself
    assert code == 0 and "已跳过" in out
    assert f"校验码 {check}" in out and "已接收" in out and receipt.exists()
    reports = json.loads(cli("reports", "--task", TASK, "--unit", "龙港镇", "--json")[1])
    assert [r["text"] for r in reports] == ["禁煤区巡查 4 次"]

    assert cli("review", TASK, "--unit", "龙港镇", "--period", "2022-10", "--return", "请写明巡查的村")[0] == 0
    update = tmp_path / "stick" / "更新.qspkg"
    assert cli("package", "export", "--unit", "龙港镇", "-o", str(update))[0] == 0
    code, out, _ = cli("package", "import", str(update), db=unit_db)
    assert code == 0 and "退回" in out and "请写明巡查的村" in out


def test_a_damaged_package_is_one_plain_line_and_exit_1(cli, tmp_path, db_path, digest):
    unit_db, _setup = set_up_unit(cli, tmp_path)
    cli("report", "add", TASK, "--unit", "龙港镇", "--period", "2022-10", "--status", "in_progress",
        "--text", "巡查 4 次", db=unit_db)
    returned = tmp_path / "回报.qspkg"
    cli("package", "export", "-o", str(returned), db=unit_db)
    returned.write_bytes(returned.read_bytes()[:-1])
    before = digest(db_path)
    code, out, err = cli("package", "import", str(returned))
    assert code == 1
    assert "签名与内容不符" in out and "Traceback" not in out + err
    assert err.strip() == "1 个数据包未导入。"
    assert digest(db_path) == before


def test_the_county_names_the_unit_it_makes_a_package_for(cli, tmp_path):
    code, out, err = cli("package", "export", "-o", str(tmp_path / "x.qspkg"))
    assert code == 1 and "--unit" in err


def test_packages_for_every_unit_in_one_go(cli, tmp_path):
    folder = tmp_path / "all"
    code, out, _ = cli("package", "export", "--all-units", "-o", str(folder))
    assert code == 0
    made = sorted(p.name for p in folder.iterdir())
    assert "龙港镇人民政府-安装包-001.qspkg" in made and "县住建局-安装包-001.qspkg" in made
    assert not any(name.startswith("各乡") for name in made)  # a group reports through its members
    assert len(made) == len(out.strip().splitlines())


def test_conflicts_are_listed_and_resolved_on_the_command_line(cli, tmp_path):
    unit_db, _setup = set_up_unit(cli, tmp_path)
    add = ("report", "add", TASK, "--unit", "龙港镇", "--period", "2022-10", "--status", "in_progress", "--text")
    cli(*add, "巡查 4 次", db=unit_db)
    cli("package", "export", "-o", str(tmp_path / "r1.qspkg"), db=unit_db)
    cli("package", "import", str(tmp_path / "r1.qspkg"))
    cli("package", "export", "--unit", "龙港镇", "-o", str(tmp_path / "u1.qspkg"))
    cli("package", "import", str(tmp_path / "u1.qspkg"), db=unit_db)
    cli(*add, "巡查 4 次（县里电话补记：查处 1 处）")
    cli(*add, "巡查 5 次", db=unit_db)
    cli("package", "export", "-o", str(tmp_path / "r2.qspkg"), db=unit_db)
    code, out, _ = cli("package", "import", str(tmp_path / "r2.qspkg"))
    assert code == 0 and "冲突" in out
    (conflict,) = json.loads(cli("package", "conflicts", "--json")[1])
    assert (conflict["ours"]["progress"], conflict["theirs"]["progress"]) == ("巡查 4 次（县里电话补记：查处 1 处）", "巡查 5 次")
    code, out, _ = cli("package", "resolve", str(conflict["id"]), "--theirs")
    assert code == 0 and "采用了单位的版本" in out
    assert json.loads(cli("package", "conflicts", "--json")[1]) == []
    current = json.loads(cli("reports", "--task", TASK, "--unit", "龙港镇", "--json")[1])
    assert current[0]["text"] == "巡查 5 次"


def test_a_photo_attached_on_the_unit_reaches_the_county(cli, tmp_path):
    unit_db, _setup = set_up_unit(cli, tmp_path)
    cli("report", "add", TASK, "--unit", "龙港镇", "--period", "2022-10", "--status", "in_progress",
        "--text", "巡查 4 次，照片附后", db=unit_db)
    photo = tmp_path / "巡查照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(2000))
    code, out, _ = cli("package", "attach", TASK, str(photo), "--unit", "龙港镇", "--period", "2022-10", db=unit_db)
    assert code == 0 and "巡查照片.jpg" in out
    cli("package", "export", "-o", str(tmp_path / "r1.qspkg"), db=unit_db)
    code, out, _ = cli("package", "import", str(tmp_path / "r1.qspkg"))
    assert code == 0 and "佐证材料 1 份" in out
    code, _, err = cli("package", "attach", TASK, str(tmp_path / "没有这个.jpg"), "--unit", "龙港镇",
                       "--period", "2022-10", db=unit_db)
    assert code == 1 and "无法读取" in err
