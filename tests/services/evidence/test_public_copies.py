"""A public copy of an evidence file is either clean of whatever identifies a place, a person, a device or a
time, or refused in one line with nothing written. Partners and the team get the evidentiary original.

Each sample is a real file with identifying metadata planted everywhere its format can carry it: EXIF (GPS,
camera serial, artist, capture time), XMP, an ICC colour profile naming a device and a date, a PNG palette
with a free-text name; a PDF's document information, XMP, trailer /ID, an annotation's author, an attached
photo, a page image with its camera EXIF; a GPS-tagged photo inside a saved web page and an e-mail.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import struct
import subprocess
import uuid
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from hrdoc.domain.enums import Visibility
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience, files_cleaned
from tests.cli.test_cli import Run, _env, assert_one_line_error, run
from tests.helpers import PASSPHRASE, make_case
from tests.services.evidence import samples

NAME = "Amina-Witness-Q7"  # a person (artist, author, annotation author, sender)
SERIAL = "SN-CAM-884213"  # a device
MAKE, MODEL = "HRDocCam", "FieldPro-X9"
DEVICE_MAKER, DEVICE_MODEL = "QZMK", "QZMD"  # ICC header signatures (4 bytes each)
PROFILE_TEXT = "ProfileOfDevice-QZ"  # ICC device manufacturer/model descriptions
PALETTE_NAME = "palette-of-Amina-Q7"
SENDER = "amina.q7@example.org"
SENDER_IP = "198.51.100.77"
DOC_ID = b"DOCID-Q7-0123456"
WHEN = "2025:03:14 09:26:53"
PDF_WHEN = "D:20250314092653"
MARKERS = (NAME, SERIAL, MAKE, MODEL, DEVICE_MAKER, DEVICE_MODEL, PROFILE_TEXT, PALETTE_NAME, SENDER, SENDER_IP,
           DOC_ID.decode(), WHEN, PDF_WHEN)  # fmt: skip

# exiftool tag names (group:name, -G1) that must not survive, whatever their value.
FORBIDDEN_TAGS = ("gps", "serial", "artist", "author", "creator", "make", "model", "device", "date", "time",
                  "owner", "comment", "description", "copyright", "software", "producer", "lens")  # fmt: skip
# The tags a TIFF needs to hold its picture: size, samples, strips, compression, resolution.
TIFF_STRUCTURE = {256, 257, 258, 259, 262, 273, 277, 278, 279, 282, 283, 284, 296, 317, 320, 338, 339}
# Groups exiftool fills about the copy itself (its name, size and modification time on this disk).
SYSTEM_GROUPS = {"System", "ExifTool", "File", "SourceFile"}


__all__ = ["_env", "run"]  # fixtures, imported for pytest

# -- samples -------------------------------------------------------------------------------------------------------


def _exif() -> bytes:
    exif = samples.camera_exif(make=MAKE, model=MODEL, serial=SERIAL, when=WHEN, marker=NAME, software="Fw 1.2")
    exif[0x8298] = f"(c) {NAME}"  # Copyright
    exif[0x0132] = WHEN  # DateTime
    data: bytes = exif.tobytes()
    return data


def _mluc(text: str) -> bytes:
    body = text.encode("utf-16-be")
    return b"mluc\x00\x00\x00\x00" + struct.pack(">II", 1, 12) + b"enUS" + struct.pack(">II", len(body), 28) + body


def device_icc() -> bytes:
    """An sRGB profile as a device maker writes one: its header names the device and a creation date, and it
    carries device manufacturer and model descriptions."""
    base = samples.icc_srgb()
    count = struct.unpack(">I", base[128:132])[0]
    tags = [base[132 + 12 * i : 144 + 12 * i] for i in range(count)]
    table = [(t[:4], *struct.unpack(">II", t[4:])) for t in tags]
    extra = [(b"dmnd", _mluc(PROFILE_TEXT + "-maker")), (b"dmdd", _mluc(PROFILE_TEXT + "-model"))]
    new_count = count + len(extra)
    shift = 12 * len(extra)
    data_start = 132 + 12 * new_count
    body = bytearray(base[132 + 12 * count :])
    entries = [(sig, offset + shift, size) for sig, offset, size in table]
    for sig, blob in extra:
        while (data_start + len(body)) % 4:
            body += b"\x00"
        entries.append((sig, data_start + len(body), len(blob)))
        body += blob
    header = bytearray(base[:128])
    header[24:36] = struct.pack(">6H", 2025, 3, 14, 9, 26, 53)
    header[48:52] = DEVICE_MAKER.encode()
    header[52:56] = DEVICE_MODEL.encode()
    header[84:100] = b"\x00" * 16  # no profile ID (it would no longer match)
    table_bytes = struct.pack(">I", new_count) + b"".join(struct.pack(">4sII", *e) for e in entries)
    profile = header + table_bytes + body
    profile[0:4] = struct.pack(">I", len(profile))
    return bytes(profile)


def jpeg() -> bytes:
    return samples.insert_jpeg_segments(
        _pillow("JPEG", quality=90, exif=_exif(), icc_profile=device_icc()),
        [samples._segment(0xFE, NAME.encode())],
    )


def _pillow(fmt: str, image: Image.Image | None = None, **options: object) -> bytes:
    out = io.BytesIO()
    (image or samples.picture((48, 32))).save(out, fmt, **options)
    return out.getvalue()


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png(mode: str = "RGB") -> bytes:
    """A PNG with text chunks, EXIF, a device ICC profile, a modification time and a named palette (sPLT)."""
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", NAME)
    info.add_itxt("Description", f"photographed by {NAME}", zip=True)
    info.add(b"tIME", struct.pack(">HBBBBB", 2025, 3, 14, 9, 26, 53))
    image = samples.picture((48, 32)).convert(mode)
    data = _pillow("PNG", image, pnginfo=info, exif=_exif(), icc_profile=device_icc())
    splt = _png_chunk(b"sPLT", PALETTE_NAME.encode() + b"\x00\x08" + b"\x10\x20\x30\xff\x00\x01")
    ihdr_end = 8 + 25
    return data[:ihdr_end] + splt + data[ihdr_end:]


def webp() -> bytes:
    return _pillow("WEBP", quality=90, exif=_exif(), icc_profile=device_icc(), xmp=samples._xmp(NAME))


def tiff() -> bytes:
    from PIL.TiffImagePlugin import ImageFileDirectory_v2

    ifd = ImageFileDirectory_v2()
    ifd[315] = NAME  # Artist
    ifd[306] = WHEN  # DateTime
    ifd[305] = "Fw 1.2"  # Software
    return _pillow("TIFF", exif=_exif(), icc_profile=device_icc(), tiffinfo=ifd)


def gif() -> bytes:
    return _pillow("GIF", samples.picture((48, 32)).convert("P"), comment=f"taken by {NAME} on {WHEN}")


def pdf() -> bytes:
    """A one-page PDF: document information and XMP naming the author, a trailer /ID, a page image that is a
    camera JPEG (EXIF and device ICC profile inside its stream), a colour space with the device profile, a
    comment annotation by the author, and an attached GPS-tagged photo."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    icc = StreamObject()
    icc._data = device_icc()
    icc[NameObject("/N")] = NumberObject(3)
    image = StreamObject()
    image._data = jpeg()
    image.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(48),
        NameObject("/Height"): NumberObject(32),
        NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/ColorSpace"): ArrayObject([NameObject("/ICCBased"), writer._add_object(icc)]),
        NameObject("/Filter"): NameObject("/DCTDecode"),
    })  # fmt: skip
    resources = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    })  # fmt: skip
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data(b"q 96 0 0 64 20 20 cm /Im0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/LastModified")] = TextStringObject(PDF_WHEN)
    note = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([FloatObject(10), FloatObject(10), FloatObject(30), FloatObject(30)]),
        NameObject("/T"): TextStringObject(NAME),
        NameObject("/Contents"): TextStringObject(f"checked by {NAME}"),
        NameObject("/M"): TextStringObject(PDF_WHEN),
    })  # fmt: skip
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    writer.add_attachment("IMG_0042.jpg", samples.jpeg_with_gps(serial=SERIAL, marker=NAME))
    writer.add_metadata({"/Author": NAME, "/Creator": MODEL, "/CreationDate": PDF_WHEN, "/ModDate": PDF_WHEN})
    writer.xmp_metadata = samples._xmp(NAME)
    writer._ID = ArrayObject([ByteStringObject(DOC_ID), ByteStringObject(DOC_ID)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _b64_lines(data: bytes) -> str:
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def mhtml() -> bytes:
    """A page saved by a browser as MHTML, with a GPS-tagged photo in it."""
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/post\r\n"
        "Subject: post\r\nDate: Fri, 14 Mar 2025 09:26:53 -0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----b"\r\n\r\n'
        "------b\r\nContent-Type: text/html\r\nContent-Location: https://example.org/post\r\n\r\n"
        '<html><body><img src="https://example.org/p.jpg"></body></html>\r\n'
        "------b\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://example.org/p.jpg\r\n\r\n{_b64_lines(jpeg())}\r\n------b--\r\n"
    ).encode()


def singlefile_html() -> bytes:
    """A page saved by SingleFile: one HTML file, its photo inlined as a data: URL."""
    return (
        "<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://example.org/post \n"
        f" saved date: Fri Mar 14 2025 09:26:53 GMT+0000\n--><head><meta charset=utf-8></head><body>"
        f'<img src="data:image/jpeg;base64,{base64.b64encode(jpeg()).decode()}"></body></html>'
    ).encode()


def eml() -> bytes:
    """An e-mail: the sender's address, the network address it was sent from, a GPS-tagged photo attached."""
    return (
        f"Received: from [{SENDER_IP}] by mx.example.net; Fri, 14 Mar 2025 09:26:53 +0000\r\n"
        f"From: {NAME} <{SENDER}>\r\nTo: desk@example.net\r\nSubject: photos\r\n"
        "Date: Fri, 14 Mar 2025 09:26:53 +0000\r\nMessage-ID: <q7@example.org>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n'
        '--b\r\nContent-Type: image/jpeg; name="p.jpg"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        f"{_b64_lines(jpeg())}\r\n--b--\r\n"
    ).encode()


def text() -> bytes:
    return f"Statement taken from {NAME} ({SENDER}) on {WHEN}.\n".encode()


CLEANED: dict[str, Callable[[], bytes]] = {
    "photo.jpg": jpeg, "photo.png": png, "palette.png": lambda: png("P"), "photo.webp": webp,
    "scan.tiff": tiff, "anim.gif": gif, "statement.pdf": pdf,
}  # fmt: skip
REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {
    "page.mhtml": (mhtml, "saved web page"),
    "page.html": (singlefile_html, "saved web page"),
    "message.eml": (eml, "text"),
    "notes.txt": (text, "text"),
    "capture.warc": (lambda: samples.warc_record(body=singlefile_html()), "web capture"),
    "call.wav": (lambda: samples.wav_seconds(0.5), "audio"),
    "report.docx": (samples.docx_bytes, "office document"),
}


# -- checks --------------------------------------------------------------------------------------------------------


def _forms(marker: str) -> Iterator[bytes]:
    raw = marker.encode()
    yield raw
    yield marker.encode("utf-16-be")
    yield marker.encode("utf-16-le")
    yield raw.hex().encode()
    yield raw.hex().upper().encode()
    yield base64.b64encode(raw)[:-4] if len(raw) > 6 else raw


def _pdf_views(data: bytes, tmp_path: Path) -> list[bytes]:
    """The PDF's bytes, every stream decoded by pypdf, and qpdf's uncompressed rewrite (if qpdf is here)."""
    views = [data]
    reader = PdfReader(io.BytesIO(data))
    for number in range(1, len(reader.xref_objStm) + 1000):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - test helper: an object pypdf cannot read has no stream to search
            continue
        if isinstance(obj, StreamObject):
            views.append(obj.get_data())
    if shutil.which("qpdf"):
        source, flat = tmp_path / "in.pdf", tmp_path / "flat.pdf"
        source.write_bytes(data)
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", source, flat], check=False)
        views.append(flat.read_bytes())
    return views


def assert_clean(data: bytes, path: Path, tmp_path: Path) -> None:
    views = _pdf_views(data, tmp_path) if data.startswith(b"%PDF") else [data]
    for view in views:
        for marker in MARKERS:
            for form in _forms(marker):
                assert form not in view, f"{path.name}: {marker!r} is still in the public copy"
    if data.startswith(b"%PDF"):
        reader = PdfReader(io.BytesIO(data))
        assert "/ID" not in reader.trailer and "/Info" not in reader.trailer
        root = reader.root_object
        assert "/Metadata" not in root and "/Names" not in root and "/AcroForm" not in root
        assert all("/Annots" not in page for page in reader.pages)
        images = reader.pages[0].images
        assert [i.name for i in images] == ["Im0.jpg"] and images[0].image is not None  # the page image shows
    else:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            tags = set(image.getexif())
            assert not (tags - TIFF_STRUCTURE if image.format == "TIFF" else tags), sorted(tags)
            assert "icc_profile" not in image.info and "exif" not in image.info
            assert not {"comment", "xmp", "XML:com.adobe.xmp"} & set(image.info)
    if shutil.which("exiftool"):
        out = subprocess.run(["exiftool", "-j", "-a", "-G1", "-ee", str(path)], capture_output=True, check=True)
        [tags] = json.loads(out.stdout)
        found = {k: v for k, v in tags.items() if k.split(":")[0] not in SYSTEM_GROUPS}
        bad = [k for k in found if any(word in k.lower() for word in FORBIDDEN_TAGS) or k.startswith("ICC")]
        assert not bad, f"{path.name}: exiftool still finds {bad}"


# -- tests ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stored(shared_ctx: StoreContext) -> dict[str, uuid.UUID]:
    """Every sample, attached once as a public evidence file of one case."""
    ev = EvidenceService(shared_ctx)
    case = make_case(RecordService(shared_ctx))
    files = {name: build() for name, build in CLEANED.items()} | {n: b() for n, (b, _) in REFUSED.items()}
    return {
        name: ev.intake(case, io.BytesIO(data), original_name=name, visibility=Visibility.PUBLIC).evidence_id
        for name, data in files.items()
    }


def test_only_the_public_gets_cleaned_files() -> None:
    assert files_cleaned(Audience.PUBLIC)
    assert not files_cleaned(Audience.PARTNERS) and not files_cleaned(Audience.INTERNAL)


def test_the_samples_do_carry_what_must_not_leave(tmp_path: Path) -> None:
    """The planted metadata is really there (else the tests below would prove nothing)."""
    for name, build in CLEANED.items():
        path = tmp_path / name
        path.write_bytes(build())
        data = path.read_bytes()
        assert (
            any(f in view for view in _pdf_views(data, tmp_path) for f in _forms(NAME))
            if name.endswith(".pdf")
            else (NAME.encode() in data or PALETTE_NAME.encode() in data)
        ), name
        with pytest.raises(AssertionError):
            assert_clean(data, path, tmp_path)


@pytest.mark.parametrize("name", sorted(CLEANED))
def test_a_public_copy_carries_no_place_person_device_or_time(
    shared_ctx: StoreContext, stored: dict[str, uuid.UUID], name: str, tmp_path: Path
) -> None:
    ev = EvidenceService(shared_ctx)
    dest = tmp_path / name
    result = ev.export(stored[name], dest, audience="public")
    data = dest.read_bytes()
    assert result.cleaned and result.removed and result.sha256 == hashlib.sha256(data).hexdigest()
    assert_clean(data, dest, tmp_path)
    original = ev.read_for_preview(stored[name])
    if not name.endswith(".pdf"):
        with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(data)) as after:
            assert before.size == after.size and before.format == after.format  # the same picture, same kind


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_cannot_be_cleaned_is_refused_for_the_public_in_one_line(
    shared_ctx: StoreContext, stored: dict[str, uuid.UUID], name: str, tmp_path: Path
) -> None:
    ev = EvidenceService(shared_ctx)
    dest = tmp_path / name
    before = len(ev.custody(stored[name]))
    with pytest.raises(ValidationError) as refused:
        ev.export(stored[name], dest, audience="public")
    [message] = refused.value.for_field("file")
    assert "\n" not in message
    assert message.startswith(f"cannot make a clean public copy of {name}")
    assert REFUSED[name][1] in message and "instead" in message
    assert not any(m in message for m in (NAME, SENDER, SENDER_IP))
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a partial file
    assert len(ev.custody(stored[name])) == before  # and no export recorded


@pytest.mark.parametrize("audience", ["partners", "internal"])
def test_partners_and_the_team_get_the_evidentiary_original(
    shared_ctx: StoreContext, stored: dict[str, uuid.UUID], audience: str, tmp_path: Path
) -> None:
    ev = EvidenceService(shared_ctx)
    for name, item in stored.items():
        result = ev.export(item, tmp_path / name, audience=audience)
        assert (tmp_path / name).read_bytes() == ev.read_for_preview(item), name
        assert not result.cleaned and result.removed == []


def test_hrdoc_export_evidence_refuses_a_saved_page_for_the_public_in_one_line(run: Run, tmp_path: Path) -> None:
    """Through the CLI: exit status not 0, one line naming the file, why and what to do; no file written."""
    db = tmp_path / "store.db"
    store = new_store(db, PASSPHRASE, user="tester")
    make_case(RecordService(store), reference="PUB-001")
    store.close()
    page = tmp_path / "page.mhtml"
    page.write_bytes(mhtml())
    attached = run("attach", "PUB-001", page, "--visibility", "public", "--db", db, "--json")
    assert attached.code == 0, attached.err
    item = attached.json()["id"]
    out = tmp_path / "copy.mhtml"
    result = run("export-evidence", item, "-o", out, "--audience", "public", "--db", db)
    assert_one_line_error(result, "cannot make a clean public copy of page.mhtml, a saved web page", "instead")
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    assert run("export-evidence", item, "-o", out, "--audience", "partners", "--db", db).code == 0
    assert out.read_bytes() == page.read_bytes()
