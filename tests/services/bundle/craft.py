"""Bundles for the tests: valid ones, and hostile or broken ones made from them or byte by byte."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import stat
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdoc.services.exchange.bundle import BundleWriter, crypto

CASE_ID = "6f1c2b1e-3c1d-4f7a-9a51-2d1f0c9e8b70"
EVIDENCE_ID = "0b9e4c1a-7d2f-4e35-8c6a-1f2e3d4c5b6a"
STAMP = "2026-11-20T09:30:00Z"
MANIFEST: dict[str, Any] = {
    "case": {"id": CASE_ID, "reference": "SD-2026-07", "title": "Shelling of the Abu Shouk market"},
    "exported_by": "amina",
    "exported_at": STAMP,
    "exported_from": "3a0d8c3e-5a61-4b0e-9c7e-0a2b1c3d4e5f",
    "audience": "internal",
}


def version() -> str:
    return uuid.uuid4().hex


def record(**fields: Any) -> dict[str, Any]:
    """The fields every record has, with ``fields`` over them."""
    current = version()
    base: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "created_at": STAMP,
        "updated_at": "2026-11-20T09:31:12.250000Z",
        "created_by": "amina",
        "visibility": "restricted",
        "notes": "",
        "version": current,
        "lineage": [version(), current],
    }
    base.update(fields)
    return base


def case_record() -> dict[str, Any]:
    return record(
        id=CASE_ID,
        reference="SD-2026-07",
        title="Shelling of the Abu Shouk market",
        status="open",
        summary="Marché d’Abu Shouk — سوق أبو شوك",
        lead_investigator="amina",
        tags=["shelling", "market"],
    )


def incident(**fields: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "case_id": CASE_ID,
        "title": "Shelling of the market",
        "description": "Several shells hit the market at midday.",
        "start_date": "2026-05-01",
        "end_date": None,
        "date_precision": "exact",
        "date_as_reported": "1 May, around noon",
        "location_id": None,
        "event_type": "shelling",
        "event_subtype": "",
        "fatalities_low": 3,
        "fatalities_best": 5,
        "fatalities_high": None,
        "civilian_targeting": True,
    }
    values.update(fields)
    return record(**values)


def evidence_record(data: bytes) -> dict[str, Any]:
    return record(
        id=EVIDENCE_ID,
        case_id=CASE_ID,
        original_filename="market.jpg",
        description="",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mime_type="image/jpeg",
        acquired_at=None,
        acquired_by="amina",
        acquired_from="",
        original_id=None,
        alteration_note="",
        in_vault=True,
        attached_kind="",
        attached_id=None,
        file_metadata={"exif": {"Make": "Canon"}},
    )


def custody_entry(data: bytes) -> dict[str, Any]:
    return {
        "evidence_id": EVIDENCE_ID,
        "case_id": CASE_ID,
        "seq": 1,
        "at": STAMP,
        "actor": "amina",
        "action": "intake",
        "item_sha256": hashlib.sha256(data).hexdigest(),
        "details": {},
        "prev_hash": "0" * 64,
        "entry_hash": hashlib.sha256(b"entry").hexdigest(),
    }


@contextlib.contextmanager
def cheap_kdf() -> Iterator[None]:
    """Encrypt with a cheap scrypt (n = 2**10) so tests that open many bundles stay fast."""
    saved = crypto.SCRYPT_LOG2N
    crypto.SCRYPT_LOG2N = crypto.MIN_LOG2N
    try:
        yield
    finally:
        crypto.SCRYPT_LOG2N = saved


def make_bundle(
    path: Path,
    *,
    passphrase: str | None = None,
    evidence: bytes | None = b"\xff\xd8\xff\xe0 not really a jpeg" * 10,
    incidents: int = 2,
) -> dict[str, Any]:
    """A small valid bundle: the case, incidents, optionally one evidence file with its custody."""
    with cheap_kdf(), BundleWriter(path, passphrase=passphrase) as writer:
        writer.add_json("records/case.json", [case_record()])
        writer.add_json("records/incidents.json", [incident(title=f"Incident {i}") for i in range(incidents)])
        if evidence is not None:
            writer.add_json("records/evidence_files.json", [evidence_record(evidence)])
            writer.add_json("logs/custody.json", [custody_entry(evidence)])
            writer.add_stream(
                f"evidence/{EVIDENCE_ID}", [evidence[: len(evidence) // 2], evidence[len(evidence) // 2 :]]
            )
        return writer.finish(MANIFEST)


def members_of(path: Path) -> dict[str, bytes]:
    """A plain bundle's members, in archive order."""
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def sums_text(members: dict[str, bytes]) -> bytes:
    lines = [
        f"{hashlib.sha256(data).hexdigest()}  {name}\n"
        for name, data in sorted(members.items())
        if name != "SHA256SUMS"
    ]
    return "".join(lines).encode()


def rebuild(
    src: Path,
    dst: Path,
    *,
    change: dict[str, bytes | None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    rehash: bool = True,
) -> None:
    """Write ``src``'s members again into ``dst``, changed (None removes, a new name adds).

    ``manifest`` edits the manifest. With ``rehash`` the manifest's members and SHA256SUMS are brought in
    line with the new contents, so that only the intended defect remains.
    """
    members = members_of(src)
    for name, data in (change or {}).items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    if "manifest.json" not in members:
        write_zip(dst, members)
        return
    doc = json.loads(members["manifest.json"])
    if manifest is not None:
        manifest(doc)
    if rehash:
        doc["members"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
            if name not in ("manifest.json", "SHA256SUMS")
        }
    if rehash or manifest is not None:
        members["manifest.json"] = json.dumps(doc, indent=2, sort_keys=True).encode()
    if rehash:
        members["SHA256SUMS"] = sums_text(members)
    write_zip(dst, members)


def write_zip(path: Path, members: dict[str, bytes] | list[tuple[str | zipfile.ZipInfo, bytes]]) -> None:
    items = list(members.items()) if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(name, data)


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


@dataclass
class Raw:
    """One entry of a zip built byte by byte (see :func:`raw_zip`)."""

    name: bytes
    data: bytes = b""  # as stored: already deflated when method is 8
    method: int = 0
    file_size: int | None = None  # declared uncompressed size (default: len(data))
    crc: int | None = None
    flags: int = 0
    external_attr: int = (stat.S_IFREG | 0o600) << 16
    same_header_as: int | None = None  # no local header of its own: point at entry N's
    extra: dict[str, Any] = field(default_factory=dict)


def raw_zip(entries: list[Raw]) -> bytes:
    """A zip archive with exactly these entries, however wrong they are."""
    out = io.BytesIO()
    offsets: list[int] = []
    for entry in entries:
        if entry.same_header_as is not None:
            offsets.append(offsets[entry.same_header_as])
            continue
        offsets.append(out.tell())
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.file_size is None else entry.file_size
        local = (b"PK\x03\x04", 20, entry.flags, entry.method, 0, 0x21, crc, len(entry.data), size, len(entry.name), 0)
        out.write(struct.pack("<4s5H3L2H", *local))
        out.write(entry.name)
        out.write(entry.data)
    directory_at = out.tell()
    for entry, offset in zip(entries, offsets, strict=True):
        source = entries[entry.same_header_as] if entry.same_header_as is not None else entry
        crc = zlib.crc32(source.data) if source.crc is None else source.crc
        size = len(source.data) if source.file_size is None else source.file_size
        central = (
            *(b"PK\x01\x02", (3 << 8) | 20, 20, entry.flags, entry.method, 0, 0x21, crc, len(source.data), size),
            *(len(entry.name), 0, 0, 0, 0, entry.external_attr, offset),
        )
        out.write(struct.pack("<4s6H3L5H2L", *central))
        out.write(entry.name)
    directory_size = out.tell() - directory_at
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), directory_size, directory_at, 0))
    return out.getvalue()


def deflate_zeros(size: int) -> tuple[bytes, int]:
    """``size`` zero bytes deflated, and their CRC-32, without holding them in memory."""
    block = bytes(1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts: list[bytes] = []
    crc = 0
    left = size
    while left:
        piece = block[: min(left, len(block))]
        parts.append(compressor.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    parts.append(compressor.flush())
    return b"".join(parts), crc
