"""One engine factory for every kind of store.

A store is named by ``--db``: a file path (an SQLCipher-encrypted SQLite file, or, with
``encrypted=False``, a plain SQLite file for tests and benchmarks) or a ``postgresql://`` URL (a team store).

The passphrase never sits in a URL: each new SQLite connection is keyed in a ``connect`` event, and the
key is checked *before* anything else runs, so a wrong passphrase writes nothing to the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import sqlcipher3.dbapi2 as sqlcipher
from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

from hrdoc.storage.errors import EncryptionMismatch, StoreBusy, StoreError, StoreNotFound, WrongPassphrase

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
LOCK_TIMEOUT_S = 30.0
CACHE_KIB = 64 * 1024


def default_store_path() -> Path:
    """Where the investigator's store lives unless ``--db`` says otherwise."""
    return Path(platformdirs.user_data_dir("hrdoc", appauthor=False)) / "hrdoc.db"


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """Where a store is: a local SQLite file (``path``) or a server (``url``)."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, db: str | os.PathLike[str] | None) -> StoreLocation:
        if db is None or str(db) == "":
            return cls(path=default_store_path())
        text = str(db)
        if "://" in text:
            url = make_url(text)
            if url.get_backend_name() != "postgresql":
                raise StoreError(f"unsupported store URL scheme {url.drivername!r}: use a file path or postgresql://")
            return cls(url=text)
        return cls(path=Path(text).expanduser().absolute())

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url or "").render_as_string(hide_password=True)


def file_looks_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _quote_key(passphrase: str) -> str:
    if "\x00" in passphrase:
        raise StoreError("the passphrase contains a NUL character; choose another one")
    return "'" + passphrase.replace("'", "''") + "'"


def make_engine(location: StoreLocation, passphrase: str | None, *, encrypted: bool = True) -> Engine:
    """Build an engine for ``location``. Opening a connection checks the passphrase."""
    if location.url is not None:
        try:
            return create_engine(location.url, pool_pre_ping=True)
        except ImportError as err:
            raise StoreError(
                f"cannot reach a PostgreSQL team store: its database driver is not installed ({err.name})"
            ) from None
    assert location.path is not None
    if encrypted and not passphrase:
        raise StoreError("a passphrase is required to open an encrypted store")
    key = _quote_key(passphrase) if encrypted and passphrase else None
    engine = create_engine(
        f"sqlite:///{location.path}",
        module=sqlcipher,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # Each connection keys the store and holds its own page cache: a few are plenty for one user.
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        # SQLAlchemy's pysqlite dialect would otherwise leave transaction control to the driver, which
        # begins transactions lazily; emit BEGIN ourselves so every unit of work is one transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            # SQLCipher otherwise prints decryption failures (a wrong passphrase) on stderr.
            cur.execute("PRAGMA cipher_log_level = NONE")
            if key is not None:
                cur.execute(f"PRAGMA key = {key}")
            # Reading the schema is the first access to a page: a wrong key fails here, before any write.
            try:
                cur.execute("SELECT count(*) FROM sqlite_master").fetchall()
            except sqlcipher.DatabaseError as err:
                if "not a database" in str(err):
                    raise WrongPassphrase() from None
                raise
            # Another program's database is refused before anything (such as the WAL switch) writes to it.
            tables = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "alembic_version" not in tables:
                raise WrongPassphrase()
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA temp_store = MEMORY")
            # A 64 MiB page cache (SQLCipher's default is 8 MB): decrypted pages stay in memory, which keeps
            # an encrypted store about as fast as a plain one (docs/benchmarks.md).
            cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            cur.execute("PRAGMA journal_mode = WAL").fetchall()
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A unit of work that will write says so (``hrdoc_write``): IMMEDIATE takes the write lock up
        # front, so two processes queue at the start of a transaction (within busy_timeout) instead of
        # one failing half-way when it tries to upgrade a read lock. Reads stay concurrent under WAL.
        write = conn.get_execution_options().get("hrdoc_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextmanager
def store_lock(location: StoreLocation) -> Iterator[None]:
    """Hold the store's lock file while creating, backing up or migrating it (not for normal work)."""
    if location.path is None:
        yield
        return
    lock = FileLock(str(location.path) + ".lock", timeout=LOCK_TIMEOUT_S)
    try:
        with lock:
            yield
    except Timeout:
        raise StoreBusy(
            f"another hrdoc process is opening or upgrading {location.path}; wait for it and try again"
        ) from None


def check_existing_file(location: StoreLocation, *, encrypted: bool) -> None:
    """Refuse, before connecting, to open what is clearly the wrong kind of file."""
    assert location.path is not None
    path = location.path
    if not path.exists():
        raise StoreNotFound(
            f"no store at {path}: create one first (`hrdoc init --db {path}`, or `hrdoc demo` for a demo store)"
        )
    if not path.is_file():
        raise StoreNotFound(f"{path} is not a file")
    if path.stat().st_size == 0:
        raise WrongPassphrase()
    plain = file_looks_plain_sqlite(path)
    if encrypted and plain:
        raise EncryptionMismatch(
            f"{path} is an unencrypted database; hrdoc opens unencrypted stores only with --no-encryption"
        )
    if not encrypted and not plain:
        raise EncryptionMismatch(
            f"{path} is encrypted (or not a database): open it without --no-encryption and give its passphrase"
        )
