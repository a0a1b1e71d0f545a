"""A capture ends at its deadline; WARCs are known by their structure; UTF-32 text is not taken for UTF-16.

Real parts: a server on 127.0.0.1 in a thread, a real encrypted store, WARC bytes built by hand as wget,
warcio and hrdoc itself write them (the page inside in windows-1256 or gzip-compressed, not UTF-8).
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.capture import import_capture
from hrdoc.services.evidence.capture_text import detect_charset
from hrdoc.services.evidence.capture_types import CaptureError
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.evidence.sniff import WARC_GZIP, sniff_mime
from hrdoc.services.records import RecordService
from hrdoc.storage.vault import Vault
from tests.helpers import make_case
from tests.services.evidence.http_fixture import serve_loopback_site

# -- a server that trickles ---------------------------------------------------------------------------------------


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that sends its answer one byte every 0.3 s (headers and body)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 400\r\n\r\n" + b"<p>" + b"x" * 397

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                for byte in answer:
                    if stop.wait(0.3):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                pass  # the client gave up

    def serve() -> None:
        listener.settimeout(0.1)  # closing a socket does not wake accept(): look at the stop flag often
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow-drip"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def test_a_trickling_server_cannot_hold_a_capture_past_its_timeout(
    ctx: StoreContext, records: RecordService, store_path: Path, trickling_server: str
) -> None:
    ev = EvidenceService(ctx)
    case = make_case(records)
    started = time.monotonic()
    with pytest.raises(CaptureError) as caught:
        ev.capture_url(case, trickling_server, proxies={}, timeout=1.0)
    elapsed = time.monotonic() - started
    # Before, the timeout bounded each read: one byte every 0.3 s never tripped it (a 5 s capture took 119 s).
    # The margin is for a busy machine (a parallel test run); a per-read timeout would let the drip run for over
    # two minutes.
    assert elapsed < 4.0, elapsed
    message = str(caught.value)
    assert "\n" not in message
    assert "within 1 second" in message and "whole capture" in message and "nothing was kept" in message
    assert ev.items(case) == []
    assert records.records("source", case) == []
    vault = Vault.folder_for(store_path)
    assert not vault.exists() or not any(vault.iterdir())


# -- WARCs whose page is not UTF-8 --------------------------------------------------------------------------------

ARABIC_PAGE = (
    '<html><head><meta charset="windows-1256"><title>شهادات</title></head><body>'
    + "<p>شهادات من القرية عن الهجوم على القافلة</p>" * 200
    + "</body></html>"
).encode("cp1256")
GZIP_PAGE = gzip.compress(b"<html><body>" + b"<p>compressed testimony</p>" * 500 + b"</body></html>")
URL = "https://example.org/testimonies"


def _record(version: bytes, fields: list[tuple[str, str]], block: bytes) -> bytes:
    """One WARC record as wget and warcio write it: version line, fields, CRLF, block, CRLF CRLF."""
    head = version + b"\r\n"
    for name, value in [*fields, ("Content-Length", str(len(block)))]:
        head += f"{name}: {value}\r\n".encode()
    return head + b"\r\n" + block + b"\r\n\r\n"


def _warc(page: bytes, *, version: bytes = b"WARC/1.0", content_encoding: str = "") -> list[bytes]:
    """A warcinfo, a request and a response record: what ``wget --warc-file`` writes for one page."""
    date = "2026-03-14T09:30:00Z"
    info = b"software: Wget/1.21.4\r\nformat: WARC File Format 1.0\r\n"
    request = b"GET /testimonies HTTP/1.1\r\nHost: example.org\r\n\r\n"
    coding = f"Content-Encoding: {content_encoding}\r\n" if content_encoding else ""
    response = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n{coding}"
        f"Content-Length: {len(page)}\r\n\r\n"
    ).encode() + page
    return [
        _record(
            version,
            [
                ("WARC-Type", "warcinfo"),
                ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"),
                ("WARC-Date", date),
                ("WARC-Filename", "capture.warc"),
                ("Content-Type", "application/warc-fields"),
            ],
            info,
        ),
        _record(
            version,
            [
                ("WARC-Type", "request"),
                ("WARC-Target-URI", URL),
                ("WARC-Date", date),
                ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"),
                ("Content-Type", "application/http;msgtype=request"),
            ],
            request,
        ),
        _record(
            version,
            [
                ("WARC-Type", "response"),
                ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"),
                ("WARC-Date", date),
                ("WARC-Target-URI", URL),
                ("Content-Type", "application/http;msgtype=response"),
            ],
            response,
        ),
    ]


def _response_first(records: list[bytes]) -> bytes:
    """No warcinfo: the first 8 KiB are all response, the page's own bytes right after the headers."""
    return b"".join(records[2:])


WARCS = {
    "windows-1256 page, WARC/1.0": _response_first(_warc(ARABIC_PAGE)),
    "windows-1256 page, WARC/1.1, with warcinfo": b"".join(_warc(ARABIC_PAGE, version=b"WARC/1.1")),
    "gzip-encoded page": _response_first(_warc(GZIP_PAGE, content_encoding="gzip")),
}


@pytest.mark.parametrize("name", list(WARCS))
def test_a_warc_is_recognised_by_its_structure_whatever_the_page_inside(name: str) -> None:
    data = WARCS[name]
    with pytest.raises(UnicodeDecodeError):
        data[:8192].decode("utf-8")  # the head is not UTF-8 text: the old sniffer said octet-stream
    assert sniff_mime(data[:8192]) == "application/warc"
    per_record = b"".join(gzip.compress(record) for record in _warc(ARABIC_PAGE))  # a .warc.gz: a member each
    assert sniff_mime(per_record[:8192]) == WARC_GZIP


def test_text_that_merely_starts_like_a_warc_is_not_one() -> None:
    assert sniff_mime(b"WARC/1.1\r\nthis is a note about WARC files\r\n") == "text/plain"
    assert sniff_mime(gzip.compress(b"WARC/1.0 notes: not a record\n")) == "application/gzip"


@pytest.mark.parametrize(
    ("name", "data", "mime"),
    [
        ("windows-1256", WARCS["windows-1256 page, WARC/1.0"], "application/warc"),
        ("gzip page", WARCS["gzip-encoded page"], "application/warc"),
        ("per-record gzip", b"".join(gzip.compress(r) for r in _warc(ARABIC_PAGE)), WARC_GZIP),
    ],
)
def test_such_warcs_are_imported_as_captures(
    ctx: StoreContext, records: RecordService, tmp_path: Path, name: str, data: bytes, mime: str
) -> None:
    described = import_capture(data, url="", captured_at=None)
    assert (described.url, described.mime) == (URL, mime)
    path = tmp_path / "capture.warc"
    path.write_bytes(data)
    ev = EvidenceService(ctx)
    case = make_case(records)
    result = ev.import_capture(case, path)
    item = ev.get(result.evidence_id)
    assert item.mime_type == mime
    assert ev.read_for_preview(item.id) == data  # kept as it was
    assert item.file_metadata["capture"]["url"] == URL


def test_hrdocs_own_capture_of_a_gzip_page_is_a_warc_and_can_be_imported_again(
    ctx: StoreContext, records: RecordService, tmp_path: Path
) -> None:
    ev = EvidenceService(ctx)
    case = make_case(records)
    with serve_loopback_site() as site:
        result, capture = ev.capture_url(case, site.url("/gzip"), proxies={})
    assert ev.get(result.evidence_id).mime_type == "application/warc"  # was application/octet-stream
    again = tmp_path / "exported.warc"
    again.write_bytes(capture.warc)
    imported = ev.import_capture(case, again)
    assert ev.get(imported.evidence_id).mime_type == "application/warc"
    assert ev.get(imported.evidence_id).file_metadata["capture"]["url"] == site.url("/gzip")


# -- UTF-32 -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_text_is_text_and_not_utf16(codec: str) -> None:
    bom = b"\xff\xfe\x00\x00" if codec == "utf-32-le" else b"\x00\x00\xfe\xff"
    notes = bom + "Notes de l'entretien — ملاحظات المقابلة\n".encode(codec) * 50
    assert sniff_mime(notes) == "text/plain"
    assert sniff_mime(bom + "<!DOCTYPE html><html><body>page</body></html>".encode(codec)) == "text/html"
    # The capture's charset detection reads the same marks the same way.
    assert detect_charset(notes, "text/html")[:2] == (codec, "bom")


def test_utf16_text_is_still_utf16() -> None:
    assert sniff_mime("\ufeffNotes de l'entretien".encode("utf-16-le")) == "text/plain"
    assert detect_charset("\ufeff<p>x</p>".encode("utf-16-le"))[:2] == ("utf-16-le", "bom")
