"""The keys the app answers to, declared once.

The main window's actions take their shortcuts from these declarations (:meth:`Keys.bind`), their tooltips name
them (:func:`tip`), and Help → Keyboard shortcuts and the user guide list them (:func:`shortcuts_html`), so a
key is never written in two places that could come to disagree. Keys that other parts of the app declare on
their own actions (the Evidence menu's) are listed from the window's menus (:func:`menu_keys`).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from hrdoc.domain.marks import N_
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import box_mnemonics

StandardKey = QKeySequence.StandardKey
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Keys:
    """What a key does (English source text, translated when shown) and the keys: portable text such as
    ``"Ctrl+L"`` or a platform's standard key. ``also`` names keys handled elsewhere that do the same (Enter on a
    table edits, as F2 does); ``shown`` replaces the keys in lists where they are a family ("Alt+1 … Alt+9")."""

    what: str
    keys: tuple[str | StandardKey, ...] = ()
    also: str = ""
    shown: str = ""

    def sequences(self) -> list[QKeySequence]:
        # A standard key by its platform's first binding only: Delete is Del, not also Ctrl+D as on X11.
        return [QKeySequence(key) for key in self.keys]

    def text(self) -> str:
        """The keys as this platform writes them ("Ctrl+L", "F5"), with the others that do the same."""
        if self.shown:
            return tr(self.shown)
        names = [s.toString(NATIVE) for s in self.sequences()]
        return ", ".join([n for n in names if n] + ([tr(self.also)] if self.also else []))

    def description(self) -> str:
        return tr(self.what)

    def bind(self, action: QAction) -> QAction:
        """Give ``action`` these keys; its tooltip (if any is set later through :func:`tip`) names them."""
        action.setShortcuts(self.sequences())
        return action


def tip(text: str, keys: Keys | str) -> str:
    """A tooltip that ends with the keys that do the same: "Search every case's records (Ctrl+K)"."""
    shown = keys.text() if isinstance(keys, Keys) else keys
    return f"{text} ({shown})" if shown else text


def page_keys(row: int) -> str:
    """The key that shows the page at ``row`` of the navigation: Alt+1 … Alt+9, then Alt+0; "" after that."""
    if row < 9:
        return f"Alt+{row + 1}"
    return "Alt+0" if row == 9 else ""


# -- anywhere in the main window ------------------------------------------------------------------------------

LOCK = Keys(N_("Lock now, also with a form open: what it holds is kept as an encrypted draft"), ("Ctrl+L",))
SEARCH = Keys(N_("Search every case"), ("Ctrl+K",))
FILTER_CASES = Keys(N_("Filter the case list"), (StandardKey.Find,))
REFRESH = Keys(N_("Read the case list and the open case again"), (StandardKey.Refresh,))
NEW_RECORD = Keys(N_("New record of the kind the page shows (a case on the Overview)"), ("Ctrl+N",))
EDIT = Keys(N_("Edit the selected record (also a double-click)"), ("F2",), also=N_("Enter"))
DELETE = Keys(N_("Delete the selected record (asks first)"), (StandardKey.Delete,))
UNDO = Keys(N_("Undo the last change"), ("Ctrl+Z",))
REDO = Keys(N_("Redo what was undone"), ("Ctrl+Shift+Z", "Ctrl+Y"))
CASE_LIST = Keys(N_("Show or hide the case list, leaving its room to the open case"), ("F9",))
PAGES = Keys(N_("Go to a page of the open case (the first ten)"), shown=N_("Alt+1 … Alt+9, Alt+0"))
NEXT_PAGE = Keys(N_("Next page of the open case"), ("Ctrl+PgDown",))
PREVIOUS_PAGE = Keys(N_("Previous page of the open case"), ("Ctrl+PgUp",))
REPORT = Keys(N_("Report of the selected case"), ("Ctrl+P",))
EXPORT = Keys(N_("Export the selected case to a bundle file"), ("Ctrl+Shift+S",))
IMPORT = Keys(N_("Import a case from a bundle file"), ("Ctrl+Shift+O",))
SYNC = Keys(N_("Sync the selected case with the team store"), ("Ctrl+Shift+Y",))
PREFERENCES = Keys(N_("Preferences"), ("Ctrl+,",))
GUIDE = Keys(N_("This user guide"), (StandardKey.HelpContents,))
SHORTCUTS = Keys(N_("The list of keyboard shortcuts"), ("Ctrl+/",))
QUIT = Keys(N_("Quit hrdoc"), (StandardKey.Quit,))
MNEMONICS = Keys(N_("The menu, button or field whose letter is underlined"), shown=N_("Alt+letter"))

# -- in a record form (hrdoc.gui.forms.keys binds them) -----------------------------------------------------

TYPING = Keys(N_("The first field has the keyboard as soon as the form opens"), shown=N_("typing"))
NEXT_FIELD = Keys(N_("Next, previous field"), shown=N_("Tab, Shift+Tab"))
RETURN = Keys(N_("Next field; in a field of several lines, a new line. Enter never saves"), shown=N_("Enter"))
SAVE_FORM = Keys(N_("Save"), ("Ctrl+Return", "Ctrl+Enter"), shown=N_("Ctrl+Enter"))
CANCEL_FORM = Keys(N_("Cancel; a form with changes asks first, keeping on editing by default"), ("Esc",))
WHEEL = Keys(N_("Scrolls the form; changes a list or number only once it has the focus"), shown=N_("mouse wheel"))

# -- in the record shown beside a list (hrdoc.gui.workspace.detail binds them) --------------------------------

INTO_PANE = Keys(N_("From the list, into the form of the record shown beside it"), EDIT.keys, also=EDIT.also)
SAVE_IN_PLACE = Keys(N_("Save the record shown, staying in its form"), SAVE_FORM.keys, shown=SAVE_FORM.shown)
PANE_ESCAPE = Keys(N_("Revert what was typed (asks first); with nothing to revert, back to the list"), CANCEL_FORM.keys)

# -- on the Chronology page's timeline (hrdoc.gui.workspace.timeline) and wherever a period narrows the lists ------

TIMELINE_ZOOM = Keys(N_("Zoom the timeline in or out"), ("+", "-"), shown=N_("+ and -, or the mouse wheel"))
TIMELINE_ALL = Keys(N_("Every dated incident on the timeline"), ("Home",))
TIMELINE_MOVE = Keys(N_("Earlier or later on the timeline"), shown=N_("Left and Right arrows, or Shift and the wheel"))
TIMELINE_STEP = Keys(N_("The previous or next incident on the timeline"), shown=N_("Up and Down arrows"))
TIMELINE_PICK = Keys(N_("Show only the dates of that incident"), ("Return", "Space"), shown=N_("Enter or Space"))
TIMELINE_PERIOD = Keys(N_("Show only a period"), shown=N_("drag across the timeline"))
CLEAR_PERIOD = Keys(N_("Show the incidents of every date again"), ("Esc",))
TIMELINE = (TIMELINE_ZOOM, TIMELINE_ALL, TIMELINE_MOVE, TIMELINE_STEP, TIMELINE_PICK, TIMELINE_PERIOD, CLEAR_PERIOD)


def sections() -> list[tuple[str, list[Keys]]]:
    """(section heading, its keys), as Help lists them."""
    return [
        (
            tr("Anywhere"),
            [LOCK, SEARCH, FILTER_CASES, CASE_LIST, NEW_RECORD, EDIT, DELETE, UNDO, REDO, REPORT, REFRESH, MNEMONICS],
        ),
        (tr("Pages of the open case"), [PAGES, NEXT_PAGE, PREVIOUS_PAGE]),
        (tr("In a form"), [TYPING, NEXT_FIELD, RETURN, SAVE_FORM, CANCEL_FORM, WHEEL]),
        (tr("The record shown beside a list"), [INTO_PANE, SAVE_IN_PLACE, PANE_ESCAPE]),
        (tr("The timeline (Chronology page)"), list(TIMELINE)),
        (tr("Files and help"), [EXPORT, IMPORT, SYNC, PREFERENCES, GUIDE, SHORTCUTS, QUIT]),
    ]


def declared_sequences() -> set[str]:
    """Every key sequence declared here, in portable text."""
    return {s.toString() for _heading, keys in sections() for k in keys for s in k.sequences()}


def menu_keys(menu_bar: QMenuBar | None) -> list[tuple[str, str]]:
    """(keys, menu → action) for every action of ``menu_bar`` whose shortcut is not declared here: those other
    parts of the app declare on their own actions (the Evidence menu's), so that the lists miss none."""
    if menu_bar is None:
        return []
    declared = declared_sequences()
    rows: list[tuple[str, str]] = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = [s for s in action.shortcuts() if not s.isEmpty() and s.toString() not in declared]
            if keys and not action.isSeparator():
                where = f"{plain(menu_action.text())} → {plain(action.text())}"
                rows.append((", ".join(s.toString(NATIVE) for s in keys), where))
    return rows


def plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing dots: "&Export…" → "Export"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def table_start(attributes: str) -> str:
    """A help table's opening tag: in a right-to-left layout, its cells read right to left from the right edge."""
    return f"<table dir='rtl' align='right' {attributes}>" if right_to_left() else f"<table {attributes}>"


def in_columns(cells: Sequence[str]) -> list[str]:
    """A help table row's cells in the order Qt lays them out, left to right: Qt's rich text does not mirror a
    table's columns in a right-to-left layout (not even with dir='rtl'), so there the first column comes last."""
    return list(reversed(cells)) if right_to_left() else list(cells)


def _table(rows: Iterable[tuple[str, str]]) -> str:
    gap = "padding-left:16px" if right_to_left() else "padding-right:16px"  # between the keys and what they do
    # In Arabic the keys are one piece in their own direction (FSI...PDI): "Ctrl+/" is not shown as "/Ctrl+".
    isolate = ("\u2068", "\u2069") if right_to_left() else ("", "")
    cells = (
        (
            f"<td style='{gap}'><b>{isolate[0]}{html.escape(keys)}{isolate[1]}</b></td>",
            f"<td>{html.escape(what)}</td>",
        )
        for keys, what in rows
    )
    return (
        table_start("cellpadding='3'") + "".join(f"<tr>{''.join(in_columns(row))}</tr>" for row in cells) + "</table>"
    )


def shortcuts_html(menu_bar: QMenuBar | None = None, heading_level: int = 3) -> str:
    """Every key, by section; with ``menu_bar``, also the menus' own keys declared elsewhere."""
    h = f"h{heading_level}"
    parts = [
        f"<{h}>{html.escape(heading)}</{h}>" + _table((k.text(), k.description()) for k in keys)
        for heading, keys in sections()
    ]
    extra: Sequence[tuple[str, str]] = menu_keys(menu_bar)
    if extra:
        heading = tr("In the menus")  # outside the f-string: lupdate does not look inside one
        parts.append(f"<{h}>{html.escape(heading)}</{h}>" + _table(extra))
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every key, in one list."""

    def __init__(self, parent: QWidget | None = None, menu_bar: QMenuBar | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.text = text = QTextBrowser()
        text.setObjectName("shortcuts")
        text.setAccessibleName(tr("Keyboard shortcuts"))
        text.setHtml(shortcuts_html(menu_bar))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box_mnemonics(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(660, 520)

    @classmethod
    def show_for(cls, parent: QWidget | None = None, menu_bar: QMenuBar | None = None) -> None:
        dialog = cls(parent, menu_bar)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
