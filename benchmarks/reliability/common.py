"""What every row of the battery shares: running the real CLI, the two-case fixture, results.

The fixture is one encrypted store holding the demo case (``hrdoc demo``, the case bundles are made *for*)
and a victim case (``VIC-2026-001``) with a location, an incident, a witness with a protected identity and
consent, an account, a source and two evidence files attached through ``hrdoc attach``. The CLI has no
command that creates a case, so the victim's records are made by :mod:`.fixture` through hrdoc's own
``RecordService`` (validated and audited as the app would); everything else goes through ``hrdoc``.
Each trial that may change the store works on a fresh copy of the fixture's files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# The hrdoc under test: this checkout's, or another copy of the code (--code DIR, e.g. an older commit
# extracted with `git archive`), run with the same interpreter and libraries.
CODE: Path | None = Path(os.environ["RELIABILITY_CODE"]) if os.environ.get("RELIABILITY_CODE") else None


def hrdoc_command() -> list[str]:
    if CODE is None:
        return [str(Path(sys.executable).parent / "hrdoc")]
    return [sys.executable, "-P", "-m", "hrdoc.cli"]  # -P: not the current folder first


PASSPHRASE = "reliability battery passphrase"
BUNDLE_PASSPHRASE = "reliability battery bundle passphrase"
DEMO = "ML-2025-004"
VICTIM = "VIC-2026-001"
TRACEBACK = "Traceback (most recent call last)"


def env(**extra: str) -> dict[str, str]:
    """The environment of every hrdoc run: test passphrases, a fixed user, no terminal, offscreen Qt."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("HRDOC_") and k not in ("PYTHONPATH",)}
    base.update(
        HRDOC_PASSPHRASE=PASSPHRASE,
        HRDOC_BUNDLE_PASSPHRASE=BUNDLE_PASSPHRASE,
        HRDOC_USER="battery",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(str(p) for p in (CODE, ROOT) if p is not None),
    )
    base.update(extra)
    return base


@dataclass
class Run:
    args: list[str]
    code: int
    out: str
    err: str

    @property
    def traceback(self) -> bool:
        return TRACEBACK in self.err or TRACEBACK in self.out

    def one_line_error(self) -> str | None:
        """None if this is a clean refusal (non-zero exit, one line on stderr, no traceback); else why not."""
        if self.code == 0:
            return "exit 0 (accepted)"
        if self.traceback:
            return f"traceback: {last_line(self.err)}"
        if "this is a bug" in self.err:
            return f"unexpected error: {last_line(self.err)}"
        # Notes ("hrdoc: note: ...") may accompany the error; the error itself is one line.
        lines = [line for line in self.err.splitlines() if line.strip() and not line.startswith("hrdoc: note:")]
        if len(lines) != 1:
            return f"{len(lines)} lines on stderr: {last_line(self.err)}"
        return None

    def brief(self) -> str:
        return f"exit {self.code}: {last_line(self.err) or last_line(self.out)}"


def last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (lines[-1] if lines else "")[:200]


def hrdoc(
    db: Path | str | None,
    *args: str,
    timeout: float = 300,
    extra_env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stdin: Any = subprocess.DEVNULL,
) -> Run:
    argv = [*hrdoc_command(), *(["--db", str(db)] if db is not None else []), *args]
    proc = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env(**(extra_env or {})),
        cwd=cwd,
        stdin=stdin,
        errors="replace",
    )
    return Run(argv, proc.returncode, proc.stdout, proc.stderr)


def spawn(db: Path | str, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """An hrdoc run to be killed: output discarded, own process group."""
    return subprocess.Popen(
        [*hrdoc_command(), "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env(**(extra_env or {})),
        start_new_session=True,
    )


def kill9(proc: subprocess.Popen[bytes], delay: float) -> bool:
    """SIGKILL ``proc`` after ``delay`` seconds; True if it was still running (a real interruption)."""
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return True


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def tree_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name -> SHA-256), links and folders named as such."""
    state: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            state[rel] = "link:" + os.readlink(path)
        elif path.is_dir():
            state[rel + "/"] = "dir"
        else:
            state[rel] = sha256_file(path)
    return state


def diff_states(before: dict[str, str], after: dict[str, str]) -> str:
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    parts = []
    if added:
        parts.append("new " + ", ".join(added[:3]))
    if removed:
        parts.append("gone " + ", ".join(removed[:3]))
    if changed:
        parts.append("changed " + ", ".join(changed[:3]))
    return "; ".join(parts)


@dataclass
class Fixture:
    """The fixture's files in ``folder``: ``store.db``, ``store.vault/``, and what is known about them."""

    folder: Path
    ids: dict[str, Any]

    @property
    def db(self) -> Path:
        return self.folder / "store.db"

    def copy_to(self, target: Path) -> Fixture:
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.folder, target, symlinks=True)
        return Fixture(target, self.ids)


def store_files(db: Path) -> list[Path]:
    return sorted(p for p in db.parent.iterdir() if p.name.startswith(db.name))


def build_fixture(folder: Path) -> Fixture:
    """The two-case store (see the module's docstring), built once per battery run."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db = folder / "store.db"
    _must(hrdoc(db, "demo"))
    proc = subprocess.run(
        [PYTHON, "-P", "-m", "benchmarks.reliability.fixture", str(db)],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"building the victim case failed: {proc.stderr[-2000:]}")
    ids: dict[str, Any] = json.loads(proc.stdout)
    files = folder.parent / f"{folder.name}-files"
    files.mkdir(exist_ok=True)
    ids["victim_evidence"] = []
    for n in range(2):
        f = files / f"victim-photo-{n}.jpg"
        f.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(3000 + 1000 * n) + b"\xff\xd9")
        run = _must(
            hrdoc(
                db,
                "attach",
                VICTIM,
                str(f),
                "--to",
                ids["victim_incident"],
                "--description",
                f"victim photo {n}",
                "--json",
            )
        )
        ids["victim_evidence"].append(json.loads(run.out)["id"])
    f = files / "demo-statement.txt"
    f.write_text("A statement about the convoy, for the demo case.\n" * 20, encoding="utf-8")
    run = _must(hrdoc(db, "attach", DEMO, str(f), "--description", "demo statement", "--json"))
    ids["demo_evidence"] = json.loads(run.out)["id"]
    cases = json.loads(_must(hrdoc(db, "cases", "--json")).out)
    ids["cases"] = {c["reference"]: c["id"] for c in cases}
    return Fixture(folder, ids)


def _must(run: Run) -> Run:
    if run.code != 0:
        raise RuntimeError(f"{' '.join(run.args[1:])} failed: {run.err[-2000:]}")
    return run


def case_view(db: Path, case: str) -> str:
    """``hrdoc show CASE --json --reveal`` (everything, identities included), or the error."""
    run = hrdoc(db, "show", case, "--json", "--reveal", "--reason", "reliability battery")
    return run.out if run.code == 0 else f"<show failed: {run.brief()}>"


def verify(db: Path) -> Run:
    return hrdoc(db, "verify")


# -- results ------------------------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: what it checks, how many trials, how many failed, and how they failed."""

    name: str
    checks: str
    trials: int = 0
    failures: int = 0
    examples: list[str] = field(default_factory=list)
    repro: str = ""
    seconds: float = 0.0
    started: float = field(default_factory=time.monotonic)

    def trial(self, problem: str | None) -> None:
        self.trials += 1
        if problem:
            self.failures += 1
            if len(self.examples) < 3 and problem not in self.examples:
                self.examples.append(problem)

    def done(self) -> Row:
        self.seconds = time.monotonic() - self.started
        return self


def run_clean(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, env=env(), cwd=ROOT, timeout=600)
