"""Content sniffing: the type comes from the bytes, whatever the file is called, and never raises."""

from __future__ import annotations

import gzip
import inspect
import io
import struct
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from hrdoc.services.evidence.sniff import OCTET_STREAM, SNIFF_BYTES, WARC_GZIP, describe_mime, sniff_mime
from tests.services.evidence import samples


def _pillow(fmt: str) -> bytes:
    out = io.BytesIO()
    samples.picture().save(out, fmt)
    return out.getvalue()


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00\x00\x00\x08free"


def _mp3_no_tag() -> bytes:
    return samples.mp3_seconds(1)


def _adts() -> bytes:
    frame_length = 200
    header = bytes((0xFF, 0xF1, 0x50, 0x80 | (frame_length >> 11), (frame_length >> 3) & 0xFF,
                    ((frame_length & 7) << 5) | 0x1F, 0xFC))  # fmt: skip
    return (header + b"\x00" * (frame_length - 7)) * 5


OOXML = "application/vnd.openxmlformats-officedocument."

CASES: list[tuple[str, bytes, str]] = [
    # images
    ("jpeg", samples.jpeg_with_gps(), "image/jpeg"),
    ("png", samples.png_with_text(), "image/png"),
    ("gif", _pillow("GIF"), "image/gif"),
    ("webp", samples.webp_with_exif(), "image/webp"),
    ("tiff little-endian", samples.tiff_with_exif(), "image/tiff"),
    ("tiff big-endian", b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 40, "image/tiff"),
    ("bmp", _pillow("BMP"), "image/bmp"),
    ("heic", _ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
    ("heic under a mif1 major brand", _ftyp(b"mif1", b"mif1", b"heic"), "image/heic"),
    ("heif", _ftyp(b"mif1", b"mif1"), "image/heif"),
    ("avif", _ftyp(b"avif", b"mif1", b"avif"), "image/avif"),
    # documents and archives
    ("pdf", samples.pdf_with_metadata(), "application/pdf"),
    ("pdf after blank lines", b"\r\n\r\n%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf"),
    ("zip", samples.zip_bytes(), "application/zip"),
    ("docx", samples.docx_bytes(), OOXML + "wordprocessingml.document"),
    ("xlsx", samples.xlsx_bytes(), OOXML + "spreadsheetml.sheet"),
    ("odt", samples.odt_bytes(), "application/vnd.oasis.opendocument.text"),
    (
        "ods",
        samples.odt_bytes("application/vnd.oasis.opendocument.spreadsheet"),
        "application/vnd.oasis.opendocument.spreadsheet",
    ),
    ("epub", samples.odt_bytes("application/epub+zip"), "application/epub+zip"),
    ("legacy office", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "application/x-ole-storage"),
    ("rtf", b"{\\rtf1\\ansi hello}", "application/rtf"),
    ("gzip", gzip.compress(b"just some text"), "application/gzip"),
    # video and audio
    ("mp4", samples.mp4_minimal(), "video/mp4"),
    ("mov", _ftyp(b"qt  ", b"qt  "), "video/quicktime"),
    ("mov without ftyp", struct.pack(">I", 1000) + b"moov" + b"\x00" * 100, "video/quicktime"),
    ("m4a", _ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), "audio/mp4"),
    ("3gp", _ftyp(b"3gp4", b"3gp4", b"isom"), "video/3gpp"),
    ("3g2", _ftyp(b"3g2a", b"3g2a"), "video/3gpp2"),
    ("mp3 with ID3", samples.mp3_seconds(1, id3=True), "audio/mpeg"),
    ("mp3 frames only", _mp3_no_tag(), "audio/mpeg"),
    ("aac adts", _adts(), "audio/aac"),
    ("wav", samples.wav_seconds(0.5), "audio/wav"),
    ("avi", samples.avi_minimal(), "video/x-msvideo"),
    ("webm", samples.webm_minimal(), "video/webm"),
    ("mkv", samples.webm_minimal(doctype="matroska"), "video/x-matroska"),
    ("ogg opus", samples.opus_head(), "audio/ogg"),
    ("ogg vorbis", samples.ogg_page(b"\x01vorbis" + b"\x00" * 22), "audio/ogg"),
    ("ogg theora", samples.ogg_page(b"\x80theora" + b"\x00" * 35), "video/ogg"),
    ("flac", b"fLaC\x00\x00\x00\x22" + b"\x00" * 34, "audio/flac"),
    ("amr", samples.amr_seconds(1), "audio/amr"),
    ("amr-wb", samples.amr_seconds(1, wideband=True), "audio/amr-wb"),
    # web captures
    ("warc 1.1", samples.warc_record(), "application/warc"),
    ("warc 1.0", samples.warc_record().replace(b"WARC/1.1", b"WARC/1.0", 1), "application/warc"),
    ("warc.gz", gzip.compress(samples.warc_record()), WARC_GZIP),
    ("mhtml", samples.mhtml_page(), "multipart/related"),
    # text
    ("html doctype", b"<!DOCTYPE html>\n<html><head><title>x</title></head></html>", "text/html"),
    ("html lower-case, BOM and blank lines", b"\xef\xbb\xbf\n\n  <!doctype html><p>x", "text/html"),
    ("html without doctype", b"<HTML lang='fr'><BODY>Bonjour</BODY></HTML>", "text/html"),
    ("html head first", b"<head><meta charset=utf-8></head>", "text/html"),
    ("html body only", b"<body>hello</body>", "text/html"),
    ("html saved by a browser", b"<!-- saved from url=(0019)https://example.org/ -->\r\n<html>", "text/html"),
    ("html in utf-16", "\ufeff<!DOCTYPE html><html></html>".encode("utf-16-le"), "text/html"),
    ("xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<records><r/></records>', "application/xml"),
    ("svg", b'<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
    (
        "kml",
        b'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark/></kml>',
        "application/vnd.google-earth.kml+xml",
    ),
    ("json object", b'{\n  "id": 1,\n  "tags": ["a", "b"]\n}\n', "application/json"),
    ("json array", b'[{"id": 1}, {"id": 2}]', "application/json"),
    ("json cut by the head", b'[\n  {"id": 1, "text": "first"},\n  {"id": 2, "text": "sec', "application/json"),
    ("text", b"Interview notes, 14 March.\nThe witness said...\n", "text/plain"),
    ("text in arabic", "شهادة الشاهد: رأيت القافلة".encode(), "text/plain"),
    ("text in utf-16 with BOM", "\ufeffNotes de l'entretien".encode("utf-16-le"), "text/plain"),
    ("text in utf-16 big-endian", "\ufeffNotes".encode("utf-16-be"), "text/plain"),
    ("text that looks like json but is not", b"{this is a note in braces}", "text/plain"),
    # nothing known
    ("empty", b"", OCTET_STREAM),
    ("zeros", b"\x00" * 100, OCTET_STREAM),
    ("text with NULs", b"abc\x00def\x00ghi", OCTET_STREAM),
    ("latin-1 text (not utf-8)", "Café crème à Ménaka".encode("latin-1"), OCTET_STREAM),
    ("random binary", bytes(range(256)) * 4, OCTET_STREAM),
]


@pytest.mark.parametrize(("data", "expected"), [(d, e) for _, d, e in CASES], ids=[n for n, _, _ in CASES])
def test_sniffs_the_type_from_the_first_bytes(data: bytes, expected: str) -> None:
    assert sniff_mime(data[:SNIFF_BYTES]) == expected


def test_the_file_name_plays_no_part() -> None:
    # A PDF sent as "photo.jpg" is a PDF: the function does not even take a name.
    assert list(inspect.signature(sniff_mime).parameters) == ["head"]
    assert sniff_mime(samples.pdf_with_metadata()) == "application/pdf"


def test_only_the_head_counts() -> None:
    big = samples.jpeg_with_gps(size=(1200, 900))
    assert len(big) > SNIFF_BYTES
    assert sniff_mime(big) == sniff_mime(big[:SNIFF_BYTES]) == "image/jpeg"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"%PDF-", "application/pdf"),
        (b"PK\x03\x04", "application/zip"),
        (b"RIFF\x24\x00\x00\x00WAVE", "audio/wav"),
        (b"\x1a\x45\xdf\xa3", "video/x-matroska"),
        (b"OggS", "application/ogg"),
    ],
)
def test_a_few_bytes_are_enough_for_strong_signatures(head: bytes, expected: str) -> None:
    assert sniff_mime(head) == expected


def test_text_cut_inside_a_character_is_still_text() -> None:
    text = "Témoignage recueilli à Ménaka. " * 400
    data = text.encode()
    head = data[: data.index("é".encode(), 8000) + 1]  # the first of the two bytes of "é"
    with pytest.raises(UnicodeDecodeError):
        head.decode()
    assert sniff_mime(head) == "text/plain"


def test_a_docx_whose_members_lie_beyond_the_head_is_a_zip() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", "x" * (SNIFF_BYTES * 2))
        z.writestr("word/document.xml", "<w:document/>")
    assert sniff_mime(out.getvalue()[:SNIFF_BYTES]) == "application/zip"


def test_the_image_samples_decode() -> None:
    # The generated samples really are what they claim (so the cases above test real files).
    for data in (samples.jpeg_with_gps(), samples.png_with_text(), samples.webp_with_exif()):
        with Image.open(io.BytesIO(data)) as im:
            im.load()


@pytest.mark.parametrize(
    ("mime", "label"),
    [
        ("image/jpeg", "JPEG image"),
        ("application/pdf", "PDF document"),
        ("application/warc", "web archive (WARC)"),
        ("multipart/related", "web page archive (MHTML)"),
        ("video/mp4", "MP4 video"),
        ("audio/wav", "WAV audio"),
        ("text/plain", "plain text"),
        ("TEXT/HTML; charset=utf-8", "HTML page"),
        ("image/x-portable-pixmap", "image (portable-pixmap)"),
        ("application/x-custom", "file (custom)"),
        ("chemical/x-pdb", "file of type chemical/x-pdb"),
        ("", "unknown type"),
    ],
)
def test_describe_mime(mime: str, label: str) -> None:
    assert describe_mime(mime) == label


@pytest.mark.parametrize("mime", sorted({e for _, _, e in CASES}))
def test_every_sniffed_type_has_a_label_of_its_own(mime: str) -> None:
    generic = ("image (", "video (", "audio (", "text (", "file (", "file of type")
    assert not describe_mime(mime).startswith(generic)


_SIGNATURES = [data[:16] for _, data, _ in CASES if data]


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=SNIFF_BYTES))
def test_random_bytes_never_raise(head: bytes) -> None:
    mime = sniff_mime(head)
    assert "/" in mime
    assert describe_mime(mime)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_SIGNATURES), st.binary(max_size=600))
def test_known_signatures_with_random_tails_never_raise(prefix: bytes, tail: bytes) -> None:
    assert "/" in sniff_mime(prefix + tail)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([d for _, d, _ in CASES if d]), st.data())
def test_truncated_real_heads_never_raise(data: bytes, draw: st.DataObject) -> None:
    cut = draw.draw(st.integers(min_value=0, max_value=min(len(data), SNIFF_BYTES)))
    assert "/" in sniff_mime(data[:cut])
