"""How a table's cells are drawn in either direction of the interface (the case list and the record tables)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

FSI, PDI = "\u2068", "\u2069"  # Unicode's first-strong isolate and its end


class CellDelegate(QStyledItemDelegate):
    """Draws a cell of a right-to-left table as an isolate of its own direction (first strong letter): Qt shortens
    the text at its logical end, then lays it out right to left, which put the "…" of a cut Latin text on its left
    ("…Clashes betwe"); isolated, it stays on the right, where the text was cut. Only what is drawn (and measured,
    the marks have no width) is isolated: the model's text, its copies and tooltips have no marks."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and option.text:
            option.text = FSI + option.text + PDI
