"""The field widgets of the record form (:mod:`hrdoc.gui.forms.form`): building the widget for a field spec,
the entries its drop-down offers (a reference's by the :mod:`~hrdoc.gui.forms.picker`), and putting a value in
and reading it back.

Values go in and out as the record service takes them: dates as ``datetime.date``, references as record ids,
a compound reference (a link's end, say) as ``(field name, record id)``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from hrdoc.domain import registry
from hrdoc.domain.validation import ValidationError
from hrdoc.gui.forms.adopt import adoptable_options
from hrdoc.gui.forms.country import CountryPicker
from hrdoc.gui.forms.picker import Choice, Creatable, CreateInline, RecordPicker, other_names
from hrdoc.gui.forms.specs import (
    _COMPOUNDS,
    FieldSpec,
    FieldType,
    choice_label,
    date_edit_text,
    date_from_text,
    decimal_edit_text,
    form_kinds,
    kind_name,
    record_option,
    record_options,
)
from hrdoc.gui.i18n import follow_text_direction, tr
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.context import StoreContext
from hrdoc.services.vocab import VocabularyService

EXAMPLE_DAY = dt.date(2025, 2, 14)  # the day a date field's hint and its message give as an example
PICKERS = (FieldType.PICK, FieldType.ORIGIN, FieldType.TARGET)  # fields that refer to other records

Options = Callable[[FieldSpec], list[tuple[str, Any]]]
Names = Callable[[FieldSpec], dict[Any, tuple[str, ...]]]
Named = Callable[[FieldSpec, Any], str | None]  # the name of one value of a picker (None if it is not offered)


def make_widget(
    spec: FieldSpec,
    options: Options,
    *,
    masked: bool,
    names: Names | None = None,
    create_inline: CreateInline | None = None,
    named: Named | None = None,
) -> QWidget:
    """The input widget for ``spec``; ``options`` gives a drop-down's entries, ``masked`` a protected field shown
    before it is revealed. A reference to other records is a :class:`~hrdoc.gui.forms.picker.RecordPicker`,
    which also finds an entry by the other names ``names`` gives (by value), and offers to make the record it
    lacks with ``create_inline``; with ``named``, it reads its entries only when they are wanted."""
    t = spec.input
    if t is FieldType.COUNTRY:
        return CountryPicker()
    if t in PICKERS:
        found = names or (lambda _spec: {})

        def choices() -> list[Choice]:
            also = found(spec)
            return [Choice(label, value, also.get(value, ())) for label, value in options(spec)]

        return RecordPicker(
            choices,
            creatable=creatable(spec),
            create_inline=create_inline,
            what=_what(spec),
            named=partial(named, spec) if named is not None else None,
        )
    if t in (FieldType.LONG, FieldType.LIST):
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(spec.hint)
        follow_text_direction(edit)  # an Arabic account from the right, an English quote from the left
        edit.setFixedHeight(110 if spec.name in ("narrative", "summary", "description") else 64)
        return edit
    if t is FieldType.CHECK:
        return QCheckBox()
    if t in (FieldType.TEXT, FieldType.DATE, FieldType.INT, FieldType.FLOAT):
        line = QLineEdit()
        example = tr("for example {date}, or empty if unknown").format(date=date_edit_text(EXAMPLE_DAY))
        placeholder = example if t is FieldType.DATE else spec.hint
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
        values: list[tuple[str, Any]] = [(choice_label(e.value, spec.choices), e.value) for e in spec.choices]
        return [(tr("— not graded —"), None), *values] if spec.optional else values
    if t is FieldType.TRISTATE:
        return [(tr("Unknown"), None), (tr("Yes"), True), (tr("No"), False)]
    if t is FieldType.VOCAB:
        terms = [
            (term.label, term.code)
            for term in vocab.terms(spec.source, language=interface_language())
            if term.parent is None
        ]
        return [(none, ""), *terms]
    if t is FieldType.SUBVOCAB:
        return [(none, "")]  # filled from the parent's choice
    assert case_id is not None
    if t is FieldType.PICK:
        return [(none, None), *record_options(ctx, spec.source, case_id), *adoptable_options(ctx, spec.source, case_id)]
    # A compound picker offers the records of each field it stands for, named by that field's label.
    out: list[tuple[str, Any]] = [(tr("— choose —"), None)]
    for field_name, ref in _compound_refs(spec):
        word = tr(registry.kind(kind).field(field_name).label)
        out += [(f"{word}: {label}", (field_name, rid)) for label, rid in record_options(ctx, ref, case_id)]
    return out


def option_label(spec: FieldSpec, value: Any, *, kind: str, ctx: StoreContext, case_id: uuid.UUID | None) -> str | None:
    """The entry :func:`field_options` offers for ``value`` in the picker of ``spec``, read alone: its label, or
    None if it offers none for it."""
    if value is None:
        return tr("— none —") if spec.optional and spec.input is FieldType.PICK else tr("— choose —")
    if case_id is None:
        return None
    if spec.input is FieldType.PICK:
        return record_option(ctx, spec.source, case_id, value)
    field_name, rid = value
    ref = dict(_compound_refs(spec)).get(field_name)
    label = record_option(ctx, ref, case_id, rid) if ref is not None else None
    return None if label is None else f"{tr(registry.kind(kind).field(field_name).label)}: {label}"


def field_names(spec: FieldSpec, ctx: StoreContext, case_id: uuid.UUID | None) -> dict[Any, tuple[str, ...]]:
    """The other names (a place's other spellings, an actor's aliases) of the records a picker for ``spec``
    offers, by the value the picker holds for each: a record's id, or for a link's end, (field, id)."""
    if spec.input not in PICKERS or case_id is None:
        return {}
    if spec.input is FieldType.PICK:
        return dict(other_names(ctx, spec.source, case_id))
    return {
        (field_name, rid): also
        for field_name, ref in _compound_refs(spec)
        for rid, also in other_names(ctx, ref, case_id).items()
    }


def _compound_refs(spec: FieldSpec) -> list[tuple[str, str]]:
    """The fields a compound picker (a link's origin or target) stands for, with the kind each refers to."""
    for kind, compounds in _COMPOUNDS.items():
        for compound in compounds:
            if compound.name == spec.name and compound.input is spec.input:
                fields = [registry.kind(kind).field(name) for name in compound.fields]
                return [(f.name, f.ref) for f in fields if f.ref is not None]
    raise KeyError(f"no compound picker {spec.name!r}")


def creatable(spec: FieldSpec) -> list[Creatable]:
    """The kinds of record a picker for ``spec`` can make from what is typed in it: the kind it refers to, or each
    kind a link's end may be, each that has a form (evidence files come in by intake, not by a form)."""
    if spec.input is FieldType.PICK:
        return [Creatable(spec.source, lambda rid: rid)] if spec.source in form_kinds() else []
    return [Creatable(ref, partial(_end, name)) for name, ref in _compound_refs(spec) if ref in form_kinds()]


def _end(field_name: str, record_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    """A link's end as its picker holds it: the field it fills, and the record."""
    return field_name, record_id


def _what(spec: FieldSpec) -> str:
    """What a picker for ``spec`` picks, in words ("place", "source or account")."""
    if spec.input is FieldType.PICK:
        return kind_name(spec.source)
    return tr(" or ").join(kind_name(ref) for _name, ref in _compound_refs(spec))


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
        for term in vocab.terms(parent_spec.source, language=interface_language()):
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
        if spec.input is FieldType.DATE and isinstance(value, str) and value:
            value = date_from_text(value) or value
        if isinstance(value, dt.date):
            value = date_edit_text(value)  # as the interface's locale writes it
        elif spec.input is FieldType.FLOAT and isinstance(value, float):
            value = decimal_edit_text(value)  # "16,27" in French
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        if spec.input is FieldType.SUBVOCAB:
            refill()
        if isinstance(value, tuple):
            value = (value[0], uuid.UUID(str(value[1])))
        elif spec.input is FieldType.PICK and value is not None:
            value = uuid.UUID(str(value))
        if isinstance(widget, RecordPicker) and not widget.loaded and widget.hold(value):
            return  # its name alone: the entries are read when wanted
        index = index_of(widget, value)
        if index < 0 and value not in (None, "") and not isinstance(value, tuple):
            # A value no longer offered is kept, showing what it is: a record by words (never its id), a
            # vocabulary code no longer in the vocabulary as it is written.
            shown = tr("— a record not in this case —") if isinstance(value, uuid.UUID) else str(value)
            widget.addItem(shown, value)
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
        day = date_from_text(text)
        if day is None:
            raise ValidationError.single(
                spec.name,
                tr("“{text}” is not a date: write it as {date} or as YYYY-MM-DD").format(
                    text=text, date=date_edit_text(EXAMPLE_DAY)
                ),
            )
        return day
    if spec.input in (FieldType.INT, FieldType.FLOAT):
        if not text:
            return None
        try:
            return int(text) if spec.input is FieldType.INT else float(text.replace(",", "."))
        except ValueError:
            words = tr("a whole number") if spec.input is FieldType.INT else tr("a number")
            raise ValidationError.single(
                spec.name, tr("{text!r} is not {what}; leave it empty if unknown").format(text=text, what=words)
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
