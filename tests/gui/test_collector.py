"""Cyclic garbage is collected on the GUI thread only (hrdoc.gui.collector): never on a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from hrdoc.gui.collector import GuiThreadCollector

pytestmark = pytest.mark.gui


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The thread of every collection that starts while the test runs."""
    seen: list[int] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def test_a_busy_worker_thread_never_starts_a_collection_and_the_gui_thread_does(
    qtbot: Any, collections: list[int]
) -> None:
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        canary: list[weakref.ref[Node]] = []

        def allocate() -> None:
            for _ in range(50_000):  # far past every threshold
                Node()
            canary.append(weakref.ref(Node()))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert worker.ident not in collections  # the worker allocated plenty and collected nothing
        assert canary[0]() is not None  # its cyclic garbage waits for the GUI thread ...
        qtbot.waitUntil(lambda: canary[0]() is None, timeout=5000)  # ... which collects it
        assert collections and set(collections) == {threading.get_ident()}
    finally:
        collector.stop()
        collector.deleteLater()
