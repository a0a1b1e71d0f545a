"""A team store's best hits for a query without reading every match: each word's documents, best first.

PostgreSQL's full-text index gives a word's documents, not how often the word is in each, so ranking every match
of a common word reads and ranks every one of them (:mod:`hrdoc.storage.search_bm25`): 0.3-1.8 s for a word in
40,000-100,000 documents of the benchmark's store. ``search_postings`` (migration 0011) holds one row per word
per document, with the word's weight there (``impact``), under an index that gives a word's documents in that
order, as FTS5's own lists give them to it.

A word's share of a document's bm25 score is ``idf · (k1 + 1) · f / (f + K)``, ``K = k1·(1 − b + b·D/avgdl)``;
``impact`` is ``f / (f + K0)``, the same with avgdl fixed at :data:`AVERAGE_LENGTH` words, so that it does not
change as the index grows. From a document's impact ``i`` its ``f`` is ``K0·i/(1 − i)``, and with the store's own
avgdl the share is at most ``h(i/(1 − i))`` where ``h(g) = g·r/(g·r + 1)`` and ``r = max(1, avgdl/100)``. The
query's last word is a prefix: its share counts every word it begins together, at most ``h`` of the sum of their
``g``. A word typed as a phrase of several words ("KD-4471") is found through one of them (the longest): the
phrase is in a document no more often than each of its words.

:func:`best` reads the first ``n`` documents of each word (for the prefix, each word it begins), and bounds every
document's score from what it read: a document it read in some lists has at most its impacts there and the last
impact read in the others (none in a list read to its end); a document it read nowhere, at most the last impacts
of all (none at all if some word's lists were all read to their end: it does not hold that word). The documents
with the highest bounds are ranked exactly, by :func:`hrdoc.storage.search_bm25.ranked_sql` (the same statement
and bm25 as any search: the same hits in the same order with the same scores). If the ``limit``-th exact score is
above every bound left, no other document can enter the hits and they are the answer; otherwise it reads further,
four times as deep, and gives up past :data:`DEEPEST` (the caller then ranks every match, as before).

For the common words this reads a few hundred to a few thousand index entries, not 100,000 documents. A search
filtered to a case or kinds is not served here: the words' best documents would mostly be other cases'.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, text

from hrdoc.storage.search_bm25 import K1, IndexStatistics
from hrdoc.storage.search_tokens import Phrase

AVERAGE_LENGTH = 100.0  # the avgdl of ``impact`` (migration 0011: f / (f + 0.3 + 0.009·D))
FIRST = 200  # documents read per word at first (at least 4 times the hits asked for)
DEEPEST = 20_000  # documents read per word past which the caller ranks every match instead
# A query whose rarest word is in fewer documents ranks every match (search_bm25.ranked_sql) as fast as the lists
# would give its hits: a few thousand matches at 5-10 µs each.
FEWEST = 2_000
SLACK = 1e-6  # impacts are kept as 4-byte floats: a bound is raised by this much (relative) to stay one

# Each word's first :n documents best first (the prefix's words found in the index, one probe each), then every
# document read with its bound (the :m + 1 highest, highest first); after them, a row with id NULL whose bound is
# that of a document read nowhere (NULL if it cannot match: some word's lists were read to their end).
_WALK = text(
    "WITH RECURSIVE pre(word) AS ("
    ' SELECT (SELECT min(x.word) FROM search_postings x WHERE x.word >= CAST(:p AS text) COLLATE "C")'
    ' UNION ALL SELECT (SELECT min(x.word) FROM search_postings x WHERE x.word > pre.word COLLATE "C")'
    " FROM pre WHERE starts_with(pre.word, CAST(:p AS text))),"
    " lists AS (SELECT e.phrase, e.word FROM unnest(CAST(:phrases AS int[]), CAST(:words AS text[])) e(phrase, word)"
    " UNION ALL SELECT CAST(:pp AS int), pre.word FROM pre WHERE starts_with(pre.word, CAST(:p AS text))),"
    " top AS MATERIALIZED (SELECT l.phrase, l.word, t.doc_id, least(t.impact::float8, 0.999999) AS impact"
    " FROM lists l CROSS JOIN LATERAL (SELECT x.doc_id, x.impact FROM search_postings x"
    " WHERE x.word = l.word ORDER BY x.impact DESC LIMIT :n) t),"
    # Each list's last g read (0 if read to its end), and each word's sum of them: what a document not read there
    # may have at most.
    " ends AS MATERIALIZED (SELECT phrase, word,"
    " CASE WHEN count(*) < :n THEN 0 ELSE min(impact) / (1 - min(impact)) END AS g FROM top GROUP BY phrase, word),"
    " unread AS MATERIALIZED (SELECT p.phrase, p.idf, coalesce(sum(e.g), 0) AS g,"
    " bool_and(e.g = 0) IS NOT FALSE AS ended"
    " FROM unnest(CAST(:idf AS float8[])) WITH ORDINALITY p(idf, phrase) LEFT JOIN ends e ON e.phrase = p.phrase"
    " GROUP BY p.phrase, p.idf),"
    " seen AS (SELECT t.doc_id, t.phrase, sum(t.impact / (1 - t.impact) - e.g) AS extra"
    " FROM top t JOIN ends e ON e.phrase = t.phrase AND e.word = t.word GROUP BY t.doc_id, t.phrase),"
    " bounds AS (SELECT d.doc_id, sum(o.idf * gg.g * :r / (gg.g * :r + 1)) AS bound"
    " FROM (SELECT DISTINCT doc_id FROM top) d CROSS JOIN unread o"
    " LEFT JOIN seen s ON s.doc_id = d.doc_id AND s.phrase = o.phrase"
    " CROSS JOIN LATERAL (SELECT o.g + coalesce(s.extra, 0) AS g) gg GROUP BY d.doc_id),"
    " ranked AS (SELECT doc_id, bound FROM bounds ORDER BY bound DESC, doc_id LIMIT :m + 1)"
    " SELECT * FROM (SELECT 0 AS part, doc_id, bound FROM ranked UNION ALL"
    " SELECT 1, NULL, CASE WHEN bool_or(ended) THEN NULL ELSE sum(idf * g * :r / (g * :r + 1)) END FROM unread) a"
    " ORDER BY part, bound DESC, doc_id"
)


@dataclass(frozen=True, slots=True)
class Walk:
    """What :func:`walk` found: the documents to rank (highest bound first), the highest bound of a document it
    did not read (0 if none can match) and of one it read but left out (0 if none)."""

    candidates: list[int]
    unread: float
    left_out: float


def _lists(phrases: Sequence[Phrase]) -> tuple[list[int], list[str], str | None, int | None]:
    """The words whose lists bound each phrase (numbered from 1): a phrase's longest exact word, or the words
    its prefix begins (the prefix, then its phrase number)."""
    numbers, words, prefix, prefix_phrase = [], [], None, None
    for n, phrase in enumerate(phrases, start=1):
        exact = phrase.tokens[:-1] if phrase.prefix else phrase.tokens
        if exact:
            numbers.append(n)
            words.append(max(exact, key=len))
        else:
            prefix, prefix_phrase = phrase.tokens[-1], n
    return numbers, words, prefix, prefix_phrase


def walk(
    conn: Connection, phrases: Sequence[Phrase], idf: Sequence[float], stats: IndexStatistics, depth: int, wanted: int
) -> Walk:
    """Read each phrase's words' first ``depth`` documents, and return the ``wanted`` with the highest bounds."""
    numbers, words, prefix, prefix_phrase = _lists(phrases)
    ratio = max(1.0, stats.average_length / AVERAGE_LENGTH)
    params: dict[str, Any] = {
        "phrases": numbers,
        "words": words,
        "p": prefix,
        "pp": prefix_phrase,
        "n": depth,
        "m": wanted,
        "idf": [value * (K1 + 1) for value in idf],
        "r": ratio,
    }
    rows = conn.execute(_WALK, params).all()
    unread, found = rows[-1].bound, rows[:-1]
    left_out = float(found[wanted].bound) if len(found) > wanted else 0.0
    return Walk(
        [int(row.doc_id) for row in found[:wanted]],
        float(unread or 0.0) * (1 + SLACK),
        left_out * (1 + SLACK),
    )


def idf(documents: int, holding: Sequence[int]) -> list[float]:
    """Each phrase's idf, as :func:`hrdoc.storage.search_bm25.ranked_sql` computes it."""
    return [max(math.log((max(documents, n) - n + 0.5) / (n + 0.5)), 1e-6) for n in holding]


def best(
    conn: Connection,
    phrases: Sequence[Phrase],
    holding: Sequence[int],
    stats: IndexStatistics,
    limit: int,
    rank: Callable[[list[int]], list[Row[Any]]],
) -> list[Row[Any]] | None:
    """The best ``limit`` matches of ``phrases`` (each held by ``holding`` documents of the whole index), ranked
    by ``rank`` (the exact ranking of the documents named, best first, at most ``limit``: rows with ``score``);
    None if every match is as quickly ranked: a word in fewer than :data:`FEWEST` documents, or words each common
    but seldom together (fewer than ``limit`` of the best documents read hold them all: "wagner kidal", whose
    matches the full-text index finds by intersecting its words' documents); or if the lists would have to be
    read deeper than :data:`DEEPEST` to be sure of them.

    Each round reads the lists deeper if a document not read yet could still enter the hits, and ranks more of
    the documents read if one left out could."""
    if not holding or min(holding) < FEWEST:
        return None
    weights = idf(stats.documents, holding)
    depth = wanted = max(FIRST, 4 * limit)
    while depth <= DEEPEST and wanted <= DEEPEST:
        found = walk(conn, phrases, weights, stats, depth, wanted)
        rows = rank(found.candidates) if found.candidates else []
        last = float(rows[limit - 1].score) if len(rows) >= limit else 0.0
        deeper = found.unread > 0.0 and found.unread >= last
        wider = found.left_out > 0.0 and found.left_out >= last
        if not deeper and not wider:
            return rows[:limit]
        if len(phrases) > 1 and len(rows) < limit:
            return None
        depth, wanted = depth * (4 if deeper else 1), wanted * (4 if wider else 1)
    return None


# The lists as the documents' words make them (migration 0011's triggers: the same expression), against the lists
# held: how many rows differ either way.
_DIFFERENCES = text(
    "WITH made AS (SELECT u.lexeme AS word, s.id AS doc_id,"
    " (u.f / (u.f + 0.3 + 0.009 * coalesce(s.length, 0)))::real AS impact FROM search_docs s CROSS JOIN LATERAL"
    " (SELECT v.lexeme, coalesce((SELECT sum(CASE w WHEN 'A' THEN 10 ELSE 1 END) FROM unnest(v.weights) w), 0)"
    "::float8 AS f FROM unnest(s.document) v) u WHERE s.document IS NOT NULL),"
    " held AS (SELECT word, doc_id, impact FROM search_postings)"
    " SELECT (SELECT count(*) FROM (SELECT * FROM made EXCEPT ALL SELECT * FROM held) a)"
    " + (SELECT count(*) FROM (SELECT * FROM held EXCEPT ALL SELECT * FROM made) b)"
)


def match_documents(conn: Connection) -> bool:
    """Do the lists hold exactly the words of every document, with their weights (``hrdoc verify``, as FTS5's
    integrity check does for a store file)? Reads both whole: tens of seconds for the benchmark's 236,600
    documents."""
    return int(conn.execute(_DIFFERENCES).scalar_one()) == 0
