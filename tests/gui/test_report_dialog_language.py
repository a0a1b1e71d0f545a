"""The report dialog's language: a report is made in the language chosen there, whatever the interface's (by
default the interface's, if reports speak it). The French catalogue here is a test catalogue of a few messages
(tests/catalogues.py), so that the test does not depend on the translators' progress."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from hrdoc.gui import i18n
from hrdoc.gui.report_dialog import ReportDialog
from hrdoc.services import catalogue, languages
from hrdoc.services.context import StoreContext
from hrdoc.services.reporting import Audience
from tests.catalogues import compile_catalogue

pytestmark = pytest.mark.gui


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    compile_catalogue(tmp_path, "fr", {"Executive summary": "Résumé analytique", "Methodology": "Méthodologie"})
    monkeypatch.setattr(languages, "CATALOGUES", tmp_path)
    catalogue.catalogue.cache_clear()
    yield
    catalogue.catalogue.cache_clear()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_report_is_made_in_the_language_chosen(qtbot, demo_ctx: StoreContext, french: None) -> None:
    dialog = ReportDialog(demo_ctx, "ML-2025-004")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == ["English", "Français", "العربية"]
    assert dialog.language() == i18n.running == "en"  # the interface's, by default
    dialog.set_language("fr")
    dialog.set_audience(Audience.PUBLIC)
    with qtbot.waitSignal(dialog.generated, timeout=60_000):
        dialog.generate_button.click()
    assert dialog.report is not None
    text = _text(dialog.report.pdf)
    assert "Résumé analytique" in text and "Méthodologie" in text and "Executive summary" not in text
    dialog.set_language("en")  # a report in another language is a report to make again
    assert dialog.report is None and not dialog.save_button.isEnabled()


def test_the_default_is_the_interface_s_language_if_reports_speak_it(
    qtbot, demo_ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for running, expected in (("fr", "fr"), ("ar", "ar"), ("de", "en")):
        monkeypatch.setattr(i18n, "running", running)
        dialog = ReportDialog(demo_ctx, "ML-2025-004")
        qtbot.addWidget(dialog)
        assert dialog.language() == expected
