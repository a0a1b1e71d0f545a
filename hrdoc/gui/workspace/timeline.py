"""A case's incidents on a timeline, each over the span its date precision allows (services.chronology): a day, an
approximate day with lighter ends for its margin, a whole month, a whole year; a start and an end date as one bar.
Incidents without a date, or whose date's precision is unknown, are not drawn: the Chronology page lists them
apart. Bars are packed on lanes so that none overlap, labelled with the incident's title where there is room, and
say their dates in a tooltip as the tables write them ("March 2022", never a day that was not given).

Zoom from centuries to hours (wheel, + and -, Home shows everything) with an axis whose ticks count years, months,
days or hours as the zoom allows; pan with Shift+wheel, the arrows or the scroll bar. Dragging across the timeline
chooses a period; clicking an incident (or Enter on the one reached with Up and Down) chooses the days it may have
happened on: :attr:`TimelineView.picked` says which, and the workspace narrows the lists to it. In a right-to-left
interface time runs from right to left, as the page reads.

The lanes are laid out once per case (:func:`lay_out`, off the GUI thread); painting reads only the lanes and the
stretch of time in view.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from hrdoc.domain.dates import APPROXIMATE_DAY_MARGIN
from hrdoc.domain.enums import DatePrecision
from hrdoc.gui import shortcuts
from hrdoc.gui.accessibility import name
from hrdoc.gui.i18n import tr
from hrdoc.gui.workspace.page import date_text
from hrdoc.gui.workspace.timeline_axis import Step, label, position, step_for, ticks
from hrdoc.services.chronology import Period, Span

LANE = 20  # pixels from one lane to the next
BAR = 14  # a bar's height
AXIS = 26  # the axis's strip at the top
MIN_BAR = 3  # pixels: a day seen from a century away is still there
MOST_PIXELS_PER_DAY = 24 * 240.0  # an hour 240 pixels wide
FEWEST_DAYS_SHOWN = 365.2425 * 30  # zoomed out, the timeline shows at least thirty years
ZOOM_STEP = 1.25  # a notch of the wheel, or a press of + or -
CLICK = 4  # pixels the mouse may move between press and release for a click
FSI, PDI = "\u2068", "\u2069"  # a title isolated in the direction of its first letter (a Latin title in Arabic)

APPROXIMATE = DatePrecision.APPROXIMATE_DAY.value
VAGUE = frozenset({DatePrecision.MONTH.value, DatePrecision.YEAR.value})  # somewhere in the span drawn


@dataclass(frozen=True)
class Item:
    """An incident as drawn: its lane, where its span and the days given begin and end (day ordinals, the end
    excluded), and where the next bar on its lane begins (room for the label)."""

    span: Span
    lane: int
    first: float
    last: float
    core_first: float
    core_last: float
    room_until: float


def lay_out(spans: list[Span]) -> tuple[list[Item], int]:
    """The dated incidents on lanes, the fewest that keep any two bars apart (each on the first lane free at its
    start), with the number of lanes."""
    dated = sorted((s for s in spans if s.period is not None), key=lambda s: (_first(s), _last(s), s.title))
    free: list[tuple[float, int]] = []  # (where the lane's last bar ends, lane)
    placed: list[tuple[Span, int]] = []
    lanes = 0
    for span in dated:
        if free and free[0][0] <= _first(span):
            lane = heapq.heappop(free)[1]
        else:
            lane, lanes = lanes, lanes + 1
        heapq.heappush(free, (_last(span), lane))
        placed.append((span, lane))
    following: dict[int, float] = {}
    items: list[Item] = []
    for span, lane in reversed(placed):
        assert span.period is not None and span.core is not None
        core = span.core
        room = following.get(lane, math.inf)
        items.append(
            Item(span, lane, _first(span), _last(span), core.first.toordinal(), core.last.toordinal() + 1.0, room)
        )
        following[lane] = _first(span)
    items.reverse()
    return items, lanes


def _first(span: Span) -> float:
    assert span.period is not None
    return float(span.period.first.toordinal())


def _last(span: Span) -> float:
    assert span.period is not None
    return span.period.last.toordinal() + 1.0


def span_tip(span: Span) -> str:
    """What a tooltip says of an incident: its title and its dates as precisely as they are known."""
    when = date_text({"start_date": span.start, "end_date": span.end, "date_precision": span.precision})
    lines = [span.title, when]
    if span.precision == APPROXIMATE:
        lines.append(tr("drawn {days} days either side of the dates given").format(days=APPROXIMATE_DAY_MARGIN.days))
    elif span.precision == DatePrecision.UNKNOWN.value and span.start is not None:
        lines.append(tr("how precise this date is is not known"))
    return "\n".join(lines)


def keys_description() -> str:
    """What the keys and the mouse do on the timeline, as Help lists them (hrdoc.gui.shortcuts)."""
    return "; ".join(f"{keys.description()}: {keys.text()}" for keys in shortcuts.TIMELINE)


class TimelineView(QAbstractScrollArea):
    """The timeline itself (see the module): :meth:`set_items` gives it a case's lanes."""

    picked = Signal(object)  # the Period chosen: dragged across, or the days an incident may have happened on
    incident_picked = Signal(str)  # the id of the incident clicked (or chosen with Enter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        name(self, tr("Timeline of the incidents"))
        self.setAccessibleDescription(keys_description())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.items: list[Item] = []
        self.lanes = 0
        self._by_lane: list[list[Item]] = []
        self._firsts: list[list[float]] = []
        self._order: list[Item] = []  # in time, for Up and Down
        self._low, self._high = 0.0, 1.0  # the days the scroll bar spans
        self.scale = 1.0  # pixels per day
        self.period: Period | None = None
        self._drag: tuple[float, float] | None = None  # days where a drag began and is now
        self._press: QPoint | None = None
        self._drag_from = 0.0
        self.current: Item | None = None  # the incident reached with Up and Down
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    # -- what is shown ---------------------------------------------------------------------------------

    def set_items(self, items: list[Item], lanes: int, *, keep_view: bool = False) -> None:
        """Draw these lanes: every dated incident in view, or with ``keep_view`` (the same case read again after a
        change) the zoom and the days in view as they were, and the incident reached with the keys still reached."""
        kept = (self._day_at_lead(0), self.scale) if keep_view and self.items else None
        current = self.current.span.id if keep_view and self.current is not None else None
        self.items, self.lanes = items, lanes
        self._by_lane = [[] for _ in range(lanes)]
        for item in items:
            self._by_lane[item.lane].append(item)
        self._firsts = [[i.first for i in lane] for lane in self._by_lane]
        self._order = sorted(items, key=lambda i: (i.first, i.lane))
        self.current = next((i for i in items if i.span.id == current), None)
        if items:
            low, high = min(i.first for i in items), max(i.last for i in items)
        else:
            today = dt.date.today()
            low, high = float(dt.date(today.year, 1, 1).toordinal()), float(dt.date(today.year, 12, 31).toordinal())
        margin = max(2.0, (high - low) * 0.03)
        self._low, self._high = low - margin, high + margin
        if kept is None:
            self.show_all()
            return
        first, self.scale = kept
        self._set_scale(self.scale, 0.0)
        self.horizontalScrollBar().setValue(round((first - self._low) * self.scale))

    def set_period(self, period: Period | None) -> None:
        """The period the lists show, highlighted."""
        self.period = period
        self.viewport().update()

    def show_all(self) -> None:
        """Every dated incident in view."""
        self._set_scale(self.viewport().width() / max(self._high - self._low, 1.0), 0.0)
        self.horizontalScrollBar().setValue(0)

    def axis_step(self) -> Step:
        return step_for(self.scale, self.fontMetrics().horizontalAdvance)

    def axis_unit(self) -> str:
        """What the axis's ticks count now: "year", "month", "day" or "hour"."""
        return self.axis_step().unit

    def shown(self) -> tuple[float, float]:
        """The days in view, the earliest first."""
        begin = self._day_at_lead(0)
        return begin, begin + self.viewport().width() / self.scale

    # -- coordinates -----------------------------------------------------------------------------------

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _lead(self, day: float) -> float:
        """Pixels from the viewport's leading edge (its right in a right-to-left interface) to ``day``."""
        return (day - self._low) * self.scale - self.horizontalScrollBar().value()

    def x_of(self, day: float) -> float:
        lead = self._lead(day)
        return self.viewport().width() - lead if self._right_to_left() else lead

    def _day_at_lead(self, lead: float) -> float:
        return self._low + (self.horizontalScrollBar().value() + lead) / self.scale

    def day_at(self, x: float) -> float:
        return self._day_at_lead(self.viewport().width() - x if self._right_to_left() else x)

    def _lane_top(self, lane: int) -> int:
        return AXIS + 4 + lane * LANE - self.verticalScrollBar().value()

    def _least_scale(self) -> float:
        return self.viewport().width() / max(self._high - self._low, FEWEST_DAYS_SHOWN)

    def _set_scale(self, scale: float, anchor_lead: float) -> None:
        """Zoom to ``scale``, the day at ``anchor_lead`` pixels from the leading edge staying there."""
        day = self._day_at_lead(anchor_lead)
        self.scale = min(max(scale, self._least_scale()), MOST_PIXELS_PER_DAY)
        self._update_bars()
        self.horizontalScrollBar().setValue(round((day - self._low) * self.scale - anchor_lead))
        self.viewport().update()

    def zoom(self, factor: float, x: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out around ``x`` (the middle of the view if None)."""
        width = self.viewport().width()
        x = width / 2 if x is None else x
        self._set_scale(self.scale * factor, width - x if self._right_to_left() else x)

    def _update_bars(self) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        bar = self.horizontalScrollBar()
        bar.setRange(0, max(0, math.ceil((self._high - self._low) * self.scale - width)))
        bar.setPageStep(max(width, 1))
        bar.setSingleStep(max(width // 10, 1))
        lanes = self.verticalScrollBar()
        lanes.setRange(0, max(0, AXIS + 8 + self.lanes * LANE - height))
        lanes.setPageStep(max(height - AXIS, LANE))
        lanes.setSingleStep(LANE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        first = self._day_at_lead(0)
        super().resizeEvent(event)
        self.scale = max(self.scale, self._least_scale())
        self._update_bars()
        self.horizontalScrollBar().setValue(round((first - self._low) * self.scale))

    # -- finding ---------------------------------------------------------------------------------------

    def _in_view(self, lane: int, begin: float, end: float) -> list[Item]:
        firsts = self._firsts[lane]
        start = max(bisect.bisect_right(firsts, begin) - 1, 0)
        stop = bisect.bisect_right(firsts, end)
        return [i for i in self._by_lane[lane][start:stop] if i.last >= begin]

    def item_at(self, point: QPoint) -> Item | None:
        lane = (point.y() - self._lane_top(0)) // LANE
        if point.y() < AXIS or not 0 <= lane < self.lanes:
            return None
        slack = MIN_BAR / self.scale
        day = self.day_at(point.x())
        return next(iter(self._in_view(lane, day - slack, day + slack)), None)

    # -- painting --------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, palette.color(QPalette.ColorRole.Base))
        begin, end = self.shown()
        step = self.axis_step()
        self._paint_grid(painter, begin, end, step, height)
        self._paint_period(painter, height)
        accent = palette.color(QPalette.ColorRole.Highlight)
        top_lane = max(0, (self.verticalScrollBar().value() - 4) // LANE)
        bottom_lane = min(self.lanes, top_lane + height // LANE + 2)
        for lane in range(top_lane, bottom_lane):
            for item in self._in_view(lane, begin, end):
                self._paint_item(painter, item, accent, palette)
        self._paint_axis(painter, begin, end, step, width)
        painter.end()

    def bar_rect(self, first: float, last: float, lane: int) -> QRectF:
        x0, x1 = sorted((self.x_of(first), self.x_of(last)))
        if x1 - x0 < MIN_BAR:
            middle = (x0 + x1) / 2
            x0, x1 = middle - MIN_BAR / 2, middle + MIN_BAR / 2
        return QRectF(x0, self._lane_top(lane) + (LANE - BAR) / 2, x1 - x0, BAR)

    def _paint_item(self, painter: QPainter, item: Item, accent: QColor, palette: QPalette) -> None:
        precision = item.span.precision
        whole = self.bar_rect(item.first, item.last, item.lane)
        light = QColor(accent)
        light.setAlpha(70)
        if precision in VAGUE:  # somewhere in the month or the year
            painter.setPen(QPen(accent, 1))
            painter.setBrush(light)
            painter.drawRect(whole.adjusted(0.5, 0.5, -0.5, -0.5))
        elif precision == APPROXIMATE:  # the day given, its margin fading either side
            core = self.bar_rect(item.core_first, item.core_last, item.lane)
            clear = QColor(accent)
            clear.setAlpha(0)
            for edge, toward in ((whole.left(), core.left()), (whole.right(), core.right())):
                gradient = QLinearGradient(edge, 0, toward, 0)
                gradient.setColorAt(0, clear)
                gradient.setColorAt(1, light)
                painter.fillRect(QRectF(min(edge, toward), whole.top(), abs(toward - edge), BAR), gradient)
            painter.fillRect(core, accent)
        else:
            painter.fillRect(whole, accent)
        if item is self.current:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(whole.adjusted(-2, -2, 2, 2))
        self._paint_label(painter, item, whole, palette)

    def _paint_label(self, painter: QPainter, item: Item, bar: QRectF, palette: QPalette) -> None:
        """The title inside its bar where it fits (shortened in a long bar), else after the bar up to the next one
        on its lane; none where there is no room."""
        metrics = self.fontMetrics()
        title = item.span.title
        seen = bar.intersected(QRectF(0, bar.top(), self.viewport().width(), bar.height()))  # a long bar's part in view
        inside = seen.width() - 6
        if metrics.horizontalAdvance(title) <= inside or inside >= 60:
            filled = item.span.precision not in VAGUE
            role = QPalette.ColorRole.HighlightedText if filled else QPalette.ColorRole.Text
            rect, room = seen.adjusted(3, -1, -3, 1), inside
        else:
            ahead = min(self._lead(item.room_until), float(self.viewport().width()))  # shortened at the edge
            room = ahead - max(self._lead(item.last), self._lead(item.first) + MIN_BAR) - 8
            if room < 24:
                return
            role = QPalette.ColorRole.Text
            after = bar.right() + 4 if not self._right_to_left() else bar.left() - 4 - room
            rect = QRectF(after, bar.top() - 1, room, BAR + 2)
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(room))
        side = Qt.AlignmentFlag.AlignLeft
        if self._right_to_left():
            text, side = FSI + text + PDI, Qt.AlignmentFlag.AlignRight
        painter.setPen(palette.color(role))
        painter.drawText(rect, int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter), text)

    def _paint_grid(self, painter: QPainter, begin: float, end: float, step: Step, height: int) -> None:
        grid = QColor(self.palette().color(QPalette.ColorRole.Text))
        grid.setAlpha(28)
        painter.setPen(QPen(grid, 1))
        for moment in ticks(begin, end, step):
            x = round(self.x_of(position(moment)))
            painter.drawLine(x, AXIS, x, height)

    def _paint_period(self, painter: QPainter, height: int) -> None:
        chosen: tuple[float, float] | None = None
        if self._drag is not None:
            chosen = (min(self._drag), max(self._drag))
        elif self.period is not None:
            chosen = (float(self.period.first.toordinal()), self.period.last.toordinal() + 1.0)
        if chosen is None:
            return
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        x0, x1 = sorted((self.x_of(chosen[0]), self.x_of(chosen[1])))
        band = QColor(colour)
        band.setAlpha(40)
        painter.fillRect(QRectF(x0, AXIS, max(x1 - x0, 2.0), height - AXIS), band)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        for x in (x0, x1):
            painter.drawLine(round(x), AXIS, round(x), height)

    def _paint_axis(self, painter: QPainter, begin: float, end: float, step: Step, width: int) -> None:
        palette = self.palette()
        painter.fillRect(0, 0, width, AXIS, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawLine(0, AXIS - 1, width, AXIS - 1)
        metrics = self.fontMetrics()
        drawn: list[tuple[float, float]] = []
        for moment in ticks(begin, end, step):
            x = self.x_of(position(moment))
            text = label(moment, step, first=not drawn)
            advance = metrics.horizontalAdvance(text)
            left = x + 3 if not self._right_to_left() else x - 3 - advance
            if left < 0 or left + advance > width:  # whole or not at all
                continue
            if any(left < right + 6 and left + advance > other - 6 for other, right in drawn):
                continue
            painter.drawLine(round(x), AXIS - 6, round(x), AXIS - 1)
            painter.drawText(QRect(round(left), 2, advance + 2, AXIS - 6), int(Qt.AlignmentFlag.AlignVCenter), text)
            drawn.append((left, left + advance))

    # -- the mouse and the keys ------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos())
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), span_tip(item.span), self.viewport())
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        sideways = (
            delta.x() if delta.x() else (delta.y() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0)
        )
        if sideways:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(sideways / 120 * bar.singleStep()))
        elif delta.y():
            self.zoom(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._drag = None
            self._drag_from = self.day_at(event.position().x())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._press is not None and (point - self._press).manhattanLength() > CLICK:
            self._drag = (self._drag_from, self.day_at(point.x()))
            self.viewport().update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            drag, self._drag, self._press = self._drag, None, None
            if drag is not None:
                low, high = min(drag), max(drag)
                first = dt.date.fromordinal(max(1, math.floor(low)))
                last = dt.date.fromordinal(max(1, math.ceil(high) - 1))
                self.picked.emit(Period(first, max(first, last)))
            else:
                item = self.item_at(event.position().toPoint())
                if item is not None:
                    self._pick(item)
            self.viewport().update()
        super().mouseReleaseEvent(event)

    def _pick(self, item: Item) -> None:
        self.current = item
        if item.span.period is not None:
            self.picked.emit(item.span.period)
        self.incident_picked.emit(item.span.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        bar = self.horizontalScrollBar()
        backward = -1 if not self._right_to_left() else 1  # Left goes back in time, or forward right to left
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Home:
            self.show_all()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = backward if key == Qt.Key.Key_Left else -backward
            bar.setValue(bar.value() + sign * max(self.viewport().width() // 8, 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_current(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            lanes = self.verticalScrollBar()
            lanes.setValue(lanes.value() + (lanes.pageStep() if key == Qt.Key.Key_PageDown else -lanes.pageStep()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current is not None:
            self._pick(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_current(self, by: int) -> None:
        """The next (or previous) incident in time becomes the current one, brought into view."""
        if not self._order:
            return
        index = self._order.index(self.current) + by if self.current in self._order else (0 if by > 0 else -1)
        self.current = item = self._order[min(max(index, 0), len(self._order) - 1)]
        begin, end = self.shown()
        if item.last < begin or item.first > end:  # centred in time
            width = self.viewport().width()
            self.horizontalScrollBar().setValue(round((item.first - self._low) * self.scale - width / 2))
        top = self._lane_top(item.lane)
        lanes = self.verticalScrollBar()
        if top < AXIS or top + LANE > self.viewport().height():
            lanes.setValue(lanes.value() + top - AXIS - self.viewport().height() // 2)
        self.setAccessibleDescription(span_tip(item.span).replace("\n", ", "))
        self.viewport().update()
