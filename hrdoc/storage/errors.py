"""Store errors that are the environment's fault, classified once (after qutebrowser's ``misc/sql.py``).

A :class:`StoreError` carries a message meant for the investigator: what is wrong and what to do. Any other
database exception is a bug and should reach the crash handler, so :func:`classify` returns ``None`` for it.
Catch :class:`StoreError` only where a service meets the GUI or the CLI.

SQLite reports problems in words; PostgreSQL (through psycopg) with an SQLSTATE code, except when a
connection cannot be made at all, where only libpq's words are available.
"""

from __future__ import annotations

import errno
import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from hrdoc.domain.marks import N_

if TYPE_CHECKING:
    from sqlalchemy.engine import URL
from hrdoc.domain.errors import UserError


class StoreError(UserError):
    """A problem with the store that the user can act on. ``str(err)`` is the user-facing message."""


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__(N_("wrong passphrase, or not an hrdoc store"))


class StoreNotFound(StoreError):
    pass


class StoreExists(StoreError):
    pass


class EncryptionMismatch(StoreError):
    pass


class StoreBusy(StoreError):
    pass


class StoreReadOnly(StoreError):
    pass


DISK_FULL_MESSAGE = N_("the disk is full: free some space; nothing was saved")
READ_ONLY_MESSAGE = N_(
    "the store is on a read-only disk (or its file or folder is read-only): nothing was saved. "
    "Copy it to a writable disk to change it"
)
# Below this much free space a store is opened read-only: SQLite needs room for its -shm index and its log.
LOW_SPACE_BYTES = 256 * 1024


class DiskFull(StoreError):
    def __init__(self, message: str = DISK_FULL_MESSAGE, /, **params: object) -> None:
        super().__init__(message, **params)


class DiskError(StoreError):
    """The disk failed a read or a write (a bad sector, a USB key pulled out)."""


class StoreCorrupt(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


class StoreUnreachable(StoreError):
    """A team store's server cannot be reached, or the connection to it was lost."""


class StoreAuthFailed(StoreError):
    """A team store's server refused the login."""


class StorePermissionDenied(StoreError):
    """A team store's server refused access to the database, or a change, to this login."""


class NotAStore(StoreError):
    """A database that holds something other than an hrdoc store."""


def _is_psycopg(error: BaseException) -> bool:
    return type(error).__module__.split(".", 1)[0] == "psycopg"


def _is_operational(error: BaseException) -> bool:
    """A psycopg OperationalError, or one of its kinds (ConnectionTimeout, for one, when connecting times out)."""
    return any(kind.__name__ == "OperationalError" for kind in type(error).__mro__)


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_BUSY = {"55P03", "40P01", "40001"}  # lock timeout, deadlock, serialization failure: nothing saved, retry
# Server shut down, crashed, not yet accepting connections; a transaction left idle too long (the server's
# idle_in_transaction_session_timeout, which hrdoc sets on a team store: see storage.engine_team).
_PG_LOST = {"57P01", "57P02", "57P03", "25P03"}


TEAM_BUSY = N_(
    "the team store is busy: another hrdoc process is saving to it. Wait a moment and try again; nothing was "
    "saved by the failed operation."
)
CASE_BUSY = N_(
    "another hrdoc process is still saving this case to the team store (a large sync?): wait for it to finish and "
    "try again; nothing was saved by the failed operation."
)
FILE_BUSY = N_(
    "another laptop has been sending the same evidence file to the team store for a while (a large sync?): wait "
    "for its sync to finish and try again; nothing was saved by the failed operation."
)


def stopped_answering(server: str, limit_s: float) -> StoreUnreachable:
    """A team store's server that went silent for ``limit_s`` seconds (see storage.engine_watchdog)."""
    return StoreUnreachable(
        N_(
            "the team store at {server} stopped answering (nothing for {limit_s} seconds): "
            "nothing was saved by the failed operation; try again when it answers"
        ),
        server=server,
        limit_s=format(limit_s, "g"),
    )


def _classify_pg(error: BaseException) -> StoreError | None:
    state = getattr(error, "sqlstate", None) or ""
    detail = getattr(getattr(error, "diag", None), "message_primary", None) or _first_line(error)
    if state in _PG_BUSY:
        return StoreBusy(TEAM_BUSY)
    if state == "23505":
        # On a team store writers run side by side (one case each); two that add the same thing at the same
        # moment (a vocabulary term, say) meet here. The one refused saved nothing, and a retry finds the other's.
        constraint = getattr(getattr(error, "diag", None), "constraint_name", None) or "a unique key"
        return StoreBusy(
            N_(
                "the team store refused a change that another hrdoc process made at the same moment "
                "({constraint}): nothing was saved by the failed operation; try again."
            ),
            constraint=constraint,
        )
    if state == "57014":
        return StoreBusy(
            N_(
                "the team store's server cancelled the operation (its statement_timeout, or an "
                "administrator): nothing was saved by the failed operation. Try again; if it happens "
                "again, ask the server's administrator to lift the limit for hrdoc's login."
            )
        )
    if state == "53100":
        return DiskFull(
            N_(
                "the team store's server is out of disk space: nothing was saved by the failed "
                "operation. Tell the server's administrator."
            )
        )
    if state == "25006":
        return StoreReadOnly(
            N_(
                "the team store is read-only (a standby server, or a database set read-only): nothing "
                "was saved. Connect to the team's primary server."
            )
        )
    if state == "42501":
        return StorePermissionDenied(
            N_(
                "the team store refused this: permission denied ({detail}). Ask the server's "
                "administrator to give your login access to hrdoc's tables."
            ),
            detail=detail,
        )
    if state.startswith("28"):
        return StoreAuthFailed(N_("the team store refused the login: {detail}"), detail=detail)
    if state == "3D000":
        return StoreNotFound(N_("the team store's database is gone: {detail}"), detail=detail)
    if state in ("XX001", "XX002"):
        return StoreCorrupt(
            N_(
                "the team store's server reports damaged data ({detail}). Tell the server's "
                "administrator; the server's own backups apply."
            ),
            detail=detail,
        )
    if state.startswith("08") or state in _PG_LOST or (not state and _is_operational(error)):
        return StoreUnreachable(
            N_(
                "lost the connection to the team store: nothing was saved by the failed operation. "
                "Check that you are on the team's network, then try again."
            )
        )
    return None


def classify_connect_failure(error: BaseException, server: str, url: URL) -> StoreError | None:
    """A failure to connect to a team store's server at ``server`` (host:port), in the user's terms.

    Nothing here repeats the URL's password: only the server, the user and the database are named.
    """
    if not _is_psycopg(error) or not _is_operational(error):
        return None
    text = str(error).lower()
    user = url.username or os.environ.get("PGUSER") or getpass.getuser()
    database = url.database or os.environ.get("PGDATABASE") or user
    if "password authentication failed" in text or "no password supplied" in text or "authentication failed" in text:
        return StoreAuthFailed(
            N_(
                "the team store at {server} refused the login for user {user}: authentication failed. "
                "Check the user name and the password (in the URL, in PGPASSWORD or in ~/.pgpass)."
            ),
            server=server,
            user=repr(user),
        )
    if "pg_hba.conf" in text:
        return StoreAuthFailed(
            N_(
                "the team store at {server} does not accept connections from this computer for user "
                "{user} (database {database}). Ask the server's administrator; if the server requires "
                "TLS, add ?sslmode=require to the URL."
            ),
            server=server,
            user=repr(user),
            database=repr(database),
        )
    if 'role "' in text and "does not exist" in text:
        return StoreAuthFailed(
            N_("the team store at {server} has no user {user}: check the user name in the URL (user@host)."),
            server=server,
            user=repr(user),
        )
    if "database" in text and "does not exist" in text:
        return StoreNotFound(
            N_(
                "there is no database {database} on the team store at {server}. Ask the server's "
                "administrator to create it (empty), then create the store in it with `hrdoc init "
                "--db URL`."
            ),
            database=repr(database),
            server=server,
        )
    if "permission denied" in text:
        return StorePermissionDenied(
            N_(
                "the team store at {server} refused user {user} access to database {database}: "
                "permission denied. Ask the server's administrator to grant it."
            ),
            server=server,
            user=repr(user),
            database=repr(database),
        )
    if "ssl" in text or "certificate" in text:
        return StoreUnreachable(
            N_(
                "cannot make a secure (TLS) connection to the team store at {server}: {reason}. Check "
                "the sslmode and certificate settings in the URL."
            ),
            server=server,
            reason=_libpq_reason(error),
        )
    if ("too many" in text and "connections" in text) or "starting up" in text or "shutting down" in text:
        return StoreBusy(
            N_("the team store at {server} is not accepting connections right now ({reason}). Try again in a moment."),
            server=server,
            reason=_libpq_reason(error),
        )
    return StoreUnreachable(
        N_(
            "cannot reach the team store at {server} — check the address and that you are on the "
            "team's network ({reason})"
        ),
        server=server,
        reason=_libpq_reason(error),
    )


def _libpq_reason(error: BaseException) -> str:
    """libpq's own reason, without its "connection to server at ... failed:" preamble."""
    line = _first_line(error)
    for marker in ("failed: FATAL:", "failed:"):
        if marker in line:
            line = line.rsplit(marker, 1)[1]
            break
    return line.strip().rstrip(".") or "no answer"


def free_bytes(folder: Path) -> int | None:
    """Bytes free for this user on the disk holding ``folder`` (None if the system cannot say)."""
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        try:
            import shutil

            return shutil.disk_usage(folder).free
        except OSError:
            return None
    return st.f_bavail * st.f_frsize


def disk_is_full(folder: Path) -> bool:
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES


def classify(error: BaseException, folder: Path | None = None) -> StoreError | None:
    """Turn a database exception caused by the environment into a user-facing :class:`StoreError`.

    ``folder``, the store's folder, lets a "disk I/O error" (SQLite's words when it cannot grow its ``-shm``
    index on a full disk) be told apart from a failing disk.
    """
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull()
    if isinstance(error, OSError) and error.errno == errno.EROFS:
        return StoreReadOnly(READ_ONLY_MESSAGE)
    from sqlalchemy import exc as sa_exc  # here: the unlock dialog, which shows these errors, comes before SQLAlchemy

    orig: BaseException | None = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if orig is not None and _is_psycopg(orig):
        return _classify_pg(orig)
    text = str(orig).lower()
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return StoreBusy(
            N_(
                "the store is busy: another hrdoc process is using it. Wait a moment and try again, "
                "or close the other hrdoc window."
            )
        )
    if "disk is full" in text or "no space" in text or "database or disk is full" in text:
        return DiskFull()
    if "disk i/o error" in text:
        if folder is not None and disk_is_full(folder):
            return DiskFull()
        return DiskError(
            N_(
                "the disk failed while reading or writing the store: nothing was saved. Check the "
                "disk (is it still plugged in?), then try again"
            )
        )
    if "readonly" in text or "read-only" in text:
        return StoreReadOnly(READ_ONLY_MESSAGE)
    if "file is not a database" in text:
        return WrongPassphrase()
    if "malformed" in text or "corrupt" in text:
        return StoreCorrupt(
            N_("the store is damaged. Restore the latest backup (the .backup files next to the store).")
        )
    if "unable to open database" in text:
        return StoreNotFound(
            N_("cannot open the store: {orig}. Check the path and its folder's permissions."), orig=orig
        )
    return None
