"""Record versions, lineage, tombstones and conflicts: what merging two copies of a case needs.

Every record gets a ``version`` (existing records a random one each); ``record_lineage`` keeps the versions
a record had before; ``tombstones`` remember deletions; ``conflicts`` hold the other side's version of a
record changed on both sides, until someone decides.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORD_TABLES = (
    "cases",
    "locations",
    "incidents",
    "actors",
    "allegations",
    "allegation_perpetrators",
    "victims",
    "allegation_victims",
    "witnesses",
    "accounts",
    "sources",
    "evidence_files",
    "links",
    "vocabulary_terms",
)


def upgrade() -> None:
    random_hex = (
        "lower(hex(randomblob(16)))"
        if op.get_bind().dialect.name == "sqlite"
        else "md5(random()::text || clock_timestamp()::text)"
    )
    for table in RECORD_TABLES:
        # Added in place (no table rebuild: a rebuild drops the table, and the drop would cascade).
        op.add_column(table, sa.Column("version", sa.String(length=32), server_default=sa.text("''"), nullable=False))
        op.execute(f"UPDATE {table} SET version = {random_hex}")
    op.create_table(
        "record_lineage",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", "version", name=op.f("pk_record_lineage")),
    )
    op.create_table(
        "tombstones",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_tombstones")),
    )
    op.create_index(op.f("ix_tombstones_case_id"), "tombstones", ["case_id"], unique=False)
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("local_version", sa.String(length=32), nullable=False),
        sa.Column("incoming_version", sa.String(length=32), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=True),
        sa.Column("incoming_lineage", sa.JSON(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index(op.f("ix_conflicts_case_id"), "conflicts", ["case_id"], unique=False)
    op.create_index(op.f("ix_conflicts_record_id"), "conflicts", ["record_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_conflicts_record_id"), table_name="conflicts")
    op.drop_index(op.f("ix_conflicts_case_id"), table_name="conflicts")
    op.drop_table("conflicts")
    op.drop_index(op.f("ix_tombstones_case_id"), table_name="tombstones")
    op.drop_table("tombstones")
    op.drop_table("record_lineage")
    for table in reversed(RECORD_TABLES):
        op.drop_column(table, "version")
