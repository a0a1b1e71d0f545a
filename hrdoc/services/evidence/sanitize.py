"""A copy of an item of evidence fit to publish: the same picture or document, without what identifies its maker.

Camera serial numbers, GPS positions, author names and embedded thumbnails (which may show the picture
before it was cropped) can expose a witness. ``sanitize_for_public`` removes them from JPEG, PNG and WebP
images at the byte level, so the pixels stay exactly as captured, and from a PDF's document information and
XMP. The original in the vault is never touched; this makes a separate copy for release.

Formats it cannot clean come back unchanged, with ``note`` saying so. Damaged input raises ``SanitizeError``.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

from hrdoc.services.evidence.metadata import exif_fields


class SanitizeError(ValueError):
    """The file could not be cleaned (it is damaged or not what its type says). ``str(err)`` is for the user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "the file could not be cleaned"


@dataclass
class SanitizeResult:
    data: bytes  # the cleaned copy (the input itself when nothing was removed)
    removed: list[str] = field(default_factory=list)  # what was removed, for people
    unchanged: bool = False  # the copy is byte-for-byte the input (nothing found, or format not supported)
    note: str = ""  # what was not cleaned, and why
    supported: bool = True  # False: the format is not one this module cleans; ``data`` is the input as it was


def sanitize_for_public(data: bytes, mime: str) -> SanitizeResult:
    """``data`` (of content type ``mime``) without identifying metadata. Raises ``SanitizeError`` if damaged."""
    mime = mime.split(";", 1)[0].strip().lower()
    cleaner = _CLEANERS.get(mime)
    if cleaner is None:
        return SanitizeResult(data=data, unchanged=True, note=_unsupported_note(mime), supported=False)
    result = cleaner(bytes(data))
    result.unchanged = result.data == data
    if result.unchanged:
        result.data = data
    return result


def _unsupported_note(mime: str) -> str:
    if mime.startswith(("video/", "audio/")) or mime == "application/ogg":
        return "video/audio metadata not removed: format not supported (recording device, time and place may remain)"
    if mime.startswith("image/"):
        return f"image metadata not removed: {mime} is not supported (EXIF, GPS and camera serials may remain)"
    return f"metadata not removed: {mime or 'this format'} is not supported"


# -- JPEG ----------------------------------------------------------------------------------------------------------

_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
_APP0, _APP1, _APP2, _APP13, _APP14, _COM = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RSTn carry no length


def _jpeg(data: bytes) -> SanitizeResult:
    """Drop metadata segments; copy every other segment and all entropy-coded data byte for byte.

    Kept: JFIF APP0 (its thumbnail fields zeroed), APP2 ICC_PROFILE (colours), APP14 Adobe (colour transform),
    and all coding segments (SOFn, DQT, DHT, DRI, SOS...). Dropped: APP1 (EXIF, XMP), other APP2 (MPF, FlashPix),
    APP3-APP13 and APP15 (IPTC, Photoshop, maker data), COM, and anything after the end-of-image marker
    (the secondary images of MPF, appended motion-photo videos).
    """
    if not data.startswith(b"\xff\xd8"):
        raise SanitizeError("not a JPEG image: it does not start with the JPEG start-of-image marker")
    out = bytearray(b"\xff\xd8")
    removed: dict[str, None] = {}  # ordered set
    notes: list[str] = []
    pos = 2
    end = len(data)
    while True:
        # A marker: 0xFF (fill bytes allowed), then a code.
        if pos >= end:
            notes.append("the image data is truncated (no end-of-image marker)")
            break
        if data[pos] != 0xFF:
            raise SanitizeError(f"damaged JPEG: expected a marker at byte {pos}")
        while pos < end and data[pos] == 0xFF:
            pos += 1
        if pos >= end:
            raise SanitizeError("damaged JPEG: it ends inside a marker")
        code = data[pos]
        pos += 1
        if code == _EOI:
            out += b"\xff\xd9"
            if pos < end:
                removed["data after the end of the image (secondary images, appended video or other data)"] = None
            break
        if code in _STANDALONE:
            out += bytes((0xFF, code))
            continue
        if pos + 2 > end:
            raise SanitizeError("damaged JPEG: it ends inside a segment header")
        length = struct.unpack(">H", data[pos : pos + 2])[0]
        if length < 2 or pos + length > end:
            raise SanitizeError(f"damaged JPEG: segment at byte {pos - 2} runs past the end of the file")
        payload = data[pos + 2 : pos + length]
        segment = data[pos - 2 : pos + length]
        pos += length
        verdict = _jpeg_segment(code, payload)
        if verdict is None:
            out += segment
        elif isinstance(verdict, bytes):
            out += verdict
            removed["JFIF thumbnail"] = None
        else:
            for item in verdict:
                removed[item] = None
        if code == _SOS:
            # Entropy-coded data up to the next marker that is not a stuffed byte (FF00) or a restart (FFD0-D7).
            scan_end = _scan_end(data, pos)
            out += data[pos:scan_end]
            pos = scan_end
    note = "; ".join(notes)
    return SanitizeResult(data=bytes(out), removed=list(removed), note=note)


def _scan_end(data: bytes, pos: int) -> int:
    end = len(data)
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= end:
            return end
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            pos += 2
        elif following == 0xFF:
            pos += 1  # fill byte before a marker
        else:
            return pos


def _jpeg_segment(code: int, payload: bytes) -> bytes | list[str] | None:
    """None to keep the segment, replacement bytes, or the list of what removing it removes."""
    if code == _APP0:
        if payload.startswith(b"JFIF\x00") and len(payload) >= 14:
            if payload[12:14] == b"\x00\x00" and len(payload) == 14:
                return None
            body = payload[:12] + b"\x00\x00"  # the same header without its thumbnail
            return b"\xff\xe0" + struct.pack(">H", len(body) + 2) + body
        if payload.startswith(b"JFXX\x00"):
            return ["JFIF extension thumbnail"]
        return [f"application segment APP0 ({_label(payload)})"]
    if code == _APP1:
        if payload.startswith(b"Exif\x00"):
            return _describe_exif(payload[6:])
        if payload.startswith(b"http://ns.adobe.com/xap/1.0/"):
            return ["XMP"]
        if payload.startswith(b"http://ns.adobe.com/xmp/extension/"):
            return ["XMP (extended)"]
        return [f"application segment APP1 ({_label(payload)})"]
    if code == _APP2:
        if payload.startswith(b"ICC_PROFILE\x00"):
            return None
        if payload.startswith(b"MPF\x00"):
            return ["MPF index of embedded images (thumbnails, previews)"]
        if payload.startswith(b"FPXR\x00"):
            return ["FlashPix data (may hold a preview image)"]
        return [f"application segment APP2 ({_label(payload)})"]
    if code == _APP13:
        return ["IPTC/Photoshop data (captions, names, places)"]
    if code == _APP14 and payload.startswith(b"Adobe"):
        return None
    if 0xE3 <= code <= 0xEF:
        return [f"application segment APP{code - 0xE0} ({_label(payload)})"]
    if code == _COM:
        return ["comments"]
    return None


def _label(payload: bytes) -> str:
    name = payload.split(b"\x00", 1)[0][:24]
    text = name.decode("latin-1") if name else ""
    return text if text and text.isprintable() else "unnamed"


def _describe_exif(tiff: bytes) -> list[str]:
    """Name what an EXIF block held, so people know what the public copy no longer carries."""
    found = exif_fields(tiff)
    if "error" in found:
        return ["EXIF"]  # unreadable, but removed all the same
    held = [name for key, name in (("camera", "camera"), ("gps", "GPS position"), ("captured_at", "capture time"))
            if key in found]  # fmt: skip
    if "serial" in found.get("camera", {}):
        held.append("serial numbers")
    items = [f"EXIF ({', '.join(held)})" if held else "EXIF"]
    if found.get("has_thumbnail"):
        items.append("embedded thumbnail")
    if found.get("orientation", 1) != 1:
        items.append("orientation tag (the image may display rotated)")
    return items


# -- PNG -----------------------------------------------------------------------------------------------------------

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Ancillary chunks that say how to show the pixels and nothing about who made them.
_PNG_KEEP = {
    b"iCCP", b"sRGB", b"gAMA", b"cHRM", b"sBIT", b"cICP", b"mDCv", b"cLLi", b"pHYs", b"tRNS", b"bKGD", b"hIST",
    b"sPLT", b"acTL", b"fcTL", b"fdAT",
}  # fmt: skip
_PNG_NAMES = {b"tIME": "modification time"}


def _png(data: bytes) -> SanitizeResult:
    """Keep critical chunks and the display ones in ``_PNG_KEEP``; drop text, EXIF, time and anything else."""
    if not data.startswith(_PNG_SIGNATURE):
        raise SanitizeError("not a PNG image: the PNG signature is missing")
    out = bytearray(_PNG_SIGNATURE)
    removed: dict[str, None] = {}
    text_keys: dict[str, None] = {}
    pos = len(_PNG_SIGNATURE)
    seen_end = False
    while pos < len(data):
        if pos + 12 > len(data):
            raise SanitizeError("damaged PNG: it ends inside a chunk header")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk_end = pos + 12 + length
        if not kind.isalpha():
            raise SanitizeError(f"damaged PNG: invalid chunk at byte {pos}")
        if chunk_end > len(data):
            raise SanitizeError(f"damaged PNG: chunk at byte {pos} runs past the end of the file")
        critical = kind[:1].isupper()
        if critical or kind in _PNG_KEEP:
            out += data[pos:chunk_end]
        else:
            if kind in (b"tEXt", b"zTXt", b"iTXt"):
                keyword = data[pos + 8 : pos + 8 + min(length, 80)].split(b"\x00", 1)[0].decode("latin-1")
                if keyword == "XML:com.adobe.xmp":
                    removed["XMP"] = None
                else:
                    text_keys[keyword or "unnamed"] = None
            elif kind == b"eXIf":
                removed.update(dict.fromkeys(_describe_exif(data[pos + 8 : pos + 8 + length])))
            else:
                removed[_PNG_NAMES.get(kind, f"chunk {kind.decode('ascii')}")] = None
        pos = chunk_end
        if kind == b"IEND":
            seen_end = True
            break
    if not seen_end:
        raise SanitizeError("damaged PNG: no end chunk (IEND)")
    if pos < len(data):
        removed["data after the end of the image"] = None
    if text_keys:
        removed[f"text chunks ({', '.join(text_keys)})"] = None
    return SanitizeResult(data=bytes(out), removed=list(removed))


# -- WebP ----------------------------------------------------------------------------------------------------------

_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def _webp(data: bytes) -> SanitizeResult:
    """Drop the EXIF and XMP chunks of the RIFF container, clear their VP8X flags and fix the RIFF size."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise SanitizeError("not a WebP image: the RIFF/WEBP header is missing")
    riff_end = 8 + struct.unpack("<I", data[4:8])[0]
    if riff_end > len(data):
        raise SanitizeError("damaged WebP: the file is shorter than its header says")
    chunks = bytearray()
    removed: dict[str, None] = {}
    pos = 12
    while pos < riff_end:
        if pos + 8 > riff_end:
            raise SanitizeError("damaged WebP: it ends inside a chunk header")
        kind, size = struct.unpack("<4sI", data[pos : pos + 8])
        chunk_end = pos + 8 + size + (size & 1)
        if pos + 8 + size > riff_end:
            raise SanitizeError(f"damaged WebP: chunk at byte {pos} runs past the end of the file")
        chunk = data[pos:chunk_end]
        if kind == b"EXIF":
            removed.update(dict.fromkeys(_describe_exif(_exif_tiff(data[pos + 8 : pos + 8 + size]))))
        elif kind == b"XMP ":
            removed["XMP"] = None
        elif kind == b"VP8X" and size >= 10:
            flags = chunk[8] & ~(_VP8X_EXIF | _VP8X_XMP)
            chunks += chunk[:8] + bytes((flags,)) + chunk[9:]
        else:
            chunks += chunk
        pos = chunk_end
    if riff_end < len(data):
        removed["data after the end of the image"] = None
    out = b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + bytes(chunks)
    return SanitizeResult(data=out, removed=list(removed))


def _exif_tiff(payload: bytes) -> bytes:
    """The TIFF structure of a WebP EXIF chunk (some writers prefix it with "Exif\\0\\0")."""
    return payload[6:] if payload.startswith(b"Exif\x00\x00") else payload


# -- PDF -----------------------------------------------------------------------------------------------------------

_PDF_NOTE = (
    "PDFs can carry names and places elsewhere (annotations and comments, form fields, embedded files, "
    "the metadata of images inside the pages, the text itself); these were not examined."
)


def _pdf(data: bytes) -> SanitizeResult:
    """Rewrite the PDF without its document information, its XMP and per-page metadata and private data."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            note = "PDF metadata not removed: the PDF is encrypted. " + _PDF_NOTE
            return SanitizeResult(data=data, unchanged=True, note=note, supported=False)
        removed: dict[str, None] = {}
        info = reader.trailer.get("/Info")
        if info is not None and len(info.get_object()) > 0:
            removed["PDF document information (author, title, software, dates)"] = None
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        root = writer.root_object
        if NameObject("/Metadata") in root:
            del root[NameObject("/Metadata")]
            removed["PDF XMP metadata"] = None
        if NameObject("/PieceInfo") in root:
            del root[NameObject("/PieceInfo")]
            removed["PDF application private data"] = None
        for page in writer.pages:
            for key, label in (
                ("/Metadata", "page XMP metadata"),
                ("/PieceInfo", "application private data"),
                ("/Thumb", "page thumbnails"),
            ):
                if NameObject(key) in page:
                    del page[NameObject(key)]
                    removed[f"PDF {label}"] = None
        writer.compress_identical_objects()  # also drops the objects no longer referenced (old /Info, XMP)
        buffer = io.BytesIO()
        writer.write(buffer)
    except SanitizeError:
        raise
    except Exception as exc:  # pypdf fails in many ways on damaged input
        raise SanitizeError(f"damaged PDF: it could not be read and rewritten ({type(exc).__name__})") from None
    return SanitizeResult(data=buffer.getvalue(), removed=list(removed), note=_PDF_NOTE)


_CLEANERS = {
    "image/jpeg": _jpeg,
    "image/png": _png,
    "image/webp": _webp,
    "application/pdf": _pdf,
}
