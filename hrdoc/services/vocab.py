"""Vocabulary terms for pickers and labels in the reader's language (English, French or Arabic), as stored
(built-in and user terms); and the terms added in one store that travel with a copy of a case whose records
use them.

Every built-in term has a label in each language (:mod:`hrdoc.domain.vocabularies`). A term users added has an
English and a French label (a form requires both) and may have no Arabic one: where a term has no label in
the language asked for, its English label stands in (:func:`hrdoc.domain.vocabularies.label_in`).

A term added on one laptop (say the violation type ``forced_eviction``) is used by records of a case; a copy
of the case (a bundle, a sync with the team store) carries that term with them (:func:`terms_for_copy`), so
the store receiving it knows the term and can edit those records. The receiving store checks each carried
term as a form checks a new one (code shape, label lengths, a parent in the same vocabulary) and adds the terms
it does not hold (:func:`add_copy_terms`); a term it holds already, built in or added here, keeps its meaning
and labels here: a copy never overrides them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrdoc.domain import countries
from hrdoc.domain.errors import Phrase
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError, check_vocabulary_term
from hrdoc.domain.vocabularies import VOCABULARIES, label_in
from hrdoc.services import sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.refusal import refuse
from hrdoc.services.records_kinds import KINDS, column_defaults
from hrdoc.services.records_rules import Terms
from hrdoc.services.serialize import record_dict
from hrdoc.storage.models import VocabularyTerm


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    parent: str | None
    label: str


class VocabularyService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def terms(self, vocabulary: str, *, language: str = "en") -> list[Term]:
        """The terms of ``vocabulary`` labelled in ``language``, in the order of those labels."""
        t = VocabularyTerm
        with self.ctx.read() as session:
            rows = session.execute(
                select(t.code, t.parent_code, t.label_en, t.label_fr, t.label_ar).where(t.vocabulary == vocabulary)
            ).all()
        terms = [Term(code, parent, label_in(language, en, fr, ar)) for code, parent, en, fr, ar in rows]
        # As people sort words: accents second (French "Détention" before "Disparition"), then case.
        return sorted(terms, key=lambda term: (countries.fold(term.label), term.label.casefold(), term.code))

    def labels(self, vocabulary: str, *, language: str = "en") -> dict[str, str]:
        """Each term's label in ``language``, by code."""
        return {t.code: t.label for t in self.terms(vocabulary, language=language)}


# -- terms that travel with a copy of a case ------------------------------------------------------------------


def terms_for_copy(
    session: Session,
    records: Mapping[str, Sequence[Mapping[str, Any]]],
    who: sharing.Audience,
    lineages: Mapping[uuid.UUID, list[str]],
) -> list[dict[str, Any]]:
    """The terms added in this store (not built in) that the copy's ``records`` use, each with the parent of a
    sub-type among them, as ``who`` may receive them (services.sharing) and with their lineage."""
    used: set[tuple[str, str]] = set()
    for kind, rows in records.items():
        for fld, vocabulary in KINDS[kind].vocab.items():
            used.update((vocabulary, str(row[fld])) for row in rows if row.get(fld))
    if not used:
        return []
    added_here = {
        (t.vocabulary, t.code): t
        for t in session.scalars(
            select(VocabularyTerm).where(
                VocabularyTerm.vocabulary.in_(sorted({v for v, _ in used})), VocabularyTerm.builtin.is_(False)
            )
        )
    }
    chosen: dict[tuple[str, str], VocabularyTerm] = {}
    for key in sorted(used):
        term = added_here.get(key)
        while term is not None and (term.vocabulary, term.code) not in chosen:
            chosen[(term.vocabulary, term.code)] = term
            term = added_here.get((term.vocabulary, term.parent_code)) if term.parent_code else None
    out: list[dict[str, Any]] = []
    for key in sorted(chosen):
        term = chosen[key]
        data = sharing.share(Kind.VOCABULARY_TERM, record_dict(term), who)
        if not data.get("label_ar"):
            # Not written when empty (the reader's default), so that hrdoc before 0010 still reads the copy.
            data.pop("label_ar", None)
        data["lineage"] = [*lineages.get(term.id, []), term.version]
        out.append(data)
    return out


class CopyTerms(Terms):
    """This store's vocabularies, and the terms a copy carries that this store does not hold yet: the terms the
    copy's records may use. Built with the copy's terms, each checked as a form checks a new term; a copy
    whose term breaks a rule is refused in one line naming the term (never its labels)."""

    def __init__(self, session: Session, carried: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(session)
        self.new: dict[tuple[str, str], dict[str, Any]] = {}
        for row in carried:
            values = _term_values(row)
            key = (values["vocabulary"], values["code"])
            if key in self.new:
                raise refuse(
                    Phrase(
                        N_("the copy carries the {vocabulary} term {key} twice"),
                        vocabulary=_words(key[0]),
                        key=repr(key[1]),
                    )
                )
            if key[1] not in super().of(key[0]):
                self.new[key] = values  # a term this store holds keeps its meaning here
        for (vocabulary, code), values in self.new.items():
            self._check_new(session, vocabulary, code, values)

    def of(self, vocabulary: str) -> dict[str, str | None]:
        here = super().of(vocabulary)
        carried = {code: values["parent_code"] for (v, code), values in self.new.items() if v == vocabulary}
        return {**carried, **here}

    def _check_new(self, session: Session, vocabulary: str, code: str, values: dict[str, Any]) -> None:
        where = Phrase(N_("the copy's {vocabulary} term {code}"), vocabulary=_words(vocabulary), code=repr(code))
        parent = values.get("parent_code")
        if parent is not None and (parent == code or parent not in self.of(vocabulary)):
            raise refuse(
                Phrase(
                    N_("{place} names a parent term ({parent}) that is neither here nor in the copy"),
                    place=where,
                    parent=repr(parent),
                )
            )
        holder = session.get(VocabularyTerm, values["id"])
        if holder is not None:
            raise refuse(
                Phrase(
                    N_("{place} has the id of another term of this store ({vocabulary} {code})"),
                    place=where,
                    vocabulary=holder.vocabulary,
                    code=repr(holder.code),
                )
            )


def _words(vocabulary: str) -> str:
    return vocabulary.replace("_", " ")


def _term_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """A carried term as column values, checked as a form checks a new term (built in only where it is
    built in: a copy never adds a built-in term)."""
    from hrdoc.services.exchange.snapshot import from_json  # the one reader of a copy's values

    vocabulary, code = row.get("vocabulary"), row.get("code")
    where = Phrase(N_("the copy's vocabulary term {code}"), code=repr(str(code)[:60]))
    if vocabulary not in VOCABULARIES:
        raise refuse(
            Phrase(
                N_("{place} is of an unknown vocabulary {vocabulary}"),
                place=where,
                vocabulary=repr(str(vocabulary)[:40]),
            )
        )
    try:
        values = column_defaults(VocabularyTerm) | from_json(VocabularyTerm, dict(row))
        check_vocabulary_term(values)
        values["id"] = uuid.UUID(str(row.get("id")))
    except (ValidationError, ValueError) as err:
        problem = err.errors[0] if isinstance(err, ValidationError) else "its id is not a valid id"
        raise refuse(Phrase(N_("{place} breaks a rule: {fault}"), place=where, fault=problem)) from None
    values["builtin"] = False
    return values


def add_copy_terms(session: Session, carried: Sequence[Mapping[str, Any]]) -> int:
    """Add the terms a copy carries that this store does not hold (checked by :class:`CopyTerms`); return how
    many. Called in the merge's unit of work, before the records that use them."""
    terms = CopyTerms(session, carried)
    rows = [{k: v for k, v in values.items() if k != "lineage"} for values in terms.new.values()]
    if rows:
        session.execute(insert(VocabularyTerm), rows)
    return len(rows)
