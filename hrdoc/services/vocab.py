"""Vocabulary terms for pickers and labels (English or French), as stored (built-in and user terms); and the
terms added in one store that travel with a copy of a case whose records use them.

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

from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError, check_vocabulary_term
from hrdoc.domain.vocabularies import VOCABULARIES
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
        with self.ctx.read() as session:
            rows = session.scalars(
                select(VocabularyTerm).where(VocabularyTerm.vocabulary == vocabulary).order_by(VocabularyTerm.label_en)
            ).all()
        return [Term(t.code, t.parent_code, t.label_fr if language == "fr" else t.label_en) for t in rows]

    def labels(self, vocabulary: str, *, language: str = "en") -> dict[str, str]:
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
                raise refuse(f"the copy carries the {_words(key[0])} term {key[1]!r} twice")
            if key[1] not in super().of(key[0]):
                self.new[key] = values  # a term this store holds keeps its meaning here
        for (vocabulary, code), values in self.new.items():
            self._check_new(session, vocabulary, code, values)

    def of(self, vocabulary: str) -> dict[str, str | None]:
        here = super().of(vocabulary)
        carried = {code: values["parent_code"] for (v, code), values in self.new.items() if v == vocabulary}
        return {**carried, **here}

    def _check_new(self, session: Session, vocabulary: str, code: str, values: dict[str, Any]) -> None:
        where = f"the copy's {_words(vocabulary)} term {code!r}"
        parent = values.get("parent_code")
        if parent is not None and (parent == code or parent not in self.of(vocabulary)):
            raise refuse(f"{where} names a parent term ({parent!r}) that is neither here nor in the copy")
        holder = session.get(VocabularyTerm, values["id"])
        if holder is not None:
            raise refuse(f"{where} has the id of another term of this store ({holder.vocabulary} {holder.code!r})")


def _words(vocabulary: str) -> str:
    return vocabulary.replace("_", " ")


def _term_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """A carried term as column values, checked as a form checks a new term (built in only where it is
    built in: a copy never adds a built-in term)."""
    from hrdoc.services.exchange.snapshot import from_json  # the one reader of a copy's values

    vocabulary, code = row.get("vocabulary"), row.get("code")
    where = f"the copy's vocabulary term {str(code)[:60]!r}"
    if vocabulary not in VOCABULARIES:
        raise refuse(f"{where} is of an unknown vocabulary {str(vocabulary)[:40]!r}")
    try:
        values = column_defaults(VocabularyTerm) | from_json(VocabularyTerm, dict(row))
        check_vocabulary_term(values)
        values["id"] = uuid.UUID(str(row.get("id")))
    except (ValidationError, ValueError) as err:
        problem = err.errors[0] if isinstance(err, ValidationError) else "its id is not a valid id"
        raise refuse(f"{where} breaks a rule: {problem}") from None
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
