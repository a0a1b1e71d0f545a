"""ACLED import: time and peak memory of importing 100,000 ACLED rows into a fresh encrypted store, beside a
process that keeps a core busy.

Goals: an ACLED-style CSV file of 100,000 generated rows is imported in under 20 s on this machine (issue 6,
item 8), and still is with another CPU-bound process running beside it (issue 15, point 6: the import must not
depend on a quiet machine).

Steps:

* generate (or reuse) ``benchmarks/out/acled-100k-v1.csv``: ``--rows`` seeded rows in ACLED's column order,
  realistic in shape: about 50 places reused across the file (with admin areas and coordinates, some
  longitudes negative), about 30 actors (with ACLED actor types), every ACLED event type and most
  sub-types, dates spread over three years with all three time precisions, 1-3 sources per event from a
  pool of 40, fatalities mostly 0 with a long tail, notes of one to three sentences with French and Arabic
  place names, tags on some rows;
* snapshot the code twice into ``benchmarks/out/acled-code/``: ``new``, the working tree's ``hrdoc`` as it
  is, and ``old``, the same tree with the ACLED modules (``hrdoc/services/acled*.py``) as they were at
  ``--baseline`` (before the reading moved to its own process), so the two differ only in the import;
* for each repeat, in alternating order, import with each code: start ``--competitors`` processes that
  spin a Python loop (default 1), then, in a fresh subprocess, create a new encrypted store (``new_store``)
  and a case and time ``hrdoc.services.acled.import_acled`` on the file, end to end (reading, validation,
  inserts, search index, audit entry, commit), with the CPU time of the import's processes and of the
  competitors and the peak resident memory (``ru_maxrss``, the importing process and, apart, its reader);
* optionally (``--profile``) a cProfile of one more import (new code, main process), summarised in
  ``benchmarks/out/acled-profile.txt``.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.acled                  # ~4 minutes on a 2-core machine
    .venv/bin/python -m benchmarks.acled --competitors 0 --no-baseline --repeats 3
    .venv/bin/python -m benchmarks.acled --rows 10000 --profile

Results are printed and written to ``benchmarks/out/acled-results.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.acled_data import GENERATOR_VERSION, generate
from benchmarks.run import DEFAULT_OUT, log, machine_info

REPO = Path(__file__).resolve().parent.parent
# The last commit of the ACLED modules before the reading moved to its own process: two threads, one process.
BASELINE = "f4a765d4417b0038d821e26890ac7a070bc5f59b"

GOAL_S = 20.0


def _child(root: str, csv_path: str, store_dir: str, profile: str) -> None:
    """Run in a fresh process: a new encrypted store, one case, the timed import; JSON on stdout."""
    import gc

    import hrdoc.services.acled as acled
    from hrdoc.services.records import RecordService
    from hrdoc.services.session import new_store

    assert acled.__file__.startswith(root), acled.__file__
    t0 = time.perf_counter()
    ctx = new_store(Path(store_dir) / "acled.db", "hrdoc-benchmark-passphrase (not a secret)", user="benchmark")
    RecordService(ctx).create("case", reference="BENCH-ACLED", title="ACLED import benchmark")
    store_s = time.perf_counter() - t0
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    t1 = time.perf_counter()
    report = acled.import_acled(ctx, "BENCH-ACLED", csv_path)
    seconds = time.perf_counter() - t1
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = [(a.ru_utime - u.ru_utime) + (a.ru_stime - u.ru_stime) for a, u in zip(after, usage, strict=True)]
    load = os.getloadavg()[0]
    if profiler is not None:
        import io
        import pstats

        profiler.disable()
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(45)
        Path(profile).write_text(buf.getvalue(), encoding="utf-8")
    ctx.close()
    db = Path(store_dir) / "acled.db"
    size = sum(p.stat().st_size for p in db.parent.glob("acled.db*"))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu[0] + cpu[1],
                "reader_process_cpu_seconds": cpu[1],
                "thread_cpu_seconds": report.cpu_seconds,
                "load_average_1min": load,
                "store_setup_s": store_s,
                "rss_before_kib": rss_before,
                "rss_peak_kib": after[0].ru_maxrss,
                "reader_rss_peak_kib": after[1].ru_maxrss,
                "rows": report.rows,
                "imported": report.imported,
                "rejected": len(report.rejected),
                "created": report.created,
                "committed": report.committed,
                "store_bytes": size,
            }
        )
    )


def snapshot(into: Path, baseline: str | None) -> Path:
    """A copy of the working tree's ``hrdoc`` package in ``into``; with ``baseline``, its ACLED modules
    (``hrdoc/services/acled*.py``) replaced by those of that commit (and those it did not have left out)."""
    shutil.rmtree(into, ignore_errors=True)
    shutil.copytree(REPO / "hrdoc", into / "hrdoc", ignore=shutil.ignore_patterns("__pycache__"))
    if baseline:
        services = into / "hrdoc" / "services"
        for path in services.glob("acled*.py"):
            path.unlink()
        names = subprocess.run(
            ["git", "ls-tree", "--name-only", baseline, "hrdoc/services/"],
            cwd=REPO,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        for name in names:
            if Path(name).name.startswith("acled") and name.endswith(".py"):
                shown = subprocess.run(["git", "show", f"{baseline}:{name}"], cwd=REPO, check=True, capture_output=True)
                (services / Path(name).name).write_bytes(shown.stdout)
    return into


# A busy Python loop, ended with the benchmark even if it is killed (Linux).
SPIN = (
    "import ctypes, signal, sys\n"
    "if sys.platform.startswith('linux'): ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)\n"
    "while True: pass"
)


@contextmanager
def competitors(count: int) -> Iterator[list[float]]:
    """``count`` processes spinning a Python loop while the block runs; the list gets the processor seconds
    each used."""
    procs = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
    used: list[float] = []
    try:
        yield used
    finally:
        for proc in procs:
            proc.kill()
            _pid, _status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9  # reaped by wait4
            used.append(usage.ru_utime + usage.ru_stime)


def one_import(root: Path, csv_path: Path, out: Path, rivals: int, profile: str = "") -> dict[str, Any]:
    """One import in a fresh process with the code in ``root``, beside ``rivals`` busy processes."""
    # The snapshot first on the path, before anything imports hrdoc (its reader process inherits the path).
    boot = (
        "import sys; sys.path.insert(0, sys.argv[2]); from benchmarks.acled import main; sys.exit(main(sys.argv[1:]))"
    )
    with tempfile.TemporaryDirectory(dir=out) as store_dir, competitors(rivals) as used:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", boot, "--child", str(root), str(csv_path), store_dir, profile],
            cwd=REPO,
            check=True,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["competitor_cpu_share"] = [u / wall for u in used]  # of one core, over the whole child process
    result["profiled"] = bool(profile)
    return result


def _stats(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5, help="imports with each code, each into a fresh store")
    parser.add_argument("--competitors", type=int, default=1, help="busy processes beside each import (default 1)")
    parser.add_argument("--baseline", default=BASELINE, help="commit whose ACLED modules are the old code")
    parser.add_argument("--no-baseline", action="store_true", help="measure the working tree's code only")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--profile", action="store_true", help="also profile one import")
    parser.add_argument("--child", nargs=4, metavar=("ROOT", "CSV", "DIR", "PROFILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the competitors too
    args.out.mkdir(parents=True, exist_ok=True)
    csv_path = args.out / f"acled-{args.rows // 1000}k-v{GENERATOR_VERSION}.csv"
    if not csv_path.exists():
        log(f"generating {args.rows:,} rows into {csv_path}")
        t0 = time.perf_counter()
        generate(csv_path, args.rows)
        log(f"generated in {time.perf_counter() - t0:.1f} s ({csv_path.stat().st_size / 2**20:.1f} MiB)")
    code = args.out / "acled-code"
    roots = {"new": snapshot(code / "new", None)}
    if not args.no_baseline:
        roots["old"] = snapshot(code / "old", args.baseline)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in roots}
    for n in range(args.repeats):
        order = list(roots) if n % 2 == 0 else list(reversed(roots))  # interleaved: old, new, new, old...
        for name in order:
            result = one_import(roots[name], csv_path, args.out, args.competitors)
            runs[name].append(result)
            cpu = result["thread_cpu_seconds"]
            grown = result["rss_peak_kib"] - result["rss_before_kib"]
            shares = ", ".join(f"{s:.0%}" for s in result["competitor_cpu_share"])
            log(
                f"run {n + 1} {name}: {result['seconds']:.2f} s (CPU {result['cpu_seconds']:.2f} s: reading "
                f"{cpu.get('reading', 0):.2f}, writing {cpu.get('writing', 0):.2f}; "
                f"{f'competitors got {shares} of a core' if shares else 'no competitor'}; load "
                f"{result['load_average_1min']:.1f}), {result['imported']:,} incidents, peak RSS "
                f"{result['rss_peak_kib'] / 1024:.0f} MiB (+{grown / 1024:.0f} MiB during the import; reader "
                f"process {result['reader_rss_peak_kib'] / 1024:.0f} MiB)"
            )
    profiled = None
    if args.profile:
        profiled = one_import(roots["new"], csv_path, args.out, args.competitors, str(args.out / "acled-profile.txt"))
    summary: dict[str, Any] = {
        "goal_s": GOAL_S,
        "rows": args.rows,
        "competitors": args.competitors,
        "baseline": None if args.no_baseline else args.baseline,
        "file": csv_path.name,
        "file_bytes": csv_path.stat().st_size,
        "machine": machine_info(),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seconds": {name: _stats([r["seconds"] for r in rs]) for name, rs in runs.items()},
        "runs": runs,
        "profiled": profiled,
    }
    if "old" in runs:
        ratios = [new["seconds"] / old["seconds"] for new, old in zip(runs["new"], runs["old"], strict=True)]
        summary["new_over_old"] = _stats(ratios)
    (args.out / "acled-results.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    first = runs["new"][0]
    rivals = f"{args.competitors} busy process{'es' if args.competitors != 1 else ''} beside it"
    print(f"ACLED import of {args.rows:,} rows ({csv_path.stat().st_size / 2**20:.1f} MiB), {rivals}")
    for name, rs in runs.items():
        s = summary["seconds"][name]
        each = ", ".join(f"{r['seconds']:.2f}" for r in rs)
        cpu = _stats([r["cpu_seconds"] for r in rs])["median"]
        print(
            f"  {name}: median {s['median']:.2f} s, range {s['min']:.2f}-{s['max']:.2f} s over {len(rs)} runs "
            f"({each}); CPU median {cpu:.2f} s; goal < {GOAL_S:.0f} s"
        )
    if "new_over_old" in summary:
        r = summary["new_over_old"]
        print(f"  new/old, run by run: median {r['median']:.2f}x (range {r['min']:.2f}-{r['max']:.2f}x)")
    print(f"  {args.rows / summary['seconds']['new']['median']:,.0f} rows/s (new); created {first['created']}")
    peak = max(r["rss_peak_kib"] for r in runs["new"]) / 1024
    reader = max(r["reader_rss_peak_kib"] for r in runs["new"]) / 1024
    store = first["store_bytes"] / 2**20
    print(f"  peak RSS (new) {peak:.0f} MiB, reader process {reader:.0f} MiB; store {store:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
