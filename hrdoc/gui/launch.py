"""Starting the desktop app: check the screen first, then hand over to the application controller."""

from __future__ import annotations

import sys
from pathlib import Path

from hrdoc import APP_ID, __version__
from hrdoc.gui.display import NO_SCREEN, display_problem


def launch(
    *,
    db: str | None,
    encrypted: bool,
    user: str | None = None,
    passphrase: str | None = None,
    bundle: Path | None = None,
) -> int:
    """Run the app until it quits; its exit status. ``bundle``: a case bundle to offer for import once the main
    window is on screen (a bundle opened from a file manager)."""
    problem = display_problem()
    if problem:
        print(f"hrdoc: {problem}", file=sys.stderr)
        return NO_SCREEN

    key = None
    if passphrase is not None:  # a scripted start: the key derived, the store's modules imported, before Qt
        from hrdoc.gui.preload import head_start

        key = head_start(db, encrypted=encrypted, passphrase=passphrase)

    from PySide6.QtWidgets import QApplication

    from hrdoc.gui import accessibility, crash, i18n, startup_probe
    from hrdoc.gui.app import AppController
    from hrdoc.gui.collector import GuiThreadCollector
    from hrdoc.gui.desktop_opens import DesktopOpens, offer_bundle
    from hrdoc.gui.keyboard import install_guard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hrdoc")
    app.setOrganizationName("hrdoc")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)  # the windows' class: the desktop shows them under hrdoc's entry and icon
    i18n.install(app)  # the language chosen in Preferences, before any window is made
    crash.install()
    startup_probe.install()  # HRDOC_STARTUP_PROBE=1 only: benchmarks/startup.py
    install_guard()  # wheels and mnemonics, for every window the app will show
    accessibility.install()  # a name a screen reader announces, for every field, list and table shown
    GuiThreadCollector(app)  # cycles are collected on the GUI thread only (see the module)
    opens = DesktopOpens(app)  # a bundle double-clicked in the macOS Finder
    controller = AppController(db, encrypted=encrypted, user=user)
    if not controller.start(passphrase, key):
        return 0
    if controller.window is not None:
        if bundle is not None:
            offer_bundle(controller.window, bundle)
        opens.attach(controller.window)
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
