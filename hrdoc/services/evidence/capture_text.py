"""A captured page's text: its character set found as a browser would (BOM, header, ``<meta>``), the bytes
decoded, and the readable text extracted from the HTML (scripts and styles left out, blocks on their own
lines).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

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
