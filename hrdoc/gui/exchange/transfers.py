"""Moving cases between stores: File → Export case, Import case and Sync with team store.

The dialogs only ask; each has a ``classmethod ask`` that tests can drive or replace. :class:`Transfers`
runs the three flows: the services (services.exchange.bundles, services.exchange.sync) do the work off the
GUI thread with progress, and Cancel where the service can stop without keeping anything. Bundle and store
passphrases live only in memory for the one operation: they are never remembered, written or logged.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.validation import ValidationError
from hrdoc.gui.background import BackgroundOperation, Cancelled, Progress, run_in_background
from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog, error_text
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.settings import Setting
from hrdoc.gui.unlock import MIN_LENGTH, strength_hint
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange import bundles
from hrdoc.services.exchange.bundle import AUDIENCES, BundleError, is_encrypted_bundle
from hrdoc.services.exchange.merge import MergeReport
from hrdoc.services.exchange.sync import SyncReport, sync_case
from hrdoc.services.session import unlock_store
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import StoreError, WrongPassphrase

if TYPE_CHECKING:
    from hrdoc.gui.main_window import MainWindow

# Remembered between sessions: where the team store is (a URL without its password, or a file) and the
# folder bundles were last saved to or opened from. Never a passphrase.
TEAM_STORE = Setting("transfer/team_store", "")
BUNDLE_FOLDER = Setting("transfer/bundle_folder", "")

BUNDLE_SUFFIX = ".hrdoc"
# Errors the services raise for the user (their messages say what is wrong); anything else is a bug.
USER_ERRORS = (BundleError, StoreError, ValidationError, NotFound, OSError)


def tr(text: str) -> str:
    return QCoreApplication.translate("Transfer", text)


def audience_label(audience: str) -> str:
    return {"public": tr("Public"), "partners": tr("Partners"), "internal": tr("Internal")}.get(audience, audience)


def audience_description(audience: str) -> str:
    """One line saying what a bundle for ``audience`` carries (docs/bundle-format.md has the rules)."""
    return {
        "public": tr("Only records marked public, without working notes; evidence files are described, not included."),
        "partners": tr(
            "Public and restricted records with their evidence files; accounts only where the witness agreed "
            "to sharing with partners. No identities, no working notes."
        ),
        "internal": tr(
            "Everything, to move the case to a colleague: every record, working notes, logs and evidence files."
        ),
    }.get(audience, "")


IDENTITIES_WARNING = (
    "It holds the legal names, contacts and residences of witnesses and victims: encrypt it and hand it only "
    "to your own team."
)


def identities_warning() -> str:
    return tr(IDENTITIES_WARNING)


def without_password(location: str) -> str:
    """A team store's URL as it may be remembered: its password (if one was typed in it) left out."""
    if "://" not in location:
        return location
    from sqlalchemy.engine import make_url

    try:
        url = make_url(location)
    except Exception:  # not a URL after all; keep nothing of it that could be a password
        return ""
    # URL is a named tuple: _replace is its public way to drop a field (set() ignores None).
    kept = url.difference_update_query([k for k in url.query if k.lower() == "password"])._replace(password=None)
    return kept.render_as_string(hide_password=False)


def step_text(text: str) -> str:
    """The services' own progress texts, in the user's language."""
    fixed = {
        "reading the case": tr("Reading the case…"),
        "checking the bundle": tr("Checking every part of the bundle…"),
        "adding evidence files": tr("Adding the evidence files…"),
        "merging": tr("Merging the case into this store…"),
        "reading the team's copy": tr("Reading the team's copy of the case…"),
        "merging the team's changes here": tr("Merging the team's changes into this store…"),
        "reading this copy": tr("Reading this laptop's copy…"),
        "sending the changes to the team store": tr("Sending the changes to the team store…"),
    }
    if text in fixed:
        return fixed[text]
    if text.startswith("adding "):
        return tr("Adding {0}…").format(text.removeprefix("adding "))
    return text


def service_progress(progress: Progress) -> bundles.Progress:
    """A bundle service's progress callback that drives the progress dialog; False once Cancel was pressed.

    Byte counts are shown in thousandths: the dialog's range is a C ``int``, and evidence can pass 2 GiB."""

    def tell(text: str, done: int, total: int) -> bool:
        if progress.cancelled:
            return False
        scaled_done, scaled_total = (done * 1000 // total, 1000) if total > 1 else (0, 0)
        try:
            progress.step(scaled_done, scaled_total, step_text(text))
        except Cancelled:
            return False
        return True

    return tell


def merge_lines(report: MergeReport) -> list[str]:
    """What a merge did, in the user's language (the headline above it names the case)."""

    def counted(by_kind: dict[str, int]) -> str:
        total = sum(by_kind.values())
        if not by_kind:
            return str(total)
        each = ", ".join(f"{n} × {kind_name(kind)}" for kind, n in sorted(by_kind.items()))
        return f"{total} ({each})"

    lines = [
        tr("Records added: {0}").format(counted(report.added)),
        tr("Records updated: {0}").format(counted(report.updated)),
        tr("Unchanged: {0}; newer here, kept: {1}; deleted: {2}").format(
            report.unchanged, report.kept_local, report.deleted
        ),
        tr("Account versions added: {0}; evidence files added: {1}").format(
            report.account_versions_added, report.files_added
        ),
        tr("Audit log entries added: {0}; custody log entries added: {1}").format(
            report.audit_entries_added, report.custody_entries_added
        ),
    ]
    if report.conflicts:
        lines.append(tr("Conflicts (changed on both sides, both versions kept): {0}").format(report.conflicts))
    return lines


def sync_lines(report: SyncReport) -> list[str]:
    """What a sync did both ways, in the user's language."""
    lines = [tr("From the team store, into this store:")]
    if report.pulled is None:
        lines.append("  " + tr("nothing: the team store did not have this case yet"))
    else:
        lines += ["  " + line for line in merge_lines(report.pulled)]
    lines.append(tr("From this store, into the team store:"))
    lines += ["  " + line for line in merge_lines(report.pushed)]
    return lines


def _passphrase_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


# -- export ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportChoice:
    audience: str
    passphrase: str | None = field(default=None, repr=False)


class ExportDialog(AskDialog):
    """Whom the bundle is for, and whether (and with what) to encrypt it."""

    def __init__(self, case_label: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Export case"), tr("Choose file…"), parent)
        self.setObjectName("exportDialog")
        heading = _note(f"<b>{html.escape(case_label)}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(heading)
        self.body.addWidget(
            _note(
                tr(
                    "A bundle is one file holding the case as the chosen audience may receive it. Another hrdoc "
                    "imports it with File → Import case, merging it with any copy of the case it already has."
                )
            )
        )
        box = QGroupBox(tr("Audience"))
        box_layout = QVBoxLayout(box)
        self.audience_group = QButtonGroup(self)
        self.audience_buttons: dict[str, QRadioButton] = {}
        for number, audience in enumerate(AUDIENCES):
            button = QRadioButton(audience_label(audience))
            button.setObjectName(f"audience_{audience}")
            explanation = QLabel(audience_description(audience))
            explanation.setWordWrap(True)
            explanation.setIndent(22)
            explanation.setEnabled(False)  # the palette's quieter colour
            self.audience_group.addButton(button, number)
            self.audience_buttons[audience] = button
            box_layout.addWidget(button)
            box_layout.addWidget(explanation)
            if audience == "internal":
                warning = _note(identities_warning(), WARNING_STYLE)
                warning.setObjectName("identitiesWarning")
                warning.setIndent(22)
                box_layout.addWidget(warning)
        self.body.addWidget(box)

        self.encrypt = QCheckBox(tr("Encrypt with a bundle passphrase"))
        self.encrypt.setObjectName("encrypt")
        self.body.addWidget(self.encrypt)
        form = QFormLayout()
        self.passphrase = _passphrase_edit("passphrase")
        self.confirm = _passphrase_edit("confirm")
        self.hint = QLabel()
        self.hint.setObjectName("strength")
        form.addRow(tr("Bundle passphrase:"), self.passphrase)
        form.addRow(tr("Repeat it:"), self.confirm)
        form.addRow("", self.hint)
        self.body.addLayout(form)
        self.passphrase_note = _note(
            tr(
                "Tell the recipient the passphrase another way than the file travels: in person or by phone. "
                "It cannot be recovered."
            )
        )
        self.body.addWidget(self.passphrase_note)
        self.plain_warning = _note("", WARNING_STYLE)
        self.plain_warning.setObjectName("plainWarning")
        self.body.addWidget(self.plain_warning)
        idle_hint = tr("A sentence of four or more unrelated words is easy to say and hard to guess.")
        self.hint.setText(idle_hint)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text) if text else idle_hint))
        self.encrypt.toggled.connect(lambda _on: self._update())
        self.audience_group.idToggled.connect(lambda _id, on: self._audience_changed() if on else None)
        self.audience_buttons["internal"].setChecked(True)
        self._audience_changed()
        self.passphrase.setFocus()

    def audience(self) -> str:
        return next(a for a, b in self.audience_buttons.items() if b.isChecked())

    def set_audience(self, audience: str) -> None:
        self.audience_buttons[audience].setChecked(True)

    def _audience_changed(self) -> None:
        # Encryption is the default wherever the bundle holds more than what is public.
        self.encrypt.setChecked(self.audience() != "public")
        self._update()

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        for widget in (self.passphrase, self.confirm, self.hint, self.passphrase_note):
            widget.setEnabled(on)
        warning = ""
        if not on and self.audience() == "internal":
            warning = tr(
                "Without a passphrase anyone who gets the file can read everything in it, identities included."
            )
        elif not on and self.audience() == "partners":
            warning = tr("Without a passphrase anyone who gets the file can read it.")
        self.plain_warning.setText(warning)
        self.plain_warning.setVisible(bool(warning))

    def check(self) -> str:
        if not self.encrypt.isChecked():
            return ""
        text = self.passphrase.text()
        if not text:
            return tr("Enter a bundle passphrase, or leave the bundle unencrypted.")
        if len(text) < MIN_LENGTH:
            return tr("The passphrase is too short: use at least {0} characters.").format(MIN_LENGTH)
        if self.confirm.text() != text:
            return tr("The two passphrases differ.")
        return ""

    def choice(self) -> ExportChoice:
        return ExportChoice(self.audience(), self.passphrase.text() if self.encrypt.isChecked() else None)

    @classmethod
    def ask(cls, case_label: str, parent: QWidget | None = None) -> ExportChoice | None:
        dialog = cls(case_label, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.confirm.clear()
            dialog.deleteLater()


# -- import ----------------------------------------------------------------------------------------------


class BundlePassphraseDialog(AskDialog):
    def __init__(self, file_name: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(tr("Encrypted bundle"), tr("Open"), parent)
        self.setObjectName("bundlePassphraseDialog")
        self.body.addWidget(_note(tr("“{0}” is encrypted. Enter its bundle passphrase.").format(file_name)))
        form = QFormLayout()
        self.passphrase = _passphrase_edit("passphrase")
        form.addRow(tr("Bundle passphrase:"), self.passphrase)
        self.body.addLayout(form)
        self.show_problem(error)

    def check(self) -> str:
        return "" if self.passphrase.text() else tr("Enter the bundle passphrase.")

    @classmethod
    def ask(cls, file_name: str, parent: QWidget | None = None, *, error: str = "") -> str | None:
        """The passphrase typed, or None if cancelled; ``error`` says why it is asked again."""
        dialog = cls(file_name, error, parent)
        try:
            return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()


def when_text(iso: str) -> str:
    """A UTC timestamp from a manifest as "2025-03-12 14:05 UTC" (as written if it is not one)."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def contents_text(manifest: dict[str, Any]) -> str:
    """The bundle's records by kind, e.g. "actors: 3 · allegations: 2 · …"."""
    counts: dict[str, int] = manifest.get("record_counts") or {}
    words = {"tombstones": tr("deletions"), "account_versions": tr("account versions")}
    named = [
        f"{words.get(kind) or tr(kind.replace('_', ' '))}: {n}"
        for kind, n in sorted(counts.items())
        if n and kind != "case"
    ]
    return " · ".join(named) or tr("no records besides the case")


class ImportConfirmDialog(AskDialog):
    """What the bundle says about itself, checked, before anything is imported."""

    def __init__(self, info: bundles.BundleInfo, *, known_here: bool, parent: QWidget | None = None) -> None:
        super().__init__(tr("Import case"), tr("Import"), parent)
        self.setObjectName("importConfirmDialog")
        manifest = info.manifest
        case = manifest.get("case") or {}
        audience = str(manifest.get("audience", ""))
        members = manifest.get("members") or {}
        files = sum(1 for name in members if str(name).startswith("evidence/"))
        self.body.addWidget(_note(tr("The bundle passed every check. It says:")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (tr("File"), info.path.name),
            (tr("Case"), f"{case.get('reference', '?')} — {case.get('title', '')}"),
            # A copy for partners or the public does not name who made it (an investigator's name is internal).
            (tr("Exported by"), str(manifest.get("exported_by", "")) or tr("not named in this copy")),
            (tr("Exported on"), when_text(str(manifest.get("exported_at", "")))),
            (tr("Audience"), f"{audience_label(audience)}: {audience_description(audience)}"),
            (tr("Encrypted"), tr("yes") if info.encrypted else tr("no")),
            (tr("Records"), contents_text(manifest)),
            (tr("Evidence files"), str(files)),
        ]
        self.values: dict[str, str] = {}
        for label, value in rows:
            shown = _note(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", shown)
            self.values[label] = value
        self.body.addLayout(form)
        counts = manifest.get("record_counts") or {}
        if counts.get("witness_identities") or counts.get("victim_identities"):
            self.body.addWidget(_note(tr("This bundle holds identities of witnesses or victims."), WARNING_STYLE))
        self.body.addWidget(
            _note(
                tr(
                    "This store already has this case: the bundle is merged into it. A record changed in both "
                    "copies keeps both versions, as a conflict for you to resolve; nothing is overwritten."
                )
                if known_here
                else tr("This store does not have this case yet: it will be added.")
            )
        )

    @classmethod
    def ask(cls, info: bundles.BundleInfo, *, known_here: bool, parent: QWidget | None = None) -> bool:
        dialog = cls(info, known_here=known_here, parent=parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


# -- sync ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncTarget:
    location: str
    passphrase: str | None = field(default=None, repr=False)


class SyncDialog(AskDialog):
    """Where the team store is: a ``postgresql://`` URL, or a store file (with its passphrase)."""

    def __init__(
        self,
        case_label: str,
        local: StoreLocation,
        parent: QWidget | None = None,
        *,
        location: str = "",
        error: str = "",
    ) -> None:
        super().__init__(tr("Sync with team store"), tr("Sync"), parent)
        self.setObjectName("syncDialog")
        self.local = local
        heading = _note(f"<b>{html.escape(case_label)}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(heading)
        self.body.addWidget(
            _note(
                tr(
                    "Sync brings this laptop's copy of the case and the team store's copy together, in both. "
                    "A change made on one side is taken; a record changed on both sides keeps both versions, "
                    "as a conflict for you to resolve."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.location = QLineEdit(location)
        self.location.setObjectName("teamStore")
        self.location.setPlaceholderText(tr("postgresql://user@server/hrdoc, or a store file"))
        self.browse = QPushButton(tr("Choose file…"))
        self.browse.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.browse)
        form.addRow(tr("Team store:"), row)
        self.passphrase = _passphrase_edit("teamPassphrase")
        self.passphrase_label = QLabel()
        form.addRow(self.passphrase_label, self.passphrase)
        self.body.addLayout(form)
        self.body.addWidget(
            _note(
                tr(
                    "A store on a server takes your database password (left empty: the one in ~/.pgpass or "
                    "PGPASSWORD); a store file, its passphrase. Neither is ever remembered."
                )
            )
        )
        self.location.setCursorPosition(0)  # a long URL shows its beginning
        self.location.textChanged.connect(lambda _text: self._update())
        self._update()
        self.show_problem(error)
        (self.passphrase if location else self.location).setFocus()

    def is_url(self) -> bool:
        return "://" in self.location.text()

    def _update(self) -> None:
        if self.is_url():
            self.passphrase_label.setText(tr("Your password:"))
            self.passphrase.setPlaceholderText(tr("if the server asks for one"))
        else:
            self.passphrase_label.setText(tr("Its passphrase:"))
            self.passphrase.setPlaceholderText("")

    def _choose_file(self) -> None:
        start = self.location.text().strip() if not self.is_url() else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose the team store file"), start, tr("hrdoc stores (*.db);;All files (*)")
        )
        if chosen:
            self.location.setText(chosen)
            self.passphrase.setFocus()

    def check(self) -> str:
        text = self.location.text().strip()
        if not text:
            return tr("Give the team store: a postgresql:// URL or a store file.")
        try:
            where = StoreLocation.parse(text)
        except StoreError as err:
            return error_text(err)
        if where == self.local:
            return tr("That is this laptop's own store; give the team's store.")
        if where.path is not None:
            if not where.path.is_file():
                return tr("There is no store file at {0}.").format(where.path)
            if not self.passphrase.text():
                return tr("Enter the passphrase of the team store file.")
        return ""

    def target(self) -> SyncTarget:
        """Where, and the file's passphrase or the server password (None: the server's usual sign-in)."""
        return SyncTarget(self.location.text().strip(), self.passphrase.text() or None)

    @classmethod
    def ask(
        cls,
        case_label: str,
        local: StoreLocation,
        parent: QWidget | None = None,
        *,
        location: str = "",
        error: str = "",
    ) -> SyncTarget | None:
        """Where the team store is (None if cancelled); ``error`` says why it is asked again."""
        dialog = cls(case_label, local, parent, location=location, error=error)
        try:
            return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()


# -- results ---------------------------------------------------------------------------------------------


class TransferResultDialog(QDialog):
    """What an export, import or sync did, with "Open conflicts…" when it left some to resolve."""

    def __init__(
        self,
        title: str,
        headline: str,
        lines: list[str],
        *,
        conflicts: int = 0,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferResult")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(headline))
        if warning:
            layout.addWidget(_note(warning, WARNING_STYLE))
        if lines:
            details = QPlainTextEdit("\n".join(lines))
            details.setObjectName("details")
            details.setReadOnly(True)
            details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            details.setMinimumHeight(details.fontMetrics().lineSpacing() * min(len(lines) + 2, 14))
            layout.addWidget(details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.conflicts_button: QPushButton | None = None
        if conflicts:
            layout.addWidget(
                _note(
                    tr(
                        "{0} record(s) were changed both here and in the other copy. Both versions are kept "
                        "until you choose one."
                    ).format(conflicts),
                    WARNING_STYLE,
                )
            )
            self.conflicts_button = self.buttons.addButton(
                tr("Open conflicts…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.conflicts_button.setDefault(True)
            self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(
        cls,
        title: str,
        headline: str,
        lines: list[str],
        *,
        conflicts: int = 0,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> bool:
        """Show the result; True if the user asked to open the conflicts."""
        dialog = cls(title, headline, lines, conflicts=conflicts, warning=warning, parent=parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and conflicts > 0
        finally:
            dialog.deleteLater()


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


# -- the flows -------------------------------------------------------------------------------------------


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
            try:
                return bundles.export_case(
                    ctx, case_id, path, audience=audience, passphrase=passphrase, progress=service_progress(progress)
                )
            except bundles.Cancelled:
                raise Cancelled() from None

        def done(summary: bundles.ExportSummary) -> None:
            try:
                if not self.window.is_locked():
                    self._exported(case.reference, summary)
            finally:
                self.finished.emit("export")

        self._run(
            "export",
            tr("Exporting {0}…").format(case.reference),
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
        headline = tr("Wrote {0}: case {1} for the {2} audience, {3} records and {4} evidence file(s), {5}.").format(
            summary.path,
            reference,
            audience_label(summary.audience).lower(),
            records,
            summary.files,
            tr("encrypted") if summary.encrypted else tr("NOT encrypted"),
        )
        warning = identities_warning() if summary.audience == "internal" else ""
        self._status(tr("Exported {0} to {1}.").format(reference, summary.path.name))
        TransferResultDialog.ask(tr("Export case"), headline, [], warning=warning, parent=self.window)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window, tr("Export case"), tr("{0} already exists. Replace it?").format(path.name)
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- import ----------------------------------------------------------------------------------------

    def import_case(self) -> None:
        """Choose a bundle, check it (asking its passphrase if it is encrypted), confirm, and merge it."""
        chosen = ""
        if not self.window.is_locked() and not self.busy():
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
            try:
                return bundles.inspect_bundle(path, passphrase=passphrase, progress=service_progress(progress))
            except bundles.Cancelled:
                raise Cancelled() from None

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
            tr("Checking {0}…").format(path.name),
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
            try:
                return bundles.import_bundle(ctx, path, passphrase=passphrase, progress=service_progress(progress))
            except bundles.Cancelled:
                raise Cancelled() from None

        def done(report: MergeReport) -> None:
            try:
                if not self.window.is_locked():
                    self._imported(info, report)
            finally:
                self.finished.emit("import")

        self._run(
            "import",
            tr("Importing {0}…").format(info.case_reference or path.name),
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
            tr("{0} was added to this store from {1}.")
            if report.created_case
            else tr("{1} was merged into this store's copy of {0}.")
        ).format(label, info.path.name)
        self._status(tr("Imported {0}.").format(info.path.name))
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
        local, user = self.ctx, self.ctx.user

        def sync(progress: Progress) -> SyncReport:
            progress.step(0, 0, tr("Opening the team store…"))
            try:
                team = unlock_store(target.location, target.passphrase, user=user)
            except StoreError as err:
                raise TeamStoreUnavailable(err) from err
            try:
                return sync_case(local, team, case_id, step=lambda text: progress.step(0, 0, step_text(text)))
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
            tr("Syncing {0} with the team store…").format(label.split(" — ")[0]),
            sync,
            done,
            failed,
            cancellable=True,
            on_cancel=lambda: self._status(
                tr("Sync cancelled. Anything already merged into this store is kept; sync again to finish.")
            ),
        )

    def _synced(self, case_id: uuid.UUID, label: str, target: SyncTarget, report: SyncReport) -> None:
        self._show_case(case_id)
        where = StoreLocation.parse(target.location).describe()
        self._status(tr("Synced {0} with the team store.").format(label.split(" — ")[0]))
        headline = tr("{0} was synced with the team store at {1}.").format(label, where)
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
        super().__init__(str(error))
        self.error = error
