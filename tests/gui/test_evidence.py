"""The evidence files page: adding files (dialog and drag and drop), metadata and custody, captures, preview
in memory only, export for the public, a photo's GPS as an incident's place, and removal with a reason."""

from __future__ import annotations

import io
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from hrdoc.domain.enums import Visibility
from hrdoc.domain.registry import Kind
from hrdoc.gui.evidence import capture_dialogs, dialogs, gps_dialog, sharing_dialogs
from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.evidence.preview import EvidencePreviewDialog, PreviewContent
from hrdoc.gui.evidence.table import EvidenceTableModel
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.workspace.page import TablePage
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.metadata import extract_metadata, gps_of
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.record_pages import Listing, RecordPages
from hrdoc.services.records import RecordService
from hrdoc.services.sharing import Audience
from hrdoc.storage.vault import Vault
from tests.gui import disk
from tests.gui.case_data import case_data
from tests.services.evidence import samples
from tests.services.evidence.http_fixture import serve_loopback_site, unused_port

pytestmark = pytest.mark.gui

LOAD_TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment would receive the loopback requests; these tests connect directly."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def window(qtbot, demo_ctx: StoreContext) -> MainWindow:
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workspace.loaded, timeout=LOAD_TIMEOUT):
        win.show()
        win.refresh()
    return win


@pytest.fixture
def page(window: MainWindow) -> EvidencePage:
    return window.workspace.go_to(EvidencePage)


@pytest.fixture
def ev(demo_ctx: StoreContext) -> EvidenceService:
    return EvidenceService(demo_ctx)


def case_id(window: MainWindow) -> uuid.UUID:
    assert window.workspace.case_id is not None
    return window.workspace.case_id


def rows(page: EvidencePage) -> list[dict[str, Any]]:
    model = page.list.model
    return [model.record(r) for r in range(model.rowCount())]


def row_of(page: EvidencePage, name: str) -> int:
    return next(r for r, record in enumerate(rows(page)) if record["original_filename"] == name)


def cell(page: EvidencePage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.list.model.data(page.list.model.index(row, column), role)


def custody_cells(page: EvidencePage) -> list[list[str]]:
    table = page.custody
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def reload(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.workspace.reload()


def select(page: EvidencePage, name: str) -> dict[str, Any]:
    record = rows(page)[row_of(page, name)]
    assert page.select(record["id"])
    return record


def when_shown(dialog_type: type[QWidget], act: Callable[[Any], None]) -> None:
    """Run ``act`` on the dialog of ``dialog_type`` once it is shown (modal dialogs block the test)."""

    def attempt(tries: int = 0) -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type) and w.isVisible()]
        if found:
            act(found[0])
        elif tries < 200:
            QTimer.singleShot(20, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def details(**overrides: Any) -> dialogs.IntakeDetails:
    values: dict[str, Any] = {
        "attach_to": None,
        "description": "",
        "acquired_at": None,
        "acquired_by": "tester",
        "acquired_from": "",
        "visibility": Visibility.RESTRICTED,
    }
    return dialogs.IntakeDetails(**(values | overrides))


def intake_answer(monkeypatch: pytest.MonkeyPatch, answer: dialogs.IntakeDetails) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def ask(_cls: Any, names: list[str], targets: Any, parent: Any = None, **kwargs: Any) -> dialogs.IntakeDetails:
        asked.append({"names": names, "targets": targets, **kwargs})
        return answer

    monkeypatch.setattr(dialogs.IntakeDialog, "ask", classmethod(ask))
    return asked


# -- adding files ------------------------------------------------------------------------------------------


def test_add_files_through_the_action_shows_hash_metadata_and_custody(
    qtbot, window: MainWindow, page: EvidencePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "convoy.jpg"
    photo.write_bytes(samples.jpeg_with_gps(16.3, 0.05))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    incident = case_data(window)["incidents"][0]

    def fill_in(dialog: dialogs.IntakeDialog) -> None:
        assert dialogs.choose(dialog.target, uuid.UUID(incident["id"]))
        dialog.description.setText("Burnt vehicle on the road to Anefis")
        dialog.acquired_from.setText("W-01's phone")
        dialog.accept()

    when_shown(dialogs.IntakeDialog, fill_in)
    assert page.add_action.isEnabled()
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        page.add_action.trigger()

    [item] = EvidenceService(window.ctx).items(case_id(window))
    assert item.original_filename == "convoy.jpg" and item.in_vault
    assert (item.attached_kind, str(item.attached_id)) == ("incident", incident["id"])
    row = row_of(page, "convoy.jpg")
    assert cell(page, row, 3) == item.sha256[:12] + "…"
    assert item.sha256 in cell(page, row, 3, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, row, 4) == f"Incident: {incident['title']}"
    assert cell(page, row, 7) == "yes"  # Kept in the vault
    assert item.sha256 in page.status.text()
    # The new item is selected: its details and its chain of custody are shown.
    assert page.selected() is not None and page.selected()["id"] == str(item.id)
    text = page.details.toPlainText()
    assert item.sha256 in text
    assert "16.300000, 0.050000" in text  # GPS position
    assert "CAM-SERIAL-0001" in text and "2025-03-14 09:26:53" in text  # camera and EXIF time
    assert "W-01's phone" in text
    [entry] = custody_cells(page)
    assert entry[0] == "1" and entry[3] == "tester" and entry[5] == "Entered the vault"
    assert entry[2] == "" and entry[4] == "this store"  # written here: it did not arrive from elsewhere
    assert entry[6] == item.sha256[:12] + "…"
    assert page.gps_action.isEnabled() and page.preview_action.isEnabled() and page.export_action.isEnabled()


def test_the_intake_dialog_offers_the_case_and_its_records(qtbot, window: MainWindow, page: EvidencePage) -> None:
    data = case_data(window)
    targets = page.targets()
    assert targets[0] == ("The case itself", None)
    labels = [label for label, _id in targets]
    assert any(label.startswith("Incident: ") for label in labels)
    assert any(label.startswith("Allegation: ") for label in labels)
    assert any(label.startswith("Source: ") for label in labels)
    assert any(label.startswith("Account: ") for label in labels)
    assert len(targets) == 1 + sum(len(data[s]) for s in ("incidents", "allegations", "sources", "accounts"))
    dialog = dialogs.IntakeDialog(["a.jpg"], targets, default_target=targets[3][1], user="tester")
    qtbot.addWidget(dialog)
    assert dialog.target.currentData() == targets[3][1]
    assert dialog.details().acquired_at is None and dialog.details().acquired_by == "tester"
    dialog.acquired_at.unknown.setChecked(False)
    assert dialog.details().acquired_at is not None and dialog.details().acquired_at.tzinfo is not None


def drop_event(paths: list[Path], kind: type = QDropEvent) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # A drop takes a QPointF, a drag entering a QPoint (Qt's own signatures; PySide 6.11 converts neither).
    event = kind(
        QPointF(20, 20) if kind is QDropEvent else QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event._mime = mime  # type: ignore[attr-defined]  # keep the data alive as long as the event
    return event


def test_dropping_files_on_the_page_adds_them(
    qtbot, window: MainWindow, page: EvidencePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "statement.pdf", tmp_path / "notes.txt"
    first.write_bytes(samples.pdf_with_metadata(author="Field team"))
    second.write_text("Interview notes, W-02\n")
    asked = intake_answer(monkeypatch, details(description="Handed over at the border"))

    enter = drop_event([first, second], QDragEnterEvent)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        QApplication.sendEvent(page, drop_event([first, second]))

    assert asked[0]["names"] == ["statement.pdf", "notes.txt"]
    names = sorted(r["original_filename"] for r in rows(page))
    assert names == ["notes.txt", "statement.pdf"]
    pdf = select(page, "statement.pdf")
    assert pdf["mime_type"] == "application/pdf" and pdf["description"] == "Handed over at the border"
    assert "Field team" in page.details.toPlainText()  # the PDF's author, read at intake
    assert "Added 2 files" in page.status.text()


def test_dropping_files_elsewhere_on_the_workspace_files_them_under_the_selected_record(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "screenshot.png"
    photo.write_bytes(samples.png_with_text("nobody"))
    sources = next(t for p in window.workspace.pages for t in p.tables() if t.kind == "source")
    window.workspace.show_record("source", case_data(window)["sources"][0]["id"])
    assert isinstance(sources, TablePage) and sources.selected() is not None
    source_id = uuid.UUID(sources.selected()["id"])
    asked = intake_answer(monkeypatch, details(attach_to=source_id))
    enter = drop_event([photo], QDragEnterEvent)
    QApplication.sendEvent(window.workspace, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        QApplication.sendEvent(window.workspace, drop_event([photo]))
    assert asked[0]["default_target"] == source_id
    [item] = EvidenceService(window.ctx).items(case_id(window))
    assert item.attached_id == source_id


def test_dropping_anything_but_files_is_refused(page: EvidencePage) -> None:
    mime = QMimeData()
    mime.setText("just text")
    event = QDragEnterEvent(
        QPoint(1, 1), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, event)
    assert not event.isAccepted()


def test_cancelling_an_intake_keeps_nothing(
    qtbot, window: MainWindow, page: EvidencePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(24 * 1024 * 1024))
    intake_answer(monkeypatch, details())
    operation = page.add_paths([big])
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=LOAD_TIMEOUT):
        operation.cancel()
    qtbot.wait(50)
    assert EvidenceService(window.ctx).items(case_id(window)) == []
    assert "Cancelled" in page.status.text()
    vault = Vault.folder_for(Path(str(window.ctx.location.path)))
    assert not vault.exists() or not [p for p in vault.iterdir() if p.is_file() and p.stat().st_size > 1024]


def test_the_table_model_passes_qt_model_tester(qtmodeltester, page: EvidencePage, ev, window) -> None:
    ev.intake(case_id(window), io.BytesIO(b"abc"), original_name="a.txt")
    ev.intake(case_id(window), io.BytesIO(samples.jpeg_with_gps()), original_name="b.jpg")
    model = EvidenceTableModel(page.list.model.columns)
    model.set_listing(RecordPages(window.ctx), Listing(Kind.EVIDENCE, case_id(window)))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 2)) == "3 bytes"


# -- working copies ---------------------------------------------------------------------------------------


def test_a_working_copy_is_linked_to_its_original(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, tmp_path: Path, monkeypatch
) -> None:
    original = ev.intake(case_id(window), io.BytesIO(samples.jpeg_with_gps()), original_name="original.jpg")
    reload(qtbot, window)
    select(page, "original.jpg")
    cropped = tmp_path / "cropped.jpg"
    cropped.write_bytes(samples.plain_jpeg((32, 24)))
    monkeypatch.setattr(
        dialogs.WorkingCopyDialog,
        "ask",
        classmethod(lambda _cls, name, parent=None: dialogs.WorkingCopyRequest(cropped, "cropped to the vehicle", "")),
    )
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        page.working_copy_action.trigger()
    copy = select(page, "cropped.jpg")
    assert copy["original_id"] == str(original.evidence_id)
    assert cell(page, row_of(page, "cropped.jpg"), 8) == "original.jpg"
    assert "cropped to the vehicle" in page.details.toPlainText()
    select(page, "original.jpg")
    assert "Working copies" in page.details.toPlainText() and "cropped.jpg" in page.details.toPlainText()
    assert [row[5] for row in custody_cells(page)] == ["Entered the vault", "Working copy made from it"]


def test_a_working_copy_that_came_without_its_original_says_so(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService
) -> None:
    """A partners copy of a case carries a restricted working copy without its confidential original: the copy
    arrives with what was altered and no original (tests/services/test_working_copies.py); its details say
    that the original is not in this store, not that it was removed."""
    ev.intake(
        case_id(window),
        io.BytesIO(samples.plain_jpeg((32, 24))),
        original_name="blurred.jpg",
        alteration_note="faces blurred",  # as an import leaves such a copy: a note, no original
    )
    reload(qtbot, window)
    select(page, "blurred.jpg")
    text = page.details.toPlainText()
    assert "Working copy of" in text and "an original not in this store" in text
    assert "faces blurred" in text and "a removed item" not in text


def test_the_working_copy_dialog_wants_a_note(qtbot, tmp_path: Path) -> None:
    dialog = dialogs.WorkingCopyDialog("original.jpg")
    qtbot.addWidget(dialog)
    path = tmp_path / "copy.jpg"
    path.write_bytes(b"x")
    dialog.file.path.setText(str(path))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "altered" in dialog.problem.text()


# -- online sources ---------------------------------------------------------------------------------------


def test_capture_url_from_a_loopback_site_creates_an_item_and_a_source(
    qtbot, window: MainWindow, page: EvidencePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources_before = len(case_data(window)["sources"])
    with serve_loopback_site() as site:
        url = site.url("/redirect")
        monkeypatch.setattr(
            capture_dialogs.CaptureDialog,
            "ask",
            classmethod(
                lambda _cls, sources, parent=None, default=None: capture_dialogs.CaptureRequest(
                    url, None, Visibility.RESTRICTED
                )
            ),
        )
        with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
            page.capture_action.trigger()
    [item] = EvidenceService(window.ctx).items(case_id(window))
    assert item.mime_type == "application/warc" and item.original_filename.endswith(".warc")
    data = case_data(window)
    assert len(data["sources"]) == sources_before + 1
    source = next(s for s in data["sources"] if s["id"] == str(item.attached_id))
    assert source["url"] == site.url("/page") and source["title"] == "Rapport sur le convoi d'Annefif"
    text = page.details.toPlainText()
    assert "Capture of an online page" in text
    assert site.url("/page") in text and "HTTP 200" in text and "302" in text  # final address, status, the redirect
    assert "SHA-256" in text
    assert "A new source was made" in page.status.text()
    assert [row[5] for row in custody_cells(page)] == ["Captured into the vault"]


def test_a_failing_capture_says_why_and_stores_nothing(
    qtbot, window: MainWindow, page: EvidencePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{unused_port()}/gone"
    monkeypatch.setattr(
        capture_dialogs.CaptureDialog,
        "ask",
        classmethod(
            lambda _cls, sources, parent=None, default=None: capture_dialogs.CaptureRequest(
                url, None, Visibility.RESTRICTED
            )
        ),
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    sources_before = len(RecordService(window.ctx).records("source", case_id(window)))
    page.capture_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=LOAD_TIMEOUT)
    assert "connection refused" in warnings[0] and "nothing was stored" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert EvidenceService(window.ctx).items(case_id(window)) == []
    assert len(RecordService(window.ctx).records("source", case_id(window))) == sources_before


def test_the_capture_dialog_warns_that_the_site_sees_this_computer(qtbot) -> None:
    dialog = capture_dialogs.CaptureDialog([])
    qtbot.addWidget(dialog)
    warning = dialog.findChild(QLabel, "networkWarning")
    assert warning is not None and "network address" in warning.text()
    dialog.url.setText("file:///etc/passwd")
    dialog.accept()
    assert "http://" in dialog.problem.text() and dialog.result() != QDialog.DialogCode.Accepted


def test_import_capture_keeps_the_file_marked_as_captured_elsewhere(
    qtbot, window: MainWindow, page: EvidencePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "page.warc"
    saved.write_bytes(samples.warc_record("https://example.org/statement"))

    def ask(_cls: Any, sources: Any, parent: Any = None, default: Any = None) -> capture_dialogs.ImportCaptureRequest:
        return capture_dialogs.ImportCaptureRequest(
            saved, "", None, "Field team 2", "webrecorder", "", None, Visibility.RESTRICTED
        )

    monkeypatch.setattr(capture_dialogs.ImportCaptureDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        page.import_capture_action.trigger()
    [item] = EvidenceService(window.ctx).items(case_id(window))
    assert item.file_metadata["capture"]["captured_elsewhere"] is True
    text = page.details.toPlainText()
    assert "elsewhere, then imported" in text and "https://example.org/statement" in text
    assert "Field team 2" in text and "webrecorder" in text
    assert "capture made elsewhere" in page.status.text()


def test_importing_something_that_is_not_a_capture_is_refused(
    qtbot, window: MainWindow, page: EvidencePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(samples.zip_bytes())
    monkeypatch.setattr(
        capture_dialogs.ImportCaptureDialog,
        "ask",
        classmethod(
            lambda *a, **k: capture_dialogs.ImportCaptureRequest(
                archive, "https://x.org/", None, "", "", "", None, Visibility.RESTRICTED
            )
        ),
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    page.import_capture_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=LOAD_TIMEOUT)
    assert "not a capture of a web page" in warnings[0] and "nothing was stored" in warnings[0]
    assert EvidenceService(window.ctx).items(case_id(window)) == []


# -- sharing ---------------------------------------------------------------------------------------------


def test_export_for_the_public_strips_gps_and_says_what_was_removed(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, tmp_path: Path, monkeypatch
) -> None:
    ev.intake(
        case_id(window), io.BytesIO(samples.jpeg_with_gps()), original_name="photo.jpg", visibility=Visibility.PUBLIC
    )
    reload(qtbot, window)
    select(page, "photo.jpg")
    target = tmp_path / "out" / "photo-public.jpg"
    target.parent.mkdir()
    offered: list[str] = []
    monkeypatch.setattr(sharing_dialogs.ExportDialog, "ask", classmethod(lambda *a, **k: Audience.PUBLIC))

    def save_as(_parent: Any, _caption: str, suggested: str, *a: Any) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        page.export_action.trigger()
    assert offered[0].endswith("photo-public.jpg")
    with target.open("rb") as fh:
        exported = extract_metadata(fh, "image/jpeg")
    assert gps_of(exported) is None and "camera" not in exported
    assert "GPS" in shown[0] and "Removed from the copy" in shown[0]
    assert sorted(p.name for p in target.parent.iterdir()) == ["photo-public.jpg"]  # no temporary file left
    assert custody_cells(page)[-1][5] == "Copy exported" and "public" in custody_cells(page)[-1][7]


def test_cancelling_an_export_leaves_no_copy_and_no_custody_entry(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, tmp_path: Path, monkeypatch
) -> None:
    ev.intake(case_id(window), io.BytesIO(os.urandom(24 * 1024 * 1024)), original_name="video.mp4")
    reload(qtbot, window)
    select(page, "video.mp4")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(sharing_dialogs.ExportDialog, "ask", classmethod(lambda *a, **k: Audience.INTERNAL))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "video.mp4"), ""))
    operation = page.export_selected()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=LOAD_TIMEOUT):
        operation.cancel()
    qtbot.wait(50)
    assert list(out.iterdir()) == []  # neither the copy nor a partial file
    assert "cancelled" in page.status.text()
    [item] = ev.items(case_id(window))
    assert "export" not in [e.action for e in ev.custody(item.id)]


def test_the_export_dialog_offers_only_audiences_allowed_to_see_the_file(qtbot) -> None:
    dialog = sharing_dialogs.ExportDialog("secret.pdf", Visibility.CONFIDENTIAL.value, (Audience.INTERNAL,))
    qtbot.addWidget(dialog)
    buttons = dialog.buttons_by_audience
    assert not buttons[Audience.PUBLIC].isEnabled() and not buttons[Audience.PARTNERS].isEnabled()
    assert dialog.audience() is Audience.INTERNAL


def test_exporting_a_restricted_file_for_the_public_is_refused_clearly(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, tmp_path: Path, monkeypatch
) -> None:
    ev.intake(case_id(window), io.BytesIO(samples.jpeg_with_gps()), original_name="photo.jpg")
    reload(qtbot, window)
    select(page, "photo.jpg")
    monkeypatch.setattr(sharing_dialogs.ExportDialog, "ask", classmethod(lambda *a, **k: Audience.PUBLIC))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.jpg"), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    page.export_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=LOAD_TIMEOUT)
    assert "restricted" in warnings[0] and "Nothing was exported" in warnings[0]
    assert not (tmp_path / "p.jpg").exists()


def test_a_working_copy_is_offered_where_it_may_go_without_its_original(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, monkeypatch
) -> None:
    """The export dialog's audiences come from the sharing policy: a public working copy of a confidential
    original (a blurred photo) goes to everyone, without its original, as in bundles and tables; the original
    only to the team."""
    original = ev.intake(
        case_id(window),
        io.BytesIO(samples.jpeg_with_gps()),
        original_name="raw.jpg",
        visibility=Visibility.CONFIDENTIAL,
    )
    ev.working_copy(
        original.evidence_id,
        io.BytesIO(samples.jpeg_with_gps()),
        original_name="blurred.jpg",
        alteration_note="faces blurred",
        visibility=Visibility.PUBLIC,
    )
    reload(qtbot, window)
    offered: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        sharing_dialogs.ExportDialog,
        "ask",
        classmethod(lambda cls, name, vis, allowed, parent: offered.append(allowed)),
    )
    for name in ("blurred.jpg", "raw.jpg"):
        select(page, name)
        page.export_selected()
    assert offered == [tuple(Audience), (Audience.INTERNAL,)]


# -- a photo's position -------------------------------------------------------------------------------------


def test_a_photos_gps_becomes_the_incidents_place_after_confirmation_and_undo_takes_it_back(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, records: RecordService
) -> None:
    incident = case_data(window)["incidents"][1]
    old_place = incident["location_id"]
    ev.intake(
        case_id(window),
        io.BytesIO(samples.jpeg_with_gps(16.45, 0.25)),
        original_name="site.jpg",
        attach_to=incident["id"],
    )
    reload(qtbot, window)
    select(page, "site.jpg")
    assert page.gps_action.isEnabled()

    def confirm(dialog: gps_dialog.GpsLocationDialog) -> None:
        assert dialog.incident.currentData() == uuid.UUID(incident["id"])  # the one the photo is filed under
        assert "16.450000, 0.250000" in " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.place_name.setText("Wadi crossing")
        dialog.accept()

    when_shown(gps_dialog.GpsLocationDialog, confirm)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        page.gps_action.trigger()
    changed = records.get("incident", incident["id"])
    place = records.get("location", changed.location_id)
    assert (place.name, place.latitude, place.longitude, place.geo_precision) == ("Wadi crossing", 16.45, 0.25, "exact")
    assert str(changed.location_id) != old_place
    assert "Wadi crossing" in page.status.text()

    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: str(records.get("incident", incident["id"]).location_id or "") == (old_place or ""))
    assert all(loc.name != "Wadi crossing" for loc in records.records("location", case_id(window)))


def test_gps_is_offered_only_for_items_with_a_position(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService
) -> None:
    ev.intake(case_id(window), io.BytesIO(samples.jpeg_with_gps(None, None)), original_name="nogps.jpg")
    reload(qtbot, window)
    select(page, "nogps.jpg")
    assert not page.gps_action.isEnabled() and page.preview_action.isEnabled()


# -- removal -------------------------------------------------------------------------------------------------


def test_delete_on_an_evidence_file_asks_for_a_reason_and_removes_it(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService
) -> None:
    result = ev.intake(case_id(window), io.BytesIO(b"duplicate scan"), original_name="scan.txt")
    reload(qtbot, window)
    select(page, "scan.txt")
    page.list.table.setFocus()

    def give_reason(dialog: sharing_dialogs.RemoveDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # no reason yet
        dialog.reason.setPlainText("Duplicate of the scan filed under the source")
        assert dialog.ok_button.isEnabled()
        dialog.accept()

    when_shown(sharing_dialogs.RemoveDialog, give_reason)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.delete_action.trigger()  # Del: routed to Remove… for an item in the vault
    assert "scan.txt" not in [r["original_filename"] for r in rows(page)]
    chain = ev.custody(result.evidence_id)
    assert (
        chain[-1].action == "remove" and chain[-1].details["reason"] == "Duplicate of the scan filed under the source"
    )
    assert not ev.vault.path(result.evidence_id).exists()


def test_cancelling_the_removal_keeps_the_file(qtbot, window: MainWindow, page: EvidencePage, ev, monkeypatch) -> None:
    ev.intake(case_id(window), io.BytesIO(b"keep me"), original_name="keep.txt")
    reload(qtbot, window)
    record = select(page, "keep.txt")
    monkeypatch.setattr(sharing_dialogs.RemoveDialog, "ask", classmethod(lambda *a, **k: None))
    page.remove_action.trigger()
    assert [i.original_filename for i in ev.items(case_id(window))] == ["keep.txt"]
    assert ev.custody(uuid.UUID(record["id"]))[-1].action == "intake"


# -- the evidence menu ----------------------------------------------------------------------------------------


def test_the_main_window_has_an_evidence_menu(window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    evidence = menus["Evidence"]
    texts = [a.text().replace("&", "") for a in evidence.actions() if not a.isSeparator()]
    for expected in ("Add files…", "Capture URL…", "Import capture…", "Preview", "Export…", "Remove…"):
        assert expected in texts
    page = window.workspace.evidence_page
    assert page.add_action.shortcut().toString() == "Ctrl+Shift+A"
    window.set_locked(True)
    assert not page.add_action.isEnabled() and not page.capture_action.isEnabled()


# -- preview in memory only ----------------------------------------------------------------------------------


@pytest.fixture
def shown_previews(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """Previews are really shown (pixmaps, pages, text), looked at, then closed."""
    seen: list[dict[str, Any]] = []

    def ask(_cls: Any, content: PreviewContent, parent: Any = None) -> None:
        dialog = EvidencePreviewDialog(content, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.image_view.pixmap.toImage() if dialog.image_view is not None else None
        seen.append(
            {
                "kind": content.kind,
                "image": image,
                "pages": [label.pixmap().size() for label in dialog.page_labels],
                "text": dialog.text_view.toPlainText() if dialog.text_view is not None else "",
                "grab": dialog.grab().size(),
            }
        )
        dialog.close()

    monkeypatch.setattr(EvidencePreviewDialog, "ask", classmethod(ask))
    yield seen


def test_preview_writes_no_decrypted_byte_anywhere(
    qtbot,
    window: MainWindow,
    page: EvidencePage,
    ev: EvidenceService,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    shown_previews: list[dict[str, Any]],
) -> None:
    marker = f"PREVIEW-MARKER-{uuid.uuid4().hex}"
    files = {
        "notes.txt": f"Interview with W-03.\nHe said: {marker}\n".encode(),
        "page.html": f"<html><body><img src='https://tracker.example/{marker}.png'>{marker}</body></html>".encode(),
        "screenshot.png": samples.png_with_text(marker),
        "statement.pdf": samples.pdf_with_metadata(author=marker, pages=2),
    }
    for name, data in files.items():
        assert marker.encode() in data
        ev.intake(case_id(window), io.BytesIO(data), original_name=name)
    reload(qtbot, window)
    qt_paths = [
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation),
    ]
    roots = [Path(tempfile.gettempdir()), tmp_path, tmp_path_factory.getbasetemp()]
    roots += [Path(p) for p in qt_paths if p and Path(p).exists()]
    before = disk.snapshot(roots)

    for number, name in enumerate(files, 1):
        select(page, name)
        page.preview_action.trigger()
        qtbot.waitUntil(lambda n=number: len(shown_previews) >= n, timeout=LOAD_TIMEOUT)
    assert [s["kind"] for s in shown_previews] == ["text", "text", "image", "pdf"]
    assert marker in shown_previews[0]["text"]  # the marker was decrypted in memory, so the scan can fail
    assert marker in shown_previews[1]["text"]  # HTML is shown as its source, not rendered
    assert shown_previews[2]["image"].width() == 40 and len(shown_previews[3]["pages"]) == 2
    # Each preview entered the chain of custody.
    for item in ev.items(case_id(window)):
        assert [e.action for e in ev.custody(item.id)] == ["intake", "view"]

    touched = disk.touched(before, roots)
    assert any(p.name.startswith("store.db") for p in touched)  # the scan sees what the test wrote (custody)
    needles = [marker.encode(), marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    for path in touched:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle in needles:
            assert needle not in data, path
    # And the vault, written before the snapshot, holds the files encrypted.
    for path in ev.vault.root.iterdir():
        assert marker.encode() not in path.read_bytes()


def test_a_file_that_cannot_be_previewed_says_so(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, shown_previews, monkeypatch
) -> None:
    ev.intake(case_id(window), io.BytesIO(samples.zip_bytes()), original_name="bundle.zip")
    reload(qtbot, window)
    select(page, "bundle.zip")
    page.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(shown_previews), timeout=LOAD_TIMEOUT)
    assert shown_previews[0]["kind"] == "none"


# -- details and verification ---------------------------------------------------------------------------------


def test_edit_details_refiles_the_item_and_undo_puts_it_back(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService
) -> None:
    result = ev.intake(case_id(window), io.BytesIO(b"field notes"), original_name="notes.txt", description="Notes")
    reload(qtbot, window)
    select(page, "notes.txt")
    page.list.table.setFocus()
    source = case_data(window)["sources"][0]

    def edit(dialog: dialogs.IntakeDialog) -> None:
        assert dialog.description.text() == "Notes"  # the item's details, ready to change
        assert dialogs.choose(dialog.target, uuid.UUID(source["id"]))
        dialog.description.setText("Notes of the interview with W-01")
        dialog.accept()

    when_shown(dialogs.IntakeDialog, edit)
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.edit_action.trigger()  # F2 on an evidence file edits its details
    item = ev.get(result.evidence_id)
    assert (item.attached_kind, str(item.attached_id)) == ("source", source["id"])
    assert item.description == "Notes of the interview with W-01"
    assert cell(page, row_of(page, "notes.txt"), 4).startswith("Source: ")
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        window.undo_action.trigger()
    item = ev.get(result.evidence_id)
    assert (item.attached_kind, item.attached_id, item.description) == ("", None, "Notes")


def test_verify_rehashes_the_vault_and_reports(
    qtbot, window: MainWindow, page: EvidencePage, ev: EvidenceService, monkeypatch
) -> None:
    result = ev.intake(case_id(window), io.BytesIO(b"scan"), original_name="scan.txt")
    reload(qtbot, window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    with qtbot.waitSignal(window.workspace.loaded, timeout=LOAD_TIMEOUT):
        page.verify_action.trigger()
    assert "1 of 1 files intact" in shown[0] and "No problem found" in shown[0]
    assert ev.custody(result.evidence_id)[-1].action == "verify"
