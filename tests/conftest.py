"""Shared fixtures. Stores are real: SQLCipher-encrypted files in a temporary directory, or, for the storage
and service tests, also databases on a throwaway PostgreSQL server (see tests/backends.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# GUI tests run with no screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.backends import SQLITE, PgStores, backends_for, check_postgresql_available, start_pg_stores
from tests.helpers import PASSPHRASE
from tests.wheels import installed_checkout


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the store file itself (encryption, WAL, backups); never run on PostgreSQL"
    )
    config.addinivalue_line("markers", "postgresql_only: about a team store on PostgreSQL only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses a store runs once per backend it applies to (see tests/backends.py)."""
    if "backend" in metafunc.fixturenames:
        backends = backends_for(
            Path(metafunc.definition.path),
            sqlite_only=metafunc.definition.get_closest_marker("sqlite_only") is not None,
            postgresql_only=metafunc.definition.get_closest_marker("postgresql_only") is not None,
        )
        metafunc.parametrize("backend", backends, scope="session")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    check_postgresql_available(items)


@pytest.fixture(scope="session")
def backend() -> str:
    """Replaced by the parametrization above; a test that somehow escapes it gets SQLite."""
    return SQLITE


@pytest.fixture(scope="session")
def pg_stores() -> Iterator[PgStores]:
    """The session's PostgreSQL server, started on first use and stopped at the end (or at exit)."""
    stores = start_pg_stores()
    try:
        yield stores
    finally:
        stores.server.stop()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def ctx(backend: str, store_path: Path, request: pytest.FixtureRequest) -> Iterator[StoreContext]:
    """A new, empty store: an encrypted file, or a database of its own on the test PostgreSQL server."""
    if backend == SQLITE:
        context = new_store(store_path, PASSPHRASE, user="tester")
        yield context
        context.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    with stores.open_clone("empty") as context:
        yield context


@pytest.fixture
def records(ctx: StoreContext) -> RecordService:
    return RecordService(ctx)


@pytest.fixture
def demo_ctx(ctx: StoreContext) -> StoreContext:
    """A store holding the demo case (Annefif convoy killings)."""
    build_demo_case(ctx)
    return ctx


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """hrdoc installed from this checkout's wheel, outside the checkout (tests/wheels.py), once per worker."""
    return installed_checkout(tmp_path_factory.mktemp("wheel"))
