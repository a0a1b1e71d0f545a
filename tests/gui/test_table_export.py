"""File → Export table as CSV…: a table of the selected case, written in the background for an audience."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hrdoc.gui.exchange.table_export import TableExportDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.context import StoreContext
from hrdoc.services.tables import TABLE_KINDS
from tests.gui.test_transfer import open_window

pytestmark = pytest.mark.gui
TIMEOUT = 15_000


def test_the_dialog_offers_every_table_and_the_three_audiences(qtbot: Any) -> None:
    dialog = TableExportDialog("ML-2025-004 — Annefif convoy killings")
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == list(TABLE_KINDS)
    assert [dialog.audience.itemData(i) for i in range(3)] == ["internal", "partners", "public"]
    assert TableExportDialog("x", kind="source").kind.currentData() == "source"


def test_an_incident_table_for_partners_is_written_as_excel_reads_it(
    qtbot: Any, demo_ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = open_window(qtbot, demo_ctx)
    target = tmp_path / "incidents.csv"
    monkeypatch.setattr(TableExportDialog, "ask", classmethod(lambda cls, *a, **k: ("incident", "partners")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert window.table_csv_action.isEnabled()
    window.table_csv_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {r["title"] for r in rows} >= {"Attack on a civilian convoy near Annefif"}
    assert "2 rows" in told[0] and "partners" in told[0]


def test_cancelling_writes_nothing(
    qtbot: Any, demo_ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = open_window(qtbot, demo_ctx)
    monkeypatch.setattr(TableExportDialog, "ask", classmethod(lambda cls, *a, **k: None))
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window.table_csv_action.trigger()
    assert asked == []
    assert list(tmp_path.glob("*.csv")) == []
