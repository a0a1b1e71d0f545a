"""Metadata an item of evidence carries about itself: when, where and with what it was made.

``extract_metadata`` reads a seekable binary file cheaply (a video may be several gigabytes: only headers and
index boxes are read) and returns a JSON-serialisable dict holding only what was found. It never raises on
damaged or unexpected input; it returns ``{"error": "<short reason>"}`` plus whatever it read before.

Times: EXIF has no time zone unless the camera wrote an offset (EXIF 2.31 ``OffsetTime*``). Without one the
capture time is kept as the camera's naive local clock, and ``captured_at_zone`` says ``"unknown"``. GPS time
and MP4/QuickTime container times are UTC by definition.

Each file family is read by a module beside this one: :mod:`.metadata_image` (EXIF), :mod:`.metadata_mp4`
(MP4, QuickTime, 3GP), :mod:`.metadata_video` (Matroska, AVI), :mod:`.metadata_audio` (mutagen, AMR); this
module reads PDFs, picks the reader, and words the result for people (:func:`summary_lines`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, BinaryIO

from hrdoc.services.evidence.metadata_audio import _amr, _mutagen
from hrdoc.services.evidence.metadata_common import _Damaged, _int, _kind, _num, _text
from hrdoc.services.evidence.metadata_image import _PILLOW_FORMATS, _image
from hrdoc.services.evidence.metadata_mp4 import _BMFF, _bmff
from hrdoc.services.evidence.metadata_video import _MATROSKA, _avi, _matroska


def extract_metadata(fh: BinaryIO, mime: str) -> dict[str, Any]:
    """What ``fh`` (seekable, binary, of content type ``mime``) says about itself. Never raises."""
    result: dict[str, Any] = {}
    mime = mime.split(";", 1)[0].strip().lower()
    try:
        fh.seek(0)
        if mime.startswith("image/") and mime != "image/svg+xml":  # SVG is XML text: nothing to read here
            _image(fh, _PILLOW_FORMATS.get(mime), result)
        elif mime == "application/pdf":
            _pdf(fh, result)
        elif mime in _BMFF:
            _bmff(fh, result)
            if mime == "audio/mp4":
                _mutagen(fh, result, overwrite=False)  # the audio codec's profile and bit rate
        elif mime in _MATROSKA:
            _matroska(fh, result)
        elif mime == "video/x-msvideo":
            _avi(fh, result)
        elif mime in ("audio/amr", "audio/amr-wb"):
            _amr(fh, result)
        elif mime.startswith(("audio/", "video/")) or mime == "application/ogg":
            _mutagen(fh, result, overwrite=True)
        if mime.startswith("video/") and "duration_s" in result and "bitrate" not in result:
            fh.seek(0, 2)
            if result["duration_s"] > 0:
                result["bitrate"] = round(fh.tell() * 8 / result["duration_s"])  # overall, all streams together
    except _Damaged as exc:
        result["error"] = str(exc)
    except MemoryError:
        result["error"] = "file too large to examine"
    except Exception as exc:  # noqa: BLE001 - third-party parsers fail in many ways on hostile input; recorded
        result["error"] = f"damaged or unreadable {_kind(mime)} ({type(exc).__name__})"
    return result


# -- PDF -----------------------------------------------------------------------------------------------------------


def _pdf(fh: BinaryIO, result: dict[str, Any]) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(fh, strict=False)
    except PdfReadError:
        raise _Damaged("damaged PDF") from None
    if reader.is_encrypted:
        result["encrypted"] = True
        try:
            readable = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001 - pypdf fails in many ways; recorded as encrypted, unread
            readable = False
        if not readable:
            return  # a password is needed to read anything inside
    pdf: dict[str, Any] = {}
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - a damaged /Info: the rest is still read
        info = None
    if info is not None:
        for key in ("title", "author", "subject", "creator", "producer"):
            value = _text(_attr(info, key))
            if value:
                pdf[key] = value
        for key, attr in (("created", "creation_date"), ("modified", "modification_date")):
            when = _attr(info, attr)
            if isinstance(when, datetime):
                pdf[key] = when.isoformat()
            elif raw := _text(_attr(info, attr + "_raw")):
                pdf[key] = raw  # kept as written when it is not a valid PDF date
    result["pdf"] = pdf
    try:
        pdf["pages"] = len(reader.pages)
    except Exception:  # noqa: BLE001 - reported as the damage it is
        raise _Damaged("damaged PDF page tree") from None


def _attr(obj: Any, name: str) -> Any:
    """``obj.name``, or None where pypdf fails to decode a damaged value."""
    try:
        return getattr(obj, name)
    except Exception:  # noqa: BLE001 - one undecodable value is left out, the others kept
        return None


# -- for callers ---------------------------------------------------------------------------------------------------


def gps_of(metadata: dict[str, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) in decimal degrees if ``metadata`` holds a valid position."""
    gps = metadata.get("gps")
    if not isinstance(gps, dict):
        return None
    lat, lon = _num(gps.get("latitude")), _num(gps.get("longitude"))
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lat, lon


_ORIENTATIONS = {
    1: "normal",
    2: "mirrored",
    3: "rotated 180°",
    4: "mirrored vertically",
    5: "mirrored, rotated 90° clockwise",
    6: "rotated 90° clockwise",
    7: "mirrored, rotated 90° anticlockwise",
    8: "rotated 90° anticlockwise",
}


def _duration(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    fraction = f"{seconds - whole:.1f}"[1:] if seconds < 60 else ""
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}{fraction}"


def summary_lines(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs for display, in a fixed order; only what ``metadata`` holds."""
    md = metadata
    lines: list[tuple[str, str]] = []
    if "width" in md and "height" in md:
        lines.append(("Dimensions", f"{md['width']} × {md['height']} pixels"))
    lines += _when_lines(md) + _gps_lines(md) + _camera_lines(md)
    if md.get("orientation") in _ORIENTATIONS and md["orientation"] != 1:
        lines.append(("Orientation", _ORIENTATIONS[md["orientation"]]))
    if md.get("has_thumbnail"):
        lines.append(("Embedded preview", "yes"))
    lines += _media_lines(md) + _pdf_lines(md)
    if md.get("encrypted"):
        lines.append(("Encrypted", "yes"))
    if md.get("error"):
        lines.append(("Could not read everything", str(md["error"])))
    return lines


def _when_lines(md: dict[str, Any]) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    if "captured_at" in md:
        when = str(md["captured_at"]).replace("T", " ")
        if "captured_at_offset" in md:
            when += f" (UTC{md['captured_at_offset']})"
        elif md.get("captured_at_zone") == "unknown":
            when += " (camera clock, time zone unknown)"
        lines.append(("Captured", when))
    if "created" in md:
        lines.append(("Created", str(md["created"]).replace("T", " ")))
    return lines


def _gps_lines(md: dict[str, Any]) -> list[tuple[str, str]]:
    position = gps_of(md)
    if not position:
        return []
    lines = [("Location", f"{position[0]:.6f}, {position[1]:.6f}")]
    gps = md["gps"]
    if _num(gps.get("altitude")) is not None:
        lines.append(("Altitude", f"{float(gps['altitude']):.1f} m"))
    if gps.get("timestamp"):
        lines.append(("GPS time", str(gps["timestamp"]).replace("T", " ")))
    return lines


def _camera_lines(md: dict[str, Any]) -> list[tuple[str, str]]:
    camera = md.get("camera")
    if not isinstance(camera, dict):
        return []
    lines: list[tuple[str, str]] = []
    device = " ".join(str(camera[k]) for k in ("make", "model") if camera.get(k))
    if device:
        lines.append(("Camera", device))
    for key, label in (("serial", "Serial number"), ("lens", "Lens"), ("software", "Software")):
        if camera.get(key):
            lines.append((label, str(camera[key])))
    return lines


def _media_lines(md: dict[str, Any]) -> list[tuple[str, str]]:
    """Audio and video: duration, codec, bit rate."""
    lines: list[tuple[str, str]] = []
    duration = _num(md.get("duration_s"))
    if duration is not None:
        lines.append(("Duration", _duration(duration)))
    if md.get("codec"):
        lines.append(("Codec", str(md["codec"])))
    bitrate = _int(md.get("bitrate"))
    if bitrate:
        lines.append(("Bit rate", f"{bitrate / 1000:.0f} kbit/s"))
    return lines


def _pdf_lines(md: dict[str, Any]) -> list[tuple[str, str]]:
    pdf = md.get("pdf")
    if not isinstance(pdf, dict):
        return []
    lines: list[tuple[str, str]] = []
    for key, label in (
        ("title", "Title"),
        ("author", "Author"),
        ("subject", "Subject"),
        ("creator", "Created with"),
        ("producer", "PDF producer"),
        ("created", "Created"),
        ("modified", "Modified"),
        ("pages", "Pages"),
    ):
        if pdf.get(key) not in (None, ""):
            value = str(pdf[key])
            lines.append((label, value.replace("T", " ") if key in ("created", "modified") else value))
    return lines
