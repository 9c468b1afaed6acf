"""Exchange package files (.qspkg): make them, take them in (many at once), and the receipt (回执).

Every package is checked in this order, and refused at the first failure with the database
untouched: size and envelope → a signer this installation knows (or a unit enrolling with its
setup package's token) → the signature over the whole file → the zip's names and sizes → whom
it is addressed to and from → its sequence number → every report in it. A package whose very
bytes were imported before changes nothing and says so.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..core.dates import cn_date
from ..core.errors import QsError
from ..core.sync import check_code
from ..fsutil import atomic_write, ensure_folder
from ..ops import packages
from ..ops.backups import backup_before
from ..ops.setup import open_ledger
from ..store.db import Store
from . import envelope
from .pdf_table import MARGIN_BOTTOM, MARGIN_X, TABLE_GAP, Column, PdfResult, Row, Sheet, render

SUFFIX = ".qspkg"
KIND_LABELS = {"setup": "安装包", "update": "更新包", "return": "回报包"}


@dataclass(frozen=True)
class Exported:
    kind: str
    unit: str
    seq: int
    path: Path
    check_code: str


def export_package(store: Store, path: str | os.PathLike[str], unit: str | None = None, *,
                   new_setup: bool = False) -> Exported:
    out = packages.package_for(store, unit, new_setup=new_setup)
    payload = envelope.pack(out.manifest, out.data, out.attachments)
    blob = envelope.seal(out.private_key, payload, out.token or envelope.NO_TOKEN)
    target = Path(path)
    with atomic_write(target, "wb") as fh:
        fh.write(blob)
    return Exported(out.kind, out.unit, out.seq, target, check_code(blob))


def default_name(kind: str, unit: str, seq: int) -> str:
    return f"{_UNSAFE.sub('_', unit)}-{KIND_LABELS[kind]}-{seq:03d}{SUFFIX}"


_UNSAFE = re.compile(r'[\\/:*?"<>|]')


def export_all(store: Store, folder: str | os.PathLike[str], *,
               progress: Callable[[int, int, str], bool | None] | None = None) -> list[Exported]:
    """A setup or update package for every unit with tasks; `progress` returning False stops."""
    ensure_folder(Path(folder))
    names = packages.units_to_serve(store)
    done = []
    for i, unit in enumerate(names):
        if progress and progress(i, len(names), unit) is False:
            break
        tmp = Path(folder) / f".{_UNSAFE.sub('_', unit)}{SUFFIX}.part"
        made = export_package(store, tmp, unit)
        final = tmp.with_name(default_name(made.kind, made.unit, made.seq))
        os.replace(tmp, final)
        done.append(Exported(made.kind, made.unit, made.seq, final, made.check_code))
    return done


def package_files(target: str | os.PathLike[str]) -> list[Path]:
    p = Path(target)
    if p.is_dir():
        return sorted(f for f in p.iterdir() if f.suffix.lower() == SUFFIX and not f.name.startswith(".")
                      and f.is_file())
    return [p]


@dataclass
class PackageImport:
    path: Path
    check_code: str = ""
    taken: packages.Taken | None = None
    error: str = ""
    details: str = ""
    skipped: bool = False  # made by this installation

    @property
    def verdict(self) -> str:
        if self.skipped:
            return "skipped"
        if self.error:
            return "refused"
        if self.taken is not None and self.taken.imported_before:
            return "unchanged"
        return "accepted"


@dataclass(frozen=True)
class _Opened:
    sender: packages.Sender
    contents: envelope.Contents
    raw: bytes


def _open(store: Store, path: Path, result: PackageImport) -> _Opened | None:
    try:
        sealed = envelope.read_sealed(path)
        result.check_code = check_code(sealed.raw)
        sealed.verify()  # against the key it names: a damaged file says so, whoever signed it
        sender = packages.identify(store, sealed.signer, sealed.token)
        return _Opened(sender, envelope.unpack(sealed.payload), sealed.raw)
    except packages.OwnPackage as exc:
        result.skipped, result.error = True, exc.message
        return None
    except QsError as exc:
        result.error, result.details = exc.message, exc.details
        return None


def import_packages(store: Store, paths: list[Path], *, dry_run: bool = False,
                    progress: Callable[[int, int, Path], None] | None = None) -> list[PackageImport]:
    """Check every package, then apply them oldest first per sender, each in one transaction."""
    results = [PackageImport(Path(p)) for p in paths]
    opened = []
    for i, result in enumerate(results):
        if progress:
            progress(i, 2 * len(results), result.path)
        found = _open(store, result.path, result)
        if found:
            opened.append((result, found))
    opened.sort(key=lambda pair: (pair[1].sender.public_key, pair[1].contents.manifest.get("seq", 0)
                                  if isinstance(pair[1].contents.manifest.get("seq"), int) else 0))
    backed_up = dry_run
    for i, (result, found) in enumerate(opened):
        if progress:
            progress(len(results) + i, 2 * len(results), result.path)
        try:
            if not backed_up:  # one backup per batch, before its first write
                backup_before(store, "import")
                backed_up = True
            result.taken = packages.take(
                store, found.sender, found.contents.manifest, found.contents.data, found.contents.attachments,
                fingerprint=hashlib.sha256(found.raw).hexdigest(), file_name=result.path.name,
                check_code=result.check_code, dry_run=dry_run)
        except QsError as exc:
            result.error, result.details = exc.message, exc.details
    if progress:
        progress(2 * len(results), 2 * len(results), Path())
    return results


def init_from_setup(db_path: Path, setup: Path) -> tuple[Store, PackageImport]:
    """A new unit installation at `db_path` from a setup package (the database must be new or empty)."""
    result = PackageImport(Path(setup))
    sealed = envelope.read_sealed(result.path)
    result.check_code = check_code(sealed.raw)
    sealed.verify()
    contents = envelope.unpack(sealed.payload)
    store = open_ledger(db_path, load_builtin=False)
    try:
        result.taken = packages.set_up_unit(store, sealed.signer, contents.manifest, contents.data,
                                            check_code=result.check_code, file_name=result.path.name)
    except BaseException:
        store.close()
        raise
    return store, result


def describe(result: PackageImport) -> list[str]:
    """Plain lines for the CLI, the GUI's details and the receipt."""
    head = f"{result.path.name}（校验码 {result.check_code}）" if result.check_code else result.path.name
    if result.skipped:
        return [f"{head}：{result.error}"]
    if result.error:
        return [f"{head}：未导入。{result.error}"]
    t = result.taken
    kind = KIND_LABELS.get(t.kind, t.kind)
    if t.imported_before:
        when = datetime.fromisoformat(t.imported_before).astimezone()
        return [f"{head}：{t.sender}的{kind}第 {t.seq} 号已于 {cn_date(when.date())} {when:%H:%M} 导入过，本次没有改动。"]
    lines = [f"{head}：已接收{t.sender}的{kind}第 {t.seq} 号，{packages.summary(t)}。"]
    return lines + [f"  {line}" for line in packages.outcome_lines(t)]


RECEIPT_COLUMNS = (
    Column("数据包", 150),
    Column("发件方", 80, "center"),
    Column("序号", 34, "center"),
    Column("校验码", 66, "center"),
    Column("结果", 46, "center"),
    Column("明细", 330),
)
_VERDICTS = {"accepted": "已接收", "unchanged": "已导入过", "refused": "未导入", "skipped": "跳过"}


def write_receipt_pdf(results: list[PackageImport], path: str | os.PathLike[str], *, office: str,
                      fingerprint: str, on: date | None = None) -> PdfResult:
    """The receipt of one import run, for the file or the printer."""
    rows = []
    for r in results:
        t = r.taken
        detail = r.error or "\n".join(describe(r)[1:]) or (str(packages.summary(t)) if t else "")
        if t and t.imported_before:
            detail = describe(r)[0].split("：", 1)[1]
        rows.append(Row((r.path.name, (t.sender if t else "—"), str(t.seq) if t else "—", r.check_code or "—",
                         _VERDICTS[r.verdict], detail.strip()),
                        frozenset({4}) if r.verdict == "refused" else frozenset()))
    counts = "　".join(f"{label} {n} 个" for k, label in _VERDICTS.items()
                      if (n := sum(r.verdict == k for r in results)) or k != "skipped")
    conflicts = sum(r.taken.count("conflict") for r in results if r.taken)
    title = "数据包导入回执"

    def draw(sheet: Sheet) -> None:
        sheet.heading(annex="", title=title, left=f"接收方：{office}（密钥 {fingerprint}）",
                      right=cn_date(on or date.today()))
        sheet.table(RECEIPT_COLUMNS, rows)
        if sheet.y - TABLE_GAP - 14 < MARGIN_BOTTOM:
            sheet.new_page()
        note = f"{counts}　冲突 {conflicts} 项" + ("（请在“数据交换”页选择保留哪个版本）" if conflicts else "")
        sheet.text(MARGIN_X, sheet.y - 14, note, size=10.5)

    return render(path, title, draw)
