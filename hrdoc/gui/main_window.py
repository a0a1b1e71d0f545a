"""The main window: the list of cases and a read-only view of the selected case.

A first version: the full workspace (editing, search, locking) builds on this.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc import __version__
from hrdoc.cli_render import render_case
from hrdoc.gui.case_table import CaseFilterProxy, CaseTableModel, Column, Role, status_label
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext


class MainWindow(QMainWindow):
    def __init__(self, ctx: StoreContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.cases = CaseService(ctx)
        self.setWindowTitle(self.tr("hrdoc — {0}").format(ctx.location.describe()))
        self.resize(1200, 720)

        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter cases by reference or title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ("open", "under_review", "closed", "archived"):
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(str(self.status_filter.currentData()))
        )

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in Column:
            mode = header.ResizeMode.Stretch if column is Column.TITLE else header.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(self._show_case)

        self.detail = QTextBrowser()
        self.detail.setObjectName("caseDetail")
        self.detail.setPlaceholderText(self.tr("Select a case to see its records."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._restore_state()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        find = QAction(self.tr("&Filter cases"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.filter_edit.setFocus())
        file_menu.addAction(find)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About hrdoc"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        summaries = self.cases.summaries()
        self.model.set_cases(summaries)
        self.statusBar().showMessage(
            self.tr("{0} case(s) · store: {1} · working as {2}").format(
                len(summaries), self.ctx.location.describe(), self.ctx.user
            )
        )
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _show_case(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        case_id = uuid.UUID(str(self.proxy.data(current, Role.CASE_ID)))
        # Protected identities stay masked here; revealing them is a deliberate, audited action.
        self.detail.setPlainText(render_case(self.cases.export(str(case_id))))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About hrdoc"),
            self.tr(
                "<b>hrdoc {0}</b><p>An offline case manager for human-rights investigators: incidents, "
                "allegations, witnesses, sources and evidence, kept encrypted on this computer.</p>"
            ).format(__version__),
        )

    def _restore_state(self) -> None:
        settings = QSettings("hrdoc", "hrdoc")
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings("hrdoc", "hrdoc")
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        super().closeEvent(event)
