"""A throwaway full-text index in memory: ranks and quotes documents that are not the store's own.

Search results shown for an audience (:mod:`hrdoc.services.search_audience`) are found in documents made
only of what that audience may see. Those documents go into an FTS5 index held in memory for the one search,
tokenised exactly as a store file's own index (:data:`hrdoc.storage.search_tokens.TOKENIZE`), queried with the
same query text, and thrown away: nothing is written to disk. Its bm25 knows only these documents, so scores
compare hits of one search, not of two. The same index quotes a team store's hits (:meth:`ScratchIndex.snippets`),
so that a snippet is cut from a hit's text on both kinds of store alike, and only for the hits shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType

import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.storage.search_tokens import TOKENIZE

# ``key`` (not searched) breaks ties between equal scores, as a store's search breaks them by record id.
_CREATE = f"CREATE VIRTUAL TABLE docs USING fts5(title, body, key UNINDEXED, tokenize='{TOKENIZE}')"
# As the store's search: titles weigh ten times the body; one snippet of about 16 words from either column.
SNIPPET = "snippet(docs, -1, ?, ?, '…', 16)"
_RANK = (
    f"SELECT rowid, {SNIPPET}, bm25(docs, 10.0, 1.0) AS score"
    " FROM docs WHERE docs MATCH ? ORDER BY score, key, rowid LIMIT ?"
)
_SNIPPETS = f"SELECT rowid, {SNIPPET} FROM docs WHERE docs MATCH ?"


class ScratchIndex:
    """Documents (title, body, key) numbered 0, 1, 2… in the order they are added; a context manager."""

    def __init__(self) -> None:
        self._conn = sqlcipher.connect(":memory:")
        self._conn.execute(_CREATE)
        self._count = 0

    def add(self, documents: Iterable[tuple[str, str, str]]) -> None:
        rows = [(self._count + i, *document) for i, document in enumerate(documents)]
        self._conn.executemany("INSERT INTO docs(rowid, title, body, key) VALUES (?, ?, ?, ?)", rows)
        self._count += len(rows)

    def rank(self, match: str, *, limit: int, start: str, end: str) -> list[tuple[int, str, float]]:
        """The best ``limit`` documents matching the FTS5 query ``match``, best first: each as (its number, a
        snippet with the matched words between ``start`` and ``end``, its bm25: lower is better); equal scores
        in the order of their keys."""
        rows = self._conn.execute(_RANK, (start, end, match, limit)).fetchall()
        return [(int(i), str(snip or ""), float(score)) for i, snip, score in rows]

    def snippets(self, match: str, *, start: str, end: str) -> dict[int, str]:
        """A snippet of each document the FTS5 query ``match`` matches, by its number: about 16 words of its
        title or body around the matched words, marked between ``start`` and ``end`` (FTS5's snippet())."""
        rows = self._conn.execute(_SNIPPETS, (start, end, match)).fetchall()
        return {int(i): str(snip or "") for i, snip in rows}

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ScratchIndex:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
