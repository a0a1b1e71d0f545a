"""Fetching a web page for a capture: one HTTP(S) exchange per hop, under one deadline for the whole fetch,
with the peer's address and TLS certificate recorded, the body size capped, and errors explained in words.
Only web addresses (http, https) are fetched; a redirect to anything else is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import io
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, cast
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from hrdoc.domain.marks import N_
from hrdoc.services.evidence.capture_types import CaptureError, Hop, _now

MAX_REDIRECTS = 10
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


_HEADER_LIMIT = 8 * 1024 * 1024  # bytes http.client may read for a status line and headers (it allows ~6.5 MB)
_FRAMING_ALLOWANCE = 1024 * 1024  # chunked-encoding lines and trailers on top of max_bytes
_READ_SIZE = 64 * 1024
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"


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
        raise CaptureError(N_("could not fetch {url}: unexpected response object"), url=url)
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
        N_(
            "{url} is larger than the limit of {limit}{size}; hrdoc stopped downloading and kept "
            "nothing. Raise the size limit if this file is needed, or save it another way."
        ),
        url=url,
        limit=_mib(max_bytes),
        size=size,
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
    problem = _connection_problem(err, host, timeout)
    if problem is not None:
        return problem
    if isinstance(err, OSError):
        detail = err.strerror or str(err) or type(err).__name__
        if "Tunnel connection failed" in str(err):
            return CaptureError(
                N_("the proxy refused to connect to {host} ({err}) — check the proxy settings"), host=host, err=err
            )
        return CaptureError(
            N_("could not fetch {url}: {detail} — check that this computer is online"), url=url, detail=detail
        )
    if isinstance(err, urllib.error.URLError):
        return CaptureError(N_("could not fetch {url}: {cause}"), url=url, cause=err.reason)
    return CaptureError(N_("could not fetch {url}: {err} — check the address"), url=url, err=err)


def _connection_problem(err: BaseException, host: str, timeout: float) -> CaptureError | None:
    """The message for a failure of the connection itself (name lookup, refusal, timeout, TLS, HTTP), if it is one."""
    if isinstance(err, socket.gaierror):
        return CaptureError(
            N_(
                "could not find the server {host} (the name lookup failed) — check the address is "
                "spelled correctly, or that this computer is online"
            ),
            host=host,
        )
    if isinstance(err, ConnectionRefusedError):
        return CaptureError(
            N_("could not connect to {host}: connection refused — check the address, or that this computer is online"),
            host=host,
        )
    if isinstance(err, TimeoutError):
        if timeout == 1:
            return CaptureError(
                N_(
                    "{host} did not answer in full within 1 second, the time allowed for the whole capture "
                    "(timed out); nothing was kept — try again later, or allow more time"
                ),
                host=host,
            )
        return CaptureError(
            N_(
                "{host} did not answer in full within {timeout} seconds, the time allowed for "
                "the whole capture (timed out); nothing was kept — try again later, or allow more time"
            ),
            host=host,
            timeout=format(timeout, "g"),
        )
    if isinstance(err, ssl.SSLCertVerificationError):
        return CaptureError(
            N_(
                "the secure connection to {host} could not be verified: {reason}. The site's "
                "certificate is not trusted, so what arrived might not come from that site; nothing "
                "was captured. Check the address and this computer's date and time."
            ),
            host=host,
            reason=err.verify_message or err.reason,
        )
    if isinstance(err, ssl.SSLError):
        return CaptureError(
            N_(
                "the secure (TLS) connection to {host} failed ({reason}) — try again later; if it "
                "persists, the site or a filter on this network is interfering"
            ),
            host=host,
            reason=err.reason or err,
        )
    if isinstance(err, http.client.RemoteDisconnected):
        return CaptureError(N_("{host} closed the connection without answering — try again later"), host=host)
    if isinstance(err, http.client.IncompleteRead):
        return CaptureError(
            N_("the connection to {host} ended before the whole response arrived — nothing was kept; try again"),
            host=host,
        )
    if isinstance(err, http.client.HTTPException):
        return CaptureError(
            N_("{host} sent a response hrdoc cannot read ({error_type}: {err}); nothing was kept"),
            host=host,
            error_type=type(err).__name__,
            err=err,
        )
    if isinstance(err, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return CaptureError(N_("the connection to {host} was cut off — try again; nothing was kept"), host=host)
    return None


def _web_address(url: str) -> str:
    """``url`` as an ASCII http(s) URL to request (non-ASCII host and path encoded, fragment dropped)."""
    text = url.strip()
    if not text:
        raise CaptureError(N_("no address given: type or paste the full address of the page, starting with https://"))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise CaptureError(N_("the address {text} contains control characters; paste it again"), text=repr(text[:80]))
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as err:
        raise CaptureError(N_("{text} is not a valid web address ({err})"), text=text[:200], err=err) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        if not scheme or "." in scheme:
            raise CaptureError(
                N_("{text} is not a full web address: start it with https:// (or http://)"), text=text[:200]
            )
        raise CaptureError(
            N_(
                "hrdoc captures only web pages (http: and https: addresses); {text} is a {scheme}: "
                "address and was refused"
            ),
            text=text[:200],
            scheme=scheme,
        )
    if not parts.hostname:
        raise CaptureError(N_("{text} has no server name; check the address"), text=text[:200])
    if parts.username is not None or parts.password is not None:
        raise CaptureError(
            N_(
                "the address {hostname} contains a user name or password; remove it (hrdoc does not "
                "send credentials, and would store them in the evidence)"
            ),
            hostname=parts.hostname,
        )
    host = parts.hostname
    try:
        host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise CaptureError(
            N_("the server name {host} is not a valid internationalised domain name"), host=repr(host)
        ) from None
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
            N_(
                "{current} redirects to {target}, a {scheme}: address; hrdoc follows redirects only to "
                "http and https addresses, so nothing was captured"
            ),
            current=current,
            target=target[:200],
            scheme=scheme or "relative",
        )
    try:
        return _web_address(target)
    except CaptureError as err:
        raise CaptureError(
            N_("{current} redirects to an address hrdoc cannot follow: {err}"), current=current, err=err
        ) from None
