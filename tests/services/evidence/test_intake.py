"""Intake into the vault, working copies, previews, exports and removal, with their chain of custody."""

from __future__ import annotations

import hashlib
import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdoc.domain.enums import AuditAction, CustodyAction, Visibility
from hrdoc.domain.errors import Cancelled
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.sharing import Audience
from hrdoc.storage.models import AuditEntry
from hrdoc.storage.vault import Vault
from tests.helpers import (
    cancel_when,
    make_account,
    make_allegation,
    make_case,
    make_incident,
    make_source,
    make_witness,
)
from tests.services.evidence import samples

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def ev(ctx: StoreContext) -> EvidenceService:
    return EvidenceService(ctx)


@pytest.fixture
def case(records: RecordService) -> uuid.UUID:
    return make_case(records)


def actions(ev: EvidenceService, item: uuid.UUID) -> list[str]:
    return [e.action for e in ev.custody(item)]


def test_intake_from_a_path_records_hash_size_type_and_custody(
    ev: EvidenceService, case: uuid.UUID, tmp_path: Path
) -> None:
    source = tmp_path / "photo.jpg"  # a PDF under a photo's name: the type comes from the content
    source.write_bytes(PDF)
    result = ev.intake(case, source, acquired_from="handed over on a USB stick", description="Ministry letter")
    item = ev.get(result.evidence_id)
    assert item.in_vault
    assert item.sha256 == hashlib.sha256(PDF).hexdigest() == result.sha256
    assert item.size == len(PDF)
    assert item.mime_type == "application/pdf"
    assert item.original_filename == "photo.jpg"
    assert item.acquired_by == "tester"
    assert item.acquired_from == "handed over on a USB stick"
    [entry] = ev.custody(item.id)
    assert (entry.action, entry.item_sha256, entry.actor, entry.seq) == ("intake", item.sha256, "tester", 1)
    assert entry.at.tzinfo is not None
    assert source.read_bytes() == PDF  # the investigator's file is left as it was
    assert ev.vault.path(item.id).exists()


def test_intake_audits_the_record_and_the_custody_entry(ev: EvidenceService, case: uuid.UUID) -> None:
    result = ev.intake(case, io.BytesIO(b"notes"), original_name="notes.txt")
    with ev.ctx.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(result.evidence_id))).all()
    assert [r.action for r in rows] == [AuditAction.CREATE.value, AuditAction.CUSTODY.value]


def test_an_empty_file_is_accepted(ev: EvidenceService, case: uuid.UUID) -> None:
    result = ev.intake(case, io.BytesIO(b""), original_name="empty.bin")
    assert result.size == 0
    assert result.sha256 == hashlib.sha256(b"").hexdigest()
    assert ev.read_for_preview(result.evidence_id) == b""


@pytest.mark.parametrize("kind", ["incident", "allegation", "source", "account"])
def test_files_can_be_filed_under_a_record_of_the_case(
    ev: EvidenceService, records: RecordService, case: uuid.UUID, kind: str
) -> None:
    incident = make_incident(records, case)
    target = {
        "incident": lambda: incident,
        "allegation": lambda: make_allegation(records, case, incident),
        "source": lambda: make_source(records, case),
        "account": lambda: make_account(records, case, make_witness(records, case)),
    }[kind]()
    result = ev.intake(case, io.BytesIO(b"x"), original_name="x.txt", attach_to=str(target))
    item = ev.get(result.evidence_id)
    assert (item.attached_kind, item.attached_id) == (kind, target)
    assert ev.attached_label(item).startswith(kind)


def test_filing_under_another_case_or_nothing_is_refused(
    ev: EvidenceService, records: RecordService, case: uuid.UUID
) -> None:
    other_incident = make_incident(records, make_case(records))
    with pytest.raises(ValidationError, match="another case"):
        ev.intake(case, io.BytesIO(b"x"), original_name="x.txt", attach_to=other_incident)
    with pytest.raises(NotFound):
        ev.intake(case, io.BytesIO(b"x"), original_name="x.txt", attach_to=uuid.uuid4())
    assert ev.items(case) == []
    assert ev.vault.item_ids() == set()


def test_deleting_the_record_a_file_is_filed_under_files_it_under_the_case(
    ev: EvidenceService, records: RecordService, case: uuid.UUID
) -> None:
    incident = make_incident(records, case)
    result = ev.intake(case, io.BytesIO(b"x"), original_name="x.txt", attach_to=incident)
    records.delete("incident", incident)
    item = ev.get(result.evidence_id)
    assert (item.attached_kind, item.attached_id) == ("", None)


def test_a_missing_or_unreadable_path_is_refused_clearly(ev: EvidenceService, case: uuid.UUID, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no file at"):
        ev.intake(case, tmp_path / "nothing.jpg")
    with pytest.raises(ValidationError, match="is a folder"):
        ev.intake(case, tmp_path)


def test_cancelling_an_intake_leaves_nothing(ev: EvidenceService, case: uuid.UUID) -> None:
    told: list[str] = []
    with pytest.raises(Cancelled):
        stop = cancel_when(lambda _done, _total, what: told.append(what) is None)
        ev.intake(case, io.BytesIO(b"a" * 3_000_000), original_name="big.bin", progress=stop)
    assert told == ["adding big.bin"]
    assert ev.items(case) == []
    assert list(ev.vault.root.iterdir()) == []


def test_a_store_error_during_the_record_leaves_no_file(
    ev: EvidenceService, case: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrdoc.services.evidence import custody

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(custody, "append", fail)
    with pytest.raises(RuntimeError):
        ev.intake(case, io.BytesIO(b"content"), original_name="x.txt")
    assert ev.items(case) == []
    assert list(ev.vault.root.iterdir()) == []


def test_a_working_copy_is_a_new_item_linked_to_its_untouched_original(ev: EvidenceService, case: uuid.UUID) -> None:
    original = ev.intake(case, io.BytesIO(b"full photo"), original_name="photo.jpg", visibility=Visibility.CONFIDENTIAL)
    with pytest.raises(ValidationError, match="what was altered"):
        ev.working_copy(original.evidence_id, io.BytesIO(b"cropped"), alteration_note=" ", original_name="c.jpg")
    copy = ev.working_copy(
        original.evidence_id, io.BytesIO(b"cropped"), alteration_note="cropped to the vehicle", original_name="c.jpg"
    )
    item = ev.get(copy.evidence_id)
    assert item.original_id == original.evidence_id
    assert item.alteration_note == "cropped to the vehicle"
    assert item.visibility == "confidential"
    assert item.sha256 == hashlib.sha256(b"cropped").hexdigest()
    assert ev.read_for_preview(original.evidence_id) == b"full photo"
    assert actions(ev, original.evidence_id) == ["intake", "copy", "view"]
    assert actions(ev, copy.evidence_id) == ["derived"]
    copy_entry = ev.custody(original.evidence_id)[1]
    assert copy_entry.details["copy_sha256"] == item.sha256
    assert ev.working_copies(original.evidence_id)[0].id == copy.evidence_id


def test_what_a_vault_file_is_cannot_be_edited_as_a_record(
    ev: EvidenceService, records: RecordService, case: uuid.UUID
) -> None:
    result = ev.intake(case, io.BytesIO(b"abc"), original_name="a.txt")
    with pytest.raises(ValidationError, match="fixed when the file enters the vault"):
        records.update("evidence", result.evidence_id, sha256="0" * 64)
    with pytest.raises(ValidationError, match="fixed"):
        records.update("evidence", result.evidence_id, original_filename="b.txt")
    records.update("evidence", result.evidence_id, description="described later")  # the description may change
    with pytest.raises(ValidationError, match="Remove"):
        records.delete("evidence", result.evidence_id)
    with pytest.raises(ValidationError, match="not a field"):
        records.create("evidence", case_id=case, original_filename="f", sha256="a" * 64, size=1, in_vault=True)


def test_a_preview_is_recorded_and_checked(ev: EvidenceService, case: uuid.UUID) -> None:
    result = ev.intake(case, io.BytesIO(b"secret words"), original_name="s.txt")
    assert ev.read_for_preview(result.evidence_id) == b"secret words"
    entry = ev.custody(result.evidence_id)[-1]
    assert (entry.action, entry.item_sha256) == (CustodyAction.VIEW.value, result.sha256)


def test_internal_export_is_byte_identical_and_recorded(ev: EvidenceService, case: uuid.UUID, tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000
    result = ev.intake(case, io.BytesIO(data), original_name="data.bin")
    (tmp_path / "exports").mkdir()
    out = ev.export(result.evidence_id, tmp_path / "exports" / "out.bin", audience="internal")
    assert (tmp_path / "exports" / "out.bin").read_bytes() == data
    assert out.sha256 == result.sha256
    entry = ev.custody(result.evidence_id)[-1]
    assert entry.action == "export"
    assert entry.details["copy_sha256"] == out.sha256
    assert entry.details["audience"] == "internal"
    assert [p.name for p in (tmp_path / "exports").iterdir()] == ["out.bin"]  # no partial file left beside it


def test_export_respects_the_items_visibility(ev: EvidenceService, case: uuid.UUID, tmp_path: Path) -> None:
    result = ev.intake(case, io.BytesIO(b"x"), original_name="x.txt", visibility=Visibility.CONFIDENTIAL)
    with pytest.raises(ValidationError, match="may not be exported for the partners"):
        ev.export(result.evidence_id, tmp_path / "x.txt", audience="partners")
    assert not (tmp_path / "x.txt").exists()
    with pytest.raises(ValidationError, match="does not exist"):
        ev.export(result.evidence_id, tmp_path / "no" / "x.txt", audience="internal")


def test_a_working_copy_is_exported_wherever_its_own_visibility_lets_it_go(
    ev: EvidenceService, case: uuid.UUID, tmp_path: Path
) -> None:
    """The sharing policy decides, as for bundles and tables: a working copy goes without its original, so the
    blurred public copy of a confidential photo is exported for the public (cleaned), the original for no one
    beyond the team; the copy's own visibility still holds it back (it used to need its original too)."""
    original = ev.intake(
        case, io.BytesIO(samples.jpeg_with_gps()), original_name="raw.jpg", visibility=Visibility.CONFIDENTIAL
    )
    copy = ev.working_copy(
        original.evidence_id,
        io.BytesIO(samples.jpeg_with_gps()),
        original_name="blurred.jpg",
        alteration_note="faces blurred",
        visibility=Visibility.PUBLIC,
    )
    assert ev.audiences(copy.evidence_id) == tuple(Audience)
    assert ev.audiences(original.evidence_id) == (Audience.INTERNAL,)
    cleaned = {
        audience: ev.export(copy.evidence_id, tmp_path / f"{audience}.jpg", audience=audience).cleaned
        for audience in ("public", "partners", "internal")
    }
    assert cleaned == {"public": True, "partners": False, "internal": False}
    assert samples.SERIAL.encode() in (tmp_path / "partners.jpg").read_bytes()
    assert samples.SERIAL.encode() not in (tmp_path / "public.jpg").read_bytes()
    with pytest.raises(ValidationError, match=r"raw\.jpg is confidential: it may not be exported for the public"):
        ev.export(original.evidence_id, tmp_path / "raw.jpg", audience="public")
    RecordService(ev.ctx).update("evidence", copy.evidence_id, visibility="restricted")
    assert ev.audiences(copy.evidence_id) == (Audience.PARTNERS, Audience.INTERNAL)
    with pytest.raises(ValidationError, match=r"blurred\.jpg is restricted"):
        ev.export(copy.evidence_id, tmp_path / "again.jpg", audience="public")
    assert not (tmp_path / "again.jpg").exists() and not (tmp_path / "raw.jpg").exists()


def test_removal_keeps_the_chain_and_says_why(ev: EvidenceService, case: uuid.UUID) -> None:
    result = ev.intake(case, io.BytesIO(b"wrong file"), original_name="holiday.jpg")
    with pytest.raises(ValidationError, match="say why"):
        ev.remove(result.evidence_id, reason="")
    ev.remove(result.evidence_id, reason="attached by mistake: a personal photo")
    with pytest.raises(NotFound):
        ev.get(result.evidence_id)
    assert not ev.vault.path(result.evidence_id).exists()
    chain = ev.custody(result.evidence_id)
    assert [e.action for e in chain] == ["intake", "remove"]
    assert chain[-1].details["reason"] == "attached by mistake: a personal photo"
    report = ev.verify()
    assert report.problems == []


def test_an_original_with_working_copies_cannot_be_removed(ev: EvidenceService, case: uuid.UUID) -> None:
    original = ev.intake(case, io.BytesIO(b"o"), original_name="o.txt")
    ev.working_copy(original.evidence_id, io.BytesIO(b"c"), alteration_note="transcribed", original_name="c.txt")
    with pytest.raises(ValidationError, match="working copies"):
        ev.remove(original.evidence_id, reason="duplicate")
    assert ev.vault.path(original.evidence_id).exists()


def test_the_vault_sits_beside_the_store(ev: EvidenceService, store_path: Path) -> None:
    assert ev.vault.root == Vault.folder_for(store_path) == store_path.with_name("store.db.vault")


def test_public_export_strips_identifying_metadata_from_the_copy_only(
    ev: EvidenceService, case: uuid.UUID, tmp_path: Path
) -> None:
    from hrdoc.services.evidence.metadata import extract_metadata
    from tests.services.evidence.samples import jpeg_with_gps

    photo = jpeg_with_gps(lat=15.8512, lon=-1.9187, serial="CAM-SERIAL-4471")
    result = ev.intake(case, io.BytesIO(photo), original_name="IMG_0042.jpg", visibility=Visibility.PUBLIC)
    assert ev.get(result.evidence_id).file_metadata["gps"]["latitude"] == pytest.approx(15.8512, abs=1e-4)
    out = ev.export(result.evidence_id, tmp_path / "public.jpg", audience="public")
    exported = (tmp_path / "public.jpg").read_bytes()
    assert out.cleaned and out.removed
    assert b"CAM-SERIAL-4471" not in exported
    with (tmp_path / "public.jpg").open("rb") as fh:
        after = extract_metadata(fh, "image/jpeg")
    assert "gps" not in after
    assert "serial" not in after.get("camera", {})
    assert ev.read_for_preview(result.evidence_id) == photo  # the original is untouched
    entry = next(e for e in ev.custody(result.evidence_id) if e.action == "export")
    assert entry.details["copy_sha256"] == hashlib.sha256(exported).hexdigest() != result.sha256
    assert entry.details["cleaned"] is True


def test_public_export_refuses_what_cannot_be_cleaned(ev: EvidenceService, case: uuid.UUID, tmp_path: Path) -> None:
    from tests.services.evidence.samples import wav_seconds

    result = ev.intake(case, io.BytesIO(wav_seconds(1.0)), original_name="call.wav", visibility=Visibility.PUBLIC)
    with pytest.raises(ValidationError, match=r"cannot make a clean public copy of call\.wav, a recording"):
        ev.export(result.evidence_id, tmp_path / "call.wav", audience="public")
    assert not (tmp_path / "call.wav").exists()
    ev.export(result.evidence_id, tmp_path / "call.wav", audience="partners")
    text = ev.intake(case, io.BytesIO(b"plain words"), original_name="t.txt", visibility=Visibility.PUBLIC)
    with pytest.raises(ValidationError, match=r"cannot make a clean public copy of t\.txt, a text"):
        ev.export(text.evidence_id, tmp_path / "t.txt", audience="public")
    assert not (tmp_path / "t.txt").exists()


def test_an_export_can_report_progress_and_be_cancelled(ev: EvidenceService, case: uuid.UUID, tmp_path: Path) -> None:
    result = ev.intake(case, io.BytesIO(b"x" * 3_000_000), original_name="big.bin")
    seen: list[tuple[int, int, str]] = []
    ev.export(result.evidence_id, tmp_path / "a.bin", progress=lambda *told: seen.append(told))
    assert seen[-1] == (3_000_000, 3_000_000, "writing the copy")
    with pytest.raises(Cancelled):
        ev.export(result.evidence_id, tmp_path / "b.bin", progress=cancel_when(lambda _done, _total, _what: True))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".bin")) == ["a.bin"]
    assert [e.action for e in ev.custody(result.evidence_id)].count("export") == 1


# -- a photo's position ----------------------------------------------------------------------------------------


def test_a_photos_gps_becomes_an_incidents_place_in_one_unit_of_work(
    ev: EvidenceService, records: RecordService, case: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = make_incident(records, case)
    photo = ev.intake(case, io.BytesIO(samples.jpeg_with_gps(16.45, -0.25)), original_name="site.jpg")
    places_before = len(records.records("location", case))

    # If giving the place to the incident fails, the place is not made either.
    def failing_update(*_args: object, **_kwargs: object) -> None:
        raise ValidationError.single("location_id", "refused for the test")

    with monkeypatch.context() as patch:
        patch.setattr(ev.records, "_update", failing_update)
        with pytest.raises(ValidationError):
            ev.place_incident_at_gps(photo.evidence_id, incident, "Wadi crossing")
    assert len(records.records("location", case)) == places_before
    assert records.get("incident", incident).location_id is None

    placed = ev.place_incident_at_gps(photo.evidence_id, incident, "Wadi crossing")
    place = records.get("location", placed.location_id)
    assert (place.name, place.latitude, place.longitude, place.geo_precision) == (
        "Wadi crossing",
        16.45,
        -0.25,
        "exact",
    )
    assert "site.jpg" in place.notes and photo.sha256 in place.notes
    assert records.get("incident", incident).location_id == placed.location_id
    assert placed.previous_location_id is None

    without = ev.intake(case, io.BytesIO(samples.jpeg_with_gps(None, None)), original_name="nogps.jpg")
    with pytest.raises(ValidationError, match="no GPS position"):
        ev.place_incident_at_gps(without.evidence_id, incident, "Nowhere")
    other_case_incident = make_incident(records, make_case(records))
    with pytest.raises(NotFound):
        ev.place_incident_at_gps(photo.evidence_id, other_case_incident, "Elsewhere")
