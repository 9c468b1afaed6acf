"""office: which unit this installation works for (本机单位), and its role."""

from __future__ import annotations

from ..ops.office import get_office, set_office
from .common import emit_json, opened, say


def register(sub) -> None:
    p = sub.add_parser("office", help="查看或设置本机单位（签署本机的每一条修改）")
    p.add_argument("name", nargs="?", metavar="NAME", help="单位名称或别名（从单位目录中选）")
    p.add_argument("--coordinator", action="store_true",
                   help="本机是协调办公室（县环委会办公室及其分局默认即是）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_office)


def _office(args) -> int:
    with opened(args) as store:
        if args.name:
            changes = set_office(store, args.name, coordinator=True if args.coordinator else None)
            if not args.json:
                say(changes.summary)
        office = get_office(store)
    if args.json:
        emit_json({"unit": office.unit or None, "role": "coordinator" if office.coordinator else "unit",
                   "fixed": office.fixed})
    elif not args.name:
        say(f"本机单位：{office.unit}（{office.role_label}）" if office.unit
            else "本机单位：未设置（运行 qs-ledger office 单位名称 设置；设置前的修改记为“未设置本机单位”）")
    return 0
