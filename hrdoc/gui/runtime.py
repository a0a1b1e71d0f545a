"""How the desktop app's process uses SQLite: set by the app before it opens its store
(:class:`hrdoc.gui.app.AppController`), and by the benchmarks that measure the app as it runs (``benchmarks/gui.py``).
"""

from __future__ import annotations

# SQLite's memory, all the app's connections together (KiB). The app lives long and holds several connections
# (its own, and the pool's for reads made off the GUI thread), each of which would keep up to the store's page
# cache (CACHE_KIB, 64 MiB) of pages read once: 249-250 MiB on a 20,000-allegation case against issue 15's goal
# of under 250. Past this bound a connection reuses its own pages instead. 32 MiB holds what a session on that
# case reads again (no step slower: docs/benchmarks.md), and fewer decrypted pages lie in memory.
SQLITE_MEMORY_KIB = 32 * 1024


def bound_sqlite() -> None:
    """Bound SQLite's memory in this process as the app does (process-wide: every connection, opened or to be)."""
    from hrdoc.storage.engine import bound_memory  # the store's modules: never before the unlock dialog

    bound_memory(SQLITE_MEMORY_KIB)
