"""Report dialog: choose an audience, see what its report will hold, generate it in the background, preview
it, save it.

For the audience chosen the dialog says how many of the case's incidents, allegations, witnesses, accounts,
sources and evidence files the report will hold and why the others are left out (their visibility, the
witness's consent, the records they depend on), and what of the case itself its own visibility hides: the
lines ``hrdoc report`` prints, from :meth:`ReportService.scopes`. It asks before making a report that would
hold no incident.

The PDF stays in memory from generation to "Save as…": the service returns bytes, the pages are rasterised
in memory (QtPdf where the full PySide6 is installed, else pypdfium2), and the only file ever written is the
one the user chose, through a temporary file in the same folder that holds the same final, redacted bytes.
"""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.progress import labelled
from hrdoc.gui import i18n, settings, window_fit
from hrdoc.gui.background import Progress, run_in_background
from hrdoc.gui.i18n import tr
from hrdoc.gui.report_scope import ScopeBox, make_empty_anyway
from hrdoc.services import sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.languages import LANGUAGES
from hrdoc.services.reporting import REPORT_LANGUAGES, Audience, ReportScope, ReportService, report_language

PREVIEW_SCALE = 1.2  # pixels per PDF point: an A4 page is about 714 pixels wide
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe; one rasterisation at a time


def audience_description(audience: Audience) -> str:
    """One line saying what a report for ``audience`` shows (docs/reports.md has the full rules)."""
    return {
        Audience.PUBLIC: tr(
            "Only records marked public. Witnesses by pseudonym; their words only where they consented to be quoted."
        ),
        Audience.PARTNERS: tr(
            "Public and restricted records; accounts where the witness agreed to sharing with partners. "
            "Marked RESTRICTED."
        ),
        Audience.INTERNAL: tr(
            "Every record, with interview details and working notes. Marked CONFIDENTIAL on every page."
        ),
    }[audience]


# The letter that chooses each audience with Alt (Generate has G, Save as S, Close C).
MNEMONICS = {Audience.PUBLIC: "P", Audience.PARTNERS: "r", Audience.INTERNAL: "I"}


def with_mnemonic(label: str, letter: str) -> str:
    """``label`` with ``&`` before the first ``letter`` in it (or as it is, if it has none)."""
    at = label.find(letter)
    return label.replace("&", "&&") if at < 0 else label[:at].replace("&", "&&") + "&" + label[at:].replace("&", "&&")


# Page images take ~3 MB each: the preview shows the first pages of a long report, Save writes all of it.
MAX_PREVIEW_PAGES = 40


@dataclass
class GeneratedReport:
    audience: Audience
    pdf: bytes
    pages: list[QImage]
    total_pages: int
    scope: ReportScope  # what it holds, counted as it was made


# -- rasterising in memory -------------------------------------------------------------------------------


def page_images(
    pdf: bytes, progress: Progress | None = None, scale: float = PREVIEW_SCALE, limit: int = MAX_PREVIEW_PAGES
) -> tuple[list[QImage], int]:
    """The first ``limit`` pages of ``pdf`` as images rendered in memory, and the page count.

    Runs on any thread (QImage, not QPixmap)."""
    try:
        from PySide6 import QtPdf  # noqa: F401  (only in the full PySide6 package)
    except ImportError:
        return _pdfium_images(pdf, progress, scale, limit)
    return _qtpdf_images(pdf, progress, scale, limit)


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress.step(
            done, total, tr("Preparing the preview: page {page} of {pages}…").format(page=done + 1, pages=total)
        )


def _pdfium_images(pdf: bytes, progress: Progress | None, scale: float, limit: int) -> tuple[list[QImage], int]:
    import pypdfium2

    formats = {
        "RGBX": QImage.Format.Format_RGBX8888,
        "RGBA": QImage.Format.Format_RGBA8888,
        "RGB": QImage.Format.Format_RGB888,
        "L": QImage.Format.Format_Grayscale8,
    }
    images: list[QImage] = []
    with _pdfium_lock:
        document = pypdfium2.PdfDocument(pdf)  # reads from the bytes in memory; no file is involved
        try:
            total = len(document)
            shown = min(total, limit)
            for number in range(shown):
                _step(progress, number, shown)
                page = document[number]
                try:
                    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                    try:
                        image = QImage(
                            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.mode]
                        )
                        images.append(image.copy())  # own the pixels: the bitmap's buffer is freed below
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return images, total


def _qtpdf_images(  # pragma: no cover
    pdf: bytes, progress: Progress | None, scale: float, limit: int
) -> tuple[list[QImage], int]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images: list[QImage] = []
    total = document.pageCount()
    shown = min(total, limit)
    for number in range(shown):
        _step(progress, number, shown)
        size = document.pagePointSize(number)
        images.append(document.render(number, QSize(round(size.width() * scale), round(size.height() * scale))))
    document.close()
    return images, total


# -- saving ----------------------------------------------------------------------------------------------


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed over the target."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


# -- the dialog ------------------------------------------------------------------------------------------


class ReportDialog(QDialog):
    generated = Signal()  # a report is in memory and its preview shown
    counted = Signal()  # what each audience's report will hold is counted and the chosen one's shown

    def __init__(self, ctx: StoreContext, case_ref: str, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_ref = case_ref
        self.report: GeneratedReport | None = None
        self.saved_to: Path | None = None
        self._generation = 0
        self.setWindowTitle(tr("Report — {case}").format(case=case_ref))

        named = f"<b>{html.escape(case_ref)}</b>" + (f" — {html.escape(title)}" if title else "")
        heading = QLabel(i18n.in_layout_direction(named, self))  # on the right in Arabic, a Latin title too
        heading.setTextFormat(Qt.TextFormat.RichText)

        audience_box = QGroupBox(tr("Audience"))
        audience_layout = QVBoxLayout(audience_box)
        self.audience_group = QButtonGroup(self)
        self.audience_buttons: dict[Audience, QRadioButton] = {}
        for number, audience in enumerate(Audience):
            button = QRadioButton(with_mnemonic(tr(audience.label), MNEMONICS[audience]))
            button.setObjectName(f"audience_{audience.value}")
            button.setAccessibleDescription(audience_description(audience))
            self.audience_group.addButton(button, number)
            self.audience_buttons[audience] = button
            audience_layout.addWidget(button)
        self.audience_buttons[Audience.PUBLIC].setChecked(True)
        # What the chosen audience's report shows: one explanation, the chosen one's, so that the dialog fits a
        # laptop's screen with room for what the report will hold.
        self.audience_note = QLabel(audience_description(Audience.PUBLIC))
        self.audience_note.setObjectName("audienceNote")
        self.audience_note.setWordWrap(True)
        never = QLabel(tr("Legal names, contacts and residences of witnesses and victims are never in a report."))
        never.setWordWrap(True)
        audience_layout.addWidget(self.audience_note)
        audience_layout.addWidget(never)
        self.audience_group.idToggled.connect(lambda _id, on: self._audience_changed() if on else None)

        # The report's language, whatever the interface's (by default the interface's, if reports speak it; else
        # English): each named in its own.
        self.language_box = QComboBox()
        self.language_box.setObjectName("reportLanguage")
        for code, name in LANGUAGES:
            if code in REPORT_LANGUAGES:
                self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(report_language(i18n.running)))
        self.language_box.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(tr("Report &language:"))
        language_label.setBuddy(self.language_box)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_box, 1)

        # What the chosen audience's report will hold, counted before it is made.
        self.scope_box = ScopeBox(ctx, case_ref)
        self.scope_box.counted.connect(self.counted)
        self.scope_label = self.scope_box.label

        self.generate_button = QPushButton(tr("&Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.status = QLabel(tr("Choose who the report is for, then Generate."))
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.generate_button)
        generate_row.addStretch(1)

        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("reportPages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setContentsMargins(8, 8, 8, 8)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview = QScrollArea()
        self.preview.setObjectName("reportPreview")
        self.preview.setWidgetResizable(True)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setBackgroundRole(QPalette.ColorRole.Dark)
        self.preview.setWidget(self.pages_widget)
        self.preview.setMinimumWidth(round(595 * PREVIEW_SCALE) + 50)  # an A4 page, margins and scroll bar
        self.page_labels: list[QLabel] = []

        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(audience_box)
        left.addLayout(language_row)
        left.addWidget(self.scope_box)
        left.addLayout(generate_row)
        left.addWidget(self.status)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        # Scrolls rather than squeezing its lines when the screen is short (a long list of what is left out).
        left_scroll = QScrollArea()
        left_scroll.setObjectName("reportChoices")
        left_scroll.setWidget(left_widget)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setFixedWidth(360)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(left_scroll)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        screen = window_fit.available_geometry(parent or self)  # within the screen, its frame included
        frame = window_fit.FRAME
        self.resize(min(1140, screen.width() - frame.width()), min(720, screen.height() - frame.height()))
        self.scope_box.count()

    @classmethod
    def ask(cls, ctx: StoreContext, case_ref: str, parent: QWidget | None = None, *, title: str = "") -> Path | None:
        """Show the dialog; the path the report was saved to, or None if none was saved."""
        dialog = cls(ctx, case_ref, parent, title=title)
        try:
            dialog.exec()
            return dialog.saved_to
        finally:
            dialog.forget()
            dialog.deleteLater()

    # -- state -----------------------------------------------------------------------------------------

    def audience(self) -> Audience:
        return next(a for a, b in self.audience_buttons.items() if b.isChecked())

    def set_audience(self, audience: Audience) -> None:
        self.audience_buttons[audience].setChecked(True)

    def language(self) -> str:
        """The report's language (a code of hrdoc.services.languages.LANGUAGES)."""
        return str(self.language_box.currentData())

    def set_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def _language_changed(self) -> None:
        if self.report is not None:
            self.forget()
            self.status.setText(tr("The report's language changed: Generate the report again."))

    def page_count(self) -> int:
        return len(self.page_labels)

    def _audience_changed(self) -> None:
        self.audience_note.setText(audience_description(self.audience()))
        self.scope_box.show_for(self.audience())
        if self.report is not None and self.report.audience is not self.audience():
            self.forget()
            self.status.setText(tr("The audience changed: Generate the report again."))

    # -- what the report will hold ---------------------------------------------------------------------

    def forget(self) -> None:
        """Drop the PDF and its page images (closing, locking, or a new audience)."""
        self._generation += 1  # a report still being made is no longer wanted
        self.report = None
        self.save_button.setEnabled(False)
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels.clear()

    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    # -- generating ------------------------------------------------------------------------------------

    def generate(self, *, allow_empty: bool = False) -> None:
        """Make the report for the chosen audience in the background; a report that would hold no incident only
        once the user said so (``allow_empty``: they did)."""
        self.forget()
        self._generation += 1
        generation = self._generation
        ctx, case_ref, audience, language = self.ctx, self.case_ref, self.audience(), self.language()
        organisation = settings.ORGANISATION.get()
        # The investigator's name from Preferences signs internal reports only (see the sharing policy).
        author = settings.INVESTIGATOR.get() if sharing.investigator_named(audience) else ""

        def make(progress: Progress) -> tuple[int, GeneratedReport | ReportScope]:
            progress.step(0, 0, tr("Counting what the report will hold…"))
            service = ReportService(ctx)
            scope = service.scope(case_ref, audience)  # counted again: the case may have changed
            if scope.empty and not allow_empty:
                return generation, scope  # the user is asked first (on the GUI thread)
            making = tr("Generating the {audience} report…").format(audience=tr(audience.label).lower())
            progress.step(0, 0, making)
            pdf = service.render(
                case_ref,
                audience,
                organisation=organisation,
                author=author,
                language=language,
                progress=labelled(progress, making),
            )
            images, total = page_images(pdf, progress)
            return generation, GeneratedReport(audience, pdf, images, total, scope)

        self.generate_button.setEnabled(False)
        self.status.setText(tr("Generating…"))
        operation = run_in_background(self, tr("Generating the report…"), make, self._generated, self._failed)
        operation.finished.connect(self._finished)

    def _finished(self) -> None:
        self.generate_button.setEnabled(True)
        if self.report is None:
            self.status.setText(tr("No report was made."))  # cancelled; success or failure say more below

    def _generated(self, result: tuple[int, GeneratedReport | ReportScope]) -> None:
        generation, report = result
        if generation != self._generation:
            return  # closed, locked or asked again meanwhile
        self.scope_box.keep(report if isinstance(report, ReportScope) else report.scope)
        if isinstance(report, ReportScope):
            if make_empty_anyway(self, report):
                # Once this operation has finished (and said no report was made), make it again.
                QTimer.singleShot(0, self, lambda: self.generate(allow_empty=True))
            return
        self.report = report
        for number, image in enumerate(report.pages, 1):
            label = QLabel()
            label.setObjectName(f"reportPage{number}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())  # full size; the scroll area scrolls rather than squeezing pages
            label.setToolTip(tr("Page {page} of {pages}").format(page=number, pages=report.total_pages))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        report.pages.clear()  # the labels hold the pixels now
        self.save_button.setEnabled(True)
        status = tr("{audience} report: {pages} page(s), {size} KB. Nothing has been saved yet.").format(
            audience=tr(report.audience.label), pages=report.total_pages, size=max(1, len(report.pdf) // 1024)
        )
        if self.page_count() < report.total_pages:
            status += " " + tr("The preview shows the first {count} pages; Save as… writes them all.").format(
                count=self.page_count()
            )
        self.status.setText(status)
        self.preview.verticalScrollBar().setValue(0)
        self.generated.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(tr("The report could not be made."))
        QMessageBox.warning(self, tr("Report"), tr("The report could not be made:\n{error}").format(error=error))

    # -- saving ----------------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        audience = self.report.audience.value if self.report is not None else self.audience().value
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.case_ref)
        return f"{safe}-{audience}-report.pdf"

    def save_as(self) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Save report as"), str(Path(folder) / self.suggested_name()), tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            if path.exists() and not self._confirm_replace(path):
                return
        try:
            write_atomically(path, self.report.pdf)
        except OSError as err:
            QMessageBox.warning(
                self,
                tr("Report"),
                tr("The report could not be saved to {path}:\n{error}").format(path=path, error=err.strerror or err),
            )
            return
        self.saved_to = path
        self.status.setText(tr("Saved to {path}.").format(path=path))

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, tr("Report"), tr("{name} already exists. Replace it?").format(name=path.name)
        )
        return answer == QMessageBox.StandardButton.Yes
