"""The evidence page's dialog that uses a photo's GPS position as the place of an incident."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.evidence.dialogs import _target_box
from hrdoc.gui.i18n import tr


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
                    "“{name}” carries the GPS position {latitude:.6f}, {longitude:.6f}. A camera records where it "
                    "was, which is "
                    "not always where the event happened, and a position can be edited: use it only if other "
                    "evidence agrees."
                ).format(name=name, latitude=lat, longitude=lon)
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.incident = _target_box([(label, record_id) for label, record_id, _place in incidents], default)
        self.incident.setObjectName("incident")
        self.place_name = QLineEdit(tr("GPS position of {name}").format(name=name))
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
        self.current.setText(tr("It replaces the incident's place now: {place}.").format(place=place) if place else "")
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
