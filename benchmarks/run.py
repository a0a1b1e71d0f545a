"""Run hrdoc's benchmarks: search latency, encryption overhead, bulk and per-record write throughput.

Two stores with identical data are generated (or reused from ``--out`` when their parameters match), one
encrypted and one with ``encrypted=False``. Every figure is compared with a baseline measured in the same
run:

* full-text search through :class:`hrdoc.services.search.SearchService` on the plain store, against the
  very statement it runs for each query (:func:`hrdoc.services.search.statement`: FTS5 ``ORDER BY rank``
  across all cases, ``bm25()`` with a case or kind filter) through the standard library's ``sqlite3`` on the
  same file (goal: at most 1.5 times slower, median under 100 ms); the same statement through the
  ``sqlcipher3`` driver without SQLAlchemy separates the two sources of difference (SQLite build, service
  overhead);
* the encrypted store against the plain one on the search workload, a read workload (case list, a case's
  incidents and sources, an account's text, a case export), the generation itself and per-record creates
  (goal: at most 1.3 times slower);
* bulk-insert throughput of the generator, and ``RecordService.create`` throughput on a sample, on both.

Goals are judged on hrdoc as it is, with its own connection settings (page cache included); the raw
connections get the same page cache. One "before" variant is timed beside it for reference: the single
``bm25()`` statement SearchService used before the rank statement, through the driver on the encrypted store
(with today's page cache). See docs/benchmarks.md for figures and interpretation.

Usage (from the repository root; the default sizes take about 4 minutes with existing stores, 7 more to
generate them; run it in the background)::

    .venv/bin/python -m benchmarks.run --scale 0.05
    nohup .venv/bin/python -m benchmarks.run > benchmarks/out/run.log 2>&1 &

Results are printed as tables and written to ``benchmarks/out/results.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import json
import math
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy
import sqlcipher3.dbapi2 as sqlcipher

from benchmarks import generate as gen
from hrdoc.domain.vocabularies import EVENT_TYPE, terms
from hrdoc.services import search as search_module
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.search import SearchService, fts_query
from hrdoc.services.session import new_store, unlock_store

DEFAULT_OUT = Path(__file__).resolve().parent / "out"

GOAL_SEARCH_RATIO = 1.5
GOAL_SEARCH_MEDIAN_MS = 100.0
GOAL_ENCRYPTION_RATIO = 1.3


# ---------------------------------------------------------------------------------------------------------
# The search workload
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    label: str
    text: str
    category: str
    scope: str = ""  # "" (all cases), "case" (the largest case) or a record kind


QUERIES: tuple[Query, ...] = (
    # single words: actors, places, events
    Query("wagner", "Wagner", "word"),
    Query("kidal", "Kidal", "word"),
    Query("tombouctou", "Tombouctou", "word"),
    Query("janjaweed", "Janjaweed", "word"),
    Query("idlib", "Idlib", "word"),
    Query("houthis", "Houthis", "word"),
    Query("drone", "drone", "word"),
    Query("granaries", "granaries", "word"),
    Query("torture", "torture", "word"),
    Query("disparition", "disparition", "word"),
    Query("convoy", "convoy", "word"),
    # diacritics folded both ways
    Query("anefis", "anefis", "diacritics"),
    Query("Anéfis", "Anéfis", "diacritics"),
    Query("menaka", "menaka", "diacritics"),
    Query("djenne", "djenne", "diacritics"),
    Query("eglise", "eglise", "diacritics"),
    # two words (all must match, the last as a prefix)
    Query("wagner kidal", "Wagner Kidal", "two words"),
    Query("hommes armés", "hommes armés", "two words"),
    Query("common grave", "common grave", "two words"),
    Query("rsf geneina", "RSF Geneina", "two words"),
    Query("fama moura", "FAMa Moura", "two words"),
    Query("africa corps", "Africa Corps", "two words"),
    # Arabic
    Query("الدعم السريع", "الدعم السريع", "arabic"),
    Query("إدلب", "إدلب", "arabic"),
    # rare and planted terms
    Query("tinfadimata", gen.RARE_PLACE, "rare"),
    Query("plate KD-4471", "KD-4471", "rare"),
    # common terms and prefixes typed while searching
    Query("civilians", "civilians", "common"),
    Query("village", "village", "common"),
    Query("the", "the", "very common"),
    Query("wag (typing)", "Wag", "prefix"),
    # scoped searches
    Query("civilians in one case", "civilians", "scoped", "case"),
    Query("executions in accounts", "executions", "scoped", "account"),
)

BASELINE = "sqlite3 stdlib, plain (baseline)"
DRIVER_PLAIN = "sqlcipher3 driver, plain"
DRIVER_ENC = "sqlcipher3 driver, encrypted"
SERVICE_PLAIN = "SearchService, plain"
SERVICE_ENC = "SearchService, encrypted"
BEFORE_ENC = "before: single bm25() statement, sqlcipher3 driver, encrypted"

# The statement SearchService ran before the rank statement was applied (the same for every scope): it computes
# a snippet and the joins for every match, then sorts them all in a temporary B-tree to keep the first 50.
BEFORE_SQL = search_module.FILTERED_SQL


def statement(query: Query, case_id: uuid.UUID, *, before: bool = False) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters SearchService runs for ``query`` (same filters, same limit)."""
    match = fts_query(query.text)
    assert match is not None
    scope_case = case_id if query.scope == "case" else None
    kinds = (query.scope,) if query.scope and query.scope != "case" else ()
    sql, params = search_module.statement(match, case_id=scope_case, kinds=kinds, limit=50)
    if before and scope_case is None and not kinds:
        sql = BEFORE_SQL.format(filters="")  # filtered searches still use it: there, before and now are the same
    return sql, params


Runner = Callable[[Query], list[str]]


def raw_runner(conn: Any, case_id: uuid.UUID, *, before: bool = False) -> Runner:
    def run(query: Query) -> list[str]:
        sql, params = statement(query, case_id, before=before)
        rows = conn.execute(sql, params).fetchall()
        return [str(r[0]) for r in rows]

    return run


def service_runner(ctx: StoreContext, case_id: uuid.UUID) -> Runner:
    service = SearchService(ctx)

    def run(query: Query) -> list[str]:
        if query.scope == "case":
            hits = service.search(query.text, case_id=case_id)
        elif query.scope:
            hits = service.search(query.text, kinds=(query.scope,))
        else:
            hits = service.search(query.text)
        return [h.record_id.hex for h in hits]

    return run


def quote_key(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def open_raw(path: Path, *, driver: str, passphrase: str | None = None, cache_kib: int | None = None) -> Any:
    """A plain DB-API connection, configured like hrdoc's for reading (cache size, temp store)."""
    if driver == "sqlite3":
        conn: Any = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    if cache_kib is not None:
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


# ---------------------------------------------------------------------------------------------------------
# Statistics and timing
# ---------------------------------------------------------------------------------------------------------


def percentile(values: Sequence[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values), 3),
        "p95_ms": round(percentile(values, 95), 3),
        "mean_ms": round(statistics.fmean(values), 3),
        "min_ms": round(min(values), 3),
        "max_ms": round(max(values), 3),
    }


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def geomean(values: Sequence[float]) -> float:
    return math.exp(statistics.fmean(math.log(v) for v in values)) if values else math.nan


@contextmanager
def collector_paused() -> Iterator[None]:
    """Collect garbage, then keep the cyclic collector out of the timed section (as timeit does)."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def timed_ms(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - t0) / 1e6


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------
# Machine and stores
# ---------------------------------------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    mem_kib = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    except OSError:
        pass
    probe = sqlcipher.connect(":memory:")
    cipher_version = probe.execute("PRAGMA cipher_version").fetchone()[0]
    cache = probe.execute("PRAGMA cache_size").fetchone()[0]
    probe.execute(f"PRAGMA key = {quote_key('probe')}")
    probe.execute("SELECT count(*) FROM sqlite_master").fetchall()
    settings = [r[0] for r in probe.execute("PRAGMA cipher_settings").fetchall()]
    provider = probe.execute("PRAGMA cipher_provider").fetchone()
    provider_version = probe.execute("PRAGMA cipher_provider_version").fetchone()
    probe.close()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gib": round(mem_kib / 2**20, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlalchemy": sqlalchemy.__version__,
        "stdlib_sqlite": sqlite3.sqlite_version,
        "sqlcipher3_sqlite": sqlcipher.sqlite_version,
        "sqlcipher": cipher_version,
        "sqlcipher_provider": f"{provider[0] if provider else ''} {provider_version[0] if provider_version else ''}",
        "sqlcipher_settings": settings,
        "sqlcipher_default_cache_size": cache,
    }


@dataclass(slots=True)
class Store:
    name: str
    path: Path
    encrypted: bool
    generation: dict[str, Any]
    reused: bool

    @property
    def passphrase(self) -> str | None:
        return gen.BENCH_PASSPHRASE if self.encrypted else None


def ensure_store(
    out: Path, name: str, *, encrypted: bool, sizes: gen.Sizes, seed: int, batch: int, regenerate: bool
) -> Store:
    path = out / f"{name}.db"
    wanted = gen.parameters(sizes, seed, encrypted)
    side = gen.read_sidecar(path)
    if not regenerate and side is not None and side.get("parameters") == wanted:
        log(f"reusing {path} (parameters match)")
        return Store(name, path, encrypted, side["generation"], reused=True)
    result = gen.generate_store(path, encrypted=encrypted, sizes=sizes, seed=seed, batch_size=batch, force=True)
    return Store(name, path, encrypted, result.as_json(), reused=False)


def open_store(store: Store) -> tuple[StoreContext, float]:
    """Open a store as the app does (no unlock entry in its audit log)."""
    t0 = time.perf_counter()
    ctx = unlock_store(
        store.path, store.passphrase, encrypted=store.encrypted, user=gen.BENCH_USER, record_unlock=False
    )
    elapsed = time.perf_counter() - t0
    return ctx, elapsed


def remove_store_files(path: Path) -> None:
    for f in path.parent.glob(path.name + "*"):
        f.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------------------
# Workloads
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Sample:
    """Records the workloads use, chosen deterministically from the (identical) data."""

    largest_case: uuid.UUID
    cases: list[tuple[uuid.UUID, str]]  # (id, reference)
    export_cases: list[str]  # references of mid-size cases
    accounts: list[uuid.UUID]


def choose_sample(path: Path) -> Sample:
    conn = sqlite3.connect(str(path))
    try:
        largest = conn.execute(
            "SELECT case_id FROM incidents GROUP BY case_id ORDER BY count(*) DESC, case_id LIMIT 1"
        ).fetchone()[0]
        cases = conn.execute("SELECT id, reference FROM cases ORDER BY reference").fetchall()
        step = max(1, len(cases) // 10)
        picked = [(uuid.UUID(c[0]), str(c[1])) for c in cases[::step][:10]]
        by_size = conn.execute(
            "SELECT c.reference FROM cases c JOIN incidents i ON i.case_id = c.id"
            " GROUP BY c.id ORDER BY count(*), c.reference"
        ).fetchall()
        middle = len(by_size) // 2
        export = [str(r[0]) for r in by_size[middle : middle + 2]]
        accounts = [uuid.UUID(r[0]) for r in conn.execute("SELECT id FROM accounts ORDER BY id LIMIT 50")]
    finally:
        conn.close()
    return Sample(uuid.UUID(largest), picked, export, accounts)


def fts_stats(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(str(path))
    try:
        docs = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        blocks, index_bytes = conn.execute("SELECT count(*), sum(length(block)) FROM search_index_data").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        by_kind = dict(conn.execute("SELECT kind, count(*) FROM search_docs GROUP BY kind ORDER BY kind").fetchall())
    finally:
        conn.close()
    return {
        "search_docs": docs,
        "docs_by_kind": by_kind,
        "fts_data_rows": blocks,
        "fts_data_bytes": index_bytes,
        "page_size": page_size,
        "pages": pages,
    }


def query_plans(conn: Any, case_id: uuid.UUID) -> dict[str, list[str]]:
    plans: dict[str, list[str]] = {}
    for label, scope in (("all cases", ""), ("one case", "case"), ("one kind", "account")):
        for name, before in (("SearchService", False), ("before", True)):
            sql, params = statement(Query(label, "civilians", "plan", scope), case_id, before=before)
            rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans[f"{name}, {label}"] = [str(r[-1]) for r in rows]
    return plans


def hit_counts(conn: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for q in QUERIES:
        if q.scope:
            continue
        match = fts_query(q.text)
        out[q.label] = conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (match,)
        ).fetchone()[0]
    return out


def bench_search(
    variants: dict[str, Runner], repeats: int, baseline: str
) -> tuple[dict[str, dict[str, list[float]]], dict[str, dict[str, Any]]]:
    """Time every query on every variant, interleaved; check that each variant returns what the baseline does."""
    times: dict[str, dict[str, list[float]]] = {v: {q.label: [] for q in QUERIES} for v in variants}
    answers: dict[str, dict[str, list[str]]] = {v: {} for v in variants}
    log("search: warm-up pass")
    for q in QUERIES:
        for name, run in variants.items():
            answers[name][q.label] = run(q)
    for i, q in enumerate(QUERIES):
        with collector_paused():
            for r in range(repeats):
                order = list(variants.items())
                if r % 2:
                    order.reverse()  # alternate the order so no variant always runs right after another
                for name, run in order:
                    times[name][q.label].append(timed_ms(functools.partial(run, q)))
        if i % 8 == 7:
            log(f"search: {i + 1}/{len(QUERIES)} queries")
    agreement: dict[str, dict[str, Any]] = {}
    for name in variants:
        same = [q.label for q in QUERIES if answers[name][q.label] == answers[baseline][q.label]]
        same_set = [q.label for q in QUERIES if set(answers[name][q.label]) == set(answers[baseline][q.label])]
        agreement[name] = {
            "identical_results": len(same),
            "same_hits_any_order": len(same_set),
            "queries": len(QUERIES),
            "differing": [q.label for q in QUERIES if q.label not in same_set],
        }
    return times, agreement


def summarise_variants(times: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, per_query in times.items():
        pooled = [t for ts in per_query.values() for t in ts]
        medians = {label: statistics.median(ts) for label, ts in per_query.items()}
        out[name] = summary(pooled) | {
            "sum_of_query_medians_ms": round(sum(medians.values()), 3),
            "per_query_median_ms": {k: round(v, 3) for k, v in medians.items()},
        }
    return out


def compare(summaries: dict[str, dict[str, Any]], a: str, b: str) -> dict[str, Any]:
    """How many times slower ``a`` is than ``b``: pooled medians, p95s, totals and per-query geometric mean."""
    sa, sb = summaries[a], summaries[b]
    per_query = [
        sa["per_query_median_ms"][k] / sb["per_query_median_ms"][k]
        for k in sa["per_query_median_ms"]
        if sb["per_query_median_ms"][k] > 0
    ]
    return {
        "of": a,
        "against": b,
        "median_ratio": ratio(sa["median_ms"], sb["median_ms"]),
        "p95_ratio": ratio(sa["p95_ms"], sb["p95_ms"]),
        "total_ratio": ratio(sa["sum_of_query_medians_ms"], sb["sum_of_query_medians_ms"]),
        "per_query_geomean_ratio": round(geomean(per_query), 3),
        "per_query_max_ratio": round(max(per_query), 3) if per_query else None,
    }


ReadOps = dict[str, list[Callable[[], Any]]]


def read_ops(ctx: StoreContext, sample: Sample) -> ReadOps:
    records = RecordService(ctx)
    cases = CaseService(ctx)
    return {
        "case list with counts (CaseService.summaries)": [cases.summaries],
        "a case's incidents (RecordService.records)": [
            functools.partial(records.records, "incident", cid) for cid, _ in sample.cases
        ],
        "a case's sources (RecordService.records)": [
            functools.partial(records.records, "source", cid) for cid, _ in sample.cases
        ],
        "an account's text (RecordService.current_version)": [
            functools.partial(records.current_version, aid) for aid in sample.accounts
        ],
        "a whole case (CaseService.export)": [functools.partial(cases.export, ref) for ref in sample.export_cases],
    }


def bench_reads(stores: dict[str, ReadOps], repeats: int) -> dict[str, dict[str, list[float]]]:
    """Time every operation on every store, interleaved operation by operation."""
    times: dict[str, dict[str, list[float]]] = {s: {op: [] for op in ops} for s, ops in stores.items()}
    for ops in stores.values():  # warm-up
        for calls in ops.values():
            for call in calls:
                call()
    for op in next(iter(stores.values())):
        with collector_paused():
            for r in range(repeats):
                order = list(stores.items())
                if r % 2:
                    order.reverse()
                for name, ops in order:
                    for call in ops[op]:
                        times[name][op].append(timed_ms(call))
    return times


def incident_fields(builder: gen.Builder, case: gen.CaseInfo, location_ids: list[uuid.UUID]) -> dict[str, Any]:
    ctx = builder.context(case, "en")
    event = builder.rng.choice([t for t in terms(EVENT_TYPE) if t.parent])
    return {
        "case_id": case.id,
        "title": f"Killings of civilians in {ctx['place']}",
        "description": builder.paragraph(gen.DESCRIPTION["en"], ctx, 350),
        "date_precision": "approximate_day",
        "start_date": dt.date(case.year, 1 + builder.rng.randrange(12), 1 + builder.rng.randrange(28)),
        "location_id": builder.rng.choice(location_ids) if location_ids else None,
        "event_type": event.parent,
        "event_subtype": event.code,
        "fatalities_best": builder.rng.randrange(40),
        "civilian_targeting": True,
    }


def bench_creates(ctx: StoreContext, case_id: uuid.UUID, count: int, warmup: int) -> dict[str, Any]:
    """``RecordService.create`` of incidents, one unit of work each (validation, audit entry, search index)."""
    records = RecordService(ctx)
    case = records.get("case", case_id)
    theatre = next((t for t in gen.THEATRES if case.reference.startswith(t.code)), gen.THEATRES[0])
    locations = [loc.id for loc in records.records("location", case_id)]
    builder = gen.Builder(gen.Sizes(cases=1), seed=7)
    info = gen.CaseInfo(0, case_id, theatre, case.reference, 2024, list(theatre.places), [], list(theatre.actors))
    for _ in range(warmup):
        records.create("incident", **incident_fields(builder, info, locations))
    times: list[float] = []
    with collector_paused():
        t0 = time.perf_counter()
        for _ in range(count):
            fields = incident_fields(builder, info, locations)
            times.append(timed_ms(functools.partial(records.create, "incident", **fields)))
        elapsed = time.perf_counter() - t0
    return summary(times) | {"creates_per_s": round(count / elapsed, 1), "seconds": round(elapsed, 3)}


def creates_at_scale(store: Store, case_id: uuid.UUID, count: int, warmup: int, scratch: Path) -> dict[str, Any]:
    """Per-record creates on a copy of the generated store (so the store itself stays as generated)."""
    copy = scratch / f"copy-{store.name}.db"
    remove_store_files(copy)
    for suffix in ("", "-wal"):
        src = store.path.with_name(store.path.name + suffix)
        if src.exists():
            shutil.copyfile(src, copy.with_name(copy.name + suffix))
    ctx, _ = open_store(Store(store.name, copy, store.encrypted, {}, True))
    try:
        return bench_creates(ctx, case_id, count, warmup)
    finally:
        ctx.close()
        remove_store_files(copy)


def creates_on_empty(store: Store, count: int, warmup: int, scratch: Path) -> dict[str, Any]:
    """The same creates on a new, empty store: what per-record cost owes to the store's size."""
    path = scratch / f"empty-{store.name}.db"
    remove_store_files(path)
    ctx = new_store(path, store.passphrase, encrypted=store.encrypted, user=gen.BENCH_USER)
    try:
        records = RecordService(ctx)
        case_id = records.create("case", reference="ML-2025-900", title="Benchmark case")
        for place in gen.THEATRES[0].places[:5]:
            records.create("location", case_id=case_id, name=place.name, alt_spellings=list(place.alts))
        return bench_creates(ctx, case_id, count, warmup)
    finally:
        ctx.close()
        remove_store_files(path)


# ---------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in header], *[[("" if c is None else str(c)) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [title, "-" * len(title)]
    for n, row in enumerate(cells):
        padded = (c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        lines.append("  ".join(padded))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run hrdoc's benchmarks (see docs/benchmarks.md).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where stores and results.json go")
    parser.add_argument("--regenerate", action="store_true", help="generate the stores even if they match")
    parser.add_argument("--repeats", type=int, default=7, help="timed runs of each search query")
    parser.add_argument("--read-repeats", type=int, default=7, help="timed runs of each read operation")
    parser.add_argument("--creates", type=int, default=300, help="per-record creates timed on each store")
    parser.add_argument("--batch-size", type=int, default=gen.DEFAULT_BATCH)
    gen.add_size_arguments(parser)
    args = parser.parse_args(argv)
    sizes = gen.sizes_from_args(args)
    out: Path = args.out.absolute()
    out.mkdir(parents=True, exist_ok=True)
    command = " ".join([".venv/bin/python -m benchmarks.run", *(argv if argv is not None else sys.argv[1:])])
    started = dt.datetime.now(dt.UTC)

    machine = machine_info()
    log(f"machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']} GiB")
    stores = {
        name: ensure_store(
            out,
            name,
            encrypted=name == "encrypted",
            sizes=sizes,
            seed=args.seed,
            batch=args.batch_size,
            regenerate=args.regenerate,
        )
        for name in ("plain", "encrypted")
    }
    plain, encrypted = stores["plain"], stores["encrypted"]
    sample = choose_sample(plain.path)
    fts = fts_stats(plain.path)
    file_sizes = {name: s.path.stat().st_size for name, s in stores.items()}
    case = sample.largest_case

    # --- search ---------------------------------------------------------------------------------------
    # hrdoc as it is: its own connections (page cache included) and SearchService's statement for each query.
    ctx_plain, open_plain_s = open_store(plain)
    ctx_enc, open_enc_s = open_store(encrypted)
    with ctx_plain.engine.connect() as conn:
        cache_kib = -int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    raw_stdlib = open_raw(plain.path, driver="sqlite3", cache_kib=cache_kib)
    raw_plain = open_raw(plain.path, driver="sqlcipher3", cache_kib=cache_kib)
    raw_enc = open_raw(encrypted.path, driver="sqlcipher3", passphrase=encrypted.passphrase, cache_kib=cache_kib)
    raws = [raw_stdlib, raw_plain, raw_enc]
    variants: dict[str, Runner] = {
        BASELINE: raw_runner(raw_stdlib, case),
        DRIVER_PLAIN: raw_runner(raw_plain, case),
        SERVICE_PLAIN: service_runner(ctx_plain, case),
        SERVICE_ENC: service_runner(ctx_enc, case),
        DRIVER_ENC: raw_runner(raw_enc, case),
        BEFORE_ENC: raw_runner(raw_enc, case, before=True),
    }
    contexts = [ctx_plain, ctx_enc]
    read_contexts = {"plain": ctx_plain, "encrypted": ctx_enc}
    plans = query_plans(raw_plain, case)
    hits = hit_counts(raw_plain)
    log(f"search: {len(QUERIES)} queries x {args.repeats} runs x {len(variants)} variants")
    search_times, agreement = bench_search(variants, args.repeats, BASELINE)
    search = summarise_variants(search_times)
    pairs = {
        "SearchService vs sqlite3 (the 1.5x goal)": (SERVICE_PLAIN, BASELINE),
        "SearchService vs sqlcipher3 driver (service overhead)": (SERVICE_PLAIN, DRIVER_PLAIN),
        "sqlcipher3 driver vs sqlite3 (SQLite build)": (DRIVER_PLAIN, BASELINE),
        "encrypted vs plain, SearchService (the 1.3x goal)": (SERVICE_ENC, SERVICE_PLAIN),
        "encrypted vs plain, driver": (DRIVER_ENC, DRIVER_PLAIN),
        "encrypted: SearchService statement vs before": (DRIVER_ENC, BEFORE_ENC),
    }
    comparisons = {label: compare(search, a, b) for label, (a, b) in pairs.items()}
    for raw in raws:
        raw.close()

    # --- reads ----------------------------------------------------------------------------------------
    log("reads")
    read_times = bench_reads({name: read_ops(c, sample) for name, c in read_contexts.items()}, args.read_repeats)
    reads: dict[str, dict[str, Any]] = {
        op: {name: summary(read_times[name][op]) for name in read_contexts} for op in read_times["plain"]
    }
    read_totals = {name: sum(statistics.median(v) for v in read_times[name].values()) for name in read_contexts}
    for per_store in reads.values():
        per_store["encrypted_vs_plain"] = ratio(per_store["encrypted"]["median_ms"], per_store["plain"]["median_ms"])
    for c in contexts:
        c.close()

    # --- per-record creates ---------------------------------------------------------------------------
    creates: dict[str, Any] = {}
    if args.creates > 0:
        with tempfile.TemporaryDirectory(dir=out, prefix="scratch-") as tmp:
            scratch = Path(tmp)
            for name, store in stores.items():
                log(f"creates: {args.creates} incidents on a copy of the {name} store")
                creates[f"{name}, at scale"] = creates_at_scale(store, case, args.creates, 10, scratch)
                log(f"creates: {args.creates} incidents on an empty {name} store")
                creates[f"{name}, empty store"] = creates_on_empty(store, args.creates, 10, scratch)

    # --- generation -----------------------------------------------------------------------------------
    g_plain, g_enc = plain.generation, encrypted.generation
    generation = {
        "plain": g_plain,
        "encrypted": g_enc,
        "reused": {name: s.reused for name, s in stores.items()},
        "encrypted_vs_plain": {
            "rows_db_seconds": ratio(g_enc["rows_db_seconds"], g_plain["rows_db_seconds"]),
            "rows_wall_seconds": ratio(g_enc["rows_seconds"], g_plain["rows_seconds"]),
            "index_seconds": ratio(g_enc["index_seconds"], g_plain["index_seconds"]),
            "total_seconds": ratio(g_enc["total_seconds"], g_plain["total_seconds"]),
        },
    }

    # --- goals ----------------------------------------------------------------------------------------
    creates_ratio = None
    if creates:
        creates_ratio = ratio(
            creates["plain, at scale"]["creates_per_s"], creates["encrypted, at scale"]["creates_per_s"]
        )
    goals: dict[str, dict[str, Any]] = {
        "search: SearchService / sqlite3, median": {
            "value": comparisons["SearchService vs sqlite3 (the 1.5x goal)"]["median_ratio"],
            "limit": GOAL_SEARCH_RATIO,
        },
        "search: SearchService median ms": {
            "value": search[SERVICE_PLAIN]["median_ms"],
            "limit": GOAL_SEARCH_MEDIAN_MS,
        },
        "encryption: search median": {
            "value": comparisons["encrypted vs plain, SearchService (the 1.3x goal)"]["median_ratio"],
            "limit": GOAL_ENCRYPTION_RATIO,
        },
        "encryption: search total": {
            "value": comparisons["encrypted vs plain, SearchService (the 1.3x goal)"]["total_ratio"],
            "limit": GOAL_ENCRYPTION_RATIO,
        },
        "encryption: reads total": {
            "value": ratio(read_totals["encrypted"], read_totals["plain"]),
            "limit": GOAL_ENCRYPTION_RATIO,
        },
        "encryption: generation total": {
            "value": generation["encrypted_vs_plain"]["total_seconds"],
            "limit": GOAL_ENCRYPTION_RATIO,
        },
        "encryption: creates at scale": {"value": creates_ratio, "limit": GOAL_ENCRYPTION_RATIO},
    }
    for g in goals.values():
        g["met"] = g["value"] is not None and g["value"] <= g["limit"]

    results = {
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": command,
        "machine": machine,
        "parameters": {
            "seed": args.seed,
            "sizes": sizes.as_dict(),
            "search_repeats": args.repeats,
            "read_repeats": args.read_repeats,
            "creates": args.creates,
            "cache_size_kib": cache_kib,
        },
        "stores": {
            name: {"path": str(s.path), "file_bytes": file_sizes[name], "reused": s.reused}
            for name, s in stores.items()
        },
        "open_seconds": {"plain": round(open_plain_s, 3), "encrypted": round(open_enc_s, 3)},
        "fts": fts,
        "queries": [
            {"label": q.label, "text": q.text, "category": q.category, "scope": q.scope, "hits": hits.get(q.label)}
            for q in QUERIES
        ],
        "query_plans": plans,
        "search": search,
        "search_comparisons": comparisons,
        "search_agreement": agreement,
        "reads": reads,
        "reads_total_median_ms": {k: round(v, 3) for k, v in read_totals.items()},
        "creates": creates,
        "generation": generation,
        "goals": goals,
    }
    results_path = out / "results.json"
    results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nresults written to {results_path}")
    return 0


SHORT_NAMES = {
    BASELINE: "sqlite3",
    DRIVER_PLAIN: "driver",
    SERVICE_PLAIN: "service",
    SERVICE_ENC: "svc enc",
    DRIVER_ENC: "drv enc",
    BEFORE_ENC: "before enc",
}


def short_name(variant: str) -> str:
    return SHORT_NAMES.get(variant, variant)


def print_report(r: dict[str, Any]) -> None:
    m = r["machine"]
    print(
        f"\nMachine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM; Python {m['python']}; "
        f"SQLite {m['stdlib_sqlite']} (stdlib) / {m['sqlcipher3_sqlite']} (sqlcipher3, SQLCipher {m['sqlcipher']})"
    )
    print(f"Sizes: {r['parameters']['sizes']}; search docs: {r['fts']['search_docs']}")
    print()
    search = r["search"]
    print(
        table(
            "Search latency (ms), all queries pooled",
            ["variant", "short", "median", "p95", "mean", "max", "sum of medians"],
            [
                [
                    name,
                    short_name(name),
                    fmt(s["median_ms"]),
                    fmt(s["p95_ms"]),
                    fmt(s["mean_ms"]),
                    fmt(s["max_ms"]),
                    fmt(s["sum_of_query_medians_ms"], 1),
                ]
                for name, s in search.items()
            ],
        )
    )
    print()
    names = list(search)
    hits = {q["label"]: q["hits"] for q in r["queries"]}
    print(
        table(
            "Search latency per query (median ms)",
            ["query", "hits", *(short_name(n) for n in names)],
            [
                [label, hits.get(label), *(fmt(search[n]["per_query_median_ms"][label], 1) for n in names)]
                for label in search[names[0]]["per_query_median_ms"]
            ],
        )
    )
    print()
    print(
        table(
            "Search comparisons (how many times slower)",
            ["comparison", "median", "p95", "total", "geomean/query", "worst query"],
            [
                [
                    key,
                    fmt(c["median_ratio"]),
                    fmt(c["p95_ratio"]),
                    fmt(c["total_ratio"]),
                    fmt(c["per_query_geomean_ratio"]),
                    fmt(c["per_query_max_ratio"]),
                ]
                for key, c in r["search_comparisons"].items()
            ],
        )
    )
    print()
    configs = list(r["reads_total_median_ms"])
    print(
        table(
            "Reads (median ms per call)",
            ["operation", *configs],
            [[op, *(fmt(v[c]["median_ms"]) for c in configs)] for op, v in r["reads"].items()]
            + [["total of medians", *(fmt(r["reads_total_median_ms"][c]) for c in configs)]],
        )
    )
    if r["creates"]:
        print()
        print(
            table(
                "RecordService.create('incident'), one unit of work each",
                ["store", "creates/s", "median ms", "p95 ms"],
                [
                    [name, fmt(c["creates_per_s"], 1), fmt(c["median_ms"]), fmt(c["p95_ms"])]
                    for name, c in r["creates"].items()
                ],
            )
        )
    g = r["generation"]
    print()
    print(
        table(
            "Generation (bulk insert + search index rebuild)",
            ["store", "rows", "rows/s (db)", "rows/s (wall)", "index s", "total s", "MiB", "reused"],
            [
                [
                    name,
                    g[name]["rows"],
                    fmt(g[name]["rows_per_s_db"], 0),
                    fmt(g[name]["rows_per_s_wall"], 0),
                    fmt(g[name]["index_seconds"], 1),
                    fmt(g[name]["total_seconds"], 1),
                    fmt(g[name]["file_bytes"] / 2**20, 0),
                    g["reused"][name],
                ]
                for name in ("plain", "encrypted")
            ],
        )
    )
    print()
    print(
        table(
            "Goals",
            ["goal", "value", "limit", ""],
            [[k, fmt(v["value"]), fmt(v["limit"]), "met" if v["met"] else "NOT met"] for k, v in r["goals"].items()],
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
