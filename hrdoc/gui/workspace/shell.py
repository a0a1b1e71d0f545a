"""A case's workspace: navigation between its pages, and creating, editing and deleting records from them.

Opening a case reads what it is at a glance (off the GUI thread): its record, its figures counted by the database,
its open merge conflicts (:class:`~hrdoc.gui.workspace.page.CaseData`). Each page then reads the records it shows
from the store, a page of rows at a time as its tables scroll, with protected identities masked; the page on
screen is filled at once, the others when the user goes to them. Revealing an identity is a separate, audited
call.
The shell owns its pages, the evidence page among them; pages ask for work through signals and never import
the shell. Every change is announced (``cases_changed``) so the case list's counts follow it, and a new case
(``case_created``) is opened at once by the main window.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.domain.validation import ValidationError
from hrdoc.gui import colours
from hrdoc.gui.accessibility import name
from hrdoc.gui.background import run_in_background
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.gui.forms.specs import field_label, kind_name
from hrdoc.gui.i18n import in_layout_direction, tr
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.gui.vocab_language import interface_language
from hrdoc.gui.workspace.detail import DetailPane
from hrdoc.gui.workspace.follow import SelectionFollower
from hrdoc.gui.workspace.lazy_pages import LazyPages, restore_splitters_under
from hrdoc.gui.workspace.map_page import MapPage
from hrdoc.gui.workspace.matrix import MatrixPage
from hrdoc.gui.workspace.overview import OverviewPage
from hrdoc.gui.workspace.page import CaseData, Page, listing, record_label
from hrdoc.gui.workspace.pages import IncidentsPage, page_makers
from hrdoc.gui.workspace.period import PeriodBar, PeriodFilter
from hrdoc.gui.workspace.witnesses import WitnessesPage
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.record_pages import RecordPages
from hrdoc.services.records import RecordService
from hrdoc.services.serialize import record_dict
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage.errors import StoreError

PageT = TypeVar("PageT", bound="Page")

DETAIL_SPLITTER_KEY = "window/detailSplitter"  # the list / detail pane split, as last left


class CaseWorkspace(QWidget):
    """Navigation on the left, the chosen view on the right; records are created and edited from here."""

    loaded = Signal()
    cases_changed = Signal()  # a record was saved, deleted, undone or redone: the case list's counts may differ
    case_created = Signal(object)  # the id of a case just created, to be opened
    conflicts_requested = Signal()  # the user asked to see the open case's merge conflicts

    def __init__(
        self, ctx: StoreContext, parent: QWidget | None = None, *, undo_stack: RecordUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack if undo_stack is not None else RecordUndoStack(ctx, self)
        self.undo_stack.changed.connect(self._undone_or_redone)
        self.case_id: uuid.UUID | None = None
        self.data: CaseData | None = None
        # Names of records for the conflicts dialog, which reads those it lacks from the store: none held here.
        self.names: dict[str, str] = {}
        self._generation = 0
        self._select_after_load: tuple[str, str] | None = None  # a record just created, to select once shown
        self._new_case: uuid.UUID | None = None  # a case just created: its Overview's first next step has the keys
        self.detail = DetailPane(self)
        self.detail.saved.connect(lambda kind, _id: self._changed(kind))
        self.detail.add_requested.connect(self.new_record)
        self.detail.open_requested.connect(self.show_record)
        self.detail.back_requested.connect(self._focus_list)
        self.detail.made.connect(lambda kind, _id: self._changed(kind))
        self.follower = SelectionFollower(self, self.detail)
        self.nav = QListWidget()
        self.nav.setObjectName("workspaceNavigation")
        name(self.nav, tr("Pages"))
        self.stack = QStackedWidget()
        # The period chosen on the timeline, held here once: the pages that list incidents follow it.
        self.period = PeriodFilter(self)
        self.period_bar = PeriodBar(self.period, self.stack)  # "Showing March 2022 · Clear", Esc clears
        # The pages are made one at a time from the event loop, the page asked for at once (LazyPages).
        self.lazy = LazyPages(
            page_makers(self._labels),
            self.nav,
            self.stack,
            self._wire,
            lambda: self.detail.prepare_forms(self.lazy.kinds()),  # then the forms beside the lists, in steps
            self,
        )
        self._fit_navigation()
        self.setAcceptDrops(True)  # files dropped anywhere on the workspace go to the evidence page
        self._stale: set[int] = set()
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px 0;")
        # Shown while the open case has merge conflicts left by an import or a sync.
        self.conflicts_banner = QPushButton()
        self.conflicts_banner.setObjectName("conflictsBanner")
        colours.style(self.conflicts_banner, colours.BANNER_STYLE)  # amber, readable in a light or dark theme
        self.conflicts_banner.setToolTip(tr("Open Case → Conflicts to choose which version of each record to keep"))
        self.conflicts_banner.clicked.connect(self.conflicts_requested)
        self.conflicts_banner.hide()
        self.conflict_count = 0
        # The list on the left, the selected record beside it, editable in place.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        state = QSettings().value(DETAIL_SPLITTER_KEY)
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([520, 480])  # the form needs about as much room as the list
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue(DETAIL_SPLITTER_KEY, self.splitter.saveState())
        )
        self.follower.show_for(self.current_page())
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.conflicts_banner)
        right.addWidget(self.period_bar)
        right.addWidget(self.splitter, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)

    @property
    def evidence_page(self) -> EvidencePage:
        """The evidence page, whose actions are the Evidence menu's (made now if it was not yet)."""
        page = self.page(self.lazy.row_of(Kind.EVIDENCE) or 0)
        assert isinstance(page, EvidencePage)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page, made now if it was not yet (what needs them all: the tests, the benchmark)."""
        return [self.page(row) for row in range(len(self.lazy))]

    def page_heads(self) -> list[tuple[str, str]]:
        """Each page's title and icon name, in navigation order, without making the pages (the View menu)."""
        return self.lazy.heads()

    def page(self, row: int) -> Page:
        """Page ``row``, made now if it was not yet (a few tens of milliseconds)."""
        return self.lazy.page(row)

    def made_ahead(self) -> bool:
        """Whether every page is made, and the detail pane's forms made ahead (what the benchmark waits for)."""
        return self.lazy.all_made() and not self.detail.ahead.busy

    def _wire(self, page: Page) -> None:
        """Connect a page just made to the workspace; its splitters as last left (those of the pages made with the
        workspace are restored by the main window)."""
        window = self.window()
        if window is not self:
            restore_splitters_under(window, page)
        self.period.follow(page)
        if isinstance(page, EvidencePage):
            self.installEventFilter(page)  # files dropped anywhere on the workspace
            page.bind(self)
            self.loaded.connect(page.case_loaded)
            if self.data is not None:
                page.case_loaded()  # made after the case was: its actions as the case allows
            page.case_changed.connect(self.reload)
        if isinstance(page, WitnessesPage):
            page.reveal_requested.connect(self.reveal_witness)
        if isinstance(page, OverviewPage):
            page.edit_case_requested.connect(self.edit_case)
            page.new_requested.connect(self.new_on_its_page)
        if isinstance(page, MapPage):
            page.record_requested.connect(self.show_record)
        if isinstance(page, MatrixPage):
            page.new_link_requested.connect(lambda defaults: self.new_record(Kind.LINK, defaults))
        for table in page.tables():
            self.follower.follow(table)
            table.new_requested.connect(self._new_from_table)
            table.edit_requested.connect(self._edit_from_table)
            table.delete_requested.connect(self._delete_from_table)

    def _labels(self, vocabulary: str) -> dict[str, str]:
        return VocabularyService(self.ctx).labels(vocabulary, language=interface_language())

    def set_context(self, ctx: StoreContext) -> None:
        self.ctx = ctx
        self.undo_stack.set_context(ctx)

    def open_case(self, case_id: uuid.UUID, *, quiet: bool = False) -> None:
        """Read what the case is at a glance off the GUI thread, then show it on the page on screen (the pages'
        tables read their rows as they show them). ``quiet``: no progress window (reading the open case again
        after a change): a window-modal one would take the keys typed ahead meanwhile, and Space or Return there
        would cancel the reload."""
        if case_id != self.case_id:
            self.detail.clear()  # changes typed in the pane are kept as a draft, back when the record is shown
            self.period.clear()  # another case's dates
        self.case_id = case_id
        self._generation += 1
        generation = self._generation
        ctx = self.ctx
        pages = RecordPages(ctx, language=interface_language(), translate=tr)

        def load(_progress: object) -> tuple[int, CaseData]:
            case = CaseService(ctx).resolve(str(case_id))
            data: CaseData = {
                "case": record_dict(case),
                "figures": pages.figures(case_id),
                "open_conflicts": ConflictService(ctx).count_open(case_id),
                "pages": pages,
            }
            return generation, data

        run_in_background(self, tr("Opening the case…"), load, self._loaded, self._failed, quiet=quiet)

    def reload(self) -> None:
        if self.case_id is not None:
            self.open_case(self.case_id, quiet=True)

    def _loaded(self, result: tuple[int, CaseData]) -> None:
        generation, data = result
        if generation != self._generation:
            return  # a newer load was started meanwhile (or the store was locked): this one is stale
        self._show(data)

    def _show(self, data: CaseData) -> None:
        self.data = data
        # Aligned and ordered as the layout is, not as the title's first letter: right in Arabic for a Latin title.
        self.heading.setText(in_layout_direction(f"{data['case']['reference']} — {data['case']['title']}", self))
        self._show_conflict_count(data["open_conflicts"])
        # Only the page on screen is filled now; the others when the user goes to them.
        self._stale = set(range(len(self.lazy)))
        self._fill_page(self.nav.currentRow())
        self.detail.refresh(data)
        if self.detail.showing() is None:
            self.follower.show_for(self.current_page())
        if self._select_after_load is not None:
            self.follower.select_new(*self._select_after_load)
            self._select_after_load = None
        self.loaded.emit()
        self.lazy.make_the_rest()  # the other pages, one per turn of the event loop, then the forms
        if self._new_case is not None and self._new_case == self.case_id:
            self._new_case = None
            overview = self.current_page()
            if isinstance(overview, OverviewPage):
                overview.focus_next_step()

    def _page_changed(self, row: int) -> None:
        if row != self.stack.currentIndex() and not self.detail.may_leave():
            self.nav.blockSignals(True)  # keep editing on the page left
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        # Its record beside it in the next turn, the one its first fill selects too: the page is shown first.
        self.follower.show_soon(self.page(row))
        self._fill_page(row)
        self.stack.setCurrentIndex(row)
        self.period_bar.show_for(self.page(row))

    def _focus_list(self) -> None:
        """The keyboard back in the list whose record the pane shows (Esc in the pane)."""
        table = self.current_page().active_table()
        if table is not None:
            table.table.setFocus()

    def _fill_page(self, row: int) -> None:
        if self.data is not None and row in self._stale:
            self._stale.discard(row)
            self.page(row).show_case(self.data)

    def show_page(self, row: int) -> None:
        """Go to page ``row`` as its key does (Alt+digit): the page's list takes the keyboard, so the arrows and
        Enter work on it at once (unless the user chose to keep editing on the page left)."""
        self.nav.setCurrentRow(row)
        if self.stack.currentIndex() == row:
            target = self.page(row).focus_target()
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_to(self, page_type: type[PageT]) -> PageT:
        """Show the first page of this type (filled with the case's data, its record beside it) and return it."""
        row = next(r for r in range(len(self.lazy)) if isinstance(self.page(r), page_type))
        self.nav.setCurrentRow(row)
        self._fill_page(row)
        self.follower.flush()
        page = self.page(row)
        assert isinstance(page, page_type)
        return page

    def _show_conflict_count(self, count: int) -> None:
        self.conflict_count = count
        text = tr("⚠ {count} record(s) in this case were changed both here and in another copy. Review the conflicts…")
        self.conflicts_banner.setText(text.format(count=QLocale().toString(count)))
        self.conflicts_banner.setVisible(count > 0)

    def _fit_navigation(self) -> None:
        """The page list exactly as wide as its longest title needs, in the interface's language ("Témoins et
        témoignages" is longer than "Witnesses & accounts"): no title cut, and the pages get the rest."""
        self.nav.ensurePolished()  # its font and style as shown, not as made
        option = QStyleOptionViewItem()
        self.nav.initViewItemOption(option)
        delegate, model = self.nav.itemDelegate(), self.nav.model()
        # Each title as the delegate sets it, measured alone: the icons may come later (they are drawn while the
        # key is derived), and sizeHintForColumn measures only the rows the viewport shows, none before layout.
        titles = (delegate.sizeHint(option, model.index(row, 0)).width() for row in range(model.rowCount()))
        widest = max(titles, default=0) + option.decorationSize.width()
        slack = 2 * self.nav.frameWidth() + 3 * self.nav.fontMetrics().averageCharWidth()  # icon-title gap, edges
        self.nav.setFixedWidth(widest + slack)  # whatever width a splitter kept from another language
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, tr("Cannot open the case"), error_text(error))

    # -- creating, editing, deleting ------------------------------------------------------------------

    def current_page(self) -> Page:
        return self.page(max(self.nav.currentRow(), 0))

    def current_kind(self) -> str | None:
        """The kind of record that New makes on the current page."""
        page = self.current_page()
        if isinstance(page, OverviewPage):
            return Kind.CASE
        table = page.active_table()
        return table.kind if table is not None else None

    def current_selection(self) -> tuple[str, str] | None:
        """(kind, id) of the record selected on the current page."""
        page = self.current_page()
        if isinstance(page, OverviewPage):
            return (Kind.CASE, str(self.case_id)) if self.case_id is not None else None
        table = page.active_table()
        record = table.selected() if table is not None else None
        if table is None or table.kind is None or record is None:
            return None
        return table.kind, record["id"]

    def new_record(self, kind: str, defaults: dict[str, Any] | None = None) -> uuid.UUID | None:
        if self.case_id is None and kind != Kind.CASE:
            return None
        if kind == Kind.EVIDENCE:  # files enter through the vault, not a form
            self.evidence_page.add_files()
            return None
        if defaults is None:
            defaults = self._defaults_for(kind)
        saved = RecordDialog.ask(
            self.ctx, kind, self.case_id, None, self, defaults=defaults, undo_stack=self.undo_stack, made=self._made
        )
        if saved is not None and kind == Kind.CASE:
            self._new_case = saved
            self.case_created.emit(saved)  # opened at once: the next records go into it, not the case open before
        elif saved is not None:
            if any(t.kind == kind for t in self.current_page().tables()):
                self._select_after_load = (kind, str(saved))  # selected and in view once the case is read again
            self._changed(kind)
        return saved

    def edit_record(self, kind: str, record_id: uuid.UUID | str) -> uuid.UUID | None:
        """Edit a record: in the detail pane if it is selected on the current page (the keyboard goes to its first
        field), else in a form dialog; the saved record's id, when the dialog saved it."""
        if kind == Kind.EVIDENCE:
            return self.evidence_page.edit_details(record_id)
        self.follower.flush()  # the record reached by keys that have not paused yet is shown first
        if self.detail.showing() == (kind, str(record_id)) and not self.detail.isHidden():
            self.detail.focus_form()
            return None
        saved = RecordDialog.ask(
            self.ctx, kind, self.case_id, uuid.UUID(str(record_id)), self, undo_stack=self.undo_stack, made=self._made
        )
        if saved is not None:
            self._changed(kind)
        return saved

    def edit_case(self) -> None:
        if self.case_id is not None:
            self.edit_record(Kind.CASE, self.case_id)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Go to the page listing records of ``kind`` and select the record (the case must be loaded); only that
        record is shown beside its list, not those selected on the way. A reported figure, which no page lists (it
        is shown under its incident or allegation), opens in its form over the page."""
        if kind == Kind.FIGURE:
            self.edit_record(kind, record_id)
            return True
        with self.follower.held():
            return self._select_record(kind, record_id)

    def _select_record(self, kind: str, record_id: str) -> bool:
        if self.data is None:
            return False
        if kind == Kind.ALLEGATION:  # allegations are listed under their incident
            allegation = self.data["pages"].rows(listing(self.data, Kind.ALLEGATION), [record_id])
            if allegation:
                self._select_record(Kind.INCIDENT, allegation[0]["incident_id"])
        row = self.lazy.row_of(kind)
        if row is not None:
            table = next(t for t in self.page(row).tables() if t.kind == kind)
            self.nav.setCurrentRow(row)
            if self.nav.currentRow() != row:
                return False  # the user kept editing the record shown on the page left
            found = table.select_record(record_id)
            if found:
                table.table.setFocus()
            return found
        self.nav.setCurrentRow(0)
        return kind == Kind.CASE

    def new_on_its_page(self, kind: str) -> uuid.UUID | None:
        """Go to the page listing records of ``kind`` and add one there (an Overview's next step)."""
        row = self.lazy.row_of(kind)
        if row is not None:
            self.nav.setCurrentRow(row)
            if self.nav.currentRow() != row:
                return None
        return self.new_record(kind)

    def new_in_current_page(self) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.new_record(kind)

    def edit_selected(self) -> None:
        selection = self.current_selection()
        if selection is not None:
            self.edit_record(*selection)

    def delete_selected(self) -> None:
        selection = self.current_selection()
        if selection is not None:
            self.delete_record(*selection)

    def delete_record(self, kind: str, record_id: uuid.UUID | str) -> bool:
        """Delete after confirmation. Not undoable, and the question says so."""
        if kind == Kind.EVIDENCE:  # removal from the vault asks for a reason and enters the chain of custody
            return self.evidence_page.remove(record_id)
        records = RecordService(self.ctx)
        try:
            record = record_dict(records.get(kind, record_id))
        except NotFound as err:
            QMessageBox.warning(self, tr("Cannot delete"), error_text(err))
            return False
        names = RecordPages(self.ctx, translate=tr).names({kind: [str(record_id)]})
        label = names.get(str(record_id)) or record_label(record)
        question = tr(
            "Delete the {kind} “{name}”?\n\nThis cannot be undone (Undo does not bring deleted records back). "
            "Records that depend on it are deleted with it."
        ).format(kind=kind_name(kind), name=label)
        if kind == Kind.CASE:
            question = tr(
                "Delete the whole case “{case}” with every record in it?\n\nThis cannot be undone (Undo does not "
                "bring deleted records back)."
            ).format(case=label)
        answer = QMessageBox.question(
            self,
            tr("Delete {kind}").format(kind=kind_name(kind)),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            records.delete(kind, record_id)
        except (ValidationError, NotFound, StoreError) as err:
            QMessageBox.warning(self, tr("Cannot delete"), error_text(err))
            return False
        if kind == Kind.CASE:
            self.case_id = None
        self._changed(kind)
        return True

    def _defaults_for(self, kind: str) -> dict[str, Any]:
        """Pre-fill a new record from what is selected: a new allegation belongs to the selected incident. A new
        case is led by whoever is working."""
        if kind == Kind.CASE:
            return {"lead_investigator": self.ctx.user}
        page = self.current_page()
        if isinstance(page, IncidentsPage) and kind == Kind.ALLEGATION:
            incident = page.incidents.selected()
            return {"incident_id": incident["id"]} if incident else {}
        if isinstance(page, WitnessesPage) and kind == Kind.ACCOUNT:
            witness = page.selected()
            return {"witness_id": witness["id"]} if witness else {}
        return {}

    def _new_from_table(self, kind: str) -> None:
        self.new_record(kind)

    def _edit_from_table(self, kind: str, record_id: str) -> None:
        self.edit_record(kind, record_id)

    def _delete_from_table(self, kind: str, record_id: str) -> None:
        self.delete_record(kind, record_id)

    def _made(self, kind: str, _record_id: uuid.UUID) -> None:
        """A form's picker made a record ("New place…"): it is saved, so the lists show it now, whether or not the
        form it was made from is saved later."""
        self._changed(kind)

    def _changed(self, kind: str) -> None:
        self.reload()
        self.cases_changed.emit()  # the case list's counts and dates

    def _undone_or_redone(self, kind: str, case_id: object) -> None:
        self.cases_changed.emit()  # first: if the open case's creation was undone, another case is opened instead
        if case_id is None or case_id == self.case_id:
            self.reload()

    # -- protected identities ---------------------------------------------------------------------

    def reveal_witness(self, witness_id: str, reason: str) -> None:
        identity = RecordService(self.ctx).reveal_identity(Kind.WITNESS, witness_id, reason)
        # Each detail by its label in the record registry, as the witness's form shows it ("Legal name").
        text = "\n".join(
            f"{field_label(Kind.WITNESS_IDENTITY, key)}: {value or '—'}" for key, value in identity.items()
        )
        box = QMessageBox(self)
        box.setObjectName("revealedIdentity")
        box.setWindowTitle(tr("Protected identity (access recorded)"))
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning)
        box.open()
        if self.case_id is not None:
            self.open_case(self.case_id)  # the audit page shows the reveal

    def clear(self) -> None:
        self.case_id = None
        self.data = None
        self._generation += 1
        self.detail.forget()  # the store is locking or the case is gone: changes typed are kept as a draft
        self.heading.clear()
        self._show_conflict_count(0)
        self.period.clear()
        for page in self.lazy.made():
            page.clear()
