"""Metadata of WebM/Matroska (EBML) and AVI files: date, duration, tracks and codecs."""

from __future__ import annotations

import math
import struct
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from hrdoc.services.evidence.metadata_common import _MAX_INDEX_BYTES, _Damaged, _text

_MKV_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)


_MATROSKA = {"video/webm", "video/x-matroska", "audio/webm", "audio/x-matroska"}


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
                scale, duration = _mkv_info(children, result, scale, duration)
            else:
                for child, entry in children:
                    if child == _TRACK_ENTRY:
                        _mkv_track(entry, result, codecs)
        pos = body + size
    if duration is not None and math.isfinite(duration) and duration > 0:
        result["duration_s"] = round(duration * scale / 1e9, 3)
    if codecs:
        result["codec"] = ", ".join(dict.fromkeys(codecs))


def _mkv_info(
    children: list[tuple[int, bytes]], result: dict[str, Any], scale: int, duration: float | None
) -> tuple[int, float | None]:
    """The segment's Info element: its timecode scale and duration (returned), its creation date (in result)."""
    for child, value in children:
        if child == _TIMECODE_SCALE and value:
            scale = int.from_bytes(value, "big")
        elif child == _DURATION and len(value) in (4, 8):
            duration = struct.unpack(">f" if len(value) == 4 else ">d", value)[0]
        elif child == _DATE_UTC and len(value) == 8:
            nanoseconds = struct.unpack(">q", value)[0]
            result["created"] = (_MKV_EPOCH + timedelta(microseconds=nanoseconds // 1000)).isoformat()
    return scale, duration


def _mkv_track(entry: bytes, result: dict[str, Any], codecs: list[str]) -> None:
    """One TrackEntry: its codec (appended to codecs); the first video track's size (in result)."""
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


def _seek_read(fh: BinaryIO, pos: int, n: int) -> bytes:
    fh.seek(pos)
    data = fh.read(n)
    if not data:
        raise _Damaged("file ends inside a header")
    return data


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
