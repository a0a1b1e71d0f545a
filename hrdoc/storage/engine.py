"""One engine factory for every kind of store.

A store is named by ``--db``: a file path (an SQLCipher-encrypted SQLite file, or, with
``encrypted=False``, a plain SQLite file for tests and benchmarks) or a ``postgresql://`` URL (a team store).

The passphrase never sits in a URL, nor in the engine: it is derived into the store's key once per opening
(:class:`StoreKey`, what SQLCipher itself would derive), and each new SQLite connection is keyed with that key
in a ``connect`` event, so the pool's connections cost no further derivation. Before any
connection that may write is made, :func:`prove_key` checks the key against the file's first page through a
read-only, lock-free (``immutable``) connection that never looks at the ``-wal``: SQLite would otherwise
checkpoint a leftover ``-wal`` into the file, and delete it, when even a wrongly keyed connection closes. So a
wrong passphrase writes nothing, whatever files lie beside the store.

A store that cannot be written (a write-protected USB key, a read-only file or folder, a full disk) opens
read-only (``read_only=True``): ``mode=ro``, and ``immutable`` when there is no ``-wal`` to read, since SQLite
cannot otherwise open a WAL store where it cannot create its ``-shm`` index.

A team store on PostgreSQL has no passphrase: the server's own authentication (the URL, ``PGPASSWORD`` or
``~/.pgpass``) and TLS (``sslmode`` in the URL) protect it. Its password is never shown: messages and logs
use :meth:`StoreLocation.describe`, which hides it. Its engine, with its time limits and its locks, is made
by :mod:`hrdoc.storage.engine_team`.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.domain.marks import N_
from hrdoc.storage.errors import (
    EncryptionMismatch,
    StoreBusy,
    StoreError,
    StoreNotFound,
    WrongPassphrase,
)
from hrdoc.storage.location import StoreLocation as StoreLocation
from hrdoc.storage.location import default_store_path as default_store_path
from hrdoc.storage.store_key import Secret as Secret
from hrdoc.storage.store_key import StoreKey, derive_key

# SQLAlchemy is imported when an engine is made, not with this module: the app opens a store file on one
# connection of its own (file_connection) and paints its main window before SQLAlchemy is imported.
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.pool import ConnectionPoolEntry

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
LOCK_TIMEOUT_S = 30.0
CACHE_KIB = 64 * 1024


def file_looks_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def pragma_key(path: Path, secret: Secret | None, encrypted: bool) -> str | None:
    """The value of ``PRAGMA key`` for the store at ``path`` (None for a plain store), derived once here from a
    passphrase; callers opening several connections pass a :class:`StoreKey` so that it is derived once in all."""
    if not encrypted:
        return None
    if isinstance(secret, StoreKey):
        return secret.pragma
    if not secret:
        raise StoreError(N_("a passphrase is required to open an encrypted store"))
    return derive_key(path, secret).pragma


def store_key(path: Path, secret: Secret | None, *, encrypted: bool = True) -> Secret | None:
    """What to open the store at ``path`` with, derived once: its :class:`StoreKey` for a passphrase of an
    encrypted store, else ``secret`` as it is (a plain store's, a key already derived)."""
    if encrypted and isinstance(secret, str) and secret:
        return derive_key(path, secret)
    return secret


def _file_uri(path: Path, **params: str) -> str:
    return "file:" + urllib.parse.quote(str(path)) + ("?" + urllib.parse.urlencode(params) if params else "")


def _key_and_check(cur: Any, key: str | None) -> None:
    """Key a fresh connection and read the schema: a wrong key or another program's database fails here."""
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


def prove_key(path: Path, passphrase: Secret | None, *, encrypted: bool = True) -> None:
    """Check the passphrase against the store file alone, writing nothing anywhere.

    ``immutable=1`` makes SQLite read the main file without locks, ``-shm`` or ``-wal``: the first page is
    encrypted under the same key whatever the ``-wal`` holds, so this proves the key (or fails with
    :class:`WrongPassphrase`) before any connection that could checkpoint, create or delete a file is made.
    A truncated or damaged file fails with the error SQLite gives (to :func:`~hrdoc.storage.errors.classify`).
    """
    key = pragma_key(path, passphrase, encrypted)
    conn = sqlcipher.connect(_file_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None)
    try:
        cur = conn.cursor()
        try:
            _key_and_check(cur, key)
        finally:
            cur.close()
    finally:
        conn.close()


def store_uri(path: Path, *, read_only: bool = False) -> str:
    """The URI every connection to the store file at ``path`` opens (``read_only``: see the module's docstring)."""
    if not read_only:
        return _file_uri(path)
    # With a -wal (and its -shm) SQLite reads the recent work in it read-only; without one, the file holds
    # everything and "immutable" lets SQLite read it without creating a -shm.
    has_wal = path.with_name(path.name + "-wal").exists()
    return _file_uri(path, **({"mode": "ro"} if has_wal else {"mode": "ro", "immutable": "1"}))


def bound_memory(kib: int) -> None:
    """Bound SQLite's memory in this process to about ``kib``, all its connections together (SQLite's soft heap
    limit, process-wide: past it, a connection recycles its own cached pages rather than taking more memory;
    nothing fails)."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute(f"PRAGMA soft_heap_limit = {int(kib) * 1024}").fetchall()
    finally:
        conn.close()


def connect_file(uri: str) -> Any:
    """A new connection to a store file (not yet keyed: :func:`set_up`)."""
    return sqlcipher.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def set_up(dbapi_conn: Any, key: str | None, *, read_only: bool = False) -> Any:
    """Key a new connection to a store file, check it, and set it up as every connection to the store is (the
    engine's, and the app's first connection, :mod:`hrdoc.storage.first_connection`); returns it. Transactions
    are begun by the caller (``BEGIN``, or ``BEGIN IMMEDIATE`` to write), never lazily by the driver."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        _key_and_check(cur, key)
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA temp_store = MEMORY")
        # A 64 MiB page cache (SQLCipher's default is 8 MB): decrypted pages stay in memory, which keeps
        # an encrypted store about as fast as a plain one (docs/benchmarks.md).
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL").fetchall()
    finally:
        cur.close()
    return dbapi_conn


def make_engine(
    location: StoreLocation, passphrase: Secret | None, *, encrypted: bool = True, read_only: bool = False
) -> Engine:
    """Build an engine for ``location``. Opening a connection checks the passphrase.

    A passphrase is derived into the store's key here, once for all the engine's connections; the engine keeps
    the key, never the passphrase. ``read_only``: open a local store without writing to its folder at all (see
    the module's docstring).
    """
    from sqlalchemy import create_engine, event

    if location.url is not None:
        from hrdoc.storage.engine_team import make_team_engine

        # For a team store, a "passphrase" is the user's database password: given, it is the one used (over
        # ~/.pgpass or PGPASSWORD), so unlocking the app takes knowing it.
        password = passphrase if isinstance(passphrase, str) else None
        return make_team_engine(location, password=password or None, store_wait_s=BUSY_TIMEOUT_MS / 1000)
    path = location.path
    assert path is not None
    key = pragma_key(path, passphrase, encrypted)
    uri = store_uri(path, read_only=read_only)

    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        creator=lambda: connect_file(uri),
        # Each connection keys the store and holds its own page cache: a few are plenty for one user. The one
        # used last is used again first, so work done one unit at a time fills one cache, not each in turn.
        pool_size=2,
        max_overflow=4,
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        # SQLAlchemy's pysqlite dialect would otherwise leave transaction control to the driver, which
        # begins transactions lazily; emit BEGIN ourselves so every unit of work is one transaction.
        set_up(dbapi_conn, key, read_only=read_only)

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
    from filelock import FileLock, Timeout  # here: only creating, backing up or upgrading a store takes it

    lock = FileLock(str(location.path) + ".lock", timeout=LOCK_TIMEOUT_S)
    try:
        with lock:
            yield
    except Timeout:
        raise StoreBusy(
            N_("another hrdoc process is opening or upgrading {path}; wait for it and try again"), path=location.path
        ) from None


def check_existing_file(location: StoreLocation, *, encrypted: bool) -> None:
    """Refuse, before connecting, to open what is clearly the wrong kind of file."""
    assert location.path is not None
    path = location.path
    if not path.exists():
        raise StoreNotFound(
            N_("no store at {path}: create one first (`hrdoc init --db {path}`, or `hrdoc demo` for a demo store)"),
            path=path,
        )
    if not path.is_file():
        raise StoreNotFound(N_("{path} is not a file"), path=path)
    if path.stat().st_size == 0:
        raise WrongPassphrase()
    plain = file_looks_plain_sqlite(path)
    if encrypted and plain:
        raise EncryptionMismatch(
            N_("{path} is an unencrypted database; hrdoc opens unencrypted stores only with --no-encryption"), path=path
        )
    if not encrypted and not plain:
        raise EncryptionMismatch(
            N_("{path} is encrypted (or not a database): open it without --no-encryption and give its passphrase"),
            path=path,
        )
