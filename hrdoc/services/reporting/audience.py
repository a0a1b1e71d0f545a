"""Who a report is for, and what each audience may see: the redaction rules, applied before rendering.

:func:`redact` takes a case as :meth:`CaseService.export` gives it (identities masked) and returns only
what the audience may see. The renderer sees nothing else, so nothing withheld can reach the PDF.

Rules (docs/reports.md explains them for users):

* ``public``: only records whose visibility is ``public``; a link only if its record at each end is shown.
  Witnesses appear by pseudonym; an account appears only if its witness agreed to sharing beyond the team
  (``share_with_partners``), and its words (narrative, key quotes, excerpts linked from it) only if the
  witness consented to be quoted and the current version is marked quotable.
* ``partners``: ``public`` and ``restricted`` records; an account only where the witness consented to
  sharing with partners.
* ``internal``: every record, including working notes.

In every audience, protected identities (legal names, contacts, residences of witnesses and individual
victims) are left out entirely: reports never carry them in this version. Interviewers, interview places,
where evidence was obtained from, consent details and working notes appear only in ``internal`` reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from hrdoc.domain.enums import Visibility
from hrdoc.services.reporting.numbering import Numbering


class Audience(StrEnum):
    PUBLIC = "public"
    PARTNERS = "partners"
    INTERNAL = "internal"

    @property
    def label(self) -> str:
        return {"public": "Public", "partners": "Partners (restricted)", "internal": "Internal (confidential)"}[
            self.value
        ]

    @property
    def banner(self) -> str | None:
        """The classification printed on every page, or None for a public report."""
        return {"public": None, "partners": "RESTRICTED — PARTNERS", "internal": "CONFIDENTIAL — INTERNAL"}[self.value]

    def may_see(self, visibility: str) -> bool:
        allowed = {
            Audience.PUBLIC: {Visibility.PUBLIC},
            Audience.PARTNERS: {Visibility.PUBLIC, Visibility.RESTRICTED},
            Audience.INTERNAL: {Visibility.PUBLIC, Visibility.RESTRICTED, Visibility.CONFIDENTIAL},
        }[self]
        return visibility in allowed


# Fields that only an internal report shows, per section; identities are dropped for every audience.
_INTERNAL_ONLY = {
    "account_version": ("interviewer", "interview_place", "translator", "correction_note", "created_by"),
    "evidence_files": ("acquired_from",),
}


@dataclass
class AccountView:
    record: dict[str, Any]
    witness: dict[str, Any]
    version: dict[str, Any]
    number: int  # A1, A2…: the same in every audience's report (see numbering.py)
    show_words: bool  # narrative, key quotes and excerpts may be quoted
    withheld_reason: str = ""


@dataclass
class ReportData:
    """The part of a case one audience may see. Built by :func:`redact`; the renderer reads only this."""

    audience: Audience
    case: dict[str, Any]
    locations: dict[str, dict[str, Any]]
    incidents: list[dict[str, Any]]
    allegations: list[dict[str, Any]]
    actors: dict[str, dict[str, Any]]
    perpetrators: list[dict[str, Any]]
    victims: dict[str, dict[str, Any]]
    allegation_victims: list[dict[str, Any]]
    witnesses: dict[str, dict[str, Any]]
    accounts: list[AccountView]
    sources: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    links: list[dict[str, Any]]
    show_notes: bool
    # Reference numbers of what is shown, counted over the whole case (numbering.py): I3, "3.2", S5, E1.
    incident_numbers: dict[str, int] = field(default_factory=dict)
    allegation_numbers: dict[str, str] = field(default_factory=dict)
    source_numbers: dict[str, int] = field(default_factory=dict)
    evidence_numbers: dict[str, int] = field(default_factory=dict)

    def account(self, account_id: str) -> AccountView | None:
        return next((a for a in self.accounts if a.record["id"] == account_id), None)

    def allegations_of(self, incident_id: str) -> list[dict[str, Any]]:
        return [a for a in self.allegations if a["incident_id"] == incident_id]

    def links_to(self, *, allegation_id: str | None = None, incident_id: str | None = None) -> list[dict[str, Any]]:
        if allegation_id is not None:
            return [lk for lk in self.links if lk["allegation_id"] == allegation_id]
        return [lk for lk in self.links if lk["incident_id"] == incident_id]


def _current(account: dict[str, Any]) -> dict[str, Any]:
    versions = account.get("versions") or []
    current = [v for v in versions if v["version"] == account["current_version"]]
    return dict(current[0] if current else (versions[-1] if versions else {}))


def _strip(record: dict[str, Any], keep_notes: bool, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    out = {k: v for k, v in record.items() if k not in ("identity", "consent", *extra)}
    if not keep_notes:
        out["notes"] = ""
    return out


def redact(data: dict[str, Any], audience: Audience, *, numbering: Numbering) -> ReportData:
    """What ``audience`` may see of a case (``data`` as :meth:`CaseService.export` returns it, masked).

    ``numbering`` numbers the whole case (:func:`~hrdoc.services.reporting.numbering.read_numbering`), not
    just ``data``, which may hold only what the audience may see: references are then the same in every
    audience's report, with gaps where entries are withheld.
    """
    internal = audience is Audience.INTERNAL
    see = audience.may_see

    def visible(section: str) -> list[dict[str, Any]]:
        return [_strip(r, internal) for r in data[section] if see(r["visibility"])]

    locations = {r["id"]: r for r in visible("locations")}
    incidents = visible("incidents")
    incident_ids = {i["id"] for i in incidents}
    for inc in incidents:
        if inc["location_id"] not in locations:
            inc["location_id"] = None
    allegations = [a for a in visible("allegations") if a["incident_id"] in incident_ids]
    allegation_ids = {a["id"] for a in allegations}
    actors = {r["id"]: r for r in visible("actors")}
    perpetrators = [
        p
        for p in visible("allegation_perpetrators")
        if p["allegation_id"] in allegation_ids and p["actor_id"] in actors
    ]
    victims = {r["id"]: r for r in visible("victims")}
    allegation_victims = [
        av
        for av in visible("allegation_victims")
        if av["allegation_id"] in allegation_ids and av["victim_id"] in victims
    ]

    witnesses: dict[str, dict[str, Any]] = {}
    consents: dict[str, dict[str, Any]] = {}
    for w in data["witnesses"]:
        if see(w["visibility"]):
            consents[w["id"]] = dict(w.get("consent") or {})
            witnesses[w["id"]] = _strip(w, internal)
    accounts: list[AccountView] = []
    for acc in data["accounts"]:
        witness = witnesses.get(acc["witness_id"])
        if witness is None or not see(acc["visibility"]):
            continue
        consent = consents[acc["witness_id"]]
        if not internal and not consent.get("share_with_partners"):
            continue  # the witness did not agree to their account going beyond the team
        version = _current(acc)
        for key in _INTERNAL_ONLY["account_version"]:
            if not internal:
                version.pop(key, None)
        show_words, reason = True, ""
        if audience is Audience.PUBLIC and not (consent.get("to_be_quoted") and version.get("quotable")):
            show_words = False
            reason = (
                "the witness has not consented to be quoted"
                if not consent.get("to_be_quoted")
                else "this version of the account is not marked quotable"
            )
        if not show_words:
            version["narrative"] = ""
            version["key_quotes"] = []
        accounts.append(
            AccountView(
                record=_strip(acc, internal, ("versions",)),
                witness=witness,
                version=version,
                number=numbering.accounts[acc["id"]],
                show_words=show_words,
                withheld_reason=reason,
            )
        )
    # Only witnesses with an account shown (or, internally, all visible witnesses) are listed.
    if not internal:
        shown = {a.record["witness_id"] for a in accounts}
        witnesses = {k: v for k, v in witnesses.items() if k in shown}
    account_ids = {a.record["id"]: a for a in accounts}

    sources = visible("sources")
    source_ids = {s["id"] for s in sources}
    evidence = [
        _strip(e, internal, () if internal else _INTERNAL_ONLY["evidence_files"]) for e in visible("evidence_files")
    ]
    evidence_ids = {e["id"] for e in evidence}

    links: list[dict[str, Any]] = []
    for lk in visible("links"):
        if lk["source_id"] is not None and lk["source_id"] not in source_ids:
            continue
        if lk["evidence_id"] is not None and lk["evidence_id"] not in evidence_ids:
            continue
        if lk["account_id"] is not None:
            view = account_ids.get(lk["account_id"])
            if view is None:
                continue
            if not view.show_words:
                lk["excerpt"] = ""  # an excerpt of an account is a quotation of it
        if lk["allegation_id"] is not None and lk["allegation_id"] not in allegation_ids:
            continue
        if lk["incident_id"] is not None and lk["incident_id"] not in incident_ids:
            continue
        links.append(lk)

    report = ReportData(
        audience=audience,
        case=_strip(data["case"], internal),
        locations=locations,
        incidents=incidents,
        allegations=allegations,
        actors=actors,
        perpetrators=perpetrators,
        victims=victims,
        allegation_victims=allegation_victims,
        witnesses=witnesses,
        accounts=accounts,
        sources=sources,
        evidence=evidence,
        links=links,
        show_notes=internal,
    )
    # In creation order, as ``data`` is, so a record the numbering missed (the case changed meanwhile) is
    # numbered after all others, in order.
    report.incident_numbers = {i["id"]: numbering.incidents[i["id"]] for i in incidents}
    report.allegation_numbers = {a["id"]: numbering.allegation(a) for a in allegations}
    report.source_numbers = {s["id"]: numbering.sources[s["id"]] for s in sources}
    report.evidence_numbers = {e["id"]: numbering.evidence[e["id"]] for e in evidence}
    return report
