"""Evidence on a team store (PostgreSQL): the same intake, custody and verification, files in the database."""

from __future__ import annotations

import io
import os

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.evidence.service import EvidenceService
from hrdoc.services.records import RecordService
from hrdoc.services.verify import verify_store
from hrdoc.storage.models import VaultChunk
from hrdoc.storage.vault import CHUNK_SIZE
from hrdoc.storage.vault_team import DbVault
from tests.helpers import make_case

pytestmark = pytest.mark.postgresql_only


def test_intake_preview_verify_and_damage_on_a_team_store(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records, reference="TEAM-001")
    ev = EvidenceService(ctx)
    assert isinstance(ev.vault, DbVault)
    data = os.urandom(CHUNK_SIZE + 77)
    result = ev.intake(case, io.BytesIO(data), original_name="clip.bin")
    assert ev.read_for_preview(result.evidence_id) == data
    assert [e.action for e in ev.custody(result.evidence_id)] == ["intake", "view"]
    assert verify_store(ctx).ok
    table = VaultChunk.__table__
    with ctx.engine.begin() as conn:
        conn.execute(
            table.update()
            .where(table.c.item_id == result.evidence_id, table.c.chunk_no == 1)
            .values(data=b"\x00" * (CHUNK_SIZE + 16))
        )
    report = verify_store(ctx)
    assert report.problems == [
        "evidence clip.bin (case TEAM-001): chunk 1 fails authentication "
        "(its content was altered, or chunks were moved)"
    ]


def test_removal_on_a_team_store_deletes_the_chunks(ctx: StoreContext, records: RecordService) -> None:
    case = make_case(records)
    ev = EvidenceService(ctx)
    result = ev.intake(case, io.BytesIO(b"wrong file"), original_name="x.txt")
    ev.remove(result.evidence_id, reason="attached by mistake")
    assert ev.vault.item_ids() == set()
    assert verify_store(ctx).ok
