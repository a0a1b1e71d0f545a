"""What a table of a case shows: the records in scope for an audience (:class:`Scope`: the records of the case
that go to it and whether a witness's words in them go, as the sharing policy decides; the labels of
references) and the columns of each kind of table, read from the record registry (:func:`columns_for`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, Integer, String, Text, Uuid, select
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain.enums import VictimKind
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services import sharing
from hrdoc.services.catalogue import catalogue
from hrdoc.services.languages import ENGLISH
from hrdoc.services.records_kinds import CONSENT_FIELDS, IDENTITY_FIELDS, KINDS
from hrdoc.services.serialize import MASK
from hrdoc.services.sharing import Audience
from hrdoc.services.sharing_read import weigh_case
from hrdoc.storage import models as m

RECORD_TAIL = ("visibility", "notes", "created_by", "created_at", "updated_at")


# Bookkeeping that means nothing to a reader of the table (a record's version token, used when merging).
NOT_SHOWN = ("version",)


# Account content shown beside the account: its current version.
VERSION_FIELDS = (
    "interviewer",
    "interview_date",
    "interview_place",
    "method",
    "language",
    "translation_language",
    "translator",
    "narrative",
    "key_quotes",
    "quotable",
    "correction_note",
)


@dataclass
class Scope:
    """The records of one case an audience may see, and labels for references, computed once per export.

    Which records go, and whether a witness's words in them go, is the sharing policy's decision
    (:func:`hrdoc.services.sharing.records_shown`) on what it weighs of the case
    (:func:`hrdoc.services.sharing_read.weigh_case`), as for reports, bundles and sync.
    """

    session: Session
    case_id: uuid.UUID
    audience: Audience
    language: str = ENGLISH  # of the names made of words ("Account of W-01"), as the GUI shows them
    _going: dict[str, dict[uuid.UUID, bool]] | None = None
    _labels: dict[str, dict[uuid.UUID, str]] = field(default_factory=dict)
    _vocab: dict[tuple[str, str], str] | None = None

    @property
    def internal(self) -> bool:
        return self.audience is Audience.INTERNAL

    def going(self) -> dict[str, dict[uuid.UUID, bool]]:
        """kind → {id of a record that goes to the audience → whether a witness's words in it go}."""
        if self._going is None:
            visibility = self.session.scalar(select(m.Case.visibility).where(m.Case.id == self.case_id))
            weighed = weigh_case(self.session, self.case_id, visibility or "")
            self._going = sharing.records_shown(self.audience, weighed.records, weighed.accounts)
        return self._going

    def ids(self, kind: str) -> set[uuid.UUID]:
        """Ids of the records of ``kind`` that go to the audience."""
        return set(self.going().get(kind, {}))

    def words(self, kind: str, record_id: uuid.UUID) -> bool:
        """Whether a witness's words in this record (an account, or a link's excerpt of one) go with it."""
        return self.going().get(kind, {}).get(record_id, False)

    def labels(self, kind: str) -> dict[uuid.UUID, str]:
        """Human labels of the records of ``kind`` the audience may see."""
        if kind not in self._labels:
            shown = self.ids(kind)
            self._labels[kind] = {rid: label for rid, label in self._label_rows(kind) if rid in shown}
        return self._labels[kind]

    def _label_rows(self, kind: str) -> Iterator[tuple[uuid.UUID, str]]:
        s = self.session
        if kind == Kind.ALLEGATION:
            a, i = m.Allegation, m.Incident
            rows = s.execute(
                select(a.id, a.violation_type, i.title).join(i, i.id == a.incident_id).where(a.case_id == self.case_id)
            )
            for rid, code, title in rows:
                yield rid, f"{self.vocab_label(VIOLATION_TYPE, code)} ({title})"
            return
        if kind == Kind.ACCOUNT:
            accounts = s.execute(
                select(m.Account.id, m.Witness.pseudonym)
                .join(m.Witness, m.Witness.id == m.Account.witness_id)
                .where(m.Account.case_id == self.case_id)
            )
            translate = catalogue(self.language).translate
            for rid, pseudonym in accounts:
                yield rid, Phrase(N_("Account of {witness}"), witness=pseudonym).words(translate)
            return
        spec = KINDS[kind]
        model: Any = spec.model
        column = getattr(model, spec.label_field)
        for rid, label in s.execute(select(model.id, column).where(model.case_id == self.case_id)):
            yield rid, label

    def vocab_label(self, vocabulary: str, code: str | None) -> str:
        if not code:
            return ""
        if self._vocab is None:
            rows = self.session.execute(
                select(m.VocabularyTerm.vocabulary, m.VocabularyTerm.code, m.VocabularyTerm.label_en)
            )
            self._vocab = {(voc, c): label for voc, c, label in rows}
        return self._vocab.get((vocabulary, code), code)


# -- the columns of each table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    text: bool
    value: Callable[[Mapping[str, Any]], Any]


def _is_text(column: Any) -> bool:
    kind = column.type
    if isinstance(kind, Uuid | Date | DateTime | Integer | Float):
        return False
    return isinstance(kind, String | Text | JSON) or kind.python_type is str


def _get(name: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: row.get(name)


def _ref_columns(scope: Scope, name: str, target: str) -> list[Column]:
    """``name`` (an id) and its label, both empty when the audience may not see the record referred to."""
    base = name.removesuffix("_id")

    def ref_id(row: Mapping[str, Any]) -> Any:
        rid = row.get(name)
        return rid if rid is not None and rid in scope.ids(target) else None

    def ref_label(row: Mapping[str, Any]) -> Any:
        rid = row.get(name)
        return scope.labels(target).get(rid) if rid is not None else None

    return [Column(name, False, ref_id), Column(f"{base}_label", True, ref_label)]


def _attached_columns(scope: Scope) -> list[Column]:
    def attached_id(row: Mapping[str, Any]) -> Any:
        kind, rid = row.get("attached_kind"), row.get("attached_id")
        return rid if kind and rid is not None and rid in scope.ids(kind) else None

    def attached_label(row: Mapping[str, Any]) -> Any:
        kind, rid = row.get("attached_kind"), row.get("attached_id")
        return scope.labels(kind).get(rid) if kind and rid is not None else None

    return [Column("attached_id", False, attached_id), Column("attached_label", True, attached_label)]


def columns_for(scope: Scope, kind: str) -> list[Column]:
    """The columns of ``kind``'s table for this audience, in order: id, the record's own fields, then
    visibility, notes (internal only), created_by and the timestamps."""
    spec = KINDS[kind]
    table = spec.model.__table__
    hidden = {f.name for f in registry.kind(kind).fields} - sharing.fields(kind, scope.audience)
    out: list[Column] = [Column("id", False, _get("id"))]
    own = [c for c in table.columns if c.key not in ("id", *RECORD_TAIL, *NOT_SHOWN)]
    for col in own:
        if col.key in hidden:
            continue
        if col.key in spec.refs:
            out += _ref_columns(scope, col.key, spec.refs[col.key])
        elif col.key == "attached_id":
            out += _attached_columns(scope)
        elif col.key in spec.vocab:
            vocabulary = spec.vocab[col.key]
            out.append(Column(col.key, True, _get(col.key)))
            out.append(Column(f"{col.key}_label", True, _vocab_getter(scope, vocabulary, col.key)))
        elif col.key in sharing.position_fields(kind):  # only as precisely as the audience may see it
            out.append(Column(col.key, _is_text(col), _position(kind, col.key, scope.audience)))
        else:
            out.append(Column(col.key, _is_text(col), _get(col.key)))
    if registry.identity_of(kind) is not None:  # who the record is about is never read here: masked
        out += [Column(f, True, _masked) for f in IDENTITY_FIELDS]
    if kind == Kind.WITNESS and scope.internal:
        out += [
            Column(f, f == "how_given", _get(f"consent_{f}")) for f in CONSENT_FIELDS
        ]  # consent is an internal matter, as in reports
    if kind == Kind.ACCOUNT:  # its current version's content stands beside it, and who wrote that version
        version_cols = m.AccountVersion.__table__.columns
        version_shown = sharing.fields(Kind.ACCOUNT_VERSION, scope.audience)
        for f in VERSION_FIELDS:
            if f not in version_shown:
                continue
            getter = _words(scope, f) if f in sharing.quoted_words(Kind.ACCOUNT_VERSION) else _get(f"v_{f}")
            out.append(Column(f, _is_text(version_cols[f]), getter))
        if "created_by" in version_shown:
            out.append(Column("version_created_by", True, _get("v_created_by")))
    if kind in (Kind.LINK, Kind.FIGURE):  # an excerpt or a figure's wording from an account: a witness's words
        quoted = sharing.quoted_words(kind)
        out = [Column(c.name, c.text, _quoted(scope, kind, c.name)) if c.name in quoted else c for c in out]
    out += [Column(f, _is_text(table.columns[f]), _get(f)) for f in RECORD_TAIL if f not in hidden]
    return out


def _position(kind: str, name: str, audience: Audience) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: sharing.position_shown(kind, name, row.get(name), audience)


def _vocab_getter(scope: Scope, vocabulary: str, name: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: scope.vocab_label(vocabulary, row.get(name))


def _masked(row: Mapping[str, Any]) -> str:
    # A group of victims has no identity; everyone else's is protected and never read.
    return "" if row.get("kind") == VictimKind.GROUP.value else MASK


def _words(scope: Scope, name: str) -> Callable[[Mapping[str, Any]], Any]:
    def value(row: Mapping[str, Any]) -> Any:
        return row.get(f"v_{name}") if scope.words(Kind.ACCOUNT, row["id"]) else None

    return value


def _quoted(scope: Scope, kind: str, name: str) -> Callable[[Mapping[str, Any]], Any]:
    def value(row: Mapping[str, Any]) -> Any:
        # An excerpt of an account is a quotation of it: it goes only with the witness's words.
        return row.get(name) if scope.words(kind, row["id"]) else None

    return value
