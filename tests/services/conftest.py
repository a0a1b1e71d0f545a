"""Stores shared by the tests of one module, to keep the suite fast.

Creating an encrypted store costs about 0.4 s (key derivation and migrations). Tests that only need *a*
store, and that work in a case of their own and compare the audit log before and after, share one per
module; tests that need an empty store use the function-scoped ``ctx`` from tests/conftest.py. On PostgreSQL
these are clones of template databases (see tests/backends.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.backends import SQLITE, PgStores
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def shared_ctx(
    backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[StoreContext]:
    """One real store for a whole test module; each test works in its own case."""
    if backend == SQLITE:
        context = new_store(tmp_path_factory.mktemp("shared") / "store.db", PASSPHRASE, user="tester")
        yield context
        context.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    with stores.open_clone("empty") as context:
        yield context


@pytest.fixture
def r(shared_ctx: StoreContext) -> RecordService:
    return RecordService(shared_ctx)


@pytest.fixture(scope="session")
def demo_store(
    backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[StoreContext]:
    """One store holding the demo case, shared by the tests that read it (none may change its records)."""
    if backend == SQLITE:
        context = new_store(tmp_path_factory.mktemp("demo") / "store.db", PASSPHRASE, user="tester")
        build_demo_case(context)
        yield context
        context.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    with stores.open_clone("demo", build_demo_case) as context:
        yield context
