"""Schema migrations: one line of history, models that match it, lossless round trips, safe upgrades."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Column, Engine, MetaData, String, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import migrate
from hrdoc.storage.base import Base
from hrdoc.storage.engine import SQLITE_HEADER, StoreLocation, make_engine
from hrdoc.storage.errors import StoreTooNew
from hrdoc.storage.models import VocabularyTerm
from tests.backends import db_of
from tests.helpers import PASSPHRASE

MIGRATIONS = Path(migrate.__file__).parent / "migrations" / "versions"
FTS_TABLES = ("search_docs", "search_index", "search_postings")


def not_fts(name: str | None, type_: str, parent_names: Any) -> bool:
    """The full-text tables (FTS5's shadow tables, a team store's lists) are made by raw SQL, outside the ORM models."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


def compare_json_default(
    context: Any, inspected: Any, metadata: Column[Any], inspected_default: str | None, _default: Any, rendered: str
) -> bool | None:
    """PostgreSQL cannot compare two ``json`` values (no ``=`` operator), which Alembic's default comparison
    asks it to do: compare a JSON column's default as text instead (``'{}'::json`` against ``'{}'``)."""
    if context.dialect.name != "postgresql" or not isinstance(metadata.type, JSON):
        return None
    found = (inspected_default or "").removesuffix("::json").removesuffix("::jsonb")
    return found.strip("'") != (rendered or "").strip("'")


def schema_diff(engine: Engine, metadata: MetaData) -> list[Any]:
    with engine.connect() as conn:
        mc = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": compare_json_default, "include_name": not_fts}
        )
        return list(compare_metadata(mc, metadata))


# A downgrade below 0005 forgets record versions; the upgrade gives every record a new one.
FORGOTTEN_BY_DOWNGRADE = {"version"}


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every model table, raw, in a stable order (less what a downgrade legitimately forgets)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = ", ".join(c.name for c in table.columns if c.name not in FORGOTTEN_BY_DOWNGRADE)
            rows = conn.exec_driver_sql(f"SELECT {columns} FROM {table.name}").all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def first_difference(before: list[tuple[Any, ...]], after: list[tuple[Any, ...]]) -> str:
    gone = [row for row in before if row not in after]
    new = [row for row in after if row not in before]
    return f"{len(gone)} rows differ; first before: {gone[:1]}, first after: {new[:1]}"


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return migrate.current_revision(conn)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".backup-*"))


def anefis_hits(ctx: StoreContext) -> set[str]:
    return {hit.kind for hit in SearchService(ctx).search("Anefis")}


# -- the migration scripts -------------------------------------------------------------------------------


def test_migrations_have_exactly_one_head_and_one_line_of_history() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    heads = scripts.get_heads()
    assert len(heads) == 1
    assert migrate.head_revision() == heads[0]
    assert len(scripts.get_bases()) == 1
    files = sorted(p for p in MIGRATIONS.glob("*.py") if not p.name.startswith("_"))
    chain = list(scripts.walk_revisions())  # head first, following down_revision
    assert len(chain) == len(files), "every migration file must be on the single line from base to head"
    assert chain[-1].down_revision is None


def test_a_new_store_is_at_the_head_revision(ctx: StoreContext) -> None:
    assert revision_of(ctx.engine) == migrate.head_revision()


def test_models_match_the_migrated_schema(ctx: StoreContext) -> None:
    assert schema_diff(ctx.engine, Base.metadata) == []


def test_schema_comparison_would_notice_a_model_change(ctx: StoreContext) -> None:
    """Control: the comparison above is not blind (the FTS filter does not hide the model tables)."""
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["cases"].append_column(Column("region", String(100), nullable=False))
    diff = schema_diff(ctx.engine, changed)
    assert len(diff) == 1
    assert diff[0][0] == "add_column" and diff[0][2] == "cases" and diff[0][3].name == "region"


def test_fts_tables_exist_at_head(ctx: StoreContext) -> None:
    with ctx.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    # FTS5's virtual table on SQLite; on PostgreSQL the index is a column of search_docs.
    assert ({"search_docs", "search_index"} if ctx.engine.dialect.name == "sqlite" else {"search_docs"}) <= names


# -- round trip on a populated store ---------------------------------------------------------------------


def test_downgrade_to_first_revision_and_upgrade_again_keeps_every_row(demo_copy: StoreContext) -> None:
    engine = demo_copy.engine
    assert anefis_hits(demo_copy), "the demo case should be found by the alternative spelling before migrating"
    before = dump(engine)
    assert len(before["cases"]) == 1 and len(before["audit_log"]) > 10

    migrate.downgrade(engine, "0001")
    assert revision_of(engine) == "0001"
    migrate.upgrade(engine)
    assert revision_of(engine) == migrate.head_revision()

    after = dump(engine)
    # The demo's reported figures live in the table 0012 made: a downgrade below it drops them with it (no older
    # schema can hold them), and nothing else.
    assert before["reported_figures"] and after["reported_figures"] == []
    before["reported_figures"] = []
    changed = {name: first_difference(before[name], after[name]) for name in before if before[name] != after[name]}
    assert changed == {}, f"tables whose rows changed in the round trip: {changed}"
    assert "location" in anefis_hits(demo_copy)
    assert verify_store(demo_copy).ok


def test_round_trip_keeps_an_edited_builtin_vocabulary_label(demo_copy: StoreContext) -> None:
    """Built-in terms may have their labels edited (e.g. a team's own French wording); a migration round trip
    must not silently replace the edit with the shipped label."""
    r = RecordService(demo_copy)
    with demo_copy.read() as session:
        term = session.query(VocabularyTerm).filter_by(vocabulary="violation_type", code="pillage").one()
    r.update("vocabulary_term", term.id, label_fr="Pillage (libellé de l'équipe)")

    migrate.downgrade(demo_copy.engine, "0001")
    migrate.upgrade(demo_copy.engine)

    with demo_copy.read() as session:
        labels = [
            t.label_fr for t in session.query(VocabularyTerm).filter_by(vocabulary="violation_type", code="pillage")
        ]
    assert labels == ["Pillage (libellé de l'équipe)"]


def test_audit_guards_come_back_after_a_round_trip(demo_copy: StoreContext) -> None:
    migrate.downgrade(demo_copy.engine, "0001")
    migrate.upgrade(demo_copy.engine)
    with pytest.raises(sa_exc.DatabaseError, match="append-only"), demo_copy.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET summary = 'x' WHERE seq = 1")


# -- opening an older or newer store ---------------------------------------------------------------------


@pytest.mark.sqlite_only  # a copy of the store file
def test_opening_an_older_store_backs_it_up_encrypted_then_upgrades(demo_copy: StoreContext, store_path: Path) -> None:
    migrate.downgrade(demo_copy.engine, "0001")
    demo_copy.close()
    assert backups(store_path) == []

    ctx = unlock_store(store_path, PASSPHRASE)
    try:
        assert revision_of(ctx.engine) == migrate.head_revision()
        assert "location" in anefis_hits(ctx)
        assert verify_store(ctx).ok
    finally:
        ctx.close()

    [backup] = backups(store_path)
    assert backup.name.startswith("store.db.backup-0001-")
    data = backup.read_bytes()
    assert not data.startswith(SQLITE_HEADER), "the backup of an encrypted store must be encrypted too"
    assert b"Annefif" not in data and b"Wagner" not in data
    # The backup is a usable copy of the store as it was: same passphrase, old revision, same case.
    engine = make_engine(StoreLocation(path=backup), PASSPHRASE)
    try:
        assert revision_of(engine) == "0001"
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT reference FROM cases").scalars().all() == [DEMO_REFERENCE]
    finally:
        engine.dispose()


@pytest.mark.sqlite_only  # a copy of the store file
def test_opening_a_current_store_makes_no_backup(ctx: StoreContext, store_path: Path) -> None:
    ctx.close()
    unlock_store(store_path, PASSPHRASE).close()
    assert backups(store_path) == []


@pytest.mark.sqlite_only  # the file, byte for byte (the team store's counterpart follows)
def test_a_store_from_a_newer_hrdoc_is_refused_and_left_unchanged(ctx: StoreContext, store_path: Path) -> None:
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    ctx.close()
    before = sha256(store_path)

    with pytest.raises(StoreTooNew, match="newer version of hrdoc"):
        unlock_store(store_path, PASSPHRASE)

    assert sha256(store_path) == before
    assert backups(store_path) == []
    engine = make_engine(StoreLocation(path=store_path), PASSPHRASE)
    try:
        assert revision_of(engine) == "9999_from_the_future"
    finally:
        engine.dispose()


# -- the same on a team store (PostgreSQL): no file to copy, the server's backups apply --------------------


@pytest.mark.postgresql_only
def test_opening_an_older_team_store_upgrades_it_and_says_the_servers_backups_apply(
    demo_copy: StoreContext, caplog: pytest.LogCaptureFixture
) -> None:
    migrate.downgrade(demo_copy.engine, "0001")
    demo_copy.close()

    with caplog.at_level(logging.WARNING, logger="hrdoc.storage.store"):
        ctx = unlock_store(db_of(demo_copy), None)
    try:
        assert revision_of(ctx.engine) == migrate.head_revision()
        assert "location" in anefis_hits(ctx)
        assert verify_store(ctx).ok
    finally:
        ctx.close()
    [message] = [r.getMessage() for r in caplog.records if r.name == "hrdoc.storage.store"]
    assert "from schema 0001 to" in message and "the server's own backups apply" in message
    assert ":***@" in message and demo_copy.location.url is not None
    assert make_url(demo_copy.location.url).password not in message


@pytest.mark.postgresql_only
def test_a_team_store_from_a_newer_hrdoc_is_refused_and_left_unchanged(ctx: StoreContext) -> None:
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = dump(ctx.engine)

    with pytest.raises(StoreTooNew, match="newer version of hrdoc"):
        unlock_store(db_of(ctx), None)

    assert revision_of(ctx.engine) == "9999_from_the_future"
    assert dump(ctx.engine) == before
