"""The main window: the case list beside the open case's workspace, with menus, toolbar and status bar.

The case list follows every change: its counts are read again after each record saved, undone or deleted, and
a new case is selected and opened at once, on its Overview, so the next records go into it.

The window is painted with its case list first: the workspace (its pages, forms and their services) is built
just after that first paint, or as soon as something asks for it, and opens the case selected meanwhile; the
dialogs behind the menus (search, report, transfers, conflicts, preferences, the guide) are imported when first
opened.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.gui import colours, settings, shortcuts
from hrdoc.gui.case_list import CaseList
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import guard_wheels
from hrdoc.gui.main_menus import build_actions, build_evidence_menu, build_menus, build_page_menus
from hrdoc.gui.models.case_table import Column, Role
from hrdoc.gui.rows import select_row
from hrdoc.gui.shortcuts import Keys, tip
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.gui.window_fit import keep_on_screen, place_window, restore_splitters, save_splitters
from hrdoc.services.case_summaries import read_summaries
from hrdoc.services.context import StoreContext

if TYPE_CHECKING:
    from hrdoc.gui.app import AppController
    from hrdoc.gui.exchange.transfers import Transfers
    from hrdoc.gui.workspace.shell import CaseWorkspace


class MainWindow(QMainWindow):
    painted = Signal()  # once, just after the first paint, once the workspace is built

    ctx: StoreContext  # the open store: given to the constructor, or to open_store before the window is shown

    # Made by hrdoc.gui.main_menus.build_actions, which places them in the menus and the toolbar too.
    lock_action: QAction
    refresh_action: QAction
    find_action: QAction
    quit_action: QAction
    search_action: QAction
    preferences_action: QAction
    about_action: QAction
    guide_action: QAction
    shortcuts_action: QAction
    report_action: QAction
    export_action: QAction
    import_action: QAction
    sync_action: QAction
    table_csv_action: QAction
    acled_import_action: QAction
    acled_export_action: QAction
    conflicts_action: QAction
    undo_action: QAction
    redo_action: QAction
    new_case_action: QAction
    new_record_action: QAction
    edit_action: QAction
    delete_action: QAction
    next_page_action: QAction
    case_list_action: QAction
    previous_page_action: QAction
    edit_actions: tuple[QAction, ...]
    evidence_menu: QMenu
    view_menu: QMenu
    view_pages_end: QAction  # the View menu's separator after its pages

    def __init__(self, ctx: StoreContext | None, controller: AppController | None = None) -> None:
        """``ctx`` None: the window is made while an unlock's key is derived
        (:meth:`hrdoc.gui.app.AppController._open`), and is given its store by :meth:`open_store` once the store is
        open; nothing in it reads the store before."""
        super().__init__()
        self.controller = controller

        self.case_list = CaseList()
        self.model = self.case_list.model
        self.proxy = self.case_list.proxy
        self.filter_edit = self.case_list.filter_edit
        self.status_filter = self.case_list.status_filter
        self.table = self.case_list.table
        self.table.selectionModel().currentRowChanged.connect(self._open_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_report_action())

        self.undo_stack = RecordUndoStack(ctx, self)  # its store given by open_store if not yet open
        self.undo_stack.failed.connect(lambda message: QMessageBox.warning(self, tr("Undo"), message))
        # The workspace is built after the first paint (the property ``workspace``); until then a blank stands
        # in its place, and the case selected meanwhile waits to be opened in it.
        self._workspace: CaseWorkspace | None = None
        self._workspace_blank = QWidget()
        self._case_to_open: uuid.UUID | None = None
        self._painted = False
        self._transfers: Transfers | None = None
        self._keep_open = False  # while the case list is read again, the open case stays as it is
        self._pending_record: tuple[str, str] | None = None  # a search hit to show once its case is loaded
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
        # The case list as narrow as its columns and a title need; the workspace takes the rest, and what the
        # window gains when it grows.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self._workspace_blank)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.splitterMoved.connect(lambda *_: self.case_list_action.setChecked(self.splitter.sizes()[0] > 0))

        # Why this store cannot be changed here (a write-protected key, a full disk), for as long as it is open.
        self.store_notes = QLabel()
        self.store_notes.setObjectName("storeNotes")
        colours.style(self.store_notes, "QLabel {{ color: {warning}; font-weight: bold; }}")
        self.store_notes.setWordWrap(False)
        self.store_notes.setVisible(False)
        self.statusBar().addPermanentWidget(self.store_notes)

        self.locked_page = QLabel(tr("hrdoc is locked. Enter the passphrase to continue."))
        self.locked_page.setObjectName("lockedPage")
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_page)
        self.setCentralWidget(self.central)

        self._locked = False
        self._placed_on_screen = False
        self._build_actions()
        guard_wheels(self)
        self._restore_geometry()
        if ctx is not None:
            self.open_store(ctx)

    def open_store(self, ctx: StoreContext) -> None:
        """The store just unlocked, for a window made before it was open: its name in the title, what cannot be
        done in it, and its case list read."""
        self.ctx = ctx
        self.undo_stack.set_context(ctx)
        self.setWindowTitle(tr("hrdoc — {store}").format(store=ctx.location.describe()))
        self.store_notes.setText(" · ".join(ctx.notes))
        self.store_notes.setVisible(bool(ctx.notes))
        self.refresh()

    # -- the workspace and the transfers, made when first needed -----------------------------------------

    @property
    def workspace(self) -> CaseWorkspace:
        """The open case's pages (built on first use: see the module's docstring)."""
        if self._workspace is None:
            return self._build_workspace()
        return self._workspace

    def _build_workspace(self, *, in_turns: bool = False) -> CaseWorkspace:
        """``in_turns`` (built from the event loop once painted): the evidence page and the Evidence menu are made
        in the next turn, each turn then under 50 ms on a large case (issue 15, point 3)."""
        from hrdoc.gui.workspace import prepare

        prepare.wait()  # the thread importing the workspace's modules, if started, is done first
        from hrdoc.gui.workspace.shell import CaseWorkspace

        workspace = CaseWorkspace(self.ctx, undo_stack=self.undo_stack)
        workspace.cases_changed.connect(self.refresh_cases)
        workspace.case_created.connect(self.show_new_case)
        workspace.loaded.connect(self._show_pending_record)
        workspace.conflicts_requested.connect(lambda: self.open_conflicts())
        self.splitter.replaceWidget(1, workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self._workspace_blank.deleteLater()
        self._workspace = workspace
        guard_wheels(workspace)
        restore_splitters(self)  # the workspace's own, as last left
        build_page_menus(self)  # the pages' keys, which the workspace holds
        if in_turns:
            # (a timer, not the event posted for 0 ms, which Qt may deliver before anything else can run)
            QTimer.singleShot(1, self, self._build_evidence_menu)
        else:
            self._build_evidence_menu()
        case_id, self._case_to_open = self._case_to_open, None
        if case_id is not None and not self._locked:
            workspace.open_case(case_id)
        return workspace

    def _after_first_paint(self) -> None:
        if shiboken6.isValid(self):
            from hrdoc.gui.workspace import prepare

            prepare.when_imported(self, self._workspace_imported)  # its modules imported in a thread

    def _workspace_imported(self) -> None:
        if self._workspace is None:
            self._build_workspace(in_turns=True)
        self.painted.emit()

    def _build_evidence_menu(self) -> None:
        if shiboken6.isValid(self) and self._workspace is not None and not self.evidence_menu.actions():
            build_evidence_menu(self)

    @property
    def transfers(self) -> Transfers:
        """Export, import and sync (File menu), made when first used."""
        if self._transfers is None:
            from hrdoc.gui.exchange.transfers import Transfers

            self._transfers = Transfers(self)
        return self._transfers

    # -- actions ---------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, keys: Keys | None = None, what: str = "") -> QAction:
        """An action with its keys (from :mod:`hrdoc.gui.shortcuts`) and a tooltip saying ``what`` it does and
        which keys do it."""
        action = QAction(text, self)
        if keys is not None:
            keys.bind(action)
        if what or keys is not None:
            action.setToolTip(tip(what or shortcuts.plain(text), keys or ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        build_actions(self)
        build_menus(self)

    def show_case_list(self, shown: bool) -> None:
        """View → Case list (F9): the case list shown, or folded away to give its room to the open case."""
        sizes = self.splitter.sizes()
        if shown and sizes[0] == 0:
            width = min(self.case_list.preferred_width(), self.width() // 4)
            self.splitter.setSizes([width, max(1, sum(sizes) - width)])
        elif not shown and sizes[0] > 0:
            self.splitter.setSizes([0, sum(sizes)])
        self.case_list_action.setChecked(shown)

    def filter_cases(self) -> None:
        self.show_case_list(True)
        self.filter_edit.setFocus()

    def _step_page(self, step: int) -> None:
        nav = self.workspace.nav
        if nav.count():
            self.workspace.show_page((nav.currentRow() + step) % nav.count())

    def open_guide(self) -> None:
        from hrdoc.gui.user_guide import UserGuideDialog

        UserGuideDialog.show_for(self, self.menuBar())

    # -- data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The case list and the open case, read again (Refresh; after an import, a sync or a merge decision)."""
        opened = self._workspace.case_id if self._workspace is not None else None
        self.refresh_cases()
        if opened is not None and self.workspace.case_id == opened:  # still selected: read it again too
            self.workspace.reload()

    def refresh_cases(self) -> None:
        """The case list as the store holds it now (titles, counts), the selected case kept selected and, if it
        is the open one, not read again (the workspace reloads what it changed itself)."""
        current = self.current_case_id()
        summaries = read_summaries(self.ctx, counted=("incidents",))  # the one count the list shows
        self._keep_open = True
        try:
            self.model.set_cases(summaries)
            if (current is None or not self.select_case(current)) and self.proxy.rowCount():
                select_row(self.table, 0)
        finally:
            self._keep_open = False
        if not self.table.currentIndex().isValid():
            self._clear_workspace()  # the open case was deleted, or is filtered out
        self.show_status(len(summaries))
        self._update_report_action()

    def show_status(self, cases: int | None = None) -> None:
        """The status bar: how many cases, which store, and who is working (the name written in the logs)."""
        count = self.model.rowCount() if cases is None else cases
        cases_text = tr("1 case") if count == 1 else tr("{count} cases").format(count=count)
        self.statusBar().showMessage(
            tr("{cases} · store: {store} · working as {user}").format(
                cases=cases_text, store=self.ctx.location.describe(), user=self.ctx.user
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
                select_row(self.table, row)
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
        from hrdoc.gui.exchange.conflicts import ConflictsDialog
        from hrdoc.services.cases import CaseService

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
        from hrdoc.gui.report_dialog import ReportDialog

        ReportDialog.ask(self.ctx, reference, self, title=title)

    def _open_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            if not self._keep_open:
                self._clear_workspace()
            return
        case_id = uuid.UUID(str(self.proxy.data(current, Role.CASE_ID)))
        if self._workspace is None:  # opened once the workspace is built
            self._case_to_open = case_id
            return
        if self._keep_open and case_id == self._workspace.case_id:
            return
        self._workspace.open_case(case_id)

    def _clear_workspace(self) -> None:
        self._case_to_open = None
        if self._workspace is not None:
            self._workspace.clear()

    # -- search and preferences ------------------------------------------------------------------------

    def open_search(self) -> None:
        from hrdoc.gui.search_dialog import SearchDialog, parse_choice

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
        from hrdoc.gui.preferences import PreferencesDialog

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
        page = self._workspace.nav.currentRow() if self._workspace is not None else 0
        return {"case": self.current_case_id(), "page": page}

    def set_locked(self, locked: bool) -> None:
        """Locked: no case data anywhere in the window, only the locked notice."""
        if locked:
            self.undo_stack.clear()  # its commands hold record values, protected details included
            self.table.selectionModel().blockSignals(True)
            self.model.clear()
            self.table.selectionModel().blockSignals(False)
            self._clear_workspace()
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
        if self._workspace is not None:
            self._workspace.set_context(ctx)

    def restore_place(self, place: dict[str, Any]) -> None:
        self.refresh()
        if place.get("case") is not None:
            self.select_case(place["case"])
        self.workspace.nav.setCurrentRow(int(place.get("page") or 0))

    # -- window ----------------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The window where it was if that fits this screen (else as large as the screen allows), with its
        splitters and the case list's columns as they were; the first time, the case list as narrow as it
        may be."""
        store = QSettings()
        geometry = store.value(settings.WINDOW_GEOMETRY)
        place_window(self, geometry if isinstance(geometry, QByteArray) else None)
        list_width = min(self.case_list.preferred_width(), self.width() // 4)
        self.splitter.setSizes([list_width, max(1, self.width() - list_width)])
        restore_splitters(self, store)
        self.case_list_action.setChecked(self.splitter.sizes()[0] > 0)
        self.case_list.restore_columns(store)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the case list is on screen: now the rest
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed_on_screen:  # once the window manager has framed it: all of it on the screen
            self._placed_on_screen = True
            QTimer.singleShot(300, self, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        store = QSettings()
        store.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        save_splitters(self, store)
        self.case_list.save_columns(store)
        if self.controller is not None:
            self.controller.shutdown()
        super().closeEvent(event)
