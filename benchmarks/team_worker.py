"""One investigator of ``benchmarks/team.py``: a process that opens a store and reads or writes for a while.

Run as a script (``python benchmarks/team_worker.py CONFIG``), so that ``hrdoc`` is imported from whatever tree
``PYTHONPATH`` names first: the benchmark measures older trees with the same worker. It uses only what every
hrdoc since the team store has (``unlock_store``, ``RecordService``, ``SearchService``).

Protocol: CONFIG is JSON (``db``, ``passphrase``, ``role`` "reader" or "writer", ``case_id``, ``queries``,
``ids``, ``seed``, ``user``). The worker opens the store, prints ``ready``, reads one line from stdin (the
monotonic-independent wall-clock time to start at and the seconds to run, ``START DURATION``), works from then
until then, and prints one JSON line: each operation's kind, start (s after START) and time (ms), the most
connections its store's pool had out at once, and the error that stopped it, if any.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
import uuid
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

    def checkout(*_args: object) -> None:
        with lock:
            pool["out"] += 1
            pool["most"] = max(pool["most"], pool["out"])

    def checkin(*_args: object) -> None:
        with lock:
            pool["out"] -= 1

    event.listen(ctx.engine, "checkout", checkout)
    event.listen(ctx.engine, "checkin", checkin)
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
    ops: list[tuple[str, float, float]] = []
    error = None
    n = 0
    try:
        while time.time() < start + duration:
            began = time.time()
            t0 = time.perf_counter()
            if config["role"] == "writer":
                kind = "create"
                records.create(
                    "incident",
                    case_id=case_id,
                    title=f"Shelling of the market, report {config['user']} {n}",
                    description=(
                        "Witnesses describe shelling of the weekly market in the morning; several stalls burned "
                        f"and residents fled towards the river. Report {n} of {config['user']}. " * 3
                    ),
                )
            elif n % 2 == 0:
                kind = "search"
                search.search(queries[rng.randrange(len(queries))])
            else:
                kind = "open"
                records.get("incident", ids[rng.randrange(len(ids))])
            ops.append((kind, round(began - start, 4), round((time.perf_counter() - t0) * 1000, 3)))
            n += 1
    except Exception as err:  # noqa: BLE001 - reported to the benchmark, which shows it
        error = f"{type(err).__name__}: {err}"
    ctx.close()
    print(json.dumps({"ops": ops, "pool_most": pool["most"], "error": error}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
