"""A sentence for the user, kept as its Chinese template and parameters.

Operations and errors say what happened with `said("任务 {task} 已销号。", task=…)`: the CLI
prints it in Chinese, the desktop app looks the template up in its translations (context
"Outcome", collected from every `said(...)` by `python -m qs_desktop.ui.i18n`) and fills in
the same parameters, so the English interface speaks English. A parameter may itself be a
`said(...)` (a part of a longer sentence, see `joined`); it is translated on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    template: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, template: str | None = None) -> str:
        """The sentence, from `template` (a translation of `self.template`) or the Chinese one."""
        try:
            return (template or self.template).format(**dict(self.params))
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return self.template.format(**dict(self.params))

    def __str__(self) -> str:
        return self.render()


def said(template: str, **params: object) -> Message:
    return Message(template, tuple(params.items()))


def joined(parts: Iterable[Message], *, semicolons: bool = False) -> Message | None:
    """The parts in a row, “甲，乙，丙” (or “甲；乙”); None when there are none."""
    result = None
    for part in parts:
        if result is None:
            result = part
        elif semicolons:
            result = said("{first}；{more}", first=result, more=part)
        else:
            result = said("{first}，{more}", first=result, more=part)
    return result
