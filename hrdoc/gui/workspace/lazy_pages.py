"""The workspace's pages, made one at a time from the event loop (issue 15, point 3).

Making all twelve pages at once (their tables, filters, buttons, the matrix, the evidence page) held the GUI thread
for a few tenths of a second as the first case opened. The navigation lists every page's title from the start
(:class:`~hrdoc.gui.workspace.pages.PageMaker`), and the stack holds a blank in place of each page not made yet. A
page is made when it is first asked for (shown, a record of its kind selected, a key of the View menu), else in the
background of the event loop: one page per turn, each a few tens of milliseconds, once the case's first page is
shown; then ``then`` is called, for what comes after (the forms made ahead).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtWidgets import QListWidget, QPushButton, QStackedWidget, QWidget

from hrdoc.gui.keyboard import give_mnemonics, menu_letters, mnemonic_of
from hrdoc.gui.window_fit import SPLITTERS, splitters
from hrdoc.gui.workspace.page import Page
from hrdoc.gui.workspace.pages import PageMaker


class LazyPages(QObject):
    """Pages listed in ``nav`` and stacked in ``stack``, each made by its maker when first wanted; ``wire`` connects
    a page just made to the workspace."""

    def __init__(
        self,
        makers: list[PageMaker],
        nav: QListWidget,
        stack: QStackedWidget,
        wire: Callable[[Page], None],
        then: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.makers = makers
        self._pages: list[Page | None] = [None] * len(makers)
        self._nav = nav
        self._stack = stack
        self._wire = wire
        self._then = then
        for maker in makers:
            nav.addItem(maker.title)
            stack.addWidget(QWidget())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._make_next)

    def __len__(self) -> int:
        return len(self.makers)

    def page(self, row: int) -> Page:
        """Page ``row``, made now if it was not yet."""
        page = self._pages[row]
        if page is None:
            page = self._pages[row] = self.makers[row].build()
            current = self._stack.currentIndex() == row
            blank = self._stack.widget(row)
            self._stack.insertWidget(row, page)
            if blank is not None:
                self._stack.removeWidget(blank)
                blank.deleteLater()
            if current:
                self._stack.setCurrentIndex(row)
            self._nav.item(row).setText(page.title)
            self._wire(page)  # in its place: where its splitters' sizes are kept
            name_buttons(page)
        return page

    def made(self) -> list[Page]:
        """The pages made so far."""
        return [page for page in self._pages if page is not None]

    def all_made(self) -> bool:
        return all(page is not None for page in self._pages)

    def heads(self) -> list[tuple[str, str]]:
        """Each page's title and icon name, in navigation order, without making the pages."""
        return [(maker.title, maker.icon_name) for maker in self.makers]

    def row_of(self, kind: str) -> int | None:
        """The first page listing records of ``kind``."""
        return next((r for r, maker in enumerate(self.makers) if kind in maker.kinds), None)

    def kinds(self) -> list[str]:
        """The kinds the pages list, in navigation order."""
        return [kind for maker in self.makers for kind in maker.kinds]

    def make_the_rest(self) -> None:
        """Make the pages not made yet, one per turn of the event loop, then call ``then``."""
        self._timer.start(0)

    def _make_next(self) -> None:
        row = next((r for r, page in enumerate(self._pages) if page is None), None)
        if row is not None:
            self.page(row).ensurePolished()  # styled now, not all at once when first shown
        if self.all_made():
            self._then()
        else:
            self._timer.start(0)


def name_buttons(page: Page) -> None:
    """Mnemonics on a page's buttons (Alt+letter presses one), clear of the menu bar's letters. The tables of a page
    with two have the same letters (Alt+N then goes from one New button to the other)."""
    menus = menu_letters(page)  # the menu bar's, as translated
    used = set(menus)
    for table in page.tables():
        own = set(menus)
        give_mnemonics([b for b in table.findChildren(QPushButton) if b.parent() is table], own)
        used |= own
    rest = [b for b in page.findChildren(QPushButton) if not mnemonic_of(b.text())]
    give_mnemonics(rest, used)


def restore_splitters_under(window: QWidget, part: QWidget) -> None:
    """The sizes the splitters under ``part`` had when the window last saved its splitters (``window_fit``: kept by
    their place in ``window``): a page made after the window restored its own."""
    store = QSettings()
    store.beginGroup(SPLITTERS)
    try:
        for key, splitter in splitters(window):
            state = store.value(key)
            if part.isAncestorOf(splitter) and isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
    finally:
        store.endGroup()
