"""The report dialog: audience, background generation, in-memory preview, Save as, and nothing else on disk."""

from __future__ import annotations

import io
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from hrdoc.domain.enums import AuditAction
from hrdoc.gui import settings
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.report_dialog import ReportDialog
from hrdoc.services import audit
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import Audience, ReportService
from tests.gui import disk

pytestmark = pytest.mark.gui

CASE = "ML-2025-004"


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def generate(qtbot, dialog: ReportDialog, audience: Audience) -> bytes:
    dialog.set_audience(audience)
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        dialog.generate_button.click()
    assert dialog.report is not None
    return dialog.report.pdf


def report_entries(ctx: StoreContext) -> int:
    case_id = CaseService(ctx).summaries()[0].id
    with ctx.read() as session:
        return len([e for e in audit.entries_for_case(session, case_id) if e.action == AuditAction.REPORT])


def open_dialog(qtbot, ctx: StoreContext) -> ReportDialog:
    dialog = ReportDialog(ctx, CASE)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("audience", list(Audience))
def test_each_audience_previews_every_page(qtbot, demo_ctx: StoreContext, audience: Audience) -> None:
    settings.ORGANISATION.set("Sahel Rights Watch")
    dialog = open_dialog(qtbot, demo_ctx)
    assert not dialog.save_button.isEnabled()
    pdf = generate(qtbot, dialog, audience)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 1
    assert dialog.page_count() == pages
    first = dialog.page_labels[0].pixmap()
    assert first.width() > 600 and first.height() > first.width()  # a portrait page at a readable size
    assert f"{pages} page(s)" in dialog.status.text()
    assert dialog.save_button.isEnabled()
    text = pdf_text(pdf)
    assert "Sahel Rights Watch" in text  # the organisation from the preferences is on the cover
    assert (audience.banner or "") in text


def test_cancel_while_the_report_is_typeset_makes_no_report(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, pressed = threading.Event(), threading.Event()
    real_render = ReportService.render

    def render_waiting_for_cancel(self: ReportService, *args: Any, progress: Any, **kwargs: Any) -> bytes:
        def tell(done: int, total: int, what: str) -> None:
            if not reached.is_set():
                reached.set()  # pages are being made: now the user presses Cancel
                pressed.wait(10)
            progress(done, total, what)

        return real_render(self, *args, progress=tell, **kwargs)

    monkeypatch.setattr(ReportService, "render", render_waiting_for_cancel)
    before = report_entries(demo_ctx)
    dialog = open_dialog(qtbot, demo_ctx)
    dialog.generate_button.click()
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    working = dialog.findChild(QProgressDialog)
    assert working is not None
    cancel = working.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    pressed.set()
    qtbot.waitUntil(dialog.generate_button.isEnabled, timeout=30_000)
    assert dialog.report is None and dialog.page_count() == 0 and not dialog.save_button.isEnabled()
    assert dialog.status.text() == "No report was made."
    assert report_entries(demo_ctx) == before  # nothing was made, so nothing is recorded


def test_changing_the_audience_drops_the_report(qtbot, demo_ctx: StoreContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    generate(qtbot, dialog, Audience.INTERNAL)
    dialog.set_audience(Audience.PUBLIC)
    assert dialog.report is None and dialog.page_count() == 0
    assert not dialog.save_button.isEnabled()


def test_save_writes_exactly_the_previewed_pdf_and_audits_it(
    qtbot, demo_ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    pdf = generate(qtbot, dialog, Audience.PARTNERS)
    target = tmp_path / "out" / "partners"  # no suffix: ".pdf" is added
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)"))
    dialog.save_button.click()
    saved = target.with_name("partners.pdf")
    assert dialog.saved_to == saved
    assert saved.read_bytes() == pdf
    assert sorted(p.name for p in saved.parent.iterdir()) == ["partners.pdf"]  # no temporary file left
    case_id = CaseService(demo_ctx).summaries()[0].id
    with demo_ctx.read() as session:
        reports = [e for e in audit.entries_for_case(session, case_id) if e.action == AuditAction.REPORT]
    assert [e.details["audience"] for e in reports] == ["partners"]


def test_save_error_is_shown_not_swallowed(
    qtbot, demo_ctx: StoreContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = open_dialog(qtbot, demo_ctx)
    generate(qtbot, dialog, Audience.PUBLIC)
    missing = tmp_path / "no such folder" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    dialog.save_button.click()
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    assert dialog.saved_to is None and not missing.parent.exists()


def test_generating_writes_nothing_to_disk_but_the_saved_file(
    qtbot,
    demo_ctx: StoreContext,
    records: RecordService,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marker = f"CONFIDENTIAL-MARKER-{uuid.uuid4().hex}"
    case_id = CaseService(demo_ctx).summaries()[0].id
    records.create("incident", case_id=case_id, title=f"Incident {marker}", visibility="confidential")
    roots = [Path(tempfile.gettempdir()), tmp_path, tmp_path_factory.getbasetemp()]
    before = disk.snapshot(roots)

    dialog = open_dialog(qtbot, demo_ctx)
    internal = generate(qtbot, dialog, Audience.INTERNAL)
    assert marker in pdf_text(internal)  # the marker does reach an internal report, so the scan below can fail
    public = generate(qtbot, dialog, Audience.PUBLIC)
    assert marker not in pdf_text(public)
    saved = tmp_path / "public.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    dialog.save_button.click()
    assert saved.read_bytes() == public

    touched = disk.touched(before, roots)
    assert saved in touched  # the scan sees files written during the test
    needle = marker.encode()
    store = {p for p in touched if p.name.startswith(tmp_path.joinpath("store.db").name)}  # encrypted store
    for path in touched:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        assert needle not in data, path
        assert marker.encode("utf-16-le") not in data, path
        if path == saved or path in store:
            continue
        # No other PDF or page image was written anywhere, whatever it contains.
        assert not data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"BM", b"P6")), path
        if b"%PDF" in data[:1024]:
            assert marker not in pdf_text(data), path


def test_main_window_report_action_follows_selection_and_lock(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.workspace.loaded, timeout=10_000):
        window.show()
        window.refresh()
    assert window.report_action.shortcut().toString() == "Ctrl+P"
    assert not window.report_action.icon().isNull()
    assert window.report_action.isEnabled()
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ReportDialog, "ask", classmethod(lambda _cls, _ctx, ref, _parent, *, title="": asked.append((ref, title)))
    )
    window.report_action.trigger()
    assert asked == [(CASE, "Annefif convoy killings")]
    window.set_locked(True)
    assert not window.report_action.isEnabled()
    window.report_action.trigger()
    assert len(asked) == 1
    window.set_locked(False)
    window.refresh()
    assert window.report_action.isEnabled()
    window.table.selectionModel().clearCurrentIndex()
    assert not window.report_action.isEnabled()


def test_preview_of_a_long_report_is_bounded(demo_ctx: StoreContext) -> None:
    from hrdoc.gui.report_dialog import page_images
    from hrdoc.services.reporting import ReportService

    pdf = ReportService(demo_ctx).render("ML-2025-004", Audience.INTERNAL)
    images, total = page_images(pdf, limit=2)
    assert len(images) == 2 and total == len(PdfReader(io.BytesIO(pdf)).pages) > 2


def test_the_dialog_says_what_each_audience_s_report_will_hold(qtbot, demo_ctx: StoreContext) -> None:
    """The lines ``hrdoc report`` prints, for the audience chosen: counts, reasons, what the case's visibility hides."""
    dialog = open_dialog(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: bool(dialog.scope_box.scopes), timeout=10_000)  # counted in the background
    scopes = ReportService(demo_ctx).scopes(CASE)
    for audience in (Audience.PUBLIC, Audience.INTERNAL, Audience.PARTNERS, Audience.PUBLIC):
        dialog.set_audience(audience)
        shown = " ".join(dialog.scope_label.text().replace("<br>", " ").replace("<b>", "").replace("</b>", "").split())
        assert shown == " ".join(" ".join(scopes[audience].lines()).split()), audience
    dialog.set_audience(Audience.PUBLIC)
    assert "Witnesses:</b> 0 of 1 (left out: 1 confidential)" in dialog.scope_label.text()
    assert "its summary is left out" in dialog.scope_label.text()  # the demo case is restricted
    dialog.set_audience(Audience.INTERNAL)
    assert "summary" not in dialog.scope_label.text()


def test_a_report_with_no_incident_is_made_only_if_the_user_says_yes(
    qtbot, demo_ctx: StoreContext, records: RecordService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    case_id = CaseService(demo_ctx).summaries()[0].id
    for incident in records.records("incident", case_id):
        records.update("incident", incident.id, visibility="restricted")
    asked: list[tuple[str, Any, Any]] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: Any, _title: str, text: str, buttons: Any, default: Any) -> Any:
        asked.append((text, buttons, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    before = report_entries(demo_ctx)
    dialog = open_dialog(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: bool(dialog.scope_box.scopes), timeout=10_000)
    assert "This report will hold no incident." in dialog.scope_label.text()
    assert "Incidents:</b> 0 of 2 (left out: 2 restricted)" in dialog.scope_label.text()
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: bool(asked) and dialog.generate_button.isEnabled(), timeout=30_000)
    [(text, buttons, default)] = asked
    assert text == (
        "The public report would hold none of the case's 2 incidents (left out: 2 restricted).\n\nMake it anyway?"
    )
    assert default == QMessageBox.StandardButton.No and buttons & QMessageBox.StandardButton.No
    assert dialog.report is None and dialog.status.text() == "No report was made."
    assert dialog.generate_button.isEnabled() and report_entries(demo_ctx) == before

    generate(qtbot, dialog, Audience.PARTNERS)  # partners see restricted incidents: nothing to ask
    assert len(asked) == 1
    answer = QMessageBox.StandardButton.Yes
    pdf = generate(qtbot, dialog, Audience.PUBLIC)
    assert len(asked) == 2 and pdf.startswith(b"%PDF")
    assert report_entries(demo_ctx) == before + 2
