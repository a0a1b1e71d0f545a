"""The crash handler: an unexpected error (a bug) is shown to the user instead of vanishing.

Errors the user can act on (a wrong passphrase, a busy store, invalid input) are caught where a service
meets the GUI; whatever reaches this handler is a bug. The message says that nothing saved is lost (every
write is one transaction) and offers the technical details to copy into a bug report. Exception messages
are not shown by default, since a message could quote a record's content.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from hrdoc.gui.i18n import tr


def _details(kind: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    where = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames)
    return f"{kind.__module__}.{kind.__qualname__}\n{where}"


def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details = _details(kind, tb)
    print(f"hrdoc: unexpected error (a bug):\n{details}", file=sys.stderr)
    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Unexpected error"))
    box.setText(
        tr(
            "Something went wrong inside hrdoc (a bug). What you saved before is safe: every change is "
            "saved whole or not at all. The action you were doing may not have completed.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def install() -> None:
    sys.excepthook = handle
