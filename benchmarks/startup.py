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
* ``dialog``: the same without a passphrase: the unlock dialog painted (what a user first sees);
* ``typed``: as a person starts it: the passphrase typed into the unlock dialog ``--typing`` seconds (3) after
  it is painted, then Return; timed as the person's wait, the time to the dialog's paint plus the time from
  Return to the main window's paint (the typing is the person's time, not the app's).

Between repeats, one derivation of an encrypted store's key is timed too (every unlock pays it, deliberately).
Each start also prints the processor time its process and its GUI thread had used at the paint (``CPU``, ``GUI``),
which a loaded machine changes less than the wall time: what the start costs, apart from its waits for a core.

Each with bytecode caches (warmed first) and without (``PYTHONDONTWRITEBYTECODE=1`` and an empty
``PYTHONPYCACHEPREFIX`` per start, so every module, the standard library's too, is compiled from source, as on
the first start after an install or an upgrade).

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.startup                 # 10 repeats, a few minutes
    .venv/bin/python -m benchmarks.startup --before DIR    # also the hrdoc in DIR (git archive REV | tar -x -C DIR)
    .venv/bin/python -m benchmarks.startup --importtime    # also: what the app imports before its first paint

Results are printed and written to ``benchmarks/out/startup-results.json``.
"""

from __future__ import annotations

import argparse
import hashlib
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
from hrdoc.storage.store_key import KDF_HASH, KDF_ITERATIONS, KEY_BYTES, SALT_BYTES

GOAL_RATIO = 3.0
# typed: from the unlock dialog's paint to Return. A person reads the dialog and types a passphrase of at least
# 8 characters (the demo's has 28): 3 s is a fast typist's short passphrase.
TYPING_S = 3.0
PASSPHRASE = "correct horse battery staple"  # the demo store's, made here
PROBE_LINE = re.compile(r"^hrdoc-startup (\w+) ([0-9.]+)(?: (\d+) (\S+))?$", re.MULTILINE)
# The bare window, timed as the app is: its first top-level paint, then one turn of the event loop.
BARE_SCRIPT = """
import sys
import time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

def report():
    now = time.monotonic()
    print(f"hrdoc-startup-cpu {time.process_time():.6f} {time.thread_time():.6f}")
    print(f"hrdoc-startup QMainWindow {now:.6f}", flush=True)
    print("hrdoc-startup painted", file=sys.stderr, flush=True)
    QCoreApplication.exit(0)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.done = True
            QTimer.singleShot(0, report)
        return False

app = QApplication(["bare"])
probe = FirstPaint(app)
app.installEventFilter(probe)
window = QMainWindow()
window.setWindowTitle("bare")
window.show()
app.exec()
"""
# A person at the app: the passphrase typed into the unlock dialog (all at once, then Return, as the Unlock
# button's key) a while after the dialog is painted; prints when the dialog was painted, when Return was pressed
# (and whether the app was still importing then), and when the main window was painted. It drives the dialog
# from outside the app, through its passphrase field, so it times an older hrdoc (--before) as well.
TYPED_SCRIPT = """
import os, sys, threading, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

delay_ms = int(float(sys.argv[2]) * 1000)
app = QApplication(["hrdoc"])

class Typist(QObject):
    dialog_at = enter_at = None
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            name = type(watched).__name__
            if name == "UnlockDialog" and self.dialog_at is None:
                self.dialog_at = 0.0
                QTimer.singleShot(0, lambda: self.dialog_painted(watched))
            elif name == "MainWindow" and not self.done:
                self.done = True
                QTimer.singleShot(0, self.main_painted)
        return False
    def dialog_painted(self, dialog):
        self.dialog_at = time.monotonic()
        QTimer.singleShot(delay_ms, lambda: self.type_into(dialog))
    def type_into(self, dialog):
        from PySide6.QtTest import QTest
        field = dialog.findChild(QLineEdit, "passphrase")
        field.setText(os.environ["HRDOC_BENCH_PASSPHRASE"])
        self.importing = any(t.name == "hrdoc-preload" and t.is_alive() for t in threading.enumerate())
        self.enter_at = time.monotonic()
        QTest.keyClick(field, Qt.Key.Key_Return)
    def main_painted(self):
        now = time.monotonic()
        print(f"hrdoc-startup-cpu {time.process_time():.6f} {time.thread_time():.6f}")
        print(f"hrdoc-typed {self.dialog_at:.6f} {self.enter_at:.6f} {now:.6f} {int(self.importing)}", flush=True)
        QCoreApplication.exit(0)

typist = Typist(app)
app.installEventFilter(typist)
from hrdoc.cli import main
sys.exit(main(["gui", "--db", sys.argv[1]]))
"""
TYPED_LINE = re.compile(r"^hrdoc-typed ([0-9.]+) ([0-9.]+) ([0-9.]+) ([01])$", re.MULTILINE)
# Processor seconds used by the process and by its GUI thread at the paint (an older hrdoc's probe prints none).
CPU_LINE = re.compile(r"^hrdoc-startup-cpu ([0-9.]+) ([0-9.]+)$", re.MULTILINE)
VARIANTS = ("bare", "app", "dialog", "typed")
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


def command(variant: str, store: Path, typing_s: float = 0.0) -> list[str]:
    if variant == "bare":
        return [sys.executable, "-c", BARE_SCRIPT]
    if variant == "typed":
        return [sys.executable, "-c", TYPED_SCRIPT, str(store), str(typing_s)]
    return [sys.executable, "-m", "hrdoc", "gui", "--db", str(store)]


def kind(variant: str) -> str:
    """``app`` for ``app`` and ``app-before`` (the same start, of the hrdoc given with --before)."""
    return variant.split("-")[0]


def start_once(
    variant: str,
    store: Path,
    env: dict[str, str],
    *,
    caches: bool,
    work: Path,
    before: Path | None = None,
    typing_s: float = 0.0,
) -> dict[str, Any]:
    """One start in a fresh process: seconds to the first paint and to the process's end, and (the app's) how
    many modules were imported at the first paint, and which heavy ones. A variant ending in
    ``-before`` runs the hrdoc in ``before`` (its folder first on ``sys.path``: ``python -m`` puts the current
    folder there).

    ``typed``: the person's wait, the seconds to the unlock dialog's paint plus those from Return to the main
    window's paint (the ``typing_s`` between them are the person's, not the app's); also each part, and whether
    the app was still importing when Return was pressed.

    Also the processor seconds the process (``cpu``) and its GUI thread (``gui_cpu``) had used at the paint, None
    where the start does not print them (an older hrdoc). A typed start's include what was imported while the
    passphrase was typed."""
    run_env = env | {"HRDOC_STARTUP_PROBE": "1"}
    if kind(variant) == "app":
        run_env["HRDOC_PASSPHRASE"] = PASSPHRASE
    if kind(variant) == "typed":
        run_env = env | {"HRDOC_BENCH_PASSPHRASE": PASSPHRASE}  # no probe: the script times the main window
    if not caches:
        run_env["PYTHONDONTWRITEBYTECODE"] = "1"
        run_env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="pycache-", dir=work)  # empty: nothing cached
    started = time.monotonic()
    cwd = before if variant.endswith("-before") else None
    done = subprocess.run(
        command(kind(variant), store, typing_s), env=run_env, capture_output=True, text=True, timeout=120, cwd=cwd
    )
    ended = time.monotonic()
    cpu = CPU_LINE.search(done.stdout)
    used = {"cpu": float(cpu[1]) if cpu else None, "gui_cpu": float(cpu[2]) if cpu else None}
    if kind(variant) == "typed":
        typed = TYPED_LINE.search(done.stdout)
        if done.returncode != 0 or typed is None:
            raise RuntimeError(f"{variant}: exit {done.returncode}, {done.stdout!r}, stderr {done.stderr[-2000:]!r}")
        dialog, enter, painted = float(typed[1]) - started, float(typed[2]), float(typed[3])
        return {
            "paint": dialog + (painted - enter),
            "exit": ended - started,
            "dialog": dialog,
            "unlock": painted - enter,
            "importing_at_enter": typed[4] == "1",
            "modules": None,
            "heavy": [],
        } | used
    found = PROBE_LINE.search(done.stdout)
    if done.returncode != 0 or found is None or found[1] != EXPECTED[kind(variant)]:
        raise RuntimeError(f"{variant}: exit {done.returncode}, stdout {done.stdout!r}, stderr {done.stderr[-2000:]!r}")
    return {
        "paint": float(found[2]) - started,
        "exit": ended - started,
        "modules": int(found[3]) if found[3] else None,
        "heavy": [] if found[4] in (None, "-") else found[4].split(","),
    } | used


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


def time_key_derivation() -> float:
    """Seconds one derivation of an encrypted store's key takes here and now (what every unlock must pay: see
    hrdoc.storage.store_key), timed between the starts so that it meets the same load."""
    started = time.monotonic()
    hashlib.pbkdf2_hmac(KDF_HASH, PASSPHRASE.encode(), b"\0" * SALT_BYTES, KDF_ITERATIONS, KEY_BYTES)
    return time.monotonic() - started


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
        for cpu in ("cpu", "gui_cpu"):
            used = [r[cpu] for r in runs if r.get(cpu) is not None]
            out[key][f"median_{cpu}_s"] = statistics.median(used) if used else None
        if "unlock" in runs[0]:  # typed: the two waits, and how often the app was still importing at Return
            out[key]["median_dialog_s"] = statistics.median(r["dialog"] for r in runs)
            out[key]["median_unlock_s"] = statistics.median(r["unlock"] for r in runs)
            out[key]["importing_at_enter"] = sum(r["importing_at_enter"] for r in runs)
            out[key]["parts"] = [[r["dialog"], r["unlock"], r["importing_at_enter"]] for r in runs]
            done = [r["unlock"] for r in runs if not r["importing_at_enter"]]
            out[key]["median_unlock_imported_s"] = statistics.median(done) if done else None
    for key, row in out.items():
        if not key.startswith("bare/"):
            bare = out["bare/" + key.split("/")[1]]
            row["ratio_to_bare"] = row["median_s"] / bare["median_s"]
            if row["median_cpu_s"] is not None and bare["median_cpu_s"]:
                row["cpu_ratio_to_bare"] = row["median_cpu_s"] / bare["median_cpu_s"]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS))
    parser.add_argument("--importtime", action="store_true", help="also list what the app imports before painting")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument(
        "--typing", type=float, default=TYPING_S, help=f"typed: seconds from the dialog's paint to Return ({TYPING_S})"
    )
    parser.add_argument("--caches", choices=("both", "cached", "uncached"), default="both")
    parser.add_argument(
        "--before",
        type=Path,
        help="a folder holding another hrdoc (git archive REV | tar -x -C DIR), whose starts are timed too "
        "(app-before, dialog-before, typed-before)",
    )
    args = parser.parse_args(argv)
    if "bare" not in args.variants:
        parser.error("the bare window is the baseline: keep it among --variants")
    if args.before is not None:
        if not (args.before / "hrdoc" / "gui" / "startup_probe.py").exists():
            parser.error(f"{args.before} holds no hrdoc with the startup probe (hrdoc/gui/startup_probe.py)")
        args.variants = [*args.variants, *(f"{v}-before" for v in args.variants if v != "bare")]
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="startup-", dir=args.out) as tmp:
        work = Path(tmp)
        store, env = prepare(work)
        typing_s = args.typing
        for variant in args.variants:  # caches written, the store's first opening done: not counted
            start_once(variant, store, env, caches=True, work=work, before=args.before, typing_s=typing_s)
        kinds = {"both": (True, False), "cached": (True,), "uncached": (False,)}[args.caches]
        samples: dict[str, list[dict[str, Any]]] = {
            f"{v}/{'cached' if c else 'uncached'}": [] for v in args.variants for c in kinds
        }
        loads, keys = [], []
        for repeat in range(args.repeats):
            order = [(v, c) for v in args.variants for c in kinds]
            rng.shuffle(order)
            for variant, caches in order:
                result = start_once(
                    variant, store, env, caches=caches, work=work, before=args.before, typing_s=typing_s
                )
                samples[f"{variant}/{'cached' if caches else 'uncached'}"].append(result)
            keys.append(time_key_derivation())
            loads.append(os.getloadavg()[0])
            log(f"repeat {repeat + 1}/{args.repeats} done (load {loads[-1]:.2f})")
        results: dict[str, Any] = {"machine": machine_info(), "repeats": args.repeats, "typing_s": typing_s}
        results["load_after_each_repeat"] = loads
        results["key_derivation_s"] = {"median": statistics.median(keys), "runs": keys}
        results["starts"] = summarise(samples)
        if args.importtime:
            results["imports"] = import_report(store, env, work)
    print_report(results)
    (args.out / "startup-results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def print_report(results: dict[str, Any]) -> None:
    starts = results["starts"]
    print(f"\nCold start to first paint, offscreen, median of {results['repeats']} interleaved starts each")
    print(
        f"{'variant':<20}{'median':>9}{'min':>9}{'max':>9}{'to exit':>9}{'x bare':>8}{'CPU':>8}{'GUI':>8}"
        f"{'CPU x':>8}  heavy modules at the paint"
    )
    for key, row in starts.items():
        ratio, cpu_ratio = row.get("ratio_to_bare"), row.get("cpu_ratio_to_bare")
        heavy = "" if row["modules_at_paint"] is None else ", ".join(row["heavy_at_paint"]) or "none"
        cpu = "".join(
            f"{row[k] * 1000:>6.0f}ms" if row.get(k) is not None else f"{'-':>8}"
            for k in ("median_cpu_s", "median_gui_cpu_s")
        )
        print(
            f"{key:<20}{row['median_s'] * 1000:>7.0f}ms{row['min_s'] * 1000:>7.0f}ms{row['max_s'] * 1000:>7.0f}ms"
            f"{row['median_exit_s'] * 1000:>7.0f}ms{'' if ratio is None else f'{ratio:>7.2f}x':>8}{cpu}"
            f"{'' if cpu_ratio is None else f'{cpu_ratio:>7.2f}x':>8}  {heavy}"
        )
    print("CPU, GUI: processor time of the process and of its GUI thread at the paint (medians); CPU x: CPU / bare's")
    for key, row in starts.items():
        if "median_unlock_s" in row:
            print(
                f"{key}: unlock dialog painted after {row['median_dialog_s'] * 1000:.0f} ms, main window "
                f"{row['median_unlock_s'] * 1000:.0f} ms after Return ({results['typing_s']:.1f} s after the "
                f"dialog); still importing at Return in {row['importing_at_enter']} of {len(row['runs'])}"
            )
            if row["median_unlock_imported_s"] is not None:
                print(f"  when all was imported by Return: {row['median_unlock_imported_s'] * 1000:.0f} ms after it")
    print(f"load average after each repeat: {', '.join(f'{x:.1f}' for x in results['load_after_each_repeat'])}")
    key = results["key_derivation_s"]["median"]
    bare = starts["bare/" + next(iter(starts)).split("/")[1]]["median_s"]
    print(f"an unlock's key derivation alone: {key * 1000:.0f} ms, {key / bare:.2f}x the bare window")
    for variant in ("typed", "app"):
        for caches in ("cached", "uncached"):
            row = starts.get(f"{variant}/{caches}")
            if row is not None:
                verdict = "met" if row["ratio_to_bare"] <= GOAL_RATIO else "NOT met"
                print(
                    f"goal ({variant} <= {GOAL_RATIO:.0f}x bare), {caches} bytecode: {row['ratio_to_bare']:.2f}x, "
                    f"{verdict}"
                )
    for variant, report in results.get("imports", {}).items():
        took = report["import_s"] * 1000
        print(f"\n{variant}: {report['modules']} modules imported before the first paint, in {took:.0f} ms")
        print(f"  heavy modules among them: {', '.join(report['heavy_imported']) or 'none'}")
        for row in report["largest"][:12]:
            print(f"  {row['cumulative_ms']:>7.1f} ms  {row['module']}")


if __name__ == "__main__":
    sys.exit(main())
