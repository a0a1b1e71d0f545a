"""Two hrdoc processes writing to the same store at the same time both succeed, losing nothing.

On SQLite the writers queue for the file's write lock; on a team store (PostgreSQL) for hrdoc's advisory
write lock, and the audit log's head row is locked while an entry is appended.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdoc.services.session import new_store, unlock_store
from hrdoc.services.verify import verify_store
from hrdoc.storage.models import AuditEntry, Case
from tests.backends import SQLITE, PgStores
from tests.helpers import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
PER_PROCESS = 30

WRITER = """
import json, sys, time
from pathlib import Path
from hrdoc.services.records import RecordService
from hrdoc.services.session import unlock_store

store, passphrase, prefix, go, count = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]), int(sys.argv[5])
ctx = unlock_store(store, passphrase or None, user=prefix)
records = RecordService(ctx)
Path(go.parent / (prefix + ".ready")).touch()
deadline = time.monotonic() + 60
while not go.exists():
    if time.monotonic() > deadline:
        sys.exit("never told to start")
    time.sleep(0.005)
start = time.time()
for i in range(count):
    records.create("case", reference=f"{prefix}-{i:03d}", title=f"Case {i} written by {prefix}")
end = time.time()
ctx.close()
print(json.dumps({"start": start, "end": end}))
"""


@pytest.mark.slow
def test_two_processes_create_cases_at_the_same_time(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == SQLITE:
        store, passphrase = str(tmp_path / "store.db"), PASSPHRASE
    else:
        stores: PgStores = request.getfixturevalue("pg_stores")
        name, store = stores.new_database()
        request.addfinalizer(lambda: stores.server.drop_database(name))
        passphrase = ""
    new_store(store, passphrase or None).close()
    go = tmp_path / "go"
    writers = {
        prefix: subprocess.Popen(
            [sys.executable, "-c", WRITER, store, passphrase, prefix, str(go), str(PER_PROCESS)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in ("A", "B")
    }
    try:
        # Start both loops together, once both processes have unlocked the store.
        deadline = time.monotonic() + 60
        while not all((tmp_path / f"{p}.ready").exists() for p in writers):
            assert all(w.poll() is None for w in writers.values()), "a writer died while unlocking the store"
            assert time.monotonic() < deadline, "the writers took too long to unlock the store"
            time.sleep(0.01)
        go.touch()
        results = {prefix: w.communicate(timeout=120) for prefix, w in writers.items()}
    finally:
        for w in writers.values():
            if w.poll() is None:
                w.kill()
                w.wait()

    for prefix, w in writers.items():
        _out, err = results[prefix]
        assert w.returncode == 0, f"writer {prefix} failed:\n{err}"
    spans = {prefix: json.loads(results[prefix][0].strip().splitlines()[-1]) for prefix in writers}
    assert spans["A"]["start"] < spans["B"]["end"] and spans["B"]["start"] < spans["A"]["end"], (
        f"the two writers did not overlap in time, so this test proved nothing: {spans}"
    )

    ctx = unlock_store(store, passphrase or None, record_unlock=False)
    try:
        with ctx.read() as session:
            references = session.scalars(select(Case.reference)).all()
            seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
            actions = session.scalars(select(AuditEntry.action)).all()
        expected = {f"{p}-{i:03d}" for p in writers for i in range(PER_PROCESS)}
        assert sorted(references) == sorted(expected)
        # 1 store creation + 2 unlocks + 60 cases, numbered without gaps or duplicates.
        assert seqs == list(range(1, 2 * PER_PROCESS + 4))
        assert actions.count("create") == 2 * PER_PROCESS
        report = verify_store(ctx)
        assert report.ok, report.problems
    finally:
        ctx.close()
