"""A team store keeps each word's documents in order of how well they score: ``search_postings``.

PostgreSQL's full-text index says which documents hold a word, not how often: to rank a common word ("the",
"village": 40,000 to 100,000 documents at the benchmark's size) a search read and ranked every one of them, 0.3
to 1.8 s on a 2-core server. ``search_postings`` holds one row per word per document with the word's weight
there as bm25 sees it (``impact``: f / (f + k1·(1 − b + b·D/100)), f counting 10 for each time in the title and 1
for each in the body, D the document's length in words), under an index in that order. A search then reads
each of its words' best documents first and stops as soon as no document it has not read can enter the hits
(hrdoc.storage.search_postings).

The rows are made by PostgreSQL from each document's ``tsvector`` as it is written (triggers on search_docs),
so every way a document is written, removed or made again keeps them, and hrdoc writes nothing more. This
revision makes them for the documents already there. ``word`` is compared byte by byte (``COLLATE "C"``), so that
the words a prefix begins are a range of the index. Store files are not changed (FTS5 keeps its own lists).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A word's weight in a document, from the tsvector's lexeme (weights A: title, counting 10; B: body, 1) and the
# document's length: bm25's term frequency part with avgdl fixed at 100 words (hrdoc.storage.search_postings.
# AVERAGE_LENGTH), k1 = 1.2, b = 0.75. Kept as written: only the order of a word's documents is read from it.
_POSTINGS_OF = (
    "SELECT u.lexeme, {doc}.id, (u.f / (u.f + 0.3 + 0.009 * coalesce({doc}.length, 0)))::real"
    " FROM (SELECT v.lexeme, coalesce((SELECT sum(CASE w WHEN 'A' THEN 10 ELSE 1 END) FROM unnest(v.weights) w),"
    " 0)::float8 AS f FROM unnest({doc}.document) v) u"
)

PG_UPGRADE = (
    'CREATE TABLE search_postings (word text COLLATE "C" NOT NULL, doc_id bigint NOT NULL, impact real NOT NULL)',
    "INSERT INTO search_postings (word, doc_id, impact) "
    + _POSTINGS_OF.format(doc="s").replace(" FROM (", " FROM search_docs s CROSS JOIN LATERAL (", 1)
    + " WHERE s.document IS NOT NULL",
    "ALTER TABLE search_postings ADD CONSTRAINT pk_search_postings PRIMARY KEY (word, doc_id)",
    # A word's documents best first: one index probe and a short walk give a word's best documents.
    "CREATE INDEX ix_search_postings_impact ON search_postings (word, impact DESC) INCLUDE (doc_id)",
    "CREATE FUNCTION hrdoc_search_postings() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    "  IF TG_OP <> 'INSERT' AND OLD.document IS NOT NULL THEN\n"
    "    DELETE FROM search_postings WHERE word = ANY (tsvector_to_array(OLD.document)) AND doc_id = OLD.id;\n"
    "  END IF;\n"
    "  IF TG_OP <> 'DELETE' AND NEW.document IS NOT NULL THEN\n"
    "    INSERT INTO search_postings (word, doc_id, impact) " + _POSTINGS_OF.format(doc="NEW") + ";\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END\n"
    "$$",
    "CREATE TRIGGER search_postings_added AFTER INSERT ON search_docs"
    " FOR EACH ROW EXECUTE FUNCTION hrdoc_search_postings()",
    "CREATE TRIGGER search_postings_changed AFTER UPDATE OF document, length ON search_docs FOR EACH ROW"
    " WHEN (OLD.document IS DISTINCT FROM NEW.document OR OLD.length IS DISTINCT FROM NEW.length)"
    " EXECUTE FUNCTION hrdoc_search_postings()",
    "CREATE TRIGGER search_postings_removed AFTER DELETE ON search_docs"
    " FOR EACH ROW EXECUTE FUNCTION hrdoc_search_postings()",
)
PG_DOWNGRADE = (
    "DROP TRIGGER search_postings_removed ON search_docs",
    "DROP TRIGGER search_postings_changed ON search_docs",
    "DROP TRIGGER search_postings_added ON search_docs",
    "DROP FUNCTION hrdoc_search_postings()",
    "DROP TABLE search_postings",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_DOWNGRADE:
            op.execute(statement)
