"""A record's search document reads exactly the fields the registry declares ``searchable`` (issue 12, point 1).

Found by what the index does, not by reading its SQL: a case holds one record of every kind (the leak test's
case); then each field of each kind, in turn, is given another value, the index is rebuilt, and the documents
that changed show which kinds' documents read that field. Everything is rolled back after each field.

A document may also read a field of another record, by design; those are listed in ``BORROWED`` with why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, text

from hrdoc.domain import registry
from hrdoc.domain.registry import FieldDef, Widget
from hrdoc.services.context import StoreContext
from hrdoc.services.session import new_store
from hrdoc.storage import search_index
from tests.helpers import PASSPHRASE
from tests.services.test_leaks import build_case

pytestmark = pytest.mark.sqlite_only

Field = tuple[str, str]  # (kind, field)

# Fields of other records that a kind's document reads, and why.
BORROWED: dict[str, set[Field]] = {
    # An incident is found by the names of its place.
    "incident": {("location", f) for f in ("name", "alt_spellings", "admin1", "admin2")},
    # An allegation's title is its violation's label; its labels in French and Arabic are in its body.
    "allegation": {("vocabulary_term", "label_en"), ("vocabulary_term", "label_fr"), ("vocabulary_term", "label_ar")},
    # An account's title names its witness ("Account of W-01").
    "account": {("witness", "pseudonym")},
}

# Kinds whose records hold the fields that a document reads: those of a case, and the vocabulary.
KINDS = (*registry.RECORD_KINDS, "account_version", "consent", "witness_identity", "victim_identity")
BORROWED_FROM = ("vocabulary_term",)
# Fields that say which record a row is, which version, or which term: they place a document or join it to
# another record; they are not its words. (So are references, named ..._id.)
STRUCTURAL = {"id", "version", "current_version", "vocabulary", "code"}
# Rows changed for a kind, when not all of them can be (a term's code is unique in its vocabulary).
ROWS = {"vocabulary_term": " WHERE code IN (SELECT violation_type FROM allegations)"}


def _changed(fld: FieldDef, current: Any, n: int) -> Any:
    """A value for ``fld`` other than ``current``, valid for its column."""
    marker = f"qz{n:03d}zq"
    if fld.choices is not None:
        return next(c.value for c in fld.choices if c.value != current)
    if fld.widget is Widget.LIST:
        return json.dumps([marker])
    if fld.widget in (Widget.CHECK, Widget.TRISTATE) or isinstance(current, bool):
        return not current
    if fld.widget is Widget.DATE:
        return "2001-02-03"
    if fld.widget is Widget.DATETIME or fld.name.endswith("_at"):
        return "2001-02-03 04:05:06.000000"
    if fld.widget in (Widget.INT, Widget.FLOAT) or isinstance(current, int | float):
        return 1 if current != 1 else 2
    if fld.name == "file_metadata":
        return json.dumps({"exif": {"Artist": marker}})
    if fld.name == "sha256":
        return "f" * 64
    if fld.name == "country_code":
        return "ZZ"
    return marker[: fld.max_length or 60]


def _documents(conn: Connection) -> dict[str, tuple[str, str]]:
    search_index.rebuild(conn)
    rows = conn.execute(text("SELECT record_id, kind, title, body FROM search_docs")).all()
    return {f"{kind}:{search_index._key(rid)}": (title, body) for rid, kind, title, body in rows}


def _reads(conn: Connection) -> dict[str, set[Field]]:
    """For each kind of document, the fields (of any kind) whose value it depends on."""
    before = _documents(conn)
    reads: dict[str, set[Field]] = {}
    n = 0
    for kind_name in (*KINDS, *BORROWED_FROM):
        kind = registry.kind(kind_name)
        for fld in kind.fields:
            if fld.name in STRUCTURAL or fld.name.endswith("_id"):
                continue
            n += 1
            rows = ROWS.get(kind_name, "")
            current = conn.execute(text(f'SELECT "{fld.name}" FROM "{kind.table}"{rows} LIMIT 1')).scalar()
            savepoint = conn.begin_nested()
            value = _changed(fld, current, n)
            conn.execute(text(f'UPDATE "{kind.table}" SET "{fld.name}" = :v{rows}'), {"v": value})
            after = _documents(conn)
            savepoint.rollback()
            for doc in before.keys() | after.keys():
                if before.get(doc) != after.get(doc):
                    reads.setdefault(doc.split(":")[0], set()).add((kind_name, fld.name))
    return reads


@pytest.fixture(scope="module")
def reads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, set[Field]]]:
    ctx: StoreContext = new_store(tmp_path_factory.mktemp("docs") / "store.db", PASSPHRASE, user="investigator")
    try:
        build_case(ctx)
        with ctx.read() as session:
            found = _reads(session.connection())
            session.rollback()
        yield found
    finally:
        ctx.close()


def _declared(kind_name: str) -> set[Field]:
    """The searchable fields of a kind and of the parts it owns (an account's versions)."""
    owned = [k for k in registry.KINDS.values() if k.name == kind_name or k.owner == kind_name]
    return {(k.name, f.name) for k in owned for f in k.fields if f.searchable}


@pytest.mark.parametrize("kind", list(search_index.INDEXED_TABLES))
def test_a_document_reads_exactly_the_searchable_fields(reads: dict[str, set[Field]], kind: str) -> None:
    assert reads.get(kind, set()) - BORROWED.get(kind, set()) == _declared(kind)
    assert BORROWED.get(kind, set()) <= reads.get(kind, set()), "a borrowed field is no longer read"


def test_no_field_is_searchable_where_there_is_no_document() -> None:
    indexed = set(search_index.INDEXED_TABLES)
    for kind, fld in registry.all_fields():
        if fld.searchable:
            assert kind.name in indexed or kind.owner in indexed, f"{kind.name}.{fld.name}: no search document"
    assert registry.kind("witness_identity").fields and not _declared("witness_identity"), "identities: never"


def test_only_documents_of_indexed_kinds_exist(reads: dict[str, set[Field]]) -> None:
    assert set(reads) <= set(search_index.INDEXED_TABLES)
