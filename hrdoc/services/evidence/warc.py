"""A small WARC/1.1 writer and reader (ISO 28500:2017), in memory only.

The capture of an online source is kept as one WARC file: every HTTP request and response exactly as sent
and received (redirects included), a text rendering of the page and a record of the capture facts. The
reader checks the structure of a WARC file (ours, or one an investigator imports from another tool).

Digests: ``WARC-Block-Digest`` and ``WARC-Payload-Digest`` are written as ``sha256:`` followed by the
**lowercase hexadecimal** SHA-256 (64 characters), the same form ``sha256sum`` prints, so an investigator can
compare them by eye. Common WARC tools (warcio, jwarc) read hexadecimal digests as well as base32. The
reader's ``WarcRecord.digest_problems()`` accepts hexadecimal, base32 and base64 values of sha1, sha256,
sha512 and md5 digests.

The payload of an ``application/http`` record is taken as the bytes after the HTTP header block, as
transmitted (a chunked transfer coding is not removed), which is what wget, Heritrix and warcio do.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import uuid
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

WARC_VERSION = "WARC/1.1"
WARC_MIME = "application/warc"
HTTP_REQUEST_MIME = "application/http; msgtype=request"
HTTP_RESPONSE_MIME = "application/http; msgtype=response"

# Limits of the reader: a hostile file must not make it allocate without bound.
MAX_HEADER_BYTES = 64 * 1024
MAX_FIELDS = 256
MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # a .warc.gz expanding beyond this is refused (1 GiB)
_MAX_LENGTH_DIGITS = 15  # Content-Length up to 999 TB: anything longer is not a real length

_REQUIRED = ("WARC-Record-ID", "WARC-Type", "WARC-Date", "Content-Length")
_VERSION_LINE = re.compile(rb"WARC/(\d{1,3})\.(\d{1,3})")
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z")
_RECORD_ID = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]*:[^<>\s]+>")
_DIGEST_ALGORITHMS = {
    "sha1": "sha1",
    "sha-1": "sha1",
    "sha256": "sha256",
    "sha-256": "sha256",
    "sha512": "sha512",
    "sha-512": "sha512",
    "md5": "md5",
}


class WarcError(ValueError):
    """The bytes are not a well-formed WARC file. ``str(err)`` says where and what, for the user."""


# -- writing ----------------------------------------------------------------------------------------------------


def warc_date(moment: datetime) -> str:
    """``moment`` as a WARC-Date: UTC, ISO 8601, with microseconds, ending in "Z"."""
    if moment.tzinfo is None:
        raise ValueError("a WARC-Date needs a time zone; pass an aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sha256_digest(data: bytes) -> str:
    """The digest field value we write: "sha256:" and the lowercase hexadecimal SHA-256."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def new_record_id() -> str:
    """A fresh WARC-Record-ID: ``<urn:uuid:...>``."""
    return f"<urn:uuid:{uuid.uuid4()}>"


def http_payload(block: bytes) -> bytes | None:
    """The bytes after the header block of an HTTP message, or None if the block has no end of headers."""
    end = block.find(b"\r\n\r\n")
    return None if end < 0 else block[end + 4 :]


class WarcWriter:
    """Collects WARC records in memory; ``getvalue()`` returns the WARC file.

    Each method returns the WARC-Record-ID of the record it added, so records can refer to each other.
    After ``warcinfo()``, every later record names it in ``WARC-Warcinfo-ID``.
    """

    def __init__(self) -> None:
        self._records: list[bytes] = []
        self._warcinfo_id: str | None = None

    def add(
        self,
        warc_type: str,
        block: bytes,
        *,
        date: datetime,
        content_type: str | None,
        target_uri: str | None = None,
        record_id: str | None = None,
        payload: bytes | None = None,
        fields: Sequence[tuple[str, str]] = (),
    ) -> str:
        """Add one record. ``payload`` defaults to the whole block (for HTTP records: the body)."""
        record_id = record_id or new_record_id()
        if payload is None:
            payload = http_payload(block) if warc_type in ("request", "response") else block
        headers: list[tuple[str, str]] = [
            ("WARC-Type", warc_type),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", warc_date(date)),
        ]
        if target_uri is not None:
            headers.append(("WARC-Target-URI", target_uri))
        if self._warcinfo_id is not None and warc_type != "warcinfo":
            headers.append(("WARC-Warcinfo-ID", self._warcinfo_id))
        headers.extend(fields)
        if content_type is not None:
            headers.append(("Content-Type", content_type))
        headers.append(("WARC-Block-Digest", sha256_digest(block)))
        if payload is not None:
            headers.append(("WARC-Payload-Digest", sha256_digest(payload)))
        headers.append(("Content-Length", str(len(block))))
        lines = [WARC_VERSION.encode("ascii")]
        for name, value in headers:
            if not _FIELD_NAME.fullmatch(name):
                raise ValueError(f"not a WARC field name: {name!r}")
            if "\r" in value or "\n" in value:
                raise ValueError(f"the value of WARC field {name} contains a line break")
            lines.append(f"{name}: {value}".encode())
        self._records.append(b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n")
        return record_id

    def warcinfo(
        self, *, software: str, date: datetime, operator: str | None = None, extra: Sequence[tuple[str, str]] = ()
    ) -> str:
        """The warcinfo record describing the file; added first, and named by the records after it."""
        info = [
            ("software", software),
            ("format", "WARC File Format 1.1"),
            ("conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"),
        ]
        if operator:
            info.append(("operator", operator))
        info.extend(extra)
        for name, value in info:
            if "\r" in value or "\n" in value:
                raise ValueError(f"the warcinfo field {name} contains a line break")
        block = "".join(f"{name}: {value}\r\n" for name, value in info).encode()
        record_id = self.add("warcinfo", block, date=date, content_type="application/warc-fields")
        self._warcinfo_id = record_id
        return record_id

    def request(
        self,
        uri: str,
        message: bytes,
        *,
        date: datetime,
        record_id: str | None = None,
        concurrent_to: str | None = None,
    ) -> str:
        """An HTTP request as sent (request line, headers, body)."""
        fields = [("WARC-Concurrent-To", concurrent_to)] if concurrent_to else []
        return self.add(
            "request",
            message,
            date=date,
            content_type=HTTP_REQUEST_MIME,
            target_uri=uri,
            record_id=record_id,
            fields=fields,
        )

    def response(
        self,
        uri: str,
        message: bytes,
        *,
        date: datetime,
        record_id: str | None = None,
        concurrent_to: str | None = None,
        ip_address: str | None = None,
    ) -> str:
        """An HTTP response as received (status line, headers, body)."""
        fields = []
        if concurrent_to:
            fields.append(("WARC-Concurrent-To", concurrent_to))
        if ip_address:
            fields.append(("WARC-IP-Address", ip_address))
        return self.add(
            "response",
            message,
            date=date,
            content_type=HTTP_RESPONSE_MIME,
            target_uri=uri,
            record_id=record_id,
            fields=fields,
        )

    def resource(
        self, uri: str, content: bytes, content_type: str, *, date: datetime, concurrent_to: str | None = None
    ) -> str:
        """A resource: content made by the capture itself (a text rendering, a screenshot)."""
        fields = [("WARC-Concurrent-To", concurrent_to)] if concurrent_to else []
        return self.add("resource", content, date=date, content_type=content_type, target_uri=uri, fields=fields)

    def metadata(
        self, uri: str, content: bytes, content_type: str, *, date: datetime, refers_to: str | None = None
    ) -> str:
        """A metadata record about another record (``refers_to``)."""
        fields = [("WARC-Refers-To", refers_to)] if refers_to else []
        return self.add("metadata", content, date=date, content_type=content_type, target_uri=uri, fields=fields)

    def getvalue(self) -> bytes:
        return b"".join(self._records)


# -- reading ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WarcRecord:
    """One record: its header fields in file order, and its block (``Content-Length`` bytes)."""

    version: str
    fields: tuple[tuple[str, str], ...]
    block: bytes
    offset: int  # where the record starts in the (uncompressed) file

    @property
    def headers(self) -> dict[str, str]:
        """Field name (as written) to value; for a repeated field, its first value."""
        out: dict[str, str] = {}
        for name, value in self.fields:
            out.setdefault(name, value)
        return out

    def get(self, name: str, default: str | None = None) -> str | None:
        """The first value of a field, the name compared without regard to case."""
        wanted = name.lower()
        return next((value for key, value in self.fields if key.lower() == wanted), default)

    @property
    def record_type(self) -> str:
        return self.get("WARC-Type") or ""

    @property
    def record_id(self) -> str:
        return self.get("WARC-Record-ID") or ""

    @property
    def target_uri(self) -> str | None:
        return self.get("WARC-Target-URI")

    @property
    def date(self) -> str:
        return self.get("WARC-Date") or ""

    @property
    def content_type(self) -> str | None:
        return self.get("Content-Type")

    def payload(self) -> bytes:
        """The payload: the body of an ``application/http`` block, otherwise the whole block."""
        if (self.content_type or "").lower().startswith("application/http"):
            body = http_payload(self.block)
            return b"" if body is None else body
        return self.block

    def digest_problems(self) -> list[str]:
        """What is wrong with the record's digests ([] when all present ones match or none is present)."""
        problems = []
        for name in ("WARC-Block-Digest", "WARC-Payload-Digest"):
            value = self.get(name)
            if value is None:
                continue
            verdict = _check_digest(value, self.block if name == "WARC-Block-Digest" else self.payload())
            if verdict:
                problems.append(f"{name} of record {self.record_id}: {verdict}")
        return problems


def read_warc(data: bytes, *, max_uncompressed: int = MAX_UNCOMPRESSED) -> list[WarcRecord]:
    """Every record of a WARC file (plain, or gzip-compressed as ``.warc.gz``), checking its structure.

    Raises ``WarcError`` saying what is wrong and where: a missing version line, a missing mandatory field,
    a bad or lying Content-Length, a truncated record, a damaged compressed file. Digests are not checked
    here (see ``WarcRecord.digest_problems``): a WARC made elsewhere with a wrong digest is still readable.
    """
    return list(iter_warc(data, max_uncompressed=max_uncompressed))


def iter_warc(data: bytes, *, max_uncompressed: int = MAX_UNCOMPRESSED) -> Iterator[WarcRecord]:
    """Like ``read_warc``, one record at a time (a record's block is freed once the caller drops it)."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_uncompressed)
    if not data:
        raise WarcError("the file is empty: a WARC file holds at least one record")
    pos = 0
    number = 0
    while pos < len(data):
        number += 1
        record, pos = _parse_record(data, pos, number)
        yield record


def _parse_record(data: bytes, start: int, number: int) -> tuple[WarcRecord, int]:
    where = f"record {number} (at byte {start})"
    if not data.startswith(b"WARC/", start) and not b"WARC/".startswith(data[start : start + 5]):
        found = data[start : start + 40].split(b"\r\n", 1)[0].decode("ascii", "replace")
        raise WarcError(f"{where}: does not start with a WARC version line (expected 'WARC/1.1', found {found!r})")
    header_end = data.find(b"\r\n\r\n", start, start + MAX_HEADER_BYTES + 4)
    if header_end < 0:
        if len(data) - start > MAX_HEADER_BYTES:
            raise WarcError(f"{where}: no end of the header within {MAX_HEADER_BYTES // 1024} KiB")
        raise WarcError(f"{where}: the file ends inside the record header (truncated file?)")
    lines = data[start:header_end].split(b"\r\n")
    version = _VERSION_LINE.fullmatch(lines[0])
    if version is None:
        found = lines[0][:40].decode("ascii", "replace")
        raise WarcError(f"{where}: does not start with a WARC version line (expected 'WARC/1.1', found {found!r})")
    if version.group(1) != b"1" or version.group(2) not in (b"0", b"1"):
        raise WarcError(f"{where}: WARC version {lines[0].decode('ascii')} is not supported (1.0 and 1.1 are)")
    fields = _parse_fields(lines[1:], where)
    names = {name.lower() for name, _ in fields}
    missing = [name for name in _REQUIRED if name.lower() not in names]
    if missing:
        raise WarcError(f"{where}: mandatory field(s) missing: {', '.join(missing)}")
    record = WarcRecord(lines[0].decode("ascii"), tuple(fields), b"", start)
    _check_fields(record, where)
    length_text = record.get("Content-Length") or ""
    if not length_text.isascii() or not length_text.isdigit() or len(length_text) > _MAX_LENGTH_DIGITS:
        raise WarcError(f"{where}: Content-Length {length_text[:40]!r} is not a length in bytes")
    length = int(length_text)
    block_start = header_end + 4
    remaining = len(data) - block_start
    if length > remaining:
        raise WarcError(
            f"{where}: Content-Length says the block is {length} bytes but only {remaining} remain "
            "(truncated file, or a wrong Content-Length)"
        )
    block_end = block_start + length
    if data[block_end : block_end + 4] != b"\r\n\r\n":
        raise WarcError(
            f"{where}: the block is not followed by the two line ends that close a record "
            "(wrong Content-Length, or a truncated file)"
        )
    block = data[block_start:block_end]
    return WarcRecord(record.version, record.fields, block, start), block_end + 4


def _parse_fields(lines: list[bytes], where: str) -> list[tuple[str, str]]:
    if len(lines) > MAX_FIELDS:
        raise WarcError(f"{where}: more than {MAX_FIELDS} header lines")
    fields: list[tuple[str, str]] = []
    for raw in lines:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise WarcError(f"{where}: a header line is not valid UTF-8") from None
        if line[:1] in (" ", "\t"):
            if not fields:
                raise WarcError(f"{where}: a continuation line comes before any field")
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {line.strip()}")
            continue
        name, colon, value = line.partition(":")
        if not colon or not _FIELD_NAME.fullmatch(name):
            raise WarcError(f"{where}: malformed header line {line[:60]!r} (expected 'Name: value')")
        if any(ord(ch) < 32 and ch != "\t" for ch in value):
            raise WarcError(f"{where}: the value of {name} contains a control character")
        fields.append((name, value.strip()))
    return fields


def _check_fields(record: WarcRecord, where: str) -> None:
    record_id = record.get("WARC-Record-ID") or ""
    if not _RECORD_ID.fullmatch(record_id):
        raise WarcError(f"{where}: WARC-Record-ID {record_id[:60]!r} is not a URI in angle brackets")
    date = record.get("WARC-Date") or ""
    if not _DATE.fullmatch(date):
        raise WarcError(f"{where}: WARC-Date {date[:40]!r} is not a UTC date like 2026-11-03T14:05:09Z")
    if not record.get("WARC-Type"):
        raise WarcError(f"{where}: WARC-Type is empty")


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress every gzip member (a .warc.gz has one per record), refusing to expand beyond ``limit``."""
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        try:
            while True:
                out += inflater.decompress(rest, max(1, limit + 1 - len(out)))
                if len(out) > limit:
                    raise WarcError(f"the compressed WARC file expands to more than {limit // (1024 * 1024)} MiB")
                rest = inflater.unconsumed_tail
                if inflater.eof or not rest:
                    break
        except zlib.error as err:
            raise WarcError(f"the compressed WARC file is damaged ({err})") from None
        if not inflater.eof:
            raise WarcError("the compressed WARC file is truncated")
        rest = inflater.unused_data
        if rest and rest[:2] != b"\x1f\x8b":
            raise WarcError("the compressed WARC file has data after its end that is not compressed")
    return bytes(out)


def _check_digest(value: str, data: bytes) -> str | None:
    """None if ``value`` ("algorithm:digest") matches ``data``, else what is wrong."""
    algorithm, colon, encoded = value.partition(":")
    name = _DIGEST_ALGORITHMS.get(algorithm.strip().lower())
    if not colon or name is None:
        return f"unknown digest {value[:40]!r}"
    expected = _decode_digest(encoded.strip(), hashlib.new(name).digest_size)
    if expected is None:
        return f"cannot read the digest value {encoded[:80]!r}"
    if hashlib.new(name, data).digest() != expected:
        return "does not match the content"
    return None


def _decode_digest(text: str, size: int) -> bytes | None:
    """A digest value in hexadecimal, base32 (padded or not) or base64, if it decodes to ``size`` bytes."""
    for decode in (_from_hex, _from_base32, _from_base64):
        try:
            raw = decode(text)
        except (ValueError, binascii.Error):
            continue
        if len(raw) == size:
            return raw
    return None


def _from_hex(text: str) -> bytes:
    return bytes.fromhex(text)


def _from_base32(text: str) -> bytes:
    return base64.b32decode(text.upper().rstrip("=") + "=" * (-len(text.rstrip("=")) % 8))


def _from_base64(text: str) -> bytes:
    return base64.b64decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4), validate=True)
