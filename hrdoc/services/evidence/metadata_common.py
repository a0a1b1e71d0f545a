"""What the metadata readers of every file family share: the damaged-file signal and small conversions of
raw tag values (text, numbers) into what is stored.
"""

from __future__ import annotations

import math
from typing import Any

_MAX_INDEX_BYTES = 64 * 1024 * 1024  # the largest moov/Info box read into memory


class _Damaged(Exception):
    """Internal: the structure of the file is not what its format requires."""


def _kind(mime: str) -> str:
    if mime == "application/pdf":
        return "PDF"
    return mime.split("/", 1)[0] if mime.startswith(("image/", "audio/", "video/")) else "file"


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
