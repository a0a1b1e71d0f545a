"""Create, read, update, delete and list every kind of record, with validation and an audit trail.

One call is one unit of work: the record, its audit entry and its search-index document are committed
together or not at all. Rules that need the database (references within the same case, vocabulary codes,
unique pseudonyms, consent before quoting) are checked here; the rest are in :mod:`hrdoc.domain.validation`.
The merge of a copy of a case (services.exchange.checks) calls the same rule functions (:func:`vocabulary_errors`,
:func:`check_consent_withdrawal`), so what a form refuses an import refuses too.

The kinds of record (:data:`KINDS`, :func:`spec_for`, the field groups) are declared in
:mod:`~hrdoc.services.records_kinds` and the rules that need the database in :mod:`~hrdoc.services.records_rules`:
callers import them from there.

Protected details (a witness's or individual victim's legal name, contact and residence) are written through
:meth:`RecordService.set_identity` and read only through :meth:`RecordService.reveal_identity`, which records
the reveal in the audit log. They never enter audit details or the search index.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrdoc.domain import registry
from hrdoc.domain import validation as v
from hrdoc.domain.enums import AuditAction, VictimKind
from hrdoc.domain.errors import Phrase, Term
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services import audit, versions
from hrdoc.services.audit_words import said
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records_kinds import (
    ACCOUNT_CONTENT_FIELDS,
    ATTACHABLE_KINDS,
    CONSENT_FIELDS,
    IDENTITY_FIELDS,
    KINDS,
    KindSpec,
    _audit_value,
    _coerce,
    column_defaults,
    editable_columns,
    identity_model,
    spec_for,
)
from hrdoc.services.records_rules import (
    RecordRules,
    _integrity_to_validation,
    check_consent_withdrawal,
)
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.base import Base, utcnow

__all__ = ["RecordService"]

T = TypeVar("T", bound=Base)


class RecordService(RecordRules):
    """CRUD over every kind of record in :data:`KINDS`."""

    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    # -- reading ------------------------------------------------------------------------------------

    def get(self, kind: str, record_id: uuid.UUID | str) -> Any:
        spec = spec_for(kind)
        with self.ctx.read() as session:
            return self._load(session, spec, _as_uuid(record_id))

    def records(
        self, kind: str, case_id: uuid.UUID | str | None = None, *, refer_to: tuple[str, uuid.UUID] | None = None
    ) -> list[Any]:
        """The records of ``kind`` (in the case ``case_id``), oldest first; with ``refer_to`` (a field and an id),
        only those whose field holds that id (an allegation's links, read by the database)."""
        spec = spec_for(kind)
        query = select(spec.model)
        if spec.case_scoped:
            if case_id is None:
                raise ValueError(f"listing {kind} records needs a case")
            query = query.where(spec.model.case_id == _as_uuid(case_id))  # type: ignore[attr-defined]
        if refer_to is not None:
            query = query.where(getattr(spec.model, refer_to[0]) == _as_uuid(refer_to[1]))
        with self.ctx.read() as session:
            return list(session.scalars(query.order_by(spec.model.created_at)))  # type: ignore[attr-defined]

    def account_versions(self, account_id: uuid.UUID | str) -> list[m.AccountVersion]:
        with self.ctx.read() as session:
            query = select(m.AccountVersion).where(m.AccountVersion.account_id == _as_uuid(account_id))
            return list(session.scalars(query.order_by(m.AccountVersion.version)))

    def current_version(self, account_id: uuid.UUID | str) -> m.AccountVersion:
        with self.ctx.read() as session:
            account = self._load(session, KINDS[Kind.ACCOUNT], _as_uuid(account_id))
            return _current_version(session, account)

    def consent(self, witness_id: uuid.UUID | str) -> m.Consent | None:
        with self.ctx.read() as session:
            return session.get(m.Consent, _as_uuid(witness_id))

    # -- writing ------------------------------------------------------------------------------------

    # On a team store a write locks the one case it changes, so that writers of different cases run side by
    # side (storage.engine_team.WriteScope); creating or deleting a case, and vocabularies, lock the store.

    def create(self, kind: str, /, **fields: Any) -> uuid.UUID:
        spec = spec_for(kind)
        with self.ctx.write(case=_case_given(spec, fields)) as session:
            return self._create(session, spec, dict(fields))

    def update(self, kind: str, record_id: uuid.UUID | str, /, **fields: Any) -> None:
        spec, rid = spec_for(kind), _as_uuid(record_id)
        with self.ctx.write(case_of=_case_of_record(spec, rid, cases_too=True)) as session:
            self._update(session, spec, rid, dict(fields))

    def delete(self, kind: str, record_id: uuid.UUID | str) -> None:
        rid = _as_uuid(record_id)
        with self.ctx.write(case_of=_case_of_record(spec_for(kind), rid)) as session:
            self._delete_in(session, kind, rid)

    def _delete_in(self, session: Session, kind: str, rid: uuid.UUID, *, system: bool = False) -> None:
        """Delete one record in the caller's unit of work; ``system``: a service that keeps its own rules."""
        spec = spec_for(kind)
        obj = self._load(session, spec, rid)
        case_id = _case_of(kind, obj)
        summary = said(session, "deleted", kind, obj)  # named while what it joins is still here
        if kind == Kind.VOCABULARY_TERM:
            self._check_term_unused(session, obj)
        if kind == Kind.EVIDENCE and obj.in_vault and not system:
            raise ValidationError.single(
                "id",
                N_(
                    "this file is kept in the evidence vault: remove it with Evidence → Remove, which "
                    "records the removal and its reason in the chain of custody"
                ),
            )
        followers = (
            session.scalars(select(m.Incident.id).where(m.Incident.location_id == rid)).all()
            if kind == Kind.LOCATION
            else []
        )
        session.expunge(obj)
        if registry.kind(kind).travels:  # a deletion travels with its case; vocabularies stay in the store
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
                Phrase(
                    N_(
                        "this {kind_name} is still referred to by other records (for example working copies); "
                        "delete or re-attach those first"
                    ),
                    kind_name=Term(kind),
                ),
            ) from None
        audit.record(
            session,
            self.ctx.user,
            AuditAction.DELETE,
            entity_type=kind,
            entity_id=rid,
            case_id=case_id,
            summary=summary,
        )
        if followers:  # incidents were found by the deleted place's names; they no longer are
            search_index.index_records(session.connection(), Kind.INCIDENT, followers)

    def set_identity(self, kind: str, record_id: uuid.UUID | str, /, **fields: Any) -> None:
        """Set a witness's or individual victim's protected details (legal name, contact, residence)."""
        spec, rid = spec_for(kind), _as_uuid(record_id)
        with self.ctx.write(case_of=_case_of_record(spec, rid)) as session:
            obj = self._load(session, spec, rid)
            self._write_identity(session, kind, obj, fields)

    def set_consent(self, witness_id: uuid.UUID | str, /, **fields: Any) -> None:
        spec, rid = KINDS[Kind.WITNESS], _as_uuid(witness_id)
        with self.ctx.write(case_of=_case_of_record(spec, rid)) as session:
            witness = self._load(session, spec, rid)
            self._write_consent(session, witness, fields)

    def reveal_identity(self, kind: str, record_id: uuid.UUID | str, reason: str = "") -> dict[str, str]:
        """Read protected details. Every reveal is recorded in the audit log, with the reason given."""
        model = identity_model(kind)
        if model is None:
            raise NotFound(N_("{kind_name} records have no protected identity"), kind_name=Term(kind))
        rid = _as_uuid(record_id)
        with self.ctx.write(log_only=True) as session:  # reads, and appends to the audit log only
            obj = self._load(session, spec_for(kind), rid)
            ident = session.get(model, rid)
            audit.record(
                session,
                self.ctx.user,
                AuditAction.REVEAL,
                entity_type=kind,
                entity_id=rid,
                case_id=obj.case_id,
                summary=said(session, "revealed the protected identity of", kind, obj),
                details={"reason": reason},
            )
            return {f: getattr(ident, f) if ident else "" for f in IDENTITY_FIELDS}

    # -- internals ----------------------------------------------------------------------------------

    def _load(self, session: Session, spec: KindSpec, rid: uuid.UUID) -> Any:
        obj = session.get(spec.model, rid)
        if obj is None:
            raise NotFound(N_("no {name} with id {rid}"), name=Term(spec.name), rid=rid)
        return obj

    def _split(
        self, spec: KindSpec, fields: dict[str, Any], *, system: bool = False
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        own = set(editable_columns(spec.model))
        allowed = (own if system else own - set(spec.service_fields)) | set(spec.extra_fields)
        unknown = [k for k in fields if k not in allowed]
        if unknown:
            raise ValidationError(
                FieldError(
                    k,
                    Phrase(
                        N_("is not a field of {name} records (fields: {names})"),
                        name=Term(spec.name),
                        names=", ".join(sorted(allowed)),
                    ),
                )
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
        if spec.name == Kind.ACCOUNT:
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
        case_id = _case_of(spec.name, obj)
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
            summary=said(session, "created", spec.name, obj),
            details={"fields": details},
        )
        self._reindex(session, spec, obj)
        return obj.id  # type: ignore[no-any-return]

    def _update(self, session: Session, spec: KindSpec, rid: uuid.UUID, fields: dict[str, Any]) -> None:
        obj = self._load(session, spec, rid)
        base, extra = self._split(spec, fields)
        _coerce(spec.model, base)
        if "case_id" in base and base["case_id"] != getattr(obj, "case_id", None):
            raise ValidationError.single("case_id", N_("a record cannot be moved to another case"))
        current = {k: getattr(obj, k) for k in editable_columns(spec.model)}
        values = current | base
        spec.check(values)
        self._check_db_rules(session, spec, values, obj)
        changed = {k: val for k, val in base.items() if current.get(k) != val}
        details: dict[str, Any] = {k: _audit_value(val) for k, val in changed.items()}
        summary = said(session, "updated", spec.name, obj)
        if spec.name == Kind.ACCOUNT:
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
                            N_(
                                "say why the account is corrected: a correction is kept as a new version beside the "
                                "old one"
                            ),
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
                    summary = said(session, "corrected", spec.name, obj, version=new_version)
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
            case_id=_case_of(spec.name, obj),
            summary=summary,
            details={"fields": details},
        )
        self._reindex(session, spec, obj)

    def _reindex(self, session: Session, spec: KindSpec, obj: Any) -> None:
        conn = session.connection()
        if spec.index_kind:
            search_index.index_records(conn, spec.index_kind, [obj.id])
        # Documents that include this record's text must follow it.
        if spec.name == Kind.LOCATION:
            ids = session.scalars(select(m.Incident.id).where(m.Incident.location_id == obj.id)).all()
            search_index.index_records(conn, Kind.INCIDENT, ids)
        elif spec.name == Kind.WITNESS:
            ids = session.scalars(select(m.Account.id).where(m.Account.witness_id == obj.id)).all()
            search_index.index_records(conn, Kind.ACCOUNT, ids)
        elif spec.name == Kind.VOCABULARY_TERM and obj.vocabulary == VIOLATION_TYPE:
            # An allegation's title is its violation's label; a code with no term left shows as itself.
            labelled = select(m.VocabularyTerm.code).where(m.VocabularyTerm.vocabulary == VIOLATION_TYPE)
            ids = session.scalars(
                select(m.Allegation.id).where(
                    (m.Allegation.violation_type == obj.code) | m.Allegation.violation_type.not_in(labelled)
                )
            ).all()
            search_index.index_records(conn, Kind.ALLEGATION, ids)

    def _write_identity(
        self, session: Session, kind: str, obj: Any, fields: Mapping[str, Any], *, audit_it: bool = True
    ) -> None:
        model = identity_model(kind)
        if model is None:
            raise ValidationError.single(
                "identity", Phrase(N_("a {kind_name} has no protected identity"), kind_name=Term(kind))
            )
        unknown = [k for k in fields if k not in IDENTITY_FIELDS]
        if unknown:
            raise ValidationError(
                FieldError(
                    k, Phrase(N_("is not a protected identity field ({names})"), names=", ".join(IDENTITY_FIELDS))
                )
                for k in unknown
            )
        if kind == Kind.VICTIM and obj.kind != VictimKind.INDIVIDUAL and any(fields.values()):
            raise ValidationError.single("identity", N_("only an individual victim has an identity to protect"))
        key = obj.id
        ident = session.get(model, key)
        if ident is None:
            ident = model(**{f"{kind}_id": key})  # keyed by its record: witness_id, victim_id
            session.add(ident)
        for k, val in fields.items():
            if not isinstance(val, str):
                raise ValidationError.single(k, N_("must be text"))
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
                summary=said(session, "updated the protected identity of", kind, obj),
                details={"identity": sorted(fields)},  # which fields, never their values
            )

    def _write_consent(
        self, session: Session, witness: m.Witness, fields: Mapping[str, Any], *, audit_it: bool = True
    ) -> None:
        unknown = [k for k in fields if k not in CONSENT_FIELDS]
        if unknown:
            raise ValidationError(
                FieldError(k, Phrase(N_("is not a consent field ({names})"), names=", ".join(CONSENT_FIELDS)))
                for k in unknown
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
                entity_type=Kind.WITNESS,
                entity_id=witness.id,
                case_id=witness.case_id,
                summary=said(session, "updated the consent of", Kind.WITNESS, witness),
                details={"consent": {k: _audit_value(val) for k, val in values.items()}},
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


def _case_given(spec: KindSpec, fields: Mapping[str, Any]) -> uuid.UUID | None:
    """The case a new record goes into, to lock it alone (None: the whole store, for a new case, say)."""
    if not spec.case_scoped:
        return None
    try:
        return uuid.UUID(str(fields.get("case_id")))
    except ValueError:
        return None  # refused by the checks, in a unit of work that locks the store


def _case_of_record(spec: KindSpec, rid: uuid.UUID, *, cases_too: bool = False) -> tuple[str, uuid.UUID] | None:
    """A record whose case alone is locked (its table and id), or None: the whole store."""
    if spec.case_scoped or (cases_too and spec.name == Kind.CASE):
        return spec.model.__tablename__, rid
    return None


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(N_("{text} is not a record id (UUID)"), text=repr(value)) from None


def _case_of(kind: str, obj: Any) -> uuid.UUID | None:
    """The case a record belongs to (a case is its own; a vocabulary term belongs to none)."""
    return obj.id if kind == Kind.CASE else getattr(obj, "case_id", None)
