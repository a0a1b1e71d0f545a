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

The parts live beside this module: :mod:`.capture_types` (what a capture is), :mod:`.capture_http` (fetching
under a deadline), :mod:`.capture_text` (charset and text) and :mod:`.capture_page` (assembly, WARC).
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
import zlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from hrdoc import __version__
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.services.evidence.capture_http import (
    MAX_REDIRECTS,
    REDIRECT_STATUSES,
    _Exchange,
    _fetch_one,
    _opener,
    _web_address,
)
from hrdoc.services.evidence.capture_page import _assemble
from hrdoc.services.evidence.capture_types import IMPORTABLE, Capture, CaptureError, ImportedCapture, _iso, _now
from hrdoc.services.evidence.warc import WarcError, iter_warc

_IMPORTABLE_TEXT = N_("a saved web page (HTML or MHTML), a PDF, a web archive (WARC) or a PNG or JPEG screenshot")


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
                N_(
                    "too many redirects: {url} was still being redirected after {max_redirects} redirects "
                    "(last to {location}). Nothing was captured; try the address it ends up at."
                ),
                url=url,
                max_redirects=MAX_REDIRECTS,
                location=hop.location,
            )
        if hop.location in seen:
            raise CaptureError(
                N_(
                    "redirect loop: {url} redirects to {location}, which was already visited. The site "
                    "keeps sending the browser in a circle (it may want cookies, which hrdoc does not "
                    "keep); nothing was captured."
                ),
                url=hop.url,
                location=hop.location,
            )
        seen.add(hop.location)
        current = hop.location
    return _assemble(url, exchanges, tool=tool, renderer=renderer, operator=operator)


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
        raise CaptureError(N_("the file is empty; there is nothing to import"))
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
            N_(
                "give the address (URL) of the page this capture shows: the Berkeley Protocol asks to "
                "keep at least the URL of online content, and this file does not say it"
            )
        )
    scheme = urlsplit(final_url).scheme.lower()
    if scheme not in ("http", "https"):
        raise CaptureError(
            N_("{final_url} is not a web address; give the http:// or https:// address"), final_url=final_url[:200]
        )
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
        raise CaptureError(
            N_("the time of capture needs a time zone (for example UTC); without one it could be hours off")
        )
    given = given.astimezone(UTC)
    if given > _now() + timedelta(minutes=5):
        raise CaptureError(N_("the time of capture {when} is in the future; check the date"), when=_iso(given))
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
            N_(
                "this web archive (WARC) is damaged and was not imported: {err}. Import the original "
                "file as it was saved, or capture the page again."
            ),
            err=err,
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
        return Phrase(
            N_(
                "this file is a {label}, not a capture of a web page; unpack it and import the "
                "capture inside. hrdoc imports {importable_text}."
            ),
            label=label,
            importable_text=Phrase(_IMPORTABLE_TEXT),
        )
    if mime == "application/octet-stream":
        return Phrase(
            N_("this file was not recognised as a capture of a web page. hrdoc imports {importable_text}."),
            importable_text=Phrase(_IMPORTABLE_TEXT),
        )
    return Phrase(
        N_("this file is a {label}, not a capture of a web page. hrdoc imports {importable_text}."),
        label=label,
        importable_text=Phrase(_IMPORTABLE_TEXT),
    )


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
