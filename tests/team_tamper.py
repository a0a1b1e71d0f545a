"""What the owner of a store's tables (or a server administrator) can do to its audit log outside hrdoc: turn
the append-only triggers off, remove entries, renumber and rehash every later entry and the recorded head, so
that the store's own ``hrdoc verify`` finds a perfect chain again. The tests of the team log's head use it."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.storage.models import AuditEntry, StoreMeta


def rewrite_audit_log(ctx: StoreContext, *, remove: set[int]) -> None:
    """Remove the entries numbered ``remove`` and recompute the chain after them, in one transaction."""
    with ctx.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.execute(delete(AuditEntry).where(AuditEntry.seq.in_(remove)))
        with Session(bind=conn) as session:
            kept = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
            session.expunge_all()
        prev = audit.GENESIS
        for number, entry in enumerate(kept, 1):
            old = entry.seq
            entry.seq, entry.prev_hash = number, prev
            prev = audit.hash_of(entry)
            conn.execute(
                update(AuditEntry)
                .where(AuditEntry.seq == old)
                .values(seq=number, prev_hash=entry.prev_hash, entry_hash=prev)
            )
        conn.execute(update(StoreMeta).where(StoreMeta.key == audit.HEAD_KEY).values(value=f"{len(kept)}:{prev}"))
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")


def last_seq(ctx: StoreContext) -> int:
    with ctx.read() as session:
        found = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    assert found is not None
    return found
