"""File → Sync with team store: which team store (a URL without its password, or a file) and its passphrase;
and, when a sync is refused because the team store's audit log was rewritten behind this laptop, why, with a
deliberate way to take its log as it is now."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.dialogs import ERROR_STYLE, AskDialog, error_text
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.exchange.common import passphrase_edit
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import box_mnemonics
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import StoreError


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
        self.passphrase = passphrase_edit("teamPassphrase")
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
                return tr("There is no store file at {path}.").format(path=where.path)
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


class TeamLogRefusedDialog(QDialog):
    """A sync refused, before anything was merged, because the team store's audit log no longer holds what this
    laptop saw of it (services.exchange.team_log): what is wrong in one line, and "Accept the team's log as it
    is now…", which asks again before saying yes. Close, the default, syncs nothing."""

    def __init__(self, where: str, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLogRefused")
        self.setWindowTitle(tr("Sync with team store"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                tr("Nothing was synced: the team store {store} is not as this laptop last saw it.").format(store=where)
            )
        )
        self.reason = _note(problem[:1].upper() + problem[1:].rstrip(".") + ".", ERROR_STYLE)
        self.reason.setObjectName("reason")
        layout.addWidget(self.reason)
        layout.addWidget(
            _note(
                tr(
                    "Tell your team and whoever runs its server, and compare with the other laptops before "
                    "trusting it. Once you know why (a restore from an older backup, say), you can take its "
                    "log as it is now."
                )
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.accept_button = self.buttons.addButton(
            tr("Accept the team's log as it is now…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_button.setAutoDefault(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        box_mnemonics(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.accept_button.clicked.connect(self._confirm)
        layout.addWidget(self.buttons)

    def _confirm(self) -> None:
        """Ask once more, saying what accepting does; yes closes this dialog accepted."""
        box = QMessageBox(self)
        box.setObjectName("acceptTeamLog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Accept the team's log"))
        box.setText(tr("Take the team store's audit log as it is now, and sync?"))
        box.setInformativeText(
            tr(
                "This laptop stops comparing it with what it saw at its last sync. That you accepted it, and what "
                "was wrong, are recorded in this store's audit log, under your name."
            )
        )
        yes = box.addButton(tr("Accept and sync"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        accepted = box.clickedButton() is yes
        box.deleteLater()
        if accepted:
            self.accept()

    @classmethod
    def ask(cls, where: str, problem: str, parent: QWidget | None = None) -> bool:
        """Show why the sync was refused; True once the user accepted the team's log as it is now (and
        confirmed it)."""
        dialog = cls(where, problem, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
