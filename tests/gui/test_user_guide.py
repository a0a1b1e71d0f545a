"""Help → User guide (F1): shipped with the app, opened in a window, listing every key the window answers to
(from the declarations in hrdoc.gui.shortcuts and the menus' own actions), saying what each audience sees as the
sharing policy decides it, and every word of it passed through the translation function."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QApplication

from hrdoc.gui import shortcuts, user_guide
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.shortcuts import NATIVE, ShortcutsDialog
from hrdoc.gui.user_guide import GUIDE_FILE, UserGuideDialog, guide_html, guide_strings
from hrdoc.services import sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.sharing import Audience
from tests.gui.modal import when_modal

pytestmark = pytest.mark.gui


class Marking(QTranslator):
    """Translates every text into itself between ⟦ ⟧, so that a test sees what went through translation."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧"


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def open_window(qtbot, ctx: StoreContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    return window


def test_f1_opens_the_guide_listing_every_key_of_the_window(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    window.activateWindow()
    qtbot.waitActive(window)
    keyed = [a for a in window.findChildren(QAction) if any(not s.isEmpty() for s in a.shortcuts())]
    assert len(keyed) > 20
    seen: list[str] = []

    def read(dialog: UserGuideDialog) -> None:
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    opened = when_modal(UserGuideDialog, read)
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert opened and opened[0].windowTitle() == "hrdoc user guide"
    text = seen[0]
    for heading in ("Entering a case", "Who sees what", "Keyboard shortcuts"):
        assert heading in text
    for action in keyed:  # the menus' actions, the toolbar's, the evidence page's, the pages' Alt+1 …
        for sequence in action.shortcuts():
            assert sequence.toString(NATIVE) in text, f"{action.text()}: {sequence.toString(NATIVE)} not listed"
    for _heading, keys in shortcuts.sections():
        for declared in keys:
            assert declared.text() in text and declared.description() in text
    # Help → Keyboard shortcuts lists the same keys, from the same declarations.
    listed = ShortcutsDialog(window, window.menuBar())
    qtbot.addWidget(listed)
    for action in keyed:
        for sequence in action.shortcuts():
            assert sequence.toString(NATIVE) in listed.text.toPlainText()


def test_the_window_actions_take_their_keys_from_the_declarations(qtbot, demo_ctx: StoreContext) -> None:
    window = open_window(qtbot, demo_ctx)
    for action, declared in (
        (window.lock_action, shortcuts.LOCK),
        (window.search_action, shortcuts.SEARCH),
        (window.new_record_action, shortcuts.NEW_RECORD),
        (window.edit_action, shortcuts.EDIT),
        (window.undo_action, shortcuts.UNDO),
        (window.redo_action, shortcuts.REDO),
        (window.report_action, shortcuts.REPORT),
        (window.guide_action, shortcuts.GUIDE),
        (window.case_list_action, shortcuts.CASE_LIST),
    ):
        assert action.shortcuts() == declared.sequences(), action.text()


def test_who_sees_what_follows_the_sharing_policy() -> None:
    text = user_guide.audiences_html()
    for audience in Audience:
        assert audience.label in text
        if audience.banner:
            assert audience.banner in text
    # The public's row says the witness's words need more consent than sharing; the partners' row does not.
    rows = re.findall(r"<tr>(.*?)</tr>", text)
    public = next(r for r in rows if r.startswith(f"<td valign='top'>{Audience.PUBLIC.label}<"))
    partners = next(r for r in rows if r.startswith(f"<td valign='top'>{Audience.PARTNERS.label}<"))
    assert "agreed to be quoted" in public and "agreed to be quoted" not in partners
    assert sharing.visibilities(Audience.PUBLIC) == {"public"} and "Records marked Public<" in public
    assert "Records marked Public or Restricted" in partners
    assert "A new record starts as Restricted" in text
    # How precisely each audience sees a place's position, as sharing.POSITIONS declares it.
    internal = next(r for r in rows if r.startswith(f"<td valign='top'>{Audience.INTERNAL.label}<"))
    assert sharing.POSITIONS[Audience.PUBLIC].decimals == 1 and "Rounded to 0.1° (about 11 km)" in public
    assert "finer than “Near”" in public and "finer than" not in partners
    assert "Rounded to 0.01° (about 1 km)" in partners and "As recorded" in internal


def test_every_word_of_the_guide_goes_through_translation(marking: None) -> None:
    html = guide_html()
    for source in guide_strings():
        assert f"⟦{source}⟧" in html
    document = QTextDocument()
    document.setHtml(html)

    def untranslated(text: str) -> str:
        while re.search(r"⟦[^⟦⟧]*⟧", text):  # what was translated, innermost first
            text = re.sub(r"⟦[^⟦⟧]*⟧", "", text)
        return text.strip()

    # What is left is only key names (as Qt writes them, its words translated too) and the banners reports print.
    allowed = {k.text() for _h, keys in shortcuts.sections() for k in keys}
    allowed |= {a.banner for a in Audience if a.banner}
    allowed = {untranslated(a) for a in allowed}
    leftover = [untranslated(line) for line in document.toPlainText().splitlines()]
    assert all(part in allowed for part in leftover if part), [p for p in leftover if p and p not in allowed]


def test_the_guide_ships_with_the_app_and_says_when_it_is_missing(tmp_path) -> None:
    assert GUIDE_FILE.is_file()
    assert len(guide_strings()) > 10
    missing = guide_html(path=tmp_path / "nowhere.html")
    assert "cannot be read" in missing
