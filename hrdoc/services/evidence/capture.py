"""Capture of online sources as evidence: fetch a web page, or take in a capture made elsewhere.

Following the Berkeley Protocol on Digital Open Source Investigations, a capture of online content keeps at
least the URL, the HTML source and a full-page capture, with the time of capture. ``fetch_capture`` keeps
all of it in one WARC file (ISO 28500): every request and response exactly as sent and received, redirects
included; a text rendering of the page (or the rendering a GUI's web engine made, through ``renderer``); and
a record of the capture facts. The vault stores that WARC as the evidence item (its SHA-256 is the item's
hash) and the per-part hashes of ``Capture.metadata()`` as the item's metadata. ``import_capture`` checks
a capture made with another tool (saved page, MHTML, PDF, WARC, screenshot) and describes it; the file itself
is kept unaltered, as the evidentiary original.

Privacy: fetching a page reveals this computer's public IP address (and so, often, the investigator's
organisation or whereabouts) to the site, to its hosting and analytics providers and to anyone watching the
network, at the time of capture. Where that matters, capture through a VPN, Tor or another proxy: the
``http_proxy``/``https_proxy`` environment variables are honoured, or pass ``proxies``. The User-Agent is
urllib's ("Python-urllib/3.x") unless the caller chooses one: hrdoc never names itself to the site. No cookies
are sent or kept.

Nothing here writes to disk and nothing is kept between calls: every capture is assembled in memory and
handed to the caller (the vault encrypts it).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import http.client
import io
import json
import re
import socket
import ssl
import sys
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from html.parser import HTMLParser
from typing import Any, cast
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from hrdoc import __version__
from hrdoc.services.evidence.warc import WarcError, WarcWriter, iter_warc, new_record_id

MAX_REDIRECTS = 10
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
TEXT_MIME = "text/plain; charset=utf-8"
HEADERS_MIME = "text/plain; charset=iso-8859-1"  # HTTP header bytes as received
WARC_MIME = "application/warc"
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

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
_IMPORTABLE_TEXT = "a saved web page (HTML or MHTML), a PDF, a web archive (WARC) or a PNG or JPEG screenshot"

_HEADER_LIMIT = 8 * 1024 * 1024  # bytes http.client may read for a status line and headers (it allows ~6.5 MB)
_FRAMING_ALLOWANCE = 1024 * 1024  # chunked-encoding lines and trailers on top of max_bytes
_READ_SIZE = 64 * 1024
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"


class CaptureError(Exception):
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


def default_tool() -> str:
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"hrdoc {__version__} (Python urllib {version})"


# -- fetching ---------------------------------------------------------------------------------------------------


def fetch_capture(
    url: str,
    *,
    timeout: float = 30.0,
    max_bytes: int = 64 * 1024 * 1024,
    renderer: Callable[[bytes, str], tuple[bytes, str]] | None = None,
    user_agent: str | None = None,
    operator: str | None = None,
    proxies: Mapping[str, str] | None = None,
) -> Capture:
    """Fetch ``url`` (http or https only) and everything needed to show later what it served, and when.

    Redirects (up to 10) are followed one by one and each hop is recorded. A final status that is not 2xx
    is captured all the same (see ``Capture.ok``). ``timeout`` is the time allowed for the whole capture,
    every hop's connecting, sending and receiving included: a server trickling its answer cannot hold the
    capture longer, and a capture that runs out of time keeps nothing (the system's name lookup and the
    ``renderer`` are not timed). ``max_bytes`` applies to each response body: beyond it the capture stops
    and nothing is kept. ``renderer`` (a GUI's web engine, say) turns (html, final url) into (bytes, mime),
    e.g. a full-page PNG; if it fails, the text rendering is kept and the reason noted. ``operator`` goes
    into the WARC's warcinfo record. ``proxies`` maps scheme to proxy URL; None takes them from the
    environment, {} connects directly.

    Raises ``CaptureError`` for a refused or malformed URL and for every network failure, with a message in
    plain words saying what went wrong and what to do.
    """
    if timeout <= 0 or max_bytes <= 0:
        raise ValueError("timeout and max_bytes must be positive")
    tool = default_tool()
    current = _web_address(url)
    deadline = time.monotonic() + timeout
    opener = _opener(proxies, deadline)
    exchanges: list[_Exchange] = []
    seen = {current}
    while True:
        exchange = _fetch_one(
            opener, current, deadline=deadline, timeout=timeout, max_bytes=max_bytes, user_agent=user_agent
        )
        exchanges.append(exchange)
        hop = exchange.hop
        if hop.status not in REDIRECT_STATUSES or hop.location is None:
            break
        if len(exchanges) > MAX_REDIRECTS:
            raise CaptureError(
                f"too many redirects: {url} was still being redirected after {MAX_REDIRECTS} redirects "
                f"(last to {hop.location}). Nothing was captured; try the address it ends up at."
            )
        if hop.location in seen:
            raise CaptureError(
                f"redirect loop: {hop.url} redirects to {hop.location}, which was already visited. "
                "The site keeps sending the browser in a circle (it may want cookies, which hrdoc does not "
                "keep); nothing was captured."
            )
        seen.add(hop.location)
        current = hop.location
    return _assemble(url, exchanges, tool=tool, renderer=renderer, operator=operator)


@dataclass(frozen=True)
class _Exchange:
    hop: Hop
    request: bytes  # as sent
    response: bytes  # as received: status line, headers, body (with any chunked framing)
    body: bytes  # the message body, transfer coding removed
    completed_at: datetime


class _TooMuchData(Exception):
    pass


class _OutOfTime(TimeoutError):
    """The capture's deadline passed."""


def _time_left(deadline: float) -> float:
    """Seconds left before ``deadline`` (time.monotonic()); raises ``_OutOfTime`` when none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _OutOfTime
    return left


class _DeadlineReader(io.RawIOBase):
    """The socket reader of a response, each read given only the time left before the capture's deadline.

    A socket's own timeout bounds each read, not their sum: a server sending one byte a second would never
    trip it. Here every read waits at most until the deadline, so the whole response is bounded.
    """

    def __init__(self, raw: io.RawIOBase, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(_time_left(self._deadline))
        return self._raw.readinto(buffer)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()  # releases the socket (urllib has already closed its own reference)
        super().close()


class _Tee:
    """Wraps the buffered socket file of a response and keeps a copy of every byte http.client reads."""

    def __init__(self, fp: io.BufferedReader, limit: int) -> None:
        self._fp = fp
        self.data = bytearray()
        self.limit = limit

    def _keep(self, chunk: bytes) -> bytes:
        self.data += chunk
        if len(self.data) > self.limit:
            raise _TooMuchData
        return chunk

    def read(self, size: int | None = -1) -> bytes:
        return self._keep(self._fp.read(size))

    def read1(self, size: int = -1) -> bytes:
        return self._keep(self._fp.read1(size))

    def readline(self, size: int | None = -1) -> bytes:
        return self._keep(self._fp.readline(size))

    def readinto(self, buffer: bytearray | memoryview) -> int:
        count = self._fp.readinto(buffer)
        self._keep(bytes(memoryview(buffer)[:count]))
        return count

    def peek(self, size: int = 0) -> bytes:
        return self._fp.peek(size)

    def close(self) -> None:
        self._fp.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fp, name)


class _Response(http.client.HTTPResponse):
    """An HTTP response that keeps the raw bytes received and what its connection sent and saw."""

    sent = b""
    ip_address: str | None = None
    tls: dict[str, str] | None = None

    def __init__(
        self,
        sock: socket.socket,
        debuglevel: int = 0,
        method: str | None = None,
        url: str | None = None,
        *,
        deadline: float | None = None,
    ) -> None:
        super().__init__(sock, debuglevel, method, url)
        if deadline is not None:
            self.fp = io.BufferedReader(_DeadlineReader(self.fp.detach(), sock, deadline))
        self.tee = _Tee(self.fp, _HEADER_LIMIT)
        self.fp = cast(io.BufferedReader, self.tee)


class _Connection(http.client.HTTPConnection):
    response_class = _Response

    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        self.response_class = cast(type[_Response], partial(_Response, deadline=deadline))
        self._sent = bytearray()
        self._peer: str | None = None

    def connect(self) -> None:
        self.timeout = _time_left(self._deadline)
        super().connect()
        self._sent.clear()  # a proxy's CONNECT is not part of the request to the site
        self._peer = _peer_address(self.sock)

    def send(self, data: Any) -> None:
        if self.sock is not None:
            self.sock.settimeout(_time_left(self._deadline))
        super().send(data)
        if isinstance(data, bytes | bytearray):
            self._sent += data

    def getresponse(self) -> http.client.HTTPResponse:
        response = super().getresponse()
        if isinstance(response, _Response):
            response.sent = bytes(self._sent)
            response.ip_address = self._peer
        return response


class _TLSConnection(http.client.HTTPSConnection):
    response_class = _Response

    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        self.response_class = cast(type[_Response], partial(_Response, deadline=deadline))
        self._sent = bytearray()
        self._peer: str | None = None
        self._tls: dict[str, str] | None = None

    def connect(self) -> None:
        self.timeout = _time_left(self._deadline)  # the TLS handshake is bounded by it too
        super().connect()
        self._sent.clear()
        self._peer = _peer_address(self.sock)
        self._tls = _tls_facts(self.sock)

    def send(self, data: Any) -> None:
        if self.sock is not None:
            self.sock.settimeout(_time_left(self._deadline))
        super().send(data)
        if isinstance(data, bytes | bytearray):
            self._sent += data

    def getresponse(self) -> http.client.HTTPResponse:
        response = super().getresponse()
        if isinstance(response, _Response):
            response.sent = bytes(self._sent)
            response.ip_address = self._peer
            response.tls = self._tls
        return response


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection: Any = partial(_Connection, deadline=self._deadline)  # do_open's type wants a plain class
        return self.do_open(connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline
        self._tls_context = ssl.create_default_context()

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection: Any = partial(_TLSConnection, deadline=self._deadline)
        return self.do_open(connection, req, context=self._tls_context)


def _opener(proxies: Mapping[str, str] | None, deadline: float) -> urllib.request.OpenerDirector:
    """An opener that follows no redirect, raises for no status, has no cookie jar, and stops at ``deadline``."""
    opener = urllib.request.OpenerDirector()
    proxy_handler = urllib.request.ProxyHandler(None if proxies is None else dict(proxies))
    for handler in (proxy_handler, _HTTPHandler(deadline), _HTTPSHandler(deadline)):
        opener.add_handler(handler)
    return opener


def _peer_address(sock: socket.socket | None) -> str | None:
    try:
        peer = sock.getpeername() if sock is not None else None
    except OSError:
        return None
    return str(peer[0]) if isinstance(peer, tuple) else None


def _tls_facts(sock: socket.socket | None) -> dict[str, str] | None:
    if not isinstance(sock, ssl.SSLSocket):
        return None
    facts = {"protocol": sock.version() or "", "cipher": (sock.cipher() or ("",))[0]}
    der = sock.getpeercert(binary_form=True)
    if der:
        facts["certificate_sha256"] = hashlib.sha256(der).hexdigest()
    cert: dict[str, Any] = dict(sock.getpeercert() or {})
    for key in ("subject", "issuer"):
        facts[key] = _distinguished_name(cert.get(key))
    if cert.get("notAfter"):
        facts["not_after"] = str(cert["notAfter"])
    return facts


def _distinguished_name(value: Any) -> str:
    """A certificate name as text ("commonName=example.org, ...") from the nested tuples ssl gives."""
    try:
        return ", ".join(f"{key}={val}" for rdn in value or () for key, val in rdn)
    except (TypeError, ValueError):
        return ""


def _fetch_one(
    opener: urllib.request.OpenerDirector,
    url: str,
    *,
    deadline: float,
    timeout: float,
    max_bytes: int,
    user_agent: str | None,
) -> _Exchange:
    request = urllib.request.Request(url, headers={"Accept": ACCEPT}, method="GET")
    if user_agent:
        request.add_header("User-Agent", user_agent)
    host = request.host
    requested_at = _now()
    try:
        response = opener.open(request, timeout=_time_left(deadline))
    except (OSError, http.client.HTTPException, ValueError, _TooMuchData) as err:
        raise _explain(err, url, timeout, max_bytes) from err
    if not isinstance(response, _Response):  # pragma: no cover - our handlers always make one
        raise CaptureError(f"could not fetch {url}: unexpected response object")
    try:
        body = _read_body(response, url, max_bytes)
    except (OSError, http.client.HTTPException, _TooMuchData) as err:
        raise _explain(err, url, timeout, max_bytes) from err
    finally:
        response.close()
    completed_at = _now()
    headers = list(response.headers.items())
    location_value = response.headers.get("Location")
    location = None
    if response.status in REDIRECT_STATUSES and location_value:
        location = _redirect_target(url, location_value)
    via_proxy = request.host.lower() != host.lower()
    hop = Hop(
        url=url,
        status=response.status,
        reason=response.reason,
        headers=headers,
        location=location,
        requested_at=requested_at,
        ip_address=None if via_proxy else response.ip_address,
        via_proxy=via_proxy,
        tls=response.tls,
    )
    return _Exchange(hop, response.sent, bytes(response.tee.data), body, completed_at)


def _read_body(response: _Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, max_bytes, int(declared))
    response.tee.limit = len(response.tee.data) + max_bytes + _FRAMING_ALLOWANCE
    chunks = []
    total = 0
    while True:
        chunk = response.read(min(_READ_SIZE, max_bytes + 1 - total))
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            raise _too_large(url, max_bytes, None)
        chunks.append(chunk)
    if response.length:  # http.client does not complain when a body is shorter than its Content-Length
        raise http.client.IncompleteRead(b"".join(chunks), response.length)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int, declared: int | None) -> CaptureError:
    size = f" ({_mib(declared)})" if declared is not None else ""
    return CaptureError(
        f"{url} is larger than the limit of {_mib(max_bytes)}{size}; hrdoc stopped downloading and kept "
        "nothing. Raise the size limit if this file is needed, or save it another way."
    )


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB" if size >= 1024 * 1024 else f"{size} bytes"


def _explain(err: BaseException, url: str, timeout: float, max_bytes: int) -> CaptureError:
    """Turn a network exception into a message for the investigator: what went wrong, what to do."""
    host = urlsplit(url).hostname or url
    if isinstance(err, urllib.error.URLError) and isinstance(err.reason, BaseException):
        return _explain(err.reason, url, timeout, max_bytes)
    if isinstance(err, CaptureError):
        return err
    if isinstance(err, _TooMuchData):
        return _too_large(url, max_bytes, None)
    if isinstance(err, socket.gaierror):
        return CaptureError(
            f"could not find the server {host} (the name lookup failed) — check the address is spelled "
            "correctly, or that this computer is online"
        )
    if isinstance(err, ConnectionRefusedError):
        return CaptureError(
            f"could not connect to {host}: connection refused — check the address, or that this computer is online"
        )
    if isinstance(err, TimeoutError):
        return CaptureError(
            f"{host} did not answer in full within {timeout:g} second{'' if timeout == 1 else 's'}, the time allowed "
            "for the whole capture "
            "(timed out); nothing was kept — try again later, or allow more time"
        )
    if isinstance(err, ssl.SSLCertVerificationError):
        return CaptureError(
            f"the secure connection to {host} could not be verified: {err.verify_message or err.reason}. "
            "The site's certificate is not trusted, so what arrived might not come from that site; "
            "nothing was captured. Check the address and this computer's date and time."
        )
    if isinstance(err, ssl.SSLError):
        return CaptureError(
            f"the secure (TLS) connection to {host} failed ({err.reason or err}) — try again later; "
            "if it persists, the site or a filter on this network is interfering"
        )
    if isinstance(err, http.client.RemoteDisconnected):
        return CaptureError(f"{host} closed the connection without answering — try again later")
    if isinstance(err, http.client.IncompleteRead):
        return CaptureError(
            f"the connection to {host} ended before the whole response arrived — nothing was kept; try again"
        )
    if isinstance(err, http.client.HTTPException):
        return CaptureError(f"{host} sent a response hrdoc cannot read ({type(err).__name__}: {err}); nothing was kept")
    if isinstance(err, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return CaptureError(f"the connection to {host} was cut off — try again; nothing was kept")
    if isinstance(err, OSError):
        detail = err.strerror or str(err) or type(err).__name__
        if "Tunnel connection failed" in str(err):
            return CaptureError(f"the proxy refused to connect to {host} ({err}) — check the proxy settings")
        return CaptureError(f"could not fetch {url}: {detail} — check that this computer is online")
    if isinstance(err, urllib.error.URLError):
        return CaptureError(f"could not fetch {url}: {err.reason}")
    return CaptureError(f"could not fetch {url}: {err} — check the address")


# -- addresses --------------------------------------------------------------------------------------------------


def _web_address(url: str) -> str:
    """``url`` as an ASCII http(s) URL to request (non-ASCII host and path encoded, fragment dropped)."""
    text = url.strip()
    if not text:
        raise CaptureError("no address given: type or paste the full address of the page, starting with https://")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise CaptureError(f"the address {text[:80]!r} contains control characters; paste it again")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as err:
        raise CaptureError(f"{text[:200]} is not a valid web address ({err})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        if not scheme or "." in scheme:
            raise CaptureError(f"{text[:200]} is not a full web address: start it with https:// (or http://)")
        raise CaptureError(
            f"hrdoc captures only web pages (http: and https: addresses); {text[:200]} is a {scheme}: address "
            "and was refused"
        )
    if not parts.hostname:
        raise CaptureError(f"{text[:200]} has no server name; check the address")
    if parts.username is not None or parts.password is not None:
        raise CaptureError(
            f"the address {parts.hostname} contains a user name or password; remove it (hrdoc does not send "
            "credentials, and would store them in the evidence)"
        )
    host = parts.hostname
    try:
        host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise CaptureError(f"the server name {host!r} is not a valid internationalised domain name") from None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    path = quote(parts.path, safe=_SAFE_PATH) or "/"
    query = quote(parts.query, safe=_SAFE_QUERY)
    return urlunsplit((scheme, netloc, path, query, ""))


def _redirect_target(current: str, location: str) -> str:
    """The absolute URL a Location header points to; refuses schemes other than http and https."""
    # http.client decodes header bytes as Latin-1; most servers that send non-ASCII mean UTF-8.
    with contextlib.suppress(UnicodeError):
        location = location.encode("latin-1").decode("utf-8")
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise CaptureError(
            f"{current} redirects to {target[:200]}, a {scheme or 'relative'}: address; hrdoc follows redirects "
            "only to http and https addresses, so nothing was captured"
        )
    try:
        return _web_address(target)
    except CaptureError as err:
        raise CaptureError(f"{current} redirects to an address hrdoc cannot follow: {err}") from None


# -- assembling the capture -------------------------------------------------------------------------------------


def _assemble(
    requested_url: str,
    exchanges: list[_Exchange],
    *,
    tool: str,
    renderer: Callable[[bytes, str], tuple[bytes, str]] | None,
    operator: str | None,
) -> Capture:
    final = exchanges[-1]
    hop = final.hop
    captured_at = final.completed_at
    notes: list[str] = []
    content_type = _header(hop.headers, "Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    body, coding_note = _remove_content_coding(final.body, _header(hop.headers, "Content-Encoding"), len(final.body))
    if coding_note:
        notes.append(coding_note)
    is_html = mime in ("text/html", "application/xhtml+xml") or (not mime and _looks_like_html(body))
    is_text = (is_html or mime.startswith("text/")) and coding_note is None
    if is_text:
        charset, source, declared = detect_charset(body, content_type, html=is_html)
        decoded = decode(body, charset)
        text = html_to_text(decoded) if is_html else _collapse_lines(decoded)
    else:
        charset, source, declared, text = "", "none", None, ""
    text_rendering = _text_rendering(requested_url, hop, captured_at, tool, text, mime, is_text)
    rendering, rendering_mime, rendering_kind = text_rendering, TEXT_MIME, "text"
    if renderer is not None:
        if is_html:
            made, note = _run_renderer(renderer, body, hop.url)
            if made is not None:
                rendering, rendering_mime = made
                rendering_kind = "renderer"
            else:
                notes.append(note)
        else:
            notes.append(f"not an HTML page ({mime or 'no content type'}): no page rendering was made")
    header_end = final.response.find(b"\r\n\r\n")
    header_block = final.response if header_end < 0 else final.response[: header_end + 4]
    parts = {
        "html": PartInfo.of("html", content_type or "application/octet-stream", body),
        "headers": PartInfo.of("headers", HEADERS_MIME, header_block),
        "rendering": PartInfo.of("rendering", rendering_mime, rendering),
    }
    draft = Capture(
        requested_url=requested_url,
        final_url=hop.url,
        hops=[exchange.hop for exchange in exchanges],
        status=hop.status,
        reason=hop.reason,
        headers=hop.headers,
        html=body,
        charset=charset,
        charset_source=source,
        charset_declared=declared,
        text=text,
        rendering=rendering,
        rendering_mime=rendering_mime,
        rendering_kind=rendering_kind,
        captured_at=captured_at,
        tool=tool,
        warc=b"",
        parts=parts,
        notes=notes,
    )
    warc = _build_warc(draft, exchanges, text_rendering, operator)
    return replace(draft, warc=warc, parts={**parts, "warc": PartInfo.of("warc", WARC_MIME, warc)})


def _build_warc(capture: Capture, exchanges: list[_Exchange], text_rendering: bytes, operator: str | None) -> bytes:
    writer = WarcWriter()
    writer.warcinfo(software=capture.tool, date=capture.captured_at, operator=operator)
    response_id = ""
    for exchange in exchanges:
        request_id, response_id = new_record_id(), new_record_id()
        hop = exchange.hop
        date = hop.requested_at or exchange.completed_at
        writer.request(hop.url, exchange.request, date=date, record_id=request_id, concurrent_to=response_id)
        writer.response(
            hop.url,
            exchange.response,
            date=date,
            record_id=response_id,
            concurrent_to=request_id,
            ip_address=hop.ip_address,
        )
    date = capture.captured_at
    writer.resource(f"urn:text:{capture.final_url}", text_rendering, TEXT_MIME, date=date, concurrent_to=response_id)
    if capture.rendering_kind == "renderer":
        writer.resource(
            f"urn:view:{capture.final_url}",
            capture.rendering,
            capture.rendering_mime,
            date=date,
            concurrent_to=response_id,
        )
    facts = _facts(capture)
    facts["parts"] = {name: part.as_dict() for name, part in capture.parts.items() if name != "warc"}
    block = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    writer.metadata(capture.final_url, block, "application/json", date=date, refers_to=response_id)
    return writer.getvalue()


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


def _text_rendering(
    requested_url: str, hop: Hop, captured_at: datetime, tool: str, text: str, mime: str, is_text: bool
) -> bytes:
    lines = [f"Web page: {hop.url}"]
    if requested_url.strip() != hop.url:
        lines.append(f"Requested as: {requested_url.strip()}")
    lines.append(f"Captured: {_iso(captured_at)} (UTC) with {tool}")
    lines.append(f"HTTP status: {hop.status} {hop.reason}".rstrip())
    lines.append("")
    if is_text:
        lines.append(text)
    else:
        lines.append(f"(Not a text page: {mime or 'no content type'}. The original is kept in the WARC file.)")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _run_renderer(
    renderer: Callable[[bytes, str], tuple[bytes, str]], html: bytes, url: str
) -> tuple[tuple[bytes, str] | None, str]:
    try:
        result = renderer(html, url)
    except Exception as err:  # a plug-in hook: any failure falls back to text, and is recorded
        return None, f"the page renderer failed ({type(err).__name__}: {err}); the text rendering was kept"
    if (
        not isinstance(result, tuple)
        or len(result) != 2
        or not isinstance(result[0], bytes)
        or not isinstance(result[1], str)
        or not result[0]
        or not result[1]
    ):
        return None, "the page renderer returned no usable (bytes, mime) pair; the text rendering was kept"
    return (result[0], result[1]), ""


def _remove_content_coding(body: bytes, coding: str | None, limit: int) -> tuple[bytes, str | None]:
    """The body with a gzip or deflate content coding removed (we ask for none, but servers send it anyway)."""
    coding = (coding or "").strip().lower()
    if coding in ("", "identity"):
        return body, None
    limit = max(limit * 20, 64 * 1024 * 1024)
    try:
        if coding in ("gzip", "x-gzip"):
            return _inflate(body, 31, limit), None
        if coding == "deflate":
            try:
                return _inflate(body, 15, limit), None
            except zlib.error:
                return _inflate(body, -15, limit), None
    except (zlib.error, ValueError) as err:
        return body, f"the body is marked {coding} but could not be decompressed ({err}); no text was extracted"
    return body, f"the body is compressed with {coding}, which hrdoc cannot decode; no text was extracted"


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    inflater = zlib.decompressobj(wbits=wbits)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit:
        raise ValueError("it expands beyond the size limit")
    return out + inflater.flush()


# -- charset and text -------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
# Longest first: the UTF-32 LE mark (FF FE 00 00) starts with the UTF-16 LE one. Browsers know no UTF-32 and
# would show such a page as UTF-16 garbage; its text is kept as written instead.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_PRESCAN_BYTES = 4096
# As browsers do (WHATWG Encoding), pages labelled Latin-1 or ASCII are read as windows-1252.
_BROWSER_ALIASES = {"iso8859-1": "windows-1252", "ascii": "windows-1252", "latin-1": "windows-1252"}


def detect_charset(body: bytes, content_type: str = "", *, html: bool = True) -> tuple[str, str, str | None]:
    """(encoding, where it came from, the label declared) for a text or HTML body.

    Where from: "bom" (a byte order mark, which browsers let win), "header" (charset of Content-Type),
    "meta" (``<meta charset>`` or ``<meta http-equiv>`` in the first 4 KiB), "default" (nothing declared and
    the bytes are valid UTF-8) or "fallback" (nothing declared and not UTF-8: windows-1252).
    """
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            return bom_encoding, "bom", None
    declared = _content_type_charset(content_type)
    if declared and (name := _encoding(declared)):
        return name, "header", declared
    if html:
        match = _META_CHARSET.search(body[:_PRESCAN_BYTES])
        if match:
            label = match.group(1).decode("ascii").lower()
            name = _encoding(label)
            if name:
                # A <meta> that could be read is in ASCII-compatible bytes: a UTF-16 or UTF-32 label is wrong
                # there, and browsers read the page as UTF-8 (WHATWG).
                return ("utf-8" if name.startswith(("utf-16", "utf-32")) else name), "meta", label
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252", "fallback", None
    return "utf-8", "default", None


def decode(body: bytes, encoding: str) -> str:
    """``body`` as text in ``encoding`` (a byte order mark dropped, undecodable bytes replaced)."""
    for bom, _name in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) :]
            break
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def _content_type_charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def _encoding(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _BROWSER_ALIASES.get(name, name)
    if re.fullmatch(r"cp125\d", name):
        name = "windows-" + name[2:]
    return name


_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.pieces.append("\n")
        elif tag in _CELLS:
            self.pieces.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n")
        elif tag in _CELLS:
            self.pieces.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.pieces.append(_SPACES.sub(" ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: title first, scripts and styles left out, one block per line."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient, but keep what was read if it gives up
        pass
    return _collapse_lines("".join(parser.pieces))


def _collapse_lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


# -- captures made elsewhere ------------------------------------------------------------------------------------

_WEB = ("http://", "https://")
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SNAPSHOT_LOCATION = re.compile(rb"^Snapshot-Content-Location:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)


def import_capture(
    data: bytes,
    *,
    url: str,
    captured_at: datetime | None,
    captured_by: str = "",
    tool: str = "",
    note: str = "",
) -> ImportedCapture:
    """Check a capture made elsewhere and describe it; ``data`` itself is kept as it is.

    Accepted, by content (never by file name): a saved page (HTML, MHTML), a PDF, a WARC (plain or
    compressed) and a PNG or JPEG screenshot. A WARC is read through to check its structure; when ``url``
    is empty it is taken from the WARC's first response record (for an MHTML file from its
    Snapshot-Content-Location, for a page saved by a browser from its "saved from url" comment), and an
    unknown ``captured_at`` from that record's WARC-Date. ``captured_at`` must carry a time zone.

    Raises ``CaptureError`` saying why a file was refused.
    """
    if not data:
        raise CaptureError("the file is empty; there is nothing to import")
    mime = _sniff(bytes(data[:8192]))
    if mime not in IMPORTABLE:
        raise CaptureError(_refusal(mime))
    url_given = url.strip()
    found_url: str | None = None
    found_source = "given"
    found_date: datetime | None = None
    records: int | None = None
    if mime.startswith("application/warc"):
        records, found_url, found_date = _scan_warc(data)
        found_source = "warc"
    elif mime == "multipart/related":
        found_url, found_source = _first_match(_SNAPSHOT_LOCATION, data), "mhtml"
    elif mime in ("text/html", "application/xhtml+xml"):
        found_url, found_source = _first_match(_SAVED_FROM, data), "html"
    if url_given:
        final_url, url_source = url_given, "given"
    elif found_url:
        final_url, url_source = found_url, found_source
    else:
        raise CaptureError(
            "give the address (URL) of the page this capture shows: the Berkeley Protocol asks to keep at least "
            "the URL of online content, and this file does not say it"
        )
    scheme = urlsplit(final_url).scheme.lower()
    if scheme not in ("http", "https"):
        raise CaptureError(f"{final_url[:200]} is not a web address; give the http:// or https:// address")
    when, when_source = _capture_time(captured_at, found_date)
    return ImportedCapture(
        data=data,
        url=final_url,
        url_source=url_source,
        captured_at=when,
        captured_at_source=when_source,
        captured_by=captured_by.strip(),
        tool=tool.strip(),
        note=note.strip(),
        mime=mime,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        warc_records=records,
    )


def _capture_time(given: datetime | None, from_file: datetime | None) -> tuple[datetime | None, str]:
    if given is None:
        return (from_file, "warc") if from_file else (None, "unknown")
    if given.tzinfo is None or given.utcoffset() is None:
        raise CaptureError("the time of capture needs a time zone (for example UTC); without one it could be hours off")
    given = given.astimezone(UTC)
    if given > _now() + timedelta(minutes=5):
        raise CaptureError(f"the time of capture {_iso(given)} is in the future; check the date")
    return given, "given"


def _scan_warc(data: bytes) -> tuple[int, str | None, datetime | None]:
    """Check a WARC's structure; return its record count and its first response's URI and date."""
    count = 0
    url: str | None = None
    when: datetime | None = None
    try:
        for record in iter_warc(data):
            count += 1
            target = record.target_uri or ""
            if url is None and record.record_type in ("response", "resource") and target.startswith(_WEB):
                url = target
                when = _parse_warc_date(record.date)
    except WarcError as err:
        raise CaptureError(
            f"this web archive (WARC) is damaged and was not imported: {err}. Import the original file as it "
            "was saved, or capture the page again."
        ) from None
    return count, url, when


def _parse_warc_date(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else None


def _first_match(pattern: re.Pattern[bytes], data: bytes) -> str | None:
    match = pattern.search(data[:16384])
    if not match:
        return None
    value = match.group(1).decode("utf-8", "replace").strip()
    return value if value.lower().startswith(("http://", "https://")) else None


def _refusal(mime: str) -> str:
    label = _describe(mime)
    if mime == "application/zip":
        return (
            f"this file is a {label}, not a capture of a web page; unpack it and import the capture inside. "
            f"hrdoc imports {_IMPORTABLE_TEXT}."
        )
    if mime == "application/octet-stream":
        return f"this file was not recognised as a capture of a web page. hrdoc imports {_IMPORTABLE_TEXT}."
    return f"this file is a {label}, not a capture of a web page. hrdoc imports {_IMPORTABLE_TEXT}."


def _sniff(head: bytes) -> str:
    try:
        from hrdoc.services.evidence.sniff import sniff_mime
    except ImportError:
        return _local_sniff(head)
    return sniff_mime(head)


def _describe(mime: str) -> str:
    try:
        from hrdoc.services.evidence.sniff import describe_mime
    except ImportError:
        return f"file of type {mime}"
    return describe_mime(mime)


_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_COMMENTS = re.compile(rb"(<!--.*?-->\s*)*", re.DOTALL)


def _local_sniff(head: bytes) -> str:
    """A small content check for the types import_capture accepts, for when sniff.py is unavailable."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.lstrip(b" \t\r\n\x0c").startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith((b"WARC/1.0\r\n", b"WARC/1.1\r\n")):
        return "application/warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            inner = b""
        return "application/warc+gzip" if inner.startswith(b"WARC/1.") else "application/gzip"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    text = head.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in text:
        return "application/octet-stream"
    lowered = text.lower()
    if re.search(rb"^mime-version:", lowered, re.MULTILINE) and b"multipart/related" in lowered:
        return "multipart/related"
    body = text.lstrip()
    comments = _COMMENTS.match(body)
    if comments:
        body = body[comments.end() :]
    if _HTML_START.match(body):
        return "text/html"
    return "application/octet-stream"
