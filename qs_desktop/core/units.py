"""Unit names as issuers write them: spacing, bracket widths, list separators, odd suffixes."""

from __future__ import annotations

import re
from collections.abc import Callable

KINDS = ("county_bureau", "township", "city_branch", "enterprise", "group", "other")
KIND_LABELS = {
    "county_bureau": "县直部门",
    "township": "乡镇",
    "city_branch": "市直驻县机构",
    "enterprise": "企业",
    "group": "单位组",
    "other": "其他",
}
# Phrases that follow a unit list but are not part of any unit's name.
SUFFIXES = ("按职责分工负责", "按职责分工", "等部门", "等单位")
_SPLIT = re.compile(r"[、,，;；\s]+")


def normalize(name: str) -> str:
    """Canonical spelling for look-ups: no spaces, full-width brackets."""
    text = re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")
    for suffix in SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    return text


def split_units(text: str) -> list[str]:
    """Split a unit list written with 、 , ， spaces or line breaks; brackets are kept intact."""
    return [n for n in (normalize(p) for p in _SPLIT.split(text or "")) if n]


def join_wrapped(names: list[str], known: Callable[[str], bool]) -> list[str]:
    """Rejoin names a narrow cell wrapped onto two lines (晋城市生态局 / 沁水分局).

    A line break separates units as often as it wraps one, so two neighbours are joined only
    when neither is a known unit and together they are.
    """
    out: list[str] = []
    for name in names:
        if out and not known(out[-1]) and not known(name) and known(out[-1] + name):
            out[-1] += name
        else:
            out.append(name)
    return out


def short_name(name: str) -> str:
    """龙港镇 for 龙港镇人民政府 (lists on paper); any other name as it is."""
    return name[: -len("人民政府")] if name.endswith("人民政府") and len(name) > 4 else name
