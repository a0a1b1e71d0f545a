"""A store file opened on one SQLCipher connection of its own, before SQLAlchemy is imported (issue 15, point 1).

Unlocking the app records the unlock in the audit log and reads the case list before the main window is painted.
SQLAlchemy's import alone is about half of what a start imported before that paint, and neither needs it: a store
file that needs nothing but opening (it can be written here, it is at this hrdoc's schema, its search documents
are current: every opening but the first after an upgrade) is opened by :func:`open_first` on one connection,
after the same checks as :func:`hrdoc.storage.store.open_store_for` (the file's kind, the key proven against
the file alone: :func:`~hrdoc.storage.store.proven_key`), keyed with the key already derived and set up as each
of the engine's connections is (:func:`hrdoc.storage.engine.set_up`). The engine is made from the same key when
first needed (:meth:`FirstConnection.make_engine`), and the first connection is then closed
(:class:`hrdoc.services.context.StoreContext`).

Whenever opening must do more (a store that cannot be written, an older or newer schema, search documents to
bring up to date, a team store, any error here), :func:`open_first` hands over to ``open_store_for``, which does
it as it always did: this module only finds that nothing needs doing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.storage import migrate, search_index
from hrdoc.storage.engine import Secret, StoreLocation, connect_file, make_engine, pragma_key, set_up, store_uri
from hrdoc.storage.store import STORE_TABLES, OpenedStore, open_store_for, proven_key, why_read_only

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
DOCUMENTS_VERSION = "SELECT value FROM store_meta WHERE key = ?"


class FirstConnection:
    """An open store file's first connection, and what makes its engine later: its location and key (never the
    passphrase, as the engine keeps it). Not thread-safe: its owner (the store's context) serialises its use."""

    def __init__(self, location: StoreLocation, key: Secret | None, encrypted: bool, connection: Any) -> None:
        self.location = location
        self._key = key
        self._encrypted = encrypted
        self._connection: Any = connection

    @property
    def connection(self) -> Any | None:
        """The DB-API connection (autocommit: the caller begins and ends its transactions), None once closed."""
        return self._connection

    def make_engine(self) -> Engine:
        """The store's engine, keyed as this connection is (no further key derivation)."""
        return make_engine(self.location, self._key, encrypted=self._encrypted)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __repr__(self) -> str:
        return f"FirstConnection({self.location.describe()}, {'open' if self._connection else 'closed'})"


def open_first(
    location: StoreLocation, passphrase: Secret | None, *, encrypted: bool = True
) -> FirstConnection | OpenedStore:
    """Open the store at ``location``: on its :class:`FirstConnection` if it is a file that needs nothing but
    opening, else as :func:`~hrdoc.storage.store.open_store_for` does (an engine, upgraded and updated if need be).
    The key is derived from a passphrase once in either case."""
    if location.path is None:
        return open_store_for(location, passphrase, encrypted=encrypted)
    key = proven_key(location, passphrase, encrypted=encrypted)
    if why_read_only(location.path) is None:
        first = _current(location, key, encrypted)
        if first is not None:
            return first
    return open_store_for(location, key, encrypted=encrypted)


def _current(location: StoreLocation, key: Secret | None, encrypted: bool) -> FirstConnection | None:
    """The store file's first connection if the store is an hrdoc store at this hrdoc's schema with current search
    documents; None (nothing written, the connection closed) if not, or if anything fails here: opening it
    through the engine then does what is needed, or says what is wrong, as it always did."""
    assert location.path is not None
    conn = connect_file(store_uri(location.path))
    try:
        set_up(conn, pragma_key(location.path, key, encrypted))
        tables = {row[0] for row in conn.execute(TABLES)}
        if tables >= STORE_TABLES:
            revisions = [row[0] for row in conn.execute(migrate.REVISION_QUERY)]
            documents = conn.execute(DOCUMENTS_VERSION, (search_index.DOCUMENTS_KEY,)).fetchone()
            head = migrate.shipped_head()
            if head is not None and revisions == [head] and documents == (str(search_index.DOCUMENTS_VERSION),):
                return FirstConnection(location, key, encrypted, conn)
    except sqlcipher.Error as err:
        log.debug("the store is opened through its engine: %s", type(err).__name__)
    except BaseException:
        conn.close()
        raise
    conn.close()
    return None
