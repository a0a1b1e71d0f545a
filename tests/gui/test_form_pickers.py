"""Editing a record shows the records it refers to by name, as they were chosen, and saving it unchanged
changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from hrdoc.gui.forms.dialog import RecordDialog
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService

pytestmark = pytest.mark.gui


def shown(dialog: RecordDialog, name: str) -> str:
    combo = dialog.widgets[name]
    assert isinstance(combo, QComboBox)
    return combo.currentText()


def test_an_edited_record_shows_what_it_refers_to_by_name(qtbot, demo_ctx: StoreContext) -> None:
    records = RecordService(demo_ctx)
    [case] = records.records("case")
    witnesses = {w.id: w.pseudonym for w in records.records("witness", case.id)}
    places = {p.id: p.name for p in records.records("location", case.id)}
    incidents = {i.id: i.title for i in records.records("incident", case.id)}

    def edit(kind: str, record_id: object) -> RecordDialog:
        dialog = RecordDialog(demo_ctx, kind, case.id, record_id)
        qtbot.addWidget(dialog)
        return dialog

    account = records.records("account", case.id)[0]
    assert shown(edit("account", account.id), "witness_id") == witnesses[account.witness_id]
    incident = next(i for i in records.records("incident", case.id) if i.location_id)
    assert shown(edit("incident", incident.id), "location_id") == places[incident.location_id]
    link = next(ln for ln in records.records("link", case.id) if ln.source_id and ln.incident_id)
    dialog = edit("link", link.id)
    source = records.get("source", link.source_id)
    assert shown(dialog, "origin") == f"Source: {source.title}"
    assert shown(dialog, "target").startswith(f"Incident: {incidents[link.incident_id]}")

    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert records.get("link", link.id).version == link.version  # nothing changed, nothing saved
