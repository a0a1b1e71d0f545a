"""Screenshots of every page and dialog in French and Arabic at 1366×768 (issue 16, point 7), for a person to look
at one by one: docs/screenshots/<language>/.

    python tools/screenshots.py [fr ar]     # (re)writes docs/screenshots/fr/*.png and docs/screenshots/ar/*.png

The walk is the GUI test's (tests/gui/language_walk.py): the demo case in a new store in a temporary folder, the
interface in the language, the main window at 1366×768 on each page, then each window its menus open (where Qt's
file chooser comes first, it answers with a bundle of the demo case, a short ACLED CSV file or a text file:
language_walk.Files); then, with invented dated incidents added (docs/screenshots/capture.py), the map with a
place chosen and the timeline, with and without a period chosen. Each is grabbed as Qt paints it (QWidget.grab,
on the offscreen platform unless QT_QPA_PLATFORM says otherwise) and saved as a PNG of 256 colours, which keeps
the files small and the text sharp.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def dated(ctx: Any, window: Any, walk: Any, seen: Callable[[str, Any], None]) -> None:
    """The map with a place chosen and the timeline, once the demo case has dated incidents: the invented ones of
    docs/screenshots/capture.py (its own two have no date), as the English pictures show them (timeline.steps)."""
    sys.path.insert(0, str(OUT))
    from capture import add_dated

    from hrdoc.gui.workspace.chronology_page import ChronologyPage
    from hrdoc.gui.workspace.map_page import MapPage
    from hrdoc.services.chronology import Period
    from hrdoc.services.records import RecordService

    add_dated(ctx, RecordService(ctx).records("case")[0].id)
    window.workspace.reload()  # records added behind the window's back
    walk.settle(3.0)
    shown = window.workspace.go_to(MapPage)
    for _wait in range(100):  # the map of the case with its new places drawn
        walk.settle(0.2)
        places = shown.place_model.stringList()
        if any("Kidal" in text for text in places) and not shown.busy():
            break
    row = next((i for i, text in enumerate(places) if "Kidal" in text), None)
    if row is None:
        raise SystemExit(f"the map lists no place Kidal: {places}")
    shown.place_list.setCurrentIndex(shown.place_model.index(row))
    walk.settle(1.0)
    seen("map-places", window)
    window.workspace.go_to(ChronologyPage)
    walk.settle(2.0)
    seen("timeline", window)
    window.workspace.period.set(Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31)))  # as a click on its bar
    walk.settle(1.5)
    seen("timeline-period", window)
    window.workspace.go_to(MapPage)
    walk.settle(1.5)
    seen("map-period", window)
    window.workspace.period.clear()


def main(argv: list[str]) -> int:
    languages = argv or ["fr", "ar"]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # no saved geometry or language of the user's
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sys.path.insert(0, str(ROOT))
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication, QWidget

        from hrdoc.gui.main_window import MainWindow
        from hrdoc.services.demo import build_demo_case
        from hrdoc.services.session import new_store
        from tests.gui.language_walk import SCREEN, Files, Walk

        app = QApplication(["hrdoc"])
        app.setOrganizationName("hrdoc-screenshots")
        from hrdoc.gui import window_fit

        window_fit.available_geometry = lambda widget=None: SCREEN  # a 1366×768 laptop, whatever the platform's
        from hrdoc.services import languages as known

        shipped = known.CATALOGUES
        for language in languages:
            folder = OUT / language
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.png"):
                old.unlink()
            ctx = new_store(Path(tmp) / f"{language}.db", "screenshots passphrase", user="investigator")
            build_demo_case(ctx)
            files = Files.made(ctx, Path(tmp) / f"files-{language}")
            walk = Walk(language, Path(tmp) / "translations")
            walk.install(app)
            window = MainWindow(ctx)
            window.resize(SCREEN.size())
            window.show()
            window.refresh()
            walk.settle(3.0)
            heads = window.workspace.page_heads()

            def seen(name: str, shown: QWidget, folder: Path = folder, heads: list[tuple[str, str]] = heads) -> None:
                if name.startswith("page-"):
                    row = int(name.removeprefix("page-")) - 1
                    name = f"page-{row + 1:02d}-{re.sub(r'[^a-z]+', '-', heads[row][1].lower()).strip('-')}"
                image = (
                    shown.grab()
                    .toImage()
                    .convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
                )
                image.save(str(folder / f"{name}.png"))

            walk.pages(window, seen, pause=1.5)  # each page's form and related records laid out
            walk.dialogs(window, seen, files)
            dated(ctx, window, walk, seen)
            window.close()
            walk.remove(shipped)
            ctx.close()
            print(f"{language}: {len(list(folder.glob('*.png')))} screenshots in {folder.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
