"""Table cells in Arabic and French as a reader sees them (issue 16, point 3/4): a cut Latin text ends with its "…"
where it was cut, the audit log's short columns whole, and times by the locale.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

from hrdoc.domain.validation import ValidationError, check_incident, check_victim
from hrdoc.gui import i18n
from hrdoc.gui.errors_text import field_message
from hrdoc.gui.exchange.conflict_views import Column, ConflictListModel
from hrdoc.gui.exchange.import_dialog import ImportConfirmDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.models.cells import FSI, PDI, CellDelegate
from hrdoc.gui.workspace.columns import cut, fit_columns
from hrdoc.gui.workspace.pages import AuditPage
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.bundles import BundleInfo
from hrdoc.services.exchange.conflicts import ConflictView

pytestmark = pytest.mark.gui

TITLE = "Clashes between armed groups in the northern districts"


def test_a_cut_latin_cell_in_arabic_ends_with_its_ellipsis(qtbot, qapp: QApplication) -> None:
    installed = i18n.install(qapp, "ar")
    try:
        view = QTableView()
        qtbot.addWidget(view)
        model = QStandardItemModel(1, 2, view)
        model.setItem(0, 0, QStandardItem(TITLE))
        model.setItem(0, 1, QStandardItem("اشتباكات بين الجماعات المسلحة"))
        view.setModel(model)
        fit_columns(view)
        assert isinstance(view.itemDelegate(), CellDelegate)
        view.setColumnWidth(0, 90)
        view.show()
        assert cut(view, 0, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        view.itemDelegate().initStyleOption(option, model.index(0, 0))
        assert option.direction == Qt.LayoutDirection.RightToLeft
        assert option.text == FSI + TITLE + PDI  # drawn in its own direction, left to right
        # Qt shortens at the text's logical end: the "…" stays inside the left-to-right isolate, on the right.
        shown = option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight, 80)
        assert shown.startswith(FSI + "Clash") and shown.endswith("…" + PDI)
        assert model.index(0, 0).data() == TITLE  # what is copied or exported has no marks
    finally:
        installed.remove()


def test_the_audit_logs_times_and_accounts_are_whole_in_arabic(
    qtbot, demo_ctx: StoreContext, qapp: QApplication
) -> None:
    installed = i18n.install(qapp, "ar")
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
            window.show()
            window.refresh()
        audit = window.workspace.go_to(AuditPage)
        model = audit.table.model()
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5_000)
        QApplication.processEvents()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        rows = range(min(model.rowCount(), 20))
        for header in (i18n.tr("When (UTC)"), i18n.tr("Who")):
            col = headers.index(header)
            qtbot.waitUntil(lambda col=col: not any(cut(audit.table, r, col) for r in rows), timeout=2_000)
    finally:
        installed.remove()


def test_the_conflicts_and_import_dialogs_write_times_in_french(qtbot, qapp: QApplication) -> None:
    installed = i18n.install(qapp, "fr")
    try:
        model = ConflictListModel()
        conflict = ConflictView(
            uuid.uuid4(), "incident", uuid.uuid4(), "Attaque", {}, {}, "terrain", "2026-12-03T19:05:00Z"
        )
        model.set_conflicts([conflict])
        assert model.index(0, Column.DETECTED).data() == "3 décembre 2026 19:05 UTC"
        manifest = {
            "case": {"reference": "ML-2025-004"},
            "audience": "partners",
            "exported_at": "2026-12-03T19:05:00+00:00",
        }
        dialog = ImportConfirmDialog(BundleInfo(Path("copie.hrdoc"), True, manifest), known_here=False)
        qtbot.addWidget(dialog)
        assert dialog.values[i18n.tr("Exported on")] == "3 décembre 2026 19:05 UTC"
    finally:
        installed.remove()


def test_form_messages_write_days_and_estimates_in_french(qapp: QApplication) -> None:
    with pytest.raises(ValidationError) as dates:
        check_incident({"title": "Attaque", "start_date": dt.date(2022, 3, 27), "end_date": dt.date(2022, 3, 2)})
    with pytest.raises(ValidationError) as counts:
        check_victim({"label": "Groupe", "kind": "group", "count_best": 3, "count_women": 2, "count_men": 2})
    assert "2022-03-02 is before the start date 2022-03-27" in str(dates.value)  # English, for logs and the CLI
    installed = i18n.install(qapp, "fr")
    try:
        errors = (*dates.value.errors, *counts.value.errors)
        said = [field_message(next(e for e in errors if e.field == f)) for f in ("end_date", "count_women")]
        assert "2 mars 2022 est antérieure à la date de début 27 mars 2022" in said[0]
        assert "l'estimation la plus probable du nombre (3)" in said[1]
        assert "best" not in said[1]
    finally:
        installed.remove()


def test_a_fitted_table_python_owns_is_deleted_quietly(qtbot, qapp: QApplication) -> None:
    """A table Python made without a parent, deleted from Python: its viewport's last event reaches the fitter
    after shiboken has emptied the fitter's attributes (a full CI run failed on it)."""
    with qtbot.captureExceptions() as caught:
        for _ in range(3):
            view = QTableView()
            model = QStandardItemModel(1, 1, view)
            model.setItem(0, 0, QStandardItem(TITLE))
            view.setModel(model)
            fit_columns(view)
            view.show()
            QApplication.processEvents()
            view.close()
            del view, model
            gc.collect()
            QApplication.processEvents()
    assert not caught
