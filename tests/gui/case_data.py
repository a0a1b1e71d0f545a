"""The open case's records as ``hrdoc show --json`` gives them, for tests that pick a record to act on: the workspace
holds only what is in view (its tables read the store a page at a time)."""

from __future__ import annotations

from hrdoc.gui.main_window import MainWindow
from hrdoc.services.cases import CaseExport, CaseService


def case_data(window: MainWindow) -> CaseExport:
    """The whole case open in ``window``, read from its store now."""
    assert window.workspace.case_id is not None
    return CaseService(window.ctx).export(str(window.workspace.case_id))
