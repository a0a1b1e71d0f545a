"""Application-wide event filters, installed once per application and taken off before Python shuts down.

A filter on the application sees every event of every window: that is how the keyboard guard, the accessible
names and the palette's colours hold by construction, for windows built anywhere. But an application outlives
its Python filters at interpreter exit, and an event Qt delivers then (while PySide's types are being torn
down) reaches a half-destroyed filter: a crash after the work is done. So every such filter is removed at exit
(and when the application quits), before any of that happens.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

_installed: list[QObject] = []


def install(make: type[QObject], current: QObject | None) -> QObject | None:
    """``current`` if it is still installed on this application, else a new ``make(app)`` installed on it (None
    without an application)."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    if current is not None and current in _installed and shiboken6.isValid(current) and current.parent() is app:
        return current
    made = make(app)
    app.installEventFilter(made)
    if not _installed:
        atexit.register(remove_all)
        app.aboutToQuit.connect(remove_all)
    _installed.append(made)
    return made


def remove_all() -> None:
    """Take every application-wide filter off the application (at exit, or when it quits)."""
    app = QCoreApplication.instance()
    while _installed:
        made = _installed.pop()
        if app is not None and shiboken6.isValid(made) and shiboken6.isValid(app):
            app.removeEventFilter(made)
