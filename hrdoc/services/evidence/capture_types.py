"""What a capture of an online source is: the capture itself (:class:`Capture`), each hop of the fetch, the parts
kept with it, a capture made elsewhere and imported (:class:`ImportedCapture`), and the one error a capture
raises (:class:`CaptureError`, a message for the user).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from hrdoc.domain.errors import UserError

# What import_capture accepts, by the MIME type sniffed from the bytes.
IMPORTABLE = {
    "text/html": "saved web page (HTML)",
    "application/xhtml+xml": "saved web page (XHTML)",
    "multipart/related": "saved web page (MHTML)",
    "application/pdf": "PDF",
    "application/warc": "web archive (WARC)",
    "application/warc+gzip": "web archive (WARC, compressed)",
    "image/png": "PNG screenshot",
    "image/jpeg": "JPEG screenshot",
}


class CaptureError(UserError):
    """A capture failed or a file was refused. ``str(err)`` says what went wrong and what to do."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "the capture failed"


@dataclass(frozen=True)
class Hop:
    """One HTTP request and its response; a capture has one per redirect plus the final page."""

    url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    location: str | None  # the absolute URL a redirect points to
    requested_at: datetime | None = None
    ip_address: str | None = None  # of the server; None when the request went through a proxy
    via_proxy: bool = False
    tls: dict[str, str] | None = None  # protocol, cipher, certificate SHA-256, subject, issuer

    def as_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "status": self.status,
            "reason": self.reason,
            "headers": [[name, value] for name, value in self.headers],
            "location": self.location,
            "requested_at": _iso(self.requested_at) if self.requested_at else None,
            "ip_address": self.ip_address,
            "via_proxy": self.via_proxy,
            "tls": self.tls,
        }


@dataclass(frozen=True)
class PartInfo:
    name: str
    mime: str
    size: int
    sha256: str  # lowercase hexadecimal

    @classmethod
    def of(cls, name: str, mime: str, data: bytes) -> PartInfo:
        return cls(name, mime, len(data), hashlib.sha256(data).hexdigest())

    def as_dict(self) -> dict[str, Any]:
        return {"mime": self.mime, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Capture:
    """A web page fetched as evidence. ``warc`` holds everything and is what the vault stores."""

    requested_url: str  # as the investigator gave it
    final_url: str  # after redirects, as requested on the wire (no fragment)
    hops: list[Hop]
    status: int
    reason: str
    headers: list[tuple[str, str]]  # of the final response, in received order
    html: bytes  # the final response body (content coding such as gzip removed; otherwise as received)
    charset: str  # the encoding the text was decoded with ("" when the page is not text)
    charset_source: str  # "header", "meta", "bom", "default" (valid UTF-8), "fallback" (windows-1252), "none"
    charset_declared: str | None  # the label the page declared, when it declared one
    text: str  # the visible text, title first, one block per line
    rendering: bytes
    rendering_mime: str
    rendering_kind: str  # "renderer" (the hook's output) or "text"
    captured_at: datetime  # aware UTC, when the final response had been read completely
    tool: str
    warc: bytes
    parts: dict[str, PartInfo]
    captured_elsewhere: bool = False
    notes: list[str] = field(default_factory=list)  # what did not go as usual (renderer failed, ...)

    @property
    def ok(self) -> bool:
        """The final response was a success (2xx). A 404 or 410 is still captured: it can be evidence."""
        return 200 <= self.status < 300

    def metadata(self) -> dict[str, Any]:
        """A JSON-serialisable summary: urls, hops, status, headers, charset, time, tool, part hashes."""
        facts = _facts(self)
        facts["parts"] = {name: part.as_dict() for name, part in self.parts.items()}
        return facts


@dataclass(frozen=True)
class ImportedCapture:
    """A capture made elsewhere, checked and described. ``data`` is the file unaltered (the same object)."""

    data: bytes
    url: str
    url_source: str  # "given", "warc" (first response record), "mhtml" (Snapshot-Content-Location), "html"
    captured_at: datetime | None
    captured_at_source: str  # "given", "warc" (WARC-Date of the first response record), "unknown"
    captured_by: str
    tool: str
    note: str
    mime: str
    size: int
    sha256: str
    warc_records: int | None = None

    def metadata(self) -> dict[str, Any]:
        return {
            "kind": "web capture",
            "url": self.url,
            "url_source": self.url_source,
            "captured_at": _iso(self.captured_at) if self.captured_at else "unknown",
            "captured_at_source": self.captured_at_source,
            "captured_elsewhere": True,
            "captured_by": self.captured_by,
            "tool": self.tool,
            "note": self.note,
            "mime": self.mime,
            "format": IMPORTABLE.get(self.mime, self.mime),
            "size": self.size,
            "sha256": self.sha256,
            "warc_records": self.warc_records,
        }


def _facts(capture: Capture) -> dict[str, Any]:
    return {
        "kind": "web capture",
        "requested_url": capture.requested_url,
        "final_url": capture.final_url,
        "status": capture.status,
        "reason": capture.reason,
        "ok": capture.ok,
        "hops": [hop.as_dict() for hop in capture.hops],
        "headers": [[name, value] for name, value in capture.headers],
        "charset": capture.charset,
        "charset_source": capture.charset_source,
        "charset_declared": capture.charset_declared,
        "captured_at": _iso(capture.captured_at),
        "tool": capture.tool,
        "captured_elsewhere": capture.captured_elsewhere,
        "rendering": {"kind": capture.rendering_kind, "mime": capture.rendering_mime},
        "notes": list(capture.notes),
        "digests": "sha256, lowercase hexadecimal",
    }


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
