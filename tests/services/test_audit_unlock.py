"""The unlock's audit entry, written without the ORM on a store file (services.audit_chain, issue 15, point 1), is
the entry the ORM's path writes: the same columns as stored, the same hash, one chain; and when the ORM's path
would do more than link one entry (entries waiting, no head), that path writes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit, audit_chain
from hrdoc.services import session as session_module
from hrdoc.services.case_summaries import COUNTED
from hrdoc.services.cases import CASE_SECTIONS
from hrdoc.services.context import StoreContext
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage.models import AuditEntry, AuditPending
from tests.helpers import PASSPHRASE

STORED = "SELECT seq, at, typeof(at), actor, action, entity_type, entity_id, case_id, summary, details, typeof(details)"


def stored(ctx: StoreContext) -> list[Any]:
    with ctx.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(f"{STORED} FROM audit_log ORDER BY seq"))]


def newest(ctx: StoreContext) -> AuditEntry:
    with ctx.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None
    return entry


def test_the_unlock_is_written_as_the_orm_writes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.db"
    new_store(path, PASSPHRASE, user="amina").close()
    linked: list[bool] = []

    def spy(*args: Any) -> bool:
        linked.append(audit_chain.link_unlock(*args))
        return linked[-1]

    monkeypatch.setattr(session_module, "link_unlock", spy)
    ctx = unlock_store(path, PASSPHRASE, user="amina")  # through a plain connection
    assert linked == [True]
    with ctx.write() as session:  # and the same entry through the ORM's unit of work
        audit.record(session, "amina", AuditAction.UNLOCK, summary="unlocked the store")
    rows = stored(ctx)
    plain, orm = rows[-2], rows[-1]
    assert plain[0] + 1 == orm[0]
    # Every column as the ORM stores it, the time in the same form (naive UTC, to the microsecond).
    assert plain[2:] == orm[2:]
    assert len(plain[1]) == len(orm[1]) == len("2026-12-03 18:37:48.186309")
    with ctx.read() as session:
        report = audit.verify_chain(session)
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    assert report.ok and report.entries == len(rows)
    assert all(audit.hash_of(e) == e.entry_hash for e in entries)
    assert entries[-2].action == AuditAction.UNLOCK and entries[-2].actor == "amina"
    ctx.close()


def test_entries_waiting_are_linked_before_the_unlock_through_the_orm(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    ctx = new_store(path, PASSPHRASE, user="amina")
    waiting = {"at": newest(ctx).at, "actor": "karim", "action": "update", "summary": "left waiting", "details": {}}
    with ctx.write() as session:
        session.execute(insert(AuditPending).values(**waiting))
    ctx.close()
    ctx = unlock_store(path, PASSPHRASE, user="amina")
    with ctx.read() as session:
        report = audit.verify_chain(session)
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    assert report.ok and report.waiting == 0
    assert [(e.actor, e.summary) for e in entries[-2:]] == [("karim", "left waiting"), ("amina", "unlocked the store")]
    ctx.close()


def test_the_case_summaries_count_the_tables_of_the_models() -> None:
    for name in COUNTED:
        model = CASE_SECTIONS[name]
        assert model.__tablename__ == name and "case_id" in model.__table__.c
