"""Opening and creating stores for the services, with the audit entries that go with it."""

from __future__ import annotations

import os

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.passphrase import check_new_passphrase
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.errors import DiskFull
from hrdoc.storage.store import create_store, open_store_for

UNLOCK_NOT_RECORDED = (
    "read-only store: this unlock is not recorded in the audit log (nor is an export or a verification in the "
    "chains of custody)"
)
UNLOCK_NOT_RECORDED_FULL = (
    "the disk is full: this unlock is not recorded in the audit log (nor is an export or a verification in the "
    "chains of custody); free some space before changing anything"
)


def new_store(
    db: str | os.PathLike[str] | None, passphrase: str | None, *, encrypted: bool = True, user: str = "investigator"
) -> StoreContext:
    """Create a new store (refusing any existing file) and record its creation in the audit log."""
    location = StoreLocation.parse(db)
    if location.path is not None and encrypted:
        check_new_passphrase(passphrase or "")
    ctx = StoreContext(create_store(location, passphrase, encrypted=encrypted), location, user)
    on_server = location.url is not None
    with ctx.write() as session:
        audit.record(
            session,
            user,
            AuditAction.CREATE_STORE,
            summary=(
                "created the team store on its server"
                if on_server
                else "created the store" + ("" if encrypted else " WITHOUT encryption")
            ),
            details={"encrypted": encrypted and not on_server, "server": on_server},
        )
    return ctx


def unlock_store(
    db: str | os.PathLike[str] | None,
    passphrase: str | None,
    *,
    encrypted: bool = True,
    user: str = "investigator",
    record_unlock: bool = True,
) -> StoreContext:
    """Open (and if needed upgrade) an existing store; the unlock is recorded in the audit log.

    A store that cannot be written here (a read-only disk, a full one) is opened read-only: the unlock is not
    recorded, and ``ctx.notes`` says so.
    """
    location = StoreLocation.parse(db)
    opened = open_store_for(location, passphrase, encrypted=encrypted)
    ctx = StoreContext(opened.engine, location, user, read_only=opened.read_only)
    if record_unlock:
        if ctx.read_only is not None:
            ctx.notes.append(UNLOCK_NOT_RECORDED_FULL if isinstance(ctx.read_only, DiskFull) else UNLOCK_NOT_RECORDED)
            return ctx
        try:
            with ctx.write() as session:
                audit.record(session, user, AuditAction.UNLOCK, summary="unlocked the store")
        except DiskFull:
            # The disk filled up between the check and the write: reading still works.
            ctx.notes.append(UNLOCK_NOT_RECORDED_FULL)
    return ctx
