"""Initial schema: every table of the case data model.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_log_entry_hash")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("lead_investigator", sa.String(length=200), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'under_review', 'closed', 'archived')", name=op.f("ck_cases_status_valid")
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')", name=op.f("ck_cases_visibility_valid")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("reference", name=op.f("uq_cases_reference")),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_meta")),
    )
    op.create_table(
        "vocabulary_terms",
        sa.Column("vocabulary", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("parent_code", sa.String(length=60), nullable=True),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("label_fr", sa.String(length=200), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_vocabulary_terms_visibility_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocabulary_terms")),
        sa.UniqueConstraint("vocabulary", "code", name=op.f("uq_vocabulary_terms_vocabulary")),
    )
    op.create_table(
        "actors",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("affiliation", sa.String(length=300), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')", name=op.f("ck_actors_visibility_valid")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_actors_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_case_id"), ["case_id"], unique=False)

    op.create_table(
        "evidence_files",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("original_filename", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mime_type", sa.String(length=200), nullable=False),
        sa.Column("acquired_at", sa.DateTime(), nullable=True),
        sa.Column("acquired_by", sa.String(length=200), nullable=False),
        sa.Column("acquired_from", sa.Text(), nullable=False),
        sa.Column("original_id", sa.Uuid(), nullable=True),
        sa.Column("alteration_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_evidence_files_visibility_valid"),
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_evidence_files_sha256_length")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_evidence_files_size_non_negative")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_evidence_files_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["original_id"],
            ["evidence_files.id"],
            name=op.f("fk_evidence_files_original_id_evidence_files"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_files")),
    )
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_files_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_files_original_id"), ["original_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_files_sha256"), ["sha256"], unique=False)

    op.create_table(
        "locations",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("alt_spellings", sa.JSON(), nullable=False),
        sa.Column("admin1", sa.String(length=200), nullable=False),
        sa.Column("admin2", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "geo_precision IN ('exact', 'near', 'region')", name=op.f("ck_locations_geo_precision_valid")
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_locations_visibility_valid"),
        ),
        sa.CheckConstraint(
            "latitude IS NULL OR (latitude >= -90 AND latitude <= 90)",
            name=op.f("ck_locations_latitude_range"),
        ),
        sa.CheckConstraint(
            "longitude IS NULL OR (longitude >= -180 AND longitude <= 180)",
            name=op.f("ck_locations_longitude_range"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_locations_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
    )
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_locations_case_id"), ["case_id"], unique=False)

    op.create_table(
        "sources",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("publication_date", sa.Date(), nullable=True),
        sa.Column("access_date", sa.Date(), nullable=True),
        sa.Column("archived_url", sa.String(length=2000), nullable=False),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("reliability", sa.String(length=1), nullable=True),
        sa.Column("credibility", sa.String(length=1), nullable=True),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "credibility IS NULL OR credibility IN ('1', '2', '3', '4', '5', '6')",
            name=op.f("ck_sources_credibility_valid"),
        ),
        sa.CheckConstraint(
            "kind IN ('news_article', 'ngo_report', 'un_document', 'official_statement', 'party_claim', 'social_media_post', 'satellite_imagery', 'document', 'audio_video')",
            name=op.f("ck_sources_kind_valid"),
        ),
        sa.CheckConstraint(
            "reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F')",
            name=op.f("ck_sources_reliability_valid"),
        ),
        sa.CheckConstraint(
            "stance IN ('accuses', 'denies', 'corroborates', 'context')", name=op.f("ck_sources_stance_valid")
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')", name=op.f("ck_sources_visibility_valid")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_sources_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_case_id"), ["case_id"], unique=False)

    op.create_table(
        "victims",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("age_group", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("count_low", sa.Integer(), nullable=True),
        sa.Column("count_best", sa.Integer(), nullable=True),
        sa.Column("count_high", sa.Integer(), nullable=True),
        sa.Column("count_women", sa.Integer(), nullable=True),
        sa.Column("count_men", sa.Integer(), nullable=True),
        sa.Column("count_children", sa.Integer(), nullable=True),
        sa.Column("count_unknown", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "age_group IN ('child', 'adult', 'elderly', 'unknown')", name=op.f("ck_victims_age_group_valid")
        ),
        sa.CheckConstraint("kind IN ('individual', 'group')", name=op.f("ck_victims_kind_valid")),
        sa.CheckConstraint("sex IN ('female', 'male', 'other', 'unknown')", name=op.f("ck_victims_sex_valid")),
        sa.CheckConstraint(
            "status IN ('killed', 'injured', 'disappeared', 'detained', 'displaced', 'other', 'unknown')",
            name=op.f("ck_victims_status_valid"),
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')", name=op.f("ck_victims_visibility_valid")
        ),
        sa.CheckConstraint(
            "(count_low IS NULL OR count_best IS NULL OR count_low <= count_best) AND (count_best IS NULL OR count_high IS NULL OR count_best <= count_high)",
            name=op.f("ck_victims_count_order"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_victims_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victims")),
    )
    with op.batch_alter_table("victims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_victims_case_id"), ["case_id"], unique=False)

    op.create_table(
        "witnesses",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("pseudonym", sa.String(length=40), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("age_group", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("relation", sa.String(length=30), nullable=False),
        sa.Column("risk_level", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "age_group IN ('child', 'adult', 'elderly', 'unknown')", name=op.f("ck_witnesses_age_group_valid")
        ),
        sa.CheckConstraint(
            "relation IN ('eyewitness', 'relative_of_victim', 'survivor', 'hearsay', 'official', 'expert')",
            name=op.f("ck_witnesses_relation_valid"),
        ),
        sa.CheckConstraint(
            "risk_level IN ('low', 'medium', 'high', 'extreme')", name=op.f("ck_witnesses_risk_level_valid")
        ),
        sa.CheckConstraint("sex IN ('female', 'male', 'other', 'unknown')", name=op.f("ck_witnesses_sex_valid")),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_witnesses_visibility_valid"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_witnesses_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_witnesses")),
        sa.UniqueConstraint("case_id", "pseudonym", name=op.f("uq_witnesses_case_id")),
    )
    with op.batch_alter_table("witnesses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_witnesses_case_id"), ["case_id"], unique=False)

    op.create_table(
        "accounts",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("witness_id", sa.Uuid(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_accounts_visibility_valid"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_accounts_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["witness_id"],
            ["witnesses.id"],
            name=op.f("fk_accounts_witness_id_witnesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_witness_id"), ["witness_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("witness_id", sa.Uuid(), nullable=False),
        sa.Column("to_be_recorded", sa.Boolean(), nullable=False),
        sa.Column("to_be_quoted", sa.Boolean(), nullable=False),
        sa.Column("to_be_named", sa.Boolean(), nullable=False),
        sa.Column("share_with_partners", sa.Boolean(), nullable=False),
        sa.Column("contact_again", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("how_given", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["witness_id"],
            ["witnesses.id"],
            name=op.f("fk_consents_witness_id_witnesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("witness_id", name=op.f("pk_consents")),
    )
    op.create_table(
        "incidents",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=20), nullable=False),
        sa.Column("date_as_reported", sa.String(length=300), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("event_type", sa.String(length=60), nullable=False),
        sa.Column("event_subtype", sa.String(length=60), nullable=False),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_best", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("civilian_targeting", sa.Boolean(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "date_precision IN ('exact', 'approximate_day', 'month', 'year', 'unknown')",
            name=op.f("ck_incidents_date_precision_valid"),
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_incidents_visibility_valid"),
        ),
        sa.CheckConstraint(
            "(fatalities_low IS NULL OR fatalities_low >= 0) AND (fatalities_best IS NULL OR fatalities_best >= 0) AND (fatalities_high IS NULL OR fatalities_high >= 0)",
            name=op.f("ck_incidents_fatalities_non_negative"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_incidents_date_order"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_incidents_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_incidents_location_id_locations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_location_id"), ["location_id"], unique=False)

    op.create_table(
        "victim_identities",
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("residence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["victim_id"],
            ["victims.id"],
            name=op.f("fk_victim_identities_victim_id_victims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("victim_id", name=op.f("pk_victim_identities")),
    )
    op.create_table(
        "witness_identities",
        sa.Column("witness_id", sa.Uuid(), nullable=False),
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("residence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["witness_id"],
            ["witnesses.id"],
            name=op.f("fk_witness_identities_witness_id_witnesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("witness_id", name=op.f("pk_witness_identities")),
    )
    op.create_table(
        "account_versions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("correction_note", sa.Text(), nullable=False),
        sa.Column("interviewer", sa.String(length=200), nullable=False),
        sa.Column("interview_date", sa.Date(), nullable=True),
        sa.Column("interview_place", sa.String(length=300), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("translation_language", sa.String(length=60), nullable=False),
        sa.Column("translator", sa.String(length=200), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("key_quotes", sa.JSON(), nullable=False),
        sa.Column("quotable", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "method IN ('in_person', 'phone', 'messaging', 'video_call', 'written', 'reported')",
            name=op.f("ck_account_versions_method_valid"),
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_account_versions_version_positive")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_versions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_versions")),
        sa.UniqueConstraint("account_id", "version", name=op.f("uq_account_versions_account_id")),
    )
    with op.batch_alter_table("account_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_versions_account_id"), ["account_id"], unique=False)

    op.create_table(
        "allegations",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("violation_type", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("standard_of_proof", sa.String(length=40), nullable=False),
        sa.Column("reasoning", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "standard_of_proof IN ('none', 'reasonable_suspicion', 'reasonable_grounds', 'balance_of_probabilities', 'clear_and_convincing', 'beyond_reasonable_doubt')",
            name=op.f("ck_allegations_standard_of_proof_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('confirmed', 'likely', 'possible', 'unlikely', 'unknown')",
            name=op.f("ck_allegations_status_valid"),
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_allegations_visibility_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_allegations_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_allegations_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allegations")),
    )
    with op.batch_alter_table("allegations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allegations_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_allegations_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "allegation_perpetrators",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("allegation_id", sa.Uuid(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=False),
        sa.Column("involvement", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "involvement IN ('direct', 'ordered', 'complicit', 'unknown')",
            name=op.f("ck_allegation_perpetrators_involvement_valid"),
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_allegation_perpetrators_visibility_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_allegation_perpetrators_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["allegation_id"],
            ["allegations.id"],
            name=op.f("fk_allegation_perpetrators_allegation_id_allegations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_allegation_perpetrators_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allegation_perpetrators")),
        sa.UniqueConstraint("allegation_id", "actor_id", name=op.f("uq_allegation_perpetrators_allegation_id")),
    )
    with op.batch_alter_table("allegation_perpetrators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allegation_perpetrators_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_allegation_perpetrators_allegation_id"), ["allegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_allegation_perpetrators_case_id"), ["case_id"], unique=False)

    op.create_table(
        "allegation_victims",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("allegation_id", sa.Uuid(), nullable=False),
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')",
            name=op.f("ck_allegation_victims_visibility_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["allegation_id"],
            ["allegations.id"],
            name=op.f("fk_allegation_victims_allegation_id_allegations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_allegation_victims_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["victim_id"],
            ["victims.id"],
            name=op.f("fk_allegation_victims_victim_id_victims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allegation_victims")),
        sa.UniqueConstraint("allegation_id", "victim_id", name=op.f("uq_allegation_victims_allegation_id")),
    )
    with op.batch_alter_table("allegation_victims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allegation_victims_allegation_id"), ["allegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_allegation_victims_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_allegation_victims_victim_id"), ["victim_id"], unique=False)

    op.create_table(
        "links",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("evidence_id", sa.Uuid(), nullable=True),
        sa.Column("allegation_id", sa.Uuid(), nullable=True),
        sa.Column("incident_id", sa.Uuid(), nullable=True),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("locator", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint("relation IN ('supports', 'contradicts', 'context')", name=op.f("ck_links_relation_valid")),
        sa.CheckConstraint(
            "visibility IN ('public', 'restricted', 'confidential')", name=op.f("ck_links_visibility_valid")
        ),
        sa.CheckConstraint(
            "(CASE WHEN allegation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN incident_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_links_one_target"),
        ),
        sa.CheckConstraint(
            "(CASE WHEN source_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN account_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN evidence_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_links_one_origin"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_links_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["allegation_id"],
            ["allegations.id"],
            name=op.f("fk_links_allegation_id_allegations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_links_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_files.id"],
            name=op.f("fk_links_evidence_id_evidence_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_links_incident_id_incidents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_links_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_allegation_id"), ["allegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_evidence_id"), ["evidence_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_source_id"), ["source_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_source_id"))
        batch_op.drop_index(batch_op.f("ix_links_incident_id"))
        batch_op.drop_index(batch_op.f("ix_links_evidence_id"))
        batch_op.drop_index(batch_op.f("ix_links_case_id"))
        batch_op.drop_index(batch_op.f("ix_links_allegation_id"))
        batch_op.drop_index(batch_op.f("ix_links_account_id"))

    op.drop_table("links")
    with op.batch_alter_table("allegation_victims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allegation_victims_victim_id"))
        batch_op.drop_index(batch_op.f("ix_allegation_victims_case_id"))
        batch_op.drop_index(batch_op.f("ix_allegation_victims_allegation_id"))

    op.drop_table("allegation_victims")
    with op.batch_alter_table("allegation_perpetrators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allegation_perpetrators_case_id"))
        batch_op.drop_index(batch_op.f("ix_allegation_perpetrators_allegation_id"))
        batch_op.drop_index(batch_op.f("ix_allegation_perpetrators_actor_id"))

    op.drop_table("allegation_perpetrators")
    with op.batch_alter_table("allegations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allegations_incident_id"))
        batch_op.drop_index(batch_op.f("ix_allegations_case_id"))

    op.drop_table("allegations")
    with op.batch_alter_table("account_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_versions_account_id"))

    op.drop_table("account_versions")
    op.drop_table("witness_identities")
    op.drop_table("victim_identities")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_location_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_case_id"))

    op.drop_table("incidents")
    op.drop_table("consents")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_witness_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_case_id"))

    op.drop_table("accounts")
    with op.batch_alter_table("witnesses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_witnesses_case_id"))

    op.drop_table("witnesses")
    with op.batch_alter_table("victims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_victims_case_id"))

    op.drop_table("victims")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_case_id"))

    op.drop_table("sources")
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_locations_case_id"))

    op.drop_table("locations")
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_files_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_files_original_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_files_case_id"))

    op.drop_table("evidence_files")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actors_case_id"))

    op.drop_table("actors")
    op.drop_table("vocabulary_terms")
    op.drop_table("store_meta")
    op.drop_table("cases")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_case_id"))

    op.drop_table("audit_log")
