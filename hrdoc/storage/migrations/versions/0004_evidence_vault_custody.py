"""Evidence vault and chain of custody: vault columns on evidence files, the per-item custody log.

Columns are added in place (``ALTER TABLE ... ADD COLUMN``) rather than by rebuilding ``evidence_files``:
a rebuild drops the table, and dropping it would cascade to the links that point at it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS = (
    "intake",
    "capture",
    "view",
    "export",
    "copy",
    "derived",
    "transfer_out",
    "transfer_in",
    "verify",
    "remove",
)

CUSTODY_GUARDS = (
    "CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log"
    " BEGIN SELECT RAISE(ABORT, 'the chain of custody is append-only'); END",
    "CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log"
    " BEGIN SELECT RAISE(ABORT, 'the chain of custody is append-only'); END",
)
PG_CUSTODY_GUARDS = (
    "CREATE FUNCTION custody_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN RAISE EXCEPTION 'the chain of custody is append-only'; END $$",
    "CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log"
    " FOR EACH ROW EXECUTE FUNCTION custody_log_append_only()",
    "CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log"
    " FOR EACH ROW EXECUTE FUNCTION custody_log_append_only()",
    "CREATE TRIGGER custody_log_no_truncate BEFORE TRUNCATE ON custody_log"
    " FOR EACH STATEMENT EXECUTE FUNCTION custody_log_append_only()",
)


def upgrade() -> None:
    op.add_column("evidence_files", sa.Column("in_vault", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column(
        "evidence_files", sa.Column("attached_kind", sa.String(20), server_default=sa.text("''"), nullable=False)
    )
    op.add_column("evidence_files", sa.Column("attached_id", sa.Uuid(), nullable=True))
    op.add_column("evidence_files", sa.Column("file_metadata", sa.JSON(), server_default="{}", nullable=False))
    allowed = ", ".join(f"'{a}'" for a in ACTIONS)
    op.create_table(
        "custody_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("evidence_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("item_sha256", sa.String(length=64), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint(f"action IN ({allowed})", name=op.f("ck_custody_log_action_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custody_log")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_custody_log_entry_hash")),
        sa.UniqueConstraint("evidence_id", "seq", name=op.f("uq_custody_log_evidence_id")),
    )
    op.create_index(op.f("ix_custody_log_case_id"), "custody_log", ["case_id"], unique=False)
    op.create_index(op.f("ix_custody_log_evidence_id"), "custody_log", ["evidence_id"], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in CUSTODY_GUARDS:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in PG_CUSTODY_GUARDS:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS custody_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS custody_log_no_delete")
    elif dialect == "postgresql":
        # Dropping the table drops its triggers; the function goes with it.
        op.execute("DROP FUNCTION IF EXISTS custody_log_append_only() CASCADE")
    op.drop_index(op.f("ix_custody_log_evidence_id"), table_name="custody_log")
    op.drop_index(op.f("ix_custody_log_case_id"), table_name="custody_log")
    op.drop_table("custody_log")
    # DROP COLUMN (SQLite 3.35+) keeps the table, so the links that point at evidence files stay.
    for column in ("file_metadata", "attached_id", "attached_kind", "in_vault"):
        op.drop_column("evidence_files", column)
