"""Merging copies of a case between two stores: nothing anyone recorded is lost, conflicts are surfaced.

Two laptops are two real encrypted stores; the snapshot travels through JSON as it does in a bundle.
"""

from __future__ import annotations

import dataclasses
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.merge import Merger, MergeReport, copy_evidence
from hrdoc.services.exchange.snapshot import Snapshot, take_snapshot, to_json
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE, make_account, make_case, make_incident, make_witness


@pytest.fixture
def laptop_a(tmp_path: Path) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    yield ctx
    ctx.close()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    yield ctx
    ctx.close()


def move(source: StoreContext, target: StoreContext, case_id: uuid.UUID) -> MergeReport:
    snap = take_snapshot(source, case_id)
    carried = Snapshot(**json.loads(json.dumps(dataclasses.asdict(snap))))
    return Merger(target).apply(carried, origin_label="test bundle", files=copy_evidence(source))


def records_of(ctx: StoreContext, case_id: uuid.UUID) -> dict[str, dict[str, dict[str, object]]]:
    snap = take_snapshot(ctx, case_id)
    return {kind: {r["id"]: r for r in rows} for kind, rows in snap.records.items()}


@pytest.fixture
def shared_case(laptop_a: StoreContext, laptop_b: StoreContext) -> uuid.UUID:
    """The demo case, made on laptop A and copied to laptop B."""
    case_id = build_demo_case(laptop_a)
    move(laptop_a, laptop_b, case_id)
    return case_id


def test_a_copy_into_an_empty_store_is_identical(laptop_a: StoreContext, laptop_b: StoreContext) -> None:
    case_id = build_demo_case(laptop_a)
    witness = RecordService(laptop_a).records("witness", case_id)[0]
    RecordService(laptop_a).set_identity("witness", witness.id, legal_name="Fictional Name For Test")
    report = move(laptop_a, laptop_b, case_id)
    assert report.created_case and report.conflicts == 0
    assert records_of(laptop_a, case_id) == records_of(laptop_b, case_id)
    assert RecordService(laptop_b).reveal_identity("witness", witness.id, reason="test")["legal_name"] == (
        "Fictional Name For Test"
    )
    assert verify_store(laptop_b).ok
    again = move(laptop_a, laptop_b, case_id)  # nothing new: nothing changes, nothing duplicated
    assert sum(again.added.values()) == sum(again.updated.values()) == again.audit_entries_added == 0


def test_a_change_made_on_one_side_only_is_taken(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID
) -> None:
    incident = RecordService(laptop_a).records("incident", shared_case)[0]
    RecordService(laptop_a).update("incident", incident.id, title="Attack on a convoy of three vehicles")
    report = move(laptop_a, laptop_b, shared_case)
    assert report.updated == {"incident": 1} and report.conflicts == 0
    assert RecordService(laptop_b).get("incident", incident.id).title == "Attack on a convoy of three vehicles"
    back = move(laptop_b, laptop_a, shared_case)  # and going back changes nothing
    assert back.conflicts == 0 and sum(back.updated.values()) == 0


@pytest.mark.parametrize("fields", [("title", "title"), ("title", "description")], ids=["same field", "other field"])
def test_changes_on_both_sides_become_a_conflict_keeping_both(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID, fields: tuple[str, str]
) -> None:
    incident = RecordService(laptop_a).records("incident", shared_case)[0]
    RecordService(laptop_a).update("incident", incident.id, **{fields[0]: "A's wording"})
    RecordService(laptop_b).update("incident", incident.id, **{fields[1]: "B's wording"})
    report = move(laptop_a, laptop_b, shared_case)
    assert report.conflicts == 1
    assert getattr(RecordService(laptop_b).get("incident", incident.id), fields[1]) == "B's wording"  # not overwritten
    [conflict] = ConflictService(laptop_b).open_conflicts(shared_case)
    assert conflict.incoming is not None and conflict.incoming[fields[0]] == "A's wording"
    assert conflict.local is not None and conflict.local[fields[1]] == "B's wording"
    assert fields[0] in conflict.differing_fields()
    assert move(laptop_a, laptop_b, shared_case).conflicts == 0  # the same conflict is not filed twice


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_a_resolved_conflict_travels_back_without_a_new_conflict(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID, choice: str
) -> None:
    incident = RecordService(laptop_a).records("incident", shared_case)[0]
    RecordService(laptop_a).update("incident", incident.id, title="A's title")
    RecordService(laptop_b).update("incident", incident.id, title="B's title")
    move(laptop_a, laptop_b, shared_case)
    [conflict] = ConflictService(laptop_b).open_conflicts(shared_case)
    assert ConflictService(laptop_b).count_open(shared_case) == 1
    ConflictService(laptop_b).resolve(conflict.id, choice)
    assert ConflictService(laptop_b).count_open(shared_case) == 0
    expected = "B's title" if choice == "local" else "A's title"
    assert RecordService(laptop_b).get("incident", incident.id).title == expected
    assert ConflictService(laptop_b).open_conflicts(shared_case) == []
    report = move(laptop_b, laptop_a, shared_case)
    assert report.conflicts == 0
    assert RecordService(laptop_a).get("incident", incident.id).title == expected
    assert move(laptop_a, laptop_b, shared_case).conflicts == 0


def test_a_deletion_travels_as_a_tombstone(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID
) -> None:
    source = RecordService(laptop_a).records("source", shared_case)[0]
    RecordService(laptop_a).delete("source", source.id)
    report = move(laptop_a, laptop_b, shared_case)
    assert report.deleted >= 1 and report.conflicts == 0
    with pytest.raises(Exception, match="no source"):
        RecordService(laptop_b).get("source", source.id)
    # B sends its (older) copy back: the source is not brought back to life on A.
    back = move(laptop_b, laptop_a, shared_case)
    assert back.conflicts == 0
    assert source.id not in {s.id for s in RecordService(laptop_a).records("source", shared_case)}


@pytest.mark.parametrize("deleted_on", ["a", "b"])
def test_delete_on_one_side_and_edit_on_the_other_is_a_conflict(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID, deleted_on: str
) -> None:
    actor = RecordService(laptop_a).records("actor", shared_case)[0]
    deleter, editor = (laptop_a, laptop_b) if deleted_on == "a" else (laptop_b, laptop_a)
    RecordService(deleter).delete("actor", actor.id)
    RecordService(editor).update("actor", actor.id, affiliation="edited after the split")
    report = move(laptop_a, laptop_b, shared_case)
    assert report.conflicts == 1
    [conflict] = ConflictService(laptop_b).open_conflicts(shared_case)
    if deleted_on == "a":  # B still has its edited actor; A's deletion waits
        assert conflict.incoming is None and conflict.local is not None
        assert RecordService(laptop_b).get("actor", actor.id).affiliation == "edited after the split"
    else:  # B deleted it; A's edit waits
        assert conflict.local is None and conflict.incoming is not None
        assert conflict.incoming["affiliation"] == "edited after the split"


def test_new_records_on_both_sides_are_all_kept(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID
) -> None:
    on_a = make_incident(RecordService(laptop_a), shared_case, title="Found by A")
    on_b = make_incident(RecordService(laptop_b), shared_case, title="Found by B")
    move(laptop_a, laptop_b, shared_case)
    move(laptop_b, laptop_a, shared_case)
    for ctx in (laptop_a, laptop_b):
        titles = {i.id: i.title for i in RecordService(ctx).records("incident", shared_case)}
        assert titles[on_a] == "Found by A" and titles[on_b] == "Found by B"
    assert records_of(laptop_a, shared_case) == records_of(laptop_b, shared_case)


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_two_corrections_of_an_account_are_a_conflict_keeping_both(
    laptop_a: StoreContext, laptop_b: StoreContext, choice: str
) -> None:
    ra = RecordService(laptop_a)
    case_id = make_case(ra)
    witness = make_witness(ra, case_id)
    account = make_account(ra, case_id, witness, narrative="First telling.")
    move(laptop_a, laptop_b, case_id)
    ra.update("account", account, narrative="A's correction.", correction_note="names checked")
    RecordService(laptop_b).update("account", account, narrative="B's correction.", correction_note="dates checked")
    assert move(laptop_a, laptop_b, case_id).conflicts == 1
    [conflict] = ConflictService(laptop_b).open_conflicts(case_id)
    assert "account_version" in conflict.differing_fields()
    ConflictService(laptop_b).resolve(conflict.id, choice)
    move(laptop_b, laptop_a, case_id)
    chosen = "B's correction." if choice == "local" else "A's correction."
    other = "A's correction." if choice == "local" else "B's correction."
    for ctx in (laptop_a, laptop_b):  # both texts kept, in the same order everywhere, the chosen one current
        kept = [(v.version, v.narrative) for v in RecordService(ctx).account_versions(account)]
        assert kept == [(1, "First telling."), (2, other), (3, chosen)]
        assert RecordService(ctx).current_version(account).narrative == chosen
    assert records_of(laptop_a, case_id) == records_of(laptop_b, case_id)


def test_audit_and_custody_logs_are_merged_and_stay_verifiable(
    laptop_a: StoreContext, laptop_b: StoreContext, shared_case: uuid.UUID
) -> None:
    item = EvidenceService(laptop_a).intake(shared_case, io.BytesIO(b"photo bytes"), original_name="p.jpg")
    EvidenceService(laptop_a).read_for_preview(item.evidence_id)
    report = move(laptop_a, laptop_b, shared_case)
    assert report.files_added == 1
    assert EvidenceService(laptop_b).read_for_preview(item.evidence_id) == b"photo bytes"
    chain_b = [e.action for e in EvidenceService(laptop_b).custody(item.evidence_id)]
    assert chain_b == ["intake", "view", "view"]  # A's two entries, then B's own view
    first_a = EvidenceService(laptop_a).custody(item.evidence_id)[0]
    first_b = EvidenceService(laptop_b).custody(item.evidence_id)[0]
    assert first_b.details["arrival"]["store"]
    assert first_b.at == first_a.at  # when it happened, not when it arrived
    with laptop_b.read() as session:
        merged = session.scalars(select(m.AuditEntry).where(m.AuditEntry.actor == "amina")).all()
    assert merged, "A's audit entries should be in B's log, under A's name"
    assert verify_store(laptop_b).ok, verify_store(laptop_b).problems
    back = move(laptop_b, laptop_a, shared_case)
    assert back.custody_entries_added == 2  # only B's view and B's verification are new to A
    assert verify_store(laptop_a).ok, verify_store(laptop_a).problems


def test_a_snapshot_for_partners_leaves_identities_and_confidential_records_behind(
    laptop_a: StoreContext,
) -> None:
    r = RecordService(laptop_a)
    case_id = make_case(r)
    witness = make_witness(r, case_id, visibility="restricted")
    r.set_identity("witness", witness, legal_name="Hidden Legal Name")
    make_incident(r, case_id, title="Confidential incident", visibility="confidential")
    snap = take_snapshot(laptop_a, case_id, audience="partners")
    text = json.dumps(dataclasses.asdict(snap))
    assert "Hidden Legal Name" not in text
    assert "Confidential incident" not in text
    assert snap.audit == [] and snap.tombstones == []


def test_a_different_case_with_the_same_reference_is_refused(laptop_a: StoreContext, laptop_b: StoreContext) -> None:
    make_case(RecordService(laptop_a), reference="ML-2025-009")
    other = make_case(RecordService(laptop_b), reference="ML-2025-009")
    before = to_json(RecordService(laptop_b).get("case", other))
    case_a = RecordService(laptop_a).records("case")[0].id
    with pytest.raises(Exception, match="different case with the reference ML-2025-009"):
        move(laptop_a, laptop_b, case_a)
    assert to_json(RecordService(laptop_b).get("case", other)) == before


def test_sync_brings_two_laptops_together_through_the_team_store(tmp_path: Path) -> None:
    from hrdoc.services.exchange.sync import sync_case

    team = new_store(tmp_path / "team.db", PASSPHRASE, user="team")
    one = new_store(tmp_path / "one.db", PASSPHRASE, user="amina")
    two = new_store(tmp_path / "two.db", PASSPHRASE, user="bakary")
    try:
        case_id = build_demo_case(one)
        first = sync_case(one, team, case_id)
        assert first.pulled is None and first.pushed.created_case
        sync_case(two, team, case_id)  # the second laptop gets the case
        incident = RecordService(one).records("incident", case_id)[0]
        RecordService(one).update("incident", incident.id, title="One's title")
        RecordService(two).update("incident", incident.id, title="Two's title")
        new_one = make_incident(RecordService(one), case_id, title="Only on one")
        new_two = make_incident(RecordService(two), case_id, title="Only on two")
        sync_case(one, team, case_id)
        report = sync_case(two, team, case_id)
        assert report.conflicts_here == 1  # the title changed on both laptops
        [conflict] = ConflictService(two).open_conflicts(case_id)
        ConflictService(two).resolve(conflict.id, "incoming")
        sync_case(two, team, case_id)
        final = sync_case(one, team, case_id)
        assert final.conflicts_here == 0
        for ctx in (one, two, team):
            titles = {i.id: i.title for i in RecordService(ctx).records("incident", case_id)}
            assert titles[incident.id] == "One's title"
            assert titles[new_one] == "Only on one" and titles[new_two] == "Only on two"
            assert verify_store(ctx).ok
        assert ConflictService(team).open_conflicts(case_id) == []  # settled by the decision that arrived
    finally:
        for ctx in (team, one, two):
            ctx.close()
