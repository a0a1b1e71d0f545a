"""The vault of a team store: evidence files as encrypted chunks in the database.

A store on a server has no folder beside it; its evidence files are kept in ``vault_chunks``, encrypted
exactly as the files of a local vault are. Local stores keep using their folder and leave the table empty.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vault_chunks",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("chunk_no", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "chunk_no", name=op.f("pk_vault_chunks")),
    )


def downgrade() -> None:
    op.drop_table("vault_chunks")
