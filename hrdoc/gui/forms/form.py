"""One record form for every kind of record, built from the field specs of :mod:`hrdoc.gui.forms.specs`, as a
widget: the form dialog (:mod:`hrdoc.gui.forms.dialog`) holds one, and so does the detail pane beside a
workspace table, which edits the selected record in place.

The form builds a widget per field (see :mod:`hrdoc.gui.forms.fields`), fills it from the record when editing,
and on :meth:`RecordForm.save` hands the values to :class:`~hrdoc.services.records.RecordService`. The service
decides what is valid: its :class:`~hrdoc.domain.validation.ValidationError` messages are shown in red under
the fields they name, and nothing is saved until the record is valid. A save is pushed on the undo stack.

References between records are chosen from the case's records by label, never typed as ids. Protected
identity details are entered when creating; when editing they stay masked until revealed (an audited read).
What is typed is kept as an encrypted draft in the store after each pause, so a crash or a kill loses nothing.
"""

from __future__ import annotations

import contextlib
import math
import time
import uuid
from collections.abc import Iterator
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.registry import Group, Kind
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.gui import colours
from hrdoc.gui.errors_text import error_text
from hrdoc.gui.forms.dates import DatePrecision
from hrdoc.gui.forms.fields import (
    MISSING,
    change_signals,
    field_names,
    field_options,
    make_widget,
    option_label,
    raw_values,
    read_value,
    refill_subtypes,
    show_value,
)
from hrdoc.gui.forms.form_errors import FormErrors, pack
from hrdoc.gui.forms.picker import CreateInline, RecordPicker
from hrdoc.gui.forms.related import RELATED_DRAFT, related_widget
from hrdoc.gui.forms.specs import ORIGIN_FIELDS, TARGET_FIELDS, FieldSpec, FieldType, field_specs, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.gui.keyboard import guard_wheels
from hrdoc.gui.undo import CreateRecord, RecordUndoStack, UpdateRecord
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftInfo, DraftService
from hrdoc.services.errors import NotFound
from hrdoc.services.records import RecordService
from hrdoc.services.records_kinds import ACCOUNT_CONTENT_FIELDS, CONSENT_FIELDS, KINDS, column_defaults
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage.errors import StoreError

ERROR_STYLE = colours.ERROR_STYLE  # the palette's red, readable in a light and a dark theme

DRAFT_DELAY_MS = 700  # a pause in typing this long saves the draft


class RecordForm(QWidget, FormErrors):
    """The fields of one record, new (``record_id`` None) or existing. ``widgets`` holds the field widgets by field
    name, ``errors`` the error label under each; ``field_area`` is the scroll area holding them."""

    edited = Signal()  # a field was typed in or chosen from

    def __init__(
        self,
        ctx: StoreContext,
        kind: str,
        case_id: uuid.UUID | None,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        defaults: dict[str, Any] | None = None,
        undo_stack: RecordUndoStack | None = None,
        draft: DraftInfo | None = None,
        create_inline: CreateInline | None = None,
        lazy_pickers: bool = False,
        blank: bool = False,
        in_steps: bool = False,
    ) -> None:
        """``blank``: a form made ahead for records of ``kind`` (``record_id`` None), to be filled with one by
        :meth:`show_other`. ``in_steps``: its widgets are made by :meth:`make_more`, a few at a time, so that making
        it never holds the GUI thread long; it is not to be shown or read before :meth:`finish`."""
        super().__init__(parent)
        self.create_inline = create_inline  # makes the record a picker lacks ("New place…"), if given
        self.lazy_pickers = lazy_pickers  # pickers read their entries only when wanted (the form beside a list)
        self.ctx = ctx
        self.kind = kind
        self.case_id = case_id
        self.record_id = record_id
        self.undo_stack = undo_stack
        self.records = RecordService(ctx)
        self.saved_id: uuid.UUID | None = None
        self._blank = blank
        self.specs = [s for s in field_specs(kind) if record_id is not None or blank or s.group is not Group.NOTE]
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.identity_open = record_id is None and not blank
        self.reveal_button: QPushButton | None = None
        self._version_note: QLabel | None = None  # an account's "This is version N" note
        self._filling = False  # values are being put in (not typed): no draft, no "edited"
        self._drafted = draft is not None  # a draft of this form may be in the store
        self._vocab = VocabularyService(ctx)
        self.setObjectName(f"recordForm_{kind}")
        self._making: Iterator[None] | None = self._make(defaults or {}, draft)
        if not in_steps:
            self.finish()

    def make_more(self, until: float) -> bool:
        """Make more of the form, until the time ``until`` (``time.perf_counter``) has come; True once it is whole."""
        making = self._making
        while making is not None and time.perf_counter() < until:
            try:
                next(making)
            except StopIteration:
                self._making = making = None
        return making is None

    def finish(self) -> None:
        """Make the rest of the form now."""
        self.make_more(math.inf)

    def _make(self, defaults: dict[str, Any], draft: DraftInfo | None) -> Iterator[None]:
        """Make the form's widgets and fill them, a field at a time (see ``in_steps``)."""
        ctx, kind, case_id, record_id = self.ctx, self.kind, self.case_id, self.record_id
        undo_stack, create_inline = self.undo_stack, self.create_inline
        self.form_host = form_host = QWidget()
        host_layout = QVBoxLayout(form_host)
        # In its place from the start: each field is styled as it is made, where it will be shown.
        self.field_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.form_error = QLabel()
        self.form_error.setObjectName("error_form")
        colours.style(self.form_error, ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        forms: dict[Group, QFormLayout] = {}
        for spec in self.specs:
            group = Group.CONTENT if spec.group is Group.NOTE else spec.group
            if group not in forms:
                forms[group] = self._section(host_layout, group)
            row = self._field_row(spec)
            label = QLabel(spec.label)
            label.setBuddy(self.widgets[spec.name])  # a screen reader names the field by its label
            self.labels[spec.name] = label
            forms[group].addRow(label, row)
            if self._blank:  # made ahead: styled now too, not all at once when first shown
                row.ensurePolished()
                label.ensurePolished()
            yield
        # The records linked to this one, typed in with it (an allegation's perpetrators and victims), if any.
        self.related = related_widget(
            ctx, case_id, kind, record_id, form_host, undo_stack=undo_stack, create_inline=create_inline
        )
        if self.related is not None:
            host_layout.addWidget(self.related)
            self.related.edited.connect(self.edited)
            if self._blank:
                self.related.ensurePolished()
            yield
        host_layout.addStretch(1)
        yield
        # What a drop-down offers as made (a value no longer offered is added after: taken out for another record).
        self._offered = {n: w.count() for n, w in self.widgets.items() if type(w) is QComboBox}
        self._dates = DatePrecision(self.specs, self.widgets)  # "March 2022", not the day standing for it
        self._load(defaults)
        self.initial = self.collect()[0]
        self.opened_with = self.raw_values()  # what "changed" is measured against (a restored draft is a change)
        self.drafts = DraftService(ctx)
        self.draft_id = draft.id if draft is not None else uuid.uuid4()
        self.keep_draft = False
        if draft is not None:
            self.restore_draft(draft.fields)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        if self.related is not None:
            self.related.edited.connect(self._draft_timer.start)
        for name, widget in self.widgets.items():
            for signal in change_signals(widget):
                signal.connect(lambda *_args, n=name: self._typed(n))
        guard_wheels(form_host)

    def _typed(self, name: str) -> None:
        """A field was typed in or chosen from: its draft kept after the pause; a filled field is no longer wrong."""
        if self._filling:
            return
        self._draft_timer.start()
        self._clear_error(name)
        self.edited.emit()

    def show_other(self, record_id: uuid.UUID, draft: DraftInfo | None = None) -> bool:
        """Show another saved record of this kind, with ``draft``'s changes if given: the form beside a list is made
        once and filled with each record selected (making one takes a tenth of a second or more). False, showing
        nothing new, for a form that cannot: one of a new record, or whose protected identity was revealed (its
        fields are then open; a new form masks them again)."""
        if (self.record_id is None and not self._blank) or self.identity_open:
            return False
        self.finish()
        self._draft_timer.stop()
        self._filling = True
        try:
            self.record_id = record_id
            if self._version_note is not None:
                self._version_note.setText(_version_text(self.records.get(Kind.ACCOUNT, record_id).current_version))
            for name, widget in self.widgets.items():
                if isinstance(widget, RecordPicker):
                    widget.forget()  # holds the new value's name alone: its entries are read again when wanted
                elif name in self._offered and isinstance(widget, QComboBox):
                    while widget.count() > self._offered[name]:
                        widget.removeItem(widget.count() - 1)
            self._load({})
            if self.related is not None:
                self.related.record_id = record_id
                self.related.reload()
            self.show_errors([])
            self.initial = self.collect()[0]
            self.opened_with = self.raw_values()
            self.saved_id = None
            self.keep_draft = False
            self.draft_id = draft.id if draft is not None else uuid.uuid4()
            self._drafted = draft is not None
            if draft is not None:
                self.restore_draft(draft.fields)
        finally:
            self._filling = False
        self.field_area.verticalScrollBar().setValue(0)
        return True

    # -- building ---------------------------------------------------------------------------------

    def _section(self, host: QVBoxLayout, group: Group) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if group is Group.RECORD:
            host.addLayout(form)
            return form
        titles = {
            Group.CONTENT: tr("What the witness said"),
            Group.CONSENT: tr("Consent"),
            Group.IDENTITY: tr("Protected identity (never shown in reports or exports)"),
        }
        box = QGroupBox(titles[group])
        box.setObjectName(f"section_{group.value}")
        box_layout = QVBoxLayout(box)
        if group is Group.CONTENT and (self.record_id is not None or self._blank):
            version = self.records.get(Kind.ACCOUNT, self.record_id).current_version if self.record_id else None
            self._version_note = note = QLabel(_version_text(version) if version is not None else "")
            note.setWordWrap(True)
            box_layout.addWidget(note)
        if group is Group.IDENTITY and not self.identity_open:
            row = QHBoxLayout()
            hidden = QLabel(tr("Masked. Revealing them is recorded in the audit log."))
            hidden.setWordWrap(True)
            self.reveal_button = QPushButton(tr("Reveal to edit…"))
            self.reveal_button.setObjectName("revealIdentity")
            self.reveal_button.clicked.connect(self._ask_reveal)
            row.addWidget(hidden, 1)
            row.addWidget(self.reveal_button)
            box_layout.addLayout(row)
        box_layout.addLayout(form)
        host.addWidget(box)
        return form

    def _field_row(self, spec: FieldSpec) -> QWidget:
        widget = self._make_widget(spec)
        widget.setObjectName(f"field_{spec.name}")
        self.widgets[spec.name] = widget
        error = QLabel()
        error.setObjectName(f"error_{spec.name}")  # red once it first shows a message (FormErrors.show_errors)
        error.setWordWrap(True)
        error.hide()
        self.errors[spec.name] = error
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        return row

    def _make_widget(self, spec: FieldSpec) -> QWidget:
        """The input of one field: every field widget of the form is made here."""
        masked = spec.group is Group.IDENTITY and not self.identity_open
        named = partial(option_label, kind=self.kind, ctx=self.ctx, case_id=self.case_id) if self.lazy_pickers else None
        widget = make_widget(
            spec, self._options, masked=masked, names=self._names, create_inline=self.create_inline, named=named
        )
        if (
            isinstance(widget, QComboBox)
            and spec.input is FieldType.VOCAB
            and any(s.input is FieldType.SUBVOCAB and s.source == spec.name for s in self.specs)
        ):
            widget.currentIndexChanged.connect(lambda _i: self._refill_subtypes())
        return widget

    def _options(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        return field_options(spec, self.kind, self.ctx, self.case_id, self._vocab)

    def _names(self, spec: FieldSpec) -> dict[Any, tuple[str, ...]]:
        return field_names(spec, self.ctx, self.case_id)

    def _refill_subtypes(self) -> None:
        refill_subtypes(self.specs, self.widgets, self._vocab)

    # -- values -----------------------------------------------------------------------------------

    def _load(self, defaults: dict[str, Any]) -> None:
        # A new record starts from the model's defaults (restricted visibility, unknown date precision, …).
        values: dict[str, Any] = column_defaults(KINDS[self.kind].model) | dict(defaults)
        if self.record_id is not None:
            record = self.records.get(self.kind, self.record_id)
            values = {s.name: getattr(record, s.name) for s in self.specs if hasattr(record, s.name)}
            if self.kind == Kind.LINK:
                values |= {f: getattr(record, f) for f in (*ORIGIN_FIELDS, *TARGET_FIELDS)}
            if self.kind == Kind.ACCOUNT:
                version = self.records.current_version(self.record_id)
                values |= {f: getattr(version, f) for f in ACCOUNT_CONTENT_FIELDS}
            if self.kind == Kind.WITNESS:
                consent = self.records.consent(self.record_id)
                if consent is not None:
                    values |= {f: getattr(consent, f) for f in CONSENT_FIELDS}
        for spec in self.specs:
            if spec.input is FieldType.ORIGIN:
                self._set(spec, next(((f, values[f]) for f in ORIGIN_FIELDS if values.get(f)), None))
            elif spec.input is FieldType.TARGET:
                self._set(spec, next(((f, values[f]) for f in TARGET_FIELDS if values.get(f)), None))
            elif spec.name in values and not (spec.group is Group.IDENTITY and not self.identity_open):
                self._set(spec, values[spec.name])
        self._dates.write()

    def _set(self, spec: FieldSpec, value: Any) -> None:
        show_value(self.widgets[spec.name], spec, value, self._refill_subtypes)

    def _get(self, spec: FieldSpec) -> Any:
        return read_value(self.widgets[spec.name], spec)

    def collect(self) -> tuple[dict[str, Any], list[FieldError]]:
        """The form's values by service field name, and the fields that could not be read."""
        values: dict[str, Any] = {}
        problems: list[FieldError] = []
        for spec in self.specs:
            if spec.group is Group.IDENTITY and not self.identity_open:
                continue
            try:
                value = self._get(spec)
            except ValidationError as err:
                problems += err.errors
                continue
            if spec.input in (FieldType.ORIGIN, FieldType.TARGET):
                fields = ORIGIN_FIELDS if spec.input is FieldType.ORIGIN else TARGET_FIELDS
                values |= dict.fromkeys(fields)
                if value is not None:
                    values[value[0]] = value[1]
            else:
                values[spec.name] = value
        return values, problems

    def pack(self, values: dict[str, Any]) -> dict[str, Any]:
        """Form values as RecordService arguments: identity and consent go in their own dicts."""
        return pack(self.specs, values, existing=self.record_id is not None)

    def is_changed(self) -> bool:
        """Whether the form holds anything typed or chosen since it opened (not asked when the app locks: what is
        typed is then kept as a draft)."""
        related = self.related is not None and self.related.is_changed()
        return not self.keep_draft and (self.raw_values() != self.opened_with or related)

    def discard_question(self) -> str:
        return tr("Discard the changes to this {kind}?").format(kind=kind_name(self.kind))

    # -- drafts -----------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What the widgets hold, as typed (JSON-ready, unvalidated)."""
        return raw_values(self.widgets)

    def restore_draft(self, fields: dict[str, Any]) -> None:
        for spec in self.specs:
            if spec.name not in fields:
                continue
            value = fields[spec.name]
            widget = self.widgets[spec.name]
            if isinstance(value, list) and spec.input in (FieldType.ORIGIN, FieldType.TARGET):
                value = tuple(value)
            if isinstance(widget, QLineEdit):
                if not widget.isReadOnly():
                    widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            else:
                self._set(spec, value)
        if self.related is not None and isinstance(fields.get(RELATED_DRAFT), dict):
            self.related.restore(fields[RELATED_DRAFT])

    def save_draft(self) -> None:
        fields = self.raw_values()
        if self.related is not None:
            fields[RELATED_DRAFT] = self.related.draft()  # the rows of its related records not yet saved
        # If the store is locked or busy, the next change tries again.
        self._drafted = True
        with contextlib.suppress(StoreError):
            self.drafts.save(self.draft_id, self.kind, fields, case_id=self.case_id, record_id=self.record_id)

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        if not self._drafted:
            return  # nothing was kept (leaving a record merely looked at writes nothing)
        with contextlib.suppress(StoreError):
            self.drafts.discard(self.draft_id)

    def keep_as_draft(self) -> None:
        """Save what is typed now and keep it when the form goes (used when the app locks)."""
        self._draft_timer.stop()
        self.save_draft()
        self.keep_draft = True

    def discarded(self) -> None:
        """The form goes without saving: its draft goes too, unless it is being kept."""
        if not self.keep_draft:
            self.discard_draft()  # the user chose to throw this away

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the record if it is valid (its id is then ``saved_id``); otherwise show why not, under the fields."""
        values, problems = self.collect()
        if problems:
            self.show_errors(problems)
            return False
        try:
            if self.record_id is None:
                self._create(values)
            else:
                self._update(values)
        except ValidationError as err:
            self.show_errors(err.errors)
            return False
        except (NotFound, StoreError) as err:
            self.show_errors([FieldError("", error_text(err))])
            return False
        self.show_errors([])
        self.discard_draft()
        return True

    def _create(self, values: dict[str, Any]) -> None:
        args = self.pack(values)
        if self.kind != Kind.CASE:
            args["case_id"] = self.case_id
        if self.related is not None:  # written with the rows of its related records, in one unit of work
            self.saved_id = self.related.create_with(args)
            return
        self.saved_id = self.records.create(self.kind, **args)
        if self.undo_stack is not None:
            self.undo_stack.push(CreateRecord(self.undo_stack, self.kind, args, self.saved_id))

    def _update(self, values: dict[str, Any]) -> None:
        assert self.record_id is not None
        if self.related is not None:
            self.related.flush()  # rows changed and not yet saved (the keyboard has not left them)
        changed = [k for k, value in values.items() if self.initial.get(k, MISSING) != value]
        changed = [k for k in changed if k != "correction_note"]
        note = str(values.get("correction_note") or "")
        after = self.pack({k: values[k] for k in changed})
        before = self.pack({k: self.initial.get(k) for k in changed})
        content_changed = any(k in ACCOUNT_CONTENT_FIELDS for k in changed)
        if self.kind == Kind.ACCOUNT and content_changed:
            after["correction_note"] = note
            before["correction_note"] = tr("Undo of the correction: {note}").format(note=note.strip() or "—")
        if after:
            self.records.update(self.kind, self.record_id, **after)
            if self.undo_stack is not None:
                self.undo_stack.push(UpdateRecord(self.undo_stack, self.kind, self.record_id, before, after))
        self.saved_id = self.record_id
        self.initial = values  # saved: what a later save in the same form is measured against
        self.opened_with = self.raw_values()

    # -- protected identity -----------------------------------------------------------------------

    def _ask_reveal(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            tr("Reveal identity"),
            tr("Revealing this {kind}'s identity is recorded in the audit log. Why do you need it?").format(
                kind=kind_name(self.kind)
            ),
        )
        if ok:
            self.reveal(reason)

    def reveal(self, reason: str) -> None:
        """Show the protected details (audited) and let them be edited."""
        assert self.record_id is not None
        identity = self.records.reveal_identity(self.kind, self.record_id, reason)
        self.identity_open = True
        for spec in self.specs:
            if spec.group is Group.IDENTITY:
                widget = self.widgets[spec.name]
                assert isinstance(widget, QLineEdit)
                widget.setReadOnly(False)
                widget.setPlaceholderText("")
                widget.setText(identity.get(spec.name, ""))
                self.initial[spec.name] = identity.get(spec.name, "")
                self.opened_with[spec.name] = identity.get(spec.name, "")  # revealed is not yet changed
        if self.reveal_button is not None:
            self.reveal_button.setEnabled(False)


def _version_text(version: int) -> str:
    return tr(
        "This is version {version}. Changing what the witness said saves a new version beside the old one: say why in "
        "the correction note."
    ).format(version=version)
