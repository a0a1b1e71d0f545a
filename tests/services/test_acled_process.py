"""ACLED import with the reading in a process of its own (large files): the same outcome as in line, errors in
one line, cancelling, the reader's death and the importing process's death (issue 15, point 6)."""

from __future__ import annotations

import hashlib
import io
import itertools
import multiprocessing
import os
import select as selectors
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import hrdoc.services.acled as acled
from hrdoc.domain.errors import Cancelled, UserError
from hrdoc.services.acled import import_acled
from hrdoc.services.acled_values import ACLED_COLUMNS
from hrdoc.services.acled_worker import _portable
from hrdoc.services.acled_write import _versions
from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.tables import CsvError
from hrdoc.storage import models as m
from hrdoc.storage.base import new_version
from tests.helpers import PASSPHRASE, cancel_when, make_case
from tests.services.support import audit_log
from tests.services.test_acled import acled_row, count, csv_bytes, run

READER = "hrdoc-acled-reader"


@pytest.fixture
def case(r: RecordService) -> uuid.UUID:
    return make_case(r)


@pytest.fixture
def in_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file, however small, read in a process of its own."""
    monkeypatch.setattr(acled, "IN_LINE_BELOW", 0)


def readers() -> list[str]:
    return [p.name for p in multiprocessing.active_children() if p.name == READER]


def mixed_file() -> bytes:
    """2,500 rows: valid ones, rejected ones, an empty one, and a column that is not ACLED's."""
    rows = [acled_row(n, extra="x") for n in range(1, 2501)]
    rows[9]["event_date"] = "not a date"
    rows[99] = dict.fromkeys(rows[99], "")
    rows[1999]["latitude"] = "north"
    return csv_bytes(rows, [*ACLED_COLUMNS, "extra"])


def stored(ctx: StoreContext, case: uuid.UUID) -> list[tuple[Any, ...]]:
    """The case's incidents with their places, as values that do not depend on the import's ids."""
    with ctx.read() as session:
        query = (
            select(m.Incident, m.Location)
            .join(m.Location, m.Incident.location_id == m.Location.id)
            .where(m.Incident.case_id == case)
        )
        return sorted(
            (i.title, i.description, i.start_date, i.date_precision, i.fatalities_best, i.notes, i.event_type, p.name)
            for i, p in session.execute(query)
        )


def test_a_large_file_is_read_in_a_process_with_the_same_outcome_as_in_line(
    shared_ctx: StoreContext, r: RecordService, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = mixed_file()
    seen: list[tuple[list[str], list[str]]] = []

    def watch(_done: int, _total: int, _what: str) -> None:
        seen.append((readers(), [t.name for t in threading.enumerate()]))

    in_line, elsewhere = make_case(r), make_case(r)
    first = run(shared_ctx, in_line, data, progress=watch)
    assert seen and all(not names for names, _ in seen), "a small file is read in line"
    seen.clear()
    monkeypatch.setattr(acled, "IN_LINE_BELOW", 0)
    second = run(shared_ctx, elsewhere, data, progress=watch)
    assert len(seen) == 3 and all(names == [READER] for names, _ in seen[:-1]), "read in a process of its own"
    assert "acled-feeder" in seen[0][1], "a stream's bytes are passed on to it"
    assert readers() == [], "the reading process is gone once the import is done"

    assert second.lines() == first.lines()
    assert (second.rows, second.imported, second.created) == (2500, 2497, first.created)
    assert [str(p) for p in second.rejected] == [
        "line 11: event_date: 'not a date' is not a date (YYYY-MM-DD, or day month year such as 26 July 2025 "
        "or 26/07/2025)",
        "line 2001: latitude: 'north' is not a number of degrees (use a point for decimals: 16.27)",
    ]
    assert (second.sha256, second.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert second.cpu_seconds["reading"] > 0 and second.cpu_seconds["writing"] > 0
    assert stored(shared_ctx, elsewhere) == stored(shared_ctx, in_line)
    entries = [e for e in audit_log(shared_ctx) if e["action"] == "import" and e["case_id"] == str(elsewhere)]
    assert len(entries) == 1


@pytest.mark.usefixtures("in_a_process")
def test_a_file_named_by_its_path_is_opened_by_the_reading_process(
    shared_ctx: StoreContext, case: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(csv_bytes([acled_row(n) for n in range(1, 1201)]))
    threads: list[list[str]] = []
    report = import_acled(
        shared_ctx, case, path, progress=lambda *_: threads.append([t.name for t in threading.enumerate()])
    )
    assert report.committed and report.imported == 1200 and report.file_name == "events.csv"
    assert report.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert threads and not any("acled-feeder" in names for names in threads)


@pytest.mark.usefixtures("in_a_process")
def test_strict_in_a_process_imports_nothing_when_a_row_is_rejected(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    report = run(shared_ctx, case, mixed_file(), strict=True)
    assert not report.committed and report.imported == 2497 and len(report.rejected) == 2
    assert report.created == dict.fromkeys(report.created, 0)
    assert count(shared_ctx, m.Incident, case) == 0 and count(shared_ctx, m.Actor, case) == 0


@pytest.mark.usefixtures("in_a_process")
def test_a_file_refused_by_the_reading_process_is_one_line_and_keeps_nothing(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    good = csv_bytes([acled_row(n) for n in range(1, 2400)])
    bad = good + csv_bytes([acled_row(2400, notes="café")], encoding="latin-1")[len(csv_bytes([])) :]
    with pytest.raises(CsvError, match=r"is not UTF-8 text \(first bad character on line 2401\)"):
        run(shared_ctx, case, bad)
    with pytest.raises(CsvError, match="is empty"):
        run(shared_ctx, case, b"")
    assert count(shared_ctx, m.Incident, case) == 0 and count(shared_ctx, m.Location, case) == 0
    assert readers() == []


@pytest.mark.usefixtures("in_a_process")
def test_cancelling_stops_the_reading_process_and_keeps_nothing(shared_ctx: StoreContext, case: uuid.UUID) -> None:
    data = csv_bytes([acled_row(n) for n in range(1, 6001)])
    with pytest.raises(Cancelled):
        run(shared_ctx, case, data, progress=cancel_when(lambda done, total, _what: done >= total // 2))
    assert readers() == []
    deadline = time.monotonic() + 30
    while any(t.name == "acled-feeder" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name == "acled-feeder" for t in threading.enumerate()), "the thread feeding the stream ended"
    assert count(shared_ctx, m.Incident, case) == 0 and count(shared_ctx, m.Source, case) == 0
    assert not [e for e in audit_log(shared_ctx) if e["action"] == "import" and e["case_id"] == str(case)]


@pytest.mark.skipif(sys.platform == "win32", reason="kills the reading process with a POSIX signal")
@pytest.mark.usefixtures("in_a_process")
def test_a_reading_process_that_dies_ends_the_import_in_one_line_keeping_nothing(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    data = csv_bytes([acled_row(n) for n in range(1, 6001)])

    def kill_the_reader(_done: int, _total: int, _what: str) -> None:
        for child in multiprocessing.active_children():
            if child.name == READER and child.pid is not None:
                os.kill(child.pid, signal.SIGKILL)

    with pytest.raises(UserError) as raised:
        run(shared_ctx, case, data, progress=kill_the_reader)
    message = str(raised.value)
    assert "\n" not in message and "the process reading it ended unexpectedly (signal 9)" in message
    assert "nothing was imported" in message
    assert count(shared_ctx, m.Incident, case) == 0 and readers() == []


class Failing(io.RawIOBase):
    """A stream that fails after ``good`` bytes (a USB stick pulled out)."""

    def __init__(self, data: bytes, good: int) -> None:
        self.data, self.good, self.at = data, good, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.at >= self.good:
            raise OSError(5, "Input/output error")
        n = min(len(buffer), self.good - self.at)
        buffer[:n] = self.data[self.at : self.at + n]
        self.at += n
        return n


@pytest.mark.usefixtures("in_a_process")
def test_a_stream_that_fails_while_read_raises_its_error_and_keeps_nothing(
    shared_ctx: StoreContext, case: uuid.UUID
) -> None:
    data = csv_bytes([acled_row(n) for n in range(1, 3001)])
    with pytest.raises(OSError, match="Input/output error"):
        import_acled(shared_ctx, case, io.BufferedReader(Failing(data, len(data) // 2)), file_name="events.csv")
    assert count(shared_ctx, m.Incident, case) == 0 and readers() == []


def test_an_error_that_cannot_cross_to_the_importing_process_crosses_as_its_text() -> None:
    class Odd(Exception):
        def __init__(self, a: int, b: int) -> None:
            super().__init__(f"{a} and {b}")

    crossed = _portable(Odd(1, 2))
    assert type(crossed) is RuntimeError and str(crossed) == "Odd: 1 and 2"
    refused = CsvError("x.csv is empty")
    assert _portable(refused) is refused


def test_version_tokens_are_made_as_the_record_service_makes_them() -> None:
    made = list(itertools.islice(_versions(), 3000))  # across blocks of random bytes
    assert len(set(made)) == 3000
    for token in made:
        as_uuid = uuid.UUID(token)
        assert (as_uuid.version, as_uuid.variant, as_uuid.hex) == (4, uuid.RFC_4122, token)
    assert len(new_version()) == len(made[0]) and uuid.UUID(new_version()).version == 4


ORPHAN = """
import io, sys
from pathlib import Path

if __name__ == "__main__":
    import hrdoc.services.acled as acled
    from hrdoc.services.records import RecordService
    from hrdoc.services.session import new_store
    from tests.services.test_acled import acled_row, csv_bytes

    class Endless(io.RawIOBase):
        '''An ACLED file that never ends: the header, then rows for ever.'''

        def __init__(self) -> None:
            self.n = 0
            self.pending = csv_bytes([])

        def readable(self) -> bool:
            return True

        def readinto(self, buffer):
            if not self.pending:
                self.n += 1
                self.pending = csv_bytes([acled_row(self.n)])[len(csv_bytes([])):]
            k = min(len(buffer), len(self.pending))
            buffer[:k], self.pending = self.pending[:k], self.pending[k:]
            return k

    ctx = new_store(Path(sys.argv[1]) / "store.db", sys.argv[2], user="tester")
    RecordService(ctx).create("case", reference="ORPHAN-1", title="Orphan")
    acled.import_acled(ctx, "ORPHAN-1", io.BufferedReader(Endless()), progress=lambda *_: print("reading", flush=True))
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds processes through /proc")
def test_the_reading_process_dies_with_the_importing_process(tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(textwrap.dedent(ORPHAN), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = os.environ | {"PYTHONPATH": str(root)}
    parent = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path), PASSPHRASE], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert parent.stdout is not None
        ready, _, _ = selectors.select([parent.stdout], [], [], 180)
        assert ready and parent.stdout.readline().strip() == "reading", "the import is under way"
        reader = [pid for pid in _children(parent.pid) if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()]
        assert len(reader) == 1
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 30
        while _alive(reader[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(reader[0]), "the reading process outlived the import's process"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
