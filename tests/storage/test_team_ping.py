"""A team store's pool tests a connection before use without a round trip when it can tell locally
(hrdoc.storage.engine_team._LivenessCheck): one back in the pool a moment ago with nothing from the server on its
socket is used as it is; one the server ended is pinged, found dead and replaced, without the user noticing."""

from __future__ import annotations

import time

import psycopg
import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.storage import engine_team
from tests.backends import db_of
from tests.helpers import make_incident


@pytest.fixture
def pings(ctx: StoreContext, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pings sent to the server (each a round trip), by the time they were sent."""
    sent: list[float] = []
    check = ctx.engine.dialect.do_ping.__self__  # type: ignore[attr-defined]
    real = check._ping

    def counted(dbapi_conn: object) -> bool:
        sent.append(time.monotonic())
        return bool(real(dbapi_conn))

    monkeypatch.setattr(check, "_ping", counted)
    return sent


@pytest.mark.postgresql_only
def test_searches_one_after_another_send_no_ping(ctx: StoreContext, pings: list[float]) -> None:
    records = RecordService(ctx)
    case = records.create("case", reference="PING", title="Ping")
    make_incident(records, case, title="Convoy shelled")
    search = SearchService(ctx)
    search.search("convoy")
    pings.clear()
    for _ in range(5):
        assert search.search("convoy")
    assert pings == []


@pytest.mark.postgresql_only
def test_a_connection_idle_a_while_is_pinged(
    ctx: StoreContext, pings: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    search = SearchService(ctx)
    search.search("convoy")
    monkeypatch.setattr(engine_team._LivenessCheck, "QUIET_S", 0.0)
    search.search("convoy")
    assert len(pings) == 1


@pytest.mark.postgresql_only
def test_a_connection_the_server_ended_is_pinged_and_replaced(ctx: StoreContext, pings: list[float]) -> None:
    records = RecordService(ctx)
    records.create("case", reference="ENDED", title="Ended")
    pings.clear()
    with psycopg.connect(db_of(ctx), autocommit=True) as admin:
        # (waiting until each has ended: its end is then on the laptop's socket)
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    assert ended and ended[0]
    records.create("case", reference="AGAIN", title="Again")
    assert len(records.records("case")) == 2
    assert len(pings) == 1
