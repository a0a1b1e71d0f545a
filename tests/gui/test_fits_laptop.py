"""The app fits a laptop (issue 14, point 7): at 1366×768 and 1280×720 the main window and its dialogs lie within
the screen's free area with nothing cut, column widths follow what the columns hold, splitters are remembered,
every page has its own icon, and every page and toolbar action says its keys in its tooltip.

The screen's free area is what :func:`hrdoc.gui.window_fit.available_geometry` says; the tests replace it, so an
offscreen run tries a laptop's screen whatever the machine.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QToolBar, QWidget

from hrdoc.domain.registry import Kind
from hrdoc.gui import shortcuts, window_fit
from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.icons import icon_path
from hrdoc.gui.main_menus import PAGE_ICONS
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.models.case_table import Column
from hrdoc.gui.report_dialog import ReportDialog
from hrdoc.gui.shortcuts import NATIVE, page_keys
from hrdoc.gui.unlock import UnlockDialog
from hrdoc.gui.workspace.columns import ColumnFitter, cut, fit_columns
from hrdoc.gui.workspace.matrix import HEADER_LINES, MatrixPage
from hrdoc.gui.workspace.page import TablePage
from hrdoc.gui.workspace.pages import IncidentsPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from tests.gui.case_data import case_data

pytestmark = pytest.mark.gui

LAPTOPS = [QRect(0, 0, 1366, 768), QRect(0, 0, 1280, 720)]


@pytest.fixture(params=LAPTOPS, ids=["1366x768", "1280x720"])
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[QRect]:
    area = QRect(request.param)
    monkeypatch.setattr(window_fit, "available_geometry", lambda widget=None: QRect(area))
    yield area


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


def assert_fits(window: QWidget, area: QRect, *, placed: bool = True) -> None:
    """``window`` with its frame within ``area`` (only as large as it, for a dialog, which Qt centres on the
    offscreen screen rather than on the one the test pretends), and able to get no larger than that."""
    frame = window_fit.frame_of(window)
    name = window.objectName() or type(window).__name__
    if placed:
        assert area.contains(frame), f"{name} at {frame} is not within {area}"
    assert frame.width() <= area.width() and frame.height() <= area.height(), f"{name} is {frame.size()}"
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    room = area.size() - window_fit.FRAME
    assert needed.width() <= room.width() and needed.height() <= room.height(), (needed, room)


def cut_labels(root: QWidget) -> list[str]:
    """The visible labels under ``root`` that cut their text: a word-wrapped one shorter than its lines need, one
    on a single line narrower than its line."""
    return [
        label.text()[:40]
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.text()
        if (
            label.height() < label.heightForWidth(label.width())
            if label.wordWrap()
            else label.width() < label.minimumSizeHint().width()
        )
    ]


def wrapped_labels_whole(qtbot, root: QWidget) -> None:
    """Once laid out (a label's new text is laid out on the next turn of the event loop), no line is cut."""
    try:
        qtbot.waitUntil(lambda: not cut_labels(root), timeout=2_000)
    except qtbot.TimeoutError:
        pytest.fail(f"cut: {cut_labels(root)}")


def test_main_window_with_the_demo_case_fits_the_screen(qtbot, demo_ctx: StoreContext, screen: QRect) -> None:
    window = open_window(qtbot, demo_ctx)
    assert_fits(window, screen)
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() < window.height()
    assert "working as" in status.currentMessage()
    for row, _page in enumerate(window.workspace.pages):  # no page makes the window taller than the screen
        window.workspace.nav.setCurrentRow(row)
        QApplication.processEvents()
        assert_fits(window, screen)
    # The case list: about a quarter of the width, the demo case's title whole, the status in its tooltip.
    assert window.case_list.width() <= window.width() // 4 + 8
    assert not cut(window.table, 0, Column.TITLE)
    assert "Open" in window.case_list.row_tip(0)


def test_geometry_saved_on_a_larger_screen_is_not_restored_on_a_laptop(
    qtbot, demo_ctx: StoreContext, screen: QRect
) -> None:
    big = MainWindow(demo_ctx)
    qtbot.addWidget(big)
    big.setGeometry(QRect(0, 30, 1900, 1040))  # as on a 1920×1080 monitor
    QSettings().setValue("window/geometry", big.saveGeometry())
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window_fit.fits(window, screen)
    assert window.height() >= screen.height() - 2 * window_fit.FRAME.height()  # not shrunk to nothing

    small = MainWindow(demo_ctx)
    qtbot.addWidget(small)
    small.setGeometry(QRect(40, 60, 700, 500))  # fits (also the offscreen screen Qt clamps it to): kept
    QSettings().setValue("window/geometry", small.saveGeometry())
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.geometry().size() == small.geometry().size()


def test_splitters_are_remembered_across_restarts(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    window.splitter.setSizes([200, window.width() - 200])
    incidents = window.workspace.go_to(IncidentsPage)
    inner = incidents.findChild(QSplitter)
    assert inner is not None
    total = sum(inner.sizes())
    inner.setSizes([total // 4, total - total // 4])
    wanted = inner.sizes()
    window.close()  # saves them

    again = open_window(qtbot, demo_ctx)
    assert again.splitter.sizes()[0] == 200
    inner_again = again.workspace.go_to(IncidentsPage).findChild(QSplitter)
    assert inner_again is not None and inner_again.sizes()[0] == wanted[0]
    assert abs(inner_again.sizes()[1] - wanted[1]) <= 2  # what is left of the page's height, to a pixel or two
    again.show_case_list(False)  # F9: folded away, and so it stays
    assert again.splitter.sizes()[0] == 0 and not again.case_list_action.isChecked()
    again.close()
    third = open_window(qtbot, demo_ctx)
    assert third.splitter.sizes()[0] == 0 and not third.case_list_action.isChecked()
    third.show_case_list(True)
    assert third.splitter.sizes()[0] > 0


def test_wrong_passphrase_and_long_paths_are_shown_whole(qtbot, screen: QRect) -> None:
    dialog = UnlockDialog(
        "/home/investigator/.local/share/hrdoc/cases kept on the encrypted key/hrdoc.db", create=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_error("wrong passphrase, or not an hrdoc store; check the keyboard layout and Caps Lock, then retry")
    wrapped_labels_whole(qtbot, dialog)
    assert_fits(dialog, screen, placed=False)


def test_a_new_store_s_passphrase_hint_is_shown_whole(qtbot, screen: QRect) -> None:
    dialog = UnlockDialog("/home/investigator/hrdoc.db", create=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.setText("short one")  # weak: the longest hint
    assert "Weak" in dialog.hint.text()
    wrapped_labels_whole(qtbot, dialog)
    assert_fits(dialog, screen, placed=False)


def test_report_dialog_fits_and_shows_its_lines_whole(qtbot, demo_ctx: StoreContext, screen: QRect) -> None:
    dialog = ReportDialog(demo_ctx, "ML-2025-004", title="Annefif convoy killings")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.counted, timeout=10_000):
        dialog.show()
    assert_fits(dialog, screen, placed=False)
    wrapped_labels_whole(qtbot, dialog)
    assert "Incidents" in dialog.scope_label.text()


# -- columns ---------------------------------------------------------------------------------------------------


def table_named(window: MainWindow, header: str) -> TablePage:
    """The workspace table with a column headed ``header``, its page shown."""
    for row, page in enumerate(window.workspace.pages):
        for table in page.tables():
            model = table.table.model()
            headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
            if header in headers:
                window.workspace.nav.setCurrentRow(row)
                QApplication.processEvents()
                return table
    raise AssertionError(f"no table has a column {header!r}")


def column(table: TablePage, header: str) -> int:
    model = table.table.model()
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)


def tip_shown(table: TablePage, row: int, col: int) -> bool:
    """Whether hovering the cell shows its tooltip (the fitter lets the event through)."""
    view = table.table
    fitter = view.findChild(ColumnFitter)
    assert fitter is not None
    centre = view.visualRect(view.model().index(row, col)).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    return not fitter.eventFilter(view.viewport(), event)


def test_short_columns_are_whole_and_long_text_is_cut_with_its_tooltip(
    qtbot, demo_ctx: StoreContext, screen: QRect
) -> None:
    window = open_window(qtbot, demo_ctx)
    incidents = window.workspace.go_to(IncidentsPage)
    incidents.incidents.select_record(
        next(r["id"] for r in case_data(window)["incidents"] if r["title"].startswith("Attack on a civilian"))
    )
    allegations = incidents.allegations
    assert allegations.model.rowCount() == 2
    view = allegations.table
    short = [column(allegations, h) for h in ("Violation", "Assessment", "Standard of proof met")]
    # Measured as the page sets the incident's allegations (it never calls show_case on their table).
    qtbot.waitUntil(lambda: not any(cut(view, r, col) for r in range(2) for col in short), timeout=2_000)
    for col in short:
        assert not tip_shown(allegations, 0, col)  # whole: no tooltip repeating it
    description = column(allegations, "Description")
    long_row = max(range(2), key=lambda r: len(str(view.model().index(r, description).data())))
    text = str(view.model().index(long_row, description).data())
    if cut(view, long_row, description):
        assert view.model().index(long_row, description).data(Qt.ItemDataRole.ToolTipRole) == text
        assert tip_shown(allegations, long_row, description)
    # The victims: many short columns; the table scrolls sideways rather than cutting them.
    victims = table_named(window, "Individual or group")
    for header in ("Individual or group", "What happened to them", "Count (best estimate)"):
        col = column(victims, header)
        assert not any(cut(victims.table, r, col) for r in range(victims.model.rowCount())), f"{header} is cut"
    widths = sum(victims.table.columnWidth(c) for c in range(victims.model.columnCount()))
    if widths > victims.table.viewport().width():
        assert victims.table.horizontalScrollBar().maximum() > 0


def test_the_matrix_heads_each_source_with_its_title_on_a_few_lines_and_its_grade(
    qtbot, demo_ctx: StoreContext, screen: QRect
) -> None:
    window = open_window(qtbot, demo_ctx)
    matrix = window.workspace.go_to(MatrixPage)
    header = matrix.table.horizontalHeader()
    metrics = header.fontMetrics()
    shown = {}
    for c in range(matrix.model.columnCount()):
        kind, _rid, label, tooltip = matrix.model.columns[c]
        text = str(matrix.model.headerData(c, Qt.Orientation.Horizontal))
        lines = text.split("\n")
        assert len(lines) <= HEADER_LINES, text
        for line in lines:  # no line cut by the header itself
            assert metrics.horizontalAdvance(line) < header.sectionSize(c), (line, header.sectionSize(c))
        assert matrix.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == tooltip
        if kind == Kind.SOURCE:
            grade = label.rsplit(" ", 1)[1]  # "(B3)": kept whole, even where the title is cut
            assert text.endswith(grade) and grade[1:-1] in label
        shown[label] = " ".join(lines)
    # A title that fits on three lines is shown whole (it was "Accusations of Civilian E… (B3)"); a longer one cut
    # with "…" where the third line ends, its grade after it.
    telegraph = "Accusations of Civilian Executions by Wagner Troops in Mali (B3)"
    assert shown[telegraph] == telegraph
    azawad = next(label for label in shown if label.startswith("Azawad Liberation Front statement"))
    assert "…" in shown[azawad] and shown[azawad].endswith("… (F3)")
    assert azawad.startswith(shown[azawad].split("…")[0].rstrip())
    assert shown["Account of W-01"] == "Account of W-01"


def test_an_empty_chain_of_custody_shows_its_headers_whole(qtbot, demo_ctx: StoreContext, screen: QRect) -> None:
    window = open_window(qtbot, demo_ctx)
    evidence = window.workspace.go_to(EvidencePage)
    assert evidence.custody.rowCount() == 0  # the demo case has no files
    header = evidence.custody.horizontalHeader()
    for c in range(header.count()):
        label = evidence.custody.horizontalHeaderItem(c).text()
        assert header.sectionSize(c) >= header.sectionSizeHint(c), label  # "Arrived here (UTC)" was cut


def test_the_evidence_page_leaves_the_other_pages_their_detail_pane(
    qtbot, demo_ctx: StoreContext, screen: QRect
) -> None:
    """Every page of the workspace is as wide as the widest page's minimum (a stack of pages): the evidence page's
    chain of custody heading, on one line with a long file name, took the detail pane's room on every other page."""
    [case] = CaseService(demo_ctx).summaries()
    EvidenceService(demo_ctx).intake(case.id, io.BytesIO(b"photo"), original_name="IMG_20250309_074218-cropped.jpg")
    window = open_window(qtbot, demo_ctx)
    workspace = window.workspace
    workspace.go_to(IncidentsPage)
    QApplication.processEvents()
    before = workspace.splitter.sizes()
    assert before[1] > 0  # the detail pane beside the incidents
    evidence = workspace.go_to(EvidencePage)
    evidence.list.table.selectRow(0)
    qtbot.waitUntil(lambda: evidence.custody.rowCount() == 1)
    assert evidence.custody_title.text().startswith("Chain of custody of IMG_20250309_074218-cropped.jpg")
    workspace.go_to(IncidentsPage)
    QApplication.processEvents()
    assert workspace.splitter.sizes() == before


def test_a_column_widened_by_hand_keeps_its_width(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    sources = table_named(window, "Stance")
    header = sources.table.horizontalHeader()
    stance = column(sources, "Stance")
    fitter = sources.table.findChild(ColumnFitter)
    assert fitter is not None
    press = QPoint(header.sectionViewportPosition(stance) + header.sectionSize(stance) - 1, 5)
    from PySide6.QtTest import QTest

    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=press)
    header.resizeSection(stance, 222)  # as a drag of the column's edge does
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=press)
    window.workspace.reload()
    qtbot.waitUntil(lambda: sources.model.rowCount() > 0)
    fit_columns(sources.table)
    assert sources.table.columnWidth(stance) == 222


# -- icons and tooltips ----------------------------------------------------------------------------------------


def test_every_page_has_its_own_icon(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    names = [page.icon_name for page in window.workspace.pages]
    drawings = [PAGE_ICONS[name] for name in names]
    assert len(set(drawings)) == len(drawings), drawings
    assert len({icon_path(d).read_text(encoding="utf-8") for d in drawings}) == len(drawings)
    for row in range(window.workspace.nav.count()):
        assert not window.workspace.nav.item(row).icon().isNull()


def test_pages_and_toolbar_actions_say_their_keys(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 8
    for action in actions:
        keys = action.shortcut().toString(NATIVE)
        assert keys, f"{action.text()} has no keys"
        assert action.toolTip() and keys in action.toolTip(), (action.text(), action.toolTip())
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    view_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&View")
    page_actions = [a for a in view_menu.actions() if not a.isSeparator() and a.shortcut().toString().startswith("Alt")]
    for row in range(window.workspace.nav.count()):
        item = window.workspace.nav.item(row)
        keys = page_keys(row)
        assert item.toolTip(), f"page {row} has no tooltip"
        if keys:
            assert keys in item.toolTip()
            assert page_actions[row].shortcut() == QKeySequence(keys)
        else:  # past the tenth page: its place in the View menu
            assert "Alt+V" in item.toolTip()
    window.workspace.nav.setCurrentRow(0)
    window.next_page_action.trigger()
    assert window.workspace.nav.currentRow() == 1
    window.previous_page_action.trigger()
    window.previous_page_action.trigger()
    assert window.workspace.nav.currentRow() == window.workspace.nav.count() - 1


def test_every_page_button_says_its_keys(qtbot, demo_ctx: StoreContext) -> None:
    """New…, Edit… and Delete… on every page name the keys that do the same, as declared in hrdoc.gui.shortcuts."""
    window = open_window(qtbot, demo_ctx)
    tables = [table for page in window.workspace.pages for table in page.tables()]
    assert len(tables) >= 12
    for table in tables:
        for button, keys in (
            (table.new_button, shortcuts.NEW_RECORD),
            (table.edit_button, shortcuts.EDIT),
            (table.delete_button, shortcuts.DELETE),
        ):
            assert button.toolTip().endswith(f"({keys.text()})"), (table.title, button.text(), button.toolTip())
    assert window.new_record_action.shortcut().toString(NATIVE) == "Ctrl+N"
    assert window.workspace.pages[1].tables()[0].delete_button.toolTip().endswith("(Del)")


def test_the_default_geometry_is_centred_and_within_the_screen() -> None:
    for area in (*LAPTOPS, QRect(0, 0, 2560, 1440), QRect(1920, 24, 1366, 744)):
        rect = window_fit.default_geometry(area)
        framed = rect.adjusted(-8, -(window_fit.FRAME.height() - 8), 8, 8)
        assert area.contains(framed), (area, rect)
        assert rect.width() <= window_fit.LARGEST.width() and rect.height() <= window_fit.LARGEST.height()


def test_a_window_python_frees_leaves_the_screen_alone(qtbot) -> None:
    """Finding a window's screen makes the screen no child of the window's wrapper: a lock screen freed by the
    garbage collector once destroyed the application's only screen with it, and hrdoc crashed at its next use."""
    dialog = UnlockDialog("store.db", create=False, locked=True)
    dialog.show()
    assert window_fit.screen_of(dialog) is QGuiApplication.primaryScreen()
    window_fit.keep_on_screen(dialog)
    window_fit.fit_height(dialog)
    for screen in QGuiApplication.screens():  # a child of no wrapper, so freed with none
        assert not [line for line in shiboken6.dump(screen).splitlines() if line.startswith("parent")]
    dialog.hide()
    dialog.cycle = dialog  # freed by the garbage collector, as a closed dialog in a cycle is
    del dialog
    gc.collect()
    assert QGuiApplication.primaryScreen().availableGeometry().isValid()


def test_a_saved_state_that_is_not_a_geometry_is_ignored(qtbot, demo_ctx: StoreContext, screen: QRect) -> None:
    QSettings().setValue("window/geometry", QByteArray(b"not a geometry"))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.geometry() == window_fit.default_geometry(screen)
