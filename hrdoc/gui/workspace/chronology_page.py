"""The Chronology page: the case's incidents on a timeline (:mod:`hrdoc.gui.workspace.timeline`) above the
chronology table, with the incidents that have no date, or a date of unknown precision, listed apart under the
timeline. Choosing a period on the timeline (:attr:`ChronologyPage.period_picked`) narrows the lists of the
workspace to it (:mod:`hrdoc.gui.workspace.period`); the table below is one of them.

The timeline's lanes are laid out once each time the case is read (off the GUI thread), never while zooming or
scrolling.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.accessibility import name
from hrdoc.gui.background import run_in_background
from hrdoc.gui.i18n import tr
from hrdoc.gui.workspace.page import CaseData, Page, TablePage
from hrdoc.gui.workspace.timeline import ZOOM_STEP, Item, TimelineView, lay_out, span_tip
from hrdoc.services.chronology import Period, Span, incident_spans

UNDATED_ROWS = 2  # rows of undated incidents shown before the list scrolls
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def laid_out(spans: list[Span]) -> tuple[list[Item], int, list[Span]]:
    """The timeline's lanes of a case's incidents, and the incidents set apart (no date, or one of unknown
    precision), in the order entered."""
    items, lanes = lay_out(spans)
    return items, lanes, [s for s in spans if s.period is None]


class ChronologyPage(Page):
    """The timeline above the chronology table (see the module)."""

    period_picked = Signal(object)  # the Period chosen on the timeline, or None (an undated incident was chosen)

    def __init__(self, table: TablePage) -> None:
        super().__init__()
        self.title = table.title
        self.table_page = table
        self._data: CaseData | None = None
        self._generation = 0
        self._laying_out = False
        self.timeline = TimelineView()
        self.timeline.picked.connect(self.period_picked)
        self.timeline.incident_picked.connect(self._select)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for text, called, tip, act in (
            ("−", tr("Zoom out"), tr("Zoom out (-, or the wheel)"), lambda: self.timeline.zoom(1 / ZOOM_STEP)),
            ("+", tr("Zoom in"), tr("Zoom in (+, or the wheel)"), lambda: self.timeline.zoom(ZOOM_STEP)),
            (tr("All dates"), "", tr("Show every dated incident (Home)"), self.timeline.show_all),
            (
                tr("Only these dates"),
                "",
                tr("Show in the lists only the incidents of the dates in view"),
                self._pick_shown,
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            if called:  # a sign says nothing to a screen reader
                name(button, called)
            button.clicked.connect(act)
            tools.addWidget(button)
        hint = QLabel(tr("Drag across the timeline to show a period; click an incident to show its dates."))
        hint.setWordWrap(True)
        hint.setObjectName("timelineHint")
        tools.addWidget(hint, 1)
        self.undated_label = QLabel()
        self.undated_label.setObjectName("undatedHeading")
        self.undated = QListWidget()
        self.undated.setObjectName("undatedIncidents")
        name(self.undated, tr("Incidents not on the timeline"))
        self.undated.setFlow(QListWidget.Flow.LeftToRight)
        self.undated.setWrapping(True)
        self.undated.setSpacing(2)
        self.undated.setFixedHeight(UNDATED_ROWS * (self.undated.fontMetrics().height() + 8) + 6)
        self.undated.itemActivated.connect(self._undated_chosen)
        self.undated.itemClicked.connect(self._undated_chosen)
        self.undated_label.setBuddy(self.undated)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(tools)
        upper_layout.addWidget(self.timeline, 1)
        upper_layout.addWidget(self.undated_label)
        upper_layout.addWidget(self.undated)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timelineSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(table)
        self.splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_undated([])

    def busy(self) -> bool:
        """Whether the timeline is being read and laid out (what the GUI benchmark waits for)."""
        return self._laying_out

    def tables(self) -> list[TablePage]:
        return [self.table_page]

    def show_case(self, data: CaseData) -> None:
        self.table_page.show_case(data)
        if data is self._data:
            return
        same_case = self._data is not None and self._data["case"]["id"] == data["case"]["id"]
        self._data = data
        self._generation += 1
        generation = self._generation
        ctx, case_id = data["pages"].ctx, uuid.UUID(data["case"]["id"])
        self._laying_out = True
        run_in_background(
            None,
            "",
            lambda _progress: laid_out(incident_spans(ctx, case_id)),
            lambda result: self._laid_out(result, generation, same_case),
            lambda error: self._failed(error, generation),
            quiet=True,
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:  # else the store was locked or the case read again meanwhile
            self._laying_out = False
            raise error

    def _laid_out(self, result: tuple[list[Item], int, list[Span]], generation: int, same_case: bool) -> None:
        if generation != self._generation:
            return  # another case, or the case read again, meanwhile
        items, lanes, undated = result
        self._laying_out = False
        self.timeline.set_items(items, lanes, keep_view=same_case)  # a change saved: the view stays as it was
        self._show_undated(undated)

    def _show_undated(self, undated: list[Span]) -> None:
        self.undated.clear()
        for span in undated:
            entry = QListWidgetItem(span.title)
            entry.setToolTip(span_tip(span))
            entry.setData(ID_ROLE, span.id)
            self.undated.addItem(entry)
        self.undated_label.setText(tr("No date, or a date of unknown precision ({count}):").format(count=len(undated)))
        for widget in (self.undated_label, self.undated):
            widget.setVisible(bool(undated))

    def set_period(self, first: dt.date | None, last: dt.date | None) -> None:
        """The period the workspace's lists show, highlighted on the timeline."""
        self.timeline.set_period(Period(first, last) if first is not None and last is not None else None)

    def _pick_shown(self) -> None:
        begin, end = self.timeline.shown()
        first = dt.date.fromordinal(max(1, int(begin)))
        self.period_picked.emit(Period(first, max(first, dt.date.fromordinal(max(1, int(end))))))

    def _select(self, incident_id: str) -> None:
        self.table_page.select_record(incident_id)

    def _undated_chosen(self, entry: QListWidgetItem) -> None:
        """An incident set apart is in no period: every incident is shown again, that one selected."""
        self.period_picked.emit(None)
        self._select(str(entry.data(ID_ROLE)))

    def clear(self) -> None:
        self._data = None
        self._generation += 1
        self._laying_out = False
        self.table_page.clear()
        self.timeline.set_items([], 0)
        self._show_undated([])
