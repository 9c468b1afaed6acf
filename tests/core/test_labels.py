"""Tasks are named as a clerk names them: plan short name, 序号, start of the text."""

from __future__ import annotations

import pytest

from qs_desktop.core.labels import short_name, task_label


@pytest.mark.parametrize(("title", "short"), [
    ("沁水县空气质量改善 2022 年行动计划重点工作任务台账", "空气质量改善"),
    ("沁水县水环境质量巩固提升 2022 年行动计划重点任务", "水环境质量巩固提升"),
    ("沁水县 2022 年水生态环境保护重点工程", "水生态环境保护重点工程"),
    ("沁水县土壤污染防治 2022 年行动计划工作任务", "土壤污染防治"),
    ("阳城县空气质量改善2023年行动计划", "空气质量改善"),
    ("重点任务台账", "重点任务台账"),
])
def test_short_names_of_the_ledgers(title, short):
    assert short_name(title) == short


def test_label_has_number_and_the_start_of_the_text():
    assert task_label("空气质量改善", 2, "对全县重点行业 开展深度治理", width=6) == "空气质量改善 第 2 项：对全县重点行…"
    assert task_label("土壤污染防治", 5, "短句", width=6) == "土壤污染防治 第 5 项：短句"
    assert task_label("水生态环境保护重点工程", None, "工程", width=0) == "水生态环境保护重点工程"
