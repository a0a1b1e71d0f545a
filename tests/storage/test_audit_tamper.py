"""The audit log shows tampering: ``hrdoc verify`` names each altered, removed or out-of-place entry.

The attacker here has the passphrase and a SQLCipher shell (raw SQL on the file, outside hrdoc), or, on a
team store, the database's owner's login and psql: they can drop the append-only triggers, but they cannot
make the hash chain agree again without rewriting every later entry and the recorded head.
"""

from __future__ import annotations

import json
import re

import psycopg
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import exc as sa_exc

from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.verify import verify_store
from hrdoc.storage.models import AuditEntry
from tests.backends import reopen
from tests.helpers import PASSPHRASE

# What a failed raw statement raises, outside hrdoc.
RAW_ERROR: dict[str, type[Exception]] = {"sqlite": sqlcipher.DatabaseError, "postgresql": psycopg.Error}


def attack(ctx: StoreContext, *statements: str) -> None:
    """Run raw SQL on the store as someone with the passphrase (or the database login) but without hrdoc would.

    ``DROP TRIGGER name`` is SQLite's syntax; on PostgreSQL it becomes ``DROP TRIGGER name ON audit_log``.
    """
    if ctx.location.url is not None:
        url = ctx.location.url
        with psycopg.connect(url, autocommit=True) as pg:
            for statement in statements:
                pg.execute(re.sub(r"^DROP TRIGGER (\w+)$", r"DROP TRIGGER \1 ON audit_log", statement).encode())
        return
    assert ctx.location.path is not None
    conn = sqlcipher.connect(str(ctx.location.path), isolation_level=None)
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def entries(ctx: StoreContext) -> list[tuple[int, str, str]]:
    with ctx.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT seq, action, summary FROM audit_log ORDER BY seq").all()
    return [tuple(r) for r in rows]


def problems(ctx: StoreContext) -> list[str]:
    report = verify_store(ctx)
    assert report.ok == (not report.problems)
    return report.problems


@pytest.fixture
def audited(demo_copy: StoreContext) -> StoreContext:
    """The demo store: a few dozen audit entries. verify holds before any tampering."""
    report = verify_store(demo_copy)
    assert report.ok, report.problems
    assert any("hash chain intact" in c for c in report.checks)
    assert len(entries(demo_copy)) > 10
    return demo_copy


MIDDLE = 5

# -- the triggers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 5",
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log WHERE seq = 5",
        "DELETE FROM audit_log",
    ],
)
def test_audit_log_refuses_update_and_delete(audited: StoreContext, statement: str) -> None:
    before = entries(audited)
    with pytest.raises(sa_exc.DatabaseError, match="append-only"), audited.engine.begin() as conn:
        conn.exec_driver_sql(statement)
    with pytest.raises(RAW_ERROR[audited.engine.dialect.name], match="append-only"):
        attack(audited, statement)
    assert entries(audited) == before
    assert problems(audited) == []


# -- tampering with the triggers dropped ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("summary", "'viewed the case'"),
        ("details", "'" + json.dumps({"fields": {"title": "a harmless title"}}) + "'"),
        ("actor", "'someone else'"),
        ("at", "'2020-01-01 00:00:00.000000'"),
        ("entity_id", "''"),
    ],
)
def test_an_altered_entry_is_named(audited: StoreContext, column: str, value: str) -> None:
    attack(
        audited,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET {column} = {value} WHERE seq = {MIDDLE}",
    )
    found = problems(audited)
    assert found, f"changing {column} of entry {MIDDLE} went unnoticed"
    assert any(p.startswith(f"audit entry {MIDDLE} ") and "altered" in p for p in found), found
    assert not any(p.startswith(f"audit entry {MIDDLE + 1} ") for p in found), "only the altered entry is named"


def test_an_altered_entry_with_a_recomputed_hash_breaks_the_chain_after_it(audited: StoreContext) -> None:
    """Recomputing the altered entry's own hash is not enough: the next entry points to the old hash."""
    with audited.read() as session:
        entry = session.get(AuditEntry, MIDDLE)
        assert entry is not None
        fields = {k: getattr(entry, k) for k in ("seq", "at", "actor", "action", "entity_type", "entity_id")}
        forged_hash = audit.entry_hash(
            **fields,
            case_id=entry.case_id,
            summary="viewed the case",
            details=entry.details,
            prev_hash=entry.prev_hash,
        )
    attack(
        audited,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET summary = 'viewed the case', entry_hash = '{forged_hash}' WHERE seq = {MIDDLE}",
    )
    found = problems(audited)
    assert not any(p.startswith(f"audit entry {MIDDLE} ") for p in found), "the forged entry is self-consistent"
    assert any(p.startswith(f"audit entry {MIDDLE + 1} ") and "chain broken" in p for p in found), found


def test_a_deleted_middle_entry_is_named(audited: StoreContext) -> None:
    attack(audited, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE seq = {MIDDLE}")
    found = problems(audited)
    assert any(p.startswith(f"audit entry {MIDDLE} is missing") for p in found), found
    assert any(p.startswith(f"audit entry {MIDDLE + 1} ") and "chain broken" in p for p in found), found


def test_deleted_last_entries_are_caught_by_the_head(audited: StoreContext) -> None:
    last = entries(audited)[-1][0]
    attack(audited, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE seq = {last}")
    found = problems(audited)
    assert len(found) == 1, found
    assert f"ends at entry {last - 1}" in found[0] and f"recorded head is entry {last}" in found[0]

    attack(audited, f"DELETE FROM audit_log WHERE seq >= {last - 3}")
    [problem] = problems(audited)
    assert f"ends at entry {last - 4}" in problem and f"recorded head is entry {last}" in problem


def test_a_removed_head_record_is_reported(audited: StoreContext) -> None:
    attack(audited, "DELETE FROM store_meta WHERE key = 'audit_head'")
    assert problems(audited) == ["the audit log's recorded head is missing"]


def test_a_reordered_entry_is_named(audited: StoreContext) -> None:
    """Swapping two entries' content (seq kept) breaks the chain at both places."""
    attack(
        audited,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET seq = -1 WHERE seq = {MIDDLE}",
        f"UPDATE audit_log SET seq = {MIDDLE} WHERE seq = {MIDDLE + 1}",
        f"UPDATE audit_log SET seq = {MIDDLE + 1} WHERE seq = -1",
    )
    found = problems(audited)
    assert any(p.startswith(f"audit entry {MIDDLE} ") for p in found), found
    assert any(p.startswith(f"audit entry {MIDDLE + 1} ") for p in found), found


def test_verify_keeps_working_after_more_work_once_tampered(audited: StoreContext) -> None:
    """New entries appended after the tampering do not hide it."""
    attack(audited, "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET summary = 'x' WHERE seq = 2")
    reopen(audited).close()  # appends an unlock entry
    found = problems(audited)
    assert any(p.startswith("audit entry 2 ") and "altered" in p for p in found), found


@pytest.mark.postgresql_only
def test_truncate_is_refused_on_a_team_store(audited: StoreContext) -> None:
    """TRUNCATE skips row triggers on PostgreSQL: a statement trigger refuses it too."""
    before = entries(audited)
    with pytest.raises(psycopg.Error, match="append-only"):
        attack(audited, "TRUNCATE audit_log")
    assert entries(audited) == before


# -- database integrity (SQLite's own checks: PRAGMA integrity_check and foreign_key_check) -----------------


@pytest.mark.sqlite_only
def test_dangling_references_are_reported(audited: StoreContext) -> None:
    attack(
        audited,
        "PRAGMA foreign_keys = OFF",
        "UPDATE incidents SET location_id = '0000000000000000000000000000dead'",
    )
    found = problems(audited)
    assert any(p.startswith("dangling reference in table incidents") and "locations" in p for p in found), found


@pytest.mark.sqlite_only
def test_a_damaged_index_is_reported(audited: StoreContext) -> None:
    """PRAGMA integrity_check problems reach the report: make an index disagree with its table."""
    audited.close()
    attack(
        audited,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_audit_log_case_id ON audit_log (summary)'"
        " WHERE name = 'ix_audit_log_case_id'",
    )
    ctx = reopen(audited, record_unlock=False)
    try:
        found = problems(ctx)
    finally:
        ctx.close()
    assert any(p.startswith("database integrity:") and "ix_audit_log_case_id" in p for p in found), found
