"""Unlocking a store, or creating one on first run, with a passphrase; and the lock screen, which asks before
quitting (forms left open were kept as encrypted drafts, but quitting is rarely what a locked user meant)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui import colours
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import box_mnemonics
from hrdoc.gui.window_fit import keep_lines_whole
from hrdoc.services.passphrase import MIN_LENGTH as MIN_LENGTH  # the one rule, shared with the CLI
from hrdoc.storage.errors import StoreError

T = TypeVar("T")


def strength_hint(passphrase: str) -> str:
    """A plain-words hint; long passphrases of several words beat short clever ones."""
    words = len(passphrase.split())
    if len(passphrase) < MIN_LENGTH:
        return tr("Too short: use at least {count} characters.").format(count=MIN_LENGTH)
    if len(passphrase) < 14 and words < 3:
        return tr("Weak: a sentence of four or more unrelated words is stronger.")
    if len(passphrase) < 20 and words < 4:
        return tr("Fair: longer is better.")
    return tr("Strong.")


def confirm_quit(parent: QWidget | None) -> bool:
    """From the lock screen: quit hrdoc? Staying locked is the default (Return, Esc)."""
    box = QMessageBox(parent)
    box.setObjectName("confirmQuit")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Quit hrdoc?"))
    box.setText(tr("Quit hrdoc instead of unlocking it?"))
    box.setInformativeText(
        tr("Forms that were open are kept as encrypted drafts and offered back when you next unlock.")
    )
    quit_button = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(tr("&Stay locked"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is quit_button


class UnlockDialog(QDialog):
    """``locked``: the lock screen of a running app, whose Cancel quits it, after asking."""

    def __init__(
        self,
        store_name: str,
        *,
        create: bool,
        team: bool = False,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.creating = create
        self.locked = locked
        self.setWindowTitle(tr("Create a new store") if create else tr("Unlock store"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = (
            tr("No store exists at {store} yet. Choose a passphrase to encrypt the new store.")
            if create
            else tr("Enter your password for the team store at {store}.")
            if team
            else tr("Enter the passphrase of the store at {store}.")
        )
        label = QLabel(intro.format(store=store_name))
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow(tr("&Password:") if team else tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")
        self.hint = QLabel()
        self.hint.setWordWrap(True)  # "Weak: a sentence of four or more unrelated words…" is wider than the fields
        if create:
            form.addRow(tr("&Repeat it:"), self.confirm)
            form.addRow("", self.hint)
            self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))
        layout.addLayout(form)
        if create:
            warning = QLabel(
                tr(
                    "<b>Keep this passphrase safe.</b> It cannot be recovered: if it is lost, "
                    "so is everything in the store."
                )
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
        self.error = QLabel()
        self.error.setObjectName("error")
        colours.style(self.error, colours.ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create") if create else tr("Unlock"))
        if locked:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Quit hrdoc…"))
        box_mnemonics(buttons, {"p", "r"})  # the fields' labels have P and R
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._attempt: Callable[[str], object] | None = None
        self.result_value: object | None = None
        self._on_painted: Callable[[], None] | None = None
        self.passphrase.setFocus()
        keep_lines_whole(self)  # a long store path, an error shown after it opened: every line shows

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._on_painted is not None:  # once the dialog (its fields included) is on screen
            QTimer.singleShot(0, self, self._on_painted)
            self._on_painted = None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def problem(self) -> str | None:
        text = self.passphrase.text()
        if not text:
            return tr("Enter a passphrase.")
        if self.creating:
            if len(text) < MIN_LENGTH:
                return tr("The passphrase is too short: use at least {count} characters.").format(count=MIN_LENGTH)
            if self.confirm.text() != text:
                return tr("The two passphrases differ.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        assert self._attempt is not None
        try:
            self.result_value = self._attempt(self.passphrase.text())
        except StoreError as err:
            self.show_error(error_text(err))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.confirm.clear()
        super().accept()

    def reject(self) -> None:
        """Cancel, Esc or the close button; on the lock screen that quits the app, so it asks first."""
        if self.locked and not confirm_quit(self):
            self.passphrase.setFocus()
            return
        super().reject()

    @classmethod
    def ask(
        cls,
        store_name: str,
        attempt: Callable[[str], T],
        *,
        create: bool,
        team: bool = False,
        locked: bool = False,
        parent: QWidget | None = None,
        on_painted: Callable[[], None] | None = None,
    ) -> T | None:
        """Ask until ``attempt(passphrase)`` succeeds (wrong passphrases are shown and retried) or Cancel.

        ``team``: a store on a server, unlocked with the user's database password instead of a passphrase.
        ``locked``: the lock screen; quitting from it is confirmed first. ``on_painted`` is called once the
        dialog is first painted (the app then imports what unlocking needs while the passphrase is typed).
        """
        dialog = cls(store_name, create=create, team=team, locked=locked, parent=parent)
        dialog._attempt = attempt
        dialog._on_painted = on_painted
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value  # type: ignore[return-value]
