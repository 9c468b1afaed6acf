"""Exchange packages between the county's installation and the units' (the database side).

Keys. Every installation has its own Ed25519 key pair, made on first use and kept in its
database. A unit's installation is made from a setup package that the county signs; it holds
an enrolment token (32 random bytes, kept by the county for that unit). The unit makes its own
key pair when it is set up, and its first return package carries the token beside its public
key: the county binds that key to the unit the token was issued for, and from then on accepts
only that key for that unit. We chose this over the county generating per-unit keys because a
unit's private key then never travels (a lost USB stick with a setup package cannot sign
returns once the unit has enrolled) and the county cannot sign in a unit's name; the risk left
— someone enrolling with a stolen setup package before the unit does — shows up at once, since
the real unit's returns are then refused, and both fingerprints are on the receipts
(`qs-ledger identity`). A unit of another county, or a second PC using the same setup package
after the first one enrolled, is an unknown signer and is refused.

Reports. The county's version numbers are the shared reference (see `core.sync`): a unit sends
each changed report with the versions written since the county version it was based on; the
county applies them, ignores what it already holds, and records a conflict — both versions kept,
the coordinator chooses — when its own copy changed too. Update packages carry the county's copy
of the unit's reports with their review state, and the contents the coordinator declined.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..core import sync
from ..core.errors import FileRejected, InvalidInput, NotFound
from ..core.message import Message, joined, said
from ..store import audit, catalog, imports, units
from ..store import packages as stored
from ..store import reports as store_reports
from ..store.db import Store, now_iso
from . import Changes, intake
from .catalog import resolve_unit_id, unit_scope
from .office import Office, read_office, write_office
from .reports import ReportInput, report_fields, write_report

FORMAT = 1
REFUSED = "refused"
MAX_ATTACHMENT = 4 * 1024 * 1024  # 佐证材料: one photo or scanned PDF


# -- identity -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    role: str  # "coordinator" | "unit"
    unit: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return sync.fingerprint(self.public_key)

    def to_json(self) -> dict:
        return {"role": self.role, "unit": self.unit, "fingerprint": self.fingerprint,
                "public_key": self.public_key.hex()}


def identity(store: Store) -> Identity:
    """This installation's role, unit and key (the key pair is made on first use)."""
    with store.read() as db:
        row, office = stored.identity(db), read_office(db)
    if row is None:
        with store.write() as db:
            row = _ensure_keys(db)
    return Identity("coordinator" if office.coordinator else "unit", office.unit, row["public_key"])


def _ensure_keys(db) -> dict:
    row = stored.identity(db)
    if row is None:
        key = Ed25519PrivateKey.generate()
        stored.put_identity(db, key.private_bytes_raw(), key.public_key().public_bytes_raw())
        row = stored.identity(db)
    return row


# -- making packages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """What to seal and write: the signer's private key, the payload parts and the token."""

    kind: str  # "setup" | "update" | "return"
    unit: str  # the unit it is for (setup, update) or from (return)
    seq: int
    private_key: bytes
    manifest: dict
    data: dict
    attachments: dict[str, bytes] = field(default_factory=dict)
    token: bytes = b""  # enrolment token sent beside the signature (a unit's first returns)


def package_for(store: Store, unit: str | None = None, *, new_setup: bool = False) -> Outgoing:
    """The next package: on the county a setup package for a unit not yet enrolled (or when
    `new_setup`, e.g. the unit's PC was replaced), else an update; on a unit its return."""
    with store.write() as db:
        office = read_office(db)
        me = _ensure_keys(db)
        if not office.coordinator:
            if unit is not None and units.find(db, unit) != units.find(db, office.unit):
                raise InvalidInput(f"本机是“{office.unit}”的单位安装，只能制作本单位的回报数据包。")
            return _return_package(db, office, me)
        if unit is None:
            raise InvalidInput("请指定单位（--unit）：县级安装为每个单位分别制作数据包。")
        return _county_package(db, office, me, resolve_unit_id(db, unit), new_setup)


def units_to_serve(store: Store) -> list[str]:
    """Units that report on at least one task (groups reach their members)."""
    with store.read() as db:
        return [u.name for u in units.all_units(db) if u.kind != "group" and _scope_tasks(db, u.id)]


def _scope_tasks(db, unit_id: int) -> list[str]:
    return [t.id for t in catalog.tasks(db, unit_ids=unit_scope(db, unit_id))]


def _county_package(db, office: Office, me: dict, unit_id: int, new_setup: bool) -> Outgoing:
    unit = units.get(db, unit_id)
    if unit.kind == "group":
        raise InvalidInput(f"“{unit.name}”是单位组，请为其中的各单位分别制作数据包。")
    tasks = _scope_tasks(db, unit_id)
    if not tasks:
        raise InvalidInput(f"“{unit.name}”没有分派的任务，无需制作数据包。")
    peer = stored.peer(db, unit_id=unit_id)
    stamp = now_iso()
    setup = new_setup or peer is None or peer["public_key"] is None
    fields = {"last_out_at": stamp, "seq_out": (peer["seq_out"] if peer else 0) + 1}
    if setup and (new_setup or peer is None or not peer["token_hash"]):
        fields |= {"token_hash": secrets.token_hex(32), "issued_at": stamp, "public_key": None, "enrolled_at": None,
                   "seq_in": 0}
    peer_id = stored.save_peer(db, fields | ({} if peer else {"role": "unit", "unit_id": unit_id}),
                               peer["id"] if peer else None)
    peer = stored.peer(db, id=peer_id)
    data = {
        "unit": unit.name,
        "units": stored.directory(db),
        "plans": stored.plans_of(db, tasks),
        "tasks": stored.task_rows(db, tasks),
        "reports": [_county_report(db, r) for r in stored.report_rows(db, unit_id)],
        "attachments_held": [a["sha256"] for a in stored.attachments(db, unit_id=unit_id)],
        "returns_seen": peer["seq_in"],
    }
    kind = "setup" if setup else "update"
    if setup:
        data["token"] = peer["token_hash"]
    manifest = _manifest(kind, county=me["public_key"], sender="", to=unit.name,
                         to_key=peer["public_key"] or b"", seq=peer["seq_out"], coordinator=office.unit)
    return Outgoing(kind, unit.name, peer["seq_out"], me["private_key"], manifest, data)


def _county_report(db, row: dict) -> dict:
    return {
        "task_id": row["task_id"], "period": row["period"], "version": row["version"],
        "content": sync.content_of(row), "state": row["state"], "review_comment": row["review_comment"],
        "reviewed_by": row["reviewed_by"], "reviewed_at": row["reviewed_at"], "reporter": row["reporter"],
        "declined": sorted(stored.conflict_hashes(db, row["id"], declined_only=True)),
    }


def _manifest(kind: str, *, county: bytes, sender: str, to: str, to_key: bytes, seq: int,
              coordinator: str = "") -> dict:
    return {"format": FORMAT, "kind": kind, "county": county.hex(), "from": sender, "to": to,
            "to_key": to_key.hex(), "seq": seq, "created_at": now_iso(), "coordinator": coordinator}


def _return_package(db, office: Office, me: dict) -> Outgoing:
    county = stored.peer(db, role="county")
    if county is None:
        raise InvalidInput("本机不是由县级安装包创建的单位安装，无法制作回报数据包。")
    unit_id = resolve_unit_id(db, office.unit)
    owned = set(_scope_tasks(db, unit_id))  # a task the county has since given to others is not sent
    entries = []
    for row in stored.report_rows(db, unit_id):
        if row["state"] != "submitted" or row["task_id"] not in owned:  # drafts stay here; approved /
            continue  # returned ones came from the county
        b = stored.base(db, row["id"])
        if b and sync.content_hash(sync.content_of(row)) == b["base_hash"]:
            continue
        since = b["local_version"] if b else 0
        versions = [v for v in stored.versions(db, row["id"]) if v["version"] > since and v["state"] == "submitted"]
        entries.append({
            "task_id": row["task_id"], "period": row["period"], "base": b["base_version"] if b else 0,
            "versions": [{"content": sync.content_of(v), "reporter": v["reporter"], "created_at": v["created_at"]}
                         for v in versions or [row]],
        })
    files = stored.attachments(db, unit_id=unit_id, unacked=True)
    seq = county["seq_out"] + 1
    stored.save_peer(db, {"seq_out": seq, "last_out_at": now_iso()}, county["id"])
    data = {"unit": office.unit, "reports": entries,
            "attachments": [{k: a[k] for k in ("sha256", "name", "task_id", "period")} for a in files]}
    manifest = _manifest("return", county=county["public_key"], sender=office.unit, to="",
                         to_key=county["public_key"], seq=seq)
    # The token goes with every return: the county uses it only while it does not know our key yet.
    return Outgoing("return", office.unit, seq, me["private_key"], manifest, data,
                    {a["sha256"]: a["data"] for a in files}, bytes.fromhex(county["token_hash"]))


# -- taking packages in -------------------------------------------------------------------------


class OwnPackage(FileRejected):
    """A package this installation made itself: in a folder of packages, skipped, not an error."""


@dataclass(frozen=True)
class Sender:
    """Who signed a package, as this installation knows them (checked before it is opened)."""

    peer_id: int | None  # None: a setup package read by a new installation
    unit: str  # the unit it comes from ("" = the county)
    public_key: bytes
    enrolling: bool = False  # a unit's first return, carrying its setup package's token


def identify(store: Store, signer: bytes, token: bytes) -> Sender:
    """Refuse a signer this installation does not know, before anything inside is read."""
    with store.read() as db:
        office, me = read_office(db), stored.identity(db)
        if me is not None and signer == me["public_key"]:
            raise OwnPackage("这是本机自己制作的数据包（应发给对方导入），已跳过。")
        if not office.coordinator:
            county = stored.peer(db, role="county")
            if county is None or county["public_key"] != signer:
                raise FileRejected("数据包不是本县环委会办公室签发的（签发者未登记），未导入。")
            return Sender(county["id"], "", signer)
        peer = stored.peer(db, public_key=signer)
        if peer is not None:
            return Sender(peer["id"], peer["unit_name"], signer)
        peer = stored.peer(db, token_hash=token.hex()) if any(token) else None
        if peer is None:
            raise FileRejected("数据包的签发者未在本机登记：不是本县发过安装包的单位，或是该单位已换用新安装包后"
                               "旧电脑上做的数据包。未导入。")
        if peer["public_key"] is not None:
            raise FileRejected(f"“{peer['unit_name']}”的安装包已由另一台电脑登记使用，这个数据包不是那台电脑签发的，"
                               "未导入。如该单位更换了电脑，请为其重新制作安装包。")
        return Sender(peer["id"], peer["unit_name"], signer, enrolling=True)


@dataclass
class Taken:
    """What one package did (or, in a dry run, would do)."""

    kind: str
    sender: str
    seq: int
    outcomes: list[tuple[str, str, str, str]] = field(default_factory=list)  # task, period, outcome, note
    attachments: int = 0
    changes: Changes = field(default_factory=Changes)
    imported_before: str = ""  # ISO time when these very bytes were imported, else ""

    def count(self, outcome: str) -> int:
        return sum(o[2] == outcome for o in self.outcomes)


class _DryRun(Exception):
    pass


def take(store: Store, sender: Sender, manifest: dict, data: dict, attachments: dict[str, bytes], *,
         fingerprint: str, file_name: str, check_code: str, dry_run: bool = False) -> Taken:
    """Check a verified package against this installation and apply it in one transaction
    (a dry run rolls it back). Raises FileRejected for a package that must not be applied."""
    with store.read() as db:
        before = imports.find(db, "package", fingerprint)
    kind = manifest.get("kind")
    if before is not None:
        return Taken(kind, sender.unit or "县环委会办公室", manifest.get("seq", 0), imported_before=before["imported_at"])
    taken: Taken | None = None
    try:
        with store.write() as db:
            taken = _take(db, store, sender, manifest, data, attachments)
            if not dry_run:
                imports.record(db, "package", fingerprint, file_name, str(summary(taken)))
                stored.add_receipt(db, {"file_name": file_name, "kind": kind, "sender": taken.sender,
                                        "seq": taken.seq, "check_code": check_code, "verdict": "accepted",
                                        "lines": outcome_lines(taken)})
            else:
                raise _DryRun
    except _DryRun:
        pass
    return taken


def _take(db, store: Store, sender: Sender, manifest: dict, data: dict, attachments: dict[str, bytes]) -> Taken:
    office, me = read_office(db), _ensure_keys(db)
    peer = stored.peer(db, id=sender.peer_id)
    kind, seq = manifest.get("kind"), manifest.get("seq")
    if manifest.get("format") != FORMAT or not isinstance(seq, int):
        raise FileRejected("数据包格式版本不符，请双方使用同一版本的台账软件。")
    if office.coordinator:
        if kind != "return":
            raise FileRejected("县级安装只导入各单位的回报数据包；这是县里发给单位的数据包。")
        if manifest.get("to_key") != me["public_key"].hex():
            raise FileRejected("这个数据包是发给另一个县（另一台县级电脑）的，未导入。")
        if units.find(db, str(manifest.get("from"))) != peer["unit_id"] or data.get("unit") != manifest.get("from"):
            raise FileRejected(f"数据包自称来自“{manifest.get('from')}”，但签名属于“{sender.unit}”，未导入。")
    else:
        # Until our first return arrives the county can only make setup packages for us (e.g. its
        # monthly batch for every unit): one with our own token is taken as an update.
        if kind not in ("update", "setup"):
            raise FileRejected("单位安装只导入县环委会办公室的更新数据包。")
        addressed = manifest.get("to_key") == me["public_key"].hex() if kind == "update" else True
        if manifest.get("to") != office.unit or not addressed:
            raise FileRejected(f"这个数据包是发给“{manifest.get('to')}”的，不是发给本机（{office.unit}）的，未导入。")
        if kind == "setup" and data.get("token") != peer["token_hash"]:
            raise FileRejected("这是县里为本单位重新制作的安装包（换用新电脑时用），应在新电脑上用它创建安装；"
                               "本机的安装已停用，请与县环委会办公室联系。")
    if seq <= peer["seq_in"]:
        raise FileRejected(f"这是较早的数据包（第 {seq} 号，本机已导入到第 {peer['seq_in']} 号），"
                           "导入会用旧数据覆盖新数据，未导入。")
    taken = Taken(kind, sender.unit or "县环委会办公室", seq)
    fields = {"seq_in": seq, "last_in_at": now_iso()}
    if sender.enrolling:
        fields |= {"public_key": sender.public_key, "enrolled_at": now_iso()}
    stored.save_peer(db, fields, peer["id"])
    if office.coordinator:
        _take_return(db, store, peer, data, attachments, taken)
    else:
        _take_slice(db, store, office, data, taken)
    return taken


# -- county side: a unit's return ---------------------------------------------------------------


def _take_return(db, store: Store, peer: dict, data: dict, attachments: dict[str, bytes], taken: Taken) -> None:
    """A unit's reports go through the same intake as returned forms (ops.intake): it refuses
    what the unit may not file and says which entries are stale; a stale entry the unit changed
    too becomes a conflict here instead of being dropped."""
    unit = peer["unit_name"]
    label = f"package:{unit}"  # one source per unit: a later package corrects an earlier, unreviewed one
    problems, changed, items = [], set(), []
    for i, e in enumerate(_entries(data.get("reports")), start=1):
        try:
            inputs = _inputs(e, unit, label)
        except InvalidInput as exc:
            problems.append(f"第 {i} 项：{exc.message}")
            continue
        task = catalog.tasks(db, ids=[inputs[0].task_id])
        if task and task[0].closed_at:  # closed here meanwhile: this report is moot, the rest still counts
            taken.outcomes.append((e["task_id"], e["period"], REFUSED, ""))
            continue
        items.append((e, inputs, intake.Incoming(i, inputs[-1], base_version=e["base"])))
    judged = intake.judge_within(db, store.actor, [item for _e, _i, item in items], "上次回报")
    for (e, inputs, _item), (verdict, how) in zip(items, judged, strict=True):
        if verdict.kind == "refused":
            problems.append(f"{e['task_id']} {e['period']}：{verdict.text}")
            continue
        outcome = _take_entry(db, store, peer, e, inputs, verdict, how, label)
        taken.outcomes.append((e["task_id"], e["period"], outcome, ""))
        if outcome == sync.APPLIED:
            changed.add(e["task_id"])
    for a in _entries(data.get("attachments")):
        blob = attachments.get(str(a.get("sha256")))
        row = store_reports.find_row(db, str(a.get("task_id")), peer["unit_id"], str(a.get("period")))
        if blob is None or hashlib.sha256(blob).hexdigest() != a.get("sha256") or row is None:
            problems.append(f"佐证材料“{a.get('name')}”与所附报送不符")
            continue
        taken.attachments += stored.add_attachment(db, row["id"], _file_name(a.get("name")), a["sha256"], blob)
    if problems:
        raise FileRejected(f"数据包中有 {len(problems)} 处问题，整包未导入：" + "；".join(problems[:5]),
                           details="\n".join(problems))
    taken.changes = Changes(tasks=frozenset(changed), reports=bool(changed or taken.count(sync.CONFLICT)),
                            outcome=summary(taken))


def _entries(value) -> list[dict]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FileRejected("数据包的数据部分格式有误，未导入。")
    return value


def _file_name(name) -> str:
    text = str(name or "佐证材料").replace("/", "_").replace("\\", "_").strip() or "佐证材料"
    return text[:120]


def _take_entry(db, store: Store, peer: dict, e: dict, inputs: list[ReportInput], verdict: intake.Verdict,
                how: tuple, label: str) -> str:
    unit_id, _fields = how
    versions = [sync.content_hash(sync.content_of(_as_content(i))) for i in inputs]
    row = store_reports.find_row(db, inputs[-1].task_id, unit_id, inputs[-1].period)
    if row is None:
        outcome, start = sync.APPLIED, 0
    else:
        held = {v["version"]: sync.content_hash(sync.content_of(v)) for v in stored.versions(db, row["id"])}
        outcome, start = sync.county_decision(row["version"], held[row["version"]], e["base"], held.get(e["base"]),
                                              versions, stored.conflict_hashes(db, row["id"]))
    if verdict.kind == "unchanged":
        return sync.UNCHANGED
    if verdict.kind in intake.APPLIED:  # intake's word on whether it may be saved; the rule above on from where
        outcome, start = sync.APPLIED, start if outcome == sync.APPLIED else 0
    if outcome == sync.APPLIED:
        task = catalog.tasks(db, ids=[inputs[-1].task_id])[0]
        for entry in inputs[start:]:  # every version since the unit's base, in order
            write_report(db, store.actor, task.id, unit_id, peer["unit_name"], entry,
                         report_fields(task, entry, store.actor))
    elif outcome == sync.CONFLICT:
        stored.add_conflict(db, row["id"], e["base"], sync.content_of(_as_content(inputs[-1])), versions[-1], label)
    return outcome


def _as_content(entry: ReportInput) -> dict:
    return {"status": entry.status, "progress": entry.progress, "quantity": entry.quantity,
            "problems": entry.problems, "next_steps": entry.next_steps}


def _inputs(e: dict, unit: str, label: str) -> list[ReportInput]:
    versions = e.get("versions")
    if not isinstance(versions, list) or not versions or not isinstance(e.get("base"), int):
        raise InvalidInput("报送内容不完整")
    return [_input(e, v, unit, label) for v in versions]


def _input(e: dict, v: dict, unit: str, label: str) -> ReportInput:
    c = v.get("content") if isinstance(v, dict) else None
    if not isinstance(c, dict) or set(c) != set(sync.CONTENT_FIELDS):
        raise InvalidInput("报送内容不完整")
    return ReportInput(task_id=str(e.get("task_id")), unit=unit, period=str(e.get("period")), status=str(c["status"]),
                       progress=str(c["progress"] or ""), problems=str(c["problems"] or ""),
                       next_steps=str(c["next_steps"] or ""),
                       quantity=c["quantity"] if isinstance(c["quantity"], int | float) else None,
                       source=label, reporter=str(v.get("reporter") or unit))


# -- unit side: the county's copy (setup and update packages) -----------------------------------


def _take_slice(db, store: Store, office: Office, data: dict, taken: Taken) -> None:
    if data.get("unit") != office.unit:
        raise FileRejected(f"这个数据包是发给“{data.get('unit')}”的，不是发给本机（{office.unit}）的，未导入。")
    try:
        stored.merge_directory(db, data["units"])
        stored.merge_plans(db, data["plans"])
        unit_id = resolve_unit_id(db, office.unit)
        stored.merge_tasks(db, data["tasks"], unit_scope(db, unit_id))
        reports = _entries(data["reports"])
        held = [str(s) for s in data.get("attachments_held", [])]
    except (KeyError, TypeError, ValueError, StopIteration) as exc:
        raise FileRejected("数据包的数据部分格式有误，未导入。") from exc
    for r in reports:
        outcome = _adopt(db, store, unit_id, r)
        taken.outcomes.append((r["task_id"], r["period"], outcome, r["review_comment"] if r["state"] == "returned" else ""))
    stored.ack_attachments(db, held)
    taken.changes = Changes(tasks=frozenset(t["id"] for t in data["tasks"]), reports=True, plans=True,
                            units=True, outcome=summary(taken))


_REVIEW = ("state", "review_comment", "reviewed_by", "reviewed_at")


def _adopt(db, store: Store, unit_id: int, r: dict) -> str:
    county_hash = sync.content_hash(r["content"])
    row = store_reports.find_row(db, r["task_id"], unit_id, r["period"])
    own = {}
    if row is not None:
        own = {sync.content_hash(sync.content_of(v)): v["version"] for v in stored.versions(db, row["id"])}
    b = stored.base(db, row["id"]) if row else None
    decision = sync.unit_decision(sync.content_hash(sync.content_of(row)) if row else None, own,
                                  b["base_hash"] if b else None, county_hash, r["declined"])
    review = {k: r[k] for k in _REVIEW}
    if decision == sync.ADOPT:
        fields = {**r["content"], "reporter": r["reporter"], "state": r["state"], "source": "package"}
        old, new = store_reports.save(db, r["task_id"], unit_id, r["period"], fields)
        stored.set_review(db, new["id"], review)
        stored.put_base(db, new["id"], r["version"], county_hash, new["version"])
        audit.record(db, actor=store.actor, action="report.save", entity="report",
                     entity_id=f"{r['task_id']}|{units.get(db, unit_id).name}|{r['period']}", task_id=r["task_id"],
                     old=_audit_view(old), new=_audit_view(new | review), note="县级数据包")
        return "updated"
    if decision == sync.SAME:
        if any(row[k] != review[k] for k in ("state", "review_comment")):
            stored.set_review(db, row["id"], review)
            audit.record(db, actor=r["reviewed_by"] or store.actor,
                         action="report.return" if r["state"] == "returned" else "report.approve",
                         entity="report", entity_id=f"{r['task_id']}|{units.get(db, unit_id).name}|{r['period']}",
                         task_id=r["task_id"], old={k: row[k] for k in ("state", "review_comment")},
                         new={k: review[k] for k in ("state", "review_comment")}, note="县级数据包")
            stored.put_base(db, row["id"], r["version"], county_hash, row["version"])
            return r["state"]
        stored.put_base(db, row["id"], r["version"], county_hash, row["version"])
        return sync.UNCHANGED
    if decision == sync.BEHIND:
        stored.put_base(db, row["id"], r["version"], county_hash, own[county_hash])
        return sync.UNCHANGED
    return "kept"


def _audit_view(row: dict | None) -> dict | None:
    if row is None:
        return None
    return {k: row.get(k) for k in ("version", *sync.CONTENT_FIELDS, "state", "review_comment")}


def set_up_unit(store: Store, signer: bytes, manifest: dict, data: dict, *, check_code: str,
                file_name: str) -> Taken:
    """Make this (empty) database the unit's installation described by a verified setup package."""
    if manifest.get("kind") != "setup" or manifest.get("format") != FORMAT:
        raise FileRejected("这不是县环委会办公室的安装包（应为“安装包”类型的 .qspkg 文件）。")
    if manifest.get("county") != signer.hex():
        raise FileRejected("安装包的签名与其声明的县级签发者不符，未使用。")
    with store.read() as db:
        if catalog.has_plans(db) or stored.identity(db) is not None:
            raise InvalidInput(f"“{store.path.name}”已有数据，不能再用安装包初始化。请指定一个新的数据库文件（--db）。")
    unit, token = str(data.get("unit", "")), str(data.get("token", ""))
    if not unit or len(token) != 64:
        raise FileRejected("安装包内容不完整，未使用。")
    with store.write() as db:
        _ensure_keys(db)
        stored.merge_directory(db, data.get("units", []))
        if units.find(db, unit) is None:
            raise FileRejected("安装包内容不完整，未使用。")
        write_office(db, unit, Office(unit=units.get(db, units.find(db, unit)).name, coordinator=False, fixed=True))
        peer_id = stored.save_peer(db, {"role": "county", "unit_id": None, "public_key": signer, "token_hash": token,
                                        "issued_at": manifest.get("created_at"), "seq_in": 0})
        office = read_office(db)
        store.actor = office.actor
        taken = Taken("setup", "县环委会办公室", int(manifest.get("seq", 1)))
        _take_slice(db, store, office, data, taken)
        stored.save_peer(db, {"seq_in": taken.seq, "last_in_at": now_iso()}, peer_id)
        stored.add_receipt(db, {"file_name": file_name, "kind": "setup", "sender": taken.sender, "seq": taken.seq,
                                "check_code": check_code, "verdict": "accepted", "lines": outcome_lines(taken)})
    return taken


# -- peers and receipts -------------------------------------------------------------------------


@dataclass(frozen=True)
class PeerState:
    unit: str  # "" for the county (on a unit's installation)
    enrolled: bool
    fingerprint: str
    seq_in: int
    seq_out: int
    last_in_at: str | None
    last_out_at: str | None


def list_peers(store: Store) -> list[PeerState]:
    with store.read() as db:
        return [PeerState(p["unit_name"] or "", p["public_key"] is not None,
                          sync.fingerprint(p["public_key"]) if p["public_key"] else "", p["seq_in"], p["seq_out"],
                          p["last_in_at"], p["last_out_at"]) for p in stored.peers(db)]


def list_receipts(store: Store) -> list[dict]:
    with store.read() as db:
        return stored.receipts(db)


_OUTCOME_LABELS = {
    REFUSED: said("未接收（任务已销号）"),
    sync.APPLIED: said("已接收"), sync.UNCHANGED: said("无变化"), sync.STALE: said("已过时（县里已有更新的版本）"),
    sync.CONFLICT: said("冲突，待协调办公室选择"), "updated": said("已更新"), "approved": said("审核通过"),
    "returned": said("退回"), "submitted": said("待审核"), "kept": said("本机有未发送的修改，保留"),
}


def outcome_label(outcome: str) -> str:
    return str(_OUTCOME_LABELS.get(outcome, outcome))


def outcome_lines(taken: Taken) -> list[str]:
    lines = []
    for task_id, period, outcome, note in taken.outcomes:
        if outcome == sync.UNCHANGED:
            continue
        lines.append(f"{task_id} {period}：{outcome_label(outcome)}" + (f"（{note}）" if note else ""))
    return lines


def summary(taken: Taken) -> Message:
    """“已接收 3 项，无变化 2 项，佐证材料 1 份”."""
    counts = {}
    for _t, _p, outcome, _n in taken.outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    parts = [said("{label} {n} 项", label=_OUTCOME_LABELS.get(k, k), n=n) for k, n in counts.items()]
    if taken.attachments:
        parts.append(said("佐证材料 {n} 份", n=taken.attachments))
    return joined(parts) or said("没有报送内容")


def attach(store: Store, task_id: str, unit: str, period: str, name: str, blob: bytes) -> Changes:
    """Attach a small file (佐证材料) to a unit's report; it travels with the next return package."""
    if len(blob) > MAX_ATTACHMENT:
        raise InvalidInput(f"佐证材料“{name}”有 {len(blob) // 1024} KB，超过上限 {MAX_ATTACHMENT // 1024} KB。"
                           "请压缩照片或只附关键页。")
    with store.write() as db:
        row = store_reports.find_row(db, task_id, resolve_unit_id(db, unit), period)
        if row is None:
            raise NotFound(f"{unit} 还没有任务 {task_id} 在 {period} 的报送，请先填报再附佐证材料。")
        added = stored.add_attachment(db, row["id"], _file_name(name), hashlib.sha256(blob).hexdigest(), blob)
    return Changes(reports=added, outcome=said("已附佐证材料“{name}”。", name=name) if added
                   else said("这份佐证材料已经附过了。"))
