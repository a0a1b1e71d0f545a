"""One tokeniser for both kinds of store: the words FTS5 sees, for a team store's documents and queries too.

A store file's index splits text with FTS5's ``unicode61 remove_diacritics 2`` (:data:`TOKENIZE`): runs of
letters and digits, lower-cased, accents removed; everything else (``/``, ``.``, ``-``, ``@``, ``'``, ``_``)
separates words. PostgreSQL's own parser sees other words: a URL, a host name, an e-mail address or a file path
as two or three lexemes, "2024-05-03" as 2024, -05 and -03, a hyphenated word also whole. So that a team store
finds and ranks what a store file does, its documents are not parsed by PostgreSQL at all: this module splits
them with FTS5's own tokeniser (SQLite's, in a throwaway index in memory: the same code, not an imitation) and
gives PostgreSQL the result as a ``tsvector`` literal, with each document's length in words for bm25
(:mod:`hrdoc.storage.search_bm25`). A team store's query words are split the same way (:func:`query_tokens`).

A document's vector holds each word with its positions: the title's words at 1, 2, ... with weight A, the
body's after one position left empty (so that a phrase never runs from the title into the body, as FTS5's
phrases stay within a column) with weight B. PostgreSQL keeps at most 256 positions of a word, and positions
up to 16,383: a word written more than 256 times in one document, or past its 16,383rd word, counts fewer
times there than in FTS5 (its score moves by well under 1 %, bm25 saturating long before). The length is
exact. A word longer than :data:`LONGEST` bytes (PostgreSQL refuses lexemes of 2 KiB) is cut to that length,
in documents and queries alike.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import sqlcipher3.dbapi2 as sqlcipher

# How FTS5 splits text into words: case- and diacritics-insensitive (storage.search_index, search_scratch).
TOKENIZE = "unicode61 remove_diacritics 2"
LONGEST = 1000  # bytes of a word kept (PostgreSQL's limit for a lexeme is 2,047)
_POSITIONS = 16_383  # PostgreSQL's highest position

_CREATE = (
    f"CREATE VIRTUAL TABLE d USING fts5(title, body, tokenize='{TOKENIZE}')",
    # Every word of every document: (doc, col, offset, term), in term order.
    "CREATE VIRTUAL TABLE v USING fts5vocab(d, 'instance')",
)
_LOCAL = threading.local()  # an in-memory SQLite connection per thread (a connection stays in its thread)


def _scratch() -> sqlcipher.Connection:
    conn: sqlcipher.Connection | None = getattr(_LOCAL, "conn", None)
    if conn is None:
        conn = sqlcipher.connect(":memory:")
        for statement in _CREATE:
            conn.execute(statement)
        _LOCAL.conn = conn
    return conn


def _words(documents: Sequence[tuple[str, str]]) -> list[tuple[int, int, int, str]]:
    """Every word of ``documents`` (title, body) as FTS5 splits them: (document number, 0 for the title or 1
    for the body, its offset there, the word)."""
    conn = _scratch()
    try:
        conn.executemany(
            "INSERT INTO d(rowid, title, body) VALUES (?, ?, ?)",
            [(n, *document) for n, document in enumerate(documents)],
        )
        rows: list[tuple[int, int, int, str]] = conn.execute("SELECT doc, col = 'body', offset, term FROM v").fetchall()
    finally:
        # Emptied, and its index merged down to nothing: FTS5 keeps a deleted document's words in its index until
        # its segments are merged, and the vocabulary read above is read from all of them, so without the merge
        # each call read every word the thread had ever split (after indexing a team store's 236,600 documents,
        # splitting one query's word took 19 ms, not 0.05).
        conn.execute("DELETE FROM d")
        conn.execute("INSERT INTO d(d) VALUES ('optimize')")
    return rows


def cut(word: str) -> str:
    """A word as a team store keeps it: cut to :data:`LONGEST` bytes."""
    data = word.encode("utf-8", "surrogatepass")
    return data[:LONGEST].decode("utf-8", "ignore") if len(data) > LONGEST else word


def _lexeme(word: str) -> str:
    return "'" + cut(word).replace("\\", "\\\\").replace("'", "''") + "'"


@dataclass(frozen=True, slots=True)
class Vector:
    """A document as a team store keeps it: its words as a ``tsvector`` literal, and its length in words."""

    words: str
    length: int


def vectors(documents: Sequence[tuple[str, str]]) -> list[Vector]:
    """Each document (title, body) split as FTS5 splits it, in the order given."""
    title_length = [0] * len(documents)
    body_length = [0] * len(documents)
    rows = _words(documents)
    for doc, in_body, offset, _term in rows:
        lengths = body_length if in_body else title_length
        if offset >= lengths[doc]:
            lengths[doc] = offset + 1
    found: list[dict[str, list[str]]] = [{} for _ in documents]
    for doc, in_body, offset, term in rows:
        if in_body:
            position = f"{min(title_length[doc] + 2 + offset, _POSITIONS)}B"
        else:
            position = f"{min(offset + 1, _POSITIONS)}A"
        found[doc].setdefault(term, []).append(position)
    return [
        Vector(" ".join(f"{_lexeme(term)}:{','.join(at)}" for term, at in words.items()), title + body)
        for words, title, body in zip(found, title_length, body_length, strict=True)
    ]


def query_tokens(word: str) -> list[str]:
    """A word of a query split as FTS5 splits it (none for punctuation alone): the words of its phrase."""
    rows = sorted((offset, term) for _doc, _col, offset, term in _words([(word, "")]))
    return [term for _offset, term in rows]


def tsquery(words: Sequence[str]) -> str | None:
    """The words a user typed as one ``tsquery`` literal, as FTS5 reads the query made of them (each word a
    phrase of its tokens, every one required, the last token of the last one a prefix); None if no word holds
    a token. Lexemes are given as they are: PostgreSQL parses nothing."""
    phrases = phrase_queries(words)
    return " & ".join(phrases) if phrases else None


def phrase_queries(words: Sequence[str]) -> list[str]:
    """Each word a user typed as a ``tsquery`` literal of its own (see :func:`tsquery`). A word without a token
    is left out, as FTS5 leaves out an empty phrase (and with it the prefix, if it was the last word)."""
    phrases = []
    for phrase in query_phrases(words):
        lexemes = [_lexeme(token) for token in phrase.tokens]
        if phrase.prefix:
            lexemes[-1] += ":*"
        phrases.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
    return phrases


@dataclass(frozen=True, slots=True)
class Phrase:
    """A word a user typed, as FTS5 reads it: the words (tokens) of its phrase, cut as a team store keeps them,
    the last one a prefix if ``prefix``."""

    tokens: tuple[str, ...]
    prefix: bool


def query_phrases(words: Sequence[str]) -> list[Phrase]:
    """Each word a user typed as the phrase FTS5 reads (see :func:`phrase_queries`), words without a token left
    out; the last word's last token is a prefix."""
    phrases = []
    for n, word in enumerate(words):
        if tokens := tuple(cut(token) for token in query_tokens(word)):
            phrases.append(Phrase(tokens, n == len(words) - 1))
    return phrases
