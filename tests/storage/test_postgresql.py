"""A team store on PostgreSQL: clear errors when the server cannot be used, create and open only the right
databases, writers that queue, an audit log no two writers can fork, and search without the unaccent
extension. (Everything else runs on PostgreSQL through the parametrized storage and service tests.)"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import migrate, search_index
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import (
    NotAStore,
    StoreAuthFailed,
    StoreError,
    StoreExists,
    StoreNotFound,
    StorePermissionDenied,
    StoreUnreachable,
)
from hrdoc.storage.models import AuditEntry, Case
from tests import pg_server
from tests.backends import PgStores, db_of, reopen
from tests.helpers import make_case

pytestmark = pytest.mark.postgresql_only

SECRET = "not-the-password-4711"


@pytest.fixture
def stores(backend: str, pg_stores: PgStores) -> PgStores:
    return pg_stores


@pytest.fixture
def empty_db(stores: PgStores) -> Iterator[str]:
    """The URL of a new, empty database (as a server's administrator would create for a team)."""
    name, url = stores.new_database()
    yield url
    stores.server.drop_database(name)


def login(stores: PgStores, role: str, database: str, *grants: str) -> str:
    """A URL for a new login ``role`` (password SECRET) on ``database``, after running ``grants`` there."""
    server = stores.server
    role = f"{role}_{uuid.uuid4().hex[:8]}"
    server.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{SECRET}'")
    server.execute(*(g.format(role=role) for g in grants), database=database)
    return server.url(database, user=role, password=SECRET)


def database_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def raises_without_secret(kind: type[StoreError], call: Callable[[], Any], secret: str) -> str:
    with pytest.raises(kind) as err:
        call()
    message = str(err.value)
    assert secret not in message and secret not in repr(err.value)
    assert err.value.__cause__ is None or secret not in str(err.value.__cause__)
    return message


# -- a server that cannot be used ------------------------------------------------------------------------


def test_an_unreachable_server_is_named_and_the_password_is_not(stores: PgStores) -> None:
    port = pg_server.free_port()  # nothing listens there
    url = f"postgresql://alice:{SECRET}@127.0.0.1:{port}/hrdoc"
    for call in (lambda: unlock_store(url, None), lambda: new_store(url, None)):
        message = raises_without_secret(StoreUnreachable, call, SECRET)
        assert message.startswith(
            f"cannot reach the team store at 127.0.0.1:{port} — check the address and that you are on the team's "
            "network"
        ), message


def test_a_wrong_password_is_an_authentication_failure(stores: PgStores) -> None:
    url = stores.server.url("postgres", password=SECRET)
    message = raises_without_secret(StoreAuthFailed, lambda: unlock_store(url, None), SECRET)
    assert f"the team store at 127.0.0.1:{stores.server.port} refused the login for user 'postgres'" in message
    assert "~/.pgpass" in message


def test_a_missing_database_says_to_ask_for_it(stores: PgStores) -> None:
    url = stores.server.url("no_such_database")
    message = raises_without_secret(StoreNotFound, lambda: unlock_store(url, None), stores.server.password)
    assert message.startswith(
        f"there is no database 'no_such_database' on the team store at 127.0.0.1:{stores.server.port}"
    ), message


def test_a_login_refused_the_database_is_told_permission_denied(stores: PgStores, empty_db: str) -> None:
    database = database_of(empty_db)
    stores.server.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
    url = login(stores, "outsider", database)
    message = raises_without_secret(StorePermissionDenied, lambda: unlock_store(url, None), SECRET)
    assert "refused user 'outsider_" in message and f"access to database '{database}'" in message


def test_a_login_without_rights_on_the_tables_is_told_permission_denied(ctx: StoreContext, stores: PgStores) -> None:
    """The database is an hrdoc store, but this login may not read its tables."""
    url = login(stores, "visitor", database_of(db_of(ctx)))
    message = raises_without_secret(StorePermissionDenied, lambda: unlock_store(url, None), SECRET)
    assert "permission denied" in message and "administrator" in message


def test_store_urls_are_checked_and_shown_without_their_password() -> None:
    location = StoreLocation.parse(f"postgresql://alice:{SECRET}@db.example.org:6543/team?sslmode=verify-full")
    assert location.describe() == "postgresql://alice:***@db.example.org:6543/team?sslmode=verify-full"
    assert location.server() == "db.example.org:6543"
    for url, expected in [
        (f"mysql://alice:{SECRET}@db.example.org/team", "unsupported store URL scheme 'mysql'"),
        (f"postgresql+psycopg2://alice:{SECRET}@db.example.org/team", "unsupported store URL scheme"),
        (f"postgresql://alice:{SECRET}@db.example.org:port/team", "is not a valid store URL"),
    ]:
        with pytest.raises(StoreError, match=expected) as err:
            StoreLocation.parse(url)
        assert SECRET not in str(err.value)


# -- creating and opening --------------------------------------------------------------------------------


def test_create_migrates_an_empty_database_to_the_newest_schema(empty_db: str) -> None:
    ctx = new_store(empty_db, None, user="tester")
    try:
        assert ctx.engine.dialect.name == "postgresql"
        with ctx.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            unaccent = conn.exec_driver_sql("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'").scalar()
        assert unaccent == 1, "the database's owner may create the (trusted) unaccent extension"
        records = RecordService(ctx)
        case = make_case(records, title="Anéfis market shelling")
        assert [h.record_id for h in SearchService(ctx).search("anefis market")] == [case]
        assert verify_store(ctx).ok
    finally:
        ctx.close()


def test_create_refuses_a_database_holding_other_tables(stores: PgStores, empty_db: str) -> None:
    stores.server.execute(
        "CREATE TABLE bookmarks (id serial PRIMARY KEY, url text)",
        "INSERT INTO bookmarks (url) VALUES ('https://example.org/')",
        database=database_of(empty_db),
    )
    with pytest.raises(StoreExists, match=r"already holds tables \(bookmarks\); hrdoc creates a team store only"):
        new_store(empty_db, None)
    with psycopg.connect(empty_db) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        assert tables == [("bookmarks",)]
        assert conn.execute("SELECT url FROM bookmarks").fetchall() == [("https://example.org/",)]


def test_create_refuses_an_existing_store(ctx: StoreContext) -> None:
    before = RecordService(ctx).records("case")
    with pytest.raises(StoreExists, match="already holds an hrdoc store; open it instead"):
        new_store(db_of(ctx), None)
    assert RecordService(ctx).records("case") == before


def test_open_refuses_an_empty_database_and_says_how_to_create_the_store(empty_db: str) -> None:
    with pytest.raises(StoreNotFound, match="is an empty database: create the store in it first") as err:
        unlock_store(empty_db, None)
    assert "hrdoc init --db postgresql://postgres:***@" in str(err.value)


def test_open_refuses_another_programs_database(stores: PgStores, empty_db: str) -> None:
    stores.server.execute("CREATE TABLE bookmarks (id serial PRIMARY KEY)", database=database_of(empty_db))
    with pytest.raises(NotAStore, match="holds another program's tables, not an hrdoc store"):
        unlock_store(empty_db, None)


def test_a_dropped_connection_is_replaced_without_the_user_noticing(ctx: StoreContext) -> None:
    """A laptop that slept, or a server restarted: pooled connections are tested before use (storage.engine_team:
    a connection the server ended has that end waiting on its socket; the test waits until each has ended)."""
    records = RecordService(ctx)
    make_case(records)
    with psycopg.connect(db_of(ctx), autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    assert killed and killed[0], "hrdoc's pooled connection should have been there to be dropped"
    make_case(records)
    assert len(records.records("case")) == 2


# -- two writers -----------------------------------------------------------------------------------------


def in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as err:  # noqa: BLE001 - test helper: handed to the test, which checks it
            outcome.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_two_writers_never_append_the_same_audit_entry(ctx: StoreContext) -> None:
    """Without hrdoc's write lock (plain sessions), entries are numbered only as they are linked, at commit: the
    first writer holds its unit of work open with an entry recorded, the second commits without waiting and
    its entry comes first; the first one's follows it."""
    with Session(ctx.engine) as first:
        mine = audit.record(first, "first", AuditAction.UNLOCK, summary="first writer")
        first.flush()
        assert mine.seq is None  # numbered when linked

        def second_writer() -> int:
            with Session(ctx.engine) as second:
                other = audit.record(second, "second", AuditAction.UNLOCK, summary="second writer")
                second.commit()
                return other.seq

        thread, outcome = in_thread(second_writer)
        thread.join(10)
        assert not thread.is_alive(), "the second writer waited for the first"
        first.commit()
    assert outcome == [mine.seq - 1]
    with ctx.read() as session:
        report = audit.verify_chain(session)
        summaries = session.scalars(select(AuditEntry.summary).order_by(AuditEntry.seq)).all()
    assert report.ok and report.waiting == 0, report.problems
    assert summaries[-2:] == ["second writer", "first writer"]


def test_a_second_writer_queues_behind_the_first_and_both_save(ctx: StoreContext) -> None:
    other = reopen(ctx, user="second laptop")
    try:
        with ctx.write() as session:
            first_case = Case(reference="ML-Q-1", title="First writer's case")
            session.add(first_case)
            session.flush()
            search_index.index_records(session.connection(), "case", [first_case.id])  # as the services do
            thread, outcome = in_thread(
                lambda: RecordService(other).create("case", reference="ML-Q-2", title="Second writer's case")
            )
            time.sleep(0.5)
            assert thread.is_alive(), "the second writer must wait for the first unit of work to end"
            # Readers never wait for a writer, and do not see its unsaved work.
            assert RecordService(other).records("case") == []
        thread.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], uuid.UUID), outcome
        assert sorted(c.reference for c in RecordService(ctx).records("case")) == ["ML-Q-1", "ML-Q-2"]
        assert verify_store(ctx).ok
    finally:
        other.close()


def test_the_chain_of_custody_refuses_truncate(ctx: StoreContext) -> None:
    with psycopg.connect(db_of(ctx), autocommit=True) as conn, pytest.raises(psycopg.Error, match="append-only"):
        conn.execute("TRUNCATE custody_log")


# -- search where the unaccent extension cannot be created -------------------------------------------------


def test_search_folds_accents_even_without_the_unaccent_extension(stores: PgStores, empty_db: str) -> None:
    """A login that may create tables but not extensions: accents are folded by translate() instead."""
    url = login(stores, "owner", database_of(empty_db), "GRANT CREATE ON SCHEMA public TO {role}")
    ctx = new_store(url, None, user="tester")
    try:
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'").scalar() == 0
        records = RecordService(ctx)
        case = make_case(records)
        place = records.create("location", case_id=case, name="Ménaka", alt_spellings=["Anéfis"])
        for query in ("menaka", "Ménaka", "MENAKA", "Mena", "anefis", "Ane\u0301fis"):
            hits = SearchService(ctx).search(query, case_id=case)
            assert [h.record_id for h in hits] == [place], query
        [hit] = SearchService(ctx).search("menaka", case_id=case)
        assert f"{HIGHLIGHT_START}Ménaka{HIGHLIGHT_END}" in hit.snippet  # quoted as written
    finally:
        ctx.close()


def test_the_password_typed_to_unlock_is_the_one_used(ctx: StoreContext, stores: PgStores) -> None:
    """The app's lock screen asks a team store's password: with ~/.pgpass or PGPASSWORD holding it, a store
    would otherwise unlock for anyone at the laptop."""
    database = database_of(db_of(ctx))
    role = login(stores, "analyst", database, "GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}")
    without_password = role.replace(f":{SECRET}@", "@")
    raises_without_secret(StoreAuthFailed, lambda: unlock_store(role, "typed wrongly", record_unlock=False), SECRET)
    opened = unlock_store(without_password, SECRET, record_unlock=False)
    opened.close()
