"""Case bundles end to end: export from one store, check, import into another; refusals change nothing."""

from __future__ import annotations

import hashlib
import io
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.domain.errors import Cancelled
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundle import BundleError
from hrdoc.services.exchange.bundles import export_case, import_bundle, inspect_bundle
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.services.verify import verify_store
from tests.helpers import PASSPHRASE, cancel_when

pytestmark = pytest.mark.sqlite_only  # two store files on one laptop each; PostgreSQL: tests/test_team_store.py


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[StoreContext, uuid.UUID, uuid.UUID]]:
    ctx = new_store(tmp_path / "field.db", PASSPHRASE, user="amina")
    case_id = build_demo_case(ctx)
    witness = RecordService(ctx).records("witness", case_id)[0]
    RecordService(ctx).set_identity("witness", witness.id, legal_name="Fictional Legal Name Q7")
    item = EvidenceService(ctx).intake(case_id, io.BytesIO(b"\xff\xd8\xff" + b"photo" * 1000), original_name="p.jpg")
    yield ctx, case_id, item.evidence_id
    ctx.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path / "office.db", PASSPHRASE, user="bakary")
    yield ctx
    ctx.close()


def records(ctx: StoreContext, case_id: uuid.UUID) -> dict[str, list[dict[str, object]]]:
    return take_snapshot(ctx, case_id).records


def test_export_then_import_gives_identical_records_and_evidence(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    ctx, case_id, item = source
    bundle = tmp_path / "case.hrdoc"
    summary = export_case(ctx, case_id, bundle)
    assert summary.files == 1 and bundle.exists()
    report = import_bundle(target, bundle)
    assert report.created_case and report.conflicts == 0 and report.files_added == 1
    assert records(ctx, case_id) == records(target, case_id)
    copied = EvidenceService(target).get(item)
    assert copied.sha256 == EvidenceService(ctx).get(item).sha256
    assert hashlib.sha256(EvidenceService(target).read_for_preview(item)).hexdigest() == copied.sha256
    # The sender's "transfer_out" is written once the bundle is complete, so it stays in the sender's chain.
    assert [e.action for e in EvidenceService(target).custody(item)] == ["intake", "transfer_in", "view"]
    assert [e.action for e in EvidenceService(ctx).custody(item)] == ["intake", "transfer_out"]
    witness = RecordService(target).records("witness", case_id)[0]
    assert RecordService(target).reveal_identity("witness", witness.id, reason="t")["legal_name"] == (
        "Fictional Legal Name Q7"
    )
    assert verify_store(target).ok, verify_store(target).problems


def test_standard_tools_can_check_every_hash(source: tuple[StoreContext, uuid.UUID, uuid.UUID], tmp_path: Path) -> None:
    ctx, case_id, _ = source
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle)
    out = tmp_path / "unzipped"
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(out)
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "README.txt" in {p.name for p in out.iterdir()}


def test_an_encrypted_bundle_needs_its_passphrase(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    ctx, case_id, _ = source
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle, passphrase="bundle secret")
    assert b"Annefif" not in bundle.read_bytes()
    with pytest.raises(BundleError, match="encrypted"):
        import_bundle(target, bundle)
    with pytest.raises(BundleError, match="wrong bundle passphrase"):
        import_bundle(target, bundle, passphrase="not it")
    assert inspect_bundle(bundle, passphrase="bundle secret").case_reference == "ML-2025-004"
    assert import_bundle(target, bundle, passphrase="bundle secret").created_case


def test_a_refused_bundle_leaves_the_store_byte_for_byte_unchanged(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    ctx, case_id, _ = source
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle)
    damaged = tmp_path / "damaged.hrdoc"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    store = tmp_path / "office2.db"
    new_store(store, PASSPHRASE).close()
    before = {p.name: p.read_bytes() for p in tmp_path.glob("office2.db*") if p.is_file()}
    office = unlock_store(store, PASSPHRASE, record_unlock=False)
    try:
        with pytest.raises(BundleError):
            import_bundle(office, damaged)
    finally:
        office.close()
    after = {p.name: p.read_bytes() for p in tmp_path.glob("office2.db*") if p.is_file()}
    assert after == before
    assert not (tmp_path / "office2.db.vault").exists()


def test_checking_a_bundle_tells_its_progress_in_bytes_and_can_be_cancelled(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    ctx, case_id, _ = source
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle)
    told: list[tuple[str, int, int]] = []
    info = inspect_bundle(bundle, progress=lambda done, total, what: told.append((what, done, total)))
    members = info.manifest["members"]
    total = sum(entry["size"] for entry in members.values())
    assert {what for what, _, _ in told} == {"checking the bundle"}
    assert all(t == total for _, _, t in told) and told[-1][1] == total
    assert [done for _, done, _ in told] == sorted(done for _, done, _ in told)  # never backwards
    assert len(told) >= len(members)

    halfway = cancel_when(lambda done, total, what: what == "checking the bundle" and 0 < total <= 2 * done)
    with pytest.raises(Cancelled):
        inspect_bundle(bundle, progress=halfway)
    with pytest.raises(Cancelled):
        import_bundle(target, bundle, progress=halfway)
    assert CaseService(target).summaries() == []  # nothing imported


def test_a_public_bundle_carries_no_identities_no_files_and_no_confidential_records(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    ctx, case_id, _ = source
    bundle = tmp_path / "public.hrdoc"
    summary = export_case(ctx, case_id, bundle, audience="public")
    assert summary.files == 0
    raw = b""
    with zipfile.ZipFile(bundle) as zf:
        for name in zf.namelist():
            raw += zf.read(name)
    assert b"Fictional Legal Name Q7" not in raw
    assert b"W-01" not in raw  # the demo witness is confidential


def test_changes_on_both_sides_travel_by_bundle_and_become_a_conflict(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    ctx, case_id, _ = source
    export_case(ctx, case_id, tmp_path / "first.hrdoc")
    import_bundle(target, tmp_path / "first.hrdoc")
    incident = RecordService(ctx).records("incident", case_id)[0]
    RecordService(ctx).update("incident", incident.id, title="Field title")
    RecordService(target).update("incident", incident.id, title="Office title")
    export_case(ctx, case_id, tmp_path / "second.hrdoc")
    report = import_bundle(target, tmp_path / "second.hrdoc")
    assert report.conflicts == 1
    [conflict] = ConflictService(target).open_conflicts(case_id)
    assert conflict.incoming is not None and conflict.incoming["title"] == "Field title"
    assert RecordService(target).get("incident", incident.id).title == "Office title"


@pytest.mark.parametrize("audience", ["internal", "partners"])
def test_working_copies_travel_with_their_originals(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path, audience: str
) -> None:
    """A cropped photo made with --copy-of arrives beside its original, and the chain of custody that names
    it refers to a copy that exists."""
    ctx, case_id, item = source
    if audience == "partners":
        with ctx.write() as session:  # partners see what is restricted or public
            from hrdoc.storage import models as m

            session.get(m.EvidenceFile, item).visibility = "restricted"
    copy = EvidenceService(ctx).working_copy(
        item, io.BytesIO(b"cropped photo"), alteration_note="cropped", original_name="p-cropped.jpg"
    )
    if audience == "partners":
        with ctx.write() as session:
            session.get(m.EvidenceFile, copy.evidence_id).visibility = "restricted"
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle, audience=audience)
    report = import_bundle(target, bundle)
    assert report.files_added == 2
    arrived = {e["id"]: e for e in take_snapshot(target, case_id).records["evidence"]}
    assert arrived[str(copy.evidence_id)]["original_id"] == str(item)
    assert EvidenceService(target).read_for_preview(copy.evidence_id) == b"cropped photo"
    assert verify_store(target).ok, verify_store(target).problems


def test_a_bundle_carrying_a_file_no_record_describes_is_refused(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    from tests.services.bundle.craft import rebuild

    ctx, case_id, _item = source
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle)
    forged = tmp_path / "forged.hrdoc"
    rebuild(bundle, forged, change={f"evidence/{uuid.uuid4()}": b"a file nobody described"})
    with pytest.raises(BundleError, match="none of its records describes"):
        import_bundle(target, forged)
    assert CaseService(target).summaries() == []


def test_log_entries_keep_when_they_happened_through_two_hops(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    """Laptop → office → another laptop: the intake's custody entry still says when the intake happened, who
    made it, and can be re-hashed as first written; the merge adds when it arrived."""
    ctx, case_id, item = source
    export_case(ctx, case_id, tmp_path / "one.hrdoc")
    import_bundle(target, tmp_path / "one.hrdoc")
    export_case(target, case_id, tmp_path / "two.hrdoc")
    third = new_store(tmp_path / "third.db", PASSPHRASE, user="chaka")
    try:
        import_bundle(third, tmp_path / "two.hrdoc")
        first = EvidenceService(ctx).custody(item)[0]
        hopped = EvidenceService(third).custody(item)[0]
        assert (hopped.at, hopped.actor, hopped.action) == (first.at, first.actor, first.action)
        arrival = hopped.details["arrival"]
        assert arrival["entry_hash"] == first.entry_hash and arrival["seq"] == first.seq
        assert arrival["arrived_at"] >= arrival["at"]
        assert verify_store(third).ok, verify_store(third).problems
    finally:
        third.close()


def test_verify_rechecks_entries_merged_from_another_store(
    source: tuple[StoreContext, uuid.UUID, uuid.UUID], target: StoreContext, tmp_path: Path
) -> None:
    """After import, an arrived custody entry altered in its first writer's terms (its actor, as recorded
    under ``arrival``-hashed content) is named by verify, even though this store's own chain was re-hashed."""
    from sqlalchemy import text

    from hrdoc.services.evidence import custody

    ctx, case_id, item = source
    export_case(ctx, case_id, tmp_path / "case.hrdoc")
    import_bundle(target, tmp_path / "case.hrdoc")
    assert verify_store(target).ok
    with target.write() as session:  # a forger with the key rewrites who made the intake, and re-chains
        session.execute(text("DROP TRIGGER IF EXISTS custody_log_no_update"))
        entry = custody.entries(session, item)[0]
        session.execute(text("UPDATE custody_log SET actor = 'someone else' WHERE id = :id"), {"id": entry.id})
    problems = verify_store(target).problems
    assert any("was altered after it was first written" in p for p in problems), problems
