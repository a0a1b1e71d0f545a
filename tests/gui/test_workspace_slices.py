"""The workspace is made in small steps from the event loop after the main window's first paint (issue 15, point 3):
its modules imported in a thread, its pages made one per turn of the event loop once the first case is shown, then
a form for each kind made ahead a field at a time. Nothing done meanwhile is lost: what is asked for is made at once.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.form import RecordForm
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.pages import build_pages, page_makers
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.vocab import VocabularyService

pytestmark = pytest.mark.gui
NO_KEYS = Qt.KeyboardModifier.NoModifier


def test_page_keys_pressed_while_the_workspace_is_made_are_not_lost(qtbot, demo_ctx: StoreContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=10_000)
    assert window._workspace is None  # painted with its case list; the workspace comes after
    window.activateWindow()
    QTest.keyClick(window.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._workspace is not None and window.workspace.data is not None, timeout=10_000)
    workspace = window.workspace
    assert workspace.nav.currentRow() == 1
    # Pressed again while the other pages are still being made: the next page is made at once, and filled.
    assert not workspace.made_ahead()
    QTest.keyClick(workspace.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert workspace.nav.currentRow() == 2
    assert workspace.stack.currentWidget() is workspace.page(2)
    qtbot.waitUntil(lambda: workspace.page(2).tables()[0].model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(workspace.made_ahead, timeout=30_000)
    assert workspace.nav.currentRow() == 2


def test_pages_are_made_after_the_first_case_is_shown_then_forms_ahead(qtbot, demo_ctx: StoreContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    made_when_shown: list[int] = []
    window.painted.connect(lambda: window.workspace.loaded.connect(lambda: made_when_shown.append(made())))

    def made() -> int:
        return len(window.workspace.lazy.made())

    window.show()
    qtbot.waitUntil(lambda: bool(made_when_shown), timeout=10_000)
    workspace = window.workspace
    assert made_when_shown[0] < len(workspace.lazy)  # the Overview and the evidence page (its menu), not all twelve
    qtbot.waitUntil(workspace.made_ahead, timeout=30_000)
    assert made() == len(workspace.lazy)
    ahead = workspace.detail.ahead
    assert Kind.LOCATION in ahead.made() and Kind.ALLEGATION in ahead.made()
    form = ahead._made[Kind.LOCATION]
    places = workspace.lazy.row_of(Kind.LOCATION)
    assert places is not None
    workspace.show_page(places)
    qtbot.waitUntil(lambda: workspace.detail.showing() is not None, timeout=10_000)
    assert workspace.detail.form is form  # the form made ahead, filled with the first place
    assert workspace.detail.showing() == (Kind.LOCATION, workspace.page(places).tables()[0].selected()["id"])
    assert Kind.LOCATION not in ahead.made()  # handed out once


def test_page_makers_say_what_their_pages_are(qapp, demo_ctx: StoreContext) -> None:
    labels = VocabularyService(demo_ctx).labels
    for maker, page in zip(page_makers(labels), build_pages(labels), strict=True):
        assert (page.title, page.icon_name) == (maker.title, maker.icon_name)
        assert tuple(t.kind for t in page.tables()) == maker.kinds


@pytest.mark.parametrize("kind", [Kind.WITNESS, Kind.ALLEGATION, Kind.LOCATION, Kind.ACCOUNT])
def test_a_form_made_ahead_in_steps_shows_a_record_as_a_form_made_for_it(qtbot, demo_ctx: StoreContext, kind) -> None:
    records = RecordService(demo_ctx)
    case_id = records.records(Kind.CASE)[0].id
    record_id = records.records(kind, case_id)[0].id
    made = RecordForm(demo_ctx, kind, case_id, record_id)
    ahead = RecordForm(demo_ctx, kind, case_id, None, blank=True, in_steps=True)
    qtbot.addWidget(made)
    qtbot.addWidget(ahead)
    assert not ahead.make_more(time.perf_counter())  # nothing made yet: a step is asked for
    steps = 1
    while not ahead.make_more(time.perf_counter() + 0.0001):
        steps += 1
    assert steps > 2  # made a field or so at a time
    assert not ahead.identity_open  # a protected identity is masked, as in a form made for a saved record
    assert ahead.show_other(record_id)
    assert ahead.raw_values() == made.raw_values()
    assert list(ahead.widgets) == list(made.widgets)
    assert not ahead.is_changed()


def test_the_evidence_page_and_its_menu_come_a_turn_after_the_workspace(
    qtbot, demo_ctx: StoreContext, tmp_path: Path
) -> None:
    """Made after the first paint, the workspace leaves its evidence page to the next turn of the event loop (each
    turn then under 50 ms on a large case); the Evidence menu is filled once it is made, with the actions as the
    case allows, and files dropped on the workspace go to it."""
    from hrdoc.gui.evidence.page import EvidencePage
    from hrdoc.gui.workspace import prepare

    switching = sys.getswitchinterval()
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    built: list[bool] = []
    window.painted.connect(lambda: built.append(bool(window.evidence_menu.actions())))
    window.show()
    qtbot.waitUntil(lambda: bool(built), timeout=10_000)
    assert built == [False]  # the workspace is built; its evidence page and menu are not, yet
    qtbot.waitUntil(lambda: bool(window.evidence_menu.actions()), timeout=10_000)
    workspace = window.workspace
    page = workspace.evidence_page
    assert isinstance(page, EvidencePage) and workspace.lazy.made()
    assert {a for a in window.evidence_menu.actions() if not a.isSeparator()} == {
        a for a in page.menu_actions() if a is not None
    }
    qtbot.waitUntil(lambda: workspace.data is not None, timeout=10_000)
    assert page.add_action.isEnabled() and page.verify_action.isEnabled()  # the demo case is open
    # A file dragged over the workspace (not over the evidence page) is taken: the page filters its events.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, NO_KEYS)
    enter.ignore()
    QApplication.sendEvent(workspace, enter)
    assert enter.isAccepted()
    # The thread that imported the workspace gave the interpreter lock's switch interval back as it found it.
    qtbot.waitUntil(prepare.imported, timeout=10_000)
    assert sys.getswitchinterval() == switching
