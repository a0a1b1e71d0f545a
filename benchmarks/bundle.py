"""Case bundles: export and import of a case of 10,000 records and 1 GiB of evidence; time and peak memory.

Goal (issue 6, item 8): memory stays under 250 MB for both export and import.

Steps:

* generate (or reuse) ``benchmarks/out/bundle-case.db``: one case of 10,000 records (:mod:`benchmarks.generate`,
  seeded) plus ``--files`` evidence files of ``--file-mib`` MiB each (default 8 x 128 MiB = 1 GiB) taken in
  through ``EvidenceService.intake`` from generated, incompressible bytes;
* export: a fresh subprocess runs ``export_case`` (internal audience, plain, then encrypted) to a bundle;
* import: a fresh subprocess creates an empty store and runs ``import_bundle`` on that bundle (every check,
  the merge, the evidence streamed into the new vault, fsync included);
* baseline, for scale: a fresh subprocess copies the same bundle's members into a new zip with Python's
  ``zipfile`` (no schema, no database, no encryption, no vault) and reads them back — the bare cost of moving
  those bytes through a zip;
* memory: each subprocess reports its own peak resident set (``ru_maxrss``), imports and store included.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.bundle                   # a few minutes on a 2-core machine
    .venv/bin/python -m benchmarks.bundle --files 2 --file-mib 16   # quick

Results are printed and written to ``benchmarks/out/bundle-results.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks import generate as gen

OUT = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = gen.BENCH_PASSPHRASE
SIZES = gen.Sizes(
    cases=1, locations=100, actors=60, incidents=2_000, allegations=3_500, witnesses=800, accounts=1_500, sources=2_040
)
GOAL_MIB = 250 * 1000 * 1000 / 2**20  # 250 MB

ADD_FILES = """
import io, json, os, sys
from pathlib import Path
from hrdoc.services.session import unlock_store
from hrdoc.services.records import RecordService
from hrdoc.services.evidence.service import EvidenceService

store, count, mib = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])

class Generated(io.RawIOBase):
    def __init__(self, size, seed):
        self.left, self.block, self.counter = size, bytearray(os.urandom(1 << 20)), seed << 32
    def readable(self):
        return True
    def readinto(self, buffer):
        n = min(len(buffer), self.left, len(self.block))
        self.counter += 1
        self.block[:8] = self.counter.to_bytes(8, "big")
        buffer[:n] = self.block[:n]
        self.left -= n
        return n

ctx = unlock_store(store, sys.argv[4], user="bench")
case = RecordService(ctx).records("case")[0].id
service = EvidenceService(ctx)
for n in range(count):
    stream = io.BufferedReader(Generated(mib << 20, n), 1 << 20)
    service.intake(case, stream, original_name=f"video-{n:02d}.mp4")
ctx.close()
"""

EXPORT = """
import json, resource, sys, time
from pathlib import Path
from hrdoc.services.session import unlock_store
from hrdoc.services.records import RecordService
from hrdoc.services.exchange.bundles import export_case
store, target, secret = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[4] or None
ctx = unlock_store(store, sys.argv[3], user="bench")
case = RecordService(ctx).records("case")[0].id
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
start = time.perf_counter()
summary = export_case(ctx, case, target, passphrase=secret)
elapsed = time.perf_counter() - start
ctx.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
records = sum(n for k, n in summary.counts.items() if k not in ("audit", "custody"))
print(json.dumps({"seconds": elapsed, "peak_rss": peak, "rss_before": before, "records": records,
                  "files": summary.files, "bytes": target.stat().st_size}))
"""

IMPORT = """
import json, resource, sys, time
from pathlib import Path
from hrdoc.services.session import new_store
from hrdoc.services.exchange.bundles import import_bundle
bundle, store, secret = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[4] or None
ctx = new_store(store, sys.argv[3], user="bench")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
start = time.perf_counter()
report = import_bundle(ctx, bundle, passphrase=secret)
elapsed = time.perf_counter() - start
ctx.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": elapsed, "peak_rss": peak, "rss_before": before,
                  "added": sum(report.added.values()), "files": report.files_added}))
"""

BASELINE = """
import hashlib, json, os, resource, sys, time, zipfile
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
start = time.perf_counter()
with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", allowZip64=True) as dst:
    for info in src.infolist():
        with src.open(info) as fin, dst.open(zipfile.ZipInfo(info.filename), "w", force_zip64=True) as fout:
            while block := fin.read(1 << 20):
                fout.write(block)
with open(target, "rb") as fh:
    os.fsync(fh.fileno())
write = time.perf_counter() - start
start = time.perf_counter()
with zipfile.ZipFile(target) as zf:
    for info in zf.infolist():
        digest = hashlib.sha256()
        with zf.open(info) as fin:
            while block := fin.read(1 << 20):
                digest.update(block)
read = time.perf_counter() - start
target.unlink()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"write_seconds": write, "read_seconds": read, "peak_rss": peak}))
"""


def child(code: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{done.stderr}")
    lines = done.stdout.strip().splitlines()
    result: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    return result


def prepare(store: Path, files: int, file_mib: int) -> None:
    marker = store.with_suffix(".ready.json")
    wanted = {"sizes": SIZES.as_dict(), "files": files, "file_mib": file_mib}
    if store.exists() and marker.exists() and json.loads(marker.read_text()) == wanted:
        return
    for leftover in store.parent.glob(store.name + "*"):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    gen.generate_store(store, encrypted=True, sizes=SIZES, force=True)
    child(ADD_FILES, str(store), str(files), str(file_mib), PASSPHRASE)
    marker.write_text(json.dumps(wanted))


def mib(n: float) -> float:
    return n / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=8, help="evidence files (default 8)")
    parser.add_argument("--file-mib", type=int, default=128, help="MiB per evidence file (default 128)")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    store = OUT / "bundle-case.db"
    prepare(store, args.files, args.file_mib)
    results: dict[str, Any] = {"sizes": SIZES.as_dict(), "files": args.files, "file_mib": args.file_mib}
    for variant, secret in (("plain", ""), ("encrypted", "bundle benchmark passphrase")):
        bundle = OUT / f"bundle-{variant}.hrdoc"
        target = OUT / f"bundle-import-{variant}.db"
        for leftover in OUT.glob(target.name + "*"):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        bundle.unlink(missing_ok=True)
        exported = child(EXPORT, str(store), str(bundle), PASSPHRASE, secret)
        imported = child(IMPORT, str(bundle), str(target), PASSPHRASE, secret)
        results[variant] = {"export": exported, "import": imported}
        for leftover in OUT.glob(target.name + "*"):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        if variant == "plain":
            results["baseline"] = child(BASELINE, str(bundle), str(OUT / "bundle-baseline.zip"))
        bundle.unlink()
    (OUT / "bundle-results.json").write_text(json.dumps(results, indent=2))
    base = results["baseline"]
    print(f"case: {results['plain']['export']['records']:,} records, {args.files} x {args.file_mib} MiB of evidence")
    print(
        f"baseline (zipfile copy of the same members): write {base['write_seconds']:.1f} s, "
        f"read {base['read_seconds']:.1f} s"
    )
    for variant in ("plain", "encrypted"):
        ex, im = results[variant]["export"], results[variant]["import"]
        print(
            f"{variant:>9} export: {ex['seconds']:6.1f} s ({ex['seconds'] / base['write_seconds']:.1f}x baseline), "
            f"peak RSS {mib(ex['peak_rss']):5.0f} MiB | import: {im['seconds']:6.1f} s "
            f"({im['seconds'] / base['read_seconds']:.1f}x baseline read), peak RSS {mib(im['peak_rss']):5.0f} MiB"
        )
    peak = max(mib(results[v][step]["peak_rss"]) for v in ("plain", "encrypted") for step in ("export", "import"))
    print(
        f"highest peak: {peak:.0f} MiB (goal < 250 MB = {GOAL_MIB:.0f} MiB): {'met' if peak < GOAL_MIB else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
