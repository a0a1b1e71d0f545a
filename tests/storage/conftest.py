"""Store files built once per test session and copied into each test's folder (building one costs the
passphrase's key derivation several times over; copying a closed store is instant)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.session import new_store, unlock_store
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
def demo_copy(demo_store_template: Path, store_path: Path) -> Iterator[StoreContext]:
    """A private copy of an encrypted store holding the demo case, open, at ``store_path``."""
    shutil.copyfile(demo_store_template, store_path)
    ctx = unlock_store(store_path, PASSPHRASE, user="tester", record_unlock=False)
    yield ctx
    ctx.close()
