"""What a search shows an audience other than the team: documents made only of what it may see.

The store's index (:mod:`hrdoc.storage.search_index`) holds one document per record with every searchable
field, for the team. A search for another audience (:meth:`hrdoc.services.search.SearchService.search`)
first finds the records whose full document matches: whatever the audience could find is among them, since
what it sees of a record is part of that document. Then the sharing policy (:mod:`hrdoc.services.sharing`)
decides which of them go to the audience at all (visibility, consent, the records they depend on:
:func:`~hrdoc.services.sharing.records_shown`) and which of their fields (:func:`~hrdoc.services.sharing.share`);
each record that goes gets a document of those fields alone (:func:`documents`), and the search is made
again in those documents. A hit, its title and its snippet so come only from what the audience may see, and
a record found only by a field hidden from it is not found. Protected identities are never in a document.

The documents have the shape of the index's: the same title (:data:`TITLES`), a body of the other searchable
fields the registry declares (a country with its names), and the same text borrowed from other records
(:data:`BORROWED`) when the audience may see those records too. For the team they are the index's documents (a
test holds them equal).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, select
from sqlalchemy.orm import Session

from hrdoc.domain import countries, registry
from hrdoc.domain.registry import Kind, Widget
from hrdoc.services import sharing
from hrdoc.services.sharing import Audience
from hrdoc.services.sharing_read import weigh_records
from hrdoc.storage import models as m
from hrdoc.storage.base import Base

_CHUNK = 500  # ids or cases per query (SQLite's limit on bound parameters is far above)

# The fields a kind's hit is called by, as the index's titles; the other searchable fields make the body.
# An allegation is called by its violation's label; an account, after its witness ("Account of W-01").
TITLES: dict[str, tuple[str, ...]] = {
    Kind.CASE: ("reference", "title"),
    Kind.LOCATION: ("name",),
    Kind.INCIDENT: ("title",),
    Kind.ALLEGATION: ("violation_type",),
    Kind.ACTOR: ("name",),
    Kind.VICTIM: ("label",),
    Kind.WITNESS: ("pseudonym",),
    Kind.ACCOUNT: (),
    Kind.SOURCE: ("title",),
    Kind.EVIDENCE: ("original_filename",),
    Kind.LINK: ("locator",),
    Kind.FIGURE: ("as_described",),
}
# Text a kind's document borrows from a record it refers to: kind -> (reference field, fields read there).
# An incident is found by the names of its place.
BORROWED: dict[str, tuple[str, tuple[str, ...]]] = {
    Kind.INCIDENT: ("location_id", ("name", "alt_spellings", "admin1", "admin2")),
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A record whose full document matched, to be weighed for the audience."""

    kind: str
    record_id: uuid.UUID
    case_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class Document:
    """A record's document as an audience may find it."""

    kind: str
    record_id: uuid.UUID
    case_id: uuid.UUID
    case_reference: str
    title: str
    body: str


def _table(kind: str) -> Table:
    return Base.metadata.tables[registry.kind(kind).table]


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _pieces(value: Any) -> Iterator[str]:
    """A field's text, a list item at a time (as the index reads it)."""
    if value is None:
        return
    if isinstance(value, list):
        for item in value:
            yield from _pieces(item)
        return
    text = str(value).strip()
    if text:
        yield text


def _searched(fld: registry.FieldDef, value: Any) -> Any:
    """A field's value as the index reads it: a country code with the country's names."""
    return countries.searched_by(value) if fld.widget is Widget.COUNTRY else value


def weigh(session: Session, audience: Audience, candidates: Sequence[Candidate]) -> dict[uuid.UUID, bool]:
    """The candidates, and the records they depend on, that go to ``audience`` (see
    :func:`hrdoc.services.sharing.records_shown`): record id → whether a witness's words in it go. Read is only
    what the policy weighs of them (:func:`hrdoc.services.sharing_read.weigh_records`), never a record's text."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for candidate in candidates:
        wanted.setdefault(candidate.kind, set()).add(candidate.record_id)
        wanted.setdefault(Kind.CASE, set()).add(candidate.case_id)
    weighed = weigh_records(session, wanted)
    shown = sharing.records_shown(audience, weighed.records, weighed.accounts)
    return {rid: words for decided in shown.values() for rid, words in decided.items()}


def _rows(session: Session, kind: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    table = _table(kind)
    wanted = sorted(set(ids))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(wanted):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))):
            out[row.id] = dict(row._mapping)
    return out


def _current_versions(session: Session, accounts: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    a, v = m.Account.__table__, m.AccountVersion.__table__
    wanted = sorted(set(accounts))
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(wanted):
        query = (
            select(v)
            .join(a, and_(a.c.id == v.c.account_id, a.c.current_version == v.c.version))
            .where(a.c.id.in_(chunk))
        )
        for row in session.execute(query):
            out[row.account_id] = dict(row._mapping)
    return out


def _violation_labels(session: Session) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each violation type's English label (an allegation's title), and its French and Arabic labels where they
    differ from it (read into the allegation's body, as the index does)."""
    t = m.VocabularyTerm
    rows = session.execute(select(t.code, t.label_en, t.label_fr, t.label_ar).where(t.vocabulary == "violation_type"))
    titles: dict[str, str] = {}
    others: dict[str, list[str]] = {}
    for code, en, fr, ar in rows:
        if en:
            titles[code] = en
        others[code] = [piece for label in (fr, ar) if label != en for piece in _pieces(label)]
    return titles, others


def documents(session: Session, audience: Audience, candidates: Sequence[Candidate]) -> list[Document]:
    """The documents ``audience`` may find among ``candidates``: one for each that goes to it, made of the
    fields of it (and of the records it borrows from) that go too. Candidates that do not go are left out."""
    going = weigh(session, audience, candidates)
    kept = [c for c in candidates if c.record_id in going]
    rows: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    for kind in {c.kind for c in kept}:
        rows[kind] = _rows(session, kind, (c.record_id for c in kept if c.kind == kind))
    cases = {
        cid: sharing.share(Kind.CASE, row, audience)
        for cid, row in _rows(session, Kind.CASE, (c.case_id for c in kept)).items()
    }
    # What the documents borrow, read only where the audience may see the record it is borrowed from.
    versions = _current_versions(session, rows.get(Kind.ACCOUNT, {}))
    witnesses = _rows(session, Kind.WITNESS, (r["witness_id"] for r in rows.get(Kind.ACCOUNT, {}).values()))
    borrowed: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    for kind, (ref, _names) in BORROWED.items():
        target = registry.kind(kind).field(ref).ref
        assert target is not None
        borrowed[kind] = _rows(session, target, (r[ref] for r in rows.get(kind, {}).values() if r[ref] in going))
    labels, other_labels = _violation_labels(session) if Kind.ALLEGATION in rows else ({}, {})

    out: list[Document] = []
    for c in kept:
        words = going[c.record_id]
        row = sharing.share(c.kind, rows[c.kind][c.record_id], audience, words=words)
        title_fields = TITLES[c.kind]
        title = " ".join(piece for name in title_fields for piece in _pieces(row.get(name)))
        body = [
            piece
            for f in registry.kind(c.kind).fields
            if f.searchable and f.name not in title_fields
            for piece in _pieces(_searched(f, row.get(f.name)))
        ]
        if c.kind == Kind.ALLEGATION and title:
            body += other_labels.get(title, [])
            title = labels.get(title, title)
        if c.kind == Kind.ACCOUNT:
            raw = rows[Kind.ACCOUNT][c.record_id]
            witness = sharing.share(Kind.WITNESS, witnesses.get(raw["witness_id"], {}), audience)
            title = " ".join(["Account of", *_pieces(witness.get("pseudonym"))]) if witness else ""
            version = sharing.share(Kind.ACCOUNT_VERSION, versions.get(c.record_id, {}), audience, words=words)
            body = [
                piece
                for f in registry.kind(Kind.ACCOUNT_VERSION).fields
                if f.searchable
                for piece in _pieces(version.get(f.name))
            ] + body
        if c.kind in BORROWED:
            ref, names = BORROWED[c.kind]
            target = registry.kind(c.kind).field(ref).ref
            assert target is not None
            other = rows[c.kind][c.record_id][ref]
            if other is not None and other in going:
                lent = sharing.share(target, borrowed[c.kind].get(other, {}), audience)
                body += [piece for name in names for piece in _pieces(lent.get(name))]
        if not title and not body:
            continue  # nothing the audience may see of it can be searched
        reference = "".join(_pieces(cases.get(c.case_id, {}).get("reference")))
        out.append(Document(c.kind, c.record_id, c.case_id, reference, title, "\n".join(body)))
    return out
