"""A public copy of a PDF: the same pages, without what identifies anyone outside their content.

Removed: the document information (author, title, software, dates) and every XMP stream; the trailer's /ID
(which ties the copy to the file it came from); all annotations — comments with their authors and dates,
highlights, links, form fields — and the interactive form; attached and associated files; scripts and
actions other than going to a page or opening a web address; page thumbnails, modification dates and
application private data; output intents and ICC colour profiles (a device's name and a date are in each
profile's header: colour spaces become the device space with the same number of components); and the
metadata inside page images stored as JPEG (EXIF with GPS and serials, XMP, IPTC, comments, colour profiles,
thumbnails), whose image data is kept byte for byte. The rewrite keeps only the objects the pages still use,
so earlier revisions and anything orphaned go too.

Refused (``NotCleanable``): encrypted PDFs, and PDFs with JPEG 2000 images (whose containers can carry
metadata hrdoc does not read). What the pages show — text, pictures, hidden layers — is the content, and
stays: an investigator redacts that in a working copy.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from typing import Any

from hrdoc.domain.marks import N_
from hrdoc.services.evidence.sanitize import NotCleanable, SanitizeError, SanitizeResult, _describe_exif

PDF_NOTE = "the pages themselves are unchanged: check their text and pictures (and any hidden layers) before publishing"

# The document catalog keeps only what shows the pages and finds one's way in them.
_CATALOG_KEEP = {
    "/Type", "/Pages", "/PageLabels", "/Names", "/Dests", "/ViewerPreferences", "/PageLayout", "/PageMode",
    "/Outlines", "/Lang", "/MarkInfo", "/StructTreeRoot", "/OCProperties", "/Version",
}  # fmt: skip
_CATALOG_NAMES = {
    "/Metadata": "PDF XMP metadata",
    "/AcroForm": "interactive form (field values and their authors)",
    "/OpenAction": "scripts and actions",
    "/AA": "scripts and actions",
    "/OutputIntents": "output intents (colour profiles naming a device and a date)",
    "/AF": "associated files",
    "/Collection": "attached files (portfolio)",
    "/SpiderInfo": "web capture information (addresses and times)",
    "/Threads": "article threads",
    "/PieceInfo": "application private data",
}
# Taken out of every dictionary in the file.
_EVERYWHERE = {
    "/Metadata": "XMP metadata (document, pages, images, fonts)",
    "/PieceInfo": "application private data",
    "/LastModified": "modification dates",
    "/Thumb": "page thumbnails",
    "/Annots": "annotations (comments with their authors and dates, highlights, links, form fields)",
    "/AF": "associated files",
    "/AA": "scripts and actions",
}
_SAFE_ACTIONS = {"/GoTo", "/URI", "/Named"}
_DEVICE_SPACES = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}


def clean_pdf(data: bytes) -> SanitizeResult:
    """The PDF rewritten without identifying data outside its pages' content. Raises ``SanitizeError``."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise NotCleanable(
                N_(
                    "an encrypted PDF: hrdoc cannot read all of it to clean it; export a PDF made from it "
                    "without encryption (print it to PDF) instead"
                )
            )
        removed: dict[str, None] = {}
        info = reader.trailer.get("/Info")
        if info is not None and len(info.get_object()) > 0:
            removed["PDF document information (author, title, software, dates)"] = None
        if "/ID" in reader.trailer:
            removed["PDF file identifier (/ID)"] = None
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        writer._ID = None  # pypdf copies the original's identifier otherwise
        _clean_catalog(writer.root_object, removed)
        for obj in _objects(writer.root_object):
            _clean_object(obj, removed)
        _drop_unreachable(writer)
        buffer = io.BytesIO()
        writer.write(buffer)
    except SanitizeError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf fails in many ways on damaged input; told as a SanitizeError
        raise SanitizeError(
            N_("damaged PDF: it could not be read and rewritten ({error_type})"), error_type=type(exc).__name__
        ) from None
    return SanitizeResult(data=buffer.getvalue(), removed=list(removed), note=PDF_NOTE)


def _drop_unreachable(writer: Any) -> None:
    """Free every object the document no longer reaches (the old /Info and XMP, attached files…): pypdf
    writes all the objects it holds, and its own clean-up keeps orphans that refer to one another."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    reached: set[int] = set()
    stack: list[Any] = [writer.root_object]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in reached:
                continue
            reached.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):  # streams included
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    reached.add(writer.root_object.indirect_reference.idnum)
    for index in range(len(writer._objects)):
        if index + 1 not in reached:
            writer._objects[index] = None


def _clean_catalog(root: Any, removed: dict[str, None]) -> None:
    from pypdf.generic import DictionaryObject, NameObject

    for key in list(root.keys()):
        if key not in _CATALOG_KEEP:
            del root[key]
            removed[_CATALOG_NAMES.get(key, f"document-level data ({key[1:]})")] = None
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        if set(names.keys()) - {"/Dests"}:
            if "/EmbeddedFiles" in names:
                removed["attached files"] = None
            if "/JavaScript" in names:
                removed["scripts and actions"] = None
            kept = {NameObject(k): v for k, v in names.items() if k == "/Dests"}
            if kept:
                root[NameObject("/Names")] = DictionaryObject(kept)
            else:
                del root["/Names"]


def _objects(root: Any) -> Iterator[Any]:
    """Every dictionary and array reachable from ``root``, each once (an explicit stack: outlines and page
    trees can be deeper than Python's recursion allows)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    seen: set[int] = set()
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = item.idnum
            item = item.get_object()
            if key in seen:
                continue
            seen.add(key)
        if isinstance(item, DictionaryObject):
            yield item
            stack.extend(v for k, v in item.items() if k not in ("/Parent", "/P"))
        elif isinstance(item, ArrayObject):
            yield item
            stack.extend(item)


def _clean_object(obj: Any, removed: dict[str, None]) -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

    if isinstance(obj, ArrayObject):
        for index, value in enumerate(obj):
            device = _device_space(value)
            if device is not None:
                obj[index] = NameObject(device)
                removed["ICC colour profiles (they name a device and a date)"] = None
        return
    assert isinstance(obj, DictionaryObject)
    for key, name in _EVERYWHERE.items():
        if key in obj:
            del obj[key]
            removed[name] = None
    action = obj.get("/A")
    if action is not None and action.get_object().get("/S") not in _SAFE_ACTIONS:
        del obj["/A"]
        removed["scripts and actions"] = None
    for key, value in list(obj.items()):
        device = _device_space(value)
        if device is not None:
            obj[NameObject(key)] = NameObject(device)
            removed["ICC colour profiles (they name a device and a date)"] = None
    if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
        _clean_image(obj, removed)


def _device_space(value: Any) -> str | None:
    """For an ICC-based colour space ``[/ICCBased stream]``, the device space that replaces it."""
    from pypdf.generic import ArrayObject

    space = value.get_object() if value is not None else None
    if isinstance(space, ArrayObject) and len(space) == 2 and space[0] == "/ICCBased":
        components = int(space[1].get_object().get("/N", 3))
        return _DEVICE_SPACES.get(components, "/DeviceRGB")
    return None


def _clean_image(image: Any, removed: dict[str, None]) -> None:
    from pypdf.generic import NameObject

    filters = image.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)] if filters else []
    if "/JPXDecode" in names:
        raise NotCleanable(
            N_(
                "a PDF with JPEG 2000 images: their containers can carry metadata hrdoc does not "
                "read; export a PDF made from it with another image format (print it to PDF) instead"
            )
        )
    if names and names[-1] == "/DCTDecode":
        jpeg = image.get_data() if len(names) > 1 else image._data
        cleaned = strip_jpeg(bytes(jpeg))
        if cleaned.removed or len(names) > 1:
            image._data = cleaned.data
            image[NameObject("/Filter")] = NameObject("/DCTDecode")
            if "/DecodeParms" in image:
                del image["/DecodeParms"]
            removed.update(dict.fromkeys(f"page image {item}" for item in cleaned.removed))


# -- JPEG streams --------------------------------------------------------------------------------------------------

_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
_APP0, _APP1, _APP2, _APP13, _APP14, _COM = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RSTn carry no length


def strip_jpeg(data: bytes) -> SanitizeResult:
    """Drop metadata segments; copy every other segment and all entropy-coded data byte for byte.

    Kept: JFIF APP0 (its thumbnail fields zeroed), APP14 Adobe (colour transform), and all coding segments
    (SOFn, DQT, DHT, DRI, SOS...). Dropped: APP1 (EXIF, XMP), APP2 (colour profile, MPF, FlashPix),
    APP3-APP13 and APP15 (IPTC, Photoshop, maker data), COM, and anything after the end-of-image marker
    (the secondary images of MPF, appended motion-photo videos).
    """
    if not data.startswith(b"\xff\xd8"):
        raise SanitizeError(N_("not a JPEG image: it does not start with the JPEG start-of-image marker"))
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
        code, pos = _marker(data, pos)
        if code == _EOI:
            out += b"\xff\xd9"
            if pos < end:
                removed["data after the end of the image (secondary images, appended video or other data)"] = None
            break
        if code in _STANDALONE:
            out += bytes((0xFF, code))
            continue
        if pos + 2 > end:
            raise SanitizeError(N_("damaged JPEG: it ends inside a segment header"))
        length = struct.unpack(">H", data[pos : pos + 2])[0]
        if length < 2 or pos + length > end:
            raise SanitizeError(
                N_("damaged JPEG: segment at byte {offset} runs past the end of the file"), offset=pos - 2
            )
        payload = data[pos + 2 : pos + length]
        segment = data[pos - 2 : pos + length]
        pos += length
        out += _kept_segment(_jpeg_segment(code, payload), segment, removed)
        if code == _SOS:
            # Entropy-coded data up to the next marker that is not a stuffed byte (FF00) or a restart (FFD0-D7).
            scan_end = _scan_end(data, pos)
            out += data[pos:scan_end]
            pos = scan_end
    note = "; ".join(notes)
    return SanitizeResult(data=bytes(out), removed=list(removed), note=note)


def _marker(data: bytes, pos: int) -> tuple[int, int]:
    """The code of the marker at ``pos`` (0xFF, any fill bytes 0xFF, then the code) and the position after it."""
    end = len(data)
    if data[pos] != 0xFF:
        raise SanitizeError(N_("damaged JPEG: expected a marker at byte {pos}"), pos=pos)
    while pos < end and data[pos] == 0xFF:
        pos += 1
    if pos >= end:
        raise SanitizeError(N_("damaged JPEG: it ends inside a marker"))
    return data[pos], pos + 1


def _kept_segment(verdict: bytes | list[str] | None, segment: bytes, removed: dict[str, None]) -> bytes:
    """What of ``segment`` goes to the output, given :func:`_jpeg_segment`'s verdict; what is removed is noted."""
    if verdict is None:
        return segment
    if isinstance(verdict, bytes):
        removed["JFIF thumbnail"] = None
        return verdict
    for item in verdict:
        removed[item] = None
    return b""


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
        return _app0(payload)
    if code == _APP1:
        return _app1(payload)
    if code == _APP2:
        return _app2(payload)
    if code == _APP13:
        return ["IPTC/Photoshop data (captions, names, places)"]
    if code == _APP14 and payload.startswith(b"Adobe"):
        return None
    if 0xE3 <= code <= 0xEF:
        return [f"application segment APP{code - 0xE0} ({_label(payload)})"]
    if code == _COM:
        return ["comments"]
    return None


def _app0(payload: bytes) -> bytes | list[str] | None:
    """JFIF is kept, its thumbnail dropped; any other APP0 (a JFIF extension thumbnail…) is removed."""
    if payload.startswith(b"JFIF\x00") and len(payload) >= 14:
        if payload[12:14] == b"\x00\x00" and len(payload) == 14:
            return None
        body = payload[:12] + b"\x00\x00"  # the same header without its thumbnail
        return b"\xff\xe0" + struct.pack(">H", len(body) + 2) + body
    if payload.startswith(b"JFXX\x00"):
        return ["JFIF extension thumbnail"]
    return [f"application segment APP0 ({_label(payload)})"]


def _app1(payload: bytes) -> list[str]:
    if payload.startswith(b"Exif\x00"):
        return _describe_exif(payload[6:])
    if payload.startswith(b"http://ns.adobe.com/xap/1.0/"):
        return ["XMP"]
    if payload.startswith(b"http://ns.adobe.com/xmp/extension/"):
        return ["XMP (extended)"]
    return [f"application segment APP1 ({_label(payload)})"]


def _app2(payload: bytes) -> list[str]:
    if payload.startswith(b"ICC_PROFILE\x00"):
        return ["colour profile"]  # in a PDF the image's colour space says how to show it
    if payload.startswith(b"MPF\x00"):
        return ["MPF index of embedded images (thumbnails, previews)"]
    if payload.startswith(b"FPXR\x00"):
        return ["FlashPix data (may hold a preview image)"]
    return [f"application segment APP2 ({_label(payload)})"]


def _label(payload: bytes) -> str:
    name = payload.split(b"\x00", 1)[0][:24]
    text = name.decode("latin-1") if name else ""
    return text if text and text.isprintable() else "unnamed"
