"""``verify`` finds a flipped byte in any stored file and any edit to a chain of custody, and names them.

The attacker has the passphrase and a SQLCipher shell (raw SQL outside hrdoc), or write access to the vault
folder. Intakes killed half-way leave nothing behind once the store is verified.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import tracemalloc
import uuid
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import exc as sa_exc

from hrdoc.cli import main
from hrdoc.cli.common import EXIT_VERIFY_FAILED
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.session import unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage.vault import CHUNK_SIZE, HEADER_SIZE
from tests.helpers import PASSPHRASE, make_case

ROOT = Path(__file__).resolve().parents[3]


def attack(path: Path, *statements: str) -> None:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


@pytest.fixture
def stocked(ctx: StoreContext, records: RecordService) -> tuple[EvidenceService, list[uuid.UUID]]:
    case = make_case(records, reference="VRF-001")
    ev = EvidenceService(ctx)
    ids = [
        ev.intake(case, io.BytesIO(os.urandom(CHUNK_SIZE + 500)), original_name="video-frame.bin").evidence_id,
        ev.intake(case, io.BytesIO(b"statement of W-03"), original_name="statement.txt").evidence_id,
    ]
    return ev, ids


def test_an_intact_store_verifies_and_the_check_enters_each_chain(
    stocked: tuple[EvidenceService, list[uuid.UUID]],
) -> None:
    ev, ids = stocked
    report = verify_store(ev.ctx)
    assert report.problems == []
    assert "evidence vault: 2 of 2 files intact" in report.checks
    for item in ids:
        assert [e.action for e in ev.custody(item)] == ["intake", "verify"]
    assert verify_store(ev.ctx).ok  # the verify entries themselves verify


@pytest.mark.parametrize("where", ["first chunk", "last byte", "header"])
def test_a_single_flipped_byte_is_named_with_item_and_case(
    stocked: tuple[EvidenceService, list[uuid.UUID]], where: str
) -> None:
    ev, ids = stocked
    path = ev.vault.path(ids[0])
    data = bytearray(path.read_bytes())
    offset = {"first chunk": HEADER_SIZE + 1000, "last byte": len(data) - 1, "header": 12}[where]
    data[offset] ^= 0x80
    path.write_bytes(bytes(data))
    report = verify_store(ev.ctx)
    assert not report.ok
    [problem] = report.problems
    assert "video-frame.bin (case VRF-001)" in problem
    assert [e.action for e in ev.custody(ids[0])] == ["intake"]  # nothing is recorded as verified


def test_the_cli_names_the_damage_and_exits_non_zero(
    stocked: tuple[EvidenceService, list[uuid.UUID]],
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ev, ids = stocked
    path = ev.vault.path(ids[1])
    data = bytearray(path.read_bytes())
    data[HEADER_SIZE] ^= 1
    path.write_bytes(bytes(data))
    ev.ctx.close()
    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)
    out = io.StringIO()
    assert main(["verify", "--db", str(store_path)], out=out) == EXIT_VERIFY_FAILED
    assert "FAILED: evidence statement.txt (case VRF-001): chunk 1 fails authentication" in out.getvalue()


def test_a_missing_vault_file_is_named(stocked: tuple[EvidenceService, list[uuid.UUID]]) -> None:
    ev, ids = stocked
    ev.vault.path(ids[1]).unlink()
    report = verify_store(ev.ctx)
    assert any("statement.txt (case VRF-001)" in p and "missing" in p for p in report.problems)


def test_the_custody_log_refuses_update_and_delete(
    stocked: tuple[EvidenceService, list[uuid.UUID]], store_path: Path
) -> None:
    for statement in ("UPDATE custody_log SET actor = 'someone else'", "DELETE FROM custody_log"):
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            attack(store_path, statement)
    with pytest.raises(sa_exc.IntegrityError), stocked[0].ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM custody_log")


def test_an_edited_custody_entry_is_named(stocked: tuple[EvidenceService, list[uuid.UUID]], store_path: Path) -> None:
    ev, ids = stocked
    attack(
        store_path,
        "DROP TRIGGER custody_log_no_update",
        f"UPDATE custody_log SET actor = 'somebody else' WHERE evidence_id = '{ids[1].hex}' AND seq = 1",
    )
    report = verify_store(ev.ctx)
    assert report.problems == [
        "chain of custody of statement.txt (case VRF-001), entry 1 (Entered the vault): "
        "was altered after it was written"
    ]


def test_a_custody_entry_rewritten_with_a_fresh_hash_still_shows(
    stocked: tuple[EvidenceService, list[uuid.UUID]], store_path: Path
) -> None:
    """Recomputing the entry's hash is not enough: the audit log holds the hash it had."""
    from hrdoc.services.evidence import custody

    ev, ids = stocked
    [entry] = ev.custody(ids[1])
    entry.actor = "somebody else"
    forged = custody.entry_hash(entry)
    attack(
        store_path,
        "DROP TRIGGER custody_log_no_update",
        f"UPDATE custody_log SET actor = 'somebody else', entry_hash = '{forged}' WHERE id = {entry.id}",
    )
    report = verify_store(ev.ctx)
    assert report.problems == [
        "chain of custody of statement.txt (case VRF-001), entry 1 (Entered the vault): "
        "does not match the audit log's record of it"
    ]


def test_a_removed_last_custody_entry_is_named(
    stocked: tuple[EvidenceService, list[uuid.UUID]], store_path: Path
) -> None:
    ev, ids = stocked
    ev.read_for_preview(ids[1])
    attack(
        store_path,
        "DROP TRIGGER custody_log_no_delete",
        f"DELETE FROM custody_log WHERE evidence_id = '{ids[1].hex}' AND seq = 2",
    )
    report = verify_store(ev.ctx)
    assert report.problems == [
        "chain of custody of statement.txt (case VRF-001): entry 2 is missing (the audit log records it)"
    ]


def test_a_stray_file_in_the_vault_is_named_and_put_aside(stocked: tuple[EvidenceService, list[uuid.UUID]]) -> None:
    """A finished file no record knows, that no writer holds, is reported and moved to quarantine, not deleted."""
    ev, ids = stocked
    stray_id = uuid.uuid4()
    stray = ev.vault.root / f"{stray_id.hex}.hrv"
    stray.write_bytes(ev.vault.path(ids[1]).read_bytes())
    report = verify_store(ev.ctx)
    assert not report.ok
    assert f"evidence vault: file {stray_id.hex} belongs to no evidence item" in report.problems
    assert not stray.exists()
    assert (ev.vault.quarantine / stray.name).read_bytes() == ev.vault.path(ids[1]).read_bytes()
    assert not any("interrupted intake" in c for c in report.checks)


KILLED_INTAKE = textwrap.dedent(
    """
    import io, os, sys, time, uuid
    from pathlib import Path
    from hrdoc.services.session import unlock_store
    from hrdoc.services.evidence import custody
    from hrdoc.services.evidence.service import EvidenceService

    store, case_id, when = sys.argv[1], uuid.UUID(sys.argv[2]), sys.argv[3]
    ctx = unlock_store(store, os.environ["HRDOC_PASSPHRASE"], user="field")
    service = EvidenceService(ctx)

    def mid_file(done, total, what):
        if when == "mid-file" and done >= 3 * 1024 * 1024:
            print("ready", flush=True)
            time.sleep(120)

    def before_commit(*args, **kwargs):
        print("ready", flush=True)
        time.sleep(120)

    if when == "before-commit":
        custody.append = before_commit
    service.intake(case_id, io.BytesIO(os.urandom(8 * 1024 * 1024)), original_name="long.mp4", progress=mid_file)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("when", ["mid-file", "before-commit"])
def test_an_intake_killed_half_way_leaves_no_orphan_and_the_store_verifies(
    ctx: StoreContext, records: RecordService, store_path: Path, when: str
) -> None:
    case = make_case(records)
    ctx.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_INTAKE, str(store_path), str(case), when],
        stdout=subprocess.PIPE,
        env=os.environ | {"HRDOC_PASSPHRASE": PASSPHRASE},
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        vault = store_path.with_name("store.db.vault")
        assert any(vault.iterdir()), "the intake should have a file in the vault when it is killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    reopened = unlock_store(store_path, PASSPHRASE)
    try:
        report = verify_store(reopened)
        assert list(vault.iterdir()) == []
        assert EvidenceService(reopened).items(case) == []
        if when == "mid-file":  # a partial file: deleted
            assert report.problems == []
        else:  # a finished file the store never recorded: never deleted, put aside and reported
            [problem] = report.problems
            assert "1 file(s) that no evidence item of this store records are kept in" in problem
            assert len(list(store_path.with_name("store.db.vault-quarantine").glob("*.hrv"))) == 1
    finally:
        reopened.close()


class Generated(io.RawIOBase):
    """``size`` bytes of varied content, made on the fly: nothing of it is ever whole in memory."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.block = bytearray(os.urandom(CHUNK_SIZE))
        self.counter = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left, len(self.block))
        self.counter += 1
        self.block[:8] = self.counter.to_bytes(8, "big")
        buffer[:n] = self.block[:n]
        self.left -= n
        return n


@pytest.mark.slow
def test_a_1_gb_intake_streams_with_bounded_memory(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    ev = EvidenceService(ctx)
    size = 1024 * 1024 * 1024
    tracemalloc.start()
    try:
        result = ev.intake(case, io.BufferedReader(Generated(size), CHUNK_SIZE), original_name="long-video.mp4")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.size == size
    assert peak < 24 * 1024 * 1024, f"intake of 1 GiB held {peak / 2**20:.0f} MiB at its peak"
    assert ev.vault.path(result.evidence_id).stat().st_size == ev.vault.stored_size(size)
    ev.vault.remove(result.evidence_id)  # the disk space is the test machine's
