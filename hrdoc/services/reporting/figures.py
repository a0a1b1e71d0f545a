"""The report's figures: the fatalities bar chart and the timeline of incidents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hrdoc.domain.dates import APPROXIMATE_DAY_MARGIN, span_of
from hrdoc.domain.enums import DatePrecision
from hrdoc.domain.marks import N_
from hrdoc.services.reporting.blocks import ReportBlocks, _best
from hrdoc.services.reporting.fonts import SANS, SANS_BOLD, text_width
from hrdoc.services.reporting.layout import ACCENT, FRAME_W, INK, MUTED

CHART_MAX_BARS = 30  # bars in the fatalities chart (18 pt each: the chart must fit on one page)


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS  # the renderer's starting font; Helvetica otherwise (not embedded)
    return drawing


class Figures(ReportBlocks):
    """Charts drawn from the incidents."""

    def _fatality_incidents(self) -> int:
        return sum(1 for i in self._incidents_in_order() if _best(i, "fatalities") is not None)

    def casualty_chart(self) -> Drawing | None:
        values = [(f"I{self.incident_numbers[i['id']]}", _best(i, "fatalities")) for i in self._incidents_in_order()]
        data = [(name, v) for name, v in values if v is not None]
        if not data:
            return None
        if len(data) > CHART_MAX_BARS:  # one bar per incident would outgrow the page: keep the deadliest
            keep = {name for name, _v in sorted(data, key=lambda item: -item[1])[:CHART_MAX_BARS]}
            data = [(name, v) for name, v in data if name in keep]
        height = 30 + 18 * len(data)
        drawing = _drawing(FRAME_W, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 30, 18
        chart.width, chart.height = FRAME_W - 60, height - 26
        chart.data = [[v for _, v in reversed(data)]]
        chart.categoryAxis.categoryNames = [name for name, _ in reversed(data)]
        chart.categoryAxis.labels.fontName = SANS
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = SANS
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        top = max(v for _, v in data)
        step = max(1, -(-top // 5))  # five ticks, whole numbers, the longest bar inside the axis
        chart.valueAxis.valueMax = step * 5 + (step if top == step * 5 else 0)
        chart.valueAxis.valueStep = step
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barLabels.fontName = SANS
        chart.barLabels.fontSize = 7
        chart.barLabelFormat = self.number  # "1 234" in French
        chart.valueAxis.labelTextFormat = self.number
        chart.barLabels.nudge = 8
        if self.rtl:  # mirrored: the incidents' numbers on the right, the bars growing leftwards
            chart.valueAxis.reverseDirection = 1
            chart.categoryAxis.joinAxisMode = "right"
            chart.categoryAxis.labels.boxAnchor = "w"
            chart.categoryAxis.labels.dx = 5
        drawing.add(chart)
        return drawing

    def timeline_figure(self) -> list[Flowable]:
        """The timeline chart with its caption, then the incidents it could not place (no known date), by number;
        nothing if no incident is shown."""
        out: list[Flowable] = []
        timeline = self.timeline()
        if timeline is not None:
            caption = self.say(N_("Figure 2. Timeline of incidents with a known date, each over the days it allows."))
            out += [Spacer(1, 8), KeepTogether([timeline, self.fixed(caption, "Figure")])]
        incidents = self._incidents_in_order()
        undated = [self.incident_numbers[i["id"]] for i in incidents if _span(i) is None]
        if undated:
            numbers = self.comma().join(f"I{n}" for n in sorted(undated))
            note = self.say(N_("Not on the timeline (no date, or a date of unknown precision): {numbers}.")).format(
                numbers=numbers
            )
            out.append(self.fixed(note, "Small"))
        return out

    def timeline(self) -> _Timeline | None:
        """The timeline of the incidents with a known date (:func:`~hrdoc.domain.dates.span_of`), or None."""
        dated = []
        for inc in self._incidents_in_order():
            span = _span(inc)
            if span is not None:
                dated.append((self.incident_numbers[inc["id"]], span, _mark_kind(inc["date_precision"], span)))
        return _Timeline(self, dated) if dated else None


def _span(incident: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    return span_of(incident["start_date"], incident["end_date"], incident["date_precision"])


# How an incident's date is drawn: a day known exactly (a dot), an approximate day (a dot and the margin as a
# whisker), a month or a year (a pale bar: some time within it), a start and an end known (a solid bar).
DAY, APPROXIMATE, PERIOD, RANGE = "day", "approximate", "period", "range"


def _mark_kind(precision: str | None, span: tuple[dt.date, dt.date]) -> str:
    if precision == DatePrecision.APPROXIMATE_DAY:
        return APPROXIMATE
    if precision in (DatePrecision.MONTH, DatePrecision.YEAR):
        return PERIOD
    return DAY if span[0] == span[1] else RANGE


@dataclass(frozen=True, slots=True)
class Mark:
    """An incident on the timeline: its number, its kind (:data:`DAY`...), the left and right ends of its span
    and the lane it is drawn in (0 at the top), and whether its number is written (not where it would overlap)."""

    number: int
    kind: str
    x0: float
    x1: float
    lane: int
    labelled: bool


_PALE = colors.HexColor("#c9d8e8")  # a span the date allows, not a span the incident lasted


class _Timeline(Flowable):  # type: ignore[misc]
    """The timeline of incidents: each dated incident over the days its date may stand for (a day, an approximate
    day with its margin, a month, a year, a start and an end), in lanes so that marks and numbers do not overlap,
    over an axis of years, months or days; a legend above.

    The marks are drawn a batch at a time, each batch's shapes made as it is drawn: as one ``Drawing`` their shapes
    were held from the moment the chronology was made until its last page was laid out (issue 15).
    """

    LANE = 11  # points per lane
    MAX_LANES = 14  # beyond these, an incident shares a lane, unnumbered (the chronology's table numbers it)
    LEGEND_ROW = 12
    AXIS = 30
    BATCH = 500  # incidents drawn at a time
    LEFT, RIGHT = 12.0, float(FRAME_W) - 12.0

    def __init__(self, blocks: ReportBlocks, dated: list[tuple[int, tuple[dt.date, dt.date], str]]) -> None:
        super().__init__()
        self.blocks = blocks  # dated: (incident number, (first day, last day), kind), by date
        first = min(span[0] for _n, span, _k in dated)
        last = max(span[1] for _n, span, _k in dated)
        pad = max((last - first).days // 30, 1)
        self.first, self.last = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
        self.marks = list(self._laid_out(dated))  # what is drawn: the dated list goes
        self.lanes = max(m.lane for m in self.marks) + 1
        self.legend = len(self._legend_rows()) * self.LEGEND_ROW + 6
        self.height = self.legend + self.lanes * self.LANE + self.AXIS

    def x(self, day: dt.date) -> float:
        """Where a day is drawn, from the left edge of the figure (time runs leftwards in a right-to-left report)."""
        share = (day - self.first).days / max((self.last - self.first).days, 1)
        x = self.LEFT + (self.RIGHT - self.LEFT) * share
        return self.LEFT + self.RIGHT - x if self.blocks.rtl else x

    def _laid_out(self, dated: list[tuple[int, tuple[dt.date, dt.date], str]]) -> Iterator[Mark]:
        """Each incident's mark, put in the first lane where it and its number fit (first come, first placed)."""
        ends: list[float] = []  # the rightmost point used in each lane so far (leftmost, mirrored, right to left)
        rtl = self.blocks.rtl
        for number, (first, last), kind in dated:
            a, b = self.x(first), self.x(last + dt.timedelta(days=1)) if kind != DAY else self.x(first)
            x0, x1 = min(a, b), max(a, b)
            if kind == DAY or x1 - x0 < 3:  # a day, or a span too short to see: as wide as a dot
                middle = (x0 + x1) / 2
                x0, x1 = middle - 3, middle + 3
            width = text_width(f"I{number}", 7) + 3
            # in reading order: the mark, then its number after it
            start, end = (-x1, -(x0 - width)) if rtl else (x0, x1 + width)
            lane = next((k for k, used in enumerate(ends) if used < start), None)
            if lane is None and len(ends) < self.MAX_LANES:
                lane = len(ends)
                ends.append(end)
            if lane is None:  # no room: in the lane that frees first, unnumbered
                lane = min(range(len(ends)), key=ends.__getitem__)
                yield Mark(number, kind, x0, x1, lane, False)
                continue
            ends[lane] = end
            yield Mark(number, kind, x0, x1, lane, True)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return FRAME_W, self.height

    def draw(self) -> None:
        axis_y = self.AXIS - 8
        self._legend(self.height - 9)
        self._axis(axis_y)
        for start in range(0, len(self.marks), self.BATCH):
            drawing = _drawing(FRAME_W, self.height)
            for mark in self.marks[start : start + self.BATCH]:
                self._mark(drawing, mark, self.height - self.legend - (mark.lane + 0.5) * self.LANE)
            renderPDF.draw(drawing, self.canv, 0, 0)

    def _mark(self, drawing: Drawing, mark: Mark, y: float) -> None:
        x0, x1, middle = mark.x0, mark.x1, (mark.x0 + mark.x1) / 2
        if mark.kind == DAY:
            drawing.add(Circle(middle, y, 3, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.5))
        elif mark.kind == APPROXIMATE:
            drawing.add(Line(x0, y, x1, y, strokeColor=ACCENT, strokeWidth=0.8))
            drawing.add(Line(x0, y - 2.5, x0, y + 2.5, strokeColor=ACCENT, strokeWidth=0.8))
            drawing.add(Line(x1, y - 2.5, x1, y + 2.5, strokeColor=ACCENT, strokeWidth=0.8))
            drawing.add(Circle(middle, y, 2.2, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=0.8))
        elif mark.kind == PERIOD:
            drawing.add(Rect(x0, y - 3, x1 - x0, 6, fillColor=_PALE, strokeColor=ACCENT, strokeWidth=0.5))
        else:
            drawing.add(Rect(x0, y - 2.5, x1 - x0, 5, fillColor=ACCENT, strokeColor=None))
        if mark.labelled:
            x, anchor = (x0 - 2, "end") if self.blocks.rtl else (x1 + 2, "start")
            label = f"I{mark.number}"
            drawing.add(String(x, y - 2.5, label, fontName=SANS_BOLD, fontSize=7, textAnchor=anchor, fillColor=INK))

    def _axis(self, y: float) -> None:
        canv = self.canv
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.8)
        canv.line(self.LEFT, y, self.RIGHT, y)
        canv.setLineWidth(0.5)
        for day, label in _ticks(self.first, self.last, self.blocks):
            x = self.x(day)
            canv.line(x, y, x, y - 3)
            half = text_width(label, 7) / 2  # kept within the frame
            x = min(max(x, half), float(FRAME_W) - half)
            self.blocks.furniture(canv, label, x, "centre", y - 11, size=7, color=MUTED)

    def _legend_entries(self) -> list[tuple[str, str]]:
        blocks = self.blocks
        days = blocks.number(APPROXIMATE_DAY_MARGIN.days)
        return [
            (DAY, blocks.say(N_("Exact day"))),
            (APPROXIMATE, blocks.say(N_("Approximate day (± {days} days)")).format(days=days)),
            (PERIOD, blocks.say(N_("Known to the month or year"))),
            (RANGE, blocks.say(N_("From start to end"))),
        ]

    def _legend_rows(self) -> list[list[tuple[str, str, float]]]:
        """The legend's entries (kind, text, width with its symbol), in rows as wide as the figure."""
        rows: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for kind, text in self._legend_entries():
            width = 16 + text_width(text, 7) + 14
            if rows[-1] and used + width > self.RIGHT - self.LEFT:
                rows.append([])
                used = 0.0
            rows[-1].append((kind, text, width))
            used += width
        return rows

    def _legend(self, baseline: float) -> None:
        """What each mark means, above the chart, from the reading side."""
        blocks, rtl = self.blocks, self.blocks.rtl
        drawing = _drawing(FRAME_W, self.height)
        for row in self._legend_rows():
            x = self.RIGHT if rtl else self.LEFT
            for kind, text, width in row:
                symbol = x - 12 if rtl else x
                self._mark(drawing, Mark(0, kind, symbol, symbol + 12, 0, False), baseline + 2.5)
                if rtl:
                    blocks.furniture(self.canv, text, symbol - 4, "right", baseline, size=7, color=MUTED)
                else:
                    blocks.furniture(self.canv, text, symbol + 16, "left", baseline, size=7, color=MUTED)
                x = x - width if rtl else x + width
            baseline -= self.LEGEND_ROW
        renderPDF.draw(drawing, self.canv, 0, 0)


def _ticks(first: dt.date, last: dt.date, blocks: ReportBlocks) -> list[tuple[dt.date, str]]:
    """The axis's marks between ``first`` and ``last``: years, months or days, as many as fit, in the report's
    language."""
    days = (last - first).days
    if days > 3 * 366:
        years = list(range(first.year + 1, last.year + 1))
        step = max(1, -(-len(years) // 8))
        return [(dt.date(y, 1, 1), str(y)) for y in years[::step]]
    if days > 62:
        months = []
        year, month = first.year, first.month
        while True:
            month += 1
            if month > 12:
                year, month = year + 1, 1
            day = dt.date(year, month, 1)
            if day > last:
                break
            months.append(day)
        step = max(1, -(-len(months) // 6))
        return [(d, blocks._as_known(d.isoformat(), DatePrecision.MONTH)) for d in months[::step]]
    step = max(1, -(-days // 5))
    return [
        (first + dt.timedelta(days=k), blocks.date(first + dt.timedelta(days=k)))
        for k in range(step // 2, days + 1, step)
    ]


def marks_of(timeline: _Timeline) -> Sequence[Mark]:
    """The timeline's marks, in the order of the incidents by date (for tests and callers that place them)."""
    return timeline.marks
