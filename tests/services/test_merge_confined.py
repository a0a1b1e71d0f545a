"""A copy of a case reaches only its own case, whatever it carries.

One store holds two cases: the victim (the demo case, with a protected witness identity, an account and an
evidence file in the vault) and the case a hostile copy claims to carry. The attacker knows everything an
earlier internal bundle of the victim case told them (ids, versions). Each attack is a real snapshot of the
attacker's case, altered as a forged bundle would be, merged through the same Merger that bundles and sync
use: it must be refused with one line naming the record and the rule, and both cases must stay exactly as they
were, identities included, with the victim's evidence still verifying.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hrdoc.domain.validation import ValidationError
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.conflicts import ConflictService
from hrdoc.services.exchange.merge import Merger, copy_evidence
from hrdoc.services.exchange.snapshot import Snapshot, take_snapshot
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE, make_allegation, make_case, make_incident, make_witness

Attack = Callable[[dict[str, Any], dict[str, Any]], None]
"""Alters the attacker's snapshot (first) using what they know of the victim case (second)."""


@dataclasses.dataclass
class Scene:
    ctx: StoreContext
    victim: uuid.UUID
    own: uuid.UUID
    victim_snap: dict[str, Any]  # what an earlier internal bundle of the victim case told the attacker
    own_snap: dict[str, Any]


def as_data(snap: Snapshot) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(snap)))
    return data


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    ctx = new_store(tmp_path / "store.db", PASSPHRASE, user="amina")
    victim = build_demo_case(ctx)
    r = RecordService(ctx)
    [witness] = [w for w in r.records("witness", victim)][:1]
    r.set_identity("witness", witness.id, legal_name="Victim-case legal name", contact="+223 555 0101")
    EvidenceService(ctx).intake(victim, io.BytesIO(b"victim photo bytes"), original_name="convoy.jpg")
    own = make_case(r, reference="ATK-1", title="The attacker's case")
    incident = make_incident(r, own, title="Attacker incident")
    make_allegation(r, own, incident)
    make_witness(r, own, pseudonym="W-09")
    EvidenceService(ctx).intake(own, io.BytesIO(b"own file"), original_name="own.txt")
    yield Scene(ctx, victim, own, as_data(take_snapshot(ctx, victim)), as_data(take_snapshot(ctx, own)))
    ctx.close()


def state(scene: Scene) -> str:
    """Both cases as data (identities and logs included), and the store's conflicts: what must not change."""
    with scene.ctx.read() as session:
        conflicts = session.scalar(select(func.count()).select_from(m.Conflict))
        audit_count = session.scalar(select(func.count()).select_from(m.AuditEntry))
    cases = [as_data(take_snapshot(scene.ctx, case)) for case in (scene.victim, scene.own)]
    return json.dumps([cases, conflicts, audit_count], sort_keys=True)


def first(snap: dict[str, Any], kind: str) -> dict[str, Any]:
    row: dict[str, Any] = snap["records"][kind][0]
    return row


def continuing(row: dict[str, Any]) -> dict[str, Any]:
    """The victim's record as if the attacker had changed it since (its lineage continues the victim's)."""
    out = copy.deepcopy(row)
    out["version"] = uuid.uuid4().hex
    out["lineage"] = [*row["lineage"], out["version"]]
    return out


def moved(row: dict[str, Any], own: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = continuing(row)
    out.update(case_id=own["case"]["id"], **changes)
    return out


def stone(kind: str, record_id: str, version: str, case_id: str) -> dict[str, Any]:
    return {
        "record_id": record_id,
        "kind": kind,
        "case_id": case_id,
        "version": version,
        "deleted_at": "2026-11-30T10:00:00Z",
        "deleted_by": "mallory",
        "lineage": [version],
    }


def tombstone_the_victim_case(own: dict[str, Any], victim: dict[str, Any]) -> None:
    case = victim["case"]
    own["tombstones"].append(stone("case", case["id"], case["version"], own["case"]["id"]))


def tombstone_the_victim_case_in_its_own_name(own: dict[str, Any], victim: dict[str, Any]) -> None:
    case = victim["case"]
    own["tombstones"].append(stone("case", case["id"], case["version"], case["id"]))


def tombstone_a_victim_incident(own: dict[str, Any], victim: dict[str, Any]) -> None:
    row = first(victim, "incident")
    own["tombstones"].append(stone("incident", row["id"], row["version"], own["case"]["id"]))


def tombstone_a_victim_incident_under_another_kind(own: dict[str, Any], victim: dict[str, Any]) -> None:
    row = first(victim, "incident")
    own["tombstones"].append(stone("source", row["id"], row["version"], own["case"]["id"]))


def overwrite_a_victim_incident(own: dict[str, Any], victim: dict[str, Any]) -> None:
    own["records"]["incident"].append(moved(first(victim, "incident"), own, title="Rewritten"))


def overwrite_a_victim_incident_with_an_unknown_version(own: dict[str, Any], victim: dict[str, Any]) -> None:
    row = moved(first(victim, "incident"), own, title="Rewritten")
    row["lineage"] = [uuid.uuid4().hex, row["version"]]  # a conflict, were it looked at
    own["records"]["incident"].append(row)


def move_victim_evidence_with_a_new_hash(own: dict[str, Any], victim: dict[str, Any]) -> None:
    own["records"]["evidence"].append(moved(first(victim, "evidence"), own, sha256="f" * 64))


def take_a_victim_witness_and_its_identity(own: dict[str, Any], victim: dict[str, Any]) -> None:
    witness = moved(first(victim, "witness"), own, pseudonym="W-77")
    own["records"]["witness"].append(witness)
    own["witness_identities"].append(
        {"witness_id": witness["id"], "legal_name": "Forged name", "contact": "forged", "residence": "forged"}
    )


def rewrite_a_victim_identity_only(own: dict[str, Any], victim: dict[str, Any]) -> None:
    witness = first(victim, "witness")
    own["witness_identities"].append(
        {"witness_id": witness["id"], "legal_name": "Forged name", "contact": "forged", "residence": "forged"}
    )


def rewrite_a_victim_consent_only(own: dict[str, Any], victim: dict[str, Any]) -> None:
    consent = dict(victim["consents"][0], to_be_named=True, share_with_partners=True)
    own["consents"].append(consent)


def add_a_version_to_a_victim_account(own: dict[str, Any], victim: dict[str, Any]) -> None:
    version = dict(victim["account_versions"][0], id=str(uuid.uuid4()), version=99, narrative="Forged")
    own["account_versions"].append(version)


def reuse_a_victim_account_version_id(own: dict[str, Any], victim: dict[str, Any]) -> None:
    witness = first(own, "witness")
    account = {
        **continuing(first(victim, "account")),
        "id": str(uuid.uuid4()),
        "case_id": own["case"]["id"],
        "witness_id": witness["id"],
    }
    account["lineage"] = [account["version"]]
    own["records"]["account"].append(account)
    own["account_versions"].append(dict(victim["account_versions"][0], account_id=account["id"]))


def append_custody_to_victim_evidence(own: dict[str, Any], victim: dict[str, Any]) -> None:
    entry = dict(victim["custody"][-1], action="remove", actor="mallory", seq=len(victim["custody"]) + 1)
    own["custody"].append(entry)


def file_audit_entries_under_the_victim_case(own: dict[str, Any], victim: dict[str, Any]) -> None:
    own["audit"].append(dict(own["audit"][-1], case_id=victim["case"]["id"]))


def audit_entries_about_a_victim_record(own: dict[str, Any], victim: dict[str, Any]) -> None:
    own["audit"].append(dict(own["audit"][-1], entity_id=first(victim, "incident")["id"]))


def link_into_a_victim_incident(own: dict[str, Any], victim: dict[str, Any]) -> None:
    allegation = dict(first(own, "allegation"), incident_id=first(victim, "incident")["id"])
    own["records"]["allegation"] = [allegation]


def a_figure_given_by_a_victim_source(own: dict[str, Any], victim: dict[str, Any]) -> None:
    """A reported figure of the attacker's incident, said to come from a source of the victim case."""
    figure = {
        "id": str(uuid.uuid4()),
        "case_id": own["case"]["id"],
        "incident_id": first(own, "incident")["id"],
        "allegation_id": None,
        "source_id": first(victim, "source")["id"],
        "account_id": None,
        "counted": "killed",
        "of_whom": "civilians",
        "as_described": "",
        "qualifier": "exact",
        "value": 5,
        "value_high": None,
        "claimed_on": None,
        "locator": "",
        "in_estimate": False,
        "notes": "",
        "visibility": "restricted",
    }
    meta = ("created_at", "created_by", "updated_at", "updated_by")
    figure.update({k: v for k, v in first(own, "incident").items() if k in meta})
    figure["version"] = uuid.uuid4().hex
    figure["lineage"] = [figure["version"]]
    own["records"].setdefault("figure", []).append(figure)


def dangling_reference(own: dict[str, Any], victim: dict[str, Any]) -> None:
    own["records"]["allegation"][0]["incident_id"] = str(uuid.uuid4())


def two_witnesses_share_a_pseudonym(own: dict[str, Any], victim: dict[str, Any]) -> None:
    twin = dict(first(own, "witness"), id=str(uuid.uuid4()))  # a new witness, named like the case's W-09
    own["records"]["witness"].append(twin)


def everything_at_once(own: dict[str, Any], victim: dict[str, Any]) -> None:
    for attack in (overwrite_a_victim_incident, take_a_victim_witness_and_its_identity, tombstone_the_victim_case):
        attack(own, victim)


ATTACKS: list[Attack] = [
    tombstone_the_victim_case,
    tombstone_the_victim_case_in_its_own_name,
    tombstone_a_victim_incident,
    tombstone_a_victim_incident_under_another_kind,
    overwrite_a_victim_incident,
    overwrite_a_victim_incident_with_an_unknown_version,
    move_victim_evidence_with_a_new_hash,
    take_a_victim_witness_and_its_identity,
    rewrite_a_victim_identity_only,
    rewrite_a_victim_consent_only,
    add_a_version_to_a_victim_account,
    reuse_a_victim_account_version_id,
    append_custody_to_victim_evidence,
    file_audit_entries_under_the_victim_case,
    audit_entries_about_a_victim_record,
    link_into_a_victim_incident,
    a_figure_given_by_a_victim_source,
    dangling_reference,
    two_witnesses_share_a_pseudonym,
    everything_at_once,
]


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.__name__)
def test_a_hostile_copy_is_refused_and_changes_nothing(scene: Scene, attack: Attack) -> None:
    before = state(scene)
    forged = copy.deepcopy(scene.own_snap)
    attack(forged, scene.victim_snap)
    with pytest.raises(ValidationError) as refused:
        Merger(scene.ctx).apply(Snapshot(**forged), origin_label="a forged bundle", files=copy_evidence(scene.ctx))
    message = str(refused.value)
    assert message.startswith("refused: ") and "\n" not in message
    assert "Victim-case legal name" not in message and "Forged" not in message  # names ids, never contents
    assert state(scene) == before
    report = verify_store(scene.ctx)
    assert report.ok, report.problems


def test_the_same_copy_unaltered_merges(scene: Scene) -> None:
    """The checks refuse what is hostile, not what is ordinary: the attacker's own snapshot goes through."""
    report = Merger(scene.ctx).apply(Snapshot(**copy.deepcopy(scene.own_snap)), origin_label="its own bundle")
    assert report.conflicts == 0 and not report.added


def test_a_conflict_can_never_move_a_record_between_cases(scene: Scene) -> None:
    """A conflict filed by an older hrdoc from a hostile copy: taking the incoming side is refused."""
    victim_incident = first(scene.victim_snap, "incident")
    forged = moved(victim_incident, scene.own_snap, title="Rewritten")
    with scene.ctx.write() as session:
        conflict = m.Conflict(
            case_id=scene.own,
            kind="incident",
            record_id=uuid.UUID(victim_incident["id"]),
            local_version=victim_incident["version"],
            incoming_version=forged["version"],
            incoming={k: v for k, v in forged.items() if k != "lineage"},
            incoming_lineage=forged["lineage"],
            origin="an old forged bundle",
        )
        session.add(conflict)
        session.flush()
        conflict_id = conflict.id
    before = as_data(take_snapshot(scene.ctx, scene.victim))
    with pytest.raises(ValidationError, match="move a record between cases"):
        ConflictService(scene.ctx).resolve(conflict_id, "incoming")
    assert as_data(take_snapshot(scene.ctx, scene.victim)) == before


def test_an_altered_custody_log_is_refused_naming_the_entry(scene: Scene) -> None:
    """An entry's actor changed (everything around it recomputed as a forger would): its hash betrays it."""
    forged = copy.deepcopy(scene.own_snap)
    forged["custody"][0]["actor"] = "someone else"
    before = state(scene)
    with pytest.raises(ValidationError, match=r"chain of custody .* entry 1 was altered"):
        Merger(scene.ctx).apply(Snapshot(**forged), origin_label="a forged bundle")
    assert state(scene) == before


def test_a_team_store_cannot_reach_another_case_through_sync(scene: Scene, tmp_path: Path) -> None:
    """The same guarantees when the copy comes from a team store that holds a hostile record."""
    team = new_store(tmp_path / "team.db", PASSPHRASE, user="team")
    try:
        sync_case(scene.ctx, team, scene.own)  # the attacker's case is on the team store
        victim_incident = first(scene.victim_snap, "incident")
        with team.write() as session:  # a record with the victim incident's id, planted in the team's copy
            values = {k: v for k, v in victim_incident.items() if k != "lineage"}
            values = dict(values, case_id=str(scene.own), location_id=None, title="Planted")
            from hrdoc.services.exchange.snapshot import from_json

            session.add(m.Incident(**from_json(m.Incident, values)))
        before = state(scene)
        with pytest.raises(ValidationError, match=r"refused: .*belongs to case"):
            sync_case(scene.ctx, team, scene.own)
        assert state(scene) == before
    finally:
        team.close()
