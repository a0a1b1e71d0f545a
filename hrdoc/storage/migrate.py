"""Schema migrations, shipped inside the package and applied when a store is opened.

Before an existing store is migrated it is copied next to itself (``NAME.backup-REV-TIMESTAMP``); the copy
of an encrypted store is exactly as encrypted as the store, because it is a copy of the file.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from hrdoc.storage.errors import StoreTooNew

BACKUPS_KEPT = 3


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "hrdoc.storage:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; they must have exactly one")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.connect().execution_options(hrdoc_write=True) as conn, conn.begin():
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.connect().execution_options(hrdoc_write=True) as conn, conn.begin():
        command.downgrade(alembic_config(conn), revision)


def needs_upgrade(engine: Engine) -> tuple[str | None, str]:
    """(current revision, head revision); raises if the store was made by a newer hrdoc."""
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None and current != head:
        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if current not in known:
            raise StoreTooNew(
                f"this store was written by a newer version of hrdoc (schema {current}); "
                "install the newer hrdoc to open it"
            )
    return current, head


def backup_file(engine: Engine, path: Path, label: str) -> Path:
    """Checkpoint the WAL into the main file and copy the file; keep the newest few copies."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{label}-{stamp}")
    shutil.copy2(path, target)
    old = sorted(path.parent.glob(f"{path.name}.backup-*"), key=lambda p: p.stat().st_mtime)
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target
