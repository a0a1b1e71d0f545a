"""How long the app takes to start, for ``benchmarks/startup.py``: with ``HRDOC_STARTUP_PROBE=1`` in its
environment, the app prints when its first window is painted and quits there.

The first window is the unlock dialog, or the main window with its case list when the passphrase is given the
way every command takes it (``HRDOC_PASSPHRASE`` or ``--passphrase-file``). The probe prints one line on
stdout, ``hrdoc-startup <window class> <seconds> <modules imported> <heavy modules imported>``, the seconds read
from the system's monotonic clock, which every process on the machine shares, so the benchmark measures from
just before it started the process; and ``hrdoc-startup painted`` on stderr, where ``python -X importtime``
writes, to tell the imports before the paint from those after. Before that line, ``hrdoc-startup-cpu <process>
<thread>``: the processor seconds the whole process and the GUI thread had used by then (what a start costs,
less dependent on the machine's load than its wall time).

With ``HRDOC_STARTUP_PROBE_ICONS=1`` as well, it also prints, before that line, what a built application must
show (packaging/check_dist.py): ``hrdoc-startup-icons platform=<Qt platform> drawn=<icons drawn>/<icons>
null=<names of icons drawn empty, or -> buttons=<the window's visible tool buttons with an icon>/<visible tool
buttons> language=<interface language> translated=<yes|no>``.

It changes nothing else: the passphrase is asked or given as always, and quitting from the first window is
what the user could do there (the unlock dialog's Cancel, the main window's Quit).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from hrdoc.gui import app_filters

PROBE_ENV = "HRDOC_STARTUP_PROBE"
ICONS_ENV = "HRDOC_STARTUP_PROBE_ICONS"

# What the unlock dialog must not wait for (issue 15, point 1): each is imported where it is first used.
# tests/gui/test_startup_imports.py checks that none is imported when the dialog is on screen.
HEAVY_MODULES = (
    "alembic",  # with mako and pygments: only to upgrade a store
    "mako",
    "pygments",
    "reportlab",  # reports and their charts
    "jsonschema",
    "PIL",
    "sqlalchemy",  # the store itself: opened once the passphrase is known
    "hrdoc.storage.models",
    "hrdoc.storage.migrate",
    "hrdoc.services.reporting",
    "hrdoc.services.exchange",  # bundles, sync, merge
    "hrdoc.services.evidence",  # capture, intake
    "hrdoc.gui.exchange",  # the transfer dialogs
    "hrdoc.gui.report_dialog",
    "hrdoc.gui.workspace",
    "hrdoc.gui.main_window",
)


def heavy_families(modules: Iterable[str]) -> list[str]:
    """The entries of :data:`HEAVY_MODULES` that ``modules`` (names of imported modules) hold, or hold a part of."""
    found = set(modules)
    return [family for family in HEAVY_MODULES if family in found or any(m.startswith(family + ".") for m in found)]


class FirstPaint(QObject):
    """Sees the first paint of a top-level window; once that paint (and its children's) is over, prints the time
    and leaves every event loop, the unlock dialog's included."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.done = True
            name = type(watched).__name__
            # The window's children paint after it, in the same pass: the timer fires once all of it is drawn.
            QTimer.singleShot(0, lambda: self._report(name, watched))
        return False

    def _report(self, name: str, window: QWidget) -> None:
        now = time.monotonic()
        if os.environ.get(ICONS_ENV) == "1":
            print(shown(window), flush=True)
        heavy = ",".join(heavy_families(sys.modules)) or "-"
        print(f"hrdoc-startup-cpu {time.process_time():.6f} {time.thread_time():.6f}", flush=True)
        print(f"hrdoc-startup {name} {now:.6f} {len(sys.modules)} {heavy}", flush=True)
        print("hrdoc-startup painted", file=sys.stderr, flush=True)
        QCoreApplication.exit(0)


def shown(window: QWidget) -> str:
    """The ``hrdoc-startup-icons`` line: the Qt platform, every icon of the app drawn (or the names of those drawn
    empty), the window's visible tool buttons with an icon, and the interface's language with whether its
    catalogue translates (a text of the unlock dialog, in every catalogue)."""
    from PySide6.QtGui import QGuiApplication

    from hrdoc.gui import i18n, icons

    null = [name for name in sorted(icons.NAMES) if icons.icon(name).isNull()]
    buttons = [button for button in window.findChildren(QToolButton) if button.isVisible()]
    with_icon = sum(not button.icon().isNull() for button in buttons)
    translated = "yes" if i18n.tr("&Stay locked") != "&Stay locked" else "no"
    return (
        f"hrdoc-startup-icons platform={QGuiApplication.platformName()} "
        f"drawn={len(icons.NAMES) - len(null)}/{len(icons.NAMES)} null={','.join(null) or '-'} "
        f"buttons={with_icon}/{len(buttons)} language={i18n.running} translated={translated}"
    )


def install() -> QObject | None:
    """The probe, on the application, if ``HRDOC_STARTUP_PROBE`` asks for it (else None). Like the app's other
    application-wide filters, it is taken off the application before Python exits (:mod:`hrdoc.gui.app_filters`)."""
    if os.environ.get(PROBE_ENV) != "1":
        return None
    return app_filters.install(FirstPaint, None)
