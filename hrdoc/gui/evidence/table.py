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
from hrdoc.gui.evidence.common import human_size, mime_text, short_hash, utc_text
from hrdoc.gui.forms.specs import kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.models.record_table import Index, RecordTableModel
from hrdoc.gui.workspace.page import TablePage, field_column
from hrdoc.services.cases import RecordRow
from hrdoc.services.record_keys import Key


class Column:
    NAME, TYPE, SIZE, SHA, FILED, ACQUIRED, BY, KEPT, COPY_OF = range(9)


class EvidenceTableModel(RecordTableModel):
    """Rows are evidence records; sizes shown in words, full hashes and names as tooltips."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        record = self.held(index.row())  # None while its page is read off the GUI thread: "…"
        if record is None:
            return super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.SIZE:
            return human_size(record.get("size"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == Column.SHA:
                return tr("SHA-256 recorded at intake: {sha256}").format(sha256=record.get("sha256"))
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class EvidenceTable(TablePage):
    """The list of the case's evidence files. Double-click or Enter previews; New / Edit / Delete are routed
    by the workspace to Add files, Edit details and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        evidence = Kind.EVIDENCE
        columns = [
            field_column(evidence, "original_filename"),
            field_column(evidence, "mime_type", lambda r: mime_text(r["mime_type"])),
            field_column(evidence, "size", align_right=True),
            field_column(evidence, "sha256", lambda r: short_hash(r.get("sha256"))),
            field_column(evidence, "attached_id", self.filed_under, keys=(Key.of("attached_kind"),)),
            field_column(evidence, "acquired_at", lambda r: utc_text(r.get("acquired_at"))),
            field_column(evidence, "acquired_by", lambda r: r.get("acquired_by") or ""),
            field_column(evidence, "in_vault", lambda r: tr("yes") if r.get("in_vault") else tr("no")),
            field_column(evidence, "original_id"),
        ]
        super().__init__(
            tr("Evidence files"), "evidence_files", columns, parent, kind=Kind.EVIDENCE, model=EvidenceTableModel
        )
        self.table.setObjectName("evidenceTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.hide()  # the page's toolbar has the evidence actions
        self.preview: Callable[[], object] = lambda: None

    def filed_under(self, record: RecordRow) -> str:
        kind, target = record.get("attached_kind") or "", record.get("attached_id")
        if not kind or not target:
            return tr("Case")
        label = record.get("_names", {}).get("attached_id")
        return (
            f"{kind_name(kind).capitalize()}: {label}" if label else tr("{kind} (deleted)").format(kind=kind_name(kind))
        )

    def request_edit(self) -> None:
        self._touch()
        self.preview()
