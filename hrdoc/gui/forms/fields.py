"""The field widgets of the record form (:mod:`hrdoc.gui.forms.dialog`): building the widget for a field spec,
the entries its drop-down offers, and putting a value in and reading it back.

Values go in and out as the record service takes them: dates as ``datetime.date``, references as record ids,
a compound reference (a link's end, say) as ``(field name, record id)``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from hrdoc.domain import registry
from hrdoc.domain.validation import ValidationError
from hrdoc.gui.forms.specs import _COMPOUNDS, FieldSpec, FieldType, choice_label, record_options, tr
from hrdoc.services.context import StoreContext
from hrdoc.services.vocab import VocabularyService


def make_widget(spec: FieldSpec, options: Callable[[FieldSpec], list[tuple[str, Any]]], *, masked: bool) -> QWidget:
    """The input widget for ``spec``; ``options`` gives a drop-down's entries, ``masked`` a protected field shown
    before it is revealed."""
    t = spec.input
    if t in (FieldType.LONG, FieldType.LIST):
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(spec.hint)
        edit.setFixedHeight(110 if spec.name in ("narrative", "summary", "description") else 64)
        return edit
    if t is FieldType.CHECK:
        return QCheckBox()
    if t in (FieldType.TEXT, FieldType.DATE, FieldType.INT, FieldType.FLOAT):
        line = QLineEdit()
        placeholder = {FieldType.DATE: tr("YYYY-MM-DD, or empty if unknown")}.get(t, spec.hint)
        line.setPlaceholderText(placeholder)
        if masked:
            line.setReadOnly(True)
            line.setPlaceholderText(tr("[protected]"))
        return line
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    for label, value in options(spec):
        combo.addItem(label, value)
    return combo


def field_options(
    spec: FieldSpec, kind: str, ctx: StoreContext, case_id: uuid.UUID | None, vocab: VocabularyService
) -> list[tuple[str, Any]]:
    """The entries of the drop-down of ``spec`` in a form of ``kind`` in case ``case_id``, as (label, value)."""
    t = spec.input
    none = tr("— none —") if spec.optional else tr("— choose —")
    if t is FieldType.CHOICE:
        assert spec.choices is not None
        values: list[tuple[str, Any]] = [(choice_label(e.value), e.value) for e in spec.choices]
        return [(tr("— not graded —"), None), *values] if spec.optional else values
    if t is FieldType.TRISTATE:
        return [(tr("Unknown"), None), (tr("Yes"), True), (tr("No"), False)]
    if t is FieldType.VOCAB:
        terms = [(term.label, term.code) for term in vocab.terms(spec.source) if term.parent is None]
        return [(none, ""), *terms]
    if t is FieldType.SUBVOCAB:
        return [(none, "")]  # filled from the parent's choice
    assert case_id is not None
    if t is FieldType.PICK:
        return [(none, None), *record_options(ctx, spec.source, case_id)]
    # A compound picker offers the records of each field it stands for, named by that field's label.
    compound = next(c for c in _COMPOUNDS[kind] if c.name == spec.name)
    out: list[tuple[str, Any]] = [(tr("— choose —"), None)]
    for field_name in compound.fields:
        field = registry.kind(kind).field(field_name)
        assert field.ref is not None
        word = tr(field.label)
        out += [(f"{word}: {label}", (field_name, rid)) for label, rid in record_options(ctx, field.ref, case_id)]
    return out


def refill_subtypes(specs: list[FieldSpec], widgets: dict[str, QWidget], vocab: VocabularyService) -> None:
    """Offer in each sub-type field the sub-terms of the term chosen in its parent field."""
    by_name = {s.name: s for s in specs}
    for spec in specs:
        parent_spec = by_name.get(spec.source)
        if spec.input is not FieldType.SUBVOCAB or parent_spec is None:
            continue
        sub = widgets.get(spec.name)
        parent = widgets.get(parent_spec.name)
        if not isinstance(sub, QComboBox) or not isinstance(parent, QComboBox):
            continue
        current = sub.currentData()
        chosen = parent.currentData()
        sub.blockSignals(True)
        sub.clear()
        sub.addItem(tr("— none —"), "")
        for term in vocab.terms(parent_spec.source):
            if chosen and term.parent == chosen:
                sub.addItem(term.label, term.code)
        index = sub.findData(current)
        sub.setCurrentIndex(max(index, 0))
        sub.blockSignals(False)


def show_value(widget: QWidget, spec: FieldSpec, value: Any, refill: Callable[[], None]) -> None:
    """Put ``value`` in the field's widget; ``refill`` first offers a sub-type field the sub-terms of its parent's
    choice, so the value is among them."""
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        if isinstance(value, dt.date):
            value = value.isoformat()
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        if spec.input is FieldType.SUBVOCAB:
            refill()
        if isinstance(value, tuple):
            value = (value[0], uuid.UUID(str(value[1])))
        elif spec.input is FieldType.PICK and value is not None:
            value = uuid.UUID(str(value))
        index = index_of(widget, value)
        if index < 0 and value not in (None, "") and not isinstance(value, tuple):
            widget.addItem(str(value), value)  # a value no longer offered keeps showing what it is
            index = widget.count() - 1
        widget.setCurrentIndex(max(index, 0))


def read_value(widget: QWidget, spec: FieldSpec) -> Any:
    """The value of the field's widget, as the service takes it; ValidationError for a date or number it cannot read."""
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        if spec.input is FieldType.LIST:
            return [line.strip() for line in text.splitlines() if line.strip()]
        return text
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit)
    text = widget.text().strip()
    if spec.input is FieldType.DATE:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValidationError.single(
                spec.name, tr("{0!r} is not a date: write it as YYYY-MM-DD, for example 2025-02-14").format(text)
            ) from None
    if spec.input in (FieldType.INT, FieldType.FLOAT):
        if not text:
            return None
        try:
            return int(text) if spec.input is FieldType.INT else float(text.replace(",", "."))
        except ValueError:
            words = tr("a whole number") if spec.input is FieldType.INT else tr("a number")
            raise ValidationError.single(
                spec.name, tr("{0!r} is not {1}; leave it empty if unknown").format(text, words)
            ) from None
    return text


def raw_values(widgets: dict[str, QWidget]) -> dict[str, Any]:
    """What the widgets hold, as typed (JSON-ready, unvalidated)."""
    out: dict[str, Any] = {}
    for name, widget in widgets.items():
        if isinstance(widget, QPlainTextEdit):
            out[name] = widget.toPlainText()
        elif isinstance(widget, QCheckBox):
            out[name] = widget.isChecked()
        elif isinstance(widget, QLineEdit):
            if not widget.isReadOnly():
                out[name] = widget.text()
        elif isinstance(widget, QComboBox):
            value = widget.currentData()
            if isinstance(value, tuple):
                value = [value[0], str(value[1])]
            elif isinstance(value, uuid.UUID):
                value = str(value)
            out[name] = value
    return out


class _Missing:
    pass


def index_of(combo: QComboBox, value: Any) -> int:
    """The entry whose data equals ``value``, or -1. (``findData`` compares Python objects such as a record's
    id by identity, so an edited record's place, witness or link ends showed as an id or as "— choose —".)"""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def change_signals(widget: QWidget) -> list[Any]:
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    return []


MISSING = _Missing()  # stands for a field the form did not have: unequal to any value
