"""The store's surroundings: wrong passphrases, a full disk, read-only media, two writers plus verify."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.reliability.common import (
    DEMO,
    PYTHON,
    ROOT,
    VICTIM,
    Fixture,
    Row,
    case_view,
    diff_states,
    env,
    hrdoc,
    hrdoc_command,
    tree_state,
)
from benchmarks.reliability.crash import acled_csv

# -- wrong passphrases ------------------------------------------------------------------------------------


def wrong_passphrase(fixture: Fixture, work: Path, trials: int, rng: random.Random, *, wal: bool) -> Row:
    name = "wrong passphrase, WAL present" if wal else "wrong passphrase, no WAL"
    row = Row(name, "")
    template = fixture.copy_to(work / ("wal-template" if wal else "nowal-template"))
    (template.folder / "store.db.lock").unlink(missing_ok=True)  # absent, as on a fresh copy from a backup
    if wal:
        proc = subprocess.run(
            [
                PYTHON,
                "-P",
                "-m",
                "benchmarks.reliability.fixture",
                "--leave-wal",
                str(template.db),
                fixture.ids["cases"][DEMO],
            ],
            capture_output=True,
            text=True,
            env=env(),
            cwd=ROOT,
            timeout=300,
        )
        if not (template.folder / "store.db-wal").exists():
            raise RuntimeError(f"no WAL was left: {proc.stderr[-1000:]}")
    sample = acled_csv(work / "wp.csv", ["WP-1"])
    bundle = work / "wp.hrdoc"
    if not bundle.exists():
        hrdoc(fixture.db, "export", DEMO, "-o", str(bundle), "--audience", "internal")
    commands = [
        ["cases"],
        ["show", DEMO],
        ["verify"],
        ["evidence", VICTIM],
        ["attach", DEMO, str(sample)],
        ["acled-import", DEMO, str(sample)],
        ["import", str(bundle)],
        ["search", "Annefif"],
        ["export", DEMO, "-o", str(work / "wp-out.hrdoc"), "--force"],
    ]
    for n in range(trials):
        store = template.copy_to(work / "wp-trial")
        before = tree_state(store.folder)
        command = commands[n % len(commands)]
        wrong = rng.choice(
            [
                "wrong passphrase",
                "reliability battery passphras",
                "x" * 40,
                "Reliability battery passphrase",
                "reliability battery passphrase ",
                "é" * 9,
            ]
        )
        run = hrdoc(store.db, *command, extra_env={"HRDOC_PASSPHRASE": wrong})
        problems = []
        why = run.one_line_error()
        if why:
            problems.append(why)
        change = diff_states(before, tree_state(store.folder))
        if change:
            problems.append(f"files changed: {change}")
        row.trial(f"`{command[0]}`: {'; '.join(problems)}" if problems else None)
    row.checks = (
        "each command run with a wrong passphrase "
        + ("while a `-wal`/`-shm` pair is present" if wal else "(no `-wal`, no `.lock`)")
        + ": one-line error, exit non-zero, store files byte-for-byte "
        "the same, no new file"
    )
    return row.done()


# -- full disk and read-only media ---------------------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    mount.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` leaving about ``leave`` bytes free."""
    filler = folder / "filler"
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        while True:
            st = os.statvfs(folder)
            free = st.f_bavail * st.f_frsize
            if free <= leave:
                break
            fh.write(b"\0" * min(1 << 20, max(4096, free - leave)))
            fh.flush()
    return filler


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


READ_COMMANDS = [
    ["cases", "--json"],
    ["show", VICTIM, "--json"],
    ["verify"],
    ["evidence", VICTIM],
    ["search", "Victim"],
]


def disk_full(fixture: Fixture, work: Path, trials: int, rng: random.Random) -> Row:
    row = Row("disk full (4 MiB tmpfs)", "")
    if not _is_root():
        row.examples.append("skipped: needs root to mount a tmpfs")
        return row.done()
    sample = acled_csv(work / "df.csv", [f"DF-{k}" for k in range(30)])
    attach = work / "df.bin"
    attach.write_bytes(rng.randbytes(300_000))
    bundle = work / "df.hrdoc"
    bundle.unlink(missing_ok=True)
    hrdoc(fixture.db, "export", DEMO, "-o", str(bundle), "--audience", "internal")
    writes = [
        ["attach", DEMO, str(attach)],
        ["acled-import", DEMO, str(sample)],
        ["import", str(bundle)],
        ["export", DEMO, "-o", "{disk}/out.hrdoc", "--force"],
    ]
    victim = case_view(fixture.db, VICTIM)
    with tmpfs(work / "tmpfs", "4m") as disk:
        n = 0
        while n < trials:
            for path in disk.iterdir():
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            store = fixture.copy_to(disk / "s")
            leave = rng.choice([0, 0, 4096, 16384, 65536, 200_000])
            filler = _fill(disk, leave)
            for command in READ_COMMANDS + writes:
                argv = [a.replace("{disk}", str(disk)) for a in command]
                run = hrdoc(store.db, *argv)
                problem = None
                if run.traceback:
                    problem = f"traceback: {run.brief()}"
                elif command in READ_COMMANDS and run.code != 0:
                    problem = f"read-only command refused: {run.brief()}"
                elif run.code != 0 and run.one_line_error():
                    problem = run.one_line_error()
                row.trial(f"{leave} B free, `{command[0]}`: {problem}" if problem else None)
                n += 1
            filler.unlink()
            after = hrdoc(store.db, "verify")
            if after.code != 0:
                row.trial(f"{leave} B free: after freeing space, verify: {after.brief()}")
            elif case_view(store.db, VICTIM) != victim:
                row.trial(f"{leave} B free: the victim case changed")
            else:
                row.trial(None)
    row.checks = (
        "with 0 to 200 KB free: read commands (cases, show, verify, evidence, search) work; writes "
        "(attach, acled-import, import, export) succeed or give one line; after freeing space the store "
        "opens, verify passes, nothing stored was lost"
    )
    return row.done()


def read_only(fixture: Fixture, work: Path, trials: int, rng: random.Random) -> Row:
    row = Row("read-only media", "")
    if not _is_root():
        row.examples.append("skipped: needs root to mount")
        return row.done()
    out = work / "ro-out"
    out.mkdir(exist_ok=True)
    sample = acled_csv(work / "ro.csv", ["RO-1"])
    reads = [
        *READ_COMMANDS,
        ["export", VICTIM, "-o", str(out / "v.hrdoc"), "--force"],
        ["custody", fixture.ids["victim_evidence"][0]],
        ["table", VICTIM, "incident", "-o", str(out / "t.csv"), "--force"],
    ]
    writes = [["attach", DEMO, str(sample)], ["acled-import", DEMO, str(sample)]]
    n = 0
    while n < trials:
        for kind in ("tmpfs", "bind"):
            mount = work / f"ro-{kind}"
            mount.mkdir(exist_ok=True)
            source = work / "ro-source"
            if kind == "tmpfs":
                subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], check=True)
                fixture.copy_to(mount / "s")
                subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
                store = Fixture(mount / "s", fixture.ids)
            else:
                fixture.copy_to(source)
                subprocess.run(["mount", "--bind", str(source), str(mount)], check=True)
                subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True)
                store = Fixture(mount, fixture.ids)
            try:
                before = tree_state(store.folder)
                for command in reads + writes:
                    run = hrdoc(store.db, *command)
                    problem = None
                    if run.traceback:
                        problem = f"traceback: {run.brief()}"
                    elif command in reads and run.code != 0:
                        problem = f"refused: {run.brief()}"
                    elif command in writes and run.one_line_error():
                        problem = run.one_line_error()
                    elif command in writes and "read-only" not in run.err:
                        problem = f"the message does not say the media is read-only: {run.brief()}"
                    row.trial(f"{kind}, `{command[0]}`: {problem}" if problem else None)
                    n += 1
                change = diff_states(before, tree_state(store.folder))
                if change:
                    row.trial(f"{kind}: files changed on read-only media?! {change}")
            finally:
                subprocess.run(["umount", "-l", str(mount)], check=False)
    row.checks = (
        "store on a read-only tmpfs and a read-only bind mount: cases, show, verify, evidence, search, "
        "export, custody, table work; attach and acled-import give one line"
    )
    return row.done()


# -- two writers and verify -------------------------------------------------------------------------------


def concurrent(fixture: Fixture, work: Path, trials: int, rng: random.Random) -> Row:
    row = Row("two writers + verify", "")
    store = fixture.copy_to(work / "concurrent")
    files = work / "conc"
    files.mkdir(exist_ok=True)
    procs: list[subprocess.Popen[bytes]] = []
    stop = work / "conc-stop"
    stop.unlink(missing_ok=True)
    script = (
        "set -u; n=0; while [ ! -e {stop} ]; do n=$((n+1)); head -c $((8000000 + n)) /dev/urandom > {files}/a$n.bin;"
        " {hrdoc} --db {db} attach {case} {files}/a$n.bin >/dev/null 2>>{files}/writer-{w}.err || echo fail >> {files}/"
        "writer-{w}.fail; rm -f {files}/a$n.bin; done"
    )
    hrdoc_bin = " ".join(hrdoc_command())
    for w, case in enumerate((DEMO, VICTIM)):
        procs.append(
            subprocess.Popen(
                [
                    "bash",
                    "-c",
                    script.format(stop=stop, files=files, hrdoc=hrdoc_bin, db=store.db, case=case, w=w).replace(
                        "a$n", f"w{w}-$n"
                    ),
                ],
                env=env(),
                start_new_session=True,
            )
        )
    try:
        for n in range(trials):
            time.sleep(rng.uniform(0, 0.5))
            run = hrdoc(store.db, "verify")
            row.trial(None if run.code == 0 else f"verify run {n}: {run.brief()}")
    finally:
        stop.touch()
        for proc in procs:
            proc.wait(timeout=120)
    fails = sum(len(p.read_text().splitlines()) for p in files.glob("writer-*.fail"))
    if fails:
        errors = [line for p in files.glob("writer-*.err") for line in p.read_text().splitlines() if line.strip()]
        row.failures += 1
        row.examples.append(f"{fails} writes failed, e.g. {errors[0][:160] if errors else '?'}")
    final = hrdoc(store.db, "verify")
    if final.code != 0:
        row.failures += 1
        row.examples.append(f"final verify: {final.brief()}")
    row.checks = (
        "two processes attach 8 MB files in a loop (one per case) while `verify` runs again and again: no "
        "verify run reports a problem, every write succeeds"
    )
    return row.done()
