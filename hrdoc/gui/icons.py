"""The app's icons: small single-colour SVG line drawings in ``hrdoc/resources/icons``, drawn in the theme's
colour.

The files draw with ``stroke="currentColor"``; :func:`icon` replaces that with the palette's text colour and
renders the drawing at the usual icon sizes, so the icons stay legible on light and dark themes alike (Qt
derives the greyed-out "disabled" look from them). Each is drawn once per colour; while an encrypted store's key
is derived (a thread that leaves this one idle), the app draws them all beforehand (:func:`draw_while`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hrdoc.shipped import shipped

log = logging.getLogger(__name__)

ICON_DIR = shipped("icons")
NAMES = frozenset(
    {
        "lock",
        "refresh",
        "search",
        "new",
        "edit",
        "delete",
        "undo",
        "redo",
        "preferences",
        "case",
        "incident",
        "place",
        "map",
        "actor",
        "responsibility",
        "victim",
        "witness",
        "source",
        "link",
        "chronology",
        "audit",
        "overview",
        "reveal",
        "report",
        "evidence",
        "help",
    }
)
# Icons that point along the line of reading, drawn mirrored right to left (Arabic): undo turns back towards where
# a line starts, which is the right.
MIRRORED = frozenset({"undo", "redo"})

SIZES = (16, 20, 24, 32, 48, 64)
_cache: dict[tuple[str, str], QIcon] = {}


def icon_path(name: str) -> Path:
    if name not in NAMES:
        raise ValueError(f"no icon called {name!r}; known icons: {', '.join(sorted(NAMES))}")
    return ICON_DIR / f"{name}.svg"


def _ink() -> str:
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()


def icon(name: str) -> QIcon:
    """The named icon in the current palette's text colour (a null icon if the file is missing), mirrored in a
    right-to-left layout if it points along the line (:data:`MIRRORED`)."""
    path = icon_path(name)
    mirrored = name in MIRRORED and QGuiApplication.isRightToLeft()
    colour = _ink()
    key = (name, colour + (" mirrored" if mirrored else ""))  # one drawing per colour and direction
    cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        svg = path.read_text(encoding="utf-8")
    except OSError as err:  # a broken installation: show the action without its icon rather than fail
        log.warning("icon %s cannot be read: %s", path, err)
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    if not renderer.isValid():
        log.warning("icon %s is not a valid SVG drawing", path)
        return QIcon()
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mirrored:
            painter.translate(size, 0)
            painter.scale(-1, 1)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    _cache[key] = result
    return result


def draw_while(waiting: Callable[[], bool]) -> int:
    """Draw the icons not drawn yet, one at a time, for as long as ``waiting()`` says this thread would only be
    waiting (for a key being derived in another thread); how many were drawn."""
    drawn = 0
    colour = _ink()
    for name in sorted(NAMES):
        if not waiting():
            break
        if (name, colour) not in _cache:
            icon(name)
            drawn += 1
    return drawn
