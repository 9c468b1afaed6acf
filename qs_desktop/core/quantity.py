"""Quantities reported toward a task's numeric target (“300 个生态井场”, “23%以上”).

A unit may write the number alone or with its unit (“120”, “120个”, “１２０ 个”, “23％”).
A unit that differs from the target's is refused rather than converted: 万吨 vs 吨 or
个 vs 处 is for a person to sort out, not for the ledger to guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import InvalidInput

_QUANTITY = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*((?:[^\d\s.+\-~至到][^\s]*)?)$")  # "100-120" is a range, not a unit


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str = ""  # "" when the number was written alone


def normalize_unit(unit: str) -> str:
    return unicodedata.normalize("NFKC", unit).strip()


def parse_quantity(text: str) -> Quantity:
    m = _QUANTITY.match(unicodedata.normalize("NFKC", text).strip().replace(",", ""))
    if not m:
        raise InvalidInput(f"完成数量“{text}”无法识别，请填写不小于 0 的数字（可带单位），例如 120 或 120个。")
    return Quantity(float(m.group(1)), normalize_unit(m.group(2)))


def check_against_target(quantity: Quantity, target: float | None, target_unit: str, task_id: str) -> float:
    """The value to store, or a Chinese refusal: no target, or a unit other than the target's."""
    if target is None:
        raise InvalidInput(f"任务 {task_id} 没有数量目标，不需要填写完成数量；进展请写在“进展情况”中。")
    if quantity.unit and quantity.unit != normalize_unit(target_unit):
        raise InvalidInput(
            f"完成数量的单位“{quantity.unit}”与任务 {task_id} 的目标单位“{target_unit}”不一致，"
            f"请换算成“{target_unit}”后只填数字（目标：{target:g}{target_unit}）。"
        )
    return quantity.value


def format_quantity(value: float, unit: str) -> str:
    """A stored quantity with its target's unit, as the ledger writes it (“40%”, “186 个”, “2.5 万吨”):
    what a form prefills, so the next import reads the same value back."""
    number = str(int(value)) if float(value).is_integer() else f"{value:.15g}"
    unit = normalize_unit(unit)
    return f"{number}{'' if unit in ('', '%') else ' '}{unit}"


def progress_note(value: float | None, target: float | None, unit: str) -> str:
    """“完成 120/300 个” for the ledger's progress cell; "" without both numbers."""
    if value is None or target is None:
        return ""
    sep = "" if unit == "%" else " "
    return f"完成 {value:g}/{target:g}{sep}{unit}"
