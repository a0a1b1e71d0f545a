"""Assembling a fetched page into a capture: the body with its content coding removed, the text rendering, an
optional rendering by an external browser, and the WARC file that keeps the exchange as it was.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from hrdoc.services.evidence.capture_http import _Exchange
from hrdoc.services.evidence.capture_text import _collapse_lines, _looks_like_html, decode, detect_charset, html_to_text
from hrdoc.services.evidence.capture_types import Capture, Hop, PartInfo, _facts, _iso
from hrdoc.services.evidence.warc import WarcWriter, new_record_id

TEXT_MIME = "text/plain; charset=utf-8"
HEADERS_MIME = "text/plain; charset=iso-8859-1"  # HTTP header bytes as received
WARC_MIME = "application/warc"


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
    except Exception as err:  # noqa: BLE001 - a plug-in hook: any failure falls back to text, and is recorded
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


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)
