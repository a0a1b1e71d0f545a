"""How the desktop app's process runs: set once at its start (:mod:`hrdoc.gui.launch`), and by the benchmarks that
measure it as it runs (``benchmarks/gui.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from hrdoc.gui.collector import GuiThreadCollector
from hrdoc.storage.engine import bound_memory

# SQLite's memory, all the app's connections together (KiB). The app lives long and holds several connections
# (its own, and the pool's for reads made off the GUI thread), each of which would keep up to the store's page
# cache (CACHE_KIB, 64 MiB) of pages read once; past this bound a connection reuses its own pages instead. 32 MiB
# holds what a session on a 20,000-allegation case reads again, and fewer decrypted pages lie in memory.
SQLITE_MEMORY_KIB = 32 * 1024


def set_up(app: QObject) -> GuiThreadCollector:
    """Set up this process as the desktop app runs: SQLite's memory bounded, cycles collected on the GUI thread
    only (the collector returned, owned by ``app``)."""
    bound_memory(SQLITE_MEMORY_KIB)
    return GuiThreadCollector(app)
