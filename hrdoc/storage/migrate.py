"""Schema migrations, shipped inside the package and applied when a store is opened.

Before an existing store is migrated it is copied next to itself (``NAME.backup-REV-TIMESTAMP``); the copy
of an encrypted store is exactly as encrypted as the store, because it is a copy of the file. A backup is
whole or absent: it is written under a temporary name, fsynced and renamed (:mod:`hrdoc.storage.atomic`).
The newest :data:`BACKUPS_KEPT` readable backups are kept, newest by the time in their names (a copied
file's modification time is the store's, not the backup's); a backup that is truncated or cannot be read
with the store's key is never counted among them, and is renamed ``….damaged`` so no one restores it.

Alembic (with Mako and Pygments, a fifth of a second to import) is imported only to migrate: opening a store
already at the head compares its revision with the newest one shipped, read from the migrations' files
(:func:`shipped_head`), which a test keeps equal to Alembic's head.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from hrdoc.domain.marks import N_
from hrdoc.storage import search_index
from hrdoc.storage.atomic import atomic_copy, temp_files_for
from hrdoc.storage.engine import Secret, prove_key
from hrdoc.storage.errors import StoreError, StoreTooNew

# SQLAlchemy is imported where a store is read or migrated: the app checks its store file's revision against
# shipped_head() on a connection of its own, before SQLAlchemy is imported (hrdoc.storage.first_connection).
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

BACKUPS_KEPT = 3
# NAME.backup-REV-TIME; TIME is 20261105T101112.123456Z (or, from older hrdoc, 20261105T101112Z).
_BACKUP_STAMP = re.compile(r"\.backup-(?P<rev>.+)-(?P<stamp>\d{8}T\d{6}(?:\.\d{6})?Z)")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "hrdoc.storage:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; they must have exactly one")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


_REVISION_LINE = re.compile(r"^(down_)?revision\b[^=\n]*=\s*(?:None|[\"'](\w+)[\"'])\s*$", re.MULTILINE)


@functools.cache
def shipped_head() -> str | None:
    """The newest revision among the migrations shipped, read from their files' ``revision`` and
    ``down_revision`` lines without Alembic; None if that does not give one head (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (Path(__file__).parent / "migrations" / "versions").glob("*.py"):
        found = {bool(down): name for down, name in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))}
        if not found.get(False):
            return None
        revisions.add(found[False])
        if found.get(True):
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


REVISION_QUERY = "SELECT version_num FROM alembic_version"


def stored_revision(connection: Connection) -> str | None:
    """The revision a store records (``alembic_version``), read without Alembic; None if it records none."""
    from sqlalchemy import exc

    try:
        rows = connection.exec_driver_sql(REVISION_QUERY).scalars().all()
    except exc.DBAPIError:
        connection.rollback()
        return None
    return str(rows[0]) if len(rows) == 1 else None


# Migrations that make the search documents again, with the document queries frozen in them, and the version
# of the documents they make (storage.search_index.DOCUMENTS_VERSION): after them, the documents are brought up
# to date with today's queries.
DOCUMENTS_MADE_BY: dict[str, int] = {"0002": 1}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the store to ``revision``; at the head, its search documents are then those today's code makes
    (:func:`hrdoc.storage.search_index.update`), whatever version the migrations left them at."""
    from alembic import command
    from alembic.script import ScriptDirectory

    with engine.connect().execution_options(hrdoc_write=True) as conn, conn.begin():
        before = current_revision(conn)
        command.upgrade(alembic_config(conn), revision)
        scripts = ScriptDirectory.from_config(alembic_config())
        ran = [s.revision for s in scripts.iterate_revisions(current_revision(conn), before or "base")]
        made = [DOCUMENTS_MADE_BY[r] for r in ran if r in DOCUMENTS_MADE_BY]
        if made:
            search_index.keep_version(conn, made[0])  # the newest migration that made them (listed first)
        if current_revision(conn) == head_revision():
            search_index.update(conn)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.connect().execution_options(hrdoc_write=True) as conn, conn.begin():
        command.downgrade(alembic_config(conn), revision)


def needs_upgrade(engine: Engine) -> tuple[str | None, str]:
    """(current revision, head revision); raises if the store was made by a newer hrdoc."""
    with engine.connect() as conn:
        stored = stored_revision(conn)
    if stored is not None and stored == shipped_head():
        return stored, stored  # at the head: Alembic is not needed
    from alembic.script import ScriptDirectory

    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None and current != head:
        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if current not in known:
            raise StoreTooNew(
                N_(
                    "this store was written by a newer version of hrdoc (schema {current}); install the "
                    "newer hrdoc to open it"
                ),
                current=current,
            )
    return current, head


def backup_time(path: Path, store_name: str) -> dt.datetime | None:
    """The time in a backup's name, or None if ``path`` is not named like a backup of ``store_name``."""
    if not path.name.startswith(store_name):
        return None
    match = _BACKUP_STAMP.fullmatch(path.name[len(store_name) :])
    if match is None:
        return None
    stamp = match["stamp"]
    fmt = "%Y%m%dT%H%M%S.%fZ" if "." in stamp else "%Y%m%dT%H%M%SZ"
    return dt.datetime.strptime(stamp, fmt).replace(tzinfo=dt.UTC)


def backups_of(path: Path) -> list[Path]:
    """The files named like backups of the store at ``path``, newest first (by the time in their names)."""
    found = [(backup_time(p, path.name), p) for p in path.parent.glob(f"{path.name}.backup-*")]
    return [p for when, p in sorted(((w, p) for w, p in found if w is not None), reverse=True)]


def backup_is_whole(backup: Path, passphrase: Secret | None, *, encrypted: bool = True) -> bool:
    """Does ``backup`` open with the store's key, all its pages present? (Reads it; writes nothing.)"""
    try:
        prove_key(backup, passphrase, encrypted=encrypted)
    except (StoreError, sqlcipher.Error, OSError):  # the wrong key, a damaged or unreadable file
        return False
    return True


def backup_file(
    engine: Engine, path: Path, label: str, *, passphrase: Secret | None = None, encrypted: bool = True
) -> Path:
    """Checkpoint the WAL into the main file and copy the file whole; keep the newest few whole copies.

    Call it holding the store's lock (:func:`hrdoc.storage.engine.store_lock`): temporary files left by a
    killed backup are then provably dead, and are removed.
    """
    for leftover in temp_files_for(path.parent, f"{path.name}.backup-*"):
        leftover.unlink(missing_ok=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    target = path.with_name(f"{path.name}.backup-{label}-{stamp}")
    atomic_copy(path, target)
    kept = 0
    for backup in backups_of(path):
        if kept < BACKUPS_KEPT and backup_is_whole(backup, passphrase, encrypted=encrypted):
            kept += 1
        elif kept < BACKUPS_KEPT:
            log.warning("backup %s is damaged or truncated: renamed .damaged, not counted", backup.name)
            backup.replace(backup.with_name(backup.name + ".damaged"))
        else:
            backup.unlink(missing_ok=True)
    return target
