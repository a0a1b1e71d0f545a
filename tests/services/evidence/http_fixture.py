"""A small web site on the loopback interface, so capture tests never touch the real network.

Use the ``loopback_site`` fixture (import it into a test module), or ``serve_loopback_site()`` as a context
manager inside a fixture of your own. ``site.url("/page")`` is the full address of a path; ``site.requests``
lists what the server received (path and headers), to check what a client sent.

Paths:
    /page            UTF-8 HTML: title, script, style, noscript, French and Arabic text
    /redirect        302 to /page
    /chain           301 to /redirect
    /loop            302 to itself
    /count/N         N redirects in a row (302 to /count/N-1), then /page
    /latin1          ISO-8859-1 HTML, declared only in the Content-Type header ("é" is 0xE9)
    /meta-charset    windows-1252 HTML, declared only in <meta charset> ("é" is 0xE9, "€" is 0x80)
    /notfound        404 with an HTML body
    /big             BIG_SIZE bytes with a Content-Length
    /big-chunked     BIG_SIZE bytes, chunked, no Content-Length
    /chunked         small HTML, chunked transfer coding
    /gzip            HTML with Content-Encoding: gzip (sent although the client asked for identity)
    /short           declares 1000 bytes, sends 10, closes
    /plain           text/plain
    /pdf             a tiny PDF
    /slow            answers after SLOW_SECONDS (or when the server stops)
    /redirect-file   302 to file:///etc/passwd
    /set-cookie      sets a cookie and redirects to /echo-headers
    /echo-headers    the request headers, as text/plain
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

BIG_SIZE = 200_000
SLOW_SECONDS = 10.0

PAGE_TITLE = "Rapport sur le convoi d'Annefif"
PAGE_FRENCH = "Les villageois décrivent l'attaque du convoi."
PAGE_ARABIC = "شهادات من القرية"
PAGE_SECRETS = ("secretScriptValue", "color: #c00", "noscript-only text")
PAGE_HTML = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{PAGE_TITLE}</title>
<style>body {{ color: #c00 }}</style>
<script>var secretScriptValue = "<p>not text</p>";</script>
</head>
<body>
<h1>Témoignages   recueillis</h1>
<p>{PAGE_FRENCH}</p>
<p dir="rtl" lang="ar">{PAGE_ARABIC}</p>
<noscript><p>noscript-only text</p></noscript>
<ul><li>Premier témoin</li><li>Second témoin</li></ul>
<table><tr><td>Date</td><td>12 mars</td></tr></table>
</body>
</html>
""".encode()

LATIN1_HTML = (
    b"<html><head><title>Caf\xe9 du march\xe9</title></head><body><p>R\xe9sum\xe9 de l'\xe9t\xe9</p></body></html>"
)
META_CHARSET_HTML = (
    b'<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Prix</title></head>'
    b"<body><p>Caf\xe9 \x80 5</p></body></html>"
)
NOTFOUND_HTML = b"<html><head><title>Not found</title></head><body><p>This post has been removed.</p></body></html>"
CHUNKED_HTML = b"<html><head><title>Chunked</title></head><body><p>Sent in pieces</p></body></html>"
GZIP_HTML = b"<html><head><title>Compressed</title></head><body><p>Inflated text</p></body></html>"
PLAIN_TEXT = "Line one\nLigne deux é\n".encode()
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class LoopbackSite:
    base_url: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base_url + path


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: LoopbackSite


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.site.requests.append((self.path, dict(self.headers.items())))
        path = urlsplit(self.path).path
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            self._route(path)

    def _route(self, path: str) -> None:
        redirects = {
            "/redirect": (302, "/page"),
            "/chain": (301, "/redirect"),
            "/loop": (302, "/loop"),
            "/redirect-file": (302, "file:///etc/passwd"),
            "/set-cookie": (302, "/echo-headers"),
        }
        pages: dict[str, tuple[int, bytes, str]] = {
            "/page": (200, PAGE_HTML, "text/html; charset=utf-8"),
            "/latin1": (200, LATIN1_HTML, "text/html; charset=ISO-8859-1"),
            "/meta-charset": (200, META_CHARSET_HTML, "text/html"),
            "/notfound": (404, NOTFOUND_HTML, "text/html; charset=utf-8"),
            "/plain": (200, PLAIN_TEXT, "text/plain; charset=utf-8"),
            "/pdf": (200, PDF_BYTES, "application/pdf"),
        }
        if path in redirects:
            status, location = redirects[path]
            cookie = [("Set-Cookie", "session=s3cr3t; Path=/")] if path == "/set-cookie" else []
            self._send(status, b"", "text/html", [("Location", location), *cookie])
        elif path.startswith("/count/") and path[7:].isdigit():
            left = int(path[7:])
            self._send(302, b"", "text/html", [("Location", f"/count/{left - 1}" if left > 1 else "/page")])
        elif path in pages:
            self._send(*pages[path])
        else:
            self._route_special(path)

    def _route_special(self, path: str) -> None:
        """Pages sent in a particular way: large, chunked, compressed, cut short, late, echoing the request."""
        if path == "/big":
            self._send(200, b"x" * BIG_SIZE, "application/octet-stream")
        elif path == "/big-chunked":
            self._send_chunked(b"y" * BIG_SIZE, "application/octet-stream", piece=8192)
        elif path == "/chunked":
            self._send_chunked(CHUNKED_HTML, "text/html; charset=utf-8", piece=20)
        elif path == "/gzip":
            self._send(200, gzip.compress(GZIP_HTML), "text/html; charset=utf-8", [("Content-Encoding", "gzip")])
        elif path == "/short":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"0123456789")
        elif path == "/slow":
            self.server.site.stopping.wait(SLOW_SECONDS)
            self._send(200, b"late", "text/plain")
        elif path == "/echo-headers":
            text = "".join(f"{name}: {value}\n" for name, value in self.headers.items())
            self._send(200, text.encode("latin-1"), "text/plain; charset=iso-8859-1")
        else:
            self._send(404, b"no such test page", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str, extra: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in extra or []:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _send_chunked(self, body: bytes, content_type: str, *, piece: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        for start in range(0, len(body), piece):
            chunk = body[start : start + piece]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")


@contextmanager
def serve_loopback_site(tls: ssl.SSLContext | None = None) -> Iterator[LoopbackSite]:
    """Run the test site on 127.0.0.1 (a free port) in a thread for the duration of the ``with`` block.

    With ``tls`` (a server-side context holding a certificate for 127.0.0.1) the site speaks https.
    """
    server = _Server(("127.0.0.1", 0), _Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    host, port = server.server_address[:2]
    site = LoopbackSite(base_url=f"{'https' if tls else 'http'}://{host!s}:{port}")
    server.site = site
    thread = threading.Thread(target=server.serve_forever, name="loopback-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def loopback_site() -> Iterator[LoopbackSite]:
    """The loopback test site, shared by the tests of one module."""
    with serve_loopback_site() as site:
        yield site


def unused_port() -> int:
    """A loopback port nothing listens on (bound and released at once), for "connection refused" tests."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
