"""``hrdoc audit`` and ``hrdoc custody`` on entries merged from another store: the time of the event is when
it happened where it was first written, with where that was and when it arrived here beside it, also for an
entry an older version of hrdoc merged (it wrote the merge's time as the entry's, the first time under
``origin``)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from hrdoc.domain.enums import AuditAction, CustodyAction
from hrdoc.services import audit
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.evidence import custody
from hrdoc.services.session import unlock_store
from hrdoc.storage import models as m
from tests.cli.test_cli import Run, _env, run
from tests.helpers import PASSPHRASE

__all__ = ["_env", "run"]  # fixtures, imported for pytest

FIRST = dt.datetime(2025, 3, 14, 9, 26, 53, tzinfo=dt.UTC)  # when it happened on the other laptop
MERGED = dt.datetime(2025, 4, 2, 16, 0, 0, tzinfo=dt.UTC)  # when an older hrdoc merged it here
ELSEWHERE = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"


def legacy(seq: int) -> dict[str, object]:
    """What an older version kept of an entry's first writer: its store, hash, number and time."""
    return {"origin": {"store": ELSEWHERE, "entry_hash": uuid.uuid4().hex * 2, "seq": seq, "at": FIRST.isoformat()}}


def test_entries_an_older_version_merged_show_the_first_time_and_the_merge_as_arrival(
    run: Run, demo_copy: Path
) -> None:
    ctx = unlock_store(demo_copy, PASSPHRASE, user="older-hrdoc")
    try:
        with ctx.write() as session:
            case = session.query(m.Case).filter_by(reference=DEMO_REFERENCE).one()
            audit.record(
                session,
                "amina",
                AuditAction.UPDATE,
                entity_type="case",
                entity_id=case.id,
                case_id=case.id,
                summary="changed the case's title",
                details=legacy(7),
                at=MERGED,
            )
            item = uuid.uuid4()
            custody.append(
                session,
                evidence_id=item,
                case_id=case.id,
                actor="amina",
                action=CustodyAction.INTAKE,
                item_sha256="ab" * 32,
                details={"original_filename": "p.jpg"} | legacy(1),
                at=MERGED,
            )
    finally:
        ctx.close()

    logged = run("audit", DEMO_REFERENCE, "--db", demo_copy, "--json")
    assert logged.code == 0, logged.err
    [entry] = [e for e in logged.json() if e["summary"] == "changed the case's title"]
    assert (entry["at"], entry["actor"]) == (FIRST.isoformat(), "amina")
    assert entry["arrived_at"] == MERGED.isoformat() and entry["written_in"]["store"] == ELSEWHERE
    text = run("audit", DEMO_REFERENCE, "--db", demo_copy).out
    assert (
        "14 March 2025, 09:26:53 UTC  amina" in text
        and "written in another store (0f1e2d3c); arrived here 2 April 2025, 16:00:00 UTC" in text
    )

    chain = run("custody", str(item), "--db", demo_copy, "--json").json()
    assert chain[0]["at"] == FIRST.isoformat() and chain[0]["arrived_at"] == MERGED.isoformat()
    text = run("custody", str(item), "--db", demo_copy).out
    assert "written in another store (0f1e2d3c); arrived here 2 April 2025, 16:00:00 UTC" in text
    assert "origin:" not in text and "Original file name: p.jpg" in text
    from tests.cli.test_cli_json import valid

    valid("audit", logged.json())  # entries written elsewhere, as docs/cli-json/ says
    valid("custody", chain)


def test_the_audit_log_of_a_case_oldest_first(run: Run, demo_copy: Path) -> None:
    logged = run("audit", DEMO_REFERENCE, "--db", demo_copy, "--json")
    assert logged.code == 0, logged.err
    seqs = [e["seq"] for e in logged.json()]
    assert seqs == sorted(seqs) and len(seqs) > 10
    assert all(e["written_in"] is None for e in logged.json())  # all written in this store
    assert run("audit", DEMO_REFERENCE, "--db", demo_copy, "--limit", "3", "--json").json()[-1]["seq"] == seqs[-1]
    missing = run("audit", "NO-SUCH-CASE", "--db", demo_copy)
    assert missing.code != 0 and len(missing.err.strip().splitlines()) == 1
