"""Fixtures for the CLI tests: a demo store file made once per session, copied for tests that change it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hrdoc.services.demo import build_demo_case
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted store file holding the demo case (closed, so its WAL is checkpointed into the file)."""
    path = tmp_path_factory.mktemp("cli-demo") / "demo.db"
    ctx = new_store(path, PASSPHRASE, user="tester")
    try:
        build_demo_case(ctx)
    finally:
        ctx.close()
    return path


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo store, for a test that changes or tampers with it."""
    target = tmp_path / "store.db"
    for suffix in ("", "-wal"):
        src = demo_db.with_name(demo_db.name + suffix)
        if src.exists():
            shutil.copyfile(src, target.with_name(target.name + suffix))
    return target
