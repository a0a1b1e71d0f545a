"""The same ranking on a store file and a team store: FTS5's bm25 on one, the same bm25 computed by PostgreSQL on
the other (hrdoc.storage.search_bm25); and a team store cuts snippets for the hits it shows, no more.

The ranking tests build the same records in an SQLCipher store and in a PostgreSQL one, and search both: plain
words, then text full of what PostgreSQL's own parser splits otherwise than FTS5 (URLs, dates, hyphenated words,
e-mail addresses, apostrophes), which a team store's documents now hold as FTS5 splits them
(hrdoc.storage.search_tokens): the same words, so the same scores and the same order.
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


# Text PostgreSQL's parser reads otherwise than FTS5: URLs (host, path, slug), dates, hyphenated words, an
# e-mail address, an apostrophe, a vehicle plate.
SLUG = ("wagner", "denies", "killings", "moura", "al-fashir", "convoy", "drone")
PUNCTUATED_QUERIES = (
    "wagner",  # in titles, and in the URLs' slugs
    "killings",
    "example",  # in the host names only
    "2024",
    "05",  # "-05" to PostgreSQL's parser
    "al-fashir",  # a phrase of two words
    "KD-440",  # a phrase, its last word a prefix (KD-4400 to KD-4409)
    "plate KD",
    "o'brien",
    "press",  # inside an e-mail address
    "wagner 2024",
)


def build_punctuated(ctx: StoreContext) -> None:
    rng = random.Random(20261204)
    records = RecordService(ctx)
    case = records.create("case", reference="PUNCTUATED", title="Punctuated case")
    for n in range(36):
        slug = "-".join(rng.choice(SLUG) for _ in range(1 + n % 5))
        make_source(
            records,
            case,
            title=f"Report {n} " + _text(rng, 1 + n % 3, SLUG),
            url=f"https://www.example{n % 4}.org/2024/{1 + n % 12:02d}/{slug}",
            # Lengths at least 5 words apart (the title and slug vary by fewer than 15), so that none tie.
            notes=f"Seen 2024-05-{1 + n % 28:02d} near plate KD-{4400 + n} by O'Brien, press@example.org. "
            + _text(rng, 20 * n, FILLER + SLUG),
        )


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
def test_urls_dates_and_hyphenated_words_rank_the_same_on_both(tmp_path: Path, pg_stores: PgStores) -> None:
    """The words a store file's FTS5 sees in URLs, dates and hyphenated words are a team store's words too: the
    same hits in the same order with the same scores (before, a source was about half as long on a team store,
    and a word written only in a URL was not found there)."""
    laptop = new_store(tmp_path / "laptop.db", PASSPHRASE, user="tester")
    try:
        build_punctuated(laptop)
        with pg_stores.open_clone("punctuated", build_punctuated) as team:
            for query in PUNCTUATED_QUERIES:
                on_file = ranking(SearchService(laptop).search(query))
                on_team = ranking(SearchService(team).search(query))
                assert on_file, query
                assert [t for t, _ in on_team] == [t for t, _ in on_file], query
                assert [s for _, s in on_team] == pytest.approx([s for _, s in on_file], rel=1e-9), query
    finally:
        laptop.close()


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
