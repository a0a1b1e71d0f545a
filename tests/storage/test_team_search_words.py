"""A team store's search documents hold the words FTS5 sees (migration 0009, hrdoc.storage.search_tokens).

An older team store (its documents made by PostgreSQL's parser, in a generated column) is upgraded as it is
opened: the column becomes hrdoc's to write, and every document is made again with its length; a word written
only in a URL is then found there, as in a store file. Writes keep documents so; verify finds nothing wrong.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.session import unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import migrate, search_index
from hrdoc.storage.search_tokens import phrase_queries, vectors
from tests.backends import db_of
from tests.helpers import make_source


def _source(ctx: StoreContext) -> None:
    records = RecordService(ctx)
    case = records.create("case", reference="WORDS", title="Words")
    make_source(records, case, title="Statement", url="https://www.example.org/2024/05/tinzaouaten-denial")


@pytest.mark.postgresql_only
def test_an_older_team_store_gets_fts5s_words_when_opened(demo_copy: StoreContext) -> None:
    _source(demo_copy)
    migrate.downgrade(demo_copy.engine, "0008")
    with demo_copy.engine.connect() as conn:  # PostgreSQL's parser kept the URL as a host and a path
        assert not conn.execute(text("SELECT count(*) FROM search_docs WHERE document @@ 'tinzaouaten'")).scalar()
    demo_copy.close()

    ctx = unlock_store(db_of(demo_copy), None, user="tester", record_unlock=False)
    try:
        with ctx.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert search_index.documents_version(conn) == search_index.DOCUMENTS_VERSION
            rows = conn.execute(text("SELECT id, title, body FROM search_docs ORDER BY id")).all()
            assert len(rows) > 10
            made = vectors([(title, body) for _id, title, body in rows])
            for (row_id, _title, _body), vector in zip(rows, made, strict=True):
                same = conn.execute(
                    text("SELECT document = CAST(:v AS tsvector) AND length = :n FROM search_docs WHERE id = :id"),
                    {"v": vector.words, "n": vector.length, "id": row_id},
                ).scalar()
                assert same, _title
        # A word written only in a URL is found, as in a store file.
        assert [h.title for h in SearchService(ctx).search("tinzaouaten")] == ["Statement"]
        assert verify_store(ctx).ok
    finally:
        ctx.close()


@pytest.mark.postgresql_only
def test_a_record_written_gets_its_words_and_length(demo_copy: StoreContext) -> None:
    records = RecordService(demo_copy)
    case = records.create("case", reference="WRITTEN", title="Written")
    source = make_source(records, case, title="Al-Fashir convoy", url="https://example.org/el-geneina")
    with demo_copy.engine.connect() as conn:
        words, length = conn.execute(
            text("SELECT document::text, length FROM search_docs WHERE record_id = :r"), {"r": source}
        ).one()
    # Title: al, fashir, convoy (A); body: the URL's five words (B), after one position left empty.
    assert length == 8
    assert "'fashir':2A" in words and "'geneina':9B" in words and "'https':5B" in words
    records.update("source", source, title="Convoy")
    assert [h.title for h in SearchService(demo_copy).search("fashir")] == []
    assert [h.title for h in SearchService(demo_copy).search("el-geneina")] == ["Convoy"]


def test_a_query_is_split_as_fts5_splits_it() -> None:
    assert phrase_queries(["Anéfis", "KD-4471"]) == ["'anefis'", "('kd' <-> '4471':*)"]
    assert phrase_queries(["o'Brien", "_"]) == ["('o' <-> 'brien')"]  # no word in "_": no prefix either
    assert phrase_queries(["_"]) == []
    assert vectors([("", "")])[0].length == 0


def test_splitting_many_documents_leaves_nothing_behind_in_the_thread_s_scratch_index() -> None:
    """The words are split in an FTS5 index in memory, kept per thread and emptied after each batch; emptied
    without merging, it kept every deleted document's words and each later split read them all (a search on a
    team store after indexing 236,600 documents: 19 ms to split one query's word)."""
    from hrdoc.storage import search_tokens

    def held() -> tuple[int, int]:
        conn = search_tokens._scratch()
        rows, size = conn.execute("SELECT count(*), coalesce(sum(length(block)), 0) FROM d_data").fetchone()
        return int(rows), int(size)

    for batch in range(20):
        vectors([(f"title {n}", f"word{batch}x{n} other{n * 7} convoy") for n in range(200)])
    rows, size = held()
    assert rows <= 2 and size < 100  # the index's structure alone (its averages), no segment of words
    assert search_tokens.query_tokens("Tinfadimata") == ["tinfadimata"]
