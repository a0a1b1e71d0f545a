"""The record-by-record decisions of a merge (services.exchange.merge): each record of a copy added, taken,
kept as it is here, or set aside as a conflict; deletions in services.exchange.merge_deletions.

A record is compared whole: its row and its parts (services.exchange.parts), so a witness whose identity
changed on one side and consent on the other is a conflict, and one whose identity changed on one side only is
taken with its identity. A record the copy carries that cannot live here because what it depends on was
deleted here (a perpetrator row of an actor deleted here, a working copy of a removed original) is not added:
it waits in the conflict of the deleted record — "deleted here, changed there" — and comes back with it if
the other side's version is taken.

A conflict keeps the other side's record whole (:func:`whole`): its row, its parts under ``__parts__`` and the
records that come back with it under ``__with__``; a deletion from the other side is ``{"__deleted__": true}``
with the deletions that go with it under ``__with__``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.registry import Kind
from hrdoc.services import sharing, versions
from hrdoc.services.exchange.merge_parts import (
    ADDED,
    CONFLICT,
    HELD,
    KEPT,
    TAKEN,
    UNCHANGED,
    batches,
)
from hrdoc.services.exchange.parts import (
    DELETED_KEY,
    PARTS_KEY,
    WITH_KEY,
    PartsIndex,
    local_parts,
    parents_of,
    same_parts,
)
from hrdoc.services.exchange.snapshot import KIND_ORDER, Snapshot, from_json, to_json
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import spec_for
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import utcnow
from hrdoc.storage.bulk import insert_rows, update_rows

if TYPE_CHECKING:
    from hrdoc.services.exchange.merge import MergeReport


@dataclass
class Held:
    """A record deleted here that the copy still carries, with the copy's records that depend on it."""

    kind: str
    row: dict[str, Any]
    changed: bool  # changed there since this store deleted it (or a record depending on it is)
    members: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


class RecordMerge:
    """One merge's decisions on the records of a copy, in the caller's unit of work."""

    def __init__(
        self, session: Session, snap: Snapshot, origin: str, report: MergeReport, records: RecordService
    ) -> None:
        self.session = session
        self.snap = snap
        self.origin = origin
        self.report = report
        self.records = records
        self.case_id = uuid.UUID(snap.case["id"])
        self.parts = PartsIndex(snap)
        self.stones = {
            s.record_id: s for s in session.scalars(select(m.Tombstone).where(m.Tombstone.case_id == self.case_id))
        }
        # What became of each record of the copy, by kind (parts follow: services.exchange.merge_parts).
        self.outcomes: dict[str, dict[uuid.UUID, str]] = {}
        # Records deleted here that stay deleted, each with the record whose deletion it goes with.
        self.gone: dict[str, str] = {}
        self.held: dict[str, Held] = {}
        self.removed_files: list[uuid.UUID] = []
        # Every record the copy carries or deletes: a reference to any other is one withheld from the copy.
        self.carried = {
            rid
            for rid in (sharing.as_id(r.get("id")) for rows in snap.records.values() for r in rows)
            if rid is not None
        } | {rid for rid in (sharing.as_id(t.get("record_id")) for t in snap.tombstones) if rid is not None}
        # How much of the case the copy holds: its places' positions as precisely as that audience sees them.
        self.copy_holds = sharing.narrowest(snap.audience, snap.held_as)

    def merge_records(self) -> None:
        for kind in KIND_ORDER:
            rows = self.snap.records.get(kind, [])
            if rows:
                self._merge_kind(kind, _parents_first(kind, rows))
        self._file_held()

    def whole(self, kind: str, row: dict[str, Any]) -> dict[str, Any]:
        """A record of the copy as a conflict keeps it: its row and its parts."""
        out = {k: v for k, v in row.items() if k != "lineage"}
        parts = self.parts.parts(kind, str(row.get("id")))
        if parts:
            out[PARTS_KEY] = parts
        return out

    # -- one kind -------------------------------------------------------------------------------------------

    def _merge_kind(self, kind: str, rows: list[dict[str, Any]]) -> None:
        session = self.session
        spec = spec_for(kind)
        model: Any = spec.model
        ids = [uuid.UUID(row["id"]) for row in rows]
        local_by_id: dict[uuid.UUID, Any] = {}
        for part in batches(ids):
            local_by_id.update((o.id, o) for o in session.scalars(select(model).where(model.id.in_(part))))
        history = previous_versions(session, ids)
        outcomes = self.outcomes.setdefault(kind, {})
        added: list[dict[str, Any]] = []
        taken: list[dict[str, Any]] = []  # the other side's values of the records taken, with their ids
        lineage_rows: list[dict[str, Any]] = []  # versions new to this store, of the records added or taken
        withheld = sharing.withheld_references(kind)
        positions = sharing.position_fields(kind)
        for row, rid in zip(rows, ids, strict=True):
            lineage = [str(v) for v in row["lineage"]]
            local = local_by_id.get(rid)
            if local is not None and withheld:  # an empty reference to what the copy went without is not cleared
                row = sharing.with_withheld_kept(kind, row, {f: getattr(local, f) for f in withheld}, self.carried)
            if local is not None and positions:  # a position as coarse as the copy was given it is not moved
                row = sharing.with_position_kept(kind, row, {f: getattr(local, f) for f in positions}, self.copy_holds)
            if local is None:
                if self._may_add(kind, rid, row, lineage, history):
                    added.append(from_json(model, row))
                    lineage_rows += _lineage_rows(rid, lineage, history.get(rid, []))
                    outcomes[rid] = ADDED
                else:
                    outcomes[rid] = HELD
                continue
            outcome = self._merge_one(kind, rid, local, row, lineage, history)
            outcomes[rid] = outcome
            if outcome == TAKEN:  # the record becomes the other side's version; its own joins its lineage
                taken.append(from_json(model, row) | {"id": rid})
                lineage_rows += _lineage_rows(rid, lineage, history.get(rid, []))
                session.expire(local)  # read again if needed: it is written below, in bulk
        # Many rows in few statements (storage.bulk): a copy may bring a whole case.
        insert_rows(session, model, added)
        update_rows(session, model, taken)
        insert_rows(session, m.RecordLineage, lineage_rows)
        if added:
            self.report.added[kind] = self.report.added.get(kind, 0) + len(added)
        if taken:
            self.report.updated[kind] = self.report.updated.get(kind, 0) + len(taken)
        self._reindex(kind, [v["id"] for v in added], [v["id"] for v in taken])

    def _reindex(self, kind: str, added: list[uuid.UUID], taken: list[uuid.UUID]) -> None:
        """The search documents of the records added or taken, and of those whose documents include their text."""
        spec = spec_for(kind)
        conn = self.session.connection()
        if spec.index_kind:
            search_index.index_records(conn, spec.index_kind, [*added, *taken])
        followers: list[uuid.UUID] = []
        for part in batches(taken):  # records of the case that show a taken record's text in their documents
            if kind == Kind.LOCATION:
                followers += self.session.scalars(select(m.Incident.id).where(m.Incident.location_id.in_(part)))
            elif kind == Kind.WITNESS:
                followers += self.session.scalars(select(m.Account.id).where(m.Account.witness_id.in_(part)))
        if followers:
            search_index.index_records(conn, Kind.INCIDENT if kind == Kind.LOCATION else Kind.ACCOUNT, followers)

    def _may_add(
        self, kind: str, rid: uuid.UUID, row: dict[str, Any], lineage: list[str], history: dict[uuid.UUID, list[str]]
    ) -> bool:
        """Is a record this store does not hold to be added? Not if this store deleted it since the copy's version
        (then the deletion stands, or it is a conflict), nor if a record it depends on stays deleted here; if the
        copy changed it after the deletion, it comes back."""
        stone = self.stones.get(rid)
        key = str(rid)
        changed = stone is None or row["version"] not in [*history.get(rid, []), stone.version]
        for parent in parents_of(kind, row):
            if parent in self.gone:  # what it depends on stays deleted here: it waits with that record
                root = self.gone[parent]
                self.gone[key] = root
                self.held[root].members.append((kind, row))
                self.held[root].changed |= changed or (stone is not None and stone.version in lineage)
                return False
        if stone is None:
            return True
        if stone.version not in lineage:  # else: changed after our deletion: it comes back
            self.gone[key] = key
            self.held[key] = Held(kind, row, changed)
            return False
        versions.remember(self.session, rid, [stone.version])
        self.session.delete(stone)
        del self.stones[rid]
        self.session.flush()
        history[rid] = versions.previous_versions(self.session, rid)
        return True

    def _merge_one(
        self,
        kind: str,
        rid: uuid.UUID,
        local: Any,
        row: dict[str, Any],
        lineage: list[str],
        history: dict[uuid.UUID, list[str]],
    ) -> str:
        """A record both hold: taken (only the other side changed it), kept, unchanged or a conflict."""
        if local.version == row["version"]:
            self.report.unchanged += 1
            return UNCHANGED
        if local.version in lineage:
            return TAKEN  # written by the caller, with the others
        if row["version"] in history.get(rid, []):
            self.report.kept_local += 1
            return KEPT
        if self._same_whole(kind, local, row):
            versions.remember(self.session, rid, lineage)  # the same change, made twice
            self.report.unchanged += 1
            return UNCHANGED
        self.conflict(kind, rid, local.version, row["version"], lineage, self.whole(kind, row))
        return CONFLICT

    def _same_whole(self, kind: str, local: Any, row: dict[str, Any]) -> bool:
        mine = to_json(local)
        if not all(mine.get(k) == v for k, v in row.items() if k not in _IGNORED_IN_COMPARISON and k in mine):
            return False
        theirs = self.parts.parts(kind, str(local.id))
        return not theirs or same_parts(kind, local_parts(self.session, kind, [local.id])[local.id], theirs)

    # -- records held back with a deletion made here -----------------------------------------------------------

    def _file_held(self) -> None:
        """Records deleted here that the copy carries: the deletion stands, unless the other side changed the
        record, or one that depends on it, since: then it is a conflict "deleted here, changed there", and the
        records that depend on it wait in it."""
        for key, held in self.held.items():
            if not held.changed:
                self.report.kept_local += 1 + len(held.members)
                continue
            incoming = self.whole(held.kind, held.row)
            incoming[WITH_KEY] = [{"kind": k, **self.whole(k, r), "lineage": r["lineage"]} for k, r in held.members]
            lineage = [str(v) for v in held.row["lineage"]]
            self.conflict(held.kind, uuid.UUID(key), "", held.row["version"], lineage, incoming)

    # -- conflicts ---------------------------------------------------------------------------------------------

    def conflict(
        self,
        kind: str,
        rid: uuid.UUID,
        local_version: str,
        incoming_version: str,
        lineage: list[str],
        incoming: dict[str, Any],
    ) -> None:
        """File a conflict (the same one open already is brought up to date instead; an open one on an older
        version of the other side's is superseded by it)."""
        session = self.session
        open_ones = list(
            session.scalars(select(m.Conflict).where(m.Conflict.record_id == rid, m.Conflict.resolved_at.is_(None)))
        )
        for existing in open_ones:
            if existing.incoming_version == incoming_version and existing.local_version == local_version:
                if existing.incoming != incoming:
                    existing.incoming = incoming
                return
        for existing in open_ones:
            if existing.incoming_version in lineage[:-1]:
                settle(existing, "superseded")
        session.add(
            m.Conflict(
                case_id=self.case_id,
                kind=kind,
                record_id=rid,
                local_version=local_version,
                incoming_version=incoming_version,
                incoming=incoming,
                incoming_lineage=list(lineage),
                origin=self.origin,
            )
        )
        self.report.conflicts += 1

    def deletion_conflict(
        self, kind: str, rid: uuid.UUID, local_version: str, stone: dict[str, Any], members: list[dict[str, Any]]
    ) -> None:
        lineage = [str(v) for v in stone.get("lineage") or [stone["version"]]]
        incoming: dict[str, Any] = {DELETED_KEY: stone_summary(stone), WITH_KEY: members}
        self.conflict(kind, rid, local_version, str(stone["version"]), lineage, incoming)


def stone_summary(stone: dict[str, Any]) -> dict[str, Any]:
    """A deletion as a conflict keeps it: which record, its deletion version, when, by whom, and its lineage."""
    lineage = [str(v) for v in stone.get("lineage") or [stone["version"]]]
    return {k: stone.get(k) for k in ("kind", "record_id", "version", "deleted_at", "deleted_by")} | {
        "lineage": lineage
    }


def settle(conflict: m.Conflict, how: str) -> None:
    """Close a conflict that a merge found decided (``settled``) or replaced by a later one (``superseded``)."""
    conflict.resolved_at = utcnow()
    conflict.resolved_by = "merge"
    conflict.resolution = how


def _parents_first(kind: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records of one kind, those another of the same kind depends on first (an original before its copies)."""
    if kind != Kind.EVIDENCE:
        return rows
    return sorted(rows, key=lambda r: r.get("original_id") is not None)


def _lineage_rows(rid: uuid.UUID, incoming_lineage: list[str], previous: list[str]) -> list[dict[str, Any]]:
    """The earlier versions of an added record that this store does not know yet, numbered after those it does."""
    known = set(previous)
    seq = len(known)
    rows: list[dict[str, Any]] = []
    for version in incoming_lineage[:-1]:
        if version and version not in known:
            seq += 1
            known.add(version)
            rows.append({"record_id": rid, "version": version, "seq": seq})
    return rows


def previous_versions(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[str]] = {}
    for part in batches(ids):
        query = (
            select(m.RecordLineage.record_id, m.RecordLineage.version)
            .where(m.RecordLineage.record_id.in_(part))
            .order_by(m.RecordLineage.seq)
        )
        for record_id, version in session.execute(query):
            out.setdefault(record_id, []).append(version)
    return out


_IGNORED_IN_COMPARISON = {"version", "updated_at", "lineage"}
