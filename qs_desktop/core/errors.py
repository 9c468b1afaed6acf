"""Typed domain errors. Each carries the plain Chinese message a user sees.

The UI shows `message` (and `details` behind a "details" button); the CLI prints
`message` as one line on stderr and exits with `exit_code`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .message import Message, said


class QsError(Exception):
    """`message` is a finished sentence or a `said(...)` template the UI can translate."""

    exit_code = 1

    def __init__(self, message: str | Message, *, details: str = "") -> None:
        self.said = message if isinstance(message, Message) else said(message)
        super().__init__(str(self.said))
        self.message = str(self.said)
        self.details = details


class UsageError(QsError):
    """Wrong command-line usage."""

    exit_code = 2


class NotFound(QsError):
    """A task, unit, plan or report the user named does not exist."""


class InvalidInput(QsError):
    """Input that breaks a domain rule (bad period, unknown status, unit not assigned…)."""


class CloseRefused(InvalidInput):
    """销号 refused because some owing units are not done; the coordinator may force it with a reason."""


class DatabaseError(QsError):
    """The database file cannot be used: damaged, not a database, newer version, read-only…"""


class UnusableDatabase(DatabaseError):
    """The file is damaged, not a ledger, or from a newer version; it was left untouched."""


class MissingDatabase(DatabaseError):
    """The ledger file named does not exist (and the command may not create one)."""


class StorageFull(DatabaseError):
    """The disk is full or a write failed; nothing was changed."""


class BusyError(DatabaseError):
    """Another program holds the database."""


class FileRejected(QsError):
    """An input file that is malformed, hostile or of the wrong kind."""


@dataclass(frozen=True)
class RowProblem:
    """One problem found in one row/column of an imported file (row is 1-based as in Excel)."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"第 {self.row} 行")
        if self.column:
            where.append(f"“{self.column}”列")
        return ("，".join(where) + "：" if where else "") + self.message


class ImportRejected(QsError):
    """An import that was refused as a whole; `problems` lists every row/column issue."""

    def __init__(self, message: str, problems: list[RowProblem]) -> None:
        super().__init__(message, details="\n".join(str(p) for p in problems))
        self.problems = problems
