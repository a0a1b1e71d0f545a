"""A team store ranks its matches as a store file does: FTS5's bm25, computed by PostgreSQL.

A store file ranks with FTS5's ``bm25(search_index, 10.0, 1.0)``. For each word i of the query (the last one
with the words it begins) a document scores

    idf_i · f_i·(k1 + 1) / (f_i + k1·(1 − b + b·D/avgdl)),    k1 = 1.2, b = 0.75,

summed over the words, where f_i counts the word in the document, 10 for each time in the title and 1 for each
time in the body; D is the document's length in words, title and body; avgdl the average length over the whole
index; idf_i = ln((N − n_i + 0.5)/(n_i + 0.5)), at least 1e-6, for N documents of which n_i hold word i.

PostgreSQL has no bm25. :func:`ranked_sql` computes it from ``search_docs``: ``document`` holds the words as FTS5
splits them (:mod:`hrdoc.storage.search_tokens`; title words weigh A, body words B) and ``length`` is D.
``ts_rank_cd``, for a query of one word, adds up the weights of its occurrences: with the weights A = 1 and
B = 0.1 that is f_i / 10. N and avgdl are the whole index's (:func:`statistics`). n_i, for a query of one word
across every case and kind, is the number of its matches, which the statement finds anyway; otherwise it is the
word's document count in the whole index, which FTS5 reads from its index and PostgreSQL must count with a visit
to every document holding the word (135 ms for the two words of "common grave" at 23,000 documents each): a
large index's counts are kept by each process with N and avgdl, and measured again with them
(:func:`document_counts`); a small index's are counted by the ranking statement itself, exact after every
change. Ties are broken by record id, on a store file too, so that the same documents rank the same on both.

Where the counts may differ (a word more than 256 times in one document, or past its 16,383rd word, which
PostgreSQL does not keep), see :mod:`hrdoc.storage.search_tokens`.
"""

from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 10.0  # a word in the title counts ten times one in the body (FTS5: bm25(search_index, 10.0, 1.0))
# ts_rank_cd's weights, {D, C, B, A}: a body word (B) weighs a tenth of a title word (A), so that ten times the
# rank of one word is f_i.
_WEIGHTS = "'{0, 0, 0.1, 1}'"

# avgdl is estimated from this many documents taken at even steps through the index's ids: the documents of a
# kind are stored together, so every kind is sampled in its proportion (within 1 % of the exact average at the
# benchmark's 236,600 documents, in 80 ms; the exact one reads every document, seconds).
SAMPLE = 1000
# How long a process keeps an index's statistics: a few minutes of writes barely move them. They are measured
# again sooner when the index has grown by a tenth, or changed at all while it is small (a test's store).
STATS_SECONDS = 300.0
SMALL_INDEX = 10_000


@dataclass(frozen=True, slots=True)
class IndexStatistics:
    documents: int  # N
    average_length: float  # avgdl, in words
    top: int  # the newest document's id when measured (it moves with every document written)
    taken: float  # time.monotonic() when measured

    def moved(self, top: int) -> bool:
        """Has the index changed enough since, its newest id now ``top``, to measure it again?"""
        return top != self.top and (self.documents < SMALL_INDEX or abs(top - self.top) * 10 > self.documents)


_STATS: weakref.WeakKeyDictionary[Engine, IndexStatistics] = weakref.WeakKeyDictionary()
# Each word's document count (n_i), as measured while the statistics were the ones they belong to.
_COUNTS: weakref.WeakKeyDictionary[Engine, tuple[IndexStatistics, dict[str, int]]] = weakref.WeakKeyDictionary()
COUNTS_KEPT = 10_000  # words per engine; beyond, the counts are measured afresh
_LOCK = threading.Lock()

_COUNT = text("SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0) FROM search_docs")
_MEASURE_ALL = text("SELECT count(*), sum(s.length) FROM search_docs s")
_MEASURE_SAMPLE = text(
    "SELECT count(*), sum(s.length) FROM search_docs s"
    " WHERE s.id IN (SELECT :lo + ((:hi - :lo) * g / (:sample - 1))::bigint FROM generate_series(0, :sample - 1) g)"
)


def statistics(conn: Connection, *, again: bool = False) -> IndexStatistics:
    """N and avgdl of the team store's index, as this process measured them in the last few minutes (or now,
    ``again``). :func:`ranked_sql` says whether the index has moved since (its column ``top``)."""
    engine, now = conn.engine, time.monotonic()
    with _LOCK:
        held = _STATS.get(engine)
    if held is not None and not again and now - held.taken <= STATS_SECONDS:
        return held
    documents, lo, hi = conn.execute(_COUNT).one()
    if documents <= SAMPLE:
        sampled, positions = conn.execute(_MEASURE_ALL).one()
    else:
        sampled, positions = conn.execute(_MEASURE_SAMPLE, {"lo": lo, "hi": hi, "sample": SAMPLE}).one()
    measured = IndexStatistics(int(documents), float(positions or 0) / sampled if sampled else 0.0, int(hi), now)
    with _LOCK:
        _STATS[engine] = measured
    return measured


def counts_kept(words: int, filters: str, stats: IndexStatistics) -> bool:
    """Does a query of ``words`` words with these ``filters`` take its words' document counts from
    :func:`document_counts` (parameters ``c0``...) rather than count them in its statement? Only on a large index:
    a small one's counts cost little, and are then exact at every search, as they must be right after a change."""
    return (words > 1 or bool(filters)) and stats.documents >= SMALL_INDEX


def document_counts(conn: Connection, words: list[str], stats: IndexStatistics) -> dict[str, int]:
    """How many documents of the whole index hold each of ``words`` (tsquery literals), as parameters ``c0``...
    of :func:`ranked_sql`: kept by this process as long as ``stats`` are the statistics in use (a few minutes, or
    until the index has grown by a tenth: :func:`statistics`), as N and avgdl are; the words not kept yet are
    counted in one statement. Counting a common word visits every document holding it (tens of milliseconds for
    tens of thousands of documents), where FTS5 reads its count from its index."""
    engine = conn.engine
    with _LOCK:
        held = _COUNTS.get(engine)
        kept = dict(held[1]) if held is not None and held[0] is stats else {}
    missing = [w for w in dict.fromkeys(words) if w not in kept]
    if missing:
        counted = ", ".join(
            f"(SELECT count(*) FROM search_docs x WHERE x.document @@ CAST(:m{i} AS tsquery))"
            for i in range(len(missing))
        )
        row = conn.execute(text(f"SELECT {counted}"), {f"m{i}": w for i, w in enumerate(missing)}).one()
        found = {word: int(count) for word, count in zip(missing, row, strict=True)}
        kept |= found
        with _LOCK:
            now = _COUNTS.get(engine)
            table = now[1] if now is not None and now[0] is stats and len(now[1]) < COUNTS_KEPT else {}
            table.update(found)
            _COUNTS[engine] = (stats, table)
    return {f"c{i}": kept[word] for i, word in enumerate(words)}


def ranked_sql(words: int, filters: str, *, limit: bool, counted: bool = False, among: bool = False) -> str:
    """The one statement ranking the matches of a query of ``words`` words by bm25, best first, equal scores in
    record-id order.

    Parameters: ``q`` (the query, every word: :func:`hrdoc.storage.search_tokens.tsquery`), ``w0``... (each
    word alone, when there are several: :func:`~hrdoc.storage.search_tokens.phrase_queries`), ``n`` and
    ``avgdl`` (:func:`statistics`), ``limit`` (with ``limit``), ``c0``... (with ``counted``: each word's
    document count, :func:`document_counts`), ``among`` (with ``among``: the only documents to rank, by id,
    read by their ids first; ``counted`` too) and the ``filters``' own (conditions on ``s``, a row of
    search_docs, each starting with AND). Its rows: the document's id, record id, (without ``limit``) kind and
    case id, score, and the index's newest id (``top``: has it moved since the statistics were measured?)."""
    if words == 1:  # the query is the word
        terms = ""
        word = ["q.query"]
    else:
        terms = "".join(f", CAST(:w{i} AS tsquery) AS w{i}" for i in range(words))
        word = [f"q.w{i}" for i in range(words)]
    # Each word's occurrences, weighed (f_i / 10). ``setweight`` with no lexemes returns the document as it is,
    # read once: each ts_rank_cd would read it again out of line.
    document = "x.doc" if words > 1 else "x.document"
    per_word = ", ".join(f"ts_rank_cd({_WEIGHTS}, {document}, {word[i]}, 0) AS r{i}" for i in range(words))
    read = "setweight(s.document, 'A', '{}'::text[]) AS doc" if words > 1 else "s.document"
    counts = [f"round(10 * found.r{i}::float8) AS f{i}" for i in range(words)]
    # n_i: the documents holding each word, in the whole index. Without filters, those of a query of one word
    # are its matches, already found. (N, measured a moment ago, may be below it: the index has grown since.)
    if words == 1 and not filters and not among:
        holding = "(SELECT count(*) FROM found) AS n0"
    elif counted:
        holding = ", ".join(f"CAST(:c{i} AS bigint) AS n{i}" for i in range(words))
    else:
        holding = ", ".join(
            f"(SELECT count(*) FROM search_docs x WHERE x.document @@ {word[i]}) AS n{i}" for i in range(words)
        )
    idf = ", ".join(
        f"greatest(ln((greatest(CAST(:n AS float8), n{i}) - n{i} + 0.5) / (n{i} + 0.5)), 1e-6) AS idf{i}"
        for i in range(words)
    )
    length = f"{K1} * ({1 - B} + {B} * m.d / :avgdl)"
    score = " + ".join(f"w.idf{i} * m.f{i} * {K1 + 1} / (m.f{i} + {length})" for i in range(words))
    # The audience's search reads every match's kind and case; a search for the team joins them for its hits.
    carried = "" if limit else ", s.kind, s.case_id"
    # The documents named, each found by its id (the fence keeps PostgreSQL from finding a common word's
    # matches through the full-text index first, then keeping those named).
    source = "(SELECT * FROM search_docs WHERE id = ANY(CAST(:among AS bigint[])) OFFSET 0)" if among else "search_docs"
    return (
        f"WITH q AS (SELECT CAST(:q AS tsquery) AS query{terms}),"
        # Every match's words counted, materialised so that each is counted once.
        f" found AS MATERIALIZED (SELECT x.id, x.record_id{carried.replace('s.', 'x.')}, x.length, {per_word}"
        f" FROM (SELECT s.id, s.record_id{carried}, coalesce(s.length, 0) AS length, {read}"
        f" FROM {source} s CROSS JOIN q WHERE s.document @@ q.query {filters} OFFSET 0) x CROSS JOIN q),"
        f" w AS MATERIALIZED (SELECT {idf}, top FROM (SELECT {holding},"
        " (SELECT coalesce(max(id), 0) FROM search_docs) AS top FROM q OFFSET 0) counted),"
        f" m AS (SELECT found.id, found.record_id{carried.replace('s.', 'found.')}, {', '.join(counts)},"
        " found.length AS d FROM found)"
        f" SELECT m.id, m.record_id{carried.replace('s.', 'm.')}, {score} AS score, w.top FROM m CROSS JOIN w"
        " ORDER BY score DESC, m.record_id" + (" LIMIT :limit" if limit else "")
    )
