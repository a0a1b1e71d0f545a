"""Adding files to the evidence vault: files chosen or dropped, working copies, captures of online pages
(fetched here or made elsewhere). Hashing and encrypting run off the GUI thread with progress and Cancel."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from hrdoc.domain.errors import Cancelled
from hrdoc.domain.progress import within
from hrdoc.domain.registry import Kind
from hrdoc.gui.background import BackgroundOperation, Progress, run_in_background
from hrdoc.gui.dialogs import error_text
from hrdoc.gui.evidence.capture_dialogs import CaptureDialog, ImportCaptureDialog
from hrdoc.gui.evidence.common import CAPTURE_TIMEOUT, USER_ERRORS, file_size, utc_text
from hrdoc.gui.evidence.dialogs import IntakeDialog, WorkingCopyDialog
from hrdoc.gui.evidence.view import EvidenceView
from hrdoc.gui.i18n import tr
from hrdoc.services.evidence.capture import fetch_capture
from hrdoc.services.evidence.capture_types import Capture
from hrdoc.services.evidence.results import IntakeResult
from hrdoc.services.evidence.service import EvidenceService


class EvidenceIntake(EvidenceView):
    """The evidence view, with files added to the vault."""

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
                tr("Folders cannot be added as one item; add the files in them: {folders}").format(
                    folders=", ".join(p.name for p in folders)
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
        sizes = {p: file_size(p) for p in files}
        total = sum(sizes.values())

        def intake(progress: Progress) -> tuple[list[tuple[str, IntakeResult]], list[str], bool]:
            service = EvidenceService(ctx)
            added: list[tuple[str, IntakeResult]] = []
            problems: list[str] = []
            done_before = 0
            for path in files:
                step = within(progress, done_before, sizes[path], total)  # "Adding photo.jpg…", of all the files
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
                except Cancelled:
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
                    self._say(tr("Added {name} to the vault (SHA-256 {sha256}).").format(name=name, sha256=last.sha256))
                else:
                    self._say(tr("Added {count} files to the vault.").format(count=len(added)))
                self._reload(select=last.evidence_id)
            if cancelled:
                self._say(
                    tr(
                        "Cancelled: {count} file(s) added; the file being added when you cancelled was not kept."
                    ).format(count=len(added))
                )
            if problems:
                QMessageBox.warning(
                    self,
                    tr("Add evidence files"),
                    tr("These files were not added:\n\n{problems}").format(problems="\n".join(problems)),
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

        def intake(progress: Progress) -> IntakeResult:
            return EvidenceService(ctx).working_copy(
                original_id,
                request.path,
                alteration_note=request.alteration_note,
                description=request.description,
                progress=progress,
            )

        def done(result: IntakeResult) -> None:
            self._say(
                tr("Added the working copy {name} (SHA-256 {sha256}) of {original}.").format(
                    name=request.path.name, sha256=result.sha256, original=item["original_filename"]
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
        if item and item.get("attached_kind") == Kind.SOURCE and item.get("attached_id"):
            return uuid.UUID(item["attached_id"])
        if self.workspace is not None:
            selection = self.workspace.current_selection()
            if selection is not None and selection[0] == Kind.SOURCE:
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
            progress.step(0, 0, tr("Fetching {url}…").format(url=request.url))

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
            text = tr("Captured {url} (HTTP {status} {reason}) at {time}; SHA-256 {sha256}.").format(
                url=fetched.final_url,
                status=fetched.status,
                reason=fetched.reason,
                time=utc_text(fetched.captured_at),
                sha256=result.sha256,
            )
            if not fetched.ok:
                text += " " + tr("The site answered {status} {reason}: that answer is what was kept.").format(
                    status=fetched.status, reason=fetched.reason
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
                tr("Imported {name} as a capture made elsewhere (SHA-256 {sha256}).").format(
                    name=request.path.name, sha256=result.sha256
                )
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
