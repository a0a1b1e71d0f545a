"""One investigator of ``benchmarks/team.py``: a process that opens a store and reads or writes for a while.

Run as a script (``python benchmarks/team_worker.py CONFIG``), so that ``hrdoc`` is imported from whatever tree
``PYTHONPATH`` names first: the benchmark measures older trees with the same worker. It uses only what every
hrdoc since the team store has (``unlock_store``, ``RecordService``, ``SearchService``).

Protocol: CONFIG is JSON (``db``, ``passphrase``, ``role`` "reader" or "writer", ``case_id``, ``queries``,
``ids``, ``seed``, ``user``, optional ``think``: a reader's mean pause in seconds after each read, drawn from an
exponential distribution, as an investigator reads what they found; 0, the default, reads in a closed loop). The
worker opens the store, prints ``ready``, reads one line from stdin (the monotonic-independent wall-clock time
to start at and the seconds to run, ``START DURATION``), works from then until then, and prints one JSON line:
each operation's kind, start (s after START), time (ms) and processor time (ms: this process's, plus on a team
store its server processes', from /proc/PID/schedstat, as the server runs on this machine: what the operation
cost, without its waits for a core), the most connections its store's pool had out at once, and the errors it
met (each counted; the work goes on after one, as a user would try again).
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any


def main() -> int:
    config: dict[str, Any] = json.loads(sys.argv[1])
    from sqlalchemy import event

    from hrdoc.services.records import RecordService
    from hrdoc.services.search import SearchService
    from hrdoc.services.session import unlock_store

    ctx = unlock_store(config["db"], config.get("passphrase"), user=config["user"], record_unlock=False)
    pool = {"out": 0, "most": 0}
    lock = threading.Lock()

    backends: set[int] = set()  # a team store's server processes serving this worker

    def checkout(dbapi_connection: Any, *_args: object) -> None:
        with lock:
            pool["out"] += 1
            pool["most"] = max(pool["most"], pool["out"])
            if (pid := getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)) is not None:
                backends.add(int(pid))

    def checkin(*_args: object) -> None:
        with lock:
            pool["out"] -= 1

    event.listen(ctx.engine, "checkout", checkout)
    event.listen(ctx.engine, "checkin", checkin)

    def cpu_ns() -> int:
        total = time.process_time_ns()
        for pid in list(backends):
            try:
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                backends.discard(pid)
        return total

    rng = random.Random(config["seed"])
    records, search = RecordService(ctx), SearchService(ctx)
    case_id = uuid.UUID(config["case_id"]) if config.get("case_id") else None
    queries: list[str] = config.get("queries") or []
    ids = [uuid.UUID(i) for i in config.get("ids") or []]
    if config["role"] == "reader":  # warm this process's caches as an app's would be, outside the timing
        search.search(queries[0])
        records.get("incident", ids[0])
    print("ready", flush=True)
    start, duration = (float(x) for x in sys.stdin.readline().split())
    while time.time() < start:
        time.sleep(min(0.01, max(0.0, start - time.time())))
    think = float(config.get("think") or 0.0)
    ops: list[tuple[str, float, float, float]] = []
    errors: dict[str, int] = {}
    n = 0
    while time.time() < start + duration:
        began = time.time()
        c0 = cpu_ns()
        t0 = time.perf_counter()
        kind = "create" if config["role"] == "writer" else ("search" if n % 2 == 0 else "open")
        try:
            if kind == "create":
                records.create(
                    "incident",
                    case_id=case_id,
                    title=f"Shelling of the market, report {config['user']} {n}",
                    description=(
                        "Witnesses describe shelling of the weekly market in the morning; several stalls burned "
                        f"and residents fled towards the river. Report {n} of {config['user']}. " * 3
                    ),
                )
            elif kind == "search":
                search.search(queries[rng.randrange(len(queries))])
            else:
                records.get("incident", ids[rng.randrange(len(ids))])
        except Exception as err:  # noqa: BLE001 - counted, as a user would see it, and the work goes on
            message = f"{type(err).__name__}: {err}"
            errors[message] = errors.get(message, 0) + 1
        else:
            ms = round((time.perf_counter() - t0) * 1000, 3)
            ops.append((kind, round(began - start, 4), ms, round((cpu_ns() - c0) / 1e6, 3)))
        n += 1
        if think and kind != "create":
            time.sleep(min(rng.expovariate(1.0 / think), max(0.0, start + duration - time.time())))
    ctx.close()
    print(json.dumps({"ops": ops, "pool_most": pool["most"], "errors": errors}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
