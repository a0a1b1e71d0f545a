"""The audit log: append-only and hash-chained, so that tampering shows.

Each entry's hash covers its own content and the previous entry's hash. ``store_meta.audit_head`` keeps the
number and hash of the newest entry, so removing entries from the end is detected too. Triggers also refuse
UPDATE and DELETE on the table outright (and TRUNCATE, on PostgreSQL).

**Linking entries into the chain.** :func:`record` adds an entry to the caller's unit of work; the entries are
linked into the chain as it commits (a hook on every session's commit): numbered after the recorded head,
hashed, and written with the new head in one or two statements, however many there are. Linking is the one
moment writers must take turns, so that no two entries get the same number:

* on SQLite, a unit of work that writes holds the store file's lock from its start: it links its own entries;
* on PostgreSQL, writers of different cases run side by side, and the head row is taken as the unit of work
  commits, with ``FOR UPDATE SKIP LOCKED``. A writer that gets it links its entries (after any left waiting).
  One that finds it taken (another writer is linking at that very moment) looks again a few times within a
  tenth of a second, as a linking holds it for two statements and a commit; if it is still taken, the writer
  leaves its entries, whole, in ``audit_pending`` and commits its work; then, its case's lock released, it
  links them in a short unit of work of its own (services.context), waiting only for the linking in progress
  to end, unless that one took them meanwhile. So no writer waits for another one's unit of work, the head
  is held only while entries are linked, no round trip is added when writers do not meet, and a linking takes
  every entry waiting: when many writers meet, one linking serves many.

Entries waiting in ``audit_pending`` are append-only too (migration 0008): the database refuses to change
them, or to remove one the audit log does not hold. They are linked onto a recorded head only: if the head was
removed behind hrdoc's back, new entries wait (nothing is lost) and verify says the head is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, event, func, insert, select, text, update
from sqlalchemy.orm import Session, SessionTransaction

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.errors import Phrase, Sensed, Term
from hrdoc.domain.marks import N_
from hrdoc.services.audit_chain import CONTENT, FILE_HEAD, head_value, parse_head
from hrdoc.services.audit_chain import GENESIS as GENESIS
from hrdoc.services.audit_chain import HEAD_KEY as HEAD_KEY
from hrdoc.services.audit_chain import entry_hash as entry_hash
from hrdoc.storage.base import utcnow
from hrdoc.storage.bulk import insert_rows, table_of
from hrdoc.storage.models import AuditEntry, AuditPending, StoreMeta

# session.info: the entries recorded in the unit of work, linked as it commits; whether it left them waiting (then
# services.context links them once it has committed).
RECORDED = "hrdoc_audit_recorded"
LEFT_WAITING = "hrdoc_audit_left_waiting"
# How long a writer that left its entries waiting waits, once committed, for the linking in progress to end.
LINK_WAIT_S = 5.0
# The head, if no other writer holds it (PostgreSQL), and whether entries wait to be linked: one round trip.
_TAKE_HEAD = text(
    "SELECT value, EXISTS (SELECT 1 FROM audit_pending) FROM store_meta WHERE key = :key FOR UPDATE SKIP LOCKED"
)
# A writer finding the head taken looks again after these pauses (s) before leaving its entries waiting: a
# linking holds it for two statements and a commit, so most meetings end within the first pauses, and cost no
# more than a statement each (leaving entries costs a write and a unit of work more).
_LOOK_AGAIN_S = (0.005, 0.01, 0.02, 0.04)


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
    """Add one entry to the caller's unit of work (so it commits or rolls back with the change).

    It is linked into the chain as the unit of work commits (see the module): the entry returned has its
    number and hashes from then on (unless it was left waiting for the next linking).
    ``at`` is when it happened: now, unless the entry comes from another store (then when it happened there);
    so is ``action`` given as text then: the first writer's, whatever this version of hrdoc knows of it.
    """
    entry = AuditEntry(
        at=at or utcnow(),
        actor=actor,
        action=action.value if isinstance(action, AuditAction) else action,
        entity_type=entity_type,
        entity_id=_id(entity_id),
        case_id=_id(case_id),
        summary=summary,
        details=json.loads(json.dumps(details or {}, default=str)),
    )
    session.info.setdefault(RECORDED, []).append(entry)
    return entry


@event.listens_for(Session, "before_commit")
def _link_at_commit(session: Session) -> None:
    entries: list[AuditEntry] | None = session.info.pop(RECORDED, None)
    if not entries:
        return
    session.flush()  # the unit of work's own statements first: the head is held for the linking alone
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        taken = conn.execute(_TAKE_HEAD, {"key": HEAD_KEY}).first()
        for pause in _LOOK_AGAIN_S if taken is None else ():
            time.sleep(pause)
            if (taken := conn.execute(_TAKE_HEAD, {"key": HEAD_KEY}).first()) is not None:
                break
        if taken is None:  # another writer is still linking (or no head yet): they wait for the next linking
            _leave(session, entries)
            session.info[LEFT_WAITING] = True
            return
        head, anything_waiting = taken
    else:  # SQLite: this unit of work holds the store file's lock
        head, anything_waiting = conn.execute(text(FILE_HEAD), {"key": HEAD_KEY}).one()
    waiting = _waiting(conn) if anything_waiting else []
    if not _link(session, conn, head, [e for _id, e in waiting] + entries):
        _leave(session, entries)
        return
    _release(conn, [pending_id for pending_id, _e in waiting])


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # rolled back (a commit took them already): they go with the unit of work
        session.info.pop(RECORDED, None)


def _leave(session: Session, entries: list[AuditEntry]) -> None:
    insert_rows(session, AuditPending, [{k: getattr(e, k) for k in CONTENT} for e in entries])


def link_waiting(session: Session) -> int:
    """Link every entry waiting in ``audit_pending``, in the order they came, waiting for the head if another
    writer holds it (as long as the unit of work's lock wait allows); how many were linked (none: nothing
    waited, or no head is recorded to link them onto)."""
    conn = session.connection()
    lock = " FOR UPDATE" if conn.dialect.name == "postgresql" else ""
    head = conn.execute(text(f"SELECT value FROM store_meta WHERE key = :key{lock}"), {"key": HEAD_KEY}).scalar()
    waiting = _waiting(conn)
    if not waiting or not _link(session, conn, head, [e for _id, e in waiting]):
        return 0
    _release(conn, [pending_id for pending_id, _e in waiting])
    return len(waiting)


def _waiting(conn: Connection) -> list[tuple[int, AuditEntry]]:
    pending = table_of(AuditPending)
    rows = conn.execute(select(pending).order_by(pending.c.id)).mappings()
    return [(row["id"], AuditEntry(**{k: row[k] for k in CONTENT})) for row in rows]


def _release(conn: Connection, pending_ids: list[int]) -> None:
    """Remove waiting entries once the log holds them (the database refuses it before)."""
    pending = table_of(AuditPending)
    for start in range(0, len(pending_ids), 1000):
        conn.execute(delete(pending).where(pending.c.id.in_(pending_ids[start : start + 1000])))


def _link(session: Session, conn: Connection, head: str | None, entries: list[AuditEntry]) -> bool:
    """Number and hash ``entries`` after ``head`` (the recorded head's value), write them and the new head.

    False, writing nothing, if no head is recorded although the log holds entries (removed behind hrdoc's
    back: the entries must wait, and verify says so); with no head and no entries, this starts the chain."""
    if head is None:
        if conn.execute(select(AuditEntry.seq).limit(1)).first() is not None:
            return False
        seq, prev = 0, GENESIS
    else:
        seq, prev = parse_head(head)
    for entry in entries:
        seq += 1
        entry.seq, entry.prev_hash = seq, prev
        entry.entry_hash = prev = hash_of(entry)
    meta = table_of(StoreMeta)
    value = head_value(seq, prev)
    moved: Any = (
        insert(meta).values(key=HEAD_KEY, value=value)
        if head is None
        else update(meta).where(meta.c.key == HEAD_KEY).values(value=value)
    )
    rows = [{k: getattr(e, k) for k in (*CONTENT, "seq", "prev_hash", "entry_hash")} for e in entries]
    log = table_of(AuditEntry)
    if conn.dialect.name == "postgresql" and len(rows) <= 200:  # entries and head in one statement
        conn.execute(insert(log).values(rows).add_cte(moved.cte("head")))
    else:
        insert_rows(session, log, rows)
        conn.execute(moved)
    return True


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    problems: list[str]
    waiting: int = 0  # entries waiting to be linked into the chain (see the module)

    @property
    def ok(self) -> bool:
        return not self.problems


def _altered(entry: AuditEntry) -> Phrase:
    """An altered entry, named by its action and its record's kind in words ("Create victim of an allegation")."""
    from hrdoc.domain.enums import label, sense
    from hrdoc.services.audit_words import kind_words

    action = Sensed(label(entry.action, AuditAction), sense(AuditAction) or "")
    if not entry.entity_type:
        return Phrase(N_("audit entry {seq} ({action}) was altered"), seq=entry.seq, action=action)
    return Phrase(
        N_("audit entry {seq} ({action} {kind}) was altered"),
        seq=entry.seq,
        action=action,
        kind=Term(kind_words(entry.entity_type)),
    )


def verify_chain(session: Session) -> ChainReport:
    """Recompute every entry's hash and follow the chain; name each break."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        count += 1
        if entry.seq != expected_seq:
            problems.append(
                Phrase(
                    N_("audit entry {expected_seq} is missing (the next entry found is {seq})"),
                    expected_seq=expected_seq,
                    seq=entry.seq,
                )
            )
        if entry.prev_hash != expected_prev:
            problems.append(
                Phrase(N_("audit entry {seq} does not follow the entry before it (chain broken)"), seq=entry.seq)
            )
        if hash_of(entry) != entry.entry_hash:
            problems.append(_altered(entry))
        expected_prev = entry.entry_hash
        expected_seq = entry.seq + 1
    head = session.get(StoreMeta, HEAD_KEY)
    if head is not None:
        head_seq, head_hash = head.value.split(":", 1)
        if int(head_seq) != expected_seq - 1 or head_hash != expected_prev:
            problems.append(
                Phrase(
                    N_(
                        "the audit log ends at entry {last} but its recorded head is entry {head}: entries were "
                        "removed or added outside hrdoc"
                    ),
                    last=expected_seq - 1,
                    head=head_seq,
                )
            )
    elif count:
        problems.append(Phrase(N_("the audit log's recorded head is missing")))
    waiting = session.scalar(select(func.count()).select_from(AuditPending)) or 0
    return ChainReport(entries=count, problems=problems, waiting=waiting)


def entries_for_case(session: Session, case_id: uuid.UUID | str, limit: int = 5000) -> list[AuditEntry]:
    """The newest audit entries concerning one case, newest first."""
    query = select(AuditEntry).where(AuditEntry.case_id == str(case_id)).order_by(AuditEntry.seq.desc())
    return list(session.scalars(query.limit(limit)))
