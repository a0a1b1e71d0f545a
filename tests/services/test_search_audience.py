"""Search results shown for an audience: only the records it may see, found and quoted only by the fields it
may see, as the sharing policy decides (issue 12, point 2). Each test works in its own case of a shared store,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import text

from hrdoc.domain.validation import ValidationError
from hrdoc.services import search as search_module
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.services.search_audience import Candidate, Document, documents
from hrdoc.services.sharing import Audience
from tests.helpers import make_account, make_allegation, make_case, make_incident, make_source, make_witness

PUBLIC = {"visibility": "public"}
ALL = list(Audience)


@pytest.fixture
def search(shared_ctx: StoreContext) -> SearchService:
    return SearchService(shared_ctx)


def found(search: SearchService, query: str, case: uuid.UUID, audience: Audience) -> set[uuid.UUID]:
    return {h.record_id for h in search.search(query, case_id=case, audience=audience)}


def seen_by(search: SearchService, query: str, case: uuid.UUID, record: uuid.UUID) -> set[Audience]:
    return {a for a in Audience if record in found(search, query, case, a)}


def test_the_default_audience_is_the_team(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    incident = make_incident(r, case, title="Quillbrook raid")  # restricted, as every new record
    hits = search.search("Quillbrook", case_id=case)
    assert [h.record_id for h in hits] == [incident]
    assert hits == search.search("Quillbrook", case_id=case, audience="internal")


def test_an_unknown_audience_is_refused(search: SearchService) -> None:
    with pytest.raises(ValidationError, match="audience"):
        search.search("anything", audience="press")


def test_each_audience_finds_the_records_of_the_visibilities_it_may_see(
    r: RecordService, search: SearchService
) -> None:
    case = make_case(r)
    public = make_incident(r, case, title="Marrowgate shelling", visibility="public")
    restricted = make_incident(r, case, title="Marrowgate shelling", visibility="restricted")
    confidential = make_incident(r, case, title="Marrowgate shelling", visibility="confidential")
    assert seen_by(search, "Marrowgate", case, public) == set(ALL)
    assert seen_by(search, "Marrowgate", case, restricted) == {Audience.PARTNERS, Audience.INTERNAL}
    assert seen_by(search, "Marrowgate", case, confidential) == {Audience.INTERNAL}


def test_a_record_found_only_by_a_field_hidden_from_the_audience_is_not_found(
    r: RecordService, search: SearchService
) -> None:
    case = make_case(r)
    incident = make_incident(r, case, title="Road checkpoint", notes="Told by Dorvellan at the market", **PUBLIC)
    assert seen_by(search, "Dorvellan", case, incident) == {Audience.INTERNAL}  # notes: the team's only
    assert seen_by(search, "checkpoint", case, incident) == set(ALL)


def test_titles_and_snippets_show_only_what_the_audience_may_see(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    make_source(
        r,
        case,
        title="Night report",
        publisher="Kestrelford Radio",
        notes="Kestrelford contact: Halvaine, on the night shift",
        **PUBLIC,
    )
    [internal] = search.search("Kestrelford", case_id=case)
    assert "Halvaine" in internal.snippet  # the team's snippet quotes the working notes
    for audience in (Audience.PARTNERS, Audience.PUBLIC):
        [hit] = search.search("Kestrelford", case_id=case, audience=audience)
        assert hit.title == "Night report"
        assert "Halvaine" not in hit.snippet + hit.title + hit.case_reference
        assert "[Kestrelford] Radio" in hit.snippet_marked()
        assert hit.score == 1.0  # relative to the best hit
        assert search.search("Halvaine", case_id=case, audience=audience) == []


def test_a_field_for_partners_is_found_by_partners_but_not_by_the_public(
    r: RecordService, search: SearchService
) -> None:
    case = make_case(r, tags=["Ossenwick inquiry"], visibility="public")
    assert seen_by(search, "Ossenwick", case, case) == {Audience.PARTNERS, Audience.INTERNAL}


def test_a_witness_s_protected_name_is_never_found(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    witness = make_witness(r, case, "W-07", **PUBLIC)
    r.set_identity("witness", witness, legal_name="Aminata Zelwaryn", contact="+223 555 0199", residence="Gao")
    r.set_consent(witness, share_with_partners=True, to_be_quoted=True, how_given="oral")
    make_account(r, case, witness, narrative="Zelwaryn was not there.", quotable=True, **PUBLIC)
    for audience in Audience:
        for words in ("Aminata", "Aminata Zelwaryn", "555 0199"):
            assert search.search(words, case_id=case, audience=audience) == [], (audience, words)
    # The account's own words name the surname: found where they may be quoted, but never the witness.
    for audience in Audience:
        assert {h.kind for h in search.search("Zelwaryn", case_id=case, audience=audience)} == {"account"}


@pytest.mark.parametrize(
    ("shared", "quoted", "quotable", "public"),
    [
        (False, False, False, None),  # no consent to go beyond the team: neither partners nor the public
        (True, False, False, "record"),  # goes; its words reach partners, not the public: not to be quoted
        (True, True, False, "record"),  # may be quoted, but this version is not marked quotable
        (True, True, True, "words"),
    ],
)
def test_a_witness_s_account_and_words_follow_consent(
    r: RecordService, search: SearchService, shared: bool, quoted: bool, quotable: bool, public: str | None
) -> None:
    case = make_case(r)
    witness = make_witness(r, case, "W-31", **PUBLIC)
    r.set_consent(witness, share_with_partners=shared, to_be_quoted=quoted, how_given="oral")
    account = make_account(r, case, witness, narrative="The Thistlecombe bridge burned.", quotable=quotable, **PUBLIC)
    incident = make_incident(r, case, **PUBLIC)
    allegation = make_allegation(r, case, incident, **PUBLIC)
    link = r.create(
        "link",
        case_id=case,
        account_id=account,
        allegation_id=allegation,
        excerpt="Thistlecombe bridge",
        locator="minute 12",
        relation="supports",
        **PUBLIC,
    )
    expected = {Audience.INTERNAL: "words", Audience.PARTNERS: "words" if shared else None, Audience.PUBLIC: public}
    for audience, sees in expected.items():
        by_words = found(search, "Thistlecombe", case, audience)
        assert by_words == ({account, link} if sees == "words" else set()), audience
        assert (witness in found(search, "W-31", case, audience)) == (sees is not None), audience
        assert (account in found(search, "W-31", case, audience)) == (sees is not None), audience  # its title
        assert (link in found(search, "minute", case, audience)) == (sees is not None), audience


def test_a_record_goes_only_with_the_records_it_depends_on(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    hidden = make_incident(r, case, title="Brackenholt", visibility="confidential")
    shown = make_incident(r, case, title="Brackenholt", **PUBLIC)
    orphan = make_allegation(r, case, hidden, description="Wrenmoor killings", **PUBLIC)
    kept = make_allegation(r, case, shown, description="Wrenmoor killings", **PUBLIC)
    source = make_source(r, case, title="Wrenmoor radio", visibility="confidential")
    link = r.create(
        "link", case_id=case, source_id=source, incident_id=shown, locator="Wrenmoor 3", relation="context", **PUBLIC
    )
    assert found(search, "Wrenmoor", case, Audience.PUBLIC) == {kept}
    assert found(search, "Wrenmoor", case, Audience.INTERNAL) == {orphan, kept, source, link}


def test_an_incident_is_found_by_its_place_only_where_the_place_goes(r: RecordService, search: SearchService) -> None:
    case = make_case(r)
    hidden = r.create("location", case_id=case, name="Cindervale", visibility="confidential")
    shown = r.create("location", case_id=case, name="Ashbourne Ford", **PUBLIC)
    at_hidden = make_incident(r, case, title="Night raid", location_id=hidden, **PUBLIC)
    at_shown = make_incident(r, case, title="Night raid", location_id=shown, **PUBLIC)
    assert found(search, "Cindervale", case, Audience.INTERNAL) == {hidden, at_hidden}
    assert found(search, "Cindervale", case, Audience.PUBLIC) == set()
    assert found(search, "Ashbourne", case, Audience.PUBLIC) == {shown, at_shown}
    assert found(search, "raid", case, Audience.PUBLIC) == {at_hidden, at_shown}  # without its place


def test_filters_apply_to_an_audience_s_search(r: RecordService, search: SearchService) -> None:
    reference = f"FN-{uuid.uuid4().hex[:8]}"
    a, b = make_case(r), make_case(r, reference=reference)
    in_a = make_incident(r, a, title="Fennimore ambush", **PUBLIC)
    source_a = make_source(r, a, title="Fennimore ambush", **PUBLIC)
    in_b = make_incident(r, b, title="Fennimore ambush", **PUBLIC)
    public = Audience.PUBLIC
    assert {h.record_id for h in search.search("Fennimore", audience=public)} >= {in_a, source_a, in_b}
    assert {h.record_id for h in search.search("Fennimore", case_id=a, audience=public)} == {in_a, source_a}
    hits = search.search("Fennimore", kinds=("source",), audience=public)
    assert {h.record_id for h in hits} >= {source_a} and {h.kind for h in hits} == {"source"}
    [hit] = search.search("Fennimore", case_id=b, audience=public)
    assert (hit.record_id, hit.case_id, hit.case_reference) == (in_b, b, reference)


def test_many_matches_are_weighed_a_batch_at_a_time(
    r: RecordService, search: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index's matches are weighed best first, in growing batches, until the audience's documents hold the
    hits asked for: the hits it may see are found whether they come in the first batch or a later one."""
    case = make_case(r)
    # The index ranks these first (the word twice in the title), but the public may not see them.
    hidden = [make_source(r, case, title="Gildersleeve Gildersleeve", visibility="confidential") for _ in range(5)]
    shown = [make_source(r, case, title=f"Gildersleeve {n}", **PUBLIC) for n in range(4)]
    every = search.search("Gildersleeve", case_id=case, audience=Audience.PUBLIC, limit=50)
    assert {h.record_id for h in every} == set(shown)
    assert {h.record_id for h in search.search("Gildersleeve", case_id=case, limit=50)} == set(hidden + shown)

    weighed: list[int] = []
    real = search_module.documents

    def counting(session: Any, audience: Audience, candidates: Sequence[Candidate]) -> list[Document]:
        weighed.append(len(candidates))
        return real(session, audience, candidates)

    monkeypatch.setattr(search_module, "documents", counting)
    monkeypatch.setattr(search_module, "BATCH", 1)
    [first] = search.search("Gildersleeve", case_id=case, audience=Audience.PUBLIC, limit=1)
    assert first.record_id in shown
    assert weighed == [2, 4]  # 2 hidden, then 3 hidden and a shown one: enough, the other 3 are not weighed
    weighed.clear()
    three = search.search("Gildersleeve", case_id=case, audience=Audience.PUBLIC, limit=3)
    assert weighed == [6, 3] and len(three) == 3 and {h.record_id for h in three} < set(shown)


def test_for_the_team_an_audience_s_documents_are_the_index_s(demo_store: StoreContext) -> None:
    """The documents made for an audience have the index's shape: made for the team, they are its documents
    (so a field is found for an audience the way the index finds it for the team, no more)."""
    with demo_store.read() as session:
        rows = session.execute(text("SELECT kind, record_id, case_id, title, body FROM search_docs")).all()
        candidates = [Candidate(k, uuid.UUID(str(r)), uuid.UUID(str(c))) for k, r, c, _t, _b in rows]
        made = {d.record_id: d for d in documents(session, Audience.INTERNAL, candidates)}
    assert len(rows) > 20 and len(made) == len(rows)
    for kind, rid, _case, title, body in rows:
        doc = made[uuid.UUID(str(rid))]
        assert (doc.kind, doc.title) == (kind, title)
        assert sorted(doc.body.splitlines()) == sorted(body.splitlines()), (kind, rid)
