"""The small dialogs of the evidence page: what to file new files under, working copies, captures, exports,
removal, and a photo's GPS position as an incident's place.

Each dialog only asks; the page does the work through the services. Every dialog has a ``classmethod ask``
that returns what was chosen (None when cancelled), so tests can drive or replace it.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.enums import Visibility
from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.services.sharing import Audience

# (label, record id or None for the case itself); the first entry is the default.
Targets = list[tuple[str, uuid.UUID | None]]


def tr(text: str) -> str:
    return QCoreApplication.translate("Evidence", text)


def visibility_label(value: str) -> str:
    return {
        Visibility.PUBLIC.value: tr("Public — may appear in public reports"),
        Visibility.RESTRICTED.value: tr("Restricted — the team and partners"),
        Visibility.CONFIDENTIAL.value: tr("Confidential — the team only"),
    }.get(value, value)


def _visibility_box(default: str = Visibility.RESTRICTED.value) -> QComboBox:
    box = QComboBox()
    box.setObjectName("visibility")
    for value in Visibility:
        box.addItem(visibility_label(value.value), value.value)
    box.setCurrentIndex(max(0, box.findData(default)))
    return box


def _utc_offset_text() -> str:
    offset = dt.datetime.now().astimezone().strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


class _WhenEdit(QWidget):
    """A date and time on this computer's clock, or "unknown"; read back as an aware UTC datetime."""

    def __init__(self, unknown_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unknown = QCheckBox(unknown_text)
        self.edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.unknown.toggled.connect(lambda on: self.edit.setEnabled(not on))
        zone = QLabel(tr("this computer's time ({0})").format(_utc_offset_text()))
        zone.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(zone)
        layout.addWidget(self.unknown)
        layout.addStretch(1)

    def set_value(self, value: dt.datetime | None) -> None:
        self.unknown.setChecked(value is None)
        if value is not None:
            self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def value(self) -> dt.datetime | None:
        if self.unknown.isChecked():
            return None
        return dt.datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), dt.UTC)


class _FileField(QWidget):
    """A path typed or chosen with Browse…"""

    def __init__(self, caption: str, filters: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.filters = filters
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.browse = QPushButton(tr("Browse…"))
        self.browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.browse)

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.caption, self.path.text(), self.filters)
        if chosen:
            self.path.setText(chosen)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def problem(self, missing: str) -> str:
        """What is wrong with the file given ("" if nothing); ``missing`` is said when none is given."""
        path = self.value()
        if path is None:
            return missing
        if not path.is_file():
            return tr("There is no file at {0}.").format(path)
        return ""


# -- adding files ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntakeDetails:
    attach_to: uuid.UUID | None
    description: str
    acquired_at: dt.datetime | None
    acquired_by: str
    acquired_from: str
    visibility: Visibility


def _target_box(targets: Targets, default: uuid.UUID | None) -> QComboBox:
    box = QComboBox()
    box.setObjectName("fileUnder")
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(40)
    for label, record_id in targets:
        box.addItem(label, record_id)
        box.setItemData(box.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
    choose(box, default)
    return box


def choose(box: QComboBox, value: object) -> bool:
    """Select the entry whose data equals ``value`` (``findData`` does not compare Python objects)."""
    for row in range(box.count()):
        if box.itemData(row) == value:
            box.setCurrentIndex(row)
            return True
    return False


class IntakeDialog(AskDialog):
    """Where new files go and where they came from; asked once for every file added together."""

    def __init__(
        self,
        names: list[str],
        targets: Targets,
        parent: QWidget | None = None,
        *,
        default_target: uuid.UUID | None = None,
        user: str = "",
        initial: IntakeDetails | None = None,
    ) -> None:
        editing = initial is not None
        title = tr("Evidence file details") if editing else tr("Add evidence files")
        super().__init__(title, tr("Save") if editing else tr("Add to the vault"), parent, min_width=620)
        self.setObjectName("intakeDialog")
        shown = ", ".join(names[:4]) + (tr(" and {0} more").format(len(names) - 4) if len(names) > 4 else "")
        explanation = (
            tr("The file itself, its name and its hash are fixed; make a working copy to change the file.")
            if editing
            else tr(
                "Each file is hashed (SHA-256) and kept encrypted in the case's vault exactly as it is; "
                "your copy is not changed."
            )
        )
        heading = _note(tr("<b>{0} file(s)</b>: {1}").format(len(names), html.escape(shown)) + "<br>" + explanation)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.target = _target_box(targets, default_target)
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(tr("what the file shows, in a few words"))
        self.acquired_at = _WhenEdit(tr("unknown"))
        self.acquired_at.set_value(None)
        self.acquired_by = QLineEdit(user)
        self.acquired_by.setObjectName("acquiredBy")
        self.acquired_from = QLineEdit()
        self.acquired_from.setObjectName("acquiredFrom")
        self.acquired_from.setPlaceholderText(tr("a person (by pseudonym), an organisation, a device, a web site…"))
        self.visibility = _visibility_box()
        form.addRow(tr("File under"), self.target)
        form.addRow(tr("Description"), self.description)
        form.addRow(tr("Acquired on"), self.acquired_at)
        form.addRow(tr("Acquired by"), self.acquired_by)
        form.addRow(tr("Acquired from"), self.acquired_from)
        form.addRow(tr("Visibility"), self.visibility)
        self.body.addLayout(form)
        self.body.addWidget(
            _note(tr("Do not write a protected witness's name here: use the pseudonym."), WARNING_STYLE)
        )
        if initial is not None:
            self.description.setText(initial.description)
            self.acquired_at.set_value(initial.acquired_at)
            self.acquired_by.setText(initial.acquired_by)
            self.acquired_from.setText(initial.acquired_from)
            self.visibility.setCurrentIndex(max(0, self.visibility.findData(initial.visibility.value)))

    def details(self) -> IntakeDetails:
        return IntakeDetails(
            attach_to=self.target.currentData(),
            description=self.description.text().strip(),
            acquired_at=self.acquired_at.value(),
            acquired_by=self.acquired_by.text().strip(),
            acquired_from=self.acquired_from.text().strip(),
            visibility=Visibility(self.visibility.currentData()),
        )

    @classmethod
    def ask(
        cls,
        names: list[str],
        targets: Targets,
        parent: QWidget | None = None,
        *,
        default_target: uuid.UUID | None = None,
        user: str = "",
        initial: IntakeDetails | None = None,
    ) -> IntakeDetails | None:
        """What to file new files under (or, with ``initial``, an item's details as edited)."""
        dialog = cls(names, targets, parent, default_target=default_target, user=user, initial=initial)
        try:
            return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class WorkingCopyRequest:
    path: Path
    alteration_note: str
    description: str


class WorkingCopyDialog(AskDialog):
    def __init__(self, original_name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add a working copy"), tr("Add working copy"), parent, min_width=620)
        self.setObjectName("workingCopyDialog")
        self.body.addWidget(
            _note(
                tr(
                    "A working copy (a cropped photo, a redacted PDF, a transcript) is kept as a separate item "
                    "linked to “{0}”, with its own hash. The original stays untouched."
                ).format(original_name)
            )
        )
        form = QFormLayout()
        self.file = _FileField(tr("Choose the working copy"))
        self.note = QLineEdit()
        self.note.setObjectName("alterationNote")
        self.note.setPlaceholderText(tr("cropped to the vehicle; faces blurred; transcript of 0:00–4:10…"))
        self.description = QLineEdit()
        self.description.setObjectName("description")
        form.addRow(tr("File"), self.file)
        form.addRow(tr("What was altered"), self.note)
        form.addRow(tr("Description"), self.description)
        self.body.addLayout(form)

    def check(self) -> str:
        problem = self.file.problem(tr("Choose the file of the working copy."))
        if problem:
            return problem
        if not self.note.text().strip():
            return tr("Say what was altered in this working copy (cropped, redacted, transcribed…).")
        return ""

    @classmethod
    def ask(cls, original_name: str, parent: QWidget | None = None) -> WorkingCopyRequest | None:
        dialog = cls(original_name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            path = dialog.file.value()
            assert path is not None  # checked on accept
            return WorkingCopyRequest(path, dialog.note.text().strip(), dialog.description.text().strip())
        finally:
            dialog.deleteLater()


# -- online sources ------------------------------------------------------------------------------------------


NETWORK_WARNING = (
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


CAPTURE_FILTERS = "Captures (*.html *.htm *.mhtml *.mht *.pdf *.warc *.warc.gz *.png *.jpg *.jpeg);;All files (*)"


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


# -- sharing ----------------------------------------------------------------------------------------------


def export_description(audience: Audience) -> str:
    return {
        Audience.PUBLIC: tr(
            "A copy cleaned of whatever identifies a place, a person, a device or a time (GPS position, camera, "
            "authors, dates): pictures are re-encoded, PDFs rewritten. Files hrdoc cannot clean (saved web "
            "pages, e-mails, text, recordings, office documents) are refused, saying what to export instead. "
            "Only files marked public."
        ),
        Audience.PARTNERS: tr("An exact copy of the file (public and restricted files)."),
        Audience.INTERNAL: tr("An exact copy of the file, whatever its visibility."),
    }[audience]


class ExportDialog(AskDialog):
    def __init__(self, name: str, visibility: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Export “{0}”").format(name), tr("Choose where…"), parent, min_width=620)
        self.setObjectName("exportDialog")
        self.visibility = visibility
        self.body.addWidget(
            _note(
                tr("This file is {0}. Who is the copy for? The original in the vault is never changed.").format(
                    visibility_label(visibility).split(" — ")[0].lower()
                )
            )
        )
        box = QGroupBox(tr("Audience"))
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.buttons_by_audience: dict[Audience, QRadioButton] = {}
        for number, audience in enumerate(Audience):
            button = QRadioButton(audience.label)
            button.setObjectName(f"audience_{audience.value}")
            button.setEnabled(audience.may_see(visibility))
            note = _note(export_description(audience))
            note.setIndent(22)
            note.setEnabled(False)
            self.group.addButton(button, number)
            self.buttons_by_audience[audience] = button
            box_layout.addWidget(button)
            box_layout.addWidget(note)
        allowed = [a for a in Audience if a.may_see(visibility)]
        self.buttons_by_audience[allowed[0]].setChecked(True)
        self.body.addWidget(box)

    def audience(self) -> Audience:
        return next(a for a, b in self.buttons_by_audience.items() if b.isChecked())

    @classmethod
    def ask(cls, name: str, visibility: str, parent: QWidget | None = None) -> Audience | None:
        dialog = cls(name, visibility, parent)
        try:
            return dialog.audience() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class RemoveDialog(AskDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Remove evidence file"), tr("Remove"), parent, min_width=620)
        self.setObjectName("removeDialog")
        self.body.addWidget(
            _note(
                tr(
                    "Remove “{0}” from the case? Its file is deleted from the vault. Its chain of custody "
                    "stays, ending with who removed it, when and why. This cannot be undone."
                ).format(name)
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(tr("Why is it removed? (required; kept in the chain of custody)"))
        self.reason.setFixedHeight(70)
        self.body.addWidget(QLabel(tr("Reason")))
        self.body.addWidget(self.reason)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip())))

    def check(self) -> str:
        return "" if self.reason.toPlainText().strip() else tr("Say why the file is removed.")

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(name, parent)
        try:
            return dialog.reason.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# -- a photo's position ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GpsChoice:
    incident_id: uuid.UUID
    place_name: str


class GpsLocationDialog(AskDialog):
    """Confirm that the photo's GPS position is where an incident happened."""

    def __init__(
        self,
        name: str,
        position: tuple[float, float],
        incidents: list[tuple[str, uuid.UUID, str]],  # label, id, its current place ("" if none)
        parent: QWidget | None = None,
        *,
        default: uuid.UUID | None = None,
    ) -> None:
        super().__init__(tr("Use the photo's GPS position"), tr("Use as the incident's place"), parent, min_width=620)
        self.setObjectName("gpsDialog")
        self.places = {record_id: place for _label, record_id, place in incidents}
        lat, lon = position
        self.body.addWidget(
            _note(
                tr(
                    "“{0}” carries the GPS position {1:.6f}, {2:.6f}. A camera records where it was, which is "
                    "not always where the event happened, and a position can be edited: use it only if other "
                    "evidence agrees."
                ).format(name, lat, lon)
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.incident = _target_box([(label, record_id) for label, record_id, _place in incidents], default)
        self.incident.setObjectName("incident")
        self.place_name = QLineEdit(tr("GPS position of {0}").format(name))
        self.place_name.setObjectName("placeName")
        form.addRow(tr("Incident"), self.incident)
        form.addRow(tr("Name of the new place"), self.place_name)
        self.body.addLayout(form)
        self.current = _note("", WARNING_STYLE)
        self.current.setObjectName("currentPlace")
        self.body.addWidget(self.current)
        self.body.addWidget(_note(tr("The new place is marked as an exact position. Undo takes it back.")))
        self.incident.currentIndexChanged.connect(lambda _i: self._show_current())
        self._show_current()

    def _show_current(self) -> None:
        place = self.places.get(self.incident.currentData(), "")
        self.current.setText(tr("It replaces the incident's place now: {0}.").format(place) if place else "")
        self.current.setVisible(bool(place))

    def check(self) -> str:
        if self.incident.currentData() is None:
            return tr("Choose the incident.")
        if not self.place_name.text().strip():
            return tr("Give the new place a name.")
        return ""

    @classmethod
    def ask(
        cls,
        name: str,
        position: tuple[float, float],
        incidents: list[tuple[str, uuid.UUID, str]],
        parent: QWidget | None = None,
        *,
        default: uuid.UUID | None = None,
    ) -> GpsChoice | None:
        dialog = cls(name, position, incidents, parent, default=default)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return GpsChoice(dialog.incident.currentData(), dialog.place_name.text().strip())
        finally:
            dialog.deleteLater()
