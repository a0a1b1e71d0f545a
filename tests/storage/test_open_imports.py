"""Opening a store already at the newest schema needs no Alembic (nor Mako and Pygments, which it brings): the
newest revision shipped is read from the migrations' files, and must be the head Alembic finds. Nor SQLAlchemy,
when the store file needs nothing but opening: it is opened, and the unlock recorded, on a connection of its own
(storage.first_connection), and the engine is made when first needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hrdoc.storage import migrate
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

OPEN_AND_LIST = """
import json, sys
from hrdoc.services.session import unlock_store
ctx = unlock_store(sys.argv[1], sys.argv[2], user="tester")
loaded = sorted({name.split(".")[0] for name in sys.modules})
engine_made = ctx.engine_made
with ctx.connection() as conn:  # and the engine, made now, reads the same store
    unlocks = conn.exec_driver_sql("SELECT count(*) FROM audit_log WHERE action = 'unlock'").scalar()
ctx.close()
print(json.dumps({"loaded": loaded, "engine_made": engine_made, "unlocks": unlocks}))
"""


def test_the_shipped_head_is_alembics_head() -> None:
    assert migrate.shipped_head() is not None
    assert migrate.shipped_head() == migrate.head_revision()


def test_opening_a_current_store_imports_no_alembic(demo_store_template: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    store.write_bytes(demo_store_template.read_bytes())
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST, str(store), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout)
    loaded = set(seen["loaded"])
    assert "sqlcipher3" in loaded and seen["unlocks"] >= 1  # the store was opened, the unlock recorded
    assert not loaded & {"alembic", "mako", "pygments", "sqlalchemy"}
    assert seen["engine_made"] is False
