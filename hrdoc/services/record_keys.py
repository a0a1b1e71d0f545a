"""What a table of records is sorted and filtered by, as SQL: a field of the record, or of a record it refers to.

A table's column is sorted and filtered by :class:`Key`\\ s: each names a field by a *path*, ``"title"`` or, through
the references the record registry declares and the parts stored beside a record, ``"location_id.name"``,
``"allegation_id.incident_id.title"``, ``"witness_id.consent.to_be_quoted"``, ``"current.method"`` (an account's
current version). A path that ends on a reference stands for the name of the record referred to (:data:`NAMED_BY`:
an incident by its title, an allegation by its violation and its incident). A field whose values are codes is
sorted and filtered by the words shown for them (a choice by its label, a vocabulary term by its label, a country
by its name), so a table sorts and filters what it shows.

Paths are resolved once per query into SQL expressions (correlated subqueries for the records referred to), so
the database sorts and filters; nothing here reads a whole table into memory. Protected fields (who a witness or
victim is) can never be a key: sorting by them would tell them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, ColumnElement, String, Table, and_, case, cast, false, func, or_, select
from sqlalchemy.orm import Session

from hrdoc.domain import countries, enums, registry
from hrdoc.domain.registry import Group, Kind, Sensitivity, Widget
from hrdoc.domain.vocabularies import label_in
from hrdoc.storage import models as m
from hrdoc.storage.base import Base

# How each kind of record is named, as paths: what tables show in a column that refers to one, the detail pane's
# heading, the related records under it. An allegation is named by its violation and its incident, an account by
# its witness; kinds named by what they join (a link, an alleged perpetrator) have no name of their own.
NAMED_BY: dict[str, tuple[str, ...]] = {
    Kind.CASE: ("reference",),
    Kind.LOCATION: ("name",),
    Kind.INCIDENT: ("title",),
    Kind.ACTOR: ("name",),
    Kind.VICTIM: ("label",),
    Kind.WITNESS: ("pseudonym",),
    Kind.SOURCE: ("title",),
    Kind.EVIDENCE: ("original_filename",),
    Kind.ALLEGATION: ("violation_type", "incident_id.title"),
    Kind.ACCOUNT: ("witness_id.pseudonym",),
}

# The parts stored beside a record that a path can go through: (kind, step) -> the part's kind.
PARTS: dict[tuple[str, str], str] = {
    (Kind.WITNESS, "consent"): Kind.CONSENT,
    (Kind.ACCOUNT, "current"): Kind.ACCOUNT_VERSION,
}


@dataclass(frozen=True)
class Key:
    """What a column is sorted and filtered by: the first non-empty value of its ``paths`` (usually one)."""

    paths: tuple[str, ...]

    @classmethod
    def of(cls, *paths: str) -> Key:
        return cls(tuple(paths))


@dataclass(frozen=True)
class Term:
    """One SQL value a key stands for: how it compares (as text or not) and the words shown for its codes."""

    expr: ColumnElement[Any]
    text: bool
    words: Mapping[Any, str] | None = None


def table_of(kind: str) -> Table:
    """The table holding records (or parts, or audit entries) of ``kind``."""
    table = Base.metadata.tables[registry.kind(kind).table]
    assert isinstance(table, Table)
    return table


_ALIASES: dict[tuple[str, int], Any] = {}


def _alias(kind: str, depth: int) -> Any:
    """The table of ``kind`` under another name, for a subquery ``depth`` records away from the one listed: made once
    (making one costs milliseconds, and a page of rows names several), one per depth so that nested ones differ."""
    key = (kind, depth)
    if key not in _ALIASES:
        _ALIASES[key] = table_of(kind).alias(f"{registry.kind(kind).table}_{depth}")
    return _ALIASES[key]


class Resolver:
    """Turns keys into SQL on one kind's table, reading the words of vocabularies from the store once each (or
    once for all the resolvers sharing ``vocabularies``), in ``language`` ("en", "fr" or "ar")."""

    def __init__(
        self, session: Session, vocabularies: dict[str, dict[str, str]] | None = None, language: str = "en"
    ) -> None:
        self.session = session
        self._vocab: dict[str, dict[str, str]] = {} if vocabularies is None else vocabularies
        self.language = language

    def vocabulary(self, name: str) -> dict[str, str]:
        """A vocabulary's codes and their labels in the resolver's language, as stored (and as the workspace
        shows them): a term's English label where it has none in that language."""
        if name not in self._vocab:
            t = m.VocabularyTerm
            rows = self.session.execute(select(t.code, t.label_en, t.label_fr, t.label_ar).where(t.vocabulary == name))
            self._vocab[name] = {code: label_in(self.language, en, fr, ar) for code, en, fr, ar in rows}
        return self._vocab[name]

    def terms(self, kind: str, table: Any, key: Key) -> list[Term]:
        """The SQL values ``key`` stands for on ``table`` (a table of ``kind``, or an alias of one)."""
        parts = [self.path(kind, table, path.split(".")) for path in key.paths]
        if len(parts) > 1 and all(len(p) == 1 and p[0].text for p in parts):
            words: dict[Any, str] = {}
            for (term,) in parts:
                words.update(term.words or {})
            first = func.coalesce(*(func.nullif(term.expr, "") for (term,) in parts))
            return [Term(first, True, words or None)]
        return [term for p in parts for term in p]

    def path(self, kind: str, table: Any, steps: list[str], depth: int = 1) -> list[Term]:
        name, rest = steps[0], steps[1:]
        declared = registry.kind(kind)
        if rest:
            target = PARTS.get((kind, name))
            if target is not None:
                inner = _alias(target, depth)
                joined = _part_condition(kind, inner, table)
            else:
                ref = declared.field(name).ref
                if ref is None:
                    raise ValueError(f"{kind}.{name} refers to no record: {'.'.join(steps)}")
                target = ref
                inner = _alias(target, depth)
                joined = inner.c.id == table.c[name]
            return [
                Term(select(t.expr).where(joined).limit(1).scalar_subquery(), t.text, t.words)
                for t in self.path(target, inner, rest, depth + 1)
            ]
        field = declared.field(name)
        if field.sensitivity is Sensitivity.PROTECTED or field.group is Group.IDENTITY:
            raise ValueError(f"{kind}.{name} is protected: no table is sorted or filtered by it")
        if field.ref is not None and field.ref in NAMED_BY:  # a record referred to: by its name
            return [t for path in NAMED_BY[field.ref] for t in self.path(kind, table, [name, *path.split(".")], depth)]
        column = table.c[name]
        text = isinstance(column.type, String) and not isinstance(column.type, JSON)
        expr: ColumnElement[Any] = cast(column, String) if isinstance(column.type, JSON) else column
        return [Term(expr, text or isinstance(column.type, JSON), self.words(kind, field))]

    def words(self, kind: str, field: registry.FieldDef) -> Mapping[Any, str] | None:
        """The words a table shows for a field's stored codes, if it holds codes."""
        if field.widget is Widget.CHOICE:
            return {c.value: enums.label(c.value, field.choices) for c in field.choices or ()}
        if field.widget is Widget.VOCAB and field.vocabulary is not None:
            return self.vocabulary(field.vocabulary)
        if field.widget is Widget.SUBVOCAB and field.vocabulary is not None:  # the parent field's vocabulary
            return self.vocabulary(str(registry.kind(kind).field(field.vocabulary).vocabulary))
        if field.widget is Widget.COUNTRY:
            return {c.alpha2: c.name_in(self.language) for c in countries.COUNTRIES}
        return None


def _part_condition(kind: str, part: Any, owner: Any) -> ColumnElement[bool]:
    if kind == Kind.WITNESS:
        joined: ColumnElement[bool] = part.c.witness_id == owner.c.id
        return joined
    return and_(part.c.account_id == owner.c.id, part.c.version == owner.c.current_version)


def _empty(term: Term) -> ColumnElement[int]:
    if term.text:
        return case((or_(term.expr.is_(None), term.expr == ""), 1), else_=0)
    return case((term.expr.is_(None), 1), else_=0)


def sort_terms(term: Term, descending: bool) -> list[ColumnElement[Any]]:
    """ORDER BY terms: empty values last (first when descending), codes by their words, text without case."""
    terms: list[ColumnElement[Any]] = [_empty(term)]
    if term.words:
        words = term.words
        # As people sort words: accents second (French "Détention" before "Disparition"), then case.
        ranked = sorted(words, key=lambda code: (countries.fold(words[code]), words[code].casefold(), str(code)))
        terms.append(case({code: n for n, code in enumerate(ranked)}, value=term.expr, else_=len(ranked)))
    terms.append(func.lower(func.coalesce(term.expr, "")) if term.text else term.expr)
    return [t.desc() if descending else t.asc() for t in terms]


def matches(term: Term, text: str) -> ColumnElement[bool]:
    """Whether the value shows ``text`` (already case-folded): codes by their words, anything else as text."""
    raw = term.expr if term.text else cast(term.expr, String)
    like = func.lower(raw).contains(text, autoescape=True)
    if not term.words:
        return like
    # Words are matched without accents too: "detention" finds "Détention arbitraire", as typed on any keyboard.
    needle = countries.fold(text) or text
    hits = [code for code, word in term.words.items() if text in word.casefold() or needle in countries.fold(word)]
    shown = term.expr.in_(hits) if hits else false()
    return or_(shown, and_(term.expr.not_in(list(term.words)), like))
