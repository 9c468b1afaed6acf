"""How people name a task: the plan's short name, its 序号 and the start of its text — never an id."""

from __future__ import annotations

import re

_COUNTY = re.compile(r"^\S{1,6}?[县市区旗]")
_YEAR = re.compile(r"\s*\d{4}\s*年\s*")


def short_name(ledger_title: str) -> str:
    """沁水县空气质量改善 2022 年行动计划重点工作任务台账 → 空气质量改善;
    沁水县 2022 年水生态环境保护重点工程 → 水生态环境保护重点工程."""
    text = _COUNTY.sub("", ledger_title.strip(), count=1)
    text = _YEAR.sub("", text)
    text = text.split("行动计划")[0]
    return text.strip() or ledger_title.strip()


def task_label(short: str, seq: int | None, measure: str, width: int = 28) -> str:
    """空气质量改善 第 2 项：对全县重点行业…; `width` characters of the task text (0: none)."""
    head = f"{short} 第 {seq} 项" if seq is not None else short
    if width <= 0:
        return head
    text = re.sub(r"\s+", "", measure)
    return f"{head}：{text[:width]}{'…' if len(text) > width else ''}"
