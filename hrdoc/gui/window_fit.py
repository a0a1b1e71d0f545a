"""Fitting the app to a laptop's screen (1366×768, 1280×720 and up): the main window's size and place, windows
whose wrapped lines must show whole, and the window's geometry and splitters remembered across restarts.

The screen's free area (without panels and docks) is read in one place, :func:`available_geometry` (the screen
itself in :func:`screen_of`); tests replace it to try a laptop's screen offscreen. A window's frame (title bar,
borders) is known only once a window manager has drawn it, so until then :data:`FRAME` is kept free for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter, QWidget

FRAME = QSize(16, 48)  # room for a window manager's borders and title bar around a window's own area
LARGEST = QSize(1440, 900)  # as large as the main window is useful; a larger screen leaves room around it
FALLBACK = QRect(0, 0, 1280, 720)  # no screen at all (should not happen): the smallest laptop screen we fit
SPLITTERS = "window/splitters"  # QSettings group: each splitter's sizes, by where it is in the window


def screen_of(widget: QWidget | None = None) -> QScreen | None:
    """The screen ``widget`` is on (the one under its middle; the primary screen if none), or None without one.

    Never ``widget.screen()`` from Python: PySide makes the screen it returns a child of ``widget``'s wrapper, and
    when the garbage collector then frees a window Python made (a dialog, the lock screen), it destroys the
    application's screen with it, and hrdoc crashes at its next use. The static lookup here parents nothing.
    """
    if widget is not None:
        screen = QGuiApplication.screenAt(widget.mapToGlobal(widget.rect().center()))
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The free area of the screen ``widget`` is on (the primary screen if none), in global coordinates."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(FALLBACK)


def default_geometry(available: QRect) -> QRect:
    """The main window's own area on a screen whose free area is ``available``: as large as it is useful, with
    room for its frame, centred."""
    width = max(1, min(LARGEST.width(), available.width() - FRAME.width()))
    height = max(1, min(LARGEST.height(), available.height() - FRAME.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    # The title bar is above the window's own area: keep it on the screen.
    rect.moveTop(max(rect.top(), available.top() + FRAME.height() - FRAME.width() // 2))
    return rect


def frame_of(window: QWidget) -> QRect:
    """The window with its frame: as drawn once it is shown, else its own area with :data:`FRAME` around it."""
    frame, own = window.frameGeometry(), window.geometry()
    if frame != own:
        return frame
    side = FRAME.width() // 2
    return own.adjusted(-side, -(FRAME.height() - side), side, side)


def fits(window: QWidget, available: QRect | None = None) -> bool:
    """Whether ``window``, frame included, lies within the screen's free area."""
    area = available if available is not None else available_geometry(window)
    return area.contains(frame_of(window))


def place_window(window: QWidget, saved: QByteArray | None = None) -> None:
    """Give ``window`` the size it was saved with if that fits the screen it is on now (a window saved on a large
    monitor is not restored taller than a laptop's screen), moved onto the screen if it must be; else the default
    geometry."""
    available = available_geometry(window)
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            return
        frame = frame_of(window)
        if frame.width() <= available.width() and frame.height() <= available.height():
            keep_on_screen(window)
            return
        window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(default_geometry(available))


def keep_on_screen(window: QWidget) -> None:
    """Once shown with its real frame: moved, and shrunk if it must be, so that the whole window is within the
    screen's free area (its title bar and status bar included)."""
    if window.isMaximized() or window.isFullScreen():
        return
    available = available_geometry(window)
    frame = frame_of(window)
    if available.contains(frame):
        return
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = min(window.width(), available.width() - extra.width())
    height = min(window.height(), available.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = frame_of(window)
    left = min(max(frame.left(), available.left()), available.right() - frame.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1)
    window.move(left, top)


# -- wrapped lines ---------------------------------------------------------------------------------------------


class _WholeLines(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ):
            fit_height(watched)
        return False


def fit_height(window: QWidget) -> None:
    """Make ``window`` as tall as its wrapped lines need at its width (within the screen), and no shorter.

    Qt sizes a window from its labels' hints, which for a label that wraps is its text on fewer, longer lines
    than its width allows: the window comes out too short and the last lines are cut (a store's long path, an
    error message shown after the window opened)."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    limit = available_geometry(window).height() - FRAME.height()
    needed = min(layout.totalHeightForWidth(window.width()), limit)
    if window.minimumHeight() != needed:
        window.setMinimumHeight(needed)
    if window.height() < needed:
        window.resize(window.width(), needed)


def keep_lines_whole(window: QWidget) -> None:
    """From now on, whenever ``window`` is shown, resized or laid out again, :func:`fit_height` it."""
    keeper = _WholeLines(window)
    window.installEventFilter(keeper)


# -- splitters remembered --------------------------------------------------------------------------------------


def _place_in(widget: QWidget, root: QWidget) -> str:
    """Where ``widget`` is under ``root``: the names (or classes and positions among siblings of the same class)
    of it and its parents, stable from one run to the next as long as the window is built the same way."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        name = current.objectName()
        if not name:
            kind = type(current)
            siblings = [c for c in (parent.children() if parent is not None else []) if type(c) is kind]
            name = f"{kind.__name__}{siblings.index(current) if current in siblings else 0}"
        parts.append(name)
        current = parent
    return "/".join(reversed(parts))


def splitters(root: QWidget) -> Iterator[tuple[str, QSplitter]]:
    """Every splitter under ``root`` with the key its sizes are kept under (its place and number of parts)."""
    for splitter in root.findChildren(QSplitter):
        yield f"{_place_in(splitter, root)}#{splitter.count()}", splitter


def save_splitters(root: QWidget, settings: QSettings | None = None) -> None:
    store = settings or QSettings()
    store.beginGroup(SPLITTERS)
    try:
        for key, splitter in splitters(root):
            store.setValue(key, splitter.saveState())
    finally:
        store.endGroup()


def restore_splitters(root: QWidget, settings: QSettings | None = None) -> None:
    """The sizes every splitter under ``root`` had when :func:`save_splitters` last ran (if it was there)."""
    store = settings or QSettings()
    store.beginGroup(SPLITTERS)
    try:
        for key, splitter in splitters(root):
            state = store.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
    finally:
        store.endGroup()
