"""Search and the case list on a team store (PostgreSQL) against a laptop store (SQLite), same data.

Issue 15, point 5: search on the team store within 2x of a laptop store (median) and p95 under 100 ms; the
same ranking on both (same first hit, at least 90 % of the top 10 over the query set); a case list whose
cost follows what it shows.

The laptop store is an encrypted store as ``benchmarks/run.py`` makes it (generated, or reused from ``--out``:
at the default size it is run.py's own ``encrypted.db``). The team store gets the same records (same
generator, seed and sizes, so the same ids) and its index made by the same ``search_index.rebuild``, on a
throwaway PostgreSQL server (``tests/pg_server.py``, here with ``--shared-buffers`` 1GB, as a server for a team
would have rather than the tests' 64MB), or in the database at ``--db URL`` (empty, or loaded by this script
before with the same parameters). Measured, interleaved query by query (the stores' order turning each round),
so that every store sees the machine in the same state:

* ``SearchService.search`` for every query of ``benchmarks.run.QUERIES`` (same scopes, limit 50): median and
  p95 of all runs pooled, per query, and the ratios to the laptop store;
* "team store, SELECT 1": what any statement costs there, as a search sends it (a pooled connection, the
  statement and its answer), the floor under the team store's figures on this machine;
* ranking agreement per query: the same first hit, and how many of the laptop store's top 10 are in the team
  store's top 10;
* the case list (``CaseService.summaries``), every count and the app's (incidents), against the 8 grouped
  counts and the case query it ran before: statements sent (a SQLAlchemy event counts them) and time.

Results are printed and written to ``benchmarks/out/team-search-results.json`` (``-RECORDS.json`` at other
sizes); docs/benchmarks.md says how to read them.

Usage (from the repository root; the default size takes about 20 minutes the first time, 5 of them loading the
team store, and about 10 with ``--db`` a store loaded before)::

    .venv/bin/python -m benchmarks.team_search --scale 0.1
    nohup .venv/bin/python -m benchmarks.team_search > benchmarks/out/team-search.log 2>&1 &
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, event, func, select, text

from benchmarks import generate as gen
from benchmarks import run
from hrdoc.domain.enums import AuditAction
from hrdoc.services import audit
from hrdoc.services.cases import CASE_SECTIONS, COUNTED, CaseService, SectionName
from hrdoc.services.context import StoreContext
from hrdoc.services.search import SearchService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import models as m
from hrdoc.storage import search_index, search_postings
from tests import pg_server

RESULTS = "team-search-results.json"
GOAL_RATIO = 2.0
GOAL_P95_MS = 100.0
GOAL_TOP10 = 0.9
PARAMETERS_KEY = "benchmark_parameters"  # store_meta: what the team store was loaded with
LAPTOP = "laptop store (SQLite, encrypted)"
TEAM = "team store (PostgreSQL)"
TEAM_FLOOR = "team store, SELECT 1 (the floor)"
TEAM_EVERY = "team store, every match ranked (before)"
TOP = 10
INCIDENTS: tuple[SectionName, ...] = ("incidents",)  # what the app's case list shows

# ---------------------------------------------------------------------------------------------------------
# The team store
# ---------------------------------------------------------------------------------------------------------


def load_team_store(url: str, sizes: gen.Sizes, seed: int, batch: int) -> dict[str, Any]:
    """Fill the empty database at ``url`` with the generator's records, as ``generate.generate_store`` fills a
    file: the same rows (same ids), the same bulk inserts, the same index rebuild. Returns the timings."""
    result = gen.GenerationResult(url.rsplit("@", 1)[-1], False, seed, sizes, batch)
    started = time.perf_counter()
    ctx = new_store(url, None, user=gen.BENCH_USER)
    try:
        builder = gen.Builder(sizes, seed)
        t_rows = time.perf_counter()
        with ctx.engine.connect().execution_options(hrdoc_write=True) as conn:
            loader = gen._Loader(conn, result, batch)
            with conn.begin():
                loader.load(m.Case, builder.case_rows())
                loader.load(m.Location, builder.location_rows())
                loader.load(m.Actor, builder.actor_rows())
            with conn.begin():
                loader.load(m.Incident, builder.incident_rows())
                loader.load(m.Allegation, builder.allegation_rows())
            with conn.begin():
                loader.load(m.Witness, builder.witness_rows())
                loader.load_accounts(builder.account_rows())
            with conn.begin():
                loader.load(m.Source, builder.source_rows())
            if sizes.links:
                with conn.begin():
                    loader.load(m.Link, builder.link_rows())
            result.rows_seconds = time.perf_counter() - t_rows
            run.log(f"team store: {result.rows} rows in {result.rows_seconds:.1f} s; rebuilding the search index")
            t_index = time.perf_counter()
            with conn.begin():
                search_index.rebuild(conn)
            result.index_seconds = time.perf_counter() - t_index
            result.search_docs = int(conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar_one())
            conn.rollback()
            with conn.begin():
                conn.exec_driver_sql("ANALYZE")
        with ctx.write() as session:
            audit.record(
                session,
                gen.BENCH_USER,
                AuditAction.IMPORT,
                summary=f"generated benchmark data ({result.rows} rows, seed {seed})",
                details={"generator_version": gen.GENERATOR_VERSION, "seed": seed, "sizes": sizes.as_dict()},
            )
            session.add(m.StoreMeta(key=PARAMETERS_KEY, value=json.dumps(gen.parameters(sizes, seed, False))))
    finally:
        ctx.close()
    result.total_seconds = time.perf_counter() - started
    run.log(f"team store: {result.search_docs} documents, loaded in {result.total_seconds:.1f} s")
    return result.as_json()


def _loaded_with(url: str) -> dict[str, Any] | bool | None:
    """What the database at ``url`` was loaded with: its parameters, None if it is empty, False if it holds
    something else."""
    with psycopg.connect(url, connect_timeout=10) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        if not tables or tables[0] == 0:
            return None
        try:
            row = conn.execute("SELECT value FROM store_meta WHERE key = %s", (PARAMETERS_KEY,)).fetchone()
        except psycopg.Error:
            return False
    return json.loads(row[0]) if row else False


def ensure_team_store(url: str, sizes: gen.Sizes, seed: int, batch: int) -> dict[str, Any]:
    """The team store at ``url`` with the generator's data: loaded now if the database is empty, else reused."""
    held = _loaded_with(url)
    wanted = gen.parameters(sizes, seed, False)
    if held == wanted:
        run.log("team store: reusing the database (parameters match)")
        return {"reused": True}
    if held is not None:
        raise SystemExit("the database at --db holds something else: give an empty one")
    generation = load_team_store(url, sizes, seed, batch)
    vacuum(url)
    return generation | {"reused": False}


def vacuum(url: str) -> None:
    """What autovacuum would do after a bulk load: statistics for the planner, and the visibility map."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


# ---------------------------------------------------------------------------------------------------------
# Runners
# ---------------------------------------------------------------------------------------------------------

Runner = Callable[[run.Query], list[str]]


def service_runner(ctx: StoreContext, case_id: uuid.UUID) -> Runner:
    service = SearchService(ctx)

    def search(query: run.Query) -> list[str]:
        if query.scope == "case":
            hits = service.search(query.text, case_id=case_id)
        elif query.scope:
            hits = service.search(query.text, kinds=(query.scope,))
        else:
            hits = service.search(query.text)
        return [h.record_id.hex for h in hits]

    return search


def every_match_runner(ctx: StoreContext, case_id: uuid.UUID) -> Runner:
    """The team store's search as it was before its words' lists (migration 0011): every match read and ranked
    (search_bm25.ranked_sql), as a search filtered to a case or kinds still does."""
    search = service_runner(ctx, case_id)

    def every_match(query: run.Query) -> list[str]:
        kept, search_postings.DEEPEST = search_postings.DEEPEST, 0
        try:
            return search(query)
        finally:
            search_postings.DEEPEST = kept

    return every_match


def floor_runner(ctx: StoreContext) -> Runner:
    """What any statement costs on the team store here, as a search sends it: a pooled connection (its ping), one
    statement and its answer, without a transaction around it."""

    def nothing(_query: run.Query) -> list[str]:
        with ctx.read() as session:
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            session.execute(text("SELECT 1")).all()
        return []

    return nothing


def largest_case(ctx: StoreContext) -> uuid.UUID:
    """The case with the most incidents (run.choose_sample's, read through hrdoc so it works encrypted)."""
    with ctx.read() as session:
        value = session.execute(
            select(m.Incident.case_id).group_by(m.Incident.case_id).order_by(func.count().desc(), m.Incident.case_id)
        ).first()
    assert value is not None
    return uuid.UUID(str(value[0]))


# ---------------------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------------------


# CPU time, as the load of a shared machine does not change it: this process's (the laptop store's SQLite runs
# in it, and hrdoc's own work for both), plus on a team store its server processes' (each backend's time on a
# CPU in ns, /proc/PID/schedstat: the server runs on this machine).
Meter = Callable[[], int]


def client_cpu() -> int:
    return time.process_time_ns()


def team_cpu_meter(url: str) -> Meter:
    """Client CPU plus the CPU of every server process serving hrdoc in the database at ``url``."""

    def backends() -> list[int]:
        with psycopg.connect(url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'hrdoc'"
            ).fetchall()
        return [int(r[0]) for r in rows]

    pids = backends()

    def meter() -> int:
        total = time.process_time_ns()
        for pid in pids:
            with suppress(OSError, ValueError, IndexError):
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
        return total

    meter.refresh = lambda: pids.__setitem__(slice(None), backends())  # type: ignore[attr-defined]
    return meter


def bench_search(
    variants: dict[str, Runner], repeats: int, meters: dict[str, Meter] | None = None
) -> tuple[dict[str, dict[str, list[float]]], dict[str, dict[str, list[str]]], dict[str, dict[str, list[float]]]]:
    """Every query on every variant, ``repeats`` rounds after a warm-up; the variants' order turns each round.
    Returns the times (variant -> query -> ms), the first round's answers (variant -> query -> ids) and the CPU
    time of each run (variant -> query -> ms; client, and a team store's server processes, see Meter)."""
    names = list(variants)
    meters = meters or {}
    times: dict[str, dict[str, list[float]]] = {v: {q.label: [] for q in run.QUERIES} for v in names}
    cpu: dict[str, dict[str, list[float]]] = {v: {q.label: [] for q in run.QUERIES} for v in names}
    answers: dict[str, dict[str, list[str]]] = {v: {} for v in names}
    run.log("search: warm-up")
    for q in run.QUERIES:
        for name in names:
            variants[name](q)
    for meter in meters.values():
        if refresh := getattr(meter, "refresh", None):
            refresh()  # the server processes the warm-up connected
    for r in range(repeats):
        order = names[r % len(names) :] + names[: r % len(names)]
        with run.collector_paused():
            for q in run.QUERIES:
                for name in order:
                    meter = meters.get(name, client_cpu)
                    c0 = meter()
                    t0 = time.perf_counter_ns()
                    ids = variants[name](q)
                    times[name][q.label].append((time.perf_counter_ns() - t0) / 1e6)
                    cpu[name][q.label].append((meter() - c0) / 1e6)
                    answers[name].setdefault(q.label, ids)
        run.log(f"search: round {r + 1}/{repeats}")
    return times, answers, cpu


def agreement(answers: dict[str, list[str]], reference: dict[str, list[str]]) -> dict[str, Any]:
    """Per query: the same first hit, and the share of the reference's top 10 in these top 10."""
    per_query: dict[str, dict[str, Any]] = {}
    for q in run.QUERIES:
        mine, theirs = answers[q.label][:TOP], reference[q.label][:TOP]
        same_first = mine[:1] == theirs[:1]
        overlap = len(set(mine) & set(theirs)) / len(theirs) if theirs else (1.0 if not mine else 0.0)
        per_query[q.label] = {"hits": len(theirs), "same_first": same_first, "top10": round(overlap, 3)}
    values = list(per_query.values())
    return {
        "queries": len(values),
        "same_first": sum(v["same_first"] for v in values),
        "top10_mean": round(statistics.fmean(v["top10"] for v in values), 3),
        "top10_at_least_90": sum(v["top10"] >= GOAL_TOP10 for v in values),
        "per_query": per_query,
    }


@contextmanager
def counting(engine: Engine) -> Iterator[list[str]]:
    """The statements ``engine`` sends while the block runs."""
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


def summaries_before(ctx: StoreContext) -> list[tuple[Any, ...]]:
    """The case list as CaseService.summaries read it before: one grouped count per section over its whole table
    (8), then the cases."""
    with ctx.read() as session:
        counts: dict[str, dict[uuid.UUID, int]] = {
            name: dict(session.execute(select(model.case_id, func.count()).group_by(model.case_id)).all())
            for name, model in CASE_SECTIONS.items()
            if name in COUNTED
        }
        cases = session.scalars(select(m.Case).order_by(m.Case.reference)).all()
        return [(c.id, c.reference, {n: counts[n].get(c.id, 0) for n in COUNTED}) for c in cases]


def timed(fn: Callable[[StoreContext], Any], ctx: StoreContext) -> float:
    t0 = time.perf_counter_ns()
    fn(ctx)
    return (time.perf_counter_ns() - t0) / 1e6


def bench_case_list(stores: dict[str, StoreContext], repeats: int) -> dict[str, dict[str, Any]]:
    """The case list on each store, three ways, interleaved: statements and median time."""
    ways: dict[str, Callable[[StoreContext], Any]] = {
        "before: 8 grouped counts + cases": summaries_before,
        "now: every count (hrdoc cases)": lambda ctx: CaseService(ctx).summaries(),
        "now: incidents only (the app's list)": lambda ctx: CaseService(ctx).summaries(INCIDENTS),
    }
    out: dict[str, dict[str, Any]] = {}
    times: dict[tuple[str, str], list[float]] = {}
    for store, ctx in stores.items():
        for way, fn in ways.items():
            with counting(ctx.engine) as sent:
                cases = len(fn(ctx))
            out.setdefault(store, {})[way] = {"statements": len(sent), "cases": cases}
    for _ in range(repeats):
        for store, ctx in stores.items():
            for way, fn in ways.items():
                times.setdefault((store, way), []).append(timed(fn, ctx))
    for (store, way), values in times.items():
        out[store][way]["median_ms"] = round(statistics.median(values), 2)
    return out


def index_statistics(url: str) -> dict[str, Any]:
    with psycopg.connect(url) as conn:
        docs, positions = conn.execute("SELECT count(*), sum(length) FROM search_docs").fetchone() or (0, 0)
        size = conn.execute("SELECT pg_total_relation_size('search_docs')").fetchone()
    return {
        "documents": docs,
        "average_length": round(float(positions or 0) / docs, 2) if docs else None,
        "bytes": size[0] if size else None,
    }


def fts5_average_length(ctx: StoreContext) -> float | None:
    """FTS5's avgdl on a store file: its 'averages' record holds the rows and each column's tokens (varints)."""
    with ctx.read() as session:
        block = session.execute(text("SELECT block FROM search_index_data WHERE id = 1")).scalar()
    if not block:
        return None
    values, value = [], 0
    for byte in bytes(block):
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    rows, *columns = values
    return round(sum(columns) / rows, 2) if rows else None


def explain_queries(ctx: StoreContext, case: uuid.UUID, repeats: int = 3) -> dict[str, dict[str, Any]]:
    """Where each query's time goes on the team store: the statements the search sends (caught as the driver
    gets them), each run again under ``EXPLAIN (ANALYZE, BUFFERS)`` with the same parameters for the server's
    own time (planning and execution) and the shared buffers it touched, against the search's whole time on
    this side (median of ``repeats``; the client's CPU time beside it). The client's share is the rest: round
    trips, hrdoc's own work (splitting the words, the snippets of the hits shown) and waiting for a core."""
    runner = service_runner(ctx, case)
    sent: list[tuple[str, Any]] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        sent.append((statement, parameters))

    out: dict[str, dict[str, Any]] = {}
    for q in run.QUERIES:
        runner(q)  # warm: this process's statistics and counts, the server's buffers
        walls, cpus = [], []
        for _ in range(repeats):
            c0, t0 = time.process_time_ns(), time.perf_counter_ns()
            runner(q)
            walls.append((time.perf_counter_ns() - t0) / 1e6)
            cpus.append((time.process_time_ns() - c0) / 1e6)
        event.listen(ctx.engine, "before_cursor_execute", catch)
        try:
            sent.clear()
            runner(q)
        finally:
            event.remove(ctx.engine, "before_cursor_execute", catch)
        statements = [(sql, params) for sql, params in sent if sql.lstrip().upper().startswith(("WITH", "SELECT"))]
        server_ms = planning_ms = 0.0
        hit = read = matches = 0
        raw = ctx.engine.raw_connection()
        try:
            cursor = raw.cursor()
            for sql, params in statements:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
                row = cursor.fetchone()
                assert row is not None
                plan = row[0][0]
                server_ms += plan["Execution Time"]
                planning_ms += plan["Planning Time"]
                hit += plan["Plan"].get("Shared Hit Blocks", 0)
                read += plan["Plan"].get("Shared Read Blocks", 0)
                matches = max(matches, _largest_scan(plan["Plan"]))
            raw.rollback()
        finally:
            raw.close()
        wall = statistics.median(walls)
        out[q.label] = {
            "wall_ms": round(wall, 2),
            "client_cpu_ms": round(statistics.median(cpus), 2),
            "statements": len(statements),
            "server_execution_ms": round(server_ms, 2),
            "server_planning_ms": round(planning_ms, 2),
            "client_and_waiting_ms": round(max(0.0, wall - server_ms - planning_ms), 2),
            "shared_buffers_hit": hit,
            "shared_buffers_read": read,
            "matches_read": matches,
        }
        run.log(f"explain {q.label}: {out[q.label]}")
    return out


def _largest_scan(plan: dict[str, Any]) -> int:
    """The most rows a scan of search_docs returned in ``plan`` (the matches read and ranked)."""
    own = int(plan.get("Actual Rows", 0)) if plan.get("Relation Name") == "search_docs" else 0
    return max([own, *(_largest_scan(child) for child in plan.get("Plans", []))])


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search and the case list on a team store against a laptop store.")
    parser.add_argument("--out", type=Path, default=run.DEFAULT_OUT, help="where stores and the results go")
    parser.add_argument("--repeats", type=int, default=7, help="timed rounds of the query set")
    parser.add_argument("--db", help="an empty PostgreSQL database to load (or one loaded before), not a throwaway")
    parser.add_argument("--shared-buffers", default="1GB", help="the throwaway server's shared_buffers")
    parser.add_argument("--no-variants", action="store_true", help="leave out SELECT 1 and every match ranked (before)")
    parser.add_argument(
        "--explain", action="store_true", help="also each query's server time (EXPLAIN ANALYZE) against its whole time"
    )
    parser.add_argument("--regenerate", action="store_true", help="generate the laptop store even if it matches")
    parser.add_argument("--batch-size", type=int, default=gen.DEFAULT_BATCH)
    gen.add_size_arguments(parser)
    args = parser.parse_args(argv)
    sizes = gen.sizes_from_args(args)
    out: Path = args.out.absolute()
    out.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.UTC)
    machine = run.machine_info()
    run.log(f"machine: {machine['cpu']}, {machine['cores']} cores; sizes {sizes.as_dict()}")

    name = "encrypted" if sizes == gen.Sizes() else f"encrypted-{sizes.records}"
    laptop = run.ensure_store(
        out, name, encrypted=True, sizes=sizes, seed=args.seed, batch=args.batch_size, regenerate=args.regenerate
    )
    server: pg_server.PgServer | None = None
    if args.db:
        url = args.db
    else:
        pg_server.SERVER_SETTINGS["shared_buffers"] = args.shared_buffers  # a team's server, not the tests'
        server = pg_server.start()
        url = server.create_database("hrdoc_bench")
    try:
        team_generation = ensure_team_store(url, sizes, args.seed, args.batch_size)
        results = measure(args, laptop, url)
    finally:
        if server is not None:
            server.stop()
    results |= {
        "started": started.isoformat(timespec="seconds"),
        "command": " ".join([".venv/bin/python -m benchmarks.team_search", *(argv or sys.argv[1:])]),
        "machine": machine,
        "parameters": {"sizes": sizes.as_dict(), "seed": args.seed, "repeats": args.repeats},
        "postgresql": {"shared_buffers": args.shared_buffers if server else "(the server's own)"},
        "team_generation": team_generation,
    }
    path = out / (RESULTS if sizes == gen.Sizes() else RESULTS.replace(".json", f"-{sizes.records}.json"))
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(results)
    run.log(f"results: {path}")
    return 0


def measure(args: argparse.Namespace, laptop: run.Store, url: str) -> dict[str, Any]:
    ctx_laptop, _ = run.open_store(laptop)
    ctx_team = unlock_store(url, None, user=gen.BENCH_USER, record_unlock=False)
    contexts = [ctx_laptop, ctx_team]
    try:
        case = largest_case(ctx_laptop)
        variants: dict[str, Runner] = {
            LAPTOP: service_runner(ctx_laptop, case),
            TEAM: service_runner(ctx_team, case),
        }
        if not args.no_variants:
            variants[TEAM_EVERY] = every_match_runner(ctx_team, case)
            variants[TEAM_FLOOR] = floor_runner(ctx_team)
        run.log(f"search: {len(run.QUERIES)} queries x {args.repeats} rounds x {len(variants)} variants")
        meters = {name: team_cpu_meter(url) for name in variants if name != LAPTOP}
        times, answers, cpu_times = bench_search(variants, args.repeats, meters)
        search = run.summarise_variants(times)
        comparisons = {name: run.compare(search, name, LAPTOP) for name in variants if name != LAPTOP}
        cpu = run.summarise_variants(cpu_times)
        cpu_comparisons = {name: run.compare(cpu, name, LAPTOP) for name in variants if name != LAPTOP}
        agreements = {
            name: agreement(answers[name], answers[LAPTOP]) for name in variants if name not in (LAPTOP, TEAM_FLOOR)
        }
        run.log("case list")
        case_list = bench_case_list({LAPTOP: ctx_laptop, TEAM: ctx_team}, args.repeats)
        explained = explain_queries(ctx_team, case) if args.explain else None
        return {
            "explain": explained,
            "search": search,
            "search_comparisons": comparisons,
            "search_cpu": cpu,
            "search_cpu_comparisons": cpu_comparisons,
            "agreement": agreements,
            "case_list": case_list,
            "index": {
                LAPTOP: {"fts5_average_length": fts5_average_length(ctx_laptop)},
                TEAM: index_statistics(url),
            },
        }
    finally:
        for ctx in contexts:
            ctx.close()


def print_report(r: dict[str, Any]) -> None:
    fmt = run.fmt
    search = r["search"]
    print()
    print(f"Sizes: {r['parameters']['sizes']}; {r['parameters']['repeats']} rounds; index: {r['index']}")
    print(
        run.table(
            "Search latency (ms), all queries pooled",
            ["variant", "median", "p95", "max", "vs laptop: median", "p95", "per-query geomean"],
            [
                [
                    name,
                    fmt(s["median_ms"]),
                    fmt(s["p95_ms"]),
                    fmt(s["max_ms"]),
                    fmt(r["search_comparisons"].get(name, {}).get("median_ratio")),
                    fmt(r["search_comparisons"].get(name, {}).get("p95_ratio")),
                    fmt(r["search_comparisons"].get(name, {}).get("per_query_geomean_ratio")),
                ]
                for name, s in search.items()
            ],
        )
    )
    print()
    cpu = r["search_cpu"]
    print(
        run.table(
            "Search CPU time (ms: this process, and a team store's server processes), all queries pooled",
            ["variant", "median", "p95", "max", "vs laptop: median", "p95", "per-query geomean"],
            [
                [
                    name,
                    fmt(s["median_ms"]),
                    fmt(s["p95_ms"]),
                    fmt(s["max_ms"]),
                    fmt(r["search_cpu_comparisons"].get(name, {}).get("median_ratio")),
                    fmt(r["search_cpu_comparisons"].get(name, {}).get("p95_ratio")),
                    fmt(r["search_cpu_comparisons"].get(name, {}).get("per_query_geomean_ratio")),
                ]
                for name, s in cpu.items()
            ],
        )
    )
    print()
    names = list(search)
    agree = r["agreement"]
    print(
        run.table(
            "Per query: median ms, median CPU ms; same first hit / top-10 overlap with the laptop store",
            ["query", *names, *(f"{n}: CPU" for n in names), *(f"{n}: agreement" for n in agree)],
            [
                [
                    q.label,
                    *(fmt(search[n]["per_query_median_ms"][q.label], 1) for n in names),
                    *(fmt(cpu[n]["per_query_median_ms"][q.label], 1) for n in names),
                    *(
                        f"{'=' if a['per_query'][q.label]['same_first'] else 'x'} "
                        f"{a['per_query'][q.label]['top10']:.1f}"
                        for a in agree.values()
                    ),
                ]
                for q in run.QUERIES
            ],
        )
    )
    print()
    print(
        run.table(
            "Ranking agreement with the laptop store",
            ["variant", "same first hit", "top-10 overlap, mean", "queries with >= 90 %"],
            [
                [
                    n,
                    f"{a['same_first']}/{a['queries']}",
                    fmt(a["top10_mean"]),
                    f"{a['top10_at_least_90']}/{a['queries']}",
                ]
                for n, a in agree.items()
            ],
        )
    )
    if r.get("explain"):
        slowest = sorted(r["explain"].items(), key=lambda item: -item[1]["wall_ms"])
        print()
        print(
            run.table(
                "Team store, per query, slowest first: whole time, the server's (EXPLAIN ANALYZE), the rest",
                ["query", "wall ms", "server ms", "planning", "rest ms", "client CPU", "matches read", "buffers"],
                [
                    [
                        label,
                        fmt(e["wall_ms"], 1),
                        fmt(e["server_execution_ms"], 1),
                        fmt(e["server_planning_ms"], 1),
                        fmt(e["client_and_waiting_ms"], 1),
                        fmt(e["client_cpu_ms"], 1),
                        str(e["matches_read"]),
                        str(e["shared_buffers_hit"] + e["shared_buffers_read"]),
                    ]
                    for label, e in slowest
                ],
            )
        )
    print()
    print(
        run.table(
            "Case list (CaseService.summaries)",
            ["store", "way", "statements", "median ms"],
            [
                [store, way, str(v["statements"]), fmt(v["median_ms"])]
                for store, ways in r["case_list"].items()
                for way, v in ways.items()
            ],
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
