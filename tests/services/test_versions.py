"""Every change gives a record a new version and keeps the old one; every deletion leaves tombstones."""

from __future__ import annotations

from sqlalchemy import select

from hrdoc.services import versions
from hrdoc.services.records import RecordService
from hrdoc.storage import models as m
from tests.helpers import make_allegation, make_case, make_incident, make_source, make_witness


def test_an_update_gives_a_new_version_and_keeps_the_old_in_the_lineage(r: RecordService) -> None:
    case = make_case(r)
    incident = make_incident(r, case)
    first = r.get("incident", incident).version
    assert len(first) == 32
    r.update("incident", incident, title="Attack near Annefif")
    second = r.get("incident", incident).version
    r.update("incident", incident, title="Attack on a convoy near Annefif")
    third = r.get("incident", incident).version
    assert len({first, second, third}) == 3
    with r.ctx.read() as session:
        assert versions.lineage(session, incident, third) == [first, second, third]


def test_an_update_that_changes_nothing_keeps_the_version(r: RecordService) -> None:
    incident = make_incident(r, make_case(r), title="Same")
    before = r.get("incident", incident).version
    r.update("incident", incident, title="Same")
    assert r.get("incident", incident).version == before


def test_identity_and_consent_changes_are_changes_of_the_witness(r: RecordService) -> None:
    witness = make_witness(r, make_case(r))
    before = r.get("witness", witness).version
    r.set_identity("witness", witness, legal_name="Fictional Name")
    after_identity = r.get("witness", witness).version
    r.set_consent(witness, share_with_partners=True, how_given="oral, at the start of the interview")
    after_consent = r.get("witness", witness).version
    assert len({before, after_identity, after_consent}) == 3


def test_deleting_a_record_buries_it_and_everything_deleted_with_it(r: RecordService) -> None:
    case = make_case(r)
    incident = make_incident(r, case)
    allegation = make_allegation(r, case, incident)
    source = make_source(r, case)
    link = r.create("link", case_id=case, source_id=source, allegation_id=allegation, relation="supports")
    kept = make_incident(r, case)
    version = r.get("incident", incident).version
    r.delete("incident", incident)
    with r.ctx.read() as session:
        stones = {t.record_id: t for t in session.scalars(select(m.Tombstone).where(m.Tombstone.case_id == case))}
    assert set(stones) == {incident, allegation, link}
    assert stones[incident].kind == "incident"
    assert stones[incident].version.startswith("t")  # the deletion is a version of its own…
    with r.ctx.read() as session:  # …that follows the last live one
        assert versions.lineage(session, incident, stones[incident].version) == [version, stones[incident].version]
    assert stones[allegation].kind == "allegation"
    assert stones[incident].deleted_by == "tester"
    assert kept not in stones
    assert source not in stones
