"""Audit entries waiting to be linked into the chain (``audit_pending``, services.audit) are as append-only as the
log: the database refuses to change one or to remove one the log does not hold; linking moves them into the
chain in the order they came; and without a recorded head nothing is linked, nor lost."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, insert, select, text

from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.verify import verify_store
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow


def leave_waiting(ctx: StoreContext, summary: str) -> None:
    """An entry left waiting, as a team store's writer leaves it when another is linking."""
    with ctx.engine.begin() as conn:
        conn.execute(
            insert(m.AuditPending.__table__).values(
                at=utcnow(),
                actor="amina",
                action="create",
                entity_type="incident",
                entity_id=str(uuid.uuid4()),
                case_id=str(uuid.uuid4()),
                summary=summary,
                details={"fields": {"title": "Convoy attack"}},
            )
        )


def waiting(ctx: StoreContext) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(m.AuditPending)) or 0


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_pending SET summary = 'nothing happened'",
        "DELETE FROM audit_pending",
    ],
)
def test_a_waiting_entry_cannot_be_changed_or_removed(ctx: StoreContext, statement: str) -> None:
    leave_waiting(ctx, "created the incident")
    with pytest.raises(sa_exc.DatabaseError, match="append-only"), ctx.engine.begin() as conn:
        conn.execute(text(statement))
    with ctx.read() as session:
        assert session.scalars(select(m.AuditPending.summary)).all() == ["created the incident"]


@pytest.mark.postgresql_only
def test_waiting_entries_cannot_be_truncated(ctx: StoreContext) -> None:
    leave_waiting(ctx, "created the incident")
    with pytest.raises(sa_exc.DatabaseError, match="append-only"), ctx.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_pending"))
    assert waiting(ctx) == 1


def test_linking_moves_waiting_entries_into_the_chain_in_the_order_they_came(ctx: StoreContext) -> None:
    for n in range(3):
        leave_waiting(ctx, f"entry {n}")
    with ctx.read() as session:
        assert audit.verify_chain(session).waiting == 3
    assert ctx.link_waiting() == 3
    assert waiting(ctx) == 0
    with ctx.read() as session:
        report = audit.verify_chain(session)
        last = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(3)).all()
    assert report.ok and report.waiting == 0, report.problems
    assert [e.summary for e in reversed(last)] == ["entry 0", "entry 1", "entry 2"]
    assert last[0].details == {"fields": {"title": "Convoy attack"}}
    assert ctx.link_waiting() == 0


def test_a_unit_of_work_links_entries_left_waiting_before_its_own(ctx: StoreContext) -> None:
    leave_waiting(ctx, "left waiting")
    case_id = RecordService(ctx).create("case", reference="ML-1", title="A case")
    assert waiting(ctx) == 0
    with ctx.read() as session:
        last = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(2)).all()
    assert last[1].summary == "left waiting"
    assert last[0].entity_id == str(case_id)
    assert verify_store(ctx).ok


def test_without_a_recorded_head_new_entries_wait_and_verify_says_so(ctx: StoreContext) -> None:
    RecordService(ctx).create("case", reference="ML-1", title="A case")
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM store_meta WHERE key = 'audit_head'"))
    case_id = RecordService(ctx).create("case", reference="ML-2", title="Created after the head was removed")
    assert RecordService(ctx).get("case", case_id).title == "Created after the head was removed"  # saved
    with ctx.read() as session:
        report = audit.verify_chain(session)
        [kept] = session.scalars(select(m.AuditPending)).all()  # not lost, not linked onto a made-up head
    assert report.problems == ["the audit log's recorded head is missing"]
    assert report.waiting == 1 and kept.entity_id == str(case_id)
    assert ctx.link_waiting() == 0
