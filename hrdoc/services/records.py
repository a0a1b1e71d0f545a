"""Create, read, update, delete and list every kind of record, with validation and an audit trail.

One call is one unit of work: the record, its audit entry and its search-index document are committed
together or not at all. Rules that need the database (references within the same case, vocabulary codes,
unique pseudonyms, consent before quoting) are checked here; the rest are in :mod:`hrdoc.domain.validation`.
The merge of a copy of a case (services.exchange.checks) calls the same rule functions (:func:`vocabulary_errors`,
:func:`check_consent_withdrawal`), so what a form refuses an import refuses too.

Protected details (a witness's or individual victim's legal name, contact and residence) are written through
:meth:`RecordService.set_identity` and read only through :meth:`RecordService.reveal_identity`, which records
the reveal in the audit log. They never enter audit details or the search index.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Date, Uuid, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain import validation as v
from hrdoc.domain.enums import AuditAction
from hrdoc.domain.registry import Group, Widget
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, VIOLATION_TYPE, VOCABULARIES
from hrdoc.services import audit, versions
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import Base, utcnow


def _editable(kind: str, group: Group | None = None) -> tuple[str, ...]:
    """The fields of a kind the user gives (not set by the program), in the registry's order."""
    return tuple(f.name for f in registry.kind(kind).fields if not f.system and group in (None, f.group))


# The parts stored beside a record, as the registry declares them (a witness's and a victim's identity have
# the same fields).
IDENTITY_FIELDS = _editable("witness_identity")
CONSENT_FIELDS = _editable("consent")
ACCOUNT_CONTENT_FIELDS = _editable("account_version", Group.CONTENT)
SYSTEM_FIELDS = ("id", "created_at", "updated_at", "created_by", "version")
# What an item in the vault is (its bytes and where they came from) is fixed at intake.
VAULT_FIXED_FIELDS = ("original_filename", "sha256", "size", "mime_type", "original_id")
# The kinds of record an evidence file can be filed under, besides the case itself.
ATTACHABLE_KINDS = ("incident", "allegation", "source", "account")

T = TypeVar("T", bound=Base)


@dataclass(frozen=True)
class KindSpec:
    """What the services know about one kind of record besides what the registry declares of it (its fields,
    the records they refer to, the vocabularies they draw from): its model, its rules, its label."""

    name: str
    model: type[Base]
    check: Callable[[Mapping[str, Any]], None]
    label_field: str
    index_kind: str | None = None  # kind in the search index, if indexed
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
        KindSpec("case", m.Case, v.check_case, "reference", index_kind="case"),
        KindSpec("location", m.Location, v.check_location, "name", index_kind="location"),
        KindSpec("incident", m.Incident, v.check_incident, "title", index_kind="incident"),
        KindSpec("actor", m.Actor, v.check_actor, "name", index_kind="actor"),
        KindSpec("allegation", m.Allegation, v.check_allegation, "violation_type", index_kind="allegation"),
        KindSpec("perpetrator", m.AllegationPerpetrator, v.check_perpetrator, "involvement"),
        KindSpec("victim", m.Victim, v.check_victim, "label", index_kind="victim", extra_fields=("identity",)),
        KindSpec("allegation_victim", m.AllegationVictim, v.check_allegation_victim, "victim_id"),
        KindSpec(
            "witness",
            m.Witness,
            v.check_witness,
            "pseudonym",
            index_kind="witness",
            extra_fields=("identity", "consent"),
        ),
        KindSpec(
            "account",
            m.Account,
            v.check_account,
            "witness_id",
            index_kind="account",
            extra_fields=(*ACCOUNT_CONTENT_FIELDS, "correction_note"),
        ),
        KindSpec("source", m.Source, v.check_source, "title", index_kind="source"),
        KindSpec(
            "evidence",
            m.EvidenceFile,
            v.check_evidence,
            "original_filename",
            index_kind="evidence",
            service_fields=("in_vault", "file_metadata"),
        ),
        KindSpec("link", m.Link, v.check_link, "relation", index_kind="link"),
        KindSpec("vocabulary_term", m.VocabularyTerm, v.check_vocabulary_term, "code"),
    )
}


def spec_for(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise NotFound(f"unknown kind of record {kind!r}; known kinds: {', '.join(KINDS)}") from None


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


def _coerce(model: type[Base], values: dict[str, Any]) -> None:
    """Accept ISO strings for dates and UUID strings for references (as JSON and the CLI give them)."""
    errors: list[FieldError] = []
    columns = model.__table__.columns
    for key, value in list(values.items()):
        if key not in columns or not isinstance(value, str):
            continue
        col_type = columns[key].type
        try:
            if isinstance(col_type, Uuid):
                values[key] = uuid.UUID(value)
            elif isinstance(col_type, Date):
                values[key] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            words = "a record id (UUID)" if isinstance(col_type, Uuid) else "a date (YYYY-MM-DD)"
            errors.append(FieldError(key, f"{value!r} is not {words}"))
    if errors:
        raise ValidationError(errors)


def _audit_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


class RecordService:
    """CRUD over every kind of record in :data:`KINDS`."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    # -- reading ------------------------------------------------------------------------------------

    def get(self, kind: str, record_id: uuid.UUID | str) -> Any:
        spec = spec_for(kind)
        with self.ctx.read() as session:
            return self._load(session, spec, _as_uuid(record_id))

    def records(self, kind: str, case_id: uuid.UUID | str | None = None) -> list[Any]:
        spec = spec_for(kind)
        query = select(spec.model)
        if spec.case_scoped:
            if case_id is None:
                raise ValueError(f"listing {kind} records needs a case")
            query = query.where(spec.model.case_id == _as_uuid(case_id))  # type: ignore[attr-defined]
        with self.ctx.read() as session:
            return list(session.scalars(query.order_by(spec.model.created_at)))  # type: ignore[attr-defined]

    def account_versions(self, account_id: uuid.UUID | str) -> list[m.AccountVersion]:
        with self.ctx.read() as session:
            query = select(m.AccountVersion).where(m.AccountVersion.account_id == _as_uuid(account_id))
            return list(session.scalars(query.order_by(m.AccountVersion.version)))

    def current_version(self, account_id: uuid.UUID | str) -> m.AccountVersion:
        with self.ctx.read() as session:
            account = self._load(session, KINDS["account"], _as_uuid(account_id))
            return _current_version(session, account)

    def consent(self, witness_id: uuid.UUID | str) -> m.Consent | None:
        with self.ctx.read() as session:
            return session.get(m.Consent, _as_uuid(witness_id))

    # -- writing ------------------------------------------------------------------------------------

    def create(self, kind: str, /, **fields: Any) -> uuid.UUID:
        spec = spec_for(kind)
        with self.ctx.write() as session:
            return self._create(session, spec, dict(fields))

    def update(self, kind: str, record_id: uuid.UUID | str, /, **fields: Any) -> None:
        spec = spec_for(kind)
        with self.ctx.write() as session:
            self._update(session, spec, _as_uuid(record_id), dict(fields))

    def delete(self, kind: str, record_id: uuid.UUID | str) -> None:
        with self.ctx.write() as session:
            self._delete_in(session, kind, _as_uuid(record_id))

    def _delete_in(self, session: Session, kind: str, rid: uuid.UUID, *, system: bool = False) -> None:
        """Delete one record in the caller's unit of work; ``system``: a service that keeps its own rules."""
        spec = spec_for(kind)
        obj = self._load(session, spec, rid)
        case_id = getattr(obj, "case_id", obj.id if kind == "case" else None)
        label = str(getattr(obj, spec.label_field))
        if kind == "vocabulary_term":
            self._check_term_unused(session, obj)
        if kind == "evidence" and obj.in_vault and not system:
            raise ValidationError.single(
                "id",
                "this file is kept in the evidence vault: remove it with Evidence → Remove, "
                "which records the removal and its reason in the chain of custody",
            )
        followers = (
            session.scalars(select(m.Incident.id).where(m.Incident.location_id == rid)).all()
            if kind == "location"
            else []
        )
        session.expunge(obj)
        if kind != "vocabulary_term":  # vocabularies belong to the store, not to a case that travels
            versions.bury(session, kind, [rid], self.ctx.user)
        if kind in ATTACHABLE_KINDS:  # files filed under the record fall back to the case
            session.execute(
                update(m.EvidenceFile)
                .where(m.EvidenceFile.attached_id == rid)
                .values(attached_kind="", attached_id=None)
            )
        try:
            session.execute(delete(spec.model).where(spec.model.id == rid))  # type: ignore[attr-defined]
            session.flush()
        except IntegrityError:
            raise ValidationError.single(
                "id",
                f"this {kind} is still referred to by other records (for example working copies); "
                "delete or re-attach those first",
            ) from None
        audit.record(
            session,
            self.ctx.user,
            AuditAction.DELETE,
            entity_type=kind,
            entity_id=rid,
            case_id=case_id,
            summary=f"deleted {kind} {label}",
        )
        if followers:  # incidents were found by the deleted place's names; they no longer are
            search_index.index_records(session.connection(), "incident", followers)

    def _check_term_unused(self, session: Session, term: m.VocabularyTerm) -> None:
        if term.builtin:
            raise ValidationError.single("code", "built-in vocabulary terms cannot be deleted")
        users = {
            VIOLATION_TYPE: [m.Allegation.violation_type],
            EVENT_TYPE: [m.Incident.event_type, m.Incident.event_subtype],
            ACTOR_KIND: [m.Actor.kind],
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
                f"{term.code!r} is still used by {in_use} record(s) and {children} sub-term(s); "
                "change those first, or keep the term",
            )

    def set_identity(self, kind: str, record_id: uuid.UUID | str, /, **fields: Any) -> None:
        """Set a witness's or individual victim's protected details (legal name, contact, residence)."""
        with self.ctx.write() as session:
            obj = self._load(session, spec_for(kind), _as_uuid(record_id))
            self._write_identity(session, kind, obj, fields)

    def set_consent(self, witness_id: uuid.UUID | str, /, **fields: Any) -> None:
        with self.ctx.write() as session:
            witness = self._load(session, KINDS["witness"], _as_uuid(witness_id))
            self._write_consent(session, witness, fields)

    def reveal_identity(self, kind: str, record_id: uuid.UUID | str, reason: str = "") -> dict[str, str]:
        """Read protected details. Every reveal is recorded in the audit log, with the reason given."""
        model = {"witness": m.WitnessIdentity, "victim": m.VictimIdentity}.get(kind)
        if model is None:
            raise NotFound(f"{kind} records have no protected identity")
        rid = _as_uuid(record_id)
        with self.ctx.write() as session:
            obj = self._load(session, spec_for(kind), rid)
            ident = session.get(model, rid)
            label = str(getattr(obj, KINDS[kind].label_field))
            audit.record(
                session,
                self.ctx.user,
                AuditAction.REVEAL,
                entity_type=kind,
                entity_id=rid,
                case_id=obj.case_id,
                summary=f"revealed the protected identity of {kind} {label}",
                details={"reason": reason},
            )
            return {f: getattr(ident, f) if ident else "" for f in IDENTITY_FIELDS}

    # -- internals ----------------------------------------------------------------------------------

    def _load(self, session: Session, spec: KindSpec, rid: uuid.UUID) -> Any:
        obj = session.get(spec.model, rid)
        if obj is None:
            raise NotFound(f"no {spec.name} with id {rid}")
        return obj

    def _split(
        self, spec: KindSpec, fields: dict[str, Any], *, system: bool = False
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        own = set(editable_columns(spec.model))
        allowed = (own if system else own - set(spec.service_fields)) | set(spec.extra_fields)
        unknown = [k for k in fields if k not in allowed]
        if unknown:
            raise ValidationError(
                FieldError(k, f"is not a field of a {spec.name} (fields: {', '.join(sorted(allowed))})")
                for k in unknown
            )
        base = {k: val for k, val in fields.items() if k in own}
        extra = {k: val for k, val in fields.items() if k not in own}
        return base, extra

    def _create(
        self,
        session: Session,
        spec: KindSpec,
        fields: dict[str, Any],
        *,
        record_id: uuid.UUID | None = None,
        system: bool = False,
    ) -> uuid.UUID:
        """Insert one record; ``system`` lets a service set its ``service_fields`` (and choose the id)."""
        base, extra = self._split(spec, fields, system=system)
        _coerce(spec.model, base)
        values = column_defaults(spec.model) | base
        spec.check(values)
        self._check_db_rules(session, spec, values, None)
        content: dict[str, Any] | None = None
        if spec.name == "account":
            content = _account_content(extra, None)
            self._check_account_content(session, values["witness_id"], content)
        obj: Any = spec.model(**values, created_by=self.ctx.user)
        if record_id is not None:
            obj.id = record_id
        session.add(obj)
        try:
            session.flush()
        except IntegrityError as err:
            raise _integrity_to_validation(err, spec) from None
        if content is not None:
            session.add(m.AccountVersion(account_id=obj.id, version=1, created_by=self.ctx.user, **content))
            obj.current_version = 1
        if "identity" in extra:
            self._write_identity(session, spec.name, obj, extra["identity"] or {}, audit_it=False)
        if "consent" in extra:
            self._write_consent(session, obj, extra["consent"] or {}, audit_it=False)
        session.flush()
        case_id = obj.id if spec.name == "case" else getattr(obj, "case_id", None)
        details = {k: _audit_value(val) for k, val in values.items()}
        if content:
            details |= {k: _audit_value(val) for k, val in content.items()}
        if "identity" in extra:
            details["identity"] = sorted(k for k, val in (extra["identity"] or {}).items() if val)
        if "consent" in extra:
            details["consent"] = {k: _audit_value(val) for k, val in (extra["consent"] or {}).items()}
        audit.record(
            session,
            self.ctx.user,
            AuditAction.CREATE,
            entity_type=spec.name,
            entity_id=obj.id,
            case_id=case_id,
            summary=f"created {spec.name} {getattr(obj, spec.label_field)}",
            details={"fields": details},
        )
        self._reindex(session, spec, obj)
        return obj.id  # type: ignore[no-any-return]

    def _update(self, session: Session, spec: KindSpec, rid: uuid.UUID, fields: dict[str, Any]) -> None:
        obj = self._load(session, spec, rid)
        base, extra = self._split(spec, fields)
        _coerce(spec.model, base)
        if "case_id" in base and base["case_id"] != getattr(obj, "case_id", None):
            raise ValidationError.single("case_id", "a record cannot be moved to another case")
        current = {k: getattr(obj, k) for k in editable_columns(spec.model)}
        values = current | base
        spec.check(values)
        self._check_db_rules(session, spec, values, obj)
        changed = {k: val for k, val in base.items() if current.get(k) != val}
        details: dict[str, Any] = {k: _audit_value(val) for k, val in changed.items()}
        summary = f"updated {spec.name} {getattr(obj, spec.label_field)}"
        if spec.name == "account":
            content_given = {k: val for k, val in extra.items() if k in ACCOUNT_CONTENT_FIELDS}
            note = str(extra.get("correction_note", "") or "")
            if content_given or "witness_id" in changed:
                previous = _current_version(session, obj)
                content = _account_content(content_given, previous)
                # Consent belongs to the witness: a new witness must have consented to what the content says.
                self._check_account_content(session, values["witness_id"], content)
                old = {k: getattr(previous, k) for k in ACCOUNT_CONTENT_FIELDS}
                if content != old:
                    if not note.strip():
                        raise ValidationError.single(
                            "correction_note",
                            "say why the account is corrected: a correction is kept as a "
                            "new version beside the old one",
                        )
                    new_version = previous.version + 1
                    session.add(
                        m.AccountVersion(
                            account_id=obj.id,
                            version=new_version,
                            created_by=self.ctx.user,
                            correction_note=note,
                            **content,
                        )
                    )
                    obj.current_version = new_version
                    details |= {k: _audit_value(val) for k, val in content.items() if old[k] != val}
                    details["version"] = new_version
                    summary = f"corrected account (version {new_version})"
        if "identity" in extra:
            self._write_identity(session, spec.name, obj, extra["identity"] or {}, audit_it=False)
            details["identity"] = sorted((extra["identity"] or {}).keys())
        if "consent" in extra:
            self._write_consent(session, obj, extra["consent"] or {}, audit_it=False)
            details["consent"] = {k: _audit_value(val) for k, val in (extra["consent"] or {}).items()}
        if not details:
            return
        for key, val in changed.items():
            setattr(obj, key, val)
        obj.updated_at = utcnow()
        versions.bump(session, obj)
        try:
            session.flush()
        except IntegrityError as err:
            raise _integrity_to_validation(err, spec) from None
        audit.record(
            session,
            self.ctx.user,
            AuditAction.UPDATE,
            entity_type=spec.name,
            entity_id=rid,
            case_id=obj.id if spec.name == "case" else getattr(obj, "case_id", None),
            summary=summary,
            details={"fields": details},
        )
        self._reindex(session, spec, obj)

    def _reindex(self, session: Session, spec: KindSpec, obj: Any) -> None:
        conn = session.connection()
        if spec.index_kind:
            search_index.index_records(conn, spec.index_kind, [obj.id])
        # Documents that include this record's text must follow it.
        if spec.name == "location":
            ids = session.scalars(select(m.Incident.id).where(m.Incident.location_id == obj.id)).all()
            search_index.index_records(conn, "incident", ids)
        elif spec.name == "witness":
            ids = session.scalars(select(m.Account.id).where(m.Account.witness_id == obj.id)).all()
            search_index.index_records(conn, "account", ids)
        elif spec.name == "vocabulary_term" and obj.vocabulary == VIOLATION_TYPE:
            # An allegation's title is its violation's label; a code with no term left shows as itself.
            labelled = select(m.VocabularyTerm.code).where(m.VocabularyTerm.vocabulary == VIOLATION_TYPE)
            ids = session.scalars(
                select(m.Allegation.id).where(
                    (m.Allegation.violation_type == obj.code) | m.Allegation.violation_type.not_in(labelled)
                )
            ).all()
            search_index.index_records(conn, "allegation", ids)

    def _check_db_rules(self, session: Session, spec: KindSpec, values: dict[str, Any], existing: Any | None) -> None:
        errors: list[FieldError] = []
        case_id = values.get("case_id")
        if spec.case_scoped:
            if case_id is None:
                errors.append(FieldError("case_id", "is required: every record belongs to a case"))
            elif session.get(m.Case, case_id) is None:
                errors.append(FieldError("case_id", f"no case with id {case_id}"))
        for fld, kind in spec.refs.items():
            ref = values.get(fld)
            if ref is None:
                continue
            target = session.get(KINDS[kind].model, ref)
            if target is None:
                errors.append(FieldError(fld, f"no {kind} with id {ref}"))
            elif getattr(target, "case_id", None) != case_id:
                errors.append(FieldError(fld, f"that {kind} belongs to another case; link records of one case"))
            elif existing is not None and fld == "original_id" and ref == existing.id:
                errors.append(FieldError(fld, "an evidence file cannot be a working copy of itself"))
        errors += vocabulary_errors(Terms(session), spec, values)
        if spec.name == "case":
            clash = session.scalars(
                select(m.Case.id).where(
                    func.lower(m.Case.reference) == str(values["reference"]).lower(),
                    m.Case.id != _id_or_none(existing),
                )
            ).first()
            if clash is not None:
                errors.append(
                    FieldError(
                        "reference",
                        f"{values['reference']} is already used by another case (letter case does not count)",
                    )
                )
        if spec.name == "evidence":
            errors += self._evidence_rules(session, values, existing)
        if spec.name == "witness":
            clash = session.scalars(
                select(m.Witness.id).where(
                    m.Witness.case_id == case_id,
                    m.Witness.pseudonym == values["pseudonym"],
                    m.Witness.id != _id_or_none(existing),
                )
            ).first()
            if clash is not None:
                errors.append(
                    FieldError(
                        "pseudonym",
                        f"{values['pseudonym']} is already used by another witness in this case; "
                        "pseudonyms must be unique within a case",
                    )
                )
        if spec.name == "vocabulary_term":
            if values.get("vocabulary") not in VOCABULARIES:
                errors.append(
                    FieldError("vocabulary", f"{values.get('vocabulary')!r} is not one of: {', '.join(VOCABULARIES)}")
                )
            parent = values.get("parent_code")
            if parent and not session.scalar(
                select(func.count()).where(
                    m.VocabularyTerm.vocabulary == values.get("vocabulary"), m.VocabularyTerm.code == parent
                )
            ):
                errors.append(FieldError("parent_code", f"{parent!r} is not a term of the same vocabulary"))
        if (
            spec.name == "vocabulary_term"
            and existing is not None
            and existing.builtin
            and (values["code"] != existing.code or values["vocabulary"] != existing.vocabulary)
        ):
            errors.append(FieldError("code", "the code of a built-in term cannot change; edit its labels only"))
        if errors:
            raise ValidationError(errors)

    def _evidence_rules(self, session: Session, values: dict[str, Any], existing: Any | None) -> list[FieldError]:
        errors: list[FieldError] = []
        if existing is not None and existing.in_vault:
            errors += [
                FieldError(fld, "is fixed when the file enters the vault; make a working copy to change the file")
                for fld in VAULT_FIXED_FIELDS
                if values.get(fld) != getattr(existing, fld)
            ]
        kind, target_id = values.get("attached_kind") or "", values.get("attached_id")
        if not kind and target_id is None:
            return errors
        if kind not in ATTACHABLE_KINDS or target_id is None:
            errors.append(
                FieldError("attached_id", f"file evidence under the case or one {', '.join(ATTACHABLE_KINDS)}")
            )
            return errors
        target = session.get(KINDS[kind].model, target_id)
        if target is None:
            errors.append(FieldError("attached_id", f"no {kind} with id {target_id}"))
        elif getattr(target, "case_id", None) != values.get("case_id"):
            errors.append(FieldError("attached_id", f"that {kind} belongs to another case"))
        return errors

    def _check_account_content(self, session: Session, witness_id: uuid.UUID, content: dict[str, Any]) -> None:
        v.check_account_version(content)
        v.require_consent_to_quote(content, consent_values(session.get(m.Consent, witness_id)))

    def _write_identity(
        self, session: Session, kind: str, obj: Any, fields: Mapping[str, Any], *, audit_it: bool = True
    ) -> None:
        model = {"witness": m.WitnessIdentity, "victim": m.VictimIdentity}.get(kind)
        if model is None:
            raise ValidationError.single("identity", f"a {kind} has no protected identity")
        unknown = [k for k in fields if k not in IDENTITY_FIELDS]
        if unknown:
            raise ValidationError(
                FieldError(k, f"is not a protected identity field ({', '.join(IDENTITY_FIELDS)})") for k in unknown
            )
        if kind == "victim" and obj.kind != "individual" and any(fields.values()):
            raise ValidationError.single("identity", "only an individual victim has an identity to protect")
        key = obj.id
        ident = session.get(model, key)
        if ident is None:
            ident = model(**{"witness_id" if kind == "witness" else "victim_id": key})
            session.add(ident)
        for k, val in fields.items():
            if not isinstance(val, str):
                raise ValidationError.single(k, "must be text")
            setattr(ident, k, val)
        if audit_it:
            versions.bump(session, obj)
            obj.updated_at = utcnow()
            session.flush()
            audit.record(
                session,
                self.ctx.user,
                AuditAction.UPDATE,
                entity_type=kind,
                entity_id=key,
                case_id=obj.case_id,
                summary=f"updated the protected identity of {kind} {getattr(obj, KINDS[kind].label_field)}",
                details={"identity": sorted(fields)},  # which fields, never their values
            )

    def _write_consent(
        self, session: Session, witness: m.Witness, fields: Mapping[str, Any], *, audit_it: bool = True
    ) -> None:
        unknown = [k for k in fields if k not in CONSENT_FIELDS]
        if unknown:
            raise ValidationError(
                FieldError(k, f"is not a consent field ({', '.join(CONSENT_FIELDS)})") for k in unknown
            )
        values = dict(fields)
        _coerce(m.Consent, values)
        consent = session.get(m.Consent, witness.id)
        current = (
            {k: getattr(consent, k) for k in CONSENT_FIELDS}
            if consent
            else column_defaults(m.Consent) | {"witness_id": witness.id}
        )
        merged = {k: current.get(k) for k in CONSENT_FIELDS} | values
        v.check_consent(merged)
        check_consent_withdrawal(session, witness.id, merged)
        if consent is None:
            consent = m.Consent(witness_id=witness.id)
            session.add(consent)
        for k, val in merged.items():
            setattr(consent, k, val)
        if audit_it:
            versions.bump(session, witness)
            witness.updated_at = utcnow()
            session.flush()
            audit.record(
                session,
                self.ctx.user,
                AuditAction.UPDATE,
                entity_type="witness",
                entity_id=witness.id,
                case_id=witness.case_id,
                summary=f"updated the consent of witness {witness.pseudonym}",
                details={"consent": {k: _audit_value(val) for k, val in values.items()}},
            )


# -- rules that need the database: RecordService (forms, CLI) and the merge of a copy both call these ---------


class Terms:
    """The controlled vocabularies as this store holds them (built-in terms and those added here), each read
    once: code -> parent code."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._read: dict[str, dict[str, str | None]] = {}

    def of(self, vocabulary: str) -> dict[str, str | None]:
        if vocabulary not in self._read:
            rows = self.session.execute(
                select(m.VocabularyTerm.code, m.VocabularyTerm.parent_code).where(
                    m.VocabularyTerm.vocabulary == vocabulary
                )
            )
            self._read[vocabulary] = {code: parent for code, parent in rows}
        return self._read[vocabulary]


def vocabulary_errors(terms: Terms, spec: KindSpec, values: Mapping[str, Any]) -> list[FieldError]:
    """Codes drawn from a controlled vocabulary are terms of it here; an event's sub-type belongs to its type."""
    errors: list[FieldError] = []
    for fld, vocabulary in spec.vocab.items():
        code = values.get(fld)
        if not code:
            continue
        known = terms.of(vocabulary)
        if code not in known:
            words = vocabulary.replace("_", " ")
            errors.append(FieldError(fld, f"{code!r} is not a known {words}; pick one from the list"))
        elif fld == "event_type" and known[code] is not None:
            errors.append(FieldError(fld, f"{code!r} is a sub-type of {known[code]!r}; choose an event type here"))
        elif fld == "event_subtype" and not values.get("event_type"):
            errors.append(FieldError("event_type", "is required when a sub-type is given"))
        elif fld == "event_subtype" and known[code] != values["event_type"]:
            errors.append(FieldError(fld, f"{code!r} is not a sub-type of the event type {values['event_type']!r}"))
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
            f"{quotable} account(s) of this witness are marked quotable; correct them first "
            "(withdrawn consent must be reflected in the accounts)",
        )


def _account_content(given: Mapping[str, Any], previous: m.AccountVersion | None) -> dict[str, Any]:
    base = (
        {k: getattr(previous, k) for k in ACCOUNT_CONTENT_FIELDS}
        if previous is not None
        else {k: column_defaults(m.AccountVersion)[k] for k in ACCOUNT_CONTENT_FIELDS}
    )
    content = base | {k: val for k, val in given.items() if k in ACCOUNT_CONTENT_FIELDS}
    _coerce(m.AccountVersion, content)
    return content


def _current_version(session: Session, account: m.Account) -> m.AccountVersion:
    version = session.scalars(
        select(m.AccountVersion).where(
            m.AccountVersion.account_id == account.id, m.AccountVersion.version == account.current_version
        )
    ).one()
    return version


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(f"{value!r} is not a record id (UUID)") from None


def _id_or_none(obj: Any | None) -> uuid.UUID | None:
    return None if obj is None else obj.id


def _integrity_to_validation(err: IntegrityError, spec: KindSpec) -> ValidationError:
    message = str(err.orig)
    if "CHECK constraint failed" in message:
        name = message.rsplit(":", 1)[-1].strip()
        return ValidationError.single(name.removeprefix(f"ck_{spec.model.__tablename__}_"), "breaks a rule: " + name)
    if "UNIQUE constraint failed" in message:
        cols = message.rsplit(":", 1)[-1].strip()
        return ValidationError.single(cols.split(".")[-1], "duplicates another record: " + cols)
    return ValidationError.single("id", message)


def ids(records: Iterable[Any]) -> list[uuid.UUID]:
    return [r.id for r in records]
