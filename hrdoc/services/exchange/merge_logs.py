"""Merging a copy's audit and custody logs into this store's (after its records, services.exchange.merge).

The other side's entries are appended to this store's chains, each saying who first wrote it and where it
came from, so both chains stay verifiable.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import CustodyAction, label
from hrdoc.services import audit
from hrdoc.services.evidence import custody as custody_log
from hrdoc.services.exchange import checks_logs
from hrdoc.services.exchange.snapshot import Snapshot, origin_key
from hrdoc.services.serialize import json_value
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow

if TYPE_CHECKING:
    from hrdoc.services.exchange.merge import MergeReport


def merge_logs(
    session: Session, snap: Snapshot, here: str, report: MergeReport, *, via: str = "", user: str = ""
) -> None:
    """Append the copy's audit and custody entries this store does not hold yet (matched by first writer and
    first hash, so no entry is added twice, whatever way it came). ``via`` names what brought the copy (a
    store, a bundle) and ``user`` who merged it: the trace each merged custody entry leaves in this store's
    audit log is theirs, made now."""
    known = {
        origin_key(h, d, here)
        for h, d in session.execute(
            select(m.AuditEntry.entry_hash, m.AuditEntry.details).where(m.AuditEntry.case_id == snap.case["id"])
        )
    }
    for row in snap.audit:
        key = (str(row.get("origin_store")), str(row.get("origin_hash")))
        if key in known:
            continue
        known.add(key)
        details, first_at = _arrived_details(row, key, snap, via)
        audit.record(
            session,
            str(row.get("actor", "")),
            str(row.get("action", "")),  # as first written, even an action this version does not know
            entity_type=str(row.get("entity_type", "")),
            entity_id=str(row.get("entity_id", "")),
            case_id=str(row.get("case_id", "")),
            summary=str(row.get("summary", "")),
            details=details,
            at=first_at,
        )
        report.audit_entries_added += 1
    item_ids = {uuid.UUID(r["evidence_id"]) for r in snap.custody}
    local_keys = {
        origin_key(c.entry_hash, c.details, here)
        for c in session.scalars(select(m.CustodyEntry).where(m.CustodyEntry.evidence_id.in_(item_ids)))
    }
    for row in snap.custody:
        key = (str(row.get("origin_store")), str(row.get("origin_hash")))
        if key in local_keys:
            continue
        local_keys.add(key)
        details, first_at = _arrived_details(row, key, snap, via)
        where = audit.provenance(details)
        custody_log.append(
            session,
            evidence_id=uuid.UUID(row["evidence_id"]),
            case_id=uuid.UUID(row["case_id"]),
            actor=str(row.get("actor", "")),
            action=CustodyAction(row["action"]),
            item_sha256=str(row["item_sha256"]),
            details=details,
            summary=f"custody entry ({label(row['action'], CustodyAction)} by {row.get('actor', '')}) merged from "
            + (where.where if where is not None else key[0]),
            at=first_at,
            merged_by=user or str(row.get("actor", "")),
        )
        report.custody_entries_added += 1


# What an arrival keeps of its first writer: enough to re-hash the entry as first written (seq, at, hash of
# the entry before, its hash) and to say where that was (store id and name).
FIRST_WRITER_KEYS = ("store", "store_name", "entry_hash", "seq", "at", "prev_hash")


def _arrived_details(
    row: dict[str, Any], key: tuple[str, str], snap: Snapshot, via: str
) -> tuple[dict[str, Any], dt.datetime]:
    """The details of a log entry arriving from another store, and when it first happened.

    ``details.arrival`` names its first writer (store id and name) and keeps what that writer hashed
    (sequence number, time, hash of the entry before), so the entry as first written can be re-hashed in any
    store, after any number of hops; it adds what brought it this time and when it arrived here.
    """
    details = dict(row.get("details") or {})
    first = audit.first_writer(details)
    if first is None:  # first written where it comes from
        first = {"store": key[0], "entry_hash": key[1], "seq": row.get("seq"), "at": row.get("at")}
        first["prev_hash"] = row.get("prev_hash")
        if key[0] == snap.origin and snap.origin_name:
            first["store_name"] = snap.origin_name
    first = {k: first[k] for k in FIRST_WRITER_KEYS if k in first}
    if "at" not in first:  # merged here by a version that kept no time: the time the copy gives
        first["at"] = row.get("at")
    details = audit.as_first_written(details)
    # What brought it: the sending store's name, else the label of the merge ("bundle case.hrdoc"), which never
    # holds a server's address (a chain of custody goes to partners, arrival included, to stay verifiable).
    via_name = snap.origin_name or via
    details[audit.ARRIVAL_KEY] = {**first, "via": snap.origin, "via_name": via_name, "arrived_at": json_value(utcnow())}
    return details, checks_logs.parse_at(first["at"])
