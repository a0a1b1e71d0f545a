"""Search every case from one box (Ctrl+K): hits grouped by kind, found off the GUI thread as the user types.

Results are the team's unless another audience is chosen under "Show results as seen by": then only what the
sharing policy lets that audience see is found and quoted (see :mod:`hrdoc.services.search_audience`).

Typing restarts a short timer; when it fires, the query runs on the thread pool. Each query carries a
generation number and only the newest one's results are shown, so a slow old query can never overwrite
the answer to what the user typed last. Every piece of user text is HTML-escaped before the search
highlights become ``<b>``, so markup in a title is shown as typed, never interpreted (see
:mod:`hrdoc.gui.search_results`, which shows the hits).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui import colours
from hrdoc.gui.accessibility import name
from hrdoc.gui.background import Progress, run_in_background
from hrdoc.gui.i18n import tr
from hrdoc.gui.search_results import HitDelegate, Index, ResultsView, SearchResultsModel
from hrdoc.services.context import StoreContext
from hrdoc.services.search import SearchHit, SearchService, fts_query
from hrdoc.services.sharing import Audience
from hrdoc.storage.errors import StoreError

DEBOUNCE_MS = 250
LIMIT = 100


class SearchDialog(QDialog):
    """Search every case; choosing a hit emits ``record_chosen(case_id, kind, record_id)`` and closes."""

    record_chosen = Signal(str, str, str)
    searched = Signal()  # results (or an error) for the latest query are on screen

    def __init__(self, ctx: StoreContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: tuple[str, str, str] | None = None
        self._generation = 0
        self._choose_when_ready = False
        self.setWindowTitle(tr("Search all cases"))
        self.resize(760, 520)

        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(tr("Search incidents, actors, witnesses, sources… in every case"))
        name(self.query, tr("Search"))  # the placeholder says how; too long to be announced as its name
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._text_changed)
        self.query.returnPressed.connect(self._return_pressed)
        self.query.installEventFilter(self)

        # Whose eyes the results are shown through: the team's (everything), or an audience outside it.
        self.audience = QComboBox()
        self.audience.setObjectName("searchAudience")
        for audience, label, tip in self._audiences():
            self.audience.addItem(label, audience.value)
            self.audience.setItemData(self.audience.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.audience.setCurrentIndex(self.audience.findData(Audience.INTERNAL.value))
        self.audience.currentIndexChanged.connect(self._audience_changed)
        seen_by = QLabel(tr("Show results as seen by:"))
        seen_by.setBuddy(self.audience)

        self.model = SearchResultsModel(self)
        self.tree = ResultsView()
        self.tree.setObjectName("searchResults")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(HitDelegate(self.tree))
        self.tree.activated.connect(self._activated)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("searchError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        colours.style(self.error, colours.ERROR_STYLE)
        self.error.hide()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        chooser = QHBoxLayout()
        chooser.addWidget(seen_by)
        chooser.addWidget(self.audience)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self._show_status(tr("Type to search every case. Enter opens the chosen record; Esc closes."))

    @classmethod
    def ask(cls, ctx: StoreContext, parent: QWidget | None = None) -> tuple[str, str, str] | None:
        """Show the dialog; the chosen hit as (case_id, kind, record_id), or None if closed without one."""
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
            return dialog.chosen
        finally:
            dialog.deleteLater()

    def _audiences(self) -> list[tuple[Audience, str, str]]:
        """The audiences to choose from, widest first: (audience, label, what it sees)."""
        return [
            (
                Audience.INTERNAL,
                tr("the team (internal)"),
                tr("Every record and every searchable field. Identities are never searched."),
            ),
            (
                Audience.PARTNERS,
                tr("partners"),
                tr("Public and restricted records, accounts whose witness agreed to sharing; no working notes."),
            ),
            (
                Audience.PUBLIC,
                tr("the public"),
                tr("Public records only, and a witness's words only where they agreed to be quoted."),
            ),
        ]

    def chosen_audience(self) -> Audience:
        return Audience(str(self.audience.currentData()))

    def set_audience(self, audience: Audience) -> None:
        self.audience.setCurrentIndex(self.audience.findData(Audience(audience).value))

    def _audience_changed(self, _index: int) -> None:
        if fts_query(self.query.text()) is not None:
            self.search_now()  # at once: nothing is being typed

    # -- searching -------------------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._choose_when_ready = False
        self.timer.start()

    def search_now(self) -> None:
        """Search for what is typed now (the timer calls this once typing pauses)."""
        self.timer.stop()
        self._generation += 1  # whatever is still running answers an older question
        text = self.query.text()
        if fts_query(text) is None:
            self.model.clear()
            self.error.hide()
            self._show_status(tr("Type a word to search every case."))
            self.searched.emit()
            return
        self._show_status(tr("Searching…"))
        ctx, generation, audience = self.ctx, self._generation, self.chosen_audience()

        def search(_progress: Progress) -> list[SearchHit]:
            return SearchService(ctx).search(text, limit=LIMIT, audience=audience)

        run_in_background(
            self,
            "",
            search,
            lambda hits: self._results(generation, hits),
            lambda error: self._failed(generation, error),
            quiet=True,  # results replace the status line; no progress dialog while typing
        )

    def _results(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # stale: the user has typed something else since
        self.error.hide()
        self.model.set_hits(hits)
        self.tree.expandAll()
        first = self.model.first_hit()
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.scrollToTop()
        if not hits:
            status = tr("No matches.")
        elif len(hits) >= LIMIT:
            status = tr("The best {count} matches; add words to narrow the search.").format(count=len(hits))
        else:
            status = tr("{count} match(es).").format(count=len(hits))
        audience = self.chosen_audience()
        if audience is not Audience.INTERNAL:
            label = self.audience.currentText()
            status += " " + tr("Only what {audience} may see is searched and shown.").format(audience=label)
        self._show_status(status)
        self.searched.emit()
        if self._choose_when_ready:
            self._choose_when_ready = False
            self._choose(self.tree.currentIndex())

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._choose_when_ready = False
        if not isinstance(error, StoreError):
            raise error  # a bug: let the crash handler have it
        self.model.clear()
        self.error.setText(tr("Search failed: {error}").format(error=error))
        self.error.show()
        self._show_status("")
        self.searched.emit()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- choosing --------------------------------------------------------------------------------------

    def _return_pressed(self) -> None:
        if self.timer.isActive():  # typed and pressed Enter before the pause: take the top hit when it comes
            self._choose_when_ready = True
            self.search_now()
            return
        self._choose(self.tree.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        self._choose(index)

    def _choose(self, index: Index) -> None:
        hit = self.model.hit(index)
        if hit is None or self.chosen is not None:
            return
        self.chosen = (str(hit.case_id), hit.kind, str(hit.record_id))
        self.record_chosen.emit(*self.chosen)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the query box move through the results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if event.key() in keys and self.model.rowCount():
                QApplication.sendEvent(self.tree, event)
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        self.timer.stop()
        self._generation += 1  # drop anything still on its way
        super().done(result)


def parse_choice(choice: tuple[str, str, str]) -> tuple[uuid.UUID, str, uuid.UUID]:
    """A chosen hit with its ids as UUIDs, as the main window's ``select_case`` wants them."""
    case_id, kind, record_id = choice
    return uuid.UUID(case_id), kind, uuid.UUID(record_id)
