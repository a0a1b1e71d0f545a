"""Migration 0010: vocabulary terms get an Arabic label, filled for the built-in terms; a term users added keeps
an empty one (its English label is shown), and a French label a team edited is left as it is."""

from __future__ import annotations

import tarfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, inspect, text

from hrdoc.domain.vocabularies import SEED_TERMS
from hrdoc.services.context import StoreContext
from hrdoc.services.search import SearchService
from hrdoc.services.session import unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage import migrate
from hrdoc.storage.engine import StoreLocation, make_engine
from tests.helpers import PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"
SEEDED = {(t.vocabulary, t.code): (t.label_en, t.label_fr, t.label_ar) for t in SEED_TERMS}
SGBV = ("violation_type", "sexual_violence")
OLD_SGBV_FR = "Violences sexuelles et basées sur le genre"  # as 0002 seeded it


def labels(conn: Connection) -> dict[tuple[str, str], tuple[str, str, str]]:
    rows = conn.execute(text("SELECT vocabulary, code, label_en, label_fr, label_ar FROM vocabulary_terms"))
    return {(v, c): (en, fr, ar) for v, c, en, fr, ar in rows}


def add_user_term(conn: Connection) -> None:
    """A term a team added at schema 0009 (no Arabic label then), as its own SQL wrote it."""
    conn.execute(
        text(
            "INSERT INTO vocabulary_terms (id, vocabulary, code, parent_code, label_en, label_fr, builtin,"
            " visibility, notes, version, created_at, updated_at, created_by)"
            " VALUES (:id, 'violation_type', 'forced_eviction', NULL, 'Forced eviction', 'Expulsion forcée', :no,"
            " 'public', '', :version, :at, :at, 'tester')"
        ),
        {"id": uuid.uuid4().hex, "no": False, "version": uuid.uuid4().hex, "at": "2026-12-01 10:00:00"},
    )


def version_of(engine: Engine) -> Any:
    with engine.connect() as conn:
        return migrate.current_revision(conn)


@pytest.mark.sqlite_only  # a store file as hrdoc at schema 0009 left it
def test_a_store_from_0009_gets_arabic_labels_and_is_found_in_french_and_arabic(tmp_path: Path) -> None:
    with tarfile.open(FIXTURES / "store-0009.tar.xz") as tar:
        tar.extractall(tmp_path, filter="data")
    path = tmp_path / "store.db"
    engine = make_engine(StoreLocation(path=path), None, encrypted=False)
    try:
        assert version_of(engine) == "0009"
        with engine.begin() as conn:
            assert labels_fr(conn)[SGBV] == OLD_SGBV_FR
            add_user_term(conn)
    finally:
        engine.dispose()

    ctx = unlock_store(path, PASSPHRASE, encrypted=False, user="tester", record_unlock=False)
    try:
        assert version_of(ctx.engine) == migrate.head_revision()
        with ctx.engine.connect() as conn:
            found = labels(conn)
        assert found.pop(("violation_type", "forced_eviction")) == ("Forced eviction", "Expulsion forcée", "")
        assert found == SEEDED  # every built-in term in three languages; the seeded French label reworded
        # Pickers and tables: the user's term, with no Arabic label, in English among the Arabic ones.
        arabic = VocabularyService(ctx).labels("violation_type", language="ar")
        assert arabic["forced_eviction"] == "Forced eviction"
        assert arabic["torture"] == "التعذيب أو سوء المعاملة"
        # The demo case's extrajudicial executions, found by their violation's label in each language.
        search = SearchService(ctx)
        for words in ("extrajudicial", "extrajudiciaire", "القضاء"):
            assert "allegation" in {hit.kind for hit in search.search(words)}, words
        assert verify_store(ctx).ok
    finally:
        ctx.close()


def test_downgrade_and_upgrade_keep_a_french_label_a_team_edited(demo_copy: StoreContext) -> None:
    """0010 rewords a built-in French label only where it is still the one 0002 seeded; its downgrade puts the
    seeded one back only where it is still 0010's (on SQLite and on a team store)."""
    engine = demo_copy.engine
    migrate.downgrade(engine, "0009")
    assert version_of(engine) == "0009"
    with engine.connect() as conn:
        assert "label_ar" not in {c["name"] for c in inspect(conn).get_columns("vocabulary_terms")}
        assert labels_fr(conn)[SGBV] == OLD_SGBV_FR
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert labels(conn) == SEEDED

    migrate.downgrade(engine, "0009")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE vocabulary_terms SET label_fr = 'VSBG (libellé de l''équipe)' WHERE code = :c"), {"c": SGBV[1]}
        )
        add_user_term(conn)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        found = labels(conn)
    assert found[SGBV] == (SEEDED[SGBV][0], "VSBG (libellé de l'équipe)", SEEDED[SGBV][2])
    assert found[("violation_type", "forced_eviction")][2] == ""
    assert len(found) == len(SEEDED) + 1


def labels_fr(conn: Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute(text("SELECT vocabulary, code, label_fr FROM vocabulary_terms"))
    return {(v, c): fr for v, c, fr in rows}
