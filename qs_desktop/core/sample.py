"""Sample data (示例数据): deterministic synthetic plans, units and monthly reports.

Built from the built-in Qinshui plans: the same tasks issued again by the other counties of
Jincheng and in later years (`city`, `stress`), and a year of monthly reports from every unit
that owes one, in the mix a real office has — most past months approved, some returned and
sent again, the last months still drafts or waiting for review, a few never sent. The same
scale always gives the same data (a fixed seed, fixed years), so figures can be compared.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from .dates import period_of
from .errors import InvalidInput
from .model import LedgerSpec, PlanSpec, Schedule

MARK = "示例数据"  # printed on every page and shown in the title bar of a sample ledger
SETTING = "sample"  # settings key: the scale the ledger was filled with; absent for real data
SOURCE = "sample"  # reports.source of every generated report
SEED = 20221031

# Jincheng's county-level divisions besides Qinshui, with towns and townships (sample only).
COUNTIES: dict[str, tuple[str, ...]] = {
    "泽州县": ("南村镇", "下村镇", "大东沟镇", "周村镇", "犁川镇", "晋庙铺镇", "金村镇", "高都镇", "巴公镇",
             "大阳镇", "山河镇", "柳树口镇", "北义城镇", "李寨乡"),
    "高平市": ("米山镇", "三甲镇", "神农镇", "陈区镇", "北诗镇", "河西镇", "马村镇", "野川镇", "寺庄镇",
             "原村乡", "石末乡", "永录乡"),
    "阳城县": ("凤城镇", "北留镇", "润城镇", "町店镇", "芹池镇", "次营镇", "横河镇", "河北镇", "蟒河镇",
             "东冶镇", "白桑乡", "寺头乡", "西河乡", "演礼乡", "固隆乡", "董封乡", "驾岭乡"),
    "陵川县": ("崇文镇", "礼义镇", "附城镇", "西河底镇", "平城镇", "杨村镇", "潞城镇", "夺火乡", "马圪当乡",
             "古郊乡", "六泉乡"),
    "城区": ("北石店镇", "东街街道", "西街街道", "南街街道", "北街街道", "矿区街道", "钟家庄街道", "西上庄街道"),
}


@dataclass(frozen=True)
class Scale:
    name: str
    years: tuple[int, ...]  # plan years issued again by every county (2022 by the others only)
    copies: int  # how many times each template task appears per county and year
    drafts: float  # mean number of draft saves before a report is sent
    as_of: date  # the day the sample's history stops: its natural as-of date


SCALES = {
    "county": Scale("county", (), 1, 0.3, date(2023, 7, 20)),
    "city": Scale("city", (2022, 2023, 2024, 2025), 1, 1.5, date(2025, 10, 20)),
    "stress": Scale("stress", (2022, 2023, 2024, 2025), 5, 3.6, date(2025, 10, 20)),
}


def scale(name: str) -> Scale:
    if name not in SCALES:
        raise InvalidInput(f"示例数据规模“{name}”无法识别，应为：{'、'.join(SCALES)}。")
    return SCALES[name]


@dataclass(frozen=True)
class NewUnit:
    name: str
    kind: str
    members: tuple[str, ...] = ()  # for a group


@dataclass(frozen=True)
class Owed:
    """One task as the report generator sees it."""

    task_id: str
    due: date | None  # schedule's due date, if any
    unending: bool  # ongoing / recurring / window / unparsed: reports say 常态推进
    units: tuple[str, ...]  # every unit that owes a monthly report (groups expanded)
    months: tuple[str, ...]  # the periods its plan owes, before the sample's date


@dataclass(frozen=True)
class SampleReport:
    task_id: str
    unit: str
    period: str
    state: str  # current review state
    status: str
    progress: str
    problems: str
    next_steps: str
    review_comment: str
    created_at: str
    updated_at: str
    reviewed_at: str | None
    versions: tuple[tuple[str, str, str], ...]  # (state, progress, created_at) of each version


def _short(county: str) -> str:
    return county[:-1] if county.endswith(("县", "市")) and len(county) > 2 else county


def units_for(counties: dict[str, tuple[str, ...]], template: list[NewUnit]) -> dict[str, list[NewUnit]]:
    """Each county's directory, made from Qinshui's (县住建局 → 泽州县住建局, townships its own)."""
    out: dict[str, list[NewUnit]] = {}
    for county, towns in counties.items():
        units, mapping = [], unit_map(county, towns, template)
        for unit in template:
            if unit.kind in ("township", "group"):
                continue
            units.append(NewUnit(mapping[unit.name], unit.kind))
        units.extend(NewUnit(f"{county}{town}" if town.endswith("街道") else f"{town}人民政府", "township")
                     for town in towns)
        units.append(NewUnit(_group(county), "group", tuple(u.name for u in units if u.kind == "township")))
        out[county] = units
    return out


def _group(county: str) -> str:
    return f"{county}各乡（镇）人民政府"


def unit_map(county: str, towns: tuple[str, ...], template: list[NewUnit]) -> dict[str, str]:
    """Qinshui unit name -> the same office in `county`."""
    own_towns = [f"{county}{t}" if t.endswith("街道") else f"{t}人民政府" for t in towns]
    qinshui_towns = [u.name for u in template if u.kind == "township"]
    out = {}
    for unit in template:
        if unit.kind == "township":
            out[unit.name] = own_towns[qinshui_towns.index(unit.name) % len(own_towns)]
        elif unit.kind == "group":
            out[unit.name] = _group(county)
        elif "沁水" in unit.name:
            out[unit.name] = unit.name.replace("沁水", _short(county))
        elif unit.name.startswith("县"):
            out[unit.name] = county + unit.name[1:]
        else:
            out[unit.name] = county + unit.name
    return out


def plans_for(sc: Scale, templates: list[PlanSpec], mapping: dict[str, dict[str, str]]) -> list[PlanSpec]:
    """The template plans as issued by each county in each year of the scale.

    `mapping`: county -> (Qinshui unit name -> that county's unit); Qinshui maps to itself
    and is left out of 2022 (the built-in plans are Qinshui's 2022 plans).
    """
    out = []
    for year in sc.years:
        for county, names in mapping.items():
            if county == "沁水县" and year == 2022:
                continue
            for spec in templates:
                out.append(_plan(spec, county, year, names, sc.copies))
    return out


def _plan(spec: PlanSpec, county: str, year: int, names: dict[str, str], copies: int) -> PlanSpec:
    prefix = _prefix(county)
    code = f"{prefix}-{spec.code.split('-')[0]}-{year}"

    def text(s: str) -> str:
        return s.replace("沁水县", county).replace("沁水", _short(county)).replace("2022", str(year))

    ledgers = []
    for ledger in spec.ledgers:
        tasks = []
        for copy in range(copies):
            for t in ledger.tasks:
                suffix = f"（第{copy + 1}片区）" if copies > 1 else ""
                tasks.append(replace(
                    t,
                    seq=(t.seq or 0) + copy * len(ledger.tasks) if t.seq is not None else None,
                    section=text(t.section),
                    title=text(t.title) if t.title else t.title,
                    measure=text(t.measure) + suffix,
                    deadline=text(t.deadline),
                    remarks=text(t.remarks),
                    lead_units=[names[n] for n in t.lead_units],
                    cooperating_units=[names[n] for n in t.cooperating_units],
                    note="",
                ))
        ledgers.append(LedgerSpec(
            code=f"{prefix}-{ledger.code.rsplit('-', 1)[0]}-{year}", title=text(ledger.title), tasks=tasks,
            kind=ledger.kind, annex=ledger.annex,
        ))
    return PlanSpec(
        code=code, title=text(spec.title), year=year, ledgers=ledgers,
        doc_no=f"{_short(county)}政办发〔{year}〕{7 + year % 10} 号",
        issued_on=date(year, 3, 10) if year > 2022 else spec.issued_on,
        issuer=f"{county}人民政府办公室", source=SOURCE,
    )


_PREFIXES = {"沁水县": "qs", "泽州县": "zz", "高平市": "gp", "阳城县": "yc", "陵川县": "lc", "城区": "cq"}


def _prefix(county: str) -> str:
    return _PREFIXES[county]


def owed_task(task_id: str, schedule: Schedule, units: tuple[str, ...], first: str, last: str,
              as_of: date) -> Owed:
    """A task whose plan owes `first` … `last`; only months before `as_of`'s are reported."""
    months, period = [], first
    while period <= last and period < period_of(as_of):
        months.append(period)
        period = _shift(period, 1)
    unending = schedule.kind in ("ongoing", "recurring", "window", "unparsed")
    return Owed(task_id, schedule.due, unending, units, tuple(months))


def reporting_until(issued: str) -> str:
    """The sample's plans are reported on for twelve months from the month they were issued."""
    return _shift(issued, 11)


_PROGRESS = (
    "已召开专题推进会，对照任务清单逐项分解，明确责任人和完成时限。",
    "组织开展现场检查 {n} 次，发现问题 {m} 个，已督促整改 {k} 个。",
    "完成排查摸底，建立问题台账 {n} 条，正在按计划推进整治。",
    "联合相关部门开展专项执法行动，出动执法人员 {n} 人次。",
    "按月调度工作进展，已完成年度任务量的 {p}%。",
    "项目已完成招标，施工单位进场，累计完成投资 {n} 万元。",
    "对辖区重点企业开展帮扶指导 {n} 家次，督促落实治理措施。",
    "开展宣传活动 {m} 场，发放资料 {n} 份。",
    "完成 {n} 处点位的整治验收，剩余点位正在施工。",
    "日常巡查常态化开展，本月巡查 {n} 次，未发现新增问题。",
)
_PROBLEMS = (
    "", "", "", "资金到位较慢，影响施工进度。", "部分企业整改积极性不高。", "冬季低温影响施工。",
    "专业技术人员不足。", "",
)
_NEXT = (
    "继续加强日常巡查，巩固整治成效。", "加快项目施工进度，确保按期完成。", "开展整改情况回头看。",
    "配合上级部门做好检查验收。", "完善长效管理机制。",
)
_RETURN_REASONS = (
    "进展情况过于笼统，请补充具体数据。", "完成数量与上月矛盾，请核实。", "请补充存在问题和下一步计划。",
    "附件照片缺失，请补报。",
)


def reports(sc: Scale, tasks: list[Owed]) -> Iterator[SampleReport]:
    """A year of monthly reports for every owing unit of every task, as of the scale's date."""
    rng = random.Random(f"{SEED}-{sc.name}")
    last = _shift(period_of(sc.as_of), -1)
    for owed in tasks:
        months = list(owed.months)
        for unit in owed.units:
            done_at = _done_period(rng, owed, months)
            for period in months:
                report = _report(rng, sc, owed, unit, period, months[0], last, done_at)
                if report is not None:
                    yield report
                if done_at is not None and period >= done_at and report is not None and report.state == "approved":
                    break  # finished: nothing more to report


def _done_period(rng: random.Random, owed: Owed, months: list[str]) -> str | None:
    if owed.unending or not months:
        return None
    due = period_of(owed.due) if owed.due else months[-1]
    candidates = [p for p in months if p <= due] or months[:1]
    if rng.random() < 0.15:  # a late finisher: done a month or two after the due month, or never
        return rng.choice([_shift(due, 1), _shift(due, 2), None])
    return candidates[min(len(candidates) - 1, int(len(candidates) * rng.uniform(0.5, 1.0)))]


def _report(rng: random.Random, sc: Scale, owed: Owed, unit: str, period: str, first: str, last: str,
            done_at: str | None) -> SampleReport | None:
    age = _months_between(period, last)  # 0: the month whose reports are due now
    roll = rng.random()
    if age == 0:
        state = "missing" if roll < 0.30 else "draft" if roll < 0.45 else "submitted" if roll < 0.80 else (
            "returned" if roll < 0.88 else "approved")
    elif age == 1:
        state = "missing" if roll < 0.06 else "submitted" if roll < 0.30 else "returned" if roll < 0.38 else (
            "draft" if roll < 0.41 else "approved")
    else:
        state = "missing" if roll < 0.04 else "returned" if roll < 0.06 else "approved"
    if state == "missing":
        return None
    if owed.unending:
        status = "ongoing"
    elif done_at is not None and period >= done_at:
        status = "done"
    else:
        status = "not_started" if period == first and rng.random() < 0.3 else "in_progress"
    template = rng.choice(_PROGRESS)
    progress = f"{period[5:].lstrip('0')}月：" + template.format(
        n=rng.randint(2, 60), m=rng.randint(1, 9), k=rng.randint(1, 9), p=rng.randint(30, 100))
    if status == "done":
        progress += "任务已全部完成，申请销号。"
    sent = _stamp(_shift(period, 1), rng.randint(1, 5), rng.randint(8, 17))
    versions: list[tuple[str, str, str]] = []
    for n in range(_poisson(rng, sc.drafts)):
        versions.append(("draft", progress[: max(8, len(progress) * (n + 1) // (n + 3))],
                         _stamp(_shift(period, 1), 1, 8 + n % 8)))
    resent = state == "approved" and rng.random() < 0.08  # returned once, then sent again
    if state != "draft":
        versions.append(("submitted", progress if not resent else progress[:12], sent))
    else:
        versions.append(("draft", progress, sent))
    if resent:
        versions.append(("submitted", progress, _stamp(_shift(period, 1), 8, 10)))
    reviewed = _stamp(_shift(period, 1), rng.randint(6, 12), 15) if state in ("approved", "returned") else None
    return SampleReport(
        task_id=owed.task_id, unit=unit, period=period, state=state, status=status, progress=progress,
        problems=rng.choice(_PROBLEMS), next_steps=rng.choice(_NEXT),
        review_comment=rng.choice(_RETURN_REASONS) if state == "returned" else "",
        created_at=versions[0][2], updated_at=reviewed or versions[-1][2], reviewed_at=reviewed,
        versions=tuple(versions),
    )


def _poisson(rng: random.Random, mean: float) -> int:
    n, p = 0, rng.random()
    limit, term = 2.718281828459045 ** -mean, 2.718281828459045 ** -mean
    while p > limit and n < 12:
        n += 1
        term *= mean / n
        limit += term
    return n


def _shift(period: str, months: int) -> str:
    n = int(period[:4]) * 12 + int(period[5:]) - 1 + months
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _months_between(period: str, last: str) -> int:
    return (int(last[:4]) * 12 + int(last[5:])) - (int(period[:4]) * 12 + int(period[5:]))


def _stamp(period: str, day: int, hour: int) -> str:
    return f"{period}-{day:02d}T{hour:02d}:{(day * 7 + hour * 13) % 60:02d}:00+00:00"
