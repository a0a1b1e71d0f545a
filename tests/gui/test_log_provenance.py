"""The chain of custody and the audit log in the app, for a case that came from another laptop: each entry
shows when and by whom it happened there, and beside that when it arrived here and which store wrote it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.evidence.view import CUSTODY_HEADERS
from hrdoc.gui.forms.specs import moment_text
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.pages import AuditPage
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.merge import Merger, copy_evidence
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE, make_case

pytestmark = pytest.mark.gui


@pytest.fixture
def arrived(tmp_path: Path) -> Iterator[tuple[StoreContext, StoreContext]]:
    """Amina's laptop, and Bakary's, which received her case with one evidence file."""
    amina = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    bakary = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    case_id = make_case(RecordService(amina))
    EvidenceService(amina).intake(case_id, io.BytesIO(b"photo"), original_name="p.jpg")
    Merger(bakary).apply(take_snapshot(amina, case_id), origin_label="bundle p.hrdoc", files=copy_evidence(amina))
    yield amina, bakary
    amina.close()
    bakary.close()


def test_merged_entries_show_where_and_when_they_arrived(qtbot, arrived: tuple[StoreContext, StoreContext]) -> None:
    amina, bakary = arrived
    window = MainWindow(bakary)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=20_000):
        window.show()
        window.refresh()
    page = window.workspace.go_to(EvidencePage)
    page.list.table.selectRow(0)
    table = page.custody
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == list(CUSTODY_HEADERS)
    cells = {h: table.item(0, c).text() for c, h in enumerate(headers)}
    [intake] = EvidenceService(amina).custody(EvidenceService(bakary).items(window.workspace.case_id)[0].id)
    assert cells["When (UTC)"] == moment_text(intake.at)  # when it happened on her laptop
    assert cells["Who"] == "amina" and cells["Where"].startswith("amina's store (")
    assert cells["Arrived here (UTC)"] not in ("", "not recorded")  # a moment, written as the interface writes it
    assert table.item(0, headers.index("Where")).toolTip().endswith("UTC from amina's store")
    assert "arrival" not in cells["Details"]

    log = window.workspace.go_to(AuditPage)
    columns = [log.model.headerData(c, Qt.Orientation.Horizontal) for c in range(log.model.columnCount())]
    shown = [
        {h: log.model.data(log.model.index(r, c)) for c, h in enumerate(columns)} for r in range(log.model.rowCount())
    ]
    hers = [row for row in shown if row["Who"] == "amina"]
    assert hers and all(r["Where"].startswith("amina's store (") and r["Arrived here (UTC)"] for r in hers)
    mine = [row for row in shown if row["Who"] == "bakary"]
    assert mine and all(r["Where"] == "this store" and r["Arrived here (UTC)"] == "" for r in mine)
    for where in (headers.index("Where"), headers.index("Arrived here (UTC)")):  # shown: entries came from elsewhere
        assert not table.isColumnHidden(where) and not log.table.isColumnHidden(where)


def test_a_log_kept_here_alone_leaves_out_where_and_arrival(qtbot, arrived: tuple[StoreContext, StoreContext]) -> None:
    """Amina's own laptop: every entry was written here; 'this store' and an empty arrival on every row would only
    take the room of what each entry says."""
    amina, _bakary = arrived
    window = MainWindow(amina)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=20_000):
        window.show()
        window.refresh()
    page = window.workspace.go_to(EvidencePage)
    page.list.table.selectRow(0)
    assert page.custody.rowCount() == 1
    log = window.workspace.go_to(AuditPage)
    headers = [log.model.headerData(c, Qt.Orientation.Horizontal) for c in range(log.model.columnCount())]
    for table in (page.custody, log.table):
        hidden = [h for c, h in enumerate(headers) if table.isColumnHidden(c)]
        assert hidden == ["Arrived here (UTC)", "Where"]
