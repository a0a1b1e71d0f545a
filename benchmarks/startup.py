"""Cold start: from starting the process to an unlocked, painted main window, against a bare PySide6 window.

Goal (issue 15, point 1): the app's cold start to its main window, unlocked and painted with the case list, on
the demo store, at most 3x the time a bare PySide6 window takes to be painted, measured in the same run.

Each start is a fresh subprocess on the offscreen platform, timed from just before it is started to the end of
its first window's first paint (the app's ``HRDOC_STARTUP_PROBE=1``, :mod:`hrdoc.gui.startup_probe`; the bare
window's script does the same), on the system's monotonic clock, which every process shares. Variants, run
interleaved (one of each per repeat, in a shuffled order) so that the machine's load falls on all alike:

* ``bare``: ``QApplication`` and an empty ``QMainWindow``, shown;
* ``app``: ``python -m hrdoc gui --db demo.db`` with ``HRDOC_PASSPHRASE`` set: the store unlocked, the main
  window painted with its case list (the demo case selected and opened);
* ``dialog``: the same without a passphrase: the unlock dialog painted (what a user first sees).

Each with bytecode caches (warmed first) and without (``PYTHONDONTWRITEBYTECODE=1`` and an empty
``PYTHONPYCACHEPREFIX`` per start, so every module, the standard library's too, is compiled from source, as on
the first start after an install or an upgrade).

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.startup                 # 10 repeats, about two minutes
    .venv/bin/python -m benchmarks.startup --importtime    # also: what the app imports before its first paint

Results are printed and written to ``benchmarks/out/startup-results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.run import DEFAULT_OUT, machine_info
from hrdoc.gui.startup_probe import heavy_families

GOAL_RATIO = 3.0
PASSPHRASE = "correct horse battery staple"  # the demo store's, made here
PROBE_LINE = re.compile(r"^hrdoc-startup (\w+) ([0-9.]+)(?: (\d+) (\S+))?$", re.MULTILINE)
# The bare window, timed as the app is: its first top-level paint, then one turn of the event loop.
BARE_SCRIPT = """
import sys
import time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"hrdoc-startup QMainWindow {time.monotonic():.6f}", flush=True),
                                          print("hrdoc-startup painted", file=sys.stderr, flush=True),
                                          QCoreApplication.exit(0)))
        return False

app = QApplication(["bare"])
probe = FirstPaint(app)
app.installEventFilter(probe)
window = QMainWindow()
window.setWindowTitle("bare")
window.show()
app.exec()
"""
VARIANTS = ("bare", "app", "dialog")
EXPECTED = {"bare": "QMainWindow", "app": "MainWindow", "dialog": "UnlockDialog"}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare(work: Path) -> tuple[Path, dict[str, str]]:
    """The demo store, and an environment whose settings (QSettings, under HOME) are this run's own."""
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HRDOC_", "PYTHON")) and k not in ("QT_QPA_PLATFORM", "XDG_CONFIG_HOME")
    }
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "HRDOC_USER": "benchmark",  # who is working, so the app does not ask first
    }
    store = work / "demo.db"
    if not store.exists():
        subprocess.run(
            [sys.executable, "-m", "hrdoc", "demo", "--db", str(store)],
            env=env | {"HRDOC_PASSPHRASE": PASSPHRASE},
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return store, env


def command(variant: str, store: Path) -> list[str]:
    if variant == "bare":
        return [sys.executable, "-c", BARE_SCRIPT]
    return [sys.executable, "-m", "hrdoc", "gui", "--db", str(store)]


def kind(variant: str) -> str:
    """``app`` for ``app`` and ``app-before`` (the same start, of the hrdoc given with --before)."""
    return variant.split("-")[0]


def start_once(
    variant: str, store: Path, env: dict[str, str], *, caches: bool, work: Path, before: Path | None = None
) -> dict[str, Any]:
    """One start in a fresh process: seconds to the first paint and to the process's end, and (the app's) how
    many modules were imported at the first paint, and which heavy ones. A variant ending in
    ``-before`` runs the hrdoc in ``before`` (its folder first on ``sys.path``: ``python -m`` puts the current
    folder there)."""
    run_env = env | {"HRDOC_STARTUP_PROBE": "1"}
    if kind(variant) == "app":
        run_env["HRDOC_PASSPHRASE"] = PASSPHRASE
    if not caches:
        run_env["PYTHONDONTWRITEBYTECODE"] = "1"
        run_env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="pycache-", dir=work)  # empty: nothing cached
    started = time.monotonic()
    cwd = before if variant.endswith("-before") else None
    done = subprocess.run(
        command(kind(variant), store), env=run_env, capture_output=True, text=True, timeout=120, cwd=cwd
    )
    ended = time.monotonic()
    found = PROBE_LINE.search(done.stdout)
    if done.returncode != 0 or found is None or found[1] != EXPECTED[kind(variant)]:
        raise RuntimeError(f"{variant}: exit {done.returncode}, stdout {done.stdout!r}, stderr {done.stderr[-2000:]!r}")
    return {
        "paint": float(found[2]) - started,
        "exit": ended - started,
        "modules": int(found[3]) if found[3] else None,
        "heavy": [] if found[4] in (None, "-") else found[4].split(","),
    }


def import_report(store: Path, env: dict[str, str], work: Path, top: int = 25) -> dict[str, Any]:
    """``python -X importtime`` of one app start (with caches): the modules imported before the first paint,
    the largest by cumulative time, and whether any heavy one is among them."""
    run_env = env | {"HRDOC_STARTUP_PROBE": "1", "HRDOC_PASSPHRASE": PASSPHRASE}
    reports = {}
    for variant in ("bare", "dialog", "app"):
        env_v = run_env if variant == "app" else {k: v for k, v in run_env.items() if k != "HRDOC_PASSPHRASE"}
        done = subprocess.run(
            [sys.executable, "-X", "importtime", *command(variant, store)[1:]],
            env=env_v,
            capture_output=True,
            text=True,
            timeout=120,
        )
        rows = []
        for line in done.stderr.splitlines():
            if line == "hrdoc-startup painted":
                break  # what is imported after the first paint is not waited for
            parts = line.split("|")
            if len(parts) == 3 and parts[0].startswith("import time:") and parts[1].strip().isdigit():
                rows.append((int(parts[1]), len(parts[2]) - len(parts[2].lstrip()), parts[2].strip()))
        outermost = [r for r in rows if r[1] == 1]
        total = sum(r[0] for r in outermost) / 1e6
        names = {r[2] for r in rows}
        heavy = heavy_families(names)
        reports[variant] = {
            "modules": len(rows),
            "import_s": total,
            "largest": [
                {"module": n, "cumulative_ms": us / 1000} for us, _, n in sorted(outermost, reverse=True)[:top]
            ],
            "heavy_imported": heavy,
        }
    return reports


def summarise(samples: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, runs in samples.items():
        paints = [r["paint"] for r in runs]
        out[key] = {
            "median_s": statistics.median(paints),
            "min_s": min(paints),
            "max_s": max(paints),
            "median_exit_s": statistics.median(r["exit"] for r in runs),
            "runs": paints,
            "modules_at_paint": runs[-1]["modules"],
            "heavy_at_paint": runs[-1]["heavy"],
        }
    for key, row in out.items():
        if not key.startswith("bare/"):
            row["ratio_to_bare"] = row["median_s"] / out["bare/" + key.split("/")[1]]["median_s"]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    parser.add_argument("--importtime", action="store_true", help="also list what the app imports before painting")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument(
        "--before",
        type=Path,
        help="a folder holding another hrdoc (git archive REV | tar -x -C DIR), whose start is timed too (app-before)",
    )
    args = parser.parse_args(argv)
    if "bare" not in args.variants:
        parser.error("the bare window is the baseline: keep it among --variants")
    if args.before is not None:
        if not (args.before / "hrdoc" / "gui" / "startup_probe.py").exists():
            parser.error(f"{args.before} holds no hrdoc with the startup probe (hrdoc/gui/startup_probe.py)")
        args.variants = [*args.variants, "app-before"]
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="startup-", dir=args.out) as tmp:
        work = Path(tmp)
        store, env = prepare(work)
        for variant in args.variants:  # caches written, the store's first opening done: not counted
            start_once(variant, store, env, caches=True, work=work, before=args.before)
        samples: dict[str, list[dict[str, Any]]] = {
            f"{v}/{c}": [] for v in args.variants for c in ("cached", "uncached")
        }
        for repeat in range(args.repeats):
            order = [(v, c) for v in args.variants for c in (True, False)]
            rng.shuffle(order)
            for variant, caches in order:
                result = start_once(variant, store, env, caches=caches, work=work, before=args.before)
                samples[f"{variant}/{'cached' if caches else 'uncached'}"].append(result)
            log(f"repeat {repeat + 1}/{args.repeats} done (load {os.getloadavg()[0]:.2f})")
        results: dict[str, Any] = {"machine": machine_info(), "repeats": args.repeats}
        results["starts"] = summarise(samples)
        if args.importtime:
            results["imports"] = import_report(store, env, work)
    print_report(results)
    (args.out / "startup-results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def print_report(results: dict[str, Any]) -> None:
    starts = results["starts"]
    print(f"\nCold start to first paint, offscreen, median of {results['repeats']} interleaved starts each")
    print(f"{'variant':<20}{'median':>9}{'min':>9}{'max':>9}{'to exit':>9}{'x bare':>8}  heavy modules at the paint")
    for key, row in starts.items():
        ratio = row.get("ratio_to_bare")
        heavy = "" if row["modules_at_paint"] is None else ", ".join(row["heavy_at_paint"]) or "none"
        print(
            f"{key:<20}{row['median_s'] * 1000:>7.0f}ms{row['min_s'] * 1000:>7.0f}ms{row['max_s'] * 1000:>7.0f}ms"
            f"{row['median_exit_s'] * 1000:>7.0f}ms{'' if ratio is None else f'{ratio:>7.2f}x'}  {heavy}"
        )
    for caches in ("cached", "uncached"):
        row = starts.get(f"app/{caches}")
        if row is not None:
            verdict = "met" if row["ratio_to_bare"] <= GOAL_RATIO else "NOT met"
            print(f"goal (app <= {GOAL_RATIO:.0f}x bare), {caches} bytecode: {row['ratio_to_bare']:.2f}x, {verdict}")
    for variant, report in results.get("imports", {}).items():
        took = report["import_s"] * 1000
        print(f"\n{variant}: {report['modules']} modules imported before the first paint, in {took:.0f} ms")
        print(f"  heavy modules among them: {', '.join(report['heavy_imported']) or 'none'}")
        for row in report["largest"][:12]:
            print(f"  {row['cumulative_ms']:>7.1f} ms  {row['module']}")


if __name__ == "__main__":
    sys.exit(main())
