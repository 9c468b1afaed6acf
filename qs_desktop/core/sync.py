"""Rules for keeping a unit's reports in step between its installation and the county's.

The county's version numbers are the shared reference: a unit sends each changed report with
the county version it was based on (`base`), and the county tells the unit which version it
now holds. Contents are compared by a hash, so neither side trusts the other's numbering.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Collection, Sequence

CONTENT_FIELDS = ("status", "progress", "quantity", "problems", "next_steps")


def content_of(row) -> dict:
    """The fields that make up what a report says (not who, when or its review state)."""
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    out = {k: get(k) for k in CONTENT_FIELDS}
    if out["quantity"] is not None:
        out["quantity"] = float(out["quantity"])
    return out


def content_hash(content: dict) -> str:
    canonical = json.dumps({k: content.get(k) for k in CONTENT_FIELDS}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_code(data: bytes) -> str:
    """Eight characters (Crockford base 32: no I, L, O, U) read over the phone to confirm that both
    offices hold the same package, e.g. `7KQ2-M9XD`."""
    raw = base64.b32encode(hashlib.sha256(data).digest()).decode()[:8]
    crockford = raw.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    return f"{crockford[:4]}-{crockford[4:]}"


def fingerprint(public_key: bytes) -> str:
    """A key's short name: the first 16 hex digits of its SHA-256, grouped by four."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


# What the county does with one report arriving in a unit's return package.
APPLIED, UNCHANGED, STALE, CONFLICT = "applied", "unchanged", "stale", "conflict"


def county_decision(held_version: int | None, held_hash: str | None, base: int, base_hash: str | None,
                    incoming: Sequence[str], settled: Collection[str]) -> tuple[str, int]:
    """(outcome, index of the first incoming version to save) for a report the unit sends.

    `incoming` are the hashes of the unit's versions since `base`, oldest first; `held_*` is what
    the county holds now; `base_hash` is the county's content at version `base`; `settled` are
    contents already recorded as a conflict (pending or decided), so a re-sent one changes nothing.
    """
    if held_version is None:
        return APPLIED, 0
    if incoming[-1] == held_hash:
        return UNCHANGED, len(incoming)
    if held_hash in incoming:  # the county holds an earlier one of these versions
        return APPLIED, list(incoming).index(held_hash) + 1
    if held_version <= base:  # nothing changed here since the unit's base
        return APPLIED, 0
    if incoming[-1] == base_hash:  # the unit did not change it; the county's newer version stands
        return STALE, len(incoming)
    if incoming[-1] in settled:
        return UNCHANGED, len(incoming)
    return CONFLICT, len(incoming)


# What a unit does with the county's copy of one of its reports (setup or update package).
ADOPT, SAME, BEHIND, KEEP = "adopt", "same", "behind", "keep"


def unit_decision(local_hash: str | None, own: Collection[str], base_hash: str | None, county_hash: str,
                  declined: Collection[str]) -> str:
    """ADOPT the county's content, SAME content (take its review state), BEHIND (the county holds
    an earlier version of ours: keep ours, move the base) or KEEP ours unsent (both sides changed
    it: the county will see the conflict when ours arrives, and its coordinator chooses).

    `own` are the hashes of every version this installation holds; `declined` are contents of
    ours the county's coordinator decided against in a conflict.
    """
    if local_hash is None or local_hash in declined:
        return ADOPT
    if local_hash == county_hash:
        return SAME
    if county_hash in own:
        return BEHIND
    if local_hash == base_hash:  # unchanged here since the base: the county's change wins
        return ADOPT
    return KEEP
