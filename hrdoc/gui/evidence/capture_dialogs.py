"""The evidence page's dialogs for online sources: capture a web page now, or import a capture made elsewhere."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from hrdoc.domain.enums import Visibility
from hrdoc.domain.marks import N_
from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.evidence.dialogs import Targets, _FileField, _target_box, _visibility_box, _WhenEdit
from hrdoc.gui.i18n import tr

NETWORK_WARNING = N_(  # marked: lupdate reads only literal texts, and this one is handed to tr() by name
    "The site sees this computer's network address (IP) and the time of the visit, and may log them. "
    "If that could put you, a witness or your organisation at risk, do not capture from here: use a safer "
    "connection, or save the page elsewhere and use Import capture."
)


@dataclass(frozen=True)
class CaptureRequest:
    url: str
    source_id: uuid.UUID | None
    visibility: Visibility


def _source_box(sources: Targets, default: uuid.UUID | None) -> QComboBox:
    return _target_box([(tr("A new source for the page"), None), *sources], default)


class CaptureDialog(AskDialog):
    def __init__(self, sources: Targets, parent: QWidget | None = None, *, default: uuid.UUID | None = None) -> None:
        super().__init__(tr("Capture a web page"), tr("Capture now"), parent, min_width=620)
        self.setObjectName("captureDialog")
        self.body.addWidget(
            _note(
                tr(
                    "hrdoc fetches the page now and keeps everything it received (each redirect, the headers, "
                    "the HTML and its text) in one web archive (WARC), with its hash and the time of capture. "
                    "Nothing is stored if the capture fails."
                )
            )
        )
        warning = _note("⚠ " + tr(NETWORK_WARNING), WARNING_STYLE)
        warning.setObjectName("networkWarning")
        self.body.addWidget(warning)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://")
        self.source = _source_box(sources, default)
        self.visibility = _visibility_box()
        form.addRow(tr("Address (URL)"), self.url)
        form.addRow(tr("File under"), self.source)
        form.addRow(tr("Visibility"), self.visibility)
        self.body.addLayout(form)

    def check(self) -> str:
        url = self.url.text().strip()
        if not url:
            return tr("Give the address of the page (http:// or https://).")
        if not url.lower().startswith(("http://", "https://")):
            return tr("Give a web address starting with http:// or https://.")
        return ""

    @classmethod
    def ask(
        cls, sources: Targets, parent: QWidget | None = None, *, default: uuid.UUID | None = None
    ) -> CaptureRequest | None:
        dialog = cls(sources, parent, default=default)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return CaptureRequest(
                dialog.url.text().strip(), dialog.source.currentData(), Visibility(dialog.visibility.currentData())
            )
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class ImportCaptureRequest:
    path: Path
    url: str
    captured_at: dt.datetime | None
    captured_by: str
    tool: str
    note: str
    source_id: uuid.UUID | None
    visibility: Visibility


CAPTURE_FILTERS = N_("Captures (*.html *.htm *.mhtml *.mht *.pdf *.warc *.warc.gz *.png *.jpg *.jpeg);;All files (*)")


class ImportCaptureDialog(AskDialog):
    def __init__(self, sources: Targets, parent: QWidget | None = None, *, default: uuid.UUID | None = None) -> None:
        super().__init__(tr("Import a capture made elsewhere"), tr("Import"), parent, min_width=620)
        self.setObjectName("importCaptureDialog")
        self.body.addWidget(
            _note(
                tr(
                    "A saved page (HTML, MHTML), a PDF, a web archive (WARC) or a screenshot, captured with "
                    "another tool or on another computer. It is kept exactly as it is and marked as captured "
                    "elsewhere."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file = _FileField(tr("Choose the saved capture"), tr(CAPTURE_FILTERS))
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText(tr("https://… (read from a WARC or MHTML file when left empty)"))
        self.captured_at = _WhenEdit(tr("unknown"))
        self.captured_at.set_value(None)
        self.captured_by = QLineEdit()
        self.captured_by.setObjectName("capturedBy")
        self.tool = QLineEdit()
        self.tool.setObjectName("tool")
        self.tool.setPlaceholderText(tr("browser, extension or archiving service"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.source = _source_box(sources, default)
        self.visibility = _visibility_box()
        form.addRow(tr("File"), self.file)
        form.addRow(tr("Address (URL)"), self.url)
        form.addRow(tr("Captured on"), self.captured_at)
        form.addRow(tr("Captured by"), self.captured_by)
        form.addRow(tr("With"), self.tool)
        form.addRow(tr("Note"), self.note)
        form.addRow(tr("File under"), self.source)
        form.addRow(tr("Visibility"), self.visibility)
        self.body.addLayout(form)

    def check(self) -> str:
        return self.file.problem(tr("Choose the file of the capture."))

    def request(self) -> ImportCaptureRequest:
        path = self.file.value()
        assert path is not None  # checked on accept
        return ImportCaptureRequest(
            path=path,
            url=self.url.text().strip(),
            captured_at=self.captured_at.value(),
            captured_by=self.captured_by.text().strip(),
            tool=self.tool.text().strip(),
            note=self.note.text().strip(),
            source_id=self.source.currentData(),
            visibility=Visibility(self.visibility.currentData()),
        )

    @classmethod
    def ask(
        cls, sources: Targets, parent: QWidget | None = None, *, default: uuid.UUID | None = None
    ) -> ImportCaptureRequest | None:
        dialog = cls(sources, parent, default=default)
        try:
            return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
