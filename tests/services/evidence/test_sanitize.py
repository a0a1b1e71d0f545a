"""Public copies: pictures re-encoded from their pixels alone, PDFs without identifying metadata, other formats and
damaged files refused with a clear message."""

from __future__ import annotations

import contextlib
import io
import re
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile
from pypdf import PdfReader

from hrdoc.services.evidence.metadata import extract_metadata
from hrdoc.services.evidence.sanitize import NotCleanable, SanitizeError, sanitize_for_public
from hrdoc.services.evidence.sniff import sniff_mime
from tests.services.evidence import samples

MARKER = samples.MARKER


def _pixels(data: bytes) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return im.mode, im.size, im.tobytes()


def _metadata(data: bytes) -> dict[str, object]:
    return extract_metadata(io.BytesIO(data), sniff_mime(data))


def _jpeg_markers(data: bytes) -> list[int]:
    """The marker codes of a JPEG's segments up to the start of scan."""
    codes = []
    pos = 2
    while True:
        code = data[pos + 1]
        codes.append(code)
        if code == 0xDA:
            return codes
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]


# -- JPEG ----------------------------------------------------------------------------------------------------------


def _close(a: bytes, b: bytes) -> bool:
    """The same picture within JPEG re-encoding error (mean difference under 2 levels per channel)."""
    mode_a, size_a, pixels_a = _pixels(a)
    mode_b, size_b, pixels_b = _pixels(b)
    diff = sum(abs(x - y) for x, y in zip(pixels_a, pixels_b, strict=True))
    return (mode_a, size_a) == (mode_b, size_b) and diff / len(pixels_a) < 2


def test_jpeg_loses_gps_serial_thumbnail_and_every_trace_of_the_marker() -> None:
    original = samples.jpeg_with_gps(marker=MARKER)
    before = _metadata(original)
    assert before["gps"] and before["has_thumbnail"]
    assert MARKER.encode() in original and samples.SERIAL.encode() in original

    result = sanitize_for_public(original, "image/jpeg")

    after = _metadata(result.data)
    assert "gps" not in after
    assert "camera" not in after
    assert "captured_at" not in after
    assert after["has_thumbnail"] is False
    for secret in (MARKER, samples.SERIAL, "HRDocCam"):
        assert secret.encode() not in result.data
        assert secret.encode("utf-16-le") not in result.data
    assert not result.unchanged and result.supported
    assert {
        "EXIF (camera, GPS position, capture time, serial numbers)",
        "embedded thumbnail",
        "XMP",
        "colour profile (converted to sRGB)",
        "comments",
    } <= set(result.removed)
    assert "IPTC/Photoshop data (captions, names, places)" in result.removed
    # Only the picture is left: a JFIF header, then the coding segments; no APPn but APP0, no comment.
    assert [c for c in _jpeg_markers(result.data) if 0xE1 <= c <= 0xEF or c == 0xFE] == []


def test_jpeg_is_re_encoded_from_its_pixels_and_looks_the_same() -> None:
    original = samples.jpeg_with_gps(marker=MARKER, size=(317, 211))
    result = sanitize_for_public(original, "image/jpeg")
    assert _close(result.data, original)
    with Image.open(io.BytesIO(result.data)) as im, Image.open(io.BytesIO(original)) as before:
        assert isinstance(im, JpegImageFile) and isinstance(before, JpegImageFile)
        assert "icc_profile" not in im.info
        # Standard quantisation tables, not the camera's own (which can tell its make and model).
        assert im.quantization != before.quantization


def test_progressive_jpeg_is_cleaned() -> None:
    original = samples.jpeg_with_gps(marker=MARKER, progressive=True, size=(120, 90))
    assert _jpeg_markers(original).count(0xC2) == 1  # progressive: several scans with tables between them
    result = sanitize_for_public(original, "image/jpeg")
    assert _close(result.data, original)
    assert MARKER.encode() not in result.data


def test_cmyk_jpeg_becomes_an_rgb_picture() -> None:
    original = samples.insert_jpeg_segments(samples.plain_jpeg(mode="CMYK"), [b"\xff\xfe\x00\x06abcd"])
    result = sanitize_for_public(original, "image/jpeg")
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.mode == "RGB" and im.size == (64, 48)
    assert b"abcd" not in result.data and "comments" in result.removed


def test_rotated_photo_is_turned_upright_before_its_orientation_tag_goes() -> None:
    result = sanitize_for_public(samples.jpeg_with_gps(orientation=6), "image/jpeg")
    with Image.open(io.BytesIO(result.data)) as im:
        assert im.size == (48, 64) and not im.getexif()


def test_secondary_images_and_trailing_data_are_dropped() -> None:
    original = samples.mpo_with_preview(marker=MARKER)
    result = sanitize_for_public(original, "image/jpeg")
    assert MARKER.encode() not in result.data
    assert b"MPF\x00" not in result.data
    assert result.data.endswith(b"\xff\xd9") and result.data.count(b"\xff\xd8") == 1
    assert "secondary images (previews, depth maps)" in result.removed
    assert _metadata(result.data)["has_thumbnail"] is False
    assert _close(result.data, samples.plain_jpeg())


def test_appended_video_after_the_image_is_dropped() -> None:
    photo = samples.plain_jpeg()
    motion_photo = photo + samples.mp4_minimal()  # as "motion photos" append a video after the picture
    result = sanitize_for_public(motion_photo, "image/jpeg")
    assert b"ftyp" not in result.data and _close(result.data, photo)


def test_jfif_thumbnail_is_dropped() -> None:
    photo = samples.plain_jpeg()
    assert photo[6:11] == b"JFIF\x00"
    thumb = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x02\x01" + b"\x80" * (2 * 1 * 3)  # a 2x1 RGB thumbnail
    with_thumb = photo[:2] + b"\xff\xe0" + struct.pack(">H", len(thumb) + 2) + thumb + photo[4 + 2 + 14 :]
    assert _pixels(with_thumb) == _pixels(photo)
    result = sanitize_for_public(with_thumb, "image/jpeg")
    assert result.data[4:20] == b"\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    assert _close(result.data, photo)


def test_truncated_jpeg_is_refused() -> None:
    original = samples.jpeg_with_gps(marker=MARKER, size=(200, 150))
    with pytest.raises(SanitizeError, match="damaged JPEG image"):
        sanitize_for_public(original[: len(original) - 300], "image/jpeg")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff\xe1\xff\xff" + b"\x00" * 10,  # a segment longer than the file
        b"\xff\xd8\x00\x00\x00",  # no marker where one must be
        b"\xff\xd8\xff\xe1\x00",  # cut inside a segment header
    ],
    ids=["empty", "png-bytes", "segment-too-long", "no-marker", "cut-header"],
)
def test_damaged_jpeg_raises_sanitize_error(data: bytes) -> None:
    with pytest.raises(SanitizeError) as err:
        sanitize_for_public(data, "image/jpeg")
    assert "JPEG" in str(err.value)


# -- PNG -----------------------------------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> list[bytes]:
    kinds, pos = [], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        kinds.append(kind)
        pos += 12 + length
    return kinds


def test_png_text_exif_time_and_colour_profile_are_removed_pixels_kept() -> None:
    original = samples.png_with_text(MARKER)
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"iCCP"} <= set(_png_chunks(original))
    result = sanitize_for_public(original, "image/png")
    assert set(_png_chunks(result.data)) == {b"IHDR", b"IDAT", b"IEND"}
    assert MARKER.encode() not in result.data and samples.SERIAL.encode() not in result.data
    assert _pixels(result.data) == _pixels(original)
    assert result.removed[:2] == ["EXIF (camera, GPS position, capture time, serial numbers)", "XMP"]
    assert "text chunks (Author, Comment, Description)" in result.removed


def test_damaged_png_raises_sanitize_error() -> None:
    original = samples.png_with_text()
    for damaged in (original[:40], original[:8] + b"\xff\xff\xff\xffIHDR"):
        with pytest.raises(SanitizeError, match="PNG"):
            sanitize_for_public(damaged, "image/png")


# -- WebP ----------------------------------------------------------------------------------------------------------


def _riff_chunks(data: bytes) -> list[bytes]:
    kinds, pos = [], 12
    while pos < len(data):
        kind, size = struct.unpack("<4sI", data[pos : pos + 8])
        kinds.append(kind)
        pos += 8 + size + (size & 1)
    return kinds


@pytest.mark.parametrize("lossless", [True, False])
def test_webp_exif_xmp_and_colour_profile_are_removed(lossless: bool) -> None:
    original = samples.webp_with_exif(MARKER, lossless=lossless)
    assert {b"EXIF", b"XMP ", b"ICCP"} <= set(_riff_chunks(original))
    result = sanitize_for_public(original, "image/webp")
    assert not {b"EXIF", b"XMP ", b"ICCP"} & set(_riff_chunks(result.data))
    assert (b"VP8L" in _riff_chunks(result.data)) is lossless  # as stored before
    assert MARKER.encode() not in result.data and samples.SERIAL.encode() not in result.data
    assert _pixels(result.data) == _pixels(original) if lossless else _close(result.data, original)
    assert "gps" not in _metadata(result.data)
    assert result.removed[:2] == ["EXIF (camera, GPS position, capture time, serial numbers)", "XMP"]


def test_damaged_webp_raises_sanitize_error() -> None:
    original = samples.webp_with_exif()
    for damaged in (original[:30], b"RIFF\x00\x00\x00\x10WEBPVP8X", original[:12] + b"VP8L\xff\xff\xff\x00"):
        with pytest.raises(SanitizeError, match="WebP"):
            sanitize_for_public(damaged, "image/webp")


# -- PDF -----------------------------------------------------------------------------------------------------------


def _all_pdf_text(data: bytes) -> bytes:
    """The raw file with every compressed stream inflated, so a search sees what pypdf may have compressed."""
    parts = [data]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        with contextlib.suppress(zlib.error):
            parts.append(zlib.decompress(stream.group(1)))
    return b"\n".join(parts)


def test_pdf_author_and_xmp_are_removed() -> None:
    original = samples.pdf_with_metadata(author=MARKER, title="Statement of Amina", pages=2)
    assert MARKER.encode() in _all_pdf_text(original)
    result = sanitize_for_public(original, "application/pdf")
    reader = PdfReader(io.BytesIO(result.data))
    info = reader.metadata
    assert info is None or (info.author is None and info.title is None)
    assert reader.xmp_metadata is None
    assert len(reader.pages) == 2
    text = _all_pdf_text(result.data)
    for secret in (MARKER.encode(), b"Statement of Amina", b"HRDoc sample producer"):
        assert secret not in text
    assert result.removed[:2] == ["PDF document information (author, title, software, dates)", "PDF XMP metadata"]
    assert "pages themselves are unchanged" in result.note
    assert not result.unchanged and result.supported


def test_pdf_object_streams_are_searched_too() -> None:
    # pypdf can pack objects into compressed object streams; check through pypdf's own reader as well.
    result = sanitize_for_public(samples.pdf_with_metadata(author=MARKER), "application/pdf")
    reader = PdfReader(io.BytesIO(result.data))
    for number in range(1, int(str(reader.trailer["/Size"]))):
        obj = reader.get_object(number)
        assert MARKER not in repr(obj)


def test_pdf_earlier_revisions_go_too() -> None:
    # An edited PDF keeps its earlier document information in the file; the public copy must not.
    edited = samples.pdf_incremental_update(samples.pdf_with_metadata(author=MARKER), {"Author": "Second Author"})
    assert PdfReader(io.BytesIO(edited)).metadata == {"/Author": "Second Author"}
    assert MARKER.encode() in _all_pdf_text(edited)
    result = sanitize_for_public(edited, "application/pdf")
    text = _all_pdf_text(result.data)
    assert MARKER.encode() not in text and b"Second Author" not in text


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(NotCleanable, match=r"an encrypted PDF: .* instead"):
        sanitize_for_public(samples.pdf_with_metadata(password="secret"), "application/pdf")


@pytest.mark.parametrize(
    "data",
    [b"", b"%PDF-1.7\n", b"not a pdf", samples.pdf_with_metadata()[:200]],
    ids=["empty", "header", "text", "cut"],
)
def test_damaged_pdf_raises_sanitize_error(data: bytes) -> None:
    with pytest.raises(SanitizeError, match="PDF"):
        sanitize_for_public(data, "application/pdf")


# -- formats not cleaned -------------------------------------------------------------------------------------------


def test_tiff_is_cleaned_like_other_pictures() -> None:
    result = sanitize_for_public(samples.tiff_with_exif(), "image/tiff")
    assert "HRDocCam" not in result.data.decode("latin-1")
    assert _pixels(result.data) == _pixels(samples.tiff_with_exif())


@pytest.mark.parametrize(
    ("data", "mime", "says"),
    [
        (b"\x00\x00\x00\x18ftypheic", "image/heic", "a picture of a kind hrdoc cannot re-encode (HEIC image)"),
        (samples.mp4_minimal(), "video/mp4", "a recording (MP4 video)"),
        (samples.wav_seconds(0.1), "audio/wav", "a recording (WAV audio)"),
        (samples.docx_bytes(), sniff_mime(samples.docx_bytes()), "an office document (Word document)"),
        (samples.mhtml_page(), "multipart/related", "a saved web page"),
        (b"hello", "text/plain", "a text or e-mail (plain text)"),
    ],
    ids=["heic", "mp4", "wav", "docx", "mhtml", "text"],
)
def test_formats_not_cleaned_are_refused_saying_what_to_do(data: bytes, mime: str, says: str) -> None:
    with pytest.raises(NotCleanable) as refused:
        sanitize_for_public(data, mime)
    assert str(refused.value).startswith(says + ":") and str(refused.value).endswith("instead")


def test_mime_parameters_are_ignored() -> None:
    result = sanitize_for_public(samples.jpeg_with_gps(), "IMAGE/JPEG; name=photo.jpg")
    assert result.supported and "embedded thumbnail" in result.removed


# -- fuzzing -------------------------------------------------------------------------------------------------------

_CLEANABLE = [
    (samples.jpeg_with_gps(marker=MARKER), "image/jpeg"),
    (samples.jpeg_with_gps(progressive=True), "image/jpeg"),
    (samples.mpo_with_preview(), "image/jpeg"),
    (samples.png_with_text(), "image/png"),
    (samples.webp_with_exif(), "image/webp"),
    (samples.tiff_with_exif(), "image/tiff"),
    (samples.pdf_with_metadata(), "application/pdf"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=1024),
    st.sampled_from(["image/jpeg", "image/png", "image/webp", "image/tiff", "image/gif", "application/pdf"]),
)
def test_random_bytes_raise_only_sanitize_error(data: bytes, mime: str) -> None:
    try:
        result = sanitize_for_public(data, mime)
    except SanitizeError as err:
        assert str(err)
    else:
        assert isinstance(result.data, bytes)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_CLEANABLE), st.data())
def test_damaged_real_files_raise_only_sanitize_error(sample: tuple[bytes, str], draw: st.DataObject) -> None:
    data, mime = sample
    damaged = bytearray(data)
    for _ in range(draw.draw(st.integers(min_value=1, max_value=8))):
        at = draw.draw(st.integers(min_value=0, max_value=len(damaged) - 1))
        damaged[at] = draw.draw(st.integers(min_value=0, max_value=255))
    cut = draw.draw(st.integers(min_value=0, max_value=len(damaged)))
    try:
        sanitize_for_public(bytes(damaged[:cut]), mime)
    except SanitizeError as err:
        assert str(err)
