"""The kinds of record as the services handle them: for each kind its model, its case link, the fields a user
gives, its vocabularies and what it is labelled by (:data:`KINDS`), and the field groups stored beside a
record (identity, consent, account content). Built from the record registry (:mod:`hrdoc.domain.registry`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Uuid

from hrdoc.domain import countries, registry
from hrdoc.domain import validation as v
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Group, Kind, Widget
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.services.errors import NotFound
from hrdoc.storage import models as m
from hrdoc.storage.base import Base


def _editable(kind: str, group: Group | None = None) -> tuple[str, ...]:
    """The fields of a kind the user gives (not set by the program), in the registry's order."""
    return tuple(f.name for f in registry.kind(kind).fields if not f.system and group in (None, f.group))


# The parts stored beside a record, as the registry declares them (a witness's and a victim's identity have
# the same fields).
IDENTITY_FIELDS = _editable(Kind.WITNESS_IDENTITY)
CONSENT_FIELDS = _editable(Kind.CONSENT)
ACCOUNT_CONTENT_FIELDS = _editable(Kind.ACCOUNT_VERSION, Group.CONTENT)
SYSTEM_FIELDS = ("id", "created_at", "updated_at", "created_by", "version")


# What an item in the vault is (its bytes and where they came from) is fixed at intake.
VAULT_FIXED_FIELDS = ("original_filename", "sha256", "size", "mime_type", "original_id")


# The kinds of record an evidence file can be filed under, besides the case itself.
ATTACHABLE_KINDS = (Kind.INCIDENT, Kind.ALLEGATION, Kind.SOURCE, Kind.ACCOUNT)


@dataclass(frozen=True)
class KindSpec:
    """What the services know about one kind of record besides what the registry declares of it (its fields,
    the records they refer to, the vocabularies they draw from): its model, its rules, its label."""

    name: Kind
    model: type[Base]
    check: Callable[[Mapping[str, Any]], None]
    label_field: str
    index_kind: Kind | None = None  # kind in the search index, if indexed
    extra_fields: tuple[str, ...] = ()  # accepted besides the model's own columns
    service_fields: tuple[str, ...] = ()  # columns only a service sets (never a form or the CLI)

    @property
    def case_scoped(self) -> bool:
        return "case_id" in self.model.__table__.columns

    @property
    def refs(self) -> dict[str, str]:
        """Field -> the kind of record it refers to (in the same case), as the registry declares."""
        return {f.name: f.ref for f in registry.kind(self.name).fields if f.ref is not None}

    @property
    def vocab(self) -> dict[str, str]:
        """Field -> the controlled vocabulary it draws from, as the registry declares (a sub-type field draws
        from its parent field's vocabulary), parents first."""
        declared = registry.kind(self.name)
        out: dict[str, str] = {}
        for f in declared.fields:
            if f.widget is Widget.VOCAB and f.vocabulary is not None:
                out[f.name] = f.vocabulary
            elif f.widget is Widget.SUBVOCAB and f.vocabulary is not None:
                parent = declared.field(f.vocabulary).vocabulary
                assert parent is not None, f"{self.name}.{f.name}: its parent field names no vocabulary"
                out[f.name] = parent
        return out


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec(Kind.CASE, m.Case, v.check_case, "reference", index_kind=Kind.CASE),
        KindSpec(Kind.LOCATION, m.Location, v.check_location, "name", index_kind=Kind.LOCATION),
        KindSpec(Kind.INCIDENT, m.Incident, v.check_incident, "title", index_kind=Kind.INCIDENT),
        KindSpec(Kind.ACTOR, m.Actor, v.check_actor, "name", index_kind=Kind.ACTOR),
        KindSpec(Kind.ALLEGATION, m.Allegation, v.check_allegation, "violation_type", index_kind=Kind.ALLEGATION),
        KindSpec(Kind.PERPETRATOR, m.AllegationPerpetrator, v.check_perpetrator, "involvement"),
        KindSpec(Kind.VICTIM, m.Victim, v.check_victim, "label", index_kind=Kind.VICTIM, extra_fields=("identity",)),
        KindSpec(Kind.ALLEGATION_VICTIM, m.AllegationVictim, v.check_allegation_victim, "victim_id"),
        KindSpec(
            Kind.WITNESS,
            m.Witness,
            v.check_witness,
            "pseudonym",
            index_kind=Kind.WITNESS,
            extra_fields=("identity", "consent"),
        ),
        KindSpec(
            Kind.ACCOUNT,
            m.Account,
            v.check_account,
            "witness_id",
            index_kind=Kind.ACCOUNT,
            extra_fields=(*ACCOUNT_CONTENT_FIELDS, "correction_note"),
        ),
        KindSpec(Kind.SOURCE, m.Source, v.check_source, "title", index_kind=Kind.SOURCE),
        KindSpec(
            Kind.EVIDENCE,
            m.EvidenceFile,
            v.check_evidence,
            "original_filename",
            index_kind=Kind.EVIDENCE,
            service_fields=("in_vault", "file_metadata"),
        ),
        KindSpec(Kind.LINK, m.Link, v.check_link, "relation", index_kind=Kind.LINK),
        KindSpec(Kind.FIGURE, m.ReportedFigure, v.check_figure, "counted", index_kind=Kind.FIGURE),
        KindSpec(Kind.VOCABULARY_TERM, m.VocabularyTerm, v.check_vocabulary_term, "code"),
    )
}


def spec_for(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise NotFound(
            N_("unknown kind of record {kind_name}; known kinds: {names}"), kind_name=repr(kind), names=", ".join(KINDS)
        ) from None


def identity_model(kind: str) -> type[Base] | None:
    """The model of the part that keeps who a record of ``kind`` is about apart, protected (the registry's
    :func:`~hrdoc.domain.registry.identity_of`); None for a kind that has none."""
    part = registry.identity_of(kind)
    if part is None:
        return None
    table = Base.metadata.tables[part.table]
    return next(mapper.class_ for mapper in Base.registry.mappers if mapper.local_table is table)


def editable_columns(model: type[Base]) -> list[str]:
    return [c.key for c in model.__table__.columns if c.key not in SYSTEM_FIELDS]


def column_defaults(model: type[Base]) -> dict[str, Any]:
    """The values a new record gets for columns the caller leaves out."""
    out: dict[str, Any] = {}
    for col in model.__table__.columns:
        if col.key in SYSTEM_FIELDS:
            continue
        default = col.default
        if default is None:
            out[col.key] = None
        elif default.is_callable:
            out[col.key] = default.arg(None)
        else:
            out[col.key] = default.arg
    return out


# (table, field) of every field the registry declares a country: stored as an ISO code, given by name or code.
_COUNTRY_FIELDS = frozenset((k.table, f.name) for k, f in registry.all_fields() if f.widget is Widget.COUNTRY)


def _coerce(model: type[Base], values: dict[str, Any]) -> None:
    """Accept ISO strings for dates and UUID strings for references (as JSON and the CLI give them), and a country
    by its name in English, French or Arabic or its code in any case (``Burkina Faso``, ``bf``), stored as ``BF``."""
    errors: list[FieldError] = []
    columns = model.__table__.columns
    for key, value in list(values.items()):
        if (model.__tablename__, key) in _COUNTRY_FIELDS and (value is None or isinstance(value, str)):
            try:
                values[key] = countries.resolve(value or "")
            except countries.UnknownCountry as err:
                errors.append(FieldError(key, Phrase.of(err)))
            continue
        if key not in columns or not isinstance(value, str):
            continue
        col_type = columns[key].type
        try:
            if isinstance(col_type, Uuid):
                values[key] = uuid.UUID(value)
            elif isinstance(col_type, Date):
                values[key] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            words = N_("a record id (UUID)") if isinstance(col_type, Uuid) else N_("a date (YYYY-MM-DD)")
            errors.append(FieldError(key, Phrase(N_("{given} is not {words}"), given=repr(value), words=Term(words))))
    if errors:
        raise ValidationError(errors)


def _audit_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def ids(records: Iterable[Any]) -> list[uuid.UUID]:
    return [r.id for r in records]
