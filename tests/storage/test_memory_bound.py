"""SQLite's memory bounded for a whole process (``engine.bound_memory``): the desktop app holds several connections,
each with a page cache of up to ``CACHE_KIB``; bounded, their pages together stay near the bound."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3._sqlite3 as driver
import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.storage.engine import CACHE_KIB, bound_memory

MIB = 1024 * 1024


def memory_used() -> int:
    """SQLite's own count of the memory it holds in this process (sqlite3_memory_used)."""
    used = ctypes.CDLL(driver.__file__).sqlite3_memory_used
    used.restype = ctypes.c_int64
    return int(used())


@pytest.fixture
def unbounded() -> Iterator[None]:
    bound_memory(0)
    yield
    bound_memory(0)  # the limit is the process's: other tests run without it


def read_all(path: Path, connections: int) -> list[sqlcipher.Connection]:
    """``connections`` connections, each with the store's page cache, that have each read the whole table."""
    opened = []
    for _ in range(connections):
        conn = sqlcipher.connect(str(path))
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        assert conn.execute("SELECT count(*), sum(length(body)) FROM notes").fetchone()[1] > 20 * MIB
        opened.append(conn)
    return opened


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    conn = sqlcipher.connect(str(path))
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 2000 + str(i),) for i in range(12_000)])
    conn.commit()
    conn.close()
    return path


def test_connections_together_stay_near_the_bound(store: Path, unbounded: None) -> None:
    before = memory_used()
    opened = read_all(store, 2)
    unbound = memory_used() - before
    assert unbound > 40 * MIB  # each kept the table's pages
    for conn in opened:
        conn.close()

    bound_memory(8 * 1024)
    opened = read_all(store, 2)
    bound = memory_used() - before
    for conn in opened:
        conn.close()
    assert bound < 12 * MIB, bound / MIB


def test_the_bound_is_the_process_s_whatever_connection_set_it(unbounded: None) -> None:
    bound_memory(32 * 1024)
    conn = sqlcipher.connect(":memory:")
    assert conn.execute("PRAGMA soft_heap_limit").fetchone()[0] == 32 * MIB
    conn.close()
