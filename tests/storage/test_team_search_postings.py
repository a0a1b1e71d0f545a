"""A large team store reads each word's best documents first (hrdoc.storage.search_postings, migration 0011)
instead of ranking every match, and still gives the hits a store file gives: the same records, order and scores.

The index here is small, so the tests lower the size from which the lists are read (``SMALL_INDEX``) to nothing,
and ask for few hits so that the lists are read in several rounds, deeper each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.storage import search_bm25, search_index, search_postings
from tests.backends import PgStores
from tests.helpers import PASSPHRASE
from tests.services.test_search_ranking import PUNCTUATED_QUERIES, QUERIES, build, build_punctuated

NOWHERE = "no such word"  # in no document
# What each document's words say the lists hold: (word, document, impact), from the tsvectors.
_FROM_DOCUMENTS = (
    "SELECT u.lexeme, s.id, (u.f / (u.f + 0.3 + 0.009 * coalesce(s.length, 0)))::real FROM search_docs s"
    " CROSS JOIN LATERAL (SELECT v.lexeme, (SELECT sum(CASE w WHEN 'A' THEN 10 ELSE 1 END) FROM unnest(v.weights) w)"
    "::float8 AS f FROM unnest(s.document) v) u"
)


def _both(build_it: Any, name: str, tmp_path: Path, pg_stores: PgStores) -> Iterator[tuple[StoreContext, StoreContext]]:
    laptop = new_store(tmp_path / "laptop.db", PASSPHRASE, user="tester")
    try:
        build_it(laptop)
        with pg_stores.open_clone(name, build_it) as team:
            yield laptop, team
    finally:
        laptop.close()


@pytest.fixture
def both(tmp_path: Path, pg_stores: PgStores) -> Iterator[tuple[StoreContext, StoreContext]]:
    yield from _both(build, "ranking", tmp_path, pg_stores)


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """Every search across the store reads the lists; the list says, for each, its number of words and whether
    the lists answered it."""
    monkeypatch.setattr(search_bm25, "SMALL_INDEX", 0)
    monkeypatch.setattr(search_postings, "FIRST", 2)
    monkeypatch.setattr(search_postings, "FEWEST", 0)
    answered: list[tuple[int, bool]] = []
    best = search_postings.best

    def spy(*args: Any, **kwargs: Any) -> Any:
        rows = best(*args, **kwargs)
        answered.append((len(args[1]), rows is not None))
        return rows

    monkeypatch.setattr(search_postings, "best", spy)
    return answered


def _ranking(ctx: StoreContext, query: str, limit: int) -> list[tuple[str, float]]:
    return [(hit.title, hit.score) for hit in SearchService(ctx).search(query, limit=limit)]


def _same(laptop: StoreContext, team: StoreContext, queries: tuple[str, ...]) -> None:
    for query in queries:
        for limit in (1, 3, 50):
            on_file, on_team = _ranking(laptop, query, limit), _ranking(team, query, limit)
            assert on_file or query == NOWHERE, query
            assert [t for t, _ in on_team] == [t for t, _ in on_file], (query, limit)
            assert [s for _, s in on_team] == pytest.approx([s for _, s in on_file], rel=1e-9), (query, limit)


def _postings(team: StoreContext) -> tuple[set[tuple[str, int, float]], set[tuple[str, int, float]]]:
    with team.engine.connect() as conn:
        lists = conn.execute(text("SELECT word, doc_id, impact FROM search_postings"))
        held = {(w, int(d), float(i)) for w, d, i in lists}
        wanted = {(w, int(d), float(i)) for w, d, i in conn.execute(text(_FROM_DOCUMENTS))}
    return held, wanted


@pytest.mark.postgresql_only
def test_the_lists_give_the_hits_of_a_store_file(
    both: tuple[StoreContext, StoreContext], walked: list[tuple[int, bool]]
) -> None:
    laptop, team = both
    _same(laptop, team, (*QUERIES, "Incident", "Report 1", "the village", NOWHERE))
    # A query of one word is answered from the lists; one of several words whose best documents seldom hold
    # them all ranks every match instead, as fast (the full-text index intersects the words' documents).
    assert all(answered for words, answered in walked if words == 1)
    assert any(answered for words, answered in walked if words > 1)
    assert not all(answered for words, answered in walked if words > 1)


@pytest.mark.postgresql_only
def test_urls_and_hyphenated_words_through_the_lists(
    tmp_path: Path, pg_stores: PgStores, walked: list[tuple[int, bool]]
) -> None:
    for laptop, team in _both(build_punctuated, "punctuated", tmp_path, pg_stores):
        _same(laptop, team, PUNCTUATED_QUERIES)
    assert walked and all(answered for words, answered in walked if words == 1)


@pytest.mark.postgresql_only
def test_lists_too_deep_to_be_sure_rank_every_match(
    both: tuple[StoreContext, StoreContext], walked: list[tuple[int, bool]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_postings, "DEEPEST", 2)
    laptop, team = both
    _same(laptop, team, ("the", "village convoy"))
    assert walked and not any(answered for _words, answered in walked)


@pytest.mark.postgresql_only
def test_the_lists_follow_every_change_of_a_document(both: tuple[StoreContext, StoreContext]) -> None:
    _laptop, team = both
    held, wanted = _postings(team)
    assert held == wanted and len(held) > 500
    records = RecordService(team)
    with team.engine.connect() as conn:
        incidents = [row[0] for row in conn.execute(text("SELECT id FROM incidents ORDER BY title LIMIT 3"))]
    records.update("incident", incidents[0], description="A new description about a tractor, the tractor and a well")
    records.delete("incident", incidents[1])
    held, wanted = _postings(team)
    assert held == wanted
    assert any(word == "tractor" for word, _d, _i in held)


@pytest.mark.postgresql_only
def test_verify_finds_lists_that_differ_from_the_documents(both: tuple[StoreContext, StoreContext]) -> None:
    _laptop, team = both
    with team.engine.connect() as conn:
        assert search_index.check(conn).ok
    with team.engine.begin() as conn:
        conn.execute(text("UPDATE search_postings SET impact = impact / 2 WHERE word = 'village'"))
    with team.engine.connect() as conn:
        assert not search_index.check(conn).fulltext_ok
    with team.engine.begin() as conn:
        search_index.rebuild(conn)
    with team.engine.connect() as conn:
        assert search_index.check(conn).ok
