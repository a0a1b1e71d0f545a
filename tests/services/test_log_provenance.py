"""Times and origins through any number of hops: laptops syncing through a team store (a real PostgreSQL
database on that backend) keep, for every audit and custody entry, when, where and by whom it happened first;
each store adds when the entry arrived there, once, and every chain still verifies."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.snapshot import STORE_ID_KEY, store_name
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store
from hrdoc.storage import models as m
from hrdoc.storage.base import utcnow
from tests.helpers import PASSPHRASE, make_case


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[dict[str, StoreContext]]:
    stores = {name: new_store(tmp_path / f"{name}.db", PASSPHRASE, user=name) for name in ("amina", "bakary", "chaka")}
    yield stores
    for store in stores.values():
        store.close()


def store_id_of(ctx: StoreContext) -> str:
    with ctx.read() as session:
        row = session.get(m.StoreMeta, STORE_ID_KEY)
        assert row is not None
        return row.value


def custody_by_first_writing(ctx: StoreContext, item: uuid.UUID) -> dict[tuple[str, int], Any]:
    """The item's custody entries keyed by (first writer's store, seq there)."""
    here = store_id_of(ctx)
    out = {}
    for entry in EvidenceService(ctx).custody(item):
        came = audit.provenance(entry.details)
        first = audit.first_writer(entry.details)
        key = (came.store, int(first["seq"])) if came and first else (here, entry.seq)
        out[key] = entry
    return out


def audit_entry(ctx: StoreContext, case_id: uuid.UUID, action: str, actor: str) -> m.AuditEntry:
    """The one entry of the case by ``actor`` doing ``action`` to the case itself."""
    with ctx.read() as session:
        found = [
            e
            for e in audit.entries_for_case(session, case_id)
            if (e.action, e.actor, e.entity_type) == (action, actor, "case")
        ]
    assert len(found) == 1, (action, actor, [(e.action, e.actor) for e in found])
    return found[0]


def test_times_places_and_people_survive_three_hops_through_the_team_store(
    ctx: StoreContext, laptops: dict[str, StoreContext], tmp_path: Path
) -> None:
    team, a, b, c = ctx, laptops["amina"], laptops["bakary"], laptops["chaka"]
    case_id = make_case(RecordService(a))
    item = EvidenceService(a).intake(case_id, io.BytesIO(b"photo bytes"), original_name="p.jpg").evidence_id
    with a.write() as session:  # an action a later version of hrdoc may write: kept as its first writer wrote it
        audit.record(session, "amina", "redact", entity_type="case", entity_id=case_id, case_id=case_id)
    intake = EvidenceService(a).custody(item)[0]
    created = audit_entry(a, case_id, AuditAction.CREATE.value, "amina")

    sync_case(a, team, case_id)  # hop 1: amina's laptop -> team
    sync_case(b, team, case_id)  # hop 2: team -> bakary's laptop
    EvidenceService(b).read_for_preview(item)  # bakary views it: a custody entry written on his laptop
    viewed = EvidenceService(b).custody(item)[-1]
    sync_case(b, team, case_id)
    sync_case(c, team, case_id)  # hop 3: team -> chaka's laptop (amina's entries two stores away)
    sync_case(a, team, case_id)  # bakary's view reaches amina: laptop -> team -> laptop
    sync_case(c, team, case_id)
    sync_case(b, team, case_id)

    ids = {name: store_id_of(s) for name, s in (("team", team), ("a", a), ("b", b), ("c", c))}
    arrivals: dict[str, dt.datetime] = {}
    for name, store in (("team", team), ("a", a), ("b", b), ("c", c)):
        chain = custody_by_first_writing(store, item)
        for (first_store, first_seq), first, writer, person in (
            ((ids["a"], 1), intake, "amina's store", "amina"),
            ((ids["b"], viewed.seq), viewed, "bakary's store", "bakary"),
        ):
            entry = chain[(first_store, first_seq)]
            assert (entry.at, entry.actor, entry.action) == (first.at, person, first.action), name
            came = audit.provenance(entry.details)
            if first_store == ids[name]:
                assert came is None  # written here: nothing arrived
                continue
            assert came is not None and came.store == first_store and came.store_name == writer
            assert came.arrived_at is not None and came.arrived_at > first.at
            arrivals[f"{name}:{writer}"] = came.arrived_at
        assert len(chain) == len(EvidenceService(store).custody(item)), f"{name}: an entry was added twice"
        # The audit log too: amina's "created the case" is at its first time everywhere, from her store.
        mine = audit_entry(store, case_id, AuditAction.CREATE.value, "amina")
        assert mine.at == created.at and mine.summary == created.summary
        came = audit.provenance(mine.details)
        assert (came is None) == (name == "a")
        if came is not None:
            assert came.store == ids["a"] and came.store_name == "amina's store" and came.arrived_at is not None
        assert audit_entry(store, case_id, "redact", "amina").action == "redact"
        assert verify_store(store).ok, (name, verify_store(store).problems)
    # The team store says what brought each entry; a laptop says it came from the team store.
    team_intake = custody_by_first_writing(c, item)[(ids["a"], 1)]
    assert audit.provenance(team_intake.details).via == store_name(team)  # type: ignore[union-attr]
    # Custody entries go to partners, arrival included: no server address or file path is in them.
    written = json.dumps([e.details for e in EvidenceService(c).custody(item)])
    assert "://" not in written and team.location.describe() not in written and str(tmp_path) not in written
    assert arrivals["c:amina's store"] > arrivals["team:amina's store"]  # each store says when it got it


def test_the_trace_of_a_merged_custody_entry_is_the_merge_by_whoever_merged(
    ctx: StoreContext, laptops: dict[str, StoreContext]
) -> None:
    """A merged custody entry leaves a trace in the audit log of the store it reaches: that trace records the
    merge there (by the user who merged, when), not a second intake by the first writer at the first time."""
    team, a = ctx, laptops["amina"]
    case_id = make_case(RecordService(a))
    item = EvidenceService(a).intake(case_id, io.BytesIO(b"x"), original_name="x.txt").evidence_id
    intake = EvidenceService(a).custody(item)[0]
    before = utcnow()
    sync_case(a, team, case_id)
    here = store_id_of(team)
    with team.read() as session:
        traces = [
            e
            for e in session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == AuditAction.CUSTODY.value))
            if audit.first_writer(e.details) is None and e.entity_id == str(item)
        ]
    [trace] = traces
    assert trace.actor == team.user and trace.at >= before > intake.at
    assert "Entered the vault by amina" in trace.summary and "amina's store" in trace.summary
    assert here != store_id_of(a)


def test_the_name_a_store_gives_its_entries(ctx: StoreContext, laptops: dict[str, StoreContext]) -> None:
    assert store_name(laptops["amina"]) == "amina's store"
    if ctx.location.url:
        assert store_name(ctx) == "the team store"  # never the server's address: custody entries reach partners


def test_an_entry_merged_by_an_older_version_still_says_where_and_when_it_happened() -> None:
    """Older versions kept the first writer's store, hash and time under ``origin`` and wrote the time of the
    merge as the entry's: that time is its arrival, the kept one when it happened. Older still kept no time."""
    first, merged = dt.datetime(2025, 3, 14, 9, 0, tzinfo=dt.UTC), dt.datetime(2025, 4, 2, 16, 0, tzinfo=dt.UTC)
    legacy = {"origin": {"store": "0123456789abcdef", "entry_hash": "ab" * 32, "at": first.isoformat()}, "size": 3}
    came = audit.provenance(legacy, merged)
    assert came is not None and came.where == "another store (01234567)"
    assert (came.happened_at, came.arrived_at) == (first, merged)
    assert audit.happened_at(merged, legacy) == first
    oldest = {"origin": {"store": "0123456789abcdef", "entry_hash": "ab" * 32}}
    assert audit.happened_at(merged, oldest) == merged and audit.provenance(oldest, merged).arrived_at is None  # type: ignore[union-attr]
    assert audit.provenance({"size": 3}) is None and audit.happened_at(merged, {"size": 3}) == merged
