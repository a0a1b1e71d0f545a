"""Full-text search across every case: ranked hits with snippets, diacritics-insensitive.

The user's words are never passed to the search engine as syntax: each word becomes a quoted phrase (so
``"``, ``*``, ``-``, ``&``, ``!`` or ``AND`` typed by a user cannot break the query), all words must match, and
the last word also matches as a prefix so results appear while typing. Titles weigh ten times the body in
the ranking.

Two engines, one behaviour: SQLite's FTS5 (bm25 ranking, ``snippet()``) on a store file, and PostgreSQL's
full-text search on a team store (``to_tsquery`` over quoted words, ``ts_rank_cd`` with the title's weight
ten times the body's, ``ts_headline`` for snippets). See :mod:`hrdoc.storage.search_index` for the indexes.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from hrdoc.services.context import StoreContext
from hrdoc.storage import search_index
from hrdoc.storage.errors import StoreError

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
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


def pg_query(user_text: str) -> str | None:
    """The user's words as a safe ``to_tsquery`` text, or None when there is nothing to search for.

    Each word is quoted (so ``&``, ``|``, ``!``, ``<->``, ``:`` or parentheses are just punctuation in it);
    PostgreSQL splits a quoted word into its tokens and requires them in order, like FTS5's quoted phrase.
    The last word's tokens match as prefixes.
    """
    words = [w for w in user_text.replace("\x00", " ").split() if _WORD.search(w)]
    if not words:
        return None
    terms = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in words]
    terms[-1] += ":*"
    return " & ".join(terms)


_SELECT = (
    "SELECT d.record_id, d.kind, d.case_id, d.title, c.reference,"
    " snippet(search_index, -1, :hs, :he, '…', 16) AS snip, {score} AS score"
    " FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid"
    " LEFT JOIN cases c ON c.id = d.case_id"
)
# Across all cases, FTS5 orders by its own rank (bm25, titles weighing ten times the body) and, with LIMIT,
# computes snippets and joins only for the rows it returns: on an encrypted store that avoids decrypting the
# text of every match. With a case or kind filter, the filter must run before the limit, so the plain
# bm25() ordering is faster there. Both give the same order (docs/benchmarks.md).
RANKED_SQL = (
    _SELECT.format(score="search_index.rank")
    + " WHERE search_index MATCH :q AND search_index.rank MATCH 'bm25(10.0, 1.0)'"
    " ORDER BY search_index.rank LIMIT :limit"
)
FILTERED_SQL = (
    _SELECT.format(score="bm25(search_index, 10.0, 1.0)")
    + " WHERE search_index MATCH :q {filters} ORDER BY score LIMIT :limit"
)


def statement(
    match: str, *, case_id: uuid.UUID | None = None, kinds: tuple[str, ...] = (), limit: int = 50
) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters for an FTS5 query (as made by :func:`fts_query`)."""
    params: dict[str, Any] = {"q": match, "hs": HIGHLIGHT_START, "he": HIGHLIGHT_END, "limit": limit}
    filters = []
    if case_id is not None:
        filters.append("AND d.case_id = :case")
        params["case"] = case_id.hex
    if kinds:
        names = ", ".join(f":k{i}" for i in range(len(kinds)))
        filters.append(f"AND d.kind IN ({names})")
        params |= {f"k{i}": k for i, k in enumerate(kinds)}
    if not filters:
        return RANKED_SQL, params
    return FILTERED_SQL.format(filters=" ".join(filters)), params


# PostgreSQL: rank the matches (titles weigh A = 1.0, bodies B = 0.1; the length normalisation 1 divides by
# 1 + log(document length), as bm25 discounts long documents), keep the best :limit, and only for those make
# a snippet from the title when it alone matches the query (as FTS5 prefers the first column), else the body.
# The snippet looks for any of the words: ts_headline finds nothing to show when all the words are required
# and lie further apart than the snippet is long.
# ``hrdoc_fold`` is the identity where the unaccent extension folds accents (see storage.search_index).
PG_SQL = (
    "WITH q AS (SELECT to_tsquery('hrdoc_search', hrdoc_fold(:q)) AS query,"
    " to_tsquery('hrdoc_search', hrdoc_fold(:any)) AS any_word),"
    " hit AS (SELECT s.id, ts_rank_cd('{{0, 0, 0.1, 1}}', s.document, q.query, 1) AS score"
    " FROM search_docs s CROSS JOIN q WHERE s.document @@ q.query {filters}"
    " ORDER BY score DESC, s.id LIMIT :limit),"
    " part AS (SELECT hit.id, hit.score, CASE WHEN ts_filter(d.document, '{{a}}') @@ q.query"
    " THEN hrdoc_fold(d.title) ELSE hrdoc_fold(d.body) END AS src"
    " FROM hit JOIN search_docs d ON d.id = hit.id CROSS JOIN q),"
    " snip AS (SELECT part.id, part.score, part.src, ts_headline('hrdoc_search', part.src, q.any_word, :opts) AS h"
    " FROM part CROSS JOIN q),"
    " plain AS (SELECT snip.*, trim(replace(replace(snip.h, :hs, ''), :he, '')) AS p FROM snip),"
    " placed AS (SELECT plain.*, position(plain.p IN plain.src) AS pos FROM plain)"
    " SELECT d.record_id, d.kind, d.case_id, d.title, c.reference, placed.h,"
    # What comes before and after the snippet in its source, when that is only punctuation (else NULL: an
    # ellipsis goes there).
    " CASE WHEN placed.pos > 0 AND left(placed.src, placed.pos - 1) !~ '\\w'"
    " THEN left(placed.src, placed.pos - 1) END AS before,"
    " CASE WHEN placed.pos > 0 AND substr(placed.src, placed.pos + length(placed.p)) !~ '\\w'"
    " THEN substr(placed.src, placed.pos + length(placed.p)) END AS after,"
    " placed.score"
    " FROM placed JOIN search_docs d ON d.id = placed.id LEFT JOIN cases c ON c.id = d.case_id"
    " ORDER BY placed.score DESC, placed.id"
)
# Like the FTS5 snippet: one window of about 16 words around the match, marked the same way.
PG_HEADLINE_OPTIONS = (
    f'StartSel="{HIGHLIGHT_START}", StopSel="{HIGHLIGHT_END}", MaxFragments=1, MaxWords=16, MinWords=5, ShortWord=0'
)
ELLIPSIS = "…"


def pg_statement(
    query: str, *, case_id: uuid.UUID | None = None, kinds: tuple[str, ...] = (), limit: int = 50
) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters for a PostgreSQL query (as made by :func:`pg_query`)."""
    params: dict[str, Any] = {
        "q": query,
        # Words hold no spaces, so " & " only ever joins two of them.
        "any": query.replace(" & ", " | "),
        "hs": HIGHLIGHT_START,
        "he": HIGHLIGHT_END,
        "opts": PG_HEADLINE_OPTIONS,
        "limit": limit,
    }
    filters = []
    if case_id is not None:
        filters.append("AND s.case_id = :case")
        params["case"] = case_id.hex
    if kinds:
        names = ", ".join(f":k{i}" for i in range(len(kinds)))
        filters.append(f"AND s.kind IN ({names})")
        params |= {f"k{i}": k for i, k in enumerate(kinds)}
    return PG_SQL.format(filters=" ".join(filters)), params


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


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
    ) -> list[SearchHit]:
        dialect = self.ctx.engine.dialect.name
        if dialect == "postgresql":
            return self._search_postgresql(query, case_id=case_id, kinds=kinds, limit=limit)
        if dialect != "sqlite":
            raise StoreError(f"full-text search is not available on a {dialect} store")
        match = fts_query(query)
        if match is None:
            return []
        sql, params = statement(match, case_id=case_id, kinds=kinds, limit=limit)
        with self.ctx.read() as session:
            rows = session.execute(text(sql), params).all()
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
            for rid, kind, cid, title, ref, snip, score in rows
        ]

    def _search_postgresql(
        self, query: str, *, case_id: uuid.UUID | None, kinds: tuple[str, ...], limit: int
    ) -> list[SearchHit]:
        match = pg_query(query)
        if match is None:
            return []
        sql, params = pg_statement(match, case_id=case_id, kinds=kinds, limit=limit)
        with self.ctx.read() as session:
            rows = session.execute(text(sql), params).all()
        return [
            SearchHit(
                kind=kind,
                record_id=_uuid(rid),
                case_id=_uuid(cid),
                case_reference=ref or "",
                title=title,
                # Like FTS5's snippet(): an ellipsis where the snippet leaves out words before or after it.
                snippet=(ELLIPSIS if before is None else before.lstrip())
                + (snip or "").strip()
                + (ELLIPSIS if after is None else after.rstrip()),
                score=float(score),
            )
            for rid, kind, cid, title, ref, snip, before, after, score in rows
        ]


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
