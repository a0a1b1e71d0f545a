"""A witness's preferred interview language.

Field teams choose an interviewer or an interpreter by it: a witness may speak Tamasheq at home and prefer to
be interviewed in French, or the reverse. Existing witnesses get an empty value (not recorded).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not a batch (which would copy and drop the witnesses table: with foreign keys on, dropping
# it deletes, by cascade, every account, consent and identity of every witness).


def upgrade() -> None:
    op.add_column(
        "witnesses", sa.Column("interview_language", sa.String(60), server_default=sa.text("''"), nullable=False)
    )


def downgrade() -> None:
    op.drop_column("witnesses", "interview_language")
