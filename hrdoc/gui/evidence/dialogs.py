"""The small dialogs of the evidence page, and the fields they share: what to file new files under and working
copies here; captures in :mod:`.capture_dialogs`, exports and removal in :mod:`.sharing_dialogs`, a photo's GPS
position as an incident's place in :mod:`.gps_dialog`.

Each dialog only asks; the page does the work through the services. Every dialog has a ``classmethod ask``
that returns what was chosen (None when cancelled), so tests can drive or replace it.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.enums import Visibility
from hrdoc.gui import colours
from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.i18n import tr

# (label, record id or None for the case itself); the first entry is the default.
Targets = list[tuple[str, uuid.UUID | None]]


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
        # Written left to right in any language, set before the format: right to left, Qt lays the format's
        # sections out backwards and shows 2026-12-03 18:41 as "41:18 03-12-2026".
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.unknown.toggled.connect(lambda on: self.edit.setEnabled(not on))
        zone = QLabel(tr("this computer's time ({offset})").format(offset=_utc_offset_text()))
        colours.style(zone, colours.SECONDARY_STYLE)
        # "Unknown" on a line of its own: beside the time and its zone it made the row too wide for the dialog in
        # French, and the zone's words were cut.
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(zone)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.unknown)

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
            return tr("There is no file at {path}.").format(path=path)
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
        shown = ", ".join(names[:4]) + (tr(" and {count} more").format(count=len(names) - 4) if len(names) > 4 else "")
        explanation = (
            tr("The file itself, its name and its hash are fixed; make a working copy to change the file.")
            if editing
            else tr(
                "Each file is hashed (SHA-256) and kept encrypted in the case's vault exactly as it is; "
                "your copy is not changed."
            )
        )
        heading = _note(
            tr("<b>{count} file(s)</b>: {names}").format(count=len(names), names=html.escape(shown))
            + "<br>"
            + explanation
        )
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
                    "linked to “{name}”, with its own hash. The original stays untouched."
                ).format(name=original_name)
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
