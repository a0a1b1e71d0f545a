"""What a unit of work on a team store locks (storage.engine_team.WriteScope), and how long it may wait: writes of
different cases run side by side, writes of one case queue, whole-store writes wait for case writes, appends
to the audit log wait for none of them and never fork its chain; a statement that is merely long (or a wait for
a lock) is never cut short by the time limit, which is for a server that stopped answering."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select, text

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.session import TEAM_UNLOCK_WAIT_S, unlock_store
from hrdoc.storage import models as m
from hrdoc.storage.engine_team import TIMEOUT_ENV
from hrdoc.storage.errors import StoreBusy
from tests.backends import db_of, reopen

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def other(ctx: StoreContext) -> Iterator[StoreContext]:
    """The same team store, opened by another laptop."""
    second = reopen(ctx, user="second laptop", record_unlock=False)
    yield second
    second.close()


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


def waits(work: Callable[[], object], *, release: Callable[[], None], seconds: float = 0.6) -> list[object]:
    """Run ``work`` in a thread; check it is still waiting after ``seconds``; then ``release`` and collect it."""
    thread, outcome = started(work)
    thread.join(seconds)
    assert thread.is_alive(), f"expected to wait, but it ended: {outcome}"
    release()
    thread.join(30)
    assert not thread.is_alive()
    return outcome


def does_not_wait(work: Callable[[], object]) -> list[object]:
    thread, outcome = started(work)
    thread.join(10)
    assert not thread.is_alive(), "expected it not to wait"
    return outcome


def note(ctx: StoreContext, key: str, **scope: object) -> str:
    with ctx.write(**scope) as session:  # type: ignore[arg-type]
        session.add(m.StoreMeta(key=key, value="x"))
    return key


def test_writes_of_different_cases_run_side_by_side_and_of_one_case_queue(
    ctx: StoreContext, other: StoreContext
) -> None:
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    with ctx.write(case=mine) as session:
        session.add(m.StoreMeta(key="held", value="x"))
        session.flush()
        assert does_not_wait(lambda: note(other, "another case", case=theirs)) == ["another case"]
        assert does_not_wait(lambda: note(other, "the log only", log_only=True)) == ["the log only"]
        done: list[object] = []
        done += waits(lambda: note(other, "the same case", case=mine), release=session.commit)
    assert done == ["the same case"]


def test_a_whole_store_write_waits_for_case_writes_and_they_for_it(ctx: StoreContext, other: StoreContext) -> None:
    with ctx.write(case=uuid.uuid4()) as session:
        session.add(m.StoreMeta(key="held", value="x"))
        session.flush()
        assert waits(lambda: note(other, "store-wide"), release=session.commit) == ["store-wide"]
    with ctx.write() as session:
        session.add(m.StoreMeta(key="held again", value="x"))
        session.flush()
        assert waits(lambda: note(other, "a case", case=uuid.uuid4()), release=session.commit) == ["a case"]


def test_a_case_held_too_long_is_busy_in_one_line_naming_the_case(ctx: StoreContext, other: StoreContext) -> None:
    case = uuid.uuid4()
    with ctx.write(case=case) as session:
        session.add(m.StoreMeta(key="held", value="x"))
        session.flush()
        with pytest.raises(StoreBusy, match="another hrdoc process is still saving this case to the team store"):
            note(other, "refused", case=case, wait_s=0.3)
    with other.read() as session:
        assert session.get(m.StoreMeta, "refused") is None
    assert note(other, "after", case=case) == "after"


def test_concurrent_appends_to_the_audit_log_never_fork_its_chain(ctx: StoreContext) -> None:
    laptops = [reopen(ctx, user=f"laptop {n}", record_unlock=False) for n in range(6)]
    try:

        def append(store: StoreContext, n: int) -> None:
            for i in range(15):
                scope = {"log_only": True} if (n + i) % 2 else {"case": uuid.uuid4()}
                with store.write(**scope) as session:  # type: ignore[arg-type]
                    audit.record(session, store.user, AuditAction.UNLOCK, summary=f"{n}/{i}")

        threads = [started(lambda s=s, n=n: append(s, n)) for n, s in enumerate(laptops)]
        for thread, outcome in threads:
            thread.join(120)
            assert outcome == [None], outcome
        with ctx.read() as session:
            report = audit.verify_chain(session)
        assert report.ok, report.problems
        assert report.entries >= 6 * 15
    finally:
        for store in laptops:
            store.close()


def test_opening_is_recorded_while_a_push_holds_its_case(ctx: StoreContext) -> None:
    """A push appends its log entries as it goes and links them into the chain only as it commits: an unlock
    meanwhile is recorded at once, and the push's entries come after it."""
    with ctx.write(case=uuid.uuid4()) as session:
        audit.record(session, "pusher", AuditAction.IMPORT, summary="the end of a large push")
        session.flush()
        began = time.monotonic()
        opened = unlock_store(db_of(ctx), None, user="reader of cases")
        took = time.monotonic() - began
        try:
            assert opened.notes == []  # recorded
        finally:
            opened.close()
    assert took < TEAM_UNLOCK_WAIT_S + 2, took
    with ctx.read() as session:
        report = audit.verify_chain(session)
        last = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(2)).all()
    assert report.ok and report.waiting == 0, report.problems
    assert [e.summary for e in reversed(last)] == ["unlocked the store", "the end of a large push"]


def test_a_long_statement_or_lock_wait_is_not_cut_by_the_time_limit(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit is for a server that stopped answering: one that answers the watchdog's probes may take as
    long as it needs."""
    monkeypatch.setenv(TIMEOUT_ENV, "4")
    slow = reopen(ctx, user="slow", record_unlock=False)
    try:
        with slow.read() as session:
            began = time.monotonic()
            session.execute(text("SELECT pg_sleep(7)"))
            assert time.monotonic() - began >= 7
        case = uuid.uuid4()
        with ctx.write(case=case) as session:
            session.add(m.StoreMeta(key="held", value="x"))
            session.flush()
            thread, outcome = started(lambda: note(slow, "waited", case=case))
            time.sleep(6)
            assert thread.is_alive(), outcome
        thread.join(30)
        assert outcome == ["waited"]
    finally:
        slow.close()
