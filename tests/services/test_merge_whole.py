"""A record is merged whole, by bundle between two laptops: its identity, consent and account versions with it,
and a deletion with what depends on it (docs/merging.md, "A record is merged whole").

Each test exchanges real bundle files (``hrdoc export`` / ``hrdoc import``) between two store files.
"""

from __future__ import annotations

import io
import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.merge import MergeReport
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE, make_account, make_allegation, make_case, make_incident, make_witness

_numbers = itertools.count()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[StoreContext, StoreContext]]:
    a = new_store(tmp_path / "a.db", PASSPHRASE, user="amina")
    b = new_store(tmp_path / "b.db", PASSPHRASE, user="bakary")
    yield a, b
    a.close()
    b.close()


def send(source: StoreContext, target: StoreContext, case_id: uuid.UUID, folder: Path) -> MergeReport:
    """Export the case from ``source`` to a bundle file and import it into ``target``."""
    bundle = folder / f"case-{next(_numbers)}.hrdoc"
    export_case(source, case_id, bundle)
    return import_bundle(target, bundle)


def records(ctx: StoreContext, case_id: uuid.UUID) -> dict[str, Any]:
    """The case as a store holds it (records, identities, consent, versions; not the history of versions, which
    each store learns in its own order)."""
    snap = take_snapshot(ctx, case_id)
    return {
        "records": {
            k: sorted(({f: v for f, v in r.items() if f != "lineage"} for r in rows), key=lambda r: r["id"])
            for k, rows in snap.records.items()
        },
        "identities": sorted(snap.witness_identities, key=lambda r: r["witness_id"]),
        "consents": sorted(snap.consents, key=lambda r: r["witness_id"]),
        "versions": sorted(snap.account_versions, key=lambda r: r["id"]),
    }


@pytest.fixture
def case(pair: tuple[StoreContext, StoreContext], tmp_path: Path) -> dict[str, uuid.UUID]:
    """A case made on A and copied to B: a witness with identity, consent and an account linked to an allegation,
    an actor named as its perpetrator."""
    a, b = pair
    r = RecordService(a)
    case_id = make_case(r)
    allegation = make_allegation(r, case_id, make_incident(r, case_id))
    actor = r.create("actor", case_id=case_id, name="Unit 7", kind="state_force")
    perpetrator = r.create(
        "perpetrator", case_id=case_id, allegation_id=allegation, actor_id=actor, involvement="direct"
    )
    witness = make_witness(
        r, case_id, identity={"legal_name": "A Name", "contact": "first contact"}, consent={"to_be_recorded": True,
                                                                                              "how_given": "orally"}
    )  # fmt: skip
    account = make_account(r, case_id, witness, narrative="First telling.")
    link = r.create("link", case_id=case_id, account_id=account, allegation_id=allegation, relation="supports")
    send(a, b, case_id, tmp_path)
    return {"case": case_id, "actor": actor, "perpetrator": perpetrator, "witness": witness, "account": account,
            "link": link, "allegation": allegation}  # fmt: skip


def contact(ctx: StoreContext, witness: uuid.UUID) -> str:
    return RecordService(ctx).reveal_identity("witness", witness, reason="test")["contact"]


def test_an_identity_changed_on_one_side_only_is_taken_with_its_witness(
    pair: tuple[StoreContext, StoreContext], case: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    a, b = pair
    RecordService(b).set_identity("witness", case["witness"], contact="new contact")
    assert send(b, a, case["case"], tmp_path).conflicts == 0
    assert send(a, b, case["case"], tmp_path).conflicts == 0
    assert contact(a, case["witness"]) == contact(b, case["witness"]) == "new contact"


@pytest.mark.parametrize(
    ("on_a", "on_b"),
    [
        ({"contact": "contact from A"}, {"contact": "contact from B"}),
        ({"contact": "contact from A"}, {"consent": "in writing, B"}),
    ],
    ids=["two contacts", "identity and consent"],
)
def test_parts_changed_on_both_sides_are_a_conflict_never_a_silent_win(
    pair: tuple[StoreContext, StoreContext],
    case: dict[str, uuid.UUID],
    tmp_path: Path,
    on_a: dict[str, str],
    on_b: dict[str, str],
) -> None:
    a, b = pair
    for ctx, change in ((a, on_a), (b, on_b)):
        if "contact" in change:
            RecordService(ctx).set_identity("witness", case["witness"], contact=change["contact"])
        else:
            RecordService(ctx).set_consent(case["witness"], how_given=change["consent"])
    assert send(a, b, case["case"], tmp_path).conflicts == 1
    [conflict] = ConflictService(b).open_conflicts(case["case"])
    assert conflict.kind == "witness"
    differing = conflict.differing_fields()
    assert "witness_identity.contact" in differing
    assert ("consent.how_given" in differing) == ("consent" in on_b)
    assert "contact from A" not in repr(conflict)  # masked until revealed
    assert ConflictService(b).reveal(conflict.id, "test").incoming_parts["witness_identity"]["contact"] == (
        "contact from A"
    )
    ConflictService(b).resolve(conflict.id, "incoming")  # A's witness, whole
    assert send(b, a, case["case"], tmp_path).conflicts == 0
    for ctx in (a, b):
        assert contact(ctx, case["witness"]) == "contact from A"
        consent = RecordService(ctx).consent(case["witness"])
        assert consent is not None and consent.how_given == "orally"
    assert records(a, case["case"]) == records(b, case["case"])
    assert ConflictService(b).open_conflicts(case["case"]) == []


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_keeping_a_record_the_other_side_deleted_keeps_what_was_deleted_with_it(
    pair: tuple[StoreContext, StoreContext], case: dict[str, uuid.UUID], tmp_path: Path, choice: str
) -> None:
    a, b = pair
    RecordService(a).delete("actor", case["actor"])  # its perpetrator row goes with it
    RecordService(b).update("actor", case["actor"], affiliation="changed on B")
    report = send(a, b, case["case"], tmp_path)
    assert report.conflicts == 1 and report.deleted == 0  # nothing of it deleted while undecided
    assert RecordService(b).get("perpetrator", case["perpetrator"]) is not None
    [conflict] = ConflictService(b).open_conflicts(case["case"])
    assert [(r.kind, r.record_id) for r in conflict.incoming_with] == [("perpetrator", str(case["perpetrator"]))]
    back = send(b, a, case["case"], tmp_path)  # A now has the same conflict, the other way round
    assert back.conflicts == 1
    ConflictService(b).resolve(conflict.id, choice)
    assert send(b, a, case["case"], tmp_path).settled == 1  # A's copy of the conflict is settled by B's decision
    for ctx in (a, b):
        actors = {x.id for x in RecordService(ctx).records("actor", case["case"])}
        perpetrators = {p.id for p in RecordService(ctx).records("perpetrator", case["case"])}
        assert (case["actor"] in actors) == (case["perpetrator"] in perpetrators) == (choice == "local")
        assert ConflictService(ctx).open_conflicts(case["case"]) == []
    assert records(a, case["case"]) == records(b, case["case"])


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_a_correction_of_an_account_whose_witness_was_deleted_here_comes_back_with_it(
    pair: tuple[StoreContext, StoreContext], case: dict[str, uuid.UUID], tmp_path: Path, choice: str
) -> None:
    a, b = pair
    RecordService(a).update("account", case["account"], narrative="Corrected on A.", correction_note="dates")
    RecordService(b).delete("witness", case["witness"])  # and its account and link with it
    report = send(a, b, case["case"], tmp_path)
    assert report.conflicts == 1 and sum(report.added.values()) == 0
    [conflict] = ConflictService(b).open_conflicts(case["case"])
    assert conflict.kind == "witness" and conflict.local is None
    assert {r.kind for r in conflict.incoming_with} == {"account", "link"}
    ConflictService(b).resolve(conflict.id, choice)
    send(b, a, case["case"], tmp_path)
    send(a, b, case["case"], tmp_path)
    for ctx in (a, b):
        accounts = RecordService(ctx).records("account", case["case"])
        if choice == "incoming":  # back, with the correction, its versions and its link
            assert [x.id for x in accounts] == [case["account"]]
            assert RecordService(ctx).current_version(case["account"]).narrative == "Corrected on A."
            assert [x.id for x in RecordService(ctx).records("link", case["case"])] == [case["link"]]
            assert contact(ctx, case["witness"]) == "first contact"
        else:  # deleted everywhere, the correction with it
            assert accounts == [] and RecordService(ctx).records("witness", case["case"]) == []
        assert ConflictService(ctx).open_conflicts(case["case"]) == []
    assert records(a, case["case"]) == records(b, case["case"])


def test_an_original_removed_on_one_side_while_copied_on_the_other_is_a_conflict(
    pair: tuple[StoreContext, StoreContext], tmp_path: Path
) -> None:
    a, b = pair
    case_id = make_case(RecordService(a))
    item = EvidenceService(a).intake(case_id, io.BytesIO(b"original photo"), original_name="photo.jpg")
    send(a, b, case_id, tmp_path)
    EvidenceService(a).remove(item.evidence_id, reason="not relevant")
    copy = EvidenceService(b).working_copy(
        item.evidence_id, io.BytesIO(b"blurred photo"), original_name="blurred.jpg", alteration_note="faces blurred"
    )
    assert send(a, b, case_id, tmp_path).conflicts == 1  # not refused, not silently undone
    report = send(b, a, case_id, tmp_path)  # A removed it; B's copy of it waits with it
    assert report.conflicts == 1 and RecordService(a).records("evidence", case_id) == []
    [conflict] = ConflictService(b).open_conflicts(case_id)
    with pytest.raises(ValidationError, match="working copies here that the other side did not delete"):
        ConflictService(b).resolve(conflict.id, "incoming")
    ConflictService(b).resolve(conflict.id, "local")  # keep the original, and the copy made of it
    send(b, a, case_id, tmp_path)
    for ctx in (a, b):
        assert {e.id for e in RecordService(ctx).records("evidence", case_id)} == {item.evidence_id, copy.evidence_id}
        assert ConflictService(ctx).open_conflicts(case_id) == []
        assert EvidenceService(ctx).read_for_preview(copy.evidence_id) == b"blurred photo"
        assert verify_store(ctx).ok, verify_store(ctx).problems


def test_importing_a_bundle_that_brings_nothing_new_writes_nothing(
    pair: tuple[StoreContext, StoreContext], case: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    a, b = pair
    bundle = tmp_path / "again.hrdoc"
    export_case(a, case["case"], bundle)
    import_bundle(b, bundle)  # the export's own audit entry arrives

    def counts() -> list[int]:
        with b.read() as session:
            return [
                int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (m.AuditEntry, m.RecordLineage, m.CustodyEntry, m.Tombstone, m.Conflict)
            ]

    before = counts()
    report = import_bundle(b, bundle)
    assert not report.changed_records() and report.audit_entries_added == 0
    assert counts() == before


def test_a_conflict_kept_the_old_way_is_still_decided(
    pair: tuple[StoreContext, StoreContext], case: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    """A conflict filed before conflicts kept what goes with a record (a deletion as ``incoming = null``)."""
    a, b = pair
    RecordService(a).delete("link", case["link"])
    RecordService(b).update("link", case["link"], excerpt="changed on B")
    send(a, b, case["case"], tmp_path)
    [conflict] = ConflictService(b).open_conflicts(case["case"])
    with b.write() as session:
        row = session.get(m.Conflict, conflict.id)
        assert row is not None
        row.incoming = None
    [old] = ConflictService(b).open_conflicts(case["case"])
    assert old.incoming is None and old.incoming_with == ()
    ConflictService(b).resolve(conflict.id, "incoming")
    assert RecordService(b).records("link", case["case"]) == []


def test_changing_a_part_gives_its_record_a_new_version(
    pair: tuple[StoreContext, StoreContext], case: dict[str, uuid.UUID]
) -> None:
    """What the merge relies on to decide parts with their record (docs/merging.md)."""
    a, _b = pair
    r = RecordService(a)
    changes = [
        ("witness", case["witness"], lambda: r.set_identity("witness", case["witness"], residence="elsewhere")),
        ("witness", case["witness"], lambda: r.set_consent(case["witness"], to_be_named=True)),
        ("account", case["account"], lambda: r.update("account", case["account"], narrative="x", correction_note="y")),
    ]
    for kind, rid, change in changes:
        before = r.get(kind, rid).version
        change()
        assert r.get(kind, rid).version != before, kind
