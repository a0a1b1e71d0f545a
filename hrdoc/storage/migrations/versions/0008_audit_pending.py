"""Audit entries that wait to be chained, so that a team store's writers never wait for one another.

Every entry of the audit log carries the hash of the entry before it, so entries are linked into the chain one
writer at a time. On a team store a unit of work links its own entries as it commits, unless another one is
linking at that moment: it then leaves them, whole, in ``audit_pending`` and commits without waiting; the next
linking moves them into ``audit_log``. Like the log, the table is append-only: a trigger refuses to change a
row, and to remove one that ``audit_log`` does not hold (the same moment, person, action, record, summary and
details), so an entry leaves only for the chain. The index on ``audit_log.at`` makes that check a lookup.

Store files keep the table empty (their writers take the file's lock and link their own entries).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSED = "the audit log is append-only: an entry waiting to be chained leaves only for the audit log"
SAME_ENTRY = (
    "a.at = OLD.at AND a.actor = OLD.actor AND a.action = OLD.action AND a.entity_type = OLD.entity_type"
    " AND a.entity_id = OLD.entity_id AND a.case_id = OLD.case_id AND a.summary = OLD.summary"
)
SQLITE_GUARDS = (
    f"CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON audit_pending BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END",
    "CREATE TRIGGER audit_pending_only_chained BEFORE DELETE ON audit_pending"
    f" WHEN NOT EXISTS (SELECT 1 FROM audit_log a WHERE {SAME_ENTRY} AND json(a.details) = json(OLD.details))"
    f" BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END",
)
SQLITE_DROP_GUARDS = (
    "DROP TRIGGER IF EXISTS audit_pending_no_update",
    "DROP TRIGGER IF EXISTS audit_pending_only_chained",
)
# PostgreSQL: one function for the three triggers; TRUNCATE (which skips row triggers) is refused too.
PG_GUARDS = (
    "CREATE FUNCTION audit_pending_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'DELETE' THEN"
    f"  IF EXISTS (SELECT 1 FROM audit_log a WHERE {SAME_ENTRY} AND a.details::jsonb = OLD.details::jsonb) THEN"
    "   RETURN OLD;"
    "  END IF;"
    " END IF;"
    f" RAISE EXCEPTION '{REFUSED}'; END $$",
    "CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON audit_pending"
    " FOR EACH ROW EXECUTE FUNCTION audit_pending_guard()",
    "CREATE TRIGGER audit_pending_only_chained BEFORE DELETE ON audit_pending"
    " FOR EACH ROW EXECUTE FUNCTION audit_pending_guard()",
    "CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON audit_pending"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_guard()",
)
PG_DROP_GUARDS = (
    "DROP TRIGGER IF EXISTS audit_pending_no_update ON audit_pending",
    "DROP TRIGGER IF EXISTS audit_pending_only_chained ON audit_pending",
    "DROP TRIGGER IF EXISTS audit_pending_no_truncate ON audit_pending",
    "DROP FUNCTION IF EXISTS audit_pending_guard()",
)


def upgrade() -> None:
    op.create_table(
        "audit_pending",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_pending")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    bind = op.get_bind()
    for statement in SQLITE_GUARDS if bind.dialect.name == "sqlite" else PG_GUARDS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    waiting = bind.execute(sa.text("SELECT count(*) FROM audit_pending")).scalar()
    if waiting:
        raise RuntimeError(
            f"{waiting} audit entries wait to be chained: open the store with the newer hrdoc once (which chains "
            "them) before going back to an older schema"
        )
    for statement in SQLITE_DROP_GUARDS if bind.dialect.name == "sqlite" else PG_DROP_GUARDS:
        op.execute(statement)
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_pending")
