"""What the services word and the GUI shows is in the interface's language (issue 16, points 1 and 4): the audit
log's sentences, the names made of words ("Account of W-01"), the evidence check's lines, and the dates and
numbers of the tables, in French and in Arabic, with the real catalogues."""

from __future__ import annotations

import io
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from hrdoc.domain.registry import Kind
from hrdoc.gui.errors_text import said
from hrdoc.gui.forms.form import RecordForm
from hrdoc.gui.i18n import FSI, PDI
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.rows import select_row
from hrdoc.gui.workspace.overview import OverviewPage
from hrdoc.gui.workspace.page import TablePage
from hrdoc.gui.workspace.pages import AuditPage
from hrdoc.services import languages
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from tests.gui.language_walk import Walk

pytestmark = pytest.mark.gui

# What each language must show: (audit entries, a link's origin, the evidence check's first line, a day known
# exactly, a day known to its month, a number in a table, one on the overview).
EXPECTED = {
    "fr": (
        [
            "Création\u00a0: témoignage de W-01, dossier ML-2025-004",
            "Création\u00a0: lieu Annefif, dossier ML-2025-004",
            "Suppression\u00a0: victime V-01 visée par l'allégation",
            "Correction\u00a0: témoignage de W-01 (version 2), dossier ML-2025-004",
            "Création\u00a0: auteur présumé Wagner Group (auteur direct) de l'allégation",
            "Création\u00a0: lien de preuve entre témoignage de W-01 et allégation",
            "Entré dans le coffre\u00a0: convoy-notes.txt",
        ],
        "Témoignage de W-01",
        "coffre des éléments de preuve\u00a0: 1 fichier(s) intact(s) sur 1",
        "27 mars 2022",
        "mars 2022",
        "1\u202f234",
        r"1\s258",  # the overview's rich text gives its narrow no-break space back as a no-break space
    ),
    "ar": (
        [
            "إنشاء إفادة W-01 في القضية ML-2025-004",
            "إنشاء مكان Annefif في القضية ML-2025-004",
            "حذف الضحية V-01 في الادعاء",
            "تصحيح إفادة W-01 (النسخة 2) في القضية ML-2025-004",
            "إنشاء الجاني المزعوم Wagner Group (مرتكب مباشر) في الادعاء",
            "إنشاء صلة إثبات بين إفادة W-01 وادعاء",
            "أُدخل إلى الخزنة: convoy-notes.txt",
        ],
        "إفادة W-01",
        "خزنة الأدلة: 1 من أصل 1 من الملفات سليمة",
        "27 آذار/مارس 2022",
        "آذار/مارس 2022",
        "1,234",
        r"1,258",
    ),
}
# What a form's fields show of 2022-03-27 (the first incident, by title) and of the latitude 16.27.
EDITED = {"fr": ("27/03/2022", "16,27"), "ar": ("27/3/2022", "16.27")}
ACROSS = Qt.Orientation.Horizontal
RLM = "\u200f"
ENGLISH_STARTS = ("Created ", "Updated ", "Deleted ", "Corrected ", "Revealed ", "Entered the vault", "Account of")


@pytest.fixture(params=["fr", "ar"])
def walk(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[Walk]:
    walk = Walk(request.param, tmp_path / "translations")
    previous = languages.CATALOGUES
    walk.install(qapp)
    yield walk
    walk.remove(previous)


def plain(text: object) -> str:
    """What a cell says, without the invisible marks that order it (isolates, right-to-left marks)."""
    return str(text or "").replace(FSI, "").replace(PDI, "").replace(RLM, "")


def column(page: TablePage, header: str) -> list[str]:
    model = page.model
    found = next(c for c in range(model.columnCount()) if model.headerData(c, ACROSS) == header)
    return [plain(model.data(model.index(r, found))) for r in range(model.rowCount())]


def page_of(window: MainWindow, section: str) -> TablePage:
    workspace = window.workspace
    for row in range(len(workspace.lazy)):
        workspace.nav.setCurrentRow(row)
        workspace._fill_page(row)
        for table in workspace.page(row).tables():
            if table.section == section:
                return table
    raise AssertionError(f"no {section} page")


def edited(window: MainWindow, page: TablePage, field: str) -> str:
    """What the form beside ``page``'s list shows in ``field`` for the first record."""
    select_row(page.table, 0)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QApplication.processEvents()
        forms = [f for f in window.workspace.detail.findChildren(RecordForm) if f.isVisible() and field in f.widgets]
        widget = forms[0].widgets[field] if forms else None
        if isinstance(widget, QLineEdit) and widget.text():
            return plain(widget.text())
    raise AssertionError(f"no form shows {field}")


def test_the_services_words_dates_and_numbers_are_in_the_interfaces_language(
    qtbot, demo_ctx: StoreContext, walk: Walk
) -> None:
    entries, origin, checked, day, month, number, total = EXPECTED[walk.language]
    edited_day, edited_decimal = EDITED[walk.language]
    data = CaseService(demo_ctx).export(DEMO_REFERENCE)
    records = RecordService(demo_ctx)
    first, second = data["incidents"]
    records.update(Kind.INCIDENT, first["id"], start_date="2022-03-27", date_precision="exact", fatalities_best=1234)
    records.update(Kind.INCIDENT, second["id"], start_date="2022-03-01", date_precision="month")
    records.update(Kind.LOCATION, data["locations"][0]["id"], latitude=16.27, longitude=-0.04)
    v01 = next(v["id"] for v in data["victims"] if v["label"] == "V-01")
    joined = next(a["id"] for a in data["allegation_victims"] if a["victim_id"] == v01)
    records.delete(Kind.ALLEGATION_VICTIM, joined)
    records.update(Kind.ACCOUNT, data["accounts"][0]["id"], narrative="Corrected words.", correction_note="typo")
    evidence = EvidenceService(demo_ctx)
    evidence.intake(uuid.UUID(data["case"]["id"]), io.BytesIO(b"convoy"), original_name="convoy-notes.txt")
    # The evidence check's lines, as the Evidence page shows them.
    report = evidence.verify(record=False)
    assert plain(said(report.checks[0])) == checked
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=20_000):
        window.show()
        window.refresh()

    audit = window.workspace.go_to(AuditPage)
    shown = [plain(audit.model.data(audit.model.index(r, 7))) for r in range(audit.model.rowCount())]
    for entry in entries:
        assert any(s.startswith(entry) for s in shown), (entry, shown)
    assert not [s for s in shown if s.startswith(ENGLISH_STARTS)]
    # When each entry was written: its day in words too, never as ISO text.
    when = column(audit, audit.model.headerData(1, ACROSS))
    assert when and not [w for w in when if re.search(r"\d{4}-\d\d-\d\d", w)], when

    # An account's name, as the workspace reads it for its headings, pickers and the cells naming it.
    account = str(data["accounts"][0]["id"])
    assert plain(window.workspace.data["pages"].names({Kind.ACCOUNT: [account]})[account]) == origin

    incidents = page_of(window, "incidents")
    dates = [d for d in column(incidents, incidents.model.headerData(1, ACROSS)) if d]
    assert day in dates and month in dates, dates
    assert number in column(incidents, incidents.model.headerData(4, ACROSS))
    # A form's date and decimal fields show them as the locale writes them, and read them back.
    assert edited(window, incidents, "start_date") == edited_day
    assert edited(window, page_of(window, "locations"), "latitude") == edited_decimal
    # The overview's figures too: the deaths of both incidents, 1234 + 24.
    overview = window.workspace.go_to(OverviewPage)
    assert re.search(total, plain(overview.text.toPlainText()))
