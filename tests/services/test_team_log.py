"""Each laptop keeps the head of the team store's audit log it last saw, so a history rewritten on the team store
(triggers off, an entry removed, every later hash recomputed: the team store's own verify passes) shows on the
laptop: sync refuses before merging anything, and ``verify_team_log`` names it. Run against a team store file
and a team store on PostgreSQL (the ``ctx`` fixture)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select, update

from hrdoc.services.context import StoreContext
from hrdoc.services.demo import build_demo_case
from hrdoc.services.exchange import team_log
from hrdoc.services.exchange.snapshot import STORE_ID_KEY, take_snapshot, to_json
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from hrdoc.services.verify import verify_store, verify_team_log
from hrdoc.storage import models as m
from tests.helpers import PASSPHRASE
from tests.team_tamper import last_seq, rewrite_audit_log


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[StoreContext, StoreContext]]:
    one = new_store(tmp_path / "one.db", PASSPHRASE, user="amina")
    two = new_store(tmp_path / "two.db", PASSPHRASE, user="bakary")
    yield one, two
    one.close()
    two.close()


@pytest.fixture
def synced(ctx: StoreContext, laptops: tuple[StoreContext, StoreContext]) -> uuid.UUID:
    """The demo case made on laptop one, synced to the team store (``ctx``) and on to laptop two."""
    one, two = laptops
    case_id = build_demo_case(one)
    sync_case(one, ctx, case_id)
    sync_case(two, ctx, case_id)
    return case_id


def head_of(laptop: StoreContext, team: StoreContext) -> team_log.TeamHead:
    with team.read() as session:
        team_id = session.get(m.StoreMeta, STORE_ID_KEY)
    with laptop.read() as session:
        [head] = [h for h in team_log.known_heads(session) if team_id is not None and h.team_id == team_id.value]
    return head


def state(ctx: StoreContext, case_id: uuid.UUID) -> dict[str, object]:
    """What a store holds of the case, and its own audit log."""
    snap = take_snapshot(ctx, case_id)
    with ctx.read() as session:
        log = [to_json(e) for e in session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq))]
    return {"records": snap.records, "log": log}


def test_laptops_syncing_in_turn_keep_the_team_logs_head(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext], synced: uuid.UUID
) -> None:
    one, two = laptops
    for _round in range(2):
        for laptop in (one, two):
            incident = RecordService(laptop).records("incident", synced)[0]
            RecordService(laptop).update("incident", incident.id, notes=f"seen by {laptop.user}")
            sync_case(laptop, ctx, synced)
            head = head_of(laptop, ctx)
            assert head.seq == last_seq(ctx)  # the newest entry of the team's log, as of the end of the sync
            assert head.where == ctx.location.describe() and "***" not in head.place
    report = verify_team_log(one, ctx)
    assert report.ok, report.problems
    assert "follow on from it" in report.checks[0] and "hash chain intact" in report.checks[1]
    assert any(
        c.startswith(f"team store {ctx.location.describe()}: this store last saw") for c in verify_store(one).checks
    )


def test_remembering_an_unchanged_head_writes_nothing(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext], synced: uuid.UUID
) -> None:
    _one, two = laptops  # the last to sync: the team's log has not moved since
    checked = team_log.check(two, ctx)
    kept = head_of(two, ctx)
    commits: list[object] = []
    event.listen(two.engine, "commit", commits.append)
    assert team_log.remember(two, ctx, checked) == kept  # the same head, as it was written (its time included)
    assert commits == []
    assert head_of(two, ctx) == kept


@pytest.mark.parametrize("where", ["middle", "head"])
def test_a_history_rewritten_behind_a_laptop_is_refused_before_merging(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext], synced: uuid.UUID, where: str
) -> None:
    one, _two = laptops
    seen = head_of(one, ctx)
    # Removing an entry the laptop saw changes the hash of every entry after it, the head's included; removing
    # the newest entries leaves no entry with the head's number.
    remove = {5} if where == "middle" else set(range(seen.seq - 2, last_seq(ctx) + 1))
    rewrite_audit_log(ctx, remove=remove)
    assert verify_store(ctx).ok, verify_store(ctx).problems  # the team store's own verify is fooled

    RecordService(one).update("incident", RecordService(one).records("incident", synced)[0].id, title="Changed here")
    before = state(one, synced)
    with pytest.raises(team_log.TeamLogRewritten) as refused:
        sync_case(one, ctx, synced)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"the team store {ctx.location.describe()}: its audit log was rewritten behind")
    if where == "middle":
        assert f"entry {seen.seq} is no longer the entry this store saw" in message
    else:
        assert f"entry {seen.seq} is gone (its log now ends at entry {min(remove) - 1})" in message
    assert "nothing was synced" in message and "--accept-team-log" in message
    assert state(one, synced) == before  # nothing merged here
    assert head_of(one, ctx) == seen

    report = verify_team_log(one, ctx)
    assert report.problems == [message.replace("nothing was synced. ", "")]

    # The user who knows why takes the team's log as it now is: recorded here, and syncing works again.
    done = sync_case(one, ctx, synced, accept_team_log=True)
    assert done.accepted_team_log is not None and "rewritten behind this store" in done.accepted_team_log
    with one.read() as session:
        newest = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc()).limit(1)).one()
    assert newest.entity_type == "team_store" and newest.summary.startswith("accepted the audit log of the team store")
    assert head_of(one, ctx).seq == last_seq(ctx)
    sync_case(one, ctx, synced)
    assert verify_team_log(one, ctx).ok


def test_a_changed_head_entry_with_its_old_hash_kept_is_refused(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext], synced: uuid.UUID
) -> None:
    """The hash is recomputed from the entry's content: a server cannot keep the old hash beside new content."""
    one, _two = laptops
    seen = head_of(one, ctx)
    with ctx.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.execute(update(m.AuditEntry).where(m.AuditEntry.seq == seen.seq).values(summary="nothing happened"))
    with pytest.raises(team_log.TeamLogRewritten, match=f"entry {seen.seq} is no longer the entry this store saw"):
        sync_case(one, ctx, synced)


def test_entries_altered_after_the_head_are_refused_too(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext], synced: uuid.UUID
) -> None:
    one, two = laptops
    seen = head_of(one, ctx)
    sync_case(two, ctx, synced)  # entries the first laptop has not seen yet
    with ctx.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.execute(update(m.AuditEntry).where(m.AuditEntry.seq == seen.seq + 1).values(actor="someone else"))
    with pytest.raises(team_log.TeamLogRewritten, match=f"changed outside hrdoc: entry {seen.seq + 1} does not follow"):
        sync_case(one, ctx, synced)


def test_a_team_store_that_changed_its_id_is_refused(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext], synced: uuid.UUID
) -> None:
    """Giving the team store a new id would leave the laptop no head to compare with: that shows too."""
    one, _two = laptops
    seen = head_of(one, ctx)
    with ctx.write() as session:
        row = session.get(m.StoreMeta, STORE_ID_KEY)
        assert row is not None
        row.value = str(uuid.uuid4())
    with pytest.raises(team_log.TeamLogRewritten, match=f"its id is now .* \\(it was {seen.team_id}\\)"):
        sync_case(one, ctx, synced)
    with ctx.write() as session:
        row = session.get(m.StoreMeta, STORE_ID_KEY)
        assert row is not None
        session.delete(row)
    with pytest.raises(team_log.TeamLogRewritten, match=f"its id is gone \\(it was {seen.team_id}\\)"):
        sync_case(one, ctx, synced)


def test_the_chain_is_checked_from_its_first_entry_at_a_laptops_first_sync(
    ctx: StoreContext, laptops: tuple[StoreContext, StoreContext]
) -> None:
    one, _two = laptops
    case_id = build_demo_case(one)
    with ctx.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.execute(update(m.AuditEntry).where(m.AuditEntry.seq == 1).values(actor="someone else"))
    with pytest.raises(team_log.TeamLogRewritten, match="changed outside hrdoc: entry 1 does not follow"):
        sync_case(one, ctx, case_id)
    with ctx.read() as session:
        assert session.get(m.Case, case_id) is None
