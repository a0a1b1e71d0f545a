"""Full-text search index, built-in vocabularies, and append-only guards on the audit log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hrdoc.domain.vocabularies import SEED_TERMS
from hrdoc.storage import search_index

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Built-in terms get the same id on every laptop, so bundles refer to the same rows everywhere.
VOCAB_NAMESPACE = uuid.UUID("6f1d2a63-3f7e-4c55-9a3e-2a4f0f6c1b10")

AUDIT_GUARDS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
# PostgreSQL: the same refusals from a trigger function; TRUNCATE (which skips row triggers) is refused too.
PG_AUDIT_GUARDS = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)
PG_DROP_AUDIT_GUARDS = (
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
)


def upgrade() -> None:
    bind = op.get_bind()
    terms = sa.table(
        "vocabulary_terms",
        sa.column("id", sa.Uuid()),
        sa.column("vocabulary", sa.String()),
        sa.column("code", sa.String()),
        sa.column("parent_code", sa.String()),
        sa.column("label_en", sa.String()),
        sa.column("label_fr", sa.String()),
        sa.column("builtin", sa.Boolean()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("created_by", sa.String()),
        sa.column("visibility", sa.String()),
        sa.column("notes", sa.String()),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    # Only terms not already there: after a downgrade and upgrade, existing rows (and any label a user
    # edited) stay exactly as they were.
    present = {(v, c) for v, c in bind.execute(sa.select(terms.c.vocabulary, terms.c.code))}
    op.bulk_insert(
        terms,
        [
            {
                "id": uuid.uuid5(VOCAB_NAMESPACE, f"{t.vocabulary}:{t.code}"),
                "vocabulary": t.vocabulary,
                "code": t.code,
                "parent_code": t.parent,
                "label_en": t.label_en,
                "label_fr": t.label_fr,
                "builtin": True,
                "created_at": now,
                "updated_at": now,
                "created_by": "hrdoc",
                "visibility": "public",
                "notes": "",
            }
            for t in SEED_TERMS
            if (t.vocabulary, t.code) not in present
        ],
    )
    if bind.dialect.name == "sqlite":
        for statement in (*search_index.CREATE_STATEMENTS, *AUDIT_GUARDS):
            op.execute(statement)
        search_index.rebuild(bind)
    elif bind.dialect.name == "postgresql":
        search_index.create_postgresql(bind)
        for statement in PG_AUDIT_GUARDS:
            op.execute(statement)
        search_index.rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in search_index.DROP_STATEMENTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        for statement in PG_DROP_AUDIT_GUARDS:
            op.execute(statement)
        search_index.drop_postgresql(bind)
    # The vocabulary rows stay: records refer to their codes, and users may have edited their labels.
