"""Use cases. Every write runs in one transaction and returns a `Changes` summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.message import Message, joined


@dataclass(frozen=True)
class Revert:
    """What undoes an operation: `fn(store, *args, **kwargs)`, itself an operation returning `Changes`."""

    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)

    def __call__(self, store: Any) -> Changes:
        return self.fn(store, *self.args, **self.kwargs)


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so views refresh only that (cf. Anki's OpChanges)."""

    tasks: frozenset[str] = field(default_factory=frozenset)
    reports: bool = False
    units: bool = False
    plans: bool = False
    settings: bool = False
    summary: str = ""  # one Chinese sentence for the status bar / CLI (filled from `outcome`)
    outcome: Message | None = None  # the same sentence, translatable
    revert: Revert | None = None  # None: nothing to undo

    def __post_init__(self) -> None:
        if self.outcome is not None and not self.summary:
            object.__setattr__(self, "summary", self.outcome.render())

    def __or__(self, other: Changes) -> Changes:
        """Both changes together; the sentence and the undo of a single side carry over."""
        only = self if not other.summary else other if not self.summary else None
        both = joined([self.outcome, other.outcome], semicolons=True) if self.outcome and other.outcome else None
        return Changes(
            tasks=self.tasks | other.tasks,
            reports=self.reports or other.reports,
            units=self.units or other.units,
            plans=self.plans or other.plans,
            settings=self.settings or other.settings,
            summary="；".join(s for s in (self.summary, other.summary) if s),
            outcome=only.outcome if only else both,
        )

    @property
    def empty(self) -> bool:
        return not (self.tasks or self.reports or self.units or self.plans or self.settings)
