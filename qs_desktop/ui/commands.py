"""Undoable edits: each runs an ops function on the worker; the operation's result says how to
revert it (`Changes.revert`), and the UI pushes exactly that on the undo stack. Undo and redo
call the same ops the CLI uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from .context import AppContext

Call = tuple[Callable[..., Any], tuple]


class OpCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str, do: Call, revert) -> None:
        super().__init__(text)
        self.ctx, self.do, self.revert = ctx, do, revert
        self._already_done = True  # pushed after the op ran once

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        fn, args = self.do
        self.ctx.run(fn, *args, on_done=self._redone)

    def _redone(self, result: Any) -> None:
        """Doing it again may have produced a different inverse (e.g. a new report version)."""
        if getattr(result, "revert", None) is not None:
            self.revert = result.revert

    def undo(self) -> None:
        self.ctx.run(self.revert, self.ctx.store)


def perform(
    ctx: AppContext,
    text: str,
    do: Call,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Run `do`; if it succeeded and says how to revert itself, push an undo step named `text`."""

    def done(result: Any) -> None:
        if getattr(result, "revert", None) is not None and not result.empty:
            ctx.undo_stack.push(OpCommand(ctx, text, do, result.revert))
        if on_done is not None:
            on_done(result)

    fn, args = do
    ctx.run(fn, *args, on_done=done, on_error=on_error)
