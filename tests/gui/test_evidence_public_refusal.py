"""The app refuses a public copy of a saved web page with the same one sentence as the CLI, and writes nothing."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hrdoc.domain.enums import Visibility
from hrdoc.gui.evidence import sharing_dialogs
from hrdoc.gui.evidence.page import EvidencePage
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.sharing import Audience
from tests.gui.test_evidence import LOAD_TIMEOUT, _no_proxy, case_id, ev, page, reload, select, window
from tests.services.evidence.test_public_copies import mhtml

__all__ = ["_no_proxy", "ev", "page", "window"]  # fixtures, imported for pytest

pytestmark = pytest.mark.gui


def test_a_saved_page_is_refused_for_the_public_in_one_sentence(
    qtbot: Any,
    window: MainWindow,
    page: EvidencePage,
    ev: EvidenceService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ev.intake(case_id(window), io.BytesIO(mhtml()), original_name="post.mhtml", visibility=Visibility.PUBLIC)
    reload(qtbot, window)
    select(page, "post.mhtml")
    monkeypatch.setattr(sharing_dialogs.ExportDialog, "ask", classmethod(lambda *a, **k: Audience.PUBLIC))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "post.mhtml"), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    page.export_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=LOAD_TIMEOUT)
    assert warnings[0].startswith("Nothing was exported.\n\nCannot make a clean public copy of post.mhtml, a saved")
    assert "export a screenshot or a PDF made from it instead" in warnings[0]
    assert list(out.iterdir()) == []  # neither the copy nor a partial file
