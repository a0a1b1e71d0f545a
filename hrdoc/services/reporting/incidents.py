"""The report's chronology and its incidents and allegations: who was harmed, who is alleged responsible, and
what corroborates each allegation.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table

from hrdoc.domain.enums import AllegationStatus, Involvement, LinkRelation, StandardOfProof, VictimStatus
from hrdoc.domain.marks import N_
from hrdoc.services.reporting.blocks import ReportBlocks, _best, inline
from hrdoc.services.reporting.by_source import FiguresBySource
from hrdoc.services.reporting.by_source import estimate_range as _range
from hrdoc.services.reporting.figures import Figures
from hrdoc.services.reporting.layout import FRAME_W
from hrdoc.services.reporting.locator import LocatorSection
from hrdoc.services.reporting.story import Part


def _actor_line(blocks: ReportBlocks, actor: dict[str, Any], involvement: str) -> str:
    """An alleged perpetrator: its name, what else it is called, whom it answers to, and its involvement."""
    about = []
    if actor.get("aliases"):
        about.append(blocks.say(N_("also known as {names}")).format(names=blocks.comma().join(actor["aliases"])))
    if actor.get("affiliation"):
        about.append(actor["affiliation"])
    about.append(
        blocks.say(N_("{involvement} involvement")).format(involvement=inline(blocks.words(involvement, Involvement)))
    )
    return f"{actor['name']} ({blocks.semicolon().join(about)})"


# A group of victims' counts by sex and age, in the order printed.
_SPLIT = (("women", N_("{number} women")), ("men", N_("{number} men")), ("children", N_("{number} children")))


def _victim_line(blocks: ReportBlocks, victim: dict[str, Any]) -> str:
    say = blocks.say
    status = inline(blocks.words(victim["status"], VictimStatus))
    described = f" — {victim['description']}" if victim.get("description") else ""
    if victim["kind"] == "individual":
        return say(N_("{name} (individual victim; {status})")).format(name=victim["label"], status=status) + described
    counts = _range(blocks, victim, "count")
    split = [
        say(words).format(number=blocks.number(victim[f"count_{k}"]))
        for k, words in _SPLIT
        if victim.get(f"count_{k}") is not None
    ]
    counted = blocks.fate(victim["status"], _best(victim, "count"), counts)
    text = (
        say(N_("{label}: {fate}")).format(label=victim["label"], fate=counted)
        if counts
        else f"{victim['label']} ({status})"
    )
    if split:
        text += f" ({blocks.comma().join(split)})"
    return text + described


class IncidentSections(Figures, FiguresBySource, LocatorSection):
    """Chronology, incidents, allegations and their corroboration."""

    def chronology(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(self.title("chronology"), 0)]
        incidents = self._incidents_in_order()
        if not incidents:
            return [*out, self.fixed(self.say(N_("No incidents are recorded for this audience.")), "Note")]
        numbers = [self.incident_numbers[inc["id"]] for inc in incidents]
        if numbers != sorted(numbers):
            out.append(
                self.fixed(
                    self.say(
                        N_("Incidents are listed by date; their numbers follow the order in which they were recorded.")
                    ),
                    "Small",
                )
            )
        out += self.gap_note("incidents", numbers)
        head = self.head_row(N_("No."), N_("Date"), N_("Incident"), N_("Place"))
        # A row per incident, made as the layout reaches it: a large case's chronology runs to hundreds of pages.
        rows = (self._chronology_row(inc) for inc in incidents)
        out.append(self.table_rows(head, rows, [12 * mm, 48 * mm, FRAME_W - 100 * mm, 40 * mm]))
        out += self.timeline_figure()
        return out

    def _chronology_row(self, inc: dict[str, Any]) -> list[Flowable]:
        when = self.user(self.incident_date(inc))
        if inc["date_as_reported"]:
            when += f'<br/><font size="7" color="#5b6470">{self.user(inc["date_as_reported"])}</font>'
        return [
            self.fixed(f"I{self.incident_numbers[inc['id']]}", "Cell"),
            self.fixed(when, "Cell"),
            self.p(inc["title"], "Cell"),
            self.ours(self.place(inc), "Cell"),
        ]

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
        out: list[Flowable] = [PageBreak(), self.heading(self.title("incidents"), 0), *self.locator_map()]
        if not self.data.incidents:
            out.append(self.fixed(self.say(N_("No incidents are recorded for this audience.")), "Note"))
        within: dict[str, list[int]] = {}
        for number in self.data.allegation_numbers.values():
            incident, _dot, k = number.partition(".")
            within.setdefault(incident, []).append(int(k))
        out += self.gap_note("incidents or allegations", self.incident_numbers.values(), *within.values())
        self.data.let_go_of_incidents()  # the whole lists' last reader: each part holds its own records
        return out

    def incident(self, inc: dict[str, Any]) -> list[Flowable]:
        """An incident's heading, facts and description, and the sources on it as a whole (not its allegations)."""
        n = self.incident_numbers[inc["id"]]
        heading = self.say(N_("Incident {number}: {title}")).format(number=n, title=inc["title"])
        out: list[Flowable] = [CondPageBreak(50 * mm), self.heading(heading, 1, user_text=True)]
        facts = [(N_("Date"), self.incident_date(inc))]
        if inc["date_as_reported"]:
            facts.append((N_("Date as reported"), inc["date_as_reported"]))
        if self.place(inc):
            facts.append((N_("Place"), self.place(inc)))
        if inc["event_type"]:
            kind = self.label(inc["event_type"], "event_type")
            if inc["event_subtype"]:
                kind += " — " + self.label(inc["event_subtype"], "event_type")
            facts.append((N_("Event type"), kind))
        if inc["civilian_targeting"] is not None:
            facts.append((N_("Civilians targeted"), self.say(N_("Yes") if inc["civilian_targeting"] else N_("No"))))
        out.append(self.facts_table(facts))
        if inc["description"]:
            out.append(self.p(inc["description"]))
        out += self.figures_by_source(self.data.figures_on(incident_id=inc["id"]), inc)  # and our estimate, apart
        if self.data.show_notes and inc.get("notes"):
            out.append(self.p(self.say(N_("Note: {text}")).format(text=inc["notes"]), "Note"))
        links = self.data.take_links_to(incident_id=inc["id"])
        if links:
            out.append(self.run_in(N_("Sources bearing on the incident as a whole")))
            out.append(self.corroboration(links))
        return out

    def allegation(self, allegation: dict[str, Any], number: str) -> list[Flowable]:
        data = self.data
        violation = self.label(allegation["violation_type"], "violation_type")
        heading = self.say(N_("Allegation {number}: {violation}")).format(number=number, violation=violation)
        out: list[Flowable] = [self.heading(heading, 2, user_text=True)]
        facts: list[tuple[str, str]] = [
            (N_("Violation"), violation),
            (N_("Assessment"), self.words(allegation["status"], AllegationStatus)),
            (N_("Standard of proof"), self.words(allegation["standard_of_proof"], StandardOfProof)),
        ]
        victims = []
        for av in data.take_victims_of(allegation["id"]):
            victims.append(_victim_line(self, data.victims[av["victim_id"]]))
        if victims:
            facts.append((N_("Victims"), "\n".join(victims)))
        perps = [
            _actor_line(self, data.actors[p["actor_id"]], p["involvement"])
            for p in data.take_perpetrators_of(allegation["id"])
        ]
        if perps:
            facts.append((N_("Alleged perpetrators"), "\n".join(perps)))
        out.append(self.facts_table(facts))
        if allegation["description"]:
            out.append(self.p(allegation["description"]))
        if allegation["reasoning"]:
            out.append(self.run_in(N_("Reasoning")))
            out.append(self.p(allegation["reasoning"]))
        out += self.figures_by_source(data.figures_on(allegation_id=allegation["id"]))  # its own (by_source.py)
        if data.show_notes and allegation.get("notes"):
            out.append(self.p(self.say(N_("Note: {text}")).format(text=allegation["notes"]), "Note"))
        links = data.take_links_to(allegation_id=allegation["id"])
        out.append(self.run_in(N_("Corroboration")))
        if links:
            out.append(self.corroboration(links))
        else:
            out.append(self.fixed(self.say(N_("No source or account linked for this audience.")), "Note"))
        return out

    def corroboration(self, links: list[dict[str, Any]]) -> Table:
        data = self.data
        rows: list[list[Any]] = [
            self.head_row(N_("Source or account"), N_("Grade"), N_("Relation"), N_("Excerpt"), N_("Locator"))
        ]
        order = {"supports": 0, "contradicts": 1, "context": 2}
        for lk in sorted(links, key=lambda x: order.get(x["relation"], 3)):
            if lk["source_id"]:
                src = data.source(lk["source_id"])
                item = f"<b>[{self.source_ref(src)}]</b> {self.user(src['title'])}"
                grade = self.grade(src)
            elif lk["account_id"]:
                view = data.account(lk["account_id"])
                assert view is not None
                item = f"<b>[A{view.number}]</b> " + self.say(N_("Account of {pseudonym}")).format(
                    pseudonym=self.user(view.witness["pseudonym"])
                )
                grade = "–"
            else:
                ev = data.evidence_item(lk["evidence_id"])
                item = f"<b>[E{data.evidence_numbers[ev['id']]}]</b> {self.user(ev['original_filename'])}"
                grade = "–"
            excerpt = self.p(self.quote(lk["excerpt"]) if lk["excerpt"] else "", "Cell")
            if lk["account_id"] and not lk["excerpt"]:
                excerpt = self.fixed("<i>" + self.say(N_("Not quoted (no consent to quote)")) + "</i>", "Cell")
            rows.append(
                [
                    self.fixed(item, "Cell"),
                    self.fixed(grade, "Cell"),
                    self.fixed(self.words(lk["relation"], LinkRelation), "Cell"),
                    excerpt,
                    self.p(lk["locator"], "Cell"),
                ]
            )
        return self.table(rows, [46 * mm, 17 * mm, 20 * mm, FRAME_W - 109 * mm, 26 * mm])
