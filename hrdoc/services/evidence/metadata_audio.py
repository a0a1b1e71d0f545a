"""Metadata of audio (and the audio and video mutagen reads): duration, codec, tags; and of AMR voice
recordings, which mutagen does not read.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from hrdoc.services.evidence.metadata_common import _Damaged, _int, _num, _text

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
