"""File → Import ACLED CSV… and Export incidents as ACLED CSV…: real files, real store, the dialogs answered."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hrdoc.gui.exchange import acled as acled_dialogs
from hrdoc.gui.exchange.acled import AcledExportDialog, AcledImportChoice, AcledImportDialog
from hrdoc.gui.exchange.result import TransferResultDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.acled_values import ACLED_COLUMNS
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.gui.test_transfer import open_window, replace_ask
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.gui
TIMEOUT = 30_000

ROW = {
    "event_id_cnty": "MLI35001",
    "event_date": "26 July 2025",
    "time_precision": "2",
    "event_type": "Violence against civilians",
    "sub_event_type": "Attack",
    "actor1": "Wagner Group",
    "inter1": "External/Other forces",
    "actor2": "Civilians (Mali)",
    "inter2": "Civilians",
    "civilian_targeting": "Civilian targeting",
    "iso": "466",
    "country": "Mali",
    "admin1": "Gao",
    "admin2": "Bourem",
    "location": "Annefif",
    "latitude": "18.0505",
    "longitude": "-1.9237",
    "geo_precision": "2",
    "source": "The Telegraph; Le Monde",
    "notes": "Fighters fired on three civilian vehicles; 24 killed.",
    "fatalities": "24",
}


def acled_file(path: Path, rows: list[dict[str, Any]]) -> Path:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in ACLED_COLUMNS})
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def rows(n: int) -> list[dict[str, Any]]:
    return [ROW | {"event_id_cnty": f"MLI{36000 + i}", "event_date": f"2025-07-{i % 28 + 1:02d}"} for i in range(n)]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[StoreContext]:
    context = new_store(tmp_path / "store.db", PASSPHRASE, user="amina")
    build_demo_case(context)
    yield context
    context.close()


def case_id_of(window: MainWindow) -> uuid.UUID:
    case_id = window.current_case_id()
    assert case_id is not None
    return case_id


def answer_import(monkeypatch: pytest.MonkeyPatch, path: Path, strict: bool = False) -> None:
    """The user chooses ``path`` and imports it as restricted records (``strict``: all or nothing)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    replace_ask(monkeypatch, AcledImportDialog, AcledImportChoice("restricted", strict))


def incident_titles(ctx: StoreContext, case_id: uuid.UUID) -> list[str]:
    return [i.title for i in RecordService(ctx).records("incident", case_id)]


def test_the_file_menu_offers_acled_import_and_export_for_the_selected_case(qtbot: Any, ctx: StoreContext) -> None:
    window = open_window(qtbot, ctx)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Import &ACLED CSV…" in texts and "Export incidents as ACLE&D CSV…" in texts
    assert window.acled_import_action.isEnabled() and window.acled_export_action.isEnabled()


def test_the_import_dialog_defaults_to_restricted_records_and_keeps_valid_rows(qtbot: Any) -> None:
    dialog = AcledImportDialog("events.csv", "ML-2025-004 — Annefif convoy killings")
    qtbot.addWidget(dialog)
    assert dialog.choice() == AcledImportChoice("restricted", False)
    dialog.strict.setChecked(True)
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("confidential"))
    assert dialog.choice() == AcledImportChoice("confidential", True)
    assert [dialog.visibility.itemData(i) for i in range(3)] == ["restricted", "public", "confidential"]


def test_import_adds_the_valid_rows_and_lists_each_rejected_line(
    qtbot: Any, ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    case_id = case_id_of(window)
    before = len(incident_titles(ctx, case_id))
    bad = ROW | {"event_id_cnty": "MLI39999", "event_date": "sometime", "fatalities": "many"}
    path = acled_file(tmp_path / "events.csv", [*rows(3), bad, *rows(0)])
    answer_import(monkeypatch, path)
    shown = replace_ask(monkeypatch, TransferResultDialog, False)
    window.acled_import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=TIMEOUT)
    [result] = shown.calls
    title, headline, lines = result["args"]
    assert title == "Import ACLED CSV"
    assert headline.startswith("Imported 3 of 4 rows from events.csv as incidents of ML-2025-004")
    assert any(line.startswith("line 5: ") and "event_date" in line and "fatalities" in line for line in lines)
    assert "1 rows were rejected" in result["warning"]
    titles = incident_titles(ctx, case_id)
    assert len(titles) == before + 3 and "Attack in Annefif" in titles
    records = RecordService(ctx).records("incident", case_id)
    assert {i.visibility for i in records if i.title == "Attack in Annefif"} == {"restricted"}
    assert acled_dialogs.ACLED_FOLDER.get() == str(tmp_path)


def test_strict_import_of_a_file_with_a_bad_row_imports_nothing(
    qtbot: Any, ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    case_id = case_id_of(window)
    before = incident_titles(ctx, case_id)
    path = acled_file(tmp_path / "events.csv", [*rows(2), ROW | {"event_type": "Picnic"}])
    answer_import(monkeypatch, path, strict=True)
    shown = replace_ask(monkeypatch, TransferResultDialog, False)
    window.acled_import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown.calls), timeout=TIMEOUT)
    headline = shown.calls[0]["args"][1]
    assert headline.startswith("Nothing was imported from events.csv: 1 of 3 rows were rejected.")
    assert "nothing to be imported while any row is rejected" in headline
    assert any("'Picnic' is not an ACLED event type" in line for line in shown.calls[0]["args"][2])
    assert incident_titles(ctx, case_id) == before


def test_a_file_that_is_not_utf8_is_refused_with_what_to_do(
    qtbot: Any, ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    case_id = case_id_of(window)
    before = incident_titles(ctx, case_id)
    path = tmp_path / "events.csv"
    path.write_bytes("event_date,notes\n26/07/2025,caf\xe9\n".encode("latin-1"))
    answer_import(monkeypatch, path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.acled_import_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=TIMEOUT)
    assert warned[0].startswith("Nothing was imported.")
    assert "events.csv is not UTF-8 text (first bad character on line 2); save it as UTF-8 CSV" in warned[0]
    assert incident_titles(ctx, case_id) == before


def test_cancelling_an_import_keeps_nothing(
    qtbot: Any, ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    case_id = case_id_of(window)
    before = incident_titles(ctx, case_id)
    path = acled_file(tmp_path / "events.csv", rows(5000))
    answer_import(monkeypatch, path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    shown = replace_ask(monkeypatch, TransferResultDialog, False)
    operation = acled_dialogs.import_acled_file(window, ctx, case_id, "ML-2025-004")
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=TIMEOUT):
        operation.cancel()
    assert told == ["Import cancelled: nothing was imported."] and shown.calls == []
    assert incident_titles(ctx, case_id) == before


def test_export_writes_the_incidents_the_audience_may_see(
    qtbot: Any, ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    target = tmp_path / "out" / "convoy"  # ".csv" is added
    target.parent.mkdir()
    replace_ask(monkeypatch, AcledExportDialog, "public")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.acled_export_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    written = target.with_name("convoy.csv")
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + b"event_id_cnty,event_date,")
    exported = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    visible = [i for i in RecordService(ctx).records("incident", case_id_of(window)) if i.visibility == "public"]
    assert len(exported) == len(visible)
    assert f"Wrote {len(visible)} incidents for the public audience" in told[0]
    assert sorted(p.name for p in written.parent.iterdir()) == ["convoy.csv"]  # no temporary file left


def test_giving_up_at_the_export_dialog_writes_nothing(
    qtbot: Any, ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ctx)
    replace_ask(monkeypatch, AcledExportDialog, None)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window.acled_export_action.trigger()
    assert asked == [] and list(tmp_path.glob("*.csv")) == []
