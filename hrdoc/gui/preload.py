"""What unlocking and the main window's first paint need, imported in a thread while the person types the
passphrase (issue 15, point 1).

The unlock dialog is painted before the database libraries are imported, and a person then takes seconds to
type the passphrase, seconds in which the GUI thread only waits for keys. Once the dialog is painted,
:class:`Preload` imports in a thread what the unlock and the main window's first paint need (the services that
open the store, the main window with its case list). Once the passphrase is given, unlocking then pays only for
the key, the store's checks, the audit entry and the window itself.

SQLAlchemy is not among them for a store file, nor the ORM and the models for any store: a store file is opened
on a connection of its own (:mod:`hrdoc.storage.first_connection`), where the unlock's audit entry is written
and the case list read (:mod:`hrdoc.services.audit_chain`, :mod:`hrdoc.services.case_summaries`); SQLAlchemy
and the ORM are imported after the main window's first paint, with the workspace
(:mod:`hrdoc.gui.workspace.prepare`). A team store is opened through SQLAlchemy's Core and its PostgreSQL dialect,
imported here too.

Imports only: nothing is opened, read or written before the passphrase is given; the GUI thread opens the store
and records the unlock, as before. It waits for the thread (:meth:`Preload.wait`) before it imports any of
these modules itself, so that two threads never import the same modules at once. The thread is not a daemon:
a person who cancels the dialog while it runs quits once it is done (Python waits for it), never in the middle
of an import.

A scripted start (the passphrase given up front: ``HRDOC_PASSPHRASE`` or ``--passphrase-file``) shows no dialog,
so there is no typing to hide the imports in: :func:`head_start` starts deriving the key at once, in a thread
(it leaves the GIL free), and imports the store's modules meanwhile, before Qt. Before Qt, because once
PySide6 is imported every later import passes through its hook for ``from __feature__ import ...``, which
reads each new module's source file to see whether it names PySide6 (``shibokensupport.feature``), a tenth of
their import time (measured when SQLAlchemy, the models and the services were imported there: about 400 files;
issue 15's section in docs/benchmarks.md). These modules use no Qt, so nothing changes for them.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hrdoc.storage.store_key import KeyInBackground

log = logging.getLogger(__name__)

# What the unlock (the key's derivation, hrdoc.services.session and the store) and the main window's first paint
# (its module, with the case list and what it reads through) import; each imports the rest. Not the ORM.
MODULES = ("hrdoc.storage.store_key", "hrdoc.services.session", "hrdoc.gui.main_window")
# What opening a team store imports besides (SQLAlchemy's dialect, when its engine is made); a store file, nothing.
TEAM_MODULES = {False: (), True: ("sqlalchemy.dialects.postgresql",)}
THREAD_NAME = "hrdoc-preload"
# The Qt-free part of what the unlock and the main window's first paint import (hrdoc.gui.main_window itself
# needs Qt): the store, and how its case list is read.
STORE_MODULES = ("hrdoc.storage.store_key", "hrdoc.services.session", "hrdoc.services.case_summaries")
# While a thread imports beside the GUI thread (this module's, and the workspace's: hrdoc.gui.workspace.prepare),
# how long it may keep Python's interpreter lock when the GUI thread waits for it (seconds; Python's default is
# 5 ms). The GUI thread takes the lock back for each Python call Qt makes (a paint, an event filter on a key), and
# waited up to 5 ms each time: a first paint of 12 ms of work held the window 57-69 ms on the 20,000-allegation
# case, 40-50 ms with this (docs/benchmarks.md, issue 15).
SWITCH_S = 0.0005


@contextlib.contextmanager
def handing_over() -> Iterator[None]:
    """While it lasts, a thread waiting for the interpreter lock gets it within :data:`SWITCH_S`."""
    switching = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_S)
    try:
        yield
    finally:
        sys.setswitchinterval(switching)


def preload(team: bool = False) -> None:
    """Import :data:`MODULES` (and, ``team``, the team store's dialect) (what :class:`Preload`'s thread runs)."""
    for name in (*MODULES, *TEAM_MODULES[team]):
        importlib.import_module(name)


def head_start(db: str | os.PathLike[str] | None, *, encrypted: bool, passphrase: str) -> KeyInBackground | None:
    """For a start whose passphrase is given up front, before Qt is imported: start deriving the key of the
    encrypted store named by ``db`` (if it exists: a new store is made as before), and import
    :data:`STORE_MODULES` (and a team store's dialect) while it is derived. The key being derived, to hand to
    :meth:`hrdoc.gui.app.AppController.start` (None if there is none to derive)."""
    from hrdoc.storage.location import StoreLocation
    from hrdoc.storage.store_key import derive_in_background

    location = StoreLocation.parse(db)
    path = location.path
    key = None
    if path is not None and encrypted and passphrase and path.is_file():
        key = derive_in_background(path, passphrase)
    for name in (*STORE_MODULES, *TEAM_MODULES[location.url is not None]):
        importlib.import_module(name)
    return key


class Preload:
    """Runs :func:`preload` once, in a thread, from :meth:`start` on."""

    def __init__(self, *, team: bool = False) -> None:
        self.team = team
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def done(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def start(self) -> None:
        """Start importing (once; later calls do nothing)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, args=(self.team,), name=THREAD_NAME)
            self._thread.start()

    def wait(self) -> None:
        """Wait until the thread, if started, is done. What it failed to import, the caller's own import of the
        same module raises again, where it belongs."""
        if self._thread is not None:
            self._thread.join()

    @staticmethod
    def _run(team: bool) -> None:
        try:
            with handing_over():  # keys typed meanwhile reach the dialog at once
                preload(team)
        except Exception:  # the GUI thread's own import raises it again (wait)
            log.debug("preloading the store's modules failed; they are imported when needed", exc_info=True)
