"""Opening and creating stores for the services, with the audit entries that go with it."""

from __future__ import annotations

import os

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.storage.engine import StoreLocation
from hrdoc.storage.store import create_store, open_store


def new_store(
    db: str | os.PathLike[str] | None, passphrase: str | None, *, encrypted: bool = True, user: str = "investigator"
) -> StoreContext:
    """Create a new store (refusing any existing file) and record its creation in the audit log."""
    location = StoreLocation.parse(db)
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
    """Open (and if needed upgrade) an existing store; the unlock is recorded in the audit log."""
    location = StoreLocation.parse(db)
    ctx = StoreContext(open_store(location, passphrase, encrypted=encrypted), location, user)
    if record_unlock:
        with ctx.write() as session:
            audit.record(session, user, AuditAction.UNLOCK, summary="unlocked the store")
    return ctx
