"""Metadata of images: EXIF (EXIF 2.32, TIFF 6.0) as Pillow reads it, for the formats a sniffed type allows:
camera, lens and serial numbers, capture times with their offsets, GPS position.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from hrdoc.services.evidence.metadata_common import _Damaged, _int, _num, _text

_IFD_EXIF = 0x8769
_IFD_GPS = 0x8825
_IFD1 = -1  # PIL.ExifTags.IFD.IFD1: the thumbnail directory
_MAKE, _MODEL, _ORIENTATION, _SOFTWARE, _DATETIME = 0x010F, 0x0110, 0x0112, 0x0131, 0x0132
_DNG_SERIAL = 0xC62F  # CameraSerialNumber (DNG), in IFD0
_THUMB_OFFSET, _THUMB_LENGTH, _STRIP_OFFSETS = 0x0201, 0x0202, 0x0111
_BODY_SERIAL, _LENS_MAKE, _LENS_MODEL = 0xA431, 0xA433, 0xA434


# (date tag, offset tag, sub-second tag, directory) in order of preference.
_TIMES = (
    ("DateTimeOriginal", 0x9003, 0x9011, 0x9291, _IFD_EXIF),
    ("DateTimeDigitized", 0x9004, 0x9012, 0x9292, _IFD_EXIF),
    ("DateTime", _DATETIME, 0x9010, 0x9290, 0),
)
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON, _GPS_ALT_REF, _GPS_ALT = 1, 2, 3, 4, 5, 6
_GPS_TIME, _GPS_DATE = 7, 29


def _exif_time(value: Any, subsec: Any = None) -> str | None:
    """ "2025:03:14 09:26:53" (EXIF) as "2025-03-14T09:26:53", naive; None for blanks and nonsense."""
    text = _text(value)
    if not text:
        return None
    try:
        when = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    digits = _text(subsec)
    if digits and digits.isdigit():
        when = when.replace(microsecond=int(digits[:6].ljust(6, "0")))
    return when.isoformat()


_OFFSET = re.compile(r"^[+-](0\d|1[0-4]):[0-5]\d$")


# Pillow plugins allowed to open each sniffed type, so a file is never handed to an unrelated decoder.
_PILLOW_FORMATS = {
    "image/jpeg": ["JPEG"],  # files with MPF come back as MPO images
    "image/png": ["PNG"],
    "image/gif": ["GIF"],
    "image/webp": ["WEBP"],
    "image/tiff": ["TIFF"],
    "image/bmp": ["BMP"],
    "image/avif": ["AVIF"],
    "image/jp2": ["JPEG2000"],
}


def _image(fh: BinaryIO, formats: list[str] | None, result: dict[str, Any]) -> None:
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DecompressionBombWarning and plugin complaints: we do not decode pixels
        try:
            im = Image.open(fh, formats=formats)
        except (UnidentifiedImageError, KeyError):  # KeyError: this Pillow has no plugin for the format
            raise _Damaged("image format not readable") from None
        except Image.DecompressionBombError:
            raise _Damaged("image too large to examine") from None
        with im:
            result["width"], result["height"] = im.size
            # For a PNG without an eXIf chunk before its pixels, Pillow would decode every pixel looking for one.
            exif = None if im.format == "PNG" and "exif" not in im.info else im.getexif()
            has_thumbnail = im.format == "MPO" and getattr(im, "n_frames", 1) > 1
            if exif:
                try:
                    has_thumbnail = _exif(exif, result) or has_thumbnail
                except Exception:  # noqa: BLE001 - hostile EXIF fails in many ways: reported as damaged
                    result["has_thumbnail"] = has_thumbnail
                    raise _Damaged("damaged EXIF data") from None
            result["has_thumbnail"] = has_thumbnail


def exif_fields(block: bytes) -> dict[str, Any]:
    """What an EXIF block (the TIFF structure, as in a JPEG's APP1 after "Exif\\0\\0") says. Never raises."""
    from PIL import Image

    result: dict[str, Any] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns of truncated directories, then reads what it can
            exif = Image.Exif()
            exif.load(b"Exif\x00\x00" + block)
            result["has_thumbnail"] = _exif(exif, result)
    except Exception:  # noqa: BLE001 - "never raises": hostile EXIF is recorded as damaged
        result["error"] = "damaged EXIF data"
    return result


def _exif(exif: Any, result: dict[str, Any]) -> bool:
    """Fill ``result`` from a PIL ``Image.Exif``; return whether it holds a thumbnail (IFD1)."""
    sub = exif.get_ifd(_IFD_EXIF)
    for tag_name, tag, offset_tag, subsec_tag, ifd in _TIMES:
        source = sub if ifd == _IFD_EXIF else exif
        when = _exif_time(source.get(tag), source.get(subsec_tag))
        if when:
            result["captured_at"] = when
            result["captured_at_tag"] = tag_name
            offset = _text(sub.get(offset_tag))
            if offset and _OFFSET.match(offset):
                result["captured_at_offset"] = offset
            else:
                result["captured_at_zone"] = "unknown"
            break

    gps = _gps(exif.get_ifd(_IFD_GPS))
    if gps:
        result["gps"] = gps

    camera = {
        "make": _text(exif.get(_MAKE)),
        "model": _text(exif.get(_MODEL)),
        "serial": _text(sub.get(_BODY_SERIAL)) or _text(exif.get(_DNG_SERIAL)),
        "lens": _text(sub.get(_LENS_MODEL)) or _text(sub.get(_LENS_MAKE)),
        "software": _text(exif.get(_SOFTWARE)),
    }
    camera = {k: v for k, v in camera.items() if v}
    if camera:
        result["camera"] = camera

    orientation = _int(exif.get(_ORIENTATION))
    if orientation is not None and 1 <= orientation <= 8:
        result["orientation"] = orientation

    thumb = exif.get_ifd(_IFD1)
    length = _int(thumb.get(_THUMB_LENGTH))
    return bool(length) or _STRIP_OFFSETS in thumb


def _degrees(value: Any) -> float | None:
    """EXIF degrees, minutes, seconds (rationals) as decimal degrees."""
    parts = value if isinstance(value, tuple | list) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for i, part in enumerate(parts):
        number = _num(part)
        if number is None or number < 0:
            return None
        total += number / 60**i
    return total


def _gps(ifd: Any) -> dict[str, Any] | None:
    lat, lon = _degrees(ifd.get(_GPS_LAT)), _degrees(ifd.get(_GPS_LON))
    if lat is None or lon is None:
        return None
    if (_text(ifd.get(_GPS_LAT_REF)) or "N").upper().startswith("S"):
        lat = -lat
    if (_text(ifd.get(_GPS_LON_REF)) or "E").upper().startswith("W"):
        lon = -lon
    if abs(lat) > 90 or abs(lon) > 180:
        return None
    gps: dict[str, Any] = {"latitude": round(lat, 7), "longitude": round(lon, 7)}
    altitude = _num(ifd.get(_GPS_ALT))
    if altitude is not None:
        gps["altitude"] = -altitude if _int(ifd.get(_GPS_ALT_REF)) == 1 else altitude
    stamp = _gps_time(ifd.get(_GPS_DATE), ifd.get(_GPS_TIME))
    if stamp:
        gps["timestamp"] = stamp
    return gps


def _gps_time(date: Any, time: Any) -> str | None:
    text = _text(date)
    if not text or not isinstance(time, tuple | list) or len(time) != 3:
        return None
    hms = [_num(t) for t in time]
    try:
        day = datetime.strptime(text[:10], "%Y:%m:%d").replace(tzinfo=UTC)
    except ValueError:
        return None
    if any(n is None or n < 0 for n in hms):
        return None
    h, m, s = (n or 0.0 for n in hms)
    if h >= 24 or m >= 60 or s >= 61:
        return None
    return (day + timedelta(hours=h, minutes=m, seconds=s)).isoformat()
