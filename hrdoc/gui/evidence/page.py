"""The case's evidence files: the vault's items, their metadata and chain of custody, and what can be done
with them (add, working copies, captures of online pages, preview, export, removal).

The list comes from the case data the workspace loads; the chain of custody of the selected item is read
when it is selected. Slow work (hashing and encrypting files, fetching a page, exporting, verifying) runs
off the GUI thread with a progress dialog. Errors the investigator can act on are shown in message boxes;
anything else is a bug and goes to the crash handler. This module holds the actions, menus and toolbar; the
layers below it (view, intake, items) hold the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.evidence.items import EvidenceItems
from hrdoc.gui.i18n import tr
from hrdoc.services.evidence.metadata import gps_of


class EvidencePage(EvidenceItems):
    """Evidence files of the case, with the selected item's details and chain of custody."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list.preview = self.preview_selected
        self.list.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.table.customContextMenuRequested.connect(self._context_menu)
        custody_box = self.custody_box

        self._build_actions()
        self.toolbar = QToolBar(tr("Evidence"))
        self.toolbar.setObjectName("evidenceToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.toolbar_actions():
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("evidenceSplitter")
        for number, (part, stretch) in enumerate(((self.list, 2), (self.details, 4), (custody_box, 3))):
            splitter.addWidget(part)
            splitter.setStretchFactor(number, stretch)
            part.setMinimumHeight(90)
        splitter.setSizes([180, 245, 165])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.setAcceptDrops(True)
        self._update_actions()

    # -- actions --------------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], name: str, short: str = "", shortcut: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if short:
            action.setIconText(short)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(
            tr("&Add files…"),
            self.add_files,
            "addEvidence",
            tr("Add files…"),
            "Ctrl+Shift+A",
            tr("Add files to the case's evidence vault (or drop them on the window)"),
        )
        self.working_copy_action = self._action(
            tr("Add &working copy…"),
            self.add_working_copy,
            "addWorkingCopy",
            tr("Working copy…"),
            tip=tr("Add a cropped, redacted or transcribed copy of the selected file, linked to it"),
        )
        self.capture_action = self._action(
            tr("&Capture URL…"),
            self.capture_url,
            "captureUrl",
            tr("Capture URL…"),
            "Ctrl+Shift+U",
            tr("Fetch a web page now and keep it as evidence (the site sees this computer's address)"),
        )
        self.import_capture_action = self._action(
            tr("&Import capture…"),
            self.import_capture,
            "importCapture",
            tr("Import capture…"),
            tip=tr("Keep a page saved elsewhere (HTML, MHTML, PDF, WARC or screenshot) as evidence"),
        )
        self.preview_action = self._action(
            tr("&Preview"),
            self.preview_selected,
            "previewEvidence",
            tr("Preview"),
            tip=tr("Show the selected file, decrypted in memory only (Enter or double-click)"),
        )
        self.export_action = self._action(
            tr("&Export…"),
            self.export_selected,
            "exportEvidence",
            tr("Export…"),
            "Ctrl+Shift+E",
            tr("Write a copy of the selected file for an audience; for the public, without identifying metadata"),
        )
        self.gps_action = self._action(
            tr("Use photo's &GPS as incident location…"),
            self.use_gps,
            "useGps",
            tr("GPS → incident…"),
            tip=tr("Make the GPS position in the selected photo the place of an incident (asks first)"),
        )
        self.edit_details_action = self._action(
            tr("Edit &details…"),
            self.edit_selected_details,
            "editEvidenceDetails",
            tip=tr("Change what the selected file is filed under, its description, origin and visibility"),
        )
        self.copy_hash_action = self._action(
            tr("Copy &SHA-256"),
            self.copy_hash,
            "copyHash",
            tip=tr("Copy the selected file's full SHA-256 to the clipboard"),
        )
        self.remove_action = self._action(
            tr("&Remove…"),
            self.remove_selected,
            "removeEvidence",
            tr("Remove…"),
            tip=tr("Remove the selected file from the vault (asks for a reason, kept in its chain of custody)"),
        )
        self.verify_action = self._action(
            tr("&Verify all files…"),
            self.verify,
            "verifyEvidence",
            tip=tr("Re-hash every file in the vault and check every chain of custody"),
        )

    def toolbar_actions(self) -> list[QAction | None]:
        return [
            self.add_action,
            self.capture_action,
            self.import_capture_action,
            None,
            self.preview_action,
            self.export_action,
            self.working_copy_action,
            self.gps_action,
            None,
            self.remove_action,
        ]

    def menu_actions(self) -> list[QAction | None]:
        """The Evidence menu of the main window (None: a separator)."""
        return [
            self.add_action,
            self.working_copy_action,
            None,
            self.capture_action,
            self.import_capture_action,
            None,
            self.preview_action,
            self.export_action,
            self.copy_hash_action,
            self.edit_details_action,
            self.gps_action,
            None,
            self.remove_action,
            None,
            self.verify_action,
        ]

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        for action in (
            self.preview_action,
            self.export_action,
            self.copy_hash_action,
            self.edit_details_action,
            self.working_copy_action,
            self.gps_action,
            None,
            self.remove_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.list.table.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        workspace = self.workspace
        case_open = workspace is not None and workspace.case_id is not None and workspace.data is not None
        item = self.selected() if case_open else None
        # The vault is a folder beside a store file; a team store on a server has none (yet).
        vault = case_open and workspace is not None and workspace.ctx.location.path is not None
        in_vault = vault and bool(item and item.get("in_vault"))
        for action in (self.add_action, self.capture_action, self.import_capture_action):
            action.setEnabled(vault)
        self.verify_action.setEnabled(case_open)
        self.working_copy_action.setEnabled(vault and item is not None)
        for action in (self.edit_details_action, self.copy_hash_action, self.remove_action):
            action.setEnabled(item is not None)
        self.preview_action.setEnabled(in_vault)
        self.export_action.setEnabled(in_vault)
        self.gps_action.setEnabled(item is not None and gps_of(item.get("file_metadata") or {}) is not None)
