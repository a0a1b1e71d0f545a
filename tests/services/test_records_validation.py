"""RecordService validation: every refusal names the field and says the rule, and nothing is saved."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from hrdoc.domain import registry
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService
from hrdoc.storage import models as m
from tests.helpers import make_account, make_allegation, make_case, make_incident, make_source, make_witness
from tests.services.support import audit_log, consent_row, count, load


@pytest.fixture
def ctx(shared_ctx: StoreContext) -> StoreContext:
    """Here ``ctx`` (and ``records``, built on it) is the module's shared store; each test uses its own case."""
    return shared_ctx


def refused(call: Callable[..., object], *args: object, **kwargs: object) -> ValidationError:
    """The ValidationError that ``call(*args, **kwargs)`` raises (the test fails if it raises none)."""
    with pytest.raises(ValidationError) as err:
        call(*args, **kwargs)
    return err.value


# -- counts and dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "field", "words"),
    [
        ({"fatalities_low": 30, "fatalities_best": 24}, "fatalities_best", "below the low estimate (30)"),
        ({"fatalities_best": 30, "fatalities_high": 24}, "fatalities_best", "above the high estimate (24)"),
        ({"fatalities_low": 30, "fatalities_high": 24}, "fatalities_low", "above the high estimate (24)"),
    ],
)
def test_fatalities_must_satisfy_low_best_high(
    records: RecordService, counts: dict[str, int], field: str, words: str
) -> None:
    case = make_case(records)

    err = refused(make_incident, records, case, **counts)

    [message] = err.for_field(field)
    assert words in message
    assert str(err).startswith(registry.kind("incident").field(field).label)  # the field by its label


def test_fatalities_in_order_are_accepted(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    incident = make_incident(records, case, fatalities_low=20, fatalities_best=24, fatalities_high=36)
    stored = load(ctx, "incident", incident)
    assert stored is not None
    assert (stored["fatalities_low"], stored["fatalities_best"], stored["fatalities_high"]) == (20, 24, 36)


def test_fatalities_rule_holds_on_update_against_stored_values(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    incident = make_incident(records, case, fatalities_best=24)

    err = refused(records.update, "incident", incident, fatalities_high=10)

    assert err.for_field("fatalities_best") == ["cannot be above the high estimate (10)"]
    stored = load(ctx, "incident", incident)
    assert stored is not None and stored["fatalities_high"] is None


def test_negative_fatalities_are_refused(records: RecordService) -> None:
    case = make_case(records)
    err = refused(make_incident, records, case, fatalities_best=-3)
    assert err.for_field("fatalities_best") == ["cannot be negative"]


def test_victim_counts_must_satisfy_low_best_high(records: RecordService) -> None:
    case = make_case(records)
    err = refused(records.create, "victim", case_id=case, label="Civilians", count_low=30, count_best=24)
    assert err.for_field("count_best") == ["cannot be below the low estimate (30)"]


def test_a_rule_the_database_keeps_is_said_in_words(records: RecordService) -> None:
    """The same actor named twice for one allegation: refused by the store's unique rule (SQLite and PostgreSQL
    say it differently), said with the fields' labels, not the table's column names."""
    case = make_case(records)
    allegation = make_allegation(records, case, make_incident(records, case))
    actor = records.create("actor", case_id=case, name="Wagner Group")
    records.create("perpetrator", case_id=case, allegation_id=allegation, actor_id=actor)

    err = refused(records.create, "perpetrator", case_id=case, allegation_id=allegation, actor_id=actor)

    assert err.for_field("actor_id") == ["duplicates another alleged perpetrator with the same allegation and actor"]
    assert str(err) == "Actor: duplicates another alleged perpetrator with the same allegation and actor"


def test_end_date_cannot_be_before_start_date(records: RecordService) -> None:
    case = make_case(records)

    err = refused(make_incident, records, case, start_date="2025-02-07", end_date="2025-02-01")

    [message] = err.for_field("end_date")
    assert "2025-02-01" in message and "2025-02-07" in message
    assert "cannot be before the start date" in message


def test_end_date_on_the_start_date_is_accepted(records: RecordService) -> None:
    case = make_case(records)
    make_incident(records, case, start_date="2025-02-07", end_date="2025-02-07")


# -- witnesses, pseudonyms and consent ------------------------------------------------------------------


def test_pseudonym_must_be_unique_within_a_case(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    make_witness(records, case, "W-01")
    witnesses = count(ctx, m.Witness)

    err = refused(make_witness, records, case, "W-01")

    [message] = err.for_field("pseudonym")
    assert "W-01" in message and "unique within a case" in message
    assert count(ctx, m.Witness) == witnesses


def test_same_pseudonym_is_fine_in_another_case(ctx: StoreContext, records: RecordService) -> None:
    a, b = make_case(records), make_case(records)
    make_witness(records, a, "W-01")

    other = make_witness(records, b, "W-01")

    stored = load(ctx, "witness", other)
    assert stored is not None and stored["pseudonym"] == "W-01" and stored["case_id"] == str(b)


def test_renaming_a_witness_to_a_pseudonym_in_use_is_refused(records: RecordService) -> None:
    case = make_case(records)
    make_witness(records, case, "W-01")
    second = make_witness(records, case, "W-02")

    err = refused(records.update, "witness", second, pseudonym="W-01")

    assert "unique within a case" in err.for_field("pseudonym")[0]


def test_account_cannot_be_quotable_without_consent_to_be_quoted(records: RecordService) -> None:
    case = make_case(records)
    no_consent = make_witness(records, case, "W-01")
    recorded_only = make_witness(records, case, "W-02", consent={"to_be_recorded": True, "how_given": "oral"})

    for witness in (no_consent, recorded_only):
        err = refused(make_account, records, case, witness, quotable=True)
        [message] = err.for_field("quotable")
        assert "not consented to be quoted" in message


def test_account_can_be_quotable_with_consent_to_be_quoted(records: RecordService) -> None:
    case = make_case(records)
    witness = make_witness(records, case, consent={"to_be_quoted": True, "how_given": "oral, recorded"})

    account = make_account(records, case, witness, quotable=True)

    assert records.current_version(account).quotable is True


def test_marking_an_existing_account_quotable_needs_consent(records: RecordService) -> None:
    case = make_case(records)
    witness = make_witness(records, case)
    account = make_account(records, case, witness)

    err = refused(records.update, "account", account, quotable=True, correction_note="witness agreed")

    assert err.for_field("quotable")
    assert records.current_version(account).quotable is False


def test_consent_to_be_quoted_cannot_be_withdrawn_while_an_account_is_quotable(
    ctx: StoreContext, records: RecordService
) -> None:
    case = make_case(records)
    witness = make_witness(records, case, consent={"to_be_quoted": True, "how_given": "oral"})
    account = make_account(records, case, witness, quotable=True)
    audit = audit_log(ctx)

    for withdraw in (
        lambda: records.set_consent(witness, to_be_quoted=False),
        lambda: records.update("witness", witness, consent={"to_be_quoted": False}),
    ):
        err = refused(withdraw)
        [message] = err.for_field("to_be_quoted")
        assert "marked quotable" in message

    consent = consent_row(ctx, witness)
    assert consent is not None and consent["to_be_quoted"] is True
    assert audit_log(ctx) == audit

    # Once the account is no longer quotable, consent can be withdrawn.
    records.update("account", account, quotable=False, correction_note="witness withdrew consent to be quoted")
    records.set_consent(witness, to_be_quoted=False)
    consent = consent_row(ctx, witness)
    assert consent is not None and consent["to_be_quoted"] is False


def test_moving_a_quotable_account_to_a_witness_without_consent_is_refused(
    ctx: StoreContext, records: RecordService
) -> None:
    """BUG: RecordService._update checks consent only when account content is given, not when witness_id changes."""
    case = make_case(records)
    consenting = make_witness(records, case, "W-01", consent={"to_be_quoted": True, "how_given": "oral"})
    other = make_witness(records, case, "W-02")  # never agreed to be quoted
    account = make_account(records, case, consenting, quotable=True)

    with pytest.raises(ValidationError) as err:
        records.update("account", account, witness_id=other)

    assert err.value.for_field("quotable") or err.value.for_field("witness_id")
    stored = load(ctx, "account", account)
    assert stored is not None and stored["witness_id"] == str(consenting)


# -- URLs and vocabularies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["www.telegraph.co.uk", "https://www.tele graph.co.uk", "ftp://example.org/x", "https://", "https://localhost:x"],
)
@pytest.mark.parametrize("field", ["url", "archived_url"])
def test_source_urls_must_be_well_formed(records: RecordService, url: str, field: str) -> None:
    case = make_case(records)

    err = refused(make_source, records, case, **{field: url})

    [message] = err.for_field(field)
    assert "is not a well-formed URL" in message


@pytest.mark.parametrize("url", ["https://www.telegraph.co.uk", "http://archive.org/web/2025/x?a=1", ""])
def test_well_formed_urls_are_accepted(records: RecordService, url: str) -> None:
    case = make_case(records)
    make_source(records, case, url=url)


def test_unknown_violation_type_is_refused(records: RecordService) -> None:
    case = make_case(records)
    incident = make_incident(records, case)

    err = refused(make_allegation, records, case, incident, violation_type="summary_excecution")

    [message] = err.for_field("violation_type")
    assert "'summary_excecution' is not a known violation type" in message


def test_unknown_event_type_is_refused(records: RecordService) -> None:
    case = make_case(records)
    err = refused(make_incident, records, case, event_type="fighting")
    assert "'fighting' is not a known event type" in err.for_field("event_type")[0]


def test_unknown_actor_kind_is_refused(records: RecordService) -> None:
    case = make_case(records)
    err = refused(records.create, "actor", case_id=case, name="Someone", kind="gang")
    assert "'gang' is not a known actor kind" in err.for_field("kind")[0]


def test_event_subtype_must_be_under_the_event_type(records: RecordService) -> None:
    case = make_case(records)

    err = refused(make_incident, records, case, event_type="battles", event_subtype="attack")

    [message] = err.for_field("event_subtype")
    assert message == "“Attack” is not a sub-type of the event type “Battles”"  # the terms by their labels
    make_incident(records, case, event_type="violence_against_civilians", event_subtype="attack")


def test_a_sub_event_type_is_not_accepted_as_the_event_type(records: RecordService) -> None:
    """BUG: any code of the event_type vocabulary passes as event_type, including sub-types like 'armed_clash'."""
    case = make_case(records)

    err = refused(make_incident, records, case, event_type="armed_clash")

    assert err.for_field("event_type")


# -- references, field names, references of cases -------------------------------------------------------


def test_reference_to_a_record_of_another_case_is_refused(records: RecordService) -> None:
    a, b = make_case(records), make_case(records)
    incident_a = make_incident(records, a)
    source_a = make_source(records, a)
    actor_a = records.create("actor", case_id=a, name="Wagner Group")
    allegation_b = make_allegation(records, b, make_incident(records, b))

    err = refused(make_allegation, records, b, incident_a)
    assert "belongs to another case" in err.for_field("incident_id")[0]

    err = refused(
        records.create, "link", case_id=b, source_id=source_a, allegation_id=allegation_b, relation="supports"
    )
    assert "belongs to another case" in err.for_field("source_id")[0]

    err = refused(records.create, "perpetrator", case_id=b, allegation_id=allegation_b, actor_id=actor_a)
    assert "belongs to another case" in err.for_field("actor_id")[0]


def test_reference_to_a_missing_record_is_refused(records: RecordService) -> None:
    case = make_case(records)
    missing = uuid.uuid4()
    err = refused(make_allegation, records, case, missing)
    assert err.for_field("incident_id") == [f"no incident with id {missing}"]


def test_unknown_field_name_is_refused_on_create_and_update(records: RecordService) -> None:
    case = make_case(records)

    err = refused(make_incident, records, case, colour="red")
    assert "is not a field of incident records" in err.for_field("colour")[0]

    incident = make_incident(records, case)
    err = refused(records.update, "incident", incident, fatalities="24")
    assert err.for_field("fatalities")


def test_case_reference_must_be_unique(ctx: StoreContext, records: RecordService) -> None:
    make_case(records, reference="ML-2025-004")
    cases = count(ctx, m.Case)

    err = refused(make_case, records, reference="ML-2025-004")

    [message] = err.for_field("reference")
    assert "ML-2025-004 is already used by another case" in message
    assert count(ctx, m.Case) == cases


def test_case_reference_differing_only_in_letter_case_is_refused(ctx: StoreContext, records: RecordService) -> None:
    """BUG: `hrdoc show` finds cases by reference case-insensitively, but uniqueness is checked case-sensitively,
    so 'ml-2025-005' and 'ML-2025-005' can coexist and `show ml-2025-005` opens either one."""
    make_case(records, reference="ML-2025-005")

    err = refused(make_case, records, reference="ml-2025-005")

    assert err.for_field("reference")


def test_renaming_a_case_to_a_reference_in_use_is_refused(records: RecordService) -> None:
    make_case(records, reference="ML-2025-006")
    other = make_case(records, reference="ML-2025-007")
    err = refused(records.update, "case", other, reference="ML-2025-006")
    assert "already used" in err.for_field("reference")[0]


# -- cascades -------------------------------------------------------------------------------------------


def test_deleting_an_incident_cascades_to_allegations_and_links_and_unindexes_them(
    ctx: StoreContext, records: RecordService
) -> None:
    case = make_case(records)
    incident = make_incident(records, case, title="Attack on the Xylofon convoy")
    allegation = make_allegation(records, case, incident, description="Passengers were quarrelvexed on site.")
    actor = records.create("actor", case_id=case, name="Wagner Group")
    perpetrator = records.create("perpetrator", case_id=case, allegation_id=allegation, actor_id=actor)
    victim = records.create("victim", case_id=case, label="Civilians", count_best=24)
    allegation_victim = records.create("allegation_victim", case_id=case, allegation_id=allegation, victim_id=victim)
    source = make_source(records, case)
    link_to_allegation = records.create(
        "link", case_id=case, source_id=source, allegation_id=allegation, relation="supports", excerpt="brimquartz"
    )
    link_to_incident = records.create(
        "link", case_id=case, source_id=source, incident_id=incident, relation="context", excerpt="flonderwick"
    )
    search = SearchService(ctx)
    assert search.search("quarrelvexed", case_id=case) and search.search("brimquartz", case_id=case)
    audit = audit_log(ctx)

    records.delete("incident", incident)

    for kind, rid in [
        ("incident", incident),
        ("allegation", allegation),
        ("perpetrator", perpetrator),
        ("allegation_victim", allegation_victim),
        ("link", link_to_allegation),
        ("link", link_to_incident),
    ]:
        assert load(ctx, kind, rid) is None, kind
    # Records that exist on their own stay.
    for kind, rid in [("actor", actor), ("victim", victim), ("source", source)]:
        assert load(ctx, kind, rid) is not None, kind
    for word in ("Xylofon", "quarrelvexed", "brimquartz", "flonderwick"):
        assert search.search(word, case_id=case) == [], word
    new = audit_log(ctx)[len(audit) :]
    assert [(e["action"], e["entity_type"], e["entity_id"]) for e in new] == [("delete", "incident", str(incident))]


def test_deleting_a_case_deletes_its_records_and_their_search_documents(
    ctx: StoreContext, records: RecordService
) -> None:
    case = make_case(records, title="Case of the Wobblestone killings")
    other = make_case(records)
    make_incident(records, case, title="Wobblestone attack")
    kept = make_incident(records, other, title="Wobblestone elsewhere")

    records.delete("case", case)

    assert records.records("incident", case) == []
    hits = SearchService(ctx).search("Wobblestone")
    assert [h.record_id for h in hits] == [kept]


# -- vocabulary terms -----------------------------------------------------------------------------------


def _builtin_term(ctx: StoreContext, code: str) -> uuid.UUID:
    with ctx.read() as session:
        term = session.scalars(
            select(m.VocabularyTerm).where(
                m.VocabularyTerm.vocabulary == "violation_type", m.VocabularyTerm.code == code
            )
        ).one()
        assert term.builtin
        return term.id


def test_builtin_vocabulary_terms_cannot_be_deleted(ctx: StoreContext, records: RecordService) -> None:
    term = _builtin_term(ctx, "extrajudicial_execution")
    audit = audit_log(ctx)

    err = refused(records.delete, "vocabulary_term", term)

    assert err.for_field("code") == ["built-in vocabulary terms cannot be deleted"]
    assert load(ctx, "vocabulary_term", term) is not None
    assert audit_log(ctx) == audit


def test_builtin_term_code_cannot_change_but_its_label_can(ctx: StoreContext, records: RecordService) -> None:
    term = _builtin_term(ctx, "pillage")

    err = refused(records.update, "vocabulary_term", term, code="looting")
    assert "cannot change" in err.for_field("code")[0]

    records.update("vocabulary_term", term, label_en="Pillage (looting)")
    stored = load(ctx, "vocabulary_term", term)
    assert stored is not None and (stored["code"], stored["label_en"]) == ("pillage", "Pillage (looting)")


def test_a_user_term_can_be_added_used_and_found(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    incident = make_incident(records, case)
    err = refused(make_allegation, records, case, incident, violation_type="starvation_of_civilians")
    assert err.for_field("violation_type")

    term = records.create(
        "vocabulary_term",
        vocabulary="violation_type",
        code="starvation_of_civilians",
        label_en="Starvation of civilians",
        label_fr="Famine infligée aux civils",
    )
    allegation = make_allegation(records, case, incident, violation_type="starvation_of_civilians")

    stored_term = load(ctx, "vocabulary_term", term)
    assert stored_term is not None and stored_term["builtin"] is False
    hits = SearchService(ctx).search("starvation", case_id=case)
    assert [(h.kind, h.record_id, h.title) for h in hits] == [("allegation", allegation, "Starvation of civilians")]


def test_a_user_term_can_be_deleted_when_unused(ctx: StoreContext, records: RecordService) -> None:
    term = records.create(
        "vocabulary_term", vocabulary="actor_kind", code="private_security", label_en="Private security", label_fr="x"
    )
    records.delete("vocabulary_term", term)
    assert load(ctx, "vocabulary_term", term) is None


def test_deleting_a_user_term_in_use_does_not_leave_records_uneditable(records: RecordService) -> None:
    """BUG: a user term still used by an allegation can be deleted; the allegation then fails validation on
    every later update (even of its notes), so the investigator can no longer edit it."""
    case = make_case(records)
    incident = make_incident(records, case)
    term = records.create(
        "vocabulary_term", vocabulary="violation_type", code="forced_labour", label_en="Forced labour", label_fr="x"
    )
    allegation = make_allegation(records, case, incident, violation_type="forced_labour")

    with contextlib.suppress(ValidationError):  # refusing the deletion is one good answer
        records.delete("vocabulary_term", term)

    records.update("allegation", allegation, notes="still editable")  # must not raise
