"""File → Sync with team store, when the team store's audit log was rewritten behind this laptop: the sync is
refused before anything is merged, the app says why in one line and offers "Accept the team's log as it is
now…", which asks again, then syncs taking the log as it is (recorded in this store's audit log).

The team store is real: a store file, and a database on the test PostgreSQL server. Its history is rewritten
as its tables' owner could (tests.team_tamper); only the small result dialog is replaced.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hrdoc.gui.exchange import result as result_dialog
from hrdoc.gui.exchange import sync_dialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import models as m
from tests.backends import PgStores, db_of, postgres_wanted
from tests.gui.modal import button, press, when_modal
from tests.gui.test_transfer import case_id_of, open_window, replace_ask, run_flow, warnings
from tests.helpers import PASSPHRASE
from tests.team_tamper import last_seq, rewrite_audit_log

pytestmark = pytest.mark.gui


@pytest.fixture(
    params=[
        "file",
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(not postgres_wanted(), reason="PostgreSQL tests skipped (HRDOC_TEST_POSTGRES=0)"),
        ),
    ]
)
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sync_dialog.SyncTarget]:
    """A new team store, as the sync dialog would be given it: a store file and its passphrase, or a URL."""
    if request.param == "file":
        new_store(tmp_path / "team.db", PASSPHRASE, user="team").close()
        yield sync_dialog.SyncTarget(str(tmp_path / "team.db"), PASSPHRASE)
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    name, url = stores.new_database()
    ctx = new_store(url, None, user="team")
    where = db_of(ctx)
    ctx.close()
    try:
        yield sync_dialog.SyncTarget(where, None)
    finally:
        stores.server.drop_database(name)


def rewrite_the_team_log(target: sync_dialog.SyncTarget) -> None:
    """Remove an entry of the team store's log that this laptop saw, and rehash the rest (the owner can)."""
    ctx = unlock_store(target.location, target.passphrase, user="team")
    try:
        rewrite_audit_log(ctx, remove={last_seq(ctx) - 1})
    finally:
        ctx.close()


def audit_log(ctx: StoreContext) -> list[m.AuditEntry]:
    with ctx.read() as session:
        return list(session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq)))


def test_a_sync_refused_for_a_rewritten_team_log_says_why_and_syncs_once_the_user_accepts_the_log(
    qtbot: Any, demo_ctx: StoreContext, team: sync_dialog.SyncTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = open_window(qtbot, demo_ctx)
    case_id = case_id_of(window)
    replace_ask(monkeypatch, sync_dialog.SyncDialog, team)
    results = replace_ask(monkeypatch, result_dialog.TransferResultDialog, False)
    problems = warnings(monkeypatch)  # a sync that failed otherwise
    run_flow(qtbot, window, window.sync_action.trigger, "sync")  # this laptop sees the team's log
    assert len(results.calls) == 1
    rewrite_the_team_log(team)
    incident = RecordService(window.ctx).records("incident", case_id)[0]
    RecordService(window.ctx).update("incident", incident.id, title="Changed on this laptop")
    before = take_snapshot(window.ctx, case_id).records, len(audit_log(window.ctx))

    # Refused: the reason in one line. "Accept…" asks again; Cancel there, then Close: nothing was synced.
    seen: dict[str, Any] = {}

    def look_then_close(dialog: sync_dialog.TeamLogRefusedDialog) -> None:
        seen["reason"] = dialog.reason.text()
        seen["default"] = dialog.buttons.button(dialog.buttons.StandardButton.Close).isDefault()
        button(dialog, "Accept the team's log as it is now").click()  # returns once the question is answered
        seen["still open"] = dialog.isVisible()
        press("Close")(dialog)

    def read_then_cancel(box: QMessageBox) -> None:
        seen["question"] = f"{box.text()} {box.informativeText()}"
        seen["default answer"] = box.defaultButton().text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    refused = when_modal(sync_dialog.TeamLogRefusedDialog, look_then_close)
    asked = when_modal(QMessageBox, read_then_cancel, name="acceptTeamLog")
    run_flow(qtbot, window, window.sync_action.trigger, "sync")
    assert len(refused) == 1 and len(asked) == 1
    reason = seen["reason"]
    assert reason.startswith("Its audit log was rewritten behind this store: entry ") and "\n" not in reason
    assert "--accept-team-log" not in reason  # the command line's advice is not the app's
    assert seen["default"] and seen["still open"]
    assert "recorded in this store's audit log" in seen["question"] and "Cancel" in seen["default answer"]
    assert (take_snapshot(window.ctx, case_id).records, len(audit_log(window.ctx))) == before
    assert "Not synced" in window.statusBar().currentMessage()
    assert len(results.calls) == 1

    # Accepted, and confirmed: the sync runs taking the team's log as it is now, and says so.
    when_modal(sync_dialog.TeamLogRefusedDialog, press("Accept the team's log as it is now"))
    when_modal(QMessageBox, press("Accept and sync"), name="acceptTeamLog")
    run_flow(qtbot, window, window.sync_action.trigger, "sync")
    assert problems == [] and len(results.calls) == 2
    lines = results.calls[1]["args"][2]
    assert any(line.startswith("Took the team store's audit log as it is now") for line in lines)
    recorded = [e for e in audit_log(window.ctx) if e.entity_type == "team_store"]
    assert len(recorded) == 1 and "rewritten behind this store" in recorded[0].summary
    team_ctx = unlock_store(team.location, team.passphrase, user="team")
    try:
        assert RecordService(team_ctx).get("incident", incident.id).title == "Changed on this laptop"
    finally:
        team_ctx.close()

    # The next sync compares with the log as it is now: no refusal.
    refused_again = replace_ask(monkeypatch, sync_dialog.TeamLogRefusedDialog, False)
    run_flow(qtbot, window, window.sync_action.trigger, "sync")
    assert refused_again.calls == [] and len(results.calls) == 3


def test_enter_on_a_refusal_closes_it_without_accepting_the_log(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Taking the team's log is deliberate: Enter (and Esc) close the refusal; only its own button asks."""
    seen: list[bool] = []
    confirmations: list[object] = []
    monkeypatch.setattr(sync_dialog.TeamLogRefusedDialog, "_confirm", confirmations.append)

    def key(which: Qt.Key) -> Any:
        def then(dialog: sync_dialog.TeamLogRefusedDialog) -> None:
            assert dialog.reason.text() == "Its audit log was changed outside hrdoc: entry 3 differs."
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=5_000)
            qtbot.keyClick(dialog.focusWidget(), which)  # where the keyboard is when the refusal opens
            seen.append(dialog.isVisible())
            dialog.reject()

        return then

    for which in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        when_modal(sync_dialog.TeamLogRefusedDialog, key(which))
        assert not sync_dialog.TeamLogRefusedDialog.ask(
            "team.db", "its audit log was changed outside hrdoc: entry 3 differs"
        )
    assert seen == [False, False] and confirmations == []
