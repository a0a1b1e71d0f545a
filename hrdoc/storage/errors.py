"""Store errors that are the environment's fault, classified once (after qutebrowser's ``misc/sql.py``).

A :class:`StoreError` carries a message meant for the investigator: what is wrong and what to do. Any other
database exception is a bug and should reach the crash handler, so :func:`classify` returns ``None`` for it.
Catch :class:`StoreError` only where a service meets the GUI or the CLI.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc


class StoreError(Exception):
    """A problem with the store that the user can act on. ``str(err)`` is the user-facing message."""


class WrongPassphrase(StoreError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase, or not an hrdoc store")


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


class DiskFull(StoreError):
    pass


class StoreCorrupt(StoreError):
    pass


class StoreTooNew(StoreError):
    pass


def classify(error: BaseException) -> StoreError | None:
    """Turn a database exception caused by the environment into a user-facing :class:`StoreError`."""
    if isinstance(error, StoreError):
        return error
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    text = str(orig).lower()
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return StoreBusy(
            "the store is busy: another hrdoc process is using it. Wait a moment and try again, "
            "or close the other hrdoc window."
        )
    if "readonly" in text or "read-only" in text:
        return StoreReadOnly("the store is read-only: check the file's permissions and the disk.")
    if "disk is full" in text or "no space" in text or "database or disk is full" in text:
        return DiskFull("the disk is full: free some space; nothing was saved by the failed operation.")
    if "file is not a database" in text:
        return WrongPassphrase()
    if "malformed" in text or "corrupt" in text:
        return StoreCorrupt("the store is damaged. Restore the latest backup (the .backup files next to the store).")
    if "unable to open database" in text:
        return StoreNotFound(f"cannot open the store: {orig}. Check the path and its folder's permissions.")
    return None
