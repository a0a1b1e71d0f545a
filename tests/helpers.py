"""Factories for test records: the smallest valid record of each kind, overridable field by field; a
progress that cancels, as a user pressing Cancel would; and the command line run in-process."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hrdoc.domain.errors import Cancelled
from hrdoc.domain.progress import Progress
from hrdoc.services.records import RecordService

PASSPHRASE = "test passphrase — Annefif"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """``hrdoc ARGV`` in this process: its exit status, what it wrote on stdout and what on stderr."""
    from hrdoc.cli import main

    capsys.readouterr()
    out = io.StringIO()
    code = main([str(a) for a in argv], out=out)
    return code, out.getvalue(), capsys.readouterr().err


def make_case(r: RecordService, **fields: Any) -> uuid.UUID:
    values: dict[str, Any] = {"reference": f"T-{uuid.uuid4().hex[:8]}", "title": "Test case"}
    return r.create("case", **(values | fields))


def make_incident(r: RecordService, case_id: uuid.UUID, **fields: Any) -> uuid.UUID:
    return r.create("incident", **({"case_id": case_id, "title": "Test incident"} | fields))


def make_allegation(r: RecordService, case_id: uuid.UUID, incident_id: uuid.UUID, **fields: Any) -> uuid.UUID:
    values = {"case_id": case_id, "incident_id": incident_id, "violation_type": "attack_on_civilians"}
    return r.create("allegation", **(values | fields))


def make_witness(r: RecordService, case_id: uuid.UUID, pseudonym: str = "W-01", **fields: Any) -> uuid.UUID:
    return r.create("witness", **({"case_id": case_id, "pseudonym": pseudonym} | fields))


def make_source(r: RecordService, case_id: uuid.UUID, **fields: Any) -> uuid.UUID:
    return r.create("source", **({"case_id": case_id, "kind": "news_article", "title": "Test source"} | fields))


def make_account(r: RecordService, case_id: uuid.UUID, witness_id: uuid.UUID, **fields: Any) -> uuid.UUID:
    values = {"case_id": case_id, "witness_id": witness_id, "narrative": "What the witness said."}
    return r.create("account", **(values | fields))


def cancel_when(stop: Callable[[int, int, str], bool]) -> Progress:
    """A progress that raises :class:`Cancelled` once ``stop(done, total, what)`` is true."""

    def progress(done: int, total: int, what: str) -> None:
        if stop(done, total, what):
            raise Cancelled()

    return progress
