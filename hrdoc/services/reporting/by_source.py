"""Reported figures in the report: who reports how many of whom, beside the analyst's estimate (issue 17, point 2).

Under each incident, a table of the figures on it that the audience may see (the sharing policy chose them:
:func:`~hrdoc.services.reporting.audience.redact`; nothing is filtered here): who gives the figure (a source by
its title, an account by its witness's pseudonym), the source's grade, what it counts and of whom in its own
words, the figure as given (exactly, at least, about, up to, a range) and when it was claimed. Beside it, apart
and under its own heading, the analyst's estimate (low, best, high), the figures it rests on and its reasoning:
never in the table, so that it never reads as one source's figure. Where two figures or more count the same
thing, a chart draws them as ranges (:mod:`.figure_ranges`).

A figure on an allegation is printed under that allegation, not under its incident: it counts the victims of one
alleged violation (the executed, the detained), as the allegation's victims and corroboration do, and moved up to
the incident it would stand beside figures of other violations as if they counted the same people. The analyst's
estimate of fatalities is the incident's, so it is printed under the incident only.

The summary's key figures give, for the deadliest incidents, each source's count of the killed with the source
and its grade, and the analyst's estimate after them, named as such.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from hrdoc.domain.enums import FigureGroup, FigureQualifier
from hrdoc.domain.marks import N_
from hrdoc.domain.vocabularies import FIGURE_COUNT
from hrdoc.services.reporting.blocks import ReportBlocks, _best, inline
from hrdoc.services.reporting.figure_ranges import Span, range_chart, span_of
from hrdoc.services.reporting.layout import FRAME_W, TABLE_FONT

KILLED = "killed"  # the term of figure_count whose figures the incident's estimate of fatalities weighs
KEY_INCIDENTS = 5  # incidents whose figures the summary gives by source (the deadliest)
KEY_FIGURES = 4  # figures given by source per incident on the summary; the others are counted
ESTIMATE_BG = colors.HexColor("#fbf3ea")
ESTIMATE_RULE = colors.HexColor("#b35c00")

# A figure as its source gives it, in words ("at least 90").
QUALIFIED = {
    FigureQualifier.EXACT: N_("exactly {number}"),
    FigureQualifier.AT_LEAST: N_("at least {number}"),
    FigureQualifier.ABOUT: N_("about {number}"),
    FigureQualifier.UP_TO: N_("up to {number}"),
}
RANGE = N_("{low} to {high}")


def estimate_range(blocks: ReportBlocks, record: dict[str, Any], prefix: str) -> str:
    """An estimate's best figure with its low and high beside it ("75 (low 60, high 90)"); "" if none."""
    low, best, high = (record.get(f"{prefix}_{s}") for s in ("low", "best", "high"))
    if best is None and low is None and high is None:
        return ""
    main = best if best is not None else (low if low is not None else high)
    say, number = blocks.say, blocks.number
    extra = [say(N_("low {number}")).format(number=number(low)) for _ in [0] if low is not None and low != main]
    extra += [say(N_("high {number}")).format(number=number(high)) for _ in [0] if high is not None and high != main]
    return number(main or 0) + (f" ({blocks.comma().join(extra)})" if extra else "")


def _in_order(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures in the order their sources gave them (undated claims last), as recorded otherwise."""
    return sorted(figures, key=lambda f: (f["claimed_on"] is None, str(f["claimed_on"] or "")))


class FiguresBySource(ReportBlocks):
    """The figures of an incident or an allegation by source, the analyst's estimate apart, and the summary's
    key figures with their sources."""

    def figure_value(self, fig: dict[str, Any]) -> str:
        """The figure as its source gives it, in the report's language: "exactly 41", "about 60", "20 to 35"."""
        number = self.number
        if fig["qualifier"] == FigureQualifier.RANGE and fig["value_high"] is not None:
            return self.say(RANGE).format(low=number(fig["value"]), high=number(fig["value_high"]))
        template = QUALIFIED.get(FigureQualifier(fig["qualifier"]), QUALIFIED[FigureQualifier.EXACT])
        return self.say(template).format(number=number(fig["value"]))

    def _origin(self, fig: dict[str, Any]) -> tuple[str, str, str]:
        """Who gives the figure, as markup ("[S3] title", "[A1] Account of W-01"), its grade ("B2"; "–" for an
        account, as the corroboration tables grade accounts), and its reference alone ("S3")."""
        if fig["source_id"]:
            src = self.data.source(fig["source_id"])
            ref = self.source_ref(src)
            return f"<b>[{ref}]</b> {self.user(src['title'])}", self.grade(src), ref
        view = self.data.account(fig["account_id"])
        assert view is not None  # a figure goes only with its account (services.sharing)
        ref = f"A{view.number}"
        said = self.say(N_("Account of {pseudonym}")).format(pseudonym=self.user(view.witness["pseudonym"]))
        return f"<b>[{ref}]</b> {said}", "–", ref

    def _words_withheld(self, fig: dict[str, Any]) -> bool:
        view = self.data.account(fig["account_id"]) if fig["account_id"] else None
        return view is not None and not view.show_words

    def _counted(self, fig: dict[str, Any]) -> list[Flowable]:
        """What the figure counts and of whom, as the source characterises them, and in its own words (a paragraph
        of their own, as the corroboration tables quote, so that they keep their own direction)."""
        what = self.user(self.label(fig["counted"], FIGURE_COUNT))
        cell = [self.fixed(f"<b>{what}</b> · {self.words(fig['of_whom'], FigureGroup)}", "Cell")]
        if fig["as_described"]:
            cell.append(self.p(self.quote(fig["as_described"]), "Cell"))
        elif self._words_withheld(fig):
            cell.append(self.fixed("<i>" + self.say(N_("Not quoted (no consent to quote)")) + "</i>", "Cell"))
        return cell

    def figures_table(self, figures: list[dict[str, Any]]) -> Table:
        rows: list[list[Any]] = [
            self.head_row(N_("Source or account"), N_("Grade"), N_("Counted, of whom"), N_("Figure"), N_("Claimed on"))
        ]
        for fig in figures:
            origin, grade, _ref = self._origin(fig)
            if fig["locator"]:
                origin += f'<br/><font size="7" color="#5b6470">{self.user(fig["locator"])}</font>'
            when = self.date(fig["claimed_on"]) if fig["claimed_on"] else "–"
            rows.append(
                [
                    self.fixed(origin, "Cell"),
                    self.fixed(grade, "Cell"),
                    self._counted(fig),
                    self.fixed(self.figure_value(fig), "Cell"),
                    self.fixed(when, "Cell"),
                ]
            )
        return self.table(rows, [47 * mm, 16 * mm, FRAME_W - 115 * mm, 27 * mm, 25 * mm])

    def figures_by_source(
        self, figures: list[dict[str, Any]], incident: dict[str, Any] | None = None
    ) -> list[Flowable]:
        """The figures on an incident or an allegation: the table, a chart of each thing two figures or more
        count, and for an ``incident`` the analyst's estimate, apart."""
        figures = _in_order(figures)
        out: list[Flowable] = []
        if figures:
            out += [self.run_in(N_("Who reports how many of whom")), self.figures_table(figures)]
            for counted in dict.fromkeys(f["counted"] for f in figures):
                alike = [f for f in figures if f["counted"] == counted]
                if len(alike) >= 2:
                    out.append(self._chart(alike, incident if counted == KILLED else None))
        if incident is not None:
            out += self.our_estimate(incident, figures)
        return out

    def _chart(self, figures: list[dict[str, Any]], incident: dict[str, Any] | None) -> Flowable:
        labels = [self.fixed(f"<b>{self._origin(f)[2]}</b> {self.figure_value(f)}", "Cell") for f in figures]
        spans = [span_of(f["qualifier"], f["value"], f["value_high"]) for f in figures]
        estimate = None
        if incident is not None and _best(incident, "fatalities") is not None:
            span = Span(
                "estimate", incident["fatalities_low"], incident["fatalities_high"], incident["fatalities_best"]
            )
            words = f"<b>{self.say(N_('Our estimate'))}</b> {estimate_range(self, incident, 'fatalities')}"
            estimate = (self.fixed(words, "Cell"), span)
        chart = range_chart(labels, spans, estimate, number=self.number, rtl=self.rtl)
        what = inline(self.label(figures[0]["counted"], FIGURE_COUNT))
        caption = self.say(
            N_(
                "Figures by source ({counted}): a dot marks a figure given exactly, a ring one given as about, a "
                "bar a range, an arrow the open end of “at least” or “up to”."
            )
        ).format(counted=self.user(what))
        if estimate is not None:
            caption += " " + self.say(N_("Our estimate is drawn apart, below the line."))
        return KeepTogether([chart, self.fixed(caption, "Figure")])

    def our_estimate(self, incident: dict[str, Any], figures: list[dict[str, Any]]) -> list[Flowable]:
        """The analyst's estimate of the incident's fatalities, the figures shown that it rests on and its
        reasoning, in a box of its own under the heading "Our estimate"."""
        fatalities = estimate_range(self, incident, "fatalities")
        reasoning = incident.get("estimate_reasoning") or ""
        if not fatalities and not reasoning:
            return []
        inside: list[Flowable] = [
            self.run_in(N_("Our estimate")),
            self.fixed(self.say(N_("An estimate made for this report, not a figure given by any source.")), "Small"),
        ]
        if fatalities:
            inside.append(self.fixed(self.say(N_("Fatalities: {estimate}")).format(estimate=fatalities), "Cell"))
        rests = [self._origin(f)[2] for f in figures if f["in_estimate"]]
        if rests:
            inside.append(
                self.fixed(
                    self.say(N_("Rests on the figures of {references}.")).format(
                        references=self.comma().join(dict.fromkeys(rests))
                    ),
                    "Cell",
                )
            )
        if reasoning:
            inside.append(self.p(reasoning, "Cell"))
        box = Table([[inside]], colWidths=[FRAME_W], hAlign="LEFT", spaceBefore=4, spaceAfter=6)
        box.setStyle(
            TableStyle(
                [
                    *TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), ESTIMATE_BG),
                    ("LINEAFTER" if self.rtl else "LINEBEFORE", (0, 0), (-1, -1), 2, ESTIMATE_RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return [box]

    # -- the summary -------------------------------------------------------------------------------------------

    def sourced_fatalities(self) -> list[tuple[str, str]]:
        """Key figures: for each of the deadliest incidents with figures of the killed, each source's figure with
        the source and its grade, then the analyst's estimate ("at least 90 civilians (Commission of inquiry
        [S3], graded A2); …; our estimate 75 (low 60, high 90)"). Label and value, as markup."""
        sourced: list[tuple[int, int, str, str]] = []
        for inc in self.data.incidents:
            killed = _in_order([f for f in self.data.figures_on(incident_id=inc["id"]) if f["counted"] == KILLED])
            if not killed:
                continue
            weight = _best(inc, "fatalities")
            if weight is None:
                weight = max(f["value_high"] or f["value"] for f in killed)
            number = self.incident_numbers[inc["id"]]
            label = self.say(N_("Fatalities in incident {number}, by source")).format(number=f"I{number}")
            sourced.append((weight, number, label, self._sourced_line(inc, killed, f"I{number}")))
        deadliest = sorted(sourced, key=lambda s: (-s[0], s[1]))[:KEY_INCIDENTS]
        return [(label, line) for _w, _n, label, line in sorted(deadliest, key=lambda s: s[1])]

    def _sourced_line(self, inc: dict[str, Any], killed: list[dict[str, Any]], where: str) -> str:
        say = self.say
        items = []
        for fig in killed[:KEY_FIGURES]:
            figure = self.figure_value(fig)
            if fig["of_whom"] != FigureGroup.UNKNOWN:
                whom = inline(self.words(fig["of_whom"], FigureGroup))
                figure = say(N_("{figure} {whom}")).format(figure=figure, whom=whom)
            if fig["source_id"]:
                src = self.data.source(fig["source_id"])
                source = f"{self.user(src['title'])} [{self.source_ref(src)}]"
                items.append(
                    say(N_("{figure} ({source}, graded {grade})")).format(
                        figure=figure, source=source, grade=self.grade(src)
                    )
                )
            else:
                items.append(say(N_("{figure} ({source})")).format(figure=figure, source=self._origin(fig)[0]))
        if len(killed) > KEY_FIGURES:
            items.append(
                say(N_("{count} more in incident {number}")).format(
                    count=self.number(len(killed) - KEY_FIGURES), number=where
                )
            )
        estimate = estimate_range(self, inc, "fatalities")
        if estimate:
            items.append("<b>" + say(N_("our estimate {estimate}")).format(estimate=estimate) + "</b>")
        return self.semicolon().join(items)
