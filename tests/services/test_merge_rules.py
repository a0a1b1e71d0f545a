"""A copy of a case is held to the rules the forms check: import refuses what a form would refuse.

The source store holds the demo case, a term added to its violation types, and witnesses in each state of
consent a form allows (consent to be quoted with a quotable account; none recorded at all). Each test takes a
real internal snapshot of it, alters it as a forged or broken bundle would, and merges it into a second store
through the same Merger that bundles and sync use: it must be refused in one line that names the record (kind
and id) and the rule, never its contents, and the second store must not change. The last test does the same
through ``hrdoc import`` with a real bundle file, in a real process.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hrdoc.cli.common import EXIT_USER_ERROR
from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.exchange.bundles import export_case
from hrdoc.services.exchange.merge import Merger
from hrdoc.services.exchange.snapshot import Snapshot, take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE, make_account, make_witness

CUSTOM_TERM = "forced_displacement_by_decree"
NARRATIVE = "Narrative Marker QZ7: what the witness said"  # record contents: never in a message
QUOTED_NARRATIVE = "Quoted Marker QZ8: words the witness agreed to have quoted"


@dataclasses.dataclass(frozen=True)
class Source:
    ctx: StoreContext
    case_id: uuid.UUID
    quoted_witness: uuid.UUID  # consented to be quoted; one quotable account
    silent_witness: uuid.UUID  # no consent recorded at all (as a form allows); one account
    snap: dict[str, Any]  # internal snapshot, as JSON data


def as_data(snap: Snapshot) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(snap)))
    return data


def add_custom_term(ctx: StoreContext) -> None:
    RecordService(ctx).create(
        "vocabulary_term",
        vocabulary="violation_type",
        code=CUSTOM_TERM,
        label_en="Forced displacement by decree",
        label_fr="Déplacement forcé par décret",
    )


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Source]:
    path = tmp_path_factory.mktemp("source") / "source.db"
    ctx = new_store(path, PASSPHRASE, user="amina")
    try:
        case_id = build_demo_case(ctx)
        r = RecordService(ctx)
        add_custom_term(ctx)
        allegation = r.records("allegation", case_id)[0]
        r.update("allegation", allegation.id, violation_type=CUSTOM_TERM)
        quoted = make_witness(
            r,
            case_id,
            pseudonym="W-02",
            visibility="public",
            consent={
                "to_be_quoted": True,
                "share_with_partners": True,
                "how_given": "Marker QZ9: orally, at the start",
            },
        )
        make_account(r, case_id, quoted, narrative=QUOTED_NARRATIVE, quotable=True, visibility="public")
        silent = make_witness(r, case_id, pseudonym="W-03")
        make_account(r, case_id, silent, narrative=NARRATIVE)
        unquoted = make_witness(
            r,
            case_id,
            pseudonym="W-04",
            visibility="public",
            consent={"share_with_partners": True, "how_given": "Marker QZ9: in writing"},
        )
        make_account(r, case_id, unquoted, narrative=NARRATIVE, visibility="public")
        yield Source(ctx, case_id, quoted, silent, as_data(take_snapshot(ctx, case_id)))
    finally:
        ctx.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[StoreContext]:
    ctx = new_store(tmp_path / "target.db", PASSPHRASE, user="bakary")
    yield ctx
    ctx.close()


def state(ctx: StoreContext, *, unlocks: int = 0) -> str:
    """Everything a merge could change: every case as data (identities, consent, versions, logs included),
    the vocabulary terms, conflicts and the audit log (less ``unlocks`` entries that say the store was opened)."""
    with ctx.read() as session:
        cases = list(session.scalars(select(m.Case.id).order_by(m.Case.reference)))
        terms = sorted(tuple(t) for t in session.execute(select(m.VocabularyTerm.vocabulary, m.VocabularyTerm.code)))
        conflicts = session.scalar(select(func.count()).select_from(m.Conflict))
        audit_count = (session.scalar(select(func.count()).select_from(m.AuditEntry)) or 0) - unlocks
    snaps = [as_data(take_snapshot(ctx, case_id)) for case_id in cases]
    return json.dumps([snaps, terms, conflicts, audit_count], sort_keys=True, default=str)


def merge(ctx: StoreContext, data: dict[str, Any]) -> None:
    Merger(ctx).apply(Snapshot(**copy.deepcopy(data)), origin_label="a bundle")


def rows(snap: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = snap["records"][kind]
    return found


def account_of(snap: dict[str, Any], witness: uuid.UUID) -> dict[str, Any]:
    [account] = [a for a in rows(snap, "account") if a["witness_id"] == str(witness)]
    return account


def current_version(snap: dict[str, Any], account: dict[str, Any]) -> dict[str, Any]:
    versions: list[dict[str, Any]] = snap["account_versions"]
    [version] = [v for v in versions if v["account_id"] == account["id"] and v["version"] == account["current_version"]]
    return version


def consent_of(snap: dict[str, Any], witness: uuid.UUID) -> dict[str, Any]:
    consents: list[dict[str, Any]] = snap["consents"]
    [consent] = [c for c in consents if c["witness_id"] == str(witness)]
    return consent


def demo_witness(snap: dict[str, Any]) -> uuid.UUID:
    [witness] = [w for w in rows(snap, "witness") if w["pseudonym"] == "W-01"]
    return uuid.UUID(witness["id"])


# Each breaks one rule and returns (kind, id) of the record the refusal must name, and words of the rule.
Break = Callable[[dict[str, Any], Source], tuple[str, str, str]]


def unknown_violation_code(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    allegation = rows(snap, "allegation")[1]
    allegation["violation_type"] = "made_up_violation"
    return "allegation", allegation["id"], "'made_up_violation'"


def subtype_of_another_event_type(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    incident = next(i for i in rows(snap, "incident") if i["event_type"] == "battles")
    incident["event_subtype"] = "attack"  # a sub-type of violence against civilians
    return "incident", incident["id"], "is not a sub-type of the event type"


def a_subtype_given_as_the_event_type(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    incident = rows(snap, "incident")[0]
    incident["event_type"], incident["event_subtype"] = "armed_clash", None
    return "incident", incident["id"], "is a sub-type of"


def unknown_actor_kind(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    actor = rows(snap, "actor")[0]
    actor["kind"] = "space_force"
    return "actor", actor["id"], "'space_force'"


def location_in_country_xx(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    location = rows(snap, "location")[0]
    location["country_code"] = "XX"
    return "location", location["id"], "ISO 3166-1"


def actor_from_country_xx(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    actor = rows(snap, "actor")[0]
    actor["country_code"] = "XX"
    return "actor", actor["id"], "ISO 3166-1"


def quotable_without_consent_to_be_quoted(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    account = account_of(snap, demo_witness(snap))  # W-01 consented to be recorded, not quoted
    current_version(snap, account)["quotable"] = True
    return "account", account["id"], "not consented to be quoted"


def quotable_with_no_consent_recorded(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    account = account_of(snap, src.silent_witness)
    current_version(snap, account)["quotable"] = True
    return "account", account["id"], "not consented to be quoted"


def consent_with_its_record_of_quoting_removed(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    """Consent to be quoted taken back in the copy, its account still quotable."""
    consent_of(snap, src.quoted_witness)["to_be_quoted"] = False
    return "account", account_of(snap, src.quoted_witness)["id"], "not consented to be quoted"


def consent_with_no_record_of_how_it_was_given(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    consent_of(snap, src.quoted_witness)["how_given"] = "  "
    return "witness", str(src.quoted_witness), "How consent was given: say how consent was given"


def end_date_before_start_date(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    incident = rows(snap, "incident")[0]
    incident["start_date"], incident["end_date"] = "2025-02-10", "2025-02-01"
    return "incident", incident["id"], "the end date cannot be before the start date"


def negative_fatalities(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    incident = rows(snap, "incident")[0]
    incident["fatalities_low"], incident["fatalities_best"], incident["fatalities_high"] = None, -3, None
    return "incident", incident["id"], "Fatalities (best estimate): cannot be negative"


def low_count_above_best(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    victim = next(v for v in rows(snap, "victim") if v["kind"] == "group")
    victim["count_low"], victim["count_best"] = 30, 24
    return "victim", victim["id"], "Count (best estimate): cannot be below the low estimate (30)"


def an_account_version_that_says_nothing(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    account = account_of(snap, src.silent_witness)
    version = current_version(snap, account)
    version["narrative"], version["key_quotes"] = "", []
    return "account", account["id"], "Narrative: is required"


def a_consent_date_that_is_not_a_date(snap: dict[str, Any], src: Source) -> tuple[str, str, str]:
    consent_of(snap, src.quoted_witness)["given_on"] = NARRATIVE  # its text must not be quoted back
    return "witness", str(src.quoted_witness), "given_on: not a valid value"


BREAKS: list[Break] = [
    unknown_violation_code,
    subtype_of_another_event_type,
    a_subtype_given_as_the_event_type,
    unknown_actor_kind,
    location_in_country_xx,
    actor_from_country_xx,
    quotable_without_consent_to_be_quoted,
    quotable_with_no_consent_recorded,
    consent_with_its_record_of_quoting_removed,
    consent_with_no_record_of_how_it_was_given,
    end_date_before_start_date,
    negative_fatalities,
    low_count_above_best,
    an_account_version_that_says_nothing,
    a_consent_date_that_is_not_a_date,
]


def assert_refused(ctx: StoreContext, data: dict[str, Any], kind: str, rid: str, rule: str) -> str:
    before = state(ctx)
    with pytest.raises(ValidationError) as refused:
        merge(ctx, data)
    message = str(refused.value)
    assert "\n" not in message
    assert f"{kind} {rid}" in message or (kind == "witness" and f"witness {rid}" in message), message
    assert rule in message, message
    for contents in ("Marker", "Fictional Demo Person", "W-01", "W-02", "W-03"):
        assert contents not in message, message
    assert state(ctx) == before
    return message


@pytest.mark.parametrize("rule_break", BREAKS, ids=lambda b: b.__name__)
def test_a_copy_breaking_a_rule_of_the_forms_is_refused_into_a_new_store(
    source: Source, target: StoreContext, rule_break: Break
) -> None:
    add_custom_term(target)  # as the user would, to take the source's allegations
    data = copy.deepcopy(source.snap)
    kind, rid, rule = rule_break(data, source)
    assert_refused(target, data, kind, rid, rule)


@pytest.mark.parametrize(
    "rule_break",
    [unknown_violation_code, location_in_country_xx, quotable_with_no_consent_recorded, low_count_above_best],
    ids=lambda b: b.__name__,
)
def test_a_broken_update_of_a_case_already_here_is_refused_and_the_case_stays(
    source: Source, target: StoreContext, rule_break: Break
) -> None:
    add_custom_term(target)
    merge(target, source.snap)
    data = copy.deepcopy(source.snap)
    kind, rid, rule = rule_break(data, source)
    for row in rows(data, kind) if kind != "witness" else []:
        if row["id"] == rid:  # a newer version of the record, as its sender would have saved it
            row["version"] = uuid.uuid4().hex
            row["lineage"] = [*row["lineage"], row["version"]]
    assert_refused(target, data, kind, rid, rule)


def test_the_copy_unaltered_is_accepted_with_a_witness_who_has_no_consent_recorded(
    source: Source, target: StoreContext
) -> None:
    """What the forms allow arrives: a witness saved before any consent was recorded (consent to nothing)."""
    add_custom_term(target)
    merge(target, source.snap)
    r = RecordService(target)
    assert r.consent(source.silent_witness) is None
    assert r.get("allegation", rows(source.snap, "allegation")[0]["id"]).violation_type == CUSTOM_TERM


def test_a_term_added_where_the_copy_comes_from_is_named_with_what_to_do(source: Source, target: StoreContext) -> None:
    """A term added where the copy comes from travels with it (services.vocab); a copy that does not carry it
    (made by an older hrdoc) is refused saying which vocabulary and code, and that adding the term here lets
    the import through."""
    older = copy.deepcopy(source.snap)
    older["vocabulary_terms"] = []
    allegation = next(a for a in rows(older, "allegation") if a["violation_type"] == CUSTOM_TERM)
    message = assert_refused(target, older, "allegation", allegation["id"], f"violation type {CUSTOM_TERM!r}")
    assert message.startswith("refused: ") and "add that term here" in message
    add_custom_term(target)
    merge(target, older)


def test_consent_to_be_quoted_is_not_withdrawn_under_an_account_quotable_here(
    source: Source, target: StoreContext
) -> None:
    """The copy withdraws a witness's consent to be quoted; this store has since marked another of the
    witness's accounts quotable (with the consent it had): the rule of the consent form refuses it."""
    add_custom_term(target)
    merge(target, source.snap)
    make_account(
        RecordService(target), source.case_id, source.quoted_witness, narrative=QUOTED_NARRATIVE, quotable=True
    )
    data = copy.deepcopy(source.snap)
    witness = next(w for w in rows(data, "witness") if w["id"] == str(source.quoted_witness))
    witness["version"] = uuid.uuid4().hex
    witness["lineage"] = [*witness["lineage"], witness["version"]]
    consent_of(data, source.quoted_witness)["to_be_quoted"] = False
    current_version(data, account_of(data, source.quoted_witness))["quotable"] = False
    assert_refused(
        target, data, "witness", str(source.quoted_witness), "1 account(s) of this witness are marked quotable"
    )


@pytest.mark.parametrize("audience", ["partners", "public"])
def test_a_copy_beyond_the_team_arrives_without_consent_or_withheld_words(
    source: Source, target: StoreContext, audience: str
) -> None:
    """A copy beyond the team never carries consent (the sender's store checked it when the account was
    marked quotable), nor, for the public, the words of a witness who did not agree to be quoted. It arrives
    as it is; here, the quotable account is quoted to nobody until consent is recorded here."""
    data = as_data(take_snapshot(source.ctx, source.case_id, audience=audience))
    assert data["consents"] == []
    assert current_version(data, account_of(data, source.quoted_witness))["quotable"] is True
    add_custom_term(target)
    merge(target, data)
    r = RecordService(target)
    assert r.consent(source.quoted_witness) is None
    accounts = r.records("account", source.case_id)
    assert len(accounts) == len(data["records"]["account"]) >= 2
    narratives = {r.current_version(a.id).narrative for a in accounts}
    assert QUOTED_NARRATIVE in narratives
    assert (NARRATIVE in narratives) == (audience == "partners")


def test_a_form_refuses_the_country_xx_too(source: Source, target: StoreContext) -> None:
    """One rule for both: the location form refuses what the merge refuses."""
    with pytest.raises(ValidationError, match="ISO 3166-1"):
        RecordService(target).create("location", case_id=source.case_id, name="Nowhere", country_code="XX")


@pytest.mark.slow
def test_hrdoc_import_of_a_forged_bundle_says_one_line_and_changes_nothing(source: Source, tmp_path: Path) -> None:
    from tests.cli.test_cli_subprocess import assert_clean_one_line_error, hrdoc
    from tests.services.bundle.craft import rebuild

    bundle = tmp_path / "case.hrdoc"
    export_case(source.ctx, source.case_id, bundle)
    data = copy.deepcopy(source.snap)
    _, allegation_id, _ = unknown_violation_code(data, source)
    forged = tmp_path / "forged.hrdoc"
    rebuild(bundle, forged, change={"records/allegations.json": json.dumps(rows(data, "allegation")).encode()})
    store = tmp_path / "target.db"
    ctx = new_store(store, PASSPHRASE, user="bakary")
    add_custom_term(ctx)
    before = state(ctx)
    ctx.close()
    proc = hrdoc(tmp_path, "import", forged, "--db", store)
    assert proc.returncode == EXIT_USER_ERROR, proc.stderr
    assert_clean_one_line_error(proc, f"allegation {allegation_id}", "'made_up_violation'", "add that term here")
    for contents in ("Marker", "Fictional Demo Person", "W-01", "W-02"):
        assert contents not in proc.stderr
    ctx = unlock_store(store, PASSPHRASE, user="bakary", record_unlock=False)
    try:
        assert state(ctx, unlocks=1) == before  # the import's unlock is logged; nothing else changed
    finally:
        ctx.close()
