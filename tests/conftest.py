"""Shared fixtures. Every store here is a real SQLCipher-encrypted file in a temporary directory."""

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
from tests.helpers import PASSPHRASE


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def ctx(store_path: Path) -> Iterator[StoreContext]:
    """A new, empty, encrypted store."""
    context = new_store(store_path, PASSPHRASE, user="tester")
    yield context
    context.close()


@pytest.fixture
def records(ctx: StoreContext) -> RecordService:
    return RecordService(ctx)


@pytest.fixture
def demo_ctx(ctx: StoreContext) -> StoreContext:
    """An encrypted store holding the demo case (Annefif convoy killings)."""
    build_demo_case(ctx)
    return ctx
