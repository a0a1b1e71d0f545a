"""The report's front matter: cover, table of contents, key figures and executive summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from hrdoc.domain.marks import N_
from hrdoc.services.reporting.audience import Audience
from hrdoc.services.reporting.blocks import RtlParagraph, _best
from hrdoc.services.reporting.by_source import FiguresBySource
from hrdoc.services.reporting.figures import CHART_MAX_BARS, Figures
from hrdoc.services.reporting.fonts import needs_shaping
from hrdoc.services.reporting.layout import ACCENT, FRAME_W, TABLE_FONT, TOC_NUMBER_W, _PageMark, _PageNumbers, _TocLine

CONTENTS_CHUNK = 200  # lines of the table of contents made at a time

# The front matter's word on reference numbers (numbering.py), for a report that may have gaps and for an
# internal one, which has none. Always printed, gaps or not, so that the note itself says nothing.
NUMBERING_NOTE = {
    False: N_(
        "Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same "
        "in every version of this report, whatever its audience, so versions can be read side by side. A missing "
        "number is an entry withheld from this audience."
    ),
    True: N_(
        "Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same "
        "in every version of this report, whatever its audience, so versions can be read side by side. Versions for "
        "partners and the public leave gaps where entries are withheld from them."
    ),
}


class FrontMatter(Figures, FiguresBySource):
    """The pages before the body, and the summary that opens it."""

    def cover(self) -> list[Flowable]:
        data, meta = self.data, self.meta
        case = data.case
        say = self.say
        when = self.date(meta.date or dt.date.today())
        rows = [
            (N_("Case reference"), self.user(case["reference"])),
            (N_("Audience"), self.user(say(data.audience.label))),
            (N_("Date"), when),
        ]
        if meta.organisation:
            rows.append((N_("Organisation"), self.user(meta.organisation)))
        if meta.author:
            rows.append((N_("Prepared by"), self.user(meta.author)))
        cells, widths = self.mirrored(
            [[self.fixed(say(k), "Label"), self.fixed(v, "CoverMeta")] for k, v in rows], [38 * mm, FRAME_W - 38 * mm]
        )
        meta_table = Table(cells, colWidths=widths, hAlign="LEFT")
        meta_table.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
                ]
            )
        )
        audience_text = {
            Audience.PUBLIC: N_(
                "This report was prepared for the <b>public</b>. It contains only records marked public; "
                "witnesses are identified by pseudonym only and are quoted only with their consent."
            ),
            Audience.PARTNERS: N_(
                "This report was prepared for <b>partner organisations</b>. It contains public and "
                "restricted records; witness accounts appear only where the witness consented to sharing with "
                "partners. Do not publish or forward it."
            ),
            Audience.INTERNAL: N_(
                "This report was prepared for <b>internal use</b> by the investigation team. It "
                "contains confidential records. Do not share it outside the team."
            ),
        }[data.audience]
        return [
            Spacer(1, 40 * mm),
            self.fixed(say(N_("HUMAN RIGHTS CASE REPORT")), "CoverKicker"),
            Spacer(1, 4 * mm),
            self.p(case["title"], "CoverTitle"),
            Spacer(1, 10 * mm),
            meta_table,
            Spacer(1, 10 * mm),
            self.fixed(
                say(N_("Prepared for: {audience}")).format(audience=self.user(say(data.audience.label))),
                "CoverAudience",
            ),
            self.fixed(say(audience_text)),
            self.fixed(
                say(
                    N_(
                        "Protected identities (legal names, contacts and residences of witnesses and victims) are "
                        "never included in reports."
                    )
                ),
                "Small",
            ),
            self.fixed(say(NUMBERING_NOTE[data.audience is Audience.INTERNAL]), "Small"),
            NextPageTemplate("Later"),
            PageBreak(),
        ]

    def contents(self) -> Iterator[list[Flowable]]:
        """The table of contents, in chunks of lines made as the layout reaches them: one line per heading
        made so far, so it is made after the body (the layout then moves its pages after the cover; see
        :class:`~hrdoc.services.reporting.layout._PageNumbers`)."""
        levels = [self.styles["TOC1"], self.styles["TOC2"], self.styles["TOC3"]]
        yield [_PageMark("contents", self._numbers), self.fixed(self.title("contents"), "H1")]
        for start in range(0, len(self._toc), CONTENTS_CHUNK):
            lines: list[Flowable] = []
            for level, text_markup, key in self._toc[start : start + CONTENTS_CHUNK]:
                if self.rtl:  # the entries right-aligned, their page numbers on the left
                    style = self.style(levels[level].name, text_markup, rtl=True)
                    lines.append(_RtlTocLine(text_markup, key, style, self._numbers))
                    continue
                style = levels[level]
                if needs_shaping(text_markup):
                    style = self._shaped(style)
                lines.append(_TocLine(text_markup, key, style, self._numbers))
            yield lines

    def key_figures(self) -> list[tuple[str, str]]:
        """Label and value (markup) of each key figure."""
        data, say, number = self.data, self.say, self.number
        figures: list[tuple[str, str]] = [
            (say(N_("Incidents")), number(len(data.incidents))),
            (say(N_("Allegations")), number(len(data.allegations))),
        ]
        fatalities = [_best(i, "fatalities") for i in data.incidents]
        known = [f for f in fatalities if f is not None]
        if known:
            figures.append((say(N_("Fatalities, our best estimates (all incidents)")), number(sum(known))))
        sourced = len(figures)  # each incident's figures by source follow (by_source.py)
        by_status: dict[str, int] = {}
        individuals = 0
        for victim in data.victims.values():
            if victim["kind"] == "individual":
                individuals += 1
                continue
            count = _best(victim, "count")
            if count is not None:
                by_status[victim["status"]] = by_status.get(victim["status"], 0) + count
        if by_status:
            figures.append(
                (
                    say(N_("Victims in groups")),
                    self.semicolon().join(self.fate(status, n, number(n)) for status, n in sorted(by_status.items())),
                )
            )
        if individuals:
            figures.append((say(N_("Individual victims recorded")), number(individuals)))
        actors = sorted({data.actors[p["actor_id"]]["name"] for p in data.perpetrators})
        if actors:
            figures.append((say(N_("Alleged perpetrators")), self.user(self.semicolon().join(actors))))
        figures.append((say(N_("Sources cited")), number(len(data.sources))))
        figures.append((say(N_("Witness accounts included")), number(len(data.accounts))))
        figures.append((say(N_("Evidence items listed")), number(len(data.evidence))))
        bold = [(k, f"<b>{v}</b>") for k, v in figures]
        return [*bold[:sourced], *self.sourced_fatalities(), *bold[sourced:]]

    def executive_summary(self) -> list[Flowable]:
        case = self.data.case
        out: list[Flowable] = [self.heading(self.title("summary"), 0)]
        if case.get("summary"):
            out.extend(self.p(part) for part in str(case["summary"]).split("\n\n"))
        out.append(self.heading(self.say(N_("Key figures")), 1))
        rows = [[self.fixed(k, "Cell"), self.fixed(v, "Cell")] for k, v in self.key_figures()]
        out.append(self.table(rows, [75 * mm, FRAME_W - 75 * mm], header=False))
        chart = self.casualty_chart()
        if chart is not None:
            out += [
                Spacer(1, 6),
                KeepTogether(
                    [
                        chart,
                        self.fixed(
                            (
                                self.say(
                                    N_(
                                        "Figure 1. Fatalities per incident, our best estimate "
                                        "(bars labelled by incident number; by source in each incident's section)."
                                    )
                                )
                                if self._fatality_incidents() <= CHART_MAX_BARS
                                else self.say(
                                    N_(
                                        "Figure 1. Fatalities in the {count} deadliest incidents, our best estimate "
                                        "(bars labelled by incident number; by source in each incident's section)."
                                    )
                                ).format(count=self.number(CHART_MAX_BARS))
                            ),
                            "Figure",
                        ),
                    ]
                ),
            ]
        return out


class _RtlTocLine(_TocLine):
    """An entry of a right-to-left report's table of contents: the heading on the right, its page number in a
    column on the left (right-aligned there, so that the numbers' units line up)."""

    def __init__(self, text_markup: str, key: str, style: ParagraphStyle, numbers: _PageNumbers) -> None:
        super().__init__("", key, style, numbers)
        self.paragraph = RtlParagraph(text_markup, style, rtl=True)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        baseline = y + self.height - self.style.fontSize
        self.numbers.toc_marks.append((canvas.getPageNumber(), x + TOC_NUMBER_W / 2, baseline, self.key, self.style))
        Flowable.drawOn(self, canvas, x, y, _sW)

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, TOC_NUMBER_W, 1)
        self.canv.linkRect("", self.key, (0, 1, self.width, self.height), relative=1)
