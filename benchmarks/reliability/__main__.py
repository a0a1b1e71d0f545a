"""The reliability battery (issue 11, point 7): run it, print the table, write docs/reliability.md.

Usage (from the repository root; root is needed for the tmpfs and read-only mounts, else those rows are
skipped)::

    .venv/bin/python -m benchmarks.reliability --quick     # a few trials per row, a few minutes
    .venv/bin/python -m benchmarks.reliability             # the full battery
    .venv/bin/python -m benchmarks.reliability --only 'hostile bundle: tombstone case' --quick

Everything runs sequentially, one hrdoc process at a time (but for the two-writers row). Work files go to
``benchmarks/out/reliability/`` (ignored by git); every failure is also written to ``failures.log`` there.
Not part of ``make test``: nothing here runs under pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.reliability import common, crash, defects, fuzz, hostile, media
from benchmarks.reliability.common import ROOT, Row, build_fixture, hrdoc

OUT = ROOT / "benchmarks" / "out" / "reliability"
DOC = ROOT / "docs" / "reliability.md"
KEPT_SECTION = "## Against older code"

# Trials per row: (quick, full).
TRIALS = {
    "writes": (5, 200),
    "intake": (5, 120),
    "import": (2, 40),
    "upgrade": (2, 40),
    "backup": (2, 40),
    "passphrase": (9, 27),
    "disk": (10, 40),
    "readonly": (20, 40),
    "concurrent": (3, 20),
    "fuzz": (30, 300),
    "csv": (30, 300),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a few trials per row (a few minutes)")
    parser.add_argument("--only", action="append", default=[], help="only rows whose name contains this")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply the full mode's trials (e.g. 5 for a night's run)"
    )
    parser.add_argument("--no-doc", action="store_true", help="do not write docs/reliability.md")
    parser.add_argument(
        "--code",
        metavar="DIR",
        help="test another copy of hrdoc's code (a folder holding hrdoc/, e.g. from `git archive COMMIT hrdoc`)",
    )
    parser.add_argument("--label", default="", help="what code was tested, for docs/reliability.md (e.g. a commit)")
    args = parser.parse_args()
    if args.code:
        os.environ["RELIABILITY_CODE"] = str(Path(args.code).resolve())
        common.CODE = Path(args.code).resolve()
    rng = random.Random(args.seed)
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    print("building the two-case fixture...", file=sys.stderr)
    fixture = build_fixture(OUT / "fixture")

    def n(key: str) -> int:
        return TRIALS[key][0] if args.quick else max(1, round(TRIALS[key][1] * args.scale))

    def wanted(*names: str) -> bool:
        return not args.only or any(o in name or name in o for o in args.only for name in names)

    steps: list[tuple[tuple[str, ...], Callable[[], list[Row]]]] = [
        (("kill -9 during writes",), lambda: [crash.kill_writes(fixture, OUT / "crash", n("writes"), rng)]),
        (("kill -9 during evidence intake",), lambda: [crash.kill_intake(fixture, OUT / "crash", n("intake"), rng)]),
        (("kill -9 during bundle import",), lambda: [crash.kill_import(fixture, OUT / "crash", n("import"), rng)]),
        (
            ("kill -9 during schema upgrade",),
            lambda: [crash.kill_upgrade(fixture, OUT / "crash", n("upgrade"), rng, backup=False)],
        ),
        (
            ("kill -9 during pre-upgrade backup",),
            lambda: [crash.kill_upgrade(fixture, OUT / "crash", n("backup"), rng, backup=True)],
        ),
        (
            ("wrong passphrase, no WAL",),
            lambda: [media.wrong_passphrase(fixture, OUT / "media", n("passphrase"), rng, wal=False)],
        ),
        (
            ("wrong passphrase, WAL present",),
            lambda: [media.wrong_passphrase(fixture, OUT / "media", n("passphrase"), rng, wal=True)],
        ),
        (
            tuple(f"hostile bundle: {a.replace('_', ' ')}" for a, _ in hostile.SEMANTIC)
            + tuple(f"archive attack: {a.replace('_', ' ')}" for a, _ in hostile.ARCHIVE),
            lambda: hostile.run_hostile(fixture, OUT / "hostile", quick=args.quick, only=args.only),
        ),
        (
            tuple(f"issue 11 defect {d}" for d in ("2", "7", "9", "10", "11", "12", "13", "14")),
            lambda: defects.run_defects(fixture, OUT / "defects"),
        ),
        (
            ("bundle fuzzing, byte level", "bundle fuzzing, JSON level"),
            lambda: fuzz.run_bundle_fuzz(fixture, OUT / "fuzz", n("fuzz"), rng),
        ),
        (("ACLED CSV fuzzing",), lambda: [fuzz.run_csv_fuzz(fixture, OUT / "fuzz", n("csv"), rng)]),
        (("disk full (4 MiB tmpfs)",), lambda: [media.disk_full(fixture, OUT / "media", n("disk"), rng)]),
        (("read-only media",), lambda: [media.read_only(fixture, OUT / "media", n("readonly"), rng)]),
        (("two writers + verify",), lambda: [media.concurrent(fixture, OUT / "media", n("concurrent"), rng)]),
    ]
    rows: list[Row] = []
    log = (OUT / "failures.log").open("w", encoding="utf-8")
    for names, step in steps:
        if not wanted(*names):
            continue
        print(f"running: {names[0] if len(names) == 1 else names[0].split(':')[0] + 's'}...", file=sys.stderr)
        try:
            new = step()
        except Exception as err:  # noqa: BLE001 - a row that cannot run is reported as such; the battery goes on
            new = [Row(names[0], "could not run", trials=1, failures=1, examples=[f"{type(err).__name__}: {err}"])]
        for row in new:
            rows.append(row)
            status = "ok" if row.failures == 0 else "FAIL"
            print(f"  {status:4} {row.name}: {row.failures}/{row.trials} ({row.seconds:.0f} s)", file=sys.stderr)
            for example in row.examples:
                print(f"       {example}", file=sys.stderr)
                log.write(f"{row.name}: {example}\n")
        log.flush()
    log.close()
    elapsed = time.monotonic() - started
    table = render_table(rows)
    print(table)
    print(f"{len(rows)} rows, {sum(r.failures > 0 for r in rows)} with failures, {elapsed / 60:.1f} min")
    if not args.no_doc and not args.only:
        write_doc(rows, quick=args.quick, elapsed=elapsed, label=args.label)
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0 if all(r.failures == 0 for r in rows) else 1


def render_table(rows: list[Row]) -> str:
    lines = ["| test | trials | failures | what it checks |", "|---|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {r.name} | {r.trials} | {r.failures} | {r.checks} |")
    return "\n".join(lines)


def write_doc(rows: list[Row], *, quick: bool, elapsed: float, label: str = "") -> None:
    version = hrdoc(None, "--version").out.strip()
    failing = [r for r in rows if r.failures]
    parts = [
        "# Reliability battery",
        "",
        "`benchmarks/reliability/` tries to lose data, leak across cases and crash hrdoc, through the real `hrdoc` "
        "command on a real encrypted store (issue 11, point 7). It is not part of `make test`. Each row is a "
        "kind of trial; a trial fails when anything acknowledged is lost, the store does not open, `hrdoc verify` "
        "reports damage that is not expected, a refusal is not a one-line message (or is a traceback, or an error "
        "that calls itself a bug), or a refused input changed the store. The goal is 0 failures on every row.",
        "",
        "Run it from the repository root (as root, for the tmpfs and read-only mounts; without root those rows "
        "are skipped):",
        "",
        "    .venv/bin/python -m benchmarks.reliability --quick     # a few trials per row: a few minutes",
        "    .venv/bin/python -m benchmarks.reliability             # the full battery (the table below)",
        "    .venv/bin/python -m benchmarks.reliability --only 'hostile bundle: tombstone case' --quick",
        "    .venv/bin/python -m benchmarks.reliability --quick --code /tmp/old   # another copy of hrdoc/, e.g.",
        "    # from `git archive COMMIT hrdoc | tar -x -C /tmp/old`: shows what the battery finds in older code",
        "",
        "The fixture is one encrypted store holding the demo case (`hrdoc demo`) and a victim case "
        "(`VIC-2026-001`: a location, an incident, a witness with a protected identity and consent, an account, a "
        "source, two evidence files). Hostile bundles are real exports of the demo case rewritten by "
        "`benchmarks/reliability/forge.py` with hrdoc's own `BundleWriter` (so manifest, checksums and counts are "
        "right and only hrdoc's checks of meaning can catch them), plain and encrypted; they borrow the victim's "
        "ids, versions and log entries from a real internal export of the victim case. Work files go to "
        "`benchmarks/out/reliability/`, every failure to `failures.log` there.",
        "",
        f"Last run: {dt.date.today().isoformat()}, {version}{f' ({label})' if label else ''}, "
        f"{'--quick' if quick else 'full'} mode, "
        f"{elapsed / 60:.0f} minutes on {os.cpu_count()} cores ({platform.system()}, Python "
        f"{platform.python_version()}).",
        "",
        render_table(rows),
        "",
    ]
    if failing:
        parts += ["## Failures in the last run", ""]
        for r in failing:
            parts.append(
                f"- **{r.name}** ({r.failures} of {r.trials}): "
                + "; ".join(_md(e) for e in r.examples)
                + f". Reproduce: `.venv/bin/python -m benchmarks.reliability --quick --only '{r.name}'`"
            )
        parts.append("")
    # A section written by hand (what the battery finds in older code) is kept from one run to the next.
    kept = DOC.read_text(encoding="utf-8").partition(KEPT_SECTION)[1:] if DOC.exists() else ("", "")
    DOC.write_text("\n".join(parts) + ("\n" + "".join(kept) if kept[0] else ""), encoding="utf-8")


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'")


if __name__ == "__main__":
    sys.exit(main())
