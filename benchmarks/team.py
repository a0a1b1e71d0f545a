"""Writers, readers, syncs and connections of a team store (PostgreSQL) against a laptop store (SQLite).

Issue 15, point 5: with 20 investigators reading and 5 writing in different cases at the same time, reads stay
quick (p95 under 150 ms) and writers of different cases do not queue behind one another (five write more than
one); a sync's statements grow with its batches, not its rows; each process keeps to its connection budget.

Both stores hold the benchmark's data (``benchmarks/generate.py``, the same generator, seed and sizes, so the
same records): the laptop store is an encrypted store file (``benchmarks/out/team-laptop.db``, generated once
and reused; each run works on a copy), the team store a database on a throwaway PostgreSQL server
(``tests/pg_server.py``), run durable as a team's server would be: ``fsync``, ``synchronous_commit`` and
``full_page_writes`` on, 1 GB of shared buffers, 200 connections. Each investigator is a process of its own
(``benchmarks/team_worker.py``) that opens the store and works in a closed loop for ``--duration`` seconds:

* a writer creates incidents in its own case (``RecordService.create``: validation, audit entry, search
  document), one unit of work each;
* a reader alternates a search of ``benchmarks.run.QUERIES`` (``SearchService.search``, 50 hits) and opening
  an incident (``RecordService.get``).

Phases, each on both stores in turn (``--repeats`` rounds, the stores' order turning, so that both see the
machine in the same state): 1 writer alone, 5 writers alone, then 20 readers with 5 writers. With ``--before
TREE`` (another hrdoc checkout, e.g. a ``git worktree`` of an older commit) the 1- and 5-writer phases also run
with that code, each tree on a fresh team store of its own making, interleaved with the current code.

Also measured: the statements one create sends (a SQLAlchemy event counts them), the connections each process
had out at once (its pool) and the server's count of hrdoc's connections, and a sync's statements at two case
sizes: the first push of a case into an empty team store, then a sync with nothing new (``sync_case``), as the
driver sees them (an ``executemany`` is one statement; the rows it carries are counted apart).

Results are printed and written to ``benchmarks/out/team-results.json``; docs/benchmarks.md says how to read them.

Usage (from the repository root; the default size loads the team store for about 15 minutes, then runs ~20)::

    .venv/bin/python -m benchmarks.team --scale 0.05 --duration 10
    nohup .venv/bin/python -m benchmarks.team --before /tmp/hrdoc-before > benchmarks/out/team.log 2>&1 &
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event, func, select

from benchmarks import generate as gen
from benchmarks import run
from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from hrdoc.storage.engine_team import POOL_BUDGET
from tests import pg_server

REPO = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).resolve().parent / "team_worker.py"
RESULTS = "team-results.json"
GOAL_READ_P95_MS = 150.0
TEAM, LAPTOP = "team store (PostgreSQL)", "laptop store (SQLite, encrypted)"
# A team's server: durable (the test server's own settings trade that for speed), room for every investigator.
SERVER = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on", "shared_buffers": "1GB"}
SERVER_CONNECTIONS = 200


# -- the stores ---------------------------------------------------------------------------------------------


def start_server() -> pg_server.PgServer:
    pg_server.SERVER_SETTINGS.update(SERVER, max_connections=str(SERVER_CONNECTIONS))
    server = pg_server.start()
    run.log(f"PostgreSQL server on port {server.port} (durable: fsync and synchronous_commit on)")
    return server


def load_team(url: str, sizes: gen.Sizes, seed: int, batch: int) -> dict[str, Any]:
    """The generator's records into the empty database at ``url``, as generate_store fills a file."""
    result = gen.GenerationResult(url.rsplit("@", 1)[-1], False, seed, sizes, batch)
    started = time.perf_counter()
    ctx = new_store(url, None, user=gen.BENCH_USER)
    try:
        builder = gen.Builder(sizes, seed)
        with ctx.engine.connect().execution_options(hrdoc_write=True) as conn:
            loader = gen._Loader(conn, result, batch)
            steps: list[list[Callable[[], None]]] = [
                [
                    lambda: loader.load(m.Case, builder.case_rows()),
                    lambda: loader.load(m.Location, builder.location_rows()),
                    lambda: loader.load(m.Actor, builder.actor_rows()),
                ],
                [
                    lambda: loader.load(m.Incident, builder.incident_rows()),
                    lambda: loader.load(m.Allegation, builder.allegation_rows()),
                ],
                [
                    lambda: loader.load(m.Witness, builder.witness_rows()),
                    lambda: loader.load_accounts(builder.account_rows()),
                ],
                [lambda: loader.load(m.Source, builder.source_rows())],
                [lambda: search_index.rebuild(conn)],
            ]
            for step in steps:
                with conn.begin():
                    for load in step:
                        load()
    finally:
        ctx.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # what autovacuum does after a bulk load
    result.total_seconds = time.perf_counter() - started
    run.log(f"team store: {result.rows} rows loaded in {result.total_seconds:.0f} s")
    return result.as_json()


def scratch_copy(path: Path) -> Path:
    """A copy of the laptop store to work on, so that the generated one stays as generated."""
    copy = path.with_name("team-laptop-scratch.db")
    run.remove_store_files(copy)
    shutil.copyfile(path, copy)
    return copy


def cases_by_size(ctx: StoreContext) -> list[tuple[uuid.UUID, int]]:
    """Every case and its number of records of the main kinds, smallest first."""
    counts: dict[uuid.UUID, int] = {}
    with ctx.read() as session:
        for model in (m.Incident, m.Allegation, m.Witness, m.Account, m.Source, m.Location, m.Actor):
            query = select(model.case_id, func.count()).group_by(model.case_id)  # type: ignore[attr-defined]
            for case_id, count in session.execute(query):
                counts[case_id] = counts.get(case_id, 0) + count
    return sorted(counts.items(), key=lambda c: (c[1], str(c[0])))


def sample_incidents(ctx: StoreContext, count: int = 400) -> list[str]:
    with ctx.read() as session:
        ids = session.scalars(select(m.Incident.id).order_by(m.Incident.id).limit(count * 10)).all()
    return [str(i) for i in ids[:: max(1, len(ids) // count)]]


# -- a phase: investigators working side by side --------------------------------------------------------------


class ServerConnections:
    """The most connections hrdoc held on the server at once, polled while a phase runs."""

    def __init__(self, url: str | None) -> None:
        self.url, self.most = url, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        assert self.url is not None
        with psycopg.connect(self.url, autocommit=True, application_name="benchmark") as conn:
            while not self._stop.wait(0.1):
                row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'hrdoc'").fetchone()
                self.most = max(self.most, int(row[0]) if row else 0)

    def __enter__(self) -> ServerConnections:
        if self.url is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self.url is not None:
            self._thread.join(10)


def run_phase(
    db: str,
    passphrase: str | None,
    writer_cases: Sequence[str],
    readers: int,
    plan: dict[str, Any],
    duration: float,
    *,
    tree: Path = REPO,
    server_url: str | None = None,
    think: float = 0.0,
) -> dict[str, Any]:
    """Readers and writers (one per case of ``writer_cases``) on the store ``db``, each a process, for
    ``duration`` seconds from a common start; what they did."""
    configs: list[dict[str, Any]] = [
        {"role": "writer", "case_id": case, "user": f"writer {n}"} for n, case in enumerate(writer_cases)
    ]
    configs += [{"role": "reader", "user": f"reader {n}"} for n in range(readers)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    procs = []
    for n, config in enumerate(configs):
        config |= {"db": db, "passphrase": passphrase, "seed": n, "queries": plan["queries"], "ids": plan["ids"]}
        config["think"] = think
        procs.append(
            subprocess.Popen(
                [sys.executable, str(WORKER), json.dumps(config)],
                cwd=tree,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        )
    for proc in procs:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if line != "ready":
            raise SystemExit(f"a worker did not start: {line!r}")
    start = time.time() + 1.0
    with ServerConnections(server_url) as server:
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"{start} {duration}\n")
            proc.stdin.flush()
        outcomes = [json.loads(proc.communicate(timeout=duration + 300)[0].strip().splitlines()[-1]) for proc in procs]
    ops = [op for outcome in outcomes for op in outcome["ops"]]
    reads = [op[2] for op in ops if op[0] != "create"]
    creates = [op[2] for op in ops if op[0] == "create"]
    errors: dict[str, int] = {}
    for outcome in outcomes:
        for message, count in outcome["errors"].items():
            errors[message] = errors.get(message, 0) + count
    out: dict[str, Any] = {
        "readers": readers,
        "writers": len(writer_cases),
        "seconds": duration,
        "reads_per_s": round(len(reads) / duration, 1),
        "creates_per_s": round(len(creates) / duration, 2),
        "think_s": think,
        "read_ms": latency(reads),
        "search_ms": latency([op[2] for op in ops if op[0] == "search"]),
        "open_ms": latency([op[2] for op in ops if op[0] == "open"]),
        "create_ms": latency(creates),
        # Processor time per operation (the worker's and its server processes'): its cost without the waits.
        "read_cpu_ms": latency([op[3] for op in ops if op[0] != "create" and len(op) > 3]),
        "search_cpu_ms": latency([op[3] for op in ops if op[0] == "search" and len(op) > 3]),
        "create_cpu_ms": latency([op[3] for op in ops if op[0] == "create" and len(op) > 3]),
        "pool_most_per_process": max(o["pool_most"] for o in outcomes),
        "server_connections_most": server.most if server_url else None,
        "errors": errors,
    }
    return out


# -- statements ------------------------------------------------------------------------------------------------


class Statements:
    """Statements an engine sends while counting: calls to the driver, and the rows executemany calls carry."""

    def __init__(self, engine: Engine) -> None:
        self.calls = self.executions = 0
        self.on = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, params: Any, ctx: Any, many: bool) -> None:
        if self.on:
            self.calls += 1
            self.executions += len(params) if many else 1

    def count(self, work: Callable[[], Any]) -> dict[str, Any]:
        self.calls = self.executions = 0
        self.on = True
        started = time.perf_counter()
        try:
            work()
        finally:
            self.on = False
        return {
            "statements": self.calls,
            "executed": self.executions,
            "seconds": round(time.perf_counter() - started, 2),
        }


def statements_per_create(ctx: StoreContext, case_id: uuid.UUID) -> dict[str, Any]:
    records = RecordService(ctx)
    records.create("incident", case_id=case_id, title="warm-up")
    counted = Statements(ctx.engine)
    return counted.count(lambda: records.create("incident", case_id=case_id, title="counted", description="x" * 300))


def sync_statements(
    server: pg_server.PgServer, laptop: StoreContext, cases: list[tuple[uuid.UUID, int]]
) -> list[dict[str, Any]]:
    """Each case pushed into an empty team store, then synced again with nothing new: the team's statements."""
    out = []
    for n, (case_id, size) in enumerate(cases):
        url = server.create_database(f"sync_{n}_{uuid.uuid4().hex[:6]}")
        team = new_store(url, None, user="team")
        try:
            counted = Statements(team.engine)
            first = counted.count(lambda: sync_case(laptop, team, case_id))  # noqa: B023 - run at once
            again = counted.count(lambda: sync_case(laptop, team, case_id))  # noqa: B023
        finally:
            team.close()
        out.append({"case_records": size, "first_push": first, "nothing_new": again})
        run.log(f"sync of a case of {size} records: {first['statements']} statements ({first['executed']} executed)")
    return out


# -- before: an older tree, on a team store of its own --------------------------------------------------------


def fresh_team(server: pg_server.PgServer, tree: Path, name: str, cases: int) -> tuple[str, list[str]]:
    """A new team store made by the code of ``tree``, with ``cases`` empty cases; its URL and the cases' ids."""
    url = server.create_database(name)
    code = "\n".join(
        (
            "import json",
            "from hrdoc.services.records import RecordService",
            "from hrdoc.services.session import new_store",
            f"ctx = new_store({url!r}, None, user='admin')",
            "made = [RecordService(ctx).create('case', reference=f'W-{n}', title=f'Case {n}') for n in range("
            + str(cases)
            + ")]",
            "print(json.dumps([str(c) for c in made]))",
            "ctx.close()",
        )
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    return url, json.loads(done.stdout.strip().splitlines()[-1])


# -- the run ---------------------------------------------------------------------------------------------------


def latency(values: Sequence[float]) -> dict[str, float] | None:
    """Percentiles of operation times (ms)."""
    if not values:
        return None
    return {
        "n": len(values),
        "p50": round(run.percentile(values, 50), 1),
        "p95": round(run.percentile(values, 95), 1),
        "p99": round(run.percentile(values, 99), 1),
        "max": round(max(values), 1),
    }


def median_of(runs: list[dict[str, Any]], *path: str) -> float | None:
    values = []
    for r in runs:
        value: Any = r
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, int | float):
            values.append(float(value))
    return round(statistics.median(values), 2) if values else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    gen.add_size_arguments(parser)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per phase")
    parser.add_argument("--repeats", type=int, default=2, help="rounds of every phase")
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--writers", type=int, default=5)
    parser.add_argument("--before", type=Path, default=None, help="an older hrdoc tree for the writers' phases")
    parser.add_argument("--out", type=Path, default=run.DEFAULT_OUT)
    parser.add_argument("--batch-size", type=int, default=gen.DEFAULT_BATCH)
    parser.add_argument(
        "--db", help="a team store loaded before with the same sizes and seed (e.g. by team_search.py): no sync phase"
    )
    parser.add_argument(
        "--think",
        type=float,
        nargs="+",
        default=[0.0],
        help="readers' mean pause after each read, seconds (one readers phase per value; 0: a closed loop)",
    )
    parser.add_argument("--readers-only", action="store_true", help="leave out the 1- and 5-writer phases")
    args = parser.parse_args(argv)
    if args.db and args.before:
        raise SystemExit("--before needs a server of this benchmark's own: leave out --db")
    sizes = gen.sizes_from_args(args)
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": run.machine_info(), "sizes": sizes.as_dict(), "duration_s": args.duration}
    laptop_store = run.ensure_store(
        args.out, "team-laptop", encrypted=True, sizes=sizes, seed=args.seed, batch=args.batch_size, regenerate=False
    )
    laptop_path = scratch_copy(laptop_store.path)
    server = None if args.db else start_server()
    try:
        if server is None:
            team_url = args.db
            results["team_load"] = {"reused": True}
        else:
            team_url = server.create_database("team")
            results["team_load"] = load_team(team_url, sizes, args.seed, args.batch_size)
        team = unlock_store(team_url, None, user="benchmark", record_unlock=False)
        laptop = unlock_store(laptop_path, gen.BENCH_PASSPHRASE, user="benchmark", record_unlock=False)
        by_size = cases_by_size(team)
        if len(by_size) < args.writers:
            raise SystemExit(f"{args.writers} writers need as many cases: give --cases {args.writers} or more")
        middle = min(len(by_size) // 2, len(by_size) - args.writers)
        writer_cases = [str(c) for c, _n in by_size[middle : middle + args.writers]]  # mid-sized cases
        plan = {"queries": [q.text for q in run.QUERIES if not q.scope], "ids": sample_incidents(team)}
        stores = {TEAM: (team_url, None, team), LAPTOP: (str(laptop_path), gen.BENCH_PASSPHRASE, laptop)}
        results["statements_per_create"] = {
            name: statements_per_create(ctx, uuid.UUID(writer_cases[0])) for name, (_d, _p, ctx) in stores.items()
        }
        results["connection_budget_per_process"] = POOL_BUDGET
        before: dict[str, tuple[str, list[str]]] = {}
        if args.before is not None:
            assert server is not None
            before = {
                str(tree): fresh_team(server, tree, f"writes_{n}", args.writers)
                for n, tree in enumerate((REPO, args.before.resolve()))
            }
        phases: dict[str, list[dict[str, Any]]] = {}
        for round_no in range(args.repeats):
            order = list(stores.items()) if round_no % 2 == 0 else list(reversed(stores.items()))
            for name, (db, passphrase, _ctx) in order:
                url = db if name == TEAM else None
                for label, writers, readers, think in (
                    *(
                        (("1 writer", 1, 0, 0.0), (f"{args.writers} writers", args.writers, 0, 0.0))
                        if not args.readers_only
                        else ()
                    ),
                    *((readers_label(args, think), args.writers, args.readers, think) for think in args.think),
                ):
                    outcome = run_phase(
                        db,
                        passphrase,
                        writer_cases[:writers],
                        readers,
                        plan,
                        args.duration,
                        server_url=url,
                        think=think,
                    )
                    phases.setdefault(f"{name}: {label}", []).append(outcome)
                    run.log(f"{name}, {label}: {summary_line(outcome)}")
            for tree, (url, case_ids) in before.items() if round_no % 2 == 0 else reversed(before.items()):
                which = "this hrdoc" if tree == str(REPO) else f"before ({tree})"
                for label, writers in (("1 writer", 1), (f"{args.writers} writers", args.writers)):
                    outcome = run_phase(
                        url, None, case_ids[:writers], 0, plan, args.duration, tree=Path(tree), server_url=url
                    )
                    phases.setdefault(f"fresh team store, {which}: {label}", []).append(outcome)
                    run.log(f"fresh team store, {which}, {label}: {summary_line(outcome)}")
        results["phases"] = phases
        results["medians"] = {
            label: {
                key: median_of(runs, *key.split("."))
                for key in (
                    "creates_per_s",
                    "reads_per_s",
                    "read_ms.p50",
                    "read_ms.p95",
                    "read_cpu_ms.p50",
                    "read_cpu_ms.p95",
                    "search_cpu_ms.p95",
                    "search_ms.p95",
                    "open_ms.p95",
                    "create_ms.p50",
                    "create_ms.p95",
                    "pool_most_per_process",
                    "server_connections_most",
                )
            }
            for label, runs in phases.items()
        }
        small, large = by_size[len(by_size) // 4][0], by_size[-1][0]
        if server is not None:
            results["sync"] = sync_statements(server, laptop, [(c, n) for c, n in by_size if c in (small, large)])
        team.close()
        laptop.close()
    finally:
        if server is not None:
            server.stop()
    (args.out / RESULTS).write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    report(results, args.writers)
    return 0


def readers_label(args: argparse.Namespace, think: float = 0.0) -> str:
    paced = f", readers pausing {think:g} s on average after each read" if think else ""
    return f"{args.readers} readers + {args.writers} writers{paced}"


def summary_line(outcome: dict[str, Any]) -> str:
    parts = [f"{outcome['creates_per_s']} creates/s"]
    if outcome["read_ms"]:
        parts.append(
            f"{outcome['reads_per_s']} reads/s, read p50 {outcome['read_ms']['p50']} p95 {outcome['read_ms']['p95']} ms"
        )
    parts.append(f"pool {outcome['pool_most_per_process']}/process")
    if outcome["server_connections_most"] is not None:
        parts.append(f"server {outcome['server_connections_most']} connections")
    if outcome["errors"]:
        parts.append(f"errors: {outcome['errors']}")
    return "; ".join(parts)


def report(results: dict[str, Any], writers: int) -> None:
    print("\nstatements per create:", {k: v["statements"] for k, v in results["statements_per_create"].items()})
    print(
        f"\n{'phase (median of rounds)':58} {'creates/s':>9} {'reads/s':>8} {'read p50':>9} {'read p95':>9} {'pool':>5}"
    )
    for label, med in results["medians"].items():
        keys = ("creates_per_s", "reads_per_s", "read_ms.p50", "read_ms.p95", "pool_most_per_process")
        print(f"{label:58} " + " ".join(f"{med[k] or 0:9.1f}" for k in keys))
    for store in (TEAM, LAPTOP):
        one = results["medians"].get(f"{store}: 1 writer", {}).get("creates_per_s")
        many = results["medians"].get(f"{store}: {writers} writers", {}).get("creates_per_s")
        if one and many:
            print(f"{store}: {writers} writers create {many / one:.2f}x what 1 writer creates")
    for label, med in results["medians"].items():
        if med.get("read_cpu_ms.p95") is not None:
            print(
                f"{label}: processor time per read (the worker's and its server processes') p50 "
                f"{med['read_cpu_ms.p50']} ms, p95 {med['read_cpu_ms.p95']} ms "
                f"(searches p95 {med['search_cpu_ms.p95']})"
            )
    for row in results.get("sync", []):
        print(
            f"sync, case of {row['case_records']} records: first push {row['first_push']}, again {row['nothing_new']}"
        )


if __name__ == "__main__":
    sys.exit(main())
