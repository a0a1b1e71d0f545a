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

from hrdoc.domain.enums import AuditAction, CustodyAction
from hrdoc.services import audit
from hrdoc.services.evidence import custody as custody_log
from hrdoc.services.exchange import checks_logs
from hrdoc.services.exchange.snapshot import Snapshot, origin_key
from hrdoc.services.serialize import json_value
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow

if TYPE_CHECKING:
    from hrdoc.services.exchange.merge import MergeReport


def merge_logs(session: Session, snap: Snapshot, here: str, report: MergeReport) -> None:
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
        details, first_at = _arrived_details(row, key, snap.origin)
        audit.record(
            session,
            str(row.get("actor", "")),
            _audit_action(str(row.get("action", ""))),
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
        details, first_at = _arrived_details(row, key, snap.origin)

        custody_log.append(
            session,
            evidence_id=uuid.UUID(row["evidence_id"]),
            case_id=uuid.UUID(row["case_id"]),
            actor=str(row.get("actor", "")),
            action=CustodyAction(row["action"]),
            item_sha256=str(row["item_sha256"]),
            details=details,
            summary=f"custody entry merged from {key[0]}",
            at=first_at,
        )
        report.custody_entries_added += 1


def _arrived_details(row: dict[str, Any], key: tuple[str, str], via: str) -> tuple[dict[str, Any], dt.datetime]:
    """The details of a log entry arriving from another store, and when it first happened.

    ``details.origin`` names its first writer and keeps what that writer hashed (sequence number, time, hash
    of the entry before), so the entry as first written can be re-hashed in any store, after any number of
    hops; it adds where it came from this time and when it arrived here.
    """
    details = dict(row.get("details") or {})
    first = audit.first_writer(details)
    if first is None:  # first written where it comes from
        first = {"store": key[0], "entry_hash": key[1], "seq": row.get("seq"), "at": row.get("at")}
        first["prev_hash"] = row.get("prev_hash")
    first = {k: first[k] for k in ("store", "entry_hash", "seq", "at", "prev_hash") if k in first}
    details = audit.as_first_written(details)
    details[audit.ARRIVAL_KEY] = {**first, "via": via, "arrived_at": json_value(utcnow())}
    return details, checks_logs.parse_at(first["at"])


def _audit_action(value: str) -> AuditAction:
    try:
        return AuditAction(value)
    except ValueError:
        return AuditAction.IMPORT
