"""A team store on a real PostgreSQL server, as it fails in the field, through the ``hrdoc`` command in processes
of its own: a sync killed (kill -9, Ctrl-C) in the middle of an evidence upload, its connection cut, the server
stopped or frozen under it, two laptops pushing the same file at once. Each failure ends in one line, never a
traceback, within the time limit, and the next sync finishes the upload. Also: a login that may only read, and
one investigator's long push while another lists the cases and syncs another case.

The server is this module's own (a stopped or frozen one must not take the other tests with it). A trigger on
``vault_chunks`` (the tests', not hrdoc's) makes each commit of chunks take a moment, so that "in the middle of
an upload" is a moment a test can catch.
"""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from hrdoc.cli.common import EXIT_BUSY, PASSPHRASE_ENV, USER_ENV
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.exchange.merge import Merger, copy_evidence
from hrdoc.services.exchange.snapshot import take_snapshot
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store, unlock_store
from hrdoc.storage.engine_team import TIMEOUT_ENV
from tests import pg_server
from tests.helpers import PASSPHRASE, make_case

pytestmark = [pytest.mark.postgresql_only, pytest.mark.slow]

LIMIT_S = 4  # HRDOC_TEAM_TIMEOUT for these tests
FILE_MIB = 40  # 5 commits of 8 chunks
REFERENCE = "ML-FAULT-1"
LOST = (
    "hrdoc: error: lost the connection to the team store: nothing was saved by the failed operation",
    "hrdoc: error: cannot reach the team store at 127.0.0.1:",
)


@pytest.fixture(scope="module")
def server(backend: str) -> Iterator[pg_server.PgServer]:
    own = pg_server.start()
    try:
        yield own
    finally:
        own.stop()


@dataclass
class Team:
    server: pg_server.PgServer
    database: str

    @property
    def url(self) -> str:  # the port changes when the server is restarted
        return self.server.url(self.database)

    def sql(self, statement: str, *params: object) -> list[tuple[object, ...]]:
        with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
            cursor = conn.execute(statement.encode(), params or None)
            return cursor.fetchall() if cursor.description else []

    def chunks(self) -> int:
        return int(self.sql("SELECT count(*) FROM vault_chunks")[0][0])  # type: ignore[call-overload]


@pytest.fixture
def team(server: pg_server.PgServer) -> Iterator[Team]:
    """An empty team store whose chunk commits (transactions) each take half a second."""
    name = f"team_{uuid.uuid4().hex[:8]}"
    server.create_database(name)
    new_store(server.url(name), None, user="admin").close()
    made = Team(server, name)
    made.sql(
        "CREATE FUNCTION slow_chunks() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN IF current_setting('hrdoc_test.slept', true) IS DISTINCT FROM 'yes' THEN "
        "PERFORM set_config('hrdoc_test.slept', 'yes', true); PERFORM pg_sleep(0.5); END IF; RETURN NULL; END $$"
    )
    made.sql(
        "CREATE TRIGGER slow_chunks AFTER INSERT ON vault_chunks FOR EACH STATEMENT EXECUTE FUNCTION slow_chunks()"
    )
    yield made
    if server.running:
        server.drop_database(name)


def laptop(path: Path, *, file_mib: int = FILE_MIB, user: str = "amina") -> bytes:
    """A laptop's store holding case REFERENCE with one evidence file of ``file_mib`` MiB; returns the file."""
    ctx = new_store(path, PASSPHRASE, user=user)
    try:
        case = make_case(RecordService(ctx), reference=REFERENCE, title="Convoy attack")
        data = os.urandom(file_mib * 1024 * 1024)
        EvidenceService(ctx).intake(case, io.BytesIO(data), original_name="drone-footage.bin")
    finally:
        ctx.close()
    return data


def environment(user: str = "amina") -> dict[str, str]:
    return os.environ | {PASSPHRASE_ENV: PASSPHRASE, USER_ENV: user, TIMEOUT_ENV: str(LIMIT_S)}


def start(*argv: str | Path, user: str = "amina") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "hrdoc", *map(str, argv)],
        env=environment(user),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(*argv: str | Path, user: str = "amina") -> tuple[int, str, str]:
    process = start(*argv, user=user)
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def sync(team: Team, store: Path, user: str = "amina") -> subprocess.Popen[str]:
    return start("sync", REFERENCE, "--team", team.url, "--db", store, user=user)


def one_line(err: str) -> str:
    """The error a failed command printed: one line, after the sync's steps, and no traceback."""
    assert "Traceback" not in err and "this is a bug" not in err, err
    lines = [line for line in err.splitlines() if not line.startswith("…")]
    assert len(lines) == 1, err
    return lines[0]


def synced(team: Team, store: Path, data_size: int) -> None:
    """The next sync finishes the job, and the team store holds the file, intact."""
    code, out, err = run("sync", REFERENCE, "--team", team.url, "--db", store)
    assert code == 0, err
    assert "Traceback" not in err
    code, out, err = run("verify", "--db", team.url)
    assert code == 0, out + err
    assert "evidence vault: 1 of 1 files intact" in out
    [(size,)] = team.sql("SELECT size FROM evidence_files")
    assert size == data_size


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60, poll: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(poll)


def mid_upload(team: Team, process: subprocess.Popen[str]) -> int:
    """Wait until the first commit of chunks reached the server (the others take 0.5 s each); how many."""
    with psycopg.connect(team.url, autocommit=True, connect_timeout=5) as conn:  # one connection: quick polls

        def count() -> int:
            return int(conn.execute(b"SELECT count(*) FROM vault_chunks").fetchone()[0])  # type: ignore[index]

        wait_for(lambda: count() > 0 or process.poll() is not None, "the upload to start", poll=0.005)
        found = count()
    assert process.poll() is None, process.communicate()
    assert 0 < found < FILE_MIB - 8, found
    return found


def header(team: Team) -> bytes:
    [(data,)] = team.sql("SELECT data FROM vault_chunks WHERE chunk_no = 0")
    return bytes(data)  # type: ignore[arg-type]


# -- an upload cut short ------------------------------------------------------------------------------------


def test_a_sync_killed_mid_upload_is_finished_by_the_next(team: Team, tmp_path: Path) -> None:
    store = tmp_path / "amina.db"
    data = laptop(store)
    process = sync(team, store)
    mid_upload(team, process)
    first_header = header(team)
    process.kill()
    process.communicate()
    assert team.sql("SELECT count(*) FROM evidence_files") == [(0,)]
    left = team.chunks()
    # verify says what it found, and deletes none of it (however old): the next sync needs it.
    team.sql("UPDATE vault_chunks SET written_at = written_at - interval '30 days'")
    code, out, err = run("verify", "--db", team.url)
    assert code == 0, out + err
    assert (
        "ok: evidence vault: 1 file(s) whose upload to the team store was interrupted before their case was saved "
        "are kept for the next sync of that case to complete (nothing was deleted)"
    ) in out
    assert team.chunks() == left
    synced(team, store, len(data))
    assert header(team) == first_header  # resumed, not sent again from the start


def test_ctrl_c_mid_upload_says_what_it_left_in_one_line(team: Team, tmp_path: Path) -> None:
    store = tmp_path / "amina.db"
    data = laptop(store)
    process = sync(team, store)
    mid_upload(team, process)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert one_line(err).startswith("hrdoc: interrupted")
    synced(team, store, len(data))


def test_a_connection_cut_mid_upload_is_one_line(team: Team, tmp_path: Path) -> None:
    store = tmp_path / "amina.db"
    data = laptop(store)
    process = sync(team, store)
    mid_upload(team, process)
    # Cut while a commit of chunks is on its way (a connection cut between two is replaced unnoticed).
    sending = "application_name = 'hrdoc' AND wait_event = 'PgSleep'"
    wait_for(lambda: bool(team.sql(f"SELECT pid FROM pg_stat_activity WHERE {sending}")), "a commit of chunks")
    team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'hrdoc'")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1, err
    # (or, when the cut caught a connection being made, that the team store cannot be reached)
    assert one_line(err).startswith(LOST), err
    synced(team, store, len(data))


def test_a_server_stopped_mid_upload_is_one_line(team: Team, tmp_path: Path) -> None:
    store = tmp_path / "amina.db"
    data = laptop(store)
    process = sync(team, store)
    mid_upload(team, process)
    team.server._run(str(team.server.bindir / "pg_ctl"), "stop", "-D", str(team.server.data), "-m", "immediate")
    team.server.running = False
    try:
        _out, err = process.communicate(timeout=60)
    finally:
        team.server.start()
    # The connection lost (exit 1), or, when the stop caught a connection being made, the server saying it is
    # shutting down: a store busy for a moment, exit EXIT_BUSY as for any "try again in a moment".
    said = one_line(err)
    shutting_down = said.startswith("hrdoc: error: the team store at 127.0.0.1:") and "right now" in said
    assert (process.returncode, said.startswith(LOST) or shutting_down) == (EXIT_BUSY if shutting_down else 1, True), (
        err
    )
    synced(team, store, len(data))


def server_processes(server: pg_server.PgServer) -> list[int]:
    """The postmaster and every process it started."""
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    return [postmaster, *map(int, children)]


def test_a_frozen_server_is_given_up_on_within_the_time_limit(team: Team, tmp_path: Path) -> None:
    store = tmp_path / "amina.db"
    data = laptop(store)
    process = sync(team, store)
    mid_upload(team, process)
    frozen = server_processes(team.server)
    for pid in frozen:
        os.kill(pid, signal.SIGSTOP)
    began = time.monotonic()
    try:
        _out, err = process.communicate(timeout=60)
        waited = time.monotonic() - began
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    assert process.returncode == 1, err
    assert one_line(err).startswith(
        f"hrdoc: error: the team store at 127.0.0.1:{team.server.port} stopped answering (nothing for {LIMIT_S} "
        "seconds): nothing was saved by the failed operation; try again"
    )
    # The watchdog probes after half the limit, and gives the probe the other half (see engine_watchdog).
    assert waited < LIMIT_S + 3, waited
    synced(team, store, len(data))


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connecting to it is refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_server_frozen_before_hrdoc_connects_is_one_line_within_the_limit(team: Team) -> None:
    # What the same command takes when connecting fails at once (a refused port): Python starting and hrdoc's
    # imports, which a busy machine (or a parallel test run) stretches; the frozen server may add only the limit.
    began = time.monotonic()
    code, _out, err = run("cases", "--db", f"postgresql://nobody@127.0.0.1:{free_port()}/nothing")
    starting = time.monotonic() - began
    assert code == 1 and "cannot reach the team store" in err, err
    frozen = server_processes(team.server)
    for pid in frozen:
        os.kill(pid, signal.SIGSTOP)
    try:
        began = time.monotonic()
        code, _out, err = run("cases", "--db", team.url)
        waited = time.monotonic() - began
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    assert code == 1, err
    assert one_line(err).startswith(f"hrdoc: error: cannot reach the team store at 127.0.0.1:{team.server.port}"), err
    assert "(connection timeout expired)" in err
    assert waited < LIMIT_S + starting + 3, (waited, starting)  # connecting waits at most the limit


def test_two_laptops_pushing_the_same_new_file_at_once_both_succeed(team: Team, tmp_path: Path) -> None:
    amina, bakary = tmp_path / "amina.db", tmp_path / "bakary.db"
    data = laptop(amina, file_mib=16)
    # Bakary got the case and its file from Amina (a bundle, say): both push it to the team store for the
    # first time at once.
    a = unlock_store(amina, PASSPHRASE, user="amina", record_unlock=False)
    b = new_store(bakary, PASSPHRASE, user="bakary")
    try:
        [case] = RecordService(a).records("case")
        Merger(b).apply(take_snapshot(a, case.id), origin_label="amina's bundle", files=copy_evidence(a))
    finally:
        a.close()
        b.close()
    first, second = sync(team, amina), sync(team, bakary, user="bakary")
    for process in (first, second):
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "Traceback" not in err
    code, out, err = run("verify", "--db", team.url)
    assert code == 0, out + err
    assert "evidence vault: 1 of 1 files intact" in out
    assert team.sql("SELECT count(DISTINCT item_id), count(*) FROM vault_chunks") == [(1, 17)]
    assert len(data) == 16 * 1024 * 1024


# -- a download cut short -----------------------------------------------------------------------------------


def test_a_connection_cut_mid_download_is_one_line_and_leaves_nothing_half_here(team: Team, tmp_path: Path) -> None:
    amina, bakary = tmp_path / "amina.db", tmp_path / "bakary.db"
    data = laptop(amina)
    code, _out, err = run("sync", REFERENCE, "--team", team.url, "--db", amina)
    assert code == 0, err
    new_store(bakary, PASSPHRASE, user="bakary").close()
    vault = Path(str(bakary) + ".vault")
    process = sync(team, bakary, user="bakary")  # fetches the case, and its file, from the team store

    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:  # renamed into place meanwhile
            return 0

    def downloading() -> bool:
        return any(size(p) > 1024 * 1024 for p in vault.glob("*.partial")) or process.poll() is not None

    wait_for(downloading, "the download to start")
    assert process.poll() is None, process.communicate()
    team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'hrdoc'")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1, err
    assert one_line(err).startswith(LOST), err
    assert not list(vault.glob("*.partial")) and not list(vault.glob("*.hrv"))
    code, _out, err = run("sync", REFERENCE, "--team", team.url, "--db", bakary, user="bakary")
    assert code == 0, err
    code, out, err = run("verify", "--db", bakary, user="bakary")
    assert code == 0 and "evidence vault: 1 of 1 files intact" in out, out + err
    assert len(data) == FILE_MIB * 1024 * 1024
