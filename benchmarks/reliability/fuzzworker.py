"""Runs hrdoc's CLI in-process on many fuzzed inputs (one process: thousands of runs in minutes).

``python -m benchmarks.reliability.fuzzworker JOB.json`` where the job names the fixture folder, a work
folder, the command (``import`` or ``acled-import``) and the input files. For each input it calls
``hrdoc.cli.main`` exactly as the ``hrdoc`` script does and prints one JSON line: the exit code, the
error line, and a problem if any: an exception that escaped (a traceback for the user), an error that calls
itself a bug, or, for a refused input, a store whose records or vault changed. An accepted input resets the
store to a fresh copy of the fixture.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sys
import traceback
from pathlib import Path
from typing import Any


def _digest(db: Path) -> str:
    """Every table but the audit log and its head (each run may add its unlock entry), and the vault's files."""
    from hrdoc.storage.engine import StoreLocation, make_engine

    h = hashlib.sha256()
    engine = make_engine(StoreLocation(path=db), os.environ["HRDOC_PASSPHRASE"])
    try:
        with engine.connect() as conn:
            tables = (
                conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "AND name NOT LIKE '%search%' ORDER BY name"
                )
                .scalars()
                .all()
            )
            for table in tables:
                if table == "audit_log":
                    continue
                rows = sorted(repr(tuple(row)) for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'))
                for text in rows:
                    if table == "store_meta" and "'audit_head'" in text:  # the audit log's head, moved by the unlock
                        continue
                    h.update(text.encode())
    finally:
        engine.dispose()
    vault = db.with_name(db.name + ".vault")
    for path in sorted(vault.rglob("*")) if vault.exists() else []:
        h.update(str(path.relative_to(vault)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def main() -> None:
    from hrdoc import cli

    job: dict[str, Any] = json.loads(Path(sys.argv[1]).read_text())
    fixture, work = Path(job["fixture"]), Path(job["work"])
    folder = work / "store"

    def reset() -> Path:
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(fixture, folder)
        return folder / "store.db"

    db = reset()
    baseline = _digest(db)
    check_state = job["command"] == "import"
    every = int(job.get("check_every", 10))
    since = 0  # refused inputs since the last state check
    first_unchecked = ""
    for index, path in enumerate(job["inputs"]):
        argv = ["--db", str(db), job["command"], *job.get("before", []), path]
        err, out = io.StringIO(), io.StringIO()
        problem = None
        code: Any = None
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
                code = cli.main(argv, out=out)
        except SystemExit as exc:
            code = exc.code
        except BaseException as exc:  # noqa: BLE001 - any traceback is the finding, recorded as a problem
            problem = f"traceback: {type(exc).__name__}: {str(exc)[:120]}"
            code = "exception"
            tb = traceback.format_exc()
            problem += " at " + tb.strip().splitlines()[-3].strip()[:120] if len(tb.splitlines()) > 3 else ""
        text = err.getvalue()
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("hrdoc: note:")]
        if problem is None:
            if "Traceback" in text or "this is a bug" in text:
                problem = f"{lines[-1][:200] if lines else text[-200:]}"
            elif code not in (0, None) and len(lines) != 1 and job["command"] == "import":
                problem = f"{len(lines)} error lines: {lines[-1][:160] if lines else ''}"
        if code in (0, None, 4) and job["command"] == "import":
            db = reset()
        elif check_state and problem is None and code != 0:
            # The state is checked every few refusals (a change stays until checked), and at the end.
            since += 1
            first_unchecked = first_unchecked or Path(path).name
            if since >= every or index == len(job["inputs"]) - 1:
                if _digest(db) != baseline:
                    problem = f"refused, yet the store's records or vault changed (since {first_unchecked})"
                    db = reset()
                since, first_unchecked = 0, ""
        print(
            json.dumps({"input": path, "code": code, "error": lines[-1][:200] if lines else "", "problem": problem}),
            flush=True,
        )


if __name__ == "__main__":
    main()
