"""The Incidents table fits a 1366×768 laptop in English and Arabic (issue 16): beside the case list and the detail
pane its columns end within the table, with no sideways scrolling, its headers whole (wrapped onto three lines
where the table is tight, :class:`~hrdoc.gui.workspace.page.TwoLineHeader`), and back on two lines on a wider
screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from hrdoc.gui import i18n, window_fit
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.columns import LONG_TIGHT
from hrdoc.gui.workspace.page import TwoLineHeader
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.context import StoreContext

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = i18n.install(qapp, request.param)
    yield request.param
    installed.remove()


def _incidents(
    qtbot, ctx: StoreContext, monkeypatch: pytest.MonkeyPatch, screen: QRect
) -> tuple[MainWindow, QTableView]:
    monkeypatch.setattr(window_fit, "available_geometry", lambda widget=None: QRect(screen))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    table = window.workspace.go_to(IncidentsPage).tables()[0].table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5_000)
    for _ in range(3):  # the fitter's queued refits, and the header's new height
        QApplication.processEvents()
    return window, table


def _cut_headers(table: QTableView) -> list[str]:
    """The labels of the table's header that do not fit their sections, wrapped as the header wraps them."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in range(header.count()):
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        room = header.sectionSize(column) - 2 * margin
        if column == header.sortIndicatorSection():
            room -= metrics.height() + 3 * margin  # the arrow's room
        drawn = metrics.boundingRect(QRect(0, 0, room, 1000), Qt.TextFlag.TextWordWrap, text)
        if drawn.width() > room or drawn.height() > header.height():
            cut.append(text)
    return cut


def test_the_incidents_columns_fit_a_laptop(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window, table = _incidents(qtbot, demo_ctx, monkeypatch, QRect(0, 0, 1366, 768))
    assert window.width() <= 1366
    header = table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)  # "Visibility": the leftmost in Arabic
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    assert header.sectionViewportPosition(header.logicalIndex(0)) >= 0
    assert table.horizontalScrollBar().maximum() == 0
    assert isinstance(header, TwoLineHeader) and header.tight  # it had to be: two-line headers scrolled
    assert not _cut_headers(table)
    title = table.columnWidth(0)  # the title, cut with its full text as a tooltip, still readable
    assert title >= LONG_TIGHT * table.fontMetrics().averageCharWidth()


def test_on_a_wide_screen_the_headers_keep_two_lines(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window, table = _incidents(qtbot, demo_ctx, monkeypatch, QRect(0, 0, 1920, 1080))
    window.resize(1900, 1000)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 700, timeout=5_000)
    QApplication.processEvents()
    assert isinstance(header, TwoLineHeader) and not header.tight
    assert table.horizontalScrollBar().maximum() == 0 and not _cut_headers(table)
