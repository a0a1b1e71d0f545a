"""The logs a copy of a case carries: each custody and audit entry as its first writer hashed it.

A copy's entries must hash to what they say (as stored where they come from, and as first written), each
item's chain of custody must follow on entry by entry, and an entry this store already holds must arrive
saying the same thing. :func:`custody_hash` and :func:`audit_hash` also serve re-checking, at any time,
what arrived (services.exchange.checks.check_arrivals).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.services import audit
from hrdoc.services.evidence import custody as custody_log
from hrdoc.services.exchange.refusal import batches, refuse
from hrdoc.services.exchange.snapshot import Snapshot, store_id
from hrdoc.storage import models as m

origin_of = audit.first_writer
original_details = audit.as_first_written


def parse_at(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("no time zone")
    return parsed


def custody_hash(row: dict[str, Any], *, original: bool) -> str | None:
    """The hash of a custody entry as stored (``original=False``) or as first written; None: not knowable."""
    details = row.get("details") or {}
    origin = origin_of(details)
    if original and origin is not None:
        if "prev_hash" not in origin:
            return None  # merged by a version of hrdoc that did not keep it
        seq, at, prev, details = origin.get("seq"), origin.get("at"), origin["prev_hash"], original_details(details)
    else:
        seq, at, prev = row.get("seq"), row.get("at"), row.get("prev_hash")
    entry = m.CustodyEntry(
        evidence_id=row.get("evidence_id"),
        case_id=row.get("case_id"),
        seq=seq,
        at=parse_at(at),
        actor=row.get("actor"),
        action=row.get("action"),
        item_sha256=row.get("item_sha256"),
        details=details,
        prev_hash=prev,
    )
    return custody_log.entry_hash(entry)


def audit_hash(row: dict[str, Any], *, original: bool) -> str | None:
    details = row.get("details") or {}
    origin = origin_of(details)
    if original and origin is not None:
        if "prev_hash" not in origin:
            return None
        seq, at, prev, details = origin.get("seq"), origin.get("at"), origin["prev_hash"], original_details(details)
    else:
        seq, at, prev = row.get("seq"), row.get("at"), row.get("prev_hash")
    return audit.entry_hash(
        seq=int(seq) if seq is not None else 0,
        at=parse_at(at),
        actor=str(row.get("actor", "")),
        action=str(row.get("action", "")),
        entity_type=str(row.get("entity_type", "")),
        entity_id=str(row.get("entity_id", "")),
        case_id=str(row.get("case_id", "")),
        summary=str(row.get("summary", "")),
        details=details,
        prev_hash=str(prev),
    )


def check_logs(session: Session, snap: Snapshot) -> None:
    """Each carried entry hashes to what it says, as stored where it comes from and as first written, and
    each item's chain of custody follows on entry by entry; an entry this store already holds is the same."""
    chains: dict[str, list[dict[str, Any]]] = {}
    for row in snap.custody:
        chains.setdefault(str(row.get("evidence_id")), []).append(row)
    for item, rows in chains.items():
        prev = custody_log.GENESIS
        for n, row in enumerate(sorted(rows, key=lambda r: int(r.get("seq") or 0)), start=1):
            where = Phrase(
                N_("the chain of custody of evidence item {item} in the copy, entry {number}"),
                item=item,
                number=row.get("seq"),
            )
            try:
                stored = custody_hash(row, original=False)
                first = custody_hash(row, original=True)
            except (TypeError, ValueError, AttributeError):
                raise refuse(Phrase(N_("{place} is malformed"), place=where)) from None
            if row.get("seq") != n or row.get("prev_hash") != prev:
                raise refuse(Phrase(N_("{place} does not follow the entry before it"), place=where))
            if stored != row.get("entry_hash") or (first is not None and first != row.get("origin_hash")):
                raise refuse(Phrase(N_("{place} was altered after it was written"), place=where))
            prev = str(row.get("entry_hash"))
    for row in snap.audit:
        where = Phrase(N_("the copy's audit entry {number}"), number=row.get("seq"))
        try:
            stored = audit_hash(row, original=False)
            first = audit_hash(row, original=True)
        except (TypeError, ValueError, AttributeError):
            raise refuse(Phrase(N_("{place} is malformed"), place=where)) from None
        if stored != row.get("entry_hash") or (first is not None and first != row.get("origin_hash")):
            raise refuse(Phrase(N_("{place} was altered after it was written"), place=where))
    _check_known_entries(session, snap)


def _when(value: Any) -> str:
    moment = value if isinstance(value, dt.datetime) else parse_at(value)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _first_written(at: Any, actor: str, action: str, details: dict[str, Any] | None) -> tuple[Any, ...]:
    """What an entry says happened (when, who, what), as its first writer wrote it."""
    origin = origin_of(details)
    return (_when(origin.get("at") if origin is not None else at), actor, action, original_details(details))


def _check_known_entries(session: Session, snap: Snapshot) -> None:
    """An entry this store already holds (same first writer, same first hash) must arrive saying the same
    thing: if the copy says otherwise about who did what, when, the copy was altered."""
    here = store_id(session)
    case_id = str(snap.case.get("id"))
    model: Any
    for model, rows, case_key in (
        (m.CustodyEntry, snap.custody, uuid.UUID(case_id)),
        (m.AuditEntry, snap.audit, case_id),
    ):
        by_origin = {(str(r.get("origin_store")), str(r.get("origin_hash"))): r for r in rows}
        mine_first = sorted({h for s, h in by_origin if s == here})
        theirs_first = {h for s, h in by_origin if s != here}
        query: Any
        for part in batches(mine_first):
            query = select(model).where(model.entry_hash.in_(part))
            for entry in session.scalars(query):
                if origin_of(entry.details) is None:
                    _same(by_origin[(here, entry.entry_hash)], entry)
        if theirs_first:
            # Entries merged here earlier carry their first writer's hash in details.origin.
            for entry in session.scalars(select(model).where(model.case_id == case_key)):
                origin = origin_of(entry.details)
                if origin is None:
                    continue
                key = (str(origin.get("store")), str(origin.get("entry_hash")))
                if key[1] in theirs_first and key in by_origin:
                    _same(by_origin[key], entry)


def _same(row: dict[str, Any], entry: Any) -> None:
    try:
        theirs = _first_written(row.get("at"), str(row.get("actor")), str(row.get("action")), row.get("details"))
    except ValueError:
        raise refuse(
            Phrase(N_("the copy's log entry {entry_hash} is malformed"), entry_hash=str(row.get("origin_hash"))[:12])
        ) from None
    mine = _first_written(entry.at, entry.actor, entry.action, entry.details)
    if theirs != mine:
        raise refuse(
            Phrase(
                N_(
                    "the copy's log entry {entry_hash} says something other than this store's record of the "
                    "same entry: it was altered"
                ),
                entry_hash=str(row.get("origin_hash"))[:12],
            )
        )
