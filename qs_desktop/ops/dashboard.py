"""The figures a coordinator takes to a meeting: per ledger and per unit, as of a date (see ops.stats)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..store.db import Store
from .obligations import owed_period
from .sample import sample_scale
from .stats import StatsRow, ranking, stats, total


@dataclass
class Dashboard:
    as_of: date
    period: str
    ledgers: list[StatsRow] = field(default_factory=list)
    units: list[StatsRow] = field(default_factory=list)  # ranked: report rate, then fewest overdue, returned
    sample: bool = False  # the ledger holds sample data: exported figures must say 示例数据

    @property
    def total(self) -> StatsRow:
        return total(self.ledgers)


def figures(store: Store, as_of: date, period: str | None = None) -> Dashboard:
    """`period` defaults to the owed period (应报期) as of `as_of`."""
    period = period or owed_period(store, as_of)
    return Dashboard(
        as_of=as_of,
        period=period,
        ledgers=stats(store, as_of, period, by="ledger"),
        units=ranking(stats(store, as_of, period, by="unit")),
        sample=bool(sample_scale(store)),
    )
