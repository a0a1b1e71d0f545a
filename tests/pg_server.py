"""A throwaway PostgreSQL server for the tests: Debian's own binaries, a temporary data directory, 127.0.0.1.

The server listens on a free TCP port on 127.0.0.1 only, keeps its Unix socket in its own temporary
directory, runs with ``fsync=off`` (its data is thrown away) and requires a password (a random one, made
for this run) from every client. :func:`start` returns a running :class:`PgServer`; ``stop()`` (also run at
interpreter exit) stops it and removes every file.

As root, ``initdb`` refuses to run, so the server is set up and run as the ``postgres`` system user (which
Debian's ``postgresql`` package creates) through ``runuser``; its files live in a directory that user owns.

Run ``python -m tests.pg_server`` to get a server for trying hrdoc by hand: it prints a ``--db`` URL and
keeps the server until Ctrl-C.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
SERVER_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "64MB",
    # Abandoned test connections must never keep a DROP DATABASE waiting.
    "idle_in_transaction_session_timeout": "60s",
}
INSTALL_HINT = (
    "the PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found: install them with "
    "`apt-get install postgresql` (Debian/Ubuntu), or set HRDOC_TEST_POSTGRES=0 to skip the PostgreSQL tests"
)


class PgServerError(RuntimeError):
    pass


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: ``pg_config --bindir``, Debian's versioned folders, PATH."""
    candidates: list[Path] = []
    if explicit := os.environ.get("HRDOC_PG_BINDIR"):
        candidates.append(Path(explicit))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(Path(out.stdout.strip()))
    # Debian installs the server outside PATH, one folder per major version: take the newest.
    versioned = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted((Path(p) for p in versioned), key=lambda p: _version_key(p.parent.name), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bindir: Path
    root: Path  # everything the server has: data directory, socket, log, password file
    port: int = 0
    password: str = field(default_factory=lambda: secrets.token_hex(16))
    run_as: str | None = None  # a system user to run the server as (when we are root)
    running: bool = False

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as is None:
            return list(args)
        return ["runuser", "-u", self.run_as, "--", *args]

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=timeout, check=False)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise PgServerError(
                f"{Path(args[0]).name} failed ({result.returncode}):\n{result.stdout}{result.stderr}\n{log}"
            )

    def initdb(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        self._chown(pwfile)
        self._run(
            str(self.bindir / "initdb"),
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth",
            "scram-sha-256",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()

    def start(self) -> None:
        options = {**SERVER_SETTINGS, "unix_socket_directories": str(self.root)}
        last_error: PgServerError | None = None
        for _attempt in range(5):  # another program may take the free port before the server does
            self.port = free_port()
            opts = " ".join(f"-c {k}={v}" for k, v in {**options, "port": str(self.port)}.items())
            try:
                self._run(str(self.bindir / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(self.data),
                          "-l", str(self.log), "-o", opts)  # fmt: skip
            except PgServerError as err:
                last_error = err
                continue
            self.running = True
            return
        raise last_error or PgServerError("the test server did not start")

    def stop(self) -> None:
        if self.running:
            self.running = False
            with contextlib.suppress(PgServerError, subprocess.TimeoutExpired):
                self._run(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate", timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)

    def _chown(self, path: Path) -> None:
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    # -- databases ----------------------------------------------------------------------------------------

    def url(self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True, connect_timeout=10) as conn:
            for statement in statements:
                conn.execute(statement.encode())

    def create_database(self, name: str, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def unavailable() -> str | None:
    """Why no test server can be started here, or None if one can."""
    if find_bindir() is None:
        return INSTALL_HINT
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return (
                "running as root, the test server must run as the 'postgres' system user, which does not exist: "
                "install Debian's postgresql package (it creates the user) or run the tests as a normal user"
            )
    return None


def start() -> PgServer:
    """Set up and start a new server; it is stopped and removed at interpreter exit at the latest."""
    problem = unavailable()
    bindir = find_bindir()
    if problem is not None or bindir is None:
        raise PgServerError(problem or INSTALL_HINT)
    run_as = SUPERUSER if os.geteuid() == 0 else None
    # Not under pytest's basetemp: that folder is private to us, and the server may run as another user.
    root = Path(tempfile.mkdtemp(prefix="hrdoc-pg-"))
    server = PgServer(bindir=bindir, root=root, run_as=run_as)
    atexit.register(server.stop)
    try:
        server._chown(root)
        server.initdb()
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


@contextlib.contextmanager
def running() -> Iterator[PgServer]:
    server = start()
    try:
        yield server
    finally:
        server.stop()


def main() -> int:
    with running() as server:
        url = server.create_database("hrdoc")
        print(f"PostgreSQL {server.bindir} on 127.0.0.1:{server.port} (files in {server.root})")
        print(f"an empty database for hrdoc:  --db {url}")
        print("Ctrl-C stops the server and removes it.")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
