"""Helpers for the service tests: read the store directly (inside a session) and build one record of any kind."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS
from hrdoc.services.serialize import record_dict
from hrdoc.storage import models as m
from tests.helpers import make_allegation, make_case, make_incident, make_source, make_witness


def load(ctx: StoreContext, kind: str, record_id: uuid.UUID) -> dict[str, Any] | None:
    """The stored record as JSON-ready data, read inside its own session (None if it does not exist)."""
    with ctx.read() as session:
        obj = session.get(KINDS[kind].model, record_id)
        return None if obj is None else record_dict(obj)


def count(ctx: StoreContext, model: type[Any]) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_log(ctx: StoreContext) -> list[dict[str, Any]]:
    """Every audit entry, oldest first, as plain data."""
    with ctx.read() as session:
        return [
            {
                "seq": e.seq,
                "action": e.action,
                "entity_type": e.entity_type,
                "entity_id": e.entity_id,
                "case_id": e.case_id,
                "summary": e.summary,
                "details": e.details,
            }
            for e in session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq))
        ]


def consent_row(ctx: StoreContext, witness_id: uuid.UUID) -> dict[str, Any] | None:
    with ctx.read() as session:
        obj = session.get(m.Consent, witness_id)
        return None if obj is None else record_dict(obj)


def versions(ctx: StoreContext, account_id: uuid.UUID) -> list[dict[str, Any]]:
    with ctx.read() as session:
        rows = session.scalars(
            select(m.AccountVersion).where(m.AccountVersion.account_id == account_id).order_by(m.AccountVersion.version)
        )
        return [record_dict(v) for v in rows]


@dataclass
class Prepared:
    """What is needed to create one record of a kind: its case, the create fields and an update to apply."""

    kind: str
    case_id: uuid.UUID | None
    fields: dict[str, Any]
    update: dict[str, Any]
    extra: dict[str, uuid.UUID] = field(default_factory=dict)


def prepare(r: RecordService, kind: str) -> Prepared:
    """Create the records a ``kind`` needs (in a fresh case) and return the fields of a valid new one."""
    fields: dict[str, Any]
    if kind == "vocabulary_term":
        fields = {
            "vocabulary": "violation_type",
            "code": f"forced_labour_{uuid.uuid4().hex[:8]}",
            "label_en": "Forced labour",
            "label_fr": "Travail forcé",
        }
        return Prepared(kind, None, fields, {"label_en": "Forced or compulsory labour"})
    if kind == "case":
        fields = {"reference": f"ML-{uuid.uuid4().hex[:8]}", "title": "Convoy case"}
        return Prepared(kind, None, fields, {"title": "Renamed case"})
    case = make_case(r)
    c: dict[str, Any] = {"case_id": case}
    prepared = _prepare_plain(kind, case, c) or _prepare_linked(r, kind, case, c)
    if prepared is None:
        raise AssertionError(f"no factory for {kind}")
    return prepared


def _prepare_plain(kind: str, case: uuid.UUID, c: dict[str, Any]) -> Prepared | None:
    """Kinds that point to no other record than their case."""
    fields: dict[str, Any]
    match kind:
        case "location":
            return Prepared(kind, case, c | {"name": "Annefif", "alt_spellings": ["Anefis"]}, {"admin1": "Gao"})
        case "incident":
            return Prepared(kind, case, c | {"title": "Attack on a convoy"}, {"fatalities_best": 24})
        case "actor":
            fields = c | {"name": "Wagner Group", "kind": "foreign_military_or_mercenary"}
            return Prepared(kind, case, fields, {"aliases": ["Africa Corps"]})
        case "victim":
            fields = c | {"label": "Civilians", "kind": "group", "count_best": 24}
            return Prepared(kind, case, fields, {"count_high": 30})
        case "witness":
            return Prepared(kind, case, c | {"pseudonym": "W-01"}, {"language": "Tamasheq"})
        case "source":
            fields = c | {"kind": "news_article", "title": "Telegraph report", "url": "https://www.telegraph.co.uk"}
            return Prepared(kind, case, fields, {"publisher": "The Telegraph"})
        case "evidence":
            fields = c | {"original_filename": "vehicles.jpg", "sha256": "ab" * 32, "size": 1234}
            return Prepared(kind, case, fields, {"description": "Photo of the burnt vehicles"})
    return None


def _prepare_linked(r: RecordService, kind: str, case: uuid.UUID, c: dict[str, Any]) -> Prepared | None:
    """Kinds that point to other records of the case: those are created first."""

    def allegation() -> uuid.UUID:
        return make_allegation(r, case, make_incident(r, case))

    def actor() -> uuid.UUID:
        return r.create("actor", case_id=case, name="Wagner Group", kind="foreign_military_or_mercenary")

    def victim() -> uuid.UUID:
        return r.create("victim", case_id=case, label="Civilians in three vehicles", kind="group", count_best=24)

    fields: dict[str, Any]
    match kind:
        case "allegation":
            fields = c | {"incident_id": make_incident(r, case), "violation_type": "attack_on_civilians"}
            return Prepared(kind, case, fields, {"status": "likely"})
        case "perpetrator":
            fields = c | {"allegation_id": allegation(), "actor_id": actor(), "involvement": "direct"}
            return Prepared(kind, case, fields, {"involvement": "ordered"})
        case "allegation_victim":
            fields = c | {"allegation_id": allegation(), "victim_id": victim()}
            return Prepared(kind, case, fields, {"notes": "named in the FLA statement"})
        case "account":
            fields = c | {"witness_id": make_witness(r, case), "narrative": "The first car was shot at."}
            return Prepared(kind, case, fields, {"notes": "heard through a relative"})
        case "link":
            fields = c | {"source_id": make_source(r, case), "allegation_id": allegation(), "relation": "supports"}
            return Prepared(kind, case, fields, {"relation": "contradicts"})
        case "figure":
            fields = c | {
                "source_id": make_source(r, case),
                "incident_id": make_incident(r, case),
                "counted": "killed",
                "of_whom": "terrorists_as_claimed",
                "as_described": "terroristes neutralisés",
                "value": 41,
            }
            return Prepared(kind, case, fields, {"qualifier": "at_least"})
    return None
