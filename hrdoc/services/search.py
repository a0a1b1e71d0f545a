"""Full-text search across every case: ranked hits with snippets, diacritics-insensitive.

The user's words are never passed to the search engine as syntax: each word becomes a quoted phrase (so
``"``, ``*``, ``-``, ``&``, ``!`` or ``AND`` typed by a user cannot break the query), all words must match, and
the last word also matches as a prefix so results appear while typing. Titles weigh ten times the body in
the ranking.

Two engines, one behaviour: SQLite's FTS5 (bm25 ranking, ``snippet()``) on a store file, and PostgreSQL's
full-text search on a team store (``to_tsquery`` over quoted words, ``ts_rank_cd`` with the title's weight
ten times the body's, ``ts_headline`` for snippets). See :mod:`hrdoc.storage.search_index` for the indexes.

A search is for the team unless an audience is chosen: then it shows only what the sharing policy lets that
audience see. :mod:`hrdoc.services.search_audience` makes the documents the audience may find, and the same
query ranks and quotes them: in a :class:`~hrdoc.storage.search_scratch.ScratchIndex` on a store file,
with :data:`PG_SQL` over them on a team store.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from hrdoc.services.context import StoreContext
from hrdoc.services.search_audience import Candidate, Document, documents
from hrdoc.services.sharing import Audience
from hrdoc.storage import search_index, search_scratch
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
# a batch at a time: see SearchService._search_for).
CANDIDATES_SQL = (
    "SELECT d.kind, d.record_id, d.case_id FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid"
    " WHERE search_index MATCH :q {filters} ORDER BY bm25(search_index, 10.0, 1.0)"
)
PG_CANDIDATES_SQL = (
    "SELECT s.kind, s.record_id, s.case_id FROM search_docs s CROSS JOIN to_tsquery('hrdoc_search', hrdoc_fold(:q)) q"
    " WHERE s.document @@ q {filters} ORDER BY ts_rank_cd('{{0, 0, 0.1, 1}}', s.document, q, 1) DESC, s.id"
)
# How many of the records found in the index an audience's search weighs first (at least twice the hits asked
# for); each later batch is twice the one before. It stops once the audience's documents hold as many hits as
# were asked for.
BATCH = 100


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
    " FROM {docs} s CROSS JOIN q WHERE s.document @@ q.query {filters}"
    " ORDER BY score DESC, s.id LIMIT :limit),"
    " part AS (SELECT hit.id, hit.score, CASE WHEN ts_filter(d.document, '{{a}}') @@ q.query"
    " THEN hrdoc_fold(d.title) ELSE hrdoc_fold(d.body) END AS src"
    " FROM hit JOIN {docs} d ON d.id = hit.id CROSS JOIN q),"
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
    " FROM placed JOIN {docs} d ON d.id = placed.id LEFT JOIN cases c ON c.id = d.case_id"
    " ORDER BY placed.score DESC, placed.id"
)
# An audience's documents (search_audience.documents), as a table like search_docs for the one query.
PG_AUDIENCE_DOCS = (
    "WITH audience_docs AS MATERIALIZED (SELECT t.n AS id, t.record_id, t.kind, t.case_id, t.title, t.body,"
    f" {search_index.PG_DOCUMENT} AS document"
    " FROM unnest(CAST(:doc_ids AS uuid[]), CAST(:doc_kinds AS text[]), CAST(:doc_cases AS uuid[]),"
    " CAST(:doc_titles AS text[]), CAST(:doc_bodies AS text[])) WITH ORDINALITY"
    " AS t(record_id, kind, case_id, title, body, n)), "
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
    filters, more = _filters("s", case_id, kinds)
    return PG_SQL.format(docs="search_docs", filters=filters), params | more


def pg_audience_statement(query: str, docs: list[Document], *, limit: int) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters to search ``docs`` alone (an audience's), as :func:`pg_statement` searches the
    index."""
    _sql, params = pg_statement(query, limit=limit)
    params |= {
        "doc_ids": [str(d.record_id) for d in docs],
        "doc_kinds": [d.kind for d in docs],
        "doc_cases": [str(d.case_id) for d in docs],
        "doc_titles": [d.title for d in docs],
        "doc_bodies": [d.body for d in docs],
    }
    sql = PG_SQL.format(docs="audience_docs", filters="")
    assert sql.startswith("WITH ")
    return PG_AUDIENCE_DOCS + sql.removeprefix("WITH "), params


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
        audience: Audience | str = Audience.INTERNAL,
    ) -> list[SearchHit]:
        """The best ``limit`` hits for the user's words, in every case or one, of any kind or the given ones.

        For the team (``audience`` internal, the default) every record and searchable field is searched, as
        the index holds them; identities never are. For partners or the public, only the records the sharing
        policy lets them see, by the fields it lets them see (see :mod:`hrdoc.services.search_audience`), and
        scores are relative to the best hit (1.0).
        """
        who = Audience.parse(audience)
        dialect = self.ctx.engine.dialect.name
        if dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"full-text search is not available on a {dialect} store")
        if who is not Audience.INTERNAL:
            return self._search_for(who, query, case_id=case_id, kinds=kinds, limit=limit)
        if dialect == "postgresql":
            return self._search_postgresql(query, case_id=case_id, kinds=kinds, limit=limit)
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
                snippet=_pg_snippet(snip, before, after),
                score=float(score),
            )
            for rid, kind, cid, title, ref, snip, before, after, score in rows
        ]

    def _search_for(
        self, who: Audience, query: str, *, case_id: uuid.UUID | None, kinds: tuple[str, ...], limit: int
    ) -> list[SearchHit]:
        """Search what ``who`` may see: the index's matches, best first, are weighed by the sharing policy a
        batch at a time and made into documents of only what goes to ``who``, where the query is run again,
        until those documents hold ``limit`` hits or the matches run out. Hits, titles and snippets come from
        those documents alone."""
        postgresql = self.ctx.engine.dialect.name == "postgresql"
        match = pg_query(query) if postgresql else fts_query(query)
        if match is None:
            return []
        filters, params = _filters("s" if postgresql else "d", case_id, kinds)
        sql = (PG_CANDIDATES_SQL if postgresql else CANDIDATES_SQL).format(filters=filters)
        docs: list[Document] = []
        ranked: list[tuple[int, str, float]] = []  # (document, snippet, score: higher is better)
        with self.ctx.read() as session, search_scratch.ScratchIndex() as scratch:
            found = session.execute(text(sql), params | {"q": match}).all()
            start, size = 0, max(BATCH, 2 * limit)
            while start < len(found):
                batch = [Candidate(k, _uuid(r), _uuid(c)) for k, r, c in found[start : start + size]]
                start, size = start + size, 2 * size
                new = documents(session, who, batch)
                docs += new
                if postgresql:
                    ranked = self._rank_postgresql(session, match, docs, limit) if docs else []
                else:
                    scratch.add((d.title, d.body) for d in new)
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

    @staticmethod
    def _rank_postgresql(
        session: Session, match: str, docs: list[Document], limit: int
    ) -> list[tuple[int, str, float]]:
        sql, params = pg_audience_statement(match, docs, limit=limit)
        where = {d.record_id: i for i, d in enumerate(docs)}
        return [
            (where[_uuid(rid)], _pg_snippet(snip, before, after), float(score))
            for rid, _kind, _cid, _title, _ref, snip, before, after, score in session.execute(text(sql), params)
        ]


def _pg_snippet(snip: str | None, before: str | None, after: str | None) -> str:
    """Like FTS5's snippet(): an ellipsis where the snippet leaves out words before or after it."""
    return (
        (ELLIPSIS if before is None else before.lstrip())
        + (snip or "").strip()
        + (ELLIPSIS if after is None else after.rstrip())
    )


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
