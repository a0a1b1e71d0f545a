"""The record picker of every reference field (a place, an actor, an incident, a witness, a source, an
allegation): found by typing, never shown by id, and able to make the record it lacks.

A :class:`RecordPicker` is a drop-down (a :class:`~PySide6.QtWidgets.QComboBox`, so a form reads and sets it as
any other) whose list is a search: the first letter typed opens a search box under the field, and the records whose
label or other names (a place's other spellings, an actor's aliases: the one-per-line lists its kind declares in
the record registry) hold every word typed are listed, accents and case aside. Up and Down move, Return picks, Esc
closes. Below the records, "New place “Anefis”…" makes the record: the form of that kind opens in the same case with
what was typed in its name field, and once it is saved the picker holds the new record.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hrdoc.domain import registry
from hrdoc.domain.folding import fold
from hrdoc.domain.registry import Group, Widget
from hrdoc.gui import window_fit
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.vocab import VocabularyService

# Makes a record of a kind from what was typed in a picker ("New place…"): the saved record's id, or None if the
# person cancelled its form.
CreateInline = Callable[[str, str], uuid.UUID | None]

NAMES_ROLE = Qt.ItemDataRole.UserRole + 1  # a picker entry's other names (a list of strings)
_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # a search result: ("pick", entry index) or ("new", creatable index)
_WORD = re.compile(r"\w+")
# Keys that step through a closed picker's entries.
_STEPS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)


@dataclass(frozen=True)
class Choice:
    """One entry of a picker: what it shows, the value the form stores, and the other names it is found by."""

    label: str
    value: Any
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Creatable:
    """A kind of record a picker can make ("New source…"), and the value the picker takes for the new record's id
    (the id itself, or for a link's end, the field it fills with it)."""

    kind: str
    value: Callable[[uuid.UUID], Any]


@dataclass(frozen=True)
class Adoptable:
    """The value of an entry found elsewhere (an actor of another case): not a record the form may hold, but one
    ``take`` copies into the form's case when it is picked, returning the value the picker then holds (None if
    nothing was taken). ``source`` says where it is; ``names``, what else it is called."""

    source: str
    take: Callable[[], Any]
    names: tuple[str, ...] = ()


# -- finding ---------------------------------------------------------------------------------------------------


def match(query: str, label: str, names: Sequence[str] = ()) -> tuple[int, str] | None:
    """Whether an entry called ``label`` (also known as ``names``) is found by ``query``: every word typed is in
    its label or in one of its other names. A rank (lower first: the label before another name, a name that
    starts with what was typed before one with a word that does, before one that merely contains it) and the
    other name it was found by ("" if by its label); None if not found."""
    words = fold(query).split()
    if not words:
        return 0, ""
    for base, text in ((0, label), *((3, name) for name in names)):
        name = fold(text)
        if all(word in name for word in words):
            if name.startswith(words[0]):
                return base, "" if base == 0 else text
            starts_a_word = any(w.startswith(words[0]) for w in _WORD.findall(name))
            return base + (1 if starts_a_word else 2), "" if base == 0 else text
    return None


def other_names(ctx: StoreContext, kind: str, case_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, ...]]:
    """The other names of the case's records of ``kind`` by id: what its kind declares one per line in the record
    registry (a place's other spellings, an actor's aliases). Empty for a kind that declares none."""
    fields = [f.name for f in registry.kind(kind).fields if f.widget is Widget.LIST]
    if not fields:
        return {}
    return {
        r.id: tuple(name for f in fields for name in (getattr(r, f) or []) if name)
        for r in RecordService(ctx).records(kind, case_id)
    }


def typed_defaults(ctx: StoreContext, kind: str, text: str) -> dict[str, Any]:
    """A new record of ``kind`` pre-filled with ``text`` typed in a picker: in its first one-line field (a place's
    or an actor's name, an incident's or a source's title, a witness's pseudonym), or, for a kind named by a
    vocabulary (an allegation, by its violation), the term that alone is found by it."""
    text = text.strip()
    if not text:
        return {}
    own = [f for f in registry.kind(kind).fields if not f.system and f.group is Group.RECORD]
    line = next((f for f in own if f.widget is Widget.TEXT), None)
    if line is not None:
        return {line.name: text[: line.max_length] if line.max_length else text}
    vocab = next((f for f in own if f.widget is Widget.VOCAB and f.vocabulary), None)
    if vocab is not None and vocab.vocabulary is not None:
        terms = [
            t for t in VocabularyService(ctx).terms(vocab.vocabulary, language=interface_language()) if t.parent is None
        ]
        found = [t.code for t in terms if match(text, t.label) is not None]
        if len(found) == 1:
            return {vocab.name: found[0]}
    return {}


# -- the widgets -----------------------------------------------------------------------------------------------


def _printable(event: QKeyEvent) -> str:
    """The text a key press types, if it types any (not a shortcut, a space or a control key)."""
    chords = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    text = event.text()
    if event.modifiers() & chords or not text or not text.isprintable() or text.isspace():
        return ""
    return text


class RecordPicker(QComboBox):
    """A drop-down of records, searched by typing (see the module). ``choices`` gives its entries (read again after a
    record is made); ``creatable`` the kinds it offers to make with ``create_inline`` ("New …" is offered only with
    both); ``what`` names what is picked, for the search box.

    With ``named`` (the name of one value, None for a value it does not offer), the picker reads only the name of the
    value it holds, and its entries once they are wanted (the search opened, the arrows stepping through them): the
    form beside a list of thousands of records is made for each record selected, and a picker of all 20,000
    allegations of a case would be read each time."""

    def __init__(
        self,
        choices: Callable[[], list[Choice]],
        *,
        creatable: Sequence[Creatable] = (),
        create_inline: CreateInline | None = None,
        what: str = "",
        parent: QWidget | None = None,
        named: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._named = named
        self.loaded = named is None  # every entry is held
        self.creatable = tuple(creatable) if create_inline is not None else ()
        self.create_inline = create_inline
        self.what = what
        self.adoptable: list[Choice] = []  # entries found elsewhere (Adoptable values), searched but not held
        self.popup = PickerPopup(self)
        if self.loaded:
            self.reload()
        else:
            self.hold(None)

    def reload(self) -> None:
        """Read the entries again, keeping the one chosen (without a change signal: the value is the same)."""
        value, shown = self.currentData(), self.currentText()
        self.blockSignals(True)
        self.clear()
        self.adoptable = []
        for choice in self._choices():
            if isinstance(choice.value, Adoptable):
                self.adoptable.append(Choice(choice.label, choice.value, choice.names or choice.value.names))
                continue
            self.addItem(choice.label, choice.value)
            self.setItemData(self.count() - 1, list(choice.names), NAMES_ROLE)
        index = self.index_of(value)
        if index < 0 and value is not None and self._named is not None:
            self.addItem(shown, value)  # held before the entries were read (a record not in this case)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.loaded = True

    def load(self) -> None:
        """Read every entry, if only the one held was read."""
        if not self.loaded:
            self.reload()

    def hold(self, value: Any) -> bool:
        """Hold ``value``; a picker that has not read its entries reads only its name. False if it is not offered."""
        if self.loaded or self._named is None:
            return self.choose(value)
        label = self._named(value)
        if label is None:
            return False
        self.clear()
        self.addItem(label, value)
        return True

    def forget(self) -> None:
        """Hold no entries, to hold another value by its name alone (a picker with ``named``; others keep theirs)."""
        if self._named is not None:
            self.blockSignals(True)
            self.clear()
            self.adoptable = []
            self.loaded = False
            self.blockSignals(False)

    def index_of(self, value: Any) -> int:
        """The entry holding ``value``, or -1 (compared by equality: ``findData`` compares a record's id by
        identity)."""
        return next((i for i in range(self.count()) if self.itemData(i) == value), -1)

    def entries(self) -> list[tuple[int, str, list[str]]]:
        """(index, label, other names) of every entry."""
        self.load()
        return [(i, self.itemText(i), list(self.itemData(i, NAMES_ROLE) or [])) for i in range(self.count())]

    def choose(self, value: Any) -> bool:
        if not self.loaded:
            return self.hold(value)
        index = self.index_of(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    # -- the keyboard and the mouse open the search ---------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = _printable(event)
        if self.popup.isVisible():
            self.popup.type(event)
        elif text:
            self.open_search(text)
        else:
            if event.key() in _STEPS:
                self.load()
            super().keyPressEvent(event)  # Up and Down step through the records; Return and Tab move on

    def showPopup(self) -> None:
        """Space, Alt+Down, F4 or a click: the search, showing every entry."""
        self.open_search("")

    def hidePopup(self) -> None:
        self.popup.hide()
        super().hidePopup()

    def open_search(self, text: str) -> None:
        if self.popup.isVisible():
            return
        self.load()
        self.popup.open(text)

    def adopt(self, index: int) -> None:
        """Copy the ``index``-th entry found elsewhere into the case and choose the copy."""
        if not 0 <= index < len(self.adoptable):
            return
        value = self.adoptable[index].value.take()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if value is not None:
            self.reload()
            self.choose(value)

    def make(self, index: int, text: str) -> None:
        """Make a record of the ``index``-th creatable kind from ``text`` and, once saved, choose it."""
        if self.create_inline is None or not 0 <= index < len(self.creatable):
            return
        creatable = self.creatable[index]
        saved = self.create_inline(creatable.kind, text)
        self.activateWindow()  # back to the form the record was made from, the keyboard in this field
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if saved is not None:
            self.reload()
            self.choose(creatable.value(saved))


class PickerPopup(QFrame):
    """The search under a :class:`RecordPicker`: a box for what is typed and the entries found, then the records
    the picker can make. The keys stay in the box; Up, Down, Page Up and Page Down move in the list."""

    def __init__(self, picker: RecordPicker) -> None:
        super().__init__(picker, Qt.WindowType.Popup)
        self.picker = picker
        self.setObjectName("pickerPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("pickerResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search box
        self.results.setUniformItemSizes(True)
        what = picker.what or tr("record")
        self.search.setAccessibleName(tr("Search for a {kind}").format(kind=what))
        self.search.setPlaceholderText(tr("Type a name or another spelling"))
        self.results.setAccessibleName(tr("Matching records"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self.refilter)
        self.search.installEventFilter(self)
        self.results.itemClicked.connect(self.activate)

    def open(self, text: str) -> None:
        """Show the search under the picker with ``text`` typed in it."""
        self.search.setText(text)
        self.refilter()
        self._place()
        self.show()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)
        self.search.deselect()
        self.search.end(False)

    def _place(self) -> None:
        """Under the picker, as wide as it (or wider), above it if the screen has no room below."""
        picker = self.picker
        width = max(picker.width(), 360)
        rows = min(max(self.results.count(), 3), 12)
        height = self.search.sizeHint().height() + rows * (self.results.fontMetrics().height() + 6) + 16
        below = picker.mapToGlobal(QPoint(0, picker.height()))
        area = window_fit.available_geometry(picker)
        if area.isValid():
            height = min(height, area.height() // 2)
            if below.y() + height > area.bottom():
                below = picker.mapToGlobal(QPoint(0, -height))
            below.setX(max(area.left(), min(below.x(), area.right() - width)))
        self.setGeometry(below.x(), below.y(), width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)

    def refilter(self) -> None:
        """List the entries found by what is typed (all of them when nothing is), best first, then "New …"."""
        query = self.search.text()
        self.results.clear()
        found: list[tuple[int, int, str]] = []
        for index, label, names in self.picker.entries():
            if self.picker.itemData(index) is None and query.strip():
                continue  # "— none —" is offered until something is typed
            hit = match(query, label, names)
            if hit is not None:
                rank, by = hit
                shown = tr("{name} (also {also})").format(name=label, also=by) if by else label
                found.append((rank, index, shown))
        for _rank, index, shown in sorted(found, key=lambda f: (f[0], f[1])):
            item = QListWidgetItem(shown)
            item.setData(_ENTRY_ROLE, ("pick", index))
            self.results.addItem(item)
        typed = query.strip()
        elsewhere = [
            (hit[0], n, c)
            for n, c in enumerate(self.picker.adoptable)
            if typed and (hit := match(query, c.label, c.names))
        ]
        for _rank, number, choice in sorted(elsewhere, key=lambda f: (f[0], f[1])):
            item = QListWidgetItem(tr("{label} — from {source}").format(label=choice.label, source=choice.value.source))
            item.setData(_ENTRY_ROLE, ("adopt", number))
            self.results.addItem(item)
        for number, creatable in enumerate(self.picker.creatable):
            noun = kind_name(creatable.kind)
            text = (
                tr("New {kind} “{typed}”…").format(kind=noun, typed=typed)
                if typed
                else tr("New {kind}…").format(kind=noun)
            )
            item = QListWidgetItem(text)
            item.setData(_ENTRY_ROLE, ("new", number))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            self.results.addItem(item)
        current = self.picker.currentIndex()
        rows = [tuple(self.results.item(r).data(_ENTRY_ROLE)) for r in range(self.results.count())]
        start = rows.index(("pick", current)) if not typed and ("pick", current) in rows else 0
        self.results.setCurrentRow(start if rows else -1)

    def texts(self) -> list[str]:
        """What the search lists, in order."""
        return [self.results.item(r).text() for r in range(self.results.count())]

    def type(self, event: QKeyEvent) -> None:
        """A key pressed on the picker while the search is open (sent to the picker itself) goes to the box."""
        if not self.eventFilter(self.search, event):
            self.search.event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.results.keyPressEvent(event)
            return True
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            item = self.results.currentItem()
            if item is not None:
                self.activate(item)
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()  # nothing chosen: the picker keeps what it held
            self.picker.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        if enter or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Tab moves on and Ctrl+Enter saves, as from any field, keeping the record found for what was typed.
            self.keep_found()
            self.hide()
            self.picker.setFocus(Qt.FocusReason.PopupFocusReason)
            again = QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers(), event.text())
            QCoreApplication.sendEvent(self.picker, again)  # up to the form, as if typed there
            return True
        return False

    def keep_found(self) -> None:
        """Choose the record highlighted for what is typed, if something is typed and a record is highlighted."""
        item = self.results.currentItem()
        if item is None or not self.search.text().strip():
            return
        what, index = item.data(_ENTRY_ROLE)
        if what == "pick":
            self.picker.setCurrentIndex(index)

    def activate(self, item: QListWidgetItem) -> None:
        """Pick the record of ``item``, or make the record it offers from what is typed."""
        what, index = item.data(_ENTRY_ROLE)
        typed = self.search.text().strip()
        self.hide()
        self.picker.setFocus(Qt.FocusReason.PopupFocusReason)
        if what == "pick":
            self.picker.setCurrentIndex(index)
        elif what == "adopt":
            self.picker.adopt(index)
        else:
            self.picker.make(index, typed)
