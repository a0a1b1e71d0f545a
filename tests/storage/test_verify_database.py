"""``hrdoc verify`` checks the database under the records on both engines: the same reference checks on a store
file and a team store, the integrity of each as its engine allows (services/verify_database.py).

The attacker has the passphrase and a SQLCipher shell, or the team store owner's login and psql (here the test
server's superuser): they can switch off what the engine enforces, and verify must notice what they left.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy import event

from hrdoc.services import verify_database
from hrdoc.services.context import StoreContext
from hrdoc.services.verify import verify_store
from tests.storage.test_audit_tamper import attack

DEAD = "0000000000000000000000000000dead"


@pytest.fixture
def audited(demo_copy: StoreContext) -> StoreContext:
    """The demo store, which verify finds sound before anything is done to it."""
    report = verify_store(demo_copy)
    assert report.ok, report.problems
    return demo_copy


def incident_ids(ctx: StoreContext) -> list[str]:
    with ctx.engine.connect() as conn:
        return [uuid.UUID(str(r[0])).hex for r in conn.exec_driver_sql("SELECT id FROM incidents ORDER BY id")]


def plant_dangling_location(ctx: StoreContext) -> None:
    """Every incident names a place that is not there, past the engine's reference checks."""
    if ctx.location.url is not None:
        # The reference checks are triggers: replica mode skips them (a superuser's, or the owner's, power).
        attack(
            ctx,
            "SET session_replication_role = replica; "
            f"UPDATE incidents SET location_id = '{uuid.UUID(DEAD)}'; SET session_replication_role = origin",
        )
    else:
        attack(ctx, "PRAGMA foreign_keys = OFF", f"UPDATE incidents SET location_id = '{DEAD}'")


def test_a_planted_dangling_reference_is_found(audited: StoreContext) -> None:
    incidents = incident_ids(audited)
    plant_dangling_location(audited)
    report = verify_store(audited)
    dangling = [p for p in report.problems if p.startswith("dangling reference")]
    assert len(dangling) == len(incidents) > 1
    for incident in incidents:  # each named by its row, column and the table it refers to
        assert any(incident in p.replace("-", "") and "location_id) to locations" in p for p in dangling), dangling
    assert "references between records: ok" not in report.checks


def test_references_hold_on_an_untouched_store(audited: StoreContext) -> None:
    report = verify_store(audited)
    assert "references between records: ok" in report.checks
    assert any(c.startswith("database integrity: ok") for c in report.checks), report.checks


def test_many_dangling_references_are_counted_beyond_the_first(
    audited: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify_database, "SHOWN", 1)
    plant_dangling_location(audited)
    dangling = [p for p in verify_store(audited).problems if p.startswith("dangling reference")]
    assert len(dangling) == 2
    assert (
        dangling[1]
        == f"dangling reference in table incidents: and {len(incident_ids(audited)) - 1} more rows (location_id)"
    )


@pytest.mark.sqlite_only
def test_the_integrity_check_gets_a_cache_that_holds_the_store_and_gives_it_back(audited: StoreContext) -> None:
    statements: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    with audited.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        pages, page_size = (conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("page_count", "page_size"))
    event.listen(audited.engine, "before_cursor_execute", note)
    try:
        verify_store(audited)
    finally:
        event.remove(audited.engine, "before_cursor_execute", note)
    check = statements.index("PRAGMA integrity_check")
    assert int(before or 0) < 0  # hrdoc's connections give the cache in KiB
    wanted = min(int(pages or 0) * int(page_size or 0) // 1024 + 1024, verify_database.CHECK_CACHE_MIB * 1024)
    if wanted > -int(before or 0):
        assert statements[check - 1] == f"PRAGMA cache_size = {-wanted}"
        assert statements[check + 1] == f"PRAGMA cache_size = {before}"
    with audited.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


@pytest.mark.sqlite_only
def test_a_store_larger_than_the_cap_gets_the_cap(audited: StoreContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_database, "CHECK_CACHE_MIB", 1)
    with audited.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA cache_size = -64")  # smaller than the cap, for this test
        found = verify_database.check_database(conn)
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -64
    assert "database integrity: ok" in found.checks


# -- PostgreSQL: what its owner can switch off ------------------------------------------------------------


@pytest.mark.postgresql_only
def test_a_switched_off_trigger_is_named(audited: StoreContext) -> None:
    attack(audited, "ALTER TABLE incidents DISABLE TRIGGER ALL")
    found = verify_store(audited).problems
    assert any("table incidents: the server's trigger" in p and "switched off" in p for p in found), found


@pytest.mark.postgresql_only
def test_a_rule_added_without_checking_the_rows_is_named_with_the_rows_that_break_it(audited: StoreContext) -> None:
    attack(audited, "ALTER TABLE incidents ADD CONSTRAINT nothing_allowed CHECK (false) NOT VALID")
    found = verify_store(audited).problems
    n = len(incident_ids(audited))
    assert f"database integrity: table incidents: {n} row(s) break its rule nothing_allowed" in found, found
    assert any("rule nothing_allowed was added without checking" in p for p in found), found


@pytest.mark.postgresql_only
def test_without_amcheck_a_line_says_what_was_done_instead(audited: StoreContext) -> None:
    checks = verify_store(audited).checks
    assert any(
        c.startswith("database pages: the server's page and index checks (the amcheck extension)") for c in checks
    )


@pytest.mark.postgresql_only
def test_with_amcheck_the_servers_own_checks_run(audited: StoreContext) -> None:
    attack(audited, "CREATE EXTENSION amcheck")
    report = verify_store(audited)
    assert report.ok, report.problems
    sound = [c for c in report.checks if c.startswith("database pages: the server's own checks (amcheck) found")]
    assert len(sound) == 1 and " 0 indexes" not in sound[0], report.checks


@pytest.mark.postgresql_only
def test_amcheck_finds_a_damaged_index(audited: StoreContext) -> None:
    """An index that no longer holds every row: the server was told not to keep it up to date while rows
    changed (a catalog edit only a superuser can make; a failing disk or a server bug can do the same)."""
    attack(audited, "CREATE EXTENSION amcheck")
    url = audited.location.url
    assert url is not None
    index = "'ix_incidents_location_id'::regclass"
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute(f"UPDATE pg_index SET indisready = false WHERE indexrelid = {index}".encode())
        pg.execute(b"UPDATE incidents SET location_id = NULL")
        pg.execute(f"UPDATE pg_index SET indisready = true WHERE indexrelid = {index}".encode())
    found = verify_store(audited).problems
    assert any(
        p.startswith("database pages: index ix_incidents_location_id:") and "lacks matching index tuple" in p
        for p in found
    ), found
