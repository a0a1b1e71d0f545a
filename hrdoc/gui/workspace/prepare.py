"""The workspace's modules imported in a thread once the main window is painted (issue 15, point 3).

The workspace (its pages, forms, the evidence page with the vault's services) is a hundred modules, a few tenths of
a second of imports: made on the GUI thread after the window's first paint, they held it that long, so the window
could not be moved or typed in. :func:`when_imported` imports them in a thread and then calls back on the GUI
thread, which builds the workspace from modules already there. What needs the workspace sooner (a page key, a
search hit) calls :func:`wait` first, which waits for the thread: two threads never import the same modules at
once, and nothing asked for is lost. Imports only: no widget is made off the GUI thread.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from hrdoc.gui.preload import handing_over

log = logging.getLogger(__name__)

MODULE = "hrdoc.gui.workspace.shell"  # imports the rest
POLL_MS = 10
THREAD_NAME = "hrdoc-workspace-import"

_thread: threading.Thread | None = None


def _run() -> None:
    try:
        with handing_over():  # the window painted meanwhile waits less for the interpreter lock
            importlib.import_module(MODULE)
    except Exception:  # the GUI thread's own import raises it again, where it belongs
        log.debug("importing the workspace in a thread failed; it is imported when built", exc_info=True)


def start() -> None:
    """Start importing the workspace's modules in a thread (once; later calls do nothing)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_run, name=THREAD_NAME, daemon=False)
        _thread.start()


def wait() -> None:
    """Wait until the thread, if started, is done."""
    if _thread is not None:
        _thread.join()


def imported() -> bool:
    return _thread is not None and not _thread.is_alive()


def when_imported(receiver: QObject, then: Callable[[], None]) -> None:
    """Import the workspace's modules in a thread, then call ``then`` on the GUI thread (unless ``receiver``, which
    owns the wait, is gone by then)."""
    start()
    poll = QTimer(receiver)
    poll.setInterval(POLL_MS)

    def check() -> None:
        if imported():
            poll.stop()
            poll.deleteLater()
            then()

    poll.timeout.connect(check)
    poll.start()
