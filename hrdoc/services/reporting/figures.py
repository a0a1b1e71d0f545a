"""The report's figures: the fatalities bar chart and the timeline of incidents."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from hrdoc.services.reporting.blocks import ReportBlocks, _best
from hrdoc.services.reporting.fonts import SANS, SANS_BOLD
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

    def timeline(self) -> Flowable | None:
        dated = [
            (
                self.incident_numbers[i["id"]],
                dt.date.fromisoformat(i["start_date"]),
                self._as_known(i["start_date"], i["date_precision"]),
            )
            for i in self._incidents_in_order()
            if i["start_date"]
        ]
        return _Timeline(self, dated) if dated else None


class _Timeline(Flowable):  # type: ignore[misc]
    """The timeline of incidents: a dot per dated incident on a line, with its number and date.

    Drawn a batch of incidents at a time, each batch's shapes made as it is drawn: as one ``Drawing`` its three
    shapes per incident were held from the moment the chronology was made until its last page was laid out
    (24,000 shapes for 8,000 incidents; issue 15). The page shows what that drawing showed, in the same order.
    """

    HEIGHT = 60
    BATCH = 500  # incidents drawn at a time

    def __init__(self, blocks: ReportBlocks, dated: list[tuple[int, dt.date, str]]) -> None:
        super().__init__()
        self.blocks = blocks
        self.dated = dated  # (incident number, date, the date as known: a day, a month, a year), in order

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return FRAME_W, self.HEIGHT

    def draw(self) -> None:
        dates = [day for _number, day, _label in self.dated]
        first, last = min(dates), max(dates)
        span = max((last - first).days, 1)
        spread = len(set(dates)) > 1
        left, right, axis_y = 20, FRAME_W - 20, 28
        for start in range(0, len(self.dated), self.BATCH):
            drawing = _drawing(FRAME_W, self.HEIGHT)
            if start == 0:
                drawing.add(Line(left, axis_y, right, axis_y, strokeColor=MUTED, strokeWidth=1))
            for k in range(start, min(start + self.BATCH, len(self.dated))):
                number, day, label = self.dated[k]
                x = left + (right - left) * ((day - first).days / span if spread else 0.5)
                if self.blocks.rtl:  # time runs from right to left, as an Arabic reader reads
                    x = left + right - x
                drawing.add(Circle(x, axis_y, 3.5, fillColor=ACCENT, strokeColor=colors.white))
                up = k % 2 == 0
                drawing.add(
                    String(
                        x,
                        axis_y + (9 if up else -16),
                        f"I{number}",
                        fontName=SANS_BOLD,
                        fontSize=8,
                        textAnchor="middle",
                        fillColor=INK,
                    )
                )
                drawing.add(
                    String(
                        x,
                        axis_y + (19 if up else -25),
                        label,
                        fontName=SANS,
                        fontSize=7,
                        textAnchor="middle",
                        fillColor=MUTED,
                    )
                )
            renderPDF.draw(drawing, self.canv, 0, 0)
