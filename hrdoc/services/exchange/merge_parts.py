"""Applying what belongs to a case's records, after the records themselves (services.exchange.merge), and when a
conflict is decided (services.exchange.conflicts).

A record's parts (services.exchange.parts: a witness's identity and consent, a victim's identity, an account's
versions) are decided with it: taken where the record's incoming version was taken or added, left as they are
where this store's version stays, and kept in the conflict where the record is in conflict.

Account versions are never dropped. An account taken from the other side gets its versions as they are there:
the same versions (by id) under the same numbers, the ones it lacks added; a version only this store has (which
a copy descending from this one cannot lack, but a damaged history might) stays, numbered after them. When a
conflict on an account is decided, both sides' versions are kept, numbered so that every store ends with the
same versions in the same order (:func:`unite_versions`).

The audit and custody logs are merged in services.exchange.merge_logs.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hrdoc.domain.registry import Kind
from hrdoc.services.exchange.parts import OWNERS, PartDef, parts_of
from hrdoc.services.exchange.snapshot import from_json
from hrdoc.services.records_kinds import ACCOUNT_CONTENT_FIELDS
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import utcnow
from hrdoc.storage.bulk import insert_rows, update_rows

if TYPE_CHECKING:
    from hrdoc.services.exchange.merge_records import RecordMerge

# What became of a record of the copy (services.exchange.merge_records); its parts follow.
ADDED, TAKEN, KEPT, UNCHANGED, CONFLICT, HELD = "added", "taken", "kept", "unchanged", "conflict", "held"
# Numbers versions are moved to while an account's versions are renumbered (each number is unique per account).
_ASIDE = 1_000_000


def merge_parts(session: Session, merge: RecordMerge) -> None:
    """The parts of every record the merge took or added, as the copy has them; for an account that stays as it
    is here, the versions this store does not know are kept too (none is ever lost)."""
    received: set[uuid.UUID] = set()  # accounts whose versions changed
    for owner_kind in OWNERS:
        outcomes = merge.outcomes.get(owner_kind, {})
        added = [rid for rid, outcome in outcomes.items() if outcome == ADDED]
        _insert_parts(session, merge, owner_kind, added)  # new here: no parts here yet, all in bulk
        taken = {rid: merge.parts.parts(owner_kind, str(rid)) for rid, outcome in outcomes.items() if outcome == TAKEN}
        merge.report.account_versions_added += take_parts_of(session, owner_kind, taken)
        if owner_kind == Kind.ACCOUNT:
            received |= {rid for rid, outcome in outcomes.items() if outcome in (ADDED, TAKEN)}
            kept = [rid for rid, outcome in outcomes.items() if outcome in (KEPT, UNCHANGED)]
            received |= _keep_unknown_versions(session, merge, kept)
        # In conflict, or held back with a record deleted here: the parts wait with it.
    # An account's text is its current version's: index the accounts whose versions arrived now that they are here.
    session.flush()
    search_index.index_records(session.connection(), Kind.ACCOUNT, sorted(received, key=str))


def _insert_parts(session: Session, merge: RecordMerge, owner_kind: str, owners: list[uuid.UUID]) -> None:
    for part in parts_of(owner_kind):
        rows: list[dict[str, Any]] = []
        for rid in owners:
            value = merge.parts.parts(owner_kind, str(rid)).get(part.kind)
            carried = (value or []) if part.many else ([] if value is None else [value])
            rows += [from_json(part.model, row) for row in carried]
        insert_rows(session, part.model, rows)
        if part.many:
            merge.report.account_versions_added += len(rows)


def take_parts(session: Session, owner_kind: str, owner_id: uuid.UUID, parts: dict[str, Any]) -> int:
    """Make a record's parts those of the other side's version (those ``parts`` carries: a part it carries as
    None, that version has none of); how many account versions were added."""
    return take_parts_of(session, owner_kind, {owner_id: parts})


def take_parts_of(session: Session, owner_kind: str, owners: dict[uuid.UUID, dict[str, Any]]) -> int:
    """:func:`take_parts` for many records of one kind, in few statements; how many account versions were added."""
    added = 0
    for part in parts_of(owner_kind):
        carried = {rid: parts[part.kind] for rid, parts in owners.items() if part.kind in parts}
        if not carried:
            continue  # not carried (identities and consent stay behind beyond the team)
        if part.many:
            local = _local_versions_of(session, list(carried))
            for rid, value in carried.items():
                added += sync_versions(session, rid, value or [], local.get(rid, []))
        else:
            _set_singles(session, part, carried)
    return added


def _set_singles(session: Session, part: PartDef, carried: dict[uuid.UUID, dict[str, Any] | None]) -> None:
    """One part per owner (an identity, a consent) made the other side's, or removed where it has none."""
    key = getattr(part.model, part.key)
    here: set[uuid.UUID] = set()
    for chunk in batches(list(carried)):
        here.update(session.scalars(select(key).where(key.in_(chunk))))
    rows = {rid: from_json(part.model, row) | {part.key: rid} for rid, row in carried.items() if row is not None}
    for obj in session.identity_map.values():  # what the session holds of them is written below, in bulk
        if isinstance(obj, part.model) and getattr(obj, part.key) in carried:
            session.expire(obj)
    insert_rows(session, part.model, [row for rid, row in rows.items() if rid not in here])
    update_rows(session, part.model, [row for rid, row in rows.items() if rid in here], key=part.key)
    gone = [rid for rid, row in carried.items() if row is None and rid in here]  # that version has none
    for chunk in batches(gone):
        session.execute(delete(part.model).where(key.in_(chunk)))


def _local_versions(session: Session, account_id: uuid.UUID) -> list[m.AccountVersion]:
    return _local_versions_of(session, [account_id]).get(account_id, [])


def _local_versions_of(session: Session, accounts: list[uuid.UUID]) -> dict[uuid.UUID, list[m.AccountVersion]]:
    """Each account's versions here, in order."""
    found: dict[uuid.UUID, list[m.AccountVersion]] = {}
    for chunk in batches(accounts):
        query = select(m.AccountVersion).where(m.AccountVersion.account_id.in_(chunk))
        for version in session.scalars(query.order_by(m.AccountVersion.account_id, m.AccountVersion.version)):
            found.setdefault(version.account_id, []).append(version)
    return found


def sync_versions(
    session: Session,
    account_id: uuid.UUID,
    incoming: list[dict[str, Any]],
    local: list[m.AccountVersion] | None = None,
) -> int:
    """Give an account the versions the other side has, under its numbers; a version only this side has stays,
    after them. ``local``: its versions here, if the caller read them already. Returns how many were added."""
    theirs = {uuid.UUID(str(r["id"])): r for r in incoming}
    local = _local_versions(session, account_id) if local is None else local
    top = max((int(r["version"]) for r in incoming), default=0)
    wanted: list[tuple[m.AccountVersion, int]] = []
    for version in local:
        if version.id in theirs:
            wanted.append((version, int(theirs[version.id]["version"])))
    for version in local:
        if version.id not in theirs:
            top += 1
            wanted.append((version, top))
    _renumber(session, wanted)
    known = {v.id for v in local}
    rows = [
        from_json(m.AccountVersion, row) | {"account_id": account_id} for vid, row in theirs.items() if vid not in known
    ]
    return insert_rows(session, m.AccountVersion, rows)


def _renumber(session: Session, wanted: list[tuple[m.AccountVersion, int]]) -> None:
    """Give versions new numbers; those that move are set aside first, as numbers are unique per account."""
    moving = [(v, n) for v, n in wanted if v.version != n]
    if not moving:
        return
    for index, (version, _number) in enumerate(moving):
        version.version = _ASIDE + index
    session.flush()
    for version, number in moving:
        version.version = number
    session.flush()


def _keep_unknown_versions(session: Session, merge: RecordMerge, accounts: list[uuid.UUID]) -> set[uuid.UUID]:
    """Versions of accounts that stay as they are here that this store does not know (a copy descending from
    this one cannot lack any; a damaged history might): kept after this store's own. Returns those accounts."""
    known: set[uuid.UUID] = set()
    for chunk in batches(sorted(accounts, key=str)):
        query = select(m.AccountVersion.id).where(m.AccountVersion.account_id.in_(chunk))
        known.update(session.scalars(query))
    changed: set[uuid.UUID] = set()
    rows: list[dict[str, Any]] = []
    for account_id in accounts:
        incoming = merge.parts.parts(Kind.ACCOUNT, str(account_id)).get(Kind.ACCOUNT_VERSION) or []
        unknown = [row for row in incoming if uuid.UUID(str(row["id"])) not in known]
        if not unknown:
            continue
        top = max((v.version for v in _local_versions(session, account_id)), default=0)
        rows += [
            from_json(m.AccountVersion, row) | {"account_id": account_id, "version": top + n}
            for n, row in enumerate(unknown, 1)
        ]
        changed.add(account_id)
    merge.report.account_versions_added += insert_rows(session, m.AccountVersion, rows)
    return changed


def unite_versions(
    session: Session, account: m.Account, incoming: list[dict[str, Any]], incoming_current: int, choice: str, user: str
) -> list[str]:
    """Decide a conflict on an account: both sides' versions kept, numbered the same way on every store.

    The versions both sides have keep their order; then come the other side's own versions, then the chosen
    side's, so that the chosen side's current text is the newest version. If the chosen side's current version
    is one both sides had (the other side corrected the account, the chosen one did not), it is made current
    again as a new version saying so. Returns what happened, in words, for the audit entry.
    """
    local = _local_versions(session, account.id)
    theirs = {uuid.UUID(str(r["id"])): r for r in incoming}
    known = {v.id for v in local}
    common = [v for v in local if v.id in theirs]
    local_only = [v for v in local if v.id not in theirs]
    incoming_only = sorted((r for vid, r in theirs.items() if vid not in known), key=lambda r: int(r["version"]))
    if choice == "local":
        chosen = next((v.id for v in local if v.version == account.current_version), None)
        order: list[uuid.UUID] = [v.id for v in common] + [uuid.UUID(str(r["id"])) for r in incoming_only]
        order += [v.id for v in local_only]
    else:
        chosen = next((vid for vid, r in theirs.items() if r.get("version") == incoming_current), None)
        order = [v.id for v in common] + [v.id for v in local_only]
        order += [uuid.UUID(str(r["id"])) for r in incoming_only]
    numbers = {vid: n for n, vid in enumerate(order, 1)}
    _renumber(session, [(v, numbers[v.id]) for v in local])
    rows = [
        from_json(m.AccountVersion, r) | {"account_id": account.id, "version": numbers[uuid.UUID(str(r["id"]))]}
        for r in incoming_only
    ]
    insert_rows(session, m.AccountVersion, rows)
    notes = []
    if incoming_only:
        kept = ", ".join(str(row["version"]) for row in rows)
        notes.append(f"the other side's correction(s) kept as version(s) {kept}")
    if local_only:
        notes.append(f"this side's correction(s) now version(s) {', '.join(str(numbers[v.id]) for v in local_only)}")
    top = len(order)
    current = top if chosen is None else numbers.get(chosen, top)
    if current != top:
        source = session.scalars(
            select(m.AccountVersion).where(
                m.AccountVersion.account_id == account.id, m.AccountVersion.version == current
            )
        ).one()
        content = {k: getattr(source, k) for k in ACCOUNT_CONTENT_FIELDS}
        session.add(
            m.AccountVersion(
                id=uuid.uuid4(),
                account_id=account.id,
                version=top + 1,
                created_at=utcnow(),
                created_by=user,
                correction_note=f"version {current} made current again when a merge conflict was decided",
                **content,
            )
        )
        session.flush()
        notes.append(f"version {current} made current again as version {top + 1}")
        current = top + 1
    account.current_version = current
    session.flush()
    return notes


def by_id(session: Session, model: Any, ids: list[uuid.UUID], key: Any = None) -> dict[uuid.UUID, Any]:
    column = key if key is not None else model.id
    found: dict[uuid.UUID, Any] = {}
    for part in batches(ids):
        for obj in session.scalars(select(model).where(column.in_(part))):
            found[getattr(obj, column.key)] = obj
    return found


def batches(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
