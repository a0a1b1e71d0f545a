"""The full-text search index (SQLite FTS5, or PostgreSQL full-text search on a team store).

``search_docs`` holds one row per searchable record: its kind, case, a title and a body made of every text
field a user would want to find it by.

- SQLite: ``search_index`` is an FTS5 table over it (external content, kept in sync by triggers), tokenised
  with ``unicode61 remove_diacritics 2`` so "Anefis" finds "Anéfis".
- PostgreSQL: ``document``, a ``tsvector`` under a GIN index, holds the title's words (weight A) and the body's
  (weight B) as FTS5 splits them, split by FTS5's own tokeniser on this side (:mod:`hrdoc.storage.search_tokens`),
  and ``length`` the document's length in words (migration 0009; before it, ``document`` was made by
  PostgreSQL's parser, which sees other words in URLs, paths, dates and hyphenated words). So both kinds of
  store find and rank the same words.

Services call :func:`index_records` after each write, once everything a document reads is written (an
account's text is its current version's: a merge indexes accounts after their versions); deletions, including
cascaded ones, are removed by triggers on the record tables. Protected witness and victim identities are
never indexed. A country code is indexed with the country's names. :func:`check` compares the index with what
a full :func:`rebuild` would make (``hrdoc verify``), naming each wrong document by kind and id only; opening a
store whose documents an older hrdoc made brings them up to date (:func:`update`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hrdoc.domain import countries
from hrdoc.domain.registry import KINDS, Kind, Widget
from hrdoc.storage.search_tokens import TOKENIZE, vectors

# SQLAlchemy is imported when the index is first read or written (text), not with this module: the app checks
# its store file's documents version (DOCUMENTS_KEY) before SQLAlchemy is imported (storage.first_connection).
if TYPE_CHECKING:
    from sqlalchemy import Connection, TextClause
    from sqlalchemy.exc import DBAPIError


def text(sql: str) -> TextClause:
    """SQLAlchemy's ``text``, imported when first used."""
    from sqlalchemy import text as sql_text

    return sql_text(sql)


# The kinds with a search document, in the order of a rebuild -> the table each is kept in (the registry's).
INDEXED_TABLES: dict[str, str] = {
    kind: KINDS[kind].table
    for kind in (
        Kind.CASE,
        Kind.LOCATION,
        Kind.INCIDENT,
        Kind.ALLEGATION,
        Kind.ACTOR,
        Kind.VICTIM,
        Kind.WITNESS,
        Kind.ACCOUNT,
        Kind.SOURCE,
        Kind.EVIDENCE,
        Kind.LINK,
        Kind.FIGURE,
    )
}

# One query per kind: (id, case_id, title, body parts...). JSON lists are flattened in Python, and a country
# code (a field the registry declares a COUNTRY, named as in the registry) is read with its names
# (domain.countries.searched_by), so that "Mali" or "مالي" finds a place or an actor stored as ML.
_DOC_QUERIES: dict[str, str] = {
    Kind.CASE: "SELECT id, id, reference || ' ' || title, summary, lead_investigator, tags, notes FROM cases t",
    Kind.LOCATION: "SELECT id, case_id, name, alt_spellings, admin1, admin2, country_code, notes FROM locations t",
    Kind.INCIDENT: (
        "SELECT t.id, t.case_id, t.title, t.description, t.date_as_reported, l.name, l.alt_spellings,"
        " l.admin1, l.admin2, t.notes FROM incidents t LEFT JOIN locations l ON l.id = t.location_id"
    ),
    Kind.ALLEGATION: (
        # The violation's French and Arabic labels too (where they differ from its English one), so that an
        # allegation is found in any language of the interface.
        "SELECT t.id, t.case_id, coalesce(v.label_en, t.violation_type), t.description, t.reasoning, t.notes,"
        " nullif(v.label_fr, v.label_en), nullif(v.label_ar, v.label_en)"
        " FROM allegations t LEFT JOIN vocabulary_terms v"
        " ON v.vocabulary = 'violation_type' AND v.code = t.violation_type"
    ),
    Kind.ACTOR: "SELECT id, case_id, name, aliases, affiliation, country_code, notes FROM actors t",
    Kind.VICTIM: "SELECT id, case_id, label, description, notes FROM victims t",
    Kind.WITNESS: "SELECT id, case_id, pseudonym, language, notes FROM witnesses t",
    Kind.ACCOUNT: (
        "SELECT t.id, t.case_id, 'Account of ' || w.pseudonym, v.narrative, v.key_quotes, v.interview_place,"
        " v.interviewer, t.notes FROM accounts t JOIN witnesses w ON w.id = t.witness_id"
        " JOIN account_versions v ON v.account_id = t.id AND v.version = t.current_version"
    ),
    Kind.SOURCE: "SELECT id, case_id, title, author, publisher, url, archived_url, notes FROM sources t",
    Kind.EVIDENCE: "SELECT id, case_id, original_filename, description, acquired_from, notes FROM evidence_files t",
    Kind.LINK: "SELECT id, case_id, locator, excerpt, notes FROM links t",
    Kind.FIGURE: "SELECT id, case_id, as_described, locator, notes FROM reported_figures t",
}

# The columns of each kind's query that hold a country code.
_COUNTRY_COLUMNS: dict[str, frozenset[str]] = {
    kind: frozenset(f.name for f in KINDS[kind].fields if f.widget is Widget.COUNTRY) for kind in INDEXED_TABLES
}


CREATE_STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, case_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX ix_search_docs_case_id ON search_docs (case_id)",
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='search_docs', content_rowid='rowid',"
    f" tokenize='{TOKENIZE}')",
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN"
    " INSERT INTO search_index(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN"
    " INSERT INTO search_index(search_index, rowid, title, body)"
    " VALUES ('delete', old.rowid, old.title, old.body); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN"
    " INSERT INTO search_index(search_index, rowid, title, body)"
    " VALUES ('delete', old.rowid, old.title, old.body);"
    " INSERT INTO search_index(rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
    *(
        f"CREATE TRIGGER search_unindex_{table} AFTER DELETE ON {table} BEGIN"
        f" DELETE FROM search_docs WHERE record_id = old.id; END"
        for table in INDEXED_TABLES.values()
    ),
)

DROP_STATEMENTS: tuple[str, ...] = (
    *(f"DROP TRIGGER IF EXISTS search_unindex_{table}" for table in INDEXED_TABLES.values()),
    "DROP TABLE IF EXISTS search_index",
    "DROP TABLE IF EXISTS search_docs",
)


# -- PostgreSQL -----------------------------------------------------------------------------------------

# A team store's document (migration 0009): its words as FTS5 splits them (storage.search_tokens), weighed A in
# the title and B in the body, under a GIN index, and its length in words, for bm25 (storage.search_bm25).
_PG_UPSERT = (
    "INSERT INTO search_docs (record_id, kind, case_id, title, body, document, length)"
    " VALUES (:r, :k, :c, :t, :b, CAST(:v AS tsvector), :n)"
    " ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, case_id = excluded.case_id,"
    " title = excluded.title, body = excluded.body, document = excluded.document, length = excluded.length"
)


def supported(conn: Connection) -> bool:
    return conn.dialect.name in ("sqlite", "postgresql")


def _flatten(value: Any) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item)
        return
    if isinstance(value, str) and value.startswith("["):
        # JSON list columns come back as text from a raw SQL query.
        try:
            yield from _flatten(json.loads(value))
            return
        except ValueError:
            pass
    text_value = str(value).strip()
    if text_value:
        yield text_value


def _id_text(value: uuid.UUID | str) -> str:
    return value.hex if isinstance(value, uuid.UUID) else value


def _documents(
    conn: Connection, kind: str, ids: Sequence[str] | None = None, *, ordered: bool = False
) -> Iterator[tuple[str, str, str, str, str]]:
    sql = _DOC_QUERIES[kind]
    params: dict[str, Any] = {}
    if ids is not None:
        placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
        sql += f" WHERE t.id IN ({placeholders})"
        params = {f"id{i}": v for i, v in enumerate(ids)}
    if ordered:
        sql += " ORDER BY t.id"
        conn = conn.execution_options(stream_results=True, max_row_buffer=_STREAM_ROWS)
    result = conn.execute(text(sql), params)
    country = [key in _COUNTRY_COLUMNS[kind] for key in list(result.keys())[3:]]
    for row in result:
        record_id, case_id, title, *parts = row
        parts = [countries.searched_by(p) if c else p for p, c in zip(parts, country, strict=True)]
        body = "\n".join(piece for part in parts for piece in _flatten(part))
        if title or body:  # a record with no text (an ACLED event's bare link) has nothing to be found by
            yield str(record_id), kind, str(case_id), str(title or ""), body


_UPSERT = (
    "INSERT INTO search_docs (record_id, kind, case_id, title, body) VALUES (:r, :k, :c, :t, :b)"
    " ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, case_id = excluded.case_id,"
    " title = excluded.title, body = excluded.body"
)


def index_records(conn: Connection, kind: str, ids: Iterable[uuid.UUID | str]) -> None:
    """(Re)index the given records of one kind, in the caller's transaction.

    A record that has no document (gone, or an account whose current version is not there) loses the one it
    had, so the index never keeps text the records no longer hold.
    """
    if not supported(conn):
        return
    wanted = [_id_text(i) for i in ids]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = [dict(zip("rkctb", doc, strict=True)) for doc in _documents(conn, kind, chunk)]
        _upsert(conn, rows)
        found = {_key(row["r"]) for row in rows}
        if gone := [rid for rid in chunk if _key(rid) not in found]:
            placeholders = ", ".join(f":id{i}" for i in range(len(gone)))
            conn.execute(
                text(f"DELETE FROM search_docs WHERE record_id IN ({placeholders})"),
                {f"id{i}": v for i, v in enumerate(gone)},
            )


def rebuild(conn: Connection) -> None:
    """Drop every document and index every record again (used by repairs), as this hrdoc makes documents."""
    if not supported(conn):
        return
    if conn.dialect.name == "postgresql":  # a team store's lists, whole, rows of no document included
        conn.execute(text("DELETE FROM search_postings"))
    conn.execute(text("DELETE FROM search_docs"))
    for kind in INDEXED_TABLES:
        _index_kind(conn, kind)
    keep_version(conn)


def _index_kind(conn: Connection, kind: str) -> None:
    batch: list[dict[str, Any]] = []
    for doc in _documents(conn, kind):
        batch.append(dict(zip("rkctb", doc, strict=True)))
        if len(batch) >= 1000:
            _upsert(conn, batch)
            batch.clear()
    _upsert(conn, batch)


def _upsert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Write these documents (r, k, c, t, b: record, kind, case, title, body); on a team store with their words
    as FTS5 splits them, and their lengths."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(text(_UPSERT), rows)
        return
    for row, vector in zip(rows, vectors([(row["t"], row["b"]) for row in rows]), strict=True):
        row["v"], row["n"] = vector.words, vector.length
    conn.execute(text(_PG_UPSERT), rows)


# -- documents made by an older hrdoc -------------------------------------------------------------------

# A store keeps the version of the documents it holds (store_meta; none: 1, from before versions were kept).
# With each change to what a document holds, raise DOCUMENTS_VERSION and name the kinds it changed.
DOCUMENTS_KEY = "search_documents"
DOCUMENTS_VERSION = 5
_CHANGED_IN: dict[int, tuple[str, ...]] = {
    2: (Kind.LOCATION, Kind.ACTOR),  # a country found by its names in English and French, not its code alone
    4: (Kind.ALLEGATION,),  # its violation found by its French and Arabic labels too (migration 0010)
    5: (Kind.LOCATION, Kind.ACTOR),  # a country found by its Arabic name too
}
# Changes to a team store's documents alone: a store file's are the same text as before.
_CHANGED_ON_POSTGRESQL: dict[int, tuple[str, ...]] = {
    3: tuple(INDEXED_TABLES),  # words split as FTS5 splits them, and each document's length (migration 0009)
}


def documents_version(conn: Connection) -> int | None:
    """The version of the documents the store holds; None if it is not a number (not this hrdoc's)."""
    value = conn.execute(text("SELECT value FROM store_meta WHERE key = :k"), {"k": DOCUMENTS_KEY}).scalar()
    if value is None:
        return 1
    try:
        return int(value)
    except ValueError:
        return None


def outdated(conn: Connection) -> bool:
    return supported(conn) and documents_version(conn) != DOCUMENTS_VERSION


def update(conn: Connection) -> tuple[str, ...]:
    """Bring the store's documents to this hrdoc's version, in the caller's transaction, so that records indexed
    by an older hrdoc are found as new ones are: index again the kinds whose documents changed since the version
    the store holds (every kind for a version this hrdoc does not know, a newer hrdoc's), and keep the version.
    Opening a store that can be written does it (:mod:`hrdoc.storage.store`). Returns the kinds indexed again."""
    if not supported(conn):
        return ()
    held = documents_version(conn)
    if held == DOCUMENTS_VERSION:
        return ()
    if held is None or held > DOCUMENTS_VERSION:
        kinds = tuple(INDEXED_TABLES)
    else:
        changes = _CHANGED_ON_POSTGRESQL if conn.dialect.name == "postgresql" else {}
        changed = {
            kind
            for version in range(held + 1, DOCUMENTS_VERSION + 1)
            for kind in (*_CHANGED_IN.get(version, ()), *changes.get(version, ()))
        }
        kinds = tuple(k for k in INDEXED_TABLES if k in changed)
    for kind in kinds:
        conn.execute(text("DELETE FROM search_docs WHERE kind = :k"), {"k": kind})
        _index_kind(conn, kind)
    keep_version(conn)
    return kinds


def keep_version(conn: Connection, version: int = DOCUMENTS_VERSION) -> None:
    """Record the version of the documents the store holds (a migration's own, or this hrdoc's)."""
    conn.execute(
        text(
            "INSERT INTO store_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": DOCUMENTS_KEY, "v": str(version)},
    )


# -- is the index what a rebuild would make? -----------------------------------------------------------

_STREAM_ROWS = 1000  # rows fetched at a time when the whole index is compared with the records


@dataclass(frozen=True, slots=True)
class IndexProblem:
    """One document that differs from what a rebuild would make: named by kind and id, never by its text."""

    problem: str  # "missing" (a record is not searchable), "extra" (no such record) or "stale" (old text)
    kind: str
    record_id: str

    def __str__(self) -> str:
        what = {
            "missing": "is missing: the record cannot be found by search",
            "extra": "is left over: there is no such record any more",
            "stale": "is out of date: search finds the record by text it no longer holds",
        }[self.problem]
        return f"the search document of {self.kind} {self.record_id} {what}"


@dataclass(slots=True)
class IndexCheck:
    documents: int = 0  # documents the records call for
    problems: list[IndexProblem] = field(default_factory=list)
    fulltext_ok: bool = True  # SQLite: the FTS5 index holds exactly the words of search_docs
    # Why FTS5's own check could not run now (it needs a moment of the write lock: another writer held it, or
    # the store is on a read-only or full disk); "" when it ran.
    fulltext_skipped: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems and self.fulltext_ok


def _key(value: uuid.UUID | str) -> str:
    """A record id as the same text on both engines (SQLite stores 32 hex digits, PostgreSQL a uuid)."""
    if isinstance(value, uuid.UUID):
        return value.hex
    return value.replace("-", "").lower()


def check(conn: Connection) -> IndexCheck:
    """Compare the index with what a full rebuild would make, without changing it.

    First both sides are read in the order their rows are stored, each page once whatever the store's size
    against its page cache: per kind, the documents the records call for and the documents held are counted
    and their digests summed (:func:`_tally`). Only a kind whose tallies differ is read again, both sides in
    record-id order, a batch of rows at a time, and walked side by side to name each wrong document: reading by
    an index of ids visits the table's pages in random order, a page read (and decrypted) again for nearly
    every row once the table outgrows the cache. Neither way loads a side whole.
    """
    result = IndexCheck()
    if not supported(conn):
        return result
    stream = conn.execution_options(stream_results=True, max_row_buffer=_STREAM_ROWS)
    held: dict[str, _Tally] = {}
    for kind, record_id, case_id, title, body in stream.execute(
        text("SELECT kind, record_id, case_id, title, body FROM search_docs")
    ):
        held.setdefault(str(kind), _Tally()).add(_key(record_id), _key(case_id), title, body)
    for kind in INDEXED_TABLES:
        wanted = _Tally()
        for r, _k, c, t, b in _documents(stream, kind):
            wanted.add(_key(r), _key(c), t, b)
        result.documents += wanted.count
        if held.pop(kind, _Tally()) == wanted:
            continue
        in_order = ((_key(r), _key(c), t, b) for r, _k, c, t, b in _documents(conn, kind, ordered=True))
        held_in_order = (
            (_key(r), _key(c), t, b)
            for r, c, t, b in stream.execute(
                text("SELECT record_id, case_id, title, body FROM search_docs WHERE kind = :k ORDER BY record_id"),
                {"k": kind},
            )
        )
        _walk(kind, in_order, held_in_order, result.problems)
    if held:  # documents of kinds no record is indexed as
        names = ", ".join(f":k{i}" for i in range(len(INDEXED_TABLES)))
        for record_id, kind in stream.execute(
            text(f"SELECT record_id, kind FROM search_docs WHERE kind NOT IN ({names}) ORDER BY record_id"),
            {f"k{i}": k for i, k in enumerate(INDEXED_TABLES)},
        ):
            result.problems.append(IndexProblem("extra", str(kind), _key(record_id)))
    if conn.dialect.name == "postgresql":  # words not made by this hrdoc (an upgrade not yet finished)
        named = {problem.record_id for problem in result.problems}
        for record_id, kind in stream.execute(
            text("SELECT record_id, kind FROM search_docs WHERE length IS NULL OR document IS NULL ORDER BY record_id")
        ):
            if _key(record_id) not in named:
                result.problems.append(IndexProblem("stale", str(kind), _key(record_id)))
    if conn.dialect.name == "sqlite":
        from sqlalchemy.exc import DBAPIError

        try:
            result.fulltext_ok = _fts_matches_documents(conn)
        except DBAPIError as err:
            result.fulltext_skipped = _first_words(err)
    elif conn.dialect.name == "postgresql":
        from hrdoc.storage import search_postings

        result.fulltext_ok = search_postings.match_documents(conn)
    return result


@dataclass(slots=True)
class _Tally:
    """How many documents, and the sum of their digests: equal for two sets of documents only if they hold the
    same documents (each record's document is one, so none can cancel another out). A consistency check, not a
    seal: whoever can write the store can rewrite its index, and the records themselves are what the audit log
    vouches for."""

    count: int = 0
    total: int = 0

    def add(self, record_id: str, case_id: str, title: object, body: object) -> None:
        if type(title) is not str or type(body) is not str:  # only in a store changed behind hrdoc's back
            title, body = f"\x00{title!r}", f"\x00{body!r}"
        # The ids are hex digits and the title comes with its length: no two documents make the same text.
        data = f"{record_id}\x00{case_id}\x00{len(title)}\x00{title}\x00{body}".encode("utf-8", "surrogatepass")
        digest = hashlib.blake2b(data, digest_size=16).digest()
        self.count += 1
        self.total = (self.total + int.from_bytes(digest, "little")) % (1 << 128)


_Doc = tuple[str, str, str, str]


def _walk(kind: str, wanted: Iterator[_Doc], held: Iterator[_Doc], problems: list[IndexProblem]) -> int:
    """Merge two id-ordered streams of documents, noting each difference; the number of wanted documents."""
    count = 0
    want, have = next(wanted, None), next(held, None)
    while want is not None or have is not None:
        if have is None or (want is not None and want[0] < have[0]):
            assert want is not None
            problems.append(IndexProblem("missing", kind, want[0]))
            count += 1
            want = next(wanted, None)
        elif want is None or have[0] < want[0]:
            problems.append(IndexProblem("extra", kind, have[0]))
            have = next(held, None)
        else:
            if want != have:
                problems.append(IndexProblem("stale", kind, want[0]))
            count += 1
            want, have = next(wanted, None), next(held, None)
    return count


def _first_words(err: DBAPIError) -> str:
    text = str(err.orig).strip().splitlines()
    return text[0] if text else "the store could not be written"


def _fts_matches_documents(conn: Connection) -> bool:
    """FTS5's own check that its index holds the words of every row of search_docs and nothing else
    (``rank = 1``: compare with the external content table too, which PRAGMA integrity_check does not)."""
    from sqlalchemy.exc import DBAPIError

    try:
        with conn.begin_nested():
            conn.exec_driver_sql("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
    except DBAPIError as err:
        # SQLITE_CORRUPT_VTAB: "database disk image is malformed". Anything else (a lock) is not an answer.
        if "malformed" not in str(err.orig) and "corrupt" not in str(err.orig):
            raise
        return False
    return True
