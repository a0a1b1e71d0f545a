"""Rules that need the database: references within the same case, vocabulary codes (and terms still in use),
unique pseudonyms, evidence filed under records of its own case, consent before quoting and its withdrawal.
:class:`~hrdoc.services.records.RecordService` (forms, CLI) and the merge of a copy of a case both call these,
so what a form refuses an import refuses too.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain import validation as v
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import FieldError, ValidationError, field_error
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, FIGURE_COUNT, VIOLATION_TYPE, VOCABULARIES
from hrdoc.services.records_kinds import ATTACHABLE_KINDS, CONSENT_FIELDS, KINDS, VAULT_FIXED_FIELDS, KindSpec
from hrdoc.storage import models as m


class Terms:
    """The controlled vocabularies as this store holds them (built-in terms and those added here), each read
    once: code -> parent code, and code -> label."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._read: dict[str, dict[str, str | None]] = {}
        self._labels: dict[str, dict[str, str]] = {}

    def of(self, vocabulary: str) -> dict[str, str | None]:
        if vocabulary not in self._read:
            rows = self.session.execute(
                select(m.VocabularyTerm.code, m.VocabularyTerm.parent_code, m.VocabularyTerm.label_en).where(
                    m.VocabularyTerm.vocabulary == vocabulary
                )
            )
            self._read[vocabulary], self._labels[vocabulary] = {}, {}
            for code, parent, label in rows:
                self._read[vocabulary][code] = parent
                self._labels[vocabulary][code] = label
        return self._read[vocabulary]

    def label(self, vocabulary: str, code: str) -> str:
        """A term by its label, in quotes (“Armed clash”); a code that is no term of it as it was given."""
        self.of(vocabulary)
        found = self._labels[vocabulary].get(code)
        return f"“{found}”" if found else repr(code)


def vocabulary_errors(terms: Terms, spec: KindSpec, values: Mapping[str, Any]) -> list[FieldError]:
    """Codes drawn from a controlled vocabulary are terms of it here; an event's sub-type belongs to its type."""
    errors: list[FieldError] = []
    for fld, vocabulary in spec.vocab.items():
        code = values.get(fld)
        if not code:
            continue
        known = terms.of(vocabulary)
        term = terms.label(vocabulary, code)
        if code not in known:
            words = vocabulary.replace("_", " ")
            errors.append(
                field_error(
                    spec.name,
                    fld,
                    Phrase(N_("{code} is not a known {words}; pick one from the list"), code=repr(code), words=words),
                )
            )
        elif fld == "event_type" and known[code] is not None:
            parent = terms.label(vocabulary, str(known[code]))
            errors.append(
                field_error(
                    spec.name,
                    fld,
                    Phrase(N_("{term} is a sub-type of {parent}; choose an event type here"), term=term, parent=parent),
                )
            )
        elif fld == "event_subtype" and not values.get("event_type"):
            errors.append(field_error(spec.name, "event_type", N_("is required when a sub-type is given")))
        elif fld == "event_subtype" and known[code] != values["event_type"]:
            parent = terms.label(vocabulary, values["event_type"])
            errors.append(
                field_error(
                    spec.name,
                    fld,
                    Phrase(N_("{term} is not a sub-type of the event type {parent}"), term=term, parent=parent),
                )
            )
    return errors


def consent_values(consent: m.Consent | None) -> dict[str, Any] | None:
    """A witness's consent record as values (None: no consent recorded, which is consent to nothing)."""
    return None if consent is None else {k: getattr(consent, k) for k in CONSENT_FIELDS}


def check_consent_withdrawal(
    session: Session, witness_id: uuid.UUID, consent: Mapping[str, Any], *, besides: Iterable[uuid.UUID] = ()
) -> None:
    """Consent to be quoted is not withdrawn while an account of the witness is still marked quotable (its
    current version); ``besides``: accounts whose current version the caller checks itself."""
    if consent.get("to_be_quoted"):
        return
    query = (
        select(func.count())
        .select_from(m.Account)
        .join(
            m.AccountVersion,
            (m.AccountVersion.account_id == m.Account.id) & (m.AccountVersion.version == m.Account.current_version),
        )
        .where(m.Account.witness_id == witness_id, m.AccountVersion.quotable.is_(True))
    )
    skipped = list(besides)
    if skipped:
        query = query.where(m.Account.id.not_in(skipped))
    quotable = session.scalar(query)
    if quotable:
        raise ValidationError.single(
            "to_be_quoted",
            Phrase(
                N_(
                    "{quotable} account(s) of this witness are marked quotable; correct them first "
                    "(withdrawn consent must be reflected in the accounts)"
                ),
                quotable=quotable,
            ),
        )


def _id_or_none(obj: Any | None) -> uuid.UUID | None:
    return None if obj is None else obj.id


def _integrity_to_validation(err: IntegrityError, spec: KindSpec) -> ValidationError:
    """A rule the database keeps, in words: the fields a record may not share with another of its kind by their
    labels; a rule only the schema states (the forms check them all first) by the field it names."""
    message = str(err.orig)
    kind = registry.kind(spec.name)
    if "CHECK constraint failed" in message:
        name = message.rsplit(":", 1)[-1].strip()
        field = name.removeprefix(f"ck_{spec.model.__tablename__}_")
        return ValidationError(
            [
                field_error(
                    spec.name, field, Phrase(N_("breaks a rule the store keeps for every {label}"), label=kind.label)
                )
            ]
        )
    unique = re.search(r"UNIQUE constraint failed: (.*)|Key \(([^)]*)\)=", message)
    if unique is not None:
        fields = [c.strip().split(".")[-1] for c in (unique.group(1) or unique.group(2)).split(",")]
        named = [kind.field(f).label.lower() if f in kind.names else f.replace("_", " ") for f in fields]
        words = f"{', '.join(named[:-1])} and {named[-1]}" if len(named) > 1 else named[0]
        return ValidationError(
            [
                field_error(
                    spec.name,
                    fields[-1],
                    Phrase(N_("duplicates another {label} with the same {words}"), label=Term(kind.label), words=words),
                )
            ]
        )
    return ValidationError.single("id", message)


class RecordRules:
    """The checks :class:`~hrdoc.services.records.RecordService` runs before it writes a record."""

    def _check_term_unused(self, session: Session, term: m.VocabularyTerm) -> None:
        if term.builtin:
            raise ValidationError.single("code", N_("built-in vocabulary terms cannot be deleted"))
        users = {
            VIOLATION_TYPE: [m.Allegation.violation_type],
            EVENT_TYPE: [m.Incident.event_type, m.Incident.event_subtype],
            ACTOR_KIND: [m.Actor.kind],
            FIGURE_COUNT: [m.ReportedFigure.counted],
        }.get(term.vocabulary, [])
        in_use = sum(session.scalar(select(func.count()).where(col == term.code)) or 0 for col in users)
        children = session.scalar(
            select(func.count()).where(
                m.VocabularyTerm.vocabulary == term.vocabulary, m.VocabularyTerm.parent_code == term.code
            )
        )
        if in_use or children:
            raise ValidationError.single(
                "code",
                Phrase(
                    N_(
                        "{code} is still used by {in_use} record(s) and {children} sub-term(s); change those "
                        "first, or keep the term"
                    ),
                    code=repr(term.code),
                    in_use=in_use,
                    children=children,
                ),
            )

    def _check_db_rules(self, session: Session, spec: KindSpec, values: dict[str, Any], existing: Any | None) -> None:
        errors = _reference_errors(session, spec, values, existing)
        errors += vocabulary_errors(Terms(session), spec, values)
        if spec.name == Kind.CASE:
            errors += _case_rules(session, values, existing)
        if spec.name == Kind.EVIDENCE:
            errors += self._evidence_rules(session, values, existing)
        if spec.name == Kind.WITNESS:
            errors += _witness_rules(session, values, existing)
        if spec.name == Kind.VOCABULARY_TERM:
            errors += _term_rules(session, values, existing)
        if errors:
            raise ValidationError(errors)

    def _evidence_rules(self, session: Session, values: dict[str, Any], existing: Any | None) -> list[FieldError]:
        errors: list[FieldError] = []
        if existing is not None and existing.in_vault:
            errors += [
                FieldError(fld, N_("is fixed when the file enters the vault; make a working copy to change the file"))
                for fld in VAULT_FIXED_FIELDS
                if values.get(fld) != getattr(existing, fld)
            ]
        kind, target_id = values.get("attached_kind") or "", values.get("attached_id")
        if not kind and target_id is None:
            return errors
        if kind not in ATTACHABLE_KINDS or target_id is None:
            errors.append(
                FieldError(
                    "attached_id",
                    Phrase(N_("file evidence under the case or one {names}"), names=", ".join(ATTACHABLE_KINDS)),
                )
            )
            return errors
        target = session.get(KINDS[kind].model, target_id)
        if target is None:
            errors.append(
                FieldError(
                    "attached_id",
                    Phrase(N_("no {kind_name} with id {target_id}"), kind_name=Term(kind), target_id=target_id),
                )
            )
        elif getattr(target, "case_id", None) != values.get("case_id"):
            errors.append(
                FieldError("attached_id", Phrase(N_("that {kind_name} belongs to another case"), kind_name=Term(kind)))
            )
        return errors

    def _check_account_content(self, session: Session, witness_id: uuid.UUID, content: dict[str, Any]) -> None:
        v.check_account_version(content)
        v.require_consent_to_quote(content, consent_values(session.get(m.Consent, witness_id)))


def _reference_errors(
    session: Session, spec: KindSpec, values: dict[str, Any], existing: Any | None
) -> list[FieldError]:
    """The record's case exists, and every record it points to exists and is of the same case."""
    errors: list[FieldError] = []
    case_id = values.get("case_id")
    if spec.case_scoped:
        if case_id is None:
            errors.append(FieldError("case_id", N_("is required: every record belongs to a case")))
        elif session.get(m.Case, case_id) is None:
            errors.append(FieldError("case_id", Phrase(N_("no case with id {case_id}"), case_id=case_id)))
    for fld, kind in spec.refs.items():
        ref = values.get(fld)
        if ref is None:
            continue
        target = session.get(KINDS[kind].model, ref)
        if target is None:
            errors.append(
                field_error(
                    spec.name, fld, Phrase(N_("no {label} with id {ref}"), label=registry.kind(kind).label, ref=ref)
                )
            )
        elif getattr(target, "case_id", None) != case_id:
            words = f"that {registry.kind(kind).label} belongs to another case; link records of one case"
            errors.append(field_error(spec.name, fld, words))
        elif existing is not None and fld == "original_id" and ref == existing.id:
            errors.append(field_error(spec.name, fld, N_("an evidence file cannot be a working copy of itself")))
    return errors


def _case_rules(session: Session, values: dict[str, Any], existing: Any | None) -> list[FieldError]:
    clash = session.scalars(
        select(m.Case.id).where(
            func.lower(m.Case.reference) == str(values["reference"]).lower(),
            m.Case.id != _id_or_none(existing),
        )
    ).first()
    if clash is None:
        return []
    return [
        field_error(
            Kind.CASE,
            "reference",
            Phrase(
                N_("{reference} is already used by another case (letter case does not count)"),
                reference=values["reference"],
            ),
        )
    ]


def _witness_rules(session: Session, values: dict[str, Any], existing: Any | None) -> list[FieldError]:
    clash = session.scalars(
        select(m.Witness.id).where(
            m.Witness.case_id == values.get("case_id"),
            m.Witness.pseudonym == values["pseudonym"],
            m.Witness.id != _id_or_none(existing),
        )
    ).first()
    if clash is None:
        return []
    return [
        field_error(
            Kind.WITNESS,
            "pseudonym",
            Phrase(
                N_(
                    "{pseudonym} is already used by another witness in this case; pseudonyms must be "
                    "unique within a case"
                ),
                pseudonym=values["pseudonym"],
            ),
        )
    ]


def _term_rules(session: Session, values: dict[str, Any], existing: Any | None) -> list[FieldError]:
    """A vocabulary term: a known vocabulary, a parent in it, and a built-in term's code kept."""
    errors: list[FieldError] = []
    if values.get("vocabulary") not in VOCABULARIES:
        errors.append(
            FieldError(
                "vocabulary",
                Phrase(
                    N_("{given} is not one of: {names}"),
                    given=repr(values.get("vocabulary")),
                    names=", ".join(VOCABULARIES),
                ),
            )
        )
    parent = values.get("parent_code")
    if parent and not session.scalar(
        select(func.count()).where(
            m.VocabularyTerm.vocabulary == values.get("vocabulary"), m.VocabularyTerm.code == parent
        )
    ):
        errors.append(
            FieldError("parent_code", Phrase(N_("{parent} is not a term of the same vocabulary"), parent=repr(parent)))
        )
    if (
        existing is not None
        and existing.builtin
        and (values["code"] != existing.code or values["vocabulary"] != existing.vocabulary)
    ):
        errors.append(FieldError("code", N_("the code of a built-in term cannot change; edit its labels only")))
    return errors
