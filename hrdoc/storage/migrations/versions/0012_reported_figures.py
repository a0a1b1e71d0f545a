"""Reported figures: who says how many of whom (issue 17), and the reasoning of the analyst's estimate.

Real cases turn on conflicting numbers: a ministry's 41 "terrorists" killed, an NGO's about 60 civilians, a UN
inquiry's at least 90. An incident held one low/best/high triple with no word of who said which. From this
revision a figure is a record of its own (``reported_figures``): what it counts (a term of the new vocabulary
``figure_count``), of whom as the source characterises them and in its words, the value as given (exactly, at
least, about, up to, a range), the date of the claim, the source or account that gives it, the incident or
allegation it is about, and whether the analyst's estimate rests on it. The estimate stays on the incident,
with its reasoning (``incidents.estimate_reasoning``, empty for existing incidents).

The built-in terms of ``figure_count`` are seeded with their English, French and Arabic labels (0002's pattern:
a fixed uuid5 id, only where the code is not there yet), as of this revision (a migration imports no hrdoc code);
tests/domain/test_vocabulary_labels.py keeps them equal to hrdoc.domain.vocabularies.

Search: a figure has a search document (its words, where in the source, its notes). The table is new and empty,
so no document is made here; on a store file the trigger that drops a deleted figure's document is created
here, as 0002 did for the other tables; on PostgreSQL, with 0002's function.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

"""

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VOCAB_NAMESPACE = uuid.UUID("6f1d2a63-3f7e-4c55-9a3e-2a4f0f6c1b10")  # 0002's, for the terms' fixed ids

# (code, English, French, Arabic) of the built-in terms of what a figure counts.
FIGURE_COUNT_TERMS: tuple[tuple[str, str, str, str], ...] = (
    ("killed", "Killed", "Personnes tuées", "القتلى"),
    ("injured", "Injured", "Personnes blessées", "الجرحى"),
    ("missing", "Missing", "Personnes disparues", "المفقودون"),
    ("detained", "Detained", "Personnes détenues", "المحتجزون"),
    ("displaced", "Displaced", "Personnes déplacées", "النازحون"),
    ("sexual_violence_victims", "Victims of sexual violence", "Victimes de violences sexuelles", "ضحايا العنف الجنسي"),
    ("buildings_destroyed", "Buildings destroyed", "Bâtiments détruits", "المباني المدمرة"),
)

TABLE = "reported_figures"
INDEXED = ("account_id", "allegation_id", "case_id", "incident_id", "source_id")
SQLITE_UNINDEX = (
    f"CREATE TRIGGER search_unindex_{TABLE} AFTER DELETE ON {TABLE} BEGIN"
    " DELETE FROM search_docs WHERE record_id = old.id; END"
)
PG_UNINDEX = f"CREATE TRIGGER search_unindex_{TABLE} AFTER DELETE ON {TABLE} FOR EACH ROW EXECUTE FUNCTION hrdoc_search_unindex()"


def _one_of(*columns: str) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns) + " = 1"


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("incidents", sa.Column("estimate_reasoning", sa.Text(), server_default=sa.text("''"), nullable=False))
    op.create_table(
        TABLE,
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("incident_id", sa.Uuid(), nullable=True),
        sa.Column("allegation_id", sa.Uuid(), nullable=True),
        sa.Column("counted", sa.String(length=60), nullable=False),
        sa.Column("of_whom", sa.String(length=30), nullable=False),
        sa.Column("as_described", sa.String(length=300), nullable=False),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("value_high", sa.Integer(), nullable=True),
        sa.Column("claimed_on", sa.Date(), nullable=True),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("locator", sa.String(length=200), nullable=False),
        sa.Column("in_estimate", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.String(length=32), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')", name=op.f(f"ck_{TABLE}_visibility_valid")
        ),
        sa.CheckConstraint(
            "qualifier IN ('exact', 'at_least', 'about', 'up_to', 'range')", name=op.f(f"ck_{TABLE}_qualifier_valid")
        ),
        sa.CheckConstraint(
            "of_whom IN ('civilians', 'combatants', 'terrorists_as_claimed', 'unknown')",
            name=op.f(f"ck_{TABLE}_of_whom_valid"),
        ),
        sa.CheckConstraint(_one_of("source_id", "account_id"), name=op.f(f"ck_{TABLE}_one_origin")),
        sa.CheckConstraint(_one_of("incident_id", "allegation_id"), name=op.f(f"ck_{TABLE}_one_target")),
        sa.CheckConstraint(
            "value >= 0 AND (value_high IS NULL OR value_high >= 0)",
            name=op.f(f"ck_{TABLE}_values_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f(f"fk_{TABLE}_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["allegation_id"],
            ["allegations.id"],
            name=op.f(f"fk_{TABLE}_allegation_id_allegations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f(f"fk_{TABLE}_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f(f"fk_{TABLE}_incident_id_incidents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f(f"fk_{TABLE}_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
    )
    for column in INDEXED:
        op.create_index(op.f(f"ix_{TABLE}_{column}"), TABLE, [column], unique=False)
    _seed_terms(bind)
    if bind.dialect.name == "sqlite":
        op.execute(SQLITE_UNINDEX)
    elif bind.dialect.name == "postgresql":
        op.execute(PG_UNINDEX)


def _seed_terms(bind: sa.Connection) -> None:
    terms = sa.table(
        "vocabulary_terms",
        sa.column("id", sa.Uuid()),
        sa.column("vocabulary", sa.String()),
        sa.column("code", sa.String()),
        sa.column("parent_code", sa.String()),
        sa.column("label_en", sa.String()),
        sa.column("label_fr", sa.String()),
        sa.column("label_ar", sa.String()),
        sa.column("builtin", sa.Boolean()),
        sa.column("version", sa.String()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("created_by", sa.String()),
        sa.column("visibility", sa.String()),
        sa.column("notes", sa.String()),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    present = {c for (c,) in bind.execute(sa.select(terms.c.code).where(terms.c.vocabulary == "figure_count"))}
    rows = [
        {
            "id": uuid.uuid5(VOCAB_NAMESPACE, f"figure_count:{code}"),
            "vocabulary": "figure_count",
            "code": code,
            "parent_code": None,
            "label_en": label_en,
            "label_fr": label_fr,
            "label_ar": label_ar,
            "builtin": True,
            "version": uuid.uuid5(VOCAB_NAMESPACE, f"figure_count:{code}:0012").hex,
            "created_at": now,
            "updated_at": now,
            "created_by": "hrdoc",
            "visibility": "public",
            "notes": "",
        }
        for code, label_en, label_fr, label_ar in FIGURE_COUNT_TERMS
        if code not in present
    ]
    if rows:
        op.bulk_insert(terms, rows)
    # Terms left by a downgrade past 0010 lost their Arabic label with its column: given back where still empty.
    for code, _en, _fr, label_ar in FIGURE_COUNT_TERMS:
        op.execute(
            terms.update()
            .where(
                terms.c.vocabulary == "figure_count",
                terms.c.code == code,
                terms.c.builtin.is_(True),
                terms.c.label_ar == "",
            )
            .values(label_ar=label_ar)
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS search_unindex_{TABLE}")
    elif bind.dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS search_unindex_{TABLE} ON {TABLE}")
    if sa.inspect(bind).has_table("search_docs"):
        op.execute("DELETE FROM search_docs WHERE kind = 'figure'")
    for column in INDEXED:
        op.drop_index(op.f(f"ix_{TABLE}_{column}"), table_name=TABLE)
    op.drop_table(TABLE)
    # The vocabulary rows stay (as 0002's): a newer hrdoc's copies may still name their codes.
    op.drop_column("incidents", "estimate_reasoning")
