"""The same ranking on a store file and a team store: FTS5's bm25 on one, the same bm25 computed by PostgreSQL on
the other (hrdoc.storage.search_bm25); and a team store cuts snippets for the hits it shows, no more.

The ranking test builds the same records in an SQLCipher store and in a PostgreSQL one, and searches both. Its
text is plain words (no URL, e-mail address or hyphenated word, which PostgreSQL's parser splits otherwise than
FTS5: see docs/team-store.md), so both see the same words, and then the same scores and the same order follow.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdoc.services import search as search_module
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchHit, SearchService
from hrdoc.services.session import new_store
from tests.backends import POSTGRESQL, PgStores
from tests.helpers import PASSPHRASE, make_incident, make_source

# Words of varied frequency: a few common ones, most rarer, some with accents or in Arabic script.
COMMON = ("village", "convoy", "market", "soldiers")
RARE = ("Ménaka", "Tessalit", "granary", "drone", "checkpoint", "الدعم", "Kidal", "Anéfis", "shelling", "well")
FILLER = ("the", "and", "near", "after", "before", "were", "seen", "by", "residents", "on", "road")
QUERIES = (
    "village",
    "convoy",
    "menaka",  # found as Ménaka
    "Anefis",
    "drone",
    "dro",  # the last word matches as a prefix
    "الدعم",
    "village convoy",  # every word must match; each weighs by its rarity
    "soldiers market",
    "checkpoint kidal",
    "the",  # in almost every document
)


def _text(rng: random.Random, words: int, pool: tuple[str, ...]) -> str:
    return " ".join(rng.choice(pool) for _ in range(words))


def build(ctx: StoreContext) -> None:
    """The same records, text and all, each time (ids differ between stores; titles are unique)."""
    rng = random.Random(20261203)
    records = RecordService(ctx)
    case = records.create("case", reference="RANKING", title="Ranking case")
    vocabulary = COMMON + RARE + FILLER
    for n in range(40):
        # Title words count ten times body words. Every document has a length of its own (8 words apart, the
        # title adding fewer), so that no two can tie, and the order is the scores' alone.
        title = f"Incident {n} " + _text(rng, 1 + n % 4, COMMON + RARE)
        make_incident(records, case, title=title, description=_text(rng, 5 + 8 * n, vocabulary))
    for n in range(12):
        title = f"Report {n} " + _text(rng, 2 + n % 3, RARE)
        make_source(records, case, title=title, notes=_text(rng, 5 + 8 * (40 + n), FILLER))


def ranking(hits: list[SearchHit]) -> list[tuple[str, float]]:
    return [(h.title, h.score) for h in hits]


@pytest.fixture
def both(tmp_path: Path, backend: str, pg_stores: PgStores) -> Iterator[tuple[StoreContext, StoreContext]]:
    assert backend == POSTGRESQL
    laptop = new_store(tmp_path / "laptop.db", PASSPHRASE, user="tester")
    try:
        build(laptop)
        with pg_stores.open_clone("ranking", build) as team:
            yield laptop, team
    finally:
        laptop.close()


@pytest.mark.postgresql_only
def test_a_team_store_ranks_the_same_records_as_a_store_file(both: tuple[StoreContext, StoreContext]) -> None:
    laptop, team = (SearchService(ctx) for ctx in both)
    for query in QUERIES:
        on_file, on_team = ranking(laptop.search(query)), ranking(team.search(query))
        assert on_file, query
        assert [title for title, _ in on_team] == [title for title, _ in on_file], query
        # The same bm25: N, avgdl, idf, each word's count and each document's length agree exactly.
        for (_, mine), (_, theirs) in zip(on_team, on_file, strict=True):
            assert mine == pytest.approx(theirs, rel=1e-9), query


@pytest.mark.postgresql_only
def test_filters_and_a_case_rank_alike(both: tuple[StoreContext, StoreContext]) -> None:
    laptop, team = (SearchService(ctx) for ctx in both)
    for query in ("village", "village convoy"):
        on_file = ranking(laptop.search(query, kinds=("incident",), limit=7))
        on_team = ranking(team.search(query, kinds=("incident",), limit=7))
        assert [t for t, _ in on_team] == [t for t, _ in on_file]
        assert [s for _, s in on_team] == pytest.approx([s for _, s in on_file], rel=1e-9)


def test_equal_scores_are_in_record_id_order(ctx: StoreContext) -> None:
    """Documents alike score alike; they are ordered by record id on both stores (a store file's FTS5 would
    otherwise give the order they were indexed in), also when the tie runs past the limit."""
    records = RecordService(ctx)
    case = records.create("case", reference="TIES", title="Ties")
    same = sorted(make_incident(records, case, title="Twin shelling", description="alike") for _ in range(6))
    hits = SearchService(ctx).search("twin", limit=4)
    assert [h.record_id for h in hits] == same[:4]
    assert len({h.score for h in hits}) == 1


def test_a_team_store_cuts_one_snippet_per_hit_shown(
    ctx: StoreContext, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = RecordService(ctx)
    case = records.create("case", reference="SNIPPETS", title="Snippets")
    for n in range(30):
        make_incident(records, case, title=f"Shelling {n}", description="granary " * (n + 1))
    cut: list[int] = []
    real = search_module.cut_snippets

    def counting(match: str, documents: list[tuple[str, str, str]]) -> list[str]:
        cut.append(len(documents))
        return real(match, documents)

    monkeypatch.setattr(search_module, "cut_snippets", counting)
    hits = SearchService(ctx).search("granary", limit=5)
    assert len(hits) == 5
    assert all(search_module.HIGHLIGHT_START + "granary" in h.snippet for h in hits)
    # On a team store the five hits' text is cut here, once each; a store file's FTS5 makes them in the ranked
    # statement, for the rows it returns (the hits, and the one after them that says whether a tie goes on).
    assert cut == ([5] if backend == POSTGRESQL else [])


@pytest.mark.postgresql_only
def test_snippets_are_the_same_on_both_stores(both: tuple[StoreContext, StoreContext]) -> None:
    laptop, team = (SearchService(ctx) for ctx in both)
    for query in ("convoy", "menaka", "village convoy"):
        on_file = {h.title: h.snippet for h in laptop.search(query)}
        on_team = {h.title: h.snippet for h in team.search(query)}
        assert on_team == on_file, query
