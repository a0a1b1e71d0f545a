"""Metadata an item of evidence carries about itself: when, where and with what it was made.

``extract_metadata`` reads a seekable binary file cheaply (a video may be several gigabytes: only headers and
index boxes are read) and returns a JSON-serialisable dict holding only what was found. It never raises on
damaged or unexpected input; it returns ``{"error": "<short reason>"}`` plus whatever it read before.

Times: EXIF has no time zone unless the camera wrote an offset (EXIF 2.31 ``OffsetTime*``). Without one the
capture time is kept as the camera's naive local clock, and ``captured_at_zone`` says ``"unknown"``. GPS time
and MP4/QuickTime container times are UTC by definition.
"""

from __future__ import annotations

import math
import re
import struct
import warnings
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

# -- EXIF tags (EXIF 2.32, TIFF 6.0) ---------------------------------------------------------------------------

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

_MOV_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
_MOV_1970 = 2_082_844_800  # 1970-01-01 in seconds since 1904
_MKV_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
_MAX_INDEX_BYTES = 64 * 1024 * 1024  # the largest moov/Info box read into memory

_BMFF = {"video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "audio/mp4"}
_MATROSKA = {"video/webm", "video/x-matroska", "audio/webm", "audio/x-matroska"}


class _Damaged(Exception):
    """Internal: the structure of the file is not what its format requires."""


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
    except Exception as exc:  # third-party parsers fail in many ways on hostile input; none may reach the caller
        result["error"] = f"damaged or unreadable {_kind(mime)} ({type(exc).__name__})"
    return result


def _kind(mime: str) -> str:
    if mime == "application/pdf":
        return "PDF"
    return mime.split("/", 1)[0] if mime.startswith(("image/", "audio/", "video/")) else "file"


# -- small conversions ---------------------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", " ").strip()
    return value or None


def _num(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _int(value: Any) -> int | None:
    if isinstance(value, bytes) and len(value) == 1:
        return value[0]
    return value if isinstance(value, int) and not isinstance(value, bool) else None


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


# -- images --------------------------------------------------------------------------------------------------------


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
                except Exception:
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
    except Exception:
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
        except Exception:
            readable = False
        if not readable:
            return  # a password is needed to read anything inside
    pdf: dict[str, Any] = {}
    try:
        info = reader.metadata
    except Exception:
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
    except Exception:
        raise _Damaged("damaged PDF page tree") from None


def _attr(obj: Any, name: str) -> Any:
    """``obj.name``, or None where pypdf fails to decode a damaged value."""
    try:
        return getattr(obj, name)
    except Exception:
        return None


# -- audio and video: mutagen ------------------------------------------------------------------------------------

_MUTAGEN_CODECS = {
    "FLAC": "FLAC",
    "OggOpus": "Opus",
    "OggVorbis": "Vorbis",
    "OggTheora": "Theora",
    "OggFLAC": "FLAC",
    "OggSpeex": "Speex",
    "AAC": "AAC",
    "AC3": "AC-3",
    "ASF": "Windows Media",
    "AIFF": "PCM (AIFF)",
}


def _mutagen(fh: BinaryIO, result: dict[str, Any], *, overwrite: bool) -> None:
    import mutagen

    fh.seek(0)
    try:
        media = mutagen.File(fh)
    except mutagen.MutagenError:
        if overwrite:
            raise _Damaged("damaged or unsupported audio/video file") from None
        return  # the container parser has already said what it could
    if media is None or media.info is None:
        if overwrite:
            raise _Damaged("audio/video format not readable")
        return
    info = media.info
    found: dict[str, Any] = {}
    length = _num(getattr(info, "length", None))
    if length and length > 0:
        found["duration_s"] = round(length, 3)
    codec = _mutagen_codec(type(media).__name__, info)
    if codec:
        found["codec"] = codec
    for key, attr in (("bitrate", "bitrate"), ("sample_rate", "sample_rate"), ("channels", "channels")):
        value = _int(getattr(info, attr, None))
        if value:
            found[key] = value
    for key, value in found.items():
        if overwrite or key not in result:
            result[key] = value


def _mutagen_codec(kind: str, info: Any) -> str | None:
    if kind in _MUTAGEN_CODECS:
        return _MUTAGEN_CODECS[kind]
    if kind == "MP3":
        version = _num(getattr(info, "version", None))
        layer = _int(getattr(info, "layer", None))
        return f"MPEG-{version:g} Layer {layer}" if version and layer else "MPEG audio"
    if kind == "WAVE":
        return "PCM" if _int(getattr(info, "bits_per_sample", None)) else None
    if kind in ("MP4", "EasyMP4"):
        return _text(getattr(info, "codec_description", None)) or _text(getattr(info, "codec", None))
    return None


# -- MP4 / QuickTime / 3GP (ISO base media file format) ------------------------------------------------------------


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise _Damaged("file ends inside a header")
    return data


def _top_boxes(fh: BinaryIO) -> dict[bytes, tuple[int, int]]:
    """Top-level boxes by type: (offset of content, content size). Seeks over media data, reads headers only."""
    fh.seek(0, 2)
    end = fh.tell()
    boxes: dict[bytes, tuple[int, int]] = {}
    pos = 0
    while pos + 8 <= end and len(boxes) < 1000:
        fh.seek(pos)
        size, kind = struct.unpack(">I4s", _read_exact(fh, 8))
        header = 8
        if size == 1:
            size = struct.unpack(">Q", _read_exact(fh, 8))[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header:
            raise _Damaged("damaged MP4/QuickTime box structure")
        boxes.setdefault(kind, (pos + header, min(size, end - pos) - header))
        pos += size
    return boxes


def _children(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[bytes, bytes]]:
    end = len(data) if end is None else end
    out = []
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1 and pos + 16 <= end:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            break  # a damaged or padded tail: keep what was read
        out.append((kind, data[pos + header : pos + size]))
        pos += size
    return out


def _bmff(fh: BinaryIO, result: dict[str, Any]) -> None:
    boxes = _top_boxes(fh)
    if b"moov" not in boxes:
        raise _Damaged("no MP4/QuickTime index (moov box): the recording may be cut off")
    start, size = boxes[b"moov"]
    if size > _MAX_INDEX_BYTES:
        return
    fh.seek(start)
    children = _children(fh.read(size))
    moov = dict(children)
    mvhd = moov.get(b"mvhd")
    if mvhd and len(mvhd) >= 20:
        if mvhd[0] == 1 and len(mvhd) >= 32:
            created, _modified, scale, duration = struct.unpack(">QQIQ", mvhd[4:32])
        else:
            created, _modified, scale, duration = struct.unpack(">IIII", mvhd[4:20])
        if scale and duration and duration != (1 << (64 if mvhd[0] == 1 else 32)) - 1:
            result["duration_s"] = round(duration / scale, 3)
        # Seconds since 1904 (UTC); before 1970 means a camera whose clock was never set.
        if _MOV_1970 <= created < _MOV_1970 + 200 * 365 * 86400:
            result["created"] = (_MOV_EPOCH + timedelta(seconds=created)).isoformat()
    codecs: list[str] = []
    for kind, trak in children:
        if kind == b"trak":
            _bmff_track(trak, result, codecs)
    if codecs:
        result["codec"] = ", ".join(dict.fromkeys(codecs))
    for kind, data in _children(moov.get(b"udta", b"")):
        if kind == b"\xa9xyz" and len(data) > 4:
            _put_iso6709(result, data[4:].decode("utf-8", "replace"))
    if b"meta" in moov:
        _apple_keys(moov[b"meta"], result)


_BMFF_CODECS = {
    b"avc1": "H.264",
    b"avc3": "H.264",
    b"hvc1": "H.265",
    b"hev1": "H.265",
    b"av01": "AV1",
    b"vp09": "VP9",
    b"vp08": "VP8",
    b"mp4v": "MPEG-4 Visual",
    b"s263": "H.263",
    b"jpeg": "Motion JPEG",
    b"mjpa": "Motion JPEG",
    b"apcn": "ProRes",
    b"apch": "ProRes",
    b"apcs": "ProRes",
    b"apco": "ProRes",
    b"ap4h": "ProRes",
    b"mp4a": "AAC",
    b"samr": "AMR",
    b"sawb": "AMR-WB",
    b"ac-3": "AC-3",
    b"ec-3": "E-AC-3",
    b"Opus": "Opus",
    b"fLaC": "FLAC",
    b"alac": "ALAC",
    b".mp3": "MP3",
    b"lpcm": "PCM",
    b"sowt": "PCM",
    b"twos": "PCM",
    b"in24": "PCM",
}


def _bmff_track(trak: bytes, result: dict[str, Any], codecs: list[str]) -> None:
    """The codec of an audio or video track (first sample description); the picture size of a video track."""
    boxes = dict(_children(trak))
    mdia = dict(_children(boxes.get(b"mdia", b"")))
    handler = mdia.get(b"hdlr", b"")[8:12]
    if handler not in (b"vide", b"soun"):
        return  # timecode, metadata, hint tracks
    stbl = dict(_children(dict(_children(mdia.get(b"minf", b""))).get(b"stbl", b"")))
    stsd = stbl.get(b"stsd", b"")
    if len(stsd) >= 16:
        fourcc = stsd[12:16]
        name = _BMFF_CODECS.get(fourcc) or fourcc.decode("latin-1").strip()
        if name.isprintable() and name:
            codecs.append(name)
    tkhd = boxes.get(b"tkhd", b"")
    if handler == b"vide" and len(tkhd) >= 84 and "width" not in result:
        width, height = struct.unpack(">II", tkhd[-8:])  # 16.16 fixed point
        if width >> 16 and height >> 16:
            result["width"], result["height"] = width >> 16, height >> 16


def _apple_keys(meta: bytes, result: dict[str, Any]) -> None:
    """QuickTime metadata (iPhone and others): the "keys" box names the items of "ilst"."""
    boxes = dict(_children(meta))
    if b"keys" not in boxes:
        boxes = dict(_children(meta, 4))  # an ISO "meta" box has version/flags before its children
    keys_box = boxes.get(b"keys", b"")
    names: list[str] = []
    for _kind, data in _children(keys_box, 8):
        names.append(data.decode("utf-8", "replace"))
    values: dict[str, str] = {}
    for kind, item in _children(boxes.get(b"ilst", b"")):
        index = int.from_bytes(kind, "big")
        if not 1 <= index <= len(names):
            continue
        for sub_kind, payload in _children(item):
            if sub_kind == b"data" and len(payload) >= 8 and int.from_bytes(payload[1:4], "big") == 1:  # UTF-8
                values[names[index - 1]] = payload[8:].decode("utf-8", "replace")
    location = values.get("com.apple.quicktime.location.ISO6709")
    if location:
        _put_iso6709(result, location)
    when = values.get("com.apple.quicktime.creationdate")
    if when:
        _put_iso_time(result, when)
    camera = {
        "make": _text(values.get("com.apple.quicktime.make")),
        "model": _text(values.get("com.apple.quicktime.model")),
        "software": _text(values.get("com.apple.quicktime.software")),
    }
    camera = {k: v for k, v in camera.items() if v}
    if camera:
        result["camera"] = camera


def _put_iso_time(result: dict[str, Any], text: str) -> None:
    """ "2025-03-14T09:26:53+0100" (QuickTime creationdate): the local time, and its offset when given."""
    text = text.strip()
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S"):
        try:
            when = datetime.strptime(text[:24], fmt)
        except ValueError:
            continue
        result["captured_at"] = when.replace(tzinfo=None).isoformat()
        result["captured_at_tag"] = "com.apple.quicktime.creationdate"
        offset = when.utcoffset()
        if offset is None:
            result["captured_at_zone"] = "unknown"
        else:
            minutes = int(offset.total_seconds()) // 60
            sign = "-" if minutes < 0 else "+"
            result["captured_at_offset"] = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return


_ISO6709 = re.compile(r"^\s*([+-])(\d+)(\.\d*)?([+-])(\d+)(\.\d*)?(?:([+-]\d+(?:\.\d*)?))?")


def _iso6709_part(digits: str, fraction: str | None, degree_digits: int) -> float | None:
    """ISO 6709 angle: D+, D+M M or D+MMSS depending on how many integer digits there are."""
    frac = float("0" + fraction) if fraction and fraction != "." else 0.0
    extra = len(digits) - degree_digits
    if extra == 0:
        return int(digits) + frac
    if extra == 2:
        return int(digits[:degree_digits]) + (int(digits[degree_digits:]) + frac) / 60
    if extra == 4:
        seconds = int(digits[degree_digits + 2 :]) + frac
        return int(digits[:degree_digits]) + int(digits[degree_digits : degree_digits + 2]) / 60 + seconds / 3600
    return None


def _put_iso6709(result: dict[str, Any], text: str) -> None:
    """ "+36.9000-002.1000+123.4/" (ISO 6709, as phones write it in videos) into ``result["gps"]``."""
    match = _ISO6709.match(text)
    if not match:
        return
    lat = _iso6709_part(match.group(2), match.group(3), 2)
    lon = _iso6709_part(match.group(5), match.group(6), 3)
    if lat is None or lon is None or lat > 90 or lon > 180:
        return
    gps: dict[str, Any] = {
        "latitude": round(-lat if match.group(1) == "-" else lat, 7),
        "longitude": round(-lon if match.group(4) == "-" else lon, 7),
    }
    altitude = _num(match.group(7))
    if altitude is not None:
        gps["altitude"] = altitude
    result["gps"] = gps


# -- WebM / Matroska (EBML) ------------------------------------------------------------------------------------

_SEGMENT, _INFO, _TRACKS, _CLUSTER = 0x18538067, 0x1549A966, 0x1654AE6B, 0x1F43B675
_TIMECODE_SCALE, _DURATION, _DATE_UTC = 0x2AD7B1, 0x4489, 0x4461
_TRACK_ENTRY, _CODEC_ID, _VIDEO, _PIXEL_WIDTH, _PIXEL_HEIGHT = 0xAE, 0x86, 0xE0, 0xB0, 0xBA
_MKV_CODECS = {
    "V_VP8": "VP8",
    "V_VP9": "VP9",
    "V_AV1": "AV1",
    "V_MPEG4/ISO/AVC": "H.264",
    "V_MPEGH/ISO/HEVC": "H.265",
    "V_THEORA": "Theora",
    "A_OPUS": "Opus",
    "A_VORBIS": "Vorbis",
    "A_AAC": "AAC",
    "A_MPEG/L3": "MP3",
    "A_FLAC": "FLAC",
    "A_AC3": "AC-3",
}


def _vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int, bool]:
    """An EBML variable-size integer at ``pos``: (value, length in bytes, all value bits set = unknown size)."""
    if pos >= len(data) or data[pos] == 0:
        raise _Damaged("damaged WebM/Matroska structure")
    width = 9 - data[pos].bit_length()
    if pos + width > len(data):
        raise _Damaged("damaged WebM/Matroska structure")
    value = int.from_bytes(data[pos : pos + width], "big")
    if keep_marker:
        return value, width, False
    value &= (1 << (7 * width)) - 1
    return value, width, value == (1 << (7 * width)) - 1


def _ebml_elements(data: bytes) -> list[tuple[int, bytes]]:
    out = []
    pos = 0
    while pos < len(data):
        element, id_len, _ = _vint(data, pos, keep_marker=True)
        size, size_len, unknown = _vint(data, pos + id_len, keep_marker=False)
        start = pos + id_len + size_len
        end = len(data) if unknown else start + size
        if end > len(data):
            break
        out.append((element, data[start:end]))
        pos = end
    return out


def _matroska(fh: BinaryIO, result: dict[str, Any]) -> None:
    fh.seek(0, 2)
    end = fh.tell()
    head = _seek_read(fh, 0, 64)
    _id, id_len, _ = _vint(head, 0, keep_marker=True)
    size, size_len, _ = _vint(head, id_len, keep_marker=False)
    pos = id_len + size_len + size  # after the EBML header
    segment = _seek_read(fh, pos, 12)
    element, id_len, _ = _vint(segment, 0, keep_marker=True)
    if element != _SEGMENT:
        raise _Damaged("damaged WebM/Matroska structure: no segment")
    _size, size_len, _ = _vint(segment, id_len, keep_marker=False)
    pos += id_len + size_len
    scale = 1_000_000
    duration: float | None = None
    codecs: list[str] = []
    for _ in range(256):  # top-level elements of the segment before the first cluster
        if pos >= end:
            break
        header = _seek_read(fh, pos, 12)
        element, id_len, _ = _vint(header, 0, keep_marker=True)
        size, size_len, unknown = _vint(header, id_len, keep_marker=False)
        if element == _CLUSTER or unknown:
            break
        body = pos + id_len + size_len
        if element in (_INFO, _TRACKS) and size <= _MAX_INDEX_BYTES:
            children = _ebml_elements(_seek_read(fh, body, size))
            if element == _INFO:
                for child, value in children:
                    if child == _TIMECODE_SCALE and value:
                        scale = int.from_bytes(value, "big")
                    elif child == _DURATION and len(value) in (4, 8):
                        duration = struct.unpack(">f" if len(value) == 4 else ">d", value)[0]
                    elif child == _DATE_UTC and len(value) == 8:
                        nanoseconds = struct.unpack(">q", value)[0]
                        result["created"] = (_MKV_EPOCH + timedelta(microseconds=nanoseconds // 1000)).isoformat()
            else:
                for child, entry in children:
                    if child == _TRACK_ENTRY:
                        for field, value in _ebml_elements(entry):
                            if field == _CODEC_ID:
                                codec_id = value.rstrip(b"\x00").decode("ascii", "replace")
                                codecs.append(_MKV_CODECS.get(codec_id, codec_id))
                            elif field == _VIDEO and "width" not in result:
                                size_of = dict(_ebml_elements(value))
                                width = int.from_bytes(size_of.get(_PIXEL_WIDTH, b""), "big")
                                height = int.from_bytes(size_of.get(_PIXEL_HEIGHT, b""), "big")
                                if width and height:
                                    result["width"], result["height"] = width, height
        pos = body + size
    if duration is not None and math.isfinite(duration) and duration > 0:
        result["duration_s"] = round(duration * scale / 1e9, 3)
    if codecs:
        result["codec"] = ", ".join(dict.fromkeys(codecs))


def _seek_read(fh: BinaryIO, pos: int, n: int) -> bytes:
    fh.seek(pos)
    data = fh.read(n)
    if not data:
        raise _Damaged("file ends inside a header")
    return data


# -- AVI -----------------------------------------------------------------------------------------------------------


def _avi(fh: BinaryIO, result: dict[str, Any]) -> None:
    """Duration from the main AVI header (and the OpenDML frame count of files over 1 GB); video codec."""
    head = fh.read(64 * 1024)
    avih = head.find(b"avih")
    if avih < 0 or len(head) < avih + 8 + 40:
        raise _Damaged("damaged AVI: no main header")
    micro_per_frame, _, _, _, frames = struct.unpack("<IIIII", head[avih + 8 : avih + 28])
    width, height = struct.unpack("<II", head[avih + 40 : avih + 48])
    dmlh = head.find(b"dmlh")
    if dmlh >= 0 and len(head) >= dmlh + 12:
        frames = max(frames, struct.unpack("<I", head[dmlh + 8 : dmlh + 12])[0])
    if micro_per_frame and frames:
        result["duration_s"] = round(micro_per_frame * frames / 1e6, 3)
    if width and height:
        result["width"], result["height"] = width, height
    pos = head.find(b"strh")
    while pos >= 0:  # stream headers: "strh", size, stream type, codec ("fccHandler")
        if head[pos + 8 : pos + 12] == b"vids":
            codec = _text(head[pos + 12 : pos + 16].decode("latin-1"))
            if codec and codec.isprintable():
                result["codec"] = codec
            break
        pos = head.find(b"strh", pos + 4)


# -- AMR -----------------------------------------------------------------------------------------------------------

_AMR_NB_SIZES = (12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0)
_AMR_WB_SIZES = (17, 23, 32, 36, 40, 46, 50, 58, 60, 5, 0, 0, 0, 0, 0, 0)
_AMR_MAX_BYTES = 64 * 1024 * 1024  # about ten hours of AMR-NB at its highest rate


def _amr(fh: BinaryIO, result: dict[str, Any]) -> None:
    """AMR has no duration field: count its 20 ms frames (the file is small: about 1.5 kB a second)."""
    magic = fh.read(9)
    if magic.startswith(b"#!AMR-WB\n"):
        sizes, pos = _AMR_WB_SIZES, 9
    elif magic.startswith(b"#!AMR\n"):
        sizes, pos = _AMR_NB_SIZES, 6
    else:
        raise _Damaged("not an AMR file")
    fh.seek(pos)
    data = fh.read(_AMR_MAX_BYTES)
    frames = 0
    pos = 0
    while pos < len(data):
        pos += 1 + sizes[(data[pos] >> 3) & 0x0F]
        frames += 1
    result["duration_s"] = round(frames * 0.02, 3)
    result["codec"] = "AMR-WB" if sizes is _AMR_WB_SIZES else "AMR"


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
    lines: list[tuple[str, str]] = []
    md = metadata
    if "width" in md and "height" in md:
        lines.append(("Dimensions", f"{md['width']} × {md['height']} pixels"))
    if "captured_at" in md:
        when = str(md["captured_at"]).replace("T", " ")
        if "captured_at_offset" in md:
            when += f" (UTC{md['captured_at_offset']})"
        elif md.get("captured_at_zone") == "unknown":
            when += " (camera clock, time zone unknown)"
        lines.append(("Captured", when))
    if "created" in md:
        lines.append(("Created", str(md["created"]).replace("T", " ")))
    position = gps_of(md)
    if position:
        lines.append(("Location", f"{position[0]:.6f}, {position[1]:.6f}"))
        gps = md["gps"]
        if _num(gps.get("altitude")) is not None:
            lines.append(("Altitude", f"{float(gps['altitude']):.1f} m"))
        if gps.get("timestamp"):
            lines.append(("GPS time", str(gps["timestamp"]).replace("T", " ")))
    camera = md.get("camera")
    if isinstance(camera, dict):
        device = " ".join(str(camera[k]) for k in ("make", "model") if camera.get(k))
        if device:
            lines.append(("Camera", device))
        for key, label in (("serial", "Serial number"), ("lens", "Lens"), ("software", "Software")):
            if camera.get(key):
                lines.append((label, str(camera[key])))
    if md.get("orientation") in _ORIENTATIONS and md["orientation"] != 1:
        lines.append(("Orientation", _ORIENTATIONS[md["orientation"]]))
    if md.get("has_thumbnail"):
        lines.append(("Embedded preview", "yes"))
    duration = _num(md.get("duration_s"))
    if duration is not None:
        lines.append(("Duration", _duration(duration)))
    if md.get("codec"):
        lines.append(("Codec", str(md["codec"])))
    bitrate = _int(md.get("bitrate"))
    if bitrate:
        lines.append(("Bit rate", f"{bitrate / 1000:.0f} kbit/s"))
    pdf = md.get("pdf")
    if isinstance(pdf, dict):
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
    if md.get("encrypted"):
        lines.append(("Encrypted", "yes"))
    if md.get("error"):
        lines.append(("Could not read everything", str(md["error"])))
    return lines
