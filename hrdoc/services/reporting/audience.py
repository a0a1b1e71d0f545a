"""Who a report is for, and what each audience may see: the redaction rules, applied before rendering.

:func:`redact` takes a case as :meth:`CaseService.export` gives it (identities masked) and returns only
what the audience may see. The renderer sees nothing else, so nothing withheld can reach the PDF.

What an audience may see is decided by the sharing policy (:mod:`hrdoc.services.sharing`): which records
(visibility, consent, the records they depend on: :func:`~hrdoc.services.sharing.records_shown`) and which of
their fields (the registry's sensitivities; of the case, also what its own visibility hides:
:func:`~hrdoc.services.sharing.case_fields`). This module only applies it to the case's sections; a field the
audience may not see is emptied before the renderer gets the record. docs/reports.md explains the rules for
users.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from hrdoc.domain import registry
from hrdoc.domain.marks import N_
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
    figures: list[dict[str, Any]] = field(default_factory=list)  # reported figures: who says how many of whom
    # Reference numbers of what is shown, counted over the whole case (numbering.py): I3, "3.2", S5, E1.
    incident_numbers: dict[str, int] = field(default_factory=dict)
    allegation_numbers: dict[str, str] = field(default_factory=dict)
    source_numbers: dict[str, int] = field(default_factory=dict)
    evidence_numbers: dict[str, int] = field(default_factory=dict)

    # Indexes of the lists above by the id they are looked up by, built once on first use (ReportData is
    # complete when redact returns it): the layout asks per incident, allegation or link, and a scan of a
    # whole list per question made a report's time grow with the square of its size.
    _index: _Index | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def _by(self) -> _Index:
        if self._index is None:
            self._index = _Index(self)
        return self._index

    # The renderer's parts hold the records they print, each until it is laid out (:mod:`.story`); once a list's
    # last reader is made, the renderer lets the list and its index go (``let_go_of_*``), and each part takes
    # what it looks up by id out of the index (``take_*``): a record is then freed as soon as it is laid out,
    # and the pages laid out reuse its memory.

    def let_go_of_incidents(self) -> None:
        """Incidents, allegations, links and the allegations' victims and perpetrators leave the lists and the
        indexes by incident (the incidents' and allegations' parts hold them): the section's opening calls this,
        the whole lists' last reader. The links stay indexed by what they bear on, each taken by its part."""
        by = self._by  # indexed now, while every link is here
        by.allegations, by.links_from_source = {}, {}
        self.incidents, self.allegations, self.links = [], [], []
        self.allegation_victims, self.perpetrators = [], []

    def let_go_of_accounts(self) -> None:
        """The accounts leave the list and the index (each account's part holds its own): once the section's
        opening is made, no part looks one up."""
        self._by.accounts = {}
        self.accounts = []

    def let_go_of_sources(self) -> None:
        """The sources leave the list and the index (each entry of Annex A holds its own), with their excerpts:
        the annex's opening comes after every part that looks one up."""
        by = self._by
        by.sources, by.excerpts = {}, {}
        self.sources = []

    def take_links_to(
        self, *, allegation_id: str | None = None, incident_id: str | None = None
    ) -> list[dict[str, Any]]:
        """:meth:`links_to`, taken out of the index: the part that prints them is their last reader."""
        if allegation_id is not None:
            return self._by.links_to_allegation.pop(allegation_id, [])
        return self._by.links_to_incident.pop(incident_id, [])

    def take_victims_of(self, allegation_id: str) -> list[dict[str, Any]]:
        """:meth:`victims_of`, taken out of the index (the allegation's part is their last reader)."""
        return self._by.victims.pop(allegation_id, [])

    def take_perpetrators_of(self, allegation_id: str) -> list[dict[str, Any]]:
        """:meth:`perpetrators_of`, taken out of the index (the allegation's part is their last reader)."""
        return self._by.perpetrators.pop(allegation_id, [])

    def figures_on(self, *, incident_id: str | None = None, allegation_id: str | None = None) -> list[dict[str, Any]]:
        """The reported figures on an incident or an allegation (not on the incident's allegations), in order."""
        if allegation_id is not None:
            return list(self._by.figures_on_allegation.get(allegation_id, ()))
        return list(self._by.figures_on_incident.get(incident_id, ()))

    def excerpts_from(self, source_id: str) -> list[str]:
        """The distinct excerpts of the links from the source, in the links' order (the claims quote them)."""
        return list(self._by.excerpts.get(source_id, ()))

    def bare(self) -> ReportData:
        """The case and the audience alone, without its records (what a report needs after its body)."""
        return ReportData(
            self.audience, self.case, {}, [], [], {}, [], {}, [], {}, [], [], [], [], show_notes=self.show_notes
        )

    def account(self, account_id: str) -> AccountView | None:
        return self._by.accounts.get(account_id)

    def source(self, source_id: str) -> dict[str, Any]:
        return self._by.sources[source_id]

    def evidence_item(self, evidence_id: str) -> dict[str, Any]:
        return self._by.evidence[evidence_id]

    def allegations_of(self, incident_id: str) -> list[dict[str, Any]]:
        return list(self._by.allegations.get(incident_id, ()))

    def links_to(self, *, allegation_id: str | None = None, incident_id: str | None = None) -> list[dict[str, Any]]:
        if allegation_id is not None:
            return list(self._by.links_to_allegation.get(allegation_id, ()))
        return list(self._by.links_to_incident.get(incident_id, ()))

    def links_from_source(self, source_id: str) -> list[dict[str, Any]]:
        return list(self._by.links_from_source.get(source_id, ()))

    def victims_of(self, allegation_id: str) -> list[dict[str, Any]]:
        """The allegation's victim entries (allegation_victims rows), in order."""
        return list(self._by.victims.get(allegation_id, ()))

    def perpetrators_of(self, allegation_id: str) -> list[dict[str, Any]]:
        return list(self._by.perpetrators.get(allegation_id, ()))


def _grouped(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    """``rows`` by their ``key`` column, each group in the order of ``rows``; rows without one are left out."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        if row[key] is not None:
            groups.setdefault(row[key], []).append(row)
    return groups


def _excerpts(links: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Per source, the distinct non-empty excerpts of the links from it, in the links' order."""
    out: dict[str, dict[str, None]] = {}
    for link in links:
        if link["source_id"] is not None and link["excerpt"]:
            out.setdefault(link["source_id"], {})[link["excerpt"]] = None
    return {source: list(excerpts) for source, excerpts in out.items()}


class _Index:
    """ReportData's lists by id, for lookups in constant time."""

    def __init__(self, data: ReportData) -> None:
        self.accounts: dict[str, AccountView] = {}
        for view in data.accounts:
            self.accounts.setdefault(view.record["id"], view)  # the first one, as a scan would find
        self.sources = {s["id"]: s for s in data.sources}
        self.evidence = {e["id"]: e for e in data.evidence}
        self.allegations = _grouped(data.allegations, "incident_id")
        self.links_to_allegation = _grouped(data.links, "allegation_id")
        self.links_to_incident = _grouped(data.links, "incident_id")
        self.links_from_source = _grouped(data.links, "source_id")
        self.excerpts = _excerpts(data.links)
        self.victims = _grouped(data.allegation_victims, "allegation_id")
        self.perpetrators = _grouped(data.perpetrators, "allegation_id")
        self.figures_on_incident = _grouped(data.figures, "incident_id")
        self.figures_on_allegation = _grouped(data.figures, "allegation_id")


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
    "reported_figures": Kind.FIGURE,
}


def _blank(value: Any) -> Any:
    if isinstance(value, str):
        return ""
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return None


def _strip(
    record: dict[str, Any], section: str, audience: Audience, *, words: bool = True, in_place: bool = False
) -> dict[str, Any]:
    """``record`` with only what the sharing policy lets ``audience`` see; every other field of it is emptied
    (kept as a key, so the layout code reads one shape of record) and its identity and consent dropped.
    ``in_place``: ``record`` itself is changed and returned (no copy: a large case's records are held once)."""
    kind = _SECTION_KINDS[section]
    if kind == Kind.CASE:  # what the case's own visibility hides from the audience is hidden too
        hidden = _declared(kind) - sharing.case_fields(record["visibility"], audience)
    else:
        hidden = _hidden(kind, audience, words)
    out = record if in_place else dict(record)
    for name in ("identity", "consent", "versions"):
        out.pop(name, None)
    for name in hidden:
        if name in out:
            out[name] = _blank(out[name])
    for name in sharing.position_fields(kind):  # a place's position only as precisely as the audience may see it
        if name in out and name not in hidden:
            out[name] = sharing.position_shown(kind, name, out[name], audience)
    return out


# Columns of every record that no report prints (the case it is in, its row's version, when and by whom it was
# made or changed, its visibility, already applied): left out of the report's records, which a large case holds
# by the tens of thousands (a dict of ten keys or fewer is also half the size of one of eleven to twenty-one).
_UNPRINTED = frozenset({"case_id", "version", "created_at", "updated_at", "created_by", "visibility"})


def _slim(record: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """``record`` without the columns no report prints (:data:`_UNPRINTED`), a new dict, its ids (``id`` and
    every ``*_id``) shared through ``ids``: an id printed nowhere but looked up by is then held once, however
    many records refer to it. Only columns are dropped: what the audience may see was decided before."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in _UNPRINTED:
            continue
        if isinstance(value, str) and (key == "id" or key.endswith("_id")):
            value = ids.setdefault(value, value)
        out[key] = value
    return out


def _unlinked(record: dict[str, Any], section: str, shown: dict[str, dict[uuid.UUID, bool]]) -> dict[str, Any]:
    """``record`` (changed in place and returned) without its references to records that do not go, as the
    sharing policy empties them (:func:`~hrdoc.services.sharing.without_withheld`: an incident's withheld place,
    a working copy's withheld original, an evidence file filed under a withheld record): even an id tells that a
    withheld record exists."""
    record.update(sharing.without_withheld(_SECTION_KINDS[section], record, shown))
    return record


@functools.cache
def _declared(kind: Kind) -> frozenset[str]:
    return frozenset(f.name for f in registry.kind(kind).fields)


@functools.cache
def _hidden(kind: Kind, audience: Audience, words: bool) -> frozenset[str]:
    """The fields of a record of ``kind`` that ``audience`` may not see (nor a witness's words, unless
    ``words``); other keys of a record are not the registry's fields, and stay."""
    allowed = sharing.fields(kind, audience)
    if not words:
        allowed = allowed - sharing.quoted_words(kind)
    return _declared(kind) - allowed


def _account_view(
    acc: dict[str, Any],
    witness: dict[str, Any],
    consent: dict[str, Any],
    audience: Audience,
    numbering: Numbering,
    shown: dict[str, dict[uuid.UUID, bool]],
    *,
    show_words: bool,
    in_place: bool = False,
    ids: dict[str, str] | None = None,
) -> AccountView:
    """An account as ``audience`` sees it, its witness's words in it or not (as the sharing policy decided);
    its record without the columns no report prints, its ids shared through ``ids`` (:func:`_slim`)."""
    current = _current(acc)
    reason = ""
    if not show_words:
        reason = (  # English, marked for the catalogue: the report prints it in its language
            N_("the witness has not consented to be quoted")
            if not consent.get("to_be_quoted")
            else N_("this version of the account is not marked quotable")
        )
    return AccountView(
        record=_slim(_unlinked(_strip(acc, "accounts", audience, in_place=in_place), "accounts", shown), ids or {}),
        witness=witness,
        version=_strip(current, "version", audience, words=show_words),
        number=numbering.accounts[acc["id"]],
        show_words=show_words,
        withheld_reason=reason,
    )


def _id(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def shown_in(data: CaseExport, audience: Audience) -> dict[str, dict[uuid.UUID, bool]]:
    """Which records of ``data`` go to ``audience``, as the sharing policy decides
    (:func:`~hrdoc.services.sharing.records_shown`): kind → {record id → whether a witness's words in it go}."""
    listed: dict[str, dict[uuid.UUID, sharing.Listed]] = {}
    for section, kind in _SECTION_KINDS.items():
        if section in ("case", "version"):
            continue
        refs = [f.name for f in registry.kind(kind).fields if f.ref is not None]
        rows = data[cast("SectionName", section)]
        listed[kind] = {
            uuid.UUID(r["id"]): sharing.Listed(r["visibility"], {name: _id(r[name]) for name in refs}) for r in rows
        }
    case = data["case"]
    listed[Kind.CASE] = {uuid.UUID(case["id"]): sharing.Listed(case["visibility"])}
    consents = {w["id"]: dict(w.get("consent") or {}) for w in data["witnesses"]}
    accounts = {}
    for acc in data["accounts"]:
        consent = consents.get(acc["witness_id"], {})
        accounts[uuid.UUID(acc["id"])] = sharing.AccountConsent(
            uuid.UUID(acc["witness_id"]),
            shared=consent.get("share_with_partners"),
            quoted=consent.get("to_be_quoted"),
            quotable=_current(acc).get("quotable"),
        )
    return sharing.records_shown(audience, listed, accounts)


def redact(data: CaseExport, audience: Audience, *, numbering: Numbering, consume: bool = False) -> ReportData:
    """What ``audience`` may see of a case (``data`` as :meth:`CaseService.export` returns it, masked).

    ``consume``: the records of ``data`` become the report's, emptied of what the audience may not see,
    rather than copies of them (``data`` is not to be used again): a large case is then held once, not twice.

    ``numbering`` numbers the whole case (:func:`~hrdoc.services.reporting.numbering.read_numbering`), not
    just ``data``, which may hold only what the audience may see: references are then the same in every
    audience's report, with gaps where entries are withheld.
    """

    def taken(section: SectionName) -> Iterator[dict[str, Any]]:
        """The section's records in order; when consuming, each is let go of by ``data`` as it is taken."""
        rows = data[section]
        if not consume:
            yield from rows
            return
        data[section] = []
        rows.reverse()
        while rows:
            yield rows.pop()

    shown = shown_in(data, audience)
    return redacted(data["case"], taken, audience, shown=shown, numbering=numbering, in_place=consume)


def redacted(
    case: dict[str, Any],
    rows: Callable[[SectionName], Iterable[dict[str, Any]]],
    audience: Audience,
    *,
    shown: dict[str, dict[uuid.UUID, bool]],
    numbering: Numbering,
    in_place: bool = False,
) -> ReportData:
    """:func:`redact`, of the case's records as ``rows`` gives them, a section at a time (in the order of the
    case's export), and of what goes to ``audience`` as :func:`shown_in` decided it: each record is made what the
    audience may see of it as it comes, so that a section need never be held whole as it was read (``in_place``:
    the records given may be changed)."""
    ids: dict[str, str] = {}  # each id string once (_slim)

    def kept(section: SectionName, records: Iterable[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        """The section's records that go, each with only what the audience may see of it (a link without the
        excerpt of an account whose words do not go: an excerpt of an account is a quotation of it), and
        without the columns no report prints (:func:`_slim`)."""
        going = shown[_SECTION_KINDS[section]]
        return [
            _slim(_unlinked(_strip(r, section, audience, words=going[rid], in_place=in_place), section, shown), ids)
            for r in (rows(section) if records is None else records)
            if (rid := uuid.UUID(r["id"])) in going
        ]

    locations = {r["id"]: r for r in kept("locations")}
    incidents = kept("incidents")
    witness_rows = list(rows("witnesses"))
    consents = {w["id"]: dict(w.get("consent") or {}) for w in witness_rows}
    witnesses = {r["id"]: r for r in kept("witnesses", witness_rows)}
    del witness_rows
    account_words = shown[Kind.ACCOUNT]
    accounts = [
        _account_view(
            acc,
            witnesses[acc["witness_id"]],
            consents[acc["witness_id"]],
            audience,
            numbering,
            shown,
            show_words=account_words[uuid.UUID(acc["id"])],
            in_place=in_place,
            ids=ids,
        )
        for acc in rows("accounts")
        if uuid.UUID(acc["id"]) in account_words
    ]
    allegations = kept("allegations")
    sources = kept("sources")
    evidence = kept("evidence_files")

    report = ReportData(
        audience=audience,
        case=_strip(case, "case", audience),
        locations=locations,
        incidents=incidents,
        allegations=allegations,
        actors={r["id"]: r for r in kept("actors")},
        perpetrators=kept("allegation_perpetrators"),
        victims={r["id"]: r for r in kept("victims")},
        allegation_victims=kept("allegation_victims"),
        witnesses=witnesses,
        accounts=accounts,
        sources=sources,
        evidence=evidence,
        links=kept("links"),
        show_notes=audience is Audience.INTERNAL,
        figures=kept("reported_figures"),
    )
    # In creation order, as ``data`` is, so a record the numbering missed (the case changed meanwhile) is
    # numbered after all others, in order.
    report.incident_numbers = {i["id"]: numbering.incidents[i["id"]] for i in incidents}
    report.allegation_numbers = {a["id"]: numbering.allegation(a) for a in allegations}
    report.source_numbers = {s["id"]: numbering.sources[s["id"]] for s in sources}
    report.evidence_numbers = {e["id"]: numbering.evidence[e["id"]] for e in evidence}
    return report
