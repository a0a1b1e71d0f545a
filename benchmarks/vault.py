"""Evidence intake: throughput and peak memory of streaming a 2 GB file into the encrypted vault.

Goal (issue 5, item 8): intake runs at no less than 0.5x the throughput of reading and hashing the same bytes
with ``hashlib`` in the same run, and its peak memory stays under 200 MB.

Steps:

* generate (or reuse) ``benchmarks/out/intake-2g.bin``: ``--size-mib`` MiB (default 2048) of seeded,
  incompressible bytes, so neither side is helped by a special pattern;
* baseline: a fresh subprocess reads the file in 1 MiB pieces and SHA-256 hashes it (``hashlib``);
* intake: a fresh subprocess opens a new encrypted store and runs ``EvidenceService.intake`` on the same
  file: read, SHA-256, sniff, metadata, AES-256-GCM per 1 MiB chunk, write, fsync, record, custody entry;
* both run ``--repeats`` times, alternating, after one untimed read that puts the file in the page cache
  (so the baseline, which only reads, is not slowed by the disk while intake is; intake still writes
  2 GB and fsyncs them, which the baseline does not);
* the disk's floor, for context: a fresh subprocess copies the same bytes to a new file in 1 MiB pieces and
  fsyncs it (no hashing, no encryption): intake cannot be faster than writing its output durably;
* memory: each subprocess reports its own peak resident set (``ru_maxrss``), imports and store included.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.vault               # about a minute for 2 GiB on a 2-core machine
    .venv/bin/python -m benchmarks.vault --size-mib 256

Results are printed and written to ``benchmarks/out/vault-results.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parents[1]

BASELINE = """
import hashlib, json, resource, sys, time
path = sys.argv[1]
start = time.perf_counter()
digest = hashlib.sha256()
with open(path, "rb", buffering=0) as fh:
    while chunk := fh.read(1024 * 1024):
        digest.update(chunk)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": elapsed, "sha256": digest.hexdigest(), "peak_rss": peak}))
"""

DURABLE_COPY = """
import json, os, resource, sys, time
source, target = sys.argv[1], sys.argv[2]
start = time.perf_counter()
with open(source, "rb", buffering=0) as src, open(target, "wb", buffering=0) as dst:
    while chunk := src.read(1024 * 1024):
        dst.write(chunk)
    os.fsync(dst.fileno())
elapsed = time.perf_counter() - start
os.unlink(target)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": elapsed, "sha256": None, "peak_rss": peak}))
"""

INTAKE = """
import json, resource, sys, time, uuid
from pathlib import Path
from hrdoc.services.session import new_store
from hrdoc.services.records import RecordService
from hrdoc.services.evidence.service import EvidenceService
path, store = Path(sys.argv[1]), Path(sys.argv[2])
ctx = new_store(store, "benchmark passphrase", user="bench")
case = RecordService(ctx).create("case", reference="BENCH-1", title="Intake benchmark")
service = EvidenceService(ctx)
service.vault  # the vault key is made once per store, outside the measurement
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
start = time.perf_counter()
result = service.intake(case, path, original_name=path.name)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
ctx.close()
print(json.dumps({"seconds": elapsed, "sha256": result.sha256, "peak_rss": peak, "rss_before": before}))
"""


def make_file(path: Path, size_mib: int) -> None:
    if path.exists() and path.stat().st_size == size_mib * 1024 * 1024:
        return
    OUT.mkdir(exist_ok=True)
    rng = random.Random(20251123)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        for _ in range(size_mib):
            fh.write(rng.randbytes(1024 * 1024))
    tmp.replace(path)


def run_child(code: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=2048, help="size of the file (default 2048 MiB)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each side (default 3)")
    args = parser.parse_args(argv)
    source = OUT / f"intake-{args.size_mib}m.bin"
    make_file(source, args.size_mib)
    size = source.stat().st_size
    run_child(BASELINE, str(source))  # warm the page cache
    baseline: list[dict[str, Any]] = []
    intake: list[dict[str, Any]] = []
    floor: list[dict[str, Any]] = []
    for _ in range(args.repeats):
        baseline.append(run_child(BASELINE, str(source)))
        floor.append(run_child(DURABLE_COPY, str(source), str(OUT / "durable-copy.tmp")))
        work = Path(tempfile.mkdtemp(prefix="vault-bench-", dir=OUT))
        try:
            intake.append(run_child(INTAKE, str(source), str(work / "store.db")))
        finally:
            shutil.rmtree(work)
    if {r["sha256"] for r in baseline + intake} != {baseline[0]["sha256"]}:
        raise SystemExit("intake and baseline disagree on the file's SHA-256")
    base_s = statistics.median(r["seconds"] for r in baseline)
    intake_s = statistics.median(r["seconds"] for r in intake)
    floor_s = statistics.median(r["seconds"] for r in floor)
    mib = size / 2**20
    results = {
        "size_bytes": size,
        "baseline_seconds": base_s,
        "intake_seconds": intake_s,
        "baseline_mib_per_s": mib / base_s,
        "intake_mib_per_s": mib / intake_s,
        "throughput_ratio": base_s / intake_s,
        "durable_copy_seconds": floor_s,
        "durable_copy_mib_per_s": mib / floor_s,
        "intake_vs_durable_copy": floor_s / intake_s,
        "intake_peak_rss_mib": max(r["peak_rss"] for r in intake) / 2**20,
        "baseline_peak_rss_mib": max(r["peak_rss"] for r in baseline) / 2**20,
        "runs": {"baseline": baseline, "intake": intake, "durable_copy": floor},
    }
    (OUT / "vault-results.json").write_text(json.dumps(results, indent=2))
    print(f"file: {mib:,.0f} MiB, {args.repeats} runs each, medians")
    print(f"read + hashlib SHA-256 : {base_s:6.2f} s  {results['baseline_mib_per_s']:7.0f} MiB/s")
    print(f"EvidenceService.intake : {intake_s:6.2f} s  {results['intake_mib_per_s']:7.0f} MiB/s")
    print(f"copy + fsync (the disk): {floor_s:6.2f} s  {results['durable_copy_mib_per_s']:7.0f} MiB/s")
    ratio = results["throughput_ratio"]
    print(f"throughput ratio intake/baseline: {ratio:.2f}x (goal >= 0.5x): {'met' if ratio >= 0.5 else 'NOT met'}")
    print(f"intake against the disk's durable write speed: {results['intake_vs_durable_copy']:.2f}x")
    peak = results["intake_peak_rss_mib"]
    print(f"intake peak RSS: {peak:.0f} MiB (goal < 200 MB = 190.7 MiB): {'met' if peak < 190.7 else 'NOT met'}")
    print(f"baseline peak RSS: {results['baseline_peak_rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
