"""Case-level queries: finding a case, listing cases with record counts, and a whole case as data."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any, Literal, TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdoc.domain.marks import N_
from hrdoc.services.case_summaries import COUNTED as COUNTED
from hrdoc.services.case_summaries import CaseSummary as CaseSummary
from hrdoc.services.case_summaries import read_summaries
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import IDENTITY_FIELDS
from hrdoc.services.serialize import MASK, record_dict
from hrdoc.storage import models as m

# One record as JSON-ready data (see :func:`~hrdoc.services.serialize.record_dict`): its fields, which come from
# the record kind's registry entry, by name. A witness also carries "consent" and "identity" (masked unless
# revealed), an individual victim "identity", an account "versions".
RecordRow = dict[str, Any]

# The sections of a case's records in :class:`CaseExport`.
SectionName = Literal[
    "locations",
    "incidents",
    "allegations",
    "allegation_perpetrators",
    "actors",
    "victims",
    "allegation_victims",
    "witnesses",
    "accounts",
    "sources",
    "evidence_files",
    "links",
    "reported_figures",
]


class CaseExport(TypedDict):
    """A whole case as :meth:`CaseService.export` returns it (and ``hrdoc show --json`` prints it): the case
    record, then each section's records in creation order."""

    case: RecordRow
    locations: list[RecordRow]
    incidents: list[RecordRow]
    allegations: list[RecordRow]
    allegation_perpetrators: list[RecordRow]
    actors: list[RecordRow]
    victims: list[RecordRow]
    allegation_victims: list[RecordRow]
    witnesses: list[RecordRow]
    accounts: list[RecordRow]
    sources: list[RecordRow]
    evidence_files: list[RecordRow]
    links: list[RecordRow]
    reported_figures: list[RecordRow]


# The record tables of a case, in the order a reader meets them; keys are the JSON section names.
CASE_SECTIONS: dict[SectionName, type[Any]] = {
    "locations": m.Location,
    "incidents": m.Incident,
    "allegations": m.Allegation,
    "allegation_perpetrators": m.AllegationPerpetrator,
    "actors": m.Actor,
    "victims": m.Victim,
    "allegation_victims": m.AllegationVictim,
    "witnesses": m.Witness,
    "accounts": m.Account,
    "sources": m.Source,
    "evidence_files": m.EvidenceFile,
    "links": m.Link,
    "reported_figures": m.ReportedFigure,
}


class CaseService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def resolve(self, ref_or_id: str) -> m.Case:
        """Find a case by its reference code (case-insensitive) or its UUID."""
        with self.ctx.read() as session:
            return _resolve(session, ref_or_id)

    def summaries(self, counted: Collection[str] = COUNTED) -> list[CaseSummary]:
        """Every case, by reference, with the number of its records in each of the ``counted`` sections
        (:func:`~hrdoc.services.case_summaries.read_summaries`)."""
        return read_summaries(self.ctx, counted)

    def export(
        self,
        ref_or_id: str,
        *,
        reveal: bool = False,
        reason: str = "",
        visibilities: Collection[str] | None = None,
    ) -> CaseExport:
        """The whole case as JSON-ready data. Protected identities are masked unless ``reveal``.

        Revealing goes through :meth:`RecordService.reveal_identity`, so each reveal is audited.
        ``visibilities``: only records of these visibilities are read (the case itself always is), so a
        public report of a large case does not hold its confidential part in memory.
        """
        with self.ctx.read() as session:
            case = _resolve(session, ref_or_id)
            sections: dict[SectionName, list[RecordRow]] = {}
            for name, model in CASE_SECTIONS.items():
                # Batches: a load running beside the GUI hands the interpreter back between them.
                query = select(model).where(model.case_id == case.id).order_by(model.created_at, model.id)
                if visibilities is not None:
                    query = query.where(model.visibility.in_(list(visibilities)))
                rows = session.scalars(query).yield_per(500)
                sections[name] = [record_dict(r) for r in rows]
            out = CaseExport(
                case=record_dict(case),
                locations=sections["locations"],
                incidents=sections["incidents"],
                allegations=sections["allegations"],
                allegation_perpetrators=sections["allegation_perpetrators"],
                actors=sections["actors"],
                victims=sections["victims"],
                allegation_victims=sections["allegation_victims"],
                witnesses=sections["witnesses"],
                accounts=sections["accounts"],
                sources=sections["sources"],
                evidence_files=sections["evidence_files"],
                links=sections["links"],
                reported_figures=sections["reported_figures"],
            )
            add_parts(session, out["witnesses"], out["victims"], out["accounts"])
        if reveal:  # each reveal is audited
            records = RecordService(self.ctx)
            for witness in out["witnesses"]:
                witness["identity"] = records.reveal_identity("witness", witness["id"], reason)
            for victim in out["victims"]:
                if victim["kind"] == "individual":
                    victim["identity"] = records.reveal_identity("victim", victim["id"], reason)
        return out


def add_parts(
    session: Session, witnesses: list[RecordRow], victims: list[RecordRow], accounts: list[RecordRow]
) -> None:
    """Add what stands beside these records in a case's data: a witness's consent and protected identity, an
    individual victim's identity, an account's versions (oldest first). Identities are always masked here;
    revealing one is a separate, audited call (:meth:`RecordService.reveal_identity`)."""
    masked = dict.fromkeys(IDENTITY_FIELDS, MASK)
    consents: dict[uuid.UUID, RecordRow] = {}
    for chunk in _chunks([uuid.UUID(w["id"]) for w in witnesses]):
        for c in session.scalars(select(m.Consent).where(m.Consent.witness_id.in_(chunk))):
            consents[c.witness_id] = record_dict(c, exclude=("witness_id",))
    for witness in witnesses:
        witness["consent"] = consents.get(uuid.UUID(witness["id"]))
        witness["identity"] = dict(masked)
    for victim in victims:
        if victim["kind"] == "individual":
            victim["identity"] = dict(masked)
    versions: dict[str, list[RecordRow]] = {}
    for chunk in _chunks([uuid.UUID(a["id"]) for a in accounts]):
        query = select(m.AccountVersion).where(m.AccountVersion.account_id.in_(chunk))
        for ver in session.scalars(query.order_by(m.AccountVersion.version)):
            versions.setdefault(str(ver.account_id), []).append(record_dict(ver, exclude=("account_id",)))
    for account in accounts:
        account["versions"] = versions.get(account["id"], [])


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    """``ids`` in lists short enough for one ``IN (...)`` each."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _resolve(session: Session, ref_or_id: str) -> m.Case:
    text = ref_or_id.strip()
    case = session.scalars(select(m.Case).where(func.lower(m.Case.reference) == text.lower())).first()
    if case is None:
        try:
            case = session.get(m.Case, uuid.UUID(text))
        except ValueError:
            case = None
    if case is None:
        raise NotFound(
            N_("no case with reference or id {ref_or_id} (list them with `hrdoc cases`)"), ref_or_id=repr(ref_or_id)
        )
    return case
