"""The built-in dataset (resources/) against the seed document it was curated from.

The seed is the PDF text extraction of 沁政办发〔2022〕27 号; the dataset must keep its
wording verbatim, with only PDF line-break artefacts removed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
SEED = ROOT / "tests" / "fixtures" / "seed" / "qinshui-2022-action-plans.txt"
TOWNSHIPS = [
    "龙港镇",
    "中村镇",
    "郑庄镇",
    "端氏镇",
    "嘉峰镇",
    "郑村镇",
    "柿庄镇",
    "土沃乡",
    "张村乡",
    "胡底乡",
    "固县乡",
    "十里乡",
]
UNIT_KINDS = {"county_bureau", "township", "city_branch", "enterprise", "other"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


DATA = _load(RESOURCES / "plans" / "qinshui-2022.json")
UNITS = _load(RESOURCES / "units.json")
SEED_TEXT = SEED.read_text(encoding="utf-8")
# Lines joined as the PDF broke them: printed spaces inside a line survive.
JOINED = "".join(line.strip() for line in SEED_TEXT.splitlines())


def squash(text: str) -> str:
    """Drop all whitespace: also removes the justification spaces of table cells."""
    return re.sub(r"\s+", "", text)


SQUASHED = squash(SEED_TEXT)
LEDGERS = {ledger["code"]: ledger for plan in DATA["plans"] for ledger in plan["ledgers"]}


def tasks(code: str) -> list[dict]:
    return [t for s in LEDGERS[code]["sections"] for t in s["tasks"]]


def task(code: str, seq: int) -> dict:
    (found,) = [t for t in tasks(code) if t["seq"] == seq]
    return found


def section_of(code: str, seq: int) -> str:
    (heading,) = [
        s["heading"] for s in LEDGERS[code]["sections"] if any(t["seq"] == seq for t in s["tasks"])
    ]
    return heading


ALL_TASKS = [(code, t) for code in LEDGERS for t in tasks(code)]
TASK_IDS = [f"{code}#{t['seq']}" for code, t in ALL_TASKS]


# --- shape -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "count"),
    [("air-2022", 28), ("water-2022", 27), ("water-projects-2022", 11), ("soil-2022", 19)],
)
def test_each_ledger_has_every_row_numbered_in_order(code, count):
    assert [t["seq"] for t in tasks(code)] == list(range(1, count + 1))


def test_plans_carry_the_document_number_and_date():
    assert [p["code"] for p in DATA["plans"]] == ["air-2022", "water-2022", "soil-2022"]
    assert [p["title"] for p in DATA["plans"]] == [
        "沁水县空气质量改善 2022 年行动计划",
        "沁水县水环境质量巩固提升 2022 年行动计划",
        "沁水县土壤污染防治 2022 年行动计划",
    ]
    for plan in DATA["plans"]:
        assert plan["doc_no"] == "沁政办发〔2022〕27 号"
        assert plan["issued_on"] == "2022-07-08"
        assert plan["issuer"] == "沁水县人民政府办公室"
        assert plan["year"] == 2022
    assert [lg["code"] for lg in DATA["plans"][1]["ledgers"]] == [
        "water-2022",
        "water-projects-2022",
    ]
    assert LEDGERS["water-projects-2022"]["kind"] == "projects"
    assert LEDGERS["water-projects-2022"]["annex"] == "附件 2"
    assert LEDGERS["air-2022"]["annex"] == "附件"


def test_monitoring_sections_match_water_annex_1():
    rows = [
        (m["plan"], m["seq"], m["county"], m["name"], m["target_quality"], m["remarks"])
        for m in DATA["monitoring_sections"]
    ]
    assert rows == [
        ("water-2022", 1, "沁水县", "张峰水库出口", "完成省定目标", "国考"),
        ("water-2022", 2, "沁水县", "尉迟", "完成省定目标", "省考"),
        ("water-2022", 3, "沁水县", "郑庄", "Ⅲ类", "市考"),
    ]


# --- verbatim ----------------------------------------------------------------


@pytest.mark.parametrize(("code", "t"), ALL_TASKS, ids=TASK_IDS)
def test_task_text_is_printed_in_the_seed_with_its_spaces(code, t):
    for text in (t["measure"], t["title"], t["deadline"]):
        if text:
            assert text in JOINED


@pytest.mark.parametrize(("code", "t"), ALL_TASKS, ids=TASK_IDS)
def test_no_text_is_dropped_around_a_task(code, t):
    if code == "water-2022":  # "N.title。measure〔units〕"
        assert squash(f"{t['seq']}.{t['title']}。{t['measure']}〔") in SQUASHED
    elif code == "soil-2022":  # heading line, then the paragraph up to 〔责任单位：
        assert squash(f"{t['seq']}.{t['title']}{t['measure']}〔责任单位：") in SQUASHED
    elif code == "air-2022":  # table row: 序号, 具体措施, 完成时限 side by side
        assert squash(f"{t['seq']}{t['measure']}{t['deadline']}") in SQUASHED
    else:
        assert squash(f"{t['seq']}{t['measure']}") in SQUASHED


def test_section_headings_are_printed_in_the_seed():
    headings = [s["heading"] for lg in LEDGERS.values() for s in lg["sections"]]
    composed = "九、加强重污染天气应对"  # annex prints no heading for rows 26–28
    for heading in headings:
        if heading and heading != composed:
            assert squash(heading) in SQUASHED, heading
    assert "（九）加强重污染天气应对" in JOINED


def test_measures_of_task_ledgers_end_with_a_full_sentence():
    for code in ("air-2022", "water-2022", "soil-2022"):
        for t in tasks(code):
            assert t["measure"].endswith("。"), (code, t["seq"])


def test_justification_spaces_are_removed_but_printed_spaces_kept():
    assert section_of("air-2022", 1) == "一、强化工业企业深度治理和精准管控"
    assert "绩效分级 B级及以上" in task("air-2022", 14)["measure"]
    assert task("air-2022", 25)["measure"].endswith("达到 3个 100%。")
    for _, t in ALL_TASKS:
        for text in (t["measure"], t["title"] or "", t["deadline"]):
            assert not re.search(r"\s\s|[^\S ]|^\s|\s$", text), text


# --- hand-checked rows -------------------------------------------------------


def test_air_annex_rows():
    row2 = task("air-2022", 2)
    assert row2["measure"] == (
        "山西明源集团沁泽焦化有限公司全面完成清洁运输、有组织、无组织环节超低排放改造备案工作。"
    )
    assert row2["deadline"] == "2022 年 10 月底前"
    assert row2["lead_units"] == ["市生态环境局沁水分局"]
    assert row2["title"] is None and row2["cooperating_units"] == []

    row4 = task("air-2022", 4)
    assert row4["lead_units"] == [
        "县公安局",
        "县工信局",
        "县市场监管局",
        "县应急管理局",
        "市生态环境局沁水分局",
    ]
    assert row4["units_note"] == "按职责分工负责"

    assert task("air-2022", 5)["deadline"] == "每月一次"
    assert task("air-2022", 15)["lead_units"] == ["县能源局", "县行政审批服务管理局"]
    assert task("air-2022", 25)["deadline"] == "2022 年 5-9 月份"
    assert section_of("air-2022", 24) == section_of("air-2022", 25) == "八、强化餐饮油烟管控"
    for seq in (26, 27, 28):
        assert section_of("air-2022", seq) == "九、加强重污染天气应对"
    assert "九、加强重污染天气应对" in LEDGERS["air-2022"]["note"]
    row28 = task("air-2022", 28)
    assert (row28["measure"], row28["deadline"]) == ("秋冬季重点工业企业实施错峰生产。", "秋冬季")
    assert row28["lead_units"] == ["县工信局", "市生态环境局沁水分局"]
    assert all(t["remarks"] == "" for t in tasks("air-2022"))


def test_water_tasks():
    first = task("water-2022", 1)
    assert section_of("water-2022", 1) == "（一）巩固提升水环境质量"
    assert first["title"] == "强化饮用水水源生态环境保护"
    assert first["measure"].startswith("深化县级及以上饮用水水源保护区规范化建设")
    assert first["measure"].endswith("并按照监测方案开展监测。")
    assert first["lead_units"] == ["市生态环境局沁水分局"]
    assert first["cooperating_units"] == ["各乡（镇）人民政府"]

    seventh = task("water-2022", 7)
    assert seventh["title"] == "加快新（扩）建污水处理厂工程建设"
    assert seventh["lead_units"] == ["县住建局", "端氏镇人民政府", "嘉峰镇人民政府"]
    assert seventh["cooperating_units"] == []

    coop24 = task("water-2022", 24)["cooperating_units"]
    assert {"县公安局", "县检察院"} <= set(coop24)
    assert task("water-2022", 24)["lead_units"] == ["市生态环境局沁水分局"]
    assert task("water-2022", 20)["measure"].endswith("农田灌溉水利用系数提高到 0.588。")
    assert section_of("water-2022", 27) == "（七）不断强化水环境管理"
    assert all(t["deadline"] == "" for t in tasks("water-2022"))


def test_water_key_projects():
    row1 = task("water-projects-2022", 1)
    assert (row1["measure"], row1["deadline"], row1["remarks"]) == (
        "沁水县第二生活污水处理厂建设",
        "2022 年 10 月",
        "省重点",
    )
    row3 = task("water-projects-2022", 3)
    assert row3["measure"] == "沁水县端氏镇生活污水处理厂建设主体工程"
    assert row3["deadline"] == "2022 年 12 月开工"
    assert row3["remarks"] == "市重点"
    assert row3["lead_units"] == ["端氏镇人民政府"]
    row4 = task("water-projects-2022", 4)
    assert row4["lead_units"] == ["市生态环境局沁水分局"]  # printed as 晋城市生态局沁水分局
    assert row4["remarks"] == ""
    assert task("water-projects-2022", 2)["lead_units"] == ["沁城监狱"]
    assert task("water-projects-2022", 7)["measure"] == "300 个生态井场建设"
    assert [s["heading"] for s in LEDGERS["water-projects-2022"]["sections"]] == [""]


def test_soil_tasks():
    first = task("soil-2022", 1)
    assert section_of("soil-2022", 1) == "（一）加强耕地污染源头控制"
    assert first["title"] == "严格控制涉重金属行业企业污染物排放"
    assert first["measure"].startswith("在矿产资源开发活动集中区域")
    assert "（晋市环发〔2022〕40 号）" in first["measure"]
    assert first["lead_units"] == ["市生态环境局沁水分局", "县农业农村局", "县发改局"]
    assert first["cooperating_units"] == ["各乡（镇）人民政府", "开发区管委会"]
    # the seed breaks the line after "2022 年": no space is invented at the join
    assert (
        "2022 年12 月 15 日前，完成首批排查任务并编制治理方案。" in task("soil-2022", 2)["measure"]
    )
    assert task("soil-2022", 2)["note"]
    assert task("soil-2022", 7)["lead_units"][2] == "县林业局"
    assert task("soil-2022", 19)["title"] == "开展土壤污染法专项执法行动"
    assert all(t["deadline"] == "" for t in tasks("soil-2022"))


# --- units -------------------------------------------------------------------


def test_every_unit_in_the_ledgers_is_in_the_directory_under_its_canonical_name():
    canonical = {u["name"] for u in UNITS["units"]} | {g["name"] for g in UNITS["groups"]}
    used = {name for _, t in ALL_TASKS for name in t["lead_units"] + t["cooperating_units"]}
    assert used <= canonical, used - canonical
    for _, t in ALL_TASKS:
        names = t["lead_units"] + t["cooperating_units"]
        assert names and len(set(names)) == len(names), t["seq"]


def test_aliases_are_unique_and_never_another_canonical_name():
    entries = UNITS["units"] + UNITS["groups"]
    names = [e["name"] for e in entries]
    aliases = [a for e in entries for a in e["aliases"]]
    assert len(set(names)) == len(names)
    assert len(set(aliases)) == len(aliases)
    assert not set(aliases) & set(names)
    assert "晋城市生态局沁水分局" in next(
        u["aliases"] for u in UNITS["units"] if u["name"] == "市生态环境局沁水分局"
    )


def test_townships_and_the_township_group():
    townships = [u for u in UNITS["units"] if u["kind"] == "township"]
    assert [u["name"] for u in townships] == [f"{t}人民政府" for t in TOWNSHIPS]
    for unit, short in zip(townships, TOWNSHIPS, strict=True):
        assert {short, f"{short}政府"} <= set(unit["aliases"])
    (group,) = UNITS["groups"]
    assert group["name"] == "各乡（镇）人民政府"
    assert {"各有关乡（镇）人民政府", "各乡镇"} <= set(group["aliases"])  # 各乡镇: how plan tables shorten it
    assert group["members"] == [u["name"] for u in townships]
    assert all(u["kind"] in UNIT_KINDS for u in UNITS["units"])


def test_numeric_targets_are_quoted_from_the_task_text():
    targets = {(code, t["seq"]): t["target"] for code in LEDGERS for t in tasks(code) if "target" in t}
    assert set(targets) == {("water-2022", 5), ("water-2022", 8), ("water-2022", 12), ("water-2022", 21),
                            ("water-projects-2022", 7), ("water-projects-2022", 9), ("soil-2022", 16)}
    for (code, seq), target in targets.items():
        measure = task(code, seq)["measure"]
        assert target["text"] in measure
        number = f"{target['quantity']:g}"
        assert f"{number} {target['unit']}" in target["text"] or f"{number}{target['unit']}" in target["text"]
