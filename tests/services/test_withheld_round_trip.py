"""A copy beyond the team goes without references to records withheld from it (``sharing.without_withheld``):
an incident without its confidential place, a file filed under the case instead of under a confidential
incident, a working copy without its confidential original. Such a copy, edited by the partner and sent back,
must not take those references away in the store it came from: an empty reference there means "not yours to
see", not "cleared". A reference the other side did clear, to a record it holds, is cleared.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.domain.enums import Visibility
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store
from tests.helpers import PASSPHRASE

pytestmark = pytest.mark.sqlite_only  # store files passed by bundle; the merge is the same code on PostgreSQL


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[StoreContext, StoreContext]]:
    """The office's store, where the case is kept, and another (a partner's, or a teammate's laptop)."""
    office = new_store(tmp_path / "office.db", PASSPHRASE, user="amina")
    other = new_store(tmp_path / "other.db", PASSPHRASE, user="bakary")
    yield office, other
    other.close()
    office.close()


def _case(r: RecordService) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    case = r.create("case", reference="ML-7", title="Convoy", visibility="public")
    place = r.create("location", case_id=case, name="Safe house", visibility="confidential")
    raid = r.create("incident", case_id=case, title="Raid", location_id=place, visibility="restricted")
    arrest = r.create("incident", case_id=case, title="Arrest", visibility="confidential")
    return case, place, raid, arrest


@pytest.mark.parametrize("audience", ["partners", "public"])
def test_a_partner_edits_and_sends_back_without_taking_withheld_references(
    stores: tuple[StoreContext, StoreContext], tmp_path: Path, audience: str
) -> None:
    office, partner = stores
    r = RecordService(office)
    case, place, raid, arrest = _case(r)
    visibility = Visibility.RESTRICTED if audience == "partners" else Visibility.PUBLIC
    if audience == "public":
        r.update("incident", raid, visibility="public")
    notice = EvidenceService(office).intake(
        case, io.BytesIO(b"%PDF-1.4 notice"), original_name="notice.pdf", visibility=visibility,
        attach_to=arrest,
    ).evidence_id  # fmt: skip
    export_case(office, case, tmp_path / "out.hrdoc", audience=audience)
    import_bundle(partner, tmp_path / "out.hrdoc")
    theirs = RecordService(partner)
    assert theirs.get("incident", raid).location_id is None
    assert EvidenceService(partner).get(notice).attached_id is None
    theirs.update("incident", raid, title="Night raid")
    theirs.update("evidence", notice, description="Notice posted at the gate")
    export_case(partner, case, tmp_path / "back.hrdoc", audience=audience)

    back = import_bundle(office, tmp_path / "back.hrdoc")
    assert back.conflicts == 0 and back.updated == {"incident": 1, "evidence": 1}
    incident = r.get("incident", raid)
    assert (incident.title, incident.location_id) == ("Night raid", place)
    item = EvidenceService(office).get(notice)
    assert item.description == "Notice posted at the gate"
    assert (item.attached_kind, item.attached_id) == ("incident", arrest)
    assert verify_store(office).ok, verify_store(office).problems


def test_a_place_cleared_by_a_teammate_is_cleared(stores: tuple[StoreContext, StoreContext], tmp_path: Path) -> None:
    """Within the team nothing is withheld: a place the other store holds and cleared is cleared here."""
    office, field = stores
    r = RecordService(office)
    case, place, raid, _arrest = _case(r)
    export_case(office, case, tmp_path / "out.hrdoc", audience="internal")
    import_bundle(field, tmp_path / "out.hrdoc")
    RecordService(field).update("incident", raid, location_id=None)
    export_case(field, case, tmp_path / "back.hrdoc", audience="internal")
    import_bundle(office, tmp_path / "back.hrdoc")
    assert r.get("incident", raid).location_id is None
    assert r.get("location", place).name == "Safe house"


def test_a_conflict_with_a_partner_keeps_the_withheld_place_whichever_side_is_taken(
    stores: tuple[StoreContext, StoreContext], tmp_path: Path
) -> None:
    """Both sides changed the incident: the partner's version, kept as a conflict, holds this store's place, so
    taking it changes what the partner changed and nothing it could not see."""
    office, partner = stores
    r = RecordService(office)
    case, place, raid, _arrest = _case(r)
    export_case(office, case, tmp_path / "out.hrdoc", audience="partners")
    import_bundle(partner, tmp_path / "out.hrdoc")
    RecordService(partner).update("incident", raid, title="Night raid")
    export_case(partner, case, tmp_path / "back.hrdoc", audience="partners")
    r.update("incident", raid, description="Seen from the road")

    assert import_bundle(office, tmp_path / "back.hrdoc").conflicts == 1
    [conflict] = ConflictService(office).open_conflicts(case)
    assert "location_id" not in conflict.differing_fields()
    ConflictService(office).resolve(conflict.id, "incoming")
    incident = r.get("incident", raid)
    assert (incident.title, incident.location_id) == ("Night raid", place)


def _victim(r: RecordService, case: uuid.UUID) -> uuid.UUID:
    return r.create(
        "victim", case_id=case, kind="individual", label="V-01", status="injured", visibility="restricted",
        identity={"legal_name": "QZNAMEQZ Haidara"},
    )  # fmt: skip


def test_a_partners_own_internal_copy_takes_nothing_it_never_held(
    stores: tuple[StoreContext, StoreContext], tmp_path: Path
) -> None:
    """A partner that received the case for partners sends it back as an internal copy of its own (its team's
    view, deletions and log included). Its store holds the case only as partners see it, and the copy says so:
    the office's working notes, victim's identity and place stay, the partner's edits are taken, and its deletion
    of a record stays its own, as a partners copy's would."""
    office, partner = stores
    r = RecordService(office)
    case, place, raid, _arrest = _case(r)
    r.update("incident", raid, notes="QZNOTEQZ: the driver is our contact")
    victim = _victim(r, case)
    source = r.create("source", case_id=case, title="Press report", kind="news_article", visibility="restricted")
    export_case(office, case, tmp_path / "out.hrdoc", audience="partners")
    import_bundle(partner, tmp_path / "out.hrdoc")
    theirs = RecordService(partner)
    theirs.update("incident", raid, title="Night raid")
    theirs.update("victim", victim, status="killed")
    theirs.delete("source", source)
    summary = export_case(partner, case, tmp_path / "back.hrdoc", audience="internal")
    assert summary.manifest["held_as"] == "partners"

    back = import_bundle(office, tmp_path / "back.hrdoc")
    assert back.conflicts == 0 and back.deleted == 0 and back.cut_to == "partners"
    assert "merged as a copy for partners" in "\n".join(back.lines())
    incident = r.get("incident", raid)
    assert (incident.title, incident.notes, incident.location_id) == (
        "Night raid", "QZNOTEQZ: the driver is our contact", place,
    )  # fmt: skip
    assert r.get("victim", victim).status == "killed"
    assert r.reveal_identity("victim", victim, "test")["legal_name"] == "QZNAMEQZ Haidara"
    assert r.get("source", source).title == "Press report"
    assert verify_store(office).ok, verify_store(office).problems


def test_within_a_partners_team_copies_carry_everything_it_holds(tmp_path: Path) -> None:
    """Two laptops of the partner's team hold the case alike: between them nothing is cut (a deletion travels),
    and a store made from such a copy holds the case as partners too, so it says so in turn."""
    office = new_store(tmp_path / "office.db", PASSPHRASE, user="amina")
    first = new_store(tmp_path / "first.db", PASSPHRASE, user="bakary")
    second = new_store(tmp_path / "second.db", PASSPHRASE, user="chaka")
    try:
        r = RecordService(office)
        case, _place, _raid, _arrest = _case(r)
        source = r.create("source", case_id=case, title="Press report", kind="news_article", visibility="restricted")
        export_case(office, case, tmp_path / "out.hrdoc", audience="partners")
        import_bundle(first, tmp_path / "out.hrdoc")
        export_case(first, case, tmp_path / "team.hrdoc", audience="internal")
        import_bundle(second, tmp_path / "team.hrdoc")
        assert export_case(second, case, tmp_path / "again.hrdoc").manifest["held_as"] == "partners"
        RecordService(first).delete("source", source)
        export_case(first, case, tmp_path / "team2.hrdoc", audience="internal")
        assert import_bundle(second, tmp_path / "team2.hrdoc").deleted == 1
        # The office's own copies say nothing of the kind: it holds the whole case.
        assert "held_as" not in export_case(office, case, tmp_path / "own.hrdoc").manifest
    finally:
        second.close()
        first.close()
        office.close()


@pytest.mark.parametrize(("audience", "given"), [("partners", 16.27), ("public", 16.3)])
def test_a_place_sent_with_a_coarse_position_comes_back_where_it_was(
    stores: tuple[StoreContext, StoreContext], tmp_path: Path, audience: str, given: float
) -> None:
    """A copy beyond the team carries a place's position rounded (sharing.POSITIONS): a partner who renames the
    place sends back the rounded position it was given, which must not move the place here; one who moves the
    place sends back another position, which is taken."""
    office, partner = stores
    r = RecordService(office)
    case = r.create("case", reference="ML-8", title="Graves", visibility="public")
    place = r.create(
        "location", case_id=case, name="Site", latitude=16.273918, longitude=-0.041277, geo_precision="exact",
        visibility="public",
    )  # fmt: skip
    export_case(office, case, tmp_path / "out.hrdoc", audience=audience)
    import_bundle(partner, tmp_path / "out.hrdoc")
    theirs = RecordService(partner)
    assert theirs.get("location", place).latitude == given
    theirs.update("location", place, name="Grave site")
    export_case(partner, case, tmp_path / "back.hrdoc", audience=audience)
    assert import_bundle(office, tmp_path / "back.hrdoc").conflicts == 0
    kept = r.get("location", place)
    assert (kept.name, kept.latitude, kept.longitude, kept.geo_precision) == (
        "Grave site", 16.273918, -0.041277, "exact",
    )  # fmt: skip

    theirs.update("location", place, latitude=16.5)
    export_case(partner, case, tmp_path / "moved.hrdoc", audience=audience)
    import_bundle(office, tmp_path / "moved.hrdoc")
    moved = r.get("location", place)
    assert (moved.latitude, moved.longitude) == (16.5, -0.041277)
