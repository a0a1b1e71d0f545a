"""Creating and opening stores: checks first, then connect, then migrate (with a backup).

Guarantees: a new store is never created over an existing file, nor in a database that already holds
tables; an encrypted store is never opened as a plain one or the other way round; a wrong passphrase
changes nothing on disk; an existing store file is backed up before its schema is upgraded.

A team store on PostgreSQL is a database the server's administrator created, empty; ``create`` migrates it to
the newest schema, ``open`` checks it holds an hrdoc store and upgrades it if needed. There is no file to
copy: before an upgrade, the server's own backups are what protects it (the upgrade runs in one transaction,
so it either happens entirely or not at all).
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, inspect

from hrdoc.storage import migrate
from hrdoc.storage.engine import StoreLocation, check_existing_file, make_engine, store_lock
from hrdoc.storage.errors import NotAStore, StoreError, StoreExists, StoreNotFound, WrongPassphrase, classify

log = logging.getLogger(__name__)

# Tables that show a database holds an hrdoc store.
STORE_TABLES = {"alembic_version", "store_meta"}


def create_store(location: StoreLocation, passphrase: str | None, *, encrypted: bool = True) -> Engine:
    """Create a new, empty store at ``location`` and bring it to the newest schema."""
    if location.path is not None:
        path = location.path
        if path.exists() or path.with_name(path.name + "-wal").exists():
            raise StoreExists(f"{path} already exists; hrdoc never creates a new store over an existing file")
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(location, passphrase, encrypted=encrypted)
    try:
        with store_lock(location):
            if location.path is None:
                with engine.connect() as conn:
                    tables = set(inspect(conn).get_table_names())
                if tables >= STORE_TABLES:
                    raise StoreExists(
                        f"{location.describe()} already holds an hrdoc store; open it instead of creating one"
                    )
                if tables:
                    raise StoreExists(
                        f"{location.describe()} already holds tables ({', '.join(sorted(tables)[:5])}); hrdoc "
                        "creates a team store only in an empty database"
                    )
            migrate.upgrade(engine)
    except Exception as err:
        engine.dispose()
        raise classify(err) or err from None
    return engine


def open_store(location: StoreLocation, passphrase: str | None, *, encrypted: bool = True) -> Engine:
    """Open an existing store; upgrade its schema (after a backup) if it is older than this hrdoc."""
    if location.path is not None:
        check_existing_file(location, encrypted=encrypted)
    engine = make_engine(location, passphrase, encrypted=encrypted)
    try:
        with store_lock(location):
            with engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
            if not tables >= STORE_TABLES:
                if location.path is not None:
                    raise WrongPassphrase()  # a database, but not an hrdoc store
                if not tables:
                    raise StoreNotFound(
                        f"{location.describe()} is an empty database: create the store in it first "
                        f"(`hrdoc init --db {location.describe()}`)"
                    )
                raise NotAStore(f"{location.describe()} holds another program's tables, not an hrdoc store")
            current, head = migrate.needs_upgrade(engine)
            if current != head:
                if location.path is not None:
                    migrate.backup_file(engine, location.path, current or "empty")
                else:
                    log.warning(
                        "upgrading the team store %s from schema %s to %s; no copy is made here: the server's "
                        "own backups apply",
                        location.describe(),
                        current,
                        head,
                    )
                migrate.upgrade(engine)
    except Exception as err:
        engine.dispose()
        user_error = classify(err)
        if user_error is None:
            raise
        raise user_error from None
    return engine


__all__ = ["StoreError", "create_store", "open_store"]
