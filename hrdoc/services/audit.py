"""The audit log: append-only and hash-chained, so that tampering shows.

Each entry's hash covers its own content and the previous entry's hash. ``store_meta.audit_head`` keeps the
number and hash of the newest entry, so removing entries from the end is detected too. Triggers also refuse
UPDATE and DELETE on the table outright (and TRUNCATE, on PostgreSQL).

Two writers must never both append entry N: on SQLite a writing unit of work holds the store's write lock
from its start; on PostgreSQL, :func:`record` locks the head row (``SELECT ... FOR UPDATE``), so a second
writer waits for the first to commit and then reads the new head.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.storage.base import utcnow
from hrdoc.storage.models import AuditEntry, StoreMeta

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def entry_hash(
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    case_id: str,
    summary: str,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "case_id": case_id,
        "summary": summary,
        "details": details,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    """The hash an entry must carry, from its stored content and its predecessor's hash."""
    return entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        case_id=entry.case_id,
        summary=entry.summary,
        details=entry.details,
        prev_hash=entry.prev_hash,
    )


# An audit or custody entry that arrived from another store keeps what its first writer hashed under this key
# of its details (older versions of hrdoc wrote a shorter ``origin`` object instead).
ARRIVAL_KEY = "arrival"


def first_writer(details: dict[str, Any] | None) -> dict[str, Any] | None:
    """For an entry merged from another store: its first writer (store, entry_hash, seq, at, prev_hash)."""
    found = (details or {}).get(ARRIVAL_KEY)
    if not isinstance(found, dict):
        found = (details or {}).get("origin")  # written by older versions
    return found if isinstance(found, dict) and "entry_hash" in found else None


def as_first_written(details: dict[str, Any] | None) -> dict[str, Any]:
    """An entry's details as its first writer wrote them (without what merging added)."""
    legacy = isinstance((details or {}).get("origin"), dict)
    return {k: v for k, v in (details or {}).items() if k != ARRIVAL_KEY and not (legacy and k == "origin")}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an audit or custody entry merged from another store was first written, and its way here.

    The entry happened when and as its first writer says (``happened_at``, its ``actor``); this adds which
    store that was and when the entry arrived in this one.
    """

    store: str  # the first writer's store id
    store_name: str  # that store's name, as it travelled ("amina's store", "the team store"); "" if not known
    happened_at: dt.datetime | None  # when it happened there (None: not kept, by a very old version)
    arrived_at: dt.datetime | None  # when it arrived here (None: not known)
    via: str  # what brought it here this time: a store's name or a bundle's ("" if not known)

    @property
    def where(self) -> str:
        """The first writer, for people: its name and the start of its id (names need not be unique)."""
        name = self.store_name or "another store"
        return f"{name} ({self.store[:8]})" if self.store else name


def _moment(value: Any) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def provenance(details: dict[str, Any] | None, at: dt.datetime | None = None) -> Provenance | None:
    """For an entry merged from another store, where and when it was first written and when it arrived here;
    None for an entry first written in this store. ``at`` is the entry's own time: an entry merged by a version
    of hrdoc that wrote the time of the merge there (and the first time under ``origin``) arrived then."""
    first = first_writer(details)
    if first is None:
        return None
    happened = _moment(first["at"]) if first.get("at") else None
    arrived = _moment(first["arrived_at"]) if first.get("arrived_at") else None
    if arrived is None and at is not None and happened is not None and at != happened:
        arrived = at
    return Provenance(
        store=str(first.get("store") or ""),
        store_name=str(first.get("store_name") or ""),
        happened_at=happened,
        arrived_at=arrived,
        via=str(first.get("via_name") or ""),
    )


def happened_at(at: dt.datetime, details: dict[str, Any] | None) -> dt.datetime:
    """When an entry's event happened: where it was first written (``at`` for an entry written here, and for
    one merged since times travel; the first writer's time for one merged by an older version)."""
    came = provenance(details, at)
    return came.happened_at if came is not None and came.happened_at is not None else at


def _id(value: uuid.UUID | str | None) -> str:
    return "" if value is None else str(value)


def record(
    session: Session,
    actor: str,
    action: AuditAction | str,
    *,
    entity_type: str = "",
    entity_id: uuid.UUID | str | None = None,
    case_id: uuid.UUID | str | None = None,
    summary: str = "",
    details: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Append one entry in the caller's unit of work (so it commits or rolls back with the change).

    ``at`` is when it happened: now, unless the entry comes from another store (then when it happened there);
    so is ``action`` given as text then: the first writer's, whatever this version of hrdoc knows of it.
    """
    # FOR UPDATE (a no-op on SQLite) holds the head until this unit of work ends; populate_existing re-reads
    # it rather than trusting a copy loaded earlier in the session, which another writer may have moved on.
    head = session.get(StoreMeta, HEAD_KEY, with_for_update=True, populate_existing=True)
    if head is None:
        seq, prev = 1, GENESIS
        head = StoreMeta(key=HEAD_KEY, value="")
        session.add(head)
    else:
        last_seq, prev = head.value.split(":", 1)
        seq = int(last_seq) + 1
    clean = json.loads(json.dumps(details or {}, default=str))
    entry = AuditEntry(
        seq=seq,
        at=at or utcnow(),
        actor=actor,
        action=action.value if isinstance(action, AuditAction) else action,
        entity_type=entity_type,
        entity_id=_id(entity_id),
        case_id=_id(case_id),
        summary=summary,
        details=clean,
        prev_hash=prev,
    )
    entry.entry_hash = hash_of(entry)
    session.add(entry)
    head.value = f"{seq}:{entry.entry_hash}"
    return entry


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session) -> ChainReport:
    """Recompute every entry's hash and follow the chain; name each break."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        count += 1
        if entry.seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing (the next entry found is {entry.seq})")
        if entry.prev_hash != expected_prev:
            problems.append(f"audit entry {entry.seq} does not follow the entry before it (chain broken)")
        if hash_of(entry) != entry.entry_hash:
            problems.append(f"audit entry {entry.seq} ({entry.action} {entry.entity_type}) was altered")
        expected_prev = entry.entry_hash
        expected_seq = entry.seq + 1
    head = session.get(StoreMeta, HEAD_KEY)
    if head is not None:
        head_seq, head_hash = head.value.split(":", 1)
        if int(head_seq) != expected_seq - 1 or head_hash != expected_prev:
            problems.append(
                f"the audit log ends at entry {expected_seq - 1} but its recorded head is entry {head_seq}: "
                "entries were removed or added outside hrdoc"
            )
    elif count:
        problems.append("the audit log's recorded head is missing")
    return ChainReport(entries=count, problems=problems)


def entries_for_case(session: Session, case_id: uuid.UUID | str, limit: int = 5000) -> list[AuditEntry]:
    """The newest audit entries concerning one case, newest first."""
    query = select(AuditEntry).where(AuditEntry.case_id == str(case_id)).order_by(AuditEntry.seq.desc())
    return list(session.scalars(query.limit(limit)))
