"""Date and period helpers: ISO in files, `2022年10月31日` on screen and paper."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .errors import InvalidInput

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> tuple[int, int]:
    m = _PERIOD.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise InvalidInput(f"报送期“{text}”格式不对，应为 YYYY-MM，例如 2022-10。")
    return int(m.group(1)), int(m.group(2))


def period_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def cn_period(period: str) -> str:
    y, m = parse_period(period)
    return f"{y}年{m}月"


def parse_iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"日期“{text}”格式不对，应为 YYYY-MM-DD，例如 2022-10-31。") from None
