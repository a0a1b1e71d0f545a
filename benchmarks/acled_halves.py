"""ACLED import, its two halves apart: the processor time of reading and checking a file (the reading process's
work) and of writing what it made (the importing process's), each measured alone in this one process, with an
optional cProfile of either. A tool for finding where the import's processor time goes (issue 15, point 6);
:mod:`benchmarks.acled` measures the import as a whole.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.acled_halves                       # the 100,000-row file, 3 rounds
    .venv/bin/python -m benchmarks.acled_halves --rows 10000 --profile reading

With ``--root DIR`` the ``hrdoc`` package in DIR is measured (a snapshot made by :mod:`benchmarks.acled`, such
as ``benchmarks/out/acled-code/old``), so that two versions can be compared in turns.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.acled_data import GENERATOR_VERSION, generate
from benchmarks.run import DEFAULT_OUT


def measure(csv_path: Path, profile: str, top: int) -> dict[str, Any]:
    """Read ``csv_path`` into a fresh store's case (the reading half, its messages kept), then write them (the
    writing half): processor seconds of each."""
    from hrdoc.services import acled_worker
    from hrdoc.services.acled_lookups import Lookups
    from hrdoc.services.acled_read import AcledImportReport
    from hrdoc.services.records import RecordService
    from hrdoc.services.session import new_store

    with tempfile.TemporaryDirectory() as where:
        ctx = new_store(Path(where) / "acled.db", "hrdoc-benchmark-passphrase (not a secret)", user="benchmark")
        case = RecordService(ctx).create("case", reference="BENCH-ACLED", title="ACLED import benchmark")
        report = AcledImportReport(file_name=csv_path.name)
        messages: list[Any] = []
        profiler = None
        with ctx.write() as session:
            known = Lookups.load(session, case, ctx.user, "restricted")
            gc.collect()
            if profile == "reading":
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            started = time.process_time()
            with csv_path.open("rb") as raw:
                acled_worker.read_file(raw, report, csv_path.stat().st_size, known, messages.append)
            reading = time.process_time() - started
            if profile == "writing":
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            elif profiler is not None:
                profiler.disable()
            writing = acled_worker.Writing(session, report, None)
            started = time.process_time()
            for message in messages:
                writing(message)
            session.flush()
            written = time.process_time() - started
        commit = time.process_time() - started - written
        if profiler is not None:
            import io
            import pstats

            profiler.disable()
            buf = io.StringIO()
            pstats.Stats(profiler, stream=buf).sort_stats("tottime").print_stats(top)
            print(buf.getvalue())
        ctx.close()
    return {"reading": reading, "writing": written, "commit": commit, "imported": report.imported}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--root", type=Path, help="measure the hrdoc package in this directory")
    parser.add_argument("--profile", choices=("reading", "writing"), default="")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.root and not os.environ.get("ACLED_HALVES_ROOT"):
        # Again in a fresh interpreter with the snapshot first on the path, before anything imports hrdoc.
        boot = (
            "import sys; sys.path.insert(0, sys.argv[1]); from benchmarks.acled_halves import main; main(sys.argv[2:])"
        )
        os.environ["ACLED_HALVES_ROOT"] = str(args.root.resolve())
        rest = list(sys.argv[1:] if argv is None else argv)
        return subprocess.run([sys.executable, "-c", boot, str(args.root.resolve()), *rest], check=False).returncode
    import hrdoc

    csv_path = args.out / f"acled-{args.rows // 1000}k-v{GENERATOR_VERSION}.csv"
    if not csv_path.exists():
        generate(csv_path, args.rows)
    results = []
    for _ in range(1 if args.profile else args.rounds):
        results.append(measure(csv_path, args.profile, args.top))
        print(json.dumps({k: round(v, 3) for k, v in results[-1].items()} | {"code": hrdoc.__file__}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
