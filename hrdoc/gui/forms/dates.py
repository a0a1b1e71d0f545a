"""A form's date fields and the field saying how precisely they are known (an incident's date precision), kept in
step: a date known to its month or year is shown as "March 2022" or "2022", never as the first day that stands for
it in the store; choosing another precision writes the dates again at it; typing a month or a year ("mars 2022",
"2022") in a date field chooses that precision, and typing a whole day while the precision is still "unknown" (a
new incident's) chooses "exact": the timelines set apart a date of unknown precision, and the investigator who
typed a day meant that day (the field beside it says so, to be changed if the day is only approximate).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hrdoc.domain import enums
from hrdoc.gui.forms.fields import index_of
from hrdoc.gui.forms.specs import PRECISION_FIELD, FieldSpec, FieldType, date_edit_text, date_from_text, vague_date


class DatePrecision:
    """Binds the date fields among ``widgets`` to their precision field, if the form has one (see the module)."""

    def __init__(self, specs: list[FieldSpec], widgets: dict[str, QWidget]) -> None:
        precision = widgets.get(PRECISION_FIELD)
        self.precision = precision if isinstance(precision, QComboBox) else None
        self.dates = [w for s in specs if s.input is FieldType.DATE and isinstance(w := widgets.get(s.name), QLineEdit)]
        if self.precision is None:
            return
        self.precision.currentIndexChanged.connect(lambda _i: self.write())
        for edit in self.dates:
            edit.editingFinished.connect(lambda edit=edit: self._typed(edit))

    def write(self) -> None:
        """Write each date as precisely as the precision field says it is known."""
        if self.precision is None:
            return
        precision = self.precision.currentData()
        for edit in self.dates:
            day = date_from_text(edit.text().strip()) if not edit.isReadOnly() else None
            if day is not None:
                edit.setText(date_edit_text(day, precision))

    def _typed(self, edit: QLineEdit) -> None:
        if self.precision is None:
            return
        vague = vague_date(edit.text())
        if vague is None:
            unknown = self.precision.currentData() in (None, "", enums.DatePrecision.UNKNOWN.value)
            if unknown and date_from_text(edit.text().strip()) is not None:
                self.precision.setCurrentIndex(index_of(self.precision, enums.DatePrecision.EXACT.value))
            return
        index = index_of(self.precision, vague[1])
        if index >= 0 and index != self.precision.currentIndex():
            self.precision.setCurrentIndex(index)  # the dates are written again at it
        else:
            self.write()
