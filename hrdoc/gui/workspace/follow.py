"""The detail pane follows the selection: the record selected in any table of the page on screen is shown beside
it (:class:`~hrdoc.gui.workspace.detail.DetailPane`), once changes to the record shown are saved or discarded.
A record just created is selected and scrolled to. Moving through a list with the arrow or page keys shows the
record reached once the keys pause: each record shown is a form made (a tenth of a second or more), and fifteen
PageDown keys made fifteen. Going to a page shows its list at once and its record beside it in the next turn of the
event loop (:meth:`SelectionFollower.show_soon`): the page's first fill and the record's form, each a few tens of
milliseconds, are two short holds of the GUI thread rather than one long one. Whatever acts on the record shown
(Enter, Edit) first shows what is still to be shown (:meth:`SelectionFollower.flush`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from hrdoc.domain.registry import Kind
from hrdoc.gui.models.record_table import Role
from hrdoc.gui.rows import select_row
from hrdoc.gui.workspace.detail import DetailPane, shows_in_pane
from hrdoc.gui.workspace.page import CaseData, Page, TablePage, listing


class Workspace(Protocol):
    """What the follower reads from the workspace."""

    data: CaseData | None

    def current_page(self) -> Page: ...


# Keys that move through a list, and how long they pause before the record reached is shown.
MOVING_KEYS = frozenset(
    {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}
)
KEYS_PAUSE_MS = 250


class SelectionFollower(QObject):
    def __init__(self, workspace: Workspace, pane: DetailPane) -> None:
        super().__init__(pane)
        self.workspace = workspace
        self.pane = pane
        self._following = True  # not while putting a selection back
        self._held = 0  # going to a record across pages and lists: nothing shown until it is selected
        self._moving = False  # a key moving through a list is being handled
        self._waiting: TablePage | None = None  # the list whose record is shown once the keys pause
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(KEYS_PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self._soon = QTimer(self)  # the record of the page gone to, shown in the next turn (show_soon)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._show_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes a key moving through a list (the selection it changes is handled while the key is)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in MOVING_KEYS:
            self._moving = True
            QTimer.singleShot(0, self, self._moved)
        return False

    def _moved(self) -> None:
        self._moving = False

    def flush(self) -> None:
        """Show now the record reached by keys that have not paused yet, or that of the page just gone to (before
        acting on the record shown)."""
        if self._soon.isActive():
            self._soon.stop()
            self._show_soon()
        self._pause.stop()
        table, self._waiting = self._waiting, None
        if table is not None:
            self.selection_changed(table, QModelIndex(), at_once=True)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Show nothing while a record is gone to across pages and lists (its page's first record, its incident
        for an allegation); then the record selected at the end, once, in the next turn of the event loop, as a
        selection would be (asking first to save what was typed in the record shown). Each shown is a form filled."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if self._held == 0:
                self._settle()

    def _settle(self) -> None:
        """The record gone to, shown in the next turn (the page and list it is on are shown first)."""
        self.show_soon(self.workspace.current_page())

    def follow(self, table: TablePage) -> None:
        """Show the record selected in ``table`` in the pane, when its page is on screen (its first record once
        they are known, if none is selected: a long list is read off the GUI thread)."""
        table.table.selectionModel().currentRowChanged.connect(
            lambda _current, previous: self.selection_changed(table, previous)
        )
        table.model.filled.connect(lambda: self._filled(table))
        table.table.installEventFilter(self)

    def _filled(self, table: TablePage) -> None:
        """The rows of a table are known (a long list is read off the GUI thread): the pane beside it, if blank,
        shows its first record. A pane showing a record the list still holds keeps it (the list was sorted, or
        filtered around it); one the list no longer holds (a period or a filter took it out) gives way to the
        list's first record, or to nothing if the list is empty, once any changes to it are saved or discarded."""
        page = self.workspace.current_page()
        if self._held or table not in page.tables() or page.active_table() is not table:
            return
        shown = self.pane.showing()
        if shown is None:
            self.show_soon(page)
        elif shown[0] == table.kind and table.selected() is None and table.model.position(shown[1]) is None:
            if table.model.rowCount():
                select_row(table.table, 0)  # shown as any selection is (selection_changed)
            elif self.pane.may_leave():
                self.pane.clear()

    def show_soon(self, page: Page) -> None:
        """As :meth:`show_for`, the record in the next turn of the event loop: the page is shown (and painted) first.
        Now, the pane is shown or hidden as the page wants it, and leaves a record of a kind the page does not list
        (never the last page's record beside this page's list)."""
        if self._held:
            return
        self._pause.stop()
        self._waiting = None
        tables = [t for t in page.tables() if shows_in_pane(t.kind)]
        self.pane.setVisible(bool(tables))
        shown = self.pane.showing()
        if shown is not None and all(t.kind != shown[0] for t in tables):
            self.pane.clear()
        self._soon.start()

    def _show_soon(self) -> None:
        if self._waiting is not None:  # keys moved through the list meanwhile: their record once they pause
            return
        page = self.workspace.current_page()
        table = page.active_table()
        if table is not None and shows_in_pane(table.kind) and table.selected() is not None:
            # As a selection is shown: asking first to save what was typed in the record shown.
            self.selection_changed(table, QModelIndex(), at_once=True)
        else:
            self.show_for(page)

    def show_for(self, page: Page) -> None:
        """Show the page's selected record in the pane, or hide the pane on a page without records to edit."""
        if self._held:
            return
        self._pause.stop()
        self._soon.stop()
        self._waiting = None
        tables = [t for t in page.tables() if shows_in_pane(t.kind)]
        self.pane.setVisible(bool(tables))
        table = page.active_table()
        data = self.workspace.data
        if table in tables and table is not None and table.selected() is None and table.model.rowCount():
            select_row(table.table, 0)  # the pane beside a list is never blank while the list has records
        record = table.selected() if table is not None and table in tables else None
        if table is not None and record is not None and data is not None:
            if self.pane.showing() != (table.kind, record["id"]):
                self.pane.show_record(str(table.kind), record["id"], data)
        elif self.pane.showing() is not None:
            self.pane.clear()

    def selection_changed(self, table: TablePage, previous: QModelIndex, *, at_once: bool = False) -> None:
        """A record was selected: show it beside the list, once any changes to the one shown are saved or
        discarded; if the user keeps editing, the selection goes back. Reached by keys moving through the list,
        it is shown once they pause (``at_once``: now)."""
        if self._held or (self._soon.isActive() and not at_once):
            return  # (the page gone to shows its record selected in the next turn)
        if self._moving and not at_once and not self.pane.is_changed():
            self._waiting = table
            self._pause.start()
            return
        record = table.selected()
        data = self.workspace.data
        if not self._following or data is None or record is None or not shows_in_pane(table.kind):
            return
        page = self.workspace.current_page()
        if table not in page.tables() or self.pane.showing() == (table.kind, record["id"]):
            return
        if not self.pane.may_leave():
            before = previous.data(Role.RECORD) if previous.isValid() else None
            self._following = False
            try:
                if before is not None:
                    table.select_record(before["id"])
                shown = self.pane.showing()
                for other in page.tables():
                    if shown is not None and other.kind == shown[0]:
                        other.select_record(shown[1])
            finally:
                self._following = True
            return
        self.pane.show_record(str(table.kind), record["id"], data)

    def select_new(self, kind: str, record_id: str) -> None:
        """Select a record just created on the page on screen (its incident first, for an allegation), in view,
        with the keyboard in the list."""
        page = self.workspace.current_page()
        data = self.workspace.data
        tables = page.tables()
        if kind == Kind.ALLEGATION and data is not None:
            found = data["pages"].rows(listing(data, Kind.ALLEGATION), [record_id])
            for table in tables:
                if found and table.kind == Kind.INCIDENT:
                    table.select_record(found[0]["incident_id"])
        for table in tables:
            if table.kind == kind:
                if not table.select_record(record_id) and table.filter.text():
                    table.clear_filter()  # the filter hid it
                    table.select_record(record_id)
                table.table.setFocus()
                return
