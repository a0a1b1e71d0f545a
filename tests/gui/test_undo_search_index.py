"""Undo and redo go through the services, so they leave the search index as a rebuild makes it (issue 12,
point 6): undoing a new account deletes it and its words, redoing it makes it searchable again, and undoing
a correction brings back the words of the version before."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hrdoc.gui.undo import CreateRecord, RecordUndoStack, UpdateRecord
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from tests.helpers import make_case, make_witness
from tests.services.test_search_index_true import assert_index_true, found

pytestmark = pytest.mark.gui


def test_undo_and_redo_keep_the_index_true(ctx: StoreContext, qtbot: QtBot) -> None:
    r = RecordService(ctx)
    case_id = make_case(r)
    witness = make_witness(r, case_id)
    stack = RecordUndoStack(ctx)
    values = {"case_id": case_id, "witness_id": witness, "narrative": "Heard at the dikdikwell."}
    account = r.create("account", **values)  # as the form saves, then pushes its command
    stack.push(CreateRecord(stack, "account", values, account))
    before = {"narrative": "Heard at the dikdikwell.", "correction_note": "Undo of the correction: wording"}
    after = {"narrative": "Heard at the kuduwell.", "correction_note": "wording"}
    r.update("account", account, **after)
    stack.push(UpdateRecord(stack, "account", account, before, after))
    assert found(ctx, "kuduwell", "account") == [account]

    stack.undo()  # the correction: the account reads as before again
    assert found(ctx, "dikdikwell", "account") == [account]
    assert found(ctx, "kuduwell", "account") == []
    assert_index_true(ctx)
    stack.undo()  # the new account: deleted, and its words with it
    assert found(ctx, "dikdikwell", "account") == []
    assert_index_true(ctx)
    stack.redo()  # made again, under a new id
    [again] = found(ctx, "dikdikwell", "account")
    assert stack.resolve(account) == again
    assert_index_true(ctx)
