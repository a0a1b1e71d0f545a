"""What the record form (:mod:`hrdoc.gui.forms.form`) shows of what is wrong, each message under the field it
names, and how it hands its values to the record service."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from hrdoc.domain import registry
from hrdoc.domain.registry import Group
from hrdoc.domain.validation import FieldError
from hrdoc.gui import colours
from hrdoc.gui.errors_text import field_message
from hrdoc.gui.forms.specs import ERROR_ALIASES, FieldSpec, _message
from hrdoc.gui.i18n import tr


class FormErrors:
    """The error labels of a record form: ``errors`` under each field, ``form_error`` under them all."""

    kind: str
    specs: list[FieldSpec]
    widgets: dict[str, QWidget]
    errors: dict[str, QLabel]
    form_error: QLabel
    field_area: QScrollArea

    def _clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; messages for no field of the form go under the fields."""
        labels = {s.name: s.label for s in self.specs}
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            name = error.field if error.field in self.errors else ERROR_ALIASES.get(error.field, "")
            if name in self.errors:
                by_field.setdefault(name, []).append(_message(labels[name], field_message(error)))
            else:  # a field the form does not show: named by its label, never its name in the code
                general.append(_message(self._label_of(error), field_message(error)))
        for name, label in self.errors.items():
            if name in by_field and label.property(colours.STYLE_PROPERTY) is None:
                # Styled when it first shows a message: a style sheet for each field's label, made with each form,
                # was a third of the time a form took to make.
                colours.style(label, colours.ERROR_STYLE)
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
        self.form_error.setText("\n".join(general))
        self.form_error.setVisible(bool(general))
        first = next((self.widgets[s.name] for s in self.specs if s.name in by_field), None)
        if first is not None:
            first.setFocus()
            self.field_area.ensureWidgetVisible(first)

    def _label_of(self, error: FieldError) -> str:
        """What people call the field of ``error``: the label it carries, else its registry label, else "" (the
        message then stands alone)."""
        declared = registry.KINDS.get(self.kind)
        known = declared is not None and error.field in declared.names
        label = error.label or (declared.field(error.field).label if declared is not None and known else "")
        return tr(label) if label else ""

    def error_text(self, field: str) -> str:
        """The error shown under ``field`` ("" if none)."""
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""


def pack(specs: list[FieldSpec], values: dict[str, Any], *, existing: bool) -> dict[str, Any]:
    """Form values as RecordService arguments: identity and consent go in their own dicts (for a new record only if
    something is in them; for an ``existing`` one, as they are)."""
    groups = {s.name: s.group for s in specs}
    out: dict[str, Any] = {}
    identity: dict[str, Any] = {}
    consent: dict[str, Any] = {}
    for key, value in values.items():
        group = groups.get(key, Group.RECORD)
        if group is Group.IDENTITY:
            identity[key] = value
        elif group is Group.CONSENT:
            consent[key] = value
        else:
            out[key] = value
    if identity and (existing or any(identity.values())):
        out["identity"] = identity
    if consent and (existing or any(consent.values())):
        out["consent"] = consent
    return out
