"""RecordService: create, read, update, delete and list every kind of record, each write audited once."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import KINDS
from hrdoc.storage import models as m
from tests.helpers import make_account, make_case, make_incident, make_witness
from tests.services.support import audit_log, count, load, prepare

ALL_KINDS = sorted(KINDS)


@pytest.fixture
def ctx(shared_ctx: StoreContext) -> StoreContext:
    """Here ``ctx`` (and ``records``, built on it) is the module's shared store; each test uses its own case."""
    return shared_ctx


def _expected_case_id(kind: str, record_id: uuid.UUID, case_id: uuid.UUID | None) -> str:
    if kind == "case":
        return str(record_id)
    return "" if case_id is None else str(case_id)


def test_every_kind_has_a_factory(records: RecordService) -> None:
    # The parametrised tests below cover KINDS; a new kind must get a factory in tests/services/support.py.
    assert set(ALL_KINDS) == {
        "case",
        "location",
        "incident",
        "actor",
        "allegation",
        "perpetrator",
        "victim",
        "allegation_victim",
        "witness",
        "account",
        "source",
        "evidence",
        "link",
        "figure",
        "vocabulary_term",
    }


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_create_stores_the_record_and_adds_exactly_one_audit_entry(
    ctx: StoreContext, records: RecordService, kind: str
) -> None:
    p = prepare(records, kind)
    before = audit_log(ctx)

    rid = records.create(kind, **p.fields)

    stored = load(ctx, kind, rid)
    assert stored is not None
    for key, value in p.fields.items():
        if key in stored:  # an account's narrative lives in its first version
            assert stored[key] == (str(value) if isinstance(value, uuid.UUID) else value), key
    assert stored["created_by"] == "tester"
    after = audit_log(ctx)
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert entry["action"] == "create"
    assert entry["entity_type"] == kind
    assert entry["entity_id"] == str(rid)
    assert entry["case_id"] == _expected_case_id(kind, rid, p.case_id)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_update_changes_the_record_and_adds_exactly_one_audit_entry(
    ctx: StoreContext, records: RecordService, kind: str
) -> None:
    p = prepare(records, kind)
    rid = records.create(kind, **p.fields)
    before = audit_log(ctx)

    records.update(kind, rid, **p.update)

    stored = load(ctx, kind, rid)
    assert stored is not None
    for key, value in p.update.items():
        assert stored[key] == value, key
    after = audit_log(ctx)
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert (entry["action"], entry["entity_type"], entry["entity_id"]) == ("update", kind, str(rid))
    assert entry["case_id"] == _expected_case_id(kind, rid, p.case_id)
    # The entry says what changed, with the new value.
    assert entry["details"]["fields"] == p.update


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_delete_removes_the_record_and_adds_exactly_one_audit_entry(
    ctx: StoreContext, records: RecordService, kind: str
) -> None:
    p = prepare(records, kind)
    rid = records.create(kind, **p.fields)
    before = audit_log(ctx)

    records.delete(kind, rid)

    assert load(ctx, kind, rid) is None
    with pytest.raises(NotFound):
        records.get(kind, rid)
    after = audit_log(ctx)
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert (entry["action"], entry["entity_type"], entry["entity_id"]) == ("delete", kind, str(rid))
    assert entry["case_id"] == _expected_case_id(kind, rid, p.case_id)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_get_and_records_return_readable_records(records: RecordService, kind: str) -> None:
    p = prepare(records, kind)
    rid = records.create(kind, **p.fields)

    got = records.get(kind, rid)
    assert got.id == rid
    label_field = KINDS[kind].label_field
    expected_label = p.fields[label_field]
    assert getattr(got, label_field) == expected_label  # attributes are readable after the session closed

    if KINDS[kind].case_scoped:
        listed = records.records(kind, p.case_id)
        assert rid in [r.id for r in listed]
        assert all(r.case_id == p.case_id for r in listed)
    else:
        listed = records.records(kind)
        assert rid in [r.id for r in listed]


def test_records_lists_only_the_given_case(records: RecordService) -> None:
    a, b = make_case(records), make_case(records)
    in_a = make_incident(records, a, title="In A")
    make_incident(records, b, title="In B")

    listed = records.records("incident", a)

    assert [i.id for i in listed] == [in_a]
    assert [i.title for i in listed] == ["In A"]


def test_records_of_a_case_scoped_kind_needs_a_case(records: RecordService) -> None:
    with pytest.raises(ValueError, match="needs a case"):
        records.records("incident")


def test_account_versions_current_version_and_consent_are_readable(records: RecordService) -> None:
    case = make_case(records)
    witness = make_witness(records, case, consent={"to_be_recorded": True, "how_given": "oral"})
    account = make_account(records, case, witness, narrative="First telling.")
    records.update("account", account, narrative="Second telling.", correction_note="witness corrected a detail")

    assert [(v.version, v.narrative) for v in records.account_versions(account)] == [
        (1, "First telling."),
        (2, "Second telling."),
    ]
    current = records.current_version(account)
    assert (current.version, current.narrative, current.correction_note) == (
        2,
        "Second telling.",
        "witness corrected a detail",
    )
    consent = records.consent(witness)
    assert consent is not None
    assert consent.to_be_recorded is True
    assert consent.how_given == "oral"


def test_unknown_kind_and_missing_record_are_not_found(records: RecordService) -> None:
    with pytest.raises(NotFound, match="unknown kind of record 'incidnet'"):
        records.create("incidnet", title="x")
    with pytest.raises(NotFound, match="no incident with id"):
        records.get("incident", uuid.uuid4())
    with pytest.raises(NotFound, match="not a record id"):
        records.get("incident", "not-a-uuid")


def test_update_without_any_change_adds_no_audit_entry(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    incident = make_incident(records, case, title="Attack on a convoy")
    before = audit_log(ctx)

    records.update("incident", incident, title="Attack on a convoy")

    assert audit_log(ctx) == before


def test_iso_strings_are_accepted_for_dates_and_ids(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    incident = records.create(
        "incident", case_id=str(case), title="Dated", start_date="2025-02-07", end_date="2025-02-08"
    )

    stored = load(ctx, "incident", incident)
    assert stored is not None
    assert (stored["start_date"], stored["end_date"], stored["case_id"]) == ("2025-02-07", "2025-02-08", str(case))


def test_a_bad_date_string_names_the_field(records: RecordService) -> None:
    case = make_case(records)
    with pytest.raises(ValidationError) as err:
        records.create("incident", case_id=case, title="Dated", start_date="07/02/2025")
    assert err.value.for_field("start_date") == ["'07/02/2025' is not a date (YYYY-MM-DD)"]


# -- all-or-nothing -------------------------------------------------------------------------------------


def test_failed_create_after_the_row_was_written_leaves_nothing(ctx: StoreContext, records: RecordService) -> None:
    """A witness row is written before its consent is checked; a bad consent must undo the witness too."""
    case = make_case(records)
    witnesses, consents, audit = count(ctx, m.Witness), count(ctx, m.Consent), audit_log(ctx)

    with pytest.raises(ValidationError) as err:
        # Consent to be quoted without saying how it was given is refused.
        make_witness(records, case, pseudonym="W-77", consent={"to_be_quoted": True})

    assert err.value.for_field("how_given")
    assert count(ctx, m.Witness) == witnesses
    assert count(ctx, m.Consent) == consents
    assert audit_log(ctx) == audit
    with ctx.read() as session:
        assert session.scalars(select(m.Witness).where(m.Witness.pseudonym == "W-77")).first() is None


def test_failed_account_create_leaves_no_account_no_version_no_audit(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    witness = make_witness(records, case)
    accounts, account_versions, audit = count(ctx, m.Account), count(ctx, m.AccountVersion), audit_log(ctx)

    with pytest.raises(ValidationError):
        make_account(records, case, witness, quotable=True)  # no consent to be quoted

    assert count(ctx, m.Account) == accounts
    assert count(ctx, m.AccountVersion) == account_versions
    assert audit_log(ctx) == audit


def test_failed_identity_on_create_leaves_no_witness(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    witnesses, identities, audit = count(ctx, m.Witness), count(ctx, m.WitnessIdentity), audit_log(ctx)

    with pytest.raises(ValidationError) as err:
        make_witness(records, case, identity={"legal_name": "Someone", "passport": "X123"})

    assert err.value.for_field("passport")
    assert count(ctx, m.Witness) == witnesses
    assert count(ctx, m.WitnessIdentity) == identities
    assert audit_log(ctx) == audit


@pytest.mark.parametrize(
    ("kind", "fields", "field"),
    [
        ("case", {"reference": "bad ref!", "title": "x"}, "reference"),
        ("incident", {"title": "", "fatalities_best": -1}, "title"),
        ("location", {"name": "X", "country_code": "Atlantis"}, "country_code"),  # a name, but of no country
        ("source", {"kind": "news_article", "title": "x", "url": "telegraph"}, "url"),
        ("victim", {"label": "x", "kind": "martian"}, "kind"),
        ("evidence", {"original_filename": "a.jpg", "sha256": "xyz", "size": 1}, "sha256"),
    ],
)
def test_failed_create_leaves_no_record_and_no_audit_entry(
    ctx: StoreContext, records: RecordService, kind: str, fields: dict[str, object], field: str
) -> None:
    case = make_case(records)
    if kind != "case":
        fields = {"case_id": case, **fields}
    rows, audit = count(ctx, KINDS[kind].model), audit_log(ctx)

    with pytest.raises(ValidationError) as err:
        records.create(kind, **fields)

    assert err.value.for_field(field), str(err.value)
    assert count(ctx, KINDS[kind].model) == rows
    assert audit_log(ctx) == audit


def test_failed_update_changes_nothing_and_adds_no_audit_entry(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    incident = make_incident(records, case, title="Attack", fatalities_best=24, fatalities_high=30)
    before, audit = load(ctx, "incident", incident), audit_log(ctx)

    with pytest.raises(ValidationError):
        records.update("incident", incident, title="Changed", fatalities_low=40)

    assert load(ctx, "incident", incident) == before
    assert audit_log(ctx) == audit


def test_failed_delete_keeps_the_record_and_adds_no_audit_entry(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    original = records.create("evidence", case_id=case, original_filename="a.jpg", sha256="a" * 64, size=10)
    records.create(
        "evidence", case_id=case, original_filename="a-cropped.jpg", sha256="b" * 64, size=8, original_id=original
    )
    audit = audit_log(ctx)

    with pytest.raises(ValidationError, match="still referred to"):
        records.delete("evidence", original)

    assert load(ctx, "evidence", original) is not None
    assert audit_log(ctx) == audit


def test_a_record_cannot_be_moved_to_another_case(ctx: StoreContext, records: RecordService) -> None:
    a, b = make_case(records), make_case(records)
    incident = make_incident(records, a)

    with pytest.raises(ValidationError) as err:
        records.update("incident", incident, case_id=b)

    assert err.value.for_field("case_id") == ["a record cannot be moved to another case"]
    stored = load(ctx, "incident", incident)
    assert stored is not None and stored["case_id"] == str(a)
