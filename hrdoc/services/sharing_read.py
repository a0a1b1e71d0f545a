"""What the sharing policy weighs of a case, read from a store: each record's id, visibility and references
(with every record they refer to, in the case or not), and each account's consent. No record's text is read.

:func:`hrdoc.services.sharing.records_shown` decides from this which records go to an audience; reports (their
scope and redaction) and case copies (bundles, sync) read it here, so that they weigh the same facts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Table, and_, select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.registry import Kind
from hrdoc.services.sharing import AccountConsent, Listed
from hrdoc.storage import models as m
from hrdoc.storage.base import Base

_CHUNK = 500  # ids per query, for records outside the case that its records refer to


@dataclass(frozen=True, slots=True)
class Weighed:
    records: dict[str, dict[uuid.UUID, Listed]]  # the case's records by kind, and any record they refer to
    in_case: dict[str, set[uuid.UUID]]  # the case's own records by kind (the others are only referred to)
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
