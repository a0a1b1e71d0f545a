"""Migrations are frozen history: each carries its own schema and SQL, and imports no live hrdoc code.

A migration that calls today's code runs today's code against the schema of its own revision: the day the
search index's queries name a column a later migration adds, every new store fails to be created.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from hrdoc.services.session import new_store
from hrdoc.storage import migrate, search_index
from tests.helpers import PASSPHRASE

MIGRATIONS = Path(migrate.__file__).parent / "migrations" / "versions"
ALLOWED = {"__future__", "alembic", "sqlalchemy"} | set(sys.stdlib_module_names)


def imported_modules(path: Path) -> set[str]:
    """Every module a migration file imports, at any depth (a function-level import counts too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # A relative import (level > 0) reaches into the hrdoc package: name it so it is refused.
            found.add("." * node.level + (node.module or ""))
    return found


def migration_files() -> list[Path]:
    files = sorted(p for p in MIGRATIONS.glob("*.py") if not p.name.startswith("_"))
    assert len(files) >= 6
    return files


@pytest.mark.parametrize("path", migration_files(), ids=lambda p: p.stem)
def test_a_migration_imports_only_alembic_sqlalchemy_and_the_standard_library(path: Path) -> None:
    foreign = sorted(m for m in imported_modules(path) if m.split(".")[0] not in ALLOWED)
    assert foreign == [], f"{path.name} imports live code {foreign}: copy what it needs into the migration"


def test_the_import_check_sees_live_code_imports(tmp_path: Path) -> None:
    """Control: the check above is not blind to the forms the old 0002 used."""
    sample = tmp_path / "m.py"
    sample.write_text(
        "import sqlalchemy as sa\nfrom hrdoc.storage import search_index\n"
        "def upgrade():\n    from hrdoc.domain.vocabularies import SEED_TERMS\n    import hrdoc.storage.models\n"
        "from . import base\n",
        encoding="utf-8",
    )
    assert {m for m in imported_modules(sample) if m.split(".")[0] not in ALLOWED} == {
        "hrdoc.storage",
        "hrdoc.domain.vocabularies",
        "hrdoc.storage.models",
        ".",
    }


@pytest.mark.sqlite_only  # the FTS5 index is made on SQLite here; the team store's branch mirrors it
def test_a_new_store_is_created_after_the_live_search_queries_name_a_later_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today's search code may name a column added by a later migration (here, a witness's interview
    language); migration 0002, which runs before that column exists, must not use today's queries."""
    later = "SELECT id, case_id, pseudonym, preferred_interview_language, notes FROM witnesses t"
    queries = dict(getattr(search_index, "_DOC_QUERIES", {}))
    monkeypatch.setattr(search_index, "_DOC_QUERIES", queries | {"witness": later}, raising=False)
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="tester")
    try:
        with ctx.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            terms = conn.exec_driver_sql("SELECT count(*) FROM vocabulary_terms WHERE builtin").scalar()
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert terms == 60  # the built-in terms 0002 shipped with, and 0012's of what a figure counts
        assert {"search_docs", "search_index"} <= tables
    finally:
        ctx.close()
