"""Writers of a team store: those of different cases never wait for one another, those of one case take turns,
and the audit log's chain stays whole without a lock they would all queue for (services.audit: entries are
linked as a unit of work commits, or left waiting, whole, for the next linking when another is linking)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest
from sqlalchemy import func, select

from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import spec_for
from hrdoc.storage import models as m
from tests.backends import reopen

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def other(ctx: StoreContext) -> Iterator[StoreContext]:
    """The same team store, opened by another laptop."""
    second = reopen(ctx, user="second laptop", record_unlock=False)
    yield second
    second.close()


@pytest.fixture
def cases(ctx: StoreContext) -> tuple[uuid.UUID, uuid.UUID]:
    records = RecordService(ctx)
    return (
        records.create("case", reference="ML-A", title="Case A"),
        records.create("case", reference="ML-B", title="Case B"),
    )


def started(work: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as err:  # noqa: BLE001 - handed to the test, which checks it
            outcome.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def chain_is_whole(ctx: StoreContext) -> int:
    """The audit log verifies and nothing waits to be linked; how many entries it holds."""
    with ctx.read() as session:
        report = audit.verify_chain(session)
    assert report.ok, report.problems
    assert report.waiting == 0
    return report.entries


def incidents(ctx: StoreContext, case_id: uuid.UUID) -> list[str]:
    return sorted(i.title for i in RecordService(ctx).records("incident", case_id))


def test_writers_of_different_cases_do_not_wait_for_each_other(
    ctx: StoreContext, other: StoreContext, cases: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """One holds its unit of work open, an audit entry recorded in it; the other, in another case, commits."""
    case_a, case_b = cases
    before = chain_is_whole(ctx)
    records = RecordService(ctx)
    with ctx.write(case=case_a) as session:
        records._create(session, spec_for("incident"), {"case_id": case_a, "title": "held open in A"})
        session.flush()
        thread, outcome = started(lambda: RecordService(other).create("incident", case_id=case_b, title="in B"))
        thread.join(20)
        assert not thread.is_alive(), "a writer of another case waited"
        assert isinstance(outcome[0], uuid.UUID), outcome
        assert incidents(other, case_b) == ["in B"]  # committed, its audit entry linked, while A is open
        assert chain_is_whole(other) == before + 1
        # Editing and deleting in another case do not wait either (they lock the case of the record).
        edited = RecordService(other).update("incident", outcome[0], title="in B, edited")
        assert edited is None and incidents(other, case_b) == ["in B, edited"]
    assert incidents(ctx, case_a) == ["held open in A"]
    assert chain_is_whole(ctx) == before + 3


@pytest.mark.parametrize("how", ["create", "update"])
def test_writers_of_one_case_take_turns(
    ctx: StoreContext, other: StoreContext, cases: tuple[uuid.UUID, uuid.UUID], how: str
) -> None:
    case_a, _case_b = cases
    first = RecordService(ctx).create("incident", case_id=case_a, title="first")
    with ctx.write(case=case_a) as session:
        RecordService(ctx)._create(session, spec_for("incident"), {"case_id": case_a, "title": "held open"})
        session.flush()
        if how == "create":
            thread, outcome = started(lambda: RecordService(other).create("incident", case_id=case_a, title="second"))
        else:
            thread, outcome = started(lambda: RecordService(other).update("incident", first, title="second"))
        thread.join(1.0)
        assert thread.is_alive(), f"a writer of the same case did not wait: {outcome}"
    thread.join(30)
    assert not thread.is_alive() and not isinstance(outcome[0], BaseException), outcome
    assert "second" in incidents(ctx, case_a) and "held open" in incidents(ctx, case_a)
    chain_is_whole(ctx)


def holding_the_head(ctx: StoreContext) -> psycopg.Connection:
    """A connection holding the audit log's head row, as a writer does while it links its entries."""
    assert ctx.location.url is not None
    conn = psycopg.connect(ctx.location.url, application_name="head holder")
    conn.execute("SELECT value FROM store_meta WHERE key = 'audit_head' FOR UPDATE")
    return conn


def test_a_writer_finding_the_head_taken_commits_at_once_and_links_its_entry_right_after(
    ctx: StoreContext, other: StoreContext, cases: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """The head held (here by a plain connection): the writer's unit of work commits without waiting, its entry
    waiting, whole; then the writer links it as soon as the head is free."""
    case_a, _case_b = cases
    before = chain_is_whole(ctx)
    holder = holding_the_head(ctx)
    try:
        thread, outcome = started(lambda: RecordService(other).create("incident", case_id=case_a, title="waiting"))
        thread.join(1.0)
        assert incidents(ctx, case_a) == ["waiting"]  # committed, for everyone to see
        with ctx.read() as session:
            [waiting] = session.scalars(select(m.AuditPending)).all()
            assert (waiting.action, waiting.entity_type, waiting.case_id) == ("create", "incident", str(case_a))
            assert audit.verify_chain(session).waiting == 1
        assert thread.is_alive()  # now waiting for the head, its case no longer locked:
        meanwhile, _done = started(lambda: RecordService(ctx).create("incident", case_id=case_a, title="meanwhile"))
        meanwhile.join(1.0)
        assert incidents(ctx, case_a) == ["meanwhile", "waiting"]  # another writer of the case committed too
    finally:
        holder.rollback()
        holder.close()
    for writer in (thread, meanwhile):
        writer.join(30)
        assert not writer.is_alive()
    assert isinstance(outcome[0], uuid.UUID), outcome
    assert chain_is_whole(ctx) == before + 2


def test_a_writer_finding_another_linking_waits_for_that_linking_only(
    ctx: StoreContext, other: StoreContext, cases: tuple[uuid.UUID, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_a, case_b = cases
    before = chain_is_whole(ctx)
    linking, go_on = threading.Event(), threading.Event()
    link = audit._link

    def slow_link(*args: object, **kwargs: object) -> bool:
        if threading.current_thread().name == "first":  # the first writer holds the head while it links
            linking.set()
            assert go_on.wait(20)
        return link(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "_link", slow_link)
    first = threading.Thread(
        target=lambda: RecordService(ctx).create("incident", case_id=case_a, title="linking"), name="first"
    )
    first.start()
    assert linking.wait(20)
    second, outcome = started(lambda: RecordService(other).create("incident", case_id=case_b, title="second"))
    second.join(1.0)
    assert incidents(ctx, case_b) == ["second"]  # its unit of work committed without waiting
    go_on.set()
    for thread in (first, second):
        thread.join(20)
        assert not thread.is_alive()
    assert chain_is_whole(ctx) == before + 2
    with ctx.read() as session:
        newest = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(1)).one()
    assert newest.entity_id == str(outcome[0])  # linked after the first writer's


def test_entries_left_waiting_by_a_writer_that_stopped_are_linked_by_the_next_one(
    ctx: StoreContext, other: StoreContext, cases: tuple[uuid.UUID, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer may stop between its commit and its linking (killed, or its linking timed out): its entries
    wait, and the next unit of work that links takes them first, in the order they came."""
    case_a, case_b = cases
    before = chain_is_whole(ctx)
    monkeypatch.setattr(other, "link_waiting", lambda: 0)  # it stops right after its commit
    holder = holding_the_head(ctx)
    try:
        with other.write(case=case_a) as session:  # the head taken: it leaves its entries waiting
            audit.record(session, "stopped laptop", "create", entity_type="note", case_id=case_a, summary="one")
            audit.record(session, "stopped laptop", "create", entity_type="note", case_id=case_a, summary="two")
    finally:
        holder.rollback()
        holder.close()
    with ctx.read() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditPending)) == 2
    RecordService(ctx).create("incident", case_id=case_b, title="the next writer")
    assert chain_is_whole(ctx) == before + 3
    with ctx.read() as session:
        last = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(3)).all()
    assert [e.summary for e in reversed(last)][:2] == ["one", "two"]
    assert last[0].entity_type == "incident"


def test_many_writers_of_different_cases_keep_one_whole_chain(ctx: StoreContext) -> None:
    laptops = [reopen(ctx, user=f"laptop {n}", record_unlock=False) for n in range(5)]
    try:
        case_ids = [RecordService(ctx).create("case", reference=f"ML-{n}", title=f"Case {n}") for n in range(5)]
        before = chain_is_whole(ctx)

        def write(store: StoreContext, case_id: uuid.UUID) -> None:
            for i in range(12):
                RecordService(store).create("incident", case_id=case_id, title=f"{store.user} {i}")

        threads = [started(lambda s=s, c=c: write(s, c)) for s, c in zip(laptops, case_ids, strict=True)]
        for thread, outcome in threads:
            thread.join(120)
            assert outcome == [None], outcome
        assert chain_is_whole(ctx) == before + 5 * 12
        with ctx.read() as session:
            numbers = session.scalars(select(m.AuditEntry.seq).order_by(m.AuditEntry.seq)).all()
        assert numbers == list(range(1, len(numbers) + 1))
    finally:
        for store in laptops:
            store.close()
