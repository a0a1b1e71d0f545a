"""Writing a record with the records linked to it in one unit of work: all of them, or none."""

from __future__ import annotations

import uuid

import pytest

from hrdoc.domain.registry import Kind
from hrdoc.services import audit
from hrdoc.services.records import RecordService
from hrdoc.services.related import Earlier, PartRefused, RelatedService, Write
from tests.helpers import make_case, make_incident


def test_an_allegation_its_new_actor_victims_and_links_are_written_together(records: RecordService) -> None:
    case_id = make_case(records)
    incident_id = make_incident(records, case_id)
    group = records.create(Kind.VICTIM, case_id=case_id, label="Villagers of Kobé", count_best=10)
    offered = uuid.uuid4()  # a victim a form offered before it was saved
    written = RelatedService(records.ctx).write(
        [
            Write(Kind.ALLEGATION, {"case_id": case_id, "incident_id": incident_id, "violation_type": "torture"}),
            Write(Kind.ACTOR, {"case_id": case_id, "name": "Unit 7"}),
            Write(Kind.PERPETRATOR, {"case_id": case_id, "allegation_id": Earlier(0), "actor_id": Earlier(1)}),
            Write(Kind.VICTIM, {"count_best": 12}, record_id=group, update=True),
            Write(Kind.ALLEGATION_VICTIM, {"case_id": case_id, "allegation_id": Earlier(0), "victim_id": group}),
            Write(Kind.VICTIM, {"case_id": case_id, "label": "Moussa A.", "kind": "individual"}, record_id=offered),
            Write(Kind.ALLEGATION_VICTIM, {"case_id": case_id, "allegation_id": Earlier(0), "victim_id": offered}),
        ]
    )
    allegation_id, actor_id = written[0].record_id, written[1].record_id
    [link] = records.records(Kind.PERPETRATOR, case_id)
    assert (link.allegation_id, link.actor_id, link.involvement) == (allegation_id, actor_id, "unknown")
    assert written[2].fields["actor_id"] == actor_id  # what an undo would write again, with ids
    assert {v.victim_id for v in records.records(Kind.ALLEGATION_VICTIM, case_id)} == {group, offered}
    assert records.get(Kind.VICTIM, offered).label == "Moussa A."
    assert records.get(Kind.VICTIM, group).count_best == 12
    assert (written[3].created, written[3].before) == (False, {"count_best": 10})
    with records.ctx.read() as session:
        audited = {(e.entity_type, e.action) for e in audit.entries_for_case(session, case_id)}
    # every record audited as when it is written alone
    assert {(k, "create") for k in (Kind.ALLEGATION, Kind.ACTOR, Kind.PERPETRATOR)} <= audited
    assert (Kind.VICTIM, "update") in audited


def test_one_refused_record_leaves_nothing_written(records: RecordService) -> None:
    case_id = make_case(records)
    incident_id = make_incident(records, case_id)
    batch = RelatedService(records.ctx)
    with pytest.raises(PartRefused) as refused:
        batch.write(
            [
                Write(Kind.ALLEGATION, {"case_id": case_id, "incident_id": incident_id, "violation_type": "torture"}),
                Write(Kind.VICTIM, {"case_id": case_id, "label": "Moussa A.", "kind": "individual"}),
                Write(Kind.VICTIM, {"case_id": case_id, "label": "Two men", "kind": "individual", "count_best": 2}),
            ]
        )
    assert (refused.value.index, refused.value.kind) == (2, Kind.VICTIM)
    assert refused.value.for_field("count_best")  # the message the form shows, for the field it names
    assert records.records(Kind.ALLEGATION, case_id) == []
    assert records.records(Kind.VICTIM, case_id) == []


def test_a_reference_to_a_later_record_is_a_programming_error(records: RecordService) -> None:
    case_id = make_case(records)
    with pytest.raises(ValueError, match="before it is written"):
        RelatedService(records.ctx).write(
            [Write(Kind.ALLEGATION_VICTIM, {"case_id": case_id, "allegation_id": Earlier(1), "victim_id": None})]
        )
