"""Creating and opening stores: checks first, then connect, then migrate (with a backup).

Guarantees: a new store is never created over an existing file; an encrypted store is never opened as a
plain one or the other way round; a wrong passphrase changes nothing on disk; an existing store is backed
up before its schema is upgraded.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from hrdoc.storage import migrate
from hrdoc.storage.engine import StoreLocation, check_existing_file, make_engine, store_lock
from hrdoc.storage.errors import StoreError, StoreExists, WrongPassphrase, classify


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
                    if inspect(conn).get_table_names():
                        raise StoreExists(f"{location.describe()} already holds tables; it is not an empty database")
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
            if "alembic_version" not in tables or "store_meta" not in tables:
                raise WrongPassphrase()  # a database, but not an hrdoc store
            current, head = migrate.needs_upgrade(engine)
            if current != head:
                if location.path is not None:
                    migrate.backup_file(engine, location.path, current or "empty")
                migrate.upgrade(engine)
    except Exception as err:
        engine.dispose()
        user_error = classify(err)
        if user_error is None:
            raise
        raise user_error from None
    return engine


__all__ = ["StoreError", "create_store", "open_store"]
