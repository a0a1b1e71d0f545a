"""The other defects issue 11 lists, each tried again through the CLI (one row per defect, a trial per case).

2: verify after an older store is put back, and with a foreign file in the vault; 7: the tracebacks it
found; 9: leftovers, a NUL byte late in a CSV, UTF-32 files; 10: verify's damage messages; 11: CSV line ends,
double BOMs, terminal escapes; 12: working copies and custody times across a bundle; 13: a trickling server,
WARCs whose page is not UTF-8; 14: passphrase rules. (1, 3-6 and 8 are the rows of the other modules.)
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import json
import shutil
import socketserver
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.reliability.common import (
    DEMO,
    VICTIM,
    Fixture,
    Row,
    hrdoc,
)
from benchmarks.reliability.crash import acled_csv

Check = Callable[[], str | None]


def _row(name: str, checks: str, trials: list[tuple[str, Check]]) -> Row:
    row = Row(name, checks)
    for label, check in trials:
        try:
            problem = check()
        except Exception as err:  # noqa: BLE001 - the battery's own failure to try it counts, named as such
            problem = f"could not be tried: {type(err).__name__}: {err}"
        row.trial(f"{label}: {problem}" if problem else None)
    return row.done()


def _fresh(fixture: Fixture, work: Path, name: str) -> Fixture:
    return fixture.copy_to(work / name)


def _vault(store: Fixture) -> Path:
    return store.folder / "store.db.vault"


def _kept_files(store: Fixture) -> set[str]:
    """Names of the vault's item files, wherever verify keeps them (the vault or its quarantine)."""
    names = set()
    for folder in store.folder.iterdir():
        if folder.name.startswith("store.db.vault") and folder.is_dir():
            names |= {p.name for p in folder.rglob("*.hrv")} | {p.name for p in folder.rglob("*.bin")}
    return names


# -- 2: verify never deletes ---------------------------------------------------------------------------------


def defect2(fixture: Fixture, work: Path) -> Row:
    def older_store() -> str | None:
        store = _fresh(fixture, work, "d2-older")
        older = work / "d2-older.db"
        shutil.copy2(store.db, older)
        extra = work / "d2-file.txt"
        extra.write_text("evidence attached after the copy was made\n" * 50, encoding="utf-8")
        if hrdoc(store.db, "attach", DEMO, str(extra)).code != 0:
            return "attach failed"
        newer = work / "d2-newer.db"
        shutil.copy2(store.db, newer)
        before = _kept_files(store)
        shutil.copy2(older, store.db)  # the README's advice after damage: put back an older copy
        for suffix in ("-wal", "-shm"):
            store.db.with_name(store.db.name + suffix).unlink(missing_ok=True)
        run = hrdoc(store.db, "verify")
        if run.code == 0:
            return "verify exit 0 with a vault file no record describes"
        if _kept_files(store) != before:
            return f"vault files lost: {sorted(before - _kept_files(store))[:2]}"
        shutil.copy2(newer, store.db)
        again = hrdoc(store.db, "verify")
        if again.code != 0:
            again = hrdoc(store.db, "verify")
        return None if again.code == 0 else f"with the newer store back, verify: {again.brief()}"

    def foreign_file() -> str | None:
        store = _fresh(fixture, work, "d2-foreign")
        planted = _vault(store) / f"{uuid.uuid4().hex}.hrv"
        planted.write_bytes(b"a file put here by someone else" * 10)
        run = hrdoc(store.db, "verify")
        if run.code == 0:
            return "verify exit 0 with a foreign file in the vault"
        if planted.name not in _kept_files(store):
            return "the foreign file was deleted"
        return run.one_line_error() if run.traceback else None

    return _row(
        "issue 11 defect 2: verify never deletes",
        "an older copy of the store put back, then verify: exit non-zero, every vault file kept (vault or "
        "quarantine), and with the newer store back verify passes; a foreign file planted in the vault: reported, kept",
        [("older store put back", older_store), ("foreign file", foreign_file)],
    )


# -- 7 and 14: one-line errors, passphrase rules -------------------------------------------------------------


def defect7_14(fixture: Fixture, work: Path) -> list[Row]:
    store = _fresh(fixture, work, "d7")
    enc = work / "d7-enc.hrdoc"
    enc.unlink(missing_ok=True)
    hrdoc(store.db, "export", DEMO, "-o", str(enc), "--audience", "internal", "--encrypt")
    team = work / "d7-team.db"
    team.unlink(missing_ok=True)
    hrdoc(team, "init")
    latin = work / "d7-latin1.txt"
    latin.write_bytes("mot de passe réservé\n".encode("latin-1"))

    def one_line(*args: str, db: Path | None = store.db, **env: str) -> Check:
        def check() -> str | None:
            run = hrdoc(db, *args, extra_env=env)
            return run.one_line_error()

        return check

    def vault_is_file() -> str | None:
        other = _fresh(fixture, work, "d7-vaultfile")
        shutil.rmtree(_vault(other))
        _vault(other).write_bytes(b"not a folder")
        return hrdoc(other.db, "verify").one_line_error()

    def short_passphrase() -> str | None:
        target = work / "d14-short.db"
        target.unlink(missing_ok=True)
        run = hrdoc(target, "init", extra_env={"HRDOC_PASSPHRASE": "x"})
        if run.code == 0:
            return "a 1-character passphrase was accepted"
        return run.one_line_error()

    def bom_file() -> str | None:
        path = work / "d14-bom.txt"
        path.write_bytes(b"\xef\xbb\xbf" + b"reliability battery passphrase\r\n")
        run = hrdoc(store.db, "--passphrase-file", str(path), "cases", extra_env={"HRDOC_PASSPHRASE": ""})
        return None if run.code == 0 else run.brief()

    rows = [
        _row(
            "issue 11 defect 7: one-line errors",
            "an encrypted bundle with no passphrase and no terminal; a passphrase file that is not UTF-8; `sync` "
            "with a missing team passphrase file and with no terminal; `verify` when NAME.vault is a file",
            [
                ("encrypted bundle, no passphrase", one_line("import", str(enc), HRDOC_BUNDLE_PASSPHRASE="")),
                ("latin-1 passphrase file", one_line("--passphrase-file", str(latin), "cases")),
                (
                    "sync, missing team passphrase file",
                    one_line("sync", DEMO, "--team", str(team), "--team-passphrase-file", str(work / "nowhere")),
                ),
                ("sync, no terminal", one_line("sync", DEMO, "--team", str(team), HRDOC_TEAM_PASSPHRASE="")),
                ("vault is a file", vault_is_file),
            ],
        ),
        _row(
            "issue 11 defect 14: passphrase rules",
            "`init` refuses a 1-character HRDOC_PASSPHRASE; a passphrase file starting with a UTF-8 BOM "
            "(Windows Notepad, CRLF) opens the store",
            [("1-character passphrase", short_passphrase), ("BOM passphrase file", bom_file)],
        ),
    ]
    return rows


# -- 9: leftovers, late NUL, UTF-32 --------------------------------------------------------------------------


def _incidents(db: Path, case: str) -> int:
    run = hrdoc(db, "cases", "--json")
    return next(int(c["counts"]["incidents"]) for c in json.loads(run.out) if c["reference"] == case)


def defect9(fixture: Fixture, work: Path) -> Row:
    def leftover_swept() -> str | None:
        store = _fresh(fixture, work, "d9-sweep")
        partial = _vault(store) / f"{uuid.uuid4().hex}.partial"
        partial.write_bytes(b"\0" * 100_000)
        f = work / "d9-file.txt"
        f.write_text("next intake\n", encoding="utf-8")
        if hrdoc(store.db, "attach", DEMO, str(f)).code != 0:
            return "attach failed"
        return "the leftover .partial is still there after the next intake" if partial.exists() else None

    def late_nul() -> str | None:
        store = _fresh(fixture, work, "d9-nul")
        path = acled_csv(work / "d9-nul.csv", [f"NUL-{k}" for k in range(400)], rows_note="x" * 200)
        data = path.read_bytes()
        assert len(data) > 70_000
        path.write_bytes(data[:-20] + b"\0" + data[-20:])
        before = _incidents(store.db, DEMO)
        run = hrdoc(store.db, "acled-import", DEMO, str(path))
        if _incidents(store.db, DEMO) != before and run.code == 0:
            return "a CSV with a NUL byte after the first 64 KiB was imported"
        return run.one_line_error() if run.traceback else None

    def utf32() -> str | None:
        store = _fresh(fixture, work, "d9-utf32")
        path = work / "d9-utf32.txt"
        path.write_bytes("A statement in UTF-32.\n".encode("utf-32"))
        run = hrdoc(store.db, "attach", DEMO, str(path), "--json")
        if run.code != 0:
            return run.brief()
        return "a UTF-32 file is described as UTF-16" if "UTF-16" in run.out else None

    return _row(
        "issue 11 defect 9: leftovers, late NUL, UTF-32",
        "a stale `.partial` in the vault is gone after the next intake; a CSV with a NUL byte after 64 KiB is "
        "refused; a UTF-32 text file is not called UTF-16 (bundles with undescribed members: see the hostile rows)",
        [("stale .partial", leftover_swept), ("late NUL in CSV", late_nul), ("UTF-32 file", utf32)],
    )


# -- 10: verify's damage messages ----------------------------------------------------------------------------


def defect10(fixture: Fixture, work: Path) -> Row:
    def damaged(how: str) -> Check:
        def check() -> str | None:
            store = _fresh(fixture, work, "d10")
            files = sorted(_vault(store).glob("*.hrv"), key=lambda p: p.stat().st_size)
            target = files[-1]  # the demo statement and the photos are one chunk each
            data = bytearray(target.read_bytes())
            if how == "flipped middle byte":
                data[len(data) // 2] ^= 0x01
            elif how == "flipped last byte":
                data[-1] ^= 0x01
            elif how == "flipped byte in the header (salt)":
                data[20] ^= 0x01
            elif how == "appended byte":
                data += b"\0"
            elif how == "cut short":
                del data[-100:]
            target.write_bytes(bytes(data))
            run = hrdoc(store.db, "verify")
            text = run.out + run.err
            if run.code == 0:
                return "verify exit 0 for a damaged evidence file"
            if run.traceback:
                return "traceback"
            if how != "cut short" and "end of the file is missing" in text:
                return "says 'the end of the file is missing'"
            return None

        return check

    hows = [
        "flipped middle byte",
        "flipped last byte",
        "flipped byte in the header (salt)",
        "appended byte",
        "cut short",
    ]
    return _row(
        "issue 11 defect 10: damage messages",
        "an evidence file in the vault with a flipped byte (middle, last, header), an appended byte or cut short: "
        "verify exits non-zero, and says 'the end of the file is missing' only when it is",
        [(how, damaged(how)) for how in hows],
    )


# -- 11: CSV line ends, double BOM, terminal escapes --------------------------------------------------------


def defect11(fixture: Fixture, work: Path) -> Row:
    def cr_only() -> str | None:
        store = _fresh(fixture, work, "d11-cr")
        path = acled_csv(work / "d11-cr.csv", ["CR-1", "CR-2"])
        path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r"))
        run = hrdoc(store.db, "acled-import", DEMO, str(path))
        if "new-line character" in run.err:
            return f"Python's internal message: {run.brief()}"
        return run.one_line_error() if run.code not in (0, 4) else None

    def double_bom() -> str | None:
        store = _fresh(fixture, work, "d11-bom")
        path = acled_csv(work / "d11-bom.csv", ["BOM-1", "BOM-2"])
        path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + path.read_bytes())
        hrdoc(store.db, "acled-import", DEMO, str(path))
        after_first = _incidents(store.db, DEMO)
        hrdoc(store.db, "acled-import", DEMO, str(path))
        if _incidents(store.db, DEMO) != after_first:
            return "the second import of the same double-BOM file added incidents again (duplicates unnoticed)"
        return None

    def escapes() -> str | None:
        store = _fresh(fixture, work, "d11-esc")
        path = acled_csv(work / "d11-esc.csv", ["ESC-1"], rows_note="\x1b]0;pwned\x07\x1b[2J")
        hrdoc(store.db, "acled-import", DEMO, str(path))
        for args in (["show", DEMO], ["search", "pwned"]):
            run = hrdoc(store.db, *args)
            if "\x1b" in run.out or "\x07" in run.out:
                return f"`{args[0]}` prints a raw escape sequence from imported data"
        return None

    return _row(
        "issue 11 defect 11: CSV line ends, BOMs, escapes",
        "CR-only line ends are read or refused in plain words; a double BOM does not hide `event_id_cnty` "
        "(a second import adds no duplicates); `show` and `search` never print raw escape sequences from data",
        [("CR-only line ends", cr_only), ("double BOM", double_bom), ("terminal escapes", escapes)],
    )


# -- 12: evidence travels whole ------------------------------------------------------------------------------


def _evidence(db: Path, case: str) -> list[dict[str, object]]:
    run = hrdoc(db, "evidence", case, "--json")
    data = json.loads(run.out) if run.code == 0 else []
    return data if isinstance(data, list) else list(data.get("evidence", []))


def defect12(fixture: Fixture, work: Path) -> Row:
    store = _fresh(fixture, work, "d12")
    original = fixture.ids["demo_evidence"]
    copy = work / "d12-copy.txt"
    copy.write_text("a transcript made from the statement\n", encoding="utf-8")
    hrdoc(store.db, "attach", DEMO, str(copy), "--copy-of", original, "--alteration", "transcribed")
    source_items = _evidence(store.db, DEMO)
    bundle = work / "d12.hrdoc"
    bundle.unlink(missing_ok=True)
    hrdoc(store.db, "export", DEMO, "-o", str(bundle), "--audience", "internal")
    target = work / "d12-target"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    hrdoc(target / "store.db", "init")
    imported = hrdoc(target / "store.db", "import", str(bundle))

    def copies_travel() -> str | None:
        if imported.code != 0:
            return f"import: {imported.brief()}"
        got = _evidence(target / "store.db", DEMO)
        if len(got) != len(source_items):
            return f"{len(source_items)} evidence items exported, {len(got)} arrived (working copies left out?)"
        run = hrdoc(target / "store.db", "verify")
        return None if run.code == 0 else f"verify on the receiving side: {run.brief()}"

    def custody_times() -> str | None:
        if imported.code != 0:
            return f"import: {imported.brief()}"
        here = hrdoc(store.db, "custody", original, "--json")
        there = hrdoc(target / "store.db", "custody", original, "--json")
        if here.code != 0 or there.code != 0:
            return f"custody --json: {there.brief()}"

        def times(text: str) -> list[str]:
            data = json.loads(text)
            entries = data if isinstance(data, list) else data.get("entries", [])
            return [str(e.get("at")) for e in entries if e.get("action") == "intake"]

        first, second = times(here.out), times(there.out)
        return None if first and first == second else f"intake time {first[:1]} here, {second[:1]} after import"

    return _row(
        "issue 11 defect 12: evidence travels whole",
        "a working copy (`attach --copy-of`) travels in an internal bundle with its original and verifies on the "
        "receiving side; imported custody entries keep when they happened (altered logs: see the hostile rows)",
        [("working copy in the bundle", copies_travel), ("custody times kept", custody_times)],
    )


# -- 13: capture deadline, WARCs -----------------------------------------------------------------------------


@contextlib.contextmanager
def trickling_server(stop: threading.Event) -> Iterator[int]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(60):
                if stop.is_set():
                    return
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(2)

        def log_message(self, *args: object) -> None:
            pass

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def _warc(body: bytes, content_type: str) -> bytes:
    http_part = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/page\r\n"
        "WARC-Date: 2024-05-01T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nContent-Type: application/http;msgtype=response\r\n"
        f"Content-Length: {len(http_part)}\r\n\r\n"
    ).encode()
    return head + http_part + b"\r\n\r\n"


def defect13(fixture: Fixture, work: Path) -> Row:
    store = _fresh(fixture, work, "d13")

    def trickle() -> str | None:
        stop = threading.Event()
        with trickling_server(stop) as port:
            start = time.monotonic()
            run = hrdoc(store.db, "capture", DEMO, f"http://127.0.0.1:{port}/", "--timeout", "5", timeout=200)
            took = time.monotonic() - start
        if took > 20:
            return f"a 5-second capture of a trickling server took {took:.0f} s (exit {run.code})"
        return run.one_line_error() if run.code != 0 and run.traceback else None

    arabic = ("صفحة باللغة العربية " * 800).encode("cp1256")

    def warc(name: str, data: bytes) -> Check:
        def check() -> str | None:
            path = work / name
            path.write_bytes(data)
            run = hrdoc(store.db, "import-capture", DEMO, str(path), "--captured-at", "2024-05-01T10:00:00Z")
            return None if run.code == 0 else f"refused: {run.brief()}"

        return check

    page = _warc(arabic, "text/html; charset=windows-1256")
    return _row(
        "issue 11 defect 13: capture deadline, WARCs",
        "`capture --timeout 5` of a server sending a byte every 2 s ends within 20 s; WARCs holding a "
        "windows-1256 page, plain and gzip-compressed, are taken by `import-capture`",
        [
            ("trickling server", trickle),
            ("windows-1256 WARC", warc("d13-1256.warc", page)),
            ("gzip WARC", warc("d13.warc.gz", gzip.compress(page))),
        ],
    )


def run_defects(fixture: Fixture, work: Path) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    return [
        defect2(fixture, work),
        *defect7_14(fixture, work),
        defect9(fixture, work),
        defect10(fixture, work),
        defect11(fixture, work),
        defect12(fixture, work),
        defect13(fixture, work),
    ]


__all__ = ["VICTIM", "run_defects"]
