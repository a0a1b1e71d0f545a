"""The case list beside the workspace: a filter, a status filter, and the cases, as narrow as a laptop needs.

The list shows each case's reference, title and number of incidents; its status and last change are in each
row's tooltip and one right-click away (the header's menu shows or hides any column, remembered across
restarts). The title takes what is left of the list's width; a title cut short ends with "…" and the tooltip
holds it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.i18n import tr
from hrdoc.gui.models.case_table import CaseFilterProxy, CaseTableModel, Column, status_label
from hrdoc.gui.models.cells import CellDelegate

COLUMNS_KEY = "window/caseListColumns"  # QSettings: the list's header (which columns show, their order)
# In each row's tooltip; the status filter is above the list. The incident count too: on a 1280-pixel laptop its
# header would take the room a title needs to show whole in a quarter of the window.
HIDDEN_AT_FIRST = (Column.STATUS, Column.INCIDENTS, Column.UPDATED)
TITLE_CHARACTERS = 24  # how much of a title the list's preferred width leaves room for


class CaseList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("caseFilter")
        self.filter_edit.setPlaceholderText(tr("Filter cases"))
        self.filter_edit.setAccessibleName(tr("Filter cases"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("caseStatusFilter")
        self.status_filter.setAccessibleName(tr("Show cases of status"))
        self.status_filter.addItem(tr("All statuses"), "")
        for status in ("open", "under_review", "closed", "archived"):
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(str(self.status_filter.currentData()))
        )

        self.table = QTableView()
        self.table.setObjectName("caseList")
        self.table.setAccessibleName(tr("Cases"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegate(CellDelegate(self.table))  # a cut title's "…" where it was cut, in Arabic too
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in Column:
            mode = QHeaderView.ResizeMode.Stretch if column is Column.TITLE else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        for column in HIDDEN_AT_FIRST:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.viewport().installEventFilter(self)

        self.layout_ = layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_filter)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    # -- width ------------------------------------------------------------------------------------------------

    def preferred_width(self) -> int:
        """Wide enough for the shown columns whole and a title of about :data:`TITLE_CHARACTERS` characters."""
        header = self.table.horizontalHeader()
        others = sum(
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in Column
            if c is not Column.TITLE and not header.isSectionHidden(c)
        )
        title = self.table.fontMetrics().averageCharWidth() * TITLE_CHARACTERS
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        margins = self.layout_.contentsMargins()
        return others + title + frame + margins.left() + margins.right()

    # -- columns shown ----------------------------------------------------------------------------------------

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column is Column.TITLE:
                continue  # the list is of titles: that one always shows
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def save_columns(self, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(COLUMNS_KEY, self.table.horizontalHeader().saveState())

    def restore_columns(self, settings: QSettings | None = None) -> None:
        state = (settings or QSettings()).value(COLUMNS_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)

    # -- tooltips ---------------------------------------------------------------------------------------------

    def row_tip(self, row: int) -> str:
        """A case in full: its title, then every column the list does not show or shows cut."""
        header = self.table.horizontalHeader()

        def cell(column: Column) -> str:
            return str(self.proxy.index(row, column).data() or "")

        lines = [f"{cell(Column.REFERENCE)} — {cell(Column.TITLE)}"]
        for column in (Column.STATUS, Column.INCIDENTS, Column.UPDATED):
            value = cell(column)
            if value and (header.isSectionHidden(column) or column is Column.INCIDENTS):
                lines.append(f"{self.model.headerData(column, Qt.Orientation.Horizontal)}: {value}")
        return "\n".join(lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.table.indexAt(event.pos())
            if index.isValid():
                QToolTip.showText(event.globalPos(), self.row_tip(index.row()), self.table.viewport())
            else:
                QToolTip.hideText()
            return True
        return False
