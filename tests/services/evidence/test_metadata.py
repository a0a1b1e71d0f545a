"""Metadata read at intake: where and when a photo was taken, with what; PDF authors; durations. Never raises."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path
from typing import Any, BinaryIO, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdoc.services.evidence.metadata import extract_metadata, gps_of, summary_lines
from hrdoc.services.evidence.metadata_image import exif_fields
from hrdoc.services.evidence.sniff import sniff_mime
from tests.services.evidence import samples


def _read(data: bytes, mime: str | None = None) -> dict[str, Any]:
    metadata = extract_metadata(io.BytesIO(data), mime or sniff_mime(data))
    json.dumps(metadata, allow_nan=False)  # stored as JSON: it must serialise, strictly
    return metadata


# -- photos --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(36.9, -2.1), (-33.4489, -70.6693), (12.6392, 8.0029), (-1.2921, 36.8219)],
    ids=["north-west", "south-west", "north-east", "south-east"],
)
def test_gps_position_has_the_right_hemisphere(lat: float, lon: float) -> None:
    metadata = _read(samples.jpeg_with_gps(lat, lon))
    assert metadata["gps"]["latitude"] == pytest.approx(lat, abs=1e-5)
    assert metadata["gps"]["longitude"] == pytest.approx(lon, abs=1e-5)
    assert gps_of(metadata) == pytest.approx((lat, lon), abs=1e-5)


def test_a_camera_photo_tells_when_where_and_with_what() -> None:
    metadata = _read(samples.jpeg_with_gps(serial="SN-4471-XY", when="2025:03:14 09:26:53"))
    assert metadata["width"] == 64 and metadata["height"] == 48
    assert metadata["captured_at"] == "2025-03-14T09:26:53"
    assert metadata["captured_at_tag"] == "DateTimeOriginal"
    assert metadata["captured_at_zone"] == "unknown"  # EXIF without an offset: the camera's clock, zone unknown
    assert "captured_at_offset" not in metadata
    assert metadata["camera"] == {"make": "HRDocCam", "model": "Field 1", "serial": "SN-4471-XY"}
    assert metadata["gps"]["altitude"] == pytest.approx(123.4)
    assert metadata["gps"]["timestamp"] == "2025-03-14T08:26:53+00:00"  # GPS time is UTC
    assert metadata["has_thumbnail"] is True
    assert metadata["orientation"] == 1


def test_capture_time_with_an_offset_keeps_it() -> None:
    metadata = _read(samples.jpeg_with_gps(offset="+01:00"))
    assert metadata["captured_at"] == "2025-03-14T09:26:53"
    assert metadata["captured_at_offset"] == "+01:00"
    assert "captured_at_zone" not in metadata


def test_a_photo_without_metadata_reports_only_what_it_has() -> None:
    assert _read(samples.plain_jpeg()) == {"width": 64, "height": 48, "has_thumbnail": False}


def test_without_thumbnail_or_gps_the_keys_are_absent() -> None:
    metadata = _read(samples.jpeg_with_gps(None, None, with_thumbnail=False, serial=None, altitude=None))
    assert metadata["has_thumbnail"] is False
    assert "gps" not in metadata
    assert "serial" not in metadata["camera"]
    assert gps_of(metadata) is None


def test_below_sea_level() -> None:
    assert _read(samples.jpeg_with_gps(altitude=-28.0))["gps"]["altitude"] == pytest.approx(-28.0)


def test_orientation_is_reported() -> None:
    metadata = _read(samples.jpeg_with_gps(orientation=6))
    assert metadata["orientation"] == 6
    assert ("Orientation", "rotated 90° clockwise") in summary_lines(metadata)


def test_secondary_images_count_as_a_thumbnail() -> None:
    assert _read(samples.mpo_with_preview())["has_thumbnail"] is True


@pytest.mark.parametrize(
    "data",
    [samples.png_with_text(), samples.webp_with_exif(), samples.tiff_with_exif()],
    ids=["png", "webp", "tiff"],
)
def test_exif_in_other_image_formats(data: bytes) -> None:
    metadata = _read(data)
    assert gps_of(metadata) == pytest.approx((36.9, -2.1))
    assert metadata["camera"]["serial"] == samples.SERIAL
    assert metadata["captured_at"] == "2025-03-14T09:26:53"


def test_exif_fields_of_a_bare_block() -> None:
    block = samples.camera_exif(-10.5, 20.25).tobytes()[6:]
    fields = exif_fields(block)
    assert gps_of(fields) == pytest.approx((-10.5, 20.25))
    assert exif_fields(b"not a TIFF structure") == {"error": "damaged EXIF data"}


def test_unreadable_image_format_is_an_error_not_an_exception() -> None:
    heic_head = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    metadata = _read(heic_head, "image/heic")
    assert metadata == {"error": "image format not readable"}


# -- PDF -----------------------------------------------------------------------------------------------------------


def test_pdf_document_information() -> None:
    metadata = _read(samples.pdf_with_metadata(author="Amina Diallo", title="Statement", pages=3))
    assert metadata["pdf"] == {
        "title": "Statement",
        "author": "Amina Diallo",
        "subject": "Events of 14 March",
        "creator": "HRDoc tests",
        "producer": "HRDoc sample producer",
        "created": "2025-03-14T09:26:53+01:00",
        "modified": "2025-03-15T10:00:00+00:00",
        "pages": 3,
    }
    assert "encrypted" not in metadata
    lines = dict(summary_lines(metadata))
    assert lines["Author"] == "Amina Diallo"
    assert lines["Pages"] == "3"


def test_pdf_encrypted_with_a_password_says_so_and_no_more() -> None:
    assert _read(samples.pdf_with_metadata(password="secret")) == {"encrypted": True}


def test_pdf_encrypted_without_a_user_password_is_read() -> None:
    metadata = _read(samples.pdf_with_metadata(password=""))
    assert metadata["encrypted"] is True
    assert metadata["pdf"]["author"] == samples.MARKER


# -- recordings ----------------------------------------------------------------------------------------------------


def test_wav_duration() -> None:
    metadata = _read(samples.wav_seconds(3.5))
    assert metadata["duration_s"] == pytest.approx(3.5)
    assert metadata["codec"] == "PCM"
    assert dict(summary_lines(metadata))["Duration"] == "0:03.5"


def test_mp3_duration_and_codec() -> None:
    metadata = _read(samples.mp3_seconds(5, id3=True))
    assert metadata["duration_s"] == pytest.approx(5, abs=0.05)
    assert metadata["codec"] == "MPEG-1 Layer 3"
    assert metadata["bitrate"] == 128000


@pytest.mark.parametrize("wideband", [False, True])
def test_amr_duration(wideband: bool) -> None:
    assert _read(samples.amr_seconds(4, wideband=wideband))["duration_s"] == pytest.approx(4.0)


def test_mp4_duration_creation_time_place_size_and_codecs() -> None:
    metadata = _read(samples.mp4_minimal(754.25))
    assert metadata["duration_s"] == pytest.approx(754.25)
    assert (metadata["width"], metadata["height"]) == (1920, 1080)
    assert metadata["codec"] == "H.264, AAC"
    assert metadata["bitrate"] > 0
    assert metadata["created"] == "2025-03-14T08:26:53+00:00"
    assert gps_of(metadata) == pytest.approx((36.9, -2.1))
    assert dict(summary_lines(metadata))["Duration"] == "12:34"


def test_iphone_video_location_time_and_device() -> None:
    data = samples.mp4_minimal(
        brand=b"qt  ",
        compatible=[b"qt  "],
        location=None,
        apple={
            "com.apple.quicktime.location.ISO6709": "-33.4489-070.6693+520.000/",
            "com.apple.quicktime.creationdate": "2025-03-14T09:26:53-0300",
            "com.apple.quicktime.make": "Apple",
            "com.apple.quicktime.model": "iPhone 15",
        },
    )
    metadata = _read(data)
    assert gps_of(metadata) == pytest.approx((-33.4489, -70.6693))
    assert metadata["gps"]["altitude"] == pytest.approx(520.0)
    assert metadata["captured_at"] == "2025-03-14T09:26:53"
    assert metadata["captured_at_offset"] == "-03:00"
    assert metadata["camera"] == {"make": "Apple", "model": "iPhone 15"}


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("+36.9000-002.1000/", 36.9, -2.1),
        ("+3654.00-00206.00/", 36.9, -2.1),  # degrees and minutes
        ("+365400-0020600/", 36.9, -2.1),  # degrees, minutes, seconds
    ],
)
def test_iso6709_forms(text: str, lat: float, lon: float) -> None:
    assert gps_of(_read(samples.mp4_minimal(location=text))) == pytest.approx((lat, lon))


def test_phone_video_in_h265_with_a_timecode_track() -> None:
    tracks = ((b"tmcd", b"tmcd"), (b"vide", b"hvc1"), (b"soun", b"mp4a"))
    metadata = _read(samples.mp4_minimal(tracks=tracks, video_size=(3840, 2160)))
    assert metadata["codec"] == "H.265, AAC"
    assert (metadata["width"], metadata["height"]) == (3840, 2160)


def test_m4a_audio() -> None:
    metadata = _read(samples.mp4_minimal(61.0, brand=b"M4A ", compatible=[b"M4A "], tracks=[(b"soun", b"mp4a")]))
    assert metadata["duration_s"] == pytest.approx(61.0)
    assert metadata["codec"] == "AAC"
    assert "width" not in metadata


def test_a_huge_video_is_not_read_whole(tmp_path: Path) -> None:
    """A 5 GB recording whose index comes last: only headers are read, media data is seeked over."""
    path = tmp_path / "long.mp4"
    small = samples.mp4_minimal(3600.0)
    ftyp_end = struct.unpack(">I", small[:4])[0]
    moov_at = ftyp_end
    moov = small[moov_at : moov_at + struct.unpack(">I", small[moov_at : moov_at + 4])[0]]
    media = 5 * 1024**3
    with path.open("wb") as f:
        f.write(small[:ftyp_end])
        f.write(struct.pack(">I4sQ", 1, b"mdat", 16 + media))  # 64-bit box size
        f.seek(media, io.SEEK_CUR)  # a sparse file: no disk used
        f.write(moov)

    class Counting(io.FileIO):
        read_bytes = 0

        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            Counting.read_bytes += len(data or b"")
            return data or b""

        def readinto(self, buffer: Any) -> int:
            n = super().readinto(buffer) or 0
            Counting.read_bytes += n
            return n

    with Counting(path, "r") as fh:
        metadata = extract_metadata(cast(BinaryIO, fh), "video/mp4")
    assert metadata["duration_s"] == pytest.approx(3600.0)
    assert Counting.read_bytes < 1024 * 1024


def test_webm_duration_and_codecs() -> None:
    metadata = _read(samples.webm_minimal(93.5))
    assert metadata["duration_s"] == pytest.approx(93.5)
    assert metadata["codec"] == "VP9, Opus"
    assert (metadata["width"], metadata["height"]) == (1280, 720)
    assert dict(summary_lines(metadata))["Duration"] == "1:33"


def test_matroska_h264() -> None:
    metadata = _read(samples.webm_minimal(1.0, doctype="matroska", codecs=["V_MPEG4/ISO/AVC", "A_AAC"]))
    assert metadata["codec"] == "H.264, AAC"


def test_avi_duration_size_and_codec() -> None:
    metadata = _read(samples.avi_minimal(frames=3000, fps=25))
    data = samples.avi_minimal(frames=3000, fps=25)
    assert metadata == {
        "duration_s": 120.0,
        "width": 320,
        "height": 240,
        "codec": "MJPG",
        "bitrate": round(len(data) * 8 / 120),  # overall: the file's size over its duration
    }


# -- damaged input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"not a picture at all", "image/jpeg"),
        (samples.jpeg_with_gps()[:20], "image/jpeg"),
        (b"%PDF-1.7\n1 0 obj <<", "application/pdf"),
        (samples.pdf_with_metadata()[:300], "application/pdf"),
        (b"\x00" * 64, "audio/mpeg"),
        (b"\x00\x00\x00\x20ftypisom" + b"\xff" * 40, "video/mp4"),
        (samples.webm_minimal()[:30], "video/webm"),
        (b"RIFF\x00\x00\x00\x00AVI ", "video/x-msvideo"),
        (b"#!AMX\n", "audio/amr"),
        (b"", "image/png"),
        (b"", "application/pdf"),
    ],
    ids=[
        "garbage-jpeg",
        "cut-jpeg",
        "cut-pdf-header",
        "cut-pdf",
        "zeros-mp3",
        "bad-mp4-box",
        "cut-webm",
        "avi-no-header",
        "bad-amr",
        "empty-png",
        "empty-pdf",
    ],
)
def test_damaged_input_gives_an_error_not_an_exception(data: bytes, mime: str) -> None:
    metadata = _read(data, mime)
    assert isinstance(metadata.get("error"), str) and metadata["error"]
    assert ("Could not read everything", metadata["error"]) in summary_lines(metadata)


def test_damaged_exif_keeps_what_was_read_before() -> None:
    data = bytearray(samples.jpeg_with_gps())
    start = data.index(b"Exif\x00\x00") + 6
    data[start + 4 : start + 8] = b"\x7f\xff\xff\xff"  # IFD0 offset far past the block
    metadata = _read(bytes(data), "image/jpeg")
    assert metadata["width"] == 64
    assert "gps" not in metadata


def test_other_types_give_nothing() -> None:
    assert _read(b"plain notes", "text/plain") == {}
    assert _read(b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml") == {}


def test_an_image_is_only_read_as_the_type_it_was_sniffed_as() -> None:
    assert _read(samples.png_with_text(), "image/jpeg") == {"error": "image format not readable"}


# -- display -------------------------------------------------------------------------------------------------------


def test_summary_lines_of_a_photo() -> None:
    lines = summary_lines(_read(samples.jpeg_with_gps(-33.5, -70.6)))
    assert lines[0] == ("Dimensions", "64 × 48 pixels")
    labels = dict(lines)
    assert labels["Captured"] == "2025-03-14 09:26:53 (camera clock, time zone unknown)"
    assert labels["Location"] == "-33.500000, -70.600000"
    assert labels["Serial number"] == samples.SERIAL
    assert labels["Camera"] == "HRDocCam Field 1"
    assert labels["Embedded preview"] == "yes"


def test_gps_of_rejects_nonsense() -> None:
    assert gps_of({}) is None
    assert gps_of({"gps": "36.9,-2.1"}) is None
    assert gps_of({"gps": {"latitude": 91.0, "longitude": 0.0}}) is None
    assert gps_of({"gps": {"latitude": "x", "longitude": 0.0}}) is None
    assert gps_of({"gps": {"latitude": 0.0, "longitude": -180.0}}) == (0.0, -180.0)


def test_summary_lines_of_nothing() -> None:
    assert summary_lines({}) == []


# -- fuzzing -------------------------------------------------------------------------------------------------------

_MIMES = [
    "image/jpeg", "image/png", "image/webp", "image/tiff", "image/gif", "image/heic", "application/pdf",
    "audio/mpeg", "audio/wav", "audio/ogg", "audio/flac", "audio/mp4", "audio/amr", "video/mp4", "video/quicktime",
    "video/webm", "video/x-matroska", "video/x-msvideo", "text/plain", "application/octet-stream",
]  # fmt: skip

_SAMPLES = [
    samples.jpeg_with_gps(marker=samples.MARKER),
    samples.png_with_text(),
    samples.webp_with_exif(),
    samples.tiff_with_exif(),
    samples.pdf_with_metadata(),
    samples.wav_seconds(0.2),
    samples.mp3_seconds(0.5, id3=True),
    samples.amr_seconds(0.2),
    samples.mp4_minimal(apple={"com.apple.quicktime.location.ISO6709": "+10.0+020.0/"}),
    samples.webm_minimal(),
    samples.avi_minimal(),
]


def _check_never_raises(data: bytes, mime: str) -> None:
    metadata = extract_metadata(io.BytesIO(data), mime)
    assert isinstance(metadata, dict)
    json.dumps(metadata, allow_nan=False)
    summary_lines(metadata)
    gps_of(metadata)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from(_MIMES))
def test_random_bytes_never_raise(data: bytes, mime: str) -> None:
    _check_never_raises(data, mime)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SAMPLES), st.data())
def test_damaged_real_files_never_raise(data: bytes, draw: st.DataObject) -> None:
    damaged = bytearray(data)
    for _ in range(draw.draw(st.integers(min_value=1, max_value=8))):
        at = draw.draw(st.integers(min_value=0, max_value=len(damaged) - 1))
        damaged[at] = draw.draw(st.integers(min_value=0, max_value=255))
    cut = draw.draw(st.integers(min_value=0, max_value=len(damaged)))
    _check_never_raises(bytes(damaged[:cut] if draw.draw(st.booleans()) else damaged), sniff_mime(data))
