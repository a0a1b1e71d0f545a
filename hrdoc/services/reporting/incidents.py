"""The report's chronology and its incidents and allegations: who was harmed, who is alleged responsible, and
what corroborates each allegation.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from hrdoc.domain.enums import AllegationStatus, Involvement, LinkRelation, StandardOfProof, VictimStatus
from hrdoc.services.reporting.blocks import SECTION_TITLES, inline, words
from hrdoc.services.reporting.figures import Figures
from hrdoc.services.reporting.fonts import markup
from hrdoc.services.reporting.layout import FRAME_W
from hrdoc.services.reporting.story import Part


def _range(record: dict[str, Any], prefix: str) -> str:
    low, best, high = (record.get(f"{prefix}_{s}") for s in ("low", "best", "high"))
    if best is None and low is None and high is None:
        return ""
    main = best if best is not None else (low if low is not None else high)
    extra = [f"low {low}" for _ in [0] if low is not None and low != main]
    extra += [f"high {high}" for _ in [0] if high is not None and high != main]
    return f"{main}" + (f" ({', '.join(extra)})" if extra else "")


def _actor_line(actor: dict[str, Any], involvement: str) -> str:
    """An alleged perpetrator: its name, what else it is called, whom it answers to, and its involvement."""
    about = []
    if actor.get("aliases"):
        about.append("also known as " + ", ".join(actor["aliases"]))
    if actor.get("affiliation"):
        about.append(actor["affiliation"])
    about.append(f"{inline(words(involvement, Involvement))} involvement")
    return f"{actor['name']} ({'; '.join(about)})"


def _victim_line(victim: dict[str, Any]) -> str:
    status = inline(words(victim["status"], VictimStatus))
    described = f" — {victim['description']}" if victim.get("description") else ""
    if victim["kind"] == "individual":
        return f"{victim['label']} (individual victim; {status}){described}"
    counts = _range(victim, "count")
    split = [
        f"{victim[f'count_{k}']} {k}" for k in ("women", "men", "children") if victim.get(f"count_{k}") is not None
    ]
    text = f"{victim['label']}: {counts} {status}" if counts else f"{victim['label']} ({status})"
    if split:
        text += f" ({', '.join(split)})"
    return text + described


class IncidentSections(Figures):
    """Chronology, incidents, allegations and their corroboration."""

    def chronology(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["chronology"], 0)]
        incidents = self._incidents_in_order()
        if not incidents:
            return [*out, self.fixed("No incidents are recorded for this audience.", "Note")]
        numbers = [self.incident_numbers[inc["id"]] for inc in incidents]
        if numbers != sorted(numbers):
            out.append(
                self.fixed(
                    "Incidents are listed by date; their numbers follow the order in which they were recorded.",
                    "Small",
                )
            )
        out += self.gap_note("incidents", numbers)
        rows: list[list[Any]] = [self.head_row("No.", "Date", "Incident", "Place")]
        for inc in incidents:
            when = markup(self.incident_date(inc))
            if inc["date_as_reported"]:
                when += f'<br/><font size="7" color="#5b6470">{markup(inc["date_as_reported"])}</font>'
            rows.append(
                [
                    self.fixed(f"I{self.incident_numbers[inc['id']]}", "Cell"),
                    self.fixed(when, "Cell"),
                    self.p(inc["title"], "Cell"),
                    self.p(self.place(inc), "Cell"),
                ]
            )
        out.append(self.table(rows, [12 * mm, 48 * mm, FRAME_W - 100 * mm, 40 * mm]))
        timeline = self.timeline()
        if timeline is not None:
            out += [
                Spacer(1, 8),
                KeepTogether([timeline, self.fixed("Figure 2. Timeline of incidents with a known date.", "Figure")]),
            ]
        return out

    def incident_parts(self) -> list[Part]:
        """The incidents and allegations section in parts, made as the layout reaches them (:mod:`.story`): its
        opening, then each incident followed by each of its allegations."""
        parts: list[Part] = [self.incidents_opening]
        for inc in self._incidents_in_order():
            parts.append(functools.partial(self.incident, inc))
            parts += [
                functools.partial(self.allegation, allegation, self.data.allegation_numbers[allegation["id"]])
                for allegation in self.data.allegations_of(inc["id"])
            ]
        return parts

    def incidents_opening(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), self.heading(SECTION_TITLES["incidents"], 0)]
        if not self.data.incidents:
            out.append(self.fixed("No incidents are recorded for this audience.", "Note"))
        within: dict[str, list[int]] = {}
        for number in self.data.allegation_numbers.values():
            incident, _dot, k = number.partition(".")
            within.setdefault(incident, []).append(int(k))
        out += self.gap_note("incidents or allegations", self.incident_numbers.values(), *within.values())
        return out

    def incident(self, inc: dict[str, Any]) -> list[Flowable]:
        """An incident's heading, facts and description, and the sources on it as a whole (not its allegations)."""
        n = self.incident_numbers[inc["id"]]
        out: list[Flowable] = [CondPageBreak(50 * mm), self.heading(f"Incident {n}: {inc['title']}", 1, user_text=True)]
        facts = [("Date", self.incident_date(inc))]
        if inc["date_as_reported"]:
            facts.append(("Date as reported", inc["date_as_reported"]))
        if self.place(inc):
            facts.append(("Place", self.place(inc)))
        if inc["event_type"]:
            kind = self.label(inc["event_type"], "event_type")
            if inc["event_subtype"]:
                kind += " — " + self.label(inc["event_subtype"], "event_type")
            facts.append(("Event type", kind))
        fat = _range(inc, "fatalities")
        if fat:
            facts.append(("Reported fatalities", fat))
        if inc["civilian_targeting"] is not None:
            facts.append(("Civilians targeted", "Yes" if inc["civilian_targeting"] else "No"))
        out.append(self.facts_table(facts))
        if inc["description"]:
            out.append(self.p(inc["description"]))
        if self.data.show_notes and inc.get("notes"):
            out.append(self.p("Note: " + inc["notes"], "Note"))
        links = self.data.links_to(incident_id=inc["id"])
        if links:
            out.append(self.fixed("<b>Sources bearing on the incident as a whole</b>", "Small"))
            out.append(self.corroboration(links))
        return out

    def allegation(self, allegation: dict[str, Any], number: str) -> list[Flowable]:
        data = self.data
        violation = self.label(allegation["violation_type"], "violation_type")
        out: list[Flowable] = [self.heading(f"Allegation {number}: {violation}", 2, user_text=True)]
        facts: list[tuple[str, str]] = [
            ("Violation", violation),
            ("Assessment", words(allegation["status"], AllegationStatus)),
            ("Standard of proof", words(allegation["standard_of_proof"], StandardOfProof)),
        ]
        victims = []
        for av in data.victims_of(allegation["id"]):
            victims.append(_victim_line(data.victims[av["victim_id"]]))
        if victims:
            facts.append(("Victims", "\n".join(victims)))
        perps = [
            _actor_line(data.actors[p["actor_id"]], p["involvement"]) for p in data.perpetrators_of(allegation["id"])
        ]
        if perps:
            facts.append(("Alleged perpetrators", "\n".join(perps)))
        out.append(self.facts_table(facts))
        if allegation["description"]:
            out.append(self.p(allegation["description"]))
        if allegation["reasoning"]:
            out.append(self.fixed("<b>Reasoning</b>", "Small"))
            out.append(self.p(allegation["reasoning"]))
        if data.show_notes and allegation.get("notes"):
            out.append(self.p("Note: " + allegation["notes"], "Note"))
        links = data.links_to(allegation_id=allegation["id"])
        out.append(self.fixed("<b>Corroboration</b>", "Small"))
        if links:
            out.append(self.corroboration(links))
        else:
            out.append(self.fixed("No source or account linked for this audience.", "Note"))
        return out

    def corroboration(self, links: list[dict[str, Any]]) -> Table:
        data = self.data
        rows: list[list[Any]] = [self.head_row("Source or account", "Grade", "Relation", "Excerpt", "Locator")]
        order = {"supports": 0, "contradicts": 1, "context": 2}
        for lk in sorted(links, key=lambda x: order.get(x["relation"], 3)):
            if lk["source_id"]:
                src = data.source(lk["source_id"])
                item = f"<b>[{self.source_ref(src)}]</b> {markup(src['title'])}"
                grade = self.grade(src)
            elif lk["account_id"]:
                view = data.account(lk["account_id"])
                assert view is not None
                item = f"<b>[A{view.number}]</b> Account of {markup(view.witness['pseudonym'])}"
                grade = "–"
            else:
                ev = data.evidence_item(lk["evidence_id"])
                item = f"<b>[E{data.evidence_numbers[ev['id']]}]</b> {markup(ev['original_filename'])}"
                grade = "–"
            excerpt = self.p(f"“{lk['excerpt']}”" if lk["excerpt"] else "", "Cell")
            if lk["account_id"] and not lk["excerpt"]:
                excerpt = self.fixed("<i>Not quoted (no consent to quote)</i>", "Cell")
            rows.append(
                [
                    self.fixed(item, "Cell"),
                    self.fixed(grade, "Cell"),
                    self.fixed(words(lk["relation"], LinkRelation), "Cell"),
                    excerpt,
                    self.p(lk["locator"], "Cell"),
                ]
            )
        return self.table(rows, [48 * mm, 13 * mm, 20 * mm, FRAME_W - 103 * mm, 22 * mm])
