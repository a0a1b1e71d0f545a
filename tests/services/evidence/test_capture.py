"""Capture of online sources: fetch_capture against a loopback site, import_capture of files made elsewhere."""

from __future__ import annotations

import builtins
import gzip
import hashlib
import ipaddress
import json
import socket
import ssl
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hrdoc.services.evidence.capture import _local_sniff, fetch_capture, import_capture
from hrdoc.services.evidence.capture_text import detect_charset, html_to_text
from hrdoc.services.evidence.capture_types import Capture, CaptureError
from hrdoc.services.evidence.warc import WarcWriter, read_warc
from tests.services.evidence.http_fixture import (
    BIG_SIZE,
    CHUNKED_HTML,
    GZIP_HTML,
    PAGE_ARABIC,
    PAGE_FRENCH,
    PAGE_HTML,
    PAGE_SECRETS,
    PAGE_TITLE,
    PDF_BYTES,
    LoopbackSite,
    serve_loopback_site,
    unused_port,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(20) + b"doc.txt" + b"\x00" * 40


@pytest.fixture(scope="module")
def site() -> Iterator[LoopbackSite]:
    with serve_loopback_site() as running:
        yield running


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment would receive the loopback requests; these tests connect directly."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def page(site: LoopbackSite) -> tuple[Capture, datetime, datetime]:
    before = datetime.now(UTC)
    capture = fetch_capture(site.url("/page"))
    return capture, before, datetime.now(UTC)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- a page ------------------------------------------------------------------------------------------------------


def test_page_text_has_title_french_and_arabic_but_no_script_or_style(page: tuple[Capture, datetime, datetime]) -> None:
    capture = page[0]
    assert capture.text.splitlines()[0] == PAGE_TITLE
    assert PAGE_FRENCH in capture.text
    assert PAGE_ARABIC in capture.text
    for hidden in PAGE_SECRETS:
        assert hidden not in capture.text
    assert "Témoignages recueillis" in capture.text.splitlines()  # whitespace collapsed, a block on its own line
    assert "Premier témoin" in capture.text.splitlines()
    assert "Second témoin" in capture.text.splitlines()


def test_page_facts(page: tuple[Capture, datetime, datetime], site: LoopbackSite) -> None:
    capture, before, after = page
    assert capture.requested_url == capture.final_url == site.url("/page")
    assert capture.status == 200 and capture.ok
    assert capture.html == PAGE_HTML
    assert (capture.charset, capture.charset_source) == ("utf-8", "header")
    assert capture.captured_at.tzinfo is not None and capture.captured_at.utcoffset() == timedelta(0)
    assert before <= capture.captured_at <= after
    assert [hop.status for hop in capture.hops] == [200]
    assert capture.hops[0].ip_address == "127.0.0.1"
    assert ("Content-Type", "text/html; charset=utf-8") in capture.headers
    assert capture.tool.startswith("hrdoc ") and "Python urllib" in capture.tool
    assert capture.captured_elsewhere is False


def test_page_parts_hash_the_bytes_they_describe(page: tuple[Capture, datetime, datetime]) -> None:
    capture = page[0]
    assert set(capture.parts) == {"html", "headers", "rendering", "warc"}
    assert capture.parts["html"].sha256 == _sha(capture.html)
    assert capture.parts["html"].size == len(capture.html)
    assert capture.parts["rendering"].sha256 == _sha(capture.rendering)
    assert capture.parts["warc"].sha256 == _sha(capture.warc)
    assert capture.parts["warc"].mime == "application/warc"
    headers = capture.parts["headers"]
    assert headers.sha256 == _sha(
        capture.warc[capture.warc.find(b"HTTP/1.1 200") :].split(b"\r\n\r\n")[0] + b"\r\n\r\n"
    )


def test_text_rendering_names_the_page_and_the_time(page: tuple[Capture, datetime, datetime]) -> None:
    capture = page[0]
    assert capture.rendering_kind == "text"
    assert capture.rendering_mime == "text/plain; charset=utf-8"
    rendering = capture.rendering.decode("utf-8")
    assert capture.final_url in rendering
    assert capture.captured_at.strftime("%Y-%m-%dT%H:%M:%S") in rendering
    assert PAGE_ARABIC in rendering


def test_metadata_is_json_and_carries_urls_status_and_hashes(page: tuple[Capture, datetime, datetime]) -> None:
    capture = page[0]
    meta = json.loads(json.dumps(capture.metadata()))
    assert meta["requested_url"] == meta["final_url"] == capture.final_url
    assert meta["status"] == 200
    assert meta["captured_elsewhere"] is False
    assert meta["captured_at"].endswith("Z")
    assert datetime.fromisoformat(meta["captured_at"].replace("Z", "+00:00")) == capture.captured_at
    assert meta["charset"] == "utf-8"
    assert meta["parts"]["warc"]["sha256"] == _sha(capture.warc)
    assert meta["parts"]["html"]["sha256"] == _sha(PAGE_HTML)
    assert meta["rendering"]["kind"] == "text"
    assert [hop["status"] for hop in meta["hops"]] == [200]


# -- redirects ---------------------------------------------------------------------------------------------------


def test_chain_of_redirects_records_every_hop(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/chain"))
    assert [(hop.url, hop.status, hop.location) for hop in capture.hops] == [
        (site.url("/chain"), 301, site.url("/redirect")),
        (site.url("/redirect"), 302, site.url("/page")),
        (site.url("/page"), 200, None),
    ]
    assert capture.requested_url == site.url("/chain")
    assert capture.final_url == site.url("/page")
    assert ("Location", "/redirect") in capture.hops[0].headers
    assert PAGE_TITLE in capture.text
    assert capture.metadata()["hops"][1]["location"] == site.url("/page")


def test_ten_redirects_are_followed(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/count/10"))
    assert len(capture.hops) == 11
    assert capture.final_url == site.url("/page")


def test_cookies_set_during_redirects_are_not_sent_back(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/set-cookie"))
    assert capture.final_url == site.url("/echo-headers")
    assert any(name == "Set-Cookie" for name, _ in capture.hops[0].headers)  # recorded as received
    assert "cookie" not in capture.text.lower()
    assert "User-Agent: Python-urllib/" in capture.text  # hrdoc does not name itself to the site


def test_user_agent_can_be_chosen(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/echo-headers"), user_agent="Mozilla/5.0 (test)")
    assert "User-Agent: Mozilla/5.0 (test)" in capture.text


def test_non_ascii_address_is_sent_percent_encoded(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/page?q=شهادة#section"))
    assert capture.final_url == site.url("/page?q=%D8%B4%D9%87%D8%A7%D8%AF%D8%A9")
    assert capture.requested_url == site.url("/page?q=شهادة#section")
    assert site.requests[-1][0] == "/page?q=%D8%B4%D9%87%D8%A7%D8%AF%D8%A9"


# -- character sets ----------------------------------------------------------------------------------------------


def test_charset_from_the_content_type_header(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/latin1"))
    assert capture.text.splitlines() == ["Café du marché", "Résumé de l'été"]
    assert capture.charset_source == "header"
    assert capture.charset_declared == "iso-8859-1"
    assert capture.charset == "windows-1252"  # as browsers read Latin-1 pages


def test_charset_from_a_meta_tag(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/meta-charset"))
    assert "Café € 5" in capture.text
    assert (capture.charset, capture.charset_source) == ("windows-1252", "meta")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=iso-8859-1", ("utf-8", "bom", None)),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
            "text/html",
            ("koi8-r", "meta", "koi8-r"),
        ),
        (b"<p>caf\xc3\xa9</p>", "text/html", ("utf-8", "default", None)),
        (b"<p>caf\xe9</p>", "text/html", ("windows-1252", "fallback", None)),
        (b"<p>caf\xe9</p>", "text/html; charset=no-such-charset", ("windows-1252", "fallback", None)),
        (b'<meta charset="utf-16">caf\xc3\xa9', "text/html", ("utf-8", "meta", "utf-16")),
    ],
)
def test_detect_charset(body: bytes, content_type: str, expected: tuple[str, str, str | None]) -> None:
    assert detect_charset(body, content_type) == expected


def test_html_to_text_leaves_out_templates_and_keeps_cells_apart() -> None:
    text = html_to_text(
        "<html><head><title>T</title></head><body><template><p>tpl</p></template>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>x<br>y &amp; z</body></html>"
    )
    assert text.splitlines() == ["T", "a b", "c", "x", "y & z"]


# -- what else comes back ----------------------------------------------------------------------------------------


def test_not_found_is_captured_with_its_status(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/notfound"))
    assert capture.status == 404 and not capture.ok
    assert capture.metadata()["status"] == 404
    assert "This post has been removed." in capture.text


def test_chunked_body_is_reassembled_and_recorded_as_received(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/chunked"))
    assert capture.html == CHUNKED_HTML
    assert "Sent in pieces" in capture.text
    response = next(r for r in read_warc(capture.warc) if r.record_type == "response")
    assert response.block.endswith(b"\r\n0\r\n\r\n")  # the chunked framing, exactly as it arrived
    assert b"Transfer-Encoding: chunked" in response.block


def test_gzip_content_coding_is_removed_for_the_text(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/gzip"))
    assert capture.html == GZIP_HTML
    assert capture.text.splitlines() == ["Compressed", "Inflated text"]
    response = next(r for r in read_warc(capture.warc) if r.record_type == "response")
    assert response.payload() != GZIP_HTML  # the WARC keeps the body compressed, as it arrived
    assert gzip.decompress(response.payload()) == GZIP_HTML


def test_a_pdf_is_captured_without_text_or_rendering_by_the_renderer(site: LoopbackSite) -> None:
    calls: list[str] = []

    def renderer(html: bytes, url: str) -> tuple[bytes, str]:
        calls.append(url)
        return b"png", "image/png"

    capture = fetch_capture(site.url("/pdf"), renderer=renderer)
    assert capture.html == PDF_BYTES
    assert capture.text == ""
    assert calls == []
    assert capture.rendering_kind == "text"
    assert b"application/pdf" in capture.rendering
    assert capture.parts["html"].mime == "application/pdf"


def test_plain_text_page(site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/plain"))
    assert capture.text == "Line one\nLigne deux é"


# -- the renderer hook -------------------------------------------------------------------------------------------


def test_renderer_output_becomes_the_rendering(site: LoopbackSite) -> None:
    seen: list[tuple[bytes, str]] = []

    def renderer(html: bytes, url: str) -> tuple[bytes, str]:
        seen.append((html, url))
        return PNG, "image/png"

    capture = fetch_capture(site.url("/redirect"), renderer=renderer)
    assert seen == [(PAGE_HTML, site.url("/page"))]
    assert (capture.rendering, capture.rendering_mime, capture.rendering_kind) == (PNG, "image/png", "renderer")
    assert capture.parts["rendering"].sha256 == _sha(PNG)
    resources = {r.target_uri: r for r in read_warc(capture.warc) if r.record_type == "resource"}
    assert resources[f"urn:view:{capture.final_url}"].block == PNG
    assert resources[f"urn:view:{capture.final_url}"].content_type == "image/png"
    assert PAGE_ARABIC.encode() in resources[f"urn:text:{capture.final_url}"].block  # the text is kept as well


def test_a_failing_renderer_falls_back_to_text_and_says_why(site: LoopbackSite) -> None:
    def renderer(html: bytes, url: str) -> tuple[bytes, str]:
        raise RuntimeError("web engine not installed")

    capture = fetch_capture(site.url("/page"), renderer=renderer)
    assert capture.rendering_kind == "text"
    assert PAGE_FRENCH.encode() in capture.rendering
    assert any("web engine not installed" in note for note in capture.metadata()["notes"])


def test_a_renderer_returning_nonsense_falls_back_to_text(site: LoopbackSite) -> None:
    def renderer(html: bytes, url: str) -> tuple[bytes, str]:
        return "not bytes", "image/png"  # type: ignore[return-value]

    capture = fetch_capture(site.url("/page"), renderer=renderer)
    assert capture.rendering_kind == "text"
    assert capture.notes


# -- failures ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kwargs", "words"),
    [
        ("/loop", {}, "redirect loop"),
        ("/count/11", {}, "too many redirects"),
        ("/redirect-file", {}, "file:"),
        ("/big", {"max_bytes": BIG_SIZE // 4}, "larger than the limit"),
        ("/big-chunked", {"max_bytes": BIG_SIZE // 4}, "larger than the limit"),
        ("/slow", {"timeout": 0.3}, "did not answer in full within 0.3 seconds"),
        ("/short", {}, "ended before the whole response arrived"),
    ],
)
def test_failures_raise_capture_error_naming_the_problem(
    site: LoopbackSite, path: str, kwargs: dict[str, Any], words: str
) -> None:
    with pytest.raises(CaptureError, match=words):
        fetch_capture(site.url(path), **kwargs)


def test_refused_connection() -> None:
    port = unused_port()
    with pytest.raises(CaptureError, match="connection refused — check the address"):
        fetch_capture(f"http://127.0.0.1:{port}/")


def test_name_lookup_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(CaptureError, match=r"could not find the server no-such-host\.example"):
        fetch_capture("https://no-such-host.example/page")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("file:///etc/passwd", "file: address"),
        ("ftp://example.org/file", "ftp: address"),
        ("data:text/html,<p>hi</p>", "data: address"),
        ("javascript:alert(1)", "javascript: address"),
        ("example.org/page", "start it with https://"),
        ("", "no address given"),
        ("http://", "no server name"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http://example.org:99999/", "not a valid web address"),
        ("http://exa\nmple.org/", "control characters"),
    ],
)
def test_refused_addresses(url: str, words: str) -> None:
    with pytest.raises(CaptureError, match=words):
        fetch_capture(url)


def test_nothing_is_written_to_disk(site: LoopbackSite, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = builtins.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"capture tried to write {file}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    assert fetch_capture(site.url("/chain")).status == 200


# -- https ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LoopbackSite, Path, bytes]]:
    """The loopback site over https, with a self-signed certificate for 127.0.0.1 (file, DER bytes)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hrdoc test site")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    with serve_loopback_site(tls=context) as running:
        yield running, cert_file, cert.public_bytes(serialization.Encoding.DER)


def test_untrusted_certificate_is_refused(tls_site: tuple[LoopbackSite, Path, bytes]) -> None:
    site = tls_site[0]
    with pytest.raises(CaptureError, match="could not be verified"):
        fetch_capture(site.url("/page"), timeout=5)


def test_https_capture_records_the_certificate(
    tls_site: tuple[LoopbackSite, Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    site, cert_file, der = tls_site
    real = ssl.create_default_context

    def trusting_our_certificate(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        return real(cafile=str(cert_file))

    monkeypatch.setattr(ssl, "create_default_context", trusting_our_certificate)
    capture = fetch_capture(site.url("/redirect"), timeout=5)
    assert capture.final_url == site.url("/page")
    assert PAGE_ARABIC in capture.text
    tls = capture.hops[-1].tls
    assert tls is not None
    assert tls["certificate_sha256"] == _sha(der)
    assert tls["protocol"].startswith("TLSv1.")
    assert "hrdoc test site" in tls["subject"]
    assert capture.metadata()["hops"][0]["tls"]["certificate_sha256"] == _sha(der)


# -- captures made elsewhere -------------------------------------------------------------------------------------


@pytest.fixture(params=["sniff.py", "local check"])
def sniffer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run import tests with the shared sniff module, and with it missing (the local fallback)."""
    if request.param == "local check":
        monkeypatch.setitem(sys.modules, "hrdoc.services.evidence.sniff", None)
    return str(request.param)


WHEN = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
SAVED_HTML = (
    b"<!-- saved from url=(0032)https://example.org/post/1234 -->\n"
    b"<!DOCTYPE html><html><head><title>Post</title></head><body>Removed since</body></html>"
)
MHTML = (
    b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/video\r\n"
    b"Subject: Video\r\nDate: Thu, 12 Mar 2026 09:30:00 -0000\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary"\r\n\r\n'
    b"------MultipartBoundary\r\nContent-Type: text/html\r\n\r\n<html></html>\r\n------MultipartBoundary--\r\n"
)


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (SAVED_HTML, "text/html"),
        (PDF_BYTES, "application/pdf"),
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (MHTML, "multipart/related"),
    ],
)
def test_import_accepts_captures_and_keeps_them_unaltered(sniffer: str, data: bytes, mime: str) -> None:
    imported = import_capture(
        data, url="https://example.org/x", captured_at=WHEN, captured_by="A. Analyst", tool="Firefox 140", note="n"
    )
    assert imported.data is data
    assert imported.mime == mime
    meta = json.loads(json.dumps(imported.metadata()))
    assert meta == {
        "kind": "web capture",
        "url": "https://example.org/x",
        "url_source": "given",
        "captured_at": "2026-03-12T09:30:00Z",
        "captured_at_source": "given",
        "captured_elsewhere": True,
        "captured_by": "A. Analyst",
        "tool": "Firefox 140",
        "note": "n",
        "mime": mime,
        "format": meta["format"],
        "size": len(data),
        "sha256": _sha(data),
        "warc_records": None,
    }


def test_import_finds_the_address_in_saved_pages(sniffer: str) -> None:
    html = import_capture(SAVED_HTML, url="", captured_at=None)
    assert (html.url, html.url_source) == ("https://example.org/post/1234", "html")
    assert html.metadata()["captured_at"] == "unknown"
    mhtml = import_capture(MHTML, url="", captured_at=None)
    assert (mhtml.url, mhtml.url_source) == ("https://example.org/video", "mhtml")


def test_import_of_a_warc_takes_address_and_time_from_its_first_response(sniffer: str, site: LoopbackSite) -> None:
    capture = fetch_capture(site.url("/chain"))
    imported = import_capture(capture.warc, url="", captured_at=None, tool="hrdoc")
    assert imported.mime == "application/warc"
    assert imported.url == site.url("/chain")
    assert imported.url_source == "warc"
    assert imported.captured_at_source == "warc"
    assert imported.captured_at == capture.hops[0].requested_at
    assert imported.warc_records == len(read_warc(capture.warc))
    assert imported.sha256 == _sha(capture.warc)


def test_import_of_a_compressed_warc(sniffer: str) -> None:
    writer = WarcWriter()
    writer.warcinfo(software="other tool", date=WHEN)
    writer.response("https://example.org/a", b"HTTP/1.1 200 OK\r\n\r\nhi", date=WHEN)
    plain = writer.getvalue()
    records = read_warc(plain)
    compressed = b"".join(
        gzip.compress(plain[r.offset : records[i + 1].offset if i + 1 < len(records) else len(plain)])
        for i, r in enumerate(records)
    )
    imported = import_capture(compressed, url="", captured_at=None)
    assert imported.mime == "application/warc+gzip"
    assert (imported.url, imported.captured_at, imported.warc_records) == ("https://example.org/a", WHEN, 2)
    assert imported.data is compressed


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (ZIP, "unpack it"),
        (bytes(range(256)) * 4, "not recognised"),
        (b"just some notes\n", "hrdoc imports a saved web page"),
        (b"", "empty"),
    ],
)
def test_import_refuses_other_files(sniffer: str, data: bytes, words: str) -> None:
    with pytest.raises(CaptureError, match=words):
        import_capture(data, url="https://example.org/", captured_at=WHEN)


def test_import_refuses_a_damaged_warc(sniffer: str, site: LoopbackSite) -> None:
    warc = fetch_capture(site.url("/page")).warc
    with pytest.raises(CaptureError, match="damaged"):
        import_capture(warc[:-50], url="https://example.org/", captured_at=WHEN)


def test_import_needs_an_address_and_an_unambiguous_time() -> None:
    with pytest.raises(CaptureError, match="give the address"):
        import_capture(PDF_BYTES, url=" ", captured_at=WHEN)
    with pytest.raises(CaptureError, match="not a web address"):
        import_capture(PDF_BYTES, url="file:///home/me/page.pdf", captured_at=WHEN)
    with pytest.raises(CaptureError, match="time zone"):
        import_capture(PDF_BYTES, url="https://example.org/", captured_at=datetime(2026, 3, 12, 9, 30))
    with pytest.raises(CaptureError, match="in the future"):
        import_capture(PDF_BYTES, url="https://example.org/", captured_at=datetime.now(UTC) + timedelta(days=2))


def test_import_converts_the_time_to_utc() -> None:
    paris = datetime(2026, 3, 12, 10, 30, tzinfo=UTC).astimezone(ZoneInfo("Europe/Paris"))
    imported = import_capture(PNG, url="https://example.org/", captured_at=paris)
    assert imported.metadata()["captured_at"] == "2026-03-12T10:30:00Z"


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (b"  \n<!DOCTYPE html><html>", "text/html"),
        (b"<!-- c --><html lang=fr>", "text/html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "application/warc"),
        # mtime=0: gzip stamps the current second into its header, and the test's id is
        # made from these bytes, so xdist workers collecting a second apart would differ.
        (gzip.compress(b"WARC/1.0\r\n", mtime=0), "application/warc+gzip"),
        (gzip.compress(b"hello", mtime=0), "application/gzip"),
        (ZIP, "application/zip"),
        (b"\x00\x01\x02", "application/octet-stream"),
    ],
)
def test_local_sniff(head: bytes, mime: str) -> None:
    assert _local_sniff(head) == mime
