"""What kind of file is this? Decided from the content's first bytes, never from the file's name.

An investigator receives files renamed, stripped of extensions, or named to mislead ("photo.jpg" holding a
PDF). The vault records what the bytes are. Callers pass the first 8 KiB (``SNIFF_BYTES``) or less; the
answer is a MIME type without parameters, "application/octet-stream" when nothing is recognised.
"""

from __future__ import annotations

import json
import re
import struct
import zlib

from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_

SNIFF_BYTES = 8192
OCTET_STREAM = "application/octet-stream"
# RFC 8460 "+gzip" suffix: a gzip-compressed WARC file (".warc.gz"), the usual form of web captures.
WARC_GZIP = "application/warc+gzip"
WARC_MIME = "application/warc"

# -- binary signatures -----------------------------------------------------------------------------------------

_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"II+\x00", "image/tiff"),  # BigTIFF
    (b"MM\x00+", "image/tiff"),
    (b"fLaC", "audio/flac"),
    (b"#!AMR-WB\n", "audio/amr-wb"),
    (b"#!AMR\n", "audio/amr"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # legacy .doc/.xls/.ppt/.msg
    (b"{\\rtf", "application/rtf"),
)

# ISO base media file format ("ftyp" box) brands.
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
_M4A_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
_3GP_BRANDS = {b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gs6", b"3gs7", b"3ge6", b"3ge7", b"3gg6"}
_3G2_BRANDS = {b"3g2a", b"3g2b", b"3g2c", b"KDDI"}
# Top-level QuickTime atoms of old .mov files that have no "ftyp".
_QT_ATOMS = {b"moov", b"mdat", b"wide", b"pnot", b"skip", b"free"}

_ZIP_LOCAL = b"PK\x03\x04"
_OOXML = (("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"))  # fmt: skip


def sniff_mime(head: bytes) -> str:
    """The MIME type of a file whose first bytes are ``head`` (up to ``SNIFF_BYTES``; fewer is fine)."""
    head = bytes(head[:SNIFF_BYTES])
    if not head:
        return OCTET_STREAM
    # Frame sync of MP3/AAC without a tag is the weakest signature: only if the head is not text.
    return _binary(head) or _textual(head) or _mpeg_audio(head) or OCTET_STREAM


def _binary(head: bytes) -> str | None:
    if head.startswith(b"WARC/"):
        # Told by its structure, not by the text around it: the page inside a record may be in any encoding
        # (windows-1256, gzip-compressed bytes…), so the head as a whole need not be UTF-8 text.
        return WARC_MIME if is_warc_head(head) else None
    for prefix, mime in _PREFIXES:
        if head.startswith(prefix):
            return mime
    if head.startswith((b"RIFF", b"RF64", b"BW64")) and len(head) >= 12:
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}.get(head[8:12])
    if head[4:8] == b"ftyp":
        return _ftyp(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _ebml(head)
    if head.startswith(b"OggS"):
        return _ogg(head)
    if head.startswith(b"ID3") and len(head) >= 10 and head[3] in (2, 3, 4):
        return _after_id3(head)
    if head.startswith(_ZIP_LOCAL) or head.startswith(b"PK\x05\x06"):
        return _zip(head)
    if head.startswith(b"\x1f\x8b\x08"):
        return _gzip(head)
    if head.startswith(b"BM") and _is_bmp(head):
        return "image/bmp"
    if head[4:8] in _QT_ATOMS and head[0] == 0:  # an old .mov starting with an atom under 16 MiB (or 64-bit size)
        return "video/quicktime"
    if head.lstrip(b" \t\r\n\x0c").startswith(b"%PDF-") or head.startswith(b"\xef\xbb\xbf%PDF-"):
        return "application/pdf"
    return None


def _ftyp(head: bytes) -> str:
    size = struct.unpack(">I", head[:4])[0]
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, min(size, len(head)) - 3, 4)}
    brands = {major} | compatible
    # Still images in HEIF containers say so in any brand; a "mif1" major brand is often followed by "heic".
    if brands & _HEIC_BRANDS:
        return "image/heic"
    if brands & _AVIF_BRANDS:
        return "image/avif"
    if brands & _HEIF_BRANDS:
        return "image/heif"
    for candidates in ({major}, compatible):
        if candidates & {b"qt  "}:
            return "video/quicktime"
        if candidates & _M4A_BRANDS:
            return "audio/mp4"
        if candidates & _3GP_BRANDS:
            return "video/3gpp"
        if candidates & _3G2_BRANDS:
            return "video/3gpp2"
        if candidates & {b"crx "}:
            return "image/x-canon-cr3"
        if candidates & {b"jp2 "}:
            return "image/jp2"
    return "video/mp4"


def _ebml(head: bytes) -> str:
    """Matroska or WebM, from the DocType element (ID 0x4282) of the EBML header."""
    pos = head.find(b"\x42\x82", 4, 64)
    if pos >= 0 and pos + 3 <= len(head):
        first = head[pos + 2]
        width = 8 - first.bit_length() + 1 if first else 0
        if 1 <= width <= 8 and pos + 2 + width <= len(head):
            size = int.from_bytes(head[pos + 2 : pos + 2 + width], "big") & ((1 << (7 * width)) - 1)
            doctype = head[pos + 2 + width : pos + 2 + width + size].rstrip(b"\x00")
            if doctype == b"webm":
                return "video/webm"
            if doctype == b"matroska":
                return "video/x-matroska"
    return "video/x-matroska"


def _ogg(head: bytes) -> str:
    """The codec of the first logical stream decides audio or video."""
    if len(head) >= 27:
        packet = head[27 + head[26] :]
        if packet.startswith(b"\x80theora"):
            return "video/ogg"
        if packet.startswith((b"OpusHead", b"\x01vorbis", b"\x7fFLAC", b"Speex   ")):
            return "audio/ogg"
    return "application/ogg"


def _after_id3(head: bytes) -> str:
    """An ID3v2 tag usually precedes MP3 audio, sometimes FLAC or AAC."""
    s = head[6:10]
    size = (s[0] & 0x7F) << 21 | (s[1] & 0x7F) << 14 | (s[2] & 0x7F) << 7 | (s[3] & 0x7F)
    after = head[10 + size + (10 if head[5] & 0x10 else 0) :]
    if after.startswith(b"fLaC"):
        return "audio/flac"
    if _is_adts(after):
        return "audio/aac"
    return "audio/mpeg"


def _zip(head: bytes) -> str:
    """ODF/EPUB name themselves in a stored first member "mimetype"; OOXML packages are told by member names."""
    if head.startswith(_ZIP_LOCAL) and len(head) >= 30:
        method, = struct.unpack("<H", head[8:10])  # fmt: skip
        csize, _usize, name_len, extra_len = struct.unpack("<IIHH", head[18:30])
        name = head[30 : 30 + name_len]
        if name == b"mimetype" and method == 0:
            start = 30 + name_len + extra_len
            value = head[start : start + min(csize, 200)]
            if re.fullmatch(rb"[a-z0-9.+-]+/[a-zA-Z0-9.+-]+", value):
                return value.decode("ascii")
    names = set()
    pos = head.find(_ZIP_LOCAL)
    while pos >= 0 and pos + 30 <= len(head):
        name_len = struct.unpack("<H", head[pos + 26 : pos + 28])[0]
        names.add(head[pos + 30 : pos + 30 + name_len].decode("cp437"))
        pos = head.find(_ZIP_LOCAL, pos + 4)
    for prefix, mime in _OOXML:
        if any(n.startswith(prefix) for n in names):
            return mime
    return "application/zip"


def _gzip(head: bytes) -> str:
    """A .warc.gz is a series of gzip members, usually one per record: the first holds a WARC record head."""
    try:
        inner = zlib.decompressobj(wbits=31).decompress(head, SNIFF_BYTES)
    except zlib.error:
        inner = b""
    return WARC_GZIP if inner.startswith(b"WARC/") and is_warc_head(inner) else "application/gzip"


_WARC_VERSION = re.compile(rb"WARC/1\.[01]\r?\n")
_WARC_FIELD = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\r\n]*")
_WARC_KEY_FIELDS = {b"warc-type", b"warc-record-id", b"warc-date", b"content-length"}


def is_warc_head(head: bytes) -> bool:
    """The (uncompressed) start of a WARC file: a ``WARC/1.0`` or ``WARC/1.1`` version line, then header lines
    of the form ``Name: value`` up to the blank line that ends the record header, among them one of the
    fields every record has (WARC-Type, WARC-Record-ID, WARC-Date, Content-Length). A header cut off by the
    end of ``head`` counts if what there is of it has that form. The block after the header is not looked at.
    """
    version = _WARC_VERSION.match(head)
    if version is None:
        return False
    ends = [head.find(b"\r\n\r\n", version.end() - 2), head.find(b"\n\n", version.end() - 1)]  # or bare LFs
    end = min((at for at in ends if at >= 0), default=-1)
    block = head[version.end() : end if end >= 0 else len(head)]
    lines = block.replace(b"\r\n", b"\n").split(b"\n")
    if end < 0:
        lines = lines[:-1]  # the last line may be cut
    seen: set[bytes] = set()
    for line in lines:
        if line[:1] in (b" ", b"\t") and seen:
            continue  # a continuation of the field before
        if not _WARC_FIELD.fullmatch(line):
            return False
        seen.add(line.split(b":", 1)[0].strip().lower())
    return bool(seen & _WARC_KEY_FIELDS)


def _is_bmp(head: bytes) -> bool:
    if len(head) < 18 or head[6:10] != b"\x00\x00\x00\x00":
        return False
    dib_size = struct.unpack("<I", head[14:18])[0]
    return dib_size in (12, 16, 40, 52, 56, 64, 108, 124)


# MPEG audio frame header tables: bitrates in kbit/s by (version is MPEG-1, layer), sample rates by version.
_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mpeg_frame_length(header: bytes) -> int | None:
    """Length in bytes of the MPEG audio frame starting with ``header`` (4 bytes), or None if it is not one."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version = (header[1] >> 3) & 3  # 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5, 1 = reserved
    layer = 4 - ((header[1] >> 1) & 3)  # 4 = reserved
    bitrate_index = header[2] >> 4
    rate_index = (header[2] >> 2) & 3
    if version == 1 or layer == 4 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version == 3
    bitrate = _BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = _SAMPLE_RATES[version][rate_index]
    padding = (header[2] >> 1) & 1
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    return (144 if mpeg1 or layer == 2 else 72) * bitrate // rate + padding


def _mpeg_audio(head: bytes) -> str | None:
    """MP3 without an ID3 tag, or AAC in ADTS frames: a frame header, and the next one where the head reaches."""
    if _is_adts(head):
        adts_length = ((head[3] & 3) << 11) | (head[4] << 3) | (head[5] >> 5)
        if adts_length >= 7 and (len(head) < adts_length + 7 or _is_adts(head[adts_length:])):
            return "audio/aac"
        return None
    length = _mpeg_frame_length(head[:4])
    if not length:
        return None
    if len(head) >= length + 4 and _mpeg_frame_length(head[length : length + 4]) is None:
        return None
    return "audio/mpeg"


def _is_adts(data: bytes) -> bool:
    """An AAC ADTS frame header: 12 sync bits, MPEG version bit free, layer 00."""
    return len(data) >= 7 and data[0] == 0xFF and data[1] & 0xF6 == 0xF0


# -- text-based formats ------------------------------------------------------------------------------------------

_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)
_XML_ROOT = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_XML_ROOTS = {
    "svg": "image/svg+xml",
    "html": "application/xhtml+xml",
    "kml": "application/vnd.google-earth.kml+xml",
    "gpx": "application/gpx+xml",
    "rss": "application/rss+xml",
    "feed": "application/atom+xml",
}
_JSON_START = re.compile(r"(\{\s*(\"|\})|\[\s*(\{|\[|\"|-?\d|true\b|false\b|null\b|\]))")
_MIME_VERSION = re.compile(r"^mime-version:", re.IGNORECASE | re.MULTILINE)


# Byte order marks, longest first: the UTF-32 LE mark (FF FE 00 00) starts with the UTF-16 LE one (FF FE).
_TEXT_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", 4),
    (b"\x00\x00\xfe\xff", "utf-32-be", 4),
    (b"\xff\xfe", "utf-16-le", 2),
    (b"\xfe\xff", "utf-16-be", 2),
)


def _decode(head: bytes) -> str | None:
    """The head as text if it is UTF-8 (a character cut at the end is fine) or UTF-16 or UTF-32 with a BOM."""
    for bom, codec, width in _TEXT_BOMS:
        if head.startswith(bom):
            text = _decode_wide(head[len(bom) :], codec, width)
            if text is not None or width == 2:
                return text
            # FF FE 00 00 that is not UTF-32: UTF-16 LE text whose first character is U+0000; tried next.
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 3 or err.reason != "unexpected end of data":
            return None
        text = head[: err.start].decode("utf-8")
    return text.lstrip("\ufeff")


def _decode_wide(body: bytes, codec: str, width: int) -> str | None:
    """UTF-16 or UTF-32 text after its BOM; a code unit or character cut at the end of the head is fine."""
    body = body[: len(body) // width * width]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as err:
        if err.start < len(body) - 4:
            return None
        text = body[: err.start].decode(codec)
    return text.lstrip("\ufeff")


def _mostly_printable(text: str) -> bool:
    if "\x00" in text:
        return False
    bad = sum(1 for ch in text if not ch.isprintable() and ch not in "\t\n\r\x0c\x1b\x08")
    return bad <= len(text) * 0.02


def _textual(head: bytes) -> str | None:
    text = _decode(head)
    if text is None or not text.strip() or not _mostly_printable(text):
        return None
    stripped = text.lstrip()
    if _MIME_VERSION.search(text) and "multipart/related" in text.lower():
        return "multipart/related"  # MHTML, a web page saved as one file
    uncommented = _COMMENT.sub("", stripped)  # pages saved by browsers start with "<!-- saved from url=...-->"
    if _HTML_START.match(uncommented):
        return "text/html"
    if stripped.startswith("<?xml"):
        return _xml(stripped)
    if _JSON_START.match(stripped) and _plausible_json(stripped):
        return "application/json"
    return "text/plain"


def _xml(text: str) -> str:
    body = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>[]*(\[.*?\])?\s*>", "", text, flags=re.DOTALL)
    root = _XML_ROOT.search(body)
    if root:
        return _XML_ROOTS.get(root.group(2).lower(), "application/xml")
    return "application/xml"


def _plausible_json(text: str) -> bool:
    """Parses as JSON, or (if the head was cut) what there is parses after its last complete value."""
    try:
        json.loads(text)
    except ValueError:
        pass
    else:
        return True
    # Cut text: drop the last (maybe partial) line, close open brackets, and try again.
    body = text.rsplit("\n", 1)[0].rstrip().rstrip(",")
    closers = []
    in_string = escape = False
    for ch in body:
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            closers.append("}" if ch == "{" else "]")
        elif ch in "}]" and closers:
            closers.pop()
    if in_string or body.endswith(":"):
        return False
    try:
        json.loads(body + "".join(reversed(closers)))
    except ValueError:
        return False
    return True


# -- labels -----------------------------------------------------------------------------------------------------

_LABELS = {
    "image/jpeg": N_("JPEG image"),
    "image/png": N_("PNG image"),
    "image/gif": N_("GIF image"),
    "image/webp": N_("WebP image"),
    "image/tiff": N_("TIFF image"),
    "image/heic": N_("HEIC image"),
    "image/heif": N_("HEIF image"),
    "image/avif": N_("AVIF image"),
    "image/bmp": N_("BMP image"),
    "image/jp2": N_("JPEG 2000 image"),
    "image/x-canon-cr3": N_("Canon raw image (CR3)"),
    "image/svg+xml": N_("SVG drawing"),
    "application/pdf": N_("PDF document"),
    "application/zip": N_("ZIP archive"),
    "application/gzip": N_("gzip-compressed file"),
    "application/x-7z-compressed": N_("7-Zip archive"),
    "application/vnd.rar": N_("RAR archive"),
    "application/epub+zip": N_("EPUB e-book"),
    "application/x-ole-storage": N_("legacy Microsoft Office file"),
    "application/rtf": N_("RTF document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": N_("Word document"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": N_("Excel spreadsheet"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": N_("PowerPoint presentation"),
    "application/vnd.oasis.opendocument.text": N_("OpenDocument text"),
    "application/vnd.oasis.opendocument.spreadsheet": N_("OpenDocument spreadsheet"),
    "application/vnd.oasis.opendocument.presentation": N_("OpenDocument presentation"),
    "video/mp4": N_("MP4 video"),
    "video/quicktime": N_("QuickTime video"),
    "video/3gpp": N_("3GP video"),
    "video/3gpp2": N_("3G2 video"),
    "video/x-msvideo": N_("AVI video"),
    "video/webm": N_("WebM video"),
    "video/x-matroska": N_("Matroska video"),
    "video/ogg": N_("Ogg video"),
    "audio/mp4": N_("MPEG-4 audio (M4A)"),
    "audio/mpeg": N_("MP3 audio"),
    "audio/aac": N_("AAC audio"),
    "audio/wav": N_("WAV audio"),
    "audio/ogg": N_("Ogg audio"),
    "application/ogg": N_("Ogg media"),
    "audio/flac": N_("FLAC audio"),
    "audio/amr": N_("AMR audio"),
    "audio/amr-wb": N_("AMR-WB audio"),
    "application/warc": N_("web archive (WARC)"),
    WARC_GZIP: N_("web archive (WARC, compressed)"),
    "multipart/related": N_("web page archive (MHTML)"),
    "text/html": N_("HTML page"),
    "application/xhtml+xml": N_("XHTML page"),
    "application/xml": N_("XML document"),
    "application/vnd.google-earth.kml+xml": N_("KML map data"),
    "application/gpx+xml": N_("GPX track"),
    "application/rss+xml": N_("RSS feed"),
    "application/atom+xml": N_("Atom feed"),
    "application/json": N_("JSON data"),
    "text/plain": N_("plain text"),
    OCTET_STREAM: N_("unrecognised binary data"),
}
_KINDS = {"image": N_("image"), "video": N_("video"), "audio": N_("audio"), "text": N_("text"), "application": "file"}


def describe_mime(mime: str) -> str:
    """A short label for people: "JPEG image", "PDF document", "web archive (WARC)": English text, marked for the
    catalogue (a phrase where it is made of parts), put into the reader's language where it is shown."""
    base = mime.split(";", 1)[0].strip().lower()
    if base in _LABELS:
        return _LABELS[base]
    major, _, minor = base.partition("/")
    kind = _KINDS.get(major)
    if kind and minor:
        return Phrase(N_("{kind} ({subtype})"), kind=Term(kind), subtype=minor.removeprefix("x-"))
    return Phrase(N_("file of type {mime}"), mime=mime) if mime else Phrase(N_("unknown type"))
