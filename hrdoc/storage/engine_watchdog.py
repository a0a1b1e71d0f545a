"""Ending a wait on a team store's server that stopped answering.

libpq has no time limit on a reply. A server that is frozen (paused, stopped in a debugger, its disk hung) or
cut off by a network that silently drops packets leaves a query waiting for ever: TCP keepalives do not help
while the server's operating system still acknowledges them, nor does ``statement_timeout``, which the server
itself would have to apply. And a fixed limit per statement, kept by the client, would cut a legitimate long
statement short: a large push's insert on a slow server, or a lock that another investigator's sync holds
(those waits have their own limit, ``lock_timeout``, which a live server applies).

So the question asked is the one that matters: does the server still answer? A connection that has waited for
a reply for half the limit (``HRDOC_TEAM_TIMEOUT``, see :mod:`hrdoc.storage.engine_team`) gets a probe: a new
connection to the same server and ``SELECT 1``, given the other half. Answered, the wait goes on (the server is
working, or queueing the statement behind a lock) and is probed again later; not answered, the waiting
connection's socket is shut down, which ends the wait at once with a broken connection, and the engine says
the team store stopped answering. So the message comes about ``limit`` seconds after the server last answered,
however long a legitimate statement runs.
"""

from __future__ import annotations

import socket
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# libpq's PQTRANS_ACTIVE (psycopg.pq.TransactionStatus.ACTIVE): a command was sent and its reply is awaited.
_ACTIVE = 1


@dataclass(eq=False)
class _Watched:
    conn: weakref.ref[Any]
    busy_since: float | None = None


class Watchdog:
    """Watches the connections of one engine; ``probe()`` returns whether the server answered (it may block:
    it runs in a thread of its own and is given ``limit_s / 2``)."""

    def __init__(self, limit_s: float, probe: Callable[[], bool]) -> None:
        self.limit_s = limit_s
        self._probe = probe
        self._watched: dict[int, _Watched] = {}
        self._cut: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._silent_since: float | None = None

    @property
    def half(self) -> float:
        return self.limit_s / 2

    def watch(self, dbapi_conn: Any) -> None:
        """Watch a new connection (the engine's ``connect`` event) until it is gone."""
        with self._lock:
            self._watched[id(dbapi_conn)] = _Watched(weakref.ref(dbapi_conn))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="hrdoc team store watchdog", daemon=True)
                self._thread.start()

    def was_cut(self, dbapi_conn: Any) -> bool:
        """Did this connection's wait end because the server stopped answering?"""
        return dbapi_conn is not None and dbapi_conn in self._cut

    def server_silent(self) -> bool:
        """Did a probe go unanswered a moment ago? (Then a new connection is not worth waiting for.)"""
        silent = self._silent_since
        return silent is not None and time.monotonic() - silent < self.half

    # -- the watching thread ------------------------------------------------------------------------------

    def _run(self) -> None:
        tick = max(0.05, min(1.0, self.limit_s / 8))
        while True:
            time.sleep(tick)
            with self._lock:
                due = self._due(time.monotonic())
                if not self._watched:
                    self._thread = None
                    return
            if not due:
                continue
            if self._answers():
                self._silent_since = None
                now = time.monotonic()
                for watched in due:
                    watched.busy_since = now
                continue
            self._silent_since = time.monotonic()
            for watched in due:
                conn = watched.conn()
                if conn is not None and _busy(conn):
                    self._cut_off(conn)

    def _due(self, now: float) -> list[_Watched]:
        """The connections that have waited for a reply for half the limit (forgetting those gone)."""
        due: list[_Watched] = []
        for key, watched in list(self._watched.items()):
            conn = watched.conn()
            if conn is None or conn.closed:
                del self._watched[key]
                continue
            if not _busy(conn):
                watched.busy_since = None
            elif watched.busy_since is None:
                watched.busy_since = now
            elif now - watched.busy_since >= self.half:
                due.append(watched)
        return due

    def _answers(self) -> bool:
        answered: list[bool] = []

        def probe() -> None:
            answered.append(self._probe())

        thread = threading.Thread(target=probe, name="hrdoc team store probe", daemon=True)
        thread.start()
        thread.join(self.half)
        return bool(answered and answered[0])

    def _cut_off(self, conn: Any) -> None:
        """End the wait: shut the socket down (the connection is lost; the server rolls its work back)."""
        self._cut.add(conn)
        try:
            fd = conn.pgconn.socket
            sock = socket.socket(fileno=fd)
        except Exception:  # noqa: BLE001 - the connection broke meanwhile: its wait has ended already
            return
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed by the other end
        finally:
            sock.detach()  # the descriptor stays libpq's


def _busy(conn: Any) -> bool:
    try:
        return int(conn.pgconn.transaction_status) == _ACTIVE
    except Exception:  # noqa: BLE001 - a connection being closed: not waiting for anything
        return False
