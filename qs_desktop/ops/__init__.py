"""Use cases. Every write runs in one transaction and returns a `Changes` summary."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so views refresh only that (cf. Anki's OpChanges)."""

    tasks: frozenset[str] = field(default_factory=frozenset)
    reports: bool = False
    units: bool = False
    plans: bool = False
    settings: bool = False
    summary: str = ""  # one Chinese sentence for the status bar / CLI

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            tasks=self.tasks | other.tasks,
            reports=self.reports or other.reports,
            units=self.units or other.units,
            plans=self.plans or other.plans,
            settings=self.settings or other.settings,
            summary="；".join(s for s in (self.summary, other.summary) if s),
        )

    @property
    def empty(self) -> bool:
        return not (self.tasks or self.reports or self.units or self.plans or self.settings)
