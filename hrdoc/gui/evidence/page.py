"""The case's evidence files: the vault's items, their metadata and chain of custody, and what can be done
with them (add, working copies, captures of online pages, preview, export, removal).

The list comes from the case data the workspace loads; the chain of custody of the selected item is read
when it is selected. Slow work (hashing and encrypting files, fetching a page, exporting, verifying) runs
off the GUI thread with a progress dialog. Errors the investigator can act on are shown in message boxes;
anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.enums import Visibility
from hrdoc.domain.validation import ValidationError
from hrdoc.gui.background import BackgroundOperation, Cancelled, Progress, run_in_background
from hrdoc.gui.dialogs import error_text
from hrdoc.gui.evidence.dialogs import (
    CaptureDialog,
    ExportDialog,
    GpsLocationDialog,
    ImportCaptureDialog,
    IntakeDetails,
    IntakeDialog,
    RemoveDialog,
    Targets,
    WorkingCopyDialog,
)
from hrdoc.gui.evidence.preview import EvidencePreviewDialog, PreviewContent, prepare
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.models.record_table import ColumnSpec, Index, RecordTableModel
from hrdoc.gui.undo import CreateRecord, UpdateRecord
from hrdoc.gui.workspace.page import CaseData, CaseHost, Page, TablePage
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence.capture import Capture, CaptureError, fetch_capture
from hrdoc.services.evidence.metadata import gps_of, summary_lines
from hrdoc.services.evidence.service import EvidenceService, ExportResult, IntakeCancelled, IntakeResult
from hrdoc.services.evidence.sniff import describe_mime
from hrdoc.services.records import ATTACHABLE_KINDS, RecordService
from hrdoc.services.sharing import Audience
from hrdoc.storage.errors import StoreError
from hrdoc.storage.models import CustodyEntry

# What the investigator can act on; anything else is a bug.
USER_ERRORS = (ValidationError, NotFound, StoreError, CaptureError, OSError)
CAPTURE_TIMEOUT = 30.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def utc_text(value: Any, *, seconds: bool = False) -> str:
    """A stored time (ISO text or datetime, UTC) as "2025-03-14 09:26 UTC"."""
    if not value:
        return ""
    if isinstance(value, str):
        text = value
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    if isinstance(value, dt.datetime):
        moment = value.astimezone(dt.UTC) if value.tzinfo else value
        return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M") + " UTC"
    return str(value)


def short_hash(sha: str | None) -> str:
    return f"{sha[:12]}…" if sha else ""


CUSTODY_ACTIONS = {
    "intake": "Entered the vault",
    "capture": "Captured into the vault",
    "view": "Viewed (preview)",
    "export": "Copy exported",
    "copy": "Working copy made from it",
    "derived": "Entered as a working copy",
    "transfer_out": "Sent in a bundle",
    "transfer_in": "Received in a bundle",
    "verify": "Verified intact",
    "remove": "Removed",
}


def custody_action_text(action: str) -> str:
    return tr(CUSTODY_ACTIONS.get(action, action.replace("_", " ")))


def custody_details_text(action: str, details: dict[str, Any]) -> str:
    """The details of one custody entry in words."""
    if not details:
        return ""
    if action == "export":
        text = tr("for the {0} audience; copy SHA-256 {1}").format(
            details.get("audience", "?"), short_hash(details.get("copy_sha256"))
        )
        removed = details.get("removed") or []
        if removed:
            text += "; " + tr("removed: {0}").format(", ".join(str(r) for r in removed))
        return text
    if action == "remove":
        return tr("reason: {0}").format(details.get("reason", ""))
    if action == "copy":
        return tr("copy SHA-256 {0}: {1}").format(
            short_hash(details.get("copy_sha256")), details.get("alteration_note", "")
        )
    if action == "derived":
        return tr("altered: {0}").format(details.get("alteration_note", ""))
    if action == "view":
        return tr("decrypted in memory for a preview")
    if action in ("intake", "capture"):
        return tr("{0}, {1}").format(details.get("original_filename", ""), human_size(details.get("size")))
    return "; ".join(f"{key.replace('_', ' ')}: {value}" for key, value in details.items())


class Column:
    NAME, TYPE, SIZE, SHA, FILED, ACQUIRED, BY, KEPT, COPY_OF = range(9)


class EvidenceTableModel(RecordTableModel):
    """Rows are evidence records; sizes shown in words, full hashes and names as tooltips."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        record = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.SIZE:
            return human_size(record.get("size"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == Column.SHA:
                return tr("SHA-256 recorded at intake: {0}").format(record.get("sha256"))
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class EvidenceTable(TablePage):
    """The list of the case's evidence files. Double-click or Enter previews; New / Edit / Delete are routed
    by the workspace to Add files, Edit details and Remove."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        self.names = names
        columns = [
            ColumnSpec(tr("Name"), lambda r: r["original_filename"]),
            ColumnSpec(tr("Type"), lambda r: describe_mime(r["mime_type"])),
            ColumnSpec(tr("Size"), lambda r: r["size"], align_right=True),
            ColumnSpec(tr("SHA-256"), lambda r: short_hash(r.get("sha256"))),
            ColumnSpec(tr("Filed under"), self.filed_under),
            ColumnSpec(tr("Acquired"), lambda r: utc_text(r.get("acquired_at"))),
            ColumnSpec(tr("By"), lambda r: r.get("acquired_by") or ""),
            ColumnSpec(tr("Kept"), lambda r: tr("in the vault") if r.get("in_vault") else tr("elsewhere")),
            ColumnSpec(tr("Working copy of"), lambda r: names.get(r.get("original_id") or "", "")),
        ]
        super().__init__(tr("Evidence files"), "evidence_files", columns, parent, kind="evidence")
        self.table.setObjectName("evidenceTable")
        old = self.model
        self.model = EvidenceTableModel(columns, self)
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.hide()  # the page's toolbar has the evidence actions
        self.preview: Callable[[], object] = lambda: None

    def filed_under(self, record: dict[str, Any]) -> str:
        kind, target = record.get("attached_kind") or "", record.get("attached_id")
        if not kind or not target:
            return tr("Case")
        label = self.names.get(str(target))
        return f"{kind_name(kind).capitalize()}: {label}" if label else tr("{0} (deleted)").format(kind_name(kind))

    def request_edit(self) -> None:
        self._touch()
        self.preview()


class EvidencePage(Page):
    """Evidence files of the case, with the selected item's details and chain of custody."""

    case_changed = Signal()  # records were added or changed: the workspace reloads the case

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Evidence files")
        self.setObjectName("evidencePage")
        self.names = names
        self.workspace: CaseHost | None = None
        self.data: CaseData | None = None
        self._select_after_load: str | None = None
        self.custody_rows: list[CustodyEntry] = []

        self.list = EvidenceTable(names)
        self.list.preview = self.preview_selected
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.list.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.table.customContextMenuRequested.connect(self._context_menu)

        self.status = QLabel()
        self.status.setObjectName("evidenceStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.details = QTextBrowser()
        self.details.setObjectName("evidenceDetails")
        self.details.setOpenLinks(False)  # nothing in it is fetched or followed
        self.details.setOpenExternalLinks(False)
        self.details.setPlaceholderText(tr("Select a file to see its metadata and chain of custody."))

        self.custody = QTableWidget(0, 6)
        self.custody.setObjectName("custodyTimeline")
        self.custody.setHorizontalHeaderLabels(
            [tr("#"), tr("When (UTC)"), tr("Who"), tr("What"), tr("SHA-256 then"), tr("Details")]
        )
        self.custody.verticalHeader().hide()
        compact = self.fontMetrics().height() + 8
        self.custody.verticalHeader().setDefaultSectionSize(compact)
        self.list.table.verticalHeader().setDefaultSectionSize(compact)
        self.custody.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custody.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custody.setWordWrap(False)
        header = self.custody.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.custody_title = QLabel(tr("Chain of custody"))
        self.custody_title.setObjectName("custodyTitle")
        custody_box = QWidget()
        custody_layout = QVBoxLayout(custody_box)
        custody_layout.setContentsMargins(0, 0, 0, 0)
        custody_layout.addWidget(self.custody_title)
        custody_layout.addWidget(self.custody, 1)

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

    # -- the workspace ------------------------------------------------------------------------------------

    def bind(self, workspace: CaseHost) -> None:
        """Work on the workspace's open case. The workspace calls :meth:`case_loaded` after each load, reloads
        when :attr:`case_changed` is emitted, and passes files dropped anywhere on it through :meth:`eventFilter`."""
        self.workspace = workspace

    def case_loaded(self) -> None:
        self._update_actions()

    def tables(self) -> list[TablePage]:
        return [self.list]

    def show_case(self, data: CaseData) -> None:
        if self.data is None or self.data["case"]["id"] != data["case"]["id"]:
            self._say("")  # what was said was about another case
        self.data = data
        self.list.show_case(data)
        table = self.list.table
        for column, widest in ((Column.NAME, 230), (Column.FILED, 230), (Column.COPY_OF, 200)):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        wanted = self._select_after_load
        self._select_after_load = None
        if wanted is not None:
            self.list.select_record(wanted)
        elif self.list.selected() is None and self.list.proxy.rowCount():
            self.list.table.selectRow(0)
        self._selection_changed()

    def clear(self) -> None:
        self.data = None
        self.list.clear()
        self.details.clear()
        self.custody.setRowCount(0)
        self.custody_rows = []
        self.custody_title.setText(tr("Chain of custody"))
        self.status.hide()
        self._update_actions()

    def selected(self) -> dict[str, Any] | None:
        return self.list.selected()

    def select(self, evidence_id: uuid.UUID | str) -> bool:
        return self.list.select_record(str(evidence_id))

    def _ctx_case(self) -> tuple[Any, uuid.UUID] | None:
        if self.workspace is None or self.workspace.case_id is None:
            return None
        return self.workspace.ctx, self.workspace.case_id

    def _reload(self, select: uuid.UUID | str | None = None) -> None:
        if select is not None:
            self._select_after_load = str(select)
        self.case_changed.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_error(self, title: str, error: BaseException, *, prefix: str = "") -> None:
        if not isinstance(error, USER_ERRORS):
            raise error  # a bug: the crash handler reports it
        QMessageBox.warning(self, title, (prefix + "\n\n" if prefix else "") + error_text(error))

    def _failure(self, title: str, prefix: str = "") -> Callable[[BaseException], None]:
        return lambda error: self._show_error(title, error, prefix=prefix)

    # -- what a new file can be filed under --------------------------------------------------------------

    def targets(self) -> Targets:
        """The case itself, then its incidents, allegations, sources and accounts."""
        targets: Targets = [(tr("The case itself"), None)]
        data = self.workspace.data if self.workspace is not None else None
        if data is None:
            return targets
        sections = {"incident": "incidents", "allegation": "allegations", "source": "sources", "account": "accounts"}
        for kind in ATTACHABLE_KINDS:
            for record in data.get(sections[kind], []):
                label = self.names.get(record["id"], record["id"])
                targets.append((f"{kind_name(kind).capitalize()}: {label}", uuid.UUID(record["id"])))
        return targets

    def source_targets(self) -> Targets:
        data = self.workspace.data if self.workspace is not None else None
        return [
            (tr("Source: {0}").format(self.names.get(s["id"], s["title"])), uuid.UUID(s["id"]))
            for s in (data or {}).get("sources", [])
        ]

    def _default_target(self) -> uuid.UUID | None:
        """What is selected on the workspace's current page, if files can be filed under it."""
        if self.workspace is None:
            return None
        if self.workspace.current_page() is self:
            item = self.selected()
            return uuid.UUID(item["attached_id"]) if item and item.get("attached_id") else None
        selection = self.workspace.current_selection()
        if selection is not None and selection[0] in ATTACHABLE_KINDS:
            return uuid.UUID(selection[1])
        return None

    # -- adding files -----------------------------------------------------------------------------------

    def add_files(self) -> BackgroundOperation[Any] | None:
        if self._ctx_case() is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileNames(self, tr("Add evidence files"), folder, tr("All files (*)"))
        return self.add_paths([Path(p) for p in chosen]) if chosen else None

    def add_paths(self, paths: list[Path], default_target: uuid.UUID | None = None) -> BackgroundOperation[Any] | None:
        """Ask what to file ``paths`` under, then add them to the vault in the background."""
        where = self._ctx_case()
        if where is None or not paths:
            return None
        ctx, case_id = where
        folders = [p for p in paths if p.is_dir()]
        files = [p for p in paths if not p.is_dir()]
        if folders:
            QMessageBox.warning(
                self,
                tr("Add evidence files"),
                tr("Folders cannot be added as one item; add the files in them: {0}").format(
                    ", ".join(p.name for p in folders)
                ),
            )
        if not files:
            return None
        details = IntakeDialog.ask(
            [p.name for p in files],
            self.targets(),
            self,
            default_target=default_target if default_target is not None else self._default_target(),
            user=ctx.user,
        )
        if details is None:
            return None
        sizes = {p: _size(p) for p in files}
        total = sum(sizes.values())

        def intake(progress: Progress) -> tuple[list[tuple[str, IntakeResult]], list[str], bool]:
            service = EvidenceService(ctx)
            added: list[tuple[str, IntakeResult]] = []
            problems: list[str] = []
            done_before = 0
            for path in files:
                step = _progress_step(progress, done_before, total, tr("Adding {0}…").format(path.name))
                try:
                    result = service.intake(
                        case_id,
                        path,
                        attach_to=details.attach_to,
                        description=details.description,
                        acquired_at=details.acquired_at,
                        acquired_by=details.acquired_by,
                        acquired_from=details.acquired_from,
                        visibility=details.visibility,
                        progress=step,
                    )
                except (IntakeCancelled, Cancelled):
                    return added, problems, True
                except USER_ERRORS as err:
                    problems.append(f"{path.name}: {error_text(err)}")
                else:
                    added.append((path.name, result))
                done_before += sizes[path]
            return added, problems, False

        def done(outcome: tuple[list[tuple[str, IntakeResult]], list[str], bool]) -> None:
            added, problems, cancelled = outcome
            if added:
                name, last = added[-1]
                if len(added) == 1:
                    self._say(tr("Added {0} to the vault (SHA-256 {1}).").format(name, last.sha256))
                else:
                    self._say(tr("Added {0} files to the vault.").format(len(added)))
                self._reload(select=last.evidence_id)
            if cancelled:
                self._say(
                    tr("Cancelled: {0} file(s) added; the file being added when you cancelled was not kept.").format(
                        len(added)
                    )
                )
            if problems:
                QMessageBox.warning(
                    self,
                    tr("Add evidence files"),
                    tr("These files were not added:\n\n{0}").format("\n".join(problems)),
                )

        return run_in_background(
            self, tr("Adding files to the vault…"), intake, done, self._failure(tr("Add evidence files"))
        )

    def add_working_copy(self) -> BackgroundOperation[Any] | None:
        where, item = self._ctx_case(), self.selected()
        if where is None or item is None:
            return None
        ctx, _case_id = where
        request = WorkingCopyDialog.ask(item["original_filename"], self)
        if request is None:
            return None
        original_id = uuid.UUID(item["id"])
        total = _size(request.path)

        def intake(progress: Progress) -> IntakeResult:
            try:
                return EvidenceService(ctx).working_copy(
                    original_id,
                    request.path,
                    alteration_note=request.alteration_note,
                    description=request.description,
                    progress=_progress_step(progress, 0, total, tr("Adding {0}…").format(request.path.name)),
                )
            except IntakeCancelled:
                raise Cancelled() from None

        def done(result: IntakeResult) -> None:
            self._say(
                tr("Added the working copy {0} (SHA-256 {1}) of {2}.").format(
                    request.path.name, result.sha256, item["original_filename"]
                )
            )
            self._reload(select=result.evidence_id)

        return run_in_background(
            self, tr("Adding the working copy…"), intake, done, self._failure(tr("Add working copy"))
        )

    # -- drag and drop --------------------------------------------------------------------------------

    @staticmethod
    def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not urls or not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def _accept_files(self, event: QDragEnterEvent) -> bool:
        if self._ctx_case() is not None and self.dropped_paths(event):
            event.acceptProposedAction()
            return True
        event.ignore()
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_files(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self._accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.dropped_paths(event)
        if not paths or self._ctx_case() is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dropped elsewhere on the workspace: filed under what is selected there, if it can be."""
        host: object = self.workspace
        if watched is host:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent):
                return self._accept_files(event)
            if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
                paths = self.dropped_paths(event)
                if paths and self._ctx_case() is not None:
                    event.acceptProposedAction()
                    self.add_paths(paths, self._default_target())
                    return True
        return super().eventFilter(watched, event)

    # -- online sources -----------------------------------------------------------------------------------

    def _default_source(self) -> uuid.UUID | None:
        item = self.selected() if self.workspace is not None and self.workspace.current_page() is self else None
        if item and item.get("attached_kind") == "source" and item.get("attached_id"):
            return uuid.UUID(item["attached_id"])
        if self.workspace is not None:
            selection = self.workspace.current_selection()
            if selection is not None and selection[0] == "source":
                return uuid.UUID(selection[1])
        return None

    def capture_url(self) -> BackgroundOperation[Any] | None:
        where = self._ctx_case()
        if where is None:
            return None
        ctx, case_id = where
        request = CaptureDialog.ask(self.source_targets(), self, default=self._default_source())
        if request is None:
            return None

        def capture(progress: Progress) -> tuple[IntakeResult, Capture]:
            progress.step(0, 0, tr("Fetching {0}…").format(request.url))

            def fetch(url: str, **options: Any) -> Capture:
                fetched = fetch_capture(url, **options)
                if progress.cancelled:
                    raise Cancelled()  # before anything is stored
                progress.step(0, 0, tr("Keeping the capture in the vault…"))
                return fetched

            return EvidenceService(ctx).capture_url(
                case_id,
                request.url,
                source_id=request.source_id,
                visibility=request.visibility,
                fetch=fetch,
                timeout=CAPTURE_TIMEOUT,
            )

        def done(outcome: tuple[IntakeResult, Capture]) -> None:
            result, fetched = outcome
            text = tr("Captured {0} (HTTP {1} {2}) at {3}; SHA-256 {4}.").format(
                fetched.final_url, fetched.status, fetched.reason, utc_text(fetched.captured_at), result.sha256
            )
            if not fetched.ok:
                text += " " + tr("The site answered {0} {1}: that answer is what was kept.").format(
                    fetched.status, fetched.reason
                )
            if request.source_id is None:
                text += " " + tr("A new source was made for the page: check its kind, author and date.")
            self._say(text)
            self._reload(select=result.evidence_id)

        return run_in_background(
            self,
            tr("Capturing the page…"),
            capture,
            done,
            self._failure(tr("Capture URL"), tr("The page was not captured; nothing was stored.")),
        )

    def import_capture(self) -> BackgroundOperation[Any] | None:
        where = self._ctx_case()
        if where is None:
            return None
        ctx, case_id = where
        request = ImportCaptureDialog.ask(self.source_targets(), self, default=self._default_source())
        if request is None:
            return None

        def keep(_progress: Progress) -> IntakeResult:
            return EvidenceService(ctx).import_capture(
                case_id,
                request.path,
                url=request.url,
                captured_at=request.captured_at,
                captured_by=request.captured_by,
                tool=request.tool,
                note=request.note,
                source_id=request.source_id,
                visibility=request.visibility,
            )

        def done(result: IntakeResult) -> None:
            self._say(
                tr("Imported {0} as a capture made elsewhere (SHA-256 {1}).").format(request.path.name, result.sha256)
            )
            self._reload(select=result.evidence_id)

        return run_in_background(
            self,
            tr("Importing the capture…"),
            keep,
            done,
            self._failure(tr("Import capture"), tr("The capture was not imported; nothing was stored.")),
            cancellable=False,
        )

    # -- using the bytes ------------------------------------------------------------------------------

    def preview_selected(self) -> BackgroundOperation[Any] | None:
        where, item = self._ctx_case(), self.selected()
        if where is None or item is None:
            return None
        if not item.get("in_vault"):
            elsewhere = tr("{0} is described here but its file is kept elsewhere.")
            QMessageBox.information(self, tr("Preview"), elsewhere.format(item["original_filename"]))
            return None
        ctx, _case_id = where
        evidence_id = uuid.UUID(item["id"])
        name, mime = item["original_filename"], item["mime_type"]

        def read(progress: Progress) -> PreviewContent:
            progress.step(0, 0, tr("Decrypting {0} in memory…").format(name))
            data = EvidenceService(ctx).read_for_preview(evidence_id)
            try:
                return prepare(name, mime, data, progress)
            finally:
                del data

        def show(content: PreviewContent) -> None:
            self._refresh_custody()  # the view is in the chain of custody now
            EvidencePreviewDialog.ask(content, self)

        def failed(error: BaseException) -> None:
            self._refresh_custody()
            self._show_error(tr("Preview"), error)

        return run_in_background(self, tr("Preparing the preview…"), read, show, failed)

    def export_selected(self) -> BackgroundOperation[Any] | None:
        where, item = self._ctx_case(), self.selected()
        if where is None or item is None or not item.get("in_vault"):
            return None
        ctx, _case_id = where
        visibility = str(item.get("visibility") or Visibility.RESTRICTED.value)
        if not any(a.may_see(visibility) for a in Audience):
            return None
        audience = ExportDialog.ask(item["original_filename"], visibility, self)
        if audience is None:
            return None
        name = Path(item["original_filename"])
        suggested = f"{name.stem}-{audience.value}{name.suffix}"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Export “{0}” as").format(name.name), str(Path(folder) / suggested)
        )
        if not chosen:
            return None
        evidence_id = uuid.UUID(item["id"])
        dest = Path(chosen)

        def export(progress: Progress) -> ExportResult | None:
            step = _progress_step(progress, 0, 0, tr("Writing the copy…"))
            try:
                progress.step(0, 0, tr("Writing the copy…"))
                return EvidenceService(ctx).export(evidence_id, dest, audience=audience.value, progress=step)
            except (IntakeCancelled, Cancelled):
                return None  # the partial copy is already gone

        def done(result: ExportResult | None) -> None:
            if result is None:
                self._say(tr("Export cancelled: no copy was written."))
                return
            lines = [
                tr("Exported a copy of {0} for the {1} audience to:\n{2}").format(
                    name.name, audience.label.lower(), result.path
                ),
                tr("SHA-256 of the copy: {0}").format(result.sha256),
            ]
            if audience is Audience.PUBLIC:
                if result.removed:
                    lines.append(tr("Removed from the copy:") + "\n" + "\n".join(f"• {r}" for r in result.removed))
                else:
                    lines.append(tr("Nothing needed removing from this file."))
                if result.note:
                    lines.append(result.note)
            else:
                lines.append(tr("The copy is identical to the original (same SHA-256)."))
            self._say(tr("Exported {0} to {1}.").format(name.name, result.path))
            QMessageBox.information(self, tr("Export"), "\n\n".join(lines))
            self._reload(select=evidence_id)

        return run_in_background(
            self,
            tr("Exporting…"),
            export,
            done,
            self._failure(tr("Export"), tr("Nothing was exported.")),
        )

    def copy_hash(self) -> None:
        item = self.selected()
        if item is not None:
            QGuiApplication.clipboard().setText(str(item.get("sha256") or ""))
            self._say(tr("Copied the SHA-256 of {0}.").format(item["original_filename"]))

    # -- changing and removing --------------------------------------------------------------------------

    def edit_selected_details(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit_details(item["id"])

    def edit_details(self, evidence_id: uuid.UUID | str) -> uuid.UUID | None:
        """Edit what an item is filed under, its description, origin and visibility (undoable)."""
        item = self._record(evidence_id)
        if item is None or self.workspace is None:
            return None
        initial = IntakeDetails(
            attach_to=uuid.UUID(item["attached_id"]) if item.get("attached_id") else None,
            description=item.get("description") or "",
            acquired_at=_parse_utc(item.get("acquired_at")),
            acquired_by=item.get("acquired_by") or "",
            acquired_from=item.get("acquired_from") or "",
            visibility=Visibility(item.get("visibility") or Visibility.RESTRICTED.value),
        )
        edited = IntakeDialog.ask(
            [item["original_filename"]],
            self.targets(),
            self,
            default_target=initial.attach_to,
            initial=initial,
        )
        if edited is None or edited == initial:
            return None
        rid = uuid.UUID(item["id"])
        records = RecordService(self.workspace.ctx)
        try:
            kind = records.get("evidence", rid).attached_kind
            if edited.attach_to != initial.attach_to:
                kind = self._kind_of(edited.attach_to)
            before = {
                "attached_kind": item.get("attached_kind") or "",
                "attached_id": initial.attach_to,
                "description": initial.description,
                "acquired_at": initial.acquired_at,
                "acquired_by": initial.acquired_by,
                "acquired_from": initial.acquired_from,
                "visibility": initial.visibility.value,
            }
            after = {
                "attached_kind": kind,
                "attached_id": edited.attach_to,
                "description": edited.description,
                "acquired_at": edited.acquired_at,
                "acquired_by": edited.acquired_by,
                "acquired_from": edited.acquired_from,
                "visibility": edited.visibility.value,
            }
            changed = [k for k in after if after[k] != before[k]]
            before = {k: before[k] for k in changed}
            after = {k: after[k] for k in changed}
            records.update("evidence", rid, **after)
        except USER_ERRORS as err:
            self._show_error(tr("Evidence file details"), err)
            return None
        stack = self.workspace.undo_stack
        stack.push(UpdateRecord(stack, "evidence", rid, before, after))
        self._reload(select=rid)
        return rid

    def _kind_of(self, target: uuid.UUID | None) -> str:
        if target is None or self.workspace is None or self.workspace.case_id is None:
            return ""
        kind, _rid = EvidenceService(self.workspace.ctx).resolve_target(self.workspace.case_id, target)
        return kind

    def remove_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.remove(item["id"])

    def remove(self, evidence_id: uuid.UUID | str) -> bool:
        """Remove an item after asking why; the reason stays in its chain of custody."""
        item = self._record(evidence_id)
        if item is None or self.workspace is None:
            return False
        reason = RemoveDialog.ask(item["original_filename"], self)
        if reason is None:
            return False
        try:
            EvidenceService(self.workspace.ctx).remove(uuid.UUID(item["id"]), reason)
        except USER_ERRORS as err:
            self._show_error(tr("Remove evidence file"), err, prefix=tr("Nothing was removed."))
            return False
        self._say(tr("Removed {0}. Its chain of custody keeps the reason.").format(item["original_filename"]))
        self._reload()
        return True

    def _record(self, evidence_id: uuid.UUID | str) -> dict[str, Any] | None:
        data = self.workspace.data if self.workspace is not None else None
        wanted = str(evidence_id)
        return next((r for r in (data or {}).get("evidence_files", []) if r["id"] == wanted), None)

    # -- a photo's position ------------------------------------------------------------------------------

    def use_gps(self) -> None:
        item = self.selected()
        if item is None or self.workspace is None or self.workspace.case_id is None or self.workspace.data is None:
            return
        position = gps_of(item.get("file_metadata") or {})
        if position is None:
            return
        data = self.workspace.data
        if not data["incidents"]:
            QMessageBox.information(
                self, tr("Use the photo's GPS position"), tr("This case has no incident yet; add one first.")
            )
            return
        places = {p["id"]: p["name"] for p in data["locations"]}
        incidents = [
            (i["title"], uuid.UUID(i["id"]), places.get(i.get("location_id") or "", "")) for i in data["incidents"]
        ]
        default: uuid.UUID | None = None
        if item.get("attached_kind") == "incident":
            default = uuid.UUID(item["attached_id"])
        elif item.get("attached_kind") == "allegation":
            allegation = next((a for a in data["allegations"] if a["id"] == item["attached_id"]), None)
            default = uuid.UUID(allegation["incident_id"]) if allegation else None
        choice = GpsLocationDialog.ask(item["original_filename"], position, incidents, self, default=default)
        if choice is None:
            return
        self.set_incident_position(item, position, choice.incident_id, choice.place_name)

    def set_incident_position(
        self, item: dict[str, Any], position: tuple[float, float], incident_id: uuid.UUID, place_name: str
    ) -> uuid.UUID | None:
        """Create an exact place at ``position`` and make it the incident's; one step on the undo stack."""
        assert self.workspace is not None and self.workspace.case_id is not None
        stack = self.workspace.undo_stack
        evidence_id = uuid.UUID(str(item["id"]))
        notes = tr("GPS position read from the photo {0} (SHA-256 {1}).").format(
            item["original_filename"], item["sha256"]
        )
        try:
            incident = RecordService(self.workspace.ctx).get("incident", incident_id)
            placed = EvidenceService(self.workspace.ctx).place_incident_at_gps(
                evidence_id, incident_id, place_name, notes=notes
            )
        except USER_ERRORS as err:
            self._show_error(tr("Use the photo's GPS position"), err, prefix=tr("The incident was not changed."))
            return None
        location_id = placed.location_id
        stack.beginMacro(tr("use the photo's GPS position as the incident's place"))
        stack.push(CreateRecord(stack, "location", placed.location, location_id))
        before, after = {"location_id": placed.previous_location_id}, {"location_id": location_id}
        stack.push(UpdateRecord(stack, "incident", incident_id, before, after))
        stack.endMacro()
        self._say(
            tr("The incident “{0}” now takes place at {1} ({2:.6f}, {3:.6f}).").format(
                incident.title, place_name, position[0], position[1]
            )
        )
        self._reload(select=item["id"])
        return location_id

    # -- verification -----------------------------------------------------------------------------------

    def verify(self) -> BackgroundOperation[Any] | None:
        where = self._ctx_case()
        if where is None:
            return None
        ctx, _case_id = where

        def check(progress: Progress) -> Any:
            try:
                return EvidenceService(ctx).verify(
                    progress=_progress_step(progress, 0, 0, tr("Re-hashing the vault's files…"))
                )
            except IntakeCancelled:
                raise Cancelled() from None

        def done(report: Any) -> None:
            lines = [*report.checks]
            if report.problems:
                lines += ["", tr("Problems found:"), *(f"• {p}" for p in report.problems)]
                QMessageBox.warning(self, tr("Verify evidence files"), "\n".join(lines))
            else:
                lines += ["", tr("No problem found.")]
                QMessageBox.information(self, tr("Verify evidence files"), "\n".join(lines))
            self._reload()

        return run_in_background(self, tr("Verifying the evidence files…"), check, done, self._failure(tr("Verify")))

    # -- the selected item --------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        item = self.selected()
        self._update_actions()
        if item is None:
            self.details.clear()
            self.custody.setRowCount(0)
            self.custody_rows = []
            self.custody_title.setText(tr("Chain of custody"))
            return
        self.details.setHtml(self.details_html(item))
        self._refresh_custody()

    def _refresh_custody(self) -> None:
        item = self.selected()
        if item is None or self.workspace is None:
            return
        try:
            entries = EvidenceService(self.workspace.ctx).custody(uuid.UUID(item["id"]))
        except USER_ERRORS as err:
            self.custody_title.setText(tr("Chain of custody: cannot be read ({0})").format(error_text(err)))
            return
        self.custody_rows = entries
        count = tr("1 entry") if len(entries) == 1 else tr("{0} entries").format(len(entries))
        self.custody_title.setText(
            tr("Chain of custody of {0}: {1}, each sealed with the hash of the one before").format(
                item["original_filename"], count
            )
        )
        self.custody.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [
                str(entry.seq),
                utc_text(entry.at, seconds=True).removesuffix(" UTC"),
                entry.actor,
                custody_action_text(entry.action),
                short_hash(entry.item_sha256),
                custody_details_text(entry.action, entry.details or {}),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 4:
                    cell.setToolTip(tr("SHA-256 of the file at that moment: {0}").format(entry.item_sha256))
                elif column == 5:
                    cell.setToolTip(text)
                else:
                    cell.setToolTip(tr("Entry hash {0}").format(entry.entry_hash))
                if column == 0:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.custody.setItem(row, column, cell)
        self.custody.resizeColumnsToContents()
        self.custody.setColumnWidth(5, max(self.custody.columnWidth(5), 200))

    def details_html(self, item: dict[str, Any]) -> str:
        """The item's facts on the left; what the file says about itself (and a capture's facts) on the right."""
        esc = html.escape
        kept = (
            tr("in the vault, encrypted")
            if item.get("in_vault")
            else tr("held elsewhere (only described here; its hash is as entered)")
        )
        facts: list[tuple[str, str]] = [
            (tr("Description"), item.get("description") or ""),
            (tr("Type"), describe_mime(item["mime_type"])),
            (tr("Size"), f"{human_size(item.get('size'))} ({item.get('size', 0):,} bytes)"),
            (tr("Kept"), kept),
            (tr("Filed under"), self.list.filed_under(item)),
            (tr("Acquired"), utc_text(item.get("acquired_at")) or tr("unknown")),
            (tr("Acquired by"), item.get("acquired_by") or ""),
            (tr("Acquired from"), item.get("acquired_from") or ""),
            (tr("Visibility"), item.get("visibility") or ""),
        ]
        if item.get("original_id"):
            original = self.names.get(item["original_id"], tr("a removed item"))
            facts.append((tr("Working copy of"), original))
            facts.append((tr("What was altered"), item.get("alteration_note") or ""))
        left = [_heading(tr("The file")), _table(facts)]
        right: list[str] = []
        metadata = item.get("file_metadata") or {}
        capture = metadata.get("capture")
        if isinstance(capture, dict):
            right += [_heading(tr("Capture of an online page")), _table(capture_lines(capture))]
        lines = [(tr(label), value) for label, value in summary_lines(metadata)]
        right.append(_heading(tr("Metadata read from the file")))
        if lines:
            right.append(_table(lines))
        else:
            none_found = tr("None found: no capture time, position or device is recorded in the file.")
            right.append(f"<p>{esc(none_found)}</p>")
        copies = [r for r in (self.data or {}).get("evidence_files", []) if r.get("original_id") == item["id"]]
        if copies:
            listed = [(short_hash(c["sha256"]), f"{c['original_filename']}: {c['alteration_note']}") for c in copies]
            right += [_heading(tr("Working copies")), _table(listed)]
        sha = esc(str(item.get("sha256") or ""))
        return (
            f"<p style='margin: 0'><b style='font-size: large'>{esc(item['original_filename'])}</b></p>"
            f"<p style='margin-top: 2px'>SHA-256 <span style='font-family: monospace'>{sha}</span></p>"
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='50%' valign='top' style='padding-right: 14px'>{''.join(left)}</td>"
            f"<td width='50%' valign='top'>{''.join(right)}</td>"
            "</tr></table>"
        )


def capture_lines(capture: dict[str, Any]) -> list[tuple[str, str]]:
    """The facts of a capture (made here or imported), as (label, value) lines."""
    lines: list[tuple[str, str]] = []
    if capture.get("captured_elsewhere"):
        lines.append((tr("Made"), tr("elsewhere, then imported")))
        lines.append((tr("Address"), str(capture.get("url") or "")))
        when = capture.get("captured_at")
        lines.append((tr("Captured"), utc_text(when) if when and when != "unknown" else tr("unknown")))
        for key, label in (("captured_by", tr("Captured by")), ("tool", tr("With")), ("format", tr("Format"))):
            if capture.get(key):
                lines.append((label, str(capture[key])))
        if capture.get("note"):
            lines.append((tr("Note"), str(capture["note"])))
        return lines
    lines.append((tr("Requested"), str(capture.get("requested_url") or "")))
    if capture.get("final_url") != capture.get("requested_url"):
        lines.append((tr("Final address"), str(capture.get("final_url") or "")))
    lines.append((tr("Status"), f"HTTP {capture.get('status')} {capture.get('reason') or ''}".strip()))
    hops = capture.get("hops") or []
    if len(hops) > 1:
        lines.append((tr("Redirects"), " → ".join(f"{h.get('status')} {h.get('url')}" for h in hops)))
    lines.append((tr("Captured"), utc_text(capture.get("captured_at"), seconds=True)))
    lines.append((tr("With"), str(capture.get("tool") or "")))
    for name, part in (capture.get("parts") or {}).items():
        size = human_size(part.get("size"))
        lines.append((tr("Part"), f"{name}: {part.get('mime', '')}, {size}, SHA-256 {part.get('sha256')}"))
    for note in capture.get("notes") or []:
        lines.append((tr("Note"), str(note)))
    return lines


def _heading(text: str) -> str:
    return f"<p style='margin-top: 6px; margin-bottom: 2px'><b>{html.escape(text)}</b></p>"


def _table(lines: list[tuple[str, str]]) -> str:
    esc = html.escape
    rows = [
        f"<tr><td style='padding-right: 10px; color: gray' valign='top'>{esc(label)}</td>"
        f"<td>{esc(str(value))}</td></tr>"
        for label, value in lines
        if value not in (None, "")
    ]
    return f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _parse_utc(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _progress_step(progress: Progress, before: int, total: int, message: str) -> Callable[[int, int], bool]:
    """A service progress callback that reports to the progress dialog and stops when Cancel was pressed."""

    def step(done: int, of: int) -> bool:
        if progress.cancelled:
            return False
        try:
            progress.step(before + done, total or of, message)
        except Cancelled:
            return False
        return True

    return step
