"""The main window's menus and toolbar, and the icons of its actions and of the workspace's pages.

The actions themselves (what each does, its shortcut) are made by :class:`hrdoc.gui.main_window.MainWindow`;
this places them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from hrdoc.gui.icons import icon
from hrdoc.gui.keyboard import mnemonic_of, with_mnemonic

if TYPE_CHECKING:
    from hrdoc.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menu bar (File, Edit, Case, Evidence, View, Help), the toolbar, and the icons."""
    file_menu = window.menuBar().addMenu(window.tr("&File"))
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
    edit_menu = window.menuBar().addMenu(window.tr("&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.new_case_action)
    edit_menu.addAction(window.new_record_action)
    edit_menu.addAction(window.edit_action)
    edit_menu.addAction(window.delete_action)
    case_menu = window.menuBar().addMenu(window.tr("&Case"))
    case_menu.addAction(window.report_action)
    case_menu.addAction(window.conflicts_action)
    evidence_menu = window.menuBar().addMenu(window.tr("Ev&idence"))
    for evidence_action in window.workspace.evidence_page.menu_actions():
        if evidence_action is None:
            evidence_menu.addSeparator()
        else:
            evidence_menu.addAction(evidence_action)
    view_menu = window.menuBar().addMenu(window.tr("&View"))
    letters: set[str] = set()
    for row, page in enumerate(window.workspace.pages):
        # A page title's "&" is a letter to show ("Incidents & allegations"), not a mnemonic.
        text = with_mnemonic(page.title.replace("&", "&&"), letters)
        action = window._action(text, lambda _=False, r=row: window.workspace.nav.setCurrentRow(r))
        if row < 9:
            action.setShortcut(QKeySequence(f"Alt+{row + 1}"))
        view_menu.addAction(action)
    help_menu = window.menuBar().addMenu(window.tr("&Help"))
    help_menu.addAction(window.shortcuts_action)
    help_menu.addAction(window.about_action)
    for menu in (file_menu, edit_menu, case_menu, evidence_menu, help_menu):  # any action still without a letter
        used = {mnemonic_of(a.text()) for a in menu.actions()} - {""}
        for action in menu.actions():
            if not action.isSeparator() and not mnemonic_of(action.text()):
                action.setText(with_mnemonic(action.text(), used))

    toolbar = window.addToolBar(window.tr("Main"))
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
    ):
        action.setIcon(icon(name))
    page_icons = {
        "overview": "overview",
        "incidents": "incident",
        "places": "incident",
        "responsibility": "actor",
        "actors": "actor",
        "victims": "victim",
        "witnesses": "witness",
        "sources": "source",
        "evidence": "evidence",
        "links": "link",
        "chronology": "chronology",
        "audit": "audit",
    }
    for row, page in enumerate(window.workspace.pages):
        name = page_icons.get(page.icon_name, "")
        if name:
            window.workspace.nav.item(row).setIcon(icon(name))
