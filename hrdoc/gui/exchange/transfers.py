"""Moving cases between stores: File → Export case, Import case and Sync with team store.

The dialogs (in the sibling modules) only ask; each has a ``classmethod ask`` that tests can drive or replace.
:class:`Transfers` runs the three flows: the services (services.exchange.bundles, services.exchange.sync) do
the work off the GUI thread with progress, and Cancel where the service can stop without keeping anything.
Bundle and store passphrases live only in memory for the one operation: they are never remembered, written
or logged.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from hrdoc.domain.errors import Cancelled
from hrdoc.gui.background import BackgroundOperation, Progress, run_in_background
from hrdoc.gui.dialogs import error_text
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange import bundles, team_log
from hrdoc.services.exchange.bundle import BundleError, is_encrypted_bundle
from hrdoc.services.exchange.merge import MergeReport
from hrdoc.services.exchange.sync import SyncReport, sync_case
from hrdoc.services.session import unlock_store
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import StoreError, WrongPassphrase

if TYPE_CHECKING:
    from hrdoc.gui.main_window import MainWindow

from hrdoc.gui.exchange.common import (
    BUNDLE_FOLDER,
    BUNDLE_SUFFIX,
    TEAM_STORE,
    USER_ERRORS,
    audience_label,
    identities_warning,
    merge_lines,
    sync_lines,
    without_password,
)
from hrdoc.gui.exchange.export_dialog import BundlePassphraseDialog, ExportDialog
from hrdoc.gui.exchange.import_dialog import ImportConfirmDialog
from hrdoc.gui.exchange.result import TransferResultDialog, show_problem
from hrdoc.gui.exchange.sync_dialog import SyncDialog, SyncTarget, TeamLogRefusedDialog
from hrdoc.gui.i18n import tr


class Transfers(QObject):
    """Export, import and sync for the main window.

    ``finished`` says which flow ended, however it ended: done, failed, cancelled or given up at a question.
    """

    finished = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.operation: BackgroundOperation[Any] | None = None

    @property
    def ctx(self) -> StoreContext:
        return self.window.ctx

    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def _run(
        self,
        flow: str,
        label: str,
        operation: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        cancellable: bool,
        on_cancel: Callable[[], None] | None = None,
    ) -> BackgroundOperation[Any]:
        """Run one step of a flow; when Cancel stopped it, ``on_cancel`` runs and the flow is finished."""
        stopped = threading.Event()

        def run(progress: Progress) -> Any:
            try:
                return operation(progress)
            except Cancelled:
                stopped.set()
                raise

        def ended() -> None:  # before the success or failure callback, if there is one
            self.operation = None
            if stopped.is_set():
                if on_cancel is not None:
                    on_cancel()
                self.finished.emit(flow)

        op = run_in_background(self.window, label, run, on_success, on_failure, cancellable=cancellable)
        op.finished.connect(ended)
        self.operation = op
        return op

    def _case_label(self, case_id: uuid.UUID) -> str:
        case = CaseService(self.ctx).resolve(str(case_id))
        return f"{case.reference} — {case.title}"

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def _fail(self, flow: str, title: str, prefix: str) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            try:
                if not isinstance(error, USER_ERRORS):
                    raise error  # a bug: the crash handler reports it
                if not self.window.is_locked():
                    show_problem(self.window, title, prefix + "\n\n" + error_text(error))
            finally:
                self.finished.emit(flow)

        return failed

    def _show_case(self, case_id: uuid.UUID) -> None:
        """The case list and the workspace show the case as it is in the store now."""
        if self.window.is_locked():
            return  # the unlock puts the window back as it was, re-read from the store
        self.window.refresh()  # which opens the selected case again
        if self.window.current_case_id() != case_id:
            self.window.select_case(case_id)

    def _folder(self) -> str:
        folder = BUNDLE_FOLDER.get()
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    # -- export ----------------------------------------------------------------------------------------

    def export_case(self) -> None:
        """Export the selected case to a bundle the user names."""
        if not self._export():
            self.finished.emit("export")

    def _export(self) -> bool:
        """Ask, then start the export; False if nothing was started."""
        case_id = self.window.current_case_id()
        if case_id is None or self.window.is_locked() or self.busy():
            return False
        case = CaseService(self.ctx).resolve(str(case_id))
        choice = ExportDialog.ask(f"{case.reference} — {case.title}", self.window)
        if choice is None:
            return False
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in case.reference)
        suggested = Path(self._folder()) / f"{safe}-{choice.audience}{BUNDLE_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, tr("Save the bundle as"), str(suggested), tr("hrdoc case bundles (*.hrdoc)")
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
            if path.exists() and not self._confirm_replace(path):
                return False
        BUNDLE_FOLDER.set(str(path.parent))
        ctx, audience, passphrase = self.ctx, choice.audience, choice.passphrase

        def export(progress: Progress) -> bundles.ExportSummary:
            return bundles.export_case(ctx, case_id, path, audience=audience, passphrase=passphrase, progress=progress)

        def done(summary: bundles.ExportSummary) -> None:
            try:
                if not self.window.is_locked():
                    self._exported(case.reference, summary)
            finally:
                self.finished.emit("export")

        self._run(
            "export",
            tr("Exporting {case}…").format(case=case.reference),
            export,
            done,
            self._fail("export", tr("Export case"), tr("The case was not exported; no file was written.")),
            cancellable=True,
            on_cancel=lambda: self._status(tr("Export cancelled: no file was written.")),
        )
        return True

    def _exported(self, reference: str, summary: bundles.ExportSummary) -> None:
        if summary.files and self.window.workspace.case_id is not None:
            self.window.workspace.reload()  # the custody log shows the files leaving in the bundle
        records = sum(n for kind, n in summary.counts.items() if kind not in ("audit", "custody"))
        headline = tr(
            "Wrote {path}: case {case} for the {audience} audience, {records} records and {files} evidence file(s), "
            "{encryption}."
        ).format(
            path=summary.path,
            case=reference,
            audience=audience_label(summary.audience).lower(),
            records=records,
            files=summary.files,
            encryption=tr("encrypted") if summary.encrypted else tr("NOT encrypted"),
        )
        warning = identities_warning() if summary.audience == "internal" else ""
        self._status(tr("Exported {what} to {path}.").format(what=reference, path=summary.path.name))
        TransferResultDialog.ask(tr("Export case"), headline, [], warning=warning, parent=self.window)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window, tr("Export case"), tr("{name} already exists. Replace it?").format(name=path.name)
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- import ----------------------------------------------------------------------------------------

    def import_case(self, bundle: Path | None = None) -> None:
        """Choose a bundle (or take ``bundle``, opened from a file manager), check it (asking its passphrase if it
        is encrypted), confirm, and merge it."""
        chosen = ""
        if self.window.is_locked() or self.busy():
            pass
        elif bundle is not None:
            chosen = str(bundle)
        else:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                tr("Import a case bundle"),
                self._folder(),
                tr("hrdoc case bundles (*.hrdoc);;All files (*)"),
            )
        if not chosen:
            self.finished.emit("import")
            return
        path = Path(chosen)
        BUNDLE_FOLDER.set(str(path.parent))
        try:
            encrypted = is_encrypted_bundle(path)
        except BundleError as err:
            self._fail("import", tr("Import case"), tr("The bundle cannot be read."))(err)
            return
        if encrypted:
            self._ask_passphrase(path, "")
        else:
            self._inspect(path, None)

    def _ask_passphrase(self, path: Path, error: str) -> None:
        passphrase = BundlePassphraseDialog.ask(path.name, self.window, error=error)
        if passphrase is None:
            self.finished.emit("import")
            return
        self._inspect(path, passphrase)

    def _inspect(self, path: Path, passphrase: str | None) -> None:
        """Check the whole bundle (off the GUI thread: it hashes every member) before showing what it holds."""

        def inspect(progress: Progress) -> bundles.BundleInfo:
            return bundles.inspect_bundle(path, passphrase=passphrase, progress=progress)

        def failed(error: BaseException) -> None:
            wrong = isinstance(error, BundleError) and error.reason in ("encrypted", "passphrase")
            if wrong and not self.window.is_locked():
                assert isinstance(error, BundleError)
                message = (
                    tr("This bundle is encrypted: enter its passphrase.")
                    if error.reason == "encrypted"
                    else error_text(error)
                )
                self._ask_passphrase(path, message)
                return
            self._fail("import", tr("Import case"), tr("The bundle was not imported; nothing was changed."))(error)

        self._run(
            "import",
            tr("Checking {name}…").format(name=path.name),
            inspect,
            lambda info: self._confirm_import(info, passphrase),
            failed,
            cancellable=True,
            on_cancel=lambda: self._status(tr("Import cancelled: nothing was changed.")),
        )

    def _confirm_import(self, info: bundles.BundleInfo, passphrase: str | None) -> None:
        case_id = str((info.manifest.get("case") or {}).get("id", ""))
        if self.window.is_locked() or not ImportConfirmDialog.ask(
            info,
            known_here=any(str(summary.id) == case_id for summary in CaseService(self.ctx).summaries()),
            parent=self.window,
        ):
            self.finished.emit("import")
            return
        ctx, path = self.ctx, info.path

        def merge(progress: Progress) -> MergeReport:
            return bundles.import_bundle(ctx, path, passphrase=passphrase, progress=progress)

        def done(report: MergeReport) -> None:
            try:
                if not self.window.is_locked():
                    self._imported(info, report)
            finally:
                self.finished.emit("import")

        self._run(
            "import",
            tr("Importing {name}…").format(name=info.case_reference or path.name),
            merge,
            done,
            self._fail("import", tr("Import case"), tr("The bundle was not imported; nothing was changed.")),
            cancellable=True,
            on_cancel=lambda: self._status(tr("Import cancelled: nothing was changed.")),
        )

    def _imported(self, info: bundles.BundleInfo, report: MergeReport) -> None:
        self._show_case(report.case_id)
        label = self._case_label(report.case_id)
        headline = (
            tr("{case} was added to this store from {file}.")
            if report.created_case
            else tr("{file} was merged into this store's copy of {case}.")
        ).format(case=label, file=info.path.name)
        self._status(tr("Imported {name}.").format(name=info.path.name))
        if TransferResultDialog.ask(
            tr("Import case"), headline, merge_lines(report), conflicts=report.conflicts, parent=self.window
        ):
            self.window.open_conflicts(report.case_id)

    # -- sync ------------------------------------------------------------------------------------------

    def sync_case(self) -> None:
        """Sync the selected case with the team store the user gives (remembered, without passwords)."""
        case_id = self.window.current_case_id()
        if case_id is None or self.window.is_locked() or self.busy():
            self.finished.emit("sync")
            return
        self._ask_team(case_id, TEAM_STORE.get(), "")

    def _ask_team(self, case_id: uuid.UUID, location: str, error: str) -> None:
        label = self._case_label(case_id)
        target = SyncDialog.ask(label, self.ctx.location, self.window, location=location, error=error)
        if target is None:
            self.finished.emit("sync")
            return
        self._sync(case_id, label, target)

    def _sync(self, case_id: uuid.UUID, label: str, target: SyncTarget, *, accept_team_log: bool = False) -> None:
        """Sync with the team store at ``target``; ``accept_team_log``: the user took its audit log as it is now,
        after a sync refused because its history was rewritten behind this laptop."""
        local, user = self.ctx, self.ctx.user

        def sync(progress: Progress) -> SyncReport:
            progress.step(0, 0, tr("Opening the team store…"))
            try:
                team = unlock_store(target.location, target.passphrase, user=user)
            except StoreError as err:
                raise TeamStoreUnavailable(err) from err
            try:
                return sync_case(local, team, case_id, progress=progress, accept_team_log=accept_team_log)
            finally:
                team.close()

        def done(report: SyncReport) -> None:
            TEAM_STORE.set(without_password(target.location))
            try:
                if not self.window.is_locked():
                    self._synced(case_id, label, target, report)
            finally:
                self.finished.emit("sync")

        def failed(error: BaseException) -> None:
            if isinstance(error, TeamStoreUnavailable) and not self.window.is_locked():
                # Not opened (wrong passphrase, server unreachable, not a store…): nothing happened yet. Ask
                # again, saying why, with the location kept.
                cause = error.error
                message = (
                    tr("Wrong passphrase for the team store file, or it is not an hrdoc store.")
                    if isinstance(cause, WrongPassphrase)
                    else error_text(cause)
                )
                self._ask_team(case_id, target.location, message)
                return
            if isinstance(error, team_log.TeamLogRewritten) and error.problem is not None and not accept_team_log:
                self._refused(case_id, label, target, error)  # before anything was merged
                return
            if isinstance(error, TeamStoreUnavailable):
                error = error.error
            self._show_case(case_id)  # what was pulled before the failure is kept: show it
            self._fail(
                "sync",
                tr("Sync with team store"),
                tr("The sync did not complete. What it had already merged into this store is kept; sync again."),
            )(error)

        # Cancel takes effect between the steps (each merge is one unit of work): what was already merged
        # into this store stays, and the team store gets nothing it did not already have.
        self._run(
            "sync",
            tr("Syncing {case} with the team store…").format(case=label.split(" — ")[0]),
            sync,
            done,
            failed,
            cancellable=True,
            on_cancel=lambda: self._status(
                tr("Sync cancelled. Anything already merged into this store is kept; sync again to finish.")
            ),
        )

    def _refused(self, case_id: uuid.UUID, label: str, target: SyncTarget, error: team_log.TeamLogRewritten) -> None:
        """The team store's audit log was rewritten behind this laptop: nothing was synced. Say why; sync again,
        taking its log as it is now, only if the user deliberately accepts it (recorded in this store's log)."""
        assert error.problem is not None
        if not self.window.is_locked() and TeamLogRefusedDialog.ask(error.where, error.problem, self.window):
            self._sync(case_id, label, target, accept_team_log=True)
            return
        self._status(tr("Not synced: the team store's audit log is not as this laptop last saw it."))
        self.finished.emit("sync")

    def _synced(self, case_id: uuid.UUID, label: str, target: SyncTarget, report: SyncReport) -> None:
        self._show_case(case_id)
        where = StoreLocation.parse(target.location).describe()
        self._status(tr("Synced {case} with the team store.").format(case=label.split(" — ")[0]))
        headline = tr("{case} was synced with the team store at {store}.").format(case=label, store=where)
        if TransferResultDialog.ask(
            tr("Sync with team store"),
            headline,
            sync_lines(report),
            conflicts=report.conflicts_here,
            parent=self.window,
        ):
            self.window.open_conflicts(case_id)


class TeamStoreUnavailable(Exception):
    """The team store could not be opened: ``error`` (a StoreError) says why; nothing was synced."""

    def __init__(self, error: StoreError) -> None:
        super().__init__(error_text(error))
        self.error = error
