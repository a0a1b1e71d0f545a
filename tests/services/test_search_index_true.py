"""The search index stays what a full rebuild makes, whichever way records arrive (issue 12, point 6).

After each path (forms, bundle import, sync, merge with conflicts decided either way, ACLED import, undo of a
delete is in tests/gui/test_undo_search_index.py) the documents held must equal those a rebuild makes, and
``verify`` must say so; a tampered index is named by verify, kind and id only.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hrdoc.services.acled import import_acled
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.bundles import export_case, import_bundle
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.merge import Merger, copy_evidence
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService, rebuild_index
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import search_index
from tests.helpers import PASSPHRASE, make_account, make_allegation, make_case, make_incident, make_witness
from tests.services.test_acled import acled_row, csv_bytes

Doc = tuple[str, str, str, str, str]


def held(ctx: StoreContext) -> list[Doc]:
    with ctx.read() as session:
        rows = session.execute(text("SELECT record_id, kind, case_id, title, body FROM search_docs")).all()
    return sorted((search_index._key(r), k, search_index._key(c), t, b) for r, k, c, t, b in rows)


def rebuilt(ctx: StoreContext) -> list[Doc]:
    """The documents a full rebuild makes, read inside a unit of work that is then rolled back."""
    with ctx.read() as session:
        search_index.rebuild(session.connection())
        rows = session.execute(text("SELECT record_id, kind, case_id, title, body FROM search_docs")).all()
        session.rollback()
    return sorted((search_index._key(r), k, search_index._key(c), t, b) for r, k, c, t, b in rows)


def assert_index_true(ctx: StoreContext) -> None:
    assert held(ctx) == rebuilt(ctx)
    report = verify_store(ctx)
    assert [p for p in report.problems if p.startswith("search index")] == []
    assert any(c.startswith("search index: ") for c in report.checks)


def found(ctx: StoreContext, words: str, kind: str) -> list[uuid.UUID]:
    return [hit.record_id for hit in SearchService(ctx).search(words, kinds=(kind,))]


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[StoreContext]:
    """A second store: an investigator's encrypted file (the first, ``ctx``, is either backend)."""
    store = new_store(tmp_path / "laptop.db", PASSPHRASE, user="amina")
    yield store
    store.close()


def case_with_accounts(ctx: StoreContext) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A case with a place, an incident there, a witness and an account corrected once: (case, witness, account)."""
    r = RecordService(ctx)
    case_id = make_case(r)
    place = r.create("location", case_id=case_id, name="Tessalit", country_code="ML")
    incident = make_incident(r, case_id, location_id=place)
    make_allegation(r, case_id, incident)
    witness = make_witness(r, case_id, pseudonym="W-Kidal")
    account = make_account(r, case_id, witness, narrative="The convoy stopped near the zebrawell.")
    r.update("account", account, narrative="The convoy stopped near the quaggawell.", correction_note="wording")
    return case_id, witness, account


def test_forms_keep_the_index_true(ctx: StoreContext) -> None:
    r = RecordService(ctx)
    case_id, witness, account = case_with_accounts(ctx)
    assert found(ctx, "quaggawell", "account") == [account]
    assert found(ctx, "zebrawell", "account") == []
    assert_index_true(ctx)
    place = r.records("location", case_id)[0].id
    r.update("location", place, name="Aguelhok")  # the incident is found by its place's name
    r.update("witness", witness, pseudonym="W-Gao")  # the account's title is its witness's pseudonym
    term = r.create(
        "vocabulary_term", vocabulary="violation_type", code="xylo_harm", label_en="Xylophonic harm", label_fr="Xylo"
    )
    incident = r.records("incident", case_id)[0].id
    allegation = make_allegation(r, case_id, incident, violation_type="xylo_harm")
    r.update("vocabulary_term", term, label_en="Marimbic harm")  # the allegation's title is the term's label
    assert found(ctx, "marimbic", "allegation") == [allegation]
    assert_index_true(ctx)
    r.delete("location", place)
    r.delete("account", account)
    assert found(ctx, "quaggawell", "account") == []
    assert_index_true(ctx)


@pytest.mark.sqlite_only  # a bundle file travels between two store files
def test_a_bundle_import_makes_its_accounts_searchable(ctx: StoreContext, laptop: StoreContext, tmp_path: Path) -> None:
    case_id, _witness, account = case_with_accounts(ctx)
    bundle = tmp_path / "case.hrdoc"
    export_case(ctx, case_id, bundle, passphrase="bundle passphrase for the test")
    import_bundle(laptop, bundle, passphrase="bundle passphrase for the test")
    assert found(laptop, "quaggawell", "account") == [account]  # was []: indexed before its versions arrived
    assert_index_true(laptop)


def test_sync_keeps_both_indexes_true(ctx: StoreContext, laptop: StoreContext) -> None:
    """``ctx`` is the team store (PostgreSQL when that backend runs), ``laptop`` an investigator's copy."""
    case_id, witness, account = case_with_accounts(laptop)
    sync_case(laptop, ctx, case_id)
    assert found(ctx, "quaggawell", "account") == [account]
    team = RecordService(ctx)
    team.update("account", account, narrative="They waited at the okapiwell.", correction_note="recheck")
    team.update("witness", witness, pseudonym="W-Menaka")
    RecordService(laptop).delete("location", RecordService(laptop).records("location", case_id)[0].id)
    sync_case(laptop, ctx, case_id)
    for store in (laptop, ctx):
        assert found(store, "okapiwell", "account") == [account]
        assert found(store, "Menaka", "account") == [account]
        assert_index_true(store)


@pytest.mark.parametrize("choice", ["local", "incoming"])
def test_conflicts_decided_either_way_keep_the_index_true(ctx: StoreContext, laptop: StoreContext, choice: str) -> None:
    case_id, witness, account = case_with_accounts(laptop)
    Merger(ctx).apply(take_snapshot(laptop, case_id), origin_label="laptop", files=copy_evidence(laptop))
    theirs, ours = RecordService(laptop), RecordService(ctx)
    theirs.update("account", account, narrative="Seen at the gnuwell.", correction_note="their recheck")
    theirs.update("witness", witness, pseudonym="W-Theirs")
    ours.update("account", account, narrative="Seen at the elandwell.", correction_note="our recheck")
    ours.update("witness", witness, pseudonym="W-Ours")
    Merger(ctx).apply(take_snapshot(laptop, case_id), origin_label="laptop", files=copy_evidence(laptop))
    # Two corrections of the account conflict (ours stays current until decided), as does the pseudonym.
    assert sorted(c.kind for c in ConflictService(ctx).open_conflicts(case_id)) == ["account", "witness"]
    assert found(ctx, "elandwell", "account") == [account]
    assert_index_true(ctx)
    conflicts = ConflictService(ctx)
    for conflict in conflicts.open_conflicts(case_id):
        conflicts.resolve(conflict.id, choice)
    name = "W-Ours" if choice == "local" else "W-Theirs"
    assert found(ctx, name, "account") == [account]
    assert found(ctx, "elandwell" if choice == "local" else "gnuwell", "account") == [account]
    assert_index_true(ctx)


def test_an_acled_import_keeps_the_index_true(ctx: StoreContext) -> None:
    r = RecordService(ctx)
    case_id = make_case(r)
    data = csv_bytes([acled_row(n) for n in range(1, 8)])
    report = import_acled(ctx, str(case_id), io.BytesIO(data), file_name="events.csv")
    assert report.committed
    assert_index_true(ctx)


def test_verify_names_what_is_wrong_in_the_index_and_rebuild_repairs_it(ctx: StoreContext) -> None:
    case_id, _witness, account = case_with_accounts(ctx)
    incident = RecordService(ctx).records("incident", case_id)[0].id
    with ctx.write() as session:  # tampered with behind hrdoc's back
        conn = session.connection()
        conn.execute(text("DELETE FROM search_docs WHERE kind = 'account'"))
        conn.execute(text("UPDATE search_docs SET body = 'nothing' WHERE kind = 'incident'"))
        conn.execute(
            text("INSERT INTO search_docs (record_id, kind, case_id, title, body) VALUES (:r, 'link', :c, 't', 'b')"),
            {"r": search_index._id_text(uuid.UUID(int=7)), "c": search_index._id_text(case_id)},
        )
    report = verify_store(ctx)
    lines = [p for p in report.problems if p.startswith("search index")]
    assert lines == [
        f"search index: the search document of incident {incident.hex} is out of date: "
        "search finds the record by text it no longer holds",
        f"search index: the search document of account {account.hex} is missing: the record cannot be found by search",
        f"search index: the search document of link {uuid.UUID(int=7).hex} is left over: "
        "there is no such record any more",
        "search index: 3 of 6 documents differ from the records; run hrdoc verify --rebuild-index "
        "to make it again from the records (no record changes)",
    ]
    assert not any("quaggawell" in p or "Tessalit" in p for p in report.problems)  # never the contents
    assert rebuild_index(ctx) == 6
    assert found(ctx, "quaggawell", "account") == [account]
    assert_index_true(ctx)


@pytest.mark.sqlite_only  # FTS5's own words, under the documents
def test_verify_notices_full_text_words_that_disagree_with_their_documents(ctx: StoreContext) -> None:
    case_with_accounts(ctx)
    with ctx.write() as session:
        conn = session.connection()
        rowid, title, body = conn.execute(text("SELECT rowid, title, body FROM search_docs LIMIT 1")).one()
        conn.execute(
            text("INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', :r, :t, :b)"),
            {"r": rowid, "t": title, "b": body},
        )
    lines = [p for p in verify_store(ctx).problems if p.startswith("search index")]
    assert lines == [
        "search index: the full-text index does not hold the words of its documents; run hrdoc verify "
        "--rebuild-index to make it again from the records (no record changes)"
    ]
    rebuild_index(ctx)
    assert_index_true(ctx)
