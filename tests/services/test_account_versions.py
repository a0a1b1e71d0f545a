"""Account versioning: a correction is a new version beside the old one, never an overwrite."""

from __future__ import annotations

import uuid

import pytest

from hrdoc.domain.validation import ValidationError
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from tests.helpers import make_account, make_case, make_witness
from tests.services.support import audit_log, load, versions

FIRST = "The first car was shot at near the well; my cousin was in it."
SECOND = "The first car was shot at near the wadi; my cousin was in it."


@pytest.fixture
def ctx(shared_ctx: StoreContext) -> StoreContext:
    """Here ``ctx`` (and ``records``, built on it) is the module's shared store; each test uses its own case."""
    return shared_ctx


@pytest.fixture
def account(records: RecordService) -> tuple[uuid.UUID, uuid.UUID]:
    case = make_case(records)
    witness = make_witness(records, case)
    return case, make_account(
        records, case, witness, narrative=FIRST, interviewer="A. Investigator", key_quotes=["they fired at the car"]
    )


def test_new_account_is_version_1(ctx: StoreContext, account: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, acc = account
    [v1] = versions(ctx, acc)
    assert (v1["version"], v1["narrative"], v1["interviewer"], v1["correction_note"]) == (
        1,
        FIRST,
        "A. Investigator",
        "",
    )
    stored = load(ctx, "account", acc)
    assert stored is not None and stored["current_version"] == 1


def test_correcting_the_narrative_creates_version_2_and_keeps_version_1(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID]
) -> None:
    case, acc = account
    v1_before = versions(ctx, acc)[0]

    records.update("account", acc, narrative=SECOND, correction_note="witness corrected the place: wadi, not well")

    v1, v2 = versions(ctx, acc)
    assert v1 == v1_before  # version 1 is untouched
    assert (v2["version"], v2["narrative"], v2["correction_note"]) == (
        2,
        SECOND,
        "witness corrected the place: wadi, not well",
    )
    # Content not given is carried over from the previous version.
    assert (v2["interviewer"], v2["key_quotes"]) == ("A. Investigator", ["they fired at the car"])
    assert v2["created_by"] == "tester"
    stored = load(ctx, "account", acc)
    assert stored is not None and stored["current_version"] == 2
    current = records.current_version(acc)
    assert (current.version, current.narrative) == (2, SECOND)
    assert [(v.version, v.narrative) for v in records.account_versions(acc)] == [(1, FIRST), (2, SECOND)]
    # The export shows both versions, oldest first.
    exported = CaseService(ctx).export(str(case))
    [acc_json] = exported["accounts"]
    assert acc_json["current_version"] == 2
    assert [v["narrative"] for v in acc_json["versions"]] == [FIRST, SECOND]


def test_a_correction_is_audited_as_a_new_version(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID]
) -> None:
    _, acc = account
    before = audit_log(ctx)

    records.update("account", acc, narrative=SECOND, correction_note="place corrected")

    [entry] = audit_log(ctx)[len(before) :]
    assert (entry["action"], entry["entity_type"], entry["entity_id"]) == ("update", "account", str(acc))
    reference = records.get("case", account[0]).reference
    assert entry["summary"] == f"Corrected account of W-01 (version 2) in {reference}"
    assert entry["details"]["fields"]["narrative"] == SECOND
    assert entry["details"]["fields"]["version"] == 2


def test_each_correction_adds_one_more_version(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID]
) -> None:
    _, acc = account
    records.update("account", acc, narrative=SECOND, correction_note="first correction")
    records.update("account", acc, key_quotes=["they fired at the first car"], correction_note="quote checked")

    assert [v["version"] for v in versions(ctx, acc)] == [1, 2, 3]
    assert versions(ctx, acc)[2]["narrative"] == SECOND
    assert records.current_version(acc).key_quotes == ["they fired at the first car"]


@pytest.mark.parametrize("note", [None, "", "   "])
def test_content_change_without_correction_note_is_refused(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID], note: str | None
) -> None:
    _, acc = account
    before = audit_log(ctx)
    extra = {} if note is None else {"correction_note": note}

    with pytest.raises(ValidationError) as err:
        records.update("account", acc, narrative=SECOND, **extra)

    [message] = err.value.for_field("correction_note")
    assert "say why the account is corrected" in message
    assert [v["narrative"] for v in versions(ctx, acc)] == [FIRST]
    stored = load(ctx, "account", acc)
    assert stored is not None and stored["current_version"] == 1
    assert audit_log(ctx) == before


@pytest.mark.parametrize("change", [{"notes": "checked against the press report"}, {"visibility": "confidential"}])
def test_changing_notes_or_visibility_creates_no_version(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID], change: dict[str, str]
) -> None:
    _, acc = account
    before = audit_log(ctx)

    records.update("account", acc, **change)

    assert [v["version"] for v in versions(ctx, acc)] == [1]
    stored = load(ctx, "account", acc)
    assert stored is not None
    assert stored["current_version"] == 1
    [(key, value)] = change.items()
    assert stored[key] == value
    [entry] = audit_log(ctx)[len(before) :]
    assert entry["action"] == "update" and entry["details"]["fields"] == change


def test_resubmitting_the_same_content_creates_no_version(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID]
) -> None:
    _, acc = account
    before = audit_log(ctx)

    records.update("account", acc, narrative=FIRST, correction_note="no real change")

    assert [v["version"] for v in versions(ctx, acc)] == [1]
    assert audit_log(ctx) == before


def test_an_invalid_correction_is_refused_and_keeps_the_account(
    ctx: StoreContext, records: RecordService, account: tuple[uuid.UUID, uuid.UUID]
) -> None:
    _, acc = account
    with pytest.raises(ValidationError) as err:
        records.update("account", acc, narrative="", key_quotes=[], correction_note="emptied")
    assert "an account must say what the witness said" in err.value.for_field("narrative")[0]
    assert [v["narrative"] for v in versions(ctx, acc)] == [FIRST]
