"""The report's annexes (sources with their grades, evidence with its hashes) and its methodology."""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from hrdoc.domain.enums import InformationCredibility, SourceKind, SourceReliability, Stance
from hrdoc.domain.marks import N_
from hrdoc.services.reporting.audience import Audience
from hrdoc.services.reporting.blocks import ReportBlocks, inline
from hrdoc.services.reporting.fonts import markup
from hrdoc.services.reporting.layout import FRAME_W
from hrdoc.services.reporting.story import Part


def _meaning(blocks: ReportBlocks, grade: str, scale: type[StrEnum]) -> str:
    """What a grade of the Admiralty scale means ("usually reliable"), as its enum words it after the grade."""
    return blocks.words(grade, scale).partition(" — ")[2]


def _hash_lines(sha256: str) -> str:
    return "<br/>".join(markup(sha256[i : i + 32]) for i in range(0, len(sha256), 32))


class AnnexSections(ReportBlocks):
    """Annex A (sources), Annex B (evidence) and the methodology."""

    def source_parts(self) -> list[Part]:
        """Annex A in parts (:mod:`.story`): its opening, then each source."""
        return [self.sources_opening, *(functools.partial(self.source_entry, src) for src in self.data.sources)]

    def sources_opening(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [PageBreak(), self.heading(self.title("sources"), 0)]
        cited = bool(data.sources)
        data.let_go_of_sources()  # the last reader of the whole list: each entry's part holds its own source
        if not cited:
            return [*out, self.fixed(self.say(N_("No sources are cited for this audience.")), "Note")]
        out.append(
            self.fixed(
                self.say(
                    N_(
                        "Grades follow the Admiralty scale: a letter for the source's reliability (A–F) and a digit "
                        "for the information's credibility (1–6)."
                    )
                ),
                "Small",
            )
        )
        out += self.gap_note("sources", data.source_numbers.values())
        return out

    def source_entry(self, src: dict[str, Any]) -> list[Flowable]:
        """One source of Annex A: its reference, with what it is, its stance and its grade."""
        parts = []
        if src["author"]:
            parts.append(self.user(src["author"]) + ".")
        parts.append(f"<i>{self.user(src['title'])}</i>.")
        pub = self.comma().join(x for x in (self.user(src["publisher"]), self.date(src["publication_date"])) if x)
        if pub:
            parts.append(pub + ".")
        if src["url"]:
            parts.append(self.user(src["url"]) + ".")
        say = self.say
        access = []
        if src["access_date"]:
            access.append(say(N_("Accessed {date}")).format(date=self.date(src["access_date"])))
        if src["archived_url"]:
            access.append(say(N_("archived at {address}")).format(address=self.user(src["archived_url"])))
        if access:
            parts.append(self.semicolon().join(access) + ".")
        grade_words = []
        if src["reliability"]:
            grade_words.append(_meaning(self, src["reliability"], SourceReliability))
        if src["credibility"]:
            grade_words.append(_meaning(self, src["credibility"], InformationCredibility))
        detail = self.words(src["kind"], SourceKind) + self.semicolon()
        detail += say(N_("stance: {stance}")).format(stance=inline(self.words(src["stance"], Stance)))
        if src["language"]:
            detail += self.semicolon() + say(N_("language: {language}")).format(language=self.user(src["language"]))
        detail += self.semicolon() + say(N_("grade {grade}")).format(grade=self.grade(src))
        detail += f" ({self.comma().join(grade_words)})" if grade_words else ""
        body = f'<b>[{self.source_ref(src)}]</b> {" ".join(parts)}<br/><font size="8" color="#5b6470">{detail}</font>'
        entry: list[Flowable] = [self.fixed(body, "Reference")]
        if self.data.show_notes and src.get("notes"):
            entry.append(self.p(say(N_("Note: {text}")).format(text=src["notes"]), "Small"))
        return entry

    def evidence_annex(self) -> list[Flowable]:
        data = self.data
        say = self.say
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(self.title("evidence"), 0)]
        if not data.evidence:
            return [*out, self.fixed(say(N_("No evidence files are listed for this audience.")), "Note")]
        out.append(
            self.fixed(
                say(
                    N_(
                        "Each file is identified by its SHA-256 hash, computed when it was added: a copy whose hash "
                        "matches is bit-for-bit the file described."
                    )
                ),
                "Small",
            )
        )
        out += self.gap_note("evidence items", data.evidence_numbers.values())
        rows: list[list[Any]] = [self.head_row(N_("No."), N_("File"), N_("SHA-256"), N_("Acquired"))]
        for ev in data.evidence:
            acquired = self.comma().join(x for x in (self.date(ev["acquired_at"]), ev["acquired_by"]) if x)
            if ev.get("acquired_from"):
                acquired += " " + say(N_("(from {origin})")).format(origin=ev["acquired_from"])
            file_cell = [self.p(ev["original_filename"], "Cell")]
            if ev["description"]:
                file_cell.append(self.p(ev["description"], "Small"))
            if ev["alteration_note"]:
                file_cell.append(self.p(say(N_("Working copy: {note}")).format(note=ev["alteration_note"]), "Small"))
            rows.append(
                [
                    self.fixed(f"E{data.evidence_numbers[ev['id']]}", "Cell"),
                    file_cell,
                    self.fixed(_hash_lines(ev["sha256"]), "Hash"),
                    self.ours(acquired or say(N_("Not recorded")), "Cell"),
                ]
            )
        out.append(self.table(rows, [12 * mm, 58 * mm, 52 * mm, FRAME_W - 122 * mm]))
        return out

    def methodology(self) -> list[Flowable]:
        audience = self.data.audience
        say = self.say
        rules = {
            Audience.PUBLIC: N_(
                "only records marked public are included; witness accounts are included only where the witness "
                "consented to sharing beyond the team, and their words are quoted only where the witness consented "
                "to be quoted and the account is marked quotable"
            ),
            Audience.PARTNERS: N_(
                "public and restricted records are included; witness accounts are included only where the witness "
                "consented to sharing with partners"
            ),
            Audience.INTERNAL: N_("all records are included, with the team's working notes"),
        }[audience]
        paras = [
            say(
                N_(
                    "Incidents, allegations, sources, witness accounts and evidence are recorded in hrdoc, an offline "
                    "case manager, and linked to one another: each link says whether a source or account supports, "
                    "contradicts or gives context to an allegation, with the passage relied on."
                )
            ),
            say(
                N_(
                    "Sources are graded on the Admiralty scale (reliability A–F, credibility 1–6). Each allegation "
                    "carries the analyst's assessment (confirmed, likely, possible, unlikely, unknown) and the "
                    "standard of proof it reaches, from reasonable suspicion to beyond reasonable doubt, with the "
                    "reasoning."
                )
            ),
            say(
                N_(
                    "Redaction for this report ({audience}): {rules}. Redaction is structural: what this audience may "
                    "not see was never written into this file. Legal names, contacts and residences of witnesses and "
                    "victims are never included in any report."
                )
            ).format(audience=self.user(say(audience.label)), rules=say(rules)),
            say(
                N_(
                    "Figures are those reported by the sources cited; where sources differ, the best estimate is "
                    "given with the low and high figures beside it."
                )
            ),
            say(
                N_(
                    "Incidents (I1…), witness accounts (A1…), sources (S1…) and evidence items (E1…) are numbered in "
                    "the order they were recorded, counting every record of the case whatever the audience, and each "
                    "allegation by its incident's number and its own within that incident (1.2); so a number means "
                    "the same entry in every version of this report. Where a number is missing, the entry is withheld "
                    "from this audience; nothing else about it is given. Numbers are those of the case as it stood "
                    "when the report was made: deleting a record renumbers those recorded after it."
                )
            ),
        ]
        return [CondPageBreak(50 * mm), self.heading(self.title("methodology"), 0)] + [self.fixed(t) for t in paras]
