"""Chain of custody: per evidence item, who did what to it, when, and what its hash was at that moment.

Entries are append-only (triggers refuse UPDATE and DELETE on SQLite) and hash-chained per item: each entry's
hash covers its content and the previous entry's hash. Each entry is also written to the store's audit log
with its hash, and the audit log has its own chain and head; so an entry edited, removed from the middle or
cut from the end of a chain is named by ``verify_custody``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction, CustodyAction, label
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.services import audit
from hrdoc.storage.base import utcnow
from hrdoc.storage.models import AuditEntry, CustodyEntry

GENESIS = "0" * 64


def entry_hash(entry: CustodyEntry) -> str:
    payload = {
        "evidence_id": str(entry.evidence_id),
        "case_id": str(entry.case_id),
        "seq": entry.seq,
        "at": entry.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "item_sha256": entry.item_sha256,
        "details": entry.details,
        "prev_hash": entry.prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    evidence_id: uuid.UUID,
    case_id: uuid.UUID,
    actor: str,
    action: CustodyAction,
    item_sha256: str,
    details: dict[str, Any] | None = None,
    summary: str = "",
    at: dt.datetime | None = None,
    merged_by: str | None = None,
) -> CustodyEntry:
    """Add one entry in the caller's unit of work, and its trace in the audit log.

    ``at`` is when it happened: now, unless the entry comes from another store (then when it happened there,
    and ``merged_by`` names who merged it: the trace in this store's audit log records that merge, by them,
    now, while the entry itself keeps its first writer's time and actor).
    """
    last = session.scalars(
        select(CustodyEntry).where(CustodyEntry.evidence_id == evidence_id).order_by(CustodyEntry.seq.desc()).limit(1)
    ).first()
    entry = CustodyEntry(
        evidence_id=evidence_id,
        case_id=case_id,
        seq=1 if last is None else last.seq + 1,
        at=at or utcnow(),
        actor=actor,
        action=action.value,
        item_sha256=item_sha256,
        details=json.loads(json.dumps(details or {}, default=str)),
        prev_hash=GENESIS if last is None else last.entry_hash,
    )
    entry.entry_hash = entry_hash(entry)
    session.add(entry)
    audit.record(
        session,
        merged_by or actor,
        AuditAction.CUSTODY,
        entity_type="evidence",
        entity_id=evidence_id,
        case_id=case_id,
        summary=summary or label(action, CustodyAction),
        details={"custody_action": action.value, "seq": entry.seq, "entry_hash": entry.entry_hash},
        at=None if merged_by else at,
    )
    return entry


def entries(session: Session, evidence_id: uuid.UUID) -> list[CustodyEntry]:
    return list(
        session.scalars(select(CustodyEntry).where(CustodyEntry.evidence_id == evidence_id).order_by(CustodyEntry.seq))
    )


@dataclass
class CustodyReport:
    chains: int = 0
    entries: int = 0
    problems: list[str] = field(default_factory=list)


def verify_custody(session: Session, describe: dict[uuid.UUID, str] | None = None) -> CustodyReport:
    """Follow every item's chain, and match its entries against the audit log's record of them.

    ``describe`` maps item ids to a human name ("photo.jpg in case HR-2025-001") for the messages.
    """
    names = describe or {}
    report = CustodyReport()
    recorded: dict[uuid.UUID, dict[int, str]] = defaultdict(dict)
    for row in session.execute(
        select(AuditEntry.entity_id, AuditEntry.details).where(AuditEntry.action == AuditAction.CUSTODY.value)
    ):
        details = row.details or {}
        if audit.first_writer(details) is not None:
            continue  # a trace of another store's custody entry, merged with the case: not of this chain
        try:
            recorded[uuid.UUID(row.entity_id)][int(details["seq"])] = str(details["entry_hash"])
        except (KeyError, ValueError, TypeError):
            report.problems.append(
                Phrase(N_("audit log: a custody entry record for {item} is malformed"), item=row.entity_id)
            )
    chains: dict[uuid.UUID, list[CustodyEntry]] = defaultdict(list)
    for entry in session.scalars(select(CustodyEntry).order_by(CustodyEntry.evidence_id, CustodyEntry.seq)):
        chains[entry.evidence_id].append(entry)
    for item_id in sorted(set(chains) | set(recorded), key=str):
        name = names.get(item_id) or Phrase(N_("evidence item {item}"), item=str(item_id))
        chain = chains.get(item_id, [])
        report.chains += 1
        report.entries += len(chain)
        prev = GENESIS
        for expected_seq, entry in enumerate(chain, start=1):
            where = Phrase(
                N_("chain of custody of {item}, entry {number} ({action})"),
                item=name,
                number=entry.seq,
                action=Term(label(entry.action, CustodyAction)),
            )
            if entry.seq != expected_seq:
                report.problems.append(
                    Phrase(N_("{where}: entry {missing} is missing"), where=where, missing=expected_seq)
                )
            if entry.prev_hash != prev:
                report.problems.append(Phrase(N_("{where}: does not follow the entry before it"), where=where))
            if entry_hash(entry) != entry.entry_hash:
                report.problems.append(Phrase(N_("{where}: was altered after it was written"), where=where))
            if recorded[item_id].get(entry.seq) != entry.entry_hash:
                report.problems.append(Phrase(N_("{where}: does not match the audit log's record of it"), where=where))
            prev = entry.entry_hash
        in_chain = {e.seq for e in chain}
        for seq in sorted(set(recorded[item_id]) - in_chain):
            report.problems.append(
                Phrase(
                    N_("chain of custody of {item}: entry {number} is missing (the audit log records it)"),
                    item=name,
                    number=seq,
                )
            )
    return report
