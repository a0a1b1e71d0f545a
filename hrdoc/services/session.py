"""Opening and creating stores for the services, with the audit entries that go with it.

Unlocking a store file that needs nothing but opening opens it on a connection of its own
(:mod:`hrdoc.storage.first_connection`) and records the unlock there (:func:`hrdoc.services.audit_chain.link_unlock`),
so that the app paints its main window before SQLAlchemy, the ORM and the models are imported (issue 15, point 1).
"""

from __future__ import annotations

import os

from hrdoc.domain.enums import AuditAction
from hrdoc.services.audit_chain import link_unlock
from hrdoc.services.context import StoreContext
from hrdoc.services.passphrase import check_new_passphrase
from hrdoc.storage.engine import Secret, StoreLocation
from hrdoc.storage.errors import DiskFull, StoreBusy, StoreError, StorePermissionDenied
from hrdoc.storage.first_connection import FirstConnection, open_first
from hrdoc.storage.store import create_store

UNLOCK_NOT_RECORDED = (
    "read-only store: this unlock is not recorded in the audit log (nor is an export or a verification in the "
    "chains of custody)"
)
UNLOCK_NOT_RECORDED_FULL = (
    "the disk is full: this unlock is not recorded in the audit log (nor is an export or a verification in the "
    "chains of custody); free some space before changing anything"
)
UNLOCK_NOT_RECORDED_TEAM = (
    "{reason}: this unlock is not recorded in the team store's audit log (nor is an export, a report or a verification)"
)
UNLOCK_NOT_RECORDED_BUSY = (
    "the team store's audit log is busy with another investigator's sync: this unlock is not recorded in it "
    "(nothing else is affected)"
)
# How long opening a team store waits to record the unlock: the audit log's head may be held by the end of
# another investigator's large push, and opening must not wait for that.
TEAM_UNLOCK_WAIT_S = 2.0


def new_store(
    db: str | os.PathLike[str] | None, passphrase: str | None, *, encrypted: bool = True, user: str = "investigator"
) -> StoreContext:
    """Create a new store (refusing any existing file) and record its creation in the audit log."""
    location = StoreLocation.parse(db)
    if location.path is not None and encrypted:
        check_new_passphrase(passphrase or "")
    from hrdoc.services import audit

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
    passphrase: Secret | None,
    *,
    encrypted: bool = True,
    user: str = "investigator",
    record_unlock: bool = True,
) -> StoreContext:
    """Open (and if needed upgrade) an existing store; the unlock is recorded in the audit log.

    A store that cannot be written here (a read-only disk, a full one, a team store's login that may only read)
    is opened read-only: the unlock is not recorded, and ``ctx.notes`` says so. On a team store the unlock only
    appends to the audit log, waiting at most a moment for it (so opening never waits for another
    investigator's sync); if it cannot, ``ctx.notes`` says so too.
    """
    location = StoreLocation.parse(db)
    opened = open_first(location, passphrase, encrypted=encrypted)
    if isinstance(opened, FirstConnection):  # a store file that needed nothing but opening: no SQLAlchemy yet
        ctx = StoreContext(opened, location, user)
    else:
        ctx = StoreContext(opened.engine, location, user, read_only=opened.read_only)
    if record_unlock:
        if ctx.read_only is not None:
            ctx.notes.append(_not_recorded(ctx))
            return ctx
        team = location.url is not None
        try:
            _record_unlock(ctx, team)
        except DiskFull:
            # The disk filled up between the check and the write: reading still works.
            ctx.notes.append(UNLOCK_NOT_RECORDED_FULL)
        except StoreBusy:
            if not team:
                raise
            ctx.notes.append(UNLOCK_NOT_RECORDED_BUSY)
        except StorePermissionDenied as err:
            if not team:
                raise
            ctx.notes.append(UNLOCK_NOT_RECORDED_TEAM.format(reason=_reason(err)))
    return ctx


def _record_unlock(ctx: StoreContext, team: bool) -> None:
    """The unlock in the audit log: on a store file through a plain connection when the entry only needs
    numbering and hashing after the head (nothing waits to be linked); otherwise through a unit of work."""
    summary = "unlocked the store"
    if not team:
        with ctx.driver(write=True) as conn:
            if link_unlock(conn, ctx.user, AuditAction.UNLOCK.value, summary):
                return
    from hrdoc.services import audit

    with ctx.write(log_only=True, wait_s=TEAM_UNLOCK_WAIT_S if team else None) as session:
        audit.record(session, ctx.user, AuditAction.UNLOCK, summary=summary)


def _not_recorded(ctx: StoreContext) -> str:
    assert ctx.read_only is not None
    if ctx.location.url is not None:
        return UNLOCK_NOT_RECORDED_TEAM.format(reason=_reason(ctx.read_only))
    return UNLOCK_NOT_RECORDED_FULL if isinstance(ctx.read_only, DiskFull) else UNLOCK_NOT_RECORDED


def _reason(error: StoreError) -> str:
    """Why, without what to do about it: the first part of the error's message."""
    return str(error).split(":", 1)[0]
