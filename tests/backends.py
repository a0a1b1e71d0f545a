"""The two kinds of store the storage and service tests run against: an SQLCipher file and PostgreSQL.

Tests ask for a store through fixtures (``ctx``, ``shared_ctx``, ``demo_store``, ``demo_copy``...) that
depend on ``backend``. :func:`backends_for` decides which backends a test runs on:

- tests under ``tests/storage`` and ``tests/services`` run on both, except those marked ``sqlite_only``
  (encryption at rest, the file itself, WAL, file backups, raw SQLCipher access) and the evidence service
  tests, which look at the vault's folder beside a store *file* (its files, a SQLCipher shell, a writer
  process killed mid-intake); the team store's vault (rows of ``vault_chunks``) is tested on both backends
  in tests/storage/test_vault.py;
- every other test (CLI, GUI) runs on SQLite only; tests/test_team_store.py takes PostgreSQL explicitly.

PostgreSQL stores are databases cloned from templates (``CREATE DATABASE ... TEMPLATE``, about 0.1 s) on
one throwaway server per test session (tests/pg_server.py), each dropped after its test.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.session import new_store, unlock_store
from tests import pg_server
from tests.helpers import PASSPHRASE

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
OPT_OUT = "HRDOC_TEST_POSTGRES"
TESTS = Path(__file__).parent
BOTH_UNDER = ("storage", "services")
# The evidence service tests look at the vault folder beside a store file (see the module doc).
SQLITE_ONLY_UNDER = (("services", "evidence"),)


def postgres_wanted() -> bool:
    return os.environ.get(OPT_OUT, "1").strip().lower() not in ("0", "no", "false", "off")


def backends_for(path: Path, *, sqlite_only: bool = False, postgresql_only: bool = False) -> list[object]:
    postgresql: object = POSTGRESQL
    if not postgres_wanted():
        postgresql = pytest.param(POSTGRESQL, marks=pytest.mark.skip(reason=f"PostgreSQL tests skipped ({OPT_OUT}=0)"))
    if postgresql_only:
        return [postgresql]
    try:
        parts = path.relative_to(TESTS).parts
    except ValueError:
        return [SQLITE]
    both = bool(parts) and parts[0] in BOTH_UNDER and not any(parts[: len(p)] == p for p in SQLITE_ONLY_UNDER)
    if sqlite_only or not both:
        return [SQLITE]
    return [SQLITE, postgresql]


class PgStores:
    """Team stores on the session's test server: templates built once, a fresh clone per test."""

    def __init__(self, server: pg_server.PgServer) -> None:
        self.server = server
        self._templates: dict[str, str] = {}
        self._numbers = itertools.count(1)

    def new_database(self) -> tuple[str, str]:
        """A new, empty database: (name, URL)."""
        name = f"hrdoc_test_{next(self._numbers)}"
        return name, self.server.create_database(name)

    def template(self, name: str, build: Callable[[StoreContext], None] | None = None) -> str:
        """A template database holding a new store (made by ``tester``), and whatever ``build`` adds."""
        if name not in self._templates:
            database = f"hrdoc_template_{name}"
            if name == "empty":
                url = self.server.create_database(database)
                ctx = new_store(url, None, user="tester")
            else:
                url = self.server.create_database(database, template=self.template("empty"))
                ctx = unlock_store(url, None, user="tester", record_unlock=False)
            try:
                if build is not None:
                    build(ctx)
            finally:
                ctx.close()
            self._templates[name] = database
        return self._templates[name]

    @contextmanager
    def clone(self, template: str, build: Callable[[StoreContext], None] | None = None) -> Iterator[str]:
        """The URL of a private copy of a template, dropped afterwards."""
        source = self.template(template, build)
        database = f"hrdoc_test_{next(self._numbers)}"
        url = self.server.create_database(database, template=source)
        # A store of its own: clones share their template's audit log, from which a store without an id makes
        # the one it keeps (services.exchange.snapshot.known_store_id); each clone gets an id of its own instead.
        self.server.execute(
            f"INSERT INTO store_meta (key, value) VALUES ('store_id', '{uuid.uuid4()}') "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            database=database,
        )
        try:
            yield url
        finally:
            self.server.drop_database(database)

    @contextmanager
    def open_clone(self, template: str, build: Callable[[StoreContext], None] | None = None) -> Iterator[StoreContext]:
        with self.clone(template, build) as url:
            ctx = unlock_store(url, None, user="tester", record_unlock=False)
            try:
                yield ctx
            finally:
                ctx.close()


def check_postgresql_available(items: list[pytest.Item]) -> None:
    """Before any test runs: if PostgreSQL tests are selected but no server can be started, stop the run and
    say how to install PostgreSQL (or how to opt out)."""
    wanted = any(
        getattr(item, "callspec", None) and item.callspec.params.get("backend") == POSTGRESQL for item in items
    )
    if wanted and postgres_wanted():
        problem = pg_server.unavailable()
        if problem is not None:
            raise pytest.UsageError(f"cannot run the PostgreSQL tests: {problem}")


def start_pg_stores() -> PgStores:
    """Start the session's server (every test that needs it fails, saying why, if it cannot start)."""
    try:
        server = pg_server.start()
    except pg_server.PgServerError as err:
        pytest.fail(f"cannot start a PostgreSQL server for the tests: {err}", pytrace=False)
    return PgStores(server)


def db_of(ctx: StoreContext) -> str:
    """What ``--db`` would name this store (a file path or a URL)."""
    if ctx.location.path is not None:
        return str(ctx.location.path)
    assert ctx.location.url is not None
    return ctx.location.url


def passphrase_for(ctx: StoreContext) -> str | None:
    return PASSPHRASE if ctx.location.path is not None else None


def reopen(ctx: StoreContext, *, user: str = "tester", record_unlock: bool = True) -> StoreContext:
    """The same store opened again, as a second hrdoc process would."""
    return unlock_store(db_of(ctx), passphrase_for(ctx), user=user, record_unlock=record_unlock)
