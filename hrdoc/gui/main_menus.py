"""The main window's actions, menus and toolbar, and the icons and tooltips of its actions and of the workspace's
pages.

What each action does is a method of :class:`hrdoc.gui.main_window.MainWindow`; its keys are declared in
:mod:`hrdoc.gui.shortcuts`, and every tooltip says which keys do the same. What the workspace holds (the
Evidence menu's actions, a View menu entry and a key per page) is added once the window has built its workspace,
just after its first paint (:func:`build_page_menus`); the other actions call the workspace and the transfers
only when triggered, so that the window can be painted first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from hrdoc import __version__
from hrdoc.gui import shortcuts
from hrdoc.gui.i18n import tr
from hrdoc.gui.icons import icon
from hrdoc.gui.keyboard import mnemonic_of, with_mnemonic
from hrdoc.gui.shortcuts import ShortcutsDialog, page_keys, tip

if TYPE_CHECKING:
    from hrdoc.gui.main_window import MainWindow

# Each page's icon in the navigation, by the page's name (Page.icon_name): one drawing per page.
PAGE_ICONS = {
    "overview": "overview",
    "incidents": "incident",
    "places": "place",
    "map": "map",
    "actors": "actor",
    "victims": "victim",
    "responsibility": "responsibility",
    "witnesses": "witness",
    "sources": "source",
    "evidence": "evidence",
    "links": "link",
    "chronology": "chronology",
    "audit": "audit",
}


def build_actions(window: MainWindow) -> None:
    """The window's actions, each with its keys and a tooltip naming them."""
    K = shortcuts
    window.lock_action = window._action(
        tr("&Lock now"), window.lock, K.LOCK, tr("Lock hrdoc now; open forms are kept as drafts")
    )
    window.refresh_action = window._action(
        tr("&Refresh"), window.refresh, K.REFRESH, tr("Read the case list and the open case again")
    )
    window.find_action = window._action(tr("&Filter cases"), window.filter_cases, K.FILTER_CASES)
    window.case_list_action = window._action(
        tr("&Case list"), window.show_case_list, K.CASE_LIST, tr("Show or hide the case list")
    )
    window.case_list_action.setCheckable(True)
    window.case_list_action.setChecked(True)
    window.quit_action = window._action(tr("&Quit"), window.close, K.QUIT)
    window.search_action = window._action(
        tr("&Search all cases…"), window.open_search, K.SEARCH, tr("Search every case's records")
    )
    window.preferences_action = window._action(tr("&Preferences…"), window.open_preferences, K.PREFERENCES)
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.about_action = window._action(tr("&About hrdoc"), lambda: about(window))
    window.guide_action = window._action(
        tr("User &guide"), window.open_guide, K.GUIDE, tr("How to enter a case, who sees what, the keys")
    )
    window.shortcuts_action = window._action(
        tr("&Keyboard shortcuts"), lambda: ShortcutsDialog.show_for(window, window.menuBar()), K.SHORTCUTS
    )
    window.report_action = window._action(
        tr("&Report…"),
        window.open_report,
        K.REPORT,
        tr("Make a PDF report of the selected case for an audience"),
    )
    window.export_action = window._action(
        tr("&Export case…"),
        lambda: window.transfers.export_case(),
        K.EXPORT,
        tr("Write the selected case to a bundle file for a colleague or partner"),
    )
    window.import_action = window._action(
        tr("&Import case…"),
        lambda: window.transfers.import_case(),
        K.IMPORT,
        tr("Add or merge a case from a bundle file"),
    )
    window.sync_action = window._action(
        tr("S&ync with team store…"),
        lambda: window.transfers.sync_case(),
        K.SYNC,
        tr("Bring the selected case and the team store's copy together"),
    )
    window.table_csv_action = window._action(
        tr("Export &table as CSV…"),
        window.export_table_csv,
        what=tr("Write one table of the selected case for a spreadsheet"),
    )
    window.acled_import_action = window._action(
        tr("Import &ACLED CSV…"),
        window.import_acled_csv,
        what=tr("Add the events of an ACLED-style CSV file to the selected case as incidents"),
    )
    window.acled_export_action = window._action(
        tr("Export incidents as ACLE&D CSV…"),
        window.export_acled_csv,
        what=tr("Write the selected case's incidents as an ACLED-style CSV file"),
    )
    window.conflicts_action = window._action(
        tr("&Conflicts…"),
        lambda: window.open_conflicts(),
        what=tr("Records of the selected case changed both here and in another copy: choose a version"),
    )

    window.undo_action = K.UNDO.bind(window.undo_stack.createUndoAction(window, tr("&Undo")))
    window.redo_action = K.REDO.bind(window.undo_stack.createRedoAction(window, tr("&Redo")))
    # Their text names what they would undo or redo ("Undo saved incident …"); so do their tooltips.
    for signal in (
        window.undo_stack.undoTextChanged,
        window.undo_stack.redoTextChanged,
        window.undo_stack.canUndoChanged,
        window.undo_stack.canRedoChanged,
    ):
        signal.connect(lambda *_: undo_tips(window))
    undo_tips(window)
    window.new_case_action = window._action(tr("New &case…"), window.new_case, what=tr("Open a new case"))
    window.new_record_action = window._action(
        tr("&New record…"),
        lambda: window.workspace.new_in_current_page(),
        K.NEW_RECORD,
        tr("Add a record of the kind shown on the current page"),
    )
    window.edit_action = window._action(
        tr("&Edit selected…"), window.edit_selected, K.EDIT, tr("Edit the selected record")
    )
    window.delete_action = window._action(
        tr("&Delete selected…"),
        window.delete_selected,
        K.DELETE,
        tr("Delete the selected record (asks first)"),
    )
    window.next_page_action = window._action(
        tr("Ne&xt page"), lambda: window._step_page(1), K.NEXT_PAGE, tr("Next page of the open case")
    )
    window.previous_page_action = window._action(
        tr("Pre&vious page"),
        lambda: window._step_page(-1),
        K.PREVIOUS_PAGE,
        tr("Previous page of the open case"),
    )
    window.edit_actions = (
        window.undo_action,
        window.redo_action,
        window.new_case_action,
        window.new_record_action,
        window.edit_action,
        window.delete_action,
    )


def undo_tips(window: MainWindow) -> None:
    """Undo's and Redo's tooltips name what they would do, as their texts do (the stack updates those first,
    and enables them)."""
    for action, keys, nothing in (
        (window.undo_action, shortcuts.UNDO, tr("Nothing to undo")),
        (window.redo_action, shortcuts.REDO, tr("Nothing to redo")),
    ):
        if shiboken6.isValid(action):  # not while the window is being deleted
            action.setToolTip(tip(shortcuts.plain(action.text()) if action.isEnabled() else nothing, keys))


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        tr("About hrdoc"),
        tr(
            "<b>hrdoc {version}</b><p>An offline case manager for human-rights investigators: incidents, "
            "allegations, witnesses, sources and evidence, kept encrypted on this computer.</p>"
        ).format(version=__version__),
    )


def build_menus(window: MainWindow) -> None:
    """The menu bar (File, Edit, Case, Evidence, View, Help), the toolbar, and the icons."""
    file_menu = window.menuBar().addMenu(tr("&File"))
    file_menu.addAction(window.search_action)
    file_menu.addAction(window.find_action)
    file_menu.addAction(window.refresh_action)
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.sync_action)
    file_menu.addSeparator()  # spreadsheets
    file_menu.addAction(window.table_csv_action)
    file_menu.addAction(window.acled_import_action)
    file_menu.addAction(window.acled_export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.lock_action)
    file_menu.addAction(window.preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.new_case_action)
    edit_menu.addAction(window.new_record_action)
    edit_menu.addAction(window.edit_action)
    edit_menu.addAction(window.delete_action)
    case_menu = window.menuBar().addMenu(tr("&Case"))
    case_menu.addAction(window.report_action)
    case_menu.addAction(window.conflicts_action)
    window.evidence_menu = window.menuBar().addMenu(tr("Ev&idence"))  # filled by build_evidence_menu
    view_menu = window.view_menu = window.menuBar().addMenu(tr("&View"))
    view_menu.addAction(window.case_list_action)
    view_menu.addSeparator()
    window.view_pages_end = view_menu.addSeparator()  # the pages go before it (build_page_menus)
    view_menu.addAction(window.next_page_action)
    view_menu.addAction(window.previous_page_action)
    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.addAction(window.guide_action)
    help_menu.addAction(window.shortcuts_action)
    help_menu.addAction(window.about_action)
    for menu in (file_menu, edit_menu, case_menu, help_menu):
        give_letters(menu)
    build_toolbar(window)


def give_letters(menu: QMenu) -> None:
    """A mnemonic for each action of ``menu`` still without one."""
    used = {mnemonic_of(a.text()) for a in menu.actions()} - {""}
    for action in menu.actions():
        if not action.isSeparator() and not mnemonic_of(action.text()):
            action.setText(with_mnemonic(action.text(), used))


def build_evidence_menu(window: MainWindow) -> None:
    """The Evidence menu's actions, the evidence page's (the page is made now if it was not yet)."""
    for evidence_action in window.workspace.evidence_page.menu_actions():
        if evidence_action is None:
            window.evidence_menu.addSeparator()
        else:
            window.evidence_menu.addAction(evidence_action)
    give_letters(window.evidence_menu)


def build_page_menus(window: MainWindow) -> None:
    """What the workspace holds, once the window has built it: in the View menu an entry for each page, with its
    key (Alt+1 …) and the page's icon and tooltip (the Evidence menu: :func:`build_evidence_menu`)."""
    view_menu = window.view_menu
    steps = (window.case_list_action, window.next_page_action, window.previous_page_action)
    letters: set[str] = {mnemonic_of(a.text()) for a in steps}
    for row, (title, _icon) in enumerate(window.workspace.page_heads()):  # the pages are made later
        # A page title's "&" is a letter to show ("Incidents & allegations"), not a mnemonic.
        text = with_mnemonic(title.replace("&", "&&"), letters)
        action = window._action(text, lambda _=False, r=row: window.workspace.show_page(r))
        if page_keys(row):
            action.setShortcut(QKeySequence(page_keys(row)))
        view_menu.insertAction(window.view_pages_end, action)
    page_tips(window, view_menu.actions())


def build_toolbar(window: MainWindow) -> None:
    toolbar = window.addToolBar(tr("Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(window.search_action)
    toolbar.addAction(window.refresh_action)
    toolbar.addSeparator()
    toolbar.addAction(window.new_record_action)
    toolbar.addAction(window.edit_action)
    toolbar.addAction(window.undo_action)
    toolbar.addAction(window.redo_action)
    toolbar.addSeparator()
    toolbar.addAction(window.report_action)
    toolbar.addSeparator()
    toolbar.addAction(window.lock_action)
    for action, name in (
        (window.refresh_action, "refresh"),
        (window.lock_action, "lock"),
        (window.search_action, "search"),
        (window.preferences_action, "preferences"),
        (window.undo_action, "undo"),
        (window.redo_action, "redo"),
        (window.new_record_action, "new"),
        (window.new_case_action, "case"),
        (window.edit_action, "edit"),
        (window.delete_action, "delete"),
        (window.report_action, "report"),
        (window.guide_action, "help"),
    ):
        action.setIcon(icon(name))


def page_tips(window: MainWindow, view_actions: list[QAction]) -> None:
    """Each page of the navigation with its icon and a tooltip naming its key (Alt+3), or for a page past the
    tenth, its place in the View menu (Alt+V, then its letter: the letters as the interface's language has them)."""
    view_letter = mnemonic_of(window.view_menu.title()).upper()
    pages = [a for a in view_actions if not a.isSeparator() and a is not window.case_list_action]
    for row, (title, icon_name) in enumerate(window.workspace.page_heads()):
        item = window.workspace.nav.item(row)
        name = PAGE_ICONS.get(icon_name, "")
        if name:
            item.setIcon(icon(name))
        keys = page_keys(row)
        if not keys and row < len(pages):
            keys = f"Alt+{view_letter}, {mnemonic_of(pages[row].text()).upper()}"
        item.setToolTip(tip(title, keys))
