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
* "team store, before": the statement the team store ran before this change (ts_rank_cd, then ts_headline
  for 50 snippets on the server), through the same session;
* "team store, FTS5's words": a copy of the team store whose documents are made of the words FTS5 sees
  (``hrdoc_fold`` replaced so that punctuation splits words, documents made again), as a migration could make
  them: it shows how much of the difference in ranking comes from PostgreSQL's parser;
* "team store, SELECT 1": what any statement costs there, as a search sends it (the pool's ping, the statement
  and its answer), the floor under the team store's figures on this machine;
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
from contextlib import contextmanager
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
from hrdoc.services.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchService, pg_query
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage import models as m
from hrdoc.storage import search_index
from tests import pg_server

RESULTS = "team-search-results.json"
GOAL_RATIO = 2.0
GOAL_P95_MS = 100.0
GOAL_TOP10 = 0.9
PARAMETERS_KEY = "benchmark_parameters"  # store_meta: what the team store was loaded with
LAPTOP = "laptop store (SQLite, encrypted)"
TEAM = "team store (PostgreSQL)"
TEAM_BEFORE = "team store, before (ts_headline)"
TEAM_WORDS = "team store, FTS5's words"
TEAM_FLOOR = "team store, SELECT 1 (the floor)"
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


# A copy of the team store whose documents hold the words FTS5 sees: accents' combining marks dropped, then
# everything but letters, digits, white space and what a tsquery needs (' & : *) made a space, in the documents
# (hrdoc_fold is applied to the title and the body) and in the query alike.
WORDS_FOLD = (
    "CREATE OR REPLACE FUNCTION hrdoc_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$"
    " SELECT regexp_replace(regexp_replace(value, '[\u0300-\u036f]', '', 'g'), '[^[:alnum:]''&:*[:space:]]+', ' ',"
    " 'g') $$"
)


def words_variant(server: pg_server.PgServer, template: str, name: str) -> str:
    """A copy of the team store ``template`` with FTS5's words (see WORDS_FOLD); its URL."""
    server.drop_database(name)
    url = server.create_database(name, template=template)
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(WORDS_FOLD)
        conn.execute("UPDATE search_docs SET title = title")  # the generated documents are made again
    vacuum(url)
    run.log(f"team store with FTS5's words: made in {time.perf_counter() - started:.0f} s")
    return url


# The team store's search before this change (hrdoc 0.x, issue 15): ranked by ts_rank_cd, then 50 snippets made
# by ts_headline on the server from the folded text. Kept here to be measured beside the new one.
BEFORE_SQL = (
    "WITH q AS (SELECT to_tsquery('hrdoc_search', hrdoc_fold(:q)) AS query,"
    " to_tsquery('hrdoc_search', hrdoc_fold(:any)) AS any_word),"
    " hit AS (SELECT s.id, ts_rank_cd('{{0, 0, 0.1, 1}}', s.document, q.query, 1) AS score"
    " FROM search_docs s CROSS JOIN q WHERE s.document @@ q.query {filters}"
    " ORDER BY score DESC, s.id LIMIT :limit),"
    " part AS (SELECT hit.id, hit.score, CASE WHEN ts_filter(d.document, '{{a}}') @@ q.query"
    " THEN hrdoc_fold(d.title) ELSE hrdoc_fold(d.body) END AS src"
    " FROM hit JOIN search_docs d ON d.id = hit.id CROSS JOIN q),"
    " snip AS (SELECT part.id, part.score, part.src, ts_headline('hrdoc_search', part.src, q.any_word, :opts) AS h"
    " FROM part CROSS JOIN q),"
    " plain AS (SELECT snip.*, trim(replace(replace(snip.h, :hs, ''), :he, '')) AS p FROM snip),"
    " placed AS (SELECT plain.*, position(plain.p IN plain.src) AS pos FROM plain)"
    " SELECT d.record_id, d.kind, d.case_id, d.title, c.reference, placed.h,"
    " CASE WHEN placed.pos > 0 AND left(placed.src, placed.pos - 1) !~ '\\w'"
    " THEN left(placed.src, placed.pos - 1) END AS before,"
    " CASE WHEN placed.pos > 0 AND substr(placed.src, placed.pos + length(placed.p)) !~ '\\w'"
    " THEN substr(placed.src, placed.pos + length(placed.p)) END AS after,"
    " placed.score"
    " FROM placed JOIN search_docs d ON d.id = placed.id LEFT JOIN cases c ON c.id = d.case_id"
    " ORDER BY placed.score DESC, placed.id"
)
BEFORE_OPTIONS = (
    f'StartSel="{HIGHLIGHT_START}", StopSel="{HIGHLIGHT_END}", MaxFragments=1, MaxWords=16, MinWords=5, ShortWord=0'
)


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


def before_runner(ctx: StoreContext, case_id: uuid.UUID) -> Runner:
    def search(query: run.Query) -> list[str]:
        match = pg_query(query.text)
        assert match is not None
        params: dict[str, Any] = {
            "q": match,
            "any": match.replace(" & ", " | "),
            "hs": HIGHLIGHT_START,
            "he": HIGHLIGHT_END,
            "opts": BEFORE_OPTIONS,
            "limit": 50,
        }
        filters = ""
        if query.scope == "case":
            filters, params["case"] = "AND s.case_id = :case", case_id.hex
        elif query.scope:
            filters, params["k0"] = "AND s.kind IN (:k0)", query.scope
        with ctx.read() as session:
            rows = session.execute(text(BEFORE_SQL.format(filters=filters)), params).all()
        return [uuid.UUID(str(r[0])).hex for r in rows]

    return search


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


def bench_search(
    variants: dict[str, Runner], repeats: int
) -> tuple[dict[str, dict[str, list[float]]], dict[str, dict[str, list[str]]]]:
    """Every query on every variant, ``repeats`` rounds after a warm-up; the variants' order turns each round.
    Returns the times (variant -> query -> ms) and the first round's answers (variant -> query -> ids)."""
    names = list(variants)
    times: dict[str, dict[str, list[float]]] = {v: {q.label: [] for q in run.QUERIES} for v in names}
    answers: dict[str, dict[str, list[str]]] = {v: {} for v in names}
    run.log("search: warm-up")
    for q in run.QUERIES:
        for name in names:
            variants[name](q)
    for r in range(repeats):
        order = names[r % len(names) :] + names[: r % len(names)]
        with run.collector_paused():
            for q in run.QUERIES:
                for name in order:
                    t0 = time.perf_counter_ns()
                    ids = variants[name](q)
                    times[name][q.label].append((time.perf_counter_ns() - t0) / 1e6)
                    answers[name].setdefault(q.label, ids)
        run.log(f"search: round {r + 1}/{repeats}")
    return times, answers


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
        docs, positions = conn.execute(
            "SELECT count(*), sum((SELECT sum(coalesce(array_length(u.positions, 1), 1)) FROM unnest(document) u))"
            " FROM search_docs"
        ).fetchone() or (0, 0)
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


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search and the case list on a team store against a laptop store.")
    parser.add_argument("--out", type=Path, default=run.DEFAULT_OUT, help="where stores and the results go")
    parser.add_argument("--repeats", type=int, default=7, help="timed rounds of the query set")
    parser.add_argument("--db", help="an empty PostgreSQL database to load (or one loaded before), not a throwaway")
    parser.add_argument("--shared-buffers", default="1GB", help="the throwaway server's shared_buffers")
    parser.add_argument("--no-variants", action="store_true", help="measure neither 'before' nor FTS5's words")
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
        words_url = None
        if server is not None and not args.no_variants:
            words_url = words_variant(server, "hrdoc_bench", "hrdoc_bench_words")
        results = measure(args, laptop, url, words_url)
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


def measure(args: argparse.Namespace, laptop: run.Store, url: str, words_url: str | None) -> dict[str, Any]:
    ctx_laptop, _ = run.open_store(laptop)
    ctx_team = unlock_store(url, None, user=gen.BENCH_USER, record_unlock=False)
    contexts = [ctx_laptop, ctx_team]
    try:
        case = largest_case(ctx_laptop)
        variants: dict[str, Runner] = {
            LAPTOP: service_runner(ctx_laptop, case),
            TEAM: service_runner(ctx_team, case),
        }
        if words_url is not None:
            ctx_words = unlock_store(words_url, None, user=gen.BENCH_USER, record_unlock=False)
            contexts.append(ctx_words)
            variants[TEAM_WORDS] = service_runner(ctx_words, case)
        if not args.no_variants:
            variants[TEAM_BEFORE] = before_runner(ctx_team, case)
            variants[TEAM_FLOOR] = floor_runner(ctx_team)
        run.log(f"search: {len(run.QUERIES)} queries x {args.repeats} rounds x {len(variants)} variants")
        times, answers = bench_search(variants, args.repeats)
        search = run.summarise_variants(times)
        comparisons = {name: run.compare(search, name, LAPTOP) for name in variants if name != LAPTOP}
        agreements = {
            name: agreement(answers[name], answers[LAPTOP]) for name in variants if name not in (LAPTOP, TEAM_FLOOR)
        }
        run.log("case list")
        case_list = bench_case_list({LAPTOP: ctx_laptop, TEAM: ctx_team}, args.repeats)
        return {
            "search": search,
            "search_comparisons": comparisons,
            "agreement": agreements,
            "case_list": case_list,
            "index": {
                LAPTOP: {"fts5_average_length": fts5_average_length(ctx_laptop)},
                TEAM: index_statistics(url),
                **({TEAM_WORDS: index_statistics(words_url)} if words_url else {}),
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
    names = list(search)
    agree = r["agreement"]
    print(
        run.table(
            "Per query: median ms; same first hit / top-10 overlap with the laptop store",
            ["query", *names, *(f"{n}: agreement" for n in agree)],
            [
                [
                    q.label,
                    *(fmt(search[n]["per_query_median_ms"][q.label], 1) for n in names),
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
