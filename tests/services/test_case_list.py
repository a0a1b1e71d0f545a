"""The case list costs one statement, however many cases there are and whichever counts it shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from hrdoc.services.cases import COUNTED, CaseService, SectionName
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from tests.helpers import make_case, make_incident, make_source, make_witness


@contextmanager
def statements(ctx: StoreContext) -> Iterator[list[str]]:
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "SAVEPOINT", "RELEASE", "PRAGMA")):
            sent.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(ctx.engine, "before_cursor_execute", count)


def test_the_case_list_is_one_statement_however_many_cases(ctx: StoreContext, records: RecordService) -> None:
    first = make_case(records, reference="A-1")
    make_incident(records, first)
    with statements(ctx) as few:
        [summary] = CaseService(ctx).summaries()
    for n in range(2, 8):
        case = make_case(records, reference=f"A-{n}")
        for _ in range(n):
            make_incident(records, case)
        make_source(records, case)
    with statements(ctx) as many:
        summaries = CaseService(ctx).summaries()
    assert len(few) == len(many) == 1
    assert summary.counts == dict.fromkeys(COUNTED, 0) | {"incidents": 1}
    assert [s.reference for s in summaries] == [f"A-{n}" for n in range(1, 8)]
    assert [s.counts["incidents"] for s in summaries] == [1, *range(2, 8)]
    assert [s.counts["sources"] for s in summaries] == [0, *[1] * 6]


def test_the_case_list_counts_only_what_it_shows(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records, reference="B-1")
    make_incident(records, case)
    make_witness(records, case)
    shown: tuple[SectionName, ...] = ("incidents",)  # what the app's case list shows
    with statements(ctx) as sent:
        [summary] = CaseService(ctx).summaries(shown)
    assert summary.counts == {"incidents": 1}
    [statement] = sent
    assert "incidents" in statement and "witnesses" not in statement
    [bare] = CaseService(ctx).summaries(())
    assert bare.counts == {} and bare.reference == "B-1"
