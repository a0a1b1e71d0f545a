"""The detail pane: the record selected in a workspace table, shown beside the list and edited in place, like a
message beside an e-mail client's inbox.

It holds the same :class:`~hrdoc.gui.forms.form.RecordForm` as the form dialog, so validation, undo and redo and
the encrypted drafts are the same. The keys are the forms' (:mod:`hrdoc.gui.forms.keys`): Return moves to the next
field, Ctrl+Enter saves, Esc reverts what was typed (asking first) or, with nothing to revert, goes back to the
list. Typing is never lost: leaving a changed record for another asks whether to save it; what cannot wait for an
answer (another case opened, the app locking) keeps the changes as an encrypted draft, back in the form when the
record is shown again (after a lock, the app offers them). Under the form, the records that refer to this one are
listed and added (:mod:`related_list`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.gui import shortcuts
from hrdoc.gui.forms.dialog import inline_creator
from hrdoc.gui.forms.form import RecordForm
from hrdoc.gui.forms.keys import confirm_discard, keep_in_view, return_key
from hrdoc.gui.forms.related import relations as form_relations
from hrdoc.gui.forms.specs import form_kinds, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import focus_first_input, give_mnemonics, mnemonic_of, reserved_letters
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.gui.workspace.forms_ahead import FormsAhead
from hrdoc.gui.workspace.page import CaseData, listing, record_label
from hrdoc.gui.workspace.related_list import (
    RelatedList,
    RelatedWidget,
    Relation,
    relations,
    row_text,
)
from hrdoc.services.cases import RecordRow
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftInfo
from hrdoc.services.errors import NotFound
from hrdoc.storage.errors import StoreError

# Records that join others (a link, an alleged perpetrator, a victim of an allegation, a source's figure on an
# incident): named by what they join.
JOINING = frozenset({Kind.LINK, Kind.PERPETRATOR, Kind.ALLEGATION_VICTIM, Kind.FIGURE})

SPLITTER_KEY = "window/detailRelated"  # the form / related records split, as last left


def shows_in_pane(kind: str | None) -> bool:
    """Whether a record of ``kind`` is edited in the detail pane (a case has its Overview; evidence its page)."""
    return kind is not None and kind != Kind.CASE and kind in form_kinds()


def fit_narrow(form: RecordForm) -> None:
    """Lay the form out for a pane narrower than a dialog: each label above its field, fields as wide as the pane,
    drop-downs as narrow as their text allows (a sideways scroll only for what cannot be narrower, such as the
    tables of an allegation's perpetrators and victims)."""
    for layout in form.form_host.findChildren(QFormLayout):
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    for combo in form.form_host.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setMinimumWidth(80)  # layouts read this, not the minimum size hint the combo cached when made
    for line in form.form_host.findChildren(QLineEdit):
        line.setCursorPosition(0)  # a long title reads from its start (the cursor goes to its end once focused)
    # The form's own buttons (Reveal to edit…) get letters the menu bar and the pane's buttons leave.
    give_mnemonics([b for b in form.findChildren(QPushButton) if not mnemonic_of(b.text())], reserved_letters(form))


class DetailHost(Protocol):
    """What the pane reads from the workspace that hosts it."""

    ctx: StoreContext
    case_id: uuid.UUID | None
    undo_stack: RecordUndoStack


class DetailPane(QWidget):
    """One record, editable in place, with its related records under it."""

    saved = Signal(str, str)  # kind, record id: a change was saved
    add_requested = Signal(str, dict)  # kind, defaults: a new record related to this one
    open_requested = Signal(str, str)  # kind, record id: go to a related record
    back_requested = Signal()  # Esc with nothing to revert: the keyboard back to the list
    made = Signal(str, str)  # kind, record id: a record made with a picker's "New …" was saved

    def __init__(self, host: DetailHost, parent: QWidget | None = None, *, related: RelatedWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.host = host
        self.form: RecordForm | None = None
        self.kind: str | None = None
        self.record_id: str | None = None
        self._data: CaseData | None = None
        self._row: RecordRow | None = None  # the record shown, as a table lists it (with the names it refers to)
        self._parked: dict[str, DraftInfo] = {}  # changes kept as drafts, by record id, until it is shown again
        # A form of each kind shown, hidden, to fill with its next record: a kind's form is made once for the case.
        # They hold no more than the forms made ahead do from the start (one per kind, 1-2 MiB each).
        self._kept: dict[str, RecordForm] = {}
        # Forms made ahead, in small steps from the event loop, for the kinds not shown yet (prepare_forms).
        self.ahead = FormsAhead(lambda kind: self._make_form(kind, None, None, ahead=True), self)
        self._saved_here = False  # the next reload follows a save made in this pane
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.notice = QLabel()
        self.notice.setObjectName("detailNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.empty = QLabel(tr("Select a record in the list to see it here and edit it."))
        self.empty.setObjectName("detailEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setObjectName("detailSave")
        self.save_button.setToolTip(shortcuts.tip(tr("Save the changes"), shortcuts.SAVE_IN_PLACE))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Rever&t"))
        self.revert_button.setObjectName("detailRevert")
        self.revert_button.setToolTip(
            shortcuts.tip(tr("Go back to the record as saved; asks first"), shortcuts.PANE_ESCAPE)
        )
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.form_box = QWidget()
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.addWidget(self.heading)
        self.form_layout.addWidget(self.notice)
        self.form_layout.addWidget(self.empty, 1)
        self.form_layout.addLayout(buttons)
        self.related: RelatedWidget = related if related is not None else RelatedList()
        self.related.add_requested.connect(self.add_requested)
        self.related.open_requested.connect(self.open_requested)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("detailSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.form_box)
        self.split.addWidget(self._related_widget())
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        state = QSettings().value(SPLITTER_KEY)
        if state is None or not self.split.restoreState(state):
            self.split.setSizes([450, 150])  # the form first; a few related records show under it
        self.split.splitterMoved.connect(lambda *_: QSettings().setValue(SPLITTER_KEY, self.split.saveState()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.split)
        for keys in shortcuts.SAVE_IN_PLACE.sequences():
            shortcut = QShortcut(keys, self, self.save)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_empty()

    # -- what is shown ----------------------------------------------------------------------------

    def showing(self) -> tuple[str, str] | None:
        """(kind, id) of the record shown, if any."""
        return (self.kind, self.record_id) if self.kind and self.record_id else None

    def is_changed(self) -> bool:
        return self.form is not None and self.form.is_changed()

    def show_record(self, kind: str, record_id: str, data: CaseData | None = None) -> bool:
        """Show the record, dropping whatever form was shown (ask :meth:`may_leave` first). False if it is gone."""
        data = data if data is not None else self._data
        self._data = data
        self._drop_form()
        try:
            form = self._form_for(kind, uuid.UUID(record_id))
        except (NotFound, StoreError):
            self.clear()
            return False
        self.kind, self.record_id, self.form = kind, record_id, form
        self._row = self._read(kind, record_id) if data is not None else None
        fit_narrow(form)
        self.empty.hide()
        self.form_layout.insertWidget(2, form, 1)
        form.show()  # now, not once the event loop runs: Enter may follow at once (a form made ahead is hidden)
        restored = form.is_changed()
        back = tr("Your unsaved changes to this {kind} are back. Save or revert them.")
        self.notice.setText(back.format(kind=kind_name(kind)))
        self.notice.setVisible(restored)
        self._show_heading()
        self._show_related(data)
        self._update_buttons()
        return True

    def _form_for(self, kind: str, record_id: uuid.UUID) -> RecordForm:
        """The form of a record: the form last shown for its kind filled with it, else one made (made for each record
        selected, a form took a tenth of a second or more: its widgets, their styles, the filters seeing each)."""
        draft = self._parked.pop(str(record_id), None)
        kept = self._kept.pop(kind, None) or self.ahead.take(kind)
        if kept is not None:
            same_store = kept.ctx is self.host.ctx and kept.case_id == self.host.case_id
            try:
                if same_store and kept.show_other(record_id, draft):
                    return kept
            except (NotFound, StoreError):
                kept.deleteLater()
                raise
            kept.deleteLater()
        return self._make_form(kind, record_id, draft)

    def _make_form(
        self, kind: str, record_id: uuid.UUID | None, draft: DraftInfo | None, *, ahead: bool = False
    ) -> RecordForm:
        """A form for the record, or (``ahead``) one made in steps for the next record of its kind."""
        form = RecordForm(
            self.host.ctx,
            kind,
            self.host.case_id,
            record_id,
            self.form_box,
            undo_stack=self.host.undo_stack,
            draft=draft,
            create_inline=inline_creator(self, self.host.ctx, self.host.case_id, self.host.undo_stack, self._made),
            lazy_pickers=True,  # made for each record selected: a picker's thousands of records read when wanted
            blank=ahead,
            in_steps=ahead,
        )
        if ahead:
            form.hide()  # until it shows a record: else the pane, shown after it was made, would show it too
        form.setAccessibleName(tr("Selected {kind}").format(kind=kind_name(kind)))
        form.edited.connect(self._update_buttons)
        inline = getattr(form, "related", None)  # the tables of linked records the form itself edits, if any
        if inline is not None:
            inline.saved.connect(self._links_saved)
        return form

    def _show_related(self, data: CaseData | None) -> None:
        """List the records referring to the one shown, but those its form edits itself (an allegation's
        perpetrators and victims); a kind nothing refers to (a link) lists nothing."""
        kind, record_id = self.kind or "", self.record_id or ""
        inline = frozenset(r.link for r in form_relations(kind))
        if data is not None:
            self.related.show_related(kind, record_id, data, leave_out=inline)
        self._related_widget().setVisible(any(r.kind not in inline for r in relations(kind)))

    def _read(self, kind: str, record_id: str) -> RecordRow | None:
        """The record as its table lists it, None if it is gone."""
        data = self._data
        if data is None:
            return None
        found = data["pages"].rows(listing(data, kind), [record_id])
        return found[0] if found else None

    def refresh(self, data: CaseData) -> None:
        """The case was read again: show the record as it now is, unless it holds unsaved changes."""
        self._data = data
        shown = self.showing()
        if shown is None:
            return
        kind, record_id = shown
        self._row = self._read(kind, record_id)
        if self._row is None:
            self.clear()  # deleted, or its creation undone
            return
        saved_here, self._saved_here = self._saved_here, False
        typing = self.form is not None and self.form.isAncestorOf(self.focusWidget())
        # A save made here is shown already: not rebuilt under the keyboard of someone typing on.
        if not self.is_changed() and not (saved_here and typing):
            focused = self._focused_field()
            scroll = self.form.field_area.verticalScrollBar().value() if self.form is not None else 0
            if self.show_record(kind, record_id, data) and self.form is not None:
                self.form.field_area.verticalScrollBar().setValue(scroll)
                if focused is not None:
                    self.form.widgets[focused].setFocus()
        else:
            self._show_heading()
            self._show_related(data)

    def clear(self) -> None:
        """Show nothing (a changed form is kept as a draft first: see :meth:`park`)."""
        self.park()
        self._drop_form()
        self.related.clear()
        self._show_empty()

    def forget(self) -> None:
        """The store is locking: keep any changes as a draft (offered back after the unlock) and show nothing."""
        self.clear()
        self._parked.clear()
        for form in self._kept.values():
            form.deleteLater()  # made for the store being locked
        self._kept.clear()
        self.ahead.drop()

    def focus_form(self) -> None:
        """Put the keyboard in the form's first field (Edit, Enter, F2 or a double-click on the record)."""
        if self.form is not None:
            field = focus_first_input(self.form)
            if isinstance(field, QLineEdit):
                field.end(False)  # typing goes on after what the field holds
            keep_in_view(self, self.form.field_area)

    def _made(self, kind: str, record_id: uuid.UUID) -> None:
        self.made.emit(kind, str(record_id))

    def _related_widget(self) -> QWidget:
        assert isinstance(self.related, QWidget)
        return self.related

    def _show_heading(self) -> None:
        kind, record_id = self.kind or "", self.record_id or ""
        row = self._row if self._row is not None and self._row.get("id") == record_id else None
        name = self._data["pages"].names({kind: [record_id]}).get(record_id, "") if self._data and row else ""
        # A record named by the records it joins (a link, a perpetrator) is called by them and how it joins them.
        joined = row_text(Relation("", kind, ""), row) if row and kind in JOINING else ""
        label = name or joined or (record_label(row) if row else "")
        what = kind_name(kind)
        self.heading.setText(
            tr("{label}: {value}").format(label=what[:1].upper() + what[1:], value=label)
            if label
            else what.capitalize()
        )

    def _show_empty(self) -> None:
        self.kind = self.record_id = None
        self._row = None
        self.heading.setText("")
        self.notice.hide()
        self.empty.show()
        self.related.clear()
        self._related_widget().hide()
        self._update_buttons()

    def prepare_forms(self, kinds: Iterable[str]) -> None:
        """Make a form for each of these kinds ahead, in small steps from the event loop (:class:`FormsAhead`)."""
        skip = {*self._kept, *([self.kind] if self.kind else [])}  # forms held already
        self.ahead.prepare([k for k in kinds if shows_in_pane(k)], self.host.ctx, self.host.case_id, skip)

    def _drop_form(self) -> None:
        """Take the form shown away, kept (hidden) to show the next record of its kind."""
        form, self.form = self.form, None
        if form is None:
            return
        form.discarded()  # its draft goes too, unless parked
        form.hide()
        self.form_layout.removeWidget(form)
        if form.record_id is None or form.identity_open:
            form.deleteLater()
            return
        previous = self._kept.pop(form.kind, None)
        if previous is not None:
            previous.deleteLater()
        self._kept[form.kind] = form

    def _focused_field(self) -> str | None:
        if self.form is None:
            return None
        focused = self.focusWidget()
        return next((n for n, w in self.form.widgets.items() if w is focused or w.isAncestorOf(focused)), None)

    def _update_buttons(self) -> None:
        changed = self.is_changed()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        self.save_button.setVisible(self.form is not None)
        self.revert_button.setVisible(self.form is not None)
        if self.form is not None:
            what = kind_name(self.form.kind)
            self.heading.setToolTip(tr("Unsaved changes") if changed else "")
            save = tr("Save the changes to this {kind}").format(kind=what)
            self.save_button.setToolTip(shortcuts.tip(save, shortcuts.SAVE_IN_PLACE))

    # -- saving, reverting, leaving ---------------------------------------------------------------

    def save(self) -> bool:
        """Save what was typed (Ctrl+Enter); errors show under their fields. True if saved or nothing to save."""
        if self.form is None or self.kind is None or self.record_id is None:
            return True
        if not self.form.is_changed():
            return True
        focused = self.focusWidget()
        if not self.form.save():
            return False
        self.notice.hide()
        self._update_buttons()
        if focused is not None and self.isAncestorOf(focused) and focused.isEnabled():
            focused.setFocus()  # keep on typing where you were
        self._saved_here = True
        self.saved.emit(self.kind, self.record_id)
        return True

    def _links_saved(self) -> None:
        """A row of the form's own tables was written (the keyboard left it): the lists read the case again."""
        if self.kind is not None and self.record_id is not None:
            self._saved_here = True
            self.saved.emit(self.kind, self.record_id)

    def revert(self) -> bool:
        """Go back to the record as saved (Esc), asking first if anything was typed. True if reverted."""
        if self.form is None or self.kind is None or self.record_id is None:
            return False
        field = self._focused_field()
        if self.form.is_changed():
            focused = self.focusWidget()
            if not confirm_discard(self, self.form.discard_question()):
                self.activateWindow()  # back to the field being typed in
                if focused is not None:
                    focused.setFocus()
                return False
        self.show_record(self.kind, self.record_id)
        if field is not None and self.form is not None:
            self.form.widgets[field].setFocus()
        return True

    def may_leave(self) -> bool:
        """Whether the shown record may be left for another: asks to save or discard what was typed, if anything,
        and says no if the user keeps editing (or the record cannot be saved as it is)."""
        if self.form is None or not self.form.is_changed():
            return True
        focused = self.focusWidget()
        box = QMessageBox(self)
        box.setObjectName("leaveChanged")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Save changes?"))
        box.setText(tr("Save the changes to this {kind} before leaving it?").format(kind=kind_name(self.form.kind)))
        save = box.addButton(tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        box.exec()
        box.deleteLater()
        clicked = box.clickedButton()
        if clicked is save and self.save():
            return True
        if clicked is discard:
            self._drop_form()
            return True
        if focused is not None and self.isAncestorOf(focused):
            self.activateWindow()
            focused.setFocus()  # back to the field being typed in
        return False

    def park(self) -> None:
        """Keep what was typed as an encrypted draft, restored when this record is shown again."""
        form = self.form
        if form is None or self.record_id is None or not form.is_changed():
            return
        form.keep_as_draft()
        self._parked[self.record_id] = DraftInfo(
            form.draft_id,
            form.kind,
            form.case_id,
            form.record_id,
            form.raw_values(),
            dt.datetime.now(dt.UTC),
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """The window closing or locking: what was typed is in the store at once, not after the typing pause."""
        if self.form is not None and self.form.is_changed():
            self.form.save_draft()
        super().hideEvent(event)

    # -- keys -------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = return_key(event)
        focused = self.focusWidget()
        in_form = self.form is not None and focused is not None and self.form.isAncestorOf(focused)
        if action == "save":
            self.save()
        elif action == "next" and in_form:
            self.focusNextChild()
            keep_in_view(self, self.form.field_area if self.form is not None else None)
        elif event.key() == Qt.Key.Key_Escape and in_form and self.is_changed():
            self.revert()
        elif event.key() == Qt.Key.Key_Escape and self.isAncestorOf(focused):
            self.back_requested.emit()  # nothing to revert: back to the list, as Enter came from it
        else:
            super().keyPressEvent(event)
