"""Metadata of MP4, QuickTime and 3GP files (ISO base media file format): creation time, duration, tracks and
codecs, and the position and device a phone writes into Apple's ``keys`` metadata.
"""

from __future__ import annotations

import re
import struct
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from hrdoc.services.evidence.metadata_common import _MAX_INDEX_BYTES, _Damaged, _num, _text

_MOV_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
_MOV_1970 = 2_082_844_800  # 1970-01-01 in seconds since 1904


_BMFF = {"video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "audio/mp4"}


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
