"""A team store shared by a team, through the ``hrdoc`` command in processes of its own: one investigator's long
push does not keep the others from opening the store, listing its cases or syncing another case; a login that
may only read (SELECT) runs the reading commands, told that its unlock is not recorded.

"Long" is made so by a trigger of the test's on ``incidents`` that sleeps: the push holds its locks for as long
as a very large one would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.backends import PgStores
from tests.helpers import PASSPHRASE, make_case, make_incident

pytestmark = [pytest.mark.postgresql_only, pytest.mark.slow]

HOLD_S = 120  # the longest the push may be held inside its unit of work (the test releases it much sooner)


@pytest.fixture
def team(backend: str, pg_stores: PgStores) -> Iterator[str]:
    name, url = pg_stores.new_database()
    new_store(url, None, user="admin").close()
    yield url
    pg_stores.server.drop_database(name)


def sql(url: str, *statements: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        for statement in statements:
            cursor = conn.execute(statement.encode())
            rows = cursor.fetchall() if cursor.description else []
    return rows


def start(*argv: str | Path, user: str = "amina") -> subprocess.Popen[str]:
    env = os.environ | {PASSPHRASE_ENV: PASSPHRASE, USER_ENV: user}
    command = [sys.executable, "-m", "hrdoc", *map(str, argv)]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(*argv: str | Path, user: str = "amina") -> tuple[int, str, str, float]:
    began = time.monotonic()
    process = start(*argv, user=user)
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err, time.monotonic() - began


def laptop(path: Path, reference: str, incidents: int, user: str) -> None:
    ctx = new_store(path, PASSPHRASE, user=user)
    try:
        records = RecordService(ctx)
        case = make_case(records, reference=reference, title=f"{reference} case")
        for n in range(incidents):
            make_incident(records, case, title=f"Incident {n}")
    finally:
        ctx.close()


def test_a_long_push_keeps_no_one_from_opening_listing_or_syncing_another_case(team: str, tmp_path: Path) -> None:
    # The push's first insert of incidents waits, inside its unit of work and holding its locks, until the test
    # calls nextval on `release_push` (a sequence: its value is seen at once, whatever the push's snapshot), so
    # the others' commands run during the push however slowly a busy machine starts them.
    sql(
        team,
        "CREATE SEQUENCE release_push",
        "CREATE FUNCTION slow_incidents() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN IF current_setting('hrdoc_test.slept', true) IS DISTINCT FROM 'yes' THEN "
        "PERFORM set_config('hrdoc_test.slept', 'yes', true); "
        f"FOR i IN 1..{HOLD_S * 10} LOOP "
        "EXIT WHEN (SELECT is_called FROM release_push); PERFORM pg_sleep(0.1); END LOOP; "
        "END IF; RETURN NULL; END $$",
        "CREATE TRIGGER slow_incidents AFTER INSERT ON incidents FOR EACH STATEMENT EXECUTE FUNCTION slow_incidents()",
    )
    amina, bakary = tmp_path / "amina.db", tmp_path / "bakary.db"
    laptop(amina, "ML-BIG-1", 20, "amina")
    laptop(bakary, "ML-OTHER-2", 0, "bakary")
    push = start("sync", "ML-BIG-1", "--team", team, "--db", amina)
    deadline = time.monotonic() + 60
    while not sql(team, "SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep'"):
        assert push.poll() is None and time.monotonic() < deadline, push.communicate()
        time.sleep(0.05)
    # The push is inside its unit of work, holding its locks, until released below.
    code, out, err, took = run("cases", "--db", team, user="chloe")
    assert code == 0, err
    assert "no cases yet" in out + err and "note:" not in err  # its unlock recorded, without waiting
    code, out, err, took_sync = run("sync", "ML-OTHER-2", "--team", team, "--db", bakary, user="bakary")
    assert code == 0, err
    assert push.poll() is None, "opening, listing and syncing another case did not wait for the long push"
    sql(team, "SELECT nextval('release_push')")
    out, err = push.communicate(timeout=120)
    assert push.returncode == 0, err
    code, out, err, _ = run("cases", "--db", team, user="chloe")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == ["ML-BIG-1", "ML-OTHER-2"], out + err
    code, out, err, _ = run("verify", "--db", team, user="chloe")
    assert code == 0 and "hash chain intact" in out, out + err
    print(f"during a held push: cases took {took:.1f} s, a sync of another case {took_sync:.1f} s")


def test_a_login_that_may_only_read_runs_the_reading_commands(team: str, tmp_path: Path) -> None:
    store = tmp_path / "amina.db"
    laptop(store, "ML-READ-1", 2, "amina")
    photo = tmp_path / "photo.txt"
    photo.write_bytes(b"a statement, photographed\n" * 1000)
    code, out, err, _ = run("attach", "ML-READ-1", photo, "--db", store, "--json")
    assert code == 0, err
    item = json.loads(out)["id"]
    code, _out, err, _ = run("sync", "ML-READ-1", "--team", team, "--db", store)
    assert code == 0, err
    reader = f"reader_{uuid.uuid4().hex[:8]}"
    sql(
        team,
        f"CREATE ROLE {reader} LOGIN PASSWORD 'only-reads'",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}",
    )
    url = make_url(team).set(username=reader, password="only-reads").render_as_string(hide_password=False)
    entries = sql(team, "SELECT count(*) FROM audit_log")
    note = (
        f"hrdoc: note: the login '{reader}' may only read the team store: this unlock is not recorded in the team "
        "store's audit log (nor is an export, a report or a verification)\n"
    )
    for argv in (
        ["cases"],
        ["show", "ML-READ-1", "--json"],
        ["search", "Incident"],
        ["table", "ML-READ-1", "incident", "-o", tmp_path / "incidents.csv"],
        ["report", "ML-READ-1", "-o", tmp_path / "report.pdf", "--audience", "partners"],
        ["evidence", "ML-READ-1"],
        ["export-evidence", item, "-o", tmp_path / "copy.txt", "--audience", "internal"],
        ["export", "ML-READ-1", "-o", tmp_path / "case.hrdoc", "--audience", "partners"],
        ["verify"],
    ):
        code, _out, err, _ = run(*argv, "--db", url, user="reader")
        assert code == 0, (argv, err)
        if argv[0] == "report":  # a report also says what it will hold (its incidents are restricted)
            err = err.replace("the partners report of ML-READ-1 will hold:\n  Incidents: 2 of 2\n", "", 1)
            err = "".join(line for line in err.splitlines(keepends=True) if not line.startswith("  "))
        assert err == note, (argv, err)
    assert "ML-READ-1" in run("cases", "--db", url)[1]
    # Changing anything is refused in one line, naming why.
    code, _out, err, _ = run("sync", "ML-READ-1", "--team", url, "--db", store, user="reader")
    assert code == 1 and err.splitlines()[-1].startswith(f"hrdoc: error: the login '{reader}' may only read"), err
    assert sql(team, "SELECT count(*) FROM audit_log") == entries
