"""Remembering the fill-in forms handed out, to recognise them when they come back."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import forms, imports
from ..store.db import Store
from . import Changes
from .catalog import resolve_unit_id


@dataclass(frozen=True)
class IssuedForm:
    form_id: str
    unit: str
    period: str
    fingerprint: str
    issued_at: str


def record_form(store: Store, form: IssuedForm) -> Changes:
    with store.write() as db:
        forms.record(db, form.form_id, resolve_unit_id(db, form.unit), form.period, form.fingerprint,
                     form.issued_at)
    return Changes(summary=f"已记录下发的填报表 {form.form_id}。")


def issued_form(store: Store, form_id: str) -> IssuedForm | None:
    with store.read() as db:
        row = forms.get(db, form_id)
    if row is None:
        return None
    return IssuedForm(row["form_id"], row["unit_name"], row["period"], row["fingerprint"], row["issued_at"])


@dataclass(frozen=True)
class ImportedFile:
    """A returned form that was applied, known by a fingerprint (sha256) of its bytes."""

    fingerprint: str
    file_name: str
    summary: str = ""
    imported_at: str = ""
    kind: str = "form"  # "form" | "package" | …: the same bytes may be known under each kind


def imported_file(store: Store, fingerprint: str, kind: str = "form") -> ImportedFile | None:
    with store.read() as db:
        row = imports.find(db, kind, fingerprint)
    if row is None:
        return None
    return ImportedFile(row["fingerprint"], row["file_name"], row["summary"], row["imported_at"], kind)


def remember_import(db, file: ImportedFile) -> None:
    """Inside the caller's transaction, so the record and the reports are written together."""
    imports.record(db, file.kind, file.fingerprint, file.file_name, file.summary)
