"""The open store as the services see it: an engine, who is working, and units of work.

Free of the ORM until a unit of work is made: opening the app reads its case list and records the unlock through
plain connections (:meth:`StoreContext.connection`), so that the ORM and the models are imported after the main
window's first paint (issue 15, point 1).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from hrdoc.domain.marks import N_
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.engine_team import WriteScope
from hrdoc.storage.errors import StoreBusy, StoreError, StoreReadOnly, classify

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# Every connection of this process's budget (storage.engine_team.POOL_BUDGET) stayed in use while it waited.
CONNECTIONS_BUSY = N_(
    "all of this program's connections to the store stayed in use (a large sync, or evidence moving?): wait for "
    "it to finish and try again; nothing was saved by the failed operation."
)


@contextmanager
def _classified(folder: Path | None = None, read_only: StoreError | None = None) -> Iterator[None]:
    """Database errors that are the environment's fault (busy, full, read-only) become StoreErrors."""
    try:
        yield
    except PoolTimeout:
        raise StoreBusy(CONNECTIONS_BUSY) from None
    except DBAPIError as err:
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


@dataclass
class StoreContext:
    """One open store. ``user`` is the investigator's name or handle, recorded as ``created_by``."""

    engine: Engine
    location: StoreLocation
    user: str = "investigator"
    # Why this store cannot be written here (a read-only disk, a full one), or None when it can.
    read_only: StoreError | None = None
    # One-line notes for the user about this opening (e.g. that the unlock could not be recorded).
    notes: list[str] = field(default_factory=list)
    _made: sessionmaker[Session] | None = field(default=None, init=False, repr=False)

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
        self.engine.dispose()
