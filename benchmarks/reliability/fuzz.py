"""Fuzzing: bundles altered byte by byte and field by field, and ACLED CSV files, fed to the real CLI code.

Byte-level mutants flip, cut, insert, repeat and zero bytes of a real plain bundle and of a real encrypted
one. JSON-level mutants change one thing in a record, log entry or the manifest (a value's type, a key
removed or added, an id of the other case, a huge or odd value, an element dropped or doubled) and are
written back with a truthful manifest and checksums, so they reach hrdoc's checks of meaning. Each mutant
goes through ``hrdoc import`` (in-process, see :mod:`.fuzzworker`): no traceback, no error calling itself a
bug, and when refused, one line and the store's records and vault unchanged.
"""

from __future__ import annotations

import json
import random
import subprocess
import uuid
from pathlib import Path
from typing import Any

from benchmarks.reliability import forge
from benchmarks.reliability.common import BUNDLE_PASSPHRASE, DEMO, PYTHON, ROOT, VICTIM, Fixture, Row, env, hrdoc
from benchmarks.reliability.crash import acled_csv
from benchmarks.reliability.forge import BundleData, Entry


def _run_worker(
    fixture: Fixture, work: Path, command: str, inputs: list[Path], row: Row, before: list[str] | None = None
) -> None:
    job = work / f"job-{command}.json"
    job.write_text(
        json.dumps(
            {
                "fixture": str(fixture.folder),
                "work": str(work / f"w-{command}"),
                "command": command,
                "inputs": [str(p) for p in inputs],
                "before": before or [],
            }
        )
    )
    (work / f"w-{command}").mkdir(exist_ok=True)
    proc = subprocess.run(
        [PYTHON, "-P", "-m", "benchmarks.reliability.fuzzworker", str(job)],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=3600,
    )
    (work / f"results-{row.name.split(',')[-1].strip().replace(' ', '-')}.jsonl").write_text(proc.stdout)
    seen = accepted = 0
    for line in proc.stdout.splitlines():
        try:
            result = json.loads(line)
        except ValueError:
            continue
        seen += 1
        accepted += result["code"] in (0, None)
        problem = result["problem"]
        row.trial(f"{Path(result['input']).name}: {problem}" if problem else None)
    row.checks += f" ({accepted} of {seen} accepted)"
    if seen < len(inputs):
        row.trial(f"the worker stopped after {seen} of {len(inputs)} inputs: {proc.stderr.strip()[-300:]}")


# -- byte level --------------------------------------------------------------------------------------------


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 4, 8])):
        op = rng.randrange(7)
        at = rng.randrange(len(b)) if b else 0
        if op == 0 and b:
            b[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            del b[at:]
        elif op == 2:
            b[at:at] = rng.randbytes(rng.randint(1, 64))
        elif op == 3 and b:
            n = rng.randint(1, 512)
            b[at:at] = b[at : at + n]
        elif op == 4:
            b[at : at + rng.randint(1, 64)] = bytes(rng.randint(1, 64))
        elif op == 5 and b:
            b[at] = rng.choice([0, 0xFF, 0x7F, 0x80])
        elif op == 6 and len(b) > 4:  # a little-endian size or offset field nudged
            n = int.from_bytes(b[at : at + 4], "little")
            b[at : at + 4] = ((n + rng.choice([-1, 1, 1 << 20, 1 << 31])) % (1 << 32)).to_bytes(4, "little")
    return bytes(b)


def byte_mutants(base: Path, folder: Path, count: int, rng: random.Random, *, encrypted: bool) -> list[Path]:
    data = base.read_bytes()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"{'enc' if encrypted else 'plain'}-{n}.hrdoc"
        path.write_bytes(mutate_bytes(data, rng))
        paths.append(path)
    return paths


# -- JSON level --------------------------------------------------------------------------------------------

_ODD_VALUES: list[Any] = [
    None,
    "",
    " ",
    0,
    -1,
    2**63,
    1e308,
    True,
    [],
    {},
    "x" * 70000,
    "\u202e\u0000\x1b[2J",
    "2024-13-45",
    "0000-00-00T00:00:00Z",
    "not-a-uuid",
    "ÉÉÉ",
    [None],
    {"a": {"b": {}}},
]


def _mutate_value(value: Any, rng: random.Random, other_ids: list[str]) -> Any:
    choice = rng.randrange(5)
    if choice == 0:
        return rng.choice(_ODD_VALUES)
    if choice == 1:
        return rng.choice(other_ids)
    if choice == 2:
        return str(uuid.uuid4())
    if choice == 3 and isinstance(value, str):
        return value[: rng.randrange(len(value) + 1)] + rng.choice(["", "'", '"', "\\", "\n", "é", "\U0001f600"])
    if choice == 3 and isinstance(value, int):
        return value + rng.choice([-1, 1, 10**9])
    if isinstance(value, list) and value:
        return value + value if rng.random() < 0.5 else value[1:]
    return rng.choice(_ODD_VALUES)


def json_mutant(d: BundleData, rng: random.Random, other_ids: list[str]) -> BundleData:
    m = d.clone()
    for _ in range(rng.choice([1, 1, 2, 3])):
        target = rng.choice([*m.json.keys(), "manifest"])
        if target == "manifest":
            key = rng.choice(list(m.manifest.keys()))
            if key in ("members",):
                continue
            if rng.random() < 0.2:
                del m.manifest[key]
            else:
                m.manifest[key] = _mutate_value(m.manifest[key], rng, other_ids)
            continue
        items = m.json[target]
        op = rng.randrange(10)
        if not items or op == 0:
            items.append(dict(rng.choice(items)) if items else {"id": str(uuid.uuid4())})
            continue
        i = rng.randrange(len(items))
        if op == 1:
            del items[i]
            continue
        if op == 2:
            items.append(dict(items[i]))
            continue
        item = dict(items[i])
        key = rng.choice(list(item.keys())) if item else "id"
        if op == 3:
            item.pop(key, None)
        elif op == 4:
            item[f"extra_{rng.randrange(9)}"] = rng.choice(_ODD_VALUES)
        else:
            item[key] = _mutate_value(item.get(key), rng, other_ids)
        items[i] = item
    return m


def json_bundle_bytes(d: BundleData) -> bytes:
    """``d`` as a zip with a manifest and SHA256SUMS agreeing with it (counts recomputed), no schema check."""
    entries = []
    counts = {}
    for name in sorted(d.json):
        items = d.json[name]
        body = (
            "[\n"
            + ",\n".join(json.dumps(i, sort_keys=True, ensure_ascii=False, separators=(",", ":")) for i in items)
            + ("\n]\n" if items else "]\n")
        )
        entries.append(Entry(name, body.encode("utf-8", "surrogatepass")))
        if name.startswith("records/"):
            counts[name.removeprefix("records/").removesuffix(".json")] = len(items)
    for name in sorted(d.evidence):
        entries.append(Entry(name, d.evidence[name], compress=0))
    manifest = dict(d.manifest)
    if isinstance(manifest.get("record_counts"), dict):
        manifest["record_counts"] = counts
    return forge.raw_zip({k: v for k, v in manifest.items() if k != "members"}, entries)


def run_bundle_fuzz(fixture: Fixture, work: Path, count: int, rng: random.Random) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    plain = work / "fuzz-demo.hrdoc"
    encrypted = work / "fuzz-demo-enc.hrdoc"
    victim = work / "fuzz-victim.hrdoc"
    for path, case, extra in ((plain, DEMO, []), (encrypted, DEMO, ["--encrypt"]), (victim, VICTIM, [])):
        path.unlink(missing_ok=True)
        run = hrdoc(fixture.db, "export", case, "-o", str(path), "--audience", "internal", *extra)
        if run.code != 0:
            raise RuntimeError(f"export failed: {run.err}")
    byte_row = Row(
        "bundle fuzzing, byte level",
        "plain and encrypted bundles with bytes flipped, cut, inserted, "
        "repeated or zeroed: no traceback; when refused, one line and the store unchanged",
    )
    half = count // 2
    inputs = byte_mutants(plain, work / "bytes", half, rng, encrypted=False)
    inputs += byte_mutants(encrypted, work / "bytes", count - half, rng, encrypted=True)
    _run_worker(fixture, work, "import", inputs, byte_row)
    json_row = Row(
        "bundle fuzzing, JSON level",
        "one to three fields, elements or manifest entries changed "
        "(types, ids of the other case, odd values, keys dropped or added), manifest and checksums "
        "recomputed: no traceback; when refused, one line and the store unchanged",
    )
    demo, other = forge.read_bundle(plain), forge.read_bundle(victim)
    other_ids = [r["id"] for items in other.json.values() for r in items if isinstance(r, dict) and "id" in r]
    other_ids += [str(x) for x in fixture.ids.values() if isinstance(x, str)]
    folder = work / "json"
    folder.mkdir(exist_ok=True)
    inputs = []
    for n in range(count):
        path = folder / f"json-{n}.hrdoc"
        raw = json_bundle_bytes(json_mutant(demo, rng, other_ids))
        path.write_bytes(forge.encrypt_bytes(raw, BUNDLE_PASSPHRASE) if n % 10 == 0 else raw)
        inputs.append(path)
    _run_worker(fixture, work, "import", inputs, json_row)
    return [byte_row.done(), json_row.done()]


# -- ACLED CSV ---------------------------------------------------------------------------------------------


def csv_mutant(data: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(12)
    if op == 0:
        return mutate_bytes(data, rng)
    if op == 1:
        return data.replace(b"\r\n", b"\r")
    if op == 2:
        return b"\xef\xbb\xbf" + data
    if op == 3:
        return data.decode("utf-8").encode(rng.choice(["utf-16", "utf-32", "utf-16-be", "latin-1"]), "replace")
    if op == 4:
        at = rng.randrange(len(data))
        return data[:at] + b"\0" + data[at:]
    if op == 5:
        return data + b'"' + b"x" * rng.choice([10, 70000, 2_000_000])
    if op == 6:
        return data.replace(b",", rng.choice([b";", b"\t", b",,", b'","']), rng.randint(1, 50))
    if op == 7:
        return data[: rng.randrange(len(data))]
    if op == 8:
        lines = data.split(b"\r\n")
        rng.shuffle(lines)
        return b"\r\n".join(lines)
    if op == 9:
        return data.replace(b"2024-05-01", rng.choice([b"2024-02-30", b"-1", b"99999-01-01", b"", b"1e308"]))
    if op == 10:
        return data.replace(b",1\r\n", rng.choice([b",-5\r\n", b",NaN\r\n", b",1e400\r\n", b",9" * 40 + b"\r\n"]))
    return rng.choice([b"", b"\xef\xbb\xbf", b"event_id_cnty\r\n", rng.randbytes(2000), data * 3])


def run_csv_fuzz(fixture: Fixture, work: Path, count: int, rng: random.Random) -> Row:
    work.mkdir(parents=True, exist_ok=True)
    base = acled_csv(work / "base.csv", [f"FZ-{k}" for k in range(15)]).read_bytes()
    exported = work / "exported.csv"
    hrdoc(fixture.db, "acled-export", DEMO, "-o", str(exported), "--force")
    bases = [base, exported.read_bytes() if exported.exists() else base]
    folder = work / "csv"
    folder.mkdir(exist_ok=True)
    inputs = []
    for n in range(count):
        path = folder / f"csv-{n}.csv"
        path.write_bytes(csv_mutant(rng.choice(bases), rng))
        inputs.append(path)
    row = Row(
        "ACLED CSV fuzzing",
        "ACLED files with bytes changed, other line ends, BOMs, encodings, NUL bytes, "
        "unclosed quotes, huge fields, other delimiters, odd dates and numbers: no traceback",
    )
    _run_worker(fixture, work, "acled-import", inputs, row, before=[DEMO])
    return row.done()
