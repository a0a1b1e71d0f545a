"""The list of the case's evidence files: one row per vault item, with what it is filed under."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.gui.evidence.common import (
    human_size,
    short_hash,
    tr,
    utc_text,
)
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.models.record_table import ColumnSpec, Index, RecordTableModel
from hrdoc.gui.workspace.page import TablePage
from hrdoc.services.cases import RecordRow
from hrdoc.services.evidence.sniff import describe_mime


class Column:
    NAME, TYPE, SIZE, SHA, FILED, ACQUIRED, BY, KEPT, COPY_OF = range(9)


class EvidenceTableModel(RecordTableModel):
    """Rows are evidence records; sizes shown in words, full hashes and names as tooltips."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        record = self.record(index.row())
        if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.SIZE:
            return human_size(record.get("size"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == Column.SHA:
                return tr("SHA-256 recorded at intake: {0}").format(record.get("sha256"))
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class EvidenceTable(TablePage):
    """The list of the case's evidence files. Double-click or Enter previews; New / Edit / Delete are routed
    by the workspace to Add files, Edit details and Remove."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        self.names = names
        columns = [
            ColumnSpec(tr("Name"), lambda r: r["original_filename"]),
            ColumnSpec(tr("Type"), lambda r: describe_mime(r["mime_type"])),
            ColumnSpec(tr("Size"), lambda r: r["size"], align_right=True),
            ColumnSpec(tr("SHA-256"), lambda r: short_hash(r.get("sha256"))),
            ColumnSpec(tr("Filed under"), self.filed_under),
            ColumnSpec(tr("Acquired"), lambda r: utc_text(r.get("acquired_at"))),
            ColumnSpec(tr("By"), lambda r: r.get("acquired_by") or ""),
            ColumnSpec(tr("Kept"), lambda r: tr("in the vault") if r.get("in_vault") else tr("elsewhere")),
            ColumnSpec(tr("Working copy of"), lambda r: names.get(r.get("original_id") or "", "")),
        ]
        super().__init__(tr("Evidence files"), "evidence_files", columns, parent, kind=Kind.EVIDENCE)
        self.table.setObjectName("evidenceTable")
        old = self.model
        self.model = EvidenceTableModel(columns, self)
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.hide()  # the page's toolbar has the evidence actions
        self.preview: Callable[[], object] = lambda: None

    def filed_under(self, record: RecordRow) -> str:
        kind, target = record.get("attached_kind") or "", record.get("attached_id")
        if not kind or not target:
            return tr("Case")
        label = self.names.get(str(target))
        return f"{kind_name(kind).capitalize()}: {label}" if label else tr("{0} (deleted)").format(kind_name(kind))

    def request_edit(self) -> None:
        self._touch()
        self.preview()
