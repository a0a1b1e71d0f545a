"""A second writer that cannot get the store in time is refused with a clear message, and loses nothing."""

from __future__ import annotations

import pytest

from hrdoc.services.context import StoreContext
from hrdoc.services.records import RecordService
from hrdoc.services.verify import verify_store
from hrdoc.storage import engine as engine_module
from hrdoc.storage import models as m
from hrdoc.storage.errors import StoreBusy
from tests.backends import reopen


def test_writer_blocked_past_the_busy_timeout_gets_store_busy(
    ctx: StoreContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    other = reopen(ctx, user="second laptop user")
    try:
        with ctx.write() as session:  # the first process is in the middle of a write
            session.add(m.StoreMeta(key="in-progress", value="x"))
            session.flush()
            with pytest.raises(StoreBusy, match="another hrdoc process"):
                RecordService(other).create("case", reference="ML-BUSY-1", title="Blocked write")
        # The first write committed; the refused one left nothing behind, half or whole.
        assert RecordService(other).records("case") == []
        with other.read() as session:
            assert session.get(m.StoreMeta, "in-progress") is not None
        RecordService(other).create("case", reference="ML-BUSY-1", title="Retried write")
        assert [c.reference for c in RecordService(ctx).records("case")] == ["ML-BUSY-1"]
        assert verify_store(ctx).ok
    finally:
        other.close()
