"""Case → Conflicts shows a record whole: its consent, its protected identity (masked until revealed, and the
reveal audited), an account's versions, and what was deleted with it on the other side."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hrdoc.gui.exchange.conflicts import ConflictsDialog
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE, make_account, make_allegation, make_case, make_incident, make_witness


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[StoreContext, StoreContext, StoreContext]]:
    """This laptop, another laptop and the team store file between them."""
    stores = tuple(new_store(tmp_path / f"{n}.db", PASSPHRASE, user=n) for n in ("here", "there", "team"))
    yield stores  # type: ignore[misc]
    for ctx in stores:
        ctx.close()


def shared_case(here: StoreContext, there: StoreContext, team: StoreContext) -> tuple[uuid.UUID, dict[str, Any]]:
    r = RecordService(here)
    case_id = make_case(r)
    allegation = make_allegation(r, case_id, make_incident(r, case_id))
    actor = r.create("actor", case_id=case_id, name="Unit 7", kind="state_force")
    r.create("perpetrator", case_id=case_id, allegation_id=allegation, actor_id=actor, involvement="direct")
    witness = make_witness(r, case_id, identity={"legal_name": "Legal Name", "contact": "old contact"})
    account = make_account(r, case_id, witness, narrative="First telling.")
    for ctx in (here, there):
        sync_case(ctx, team, case_id)
    return case_id, {"witness": witness, "account": account, "actor": actor}


def dialog_for(qtbot: Any, ctx: StoreContext, case_id: uuid.UUID) -> ConflictsDialog:
    dialog = ConflictsDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    return dialog


def test_identity_and_consent_are_shown_masked_until_revealed(qtbot: Any, three: Any) -> None:
    here, there, team = three
    case_id, ids = shared_case(here, there, team)
    RecordService(there).set_identity("witness", ids["witness"], contact="contact given there")
    sync_case(there, team, case_id)
    RecordService(here).set_consent(ids["witness"], to_be_recorded=True, how_given="orally, here")
    assert sync_case(here, team, case_id).conflicts_here == 1

    dialog = dialog_for(qtbot, here, case_id)
    [conflict] = dialog.conflicts()
    rows = {name: (mine, theirs, differs) for name, mine, theirs, differs in dialog.comparison.rows()}
    assert rows["consent.how_given"] == ("orally, here", "(none recorded)", True)
    assert rows["witness_identity.contact"][2]  # it differs, and says so without saying what it is
    assert rows["witness_identity.contact"][:2] == ("[protected — reveal to see]",) * 2
    assert "contact given there" not in str(rows) and "old contact" not in str(rows)
    assert dialog.reveal_button.isEnabled()

    assert dialog.reveal_selected("checking which contact is right")
    rows = {name: (mine, theirs) for name, mine, theirs, _d in dialog.comparison.rows()}
    assert rows["witness_identity.contact"] == ("old contact", "contact given there")
    assert not dialog.reveal_button.isEnabled()
    with here.read() as session:
        reveals = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "reveal")).all()
    assert [e.details["reason"] for e in reveals] == ["checking which contact is right"]
    assert str(conflict.id) in {e.details.get("conflict") for e in reveals}

    assert dialog.resolve_selected("incoming")  # the other side's witness, whole: its identity and consent
    assert RecordService(here).reveal_identity("witness", ids["witness"])["contact"] == "contact given there"
    consent = RecordService(here).consent(ids["witness"])
    assert consent is None  # the other version had none recorded


def test_two_corrections_show_both_sides_versions(qtbot: Any, three: Any) -> None:
    here, there, team = three
    case_id, ids = shared_case(here, there, team)
    RecordService(there).update("account", ids["account"], narrative="Their correction.", correction_note="dates")
    sync_case(there, team, case_id)
    RecordService(here).update("account", ids["account"], narrative="My correction.", correction_note="names")
    sync_case(here, team, case_id)

    dialog = dialog_for(qtbot, here, case_id)
    rows = {name: (mine, theirs, differs) for name, mine, theirs, differs in dialog.comparison.rows()}
    mine, theirs, differs = rows["account_version"]
    assert differs and not dialog.reveal_button.isEnabled()
    assert mine == "1. First telling.\n2. My correction. (names)"
    assert theirs == "1. First telling.\n2. Their correction. (dates)"
    assert dialog.resolve_selected("local")
    assert "kept as version(s) 2" in dialog.status.text()
    versions = [(v.version, v.narrative) for v in RecordService(here).account_versions(ids["account"])]
    assert versions == [(1, "First telling."), (2, "Their correction."), (3, "My correction.")]


def test_what_was_deleted_with_a_record_is_listed_and_kept(qtbot: Any, three: Any) -> None:
    here, there, team = three
    case_id, ids = shared_case(here, there, team)
    RecordService(there).delete("actor", ids["actor"])  # its perpetrator row goes with it
    sync_case(there, team, case_id)
    RecordService(here).update("actor", ids["actor"], affiliation="edited here")
    sync_case(here, team, case_id)

    dialog = dialog_for(qtbot, here, case_id)
    rows = {name: (mine, theirs) for name, mine, theirs, _d in dialog.comparison.rows()}
    assert rows["__with__"] == ("Alleged perpetrator: direct",) * 2
    assert "what the other version deleted with it" in dialog.state.text()
    assert dialog.resolve_selected("local")
    for ctx in (here, team, there):
        sync_case(ctx, team, case_id)
        perpetrators = RecordService(ctx).records("perpetrator", case_id)
        assert [p.actor_id for p in perpetrators] == [ids["actor"]], "the perpetrator row comes back everywhere"
        assert RecordService(ctx).get("actor", ids["actor"]).affiliation == "edited here"
