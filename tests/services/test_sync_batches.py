"""A sync sends the team store statements by the batch, not by the row (storage.bulk): syncing a case ten times
larger costs the same statements, whether the records are new there, changed here, or come back to a new
laptop. Counted as the driver sees them: one ``execute`` or ``executemany`` call is one statement sent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from hrdoc.services.context import StoreContext
from hrdoc.services.exchange.sync import sync_case
from hrdoc.services.records import RecordService
from hrdoc.services.session import new_store
from tests.helpers import PASSPHRASE


class Statements:
    """Counts the statements an engine sends (while counting)."""

    def __init__(self, engine: Engine) -> None:
        self.sent = 0
        self.rows = 0  # rows of executemany calls, for the record
        self.counting = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: object, cursor: object, statement: str, params: object, ctx: object, many: bool) -> None:
        if self.counting:
            self.sent += 1
            self.rows += len(params) if many and isinstance(params, list | tuple) else 1

    def during(self, work: object) -> int:
        self.sent, self.counting = 0, True
        try:
            assert callable(work)
            work()
        finally:
            self.counting = False
        return self.sent


def laptop_with_case(path: Path, records: int) -> tuple[StoreContext, uuid.UUID]:
    """A laptop holding one case of about ``records`` records of four kinds, each made as forms make them."""
    laptop = new_store(path, PASSPHRASE, user="amina")
    service = RecordService(laptop)
    case_id = service.create("case", reference=f"ML-{records}", title="A case")
    place = service.create("location", case_id=case_id, name="Anefis", country_code="ML")
    for n in range(records // 4):
        service.create("incident", case_id=case_id, title=f"Incident {n}", location_id=place)
        service.create("source", case_id=case_id, title=f"Source {n}", kind="news_article")
        witness = service.create("witness", case_id=case_id, pseudonym=f"W-{n}")
        service.create("account", case_id=case_id, witness_id=witness, narrative=f"What witness {n} saw.")
    return laptop, case_id


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[StoreContext]]:
    opened: list[StoreContext] = []
    yield opened
    for store in opened:
        store.close()


def sync_counts(team: StoreContext, laptop: StoreContext, newcomer: StoreContext, case_id: uuid.UUID) -> list[int]:
    """Statements the team store receives: a first push, a push of every incident changed, and a new laptop's
    first sync (the team's copy pulled there)."""
    counted = Statements(team.engine)
    first = counted.during(lambda: sync_case(laptop, team, case_id))
    service = RecordService(laptop)
    for incident in service.records("incident", case_id):
        service.update("incident", incident.id, notes="seen again")
    changed = counted.during(lambda: sync_case(laptop, team, case_id))
    pulled = counted.during(lambda: sync_case(newcomer, team, case_id))
    return [first, changed, pulled]


def test_statements_per_sync_grow_with_batches_not_rows(
    ctx: StoreContext, tmp_path: Path, laptops: list[StoreContext]
) -> None:
    counts = {}
    for records in (16, 160):
        laptop, case_id = laptop_with_case(tmp_path / f"laptop-{records}.db", records)
        newcomer = new_store(tmp_path / f"new-{records}.db", PASSPHRASE, user="bakary")
        laptops += [laptop, newcomer]
        counts[records] = sync_counts(ctx, laptop, newcomer, case_id)
        team_copy = {i.title for i in RecordService(ctx).records("incident", case_id)}
        assert team_copy == {f"Incident {n}" for n in range(records // 4)}
        assert {i.notes for i in RecordService(newcomer).records("incident", case_id)} == {"seen again"}
    small, large = counts[16], counts[160]
    # Ten times the records (and their audit entries): a handful of statements more at the most, not ten times.
    for few, many in zip(small, large, strict=True):
        assert many <= few + 6, (small, large)
