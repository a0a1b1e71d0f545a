"""What the sharing policy weighs of a case, or of some records, read from a store: each record's id, visibility
and references (with every record they refer to, in the case or not), and each account's consent. No record's
text is read.

:func:`hrdoc.services.sharing.records_shown` decides from this which records go to an audience; reports (their
scope and redaction), case copies (bundles, sync), CSV tables and the ACLED export read a whole case here
(:func:`weigh_case`), search results and a single evidence file's export the records at hand
(:func:`weigh_records`), so that they all weigh the same facts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Table, and_, select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.registry import Kind
from hrdoc.services.sharing import AccountConsent, Listed
from hrdoc.storage import models as m
from hrdoc.storage.base import Base

_CHUNK = 500  # ids per query (for records outside the case that its records refer to, or records at hand)


@dataclass(frozen=True, slots=True)
class Weighed:
    records: dict[str, dict[uuid.UUID, Listed]]  # the case's records by kind, and any record they refer to
    in_case: dict[str, set[uuid.UUID]]  # the case's own records by kind (the others are only referred to)
    accounts: dict[uuid.UUID, AccountConsent]


@dataclass(frozen=True, slots=True)
class WeighedRecords:
    records: dict[str, dict[uuid.UUID, Listed]]  # the records asked for by kind, and every one they depend on
    accounts: dict[uuid.UUID, AccountConsent]


def table_of(kind: str) -> Table:
    return Base.metadata.tables[registry.kind(kind).table]


def refs_of(kind: str) -> dict[str, str]:
    """The kind's reference fields → the kind each refers to, as the registry declares."""
    return {f.name: f.ref for f in registry.kind(kind).fields if f.ref is not None}


def weigh_case(session: Session, case_id: uuid.UUID, case_visibility: str) -> Weighed:
    """What the policy weighs of the case ``case_id`` (of ``case_visibility``), read in ``session``."""
    records: dict[str, dict[uuid.UUID, Listed]] = {Kind.CASE: {case_id: Listed(case_visibility)}}
    in_case: dict[str, set[uuid.UUID]] = {}
    for kind in registry.RECORD_KINDS:
        if kind == Kind.CASE:
            continue
        table, refs = table_of(kind), refs_of(kind)
        query = select(table.c.id, table.c.visibility, *(table.c[r] for r in refs))
        rows = session.execute(query.where(table.c.case_id == case_id))
        records[kind] = {rid: Listed(vis, dict(zip(refs, targets, strict=True))) for rid, vis, *targets in rows}
        in_case[kind] = set(records[kind])
    # Records outside the case that its records refer to are weighed too (a record goes only with them).
    tried: set[uuid.UUID] = set()
    while missing := {k: ids - tried for k, ids in _missing(records).items() if ids - tried}:
        for other, ids in missing.items():
            tried |= ids
            table, refs = table_of(other), refs_of(other)
            query = select(table.c.id, table.c.visibility, *(table.c[r] for r in refs))
            wanted = sorted(ids)
            for start in range(0, len(wanted), _CHUNK):
                chunk = query.where(table.c.id.in_(wanted[start : start + _CHUNK]))
                for rid, vis, *targets in session.execute(chunk):
                    records.setdefault(other, {})[rid] = Listed(vis, dict(zip(refs, targets, strict=True)))
    a, c, v = m.Account, m.Consent, m.AccountVersion
    rows = session.execute(
        select(a.id, a.witness_id, c.share_with_partners, c.to_be_quoted, v.quotable)
        .outerjoin(c, c.witness_id == a.witness_id)
        .outerjoin(v, and_(v.account_id == a.id, v.version == a.current_version))
        .where(a.case_id == case_id)
    )
    accounts = {aid: AccountConsent(wid, shared, quoted, quotable) for aid, wid, shared, quoted, quotable in rows}
    return Weighed(records, in_case, accounts)


def _missing(records: dict[str, dict[uuid.UUID, Listed]]) -> dict[str, set[uuid.UUID]]:
    """The records referred to that are not among ``records``, by kind."""
    out: dict[str, set[uuid.UUID]] = {}
    for kind, rows in records.items():
        refs = refs_of(kind)
        for row in rows.values():
            for name, target in row.refs.items():
                if target is not None and target not in records.get(refs[name], {}):
                    out.setdefault(refs[name], set()).add(target)
    return out


def weigh_records(session: Session, wanted: Mapping[str, Iterable[uuid.UUID]]) -> WeighedRecords:
    """What the policy weighs of the records ``wanted`` (kind → ids) and of every record they depend on: those
    they refer to, and a witness's accounts (beyond the team a witness goes only with an account that goes),
    read in ``session``. Unlike :func:`weigh_case`, only these records are read, not their whole case."""
    listed: dict[str, dict[uuid.UUID, Listed]] = {}
    pending: dict[str, set[uuid.UUID]] = {kind: set(ids) for kind, ids in wanted.items()}
    while pending:
        kind, ids = pending.popitem()
        ids -= listed.setdefault(kind, {}).keys()
        table, refs = table_of(kind), refs_of(kind)
        query = select(table.c.id, table.c.visibility, *(table.c[r] for r in refs))
        wanted_ids = sorted(ids)
        for start in range(0, len(wanted_ids), _CHUNK):
            chunk = wanted_ids[start : start + _CHUNK]
            for rid, visibility, *targets in session.execute(query.where(table.c.id.in_(chunk))):
                listed[kind][rid] = Listed(visibility, dict(zip(refs, targets, strict=True)))
                for target_kind, target in zip(refs.values(), targets, strict=True):
                    if target is not None and target not in listed.get(target_kind, {}):
                        pending.setdefault(target_kind, set()).add(target)
            if kind == Kind.WITNESS:  # whether a witness goes depends on its accounts
                accounts = session.scalars(select(m.Account.id).where(m.Account.witness_id.in_(chunk)))
                if more := set(accounts) - listed.get(Kind.ACCOUNT, {}).keys():
                    pending.setdefault(Kind.ACCOUNT, set()).update(more)
    consents: dict[uuid.UUID, AccountConsent] = {}
    a, c, v = m.Account, m.Consent, m.AccountVersion
    accounts_listed = sorted(listed.get(Kind.ACCOUNT, {}))
    for start in range(0, len(accounts_listed), _CHUNK):
        rows = session.execute(
            select(a.id, a.witness_id, c.share_with_partners, c.to_be_quoted, v.quotable)
            .outerjoin(c, c.witness_id == a.witness_id)
            .outerjoin(v, and_(v.account_id == a.id, v.version == a.current_version))
            .where(a.id.in_(accounts_listed[start : start + _CHUNK]))
        )
        for aid, witness_id, shared, quoted, quotable in rows:
            consents[aid] = AccountConsent(witness_id, shared, quoted, quotable)
    return WeighedRecords(listed, consents)
