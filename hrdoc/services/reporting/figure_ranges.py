"""The chart of an incident's reported figures by source, as ranges (issue 17, point 2).

One row per figure, in the order of the table beside it: a dot where a source gives a figure exactly, a ring
where it gives one as "about", a bar from low to high for a range, and an arrow for the open end of "at least"
(towards more) and "up to" (towards fewer); the analyst's estimate is drawn apart, below a rule, in another colour
(a band from low to high, a diamond at the best estimate), so that it never reads as one of the sources' figures.

The shapes are ReportLab graphics (a :class:`~reportlab.graphics.shapes.Drawing` per row); the rows' labels are
the report's own paragraphs, in a table beside them, so that they are shaped and ordered as every other line of
the report (Arabic included). A right-to-left report mirrors the chart: the labels on the right, counts growing
leftwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from hrdoc.domain.enums import FigureQualifier
from hrdoc.services.reporting.fonts import SANS
from hrdoc.services.reporting.layout import ACCENT, FRAME_W, MUTED, RULE, TABLE_FONT

ESTIMATE = colors.HexColor("#b35c00")  # the analyst's estimate: apart from the sources' figures (ACCENT)
LABEL_W = 46 * mm  # the rows' labels
ROW_H = 15  # pt
_PAD = 10  # pt each side of the scale, so that a dot at 0 or at the top stays whole
_TICKS = 5


@dataclass(frozen=True)
class Span:
    """A row of the chart: what is drawn (``qualifier``: how the figure is given; "estimate" for the analyst's),
    from ``low`` to ``high``, with a mark at ``value`` (the figure, or the best estimate; None: none)."""

    qualifier: str
    low: int | None
    high: int | None
    value: int | None


def span_of(qualifier: str, value: int, value_high: int | None) -> Span:
    """A reported figure as the chart draws it."""
    if qualifier == FigureQualifier.RANGE and value_high is not None:
        return Span(qualifier, value, value_high, None)
    return Span(qualifier, value, value, value)


def _scale(spans: Sequence[Span]) -> tuple[int, int]:
    """The top of the scale and its step: at most five whole steps of a round size (1, 2, 2.5 or 5 times a power
    of ten), the top above the largest number drawn, with room beyond it for the arrow of an "at least"."""
    top = max((n for s in spans for n in (s.low, s.high, s.value) if n is not None), default=0)
    if any(s.qualifier == FigureQualifier.AT_LEAST for s in spans):
        top = int(top * 1.25) + 1
    raw = max(1, -(-top // _TICKS))
    magnitude = 10 ** (len(str(raw)) - 1)
    step = next(int(m * magnitude) for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw and m * magnitude % 1 == 0)
    return step * max(1, -(-top // step)), step


class _Row:
    """Draws spans on a scale from 0 to ``top`` across ``width`` points (mirrored if ``rtl``)."""

    def __init__(self, width: float, scale: tuple[int, int], rtl: bool) -> None:
        self.width, (self.top, self.step), self.rtl = width, scale, rtl

    def x(self, value: float) -> float:
        at = _PAD + (self.width - 2 * _PAD) * (value / self.top if self.top else 0)
        return self.width - at if self.rtl else at

    def drawing(self, span: Span) -> Drawing:
        d = Drawing(self.width, ROW_H)
        d.initialFontName = SANS
        y = ROW_H / 2
        d.add(Line(self.x(0), y, self.x(self.top), y, strokeColor=RULE, strokeWidth=0.4, strokeDashArray=[1, 2]))
        if span.qualifier == "estimate":
            self._estimate(d, span, y)
            return d
        low, high = span.low or 0, span.high or 0
        if span.qualifier == FigureQualifier.RANGE:
            d.add(Line(self.x(low), y, self.x(high), y, strokeColor=ACCENT, strokeWidth=3))
            for end in (low, high):
                d.add(Line(self.x(end), y - 4, self.x(end), y + 4, strokeColor=ACCENT, strokeWidth=1))
        elif span.qualifier == FigureQualifier.AT_LEAST:
            self._open_end(d, low, self.top, y)
        elif span.qualifier == FigureQualifier.UP_TO:
            self._open_end(d, high, 0, y)
        if span.value is not None:
            hollow = span.qualifier == FigureQualifier.ABOUT
            d.add(
                Circle(
                    self.x(span.value),
                    y,
                    3.5,
                    fillColor=colors.white if hollow else ACCENT,
                    strokeColor=ACCENT,
                    strokeWidth=1.2,
                )
            )
        return d

    def _open_end(self, d: Drawing, start: int, end: int, y: float) -> None:
        """A line from the figure towards where the source leaves it open, ending in an arrow."""
        x0, x1 = self.x(start), self.x(end)
        d.add(Line(x0, y, x1, y, strokeColor=ACCENT, strokeWidth=1.2, strokeDashArray=[3, 2]))
        way = 1 if x1 > x0 else -1
        d.add(Polygon([x1, y, x1 - way * 6, y + 3.5, x1 - way * 6, y - 3.5], fillColor=ACCENT, strokeColor=None))

    def _estimate(self, d: Drawing, span: Span, y: float) -> None:
        if span.low is not None and span.high is not None:
            left, right = sorted((self.x(span.low), self.x(span.high)))
            d.add(
                Rect(
                    left,
                    y - 4,
                    max(right - left, 1),
                    8,
                    fillColor=colors.Color(0.7, 0.36, 0, 0.25),
                    strokeColor=ESTIMATE,
                    strokeWidth=0.8,
                )
            )
        if span.value is not None:
            x = self.x(span.value)
            d.add(Polygon([x, y + 5, x + 5, y, x, y - 5, x - 5, y], fillColor=ESTIMATE, strokeColor=colors.white))

    def axis(self, number: Callable[[int], str]) -> Drawing:
        """The scale under the rows: ticks and their counts (``number``: a count as the report writes it)."""
        d = Drawing(self.width, 14)
        d.initialFontName = SANS
        d.add(Line(self.x(0), 12, self.x(self.top), 12, strokeColor=MUTED, strokeWidth=0.6))
        for value in range(0, self.top + 1, self.step):
            x = self.x(value)
            d.add(Line(x, 12, x, 9, strokeColor=MUTED, strokeWidth=0.6))
            d.add(String(x, 1, number(value), fontName=SANS, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
        return d


def range_chart(
    labels: Sequence[Flowable],
    spans: Sequence[Span],
    estimate: tuple[Flowable, Span] | None,
    *,
    number: Callable[[int], str],
    rtl: bool,
) -> Table:
    """The chart: a row per figure (``labels`` beside ``spans``), the estimate apart below a rule, then the scale."""
    width = FRAME_W - LABEL_W
    every = [*spans, *([estimate[1]] if estimate else [])]
    row = _Row(width - 4, _scale(every), rtl)
    rows: list[list[object]] = [[label, row.drawing(span)] for label, span in zip(labels, spans, strict=True)]
    if estimate is not None:
        rows.append([estimate[0], row.drawing(estimate[1])])
    rows.append(["", row.axis(number)])
    widths = [LABEL_W, width]
    if rtl:
        rows = [r[::-1] for r in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths, hAlign="LEFT", spaceBefore=2, spaceAfter=2)
    commands: list[tuple[object, ...]] = [
        *TABLE_FONT,  # (the empty cell would set ReportLab's Helvetica, which is not embedded)
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if estimate is not None:
        commands.append(("LINEABOVE", (0, len(spans)), (-1, len(spans)), 0.6, MUTED))
    table.setStyle(TableStyle(commands))
    return table
