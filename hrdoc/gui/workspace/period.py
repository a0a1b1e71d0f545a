"""The period the open case's lists are narrowed to, chosen on the timeline (the Chronology page): held once, by
the workspace, which tells each page that follows it; and the bar that says so ("Showing 12 March 2022 – 30 April
2022 · Clear") above the pages that follow it, cleared by its button or by Esc.

A page follows the period through what it already is: its tables of incidents are filtered where they are sorted
and filtered, in SQL (:meth:`~hrdoc.gui.models.record_table.RecordTableModel.set_period`), and a page with a
``set_period(first, last)`` method (the timeline, the map) is told the period's first and last days (None, None
when it is cleared).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hrdoc.domain.registry import Kind
from hrdoc.gui import colours, shortcuts
from hrdoc.gui.forms.specs import day_text
from hrdoc.gui.i18n import tr
from hrdoc.gui.workspace.page import Page
from hrdoc.services.chronology import Period


def period_text(period: Period) -> str:
    """A period in words, as precisely as it was chosen: "2022" for a whole year, "March 2022" for a whole month
    (in the interface's language), else its first and last days."""
    first, last = period.first, period.last
    if first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31):
        return day_text(first, "year")
    next_month = (last + dt.timedelta(days=1)).day == 1
    if first.day == 1 and next_month and (first.year, first.month) == (last.year, last.month):
        return day_text(first, "month")
    if first == last:
        return day_text(first)
    return f"{day_text(first)} – {day_text(last)}"


def follows(page: Page) -> bool:
    """Whether ``page`` shows only what happened in the period: it lists incidents, or it is told the period."""
    return hasattr(page, "set_period") or any(t.kind == Kind.INCIDENT for t in page.tables())


class PeriodFilter(QObject):
    """The period chosen (None: none, every incident shown), and the pages told of it (see the module)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.period: Period | None = None
        self._pages: list[Page] = []

    def follow(self, page: Page) -> None:
        """Tell ``page`` of the period now and whenever it changes (a page made after the period was chosen too);
        a page that chooses periods (the Chronology page's timeline) sets it."""
        picked = getattr(page, "period_picked", None)
        if picked is not None:
            picked.connect(self.set)
        if follows(page):
            self._pages.append(page)
            self._tell(page)

    def set(self, period: Period | None) -> None:
        if period == self.period:
            return
        self.period = period
        for page in self._pages:
            self._tell(page)
        self.changed.emit()

    def clear(self) -> None:
        self.set(None)

    def _tell(self, page: Page) -> None:
        for table in page.tables():
            if table.kind == Kind.INCIDENT:
                table.model.set_period(self.period)
        told = getattr(page, "set_period", None)
        if told is not None:  # the timeline, the map (hrdoc.gui.workspace.map_page.MapPage, when there is one)
            period = self.period
            told(period.first if period else None, period.last if period else None)


class PeriodBar(QWidget):
    """ "Showing March 2022 · Clear" while a period is chosen and the page shown follows it; Esc on that page
    clears it (``keys_on``: the widget holding the pages)."""

    def __init__(self, period: PeriodFilter, keys_on: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodBar")
        self.period = period
        self._page: Page | None = None
        self.label = QLabel()
        self.label.setObjectName("periodText")
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setObjectName("clearPeriod")
        self.clear_button.setToolTip(shortcuts.tip(shortcuts.CLEAR_PERIOD.description(), shortcuts.CLEAR_PERIOD))
        self.clear_button.clicked.connect(period.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        colours.style(self.label, "QLabel {{ background: {banner}; color: {banner_text}; padding: 3px 8px; }}")
        self.escape = QShortcut(shortcuts.CLEAR_PERIOD.sequences()[0], keys_on)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.activated.connect(period.clear)
        period.changed.connect(self._update)
        self._update()

    def show_for(self, page: Page) -> None:
        """The page shown now: the bar shows while it follows the period."""
        self._page = page
        self._update()

    def _update(self) -> None:
        period = self.period.period
        shown = period is not None and self._page is not None and follows(self._page)
        if period is not None:
            self.label.setText(tr("Showing the incidents of {period}").format(period=period_text(period)))
        self.setVisible(shown)
        self.escape.setEnabled(shown)
