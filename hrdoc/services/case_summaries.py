"""The list of cases with their record counts, read without the ORM (issue 15, point 1): the app's main window is
painted with it before the ORM and the models are imported. :meth:`hrdoc.services.cases.CaseService.summaries`
reads it here too, so there is one way of listing cases."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime, Integer, String, Uuid, column, text

from hrdoc.services.context import StoreContext

# The sections a case's summary may count: each is the name of its table, whose records name their case in
# ``case_id`` (tests/services/test_case_summaries.py checks them against the models).
COUNTED = (
    "incidents",
    "allegations",
    "actors",
    "victims",
    "witnesses",
    "accounts",
    "sources",
    "evidence_files",
)


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: uuid.UUID
    reference: str
    title: str
    status: str
    visibility: str
    updated_at: Any
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        from hrdoc.services.serialize import json_value

        return {
            "id": str(self.id),
            "reference": self.reference,
            "title": self.title,
            "status": self.status,
            "visibility": self.visibility,
            "updated_at": json_value(self.updated_at),
            "counts": self.counts,
        }


def read_summaries(ctx: StoreContext, counted: Collection[str] = COUNTED) -> list[CaseSummary]:
    """Every case, by reference, with the number of its records in each of the ``counted`` sections.

    One statement, whatever the number of cases and sections: each count is read from the section's index on
    ``case_id`` (a correlated ``count(*)`` per case), so a list pays only for the counts it shows (the case
    list in the app, its incidents; ``hrdoc cases``, every section)."""
    wanted = [name for name in COUNTED if name in counted]
    counts = "".join(f", (SELECT count(*) FROM {name} WHERE {name}.case_id = cases.id) AS {name}" for name in wanted)
    query = text(
        f"SELECT cases.id, cases.reference, cases.title, cases.status, cases.visibility, cases.updated_at{counts} "
        "FROM cases ORDER BY cases.reference"
    ).columns(
        column("id", Uuid()),
        *(column(name, String()) for name in ("reference", "title", "status", "visibility")),
        column("updated_at", DateTime()),
        *(column(name, Integer()) for name in wanted),
    )
    with ctx.connection() as conn:
        rows = conn.execute(query).all()
    return [
        CaseSummary(
            id=row.id,
            reference=row.reference,
            title=row.title,
            status=row.status,
            visibility=row.visibility,
            updated_at=_utc(row.updated_at),
            counts={name: int(row._mapping[name] or 0) for name in wanted},
        )
        for row in rows
    ]


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """As the models read a timestamp: stored in UTC without its zone, returned with it
    (hrdoc.storage.base.UTCDateTime)."""
    return None if value is None else value.replace(tzinfo=dt.UTC)
