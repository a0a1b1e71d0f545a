"""Create the victim case in an existing store (the CLI has no command that creates a case).

Run as ``python -m benchmarks.reliability.fixture STORE`` with ``HRDOC_PASSPHRASE`` set; prints the new
records' ids as JSON. The records go through ``RecordService``, validated and audited as in the app.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from hrdoc.services.records import RecordService
from hrdoc.services.session import unlock_store

VICTIM = "VIC-2026-001"


def downgrade(revision: str, db: str) -> None:
    """Take the store back to an older schema (as an older hrdoc would have left it)."""
    from hrdoc.storage import migrate
    from hrdoc.storage.engine import StoreLocation, make_engine

    engine = make_engine(StoreLocation(path=Path(db)), os.environ["HRDOC_PASSPHRASE"])
    try:
        migrate.downgrade(engine, revision)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def backup_problem(name: str | Path, passphrase: str) -> str | None:
    """None if the file is a whole store (quick_check ok, a schema revision, cases), else what is wrong.

    It is opened on a private copy, so that reading it cannot change it.
    """
    from hrdoc.storage.engine import StoreLocation, make_engine

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copyfile(name, copy)
        engine = make_engine(StoreLocation(path=copy), passphrase)
        try:
            with engine.connect() as conn:
                check = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                cases = conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
            if check != "ok" or not revision or not cases:
                return f"backup {Path(name).name} is not whole: {check}, revision {revision}, {cases} cases"
        except Exception as err:  # noqa: BLE001 - any failure to read it means it is not a usable backup; reported
            return f"backup {Path(name).name} ({Path(name).stat().st_size} bytes) does not open: {type(err).__name__}"
        finally:
            engine.dispose()
    return None


def main() -> None:
    if sys.argv[1] == "--downgrade":
        downgrade(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1] == "--leave-wal":
        # A write, then the process ends without closing the store: its -wal and -shm files stay.
        ctx = unlock_store(sys.argv[2], os.environ["HRDOC_PASSPHRASE"], user="battery")
        RecordService(ctx).update("case", sys.argv[3], notes="written just before a crash")
        os._exit(0)
    ctx = unlock_store(sys.argv[1], os.environ["HRDOC_PASSPHRASE"], user="battery")
    try:
        r = RecordService(ctx)
        case = r.create(
            "case",
            reference=VICTIM,
            title="Victim case (reliability battery)",
            status="open",
            visibility="restricted",
            summary="A second case that no bundle of another case may touch.",
        )
        place = r.create("location", case_id=case, name="Victimville", country_code="ML", visibility="public")
        incident = r.create(
            "incident",
            case_id=case,
            title="Victim incident",
            location_id=place,
            description="An incident of the victim case.",
            visibility="restricted",
        )
        witness = r.create(
            "witness",
            case_id=case,
            pseudonym="V-01",
            visibility="confidential",
            identity={"legal_name": "Victim Witness (fictional)", "contact": "+000 11", "residence": "Victimville"},
            consent={
                "to_be_recorded": True,
                "to_be_quoted": True,
                "to_be_named": False,
                "share_with_partners": True,
                "contact_again": True,
                "how_given": "battery fixture",
            },
        )
        account = r.create(
            "account",
            case_id=case,
            witness_id=witness,
            narrative="What the victim witness said.",
            visibility="restricted",
        )
        source = r.create("source", case_id=case, kind="news_article", title="Victim source", visibility="public")
    finally:
        ctx.close()
    ids = {
        "victim_case": case,
        "victim_location": place,
        "victim_incident": incident,
        "victim_witness": witness,
        "victim_account": account,
        "victim_source": source,
    }
    print(json.dumps({k: str(v) for k, v in ids.items()}))


if __name__ == "__main__":
    main()
