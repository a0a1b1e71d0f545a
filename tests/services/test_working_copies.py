"""A working copy goes without its original: the blurred public copy of a confidential photo is published, and
nothing of the original (its name, description, notes, hash or id) goes with it, in any output.

The sharing policy lets a working copy go without its original (``sharing.OPTIONAL_DEPENDENCIES``), and a
record that goes without a record it refers to goes without the reference (``sharing.without_withheld``), as an
incident goes without a place withheld from it. A copy of the case that carries such a working copy imports
into another store, verifies there, and comes back without taking the original from the copy it left.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from hrdoc.domain.enums import Visibility
from hrdoc.domain.validation import ValidationError
from hrdoc.services.acled import export_acled_csv
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.reporting import ReportService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.services.sharing import Audience
from hrdoc.services.tables import TABLE_KINDS, export_table_csv
from hrdoc.services.verify import verify_store
from tests.helpers import PASSPHRASE
from tests.services.evidence import samples

pytestmark = pytest.mark.sqlite_only  # two store files on one laptop; PostgreSQL: the policy is the same code

MARK = "QZORIGINALQZ"  # planted in the original's name, description and notes: found nowhere beyond the team
BEYOND_THE_TEAM = (Audience.PUBLIC, Audience.PARTNERS)


@dataclass(frozen=True)
class Photos:
    case: uuid.UUID
    original: uuid.UUID
    original_sha256: str
    copy: uuid.UUID


def add_photos(ctx: StoreContext, case: uuid.UUID, *, copy_visibility: Visibility = Visibility.PUBLIC) -> Photos:
    """A confidential photo (faces, GPS) filed under the case's first incident, and its blurred working copy,
    both linked to that incident."""
    records = RecordService(ctx)
    incident = records.records("incident", case)[0].id
    ev = EvidenceService(ctx)
    original = ev.intake(
        case,
        io.BytesIO(samples.jpeg_with_gps(marker=MARK)),
        original_name=f"{MARK}-raw.jpg",
        description=f"Faces of the {MARK} family",
        visibility=Visibility.CONFIDENTIAL,
        attach_to=incident,
    )
    records.update("evidence", original.evidence_id, notes=f"GPS shows the {MARK} house")
    copy = ev.working_copy(
        original.evidence_id,
        io.BytesIO(samples.plain_jpeg((32, 24))),
        original_name="blurred.jpg",
        description="The vehicle, faces blurred",
        alteration_note="faces blurred, position removed",
        visibility=copy_visibility,
    )
    for item, visibility in ((original.evidence_id, "confidential"), (copy.evidence_id, copy_visibility.value)):
        records.create("link", case_id=case, evidence_id=item, incident_id=incident, relation="context",
                       locator="whole picture", visibility=visibility)  # fmt: skip
    return Photos(case, original.evidence_id, original.sha256, copy.evidence_id)


def leaked(text: str, photos: Photos) -> list[str]:
    """What of the original ``text`` holds: the marker, its hash (or either half, as a report prints it) or id."""
    sha = photos.original_sha256
    return [s for s in (MARK, sha[:32], sha[32:], str(photos.original)) if s in text]


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    return "\n".join(page.extract_text() for page in reader.pages) + metadata


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StoreContext, Photos]]:
    ctx = new_store(tmp_path_factory.mktemp("copies") / "store.db", PASSPHRASE, user="investigator")
    photos = add_photos(ctx, build_demo_case(ctx))
    yield ctx, photos
    ctx.close()


@pytest.mark.parametrize("audience", BEYOND_THE_TEAM)
def test_a_bundle_carries_the_copy_and_nothing_of_its_original(
    demo: tuple[StoreContext, Photos], tmp_path: Path, audience: Audience
) -> None:
    ctx, photos = demo
    path = tmp_path / "case.hrdoc"
    export_case(ctx, photos.case, path, audience=audience)
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    evidence = json.loads(members["records/evidence_files.json"])
    [copy] = [e for e in evidence if e["id"] == str(photos.copy)]
    assert copy["original_filename"] == "blurred.jpg" and copy["original_id"] is None
    assert str(photos.original) not in {e["id"] for e in evidence}
    # Partners also get the copy's file and its chain of custody, whose first entry ("derived") names the
    # original by id: hashed into the chain, it proves the copy, and says no more than the copy's alteration
    # note, which partners see. Nothing else anywhere names the original.
    custody = json.loads(members.pop("logs/custody.json"))
    assert {e["evidence_id"] for e in custody} == ({str(photos.copy)} if audience is Audience.PARTNERS else set())
    if custody:
        derived = custody[0]
        assert derived["action"] == "derived" and derived["details"].pop("original_id") == str(photos.original)
        assert leaked(json.dumps(custody), photos) == []
    everything = "\n".join(data.decode("utf-8", "replace") for data in members.values())
    assert leaked(everything, photos) == []
    assert (f"evidence/{photos.copy}" in members) == (audience is Audience.PARTNERS)


@pytest.mark.parametrize("audience", BEYOND_THE_TEAM)
def test_tables_search_and_acled_carry_the_copy_and_nothing_of_its_original(
    demo: tuple[StoreContext, Photos], audience: Audience
) -> None:
    ctx, photos = demo
    tables = {}
    for kind in TABLE_KINDS:
        out = io.StringIO(newline="")
        export_table_csv(ctx, photos.case, kind, out, audience=audience)
        tables[kind] = out.getvalue()
    assert str(photos.copy) in tables["evidence"] and "blurred.jpg" in tables["evidence"]
    assert str(photos.copy) in tables["link"]  # the copy's link to the incident goes with it
    assert leaked("\n".join(tables.values()), photos) == []
    acled = io.StringIO(newline="")
    export_acled_csv(ctx, photos.case, acled, audience=audience)
    assert leaked(acled.getvalue(), photos) == []
    search = SearchService(ctx)
    assert search.search(MARK, audience=audience) == []
    assert [h.record_id for h in search.search("blurred", audience=audience)] == [photos.copy]


def test_the_copy_is_exported_for_the_public_and_the_original_is_not(
    demo: tuple[StoreContext, Photos], tmp_path: Path
) -> None:
    ctx, photos = demo
    ev = EvidenceService(ctx)
    result = ev.export(photos.copy, tmp_path / "blurred.jpg", audience="public")
    assert result.cleaned
    assert leaked((tmp_path / "blurred.jpg").read_bytes().decode("latin-1"), photos) == []
    with pytest.raises(ValidationError, match="is confidential: it may not be exported for the public"):
        ev.export(photos.original, tmp_path / "raw.jpg", audience="public")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blurred.jpg"]


@pytest.mark.parametrize("audience", BEYOND_THE_TEAM)
def test_a_report_lists_the_copy_and_nothing_of_its_original(
    demo: tuple[StoreContext, Photos], audience: Audience
) -> None:
    ctx, photos = demo
    text = pdf_text(ReportService(ctx).render(str(photos.case), audience))
    assert "blurred.jpg" in text  # Annex B, and the incident's corroboration table
    assert leaked(text, photos) == []
    internal = pdf_text(ReportService(ctx).render(str(photos.case), Audience.INTERNAL))
    assert MARK in internal and "blurred.jpg" in internal  # the team's report has both


def test_a_partners_copy_arrives_without_its_original_verifies_and_comes_back(tmp_path: Path) -> None:
    """The receiving store gets the copy without its original; its chain of custody begins with "derived",
    naming an original it does not hold, and verifies. Sent back after an edit there, the copy keeps its
    original in the first store: an original withheld from a copy is not an original changed."""
    field = new_store(tmp_path / "field.db", PASSPHRASE, user="amina")
    office = new_store(tmp_path / "office.db", PASSPHRASE, user="bakary")
    try:
        photos = add_photos(field, build_demo_case(field), copy_visibility=Visibility.RESTRICTED)
        export_case(field, photos.case, tmp_path / "to-partner.hrdoc", audience="partners")
        report = import_bundle(office, tmp_path / "to-partner.hrdoc")
        assert report.files_added == 1
        ev = EvidenceService(office)
        copy = ev.get(photos.copy)
        assert copy.original_id is None and copy.alteration_note == "faces blurred, position removed"
        assert [e.action for e in ev.custody(photos.copy)] == ["derived", "transfer_in"]
        assert ev.read_for_preview(photos.copy) == EvidenceService(field).read_for_preview(photos.copy)
        assert verify_store(office).ok, verify_store(office).problems

        RecordService(office).update("evidence", photos.copy, description="Vehicle, faces blurred (checked)")
        export_case(office, photos.case, tmp_path / "back.hrdoc", audience="partners")
        back = import_bundle(field, tmp_path / "back.hrdoc")
        assert back.conflicts == 0
        item = EvidenceService(field).get(photos.copy)
        assert item.description == "Vehicle, faces blurred (checked)" and item.original_id == photos.original
        assert verify_store(field).ok, verify_store(field).problems
    finally:
        office.close()
        field.close()


def test_no_copy_names_a_record_withheld_from_it(tmp_path: Path) -> None:
    """As for a working copy's original, so for an incident's withheld place and the withheld record a public
    file is filed under: a public bundle carries no id of them (it used to carry both ids), and the receiving
    store gets the incident without a place and the file filed under the case."""
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="investigator")
    other = new_store(tmp_path / "other.db", PASSPHRASE, user="reader")
    try:
        r = RecordService(ctx)
        case = r.create("case", reference="ML-9", title="Case", visibility="public")
        place = r.create("location", case_id=case, name="Safe house", visibility="confidential")
        r.create("incident", case_id=case, title="Raid", location_id=place, visibility="public")
        hidden = r.create("incident", case_id=case, title="Arrest", visibility="confidential")
        item = EvidenceService(ctx).intake(
            case, io.BytesIO(b"%PDF-1.4 notice"), original_name="notice.pdf", visibility=Visibility.PUBLIC,
            attach_to=hidden,
        )  # fmt: skip
        path = tmp_path / "public.hrdoc"
        export_case(ctx, case, path, audience="public")
        with zipfile.ZipFile(path) as zf:
            everything = "\n".join(zf.read(info).decode("utf-8", "replace") for info in zf.infolist())
        assert str(place) not in everything and str(hidden) not in everything
        import_bundle(other, path)
        [raid] = take_snapshot(other, case).records["incident"]
        [notice] = take_snapshot(other, case).records["evidence"]
        assert raid["title"] == "Raid" and raid["location_id"] is None
        assert notice["id"] == str(item.evidence_id) and (notice["attached_kind"], notice["attached_id"]) == ("", None)
        # Within the team, nothing is withheld: the references go.
        internal = take_snapshot(ctx, case).records
        assert {i["location_id"] for i in internal["incident"]} == {str(place), None}
        assert internal["evidence"][0]["attached_id"] == str(hidden)
    finally:
        other.close()
        ctx.close()
