"""The application's icon for the Windows and macOS builds (packaging/hrdoc.spec): the shipped SVG
(hrdoc/resources/desktop/hrdoc.svg, the icon Linux desktops read) drawn at 256 × 256 pixels as a PNG, which
PyInstaller turns into the ``.ico`` or ``.icns`` those systems need (with Pillow, one of hrdoc's dependencies).
"""

from __future__ import annotations

import os
from pathlib import Path

SIZE = 256


def render_png(svg: Path, png: Path, size: int = SIZE) -> Path:
    """Draw ``svg`` into a transparent ``size`` × ``size`` PNG at ``png``; the PNG's path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the build machine needs no screen
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the application icon {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png)):
        raise SystemExit(f"cannot write {png}")
    del app
    return png
