"""The signed envelope of an exchange package (.qspkg) and the zip inside it.

Layout: MAGIC (8 bytes) | signer's Ed25519 public key (32) | enrolment token (32, zeros when
none) | signature (64) | payload (a zip). The signature covers every other byte, so the
signature is checked over the whole package before anything inside is parsed: a flipped byte
or a truncated file fails there. The token sits outside the zip so that the county can tell
an enrolling unit from an unknown signer without opening the payload.

The zip is read in memory only: member names are checked against a short pattern (no
folders but `attachments/`, no `..`, no absolute paths, no duplicates), the number of members
and each member's real size are capped, and members are read by name.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..core.errors import FileRejected

MAGIC = b"QSPKG\x00\x01\x00"
KEY_LEN, TOKEN_LEN, SIG_LEN = 32, 32, 64
HEAD_LEN = len(MAGIC) + KEY_LEN + TOKEN_LEN + SIG_LEN
NO_TOKEN = bytes(TOKEN_LEN)

MAX_PACKAGE = 64 * 1024 * 1024
MAX_MEMBERS = 400
MAX_JSON = 16 * 1024 * 1024
MAX_ATTACHMENT = 4 * 1024 * 1024
MAX_ATTACHMENTS_TOTAL = 40 * 1024 * 1024
_NAME = re.compile(r"(manifest|data)\.json|attachments/[0-9a-f]{64}")


@dataclass(frozen=True)
class Sealed:
    """A package whose envelope was read but whose signature is not yet checked."""

    signer: bytes
    token: bytes  # NO_TOKEN when none
    signature: bytes
    payload: bytes
    raw: bytes

    def verify(self) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(self.signer).verify(self.signature, _signed(self.signer, self.token,
                                                                                           self.payload))
        except (InvalidSignature, ValueError) as exc:
            raise FileRejected("数据包的签名与内容不符：文件在传递中被改动或已损坏，未导入。"
                               "请让对方重新制作并发送。") from exc


def _signed(signer: bytes, token: bytes, payload: bytes) -> bytes:
    return MAGIC + signer + token + payload


def seal(private_key: bytes, payload: bytes, token: bytes = NO_TOKEN) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    signer = key.public_key().public_bytes_raw()
    return MAGIC + signer + token + key.sign(_signed(signer, token, payload)) + payload


def read_sealed(path: Path) -> Sealed:
    """The envelope of a package file; refuses what is too large, too short or not a package."""
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE:
            raise FileRejected(f"“{path.name}”有 {size // (1024 * 1024)} MB，超过数据包上限 "
                               f"{MAX_PACKAGE // (1024 * 1024)} MB，未导入。")
        raw = path.read_bytes()
    except OSError as exc:
        raise FileRejected(f"无法读取“{path.name}”：{exc.strerror or exc}") from exc
    if not raw.startswith(MAGIC[:5]):
        raise FileRejected(f"“{path.name}”不是台账数据包（.qspkg），未导入。")
    if raw[:len(MAGIC)] != MAGIC:
        raise FileRejected(f"“{path.name}”来自不同版本的台账软件或已损坏，无法读取。")
    if len(raw) <= HEAD_LEN:
        raise FileRejected(f"“{path.name}”不完整（文件被截断），未导入。请让对方重新发送。")
    at = len(MAGIC)
    signer, at = raw[at:at + KEY_LEN], at + KEY_LEN
    token, at = raw[at:at + TOKEN_LEN], at + TOKEN_LEN
    signature, at = raw[at:at + SIG_LEN], at + SIG_LEN
    return Sealed(signer, token, signature, raw[at:], raw)


def pack(manifest: dict, data: dict, attachments: dict[str, bytes] = ()) -> bytes:
    """The payload zip: manifest.json, data.json and attachments/<sha256>."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, sort_keys=True))
        zf.writestr("data.json", json.dumps(data, ensure_ascii=False, sort_keys=True))
        for sha, blob in dict(attachments).items():
            zf.writestr(f"attachments/{sha}", blob)
    return buf.getvalue()


@dataclass(frozen=True)
class Contents:
    manifest: dict
    data: dict
    attachments: dict[str, bytes]  # sha256 -> bytes


def unpack(payload: bytes) -> Contents:
    """Read a verified payload in memory, checking names and sizes before reading anything."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(payload))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FileRejected("数据包内容无法读取（不是有效的压缩格式），未导入。") from exc
    if len(infos) > MAX_MEMBERS:
        raise FileRejected(f"数据包含 {len(infos)} 个文件，超过上限 {MAX_MEMBERS} 个，未导入。")
    names = [i.filename for i in infos]
    bad = [n for n in names if not _NAME.fullmatch(n)]
    if bad:
        raise FileRejected(f"数据包中有不允许的文件名“{bad[0]}”（只允许规定的文件，不得含路径），未导入。")
    if len(set(names)) != len(names):
        raise FileRejected("数据包中有重名文件，未导入。")
    if not {"manifest.json", "data.json"} <= set(names):
        raise FileRejected("数据包缺少清单或数据部分，未导入。")
    total = sum(i.file_size for i in infos if i.filename.startswith("attachments/"))
    if total > MAX_ATTACHMENTS_TOTAL:
        raise FileRejected(f"数据包中的佐证材料共 {total // (1024 * 1024)} MB，超过上限 "
                           f"{MAX_ATTACHMENTS_TOTAL // (1024 * 1024)} MB，未导入。")
    with zf:
        manifest = _json(_read(zf, "manifest.json", MAX_JSON))
        data = _json(_read(zf, "data.json", MAX_JSON))
        attachments = {n.removeprefix("attachments/"): _read(zf, n, MAX_ATTACHMENT)
                       for n in names if n.startswith("attachments/")}
    return Contents(manifest, data, attachments)


def _read(zf: zipfile.ZipFile, name: str, cap: int) -> bytes:
    """A member's bytes, refusing it once more than `cap` bytes come out (headers can lie)."""
    info = zf.getinfo(name)
    if info.file_size > cap:
        raise FileRejected(f"数据包中的“{name}”有 {info.file_size // 1024} KB，超过上限 {cap // 1024} KB，未导入。")
    try:
        with zf.open(info) as fh:
            blob = fh.read(cap + 1)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise FileRejected(f"数据包中的“{name}”已损坏，未导入。") from exc
    if len(blob) > cap:
        raise FileRejected(f"数据包中的“{name}”超过上限 {cap // 1024} KB，未导入。")
    return blob


def _json(blob: bytes) -> dict:
    try:
        value = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FileRejected("数据包的数据部分格式有误，未导入。") from exc
    if not isinstance(value, dict):
        raise FileRejected("数据包的数据部分格式有误，未导入。")
    return value
