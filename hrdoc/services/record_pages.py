"""A case's records a page at a time, for tables that show a few dozen of thousands: the order of a listing (sorted
and filtered in SQL), the rows of the ids in view, the names of the records they refer to, and a case's figures.

A :class:`Listing` says what a table lists: records of one kind of one case (or the case's audit log), perhaps
only those whose field holds a value (an incident's allegations), sorted by :class:`~.record_keys.Key`\\ s and
filtered by text shown in any of its search keys. :meth:`RecordPages.order` gives the ids in that order, in one
query the database sorts; :meth:`RecordPages.rows` reads the records of a few of those ids, each as
:func:`~hrdoc.services.serialize.record_dict` gives it, with what stands beside it in a case's data
(:func:`~hrdoc.services.cases.add_parts`: consent, masked identities, versions) and, under ``"_names"``, the
names of the records it refers to by field. Holding the order of 20,000 records is a list of their ids; their
rows are read as they come into view.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Select, String, Table, Uuid, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.services import audit, audit_words
from hrdoc.services.audit_words import StoredNames
from hrdoc.services.cases import CASE_SECTIONS, RecordRow, SectionName, add_parts
from hrdoc.services.chronology import Period, meets
from hrdoc.services.context import StoreContext
from hrdoc.services.record_keys import NAMED_BY, Key, Resolver, Term, matches, sort_terms, table_of
from hrdoc.services.records_kinds import KINDS
from hrdoc.services.serialize import json_value
from hrdoc.storage import models as m

AUDIT = Kind.AUDIT_ENTRY  # a case's audit log is listed like its records: newest first, by its sequence number
CHUNK = 500  # ids in one IN (...)


@dataclass(frozen=True)
class Listing:
    """What a table lists (see the module's docstring). ``where``: fields that must hold these values (ids as
    strings); ``sort``: keys, each descending or not, before the records' own order (oldest first; the audit
    log newest first); ``text``: shown in one of the ``search`` keys; ``shown``: paths whose values each row
    carries besides its own fields, by path (an account's witness's consent: ``"witness_id.consent.to_be_quoted"``);
    ``period``: only the incidents that may have happened in it, as precisely as their dates are known
    (:func:`~hrdoc.services.chronology.meets`)."""

    kind: str
    case_id: uuid.UUID
    where: tuple[tuple[str, str], ...] = ()
    sort: tuple[tuple[Key, bool], ...] = ()
    text: str = ""
    search: tuple[Key, ...] = ()
    shown: tuple[str, ...] = ()
    period: Period | None = None


@dataclass(frozen=True)
class CaseFigures:
    """What a case holds, counted by the database: records per section, reported deaths (best estimates, all
    incidents), allegations per status, its audit log's entries and whether one was merged from another store."""

    counts: dict[SectionName, int]
    fatalities: int
    statuses: dict[str, int]
    audit_entries: int
    merged_log: bool


def _id_column(table: Table) -> Any:
    return table.c.seq if table.name == "audit_log" else table.c.id


def _id_text(session: Session, column: Any) -> tuple[Any, Callable[[Any], str]]:
    """A column of ids read as the text of each id, and how to make it the text ``record_dict`` gives: read as
    stored, not as UUID objects (which costs a second for the order of 40,000 links, and holds the interpreter
    that the GUI thread needs meanwhile)."""
    if not isinstance(column.type, Uuid):
        return column, str
    if session.get_bind().dialect.name == "sqlite":  # stored as 32 hexadecimal digits
        return type_coerce(column, String), _dashed
    return cast(column, String), str


def _dashed(hex_id: str) -> str:
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def _id_or_none(make: Callable[[Any], str], value: Any) -> str | None:
    return None if value is None else make(value)


def _as_stored(session: Session, table: Table) -> tuple[list[Any], list[tuple[str, Callable[[Any], Any]]]]:
    """The columns of ``table`` to select for rows as ``record_dict`` gives them, and how to make each value so:
    ids read as text (a page of rows holds hundreds of ids, and making UUID objects of them was a third of the
    time a page took), the rest as the column's type gives it, JSON-ready."""
    columns: list[Any] = []
    converted: list[tuple[str, Callable[[Any], Any]]] = []
    for column in table.c:
        if isinstance(column.type, Uuid):
            text, make = _id_text(session, column)
            columns.append(text.label(column.key))
            converted.append((column.key, partial(_id_or_none, make)))
        else:
            columns.append(column)
            converted.append((column.key, json_value))
    return columns, converted


def _key_of(table: Table, value: str) -> Any:
    """A stored id from its text (audit entries have numbers)."""
    return int(value) if table.name == "audit_log" else uuid.UUID(value)


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    return (values[i : i + CHUNK] for i in range(0, len(values), CHUNK))


class RecordPages:
    """Reads one store's records a page at a time. The words of vocabularies are read once per instance: the
    workspace makes one each time it reads the open case again. Vocabulary terms are shown, sorted and filtered
    by their labels in ``language`` ("en", "fr" or "ar"); the names made of words of the interface ("Account of
    W-01": a :class:`~hrdoc.domain.errors.Phrase`) are put into words by ``translate``, the caller's (the GUI's
    ``tr``; English as written without one)."""

    def __init__(
        self, ctx: StoreContext, *, language: str = "en", translate: Callable[[str], str] | None = None
    ) -> None:
        self.ctx = ctx
        self.language = language
        self.translate = translate
        self._vocabularies: dict[str, dict[str, str]] = {}

    # -- the order of a listing -----------------------------------------------------------------------

    def order(self, listing: Listing, limit: int | None = None) -> list[str]:
        """The ids of the records listed, in the listing's order (the database sorts and filters); the first
        ``limit`` of them if given."""
        with self.ctx.read() as session:
            column, text = _id_text(session, _id_column(table_of(listing.kind)))
            query = self._query(session, listing, select(column))
            return [text(v) for v in session.scalars(query if limit is None else query.limit(limit))]

    def count(self, listing: Listing) -> int:
        """How many records the listing holds."""
        with self.ctx.read() as session:
            query = self._query(session, listing, select(func.count()), ordered=False)
            return int(session.scalar(query) or 0)

    def _query(self, session: Session, listing: Listing, query: Select[Any], *, ordered: bool = True) -> Select[Any]:
        table = table_of(listing.kind)
        resolver = Resolver(session, self._vocabularies, self.language)
        query = query.select_from(table).where(*self._conditions(table, listing))
        text = listing.text.strip().casefold()
        if text:
            terms = [t for key in listing.search for t in resolver.terms(listing.kind, table, key)]
            query = query.where(or_(*(matches(t, text) for t in terms)))
        if not ordered:
            return query
        for key, descending in listing.sort:
            for term in resolver.terms(listing.kind, table, key):
                query = query.order_by(*sort_terms(term, descending))
        if listing.kind == AUDIT:
            return query.order_by(table.c.seq.desc())
        return query.order_by(table.c.created_at, table.c.id)

    @staticmethod
    def _conditions(table: Table, listing: Listing) -> list[Any]:
        if listing.kind == AUDIT:
            conditions = [table.c.case_id == str(listing.case_id)]
        else:
            conditions = [table.c.case_id == listing.case_id]
        for name, value in listing.where:
            column = table.c[name]
            conditions.append(column == (uuid.UUID(value) if isinstance(column.type, Uuid) else value))
        if listing.period is not None:
            conditions.append(meets(table, listing.period))
        return conditions

    # -- rows -----------------------------------------------------------------------------------------

    def rows(self, listing: Listing, ids: Sequence[str]) -> list[RecordRow]:
        """The records of ``ids`` (of the listing's kind), in that order; records gone since are left out."""
        with self.ctx.read() as session:
            return self._rows(session, listing, ids)

    def head(self, listing: Listing, limit: int) -> tuple[int, list[RecordRow]]:
        """How many records the listing holds, and the first ``limit`` of them."""
        ids = self.order(listing, limit)
        return (len(ids) if len(ids) < limit else self.count(listing)), self.rows(listing, ids)

    def _rows(self, session: Session, listing: Listing, ids: Sequence[str]) -> list[RecordRow]:
        kind = listing.kind
        table = table_of(kind)
        found: dict[str, RecordRow] = {}
        id_column = _id_column(table)
        resolver = Resolver(session, self._vocabularies, self.language)
        extra = [resolver.path(kind, table, path.split("."))[0].expr for path in listing.shown]
        columns, converted = _as_stored(session, table)
        for chunk in _chunks([_key_of(table, i) for i in ids]):
            for stored in session.execute(select(*columns).where(id_column.in_(chunk))):
                record = {name: convert(value) for (name, convert), value in zip(converted, stored, strict=True)}
                found[str(record[id_column.key])] = record
            if extra:
                for rid, *values in session.execute(select(id_column, *extra).where(id_column.in_(chunk))):
                    found[str(rid)].update(zip(listing.shown, map(json_value, values), strict=True))
        rows = [found[i] for i in ids if i in found]
        if kind == AUDIT:
            names = StoredNames(session, self.language)
            for row in rows:
                row["id"] = str(row["seq"])
                row["_shown"] = audit_words.shown(row, names)
            return rows
        add_parts(
            session,
            rows if kind == Kind.WITNESS else [],
            rows if kind == Kind.VICTIM else [],
            rows if kind == Kind.ACCOUNT else [],
        )
        self._add_names(session, kind, rows)
        return rows

    def _add_names(self, session: Session, kind: str, rows: list[RecordRow]) -> None:
        """Each row's ``"_names"``: the name of each record it refers to, by the field referring to it."""
        refs = dict(KINDS[kind].refs)
        wanted: dict[str, set[str]] = {}
        for row in rows:
            for name, target in refs.items():
                if row.get(name):
                    wanted.setdefault(target, set()).add(row[name])
            if kind == Kind.EVIDENCE and row.get("attached_kind") and row.get("attached_id"):
                wanted.setdefault(row["attached_kind"], set()).add(row["attached_id"])
        names = self._names(session, wanted)
        for row in rows:
            row["_names"] = {name: names.get(row[name], "") for name in refs if row.get(name)}
            if kind == Kind.EVIDENCE and row.get("attached_id"):
                row["_names"]["attached_id"] = names.get(row["attached_id"], "")

    def referring(self, kind: str, field: str, ids: Sequence[str]) -> list[RecordRow]:
        """The records of ``kind`` whose ``field`` refers to one of ``ids`` (the links of a page of allegations),
        as stored, without the names of what they refer to."""
        table = table_of(kind)
        out: list[RecordRow] = []
        with self.ctx.read() as session:
            columns, converted = _as_stored(session, table)
            for chunk in _chunks([uuid.UUID(i) for i in ids]):
                query = select(*columns).where(table.c[field].in_(chunk)).order_by(table.c.created_at, table.c.id)
                for row in session.execute(query):
                    out.append({name: convert(value) for (name, convert), value in zip(converted, row, strict=True)})
        return out

    def origins(self, case_id: uuid.UUID) -> list[tuple[str, str, str, str]]:
        """What can bear on an allegation in the corroboration matrix, in the order entered: each source as
        (kind, id, title, grade such as "B3"), then each account as (kind, id, its witness's pseudonym, "")."""
        s, a, w = m.Source, m.Account, m.Witness
        with self.ctx.read() as session:
            source_id, text = _id_text(session, s.__table__.c.id)
            sources = session.execute(
                select(source_id, s.title, s.reliability, s.credibility)
                .where(s.case_id == case_id)
                .order_by(s.created_at, s.id)
            )
            out = [(Kind.SOURCE.value, text(i), t, f"{r or '?'}{c or '?'}") for i, t, r, c in sources]
            account_id, text = _id_text(session, a.__table__.c.id)
            accounts = session.execute(
                select(account_id, w.pseudonym)
                .join(w, w.id == a.witness_id)
                .where(a.case_id == case_id)
                .order_by(a.created_at, a.id)
            )
            out += [(Kind.ACCOUNT.value, text(i), p or "", "") for i, p in accounts]
        return out

    # -- names ----------------------------------------------------------------------------------------

    def names(self, records: Mapping[str, Iterable[str]]) -> dict[str, str]:
        """The name of each record (kind -> ids), by id: as tables and pickers call it (:data:`NAMED_BY`). A
        record without a name of its own (a link) or gone since has none here."""
        with self.ctx.read() as session:
            return self._names(session, {kind: set(ids) for kind, ids in records.items()})

    def _names(self, session: Session, records: Mapping[str, set[str]]) -> dict[str, str]:
        out: dict[str, str] = {}
        resolver = Resolver(session, self._vocabularies, self.language)
        for kind, ids in records.items():
            if kind not in NAMED_BY or not ids:
                continue
            table = table_of(kind)
            terms = [t for path in NAMED_BY[kind] for t in resolver.terms(kind, table, Key.of(path))]
            id_column, text = _id_text(session, table.c.id)
            for chunk in _chunks([uuid.UUID(i) for i in ids]):
                query = select(id_column, *(t.expr for t in terms)).where(table.c.id.in_(chunk))
                for rid, *values in session.execute(query):
                    name = name_of(kind, values, terms)
                    out[text(rid)] = name.words(self.translate) if self.translate and isinstance(name, Phrase) else name
        return out

    # -- figures --------------------------------------------------------------------------------------

    def figures(self, case_id: uuid.UUID) -> CaseFigures:
        with self.ctx.read() as session:
            counts: dict[SectionName, int] = {}
            for section, model in CASE_SECTIONS.items():
                counts[section] = int(session.scalar(select(func.count()).where(model.case_id == case_id)) or 0)
            fatalities = session.scalar(
                select(func.coalesce(func.sum(m.Incident.fatalities_best), 0)).where(m.Incident.case_id == case_id)
            )
            statuses = session.execute(
                select(m.Allegation.status, func.count())
                .where(m.Allegation.case_id == case_id)
                .group_by(m.Allegation.status)
            )
            entries = session.scalar(select(func.count()).where(m.AuditEntry.case_id == str(case_id)))
            return CaseFigures(
                counts,
                int(fatalities or 0),
                {s: n for s, n in statuses},
                int(entries or 0),
                _merged_log(session, case_id),
            )


def name_of(kind: str, values: Sequence[Any], terms: Sequence[Term]) -> str:
    """A record's name from the values of its :data:`NAMED_BY` paths: codes in words, an allegation by its
    violation and its incident ("Torture — Attack on the market"), an account by its witness."""
    texts = [str((t.words or {}).get(v, v)) if v is not None else "" for v, t in zip(values, terms, strict=True)]
    if kind == Kind.ALLEGATION:
        return f"{texts[0]} — {texts[1] or '?'}"
    if kind == Kind.ACCOUNT:  # a phrase: the GUI and the CLI put it into the reader's language
        return Phrase(N_("Account of {witness}"), witness=texts[0] or "?")
    return texts[0]


def _merged_log(session: Session, case_id: uuid.UUID) -> bool:
    """Whether the case's audit log holds an entry first written in another store (only such entries name the
    first writer's entry hash in their details)."""
    e = m.AuditEntry
    query = select(e.details).where(e.case_id == str(case_id), cast(e.details, String).contains("entry_hash"))
    return any(
        audit.first_writer(details) is not None for details in session.scalars(query.execution_options(yield_per=50))
    )
