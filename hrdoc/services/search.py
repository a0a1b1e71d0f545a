"""Full-text search across every case: ranked hits with snippets, diacritics-insensitive.

The user's words are never passed to FTS5 as syntax: each word becomes a quoted phrase (so ``"``, ``*``,
``-`` or ``AND`` typed by a user cannot break the query), all words must match, and the last word also
matches as a prefix so results appear while typing. Titles weigh ten times the body in the ranking.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from hrdoc.services.context import StoreContext
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
    words = [w for w in user_text.split() if _WORD.search(w)]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    phrases[-1] += "*"
    return " ".join(phrases)


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
        if self.ctx.engine.dialect.name != "sqlite":
            raise StoreError("full-text search on a PostgreSQL team store is not available in this version")
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
