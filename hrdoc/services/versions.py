"""Record versions, lineage and tombstones: the history merging needs (see services.merge).

Every change gives a record a new random ``version`` and files the old one in ``record_lineage``; every
deletion leaves a tombstone, for the record and for every record the database deletes with it (ON DELETE
CASCADE), so that a deletion made on one laptop travels to the others instead of being undone by them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from hrdoc.storage import models as m
from hrdoc.storage.base import Base, RecordMixin, new_version, utcnow


def table_kinds() -> dict[str, str]:
    """Table name → kind of record, for every table of records."""
    from hrdoc.services.records_kinds import KINDS

    return {spec.model.__table__.name: name for name, spec in KINDS.items()}  # type: ignore[attr-defined]


def previous_versions(session: Session, record_id: uuid.UUID) -> list[str]:
    """The versions a record had before its current one, oldest first."""
    return list(
        session.scalars(
            select(m.RecordLineage.version).where(m.RecordLineage.record_id == record_id).order_by(m.RecordLineage.seq)
        )
    )


def lineage(session: Session, record_id: uuid.UUID, current: str) -> list[str]:
    """Every version the record has had, oldest first, ending with ``current``."""
    return [*previous_versions(session, record_id), current]


def remember(session: Session, record_id: uuid.UUID, versions: Iterable[str]) -> None:
    """Add versions to a record's history (those it does not know yet), after the ones it has."""
    known = set(previous_versions(session, record_id))
    seq = len(known)
    for version in versions:
        if version and version not in known:
            seq += 1
            known.add(version)
            session.add(m.RecordLineage(record_id=record_id, version=version, seq=seq))


def bump(session: Session, obj: Any) -> None:
    """Give a changed record a new version; its old one joins its lineage."""
    old = obj.version
    if old:
        count = session.scalar(select(func.count()).where(m.RecordLineage.record_id == obj.id)) or 0
        session.add(m.RecordLineage(record_id=obj.id, version=old, seq=count + 1))
    obj.version = new_version()


def deletion_version() -> str:
    """A deletion is a version too: it names the tombstone, so later changes can say they came after it.

    Deletion versions start with "t", which no ordinary (hexadecimal) version does.
    """
    return "t" + uuid.uuid4().hex[1:]


def _cascading_children(table: Table) -> list[tuple[Table, str, str]]:
    """(child table, its column, the parent column) for foreign keys into ``table`` that delete with it."""
    out: list[tuple[Table, str, str]] = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                out.append((child, fk.parent.name, fk.column.name))
    return out


def bury(session: Session, kind: str, record_ids: Iterable[uuid.UUID], actor: str) -> int:
    """Leave tombstones for records about to be deleted and for every record deleted along with them."""
    kinds = table_kinds()
    now = utcnow()
    count = 0
    pending: list[tuple[str, list[uuid.UUID]]] = [(kind, list(record_ids))]
    seen: set[uuid.UUID] = set()
    while pending:
        this_kind, ids = pending.pop()
        ids = [i for i in ids if i not in seen]
        if not ids:
            continue
        seen.update(ids)
        from hrdoc.services.records_kinds import KINDS

        model = KINDS[this_kind].model
        table = cast(Table, model.__table__)
        has_case = "case_id" in table.c
        rows = session.execute(
            select(table.c.id, table.c.version, table.c.case_id if has_case else table.c.id).where(table.c.id.in_(ids))
        ).all()
        for rid, version, case_id in rows:
            existing = session.get(m.Tombstone, rid)
            remember(session, rid, [version])  # the last live version, which the deletion follows
            if existing is None:
                session.add(
                    m.Tombstone(
                        record_id=rid,
                        kind=this_kind,
                        case_id=case_id,
                        version=deletion_version(),
                        deleted_at=now,
                        deleted_by=actor,
                    )
                )
                count += 1
            else:  # deleted before, re-created, deleted again
                remember(session, rid, [existing.version])
                existing.version = deletion_version()
                existing.deleted_at, existing.deleted_by = now, actor
        for child, column, parent_column in _cascading_children(table):
            child_kind = kinds.get(child.name)
            if child_kind is None or not issubclass(KINDS[child_kind].model, RecordMixin):
                continue  # identities, consents, versions: parts of their record, gone with it
            parent_values = (
                ids
                if parent_column == "id"
                else list(session.scalars(select(table.c[parent_column]).where(table.c.id.in_(ids))))
            )
            children = list(session.scalars(select(child.c.id).where(child.c[column].in_(parent_values))))
            if children:
                pending.append((child_kind, children))
    return count
