"""Merging what belongs to a case's records, after the records themselves (services.exchange.merge).

* identities and consent follow their record: taken when the record's incoming version was taken;
* account versions are united: none is ever lost, a version numbered differently on the other side is added
  after the local ones.

The audit and custody logs are merged in services.exchange.merge_logs.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrdoc.services.exchange.snapshot import Snapshot, from_json
from hrdoc.storage import models as m
from hrdoc.storage import search_index

if TYPE_CHECKING:
    from hrdoc.services.exchange.merge import MergeReport


def merge_parts(session: Session, snap: Snapshot, report: MergeReport) -> None:
    incoming_versions = {row["id"]: str(row.get("version")) for rows in snap.records.values() for row in rows}
    for model, owner_model, rows, key in (
        (m.WitnessIdentity, m.Witness, snap.witness_identities, "witness_id"),
        (m.VictimIdentity, m.Victim, snap.victim_identities, "victim_id"),
        (m.Consent, m.Witness, snap.consents, "witness_id"),
    ):
        if rows:
            _merge_owned(session, model, owner_model, rows, key, incoming_versions)
    _merge_account_versions(session, snap, report)


def _merge_owned(
    session: Session,
    model: Any,
    owner_model: Any,
    rows: list[dict[str, Any]],
    key: str,
    incoming_versions: dict[str, str],
) -> None:
    """Identities and consents follow their owner: taken from the copy where the owner now is the copy's version."""
    owner_ids = [uuid.UUID(row[key]) for row in rows]
    owners = by_id(session, owner_model, owner_ids)
    existing = by_id(session, model, owner_ids, key=getattr(model, key))
    fresh: list[dict[str, Any]] = []
    for row, owner_id in zip(rows, owner_ids, strict=True):
        owner = owners.get(owner_id)
        if owner is None or owner.version != incoming_versions.get(row[key]):
            continue  # the owner stayed as it was here (newer, or in conflict): so do its parts
        values = from_json(model, row)
        if owner_id in existing:
            for k, v in values.items():
                setattr(existing[owner_id], k, v)
        else:
            fresh.append(values)
    session.flush()
    for part in insert_batches(fresh):
        session.execute(insert(model), part)


def _merge_account_versions(session: Session, snap: Snapshot, report: MergeReport) -> None:
    # Account versions: none is ever lost. A version from the other side that this side numbered
    # differently is added after the local ones.
    account_ids = sorted({uuid.UUID(row["account_id"]) for row in snap.account_versions}, key=str)
    present_accounts = set(by_id(session, m.Account, account_ids))
    known_ids: set[uuid.UUID] = set()
    numbers: dict[uuid.UUID, set[int]] = {}
    for part in batches(account_ids):
        for vid, account_id, number in session.execute(
            select(m.AccountVersion.id, m.AccountVersion.account_id, m.AccountVersion.version).where(
                m.AccountVersion.account_id.in_(part)
            )
        ):
            known_ids.add(vid)
            numbers.setdefault(account_id, set()).add(number)
    fresh_versions: list[dict[str, Any]] = []
    for row in snap.account_versions:
        vid, account_id = uuid.UUID(row["id"]), uuid.UUID(row["account_id"])
        if vid in known_ids or account_id not in present_accounts:
            continue
        values = from_json(m.AccountVersion, row)
        taken = numbers.setdefault(account_id, set())
        if values["version"] in taken:
            values["version"] = max(taken) + 1
            values["correction_note"] = (values.get("correction_note") or "") + " [renumbered when merged]"
        taken.add(values["version"])
        fresh_versions.append(values)
    session.flush()
    for part in insert_batches(fresh_versions):
        session.execute(insert(m.AccountVersion), part)
    report.account_versions_added += len(fresh_versions)
    if fresh_versions:
        for account in by_id(session, m.Account, account_ids).values():
            have = numbers.get(account.id, set())
            if have and account.current_version not in have:
                account.current_version = max(have)
    # An account's text is its current version's: index the accounts that received versions now that
    # those are here (when _merge_records added or updated them, the versions they name were not there).
    session.flush()
    received = sorted({v["account_id"] for v in fresh_versions}, key=str)
    search_index.index_records(session.connection(), "account", received)


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


def insert_batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Rows to insert, in batches of rows with the same fields (a copy for an audience may leave some fields
    out of some records, e.g. an excerpt whose witness may not be quoted; the store's defaults fill them)."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    for group in groups.values():
        yield from batches(group)
