"""The engine of a team store on PostgreSQL: how long it waits, and what a unit of work locks.

**Waiting.** ``HRDOC_TEAM_TIMEOUT`` (seconds, default 30) is how long the server may go without answering
before hrdoc gives up with one line ("the team store stopped answering"):

* connecting: libpq's ``connect_timeout`` (at most 10 s);
* waiting for a reply: a watchdog probes the server and ends the wait only if the server stopped answering
  (:mod:`hrdoc.storage.engine_watchdog`), so no legitimate statement is cut short, however long it runs;
* a network that went away: TCP keepalives and ``tcp_user_timeout`` on both ends, so the laptop notices, and
  the server drops a vanished laptop's connection (and with it its locks) within about the same time;
* a laptop that stops in the middle of a unit of work without losing its connection (a hung process): the
  server ends its transaction after ``idle_in_transaction_session_timeout`` (10 minutes), releasing its locks.

There is deliberately no ``statement_timeout``: a large push's statements on a slow server may take longer
than any fixed limit, and a statement waiting for a lock is bounded by ``lock_timeout`` below.

**Locking.** Readers never wait (MVCC). A unit of work that writes says what it touches (:class:`WriteScope`),
and takes transaction-level advisory locks accordingly, so writers queue at the start instead of colliding
half-way, and lock no more than they must:

* the whole store (the default: creating a case, upgrading, vocabularies, store-wide settings): hrdoc's
  store lock, exclusively (at most 15 s of waiting, then "busy");
* one case (a sync's merge; creating, editing or deleting a record of a case): the store lock *shared* (so
  whole-store writes and case writes exclude each other, but writes of different cases run side by side) and
  the case's own lock, exclusively (waiting up to two minutes for another writer of the same case). A write
  that names a record rather than its case (``case_of``) finds the case from the record's row in the same
  statement that takes the locks;
* the logs only (an unlock, an export, a report, a reveal): no lock of hrdoc's own.

The locks are taken in the same round trip as the wait is set. The audit log's hash chain needs no lock of
hrdoc's: entries are linked into it as a unit of work commits, taking its head row only if no other writer is
linking at that moment (services.audit), so writers of different cases never wait for one another.
"""

from __future__ import annotations

import logging
import math
import os
import select
import time
import uuid
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError

from hrdoc.domain.marks import N_
from hrdoc.storage.engine_watchdog import Watchdog
from hrdoc.storage.errors import (
    CASE_BUSY,
    TEAM_BUSY,
    StoreBusy,
    StoreError,
    StoreUnreachable,
    classify,
    classify_connect_failure,
    stopped_answering,
)

if TYPE_CHECKING:
    from hrdoc.storage.engine import StoreLocation

# psycopg warns, through logging, about a connection it could not end cleanly: after a loss that hrdoc reports
# in its own words. Without a handler of the application's, Python would print that on stderr.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

PG_DRIVERS = ("postgresql", "postgresql+psycopg")
TIMEOUT_ENV = "HRDOC_TEAM_TIMEOUT"
DEFAULT_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10
IDLE_IN_TRANSACTION_S = 600
# Waits for hrdoc's locks: the whole store (short units of work), one case (another investigator's sync of it).
STORE_LOCK_WAIT_S = 15.0
CASE_LOCK_WAIT_S = 120.0
# hrdoc's store lock: one advisory lock key, "hrdoc" in ASCII. Cases and vault items have their own lock
# spaces (two-key advisory locks, ASCII "hrdc" and "hrdv", then the first 4 bytes of the UUID).
PG_WRITE_LOCK_KEY = 0x687264_6F63
CASE_LOCK_SPACE = 0x68726463
ITEM_LOCK_SPACE = 0x68726476
# The connection budget of one process (one open team store): one connection kept while idle, at most
# POOL_BUDGET at once (a sync uploading evidence uses three: the merge, the vault's chunk commits, a read; the
# app's background jobs may want more). A thread wanting one more waits for one to come back, at most
# POOL_WAIT_S, then is told the store is busy. The watchdog's probe (engine_watchdog) is one more, for a moment,
# only when the server is slow to answer. docs/team-store.md says what a server for a team therefore needs.
POOL_KEPT = 1
POOL_BUDGET = 4
POOL_WAIT_S = 60.0


def answer_limit_s() -> float:
    """``HRDOC_TEAM_TIMEOUT``: how long a team store's server may go without answering (at least 4 s)."""
    try:
        value = float(os.environ.get(TIMEOUT_ENV, "") or DEFAULT_TIMEOUT_S)
    except ValueError:
        raise StoreError(N_("{timeout_env} must be a number of seconds"), timeout_env=TIMEOUT_ENV) from None
    return max(4.0, value) if math.isfinite(value) else DEFAULT_TIMEOUT_S


def lock_key(space: int, value: uuid.UUID) -> tuple[int, int]:
    """The two keys of an advisory lock on a case or a vault item."""
    return space, int.from_bytes(value.bytes[:4], "big", signed=True)


@dataclass(frozen=True, slots=True)
class WriteScope:
    """What a unit of work on a team store changes, so it locks no more than that (see the module's docstring).

    SQLite ignores it: a unit of work that writes there always takes the store file's write lock.
    """

    case: uuid.UUID | None = None  # the one case it changes
    # or: the table and id of the one record it changes (a case's, or the case itself), whose case it locks
    case_of: tuple[str, uuid.UUID] | None = None
    log_only: bool = False  # it only appends to the audit log (and reads)
    wait_s: float | None = None  # how long to wait for its locks (None: the scope's default)

    def statement(self, store_wait_s: float = STORE_LOCK_WAIT_S) -> str:
        """What to run at BEGIN, in one round trip; ``store_wait_s`` is the engine's wait for the store lock."""
        if self.log_only:
            return f"SET LOCAL lock_timeout = {_ms(self.wait_s or store_wait_s)}"
        wait = f"SET LOCAL lock_timeout = {_ms(self.wait_s or CASE_LOCK_WAIT_S)}; "
        shared = f"pg_advisory_xact_lock_shared({PG_WRITE_LOCK_KEY})"
        if self.case is not None:
            space, key = lock_key(CASE_LOCK_SPACE, self.case)
            return f"{wait}SELECT {shared}, pg_advisory_xact_lock({space}, {key})"
        if self.case_of is not None:
            table, record_id = self.case_of
            case_column = "id" if table == "cases" else "case_id"
            # The case id's first 4 bytes as a signed 32-bit number: lock_key's key, computed by the server.
            computed = f"('x' || substr(replace({case_column}::text, '-', ''), 1, 8))::bit(32)::int4"
            return (
                f"{wait}SELECT {shared}, pg_advisory_xact_lock({CASE_LOCK_SPACE}, {computed}) FROM {table} "
                f"WHERE id = '{uuid.UUID(str(record_id))}'"
            )
        store_wait = f"SET LOCAL lock_timeout = {_ms(self.wait_s or store_wait_s)}; "
        return f"{store_wait}SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})"

    def busy(self) -> StoreBusy:
        """What to say when its locks could not be had in time."""
        return StoreBusy(CASE_BUSY if self.case is not None or self.case_of is not None else TEAM_BUSY)


STORE_WIDE = WriteScope()


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def pg_url(location: StoreLocation) -> URL:
    url = make_url(location.url or "")
    if url.drivername not in PG_DRIVERS:
        raise StoreError(
            N_("unsupported store URL scheme {drivername}: use postgresql://"), drivername=repr(url.drivername)
        )
    return url.set(drivername="postgresql+psycopg")


def _connect_args(url: URL, limit: float, password: str | None) -> dict[str, Any]:
    """libpq's settings: the limits above on this side, and (``options``) on the server's side of the
    connection. Whatever the URL or the environment sets itself is left as it is."""
    args: dict[str, Any] = {"application_name": "hrdoc"}
    if password is not None:
        args["password"] = password
    given = set(url.query)
    idle, interval = math.ceil(limit / 2), max(1, math.ceil(limit / 6))
    if "connect_timeout" not in given and not os.environ.get("PGCONNECT_TIMEOUT"):
        args["connect_timeout"] = max(2, min(CONNECT_TIMEOUT_S, math.ceil(limit)))
    client = {
        "keepalives": 1,
        "keepalives_idle": idle,
        "keepalives_interval": interval,
        "keepalives_count": 3,
        "tcp_user_timeout": _ms(limit),
    }
    args.update({k: v for k, v in client.items() if k not in given})
    if "options" not in given and not os.environ.get("PGOPTIONS"):
        server = {
            "tcp_keepalives_idle": idle,
            "tcp_keepalives_interval": interval,
            "tcp_keepalives_count": 3,
            "tcp_user_timeout": _ms(limit),
            "idle_in_transaction_session_timeout": IDLE_IN_TRANSACTION_S * 1000,
        }
        args["options"] = " ".join(f"-c {k}={v}" for k, v in server.items())
    return args


def make_team_engine(
    location: StoreLocation, *, password: str | None = None, store_wait_s: float = STORE_LOCK_WAIT_S
) -> Engine:
    url = pg_url(location)
    limit = answer_limit_s()
    server = location.server()
    try:
        engine = create_engine(
            url,
            connect_args=_connect_args(url, limit, password),
            # A desktop app: a few connections per process are plenty, and a team server serves many laptops.
            pool_size=POOL_KEPT,
            max_overflow=POOL_BUDGET - POOL_KEPT,
            pool_timeout=POOL_WAIT_S,
            # Laptops sleep and networks drop: a pooled connection is tested before use (_LivenessCheck: without
            # a round trip unless it was idle a while), idle ones renewed.
            pool_pre_ping=True,
            pool_recycle=1800,
        )
    except ImportError as err:
        raise StoreError(
            N_(
                "cannot open a PostgreSQL team store: its database driver is not installed ({name}); "
                "install psycopg (`pip install 'psycopg[binary]'`)"
            ),
            name=err.name,
        ) from None
    connect_params: dict[str, Any] = {}
    watchdog = Watchdog(limit, lambda: _probe(connect_params, limit / 2))
    liveness = _LivenessCheck(engine.dialect.do_ping)
    engine.dialect.do_ping = liveness.ping  # type: ignore[method-assign, assignment]
    event.listen(engine, "checkin", liveness.returned)

    @event.listens_for(engine, "do_connect")
    def _on_do_connect(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        connect_params.update(cparams)  # for the watchdog's probe (kept in memory only, like the engine's own)
        if watchdog.server_silent():  # a probe just went unanswered: failing now beats waiting to connect
            raise stopped_answering(server, limit)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        watchdog.watch(dbapi_conn)

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        _explain(context, watchdog, server, url, limit)

    @event.listens_for(engine, "begin")
    def _on_pg_begin(conn: Any) -> None:
        # The PostgreSQL counterpart of SQLite's BEGIN IMMEDIATE: a unit of work that will write takes its
        # locks first (see WriteScope), so writers queue at the start instead of colliding half-way; readers
        # never wait for them. The locks are released at COMMIT or ROLLBACK.
        options = conn.get_execution_options()
        if not options.get("hrdoc_write", False):
            return
        scope = options.get("hrdoc_scope") or STORE_WIDE
        try:
            conn.exec_driver_sql(scope.statement(store_wait_s))
        except DBAPIError as err:
            if getattr(err.orig, "sqlstate", None) == "55P03":  # lock_timeout
                raise scope.busy() from None
            raise

    return engine


def _explain(context: ExceptionContext, watchdog: Watchdog, server: str, url: URL, limit: float) -> None:
    """A lost connection or a server that stopped answering, in the user's terms, wherever it happens (an
    evidence file's upload or download included); other errors are left to their callers."""
    original = context.original_exception
    if context.connection is None:
        # A failure to connect says which server could not be reached, and why. (A stale pooled connection
        # failing its pre-ping is left alone: the pool replaces it.)
        if not context.is_pre_ping:
            user_error = classify_connect_failure(original, server, url)
            if user_error is not None:
                raise user_error from None
        return
    try:
        dbapi_conn = context.connection.connection.dbapi_connection
    except Exception:  # noqa: BLE001 - an invalidated connection: it was not cut by the watchdog
        dbapi_conn = None
    if watchdog.was_cut(dbapi_conn):
        raise stopped_answering(server, limit) from None
    if context.is_disconnect and not context.is_pre_ping:
        user_error = classify(original)
        if isinstance(user_error, StoreUnreachable):
            raise user_error from None


class _LivenessCheck:
    """The pool's test of a connection before use, without a round trip when it can be told locally.

    SQLAlchemy's pre-ping sends ``SELECT 1`` at every checkout: half the round trips of a small search. A
    connection the server ended (its backend terminated, the server restarted or stopped, an idle timeout) has
    been sent its end, a FATAL message and the socket closed, which the laptop's socket holds as data to read;
    an idle connection that is alive has nothing waiting. So a connection back in the pool less than
    :data:`QUIET_S` ago, whose socket holds nothing, is used as it is. One that holds something, or was idle
    longer (a laptop that slept missed what the server sent meanwhile), is pinged as before, and replaced if
    the ping fails. A connection cut silently in the last few seconds (a network that dropped everything) fails
    at its statement instead of at the ping, in the same words, after the same wait (engine_watchdog)."""

    QUIET_S = 30.0

    def __init__(self, ping: Any) -> None:
        self._ping = ping
        self._returned: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()

    def returned(self, dbapi_conn: Any, record: Any) -> None:
        if dbapi_conn is not None:
            self._returned[dbapi_conn] = time.monotonic()

    def ping(self, dbapi_conn: Any) -> bool:
        returned = self._returned.get(dbapi_conn)
        if returned is not None and time.monotonic() - returned < self.QUIET_S and _quiet(dbapi_conn):
            return True
        return bool(self._ping(dbapi_conn))


def _quiet(dbapi_conn: Any) -> bool:
    """Is this idle psycopg connection open, with nothing from the server waiting on its socket?"""
    try:
        pgconn = dbapi_conn.pgconn
        if pgconn.status != 0 or pgconn.transaction_status != 0:  # CONNECTION_OK, PQTRANS_IDLE
            return False
        readable, _w, _x = select.select([pgconn.socket], [], [], 0)
    except Exception:  # noqa: BLE001 - closed, or not a socket: let the ping tell
        return False
    return not readable


def _probe(params: dict[str, Any], within_s: float) -> bool:
    """Does the server answer a new connection and ``SELECT 1``? A server that refuses the connection in words
    (``FATAL``: too many connections, starting up) answered too."""
    import psycopg

    if not params:
        return True  # nothing known to probe with: never cut
    settings = {k: v for k, v in params.items() if k not in ("connect_timeout", "application_name")}
    try:
        with psycopg.connect(
            **settings, connect_timeout=max(2, math.ceil(within_s)), application_name="hrdoc probe", autocommit=True
        ) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as err:
        return "FATAL" in str(err)
    return True
