"""What an incoming copy of a case must satisfy before anything of it is merged.

A copy of a case arrives in a bundle written by someone we may not fully trust, or from a team store. It may
only ever reach the case it carries: every record, tombstone, identity, consent, account version, custody
entry and audit entry in it is checked to belong to that case, against this store, before the merge writes
anything. Its references must resolve inside the case, an evidentiary file's identity (hash, size) never
changes, and the custody and audit entries it carries must be the ones their first writer hashed (those
checks: services.exchange.checks_logs).

Every check raises :class:`~hrdoc.domain.validation.ValidationError` with one line that names the record
(its kind and id, never its contents) and the rule; the merge then writes nothing.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError, require_consent_to_quote
from hrdoc.services import sharing
from hrdoc.services.exchange.checks_logs import audit_hash, check_logs, custody_hash, origin_of
from hrdoc.services.exchange.refusal import batches, refuse
from hrdoc.services.exchange.snapshot import Snapshot
from hrdoc.services.records_kinds import KINDS, VAULT_FIXED_FIELDS
from hrdoc.services.records_rules import check_consent_withdrawal, consent_values, vocabulary_errors
from hrdoc.services.vocab import CopyTerms
from hrdoc.storage import models as m

# Kinds of record a copy of a case carries, parents first (the case itself first): the registry's order.
COPY_KINDS = registry.RECORD_KINDS


def _uuid(value: Any, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        raise refuse(Phrase(N_("{what} has no valid id"), what=what)) from None


class LocalIndex:
    """Where ids of a copy already live in this store: kind and case of each record or tombstone."""

    def __init__(self, session: Session, ids: Iterable[uuid.UUID]) -> None:
        wanted = sorted(set(ids), key=str)
        self.records: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
        self.tombstones: dict[uuid.UUID, tuple[str, uuid.UUID | None]] = {}
        self.case_refs: dict[uuid.UUID, str] = {}
        kind: str  # a Kind from COPY_KINDS, or a tombstone's kind as stored
        for part in batches(wanted):
            for kind in COPY_KINDS:
                model: Any = KINDS[kind].model
                owner = model.id if kind == Kind.CASE else model.case_id
                for rid, case_id in session.execute(select(model.id, owner).where(model.id.in_(part))):
                    self.records[rid] = (kind, case_id)
            for rid, kind, case_id in session.execute(
                select(m.Tombstone.record_id, m.Tombstone.kind, m.Tombstone.case_id).where(
                    m.Tombstone.record_id.in_(part)
                )
            ):
                self.tombstones[rid] = (kind, case_id)

    def case_of(self, rid: uuid.UUID) -> uuid.UUID | None:
        if rid in self.records:
            return self.records[rid][1]
        if rid in self.tombstones:
            return self.tombstones[rid][1]
        return None

    def kind_of(self, rid: uuid.UUID) -> str | None:
        if rid in self.records:
            return self.records[rid][0]
        if rid in self.tombstones:
            return self.tombstones[rid][0]
        return None


def _reference(session: Session, case_id: uuid.UUID) -> str:
    ref = session.scalar(select(m.Case.reference).where(m.Case.id == case_id))
    return f"case {ref}" if ref else "another case"


def check_copy(session: Session, snap: Snapshot) -> None:
    """Refuse a copy that reaches beyond its own case, or whose references or logs do not hold together."""
    case_id = _uuid(snap.case.get("id"), "the copy's case")
    incoming, kind_by_id = _copy_records(snap)
    if incoming.get(Kind.CASE) != {case_id}:
        raise refuse(N_("the copy does not hold exactly its one case"))
    stones = _copy_deletions(snap, case_id, kind_by_id)
    audit_ids: set[uuid.UUID] = set()
    for row in snap.audit:
        if str(row.get("case_id")) != str(case_id):
            raise refuse(Phrase(N_("the copy's audit entry {number} belongs to another case"), number=row.get("seq")))
        with contextlib.suppress(ValueError):  # an entry about no record in particular has no id
            audit_ids.add(uuid.UUID(str(row.get("entity_id"))))
    _check_against_store(session, case_id, [*kind_by_id.items(), *stones.items()], audit_ids)
    _check_parts(session, snap, incoming)
    _check_pseudonyms(session, snap, case_id)
    _check_references(session, snap, case_id, incoming)
    check_vocabularies(session, snap)
    check_consents(session, snap)
    _check_fixed_evidence(session, snap, case_id)
    _check_custody(snap, incoming)
    check_logs(session, snap)


def _copy_records(snap: Snapshot) -> tuple[dict[str, set[uuid.UUID]], dict[uuid.UUID, str]]:
    """The copy's record ids by kind, and each id's kind; refused: unknown kinds, an id held twice."""
    incoming: dict[str, set[uuid.UUID]] = {}
    kind_by_id: dict[uuid.UUID, str] = {}
    for kind, rows in snap.records.items():
        if kind not in COPY_KINDS:
            raise refuse(Phrase(N_("the copy holds records of an unknown kind {kind_name}"), kind_name=repr(kind)))
        for row in rows:
            rid = _uuid(row.get("id"), f"a {kind} of the copy")
            if rid in kind_by_id:
                raise refuse(Phrase(N_("the copy holds the record {rid} twice"), rid=rid))
            kind_by_id[rid] = kind
            incoming.setdefault(kind, set()).add(rid)
    return incoming, kind_by_id


def _copy_deletions(snap: Snapshot, case_id: uuid.UUID, kind_by_id: dict[uuid.UUID, str]) -> dict[uuid.UUID, str]:
    """The kind of each record the copy deletes; a deletion must be of a record inside the copy's case."""
    stones: dict[uuid.UUID, str] = {}
    for stone in snap.tombstones:
        rid = _uuid(stone.get("record_id"), "a deletion in the copy")
        kind = str(stone.get("kind"))
        if kind == Kind.CASE or kind not in COPY_KINDS:
            raise refuse(
                Phrase(
                    N_("the copy deletes a {kind_name} ({rid}); a copy of a case can only delete records inside it"),
                    kind_name=Term(kind),
                    rid=rid,
                )
            )
        if str(stone.get("case_id")) != str(case_id):
            raise refuse(
                Phrase(
                    N_("the copy's deletion of {kind_name} {rid} belongs to another case"),
                    kind_name=Term(kind),
                    rid=rid,
                )
            )
        if rid in kind_by_id or rid in stones:
            raise refuse(Phrase(N_("the copy both holds and deletes the record {rid}"), rid=rid))
        stones[rid] = kind
    return stones


def _check_against_store(
    session: Session, case_id: uuid.UUID, kinds: list[tuple[uuid.UUID, str]], audit_ids: set[uuid.UUID]
) -> None:
    """No record the copy holds, deletes or logs may be, in this store, another case's or of another kind."""
    local = LocalIndex(session, [*(rid for rid, _ in kinds), *audit_ids])
    for rid, kind in kinds:
        found_case = local.case_of(rid)
        if found_case is not None and found_case != case_id:
            raise refuse(
                Phrase(
                    N_("the copy's {kind_name} {rid} belongs to {case} of this store"),
                    kind_name=Term(kind),
                    rid=rid,
                    case=_reference(session, found_case),
                )
            )
        found_kind = local.kind_of(rid)
        if found_kind is not None and found_kind != kind:
            raise refuse(
                Phrase(
                    N_("the copy's {kind_name} {rid} is a {found_kind} in this store"),
                    kind_name=Term(kind),
                    rid=rid,
                    found_kind=found_kind,
                )
            )
    for rid in audit_ids:
        found_case = local.case_of(rid)
        if found_case is not None and found_case != case_id:
            raise refuse(
                Phrase(
                    N_("the copy's audit log speaks of a record of {case} of this store"),
                    case=_reference(session, found_case),
                )
            )


def _check_parts(session: Session, snap: Snapshot, incoming: dict[str, set[uuid.UUID]]) -> None:
    """Identities, consent and account versions belong to records the copy itself carries."""
    for rows, key, owner_kind, what in (
        (snap.witness_identities, "witness_id", Kind.WITNESS, "identity"),
        (snap.consents, "witness_id", Kind.WITNESS, "consent"),
        (snap.victim_identities, "victim_id", Kind.VICTIM, "identity"),
    ):
        seen: set[uuid.UUID] = set()
        for row in rows:
            owner = _uuid(row.get(key), f"a {owner_kind}'s {what} in the copy")
            if owner not in incoming.get(owner_kind, set()):
                raise refuse(
                    Phrase(
                        N_("the copy holds the {what} of a {owner_kind} ({owner}) that it does not carry"),
                        what=what,
                        owner_kind=owner_kind,
                        owner=owner,
                    )
                )
            if owner in seen:
                raise refuse(
                    Phrase(
                        N_("the copy holds two {what} records for the {owner_kind} {owner}"),
                        what=what,
                        owner_kind=owner_kind,
                        owner=owner,
                    )
                )
            seen.add(owner)
    accounts = incoming.get(Kind.ACCOUNT, set())
    by_version: dict[uuid.UUID, uuid.UUID] = {}
    numbers: set[tuple[uuid.UUID, Any]] = set()
    for row in snap.account_versions:
        vid = _uuid(row.get("id"), "an account version in the copy")
        account = _uuid(row.get("account_id"), f"the account version {vid}")
        if account not in accounts:
            raise refuse(
                Phrase(
                    N_("the copy holds a version ({vid}) of an account ({account}) that it does not carry"),
                    vid=vid,
                    account=account,
                )
            )
        if vid in by_version or (account, row.get("version")) in numbers:
            raise refuse(Phrase(N_("the copy holds the account version {vid} twice"), vid=vid))
        by_version[vid] = account
        numbers.add((account, row.get("version")))
    ids = list(by_version)
    for part in batches(ids):
        for vid, account in session.execute(
            select(m.AccountVersion.id, m.AccountVersion.account_id).where(m.AccountVersion.id.in_(part))
        ):
            if by_version[vid] != account:
                raise refuse(
                    Phrase(N_("the copy's account version {vid} belongs to another account in this store"), vid=vid)
                )


def _check_pseudonyms(session: Session, snap: Snapshot, case_id: uuid.UUID) -> None:
    """Two witnesses of one case never share a pseudonym (what reports call them)."""
    rows = snap.records.get(Kind.WITNESS, [])
    if not rows:
        return
    owner: dict[str, str] = {
        pseudonym: str(wid)
        for wid, pseudonym in session.execute(
            select(m.Witness.id, m.Witness.pseudonym).where(m.Witness.case_id == case_id)
        )
    }
    incoming_ids = {str(row.get("id")) for row in rows}
    for pseudonym, wid in list(owner.items()):
        if wid in incoming_ids:
            del owner[pseudonym]  # this witness arrives too, perhaps renamed: its old pseudonym is free
    for row in rows:
        pseudonym, wid = str(row.get("pseudonym")), str(row.get("id"))
        if owner.setdefault(pseudonym, wid) != wid:
            raise refuse(
                Phrase(
                    N_(
                        "two witnesses of the case would share the pseudonym {pseudonym}; rename one of them "
                        "(here or where the copy comes from), then try again"
                    ),
                    pseudonym=pseudonym,
                )
            )


def _check_references(
    session: Session, snap: Snapshot, case_id: uuid.UUID, incoming: dict[str, set[uuid.UUID]]
) -> None:
    """Every reference resolves to a record of the copy or of this case here (a withheld place may be absent)."""
    wanted: dict[str, set[uuid.UUID]] = {}
    refs: list[tuple[str, dict[str, Any], str, str, uuid.UUID]] = []
    for kind, rows in snap.records.items():
        spec = KINDS[kind]
        targets = dict(spec.refs)
        for row in rows:
            pairs = list(targets.items())
            if kind == Kind.EVIDENCE and row.get("attached_id") and row.get("attached_kind") in KINDS:
                pairs.append(("attached_id", str(row["attached_kind"])))
            for fld, target in pairs:
                value = row.get(fld)
                if value is None:
                    continue
                tid = _uuid(value, f"the {fld} of {kind} {row.get('id')}")
                if tid in incoming.get(target, set()):
                    continue
                wanted.setdefault(target, set()).add(tid)
                refs.append((kind, row, fld, target, tid))
    here: dict[uuid.UUID, uuid.UUID] = {}
    for target, ids in wanted.items():
        model: Any = KINDS[target].model
        for part in batches(sorted(ids, key=str)):
            for rid, owner in session.execute(select(model.id, model.case_id).where(model.id.in_(part))):
                here[rid] = owner
    for kind, row, fld, target, tid in refs:
        owner = here.get(tid)
        if owner == case_id:
            continue
        if owner is not None:
            raise refuse(
                Phrase(
                    N_("the copy's {kind_name} {record_id} refers to a {target} of another case"),
                    kind_name=Term(kind),
                    record_id=row.get("id"),
                    target=target,
                )
            )
        # A reference the sharing policy lets a record go without (an incident without a place withheld from it).
        if (kind, fld) in sharing.OPTIONAL_DEPENDENCIES:
            row[fld] = None  # the place was withheld from the copy: the incident arrives without one
            continue
        if fld == "attached_id":  # filed under a record withheld from the copy: filed under the case
            row["attached_kind"], row["attached_id"] = "", None
            continue
        raise refuse(
            Phrase(
                N_("the copy's {kind_name} {record_id} refers to a {target} ({tid}) that is neither in it nor here"),
                kind_name=Term(kind),
                record_id=row.get("id"),
                target=target,
                tid=tid,
            )
        )


# -- the rules a form checks that need the database ----------------------------------------------------------
# The same functions RecordService calls (services.records); merge.Merger._prevalidate has already applied
# the rules that need no database (domain.validation: dates, counts, country codes, consent's own fields).


def check_vocabularies(session: Session, snap: Snapshot) -> None:
    """Every vocabulary code in the copy is a term of that vocabulary in this store (built-in or added here) or
    one the copy carries (checked as a form checks a new term, never overriding a term held here)."""
    terms = CopyTerms(session, snap.vocabulary_terms)
    for kind, rows in snap.records.items():
        spec = KINDS[kind]
        if not spec.vocab:
            continue
        for row in rows:
            errors = vocabulary_errors(terms, spec, row)
            if not errors:
                continue
            unknown = [
                (fld, vocabulary)
                for fld, vocabulary in spec.vocab.items()
                if row.get(fld) and row[fld] not in terms.of(vocabulary)
            ]
            if unknown:  # neither here nor in the copy (a copy from an older hrdoc carries no terms)
                fld, vocabulary = unknown[0]
                words = vocabulary.replace("_", " ")
                raise refuse(
                    Phrase(
                        N_(
                            "the copy's {kind_name} {record_id} uses the {words} {row} ({fld}), which neither this "
                            "store's {words} vocabulary nor the copy holds; add that term here (same code), then "
                            "import again"
                        ),
                        kind_name=Term(kind),
                        record_id=row.get("id"),
                        words=words,
                        row=repr(row[fld]),
                        fld=fld,
                    )
                )
            raise refuse(
                Phrase(
                    N_("the copy's {kind_name} {record_id} breaks a rule: {errors}"),
                    kind_name=Term(kind),
                    record_id=row.get("id"),
                    errors=errors[0],
                )
            )


def check_consents(session: Session, snap: Snapshot) -> None:
    """An account marked quotable needs its witness's consent to be quoted; consent to be quoted is not
    withdrawn while an account of the witness here is still marked quotable.

    The consent that counts is the one the copy carries for the witness, else the one this store holds. A witness
    with neither has consented to nothing, as a witness saved in a form before any consent is recorded. Only an
    internal copy carries consent: a copy for partners or the public never does (consent is an internal matter)
    and may carry accounts its sender's store let be quoted, so there an account whose witness has no consent
    here arrives as it is, and this store's sharing policy quotes it to nobody until consent is recorded here.
    """
    carried = {str(row.get("witness_id")): row for row in snap.consents}
    accounts = snap.records.get(Kind.ACCOUNT, [])
    witnesses = sorted({_uuid(a.get("witness_id"), f"the witness of account {a.get('id')}") for a in accounts}, key=str)
    here: dict[str, dict[str, Any] | None] = {}
    for part in batches(witnesses):
        for row in session.scalars(select(m.Consent).where(m.Consent.witness_id.in_(part))):
            here[str(row.witness_id)] = consent_values(row)
    current = {(str(v.get("account_id")), v.get("version")): v for v in snap.account_versions}
    by_witness: dict[str, list[uuid.UUID]] = {}
    for account in accounts:
        witness = str(account.get("witness_id"))
        by_witness.setdefault(witness, []).append(_uuid(account.get("id"), "an account of the copy"))
        version = current.get((str(account.get("id")), account.get("current_version")))
        if version is None or not version.get("quotable"):
            continue
        consent = carried.get(witness, here.get(witness))
        if consent is None and snap.audience != "internal":
            continue
        try:
            require_consent_to_quote(version, consent)
        except ValidationError as err:
            raise refuse(
                Phrase(
                    N_("the copy's account {account_id} breaks a rule: {err}"), account_id=account.get("id"), err=err
                )
            ) from None
    for witness, given in carried.items():
        try:
            check_consent_withdrawal(
                session, _uuid(witness, "a consent of the copy"), given, besides=by_witness.get(witness, [])
            )
        except ValidationError as err:
            raise refuse(
                Phrase(
                    N_("the copy's consent of witness {witness} breaks a rule here: {err}"), witness=witness, err=err
                )
            ) from None


def _check_fixed_evidence(session: Session, snap: Snapshot, case_id: uuid.UUID) -> None:
    """What an evidence item is (its file: hash, size, type, origin) never changes once recorded.

    A working copy's original is the one exception the sharing policy makes (``OPTIONAL_DEPENDENCIES``): a copy
    that went without its original arrives without it, and one that arrived so may later arrive with it. Neither
    changes what the copy is: an original known here stays; one known only there comes with the record."""
    rows = {_uuid(r.get("id"), "an evidence item"): r for r in snap.records.get(Kind.EVIDENCE, [])}
    for part in batches(sorted(rows, key=str)):
        for item in session.scalars(select(m.EvidenceFile).where(m.EvidenceFile.id.in_(part))):
            row = rows[item.id]
            for fld in VAULT_FIXED_FIELDS:
                mine = getattr(item, fld)
                mine = None if mine is None else str(mine)
                theirs = row.get(fld)
                theirs = None if theirs is None else str(theirs)
                if None in (mine, theirs) and (Kind.EVIDENCE, fld) in sharing.OPTIONAL_DEPENDENCIES:
                    if theirs is None:
                        row[fld] = mine  # withheld from the copy: a merge taking the record keeps it here
                    continue
                if mine != theirs:
                    raise refuse(
                        Phrase(
                            N_(
                                "the copy changes the {fld} of the evidence item {id}; what an evidentiary file is "
                                "never changes once recorded"
                            ),
                            fld=fld,
                            id=item.id,
                        )
                    )


def _check_custody(snap: Snapshot, incoming: dict[str, set[uuid.UUID]]) -> None:
    items = incoming.get(Kind.EVIDENCE, set())
    case_id = str(snap.case.get("id"))
    for row in snap.custody:
        item = _uuid(row.get("evidence_id"), "a custody entry of the copy")
        if item not in items or str(row.get("case_id")) != case_id:
            raise refuse(
                Phrase(
                    N_("the copy's chain of custody has an entry for an item ({item}) that it does not carry"),
                    item=item,
                )
            )


# -- after the merge: re-checking what arrived, at any time ----------------------------------------------------


def check_arrivals(session: Session) -> list[str]:
    """Re-hash every custody and audit entry that arrived from another store as its first writer wrote it,
    and follow each first writer's chain of custody; name each entry that no longer matches.

    (The store's own chains are checked by audit.verify_chain and custody.verify_custody; this covers what
    those cannot: that an entry merged here still says what it said where it was first written.)
    """
    from hrdoc.services.serialize import record_dict

    problems: list[str] = []
    chains: dict[tuple[str, str], list[tuple[int, dict[str, Any]]]] = {}
    for entry in session.scalars(select(m.CustodyEntry).order_by(m.CustodyEntry.evidence_id, m.CustodyEntry.seq)):
        first = origin_of(entry.details)
        if first is None or "prev_hash" not in first:
            continue
        row = record_dict(entry)
        where = Phrase(
            N_("chain of custody of evidence item {evidence_id}, entry {seq} (from another store)"),
            evidence_id=entry.evidence_id,
            seq=entry.seq,
        )
        if custody_hash(row, original=True) != first.get("entry_hash"):
            problems.append(Phrase(N_("{where}: was altered after it was first written"), where=where))
        chains.setdefault((str(first.get("store")), str(entry.evidence_id)), []).append((int(first["seq"]), first))
    for (store, item), entries in chains.items():
        entries.sort(key=lambda pair: pair[0])
        for (seq, before), (next_seq, after) in itertools.pairwise(entries):
            if next_seq == seq + 1 and after.get("prev_hash") != before.get("entry_hash"):
                problems.append(
                    Phrase(
                        N_(
                            "chain of custody of evidence item {evidence_id} as written by store {store}: entry "
                            "{seq} does not follow entry {previous}"
                        ),
                        evidence_id=item,
                        store=store[:8],
                        seq=next_seq,
                        previous=seq,
                    )
                )
    query = select(m.AuditEntry).where(m.AuditEntry.details.is_not(None)).order_by(m.AuditEntry.seq)
    for audit_entry in session.scalars(query).yield_per(2000):
        first = origin_of(audit_entry.details)
        if first is None or "prev_hash" not in first:
            continue
        if audit_hash(record_dict(audit_entry), original=True) != first.get("entry_hash"):
            problems.append(
                Phrase(
                    N_("audit entry {seq} (from another store): was altered after it was first written"),
                    seq=audit_entry.seq,
                )
            )
    return problems
