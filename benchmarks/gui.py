"""Desktop responsiveness and memory: the longest GUI-thread stall while a large case is opened, scrolled, sorted,
filtered and searched, and the process's resident memory with it open.

Goals (issue 15, point 3): on a case of 20,000 allegations the GUI thread never stalls over 50 ms while it opens,
scrolls, sorts, filters or searches, and the process holds under 250 MiB with the case open. A stall is measured
with a 5 ms repeating timer on the GUI thread: the largest gap between two of its ticks is the longest time the
event loop could not run (no paint, no input); beside it, the GUI thread's CPU time in that gap and the most CPU
time it spent in any one gap, which tell a stall of work on the GUI thread from one of a loaded machine. Memory is
the resident set (``VmRSS``) after the case is open and after every step, and the peak (``ru_maxrss``).

Each case runs in a fresh process (so its memory is its own), on a generated encrypted store:

* ``20k``: one case of 20,000 allegations under 400 incidents, 300 sources, 200 accounts, with a source link and
  an account link per allegation (40,000 links), as ``benchmarks/report.py`` makes it;
* ``5k``: one case of 5,000 incidents, 12,500 allegations, 1,000 accounts, 2,000 sources, no links.

Steps, each run as an event-loop callback as a click or key would be, compared with an idle loop's own jitter:

* making ``MainWindow`` (its case list read), then showing it: its first paint starts the workspace (its modules
  imported in a thread), which opens the case selected; then the time until the workspace has made its other pages
  and a form per kind ahead, in small steps; then re-selecting the case a few times;
* going to each workspace page;
* scrolling the list of all evidence links and the corroboration matrix (jumps of the scroll bar, then
  PageDown keys), and the incidents;
* sorting the links and the incidents by a column, both ways; typing a filter into the links' list, clearing it;
* going to a record as a search hit does (``CaseWorkspace.show_record`` on the last allegation), and typing
  queries into :class:`hrdoc.gui.search_dialog.SearchDialog` on the case's store.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.gui                      # both cases, a few minutes with existing stores
    .venv/bin/python -m benchmarks.gui --cases 20k          # one case
    .venv/bin/python -m benchmarks.gui --profile            # also cProfile every step that stalls > 50 ms

Results are printed and written to ``benchmarks/out/gui-results.json``; with ``--profile``, the GUI thread's
profile of each slow step goes to ``benchmarks/out/gui-profile-<case>-<step>.txt``.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import generate as gen
from benchmarks.run import DEFAULT_OUT, ensure_store, log, machine_info, table

GOAL_STALL_MS = 50.0
GOAL_RSS_MIB = 250.0
TICK_MS = 5
TYPING_INTERVAL_MS = 120
SETTLE_MS = 300
WORDS = ("anefis", "civilians", "Wagner")
FILTER_WORD = "contra"  # a link's relation, "Contradicts": a tenth of the links
CASES = {
    "20k": gen.Sizes(
        cases=1,
        locations=20,
        actors=12,
        incidents=400,
        allegations=20_000,
        witnesses=100,
        accounts=200,
        sources=300,
        source_links=1,
        account_links=1,
    ),
    "5k": gen.Sizes(
        cases=1,
        locations=20,
        actors=12,
        incidents=5_000,
        allegations=12_500,
        witnesses=500,
        accounts=1_000,
        sources=2_000,
    ),
    # The map (issue 17, point 3): a case of 5,000 places (in Mali, 70 % with a position, the rest known only to
    # their region), one incident at each.
    "map": gen.Sizes(
        cases=1,
        locations=5_000,
        actors=12,
        incidents=5_000,
        allegations=12_500,
        witnesses=100,
        accounts=200,
        sources=300,
    ),
}
STORE_NAMES = {"20k": "gui-case-20000", "5k": "gui-case", "map": "gui-case-map"}


def rss_mib() -> float:
    """The process's resident memory now."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclasses.dataclass(slots=True)
class Step:
    """One measured user action."""

    name: str
    stall_ms: float = 0.0
    stall_cpu_ms: float = 0.0  # the GUI thread's CPU time in that longest gap (little: the machine's load)
    most_cpu_ms: float = 0.0  # the most CPU time the GUI thread spent in any one gap of the step
    ticks_over_goal: int = 0
    to_signal_ms: float | None = None  # to the step's completion (loaded, rows shown, results)
    to_paint_ms: float | None = None  # to the first paint of the widget after that
    rss_mib: float = 0.0  # resident memory after the step
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        for key in ("stall_ms", "stall_cpu_ms", "most_cpu_ms", "to_signal_ms", "to_paint_ms", "rss_mib"):
            if out[key] is not None:
                out[key] = round(out[key], 1)
        return out


def run_case(name: str, store: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Measure one case in this process (Qt is imported here: the parent process never loads it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import gui_steps

    return gui_steps.measure_case(name, store, args.out, reopens=args.reopens, profile=args.profile)


def child_main(args: argparse.Namespace) -> int:
    result = run_case(args.child, Path(args.store), args)
    Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure hrdoc's desktop responsiveness (docs/benchmarks.md).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cases", default="20k,5k", help="which cases, of: " + ", ".join(CASES))
    parser.add_argument("--regenerate", action="store_true", help="generate the stores even if they match")
    parser.add_argument("--reopens", type=int, default=3, help="times the case is re-selected")
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread; write slow steps' profiles")
    parser.add_argument("--seed", type=int, default=gen.DEFAULT_SEED)
    parser.add_argument("--results", type=Path, default=None, help="where the results go (gui-results.json)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--json", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out = args.out.absolute()
    if args.child:
        return child_main(args)
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine_info(),
        "goal_stall_ms": GOAL_STALL_MS,
        "goal_rss_mib": GOAL_RSS_MIB,
        "profiled": args.profile,
        "cases": {},
    }
    for name in [c.strip() for c in args.cases.split(",") if c.strip()]:
        if name not in CASES:
            parser.error(f"no case {name!r}; cases: {', '.join(CASES)}")
        store = ensure_store(
            args.out,
            STORE_NAMES[name],
            encrypted=True,
            sizes=CASES[name],
            seed=args.seed,
            batch=gen.DEFAULT_BATCH,
            regenerate=args.regenerate,
        )
        with tempfile.TemporaryDirectory(prefix="hrdoc-bench-gui-") as tmp:
            out_json = Path(tmp) / "case.json"
            command = [sys.executable, "-m", "benchmarks.gui", "--child", name, "--store", str(store.path)]
            command += ["--json", str(out_json), "--out", str(args.out), "--reopens", str(args.reopens)]
            command += ["--profile"] if args.profile else []
            log(f"case {name}: {store.path}")
            done = subprocess.run(command, check=False)
            if done.returncode != 0:
                results["cases"][name] = {"error": f"the measuring process ended with {done.returncode}"}
                continue
            case = json.loads(out_json.read_text(encoding="utf-8"))
        case["sizes"] = CASES[name].as_dict()
        results["cases"][name] = case
    path = args.results or args.out / ("gui-results-profiled.json" if args.profile else "gui-results.json")
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nresults written to {path}")
    return 0


def print_report(r: dict[str, Any]) -> None:
    goal = r["goal_stall_ms"]
    for name, case in r["cases"].items():
        if "error" in case:
            print(f"\ncase {name}: {case['error']}")
            continue
        idle = case["idle_ms"]
        print()
        print(
            table(
                f"case {name}: GUI-thread stalls (goal: none over {goal:.0f} ms; idle loop's longest gap "
                f"{idle:.1f} ms)",
                [
                    "step",
                    "longest stall ms",
                    "its CPU ms",
                    "most CPU ms",
                    "x idle",
                    "ticks > goal",
                    "done ms",
                    "painted ms",
                    "RSS MiB",
                    "",
                ],
                [
                    [
                        s["name"],
                        f"{s['stall_ms']:.1f}",
                        f"{s.get('stall_cpu_ms', 0):.1f}",
                        f"{s.get('most_cpu_ms', 0):.1f}",
                        f"{s['stall_ms'] / idle:.1f}" if idle else "-",
                        s["ticks_over_goal"],
                        "-" if s["to_signal_ms"] is None else f"{s['to_signal_ms']:.0f}",
                        "-" if s["to_paint_ms"] is None else f"{s['to_paint_ms']:.0f}",
                        f"{s['rss_mib']:.0f}",
                        "ok" if s["stall_ms"] <= goal else "STALL",
                    ]
                    for s in case["steps"]
                ],
            )
        )
        worst = case["worst"]
        print(
            f"worst stall {worst['stall_ms']:.0f} ms ({worst['step']}); RSS with the case open "
            f"{case['rss_open_mib']:.0f} MiB, at the end {case['rss_end_mib']:.0f} MiB, "
            f"peak {case['rss_peak_mib']:.0f} MiB (goal < {r['goal_rss_mib']:.0f})"
        )


def write_profile(out: Path, name: str, profiler: cProfile.Profile) -> None:
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(20)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    (out / f"gui-profile-{slug}.txt").write_text(buffer.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
