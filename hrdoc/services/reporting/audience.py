"""Who a report is for, and what each audience may see: the redaction rules, applied before rendering.

:func:`redact` takes a case as :meth:`CaseService.export` gives it (identities masked) and returns only
what the audience may see. The renderer sees nothing else, so nothing withheld can reach the PDF.

What an audience may see is decided by the sharing policy (:mod:`hrdoc.services.sharing`): which records
(visibility, consent, the records they depend on) and which of their fields (the registry's sensitivities).
This module only applies it to the case's sections; a field the audience may not see is emptied before the
renderer gets the record. docs/reports.md explains the rules for users.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hrdoc.domain import registry
from hrdoc.domain.registry import Kind
from hrdoc.services import sharing
from hrdoc.services.reporting.numbering import Numbering
from hrdoc.services.sharing import Audience as Audience

if TYPE_CHECKING:
    from hrdoc.services.cases import CaseExport, SectionName


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


# The case's sections (as CaseService.export names them) and the kinds of record in them.
_SECTION_KINDS = {
    "case": Kind.CASE,
    "locations": Kind.LOCATION,
    "incidents": Kind.INCIDENT,
    "allegations": Kind.ALLEGATION,
    "actors": Kind.ACTOR,
    "allegation_perpetrators": Kind.PERPETRATOR,
    "victims": Kind.VICTIM,
    "allegation_victims": Kind.ALLEGATION_VICTIM,
    "witnesses": Kind.WITNESS,
    "accounts": Kind.ACCOUNT,
    "sources": Kind.SOURCE,
    "evidence_files": Kind.EVIDENCE,
    "links": Kind.LINK,
    "version": Kind.ACCOUNT_VERSION,
}


def _blank(value: Any) -> Any:
    if isinstance(value, str):
        return ""
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return None


def _strip(record: dict[str, Any], section: str, audience: Audience, *, words: bool = True) -> dict[str, Any]:
    """``record`` with only what the sharing policy lets ``audience`` see; every other field of it is emptied
    (kept as a key, so the layout code reads one shape of record) and its identity and consent dropped."""
    kind = _SECTION_KINDS[section]
    allowed = sharing.fields(kind, audience)
    if not words:
        allowed = allowed - sharing.quoted_words(kind)
    declared = {f.name for f in registry.kind(kind).fields}
    return {
        k: (v if k in allowed or k not in declared else _blank(v))
        for k, v in record.items()
        if k not in ("identity", "consent", "versions")
    }


def _account_view(
    acc: dict[str, Any], witness: dict[str, Any], consent: dict[str, Any], audience: Audience, numbering: Numbering
) -> AccountView | None:
    """An account as ``audience`` sees it under the witness's consent; None if it does not go to them at all."""
    current = _current(acc)
    rule = sharing.account_rule(
        audience,
        shared=consent.get("share_with_partners"),
        quoted=consent.get("to_be_quoted"),
        quotable=current.get("quotable"),
    )
    if rule is None:
        return None  # the witness did not agree to their account going beyond the team
    show_words, reason = rule, ""
    if not show_words:
        reason = (
            "the witness has not consented to be quoted"
            if not consent.get("to_be_quoted")
            else "this version of the account is not marked quotable"
        )
    version = _strip(current, "version", audience, words=show_words)
    return AccountView(
        record=_strip(acc, "accounts", audience),
        witness=witness,
        version=version,
        number=numbering.accounts[acc["id"]],
        show_words=show_words,
        withheld_reason=reason,
    )


def _link_shown(
    lk: dict[str, Any],
    source_ids: set[Any],
    evidence_ids: set[Any],
    account_ids: dict[Any, AccountView],
    allegation_ids: set[Any],
    incident_ids: set[Any],
) -> bool:
    """Does the link go (everything it joins is shown)? An account's excerpt is blanked where its words are not."""
    if lk["source_id"] is not None and lk["source_id"] not in source_ids:
        return False
    if lk["evidence_id"] is not None and lk["evidence_id"] not in evidence_ids:
        return False
    if lk["account_id"] is not None:
        view = account_ids.get(lk["account_id"])
        if view is None:
            return False
        if not view.show_words:
            lk["excerpt"] = ""  # an excerpt of an account is a quotation of it
    if lk["allegation_id"] is not None and lk["allegation_id"] not in allegation_ids:
        return False
    return not (lk["incident_id"] is not None and lk["incident_id"] not in incident_ids)


def redact(data: CaseExport, audience: Audience, *, numbering: Numbering) -> ReportData:
    """What ``audience`` may see of a case (``data`` as :meth:`CaseService.export` returns it, masked).

    ``numbering`` numbers the whole case (:func:`~hrdoc.services.reporting.numbering.read_numbering`), not
    just ``data``, which may hold only what the audience may see: references are then the same in every
    audience's report, with gaps where entries are withheld.
    """
    internal = audience is Audience.INTERNAL
    see = audience.may_see

    def visible(section: SectionName) -> list[dict[str, Any]]:
        return [_strip(r, section, audience) for r in data[section] if see(r["visibility"])]

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
            witnesses[w["id"]] = _strip(w, "witnesses", audience)
    accounts: list[AccountView] = []
    for acc in data["accounts"]:
        witness = witnesses.get(acc["witness_id"])
        if witness is None or not see(acc["visibility"]):
            continue
        view = _account_view(acc, witness, consents[acc["witness_id"]], audience, numbering)
        if view is not None:
            accounts.append(view)
    # Only witnesses with an account shown (or, internally, all visible witnesses) are listed.
    if not internal:
        shown = {a.record["witness_id"] for a in accounts}
        witnesses = {k: v for k, v in witnesses.items() if k in shown}
    account_ids = {a.record["id"]: a for a in accounts}

    sources = visible("sources")
    source_ids = {s["id"] for s in sources}
    evidence = visible("evidence_files")
    evidence_ids = {e["id"] for e in evidence}

    links: list[dict[str, Any]] = []
    for lk in visible("links"):
        if _link_shown(lk, source_ids, evidence_ids, account_ids, allegation_ids, incident_ids):
            links.append(lk)

    report = ReportData(
        audience=audience,
        case=_strip(data["case"], "case", audience),
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
