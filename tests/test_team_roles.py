"""A team store set up as docs/team-store.md says, on a real PostgreSQL server: an owner login that created the
store, ``hrdoc team-roles`` run by it, investigators and readers with logins of their own.

The investigator can do hrdoc's work (sync, read, attach, verify) and nothing that would let it rewrite history:
no DDL (so no switching the audit triggers off), no UPDATE, DELETE or TRUNCATE on the audit log or the chains
of custody. The owner can still rewrite the audit log so that the team store's own verify passes; the laptops'
heads of the team log catch it."""

from __future__ import annotations

import itertools
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from hrdoc.cli.common import PASSPHRASE_ENV, USER_ENV
from hrdoc.services import audit
from hrdoc.services.demo import DEMO_REFERENCE, build_demo_case
from hrdoc.services.exchange.bundle import open_bundle
from hrdoc.services.session import unlock_store
from hrdoc.storage import models as m
from tests.backends import PgStores
from tests.helpers import PASSPHRASE
from tests.helpers import run_cli as hrdoc
from tests.real_catalogues import terminal_speaks
from tests.team_tamper import rewrite_audit_log

pytestmark = pytest.mark.postgresql_only

_numbers = itertools.count(1)


@dataclass
class Team:
    """A database owned by its own owner login, on the session's server; logins are made with :meth:`login`."""

    stores: PgStores
    database: str
    suffix: str
    passwords: dict[str, str] = field(default_factory=dict)

    def login(self, part: str, *attributes: str) -> str:
        name = f"{part}_{self.suffix}"
        self.passwords[name] = secrets.token_hex(12)
        self.admin(f"CREATE ROLE {name} LOGIN PASSWORD '{self.passwords[name]}' {' '.join(attributes)}")
        return name

    def url(self, name: str) -> str:
        return self.stores.server.url(self.database, user=name, password=self.passwords[name])

    def admin(self, *statements: str, database: str = "postgres") -> None:
        self.stores.server.execute(*statements, database=database)

    def secrets_in(self, text: str) -> list[str]:
        return [name for name, password in self.passwords.items() if password in text]


@pytest.fixture
def team(backend: str, pg_stores: PgStores, capsys: pytest.CaptureFixture[str]) -> Iterator[Team]:
    suffix = f"{next(_numbers)}_{secrets.token_hex(3)}"
    made = Team(pg_stores, f"team_{suffix}", suffix)
    owner = made.login("owner")
    made.admin(f'CREATE DATABASE "{made.database}" OWNER {owner}')
    code, _out, err = hrdoc(capsys, "init", "--db", made.url(owner))
    assert code == 0, err
    yield made
    pg_stores.server.drop_database(made.database)


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)  # the laptops' store files
    monkeypatch.setenv(USER_ENV, "amina")
    monkeypatch.chdir(tmp_path)


def refused(url: str, statement: str) -> str:
    """Run one statement as that login; the server's refusal (the statement must be refused)."""
    with psycopg.connect(url, connect_timeout=10) as conn, pytest.raises(psycopg.Error) as failure:
        conn.execute(statement.encode())
    return str(failure.value).splitlines()[0]


def test_an_investigator_can_work_but_cannot_rewrite_history(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = f"owner_{team.suffix}"
    investigator, reader, stranger = team.login("amina"), team.login("rita"), team.login("stranger")
    code, out, err = hrdoc(
        capsys, "team-roles", "--db", team.url(owner), "--investigator", investigator, "--reader", reader
    )
    assert code == 0, err
    lines = out.splitlines()
    assert f"{investigator}: may connect to database {team.database}" in lines
    assert f"{investigator}: granted SELECT, INSERT on audit_log, custody_log" in lines
    assert any(
        re.fullmatch(f"{investigator}: granted SELECT, INSERT, UPDATE, DELETE on [0-9]+ tables", x) for x in lines
    )
    assert any(re.fullmatch(f"{reader}: granted SELECT on [0-9]+ tables", x) for x in lines)
    assert any(line.startswith(f"database {team.database}: every other login (PUBLIC) may no longer") for line in lines)
    assert lines[-1].startswith(f"{owner} owns the store's tables")
    assert team.secrets_in(out + err) == []

    # Idempotent: a second run changes nothing, says so, and records nothing more.
    code, again, err = hrdoc(
        capsys, "team-roles", "--db", team.url(owner), "--investigator", investigator, "--reader", reader
    )
    assert code == 0, err
    assert again.splitlines() == [
        f"{investigator}: already has exactly what an investigator needs; nothing changed",
        f"{reader}: already has exactly what a reader needs; nothing changed",
        lines[-1],
    ]
    with psycopg.connect(team.url(owner)) as conn:
        recorded = conn.execute("SELECT summary FROM audit_log WHERE entity_type = 'team_store'").fetchall()
    assert recorded == [(f"set the team store's database roles: {investigator} as investigator; {reader} as reader",)]

    # hrdoc's work, as the investigator: a case synced up, read, an evidence file attached, the store verified.
    laptop = tmp_path / "laptop.db"
    assert hrdoc(capsys, "demo", "--db", laptop)[0] == 0
    as_investigator = team.url(investigator)
    code, out, err = hrdoc(capsys, "sync", DEMO_REFERENCE, "--team", as_investigator, "--db", laptop)
    assert code == 0, err
    code, out, err = hrdoc(capsys, "cases", "--db", as_investigator)
    assert code == 0 and out.startswith(DEMO_REFERENCE), err
    statement = tmp_path / "statement.txt"
    statement.write_text("what the witness saw\n" * 1000)
    code, out, err = hrdoc(capsys, "attach", DEMO_REFERENCE, statement, "--db", as_investigator)
    assert code == 0, err
    code, out, err = hrdoc(capsys, "sync", DEMO_REFERENCE, "--team", as_investigator, "--db", laptop)
    assert code == 0, err
    code, out, err = hrdoc(capsys, "verify", "--db", as_investigator)
    assert code == 0, out + err
    assert team.secrets_in(out + err) == []

    # ... and nothing that would rewrite its history.
    assert "must be owner of table audit_log" in refused(as_investigator, "ALTER TABLE audit_log DISABLE TRIGGER USER")
    assert "must be owner" in refused(as_investigator, "DROP TRIGGER audit_log_no_delete ON audit_log")
    for statement_text in (
        "DELETE FROM audit_log WHERE seq = 3",
        "UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 3",
        "TRUNCATE audit_log",
        "UPDATE custody_log SET actor = 'someone else'",
        "DELETE FROM custody_log",
        "DELETE FROM store_meta WHERE key = 'audit_head'",
    ):
        assert "permission denied for table" in refused(as_investigator, statement_text), statement_text
    assert "permission denied for schema" in refused(as_investigator, "CREATE TABLE shadow (x int)")
    assert "permission denied" in refused(as_investigator, "SET session_replication_role = replica")

    # The reader reads and writes nothing; a login given no part cannot even connect.
    with psycopg.connect(team.url(reader)) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (1,)
    assert "permission denied for table" in refused(team.url(reader), "INSERT INTO store_meta VALUES ('x', 'y')")
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(team.url(stranger), connect_timeout=10).close()


@pytest.mark.parametrize("attributes", ["SUPERUSER", "CREATEROLE", "IN ROLE {owner}"])
def test_roles_that_could_undo_it_are_refused(team: Team, capsys: pytest.CaptureFixture[str], attributes: str) -> None:
    owner = f"owner_{team.suffix}"
    risky = team.login("risky", attributes.format(owner=owner))
    code, out, err = hrdoc(capsys, "team-roles", "--db", team.url(owner), "--investigator", risky)
    assert code == 1 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"hrdoc: error: {risky} cannot be given a limited part: ") and "nothing was changed" in line
    with psycopg.connect(team.url(owner)) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE entity_type = 'team_store'").fetchone() == (0,)


def test_only_the_owner_sets_the_roles(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    owner = f"owner_{team.suffix}"
    investigator = team.login("amina")
    assert hrdoc(capsys, "team-roles", "--db", team.url(owner), "--investigator", investigator)[0] == 0
    code, _out, err = hrdoc(capsys, "team-roles", "--db", team.url(investigator), "--reader", investigator + "x")
    assert code == 1
    assert err.splitlines() == [
        f"hrdoc: error: only the login that owns the team store's tables ({owner}) may set its roles; you are "
        f"{investigator}: run it with the owner's login"
    ]
    code, _out, err = hrdoc(capsys, "team-roles", "--db", team.url(owner), "--investigator", "nobody_" + team.suffix)
    assert code == 1 and "ask the server's administrator to create it" in err


def test_an_owner_who_may_create_roles_creates_missing_logins_without_a_password(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = f"owner_{team.suffix}"
    team.admin(f"ALTER ROLE {owner} CREATEROLE")
    newcomer = f"newcomer_{team.suffix}"
    code, out, err = hrdoc(capsys, "team-roles", "--db", team.url(owner), "--investigator", newcomer)
    assert code == 0, err
    assert out.splitlines()[0] == (
        f"created the login {newcomer} without a password: set one as the administrator, with "
        f"`\\password {newcomer}` in psql"
    )
    with psycopg.connect(team.stores.server.url()) as conn:
        assert conn.execute("SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = %s", (newcomer,)).fetchone() == (
            True,
        )


def test_a_history_rewritten_by_the_owner_is_caught_by_the_laptop(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The owner login switches the triggers off, deletes an entry and recomputes the chain: the team store's own
    verify passes; the laptop's head of the team log does not."""
    owner = f"owner_{team.suffix}"
    investigator = team.login("amina")
    assert hrdoc(capsys, "team-roles", "--db", team.url(owner), "--investigator", investigator)[0] == 0
    as_investigator = team.url(investigator)
    laptop = tmp_path / "laptop.db"
    assert hrdoc(capsys, "demo", "--db", laptop)[0] == 0
    for _sync in range(2):
        code, out, err = hrdoc(capsys, "sync", DEMO_REFERENCE, "--team", as_investigator, "--db", laptop)
        assert code == 0, err
    code, out, err = hrdoc(capsys, "verify", "--db", laptop, "--team", as_investigator)
    assert code == 0, out + err

    tampered = unlock_store(team.url(owner), None, user="owner", record_unlock=False)
    try:
        rewrite_audit_log(tampered, remove={4})
    finally:
        tampered.close()
    code, out, err = hrdoc(capsys, "verify", "--db", team.url(owner))
    assert code == 0, out + err  # the team store's own verify is fooled

    described = f"postgresql://{investigator}:***@127.0.0.1:{team.stores.server.port}/{team.database}"
    code, out, err = hrdoc(capsys, "verify", "--db", laptop, "--team", as_investigator)
    assert code == 3
    [failed] = [line for line in out.splitlines() if line.startswith("FAILED")]
    assert failed.startswith(f"FAILED: the team store {described}: its audit log was rewritten behind this store: ")
    assert "--accept-team-log" in failed

    code, out, err = hrdoc(capsys, "sync", DEMO_REFERENCE, "--team", as_investigator, "--db", laptop)
    assert code == 1 and out == ""
    [line] = [x for x in err.splitlines() if not x.startswith("… ")]
    assert line.startswith(f"hrdoc: error: the team store {described}: its audit log was rewritten behind this store")
    assert "nothing was synced" in line
    assert team.secrets_in(out + err) == []

    code, out, err = hrdoc(
        capsys, "sync", DEMO_REFERENCE, "--team", as_investigator, "--db", laptop, "--accept-team-log"
    )
    assert code == 0, err
    assert out.splitlines()[-1].startswith("accepted the team store's audit log as it now is, although its audit log")
    code, out, err = hrdoc(capsys, "verify", "--db", laptop, "--team", as_investigator)
    assert code == 0, out + err


def test_a_reader_exports_a_bundle_from_a_team_store_that_never_synced(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A team store that has not yet sent or received a copy of a case keeps no id; a reading login cannot write
    one, and exports under the id the store will keep: the laptop that imported its bundle then syncs with the
    team store without taking any of the team's log entries twice."""
    owner = f"owner_{team.suffix}"
    investigator, reader = team.login("amina"), team.login("rita")
    roles = ("team-roles", "--db", team.url(owner), "--investigator", investigator, "--reader", reader)
    assert hrdoc(capsys, *roles)[0] == 0
    ctx = unlock_store(team.url(owner), None, user="owner", record_unlock=False)
    try:
        build_demo_case(ctx)  # the case made on the team store itself
    finally:
        ctx.close()

    exported_from = set()
    for audience in ("internal", "partners", "public"):
        bundle = tmp_path / f"{audience}.hrdoc"
        code, out, err = hrdoc(
            capsys, "export", DEMO_REFERENCE, "--db", team.url(reader), "-o", bundle, "--audience", audience
        )
        assert code == 0, err
        assert "error" not in err
        assert team.secrets_in(out + err) == []
        with open_bundle(bundle) as opened:
            exported_from.add(opened.manifest["exported_from"])
    with psycopg.connect(team.url(owner)) as conn:
        assert conn.execute("SELECT count(*) FROM store_meta WHERE key = 'store_id'").fetchone() == (0,)
    assert len(exported_from) == 1  # the same id each time, written nowhere

    laptop = tmp_path / "laptop.db"
    assert hrdoc(capsys, "init", "--db", laptop)[0] == 0
    code, _out, err = hrdoc(capsys, "import", tmp_path / "internal.hrdoc", "--db", laptop)
    assert code == 0, err
    code, _out, err = hrdoc(capsys, "sync", DEMO_REFERENCE, "--team", team.url(investigator), "--db", laptop)
    assert code == 0, err
    with psycopg.connect(team.url(owner)) as conn:
        assert conn.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone() == (*exported_from,)
    first_written = []
    store = unlock_store(laptop, PASSPHRASE, user="amina", record_unlock=False)
    try:
        with store.read() as session:
            for entry in session.scalars(select(m.AuditEntry).where(m.AuditEntry.case_id.is_not(None))):
                origin = audit.first_writer(entry.details)
                first_written.append((origin["store"], origin["entry_hash"]) if origin else ("here", entry.entry_hash))
    finally:
        store.close()
    assert first_written and len(first_written) == len(set(first_written)), "a team log entry was taken twice"


def test_team_roles_speaks_the_terminals_language(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each line team-roles prints is a phrase, put into French with the real catalogue (issue 16, point 1)."""
    owner, investigator = f"owner_{team.suffix}", team.login("amina")
    with terminal_speaks("fr", tmp_path / "translations", monkeypatch):
        code, out, err = hrdoc(capsys, "team-roles", "--db", team.url(owner), "--investigator", investigator)
    assert code == 0, err
    lines = out.replace("\u00a0", " ").splitlines()
    assert f"{investigator} : peut se connecter à la base de données {team.database}" in lines
    assert f"{investigator} : SELECT, INSERT accordé sur audit_log, custody_log" in lines
    assert any(
        re.fullmatch(f"{investigator} : SELECT, INSERT, UPDATE, DELETE accordé sur [0-9]+ tables", x) for x in lines
    )
    assert lines[-1].startswith(f"{owner} est propriétaire des tables de la base")
    assert not [x for x in lines if " granted " in x or "owns the store" in x or "may connect" in x]
