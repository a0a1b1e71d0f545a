"""The open store as the services see it: an engine, who is working, and units of work.

Free of SQLAlchemy until the engine is first needed, and of the ORM until a unit of work is made: the app opens
its store file on a connection of its own (:class:`hrdoc.storage.first_connection.FirstConnection`), records the
unlock and reads its case list through it (:meth:`StoreContext.driver`), and makes the engine, closing that
connection, when something first needs it, after the main window's first paint (issue 15, point 1).
"""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.domain.marks import N_
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import StoreBusy, StoreError, StoreReadOnly, classify
from hrdoc.storage.first_connection import FirstConnection

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class RunSQL(Protocol):
    """Runs one statement as the driver takes it; its rows (StoreContext.driver)."""

    def __call__(self, sql: str, params: Any = ..., /) -> list[Any]: ...


# Every connection of this process's budget (storage.engine_team.POOL_BUDGET) stayed in use while it waited.
CONNECTIONS_BUSY = N_(
    "all of this program's connections to the store stayed in use (a large sync, or evidence moving?): wait for "
    "it to finish and try again; nothing was saved by the failed operation."
)


@contextmanager
def _classified(folder: Path | None = None, read_only: StoreError | None = None) -> Iterator[None]:
    """Database errors that are the environment's fault (busy, full, read-only) become StoreErrors: SQLAlchemy's,
    and the drivers' own (raised through :meth:`StoreContext.driver`)."""
    try:
        yield
    except Exception as err:
        sa_exc = sys.modules.get("sqlalchemy.exc")  # not imported yet: not one of SQLAlchemy's errors
        if sa_exc is not None and isinstance(err, sa_exc.TimeoutError):
            raise StoreBusy(CONNECTIONS_BUSY) from None
        driver = isinstance(err, sqlcipher.Error) or type(err).__module__.startswith("psycopg")
        if not (driver or (sa_exc is not None and isinstance(err, sa_exc.DBAPIError))):
            raise
        user_error = classify(err, folder)
        if user_error is None:
            raise
        if isinstance(user_error, StoreReadOnly) and read_only is not None:
            user_error = _again(read_only)  # say why it is read-only (a full disk, say)
        raise user_error from err


def _again(error: StoreError) -> StoreError:
    """A fresh exception like ``error`` (raising one instance twice would pile up its tracebacks)."""
    fresh = StoreError.__new__(type(error))
    StoreError.__init__(fresh, str(error))
    return fresh


class StoreContext:
    """One open store. ``user`` is the investigator's name or handle, recorded as ``created_by``.

    Made with the store's engine, or with a store file's first connection (storage.first_connection), from which
    the engine is made when first needed (:attr:`engine`)."""

    def __init__(
        self,
        engine: Engine | FirstConnection,
        location: StoreLocation,
        user: str = "investigator",
        read_only: StoreError | None = None,
    ) -> None:
        self.location = location
        self.user = user
        # Why this store cannot be written here (a read-only disk, a full one), or None when it can.
        self.read_only = read_only
        # One-line notes for the user about this opening (e.g. that the unlock could not be recorded).
        self.notes: list[str] = []
        self._first = engine if isinstance(engine, FirstConnection) else None
        self._engine: Engine | None = None if isinstance(engine, FirstConnection) else engine
        self._lock = threading.RLock()  # the first connection is used, and the engine made, by one thread at a time
        self._made: sessionmaker[Session] | None = None

    def __repr__(self) -> str:
        return f"StoreContext({self.location.describe()}, user={self.user!r})"

    @property
    def engine(self) -> Engine:
        """The store's engine (made, and SQLAlchemy imported, on first use if the store was opened on its first
        connection, which is then closed)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    assert self._first is not None
                    engine = self._first.make_engine()
                    self._first.close()
                    self._engine = engine
        return self._engine

    @property
    def engine_made(self) -> bool:
        """Whether the engine is made (else the store is used on its first connection, SQLAlchemy unneeded)."""
        return self._engine is not None

    @property
    def _sessions(self) -> sessionmaker[Session]:
        """The units of work's factory, made (and the ORM imported, with the audit log's linking) when first
        needed."""
        if self._made is None:
            from sqlalchemy.orm import sessionmaker

            from hrdoc.services import audit  # noqa: F401 - links the entries of every unit of work as it commits

            self._made = sessionmaker(self.engine, expire_on_commit=False)
        return self._made

    @contextmanager
    def driver(self, *, write: bool = False) -> Iterator[RunSQL]:
        """A function that runs one SQL statement as the database's driver takes it (its own parameters: ``:name``
        on a store file) and returns its rows as the driver gives them, its errors classified as a unit of work's:
        on the store file's first connection while the engine is not made (no SQLAlchemy), else on one of the
        engine's (through SQLAlchemy's ``exec_driver_sql``, so that the engine's events see it). ``write``: in one
        transaction that takes the store's write lock at its start, committed at the end."""
        if write and self.read_only is not None:
            raise _again(self.read_only)
        with self._lock:
            first = self._first.connection if self._engine is None and self._first is not None else None
            if first is not None:

                def run_first(sql: str, params: Any = ()) -> list[Any]:
                    cur = first.execute(sql, params)
                    try:
                        return list(cur.fetchall())
                    finally:
                        cur.close()

                with _classified(self._folder, self.read_only):
                    if not write:
                        yield run_first
                        return
                    first.execute("BEGIN IMMEDIATE")
                    try:
                        yield run_first
                    except BaseException:
                        first.execute("ROLLBACK")
                        raise
                    first.execute("COMMIT")
                return
        with self.connection(write=write) as conn:

            def run(sql: str, params: Any = ()) -> list[Any]:
                result = conn.exec_driver_sql(sql, params or None)
                return [tuple(row) for row in result] if result.returns_rows else []

            with _classified(self._folder, self.read_only):
                yield run

    @contextmanager
    def connection(self, *, write: bool = False) -> Iterator[Connection]:
        """A plain connection (SQLAlchemy's Core, no ORM), its errors classified as a unit of work's; ``write``:
        in one transaction that takes the store's write lock at its start, committed at the end."""
        with _classified(self._folder, self.read_only):
            if not write:
                with self.engine.connect() as conn:
                    yield conn
                return
            if self.read_only is not None:
                raise _again(self.read_only)
            with self.engine.connect().execution_options(hrdoc_write=True) as conn, conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; nothing it changes is committed.

        Closing (not rolling back) ends it, so the loaded records stay readable after it, detached.
        """
        with self._sessions() as session, _classified(self._folder, self.read_only):
            yield session

    @property
    def _folder(self) -> Path | None:
        return self.location.path.parent if self.location.path is not None else None

    @contextmanager
    def write(
        self,
        *,
        case: uuid.UUID | None = None,
        case_of: tuple[str, uuid.UUID] | None = None,
        log_only: bool = False,
        wait_s: float | None = None,
    ) -> Iterator[Session]:
        """One unit of work: committed as a whole, or rolled back as a whole on any error.

        On a store opened read-only it is refused at once, with the reason, before anything is done. On a team
        store it locks the whole store, unless it says it changes one ``case`` only (or the case of one record,
        ``case_of``: its table and id), or only appends to the audit log (``log_only``); ``wait_s`` bounds the
        wait for those locks (storage.engine_team.WriteScope). Its audit entries are linked into the chain as it
        commits; entries it had to leave waiting (services.audit) are linked right after.
        """
        if self.read_only is not None:
            raise _again(self.read_only)
        with self._sessions() as session:
            try:
                with _classified(self._folder, self.read_only):
                    from hrdoc.storage.engine_team import WriteScope

                    # On SQLite, take the write lock at BEGIN (see storage.engine), so writers queue.
                    scope = WriteScope(case=case, case_of=case_of, log_only=log_only, wait_s=wait_s)
                    session.connection(execution_options={"hrdoc_write": True, "hrdoc_scope": scope})
                    yield session
                    session.commit()
            except BaseException:
                session.rollback()
                raise
            from hrdoc.services import audit

            left_waiting = session.info.pop(audit.LEFT_WAITING, False)
        if left_waiting:
            self.link_waiting()

    def link_waiting(self) -> int:
        """Link the audit entries left waiting to be chained (services.audit), waiting a moment for another
        writer's linking to end if need be; how many. Entries that cannot be linked in time wait for the next
        linking: nothing is lost, and the change they record is saved already."""
        from hrdoc.services import audit

        try:
            with self.write(log_only=True, wait_s=audit.LINK_WAIT_S) as session:
                return audit.link_waiting(session)
        except StoreError as err:
            log.info("audit entries left waiting for the next linking: %s", err)
            return 0

    def close(self) -> None:
        with self._lock:
            if self._first is not None:
                self._first.close()
            if self._engine is not None:
                self._engine.dispose()
