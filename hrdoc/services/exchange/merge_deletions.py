"""Deletions a copy carries (tombstones), applied with the records that go with them (services.exchange.merge).

A record is deleted with its dependents (services.exchange.parts: what the database deletes with it, or will
not leave without it). So an incoming deletion is decided for the record and its dependents together:

* it applies when this store's record and every one of its dependents here are versions the other side had
  when it deleted them (each is in the lineage of the copy's tombstone for it): all are deleted, and keep the
  other side's deletion versions;
* otherwise — the record changed here since, or a record depending on it was changed or added here — it is
  one conflict "changed here, deleted there" on the record, and nothing of it is deleted: the copy's deletions
  of its dependents wait in the conflict (``__with__``), so that keeping this side's version keeps them too,
  and taking the other side's deletes them as the other side did.

A deletion of a record that is already deleted here, or re-created here after that deletion, stays as it is
here (both deletions are known from then on).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.registry import Kind
from hrdoc.services import versions
from hrdoc.services.exchange.merge_parts import batches
from hrdoc.services.exchange.merge_records import RecordMerge, previous_versions, settle, stone_summary
from hrdoc.services.exchange.parts import local_dependents
from hrdoc.services.exchange.snapshot import from_json
from hrdoc.services.records_kinds import KINDS, spec_for
from hrdoc.storage import models as m

APPLIES, CHANGED, STAYS = "applies", "changed", "stays"


def apply_tombstones(merge: RecordMerge) -> None:
    session = merge.session
    incoming = {uuid.UUID(s["record_id"]): s for s in merge.snap.tombstones if s["kind"] in KINDS}
    alive: dict[uuid.UUID, Any] = {}
    for kind in {s["kind"] for s in incoming.values()}:  # read in bulk: a case may hold many deletions
        model: Any = spec_for(kind).model
        ids = sorted((rid for rid, s in incoming.items() if s["kind"] == kind), key=str)
        for chunk in batches(ids):
            alive.update((obj.id, obj) for obj in session.scalars(select(model).where(model.id.in_(chunk))))
    gone = [rid for rid in incoming if rid not in alive]
    history = previous_versions(session, gone)
    for rid in gone:
        _already_gone(merge, rid, incoming[rid], history.get(rid, []))
    status: dict[uuid.UUID, str] = {}
    for rid, local in alive.items():
        lineage = _lineage(incoming[rid])
        if local.version in lineage:
            status[rid] = APPLIES
        elif incoming[rid]["version"] in versions.lineage(session, rid, local.version):
            status[rid] = STAYS  # re-created here after that deletion
            merge.report.kept_local += 1
        else:
            status[rid] = CHANGED
    candidates = {rid: incoming[rid]["kind"] for rid, s in status.items() if s != STAYS}
    trees = local_dependents(session, candidates)
    inside = {child for members in trees.values() for child, _kind in members}
    order = [rid for rid in candidates if rid not in inside]
    order += [child for root in list(order) for child, _kind in trees[root] if child in candidates]
    decided: set[uuid.UUID] = set()
    for rid in order:
        if rid in decided:
            continue
        members = trees[rid]
        if status[rid] == APPLIES and all(status.get(child) == APPLIES for child, _kind in members):
            _delete(merge, [*reversed(members), (rid, candidates[rid])], incoming)
            decided |= {rid, *(child for child, _kind in members)}
            continue
        # One conflict for the record: what the other side deleted with it waits in it; a dependent it
        # deleted on its own, apart, is decided on its own (next in the order).
        held = [
            child for child, _kind in members if child in incoming and _deleted_with(incoming[rid], incoming[child])
        ]
        merge.deletion_conflict(
            candidates[rid], rid, alive[rid].version, incoming[rid], [stone_summary(incoming[c]) for c in held]
        )
        decided |= {rid, *held}


def _deleted_with(root: dict[str, Any], stone: dict[str, Any]) -> bool:
    """Whether a dependent was deleted with the record (by the same deletion: same moment, same person)."""
    return bool(root.get("deleted_at") == stone.get("deleted_at") and root.get("deleted_by") == stone.get("deleted_by"))


def _already_gone(merge: RecordMerge, rid: uuid.UUID, stone: dict[str, Any], known: list[str]) -> None:
    """A deletion of a record this store does not hold: kept (with the versions it follows) if this store
    never had the record; if it deleted it too, both deletions are known from then on (nothing is written
    when nothing is new)."""
    session = merge.session
    ours = merge.stones.get(rid) or session.get(m.Tombstone, rid)
    lineage = _lineage(stone)
    if ours is None:
        session.add(m.Tombstone(**from_json(m.Tombstone, stone)))
        versions.remember(session, rid, lineage[:-1])
        return
    # Deleted on both sides (or the same deletion, known there after more versions: a conflict decided there).
    unknown = [v for v in lineage if v not in known and v != ours.version]
    if unknown:
        versions.remember(session, rid, unknown)


def _delete(merge: RecordMerge, order: list[tuple[uuid.UUID, str]], incoming: dict[uuid.UUID, dict[str, Any]]) -> None:
    """Delete a record and its dependents (dependents first), each keeping the other side's deletion version."""
    session = merge.session
    for rid, kind in order:
        local: Any = session.get(spec_for(kind).model, rid)
        if local is not None:
            in_vault = kind == Kind.EVIDENCE and bool(local.in_vault)
            merge.records._delete_in(session, kind, rid, system=True)
            if in_vault:
                merge.removed_files.append(rid)
            merge.report.deleted += 1
        stone = incoming.get(rid)
        ours = session.get(m.Tombstone, rid)
        if stone is not None and ours is not None:
            adopt(session, ours, stone)


def adopt(session: Session, ours: m.Tombstone, stone: dict[str, Any]) -> None:
    """The deletion is the other side's: the same tombstone on both sides (version, when and by whom)."""
    theirs = from_json(m.Tombstone, stone)
    ours.version, ours.deleted_at, ours.deleted_by = theirs["version"], theirs["deleted_at"], theirs["deleted_by"]
    versions.remember(session, ours.record_id, _lineage(stone)[:-1])


def _lineage(stone: dict[str, Any]) -> list[str]:
    return [str(v) for v in stone.get("lineage") or [stone["version"]]]


# -- conflicts a later merge settles ---------------------------------------------------------------------------


def settle_decided(merge: RecordMerge) -> int:
    """Close the case's open conflicts that a decision made elsewhere has settled: this store's version of the
    record (or its deletion) now descends from both sides' versions, and each record that waited with it
    has arrived as the other side had it. Returns how many were settled."""
    session = merge.session
    conflicts = list(
        session.scalars(select(m.Conflict).where(m.Conflict.case_id == merge.case_id, m.Conflict.resolved_at.is_(None)))
    )
    settled = 0
    for conflict in conflicts:
        wanted = [(conflict.record_id, conflict.kind, conflict.incoming_version)]
        if conflict.local_version:
            wanted.append((conflict.record_id, conflict.kind, conflict.local_version))
        incoming = conflict.incoming or {}
        if not incoming.get("__deleted__"):
            for member in incoming.get("__with__") or []:
                wanted.append((uuid.UUID(str(member["id"])), str(member["kind"]), str(member["version"])))
        if all(version in _known(merge, rid, kind) for rid, kind, version in wanted):
            settle(conflict, "settled")
            settled += 1
    return settled


def _known(merge: RecordMerge, rid: uuid.UUID, kind: str) -> list[str]:
    """Every version this store knows a record to have had: its lineage, to its deletion if deleted."""
    session = merge.session
    local: Any = session.get(spec_for(kind).model, rid) if kind in KINDS else None
    if local is not None:
        return versions.lineage(session, rid, local.version)
    stone = session.get(m.Tombstone, rid)
    return versions.lineage(session, rid, stone.version) if stone is not None else []
