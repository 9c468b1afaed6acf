"""Opening the ledger file safely, and the one connection every layer goes through.

Opening never modifies a file it refuses: the header, `quick_check`, the application
id and the `user_version` gate all run before any pragma that writes. Older files are
backed up through the SQLite backup API before migrations in `db/` run, in one
transaction. Writes use `BEGIN IMMEDIATE` so a second writer waits on the busy timeout
instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from ..core.errors import BusyError, DatabaseError, MissingDatabase, StorageFull, UnusableDatabase
from ..core.message import said
from ..fsutil import BACKUP_DIR, protect, remove_stale_temps
from ..paths import MIGRATIONS

APPLICATION_ID = 0x51534C47  # "QSLG"
BUSY_TIMEOUT_MS = 5000
# `quick_check` reads the whole file (a second per ~50 MB on a slow PC). A bigger, current file
# may be opened first and checked right after on the database worker, before any write.
DEFER_CHECK_BYTES = 64 * 1024 * 1024
_HEADER = b"SQLite format 3\x00"


def migrations() -> list[tuple[int, Path]]:
    found = sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    return [(int(p.name[:4]), p) for p in found]


def latest_version() -> int:
    return migrations()[-1][0]


def wal_is_safe(version: tuple[int, int, int] = sqlite3.sqlite_version_info) -> bool:
    """False on SQLite versions with the WAL-reset corruption bug (fixed in 3.51.3, 3.50.7, 3.44.6)."""
    return (
        version >= (3, 51, 3)
        or (3, 50, 7) <= version < (3, 51, 0)
        or (3, 44, 6) <= version < (3, 45, 0)
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def translate(exc: sqlite3.Error, path: Path | str = "") -> DatabaseError:
    """Turn an sqlite3 error into a domain error with a plain Chinese message."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "full" in text or code == sqlite3.SQLITE_FULL:
        return StorageFull(said("磁盘空间不足，本次修改未保存，数据库保持原样。请清理磁盘后重试。"), details=str(exc))
    if "locked" in text or "busy" in text:
        return BusyError(
            said("数据库正被另一个程序使用（可能已打开另一个台账窗口），请稍后重试。"), details=str(exc)
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(said("数据库文件或它所在位置只读，无法保存修改：{path}", path=str(path)), details=str(exc))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return UnusableDatabase(
            said("数据库文件已损坏或不是台账数据库：{path}。可从备份恢复（qs-ledger backups）。", path=str(path)),
            details=str(exc),
        )
    if "disk i/o" in text or code == sqlite3.SQLITE_IOERR:
        return StorageFull(said("写入磁盘出错（I/O 错误），本次修改未保存。请检查磁盘或 U 盘。"), details=str(exc))
    return DatabaseError(said("数据库操作失败：{error}", error=str(exc)), details=str(exc))


def where(equals: dict[str, object], extra: list[tuple[str, list]] = ()) -> tuple[str, list]:
    """A WHERE clause from `column = value` pairs whose value is not None, plus raw conditions."""
    parts = [f"{column} = ?" for column, value in equals.items() if value is not None]
    params = [value for value in equals.values() if value is not None]
    for condition, values in extra:
        parts.append(condition)
        params.extend(values)
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


class Store:
    """One connection guarded by a lock: safe to share between the UI's worker thread and callers."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False)  # plugin discovery costs start-up
        self.read_only = read_only
        self.lock = threading.RLock()
        self.actor = ""
        self.unchecked = False  # opened before its quick_check (see `verify`)

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One `BEGIN IMMEDIATE` transaction; everything inside commits together or not at all."""
        if self.read_only:
            raise DatabaseError(said("数据库以只读方式打开，不能修改。"))
        with self.lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc
            try:
                yield self.db
                self.conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self.path) from exc
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite_utils.Database]:
        with self.lock:
            try:
                yield self.db
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self.read() as db:
            return list(db.query(sql, params))

    def data_version(self) -> int | None:
        """SQLite's `data_version`: changes when another connection (another window, the CLI)
        commits; None when the connection is busy with a job right now (ask again later)."""
        if not self.lock.acquire(blocking=False):
            return None
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None
        finally:
            self.lock.release()

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def open_db(path: Path, *, read_only: bool = False, create: bool = True, defer_check: bool = False) -> Store:
    """Open the ledger at exactly `path`. Only with `create` may a missing (or empty) file become
    a new ledger; otherwise nothing is created, not even its folder. With `defer_check`, a big
    file already at the current schema skips `quick_check` here: the caller runs `verify` next,
    before anything writes."""
    path = Path(path)
    try:
        size = path.stat().st_size if path.exists() else None
    except OSError as exc:
        raise DatabaseError(f"无法读取数据库文件：{path}", details=str(exc)) from exc
    create = create and not read_only
    if size is None and not create:
        raise MissingDatabase(said("找不到数据库文件：{path}", path=str(path)))
    if size == 0 and not create:
        raise UnusableDatabase(said("“{file}”是空文件（0 字节），不是台账数据库文件，文件未被修改。", file=path.name))
    exists = bool(size)
    if exists:
        _check_header(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"无法创建数据库所在的文件夹：{path.parent}", details=str(exc)) from exc
    mode = "ro" if read_only else ("rw" if exists else "rwc")
    # Percent-encoded: a name with # ? % (legal on Windows) must not be read as URI syntax.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    try:
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        store = Store(path, conn, read_only=read_only)
        if exists:
            store.unchecked = defer_check and size > DEFER_CHECK_BYTES
            _gate(conn, path, may_initialise=create, quick_check=not store.unchecked)
            if store.unchecked and conn.execute("PRAGMA user_version").fetchone()[0] != latest_version():
                _gate(conn, path, may_initialise=create)  # an upgrade writes: check first after all
                store.unchecked = False
        protect(path)
        _configure(conn, read_only)
        if not read_only:
            migrate(store)
    except BaseException:
        conn.close()
        raise
    if not read_only:
        remove_stale_temps(path.parent)
        remove_stale_temps(path.parent / BACKUP_DIR)
    return store


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_HEADER))
    except OSError as exc:
        raise DatabaseError(f"无法读取数据库文件：{path}", details=str(exc)) from exc
    if head != _HEADER:
        raise UnusableDatabase(said("“{file}”不是台账数据库文件（可能已损坏或选错了文件），文件未被修改。", file=path.name))


def verify(store: Store) -> None:
    """The `quick_check` an opening deferred; a damaged file is then left read-only."""
    if not store.unchecked:
        return
    with store.lock:
        try:
            result = store.conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error as exc:
            store.read_only = True
            raise translate(exc, store.path) from exc
        store.unchecked = False
        if result != "ok":
            store.read_only = True
            raise _damaged(store.path, result)


def _gate(conn: sqlite3.Connection, path: Path, *, may_initialise: bool, quick_check: bool = True) -> None:
    """Refuse damaged, foreign and newer files before anything writes to them.

    A file without our application id is foreign whatever its user_version says, unless it is
    an empty SQLite file and we were asked to create a ledger (a creation killed half-way).
    `quick_check` reads the whole file; `verify` runs it later when opening deferred it.
    """
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0] if quick_check else "ok"
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    except UnicodeDecodeError as exc:  # SQLite's message quotes garbled schema text
        raise _damaged(path, repr(exc)) from exc
    if result != "ok":
        raise _damaged(path, result)
    empty = app_id == 0 and version == 0 and not tables
    if (app_id != APPLICATION_ID or "plans" not in tables) and not (empty and may_initialise):
        raise UnusableDatabase(said("“{file}”不是台账数据库文件（可能是其他程序的数据库或选错了文件），文件未被修改。",
                                     file=path.name))
    if version > latest_version():
        raise UnusableDatabase(
            said("数据库“{file}”来自更新版本的台账软件（数据版本 {version}，本软件支持到 {latest}）。"
                 "请升级软件后再打开；文件未被修改。", file=path.name, version=version, latest=latest_version())
        )


def _damaged(path: Path, details: str) -> DatabaseError:
    return UnusableDatabase(
        said("数据库文件已损坏（完整性检查未通过）：{file}。文件未被修改，请从备份恢复。", file=path.name),
        details=details
    )


def _configure(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        return
    try:
        conn.execute(f"PRAGMA journal_mode = {'WAL' if wal_is_safe() else 'DELETE'}")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise translate(exc) from exc


def migrate(store: Store) -> None:
    """Bring the file up to the latest schema (after a backup of the older one)."""
    conn = store.conn
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [(v, p) for v, p in migrations() if v > current]
    if not pending:
        return
    if current > 0:
        from .backup import backup_file, backup_path

        backup_file(store, backup_path(store.path, f"upgrade-v{current}", datetime.now()))
    with store.write():
        for version, sql_path in pending:
            for statement in _statements(sql_path.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    out, buf = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") and not buf:
            continue
        buf.append(line)
        candidate = "\n".join(buf)
        if sqlite3.complete_statement(candidate):
            out.append(candidate.strip())
            buf = []
    return [s for s in out if s.strip(" ;\n")]
