"""Full-text search across every case: ranked hits with snippets, diacritics-insensitive.

The user's words are never passed to the search engine as syntax: each word becomes a quoted phrase (so
``"``, ``*``, ``-``, ``&``, ``!`` or ``AND`` typed by a user cannot break the query), all words must match, and
the last word also matches as a prefix so results appear while typing. Titles weigh ten times the body in
the ranking.

Two engines, one ranking: FTS5's bm25 on a store file (``ORDER BY rank``, ``snippet()``), the same bm25 computed
by PostgreSQL on a team store (:mod:`hrdoc.storage.search_bm25`), equal scores in record-id order on both. A team
store ranks in one statement and returns only the hits asked for, whose snippets are then cut from their text
on this side by FTS5's own snippet() (:class:`~hrdoc.storage.search_scratch.ScratchIndex`): one per hit shown,
the same as a store file would show. See :mod:`hrdoc.storage.search_index` for the indexes.

A search is for the team unless an audience is chosen: then it shows only what the sharing policy lets that
audience see. :mod:`hrdoc.services.search_audience` makes the documents the audience may find, from the index's
matches, best first; the same query ranks and quotes them in a
:class:`~hrdoc.storage.search_scratch.ScratchIndex`, on either kind of store.
"""

from __future__ import annotations

import functools
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, TextClause, text
from sqlalchemy.orm import Session

from hrdoc.domain.marks import N_
from hrdoc.services.context import StoreContext
from hrdoc.services.search_audience import Candidate, Document, documents
from hrdoc.services.sharing import Audience
from hrdoc.storage import search_bm25, search_index, search_postings, search_scratch, search_tokens
from hrdoc.storage.errors import StoreError

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
ELLIPSIS = "…"
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    record_id: uuid.UUID
    case_id: uuid.UUID
    case_reference: str
    title: str
    snippet: str  # matched words between HIGHLIGHT_START and HIGHLIGHT_END
    score: float

    def snippet_marked(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": str(self.record_id),
            "case_id": str(self.case_id),
            "case_reference": self.case_reference,
            "title": self.title,
            "snippet": self.snippet_marked(),
            "score": round(self.score, 4),
        }


def fts_query(user_text: str) -> str | None:
    """The user's words as a safe FTS5 query, or None when there is nothing to search for."""
    # A NUL would end FTS5's quoted string early ("unterminated string"): it separates words instead.
    words = [w for w in user_text.replace("\x00", " ").split() if _WORD.search(w)]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    phrases[-1] += "*"
    return " ".join(phrases)


def pg_words(user_text: str) -> list[str]:
    """The user's words as ``tsquery`` literals, one per word (none when there is nothing to search for), as
    FTS5 reads :func:`fts_query`'s: each word split by FTS5's own tokeniser into a phrase of lexemes, the last
    word's last one a prefix (:func:`hrdoc.storage.search_tokens.phrase_queries`). PostgreSQL parses none of it,
    so nothing a user types is syntax there either."""
    return search_tokens.phrase_queries(_typed(user_text))


def _typed(user_text: str) -> list[str]:
    """The words a user typed that hold a letter or digit."""
    return [w for w in user_text.replace("\x00", " ").split() if _WORD.search(w)]


def pg_query(user_text: str) -> str | None:
    """The user's words as one ``tsquery`` literal (all of :func:`pg_words`), or None."""
    return " & ".join(words) if (words := pg_words(user_text)) else None


_SELECT = (
    "SELECT d.record_id, d.kind, d.case_id, d.title, c.reference,"
    " snippet(search_index, -1, :hs, :he, '…', 16) AS snip, {score} AS score"
    " FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid"
    " LEFT JOIN cases c ON c.id = d.case_id"
)
# Across all cases, FTS5 orders by its own rank (bm25, titles weighing ten times the body) and, with LIMIT,
# computes snippets and joins only for the rows it returns: on an encrypted store that avoids decrypting the
# text of every match. With a case or kind filter, the filter must run before the limit, so the plain
# bm25() ordering is faster there. Both give the same order (docs/benchmarks.md), equal scores in record-id
# order (SearchService reads RANKED_SQL's rows until the score after the last hit differs, to order them so).
RANKED_SQL = (
    _SELECT.format(score="search_index.rank")
    + " WHERE search_index MATCH :q AND search_index.rank MATCH 'bm25(10.0, 1.0)'"
    " ORDER BY search_index.rank LIMIT :limit"
)
FILTERED_SQL = (
    _SELECT.format(score="bm25(search_index, 10.0, 1.0)")
    + " WHERE search_index MATCH :q {filters} ORDER BY score, d.record_id LIMIT :limit"
)


def _filters(table: str, case_id: uuid.UUID | None, kinds: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    """The conditions on ``table`` (an alias of search_docs) for a case and kinds, and their parameters."""
    params: dict[str, Any] = {}
    filters = []
    if case_id is not None:
        filters.append(f"AND {table}.case_id = :case")
        params["case"] = case_id.hex
    if kinds:
        names = ", ".join(f":k{i}" for i in range(len(kinds)))
        filters.append(f"AND {table}.kind IN ({names})")
        params |= {f"k{i}": k for i, k in enumerate(kinds)}
    return " ".join(filters), params


def statement(
    match: str, *, case_id: uuid.UUID | None = None, kinds: tuple[str, ...] = (), limit: int = 50
) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters for an FTS5 query (as made by :func:`fts_query`)."""
    params: dict[str, Any] = {"q": match, "hs": HIGHLIGHT_START, "he": HIGHLIGHT_END, "limit": limit}
    filters, more = _filters("d", case_id, kinds)
    if not filters:
        return RANKED_SQL, params
    return FILTERED_SQL.format(filters=filters), params | more


# Every record whose document matches, best first, for a search shown to an audience (which then weighs them,
# a batch at a time: see SearchService._search_for). A team store's is search_bm25.ranked_sql without a limit.
CANDIDATES_SQL = (
    "SELECT d.kind, d.record_id, d.case_id FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid"
    " WHERE search_index MATCH :q {filters} ORDER BY bm25(search_index, 10.0, 1.0), d.record_id"
)
# How many of the records found in the index an audience's search weighs first (at least twice the hits asked
# for); each later batch is twice the one before. It stops once the audience's documents hold as many hits as
# were asked for.
BATCH = 100

# A team store's hits: the best :limit matches (search_bm25.ranked_sql) with their text and case reference.
PG_HITS_SQL = (
    "SELECT d.record_id, d.kind, d.case_id, d.title, d.body, c.reference, h.score, h.top"
    " FROM ({ranked}) h JOIN search_docs d ON d.id = h.id LEFT JOIN cases c ON c.id = d.case_id"
    " ORDER BY h.score DESC, h.record_id"
)


def _pg_ranked(
    session: Session, words: list[str], filters: str, params: dict[str, Any], *, hits: bool, query: str = ""
) -> list[Row[Any]]:
    """The best matches of ``words`` (search_bm25.ranked_sql; with ``hits``, the best ``limit`` of them with their
    text: PG_HITS_SQL), with the index's N, avgdl and (a large index's) word counts as this process measured
    them; again with new ones if the index has changed enough since (which the rows say)."""
    conn = session.connection()
    params = params | {"q": " & ".join(words)} | ({f"w{i}": w for i, w in enumerate(words)} if len(words) > 1 else {})
    stats = search_bm25.statistics(conn)
    rows = _pg_rank(session, words, filters, params, stats, hits=hits, query=query)
    if rows and stats.moved(rows[0].top):  # measured before the index changed that much: measure, rank again
        stats = search_bm25.statistics(conn, again=True)
        rows = _pg_rank(session, words, filters, params, stats, hits=hits, query=query)
    return rows


def _pg_rank(
    session: Session,
    words: list[str],
    filters: str,
    params: dict[str, Any],
    stats: search_bm25.IndexStatistics,
    *,
    hits: bool,
    query: str = "",
) -> list[Row[Any]]:
    if hits and query and not filters and stats.documents >= search_bm25.SMALL_INDEX:
        walked = _pg_walked(session, words, query, params, stats)
        if walked is not None:
            return walked
    counted = search_bm25.counts_kept(len(words), filters, stats)
    ranked = search_bm25.ranked_sql(len(words), filters, limit=hits, counted=counted)
    statement = _text(PG_HITS_SQL.format(ranked=ranked) if hits else ranked)
    params = params | {"n": stats.documents, "avgdl": stats.average_length or 1.0}
    if counted:
        params |= search_bm25.document_counts(session.connection(), words, stats)
    return list(session.execute(statement, params))


def _pg_walked(
    session: Session, words: list[str], query: str, params: dict[str, Any], stats: search_bm25.IndexStatistics
) -> list[Row[Any]] | None:
    """The best ``limit`` hits of a search across every case and kind on a large team store, read from each word's
    best documents (:mod:`hrdoc.storage.search_postings`), ranked by the same statement as any search; None if
    every match must be ranked instead."""
    conn = session.connection()
    counts = search_bm25.document_counts(conn, words, stats)
    among = search_bm25.ranked_sql(len(words), "", limit=True, counted=True, among=True)
    ranked = _text(PG_HITS_SQL.format(ranked=among))
    params = params | counts | {"n": stats.documents, "avgdl": stats.average_length or 1.0}

    def rank(candidates: list[int]) -> list[Row[Any]]:
        return list(session.execute(ranked, params | {"among": candidates}))

    phrases = search_tokens.query_phrases(_typed(query))
    holding = [counts[f"c{i}"] for i in range(len(words))]
    return search_postings.best(conn, phrases, holding, stats, int(params["limit"]), rank)


@functools.lru_cache(maxsize=64)
def _text(sql: str) -> TextClause:
    """A team store's statement, made once per shape (words, filters): text() parses the SQL for its parameters
    each time, a few milliseconds for these."""
    return text(sql)


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _key(record_id: uuid.UUID | str) -> str:
    """A record id as its 32 hex digits (how a store file keeps it), whose order is its order on both stores."""
    return record_id.hex if isinstance(record_id, uuid.UUID) else record_id.replace("-", "").lower()


class SearchService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def search(
        self,
        query: str,
        *,
        case_id: uuid.UUID | None = None,
        kinds: tuple[str, ...] = (),
        limit: int = 50,
        audience: Audience | str = Audience.INTERNAL,
    ) -> list[SearchHit]:
        """The best ``limit`` hits for the user's words, in every case or one, of any kind or the given ones.

        For the team (``audience`` internal, the default) every record and searchable field is searched, as
        the index holds them; identities never are. For partners or the public, only the records the sharing
        policy lets them see, by the fields it lets them see (see :mod:`hrdoc.services.search_audience`), and
        scores are relative to the best hit (1.0).
        """
        who = Audience.parse(audience)
        if limit < 1:
            return []
        dialect = self.ctx.engine.dialect.name
        if dialect not in ("sqlite", "postgresql"):
            raise StoreError(N_("full-text search is not available on a {dialect} store"), dialect=dialect)
        if who is not Audience.INTERNAL:
            return self._search_for(who, query, case_id=case_id, kinds=kinds, limit=limit)
        if dialect == "postgresql":
            return self._search_postgresql(query, case_id=case_id, kinds=kinds, limit=limit)
        match = fts_query(query)
        if match is None:
            return []
        sql, params = statement(match, case_id=case_id, kinds=kinds, limit=limit)
        with self.ctx.read() as session:
            if sql is RANKED_SQL:
                rows = _best_streamed(session, sql, params | {"limit": -1}, limit)
            else:
                rows = list(session.execute(text(sql), params))
        return [
            SearchHit(
                kind=kind,
                record_id=uuid.UUID(rid),
                case_id=uuid.UUID(cid),
                case_reference=ref or "",
                title=title,
                snippet=snip or "",
                score=-float(score),
            )
            for rid, kind, cid, title, ref, snip, score in map(tuple, rows)
        ]

    def _search_postgresql(
        self, query: str, *, case_id: uuid.UUID | None, kinds: tuple[str, ...], limit: int
    ) -> list[SearchHit]:
        words, match = pg_words(query), fts_query(query)
        if not words or match is None:
            return []
        filters, params = _filters("s", case_id, kinds)
        with self.ctx.read() as session:
            # One statement, which needs no transaction around it: BEGIN and ROLLBACK would be two more round
            # trips to the server, each as long as the network's.
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            rows = _pg_ranked(session, words, filters, params | {"limit": limit}, hits=True, query=query)
        snippets = cut_snippets(match, [(row.title, row.body, _key(row.record_id)) for row in rows])
        return [
            SearchHit(
                kind=row.kind,
                record_id=_uuid(row.record_id),
                case_id=_uuid(row.case_id),
                case_reference=row.reference or "",
                title=row.title,
                snippet=snippet,
                score=float(row.score),
            )
            for row, snippet in zip(rows, snippets, strict=True)
        ]

    def _search_for(
        self, who: Audience, query: str, *, case_id: uuid.UUID | None, kinds: tuple[str, ...], limit: int
    ) -> list[SearchHit]:
        """Search what ``who`` may see: the index's matches, best first, are weighed by the sharing policy a
        batch at a time and made into documents of only what goes to ``who``, where the query is run again,
        until those documents hold ``limit`` hits or the matches run out. Hits, titles and snippets come from
        those documents alone."""
        postgresql = self.ctx.engine.dialect.name == "postgresql"
        match, words = fts_query(query), pg_words(query)
        if match is None or not words:
            return []
        filters, params = _filters("s" if postgresql else "d", case_id, kinds)
        docs: list[Document] = []
        ranked: list[tuple[int, str, float]] = []  # (document, snippet, score: higher is better)
        with self.ctx.read() as session, search_scratch.ScratchIndex() as scratch:
            if postgresql:
                matches = _pg_ranked(session, words, filters, params, hits=False)
                found = [(row.kind, row.record_id, row.case_id) for row in matches]
            else:
                sql = CANDIDATES_SQL.format(filters=filters)
                found = [(k, r, c) for k, r, c in session.execute(text(sql), params | {"q": match})]
            start, size = 0, max(BATCH, 2 * limit)
            while start < len(found):
                batch = [Candidate(k, _uuid(r), _uuid(c)) for k, r, c in found[start : start + size]]
                start, size = start + size, 2 * size
                new = documents(session, who, batch)
                docs += new
                scratch.add((d.title, d.body, d.record_id.hex) for d in new)
                hits = scratch.rank(match, limit=limit, start=HIGHLIGHT_START, end=HIGHLIGHT_END)
                ranked = [(i, snip, -bm25) for i, snip, bm25 in hits]
                if len(ranked) >= limit:
                    break
        best = max((score for _i, _snip, score in ranked), default=0.0)
        return [
            SearchHit(
                kind=docs[i].kind,
                record_id=docs[i].record_id,
                case_id=docs[i].case_id,
                case_reference=docs[i].case_reference,
                title=docs[i].title,
                snippet=snippet,
                score=score / best if best > 0 else 0.0,
            )
            for i, snippet, score in ranked
        ]


def _best_streamed(session: Session, sql: str, params: dict[str, Any], limit: int) -> list[Row[Any]]:
    """The best ``limit`` rows of a statement that yields them best first (FTS5's ``ORDER BY rank``), equal
    scores in record-id order: rows are read until the score after the last hit differs, so a tie that runs
    past the limit is settled by record id as on a team store (only those rows beyond it are read)."""
    result = session.execute(text(sql), params)
    rows: list[Row[Any]] = []
    try:
        for row in result:
            if len(rows) >= limit and row.score != rows[limit - 1].score:
                break
            rows.append(row)
    finally:
        result.close()
    rows.sort(key=lambda r: (r.score, r.record_id))
    return rows[:limit]


def cut_snippets(match: str, documents: list[tuple[str, str, str]]) -> list[str]:
    """A snippet for each of ``documents`` (title, body, key), the hits of the FTS5 query ``match`` shown: cut
    from their text by FTS5's snippet() as on a store file. A document FTS5 does not match (PostgreSQL found it by
    a word FTS5 splits differently, such as one inside a URL) shows the beginning of its title or body."""
    if not documents:
        return []
    with search_scratch.ScratchIndex() as scratch:
        scratch.add(documents)
        found = scratch.snippets(match, start=HIGHLIGHT_START, end=HIGHLIGHT_END)
    return [found.get(i) or _opening(title or body) for i, (title, body, _key) in enumerate(documents)]


def _opening(value: str) -> str:
    words = value.split()
    return " ".join(words[:16]) + (ELLIPSIS if len(words) > 16 else "")


def rebuild_index(ctx: StoreContext) -> int:
    """Make the search index again from the records, in one unit of work; how many documents it holds.

    The repair for what ``hrdoc verify`` finds wrong in the index: only derived text changes, no record.
    """
    with ctx.write() as session:
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            # FTS5's words may be what is wrong, and deleting a document whose words it does not hold (as the
            # triggers on search_docs do) fails as corruption: first make them the documents' words again.
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('rebuild')")
        search_index.rebuild(conn)
        return int(conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar() or 0)
