"""A large team store keeps each word's document count (bm25's n_i) with N and avgdl, instead of counting it with
a visit to every document holding the word at every search (hrdoc.storage.search_bm25.document_counts).

The index here is small, so the tests lower the size from which counts are kept (``SMALL_INDEX``) to nothing:
the same ranking and scores as a store file, each word counted once while the statistics hold, and counted again
once they are measured again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from hrdoc.services.context import StoreContext
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store
from hrdoc.storage import search_bm25
from tests.backends import PgStores
from tests.helpers import PASSPHRASE
from tests.services.test_search_ranking import build

QUERIES = ("village convoy", "soldiers market", "checkpoint kidal", "the village")


@pytest.fixture
def both(tmp_path: Path, pg_stores: PgStores) -> Iterator[tuple[StoreContext, StoreContext]]:
    laptop = new_store(tmp_path / "laptop.db", PASSPHRASE, user="tester")
    try:
        build(laptop)
        with pg_stores.open_clone("ranking", build) as team:
            yield laptop, team
    finally:
        laptop.close()


def _counting(ctx: StoreContext) -> list[str]:
    """The statements counting documents that ``ctx`` sends from now on."""
    sent: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "count(*) FROM search_docs x" in statement:
            sent.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", seen)
    return sent


@pytest.mark.postgresql_only
def test_kept_counts_rank_as_a_store_file_and_are_counted_once(
    both: tuple[StoreContext, StoreContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, team = both
    monkeypatch.setattr(search_bm25, "SMALL_INDEX", 0)
    counts = _counting(team)
    for query in QUERIES:
        on_file = [(h.title, h.score) for h in SearchService(laptop).search(query)]
        on_team = [(h.title, h.score) for h in SearchService(team).search(query)]
        assert on_file, query
        assert [t for t, _ in on_team] == [t for t, _ in on_file], query
        assert [s for _, s in on_team] == pytest.approx([s for _, s in on_file], rel=1e-9), query
    # One counting statement per query, each with words not counted before ("the village" ends with the prefix
    # "village:*", not the word "village"); none when the queries are searched again, also filtered to a kind
    # (a filtered search weighs its words by their counts in the whole index), nor for "convoy" alone filtered
    # (its prefix was counted for "village convoy").
    assert len(counts) == len(QUERIES)
    for query in QUERIES:
        SearchService(team).search(query)
        SearchService(team).search(query, kinds=("incident",))
    SearchService(team).search("convoy", kinds=("incident",))
    assert len(counts) == len(QUERIES)


@pytest.mark.postgresql_only
def test_counts_are_measured_again_with_the_statistics(
    both: tuple[StoreContext, StoreContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    _laptop, team = both
    monkeypatch.setattr(search_bm25, "SMALL_INDEX", 0)
    counts = _counting(team)
    SearchService(team).search("village convoy")
    with team.read() as session:
        search_bm25.statistics(session.connection(), again=True)
    SearchService(team).search("village convoy")
    assert len(counts) == 2


@pytest.mark.postgresql_only
def test_a_small_index_counts_in_its_ranking_statement(both: tuple[StoreContext, StoreContext]) -> None:
    """Below SMALL_INDEX documents the counts are the ranking statement's own, exact after every change."""
    _laptop, team = both
    counts = _counting(team)
    SearchService(team).search("village convoy")
    SearchService(team).search("village convoy")
    assert len(counts) == 2
    assert all("CAST(:c0" not in statement for statement in counts)
