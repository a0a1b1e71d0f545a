"""The records linked to a record, entered in its form: an allegation's alleged perpetrators (an actor and a
degree of involvement) and its victims (an individual or a group, with a count), a table each.

The relations are read from the record registry: a link kind is a kind with two references, one of them to the
record the form is for (a perpetrator refers to an allegation and an actor); its other fields are its columns
(the degree of involvement). What is declared here is only what the tables are called and which fields of the
record linked to are typed along with the link (a victim's kind and count), in :data:`_DECLARED`.

Two modes, one widget (:class:`RelatedRecords`):

* **A new record** (not yet saved): the rows are held, and written with the record in one unit of work when the
  form is saved (:meth:`RelatedRecords.create_with`), together with the actors and victims typed in for the first
  time ("New …" in a row's picker). If one row breaks a rule, nothing is written — no allegation without the
  perpetrators typed with it — and the form says which row and why, in one line, keeping every row.
* **A saved record**: a row is written when the keyboard leaves it (or the form is saved), each change one step
  on the undo stack; removing a row deletes the link, undoably.

A link takes the visibility of the record it belongs to (a public allegation's perpetrators are as public as it);
an actor or victim made from a row keeps the visibility its kind starts with, as when made from its own form.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QScrollArea, QVBoxLayout, QWidget

from hrdoc.domain import registry
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind, Widget
from hrdoc.domain.validation import ValidationError
from hrdoc.gui import colours
from hrdoc.gui.dialogs import ERROR_STYLE
from hrdoc.gui.errors_text import error_text, field_message
from hrdoc.gui.forms.picker import CreateInline
from hrdoc.gui.forms.related_table import RelatedTable, Row, values_error
from hrdoc.gui.forms.related_undo import RemoveLink, push_written
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import mnemonic_of, with_mnemonic
from hrdoc.gui.undo import RecordUndoStack
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS, editable_columns
from hrdoc.services.related import Earlier, PartRefused, RelatedService, Write
from hrdoc.services.sharing import as_id
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage.errors import StoreError


@dataclass(frozen=True)
class _Declared:
    title: str  # the table's title
    add: str  # its Add button, with a mnemonic
    row: str  # what a row is called in messages and for screen readers ("Victim 2")
    shown: tuple[str, ...] = ()  # fields of the record linked to, typed in the row along with the link


# (kind of the record the form is for, link kind) → how its table reads. Only what the registry cannot say.
_DECLARED: dict[tuple[str, str], _Declared] = {
    (Kind.ALLEGATION, Kind.PERPETRATOR): _Declared(
        N_("Alleged perpetrators"), N_("Add &perpetrator"), N_("Perpetrator")
    ),
    (Kind.ALLEGATION, Kind.ALLEGATION_VICTIM): _Declared(
        N_("Victims"), N_("Add &victim"), N_("Victim"), shown=("kind", "count_best")
    ),
}
RELATED_DRAFT = "_related"  # the key of a form's draft that holds the rows (see RelatedRecords.draft)
# What a row of a draft holds besides its fields: the saved link it changes, and the name "New …" was given.
DRAFT_LINK, DRAFT_NEW = "_link", "_new"
# Fields every record has that a row does not show: a link takes its record's visibility, and has no notes here.
_NOT_IN_ROWS = ("visibility", "notes")


@dataclass(frozen=True)
class Relation:
    """Records of kind ``parent`` linked to records of ``other_kind`` by records of kind ``link``, whose field
    ``parent_field`` refers to the one and ``other_field`` to the other; ``own``: the link's own fields."""

    parent: str
    link: str
    parent_field: str
    other_field: str
    other_kind: str
    own: tuple[str, ...]
    shown: tuple[str, ...]
    title: str
    add: str
    row: str

    @property
    def other_label(self) -> str:
        """What the registry calls the field naming the record linked to ("Actor", "Victim"), untranslated."""
        return registry.kind(self.link).field(self.other_field).label


def relations(kind: str) -> tuple[Relation, ...]:
    """The relations a form for ``kind`` shows as tables, read from the registry (see the module)."""
    out: list[Relation] = []
    for (parent, link), words in _DECLARED.items():
        if parent != kind:
            continue
        fields = registry.kind(link).fields
        picks = [f for f in fields if f.widget is Widget.PICK]
        up = next(f for f in picks if f.ref == parent)
        [other] = [f for f in picks if f is not up]
        assert other.ref is not None
        own = tuple(
            f.name for f in fields if not f.system and f.widget is not Widget.PICK and f.name not in _NOT_IN_ROWS
        )
        out.append(
            Relation(parent, link, up.name, other.name, other.ref, own, words.shown, words.title, words.add, words.row)
        )
    return tuple(out)


def related_widget(
    ctx: StoreContext,
    case_id: uuid.UUID | None,
    kind: str,
    record_id: uuid.UUID | None,
    parent: QWidget | None = None,
    *,
    undo_stack: RecordUndoStack | None = None,
    create_inline: CreateInline | None = None,
) -> RelatedRecords | None:
    """The tables of records linked to a record of ``kind`` (new if ``record_id`` is None), for its form or a detail
    pane; None for a kind with none."""
    if case_id is None or not relations(kind):
        return None
    return RelatedRecords(ctx, case_id, kind, record_id, parent, undo_stack=undo_stack, create_inline=create_inline)


class RelatedRecords(QWidget):
    """The related-records tables of one record (see the module). ``tables`` holds one per relation."""

    edited = Signal()  # a row was added, removed, typed in or chosen from
    saved = Signal()  # links were written (or removed) in the store: what shows them may read them again

    def __init__(
        self,
        ctx: StoreContext,
        case_id: uuid.UUID,
        kind: str,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        undo_stack: RecordUndoStack | None = None,
        create_inline: CreateInline | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.kind = kind
        self.record_id = record_id
        self.undo_stack = undo_stack
        self.create_inline = create_inline
        self.vocab = VocabularyService(ctx)
        self.records = RecordService(ctx)
        self._loading = False
        self._lettered = False  # the Add buttons' mnemonics checked against the window's (when first shown)
        self.setObjectName(f"related_{kind}")
        self.tables = [RelatedTable(self, relation) for relation in relations(kind)]
        self.note = QLabel()
        self.note.setObjectName("related_note")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("related_error")
        colours.style(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for table in self.tables:
            layout.addWidget(table)
            table.edited.connect(self._edited)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self._show_mode()
        if record_id is not None:
            self.reload()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        if undo_stack is not None:
            undo_stack.changed.connect(self._undone)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._lettered:
            self._lettered = True
            self._claim_mnemonics()

    def _claim_mnemonics(self) -> None:
        """Keep each Add button's declared letter (Alt+P, Alt+V) unless the window uses it already (the main
        window's View menu, a detail pane's buttons): then the first letter of its text still free."""
        window = self.window()
        mine = [table.add_button for table in self.tables]
        texts = [b.text() for b in window.findChildren(QAbstractButton) if b not in mine]
        texts += [a.text() for bar in window.findChildren(QMenuBar) for a in bar.actions()]
        texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
        taken = {mnemonic_of(text) for text in texts} - {""}
        for button in mine:
            letter = mnemonic_of(button.text())
            if letter in taken:
                button.setText(with_mnemonic(button.text().replace("&", ""), taken))  # (declared: one "&")
            else:
                taken.add(letter)

    def _show_mode(self) -> None:
        what = kind_name(self.kind)
        self.note.setText(
            tr("Saved with the {kind}.").format(kind=what)
            if self.record_id is None
            else tr("A row is saved as soon as you leave it; Undo (Ctrl+Z in the main window) takes it back.")
        )

    def _edited(self) -> None:
        if not self._loading:
            self.error.hide()
            self.edited.emit()

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the form holding the tables, if any, so ``widget`` shows."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if isinstance(holder, QScrollArea):
            holder.ensureWidgetVisible(widget)

    # -- state ------------------------------------------------------------------------------------

    def rows(self) -> list[tuple[RelatedTable, Row]]:
        return [(table, row) for table in self.tables for row in table.rows]

    def is_changed(self) -> bool:
        """Whether a row holds something not saved."""
        return any(_unsaved(row) for _table, row in self.rows())

    def draft(self) -> dict[str, list[dict[str, Any]]]:
        """The rows holding something not saved, as typed, by link kind (JSON-ready: for the form's draft). A row
        names the saved link it changes, if any, and the name of a record "New …" offered for it."""
        out: dict[str, list[dict[str, Any]]] = {}
        for table in self.tables:
            rows = [row for row in table.rows if _unsaved(row)]
            out[table.relation.link] = [
                row.raw()
                | {
                    DRAFT_LINK: str(row.link_id) if row.link_id else None,
                    DRAFT_NEW: table.offered.get(row.other() or uuid.UUID(int=0)),
                }
                for row in rows
            ]
        return out

    def restore(self, draft: dict[str, Any]) -> None:
        """Put back the rows of a draft (see :meth:`draft`): a saved link's row takes the values typed in it, any
        other row is added; a record "New …" offered is offered again under the same id."""
        for table in self.tables:
            relation = table.relation
            for typed in draft.get(relation.link) or []:
                values = dict(typed)
                picked = as_id(values.get(relation.other_field))
                if picked is not None and values.get(DRAFT_NEW):
                    table.offered[picked] = str(values[DRAFT_NEW])
                    for shown in table.rows:
                        shown.picker.reload()
                values[relation.other_field] = picked
                link_id = as_id(values.get(DRAFT_LINK))
                saved = next((r for r in table.rows if link_id is not None and r.link_id == link_id), None)
                if saved is None:
                    table.add_row(values=values, focus=False)
                else:
                    saved.show(values)

    def reload(self) -> None:
        """Show the saved record's links as they are in the store (after opening it, a save, an undo)."""
        assert self.record_id is not None
        self._show_mode()  # a form made ahead (blank) shows its first record here
        self._loading = True
        try:
            for table in self.tables:
                relation = table.relation
                table.clear_rows()
                table.offered.clear()
                table.read_records()
                # The record's own links, read by the database (not every link of the case: 20,000 in a large one).
                for link in self.records.records(
                    relation.link, self.case_id, refer_to=(relation.parent_field, self.record_id)
                ):
                    other = getattr(link, relation.other_field)
                    values = {relation.other_field: other, **{n: getattr(link, n) for n in relation.own}}
                    values |= table.known.get(other, {})
                    row = table.add_row(values=values, focus=False)
                    _mark_saved(row, link.id)
        finally:
            self._loading = False

    # -- writing ----------------------------------------------------------------------------------

    def _row_writes(
        self, table: RelatedTable, row: Row, values: dict[str, Any], parent: uuid.UUID | Earlier, visibility: Any
    ) -> list[Write]:
        """What saving ``row`` writes: the record it names if "New …" offered it (or that record's fields typed in
        the row, if they changed), then the link."""
        relation = table.relation
        other = values[relation.other_field]
        shown = {name: values[name] for name in relation.shown}
        writes: list[Write] = []
        if other in table.offered:
            named = {KINDS[relation.other_kind].label_field: table.offered[other]}
            writes.append(Write(relation.other_kind, {"case_id": self.case_id, **named, **shown}, record_id=other))
        else:
            known = table.known.get(other, {})
            changed = {name: value for name, value in shown.items() if known.get(name) != value}
            if changed:
                writes.append(Write(relation.other_kind, changed, record_id=other, update=True))
        link = {relation.other_field: other, **{name: values[name] for name in relation.own}}
        if row.link_id is None:
            fields = {"case_id": self.case_id, relation.parent_field: parent, **link}
            if visibility is not None:
                fields["visibility"] = visibility
            writes.append(Write(relation.link, fields))
        else:
            saved = row.saved or {}
            changed = {name: value for name, value in link.items() if saved.get(name) != value}
            if changed:
                writes.append(Write(relation.link, changed, record_id=row.link_id, update=True))
        return writes

    def _checked_values(self, table: RelatedTable, row: Row) -> dict[str, Any]:
        """The row's values, or ValidationError in one line: a number it cannot read, no record chosen in a saved
        row, or the record another row of the table names already."""
        try:
            values = row.values()
        except ValidationError as err:
            raise ValidationError.single("", values_error(table, row, err)) from None
        other = values[table.relation.other_field]
        if other is None:
            message = tr("choose a {kind}, or remove the row with Ctrl+Delete").format(
                kind=kind_name(table.relation.other_kind)
            )
            raise ValidationError.single("", f"{table.row_name(row)}: {message}")
        twin = next((r for r in table.rows if r is not row and r.other() == other), None)
        if twin is not None and table.rows.index(twin) < table.rows.index(row):
            message = tr("{name} is named in {row} already; remove one of the rows").format(
                name=row.picker.currentText(), row=table.row_name(twin)
            )
            raise ValidationError.single("", f"{table.row_name(row)}: {message}")
        return values

    def _written(self, rows: list[tuple[RelatedTable, Row]]) -> None:
        """Rows saved: the records "New …" offered for them are in the store now, offered by their names."""
        for table, row in rows:
            table.offered.pop(row.other() or uuid.UUID(int=0), None)
        for table in self.tables:
            table.read_records()
        self.saved.emit()

    def create_with(self, fields: dict[str, Any]) -> uuid.UUID:
        """Create the record from ``fields`` with every row, in one unit of work; its id. ValidationError (nothing
        written): the record's own field errors, or one line naming the row that was refused."""
        assert self.record_id is None, "rows of a saved record are saved as they change"
        filled = [(table, row) for table, row in self.rows() if not row.is_empty()]
        writes = [Write(self.kind, fields)]
        owners: list[tuple[RelatedTable, Row] | None] = [None]
        for table, row in filled:
            values = self._checked_values(table, row)
            row_writes = self._row_writes(table, row, values, Earlier(0), fields.get("visibility"))
            writes += row_writes
            owners += [(table, row)] * len(row_writes)
        try:
            written = RelatedService(self.ctx).write(writes)
        except PartRefused as err:
            owner = owners[err.index]
            if owner is None:
                raise ValidationError(err.errors) from None  # the record's own fields: shown under them
            owner[1].picker.setFocus()
            self.ensure_visible(owner[1].picker)
            raise ValidationError.single("", values_error(*owner, err)) from None
        if self.undo_stack is not None:
            push_written(self.undo_stack, written, tr("create {kind}").format(kind=kind_name(self.kind)))
        self.record_id = written[0].record_id
        self._written(filled)
        self._show_mode()
        self.reload()
        return self.record_id

    def commit_row(self, table: RelatedTable, row: Row) -> None:
        """Save one row of a saved record (its link, and the record "New …" offered for it); ValidationError, or
        StoreError, if it cannot be, with nothing written."""
        assert self.record_id is not None
        if not _unsaved(row):
            return
        values = self._checked_values(table, row)
        visibility = self.records.get(self.kind, self.record_id).visibility
        writes = self._row_writes(table, row, values, self.record_id, visibility)
        try:
            written = RelatedService(self.ctx).write(writes)
        except PartRefused as err:
            raise ValidationError.single("", values_error(table, row, err)) from None
        if self.undo_stack is not None:
            noun = tr(table.relation.row).lower()
            text = tr("add {kind}").format(kind=noun) if row.link_id is None else tr("edit {kind}").format(kind=noun)
            push_written(self.undo_stack, written, text)
        link = next((w for w in written if w.kind == table.relation.link and w.created), None)
        self._written([(table, row)])
        _mark_saved(row, link.record_id if link is not None else row.link_id)

    def flush(self) -> None:
        """Save every row of a saved record that holds a change (the form is being saved); ValidationError naming
        the first row that cannot be saved (the rows before it are saved)."""
        if self.record_id is None:
            return
        for table, row in self.rows():
            try:
                self.commit_row(table, row)
            except (NotFound, StoreError) as err:
                raise ValidationError.single("", error_text(err)) from None
        self.error.hide()

    def remove_link(self, table: RelatedTable, row: Row) -> bool:
        """Delete a saved row's link (undoably); whether the row may go."""
        if row.link_id is None or self.record_id is None:
            return True
        kind = table.relation.link
        try:
            link = self.records.get(kind, row.link_id)
            values = {name: getattr(link, name) for name in editable_columns(KINDS[kind].model)}
            self.records.delete(kind, row.link_id)
        except (ValidationError, NotFound, StoreError) as err:
            self._say(error_text(err))
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(RemoveLink(self.undo_stack, kind, row.link_id, values))
        self.saved.emit()
        return True

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- when a row is saved ----------------------------------------------------------------------

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The keyboard left a row of a saved record: save the row (a message under the tables if it cannot be)."""
        if not shiboken6.isValid(self) or self.record_id is None or self._loading:
            return
        for table in self.tables:
            row = table.row_of(old)
            if row is not None and not row.contains(new):
                try:
                    self.commit_row(table, row)
                except (ValidationError, NotFound, StoreError) as err:
                    first = err.errors[0] if isinstance(err, ValidationError) and err.errors else None
                    self._say(field_message(first) if first is not None else error_text(err))

    def _undone(self, kind: str, _case_id: object) -> None:
        """An undo or redo changed records these tables show: show them as they are now, unless a row holds
        something not saved."""
        if not shiboken6.isValid(self) or self.record_id is None or self.is_changed():
            return
        shown = {self.kind, *(t.relation.link for t in self.tables), *(t.relation.other_kind for t in self.tables)}
        if kind in shown:
            try:
                self.reload()
            except (NotFound, StoreError):
                self.setEnabled(False)


def _unsaved(row: Row) -> bool:
    """Whether ``row`` holds something not saved: a change to a saved link, or a new row naming a record."""
    if row.link_id is None:
        return not row.is_empty()
    return row.raw() != row.saved_raw


def _mark_saved(row: Row, link_id: uuid.UUID | None) -> None:
    row.link_id = link_id
    row.saved = row.values()
    row.saved_raw = row.raw()
