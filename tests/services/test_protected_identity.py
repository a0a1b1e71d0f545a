"""Protected identities: never in the audit log or search, masked in exports, revealed only with an audit entry."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import pytest

from hrdoc.domain.validation import ValidationError
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import IDENTITY_FIELDS
from hrdoc.services.search import SearchService
from hrdoc.services.serialize import MASK
from tests.helpers import make_case, make_witness
from tests.services.support import audit_log

LEGAL_NAME = "Zorvath Quillimane"
CONTACT = "+223 7654 0199 zorvath.contact"
RESIDENCE = "Quarter Blemmwick, Gao"
NEW_RESIDENCE = "Snurfleton camp, Gao"
VICTIM_NAME = "Ilvatrix Mondegreen"
MARKERS = (
    "Zorvath",
    "Quillimane",
    "7654",
    "zorvath.contact",
    "Blemmwick",
    "Snurfleton",
    "Ilvatrix",
    "Mondegreen",
)


@pytest.fixture
def ctx(shared_ctx: StoreContext) -> StoreContext:
    """Here ``ctx`` (and ``records``, built on it) is the module's shared store; each test uses its own case."""
    return shared_ctx


@dataclass
class World:
    case: uuid.UUID
    witness: uuid.UUID
    victim: uuid.UUID


@pytest.fixture
def world(records: RecordService) -> World:
    """A witness and an individual victim whose identities are written every way the services allow."""
    case = make_case(records)
    witness = make_witness(
        records,
        case,
        "W-01",
        identity={"legal_name": LEGAL_NAME, "contact": CONTACT, "residence": RESIDENCE},
        consent={"to_be_recorded": True, "how_given": "oral"},
    )
    records.update("witness", witness, identity={"residence": NEW_RESIDENCE})
    records.set_identity("witness", witness, residence=RESIDENCE)
    victim = records.create(
        "victim",
        case_id=case,
        kind="individual",
        label="V-01",
        status="killed",
        identity={"legal_name": VICTIM_NAME},
    )
    records.set_identity("victim", victim, contact="via " + VICTIM_NAME + "'s family")
    records.create(
        "account", case_id=case, witness_id=witness, narrative="He says the first car was shot at; his cousin died."
    )
    return World(case, witness, victim)


def test_identity_never_appears_in_the_audit_log(ctx: StoreContext, records: RecordService, world: World) -> None:
    records.reveal_identity("witness", world.witness, reason="court request")
    CaseService(ctx).export(str(world.case), reveal=True, reason="court request")

    entries = audit_log(ctx)
    text = "\n".join(e["summary"] + json.dumps(e["details"], ensure_ascii=False) for e in entries)
    for marker in MARKERS:
        assert marker not in text, marker
    # ...though the log does say which protected fields were written.
    witness_entries = [e for e in entries if e["entity_id"] == str(world.witness)]
    created = next(e for e in witness_entries if e["action"] == "create")
    assert created["details"]["fields"]["identity"] == ["contact", "legal_name", "residence"]
    assert any(e["details"].get("identity") == ["residence"] for e in witness_entries if e["action"] == "update")


def test_identity_is_never_found_by_search(ctx: StoreContext, world: World) -> None:
    search = SearchService(ctx)
    for query in (LEGAL_NAME, "Zorvath", "Quillimane", CONTACT, "Blemmwick", "Snurfleton", VICTIM_NAME):
        assert search.search(query) == [], query
    # The witness is still findable by pseudonym.
    assert world.witness in [h.record_id for h in search.search("W-01", case_id=world.case)]


def test_export_masks_identities_by_default_and_adds_no_reveal(ctx: StoreContext, world: World) -> None:
    before = audit_log(ctx)

    data = CaseService(ctx).export(str(world.case))

    [witness] = data["witnesses"]
    assert witness["identity"] == {f: MASK for f in IDENTITY_FIELDS}
    assert MASK == "[protected]"
    [victim] = data["victims"]
    assert victim["identity"] == {f: MASK for f in IDENTITY_FIELDS}
    dumped = json.dumps(data, ensure_ascii=False)
    for marker in MARKERS:
        assert marker not in dumped, marker
    assert [e for e in audit_log(ctx)[len(before) :] if e["action"] == "reveal"] == []


def test_export_with_reveal_shows_identities_and_audits_each_reveal(ctx: StoreContext, world: World) -> None:
    before = audit_log(ctx)

    data = CaseService(ctx).export(str(world.case), reveal=True, reason="prosecutor's request")

    [witness] = data["witnesses"]
    assert witness["identity"] == {"legal_name": LEGAL_NAME, "contact": CONTACT, "residence": RESIDENCE}
    [victim] = data["victims"]
    assert victim["identity"]["legal_name"] == VICTIM_NAME
    reveals = [e for e in audit_log(ctx)[len(before) :] if e["action"] == "reveal"]
    assert sorted((e["entity_type"], e["entity_id"]) for e in reveals) == sorted(
        [("witness", str(world.witness)), ("victim", str(world.victim))]
    )
    assert all(e["case_id"] == str(world.case) for e in reveals)
    assert all(e["details"] == {"reason": "prosecutor's request"} for e in reveals)


def test_reveal_identity_returns_the_details_and_adds_one_reveal_entry(
    ctx: StoreContext, records: RecordService, world: World
) -> None:
    before = audit_log(ctx)

    revealed = records.reveal_identity("witness", world.witness, reason="re-contact for follow-up")

    assert revealed == {"legal_name": LEGAL_NAME, "contact": CONTACT, "residence": RESIDENCE}
    [entry] = audit_log(ctx)[len(before) :]
    assert (entry["action"], entry["entity_type"], entry["entity_id"], entry["case_id"]) == (
        "reveal",
        "witness",
        str(world.witness),
        str(world.case),
    )
    reference = records.get("case", world.case).reference
    assert entry["summary"] == f"Revealed the protected identity of witness W-01 in {reference}"
    assert entry["details"] == {"reason": "re-contact for follow-up"}


def test_a_group_victim_has_no_identity_to_set(records: RecordService) -> None:
    case = make_case(records)
    group = records.create("victim", case_id=case, kind="group", label="Civilians", count_best=24)
    with pytest.raises(ValidationError) as err:
        records.set_identity("victim", group, legal_name="Someone")
    assert "only an individual victim" in err.value.for_field("identity")[0]
