"""``verify`` never deletes evidence: unknown vault files are put aside and reported, intakes in progress (in this
process or another) are left alone, and only partial files of dead intakes are deleted, by verify or the next
intake. Real encrypted stores, real files, real second processes."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import uuid
from pathlib import Path

import pytest

from hrdoc.cli import main
from hrdoc.cli.common import EXIT_VERIFY_FAILED
from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.merge import Merger, copy_evidence
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage.vault import CHUNK_SIZE
from tests.helpers import PASSPHRASE, make_case

pytestmark = pytest.mark.sqlite_only  # about the vault folder beside a store file

ROOT = Path(__file__).resolve().parents[3]
ENV = os.environ | {"HRDOC_PASSPHRASE": PASSPHRASE}


def vault_files(store_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in store_path.with_name(store_path.name + ".vault").iterdir()}


def cli_verify(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("HRDOC_PASSPHRASE", PASSPHRASE)
    out = io.StringIO()
    code = main(["verify", "--db", str(store_path)], out=out)
    return code, out.getvalue()


def test_restoring_an_older_store_copy_then_verifying_loses_no_evidence(
    ctx: StoreContext, records: RecordService, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(records, reference="OLD-001")
    ev = EvidenceService(ctx)
    ev.intake(case, io.BytesIO(b"attached before the copy"), original_name="first.txt")
    ctx.close()
    older = store_path.with_name("older-copy.db")
    shutil.copy2(store_path, older)
    newer = store_path.with_name("newer-copy.db")
    ctx = unlock_store(store_path, PASSPHRASE)
    later = [
        EvidenceService(ctx).intake(case, io.BytesIO(os.urandom(size)), original_name=f"later-{size}.bin").evidence_id
        for size in (10, CHUNK_SIZE + 7)
    ]
    ctx.close()
    shutil.copy2(store_path, newer)
    before = vault_files(store_path)
    # The store file was damaged; the user puts back the older copy (as the README advises) and verifies.
    shutil.copy2(older, store_path)

    code, out = cli_verify(store_path, monkeypatch)

    assert code == EXIT_VERIFY_FAILED
    quarantine = store_path.with_name("store.db.vault-quarantine")
    for item in later:
        assert f"FAILED: evidence vault: file {item.hex} belongs to no evidence item" in out
        assert (quarantine / f"{item.hex}.hrv").read_bytes() == before[f"{item.hex}.hrv"]
        note = (quarantine / f"{item.hex}.hrv.txt").read_text()
        assert str(item) in note and "UTC" in note and "older copy of the store" in note
    assert f"2 file(s) that no evidence item of this store records are kept in {quarantine}" in out
    assert "put back the copy that recorded them" in out
    assert len(vault_files(store_path)) == 1  # the item the older copy knows stayed in the vault
    # Verify again: still reported (nothing was decided for the user), still nothing deleted.
    assert cli_verify(store_path, monkeypatch)[0] == EXIT_VERIFY_FAILED
    assert len(list(quarantine.glob("*.hrv"))) == 2

    # The newer copy turns up: put back, verify returns the files to the vault and all is intact.
    shutil.copy2(newer, store_path)
    code, out = cli_verify(store_path, monkeypatch)
    assert code == 0, out
    assert "evidence vault: 3 of 3 files intact" in out
    assert vault_files(store_path) == before
    assert list(quarantine.iterdir()) == []


def test_a_file_planted_in_the_vault_is_put_aside_not_deleted(
    ctx: StoreContext, records: RecordService, store_path: Path
) -> None:
    case = make_case(records)
    EvidenceService(ctx).intake(case, io.BytesIO(b"real"), original_name="real.txt")
    vault = store_path.with_name("store.db.vault")
    planted = vault / f"{uuid.uuid4().hex}.hrv"
    planted.write_bytes(b"not written by hrdoc")
    other = vault / "README.txt"  # a name hrdoc never writes: not touched either
    other.write_bytes(b"someone's note")
    report = verify_store(ctx)
    assert not report.ok
    assert f"evidence vault: file {planted.stem} belongs to no evidence item" in report.problems
    assert (store_path.with_name("store.db.vault-quarantine") / planted.name).read_bytes() == b"not written by hrdoc"
    assert other.read_bytes() == b"someone's note"


def test_an_intake_in_progress_during_verify_is_neither_reported_nor_touched(
    ctx: StoreContext, records: RecordService
) -> None:
    """Another thread holds an intake's lock: its file is published, the store has not recorded it yet."""
    case = make_case(records)
    ev = EvidenceService(ctx)
    ev.intake(case, io.BytesIO(b"recorded"), original_name="recorded.txt")
    item = uuid.uuid4()
    published, verified = threading.Event(), threading.Event()

    def intake() -> None:
        with ev.vault.writer(item) as writer:
            writer.write(b"being attached")
            writer.publish()
            published.set()
            verified.wait(30)

    thread = threading.Thread(target=intake)
    thread.start()
    try:
        assert published.wait(30)
        report = verify_store(ctx)
        assert ev.vault.exists(item)
    finally:
        verified.set()
        thread.join()
    assert report.problems == []
    assert not ev.vault.quarantine.exists()


def test_an_intake_finishing_in_another_process_while_verify_hashes_is_not_called_foreign(
    ctx: StoreContext, records: RecordService, store_path: Path
) -> None:
    """The window that gave false "belongs to no evidence item" reports: verify has read the store's items, then
    another process attaches a file and commits it, while verify is still re-hashing."""
    case = make_case(records, reference="RACE-01")
    ev = EvidenceService(ctx)
    ev.intake(case, io.BytesIO(os.urandom(3 * CHUNK_SIZE)), original_name="long.bin")
    source = store_path.with_name("statement.txt")
    source.write_bytes(b"attached by a colleague meanwhile")
    attached: list[subprocess.CompletedProcess[bytes]] = []

    def meanwhile(done: int, total: int, what: str) -> None:
        if not attached:  # once, while the first file is being hashed
            attached.append(
                subprocess.run(
                    [sys.executable, "-m", "hrdoc", "attach", "RACE-01", str(source), "--db", str(store_path)],
                    capture_output=True,
                    env=ENV,
                    cwd=ROOT,
                    timeout=120,
                )
            )

    report = ev.verify(progress=meanwhile)
    assert attached and attached[0].returncode == 0, attached[0].stderr
    assert report.problems == []
    assert len(list(ev.vault.root.glob("*.hrv"))) == 2
    assert verify_store(ctx).ok


ATTACHING = textwrap.dedent(
    """
    import io, os, sys, uuid
    from hrdoc.services.session import unlock_store
    from hrdoc.services.evidence.service import EvidenceService

    ctx = unlock_store(sys.argv[1], os.environ["HRDOC_PASSPHRASE"], user="colleague")
    service = EvidenceService(ctx)
    print("ready", flush=True)
    for n in range(int(sys.argv[3])):
        service.intake(uuid.UUID(sys.argv[2]), io.BytesIO(os.urandom(300_000)), original_name=f"photo-{n}.jpg")
    ctx.close()
    """
)


def test_verify_while_another_process_attaches_finds_nothing_wrong(
    ctx: StoreContext, records: RecordService, store_path: Path
) -> None:
    case = make_case(records)
    ev = EvidenceService(ctx)
    ev.intake(case, io.BytesIO(os.urandom(2 * CHUNK_SIZE)), original_name="video.bin")
    proc = subprocess.Popen(
        [sys.executable, "-c", ATTACHING, str(store_path), str(case), "25"],
        stdout=subprocess.PIPE,
        env=ENV,
        cwd=ROOT,
    )
    problems: list[str] = []
    runs = 0
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        while proc.poll() is None or runs == 0:
            problems += verify_store(ctx).problems
            runs += 1
    finally:
        proc.wait(120)
    assert proc.returncode == 0
    assert problems == [], f"{len(problems)} problem(s) in {runs} verify runs: {problems[:3]}"
    assert len(ev.items(case)) == 26 and verify_store(ctx).ok
    assert not ev.vault.quarantine.exists()


HOLDING = textwrap.dedent(
    """
    import sys, time, uuid
    from pathlib import Path
    from hrdoc.storage.vault import Vault

    writer = Vault(Path(sys.argv[1]), bytes(32)).writer(uuid.UUID(sys.argv[2]))
    writer.write(b"slow upload")
    print("ready", flush=True)
    sys.stdin.readline()
    """
)


def test_the_next_intake_deletes_dead_partials_but_not_another_process_s_work(
    ctx: StoreContext, records: RecordService, store_path: Path
) -> None:
    case = make_case(records)
    ev = EvidenceService(ctx)
    ev.intake(case, io.BytesIO(b"first"), original_name="first.txt")
    dead = ev.vault.root / f"{uuid.uuid4().hex}.partial"
    with dead.open("wb") as fh:  # what a killed intake of a 200 MB file leaves, sparse here
        fh.truncate(200 * 1024 * 1024)
    busy = uuid.uuid4()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDING, str(ev.vault.root), str(busy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
        ev.intake(case, io.BytesIO(b"second"), original_name="second.txt")
        assert not dead.exists()
        assert (ev.vault.root / f"{busy.hex}.partial").exists()
        assert verify_store(ctx).ok
        assert (ev.vault.root / f"{busy.hex}.partial").exists()
    finally:
        holder.communicate(b"\n", timeout=60)
    assert sorted(p.suffix for p in ev.vault.root.iterdir()) == [".hrv", ".hrv"]


def test_a_refused_import_leaves_nothing_in_the_vault(
    tmp_path: Path, ctx: StoreContext, records: RecordService
) -> None:
    from hrdoc.domain.validation import ValidationError
    from hrdoc.services.session import new_store

    case = make_case(records)
    EvidenceService(ctx).intake(case, io.BytesIO(os.urandom(CHUNK_SIZE + 5)), original_name="photo.jpg")
    snap = take_snapshot(ctx, case)
    target = new_store(tmp_path / "partner.db", PASSPHRASE, user="partner")
    genuine = copy_evidence(ctx)

    def altered(item_id: str) -> list[bytes]:
        chunks = list(genuine(item_id))
        return [chunks[0][:-1] + b"X", *chunks[1:]]

    try:
        message = ""
        try:
            Merger(target).apply(snap, origin_label="bundle", files=altered)
        except ValidationError as err:
            message = str(err)
        assert "does not match its recorded SHA-256" in message
        assert list(Path(tmp_path / "partner.db.vault").iterdir()) == []
    finally:
        target.close()
