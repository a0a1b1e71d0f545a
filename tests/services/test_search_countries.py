"""Search finds a place or an actor by its country's name, in English, French or Arabic, and not only by the ISO
code the record stores (``ML``, ``BF``): for the team and for an audience, and in a store whose search documents an
older hrdoc made (opening the store brings them up to date)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import text

from hrdoc.domain import countries
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.storage import search_index, search_tokens
from tests.backends import reopen
from tests.helpers import make_case


def found(ctx: StoreContext, query: str, case: uuid.UUID, audience: str = "internal") -> set[uuid.UUID]:
    return {hit.record_id for hit in SearchService(ctx).search(query, case_id=case, audience=audience)}


def test_a_country_is_found_by_its_names_in_english_and_french(shared_ctx: StoreContext, r: RecordService) -> None:
    case = make_case(r)
    djibo = r.create("location", case_id=case, name="Djibo", country_code="BF", visibility="public")
    katiba = r.create("actor", case_id=case, name="Katiba Macina", country_code="ML", visibility="public")
    gspc = r.create("actor", case_id=case, name="GSPC", country_code="DZ", visibility="public")
    hidden = r.create("actor", case_id=case, name="Unit 7", country_code="ML", visibility="restricted")

    assert found(shared_ctx, "Burkina Faso", case) == {djibo}
    assert found(shared_ctx, "burkina", case) == {djibo}
    assert found(shared_ctx, "Mali", case) == {katiba, hidden}
    for query in ("Algeria", "Algérie", "algerie", "الجزائر"):  # English, French (with or without its accent), Arabic
        assert found(shared_ctx, query, case) == {gspc}, query
    assert found(shared_ctx, "مالي", case) == {katiba, hidden}
    assert found(shared_ctx, "BF", case) == {djibo}  # the code still finds it
    # An audience finds by the country's names too, only what the sharing policy lets it see.
    assert found(shared_ctx, "Burkina Faso", case, "public") == {djibo}
    assert found(shared_ctx, "Mali", case, "public") == {katiba}
    assert found(shared_ctx, "Mali", case, "partners") == {katiba, hidden}
    # Changing the country changes what finds it.
    r.update("location", djibo, country_code="NE")
    assert found(shared_ctx, "Burkina", case) == set()
    assert found(shared_ctx, "Niger", case) == {djibo}


def _as_an_older_hrdoc_left_them(ctx: StoreContext, version: str | None, made: Callable[[str], str] = str) -> None:
    """The store's documents of places and actors as an hrdoc before country names made them (``made``: the code
    alone by default), and the documents' version as ``version`` says (None: none kept, as before versions were)."""
    with ctx.write() as session:
        conn = session.connection()
        for table in ("locations", "actors"):
            for record_id, code in conn.execute(text(f"SELECT id, country_code FROM {table}")):
                if code:
                    old = text("UPDATE search_docs SET body = replace(body, :new, :code) WHERE record_id = :id")
                    conn.execute(old, {"new": countries.searched_by(code), "code": made(code), "id": record_id})
                    if conn.dialect.name == "postgresql":  # its words too (hrdoc writes them there)
                        title, body = conn.execute(
                            text("SELECT title, body FROM search_docs WHERE record_id = :id"), {"id": record_id}
                        ).one()
                        [vector] = search_tokens.vectors([(title, body)])
                        conn.execute(
                            text("UPDATE search_docs SET document = CAST(:v AS tsvector) WHERE record_id = :id"),
                            {"v": vector.words, "id": record_id},
                        )
        conn.execute(text("DELETE FROM store_meta WHERE key = :k"), {"k": search_index.DOCUMENTS_KEY})
        if version is not None:
            conn.execute(
                text("INSERT INTO store_meta (key, value) VALUES (:k, :v)"),
                {"k": search_index.DOCUMENTS_KEY, "v": version},
            )


@pytest.mark.parametrize("version", [None, "99"], ids=["older", "newer-or-unknown"])
def test_opening_a_store_brings_documents_an_older_hrdoc_made_up_to_date(
    ctx: StoreContext, version: str | None
) -> None:
    r = RecordService(ctx)
    case = make_case(r)
    djibo = r.create("location", case_id=case, name="Djibo", country_code="BF")
    katiba = r.create("actor", case_id=case, name="Katiba Macina", country_code="ML")
    _as_an_older_hrdoc_left_them(ctx, version)
    assert found(ctx, "Burkina", case) == found(ctx, "Mali", case) == set()
    with ctx.engine.connect() as conn:
        assert search_index.outdated(conn)
        assert not search_index.check(conn).ok  # verify names the documents as out of date

    opened = reopen(ctx, record_unlock=False)
    try:
        assert found(opened, "Burkina Faso", case) == {djibo}
        assert found(opened, "Mali", case) == {katiba}
        with opened.engine.connect() as conn:
            assert not search_index.outdated(conn)
            assert search_index.check(conn).ok
            assert search_index.documents_version(conn) == search_index.DOCUMENTS_VERSION
    finally:
        opened.close()


def test_opening_a_store_whose_documents_name_countries_in_english_and_french_adds_arabic(ctx: StoreContext) -> None:
    r = RecordService(ctx)
    case = make_case(r)
    katiba = r.create("actor", case_id=case, name="Katiba Macina", country_code="ML")

    def before_arabic(code: str) -> str:  # what hrdoc wrote before country names in Arabic (version 4)
        country = countries.by_alpha2(code)
        assert country is not None
        return " ".join(dict.fromkeys((code, country.name, country.french)))

    _as_an_older_hrdoc_left_them(ctx, "4", before_arabic)
    assert found(ctx, "Mali", case) == {katiba} and found(ctx, "مالي", case) == set()
    opened = reopen(ctx, record_unlock=False)
    try:
        assert found(opened, "مالي", case) == {katiba}
    finally:
        opened.close()


def test_a_new_store_holds_current_documents(ctx: StoreContext) -> None:
    """A store is made with the version of its documents, so that opening it has nothing to bring up to date."""
    with ctx.engine.connect() as conn:
        assert search_index.documents_version(conn) == search_index.DOCUMENTS_VERSION
        assert not search_index.outdated(conn)


def test_what_a_country_is_searched_by() -> None:
    assert countries.searched_by("ML") == "ML Mali مالي"
    assert countries.searched_by("DZ") == "DZ Algeria Algérie الجزائر"
    assert countries.searched_by("BF") == "BF Burkina Faso بوركينا فاسو"  # the same name in French: once
    assert countries.searched_by("QQ") == "QQ"  # a code hrdoc does not know: as it is
    assert countries.searched_by("") == countries.searched_by(None) == ""
