"""Preview of an evidence file inside the app: images, PDF pages and text, decrypted in memory only.

The bytes come from :meth:`EvidenceService.read_for_preview` (which records the view in the chain of custody)
and never touch the disk: images are decoded from Qt's own copy of the bytes, PDF pages are rasterised by
PDFium from the bytes (see ``report_dialog.page_images``), and text, HTML source included, is shown as plain
text, never rendered (so a saved page cannot load anything from the network or from disk).
"""

from __future__ import annotations

import html
import io
import zlib
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.errors import Cancelled
from hrdoc.gui import colours, window_fit
from hrdoc.gui.background import Progress
from hrdoc.gui.evidence.common import mime_text
from hrdoc.gui.i18n import tr

TEXT_LIMIT = 4 * 1024 * 1024  # characters of text shown; the rest is cut (export the file to read it all)
MAX_PDF_PAGES = 30
PDF_SCALE = 1.2
TEXT_TYPES = (
    "application/json",
    "application/xml",
    "application/xhtml+xml",
    "application/warc",
    "application/warc+gzip",
    "multipart/related",
    "image/svg+xml",  # shown as its source: a drawing may refer to other files
)


@dataclass
class PreviewContent:
    """What the dialog shows, prepared off the GUI thread (QImage, not QPixmap)."""

    name: str
    mime: str
    size: int
    kind: str  # "image", "pdf", "text" or "none"
    image: QImage | None = None
    pages: list[QImage] = field(default_factory=list)
    total_pages: int = 0
    text: str = ""
    note: str = ""


def _base(mime: str) -> str:
    return mime.split(";", 1)[0].strip().lower()


def is_text(mime: str) -> bool:
    base = _base(mime)
    return base.startswith("text/") or base in TEXT_TYPES or base.endswith("+xml")


def decode_image(data: bytes) -> QImage:
    """The picture in ``data``, turned upright as its EXIF orientation says; a null image if unreadable.

    Runs on a worker thread, so Qt reads the bytes from a copy of its own (``QImage.fromData``), never through a
    device Python made: each read from such a device asks for the interpreter while Qt's image readers hold their
    lock, and the GUI thread, holding the interpreter, may be waiting for that lock (loading an icon): a deadlock
    seen in CI. A picture taken turned is decoded by Pillow, which turns it upright as it decodes."""
    if _orientation(data) not in (0, 1):
        turned = _pillow_image(data)
        if not turned.isNull():
            return turned
    image = QImage.fromData(data)
    return image if not image.isNull() else _pillow_image(data)


def _orientation(data: bytes) -> int:
    """The EXIF orientation of the picture in ``data`` (1: upright; 0 if it has none or cannot be read)."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as opened:
            return int(opened.getexif().get(0x0112, 0))
    except Exception:  # noqa: BLE001 - a hostile or unknown file: Qt decides whether it is a picture
        return 0


def _pillow_image(data: bytes) -> QImage:
    """Formats Qt cannot read (HEIC aside): decoded by Pillow, in memory."""
    try:
        from PIL import Image, ImageOps

        with Image.open(io.BytesIO(data)) as opened:
            picture = ImageOps.exif_transpose(opened) or opened
            rgba = picture.convert("RGBA")
            pixels = rgba.tobytes()
            image = QImage(pixels, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
            return image.copy()  # own the pixels
    except Exception:  # noqa: BLE001 - Pillow fails in many ways on hostile files: the note says no preview
        return QImage()


def decode_text(data: bytes) -> tuple[str, bool]:
    """``data`` as text (UTF-8, else windows-1252), and whether it was cut at TEXT_LIMIT characters."""
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("windows-1252", errors="replace")
    return text[:TEXT_LIMIT], len(text) > TEXT_LIMIT


def prepare(name: str, mime: str, data: bytes, progress: Progress | None = None) -> PreviewContent:
    """Decode ``data`` for showing. Runs on any thread; nothing is written anywhere."""
    base = _base(mime)
    content = PreviewContent(name=name, mime=mime, size=len(data), kind="none")
    if base.startswith("image/") and base != "image/svg+xml":
        image = decode_image(data)
        if image.isNull():
            content.note = tr("This image could not be decoded for a preview.")
        else:
            content.kind, content.image = "image", image
        return content
    if base == "application/pdf":
        from hrdoc.gui.report_dialog import page_images

        try:
            content.pages, content.total_pages = page_images(data, progress, PDF_SCALE, MAX_PDF_PAGES)
        except Cancelled:
            raise
        except (RuntimeError, ValueError):  # PdfiumError: PDFium refuses damaged and password-protected files
            content.note = tr("This PDF cannot be shown here (it may be damaged or protected by a password).")
            return content
        content.kind = "pdf"
        if content.total_pages > len(content.pages):
            content.note = tr("The preview shows the first {shown} of {total} pages.").format(
                shown=len(content.pages), total=content.total_pages
            )
        return content
    if is_text(mime):
        if base == "application/warc+gzip":
            try:
                inflater = zlib.decompressobj(wbits=47)  # gzip, members one after the other
                data = inflater.decompress(data, TEXT_LIMIT * 2)
            except zlib.error:
                content.note = tr("This compressed web archive could not be unpacked for a preview.")
                return content
        content.kind = "text"
        content.text, cut = decode_text(data)
        if cut:
            content.note = tr("The preview shows the beginning of the text only.")
        return content
    content.note = tr("hrdoc cannot show a {kind} here. Export a copy to open it with another program.").format(
        kind=mime_text(mime)
    )
    return content


class ZoomImage(QScrollArea):
    """One picture: fitted to the window (the default), or at a chosen zoom."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewImage")
        self.pixmap = QPixmap.fromImage(image)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.fit = True
        self.zoom = 1.0

    def fit_to_window(self) -> None:
        self.fit = True
        self._show()

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = max(0.05, min(zoom, 16.0))
        self._show()

    def current_zoom(self) -> float:
        if self.pixmap.isNull() or not self.fit:
            return self.zoom
        area = self.viewport().size()
        return min(area.width() / max(1, self.pixmap.width()), area.height() / max(1, self.pixmap.height()))

    def _show(self) -> None:
        if self.pixmap.isNull():
            return
        zoom = self.current_zoom()
        size = QSize(max(1, round(self.pixmap.width() * zoom)), max(1, round(self.pixmap.height() * zoom)))
        self.label.setPixmap(
            self.pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        self.label.resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit:
            self._show()


class EvidencePreviewDialog(QDialog):
    def __init__(self, content: PreviewContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.setWindowTitle(tr("Preview — {name}").format(name=content.name))
        self.content = content
        self.image_view: ZoomImage | None = None
        self.page_labels: list[QLabel] = []
        self.text_view: QPlainTextEdit | None = None
        heading = QLabel(f"<b>{html.escape(content.name)}</b> · {html.escape(mime_text(content.mime))}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        privacy = QLabel(
            tr(
                "Decrypted in memory only: nothing is written to disk. "
                "This viewing is recorded in the file's chain of custody."
            )
        )
        privacy.setWordWrap(True)
        colours.style(privacy, colours.SECONDARY_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(privacy)
        tools = QHBoxLayout()
        if content.kind == "image" and content.image is not None:
            self.image_view = ZoomImage(content.image)
            size = content.image.size()
            info = QLabel(tr("{width} × {height} pixels").format(width=size.width(), height=size.height()))
            tools.addWidget(info)
            tools.addStretch(1)
            for text, name, action in (
                (tr("Fit"), "zoomFit", self.image_view.fit_to_window),
                (tr("100%"), "zoomActual", lambda: self._zoom_to(1.0)),
                (tr("Zoom in"), "zoomIn", lambda: self._zoom_to(self._zoom() * 1.25)),
                (tr("Zoom out"), "zoomOut", lambda: self._zoom_to(self._zoom() / 1.25)),
            ):
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(action)
                tools.addWidget(button)
            layout.addLayout(tools)
            layout.addWidget(self.image_view, 1)
            content.image = None  # the view holds the pixels now
        elif content.kind == "pdf":
            pages = QWidget()
            pages_layout = QVBoxLayout(pages)
            pages_layout.setSpacing(12)
            pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            for number, image in enumerate(content.pages, 1):
                label = QLabel()
                label.setObjectName(f"previewPage{number}")
                label.setPixmap(QPixmap.fromImage(image))
                label.setFixedSize(image.size())
                label.setToolTip(tr("Page {page} of {pages}").format(page=number, pages=content.total_pages))
                pages_layout.addWidget(label)
                self.page_labels.append(label)
            content.pages = []
            scroll = QScrollArea()
            scroll.setObjectName("previewPages")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.StyledPanel)
            scroll.setBackgroundRole(QPalette.ColorRole.Dark)
            scroll.setWidget(pages)
            layout.addWidget(QLabel(tr("{count} page(s)").format(count=content.total_pages)))
            layout.addWidget(scroll, 1)
        elif content.kind == "text":
            self.text_view = QPlainTextEdit()
            self.text_view.setObjectName("previewText")
            self.text_view.setReadOnly(True)
            self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.text_view.setPlainText(content.text)
            content.text = ""
            if _base(content.mime) in ("text/html", "application/xhtml+xml", "multipart/related"):
                layout.addWidget(QLabel(tr("The page's source is shown as text; it is not opened as a web page.")))
            layout.addWidget(self.text_view, 1)
        if content.note:
            note = QLabel(content.note)
            note.setObjectName("previewNote")
            note.setWordWrap(True)
            layout.addWidget(note, 0 if content.kind != "none" else 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = window_fit.available_geometry(parent if parent is not None else self)
        if content.kind == "none":
            self.resize(min(520, screen.width() - 40), 220)
        else:
            self.resize(min(960, screen.width() - 40), min(720, screen.height() - 60))

    def _zoom(self) -> float:
        return self.image_view.current_zoom() if self.image_view is not None else 1.0

    def _zoom_to(self, zoom: float) -> None:
        if self.image_view is not None:
            self.image_view.set_zoom(zoom)

    def done(self, result: int) -> None:
        # Drop the decoded pixels and text as soon as the preview closes.
        if self.image_view is not None:
            self.image_view.label.clear()
            self.image_view.pixmap = QPixmap()
        for label in self.page_labels:
            label.clear()
        if self.text_view is not None:
            self.text_view.clear()
        super().done(result)

    @classmethod
    def ask(cls, content: PreviewContent, parent: QWidget | None = None) -> None:
        dialog = cls(content, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
