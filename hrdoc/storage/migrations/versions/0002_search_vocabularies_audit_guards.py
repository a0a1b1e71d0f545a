"""Full-text search index, built-in vocabularies, and append-only guards on the audit log.

Frozen history: everything this revision writes is spelled out here as it was when it shipped (the seed
terms of ``hrdoc.domain.vocabularies`` and the SQL and document queries of ``hrdoc.storage.search_index`` at
commit 6bd7218). It must not import them: today's search queries may name columns that a later migration
adds, and the vocabularies may grow; either would break creating a store, or seed terms a later
migration also adds. A later change to what is searchable or seeded is a new migration.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Built-in terms get the same id on every laptop, so bundles refer to the same rows everywhere.
VOCAB_NAMESPACE = uuid.UUID("6f1d2a63-3f7e-4c55-9a3e-2a4f0f6c1b10")

# (vocabulary, code, parent code, English label, French label), as hrdoc.domain.vocabularies had them
SEED_TERMS: tuple[tuple[str, str, str | None, str, str], ...] = (
    (
        "violation_type",
        "extrajudicial_execution",
        None,
        "Extrajudicial or summary execution",
        "Exécution extrajudiciaire ou sommaire",
    ),
    ("violation_type", "attack_on_civilians", None, "Attack on civilians", "Attaque contre des civils"),
    ("violation_type", "enforced_disappearance", None, "Enforced disappearance", "Disparition forcée"),
    ("violation_type", "torture", None, "Torture or ill-treatment", "Torture ou mauvais traitements"),
    (
        "violation_type",
        "sexual_violence",
        None,
        "Sexual and gender-based violence",
        "Violences sexuelles et basées sur le genre",
    ),
    ("violation_type", "arbitrary_detention", None, "Arbitrary detention", "Détention arbitraire"),
    (
        "violation_type",
        "arson_destruction",
        None,
        "Arson or destruction of property",
        "Incendie criminel ou destruction de biens",
    ),
    ("violation_type", "forced_displacement", None, "Forced displacement", "Déplacement forcé"),
    ("violation_type", "pillage", None, "Pillage", "Pillage"),
    (
        "violation_type",
        "recruitment_of_children",
        None,
        "Recruitment or use of children",
        "Recrutement ou utilisation d'enfants",
    ),
    (
        "violation_type",
        "attack_on_protected_objects",
        None,
        "Attack on protected objects (schools, hospitals, places of worship)",
        "Attaque contre des biens protégés (écoles, hôpitaux, lieux de culte)",
    ),
    (
        "violation_type",
        "denial_of_humanitarian_access",
        None,
        "Denial of humanitarian access",
        "Refus d'accès humanitaire",
    ),
    ("violation_type", "indiscriminate_attack", None, "Indiscriminate attack", "Attaque sans discrimination"),
    ("violation_type", "hostage_taking", None, "Hostage-taking", "Prise d'otages"),
    ("violation_type", "other", None, "Other", "Autre"),
    ("event_type", "battles", None, "Battles", "Batailles"),
    ("event_type", "armed_clash", "battles", "Armed clash", "Affrontement armé"),
    (
        "event_type",
        "government_regains_territory",
        "battles",
        "Government regains territory",
        "Reprise de territoire par le gouvernement",
    ),
    (
        "event_type",
        "non_state_actor_overtakes_territory",
        "battles",
        "Non-state actor overtakes territory",
        "Prise de territoire par un acteur non étatique",
    ),
    ("event_type", "explosions_remote_violence", None, "Explosions/Remote violence", "Explosions/Violence à distance"),
    ("event_type", "chemical_weapon", "explosions_remote_violence", "Chemical weapon", "Arme chimique"),
    ("event_type", "air_drone_strike", "explosions_remote_violence", "Air/drone strike", "Frappe aérienne/de drone"),
    ("event_type", "suicide_bomb", "explosions_remote_violence", "Suicide bomb", "Attentat-suicide"),
    (
        "event_type",
        "shelling_artillery_missile_attack",
        "explosions_remote_violence",
        "Shelling/artillery/missile attack",
        "Bombardement/tir d'artillerie/de missile",
    ),
    (
        "event_type",
        "remote_explosive_landmine_ied",
        "explosions_remote_violence",
        "Remote explosive/landmine/IED",
        "Explosif déclenché à distance/mine terrestre/EEI",
    ),
    ("event_type", "grenade", "explosions_remote_violence", "Grenade", "Grenade"),
    ("event_type", "violence_against_civilians", None, "Violence against civilians", "Violence contre des civils"),
    ("event_type", "sexual_violence", "violence_against_civilians", "Sexual violence", "Violence sexuelle"),
    ("event_type", "attack", "violence_against_civilians", "Attack", "Attaque"),
    (
        "event_type",
        "abduction_forced_disappearance",
        "violence_against_civilians",
        "Abduction/forced disappearance",
        "Enlèvement/disparition forcée",
    ),
    ("event_type", "protests", None, "Protests", "Manifestations"),
    ("event_type", "peaceful_protest", "protests", "Peaceful protest", "Manifestation pacifique"),
    (
        "event_type",
        "protest_with_intervention",
        "protests",
        "Protest with intervention",
        "Manifestation avec intervention",
    ),
    (
        "event_type",
        "excessive_force_against_protesters",
        "protests",
        "Excessive force against protesters",
        "Usage excessif de la force contre des manifestants",
    ),
    ("event_type", "riots", None, "Riots", "Émeutes"),
    ("event_type", "violent_demonstration", "riots", "Violent demonstration", "Manifestation violente"),
    ("event_type", "mob_violence", "riots", "Mob violence", "Violence de foule"),
    ("event_type", "strategic_developments", None, "Strategic developments", "Développements stratégiques"),
    ("event_type", "agreement", "strategic_developments", "Agreement", "Accord"),
    ("event_type", "arrests", "strategic_developments", "Arrests", "Arrestations"),
    (
        "event_type",
        "change_to_group_activity",
        "strategic_developments",
        "Change to group/activity",
        "Changement de groupe/d'activité",
    ),
    (
        "event_type",
        "disrupted_weapons_use",
        "strategic_developments",
        "Disrupted weapons use",
        "Utilisation d'armes déjouée",
    ),
    (
        "event_type",
        "headquarters_or_base_established",
        "strategic_developments",
        "Headquarters or base established",
        "Établissement d'un quartier général ou d'une base",
    ),
    (
        "event_type",
        "looting_property_destruction",
        "strategic_developments",
        "Looting/property destruction",
        "Pillage/destruction de biens",
    ),
    (
        "event_type",
        "non_violent_transfer_of_territory",
        "strategic_developments",
        "Non-violent transfer of territory",
        "Transfert non violent de territoire",
    ),
    ("event_type", "other", "strategic_developments", "Other", "Autre"),
    ("actor_kind", "state_force", None, "State force", "Force étatique"),
    ("actor_kind", "non_state_armed_group", None, "Non-state armed group", "Groupe armé non étatique"),
    (
        "actor_kind",
        "foreign_military_or_mercenary",
        None,
        "Foreign military or mercenary",
        "Armée étrangère ou mercenaire",
    ),
    ("actor_kind", "militia", None, "Militia", "Milice"),
    ("actor_kind", "civilian_group", None, "Civilian group", "Groupe de civils"),
    ("actor_kind", "organisation", None, "Organisation", "Organisation"),
    ("actor_kind", "individual", None, "Individual", "Individu"),
)


# -- the search index as this revision made it ----------------------------------------------------------

# kind -> table; the order is the order of a rebuild.
INDEXED_TABLES: dict[str, str] = {
    "case": "cases",
    "location": "locations",
    "incident": "incidents",
    "allegation": "allegations",
    "actor": "actors",
    "victim": "victims",
    "witness": "witnesses",
    "account": "accounts",
    "source": "sources",
    "evidence": "evidence_files",
    "link": "links",
}

# One query per kind: (id, case_id, title, body parts...). JSON lists are flattened in Python.
_DOC_QUERIES: dict[str, str] = {
    "case": "SELECT id, id, reference || ' ' || title, summary, lead_investigator, tags, notes FROM cases t",
    "location": "SELECT id, case_id, name, alt_spellings, admin1, admin2, country_code, notes FROM locations t",
    "incident": (
        "SELECT t.id, t.case_id, t.title, t.description, t.date_as_reported, l.name, l.alt_spellings,"
        " l.admin1, l.admin2, t.notes FROM incidents t LEFT JOIN locations l ON l.id = t.location_id"
    ),
    "allegation": (
        "SELECT t.id, t.case_id, coalesce(v.label_en, t.violation_type), t.description, t.reasoning, t.notes"
        " FROM allegations t LEFT JOIN vocabulary_terms v"
        " ON v.vocabulary = 'violation_type' AND v.code = t.violation_type"
    ),
    "actor": "SELECT id, case_id, name, aliases, affiliation, notes FROM actors t",
    "victim": "SELECT id, case_id, label, description, notes FROM victims t",
    "witness": "SELECT id, case_id, pseudonym, language, notes FROM witnesses t",
    "account": (
        "SELECT t.id, t.case_id, 'Account of ' || w.pseudonym, v.narrative, v.key_quotes, v.interview_place,"
        " v.interviewer, t.notes FROM accounts t JOIN witnesses w ON w.id = t.witness_id"
        " JOIN account_versions v ON v.account_id = t.id AND v.version = t.current_version"
    ),
    "source": "SELECT id, case_id, title, author, publisher, url, archived_url, notes FROM sources t",
    "evidence": "SELECT id, case_id, original_filename, description, acquired_from, notes FROM evidence_files t",
    "link": "SELECT id, case_id, locator, excerpt, notes FROM links t",
}

CREATE_STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, case_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX ix_search_docs_case_id ON search_docs (case_id)",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='search_docs', content_rowid='rowid',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN"
    " INSERT INTO search_index(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN"
    " INSERT INTO search_index(search_index, rowid, title, body)"
    " VALUES ('delete', old.rowid, old.title, old.body); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN"
    " INSERT INTO search_index(search_index, rowid, title, body)"
    " VALUES ('delete', old.rowid, old.title, old.body);"
    " INSERT INTO search_index(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    *(
        f"CREATE TRIGGER search_unindex_{table} AFTER DELETE ON {table} BEGIN"
        f" DELETE FROM search_docs WHERE record_id = old.id; END"
        for table in INDEXED_TABLES.values()
    ),
)

DROP_STATEMENTS: tuple[str, ...] = (
    *(f"DROP TRIGGER IF EXISTS search_unindex_{table}" for table in INDEXED_TABLES.values()),
    "DROP TABLE IF EXISTS search_index",
    "DROP TABLE IF EXISTS search_docs",
)

# PostgreSQL (a team store): a weighted tsvector under a GIN index, accents folded.
PG_CONFIG = "hrdoc_search"


def _fold_table() -> tuple[str, str]:
    """Accented Latin letters and their plain forms, for ``translate()`` (letter for letter).

    Computed, not listed: Unicode never changes the decomposition of a character once assigned, and these
    blocks are full, so every Python gives the same table.
    """
    accented, plain = [], []
    for block in (range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        for code in block:
            char = chr(code)
            base = unicodedata.normalize("NFD", char)[0]
            if base != char and base.isascii() and base.isalpha():
                accented.append(char)
                plain.append(base)
    for char, base in zip("ØøĐđŁłĦħŦŧƀƗɨ", "OoDdLlHhTtbIi", strict=True):
        accented.append(char)
        plain.append(base)
    return "".join(accented), "".join(plain)


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


PG_FOLD_IDENTITY = (
    "CREATE OR REPLACE FUNCTION hrdoc_fold(value text) RETURNS text"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT value $$"
)
# Without the unaccent extension: combining accents removed, then accented Latin letters made plain.
PG_FOLD_FALLBACK = (
    "CREATE OR REPLACE FUNCTION hrdoc_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$"
    " SELECT translate(regexp_replace(value, '[\u0300-\u036f]', '', 'g'), {}, {}) $$".format(
        *map(_sql_literal, _fold_table())
    )
)
PG_TABLE_STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE search_docs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, record_id uuid NOT NULL UNIQUE,"
    " kind text NOT NULL, case_id uuid NOT NULL, title text NOT NULL, body text NOT NULL,"
    f" document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('{PG_CONFIG}', hrdoc_fold(title)), 'A')"
    f" || setweight(to_tsvector('{PG_CONFIG}', hrdoc_fold(body)), 'B')) STORED)",
    "CREATE INDEX ix_search_docs_case_id ON search_docs (case_id)",
    "CREATE INDEX ix_search_docs_document ON search_docs USING gin (document)",
    "CREATE FUNCTION hrdoc_search_unindex() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN DELETE FROM search_docs WHERE record_id = OLD.id; RETURN NULL; END $$",
    *(
        f"CREATE TRIGGER search_unindex_{table} AFTER DELETE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION hrdoc_search_unindex()"
        for table in INDEXED_TABLES.values()
    ),
)
PG_DROP_STATEMENTS: tuple[str, ...] = (
    *(f"DROP TRIGGER IF EXISTS search_unindex_{table} ON {table}" for table in INDEXED_TABLES.values()),
    "DROP FUNCTION IF EXISTS hrdoc_search_unindex()",
    "DROP TABLE IF EXISTS search_docs",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}",
    "DROP FUNCTION IF EXISTS hrdoc_fold(text)",
    # The unaccent extension stays: other databases' objects may use it, and it holds no data.
)


def _unaccent_schema(conn: sa.Connection) -> str | None:
    """The schema of the unaccent extension, creating the extension if it is missing and we may."""
    find = (
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
        " WHERE e.extname = 'unaccent'"
    )
    schema = conn.exec_driver_sql(find).scalar()
    if schema is None:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        except DBAPIError:
            # Not installed on the server (Debian: postgresql-contrib), or this login may not create it.
            return None
        schema = conn.exec_driver_sql(find).scalar()
    return None if schema is None else str(schema)


def create_postgresql(conn: sa.Connection) -> bool:
    """Create the search table, its configuration and triggers; True if accents are folded by unaccent."""
    schema = _unaccent_schema(conn)
    conn.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = pg_catalog.simple)")
    if schema is not None:
        dictionary = conn.dialect.identifier_preparer.quote(schema) + ".unaccent"
        conn.exec_driver_sql(
            f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG}"
            f" ALTER MAPPING FOR hword, hword_part, word WITH {dictionary}, simple"
        )
    conn.exec_driver_sql(PG_FOLD_IDENTITY if schema is not None else PG_FOLD_FALLBACK)
    for statement in PG_TABLE_STATEMENTS:
        conn.exec_driver_sql(statement)
    return schema is not None


def drop_postgresql(conn: sa.Connection) -> None:
    for statement in PG_DROP_STATEMENTS:
        conn.exec_driver_sql(statement)


def _flatten(value: Any) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item)
        return
    if isinstance(value, str) and value.startswith("["):
        # JSON list columns come back as text from a raw SQL query.
        try:
            yield from _flatten(json.loads(value))
            return
        except ValueError:
            pass
    text_value = str(value).strip()
    if text_value:
        yield text_value


def _documents(conn: sa.Connection, kind: str) -> Iterator[dict[str, str]]:
    for row in conn.execute(sa.text(_DOC_QUERIES[kind])):
        record_id, case_id, title, *parts = row
        body = "\n".join(piece for part in parts for piece in _flatten(part))
        yield {"r": str(record_id), "k": kind, "c": str(case_id), "t": str(title or ""), "b": body}


_UPSERT = sa.text(
    "INSERT INTO search_docs (record_id, kind, case_id, title, body) VALUES (:r, :k, :c, :t, :b)"
    " ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, case_id = excluded.case_id,"
    " title = excluded.title, body = excluded.body"
)


def rebuild_search_index(conn: sa.Connection) -> None:
    """Index every record the store holds at this revision (a store upgraded from 0001 may hold some)."""
    conn.execute(sa.text("DELETE FROM search_docs"))
    for kind in INDEXED_TABLES:
        batch: list[dict[str, str]] = []
        for doc in _documents(conn, kind):
            batch.append(doc)
            if len(batch) >= 1000:
                conn.execute(_UPSERT, batch)
                batch.clear()
        if batch:
            conn.execute(_UPSERT, batch)


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
                "id": uuid.uuid5(VOCAB_NAMESPACE, f"{vocabulary}:{code}"),
                "vocabulary": vocabulary,
                "code": code,
                "parent_code": parent,
                "label_en": label_en,
                "label_fr": label_fr,
                "builtin": True,
                "created_at": now,
                "updated_at": now,
                "created_by": "hrdoc",
                "visibility": "public",
                "notes": "",
            }
            for vocabulary, code, parent, label_en, label_fr in SEED_TERMS
            if (vocabulary, code) not in present
        ],
    )
    if bind.dialect.name == "sqlite":
        for statement in (*CREATE_STATEMENTS, *AUDIT_GUARDS):
            op.execute(statement)
        rebuild_search_index(bind)
    elif bind.dialect.name == "postgresql":
        create_postgresql(bind)
        for statement in PG_AUDIT_GUARDS:
            op.execute(statement)
        rebuild_search_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in DROP_STATEMENTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        for statement in PG_DROP_AUDIT_GUARDS:
            op.execute(statement)
        drop_postgresql(bind)
    # The vocabulary rows stay: records refer to their codes, and users may have edited their labels.
