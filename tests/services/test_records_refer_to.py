"""RecordService.records(..., refer_to=(field, id)): the records whose field holds that id, read by the database (an
allegation's form reads its own links this way, not every link of the case)."""

from __future__ import annotations

from hrdoc.domain.registry import Kind
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService


def test_records_referring_to_one_record_are_those_of_the_whole_list_that_do(demo_ctx: StoreContext) -> None:
    records = RecordService(demo_ctx)
    case_id = records.records(Kind.CASE)[0].id
    for kind, field in ((Kind.PERPETRATOR, "allegation_id"), (Kind.ALLEGATION_VICTIM, "allegation_id")):
        every = records.records(kind, case_id)
        assert every, f"the demo case has {kind} records"
        for parent in {getattr(r, field) for r in every}:
            expected = [r.id for r in every if getattr(r, field) == parent]
            assert [r.id for r in records.records(kind, case_id, refer_to=(field, parent))] == expected
            assert [r.id for r in records.records(kind, case_id, refer_to=(field, str(parent)))] == expected
