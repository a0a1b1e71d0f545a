"""The main window: the case list beside the open case's workspace, with menus, toolbar and status bar.

The case list follows every change: its counts are read again after each record saved, undone or deleted, and
a new case is selected and opened at once, on its Overview, so the next records go into it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdoc import __version__
from hrdoc.domain.registry import Kind
from hrdoc.gui import settings
from hrdoc.gui.exchange.conflicts import ConflictsDialog
from hrdoc.gui.exchange.transfers import Transfers
from hrdoc.gui.keyboard import guard_wheels
from hrdoc.gui.main_menus import build_menus
from hrdoc.gui.models.case_table import CaseFilterProxy, CaseTableModel, Column, Role, status_label
from hrdoc.gui.preferences import PreferencesDialog
from hrdoc.gui.report_dialog import ReportDialog
from hrdoc.gui.search_dialog import SearchDialog, parse_choice
from hrdoc.gui.shortcuts import ShortcutsDialog
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.gui.workspace.shell import CaseWorkspace
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext

if TYPE_CHECKING:
    from hrdoc.gui.app import AppController


class MainWindow(QMainWindow):
    def __init__(self, ctx: StoreContext, controller: AppController | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.controller = controller
        self.setWindowTitle(self.tr("hrdoc — {0}").format(ctx.location.describe()))
        self.resize(1280, 760)

        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter cases"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ("open", "under_review", "closed", "archived"):
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(str(self.status_filter.currentData()))
        )

        self.table = QTableView()
        self.table.setObjectName("caseList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in Column:
            mode = header.ResizeMode.Stretch if column is Column.TITLE else header.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(self._open_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_report_action())

        self.undo_stack = RecordUndoStack(ctx, self)
        self.undo_stack.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Undo"), message))
        self.workspace = CaseWorkspace(ctx, undo_stack=self.undo_stack)
        self.workspace.cases_changed.connect(self.refresh_cases)
        self.workspace.case_created.connect(self.show_new_case)
        self._keep_open = False  # while the case list is read again, the open case stays as it is
        self._pending_record: tuple[str, str] | None = None  # a search hit to show once its case is loaded
        self.workspace.loaded.connect(self._show_pending_record)
        self.workspace.conflicts_requested.connect(lambda: self.open_conflicts())
        self.transfers = Transfers(self)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 860])

        # Why this store cannot be changed here (a write-protected key, a full disk), for as long as it is open.
        self.store_notes = QLabel(" · ".join(ctx.notes))
        self.store_notes.setObjectName("storeNotes")
        self.store_notes.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        self.store_notes.setWordWrap(False)
        self.store_notes.setVisible(bool(ctx.notes))
        self.statusBar().addPermanentWidget(self.store_notes)

        self.locked_page = QLabel(self.tr("hrdoc is locked. Enter the passphrase to continue."))
        self.locked_page.setObjectName("lockedPage")
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_page)
        self.setCentralWidget(self.central)

        self._locked = False
        self._build_actions()
        guard_wheels(self)
        self._restore_geometry()
        self.refresh()

    # -- actions ---------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock now"), self.lock, QKeySequence("Ctrl+L"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.find_action = self._action(
            self.tr("&Filter cases"), lambda: self.filter_edit.setFocus(), QKeySequence.StandardKey.Find
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.search_action = self._action(self.tr("&Search all cases…"), self.open_search, QKeySequence("Ctrl+K"))
        self.search_action.setToolTip(self.tr("Search every case's records (Ctrl+K)"))
        self.preferences_action = self._action(self.tr("&Preferences…"), self.open_preferences, QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About hrdoc"), self._about)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            lambda: ShortcutsDialog.show_for(self),
            QKeySequence.StandardKey.HelpContents,
        )
        self.report_action = self._action(self.tr("&Report…"), self.open_report, QKeySequence("Ctrl+P"))
        self.report_action.setToolTip(self.tr("Make a PDF report of the selected case for an audience (Ctrl+P)"))
        self.export_action = self._action(
            self.tr("&Export case…"), self.transfers.export_case, QKeySequence("Ctrl+Shift+S")
        )
        self.export_action.setToolTip(self.tr("Write the selected case to a bundle file for a colleague or partner"))
        self.import_action = self._action(
            self.tr("&Import case…"), self.transfers.import_case, QKeySequence("Ctrl+Shift+O")
        )
        self.import_action.setToolTip(self.tr("Add or merge a case from a bundle file"))
        self.sync_action = self._action(
            self.tr("S&ync with team store…"), self.transfers.sync_case, QKeySequence("Ctrl+Shift+Y")
        )
        self.sync_action.setToolTip(self.tr("Bring the selected case and the team store's copy together"))
        self.table_csv_action = self._action(self.tr("Export &table as CSV…"), self.export_table_csv)
        self.table_csv_action.setToolTip(self.tr("Write one table of the selected case for a spreadsheet"))
        self.acled_import_action = self._action(self.tr("Import &ACLED CSV…"), self.import_acled_csv)
        self.acled_import_action.setToolTip(
            self.tr("Add the events of an ACLED-style CSV file to the selected case as incidents")
        )
        self.acled_export_action = self._action(self.tr("Export incidents as ACLE&D CSV…"), self.export_acled_csv)
        self.acled_export_action.setToolTip(self.tr("Write the selected case's incidents as an ACLED-style CSV file"))
        self.conflicts_action = self._action(self.tr("&Conflicts…"), lambda: self.open_conflicts())
        self.conflicts_action.setToolTip(
            self.tr("Records of the selected case changed both here and in another copy: choose a version")
        )

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.new_case_action = self._action(self.tr("New &case…"), self.new_case)
        self.new_record_action = self._action(
            self.tr("&New record…"), self.workspace.new_in_current_page, QKeySequence("Ctrl+N")
        )
        self.new_record_action.setToolTip(self.tr("Add a record of the kind shown on the current page (Ctrl+N)"))
        self.edit_action = self._action(self.tr("&Edit selected…"), self.edit_selected, QKeySequence("F2"))
        self.edit_action.setToolTip(self.tr("Edit the selected record (F2, Enter or double-click)"))
        self.delete_action = self._action(
            self.tr("&Delete selected…"), self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.edit_actions = (
            self.undo_action,
            self.redo_action,
            self.new_case_action,
            self.new_record_action,
            self.edit_action,
            self.delete_action,
        )
        build_menus(self)

    # -- data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The case list and the open case, read again (Refresh; after an import, a sync or a merge decision)."""
        opened = self.workspace.case_id
        self.refresh_cases()
        if opened is not None and self.workspace.case_id == opened:  # still selected: read it again too
            self.workspace.reload()

    def refresh_cases(self) -> None:
        """The case list as the store holds it now (titles, counts), the selected case kept selected and, if it
        is the open one, not read again (the workspace reloads what it changed itself)."""
        current = self.current_case_id()
        summaries = CaseService(self.ctx).summaries()
        self._keep_open = True
        try:
            self.model.set_cases(summaries)
            if (current is None or not self.select_case(current)) and self.proxy.rowCount():
                self.table.selectRow(0)
        finally:
            self._keep_open = False
        if not self.table.currentIndex().isValid():
            self.workspace.clear()  # the open case was deleted, or is filtered out
        self.show_status(len(summaries))
        self._update_report_action()

    def show_status(self, cases: int | None = None) -> None:
        """The status bar: how many cases, which store, and who is working (the name written in the logs)."""
        count = self.model.rowCount() if cases is None else cases
        self.statusBar().showMessage(
            self.tr("{0} case(s) · store: {1} · working as {2}").format(
                count, self.ctx.location.describe(), self.ctx.user
            )
        )

    def current_case_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return uuid.UUID(str(self.proxy.data(index, Role.CASE_ID)))

    def select_case(self, case_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), Role.CASE_ID) == str(case_id):
                self.table.selectRow(row)
                return True
        return False

    def new_case(self) -> None:
        self.workspace.new_record(Kind.CASE)  # once saved, show_new_case opens it

    def show_new_case(self, case_id: uuid.UUID) -> None:
        """Select and open a case just created, on its Overview: the next records go into it."""
        self.refresh_cases()
        if not self.select_case(case_id):  # the list's filters hide it
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(0)
            self.select_case(case_id)
        self.workspace.nav.setCurrentRow(0)
        self.table.scrollTo(self.table.currentIndex())

    def edit_selected(self) -> None:
        """Edit the selected case when the case list has the focus, else the workspace's selected record."""
        case_id = self.current_case_id()
        if self.table.hasFocus() and case_id is not None:
            self.workspace.edit_record(Kind.CASE, case_id)
        else:
            self.workspace.edit_selected()

    def delete_selected(self) -> None:
        case_id = self.current_case_id()
        if self.table.hasFocus() and case_id is not None:
            self.workspace.delete_record(Kind.CASE, case_id)
        else:
            self.workspace.delete_selected()

    def _update_report_action(self) -> None:
        """Actions on the selected case: enabled when there is one and the store is unlocked."""
        enabled = not self._locked and self.current_case_id() is not None
        for action in (
            self.report_action,
            self.export_action,
            self.sync_action,
            self.conflicts_action,
            self.table_csv_action,
            self.acled_import_action,
            self.acled_export_action,
        ):
            action.setEnabled(enabled)

    def is_locked(self) -> bool:
        return self._locked

    def open_conflicts(self, case_id: uuid.UUID | None = None) -> None:
        """Show the open conflicts of the case (the selected one by default); refresh after any decision."""
        case_id = case_id or self.current_case_id()
        if self._locked or case_id is None:
            return
        case = CaseService(self.ctx).resolve(str(case_id))
        names = self.workspace.names if self.workspace.case_id == case_id else {}
        resolved = ConflictsDialog.ask(
            self.ctx, case_id, self, case_label=f"{case.reference} — {case.title}", names=dict(names)
        )
        if resolved and not self._locked:
            self.refresh()  # the case list (a case's own fields may have changed) and the open case

    def _selected_case(self) -> tuple[uuid.UUID, str] | None:
        """The selected case and its label ("ML-2025-004 — Title"), unless the store is locked."""
        index = self.table.currentIndex()
        case_id = self.current_case_id()
        if self._locked or case_id is None or not index.isValid():
            return None
        reference = str(self.proxy.data(self.proxy.index(index.row(), Column.REFERENCE)))
        title = str(self.proxy.data(self.proxy.index(index.row(), Column.TITLE)))
        return case_id, f"{reference} — {title}"

    def export_table_csv(self) -> None:
        """File → Export table as CSV…, for the selected case (the table of the page shown, by default)."""
        from hrdoc.gui.exchange.table_export import export_table

        if (selected := self._selected_case()) is not None:
            export_table(self, self.ctx, *selected)

    def import_acled_csv(self) -> None:
        """File → Import ACLED CSV…, into the selected case."""
        from hrdoc.gui.exchange.acled import import_acled_file

        if (selected := self._selected_case()) is not None:
            import_acled_file(self, self.ctx, *selected, on_imported=self._after_acled_import)

    def _after_acled_import(self) -> None:
        if not self._locked:
            self.refresh()  # the case list and the open case, as they now are

    def export_acled_csv(self) -> None:
        """File → Export incidents as ACLED CSV…, for the selected case."""
        from hrdoc.gui.exchange.acled import export_acled_file

        if (selected := self._selected_case()) is not None:
            export_acled_file(self, self.ctx, *selected)

    def open_report(self) -> None:
        index = self.table.currentIndex()
        if self._locked or not index.isValid():
            return
        reference = str(self.proxy.data(self.proxy.index(index.row(), Column.REFERENCE)))
        title = str(self.proxy.data(self.proxy.index(index.row(), Column.TITLE)))
        ReportDialog.ask(self.ctx, reference, self, title=title)

    def _open_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            if not self._keep_open:
                self.workspace.clear()
            return
        case_id = uuid.UUID(str(self.proxy.data(current, Role.CASE_ID)))
        if self._keep_open and case_id == self.workspace.case_id:
            return
        self.workspace.open_case(case_id)

    # -- search and preferences ------------------------------------------------------------------------

    def open_search(self) -> None:
        choice = SearchDialog.ask(self.ctx, self)
        if choice is None:
            return
        case_id, kind, record_id = parse_choice(choice)
        if self.workspace.case_id == case_id and self.workspace.data is not None:
            self.workspace.show_record(kind, str(record_id))
            return
        self.filter_edit.clear()  # the case may be hidden by the list's filters
        self.status_filter.setCurrentIndex(0)
        self._pending_record = (kind, str(record_id))
        if not self.select_case(case_id):
            self._pending_record = None

    def _show_pending_record(self) -> None:
        if self._pending_record is not None:
            kind, record_id = self._pending_record
            self._pending_record = None
            self.workspace.show_record(kind, record_id)

    def open_preferences(self) -> None:
        name = settings.INVESTIGATOR.get()
        if not PreferencesDialog.ask(self):
            return
        if self.controller is not None:
            self.controller.idle.set_minutes(settings.AUTOLOCK_MINUTES.get())
        if settings.INVESTIGATOR.get() != name:  # the new name is who acts in what is written from now on
            if self.controller is not None:
                self.controller.name_changed()
            self.ctx.user = settings.INVESTIGATOR.get()
        self.show_status()

    # -- locking ---------------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.controller is not None:
            self.controller.lock()

    def capture_place(self) -> dict[str, Any]:
        return {"case": self.current_case_id(), "page": self.workspace.nav.currentRow()}

    def set_locked(self, locked: bool) -> None:
        """Locked: no case data anywhere in the window, only the locked notice."""
        if locked:
            self.undo_stack.clear()  # its commands hold record values, protected details included
            self.table.selectionModel().blockSignals(True)
            self.model.clear()
            self.table.selectionModel().blockSignals(False)
            self.workspace.clear()
            self.statusBar().clearMessage()
            self.central.setCurrentWidget(self.locked_page)
        else:
            self.central.setCurrentWidget(self.splitter)
        for action in (
            self.refresh_action,
            self.find_action,
            self.lock_action,
            self.search_action,
            self.preferences_action,
            self.report_action,
            self.import_action,
        ):
            action.setEnabled(not locked)
        self._locked = locked
        self._update_report_action()
        for action in self.edit_actions:
            if action not in (self.undo_action, self.redo_action):  # the stack enables those itself
                action.setEnabled(not locked)

    def set_context(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.workspace.set_context(ctx)

    def restore_place(self, place: dict[str, Any]) -> None:
        self.refresh()
        if place.get("case") is not None:
            self.select_case(place["case"])
        self.workspace.nav.setCurrentRow(int(place.get("page") or 0))

    # -- window ----------------------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About hrdoc"),
            self.tr(
                "<b>hrdoc {0}</b><p>An offline case manager for human-rights investigators: incidents, "
                "allegations, witnesses, sources and evidence, kept encrypted on this computer.</p>"
            ).format(__version__),
        )

    def _restore_geometry(self) -> None:
        store = QSettings()
        geometry = store.value(settings.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = store.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = QSettings()
        store.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        if self.controller is not None:
            self.controller.shutdown()
        super().closeEvent(event)
