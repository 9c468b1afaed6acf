"""Undoable edits: each runs an ops function on the worker and, once it succeeded, goes on the undo
stack with the op that reverses it. Undo and redo call the same ops the CLI uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from .context import AppContext

Call = tuple[Callable[..., Any], tuple]


class OpCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, do: Call, undo: Call) -> None:
        super().__init__(text)
        self.ctx, self.do, self.undo_call = ctx, do, undo
        self._already_done = True  # pushed after the op ran once

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        fn, args = self.do
        self.ctx.run(fn, *args)

    def undo(self) -> None:
        fn, args = self.undo_call
        self.ctx.run(fn, *args)


def perform(
    ctx: AppContext,
    text: str,
    do: Call,
    undo: Call | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run `do`; if it succeeds and `undo` is given, push an undoable command named `text`."""

    def done(result: Any) -> None:
        if undo is not None and not getattr(result, "empty", False):
            ctx.undo_stack.push(OpCommand(ctx, text, do, undo))
        if on_done is not None:
            on_done(result)

    fn, args = do
    ctx.run(fn, *args, on_done=done, on_error=on_error)
