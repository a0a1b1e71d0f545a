"""The two views of the Conflicts dialog (:mod:`hrdoc.gui.exchange.conflicts`): the list of a case's open
conflicts, and one conflict side by side, field by field, with the fields that differ highlighted.

A conflict is shown whole: the record's own fields, then its parts (a witness's consent and protected identity,
an account's versions) and the records that go with it (deleted with it on one side, or coming back with it).
A protected identity reads "[protected]" until it is revealed (an audited action of the dialog).
"""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hrdoc.domain import countries, registry
from hrdoc.domain.registry import Widget
from hrdoc.gui import colours
from hrdoc.gui.exchange.common import utc_text
from hrdoc.gui.forms.specs import FieldType, choice_label, field_specs, field_text, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.cases import RecordRow
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.exchange.conflicts import ConflictView, Related
from hrdoc.services.exchange.parts import PartDef, parts_of
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS
from hrdoc.services.serialize import MASK
from hrdoc.services.vocab import VocabularyService

_ROOT = QModelIndex()
# Bookkeeping columns: the same on both sides or meaningless to a reader.
HIDDEN_FIELDS = frozenset({"id", "case_id", "version", "created_at", "lineage"})
# The row that lists the records going with the one in conflict.
WITH_ROW = "__with__"


def state_of(conflict: ConflictView) -> str:
    """``both`` (changed on both sides), ``deleted_here`` or ``deleted_there``."""
    if conflict.local is None:
        return "deleted_here"
    if conflict.incoming is None:
        return "deleted_there"
    return "both"


_BY_LOCALE = (Widget.DATE, Widget.DATETIME, Widget.INT, Widget.FLOAT)


def state_text(state: str) -> str:
    return {
        "both": tr("changed on both sides"),
        "deleted_here": tr("deleted here, changed there"),
        "deleted_there": tr("changed here, deleted there"),
    }[state]


# -- the list of conflicts ------------------------------------------------------------------------------


class Column(IntEnum):
    KIND = 0
    RECORD = 1
    STATE = 2
    ORIGIN = 3
    DETECTED = 4


class Role(IntEnum):
    CONFLICT_ID = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2


class ConflictListModel(QAbstractTableModel):
    """The open conflicts of a case, one a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictView] = []

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> ConflictView:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                Column.KIND: tr("Kind"),
                Column.RECORD: tr("Record"),
                Column.STATE: tr("What happened"),
                Column.ORIGIN: tr("Other version from"),
                Column.DETECTED: tr("Found"),
            }.get(Column(section))
            if 0 <= section < len(Column)
            else None
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        conflict = self._rows[index.row()]
        column = Column(index.column())
        if role == Role.CONFLICT_ID:
            return str(conflict.id)
        if role == Role.SORT:
            return conflict.detected_at if column is Column.DETECTED else self._text(conflict, column).lower()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(conflict, column)
        return None

    @staticmethod
    def _text(conflict: ConflictView, column: Column) -> str:
        if column is Column.KIND:
            return kind_name(conflict.kind).capitalize()
        if column is Column.RECORD:
            return conflict.label
        if column is Column.STATE:
            return state_text(state_of(conflict))
        if column is Column.ORIGIN:
            return conflict.origin
        return utc_text(conflict.detected_at)


# -- one conflict, side by side ---------------------------------------------------------------------------


class Comparison(QTableWidget):
    """Field | this laptop | the other version; the fields that differ first, highlighted."""

    def __init__(self, ctx: StoreContext, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.ctx = ctx
        self.names = dict(names)
        self._terms: dict[str, dict[str, str]] = {}
        self.setObjectName("comparison")
        self.setHorizontalHeaderLabels([tr("Field"), tr("This laptop"), tr("Other version")])
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Long texts wrap: their rows grow or shrink with the columns' width.
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.differing: list[str] = []

    def show_conflict(self, conflict: ConflictView | None) -> None:
        self.setRowCount(0)
        self.differing = []
        here, there = tr("This laptop"), tr("Other version")
        if conflict is not None:
            here += tr(" — deleted") if conflict.local is None else ""
            there += tr(" — deleted") if conflict.incoming is None else ""
        self.setHorizontalHeaderLabels([tr("Field"), here, there])
        if conflict is None:
            return
        local, incoming = conflict.local, conflict.incoming
        self.differing = conflict.differing_fields()
        labels, choices = self._fields(conflict.kind)
        present = [k for k in (local or incoming or {}) if k not in HIDDEN_FIELDS]
        # The form's order; what differs first, then when each side was saved, then what is the same.
        in_order = [k for k in labels if k in present] + [k for k in present if k not in labels]
        order = [k for k in in_order if k in self.differing]
        order += ["updated_at"] if "updated_at" in present else []
        order += [k for k in in_order if k not in order]
        for name in order:
            self._add_row(
                name,
                labels.get(name) or _field_label(name),
                self._value(conflict.kind, name, local, choices),
                self._value(conflict.kind, name, incoming, choices),
                name in self.differing,
                deleted_here=local is None,
                deleted_there=incoming is None,
            )
        for part in parts_of(conflict.kind):
            self._add_part(conflict, part, labels, choices)
        self._add_related(conflict)
        self.resizeRowsToContents()

    def _add_part(self, conflict: ConflictView, part: PartDef, labels: dict[str, str], choices: set[str]) -> None:
        """The rows of one part of the record: each field of a consent or an identity, or an account's versions."""
        if part.kind not in conflict.local_parts and part.kind not in conflict.incoming_parts:
            return
        here, there = conflict.local_parts.get(part.kind), conflict.incoming_parts.get(part.kind)
        deleted = {"deleted_here": conflict.local is None, "deleted_there": conflict.incoming is None}
        if part.many:
            self._add_row(
                part.kind,
                tr("Versions"),
                _versions_text(here),
                _versions_text(there),
                part.kind in self.differing,
                **deleted,
            )
            return
        names = [f.name for f in _part_fields(part)]
        for name in names:
            key = f"{part.kind}.{name}"
            self._add_row(
                key,
                labels.get(name) or _field_label(name),
                self._part_value(part, name, here, choices),
                self._part_value(part, name, there, choices),
                key in self.differing,
                **deleted,
            )

    def _part_value(self, part: PartDef, name: str, row: dict[str, Any] | None, choices: set[str]) -> str:
        if row is None:
            return tr("(none recorded)")
        if row.get(name) == MASK:
            return tr("[protected — reveal to see]")
        return self._value(part.owner, name, row, choices)

    def _add_related(self, conflict: ConflictView) -> None:
        """The records that go with it: what depends on it here, and what the other side deleted with it (or
        what comes back with it)."""
        if not conflict.local_with and not conflict.incoming_with:
            return
        if conflict.incoming is None:
            label = tr("Deleted with it")
        elif conflict.local is None:
            label = tr("Comes back with it")
        else:
            label = tr("Goes with it")
        self._add_row(
            WITH_ROW,
            label,
            _related_text(conflict.local_with),
            _related_text(conflict.incoming_with),
            False,
            deleted_here=False,
            deleted_there=False,
        )

    def _fields(self, kind: str) -> tuple[dict[str, str], set[str]]:
        """The form's label of each field, in the form's order, and which fields hold a choice."""
        labels: dict[str, str] = {}
        choices: set[str] = set()
        try:
            specs = field_specs(kind)
        except NotFound:
            specs = []
        for spec in specs:
            labels[spec.name] = spec.label
            if spec.input is FieldType.CHOICE:
                choices.add(spec.name)
        labels |= {"updated_at": tr("Last saved"), "created_by": tr("Created by")}
        return labels, choices

    def _value(self, kind: str, name: str, record: RecordRow | None, choices: set[str]) -> str:
        """A field's value in words: choices and vocabulary terms by their labels, references by name."""
        if record is None:
            return ""
        value = record.get(name)
        if value is None or value == "" or value == []:
            return "—"
        if name == "updated_at":
            return utc_text(str(value))
        if isinstance(value, bool):
            return tr("yes") if value else tr("no")
        if isinstance(value, list):
            return "\n".join(str(v) for v in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        text = str(value)
        spec = KINDS.get(kind)
        if spec is not None and name in spec.refs:
            return self._reference(spec.refs[name], text)
        if spec is not None and name in spec.vocab:
            return self._term(spec.vocab[name], text)
        if name in choices:
            return choice_label(text)
        declared = registry.KINDS.get(kind)
        widget = declared.field(name).widget if declared is not None and name in declared.names else None
        if widget is Widget.COUNTRY:
            return countries.label(text, interface_language())
        if widget in _BY_LOCALE:  # a date, a moment or a number as the interface's language writes it
            return str(field_text(kind, name)(record))
        return text

    def _term(self, vocabulary: str, code: str) -> str:
        if vocabulary not in self._terms:
            self._terms[vocabulary] = VocabularyService(self.ctx).labels(vocabulary, language=interface_language())
        return self._terms[vocabulary].get(code, code)

    def _reference(self, kind: str, record_id: str) -> str:
        """The name of the record a field refers to (it may be missing here: say so)."""
        if record_id in self.names:
            return self.names[record_id]
        try:
            record = RecordService(self.ctx).get(kind, record_id)
        except (NotFound, ValueError):
            return tr("{record} (not in this store)").format(record=record_id)
        spec = KINDS[kind]
        label = str(getattr(record, spec.label_field, "") or record_id)
        if spec.label_field in spec.vocab:
            label = self._term(spec.vocab[spec.label_field], label)
        self.names[record_id] = label
        return label

    def _add_row(
        self,
        name: str,
        label: str,
        here: str,
        there: str,
        differs: bool,
        *,
        deleted_here: bool,
        deleted_there: bool,
    ) -> None:
        row = self.rowCount()
        self.insertRow(row)
        field_item = QTableWidgetItem(label)
        field_item.setData(Qt.ItemDataRole.UserRole, name)
        cells = [field_item]
        for text, deleted in ((here, deleted_here), (there, deleted_there)):
            item = QTableWidgetItem(tr("(deleted)") if deleted else text)
            if deleted:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QBrush(colours.secondary()))
            cells.append(item)
        if differs:
            tint = colours.tint("differs")  # amber, with the palette's text made readable on it
            for item in cells:
                item.setBackground(QBrush(tint.background))
                item.setForeground(QBrush(tint.text))
                item.setToolTip(tr("Differs between the two versions"))
            font = QFont(field_item.font())
            font.setBold(True)
            field_item.setFont(font)
        for column, item in enumerate(cells):
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str, str, bool]]:
        """(field name, this laptop, other version, differs) for every row shown."""
        out = []
        for row in range(self.rowCount()):
            field_item, here, there = (self.item(row, column) for column in range(3))
            assert field_item is not None and here is not None and there is not None
            name = str(field_item.data(Qt.ItemDataRole.UserRole))
            out.append((name, here.text(), there.text(), name in self.differing))
        return out


def _part_fields(part: PartDef) -> list[Any]:
    """A part's fields that a person reads (its owner key left out), in the registry's order."""
    return [f for f in registry.kind(part.kind).fields if f.name != part.key]


def _versions_text(rows: Any) -> str:
    """An account's versions, one a line: number, correction note, and the start of what the witness said."""
    if not rows:
        return "—"
    lines = []
    for row in rows:
        said = str(row.get("narrative") or "\n".join(row.get("key_quotes") or [])).strip().splitlines()
        text = f"{row.get('version')}. " + (said[0][:120] if said else "—")
        if row.get("correction_note"):
            text += f" ({row['correction_note']})"
        lines.append(text)
    return "\n".join(lines)


def _related_text(related: tuple[Related, ...]) -> str:
    if not related:
        return "—"
    return "\n".join(f"{kind_name(r.kind).capitalize()}: {r.label}" for r in related)


def _field_label(name: str) -> str:
    return tr(name.removesuffix("_id").replace("_", " ").capitalize())
