"""The application controller: who is working, unlocking, locking (on demand and after idle time), and the main
window.

Locking drops the open store (and with it the key) and clears every window's content; forms left open become
encrypted drafts, offered back after the unlock. Unlocking opens the store again with the passphrase and puts the
user back where they were. Ctrl+L locks from any window of the app, an open form included.

The investigator's name (Preferences, or ``--user`` given explicitly) is the store context's ``user``: the one
place the services take who acts in the audit log, the chain of custody and evidence intake. With no name set,
the app asks for it before opening the store; it never writes the computer's login name in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hrdoc.gui import settings
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.i18n import tr
from hrdoc.gui.preload import Preload
from hrdoc.gui.unlock import UnlockDialog
from hrdoc.storage.errors import StoreError
from hrdoc.storage.location import StoreLocation

# The unlock dialog comes first, so this module imports only what it needs: the store, the main window and
# the forms are imported once the passphrase is known, while its key is derived (AppController._open).
if TYPE_CHECKING:
    from hrdoc.gui.main_window import MainWindow
    from hrdoc.services.context import StoreContext
    from hrdoc.storage.store_key import KeyInBackground, Secret

# Input that counts as "the user is here".
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Calls ``on_idle`` after ``minutes`` without keyboard, mouse or touch input anywhere in the app."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


LOCK_KEY = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class LockKey(QObject):
    """Ctrl+L in a form or dialog calls ``on_lock``. (The main window's Lock action has the same shortcut, but a
    window's shortcuts do not reach past a modal dialog such as a record form.)"""

    def __init__(self, on_lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_lock = on_lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modal = QApplication.activeModalWidget()
        if event.keyCombination() != LOCK_KEY or modal is None or isinstance(modal, UnlockDialog):
            return False
        QTimer.singleShot(0, self.on_lock)  # once this key press is over, not inside the widget handling it
        return True


def ask_about_drafts(parent: QWidget, count: int) -> str:
    """'restore', 'discard' or 'later' (kept for next time)."""
    box = QMessageBox(parent)
    box.setObjectName("draftOffer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved forms"))
    if count == 1:
        text = tr("A form was not saved when hrdoc last stopped or locked. Restore it now?")
    else:
        text = tr("{count} forms were not saved when hrdoc last stopped or locked. Restore them now?").format(
            count=count
        )
    box.setText(text)
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"


class AppController(QObject):
    def __init__(self, db: str | None, *, encrypted: bool, user: str | None = None) -> None:
        super().__init__()
        self.db = db
        self.location = StoreLocation.parse(db)
        self.encrypted = encrypted
        self.user_override = user
        self.ctx: StoreContext | None = None
        self.window: MainWindow | None = None
        self._offering = False
        self.preload = Preload(team=self.location.url is not None)
        # The main window with its case list, made while the first unlock's key is derived (its store given after).
        self._prepared: MainWindow | None = None
        # The watcher sees every event of the application, so it must never outlive its place there: it is
        # taken out of the application in shutdown(), not left for the garbage collector. (Left installed,
        # a controller collected later while the application kept running made Qt call into a freed
        # Python object: segfaults in the GUI tests, in the collector or while a window was deleted.)
        self.idle = IdleWatcher(self.lock, self)
        self.lock_key = LockKey(self._lock_from_key, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.lock_key)

    @property
    def user(self) -> str:
        """Who is working: ``--user`` if given, else the name in Preferences ("" until the first run asks)."""
        return self.user_override or settings.INVESTIGATOR.get().strip()

    def name_changed(self) -> None:
        """Preferences saved a name: from now on it is who acts, whatever ``--user`` said when the app started."""
        self.user_override = None
        if self.ctx is not None:
            self.ctx.user = self.user

    def _lock_from_key(self) -> None:
        if self.ctx is not None and self.window is not None and not self.window.is_locked():
            self.lock()

    def _open(self, passphrase: str, derived: KeyInBackground | None = None) -> StoreContext:
        """Open (or create) the store with ``passphrase``. The key of an encrypted store is derived in a thread
        (it leaves the GIL free; ``derived``: started already, :func:`hrdoc.gui.preload.head_start`) while this
        one finishes importing what the open store and its window need (most of it imported already while the
        passphrase was typed: :mod:`hrdoc.gui.preload`), then draws the window's icons and, on the first unlock,
        makes the main window with its case list (none of it reads the store before it is given it) while the key
        is still being derived."""
        from hrdoc.storage.store_key import derive_in_background  # with hashlib: imported while typing too

        path = self.location.path
        creating = path is not None and not path.exists()
        secret: Secret = passphrase
        if derived is None and path is not None and not creating and self.encrypted and passphrase:
            derived = derive_in_background(path, passphrase)
        self.preload.wait()  # the same modules are never imported by two threads at once
        from hrdoc.gui import icons, main_window, runtime  # shown next: imported while the key is derived
        from hrdoc.services.session import new_store, unlock_store

        runtime.bound_sqlite()  # for every connection the app opens from now on

        if creating:
            return new_store(self.db, passphrase, encrypted=self.encrypted, user=self.user)
        if derived is not None:
            icons.draw_while(lambda: not derived.ready())
            if self.window is None and self._prepared is None:  # its widgets need no store
                self._prepared = main_window.MainWindow(None, controller=self)
            secret = derived.wait()
        return unlock_store(self.db, secret, encrypted=self.encrypted, user=self.user)

    def _ask(self, parent: QWidget | None, *, locked: bool = False) -> StoreContext | None:
        creating = self.location.path is not None and not self.location.path.exists()
        team = self.location.url is not None
        return UnlockDialog.ask(
            self.location.describe(),
            self._open,
            create=creating,
            team=team,
            locked=locked,
            parent=parent,
            on_painted=self.preload.start,  # what unlocking needs, imported while the passphrase is typed
        )

    def start(self, passphrase: str | None = None, key: KeyInBackground | None = None) -> bool:
        """Unlock (asking if no passphrase is given) and show the main window. False if the user gave up.
        ``key``: the given passphrase's key, being derived since the process started (:mod:`hrdoc.gui.preload`).

        Asks first who is working if no name is set: whatever the store records from its unlock on is theirs."""
        if not self.user:
            from hrdoc.gui.preferences import InvestigatorDialog

            if not InvestigatorDialog.ask():
                return False
        # A team store is unlocked with the user's database password, asked like a passphrase: with the
        # password in ~/.pgpass, anyone at an unattended laptop could otherwise unlock it.
        if passphrase is not None or (not self.encrypted and self.location.url is None):
            try:
                ctx = self._open(passphrase or "", key)
            except StoreError as err:
                QMessageBox.critical(None, "hrdoc", error_text(err))
                return False
        else:
            found = self._ask(None)
            if found is None:
                return False
            ctx = found
        from hrdoc.gui.main_window import MainWindow

        self.ctx = ctx
        if self._prepared is not None:
            self.window, self._prepared = self._prepared, None
            self.window.open_store(ctx)
        else:
            self.window = MainWindow(ctx, controller=self)
        self.window.show()
        self.idle.set_minutes(settings.AUTOLOCK_MINUTES.get())
        self.window.painted.connect(self.offer_drafts)  # once it is on screen
        return True

    def offer_drafts(self) -> None:
        """After an unlock: forms left unsaved last time (a crash, a kill, a lock) are offered back."""
        if self.ctx is None or self.window is None or self._offering:
            return
        self._offering = True
        try:
            self._offer_drafts(self.ctx, self.window)
        finally:
            self._offering = False

    def _offer_drafts(self, ctx: StoreContext, window: MainWindow) -> None:
        from hrdoc.services.drafts import DraftService

        drafts = DraftService(ctx)
        pending = drafts.pending()
        if not pending:
            return
        from hrdoc.gui.forms.dialog import RecordDialog
        from hrdoc.services.errors import NotFound

        choice = ask_about_drafts(window, len(pending))
        if choice == "discard":
            for draft in pending:
                drafts.discard(draft.id)
        elif choice == "restore":
            for draft in pending:
                try:
                    RecordDialog.ask(
                        ctx,
                        draft.kind,
                        draft.case_id,
                        draft.record_id,
                        window,
                        undo_stack=window.undo_stack,
                        draft=draft,
                    )
                except NotFound:  # the record was deleted since: nothing to apply the draft to
                    drafts.discard(draft.id)
            window.refresh()
            if window.workspace.case_id is not None:
                window.workspace.open_case(window.workspace.case_id)

    def lock(self) -> None:
        """Clear every window, drop the store and its key, and ask for the passphrase again."""
        if self.ctx is None or self.window is None:
            return
        from hrdoc.gui.forms.dialog import RecordDialog

        self.idle.timer.stop()
        where = self.window.capture_place()
        self.window.set_locked(True)
        for widget in QApplication.topLevelWidgets():  # dialogs showing case data go too
            if widget is not self.window and widget.isVisible() and not isinstance(widget, UnlockDialog):
                if isinstance(widget, RecordDialog):
                    widget.keep_as_draft()  # what was typed comes back after the unlock
                widget.close()
        self.ctx.close()
        self.ctx = None
        ctx = self._ask(self.window, locked=True)
        if ctx is None:
            self.window.close()
            return
        self.ctx = ctx
        self.window.set_context(ctx)
        self.window.set_locked(False)
        self.window.restore_place(where)
        self.idle.set_minutes(settings.AUTOLOCK_MINUTES.get())
        self.offer_drafts()

    def shutdown(self) -> None:
        """Close the store and stop watching the application (call once the controller is done with)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.lock_key)
        self.idle.timer.stop()
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None
