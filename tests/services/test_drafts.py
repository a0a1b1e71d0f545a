"""Drafts keep what a form held, in the encrypted store, until it is saved or discarded."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftService
from tests.backends import reopen
from tests.helpers import make_case


def test_a_draft_survives_the_process_and_is_discarded_on_request(ctx: StoreContext, records):
    case_id = make_case(records)
    draft_id = uuid.uuid4()
    drafts = DraftService(ctx)
    drafts.save(draft_id, "incident", {"title": "Half-typed incident"}, case_id=case_id)
    drafts.save(draft_id, "incident", {"title": "Half-typed incident near Anéfis"}, case_id=case_id)
    ctx.close()  # the app dies; the next unlock finds the draft

    again = reopen(ctx)
    try:
        pending = DraftService(again).pending()
        assert [(d.id, d.kind, d.case_id, d.fields) for d in pending] == [
            (draft_id, "incident", case_id, {"title": "Half-typed incident near Anéfis"})
        ]
        DraftService(again).discard(draft_id)
        assert DraftService(again).pending() == []
    finally:
        again.close()


def test_drafts_are_per_investigator_and_go_with_their_case(ctx: StoreContext, records) -> None:
    case_id = make_case(records)
    DraftService(ctx).save(uuid.uuid4(), "actor", {"name": "Wagner"}, case_id=case_id)
    other = StoreContext(ctx.engine, ctx.location, user="someone else")
    assert DraftService(other).pending() == []
    records.delete("case", case_id)
    assert DraftService(ctx).pending() == []


@pytest.mark.sqlite_only  # the store file's bytes (a team store's disk is the server's)
def test_draft_text_is_not_readable_in_the_store_file(ctx: StoreContext, store_path: Path) -> None:
    marker = "DRAFT-MARKER-" + uuid.uuid4().hex
    DraftService(ctx).save(uuid.uuid4(), "case", {"summary": marker})
    for path in store_path.parent.iterdir():
        if path.is_file():
            assert marker.encode() not in path.read_bytes()
