"""kill -9 at random moments: during writes, evidence intake, bundle import, schema upgrade and its backup.

Each trial starts one ``hrdoc`` command and sends it SIGKILL after a random delay drawn over the command's
measured duration (some runs finish first: those are acknowledged, exit 0). The next command must open the
store; at the end every acknowledged write must be there, each write whole or absent, and ``hrdoc verify``
must pass (or report only leftovers of interrupted intakes, which are expected).
"""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from benchmarks.reliability.common import (
    DEMO,
    PASSPHRASE,
    PYTHON,
    ROOT,
    VICTIM,
    Fixture,
    Row,
    env,
    hrdoc,
    hrdoc_command,
    kill9,
    last_line,
    sha256_file,
    spawn,
)
from benchmarks.reliability.fixture import backup_problem


def _timed(fn: Any) -> float:
    start = time.monotonic()
    fn()
    return time.monotonic() - start


def _verify_expected(db: Path) -> str | None:
    """None when verify passes, or reports only what an interrupted intake may leave; else what it said."""
    run = hrdoc(db, "verify")
    if run.traceback:
        return f"verify: traceback {last_line(run.err)}"
    if run.code == 0:
        return None
    bad = [
        line
        for line in (run.out + run.err).splitlines()
        if line.strip()
        and not line.startswith("ok:")
        and not any(
            w in line for w in ("interrupted", "quarantin", "partial", "no record", "belongs to no", "leftover")
        )
    ]
    return f"verify exit {run.code}: {bad[0][:160] if bad else last_line(run.out + run.err)}" if bad else None


# -- writes: ACLED rows ---------------------------------------------------------------------------------------

_HEADER = (
    "event_id_cnty,event_date,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,"
    "admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)


def acled_csv(path: Path, ids: list[str], rows_note: str = "battery") -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_HEADER.split(","))
    for event_id in ids:
        row = dict.fromkeys(_HEADER.split(","), "")
        row.update(
            event_id_cnty=event_id,
            event_date="2024-05-01",
            disorder_type="Political violence",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Unidentified armed group",
            iso="466",
            country="Mali",
            admin1="Gao",
            location="Annefif",
            geo_precision="2",
            notes=f"{rows_note} {event_id}",
            fatalities="1",
        )
        writer.writerow(row.values())
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _stored_event_ids(db: Path) -> set[str] | str:
    out = db.parent / "export.csv"
    run = hrdoc(db, "acled-export", VICTIM, "-o", str(out), "--force")
    if run.code != 0:
        return f"acled-export: {run.brief()}"
    with out.open(encoding="utf-8-sig") as fh:
        return {row["event_id_cnty"] for row in csv.DictReader(fh)}


def kill_writes(fixture: Fixture, work: Path, trials: int, rng: random.Random) -> Row:
    row = Row("kill -9 during writes", "")
    store = fixture.copy_to(work / "writes")
    per = 20
    sample = acled_csv(work / "sample.csv", [f"CAL-{k}" for k in range(per)])
    span = _timed(lambda: hrdoc(store.db, "acled-import", VICTIM, str(sample)))
    acknowledged: set[str] = {f"CAL-{k}" for k in range(per)}
    (work / "acknowledged-writes.txt").write_text(" ".join(sorted(acknowledged)) + "\n", encoding="utf-8")
    attempted: dict[int, list[str]] = {}
    for n in range(trials):
        ids = [f"RB{n}-{k}" for k in range(per)]
        attempted[n] = ids
        path = acled_csv(work / "trial.csv", ids)
        proc = spawn(store.db, "acled-import", VICTIM, str(path))
        killed = kill9(proc, rng.uniform(0.2 * span, 1.25 * span))
        if not killed:
            if proc.returncode == 0:
                acknowledged.update(ids)
                with (work / "acknowledged-writes.txt").open("a", encoding="utf-8") as ack:
                    ack.write(" ".join(ids) + "\n")
            else:
                row.trial(f"trial {n}: the store did not open or the import failed (exit {proc.returncode})")
                continue
        row.trial(None)
    stored = _stored_event_ids(store.db)
    acknowledged = set((work / "acknowledged-writes.txt").read_text(encoding="utf-8").split())  # as logged
    if isinstance(stored, str):
        row.trial(stored)
        row.trials -= 1
    else:
        lost = acknowledged - stored
        if lost:
            row.failures += 1
            row.examples.append(f"{len(lost)} acknowledged rows lost, e.g. {sorted(lost)[:3]}")
        torn = [n for n, ids in attempted.items() if 0 < len(set(ids) & stored) < len(ids)]
        if torn:
            row.failures += 1
            row.examples.append(f"{len(torn)} imports half applied, e.g. trial {torn[0]}")
    problem = _verify_expected(store.db)
    if problem:
        row.failures += 1
        row.examples.append(problem)
    row.checks = (
        f"`acled-import` of {per} rows killed at a random moment; then: store opens, all "
        f"{len(acknowledged)} acknowledged rows there, every import whole or absent, verify passes"
    )
    return row.done()


# -- evidence intake ------------------------------------------------------------------------------------------


def _evidence_ids(db: Path, case: str) -> set[str] | str:
    run = hrdoc(db, "evidence", case, "--json")
    if run.code != 0:
        return f"evidence --json: {run.brief()}"
    data = json.loads(run.out)
    items = data if isinstance(data, list) else data.get("evidence", data.get("items", []))
    return {item["id"] for item in items}


def kill_intake(fixture: Fixture, work: Path, trials: int, rng: random.Random) -> Row:
    row = Row("kill -9 during evidence intake", "")
    store = fixture.copy_to(work / "intake")
    big = work / "intake.bin"
    big.write_bytes(rng.randbytes(6 << 20))
    span = _timed(lambda: hrdoc(store.db, "attach", VICTIM, str(big), "--json"))
    acknowledged: set[str] = set()
    (work / "acknowledged-intakes.txt").write_text("", encoding="utf-8")
    for n in range(trials):
        path = work / f"intake-{n % 2}.bin"
        with big.open("rb") as src, path.open("wb") as dst:  # a new file each time: a new SHA-256
            dst.write(src.read(6 << 20))
            dst.write(n.to_bytes(8, "big"))
        proc = subprocess.Popen(
            [*hrdoc_command(), "--db", str(store.db), "attach", VICTIM, str(path), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env=env(),
            start_new_session=True,
        )
        killed = kill9(proc, rng.uniform(0.2 * span, 1.25 * span))
        if not killed:
            out = proc.stdout.read().decode() if proc.stdout else ""
            if proc.returncode == 0:
                acknowledged.add(json.loads(out)["id"])
                with (work / "acknowledged-intakes.txt").open("a", encoding="utf-8") as ack:
                    ack.write(json.loads(out)["id"] + "\n")
            else:
                if proc.stdout:
                    proc.stdout.close()
                row.trial(f"trial {n}: attach failed after earlier kills (exit {proc.returncode})")
                continue
        if proc.stdout:
            proc.stdout.close()
        row.trial(None)
    stored = _evidence_ids(store.db, VICTIM)
    acknowledged = set((work / "acknowledged-intakes.txt").read_text(encoding="utf-8").split())  # as logged
    if isinstance(stored, str):
        row.failures += 1
        row.examples.append(stored)
    elif acknowledged - stored:
        row.failures += 1
        row.examples.append(f"{len(acknowledged - stored)} acknowledged evidence items lost")
    problem = _verify_expected(store.db)
    if problem:
        row.failures += 1
        row.examples.append(problem)
    row.checks = (
        f"`attach` of a 6 MiB file killed at a random moment; then: store opens, all {len(acknowledged)} "
        "acknowledged items listed, verify passes (leftovers of interrupted intakes expected)"
    )
    return row.done()


# -- bundle import ------------------------------------------------------------------------------------------


def kill_import(fixture: Fixture, work: Path, trials: int, rng: random.Random) -> Row:
    row = Row("kill -9 during bundle import", "")
    source = fixture.copy_to(work / "import-source")
    big = work / "import.bin"
    big.write_bytes(rng.randbytes(3 << 20))
    hrdoc(source.db, "attach", VICTIM, str(big))
    bundle = work / "victim.hrdoc"
    bundle.unlink(missing_ok=True)
    run = hrdoc(source.db, "export", VICTIM, "-o", str(bundle), "--audience", "internal")
    if run.code != 0:
        raise RuntimeError(f"export failed: {run.err}")
    empty = work / "import-empty"
    shutil.rmtree(empty, ignore_errors=True)
    empty.mkdir()
    hrdoc(empty / "store.db", "demo")
    template = Fixture(empty, {})
    expected = len(_evidence_ids(source.db, VICTIM))
    span = _timed(lambda: hrdoc(template.copy_to(work / "import-cal").db, "import", str(bundle)))
    for n in range(trials):
        store = template.copy_to(work / "import-trial")
        proc = spawn(store.db, "import", str(bundle))
        killed = kill9(proc, rng.uniform(0.2 * span, 1.2 * span))
        if not killed and proc.returncode != 0:
            row.trial(f"trial {n}: import failed (exit {proc.returncode})")
            continue
        again = hrdoc(store.db, "import", str(bundle))
        if again.code != 0:
            row.trial(f"trial {n}: after the kill, import again: {again.brief()}")
            continue
        items = _evidence_ids(store.db, VICTIM)
        if isinstance(items, str) or len(items) != expected:
            row.trial(
                f"trial {n}: after re-import, evidence: {items if isinstance(items, str) else len(items)} of {expected}"
            )
            continue
        problem = _verify_expected(store.db) if n % 10 == 0 or trials <= 10 else None
        row.trial(f"trial {n}: {problem}" if problem else None)
    row.checks = (
        "`import` of a bundle with a 3 MiB evidence file into a fresh store killed at a random moment; "
        "then the same import completes, all evidence there, verify passes (every 10th trial)"
    )
    return row.done()


# -- schema upgrade and its backup ----------------------------------------------------------------------------


def make_old_store(target: Path, revision: str = "0001") -> Fixture:
    """Both cases, no evidence (schema 0001 predates the vault), taken back to ``revision``."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    old = Fixture(target, {})
    hrdoc(old.db, "demo")
    subprocess.run(
        [PYTHON, "-P", "-m", "benchmarks.reliability.fixture", str(old.db)],
        capture_output=True,
        env=env(),
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    proc = subprocess.run(
        [PYTHON, "-P", "-m", "benchmarks.reliability.fixture", "--downgrade", revision, str(old.db)],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"downgrade failed: {proc.stderr[-2000:]}")
    return old


_BACKUPS_SEEN: dict[str, str | None] = {}


def _backups_problem(db: Path) -> str | None:
    """Each file under a backup name must be a whole store (each content checked once, in this process)."""
    problems = []
    for backup in sorted(db.parent.glob(f"{db.name}.backup-*")):
        digest = sha256_file(backup)
        if digest not in _BACKUPS_SEEN:
            _BACKUPS_SEEN[digest] = backup_problem(backup, PASSPHRASE)
        if _BACKUPS_SEEN[digest]:
            problems.append(str(_BACKUPS_SEEN[digest]))
    return "; ".join(problems) or None


def kill_upgrade(fixture: Fixture, work: Path, trials: int, rng: random.Random, *, backup: bool) -> Row:
    name = "kill -9 during pre-upgrade backup" if backup else "kill -9 during schema upgrade"
    row = Row(name, "")
    template = make_old_store(work / "old-store")
    opened = _timed(lambda: hrdoc(fixture.copy_to(work / "cal-new").db, "cases", "--json"))
    span = _timed(lambda: hrdoc(template.copy_to(work / "cal-old").db, "cases", "--json"))
    landed = {"before the backup was complete": 0, "after it": 0, "after the command ended": 0}
    for n in range(trials):
        store = template.copy_to(work / "upgrade-trial")
        if backup:
            # Repeated upgrades on one store: the rotation of backups must survive kills too.
            for _ in range(rng.randint(0, 3)):
                shutil.copy2(
                    template.db, store.db.with_name(f"store.db.backup-0001-2025010{rng.randint(1, 9)}T000000Z")
                )
            delay = rng.uniform(0.7 * opened, opened + 0.5 * (span - opened))
        else:
            delay = rng.uniform(0.5 * opened, 1.2 * span)
        planted = set(store.db.parent.glob("store.db.backup-*"))
        proc = spawn(store.db, "cases", "--json")
        killed = kill9(proc, delay)
        made = set(store.db.parent.glob("store.db.backup-*")) - planted
        key = "after the command ended" if not killed else "after it" if made else "before the backup was complete"
        landed[key] += 1
        if not killed and proc.returncode != 0:
            row.trial(f"trial {n}: the upgrade failed (exit {proc.returncode})")
            continue
        again = hrdoc(store.db, "cases", "--json")
        if again.code != 0:
            row.trial(f"trial {n}: store does not open after the kill: {again.brief()}")
            continue
        refs = {c["reference"] for c in json.loads(again.out)}
        if refs != {DEMO, VICTIM}:
            row.trial(f"trial {n}: cases after upgrade: {sorted(refs)}")
            continue
        problem = _backups_problem(store.db)
        if problem is None and (n % 10 == 0 or trials <= 10):
            problem = _verify_expected(store.db)
        row.trial(f"trial {n}: {problem}" if problem else None)
    row.checks = (
        "opening a schema-0001 store (backup, then upgrade) killed "
        + ("around the backup copy (0-3 older backups present)" if backup else "at a random moment")
        + "; then it opens at the new schema with both cases, every `.backup-*` file is a whole old store (kills: "
        + ", ".join(f"{v} {k}" for k, v in landed.items())
        + ")"
    )
    return row.done()


__all__ = ["PASSPHRASE", "kill_import", "kill_intake", "kill_upgrade", "kill_writes"]
