"""The list of cases with their record counts, read on the database driver's own connection (issue 15, point 1):
the app's main window is painted with it before SQLAlchemy, the ORM and the models are imported (on a store
file's first connection: storage.first_connection). :meth:`hrdoc.services.cases.CaseService.summaries` reads it
here too, on every kind of store, so there is one way of listing cases."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

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
    list in the app, its incidents; ``hrdoc cases``, every section). Its values are read as the models read
    them, whatever the driver gives (text on a store file, typed values on PostgreSQL)."""
    wanted = [name for name in COUNTED if name in counted]
    counts = "".join(f", (SELECT count(*) FROM {name} WHERE {name}.case_id = cases.id) AS {name}" for name in wanted)
    query = (
        f"SELECT cases.id, cases.reference, cases.title, cases.status, cases.visibility, cases.updated_at{counts} "
        "FROM cases ORDER BY cases.reference"
    )
    with ctx.driver() as run:
        rows = run(query)
    return [
        CaseSummary(
            id=_uuid(case_id),
            reference=str(reference),
            title=str(title),
            status=str(status),
            visibility=str(visibility),
            updated_at=_utc(updated_at),
            counts={name: int(count or 0) for name, count in zip(wanted, found, strict=True)},
        )
        for case_id, reference, title, status, visibility, updated_at, *found in rows
    ]


def _uuid(value: object) -> uuid.UUID:
    """A case's id as the models read it: PostgreSQL's driver gives a UUID, a store file holds its 32 hex digits
    (SQLAlchemy's ``Uuid``)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _utc(value: dt.datetime | str | None) -> dt.datetime | None:
    """A timestamp as the models read it: stored in UTC without its zone, returned with it
    (hrdoc.storage.base.UTCDateTime); a store file holds it as text (services.audit_chain.stored_time)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)
