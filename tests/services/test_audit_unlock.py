"""The unlock's audit entry, written without the ORM on a store file (services.audit_chain, issue 15, point 1), is
the entry the ORM's path writes: the same columns as stored, the same hash, one chain, whether it is written on
the store's first connection (before SQLAlchemy: storage.first_connection) or on one of its engine's; and when the
ORM's path would do more than link one entry (entries waiting, no head), that path writes it. The case list read
on the first connection is the one read through the engine and the one the ORM's records give; a store that
needs more than opening (its search documents outdated) is opened through its engine, as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit, audit_chain
from hrdoc.services import session as session_module
from hrdoc.services.case_summaries import COUNTED, read_summaries
from hrdoc.services.cases import CASE_SECTIONS, CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import search_index
from hrdoc.storage.models import AuditEntry, AuditPending, Case
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
    ctx = unlock_store(path, PASSPHRASE, user="amina")  # on the store's first connection, before SQLAlchemy
    assert linked == [True] and not ctx.engine_made
    assert ctx.engine.dialect.name == "sqlite"  # made when first needed: the first connection is closed
    session_module._record_unlock(ctx, team=False)  # the same, on one of the engine's connections
    assert linked == [True, True]
    with ctx.write() as session:  # and the same entry through the ORM's unit of work
        audit.record(session, "amina", AuditAction.UNLOCK, summary="unlocked the store")
    rows = stored(ctx)
    first, engine, orm = rows[-3:]
    assert first[0] + 2 == engine[0] + 1 == orm[0]
    # Every column as the ORM stores it, the time in the same form (naive UTC, to the microsecond).
    assert first[2:] == engine[2:] == orm[2:]
    assert len(first[1]) == len(engine[1]) == len(orm[1]) == len("2026-12-03 18:37:48.186309")
    assert first[1] <= engine[1] <= orm[1]
    with ctx.read() as session:
        report = audit.verify_chain(session)
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    assert report.ok and report.entries == len(rows)
    assert all(audit.hash_of(e) == e.entry_hash for e in entries)
    assert all(e.action == AuditAction.UNLOCK and e.actor == "amina" for e in entries[-3:])
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


def test_the_case_list_on_the_first_connection_is_the_one_the_engine_and_the_orm_read(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    ctx = new_store(path, PASSPHRASE, user="amina")
    build_demo_case(ctx)
    ctx.close()
    ctx = unlock_store(path, PASSPHRASE, user="amina")
    on_first = read_summaries(ctx)
    assert not ctx.engine_made
    assert on_first == read_summaries(ctx) and ctx.engine.dialect.name == "sqlite"
    assert read_summaries(ctx) == on_first == CaseService(ctx).summaries()  # through the engine now
    with ctx.read() as session:
        cases = list(session.scalars(select(Case).order_by(Case.reference)))
        counts = [
            {
                name: session.scalar(select(func.count()).select_from(model).where(model.case_id == case.id))
                for name, model in CASE_SECTIONS.items()
                if name in COUNTED
            }
            for case in cases
        ]
    assert cases and [
        (c.id, c.reference, c.title, c.status, c.visibility, c.updated_at, n)
        for c, n in zip(cases, counts, strict=True)
    ] == [(s.id, s.reference, s.title, s.status, s.visibility, s.updated_at, s.counts) for s in on_first]
    assert on_first[0].updated_at is not None and on_first[0].updated_at.tzinfo == dt.UTC
    assert sum(on_first[0].counts.values()) > 0
    ctx.close()


def test_a_store_that_needs_more_than_opening_is_opened_through_its_engine(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    ctx = new_store(path, PASSPHRASE, user="amina")
    with ctx.connection(write=True) as conn:  # documents as an older hrdoc made them
        search_index.keep_version(conn, search_index.DOCUMENTS_VERSION - 1)
    ctx.close()
    ctx = unlock_store(path, PASSPHRASE, user="amina")
    assert ctx.engine_made
    with ctx.connection() as conn:
        assert not search_index.outdated(conn)
    assert newest(ctx).action == AuditAction.UNLOCK
    ctx.close()
    ctx = unlock_store(path, PASSPHRASE, user="amina")  # and the next opening needs nothing more
    assert not ctx.engine_made
    ctx.close()
