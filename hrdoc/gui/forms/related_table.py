"""One table of records linked to a record (an allegation's alleged perpetrators, say), a row per link, entered
from the keyboard: the rows and their fields, for :class:`~hrdoc.gui.forms.related.RelatedRecords`.

A row is a picker of the record linked to (an actor, a victim: found by typing, and made from what is typed with
"New …"), the link's own fields (a perpetrator's degree of involvement) and the fields of the record linked to
that are worth typing with it (a victim's kind and count). "Add …" (with its mnemonic) or Insert in a row adds a
row and puts the keyboard in its picker; Ctrl+Delete removes the row the keyboard is in; Tab goes through the cells
in reading order. Every field is named for screen readers by its registry label and its row's number.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from hrdoc.domain.validation import ValidationError
from hrdoc.gui.errors_text import field_message
from hrdoc.gui.forms.adopt import adoptable_options
from hrdoc.gui.forms.fields import change_signals, field_options, make_widget, raw_values, read_value, show_value
from hrdoc.gui.forms.picker import Choice, Creatable, RecordPicker, other_names
from hrdoc.gui.forms.specs import FieldSpec, _message, field_specs, kind_name, record_options
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import guard_wheels
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS, column_defaults

if TYPE_CHECKING:
    from hrdoc.gui.forms.related import RelatedRecords, Relation


class Row:
    """One link of the table: its widgets, and — once saved — the link's id and the values it was saved with."""

    def __init__(self, table: RelatedTable) -> None:
        self.table = table
        relation = table.relation
        self.picker = RecordPicker(
            table.choices,
            creatable=[Creatable(relation.other_kind, lambda rid: rid)],
            create_inline=table.create_inline,
            what=kind_name(relation.other_kind),
        )
        self.picker.setObjectName(f"related_{relation.other_field}")
        self.fields: dict[str, QWidget] = {}
        for spec in (*table.own_specs, *table.shown_specs):
            widget = make_widget(spec, table.options, masked=False)
            widget.setObjectName(f"related_{spec.name}")
            self.fields[spec.name] = widget
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setObjectName("related_remove")
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard removes a row with Ctrl+Delete
        self.remove.setAutoRaise(True)
        self.remove.clicked.connect(lambda: table.remove_row(self))
        self.link_id: uuid.UUID | None = None
        self.saved: dict[str, Any] | None = None  # the values the link was last saved with (a saved link)
        self.saved_raw: dict[str, Any] | None = None  # and what the row held then, as typed
        self.show(table.defaults)
        self.picker.currentIndexChanged.connect(lambda _i: self._picked())

    def widgets(self) -> list[QWidget]:
        """The row's fields in the order Tab visits them."""
        return [self.picker, *self.fields.values()]

    def contains(self, widget: QWidget | None) -> bool:
        return widget is not None and any(w is widget or w.isAncestorOf(widget) for w in self.widgets())

    def show(self, values: dict[str, Any]) -> None:
        """Put ``values`` (by field name: the record linked to, the link's fields, its record's fields) in the row."""
        relation = self.table.relation
        if relation.other_field in values:
            self.picker.blockSignals(True)
            self.picker.choose(values[relation.other_field])
            self.picker.blockSignals(False)
        for spec in (*self.table.own_specs, *self.table.shown_specs):
            if spec.name in values:
                show_value(self.fields[spec.name], spec, values[spec.name], lambda: None)

    def other(self) -> uuid.UUID | None:
        """The record linked to (saved, or offered by "New …" and made when the row is saved), or None."""
        value = self.picker.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def values(self) -> dict[str, Any]:
        """The row's values by field name; ValidationError for a number that cannot be read."""
        out: dict[str, Any] = {self.table.relation.other_field: self.other()}
        for spec in (*self.table.own_specs, *self.table.shown_specs):
            out[spec.name] = read_value(self.fields[spec.name], spec)
        return out

    def raw(self) -> dict[str, Any]:
        """What the row holds as typed (JSON-ready, unvalidated)."""
        return raw_values({self.table.relation.other_field: self.picker, **self.fields})

    def is_empty(self) -> bool:
        return self.link_id is None and self.other() is None

    def _picked(self) -> None:
        """A record picked: its fields shown in the row are its own (a pending one keeps what the row holds)."""
        other = self.other()
        known = self.table.known.get(other) if other is not None else None
        if known is not None:
            self.show({name: known[name] for name in self.table.relation.shown})
        self.table.edited.emit()


class RelatedTable(QWidget):
    """The links of one relation of a record, as rows (see the module)."""

    edited = Signal()

    def __init__(self, host: RelatedRecords, relation: Relation) -> None:
        super().__init__()
        self.host = host
        self.relation = relation
        self.setObjectName(f"related_{relation.link}")
        self.own_specs = _specs(relation.link, relation.own)
        self.shown_specs = _specs(relation.other_kind, relation.shown)
        self.defaults: dict[str, Any] = column_defaults(KINDS[relation.link].model) | {
            k: v for k, v in column_defaults(KINDS[relation.other_kind].model).items() if k in relation.shown
        }
        self.rows: list[Row] = []
        self.offered: dict[uuid.UUID, str] = {}  # records "New …" offered, made when their row is saved: id → name
        self.known: dict[uuid.UUID, dict[str, Any]] = {}  # the case's records of the kind linked to: their fields
        self._options: list[Choice] = []
        self.title = QLabel(tr(relation.title))
        self.title.setObjectName("related_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.add_button = QPushButton(tr(relation.add))
        self.add_button.setObjectName(f"add_{relation.link}")
        self.add_button.setToolTip(tr("Add a row (Insert in a row); Ctrl+Delete removes the row you are in"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.add_button.installEventFilter(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.add_button)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.headers = [QLabel(tr(relation.other_label)), *(QLabel(s.label) for s in self.own_specs + self.shown_specs)]
        for column, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, column)
            self.grid.setColumnStretch(column, 3 if column == 0 else 1)
        self.empty = QLabel(tr("None yet."))
        self.empty.setObjectName("related_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        self.read_records()
        self._relayout()

    # -- what the pickers offer -------------------------------------------------------------------

    def read_records(self) -> None:
        """Read the case's records of the kind linked to again (after a save, an undo, a record made)."""
        kind, ctx, case_id = self.relation.other_kind, self.host.ctx, self.host.case_id
        names = other_names(ctx, kind, case_id)
        self._options = [Choice(label, rid, names.get(rid, ())) for label, rid in record_options(ctx, kind, case_id)]
        self._options += [Choice(*entry) for entry in adoptable_options(ctx, kind, case_id, then=self.read_records)]
        self.known = {
            r.id: {name: getattr(r, name) for name in self.relation.shown}
            for r in RecordService(ctx).records(kind, case_id)
        }
        for row in self.rows:
            row.picker.reload()

    def choices(self) -> list[Choice]:
        offered = [Choice(tr("{name} (new)").format(name=name), rid) for rid, name in self.offered.items()]
        return [Choice(tr("— choose —"), None), *self._options, *offered]

    def options(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        kind = self.relation.link if spec in self.own_specs else self.relation.other_kind
        return field_options(spec, kind, self.host.ctx, self.host.case_id, self.host.vocab)

    def create_inline(self, kind: str, typed: str) -> uuid.UUID | None:
        """ "New …" in a row's picker: the record is offered under a new id and made when the row is saved, named by
        what was typed; with nothing typed, its own form opens (when the form embedding this one offers it)."""
        name = typed.strip()
        if not name:
            made = self.host.create_inline(kind, typed) if self.host.create_inline is not None else None
            if made is not None:
                self.read_records()
            return made
        rid = uuid.uuid4()
        self.offered[rid] = name
        return rid

    # -- rows -------------------------------------------------------------------------------------

    def add_row(self, after: Row | None = None, values: dict[str, Any] | None = None, *, focus: bool = True) -> Row:
        row = Row(self)
        if values is not None:
            row.show(values)
        self.rows.insert(self.rows.index(after) + 1 if after in self.rows else len(self.rows), row)
        for widget in row.widgets():
            widget.installEventFilter(self)
            for signal in change_signals(widget):
                signal.connect(lambda *_args: self.edited.emit())
        guard_wheels(self)
        self._relayout()
        if focus:
            row.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.host.ensure_visible(row.picker)
        self.edited.emit()
        return row

    def remove_row(self, row: Row) -> None:
        """Remove ``row``: a saved link is deleted (undoably) at once by the host; a row not yet saved just goes."""
        if row not in self.rows or not self.host.remove_link(self, row):
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        for widget in (*row.widgets(), row.remove):
            widget.hide()
            widget.deleteLater()
        self._relayout()
        following = self.rows[min(index, len(self.rows) - 1)].picker if self.rows else self.add_button
        following.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edited.emit()

    def clear_rows(self) -> None:
        for row in self.rows:
            for widget in (*row.widgets(), row.remove):
                widget.hide()
                widget.deleteLater()
        self.rows = []
        self._relayout()

    def _relayout(self) -> None:
        """Lay the rows out in order, number them (for screen readers and messages), and make Tab visit the
        cells row by row, after the Add button."""
        for number, row in enumerate(self.rows, start=1):
            cells = [*row.widgets(), row.remove]
            for column, widget in enumerate(cells):
                self.grid.addWidget(widget, number, column)
                widget.show()
            row.picker.setAccessibleName(f"{tr(self.relation.other_label)} {number}")
            for spec in (*self.own_specs, *self.shown_specs):
                row.fields[spec.name].setAccessibleName(f"{spec.label} {number}")
            row.remove.setAccessibleName(
                tr("Remove {row} {number}").format(row=tr(self.relation.row).lower(), number=number)
            )
            row.remove.setToolTip(tr("Remove this row (Ctrl+Delete)"))
        for header in self.headers:
            header.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        previous: QWidget = self.add_button
        for row in self.rows:
            for widget in row.widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def row_name(self, row: Row) -> str:
        """A row as messages name it: "Victim 2"."""
        return f"{tr(self.relation.row)} {self.rows.index(row) + 1}"

    def row_of(self, widget: QWidget | None) -> Row | None:
        return next((row for row in self.rows if row.contains(widget)), None)

    # -- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        row = self.row_of(watched) if isinstance(watched, QWidget) else None
        if event.key() == Qt.Key.Key_Insert and modifiers == Qt.KeyboardModifier.NoModifier:
            self.add_row(after=row)
            return True
        if event.key() == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier and row is not None:
            self.remove_row(row)
            return True
        return False


def _specs(kind: str, names: tuple[str, ...]) -> list[FieldSpec]:
    """The form specs of ``names`` among the fields of ``kind``, in that order (labels, choices, hints)."""
    by_name = {s.name: s for s in field_specs(kind)}
    return [by_name[name] for name in names]


def values_error(table: RelatedTable, row: Row, error: ValidationError) -> str:
    """A row's error in one line: "Victim 2: Count (best estimate) is not a whole number"."""
    labels = {s.name: s.label for s in (*table.own_specs, *table.shown_specs)}
    labels[table.relation.other_field] = tr(table.relation.other_label)
    parts = [
        _message(labels[e.field], field_message(e)) if e.field in labels else field_message(e) for e in error.errors
    ]
    return f"{table.row_name(row)}: {'; '.join(parts)}"
