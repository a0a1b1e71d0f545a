"""Column and constraint helpers the model modules share."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrdoc.domain.enums import (
    Visibility,
)
from hrdoc.storage.base import check_in


def _case_fk() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


def _exactly_one(*columns: str) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns) + " = 1"


def _record_checks(*extra: CheckConstraint | UniqueConstraint) -> tuple[Any, ...]:
    return (check_in("visibility", Visibility), *extra)
