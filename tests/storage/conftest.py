"""Stores built once per test session and copied for each test: building one costs the passphrase's key
derivation several times over (or a migration, on PostgreSQL); copying a closed store file, or cloning a
template database, is instant."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.session import new_store, unlock_store
from tests.backends import SQLITE, PgStores
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="session")
def demo_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "store.db"
    ctx = new_store(path, PASSPHRASE, user="tester")
    build_demo_case(ctx)
    ctx.close()
    assert not path.with_name("store.db-wal").exists()
    return path


@pytest.fixture
def demo_copy(backend: str, store_path: Path, request: pytest.FixtureRequest) -> Iterator[StoreContext]:
    """A private copy of a store holding the demo case, open (on SQLite, at ``store_path``)."""
    if backend == SQLITE:
        shutil.copyfile(request.getfixturevalue("demo_store_template"), store_path)
        ctx = unlock_store(store_path, PASSPHRASE, user="tester", record_unlock=False)
        yield ctx
        ctx.close()
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    with stores.open_clone("demo", build_demo_case) as ctx:
        yield ctx
