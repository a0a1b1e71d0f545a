"""Records as plain JSON-ready dicts, with field names exactly as in the model (docs/data-model.md)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from hrdoc.storage.base import Base

MASK = "[protected]"


def json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [json_value(v) for v in value]
    return value


def record_dict(obj: Base, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every column of ``obj`` by its model name, as JSON-ready values."""
    return {col.key: json_value(getattr(obj, col.key)) for col in obj.__table__.columns if col.key not in exclude}
