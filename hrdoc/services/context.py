"""The open store as the services see it: an engine, who is working, and units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import classify


@contextmanager
def _classified() -> Iterator[None]:
    """Database errors that are the environment's fault (busy, full, read-only) become StoreErrors."""
    try:
        yield
    except DBAPIError as err:
        user_error = classify(err)
        if user_error is None:
            raise
        raise user_error from err


@dataclass
class StoreContext:
    """One open store. ``user`` is the investigator's name or handle, recorded as ``created_by``."""

    engine: Engine
    location: StoreLocation
    user: str = "investigator"
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; nothing it changes is committed.

        Closing (not rolling back) ends it, so the loaded records stay readable after it, detached.
        """
        with self._sessions() as session, _classified():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed as a whole, or rolled back as a whole on any error."""
        with self._sessions() as session:
            try:
                with _classified():
                    # On SQLite, take the write lock at BEGIN (see storage.engine), so writers queue.
                    session.connection(execution_options={"hrdoc_write": True})
                    yield session
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
