"""Names a screen reader announces, given by construction: every field, list, table and button the app shows
has one, without each window having to remember it.

A screen reader announces a field by its accessible name. Qt finds one by itself only for a label sitting
beside its buddy in the same parent widget, and the app's forms rarely have that shape (a record form's label
points at the input inside a wrapper that also holds the field's error line). So a filter installed once on
the application (:func:`install`) names each interactive widget as it is shown, if it has no name yet, from
what already says what it is for, first found first:

1. a label whose buddy it is (or holds it), or its label in a form layout (QFormLayout's label for the row
   the widget, or a wrapper holding it, sits in);
2. its placeholder text ("Filter", "Search incidents, actors, …");
3. its tooltip;
4. where it is: the group box, tab or workspace page holding it (a page's ``title``), or its window's title.

An explicit name wins over all of this: :func:`name` gives a table or list the name to announce where the
place it is in does not say enough (two tables on one page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from hrdoc.gui import app_filters
from hrdoc.gui.i18n import tr

# What a person types in, chooses from or presses: each must have a name (a button's text is its name).
INTERACTIVE: tuple[type[QWidget], ...] = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QAbstractItemView,
)

# Widgets whose children are their own parts (a spin box's line, a table's headers and corner button, a line's
# clear button, a tab bar's scroll arrows): announced as part of what holds them, not named on their own.
_WHOLES: tuple[type[QWidget], ...] = (*INTERACTIVE, QTabBar)

_AMPERSAND = re.compile(r"&(.)", re.DOTALL)
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def plain(text: str) -> str:
    """Text as a screen reader should say it: markup and a final colon taken out, white space made single."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split()).rstrip(":").strip()


def without_mnemonic(text: str) -> str:
    """:func:`plain` text of a button, buddy label, group box or tab: its mnemonic's "&" taken out ("&&" is
    one "&")."""
    return plain(_AMPERSAND.sub(r"\1", text))


def name(widget: QWidget, text: str) -> None:
    """Give ``widget`` the name ``text`` (as shown: markup is taken out)."""
    widget.setAccessibleName(plain(text))


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``: its accessible name, or a button's text."""
    given = widget.accessibleName().strip()
    if given:
        return given
    if isinstance(widget, QAbstractButton):
        return without_mnemonic(widget.text())
    return ""


def is_part(widget: QWidget) -> bool:
    """A part of another control (see ``_WHOLES``), announced with it."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, _WHOLES)


def needs_name(widget: QWidget) -> bool:
    """An interactive widget, not a part of another, that has no name yet."""
    return isinstance(widget, INTERACTIVE) and not is_part(widget) and not spoken_name(widget)


def unnamed(roots: Iterable[QWidget]) -> list[QWidget]:
    """The visible interactive widgets in ``roots`` (the roots included) that have no name."""
    out: list[QWidget] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.isVisible() and needs_name(widget):
                out.append(widget)
    return out


# -- where a name comes from ---------------------------------------------------------------------------


def _labels_by_buddy(window: QWidget) -> dict[QWidget, QLabel]:
    found: dict[QWidget, QLabel] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _label_text(label):
            found.setdefault(buddy, label)
    return found


def _label_text(label: QLabel) -> str:
    """A label as shown: its "&" marks a mnemonic only when it has a buddy."""
    return without_mnemonic(label.text()) if label.buddy() is not None else plain(label.text())


def _form_label(widget: QWidget) -> str:
    """The label of the form layout row ``widget`` is the field of (alone, or in a row of widgets), or ""."""
    parent = widget.parentWidget()
    for form in _forms_in(parent.layout() if parent is not None else None):
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field is None or not (field.widget() is widget or _holds(field.layout(), widget)):
                continue
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            text = label.widget() if label is not None else None
            if isinstance(text, QLabel) and _label_text(text):
                return _label_text(text)
    return ""


def _forms_in(layout: QLayout | None) -> list[QFormLayout]:
    """The form layouts among ``layout`` and the layouts nested in it (not in the widgets it holds)."""
    if layout is None:
        return []
    found = [layout] if isinstance(layout, QFormLayout) else []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None:
            found += _forms_in(item.layout())
    return found


def _holds(layout: QLayout | None, widget: QWidget) -> bool:
    """``widget`` is in ``layout`` or in a layout nested in it."""
    if layout is None:
        return False
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None and (item.widget() is widget or _holds(item.layout(), widget)):
            return True
    return False


def _labelled(widget: QWidget, buddies: dict[QWidget, QLabel]) -> str:
    """The label of ``widget`` or of the nearest wrapper holding it (a buddy, a form row), up to its window."""
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        label = buddies.get(current)
        if label is not None and shiboken6.isValid(label):
            return _label_text(label)
        text = _form_label(current)
        if text:
            return text
        current = current.parentWidget()
    return ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return plain(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        line = widget.lineEdit()
        return plain(line.placeholderText()) if line is not None else ""
    return ""


def _place(widget: QWidget) -> str:
    """What the place ``widget`` is in is called: a group box, a tab, a workspace page; else what the widget's
    object name says (``workspaceNavigation``: "Workspace navigation"), else its window's title."""
    current = widget.parentWidget()
    while current is not None:
        if isinstance(current, QGroupBox) and without_mnemonic(current.title()):
            return without_mnemonic(current.title())
        holder = current.parentWidget()
        if isinstance(holder, QStackedWidget) and isinstance(holder.parentWidget(), QTabWidget):
            tabs = holder.parentWidget()
            assert isinstance(tabs, QTabWidget)
            text = without_mnemonic(tabs.tabText(tabs.indexOf(current)))
            if text:
                return text
        title = getattr(current, "title", None)  # a workspace page declares what it shows
        if isinstance(title, str) and plain(title):
            return plain(title)
        if current.isWindow():
            return _declared(widget) or plain(current.windowTitle())
        current = holder
    return ""


def _declared(widget: QWidget) -> str:
    """What the object name of ``widget`` says it is, in words (not Qt's own names)."""
    own = widget.objectName()
    if own.startswith("qt_"):
        return ""
    words = _WORDS.findall(own)
    return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:])]) if words else ""


def purpose(widget: QWidget, buddies: dict[QWidget, QLabel] | None = None) -> str:
    """What ``widget`` is for, in words (see the module's docstring for the order), or ""."""
    if widget.objectName() == "qt_toolbar_ext_button":  # Qt's own "»" ending a toolbar too narrow for it
        return tr("More actions")
    labels = _labels_by_buddy(widget.window()) if buddies is None else buddies
    return _labelled(widget, labels) or _placeholder(widget) or plain(widget.toolTip()) or _place(widget)


def name_widget(widget: QWidget, buddies: dict[QWidget, QLabel] | None = None) -> None:
    """Name ``widget`` from :func:`purpose` if it needs a name."""
    if needs_name(widget):
        text = purpose(widget, buddies)
        if text:
            widget.setAccessibleName(text)


def name_tree(root: QWidget) -> None:
    """Name every interactive widget of ``root`` (itself included) that has no name yet."""
    buddies = _labels_by_buddy(root.window())
    for widget in [root, *root.findChildren(QWidget)]:
        name_widget(widget, buddies)


class Namer(QObject):
    """Installed once on the application: names each interactive widget as it is shown (see the module).

    A window being shown sends its children their show events one after the other, so the labels of a window
    are read once per turn of the event loop, not once per widget."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buddies: dict[int, dict[QWidget, QLabel]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, INTERACTIVE) and needs_name(watched):
            window = watched.window()
            key = id(window)
            if key not in self._buddies:
                if not self._buddies:
                    QTimer.singleShot(0, self, self._buddies.clear)  # read again after this turn
                self._buddies[key] = _labels_by_buddy(window)
            name_widget(watched, self._buddies[key])
        return False


_NAMER: Namer | None = None


def install() -> None:
    """Install the application-wide :class:`Namer` (once per application)."""
    global _NAMER
    namer = app_filters.install(Namer, _NAMER)
    _NAMER = namer if isinstance(namer, Namer) else None
