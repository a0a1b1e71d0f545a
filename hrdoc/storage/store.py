"""Creating and opening stores: checks first, then connect, then migrate (with a backup).

Guarantees: a new store is never created over an existing file, nor in a database that already holds
tables; an encrypted store is never opened as a plain one or the other way round; a wrong passphrase
changes nothing on disk (the key is proven before anything may write, and no lock file is made before then);
an existing store file is backed up before its schema is upgraded. A store that cannot be written (read-only
disk, file or folder; a full disk) opens read-only: reading works, writing is refused with the reason. Opening
a store that can be written brings search documents an older hrdoc made up to date (search_index.update).

A team store on PostgreSQL is a database the server's administrator created, empty; ``create`` migrates it to
the newest schema, ``open`` checks it holds an hrdoc store and upgrades it if needed. There is no file to
copy: before an upgrade, the server's own backups are what protects it (the upgrade runs in one transaction,
so it either happens entirely or not at all). A login that may only read it (a reader's, or any server in
read-only mode) opens it read-only, as a store on a read-only disk: reading works, nothing is recorded.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hrdoc.domain.marks import N_
from hrdoc.storage import migrate, search_index
from hrdoc.storage.engine import (
    Secret,
    StoreLocation,
    check_existing_file,
    make_engine,
    prove_key,
    store_key,
    store_lock,
)
from hrdoc.storage.errors import (
    READ_ONLY_MESSAGE,
    DiskFull,
    NotAStore,
    StoreBusy,
    StoreError,
    StoreExists,
    StoreNotFound,
    StoreReadOnly,
    WrongPassphrase,
    classify,
    disk_is_full,
)

# SQLAlchemy is imported when an engine is made: the app opens its store file on a connection of its own first
# (hrdoc.storage.first_connection), and paints its main window before SQLAlchemy is imported.
if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# Tables that show a database holds an hrdoc store.
STORE_TABLES = {"alembic_version", "store_meta"}


def create_store(location: StoreLocation, passphrase: Secret | None, *, encrypted: bool = True) -> Engine:
    """Create a new, empty store at ``location`` and bring it to the newest schema."""
    if location.path is not None:
        path = location.path
        if path.exists() or path.with_name(path.name + "-wal").exists():
            raise StoreExists(
                N_("{path} already exists; hrdoc never creates a new store over an existing file"), path=path
            )
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(location, passphrase, encrypted=encrypted)
    try:
        with store_lock(location):
            if location.path is None:
                from sqlalchemy import inspect

                with engine.connect() as conn:
                    tables = set(inspect(conn).get_table_names())
                if tables >= STORE_TABLES:
                    raise StoreExists(
                        N_("{where} already holds an hrdoc store; open it instead of creating one"),
                        where=location.describe(),
                    )
                if tables:
                    raise StoreExists(
                        N_(
                            "{where} already holds tables ({names}); hrdoc creates a team store only in an empty "
                            "database"
                        ),
                        where=location.describe(),
                        names=", ".join(sorted(tables)[:5]),
                    )
            migrate.upgrade(engine)  # which records the search documents' version, so that opening finds it current
    except Exception as err:  # noqa: BLE001 - not swallowed: re-raised, as a StoreError where known
        engine.dispose()
        raise classify(err) or err from None
    return engine


@dataclass(frozen=True)
class OpenedStore:
    """An open store; ``read_only`` says why it cannot be written (None: it can)."""

    engine: Engine
    read_only: StoreError | None = None


def why_read_only(path: Path) -> StoreError | None:
    """Why a local store cannot be written here, or None.

    ``os.access`` sees a read-only mount even for root. SQLite must also be able to create its ``-wal`` and
    ``-shm`` beside the file, so the folder counts too.
    """
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        return StoreReadOnly(READ_ONLY_MESSAGE)
    if disk_is_full(path.parent):
        return DiskFull()
    return None


def _check_read_only_wal(path: Path) -> None:
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    if wal.exists() and wal.stat().st_size > 0 and not shm.exists():
        raise StoreReadOnly(
            N_(
                "the store's latest changes ({name}) cannot be read where nothing can be written: "
                "open it once on a writable disk (or free some space), then try again"
            ),
            name=wal.name,
        )


def open_store(location: StoreLocation, passphrase: Secret | None, *, encrypted: bool = True) -> Engine:
    """Open an existing store; upgrade its schema (after a backup) if it is older than this hrdoc."""
    return open_store_for(location, passphrase, encrypted=encrypted).engine


def proven_key(location: StoreLocation, passphrase: Secret | None, *, encrypted: bool) -> Secret | None:
    """For the store file at ``location``: checked to be the right kind of file, its key derived (once) from
    ``passphrase`` and proven against the file alone, writing nothing (storage.engine.prove_key)."""
    assert location.path is not None
    check_existing_file(location, encrypted=encrypted)
    try:
        key = store_key(location.path, passphrase, encrypted=encrypted)
        prove_key(location.path, key, encrypted=encrypted)
    except Exception as err:  # noqa: BLE001 - re-raised, as a StoreError where known
        raise classify(err) or err from None
    return key


def open_store_for(location: StoreLocation, passphrase: Secret | None, *, encrypted: bool = True) -> OpenedStore:
    """Open an existing store, read-only if it cannot be written; upgrade its schema (after a backup) if needed.

    Nothing is written before the passphrase is proven: not a lock file, not a WAL checkpoint. The lock file
    is taken only when the schema must be upgraded. A passphrase is derived into the store's key once, for the
    proof, the engine's connections and the backup's check alike.
    """
    read_only: StoreError | None = None
    if location.path is not None:
        passphrase = proven_key(location, passphrase, encrypted=encrypted)
        read_only = why_read_only(location.path)
        if read_only is not None:
            _check_read_only_wal(location.path)
    engine = make_engine(location, passphrase, encrypted=encrypted, read_only=read_only is not None)
    try:
        _check_tables(location, engine)
        if location.url is not None:
            read_only = _team_read_only(engine)
        current, head = migrate.needs_upgrade(engine)
        if current != head:
            if read_only is not None:
                raise type(read_only)(
                    f"this store must be upgraded to this version of hrdoc, which cannot be done here: {read_only}"
                )
            with store_lock(location):
                # Another process may have upgraded it while this one waited for the lock.
                current, head = migrate.needs_upgrade(engine)
                if current != head:
                    _upgrade(location, engine, passphrase, encrypted, current)
        if read_only is None:
            update_search_documents(engine)
    except Exception as err:
        engine.dispose()
        user_error = classify(err, location.path.parent if location.path is not None else None)
        if user_error is None:
            raise
        raise user_error from None
    return OpenedStore(engine, read_only)


def update_search_documents(engine: Engine) -> None:
    """Bring search documents an older hrdoc made up to what this one makes (:func:`search_index.update`), so
    that existing records are found as new ones are; nothing is written when they are current. A store another
    writer holds (a team store's sync) is left as it is: the next opening updates it."""
    with engine.connect() as conn:
        if not search_index.outdated(conn):
            return
    try:
        with engine.connect().execution_options(hrdoc_write=True) as conn, conn.begin():
            kinds = search_index.update(conn)
    except Exception as err:
        if not isinstance(classify(err) or err, StoreBusy):
            raise
        log.info("the search documents were not brought up to date: the store is busy; the next opening will")
        return
    if kinds:
        log.info("search documents brought up to date: %s indexed again", ", ".join(kinds))


def _check_tables(location: StoreLocation, engine: Engine) -> None:
    from sqlalchemy import inspect

    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    if not tables >= STORE_TABLES:
        if location.path is not None:
            raise WrongPassphrase()  # a database, but not an hrdoc store
        if not tables:
            raise StoreNotFound(
                N_("{where} is an empty database: create the store in it first (`hrdoc init --db {where}`)"),
                where=location.describe(),
            )
        raise NotAStore(N_("{where} holds another program's tables, not an hrdoc store"), where=location.describe())


def _team_read_only(engine: Engine) -> StoreError | None:
    """Why this login cannot change the team store (a server or database in read-only mode, or a login without
    the right to append to the audit log), or None when it can."""
    from sqlalchemy import text

    with engine.connect() as conn:
        user, server_read_only, may_write = conn.execute(
            text(
                "SELECT current_user, current_setting('transaction_read_only') = 'on', "
                "has_table_privilege('audit_log', 'INSERT') AND has_table_privilege('store_meta', 'UPDATE')"
            )
        ).one()
    if server_read_only:
        return StoreReadOnly(
            N_(
                "the team store is read-only (a standby server, or a database set read-only): nothing "
                "can be changed there. Connect to the team's primary server to change it."
            )
        )
    if not may_write:
        return StoreReadOnly(
            N_(
                "the login {user} may only read the team store: nothing can be changed with it. To "
                "change it, use an investigator's login (`hrdoc team-roles` gives one)."
            ),
            user=repr(user),
        )
    return None


def _upgrade(
    location: StoreLocation, engine: Engine, passphrase: Secret | None, encrypted: bool, current: str | None
) -> None:
    head = migrate.head_revision()
    if location.path is not None:
        migrate.backup_file(engine, location.path, current or "empty", passphrase=passphrase, encrypted=encrypted)
    else:
        log.warning(
            "upgrading the team store %s from schema %s to %s; no copy is made here: the server's own backups apply",
            location.describe(),
            current,
            head,
        )
    migrate.upgrade(engine)


__all__ = ["OpenedStore", "StoreError", "create_store", "open_store", "open_store_for"]
