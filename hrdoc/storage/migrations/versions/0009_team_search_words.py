"""A team store's search documents hold the words FTS5 sees, and their lengths.

Until now PostgreSQL made each document's ``tsvector`` itself (a generated column: its parser, behind
``hrdoc_fold()``), and its parser sees other words than FTS5 in a store file: a URL, a host name or a file path
as two or three lexemes, a date as a number and two signed ones, a hyphenated word also whole. So the same
records ranked differently on a team store (a source with its URLs half as long), and a word written only in a
URL was not found there. From this revision hrdoc writes ``document`` itself, split by FTS5's own tokeniser
(hrdoc.storage.search_tokens), with each document's length in words in ``length``, which bm25 reads (before,
PostgreSQL computed it again from the vector at each search).

This revision changes the columns only: the generated expression is dropped (the vectors it made stay until
they are made again) and ``length`` added, empty. hrdoc makes every document again as the store is opened
after the upgrade (its search documents' version, store_meta ``search_documents``, is below 3), in that
opening's unit of work: about two minutes for 236,000 documents. Store files are not changed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_UPGRADE = (
    "ALTER TABLE search_docs ALTER COLUMN document DROP EXPRESSION",
    "ALTER TABLE search_docs ADD COLUMN length integer",
    # Made again by the next opening (hrdoc.storage.search_index.update): documents version 2, as 0002-0008 made.
    "INSERT INTO store_meta (key, value) VALUES ('search_documents', '2')"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
)
# Back to the generated column of 0002 (hrdoc_fold() and the hrdoc_search configuration are still there).
PG_DOWNGRADE = (
    "ALTER TABLE search_docs DROP COLUMN length",
    "ALTER TABLE search_docs DROP COLUMN document",
    "ALTER TABLE search_docs ADD COLUMN document tsvector GENERATED ALWAYS AS"
    " (setweight(to_tsvector('hrdoc_search', hrdoc_fold(title)), 'A')"
    " || setweight(to_tsvector('hrdoc_search', hrdoc_fold(body)), 'B')) STORED",
    "CREATE INDEX ix_search_docs_document ON search_docs USING gin (document)",
    "INSERT INTO store_meta (key, value) VALUES ('search_documents', '2')"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
