"""A process's connections to a team store are bounded (storage.engine_team.POOL_BUDGET): a server serves a
whole team, and PostgreSQL refuses connections past ``max_connections`` (100 by default). Threads wanting more
wait for one to come back; one that waits too long is told, in one line, that the store is busy."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import event, select

from hrdoc.services.context import CONNECTIONS_BUSY, StoreContext
from hrdoc.services.records import RecordService
from hrdoc.storage import engine_team
from hrdoc.storage import models as m
from hrdoc.storage.errors import StoreBusy
from tests.backends import reopen

pytestmark = pytest.mark.postgresql_only


class ServerCount:
    """How many connections the server sees from hrdoc on this database, polled until stopped; the most."""

    def __init__(self, url: str) -> None:
        self.most = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, args=(url,), daemon=True)

    def _poll(self, url: str) -> None:
        with psycopg.connect(url, autocommit=True, application_name="connection counter") as conn:
            while not self._stop.is_set():
                row = conn.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name = 'hrdoc'"
                ).fetchone()
                assert row is not None
                self.most = max(self.most, int(row[0]))
                time.sleep(0.002)

    def __enter__(self) -> ServerCount:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)


@pytest.fixture
def team(ctx: StoreContext) -> Iterator[StoreContext]:
    """The team store opened afresh (the fixture's own engine has connections of its own)."""
    ctx.close()
    opened = reopen(ctx, user="amina", record_unlock=False)
    yield opened
    opened.close()


def test_the_pool_keeps_one_connection_and_opens_at_most_its_budget(team: StoreContext) -> None:
    pool = team.engine.pool
    assert pool.size() == engine_team.POOL_KEPT == 1  # type: ignore[attr-defined]
    assert pool.size() + pool._max_overflow == engine_team.POOL_BUDGET  # type: ignore[attr-defined]
    case_id = RecordService(team).create("case", reference="C-1", title="One case")
    out = {"now": 0, "most": 0}
    lock = threading.Lock()

    def checkout(*_args: object) -> None:
        with lock:
            out["now"] += 1
            out["most"] = max(out["most"], out["now"])

    def checkin(*_args: object) -> None:
        with lock:
            out["now"] -= 1

    event.listen(team.engine, "checkout", checkout)
    event.listen(team.engine, "checkin", checkin)
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(5):
                if i % 2:
                    RecordService(team).create("incident", case_id=case_id, title=f"{n}/{i}")
                with team.read() as session:
                    session.scalars(select(m.Incident.id)).all()
                    time.sleep(0.02)  # hold it a moment, so that the threads overlap
        except BaseException as err:  # noqa: BLE001 - handed to the test
            failures.append(err)

    assert team.location.url is not None
    with ServerCount(team.location.url) as server:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    assert failures == []
    assert out["most"] == engine_team.POOL_BUDGET  # twelve threads used the whole budget, and no more
    assert 0 < server.most <= engine_team.POOL_BUDGET
    assert len(RecordService(team).records("incident", case_id)) == 12 * 2


def test_a_thread_that_waits_too_long_for_a_connection_is_told_the_store_is_busy(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_team, "POOL_WAIT_S", 0.3)
    store = reopen(ctx, user="amina", record_unlock=False)
    held = [store.engine.connect() for _ in range(engine_team.POOL_BUDGET)]
    try:
        with pytest.raises(StoreBusy) as busy, store.read() as session:
            session.get(m.Case, uuid.uuid4())
        assert str(busy.value) == CONNECTIONS_BUSY and "\n" not in CONNECTIONS_BUSY
        with pytest.raises(StoreBusy), store.write(case=uuid.uuid4()):
            pass
    finally:
        for conn in held:
            conn.close()
        with store.read() as session:  # connections came back: it works again
            assert session.get(m.Case, uuid.uuid4()) is None
        store.close()
