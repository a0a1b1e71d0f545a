"""Case bundles opened from the desktop: given on the command line (``hrdoc gui BUNDLE``, the Linux desktop
entry's ``%f``) or sent to the running app as file-open events (the macOS Finder, which never passes them on the
command line). Each is offered for import (File → Import case…, without its file chooser, confirmed as always)
once the main window is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from hrdoc.gui.main_window import MainWindow


def offer_bundle(window: MainWindow, bundle: Path) -> None:
    """Offer ``bundle`` for import (File → Import case…, without its file chooser) once ``window`` is on screen."""
    window.painted.connect(lambda: window.transfers.import_case(bundle))


class DesktopOpens(QObject):
    """Bundles the desktop asks the running app to open: the macOS Finder sends them as file-open events, never
    on the command line. One that comes before the main window is on screen waits for it; each is then offered
    for import as ``hrdoc gui BUNDLE`` offers its own."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.window: MainWindow | None = None
        self.shown = False
        self.pending: Path | None = None
        app.installEventFilter(self)

    def attach(self, window: MainWindow) -> None:
        """From now on, offer bundles in ``window`` (one that came already once it is on screen)."""
        self.window = window
        window.painted.connect(self._shown)

    def _shown(self) -> None:
        self.shown = True
        self._offer()

    def _offer(self) -> None:
        window, bundle = self.__dict__.get("window"), self.__dict__.get("pending")
        if window is not None and bundle is not None and self.shown:
            self.pending = None
            window.transfers.import_case(bundle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.pending = Path(event.file())
            self._offer()
            return True
        return False
