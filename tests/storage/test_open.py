"""Opening and creating stores: refuse the wrong passphrase or the wrong kind of file, and change nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage.engine import SQLITE_HEADER, StoreLocation
from hrdoc.storage.errors import EncryptionMismatch, StoreError, StoreExists, StoreNotFound, WrongPassphrase
from hrdoc.storage.store import create_store, open_store
from tests.helpers import PASSPHRASE, make_case

WRONG_MESSAGE = "wrong passphrase, or not an hrdoc store"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    """The files in a folder, except hrdoc's lock files (created, empty, by any attempt to open a store)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def sidecars(path: Path) -> list[str]:
    names = (path.name + "-wal", path.name + "-shm", path.name + "-journal")
    return [name for name in names if (path.parent / name).exists()]


@pytest.fixture(scope="module")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "store.db"
    ctx = new_store(path, PASSPHRASE)
    make_case(RecordService(ctx), title="Annefif convoy killings")
    ctx.close()
    assert sidecars(path) == [], "a closed store should leave no -wal/-shm behind"
    return path


@pytest.fixture
def closed_store(store_template: Path, tmp_path: Path) -> Path:
    """An encrypted store with one case in it, closed (so everything is in the .db file)."""
    path = tmp_path / "store.db"
    shutil.copyfile(store_template, path)
    return path


@pytest.fixture
def closed_plain_store(tmp_path: Path) -> Path:
    path = tmp_path / "plain.db"
    ctx = new_store(path, None, encrypted=False)
    ctx.close()
    return path


# -- wrong passphrase ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    ["not the passphrase", PASSPHRASE.upper(), PASSPHRASE + " ", PASSPHRASE[:-1], "x' OR '1'='1"],
    ids=["other", "upper-case", "trailing-space", "one-char-short", "quote"],
)
def test_wrong_passphrase_is_refused_and_changes_nothing(closed_store: Path, wrong: str) -> None:
    before = sha256(closed_store)
    files_before = listing(closed_store.parent)
    with pytest.raises(WrongPassphrase) as err:
        unlock_store(closed_store, wrong)
    assert str(err.value) == WRONG_MESSAGE
    assert sha256(closed_store) == before
    assert sidecars(closed_store) == []
    assert listing(closed_store.parent) == files_before


def test_wrong_passphrase_through_open_store(closed_store: Path) -> None:
    before = sha256(closed_store)
    with pytest.raises(WrongPassphrase, match=f"^{WRONG_MESSAGE}$"):
        open_store(StoreLocation(path=closed_store), "wrong")
    assert sha256(closed_store) == before
    assert sidecars(closed_store) == []


def test_right_passphrase_still_opens_after_wrong_attempts(closed_store: Path) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            unlock_store(closed_store, "guess")
    ctx = unlock_store(closed_store, PASSPHRASE)
    try:
        with ctx.read() as session:
            titles = session.connection().exec_driver_sql("SELECT title FROM cases").scalars().all()
        assert titles == ["Annefif convoy killings"]
    finally:
        ctx.close()


def test_empty_passphrase_is_refused_for_an_encrypted_store(closed_store: Path) -> None:
    before = sha256(closed_store)
    with pytest.raises(StoreError, match="passphrase is required"):
        unlock_store(closed_store, "")
    assert sha256(closed_store) == before


# -- the wrong kind of file -----------------------------------------------------------------------------


def test_plain_store_opened_as_encrypted_is_refused(closed_plain_store: Path) -> None:
    assert closed_plain_store.read_bytes().startswith(SQLITE_HEADER)
    before = sha256(closed_plain_store)
    with pytest.raises(EncryptionMismatch, match="unencrypted"):
        unlock_store(closed_plain_store, PASSPHRASE)
    assert sha256(closed_plain_store) == before
    assert sidecars(closed_plain_store) == []


def test_encrypted_store_opened_as_plain_is_refused(closed_store: Path) -> None:
    before = sha256(closed_store)
    with pytest.raises(EncryptionMismatch, match="encrypted"):
        unlock_store(closed_store, None, encrypted=False)
    assert sha256(closed_store) == before
    assert sidecars(closed_store) == []


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"Annefif convoy killings\n" * 100, b"\x00" * 4096],
    ids=["random-bytes", "text-file", "zeros"],
)
def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(WrongPassphrase, match=f"^{WRONG_MESSAGE}$"):
        unlock_store(path, PASSPHRASE)
    with pytest.raises(EncryptionMismatch):
        unlock_store(path, None, encrypted=False)
    assert path.read_bytes() == content
    assert sidecars(path) == []


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(WrongPassphrase):
        unlock_store(path, PASSPHRASE)
    assert path.stat().st_size == 0


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound):
        unlock_store(tmp_path, PASSPHRASE)


def make_foreign_sqlite(path: Path) -> None:
    """Some other program's SQLite database (a browser history, a notes app...)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org/')")
    conn.commit()
    conn.close()


def test_a_foreign_sqlite_database_is_refused_as_not_an_hrdoc_store(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    make_foreign_sqlite(path)
    with pytest.raises(WrongPassphrase, match="not an hrdoc store"):
        unlock_store(path, None, encrypted=False)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT url FROM bookmarks").fetchall() == [("https://example.org/",)]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        conn.close()
    assert tables == ["bookmarks"], "hrdoc must not create its tables in another program's database"


def test_a_foreign_sqlite_database_is_left_byte_for_byte_unchanged(tmp_path: Path) -> None:
    """Refusing someone else's database must not modify it (for example by switching it to WAL mode)."""
    path = tmp_path / "places.sqlite"
    make_foreign_sqlite(path)
    before = sha256(path)
    with pytest.raises(WrongPassphrase):
        unlock_store(path, None, encrypted=False)
    assert sha256(path) == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


# -- missing and existing paths ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opener",
    [
        lambda p: unlock_store(p, PASSPHRASE),
        lambda p: unlock_store(p, None, encrypted=False),
        lambda p: open_store(StoreLocation(path=p), PASSPHRASE),
    ],
    ids=["unlock", "unlock-plain", "open_store"],
)
def test_missing_store_raises_not_found_and_creates_nothing(tmp_path: Path, opener: Callable[[Path], object]) -> None:
    path = tmp_path / "sub" / "missing.db"
    with pytest.raises(StoreNotFound, match="no store at"):
        opener(path)
    assert listing(tmp_path) == []
    with pytest.raises(StoreNotFound):
        opener(tmp_path / "missing.db")
    assert listing(tmp_path) == []


def test_create_over_an_existing_store_is_refused(closed_store: Path) -> None:
    before = sha256(closed_store)
    files_before = listing(closed_store.parent)
    with pytest.raises(StoreExists, match="already exists"):
        create_store(StoreLocation(path=closed_store), "another passphrase")
    with pytest.raises(StoreExists):
        new_store(closed_store, PASSPHRASE)
    assert sha256(closed_store) == before
    assert listing(closed_store.parent) == files_before
    # ... and it still opens with its own passphrase.
    unlock_store(closed_store, PASSPHRASE, record_unlock=False).close()


@pytest.mark.parametrize("content", [b"", b"my thesis draft", os.urandom(2048)], ids=["empty", "text", "random"])
def test_create_over_any_existing_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "important.db"
    path.write_bytes(content)
    with pytest.raises(StoreExists):
        create_store(StoreLocation(path=path), PASSPHRASE)
    with pytest.raises(StoreExists):
        create_store(StoreLocation(path=path), None, encrypted=False)
    assert path.read_bytes() == content
    assert listing(tmp_path) == ["important.db"]


def test_create_refuses_when_a_leftover_wal_exists(tmp_path: Path) -> None:
    """A -wal without its .db may be the only copy of recent work: never start a new store over it."""
    path = tmp_path / "store.db"
    wal = tmp_path / "store.db-wal"
    wal.write_bytes(b"recent work")
    with pytest.raises(StoreExists):
        create_store(StoreLocation(path=path), PASSPHRASE)
    assert not path.exists()
    assert wal.read_bytes() == b"recent work"


def test_create_makes_missing_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.db"
    ctx = new_store(path, PASSPHRASE)
    ctx.close()
    assert path.is_file()
    assert not path.read_bytes().startswith(SQLITE_HEADER)


# -- connection settings --------------------------------------------------------------------------------

EXPECTED_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "temp_store": 2}


def pragmas(conn: Connection) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_every_connection_of_an_opened_store_has_the_safe_settings(tmp_path: Path, encrypted: bool) -> None:
    path = tmp_path / "store.db"
    passphrase = PASSPHRASE if encrypted else None
    create_store(StoreLocation(path=path), passphrase, encrypted=encrypted).dispose()
    engine = open_store(StoreLocation(path=path), passphrase, encrypted=encrypted)
    try:
        # Two connections at once: each new connection is set up, not only the first.
        with engine.connect() as first, engine.connect() as second:
            assert pragmas(first) == EXPECTED_PRAGMAS
            assert pragmas(second) == EXPECTED_PRAGMAS
            cipher = first.exec_driver_sql("PRAGMA cipher_version").scalar()
            assert cipher, "the store must be opened through SQLCipher"
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced_in_the_store(ctx: StoreContext) -> None:
    """foreign_keys=1 is not just reported: a dangling reference is refused (on PostgreSQL, always)."""
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"), ctx.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO locations (id, case_id, name, alt_spellings, admin1, admin2, country_code, geo_precision,"
            " created_at, updated_at, created_by, visibility, notes) VALUES ('00000000000000000000000000000001',"
            " '0000000000000000000000000000dead', 'x', '[]', '', '', '', 'region', '2025-01-01 00:00:00',"
            " '2025-01-01 00:00:00', '', 'restricted', '')"
        )
