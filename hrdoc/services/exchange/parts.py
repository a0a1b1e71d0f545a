"""A record as a whole: its own row, the parts kept beside it, and the records that cannot live without it.

A merge decides record by record (services.exchange.merge), but what a person sees as one record is more than
its row. Two things belong to a record:

* its **parts** — kept in tables of their own, declared in the registry with ``owner=`` (a witness's identity
  and consent, a victim's identity, an account's versions). Changing a part gives the owner a new version
  (the record services do it), so a part changed on two sides is a conflict on the owner, and a part travels,
  is compared and is decided with its owner: :func:`parts_of`, :class:`PartsIndex`, :func:`same_parts`;
* its **dependents** — records of their own that refer to it through a reference the database deletes with
  it or refuses to leave dangling (an actor's perpetrator rows, an allegation's links, a witness's accounts,
  an evidence item's working copies). They keep their own versions and merge as records, but a deletion takes
  them with it: :data:`DEPENDENT_REFS` and :func:`local_dependents`.

Nothing here writes; services.exchange.merge_parts applies parts, services.exchange.merge_deletions decides
deletions with their dependents.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.registry import Group
from hrdoc.services import sharing
from hrdoc.services.exchange.refusal import batches
from hrdoc.services.exchange.snapshot import Snapshot, to_json
from hrdoc.services.records_kinds import KINDS
from hrdoc.storage.base import Base

# The key, in a whole record as a conflict keeps it, of its parts and of the records that come back with it.
PARTS_KEY = "__parts__"
WITH_KEY = "__with__"
DELETED_KEY = "__deleted__"


@dataclass(frozen=True)
class PartDef:
    """A part of a record of kind ``owner`` kept in a table of its own."""

    kind: str  # the part's kind in the registry (witness_identity, consent, account_version)
    owner: str
    model: Any
    table: str  # also the name of the Snapshot field that carries these parts
    key: str  # the column naming the owner
    many: bool  # several per owner, each with an id of its own (account versions)
    protected: tuple[str, ...]  # fields shown only when revealed (an identity's)


def _model_of(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise KeyError(table)


@functools.cache
def parts_of(kind: str) -> tuple[PartDef, ...]:
    """The parts of a record of ``kind``, as the registry declares them (none for most kinds)."""
    out: list[PartDef] = []
    owner_table = registry.kind(kind).table
    for part in registry.parts(kind):
        model = _model_of(part.table)
        columns = model.__table__.columns
        key = next(c.name for c in columns if any(fk.column.table.name == owner_table for fk in c.foreign_keys))
        many = key not in {c.name for c in model.__table__.primary_key.columns}
        protected = tuple(f.name for f in part.fields if f.group is Group.IDENTITY)
        out.append(PartDef(part.name, kind, model, part.table, key, many, protected))
    return tuple(out)


# The kinds of record that have parts (a witness, a victim, an account), as the registry declares them.
OWNERS: tuple[str, ...] = tuple(k for k in registry.RECORD_KINDS if registry.parts(k))


def carried(snap: Snapshot, part: PartDef) -> bool:
    """Whether the copy carries this part at all (beyond the team, identities and consent stay behind)."""
    return part.many or sharing.identities_travel(snap.audience)


class PartsIndex:
    """The parts a copy carries, by owner id: ``parts(owner_kind, owner_id)`` → part kind → value (a row, None
    when the copy carries none for that owner, or a list of rows for versions)."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self._rows: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for kind in OWNERS:
            for part in parts_of(kind):
                index: dict[str, list[dict[str, Any]]] = {}
                for row in getattr(snap, part.table):
                    index.setdefault(str(row.get(part.key)), []).append(row)
                self._rows[part.kind] = index

    def parts(self, owner_kind: str, owner_id: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for part in parts_of(owner_kind):
            if not carried(self.snap, part):
                continue
            rows = self._rows.get(part.kind, {}).get(str(owner_id), [])
            out[part.kind] = sorted(rows, key=_version_order) if part.many else (rows[0] if rows else None)
        return out


def local_parts(session: Session, kind: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The parts of these records of ``kind`` as this store holds them, as JSON-ready values."""
    wanted = sorted(set(ids), key=str)
    out: dict[uuid.UUID, dict[str, Any]] = {
        rid: {p.kind: ([] if p.many else None) for p in parts_of(kind)} for rid in wanted
    }
    for part in parts_of(kind):
        column = getattr(part.model, part.key)
        for chunk in batches(wanted):
            for obj in session.scalars(select(part.model).where(column.in_(chunk))):
                owner = getattr(obj, part.key)
                if part.many:
                    out[owner][part.kind].append(to_json(obj))
                else:
                    out[owner][part.kind] = to_json(obj)
        if part.many:
            for values in out.values():
                values[part.kind].sort(key=_version_order)
    return out


def _version_order(row: dict[str, Any]) -> tuple[int, str]:
    number = row.get("version")
    return (number if isinstance(number, int) else 0, str(row.get("id")))


def same_parts(kind: str, mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether two sides hold the same parts of a record (only the parts the copy carries are compared).

    Versions are the same when the same versions (by id) have the same numbers: their content never changes
    once written (and a copy beyond the team may carry it without the witness's words)."""
    for part in parts_of(kind):
        if part.kind not in theirs:
            continue
        a, b = mine.get(part.kind), theirs.get(part.kind)
        if part.many:
            if {(r.get("id"), r.get("version")) for r in a or []} != {(r.get("id"), r.get("version")) for r in b or []}:
                return False
        elif _values(part, a) != _values(part, b):
            return False
    return True


def _values(part: PartDef, row: dict[str, Any] | None) -> dict[str, Any]:
    """A single part's values that say something (an identity row of empty fields is no identity)."""
    return {k: v for k, v in (row or {}).items() if k != part.key and v not in (None, "")}


# -- dependents -----------------------------------------------------------------------------------------------


def _dependent_refs() -> dict[str, tuple[tuple[str, str], ...]]:
    """Read from the schema: the foreign keys between records that delete with their parent (CASCADE) or keep
    it from being deleted (RESTRICT, or no action); a reference set to null instead (an incident's place) is
    no dependence."""
    out: dict[str, list[tuple[str, str]]] = {}
    tables = {spec.model.__table__.name: name for name, spec in KINDS.items()}  # type: ignore[attr-defined]
    for name in registry.RECORD_KINDS:
        table = KINDS[name].model.__table__
        for column in table.columns:
            for fk in column.foreign_keys:
                parent = tables.get(fk.column.table.name)
                if column.name == "case_id" or parent is None:
                    continue  # a case is never deleted by a copy
                if (fk.ondelete or "").upper() in ("CASCADE", "RESTRICT") or fk.ondelete is None:
                    out.setdefault(name, []).append((column.name, parent))
    return {kind: tuple(refs) for kind, refs in out.items()}


# kind → (field, parent kind): the references a record cannot outlive (the database deletes it with its parent,
# or refuses to delete the parent while it exists: a working copy's original).
DEPENDENT_REFS: dict[str, tuple[tuple[str, str], ...]] = _dependent_refs()


def parents_of(kind: str, row: dict[str, Any]) -> list[str]:
    """The ids of the records a record (as JSON) cannot outlive."""
    return [str(row[fld]) for fld, _parent in DEPENDENT_REFS.get(kind, ()) if row.get(fld)]


def local_dependents(session: Session, roots: dict[uuid.UUID, str]) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """For records of this store (id → kind), the records that depend on them, directly or not: each root's
    dependents, parents before their own dependents, each with its kind (a record reached twice, once)."""
    children: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    frontier = dict(roots)
    seen = set(frontier)
    while frontier:
        found: dict[uuid.UUID, str] = {}
        for child_kind, refs in DEPENDENT_REFS.items():
            model: Any = KINDS[child_kind].model
            for fld, parent_kind in refs:
                parents = sorted((i for i, k in frontier.items() if k == parent_kind), key=str)
                column = getattr(model, fld)
                for chunk in batches(parents):
                    for child_id, parent_id in session.execute(select(model.id, column).where(column.in_(chunk))):
                        children.setdefault(parent_id, []).append((child_id, child_kind))
                        if child_id not in seen:
                            seen.add(child_id)
                            found[child_id] = child_kind
        frontier = found
    out: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for root in roots:
        order: list[tuple[uuid.UUID, str]] = []
        reached = {root}
        queue = [root]
        while queue:
            for child in children.get(queue.pop(0), []):
                if child[0] not in reached:
                    reached.add(child[0])
                    order.append(child)
                    queue.append(child[0])
        out[root] = order
    return out
