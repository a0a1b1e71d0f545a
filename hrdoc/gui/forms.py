"""One form dialog for every kind of record, driven by field specifications.

Each kind has a list of :class:`FieldSpec`; the dialog builds a widget per field, fills it from the record
when editing, and on Save hands the values to :class:`~hrdoc.services.records.RecordService`. The service
decides what is valid: its :class:`~hrdoc.domain.validation.ValidationError` messages are shown in red under
the fields they name, and the dialog stays open until the record saves.

References between records are chosen from the case's records by label, never typed as ids. Protected
identity details are entered when creating; when editing they stay masked until revealed (an audited read).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from hrdoc.domain import enums
from hrdoc.domain.validation import FieldError, ValidationError
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, VIOLATION_TYPE
from hrdoc.gui.undo import CreateRecord, RecordUndoStack, UpdateRecord
from hrdoc.services.context import StoreContext
from hrdoc.services.drafts import DraftInfo, DraftService
from hrdoc.services.errors import NotFound
from hrdoc.services.records import ACCOUNT_CONTENT_FIELDS, CONSENT_FIELDS, KINDS, RecordService, column_defaults
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage.errors import StoreError

ERROR_STYLE = "color: #b00020;"


DRAFT_DELAY_MS = 700  # a pause in typing this long saves the draft


def tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONG = "long"  # several lines
    CHOICE = "choice"  # an enum: labels in words, the enum's value stored
    VOCAB = "vocab"  # a vocabulary's top-level terms
    SUBVOCAB = "subvocab"  # sub-terms of the term chosen in another field
    DATE = "date"  # YYYY-MM-DD or empty
    INT = "int"  # whole number or empty (unknown)
    FLOAT = "float"  # number or empty
    TRISTATE = "tristate"  # yes / no / unknown
    CHECK = "check"  # yes / no
    LIST = "list"  # one item per line
    PICK = "pick"  # a record of the case, by label
    ORIGIN = "origin"  # a link's source, account or evidence file
    TARGET = "target"  # a link's allegation or incident


class Group(StrEnum):
    RECORD = ""
    CONTENT = "content"  # an account's versioned content
    CONSENT = "consent"
    IDENTITY = "identity"
    NOTE = "note"  # an account's correction note (editing only)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    input: FieldType = FieldType.TEXT
    choices: type[StrEnum] | None = None
    optional: bool = False  # a choice or picker that may be left empty
    source: str = ""  # vocabulary (VOCAB), parent field (SUBVOCAB), record kind (PICK)
    group: Group = Group.RECORD
    hint: str = ""


ORIGIN_FIELDS = ("source_id", "account_id", "evidence_id")
TARGET_FIELDS = ("allegation_id", "incident_id")

# Errors the services name by something other than a form field (a check constraint, a group of fields).
ERROR_ALIASES = {
    **dict.fromkeys(ORIGIN_FIELDS, "origin"),
    **dict.fromkeys(TARGET_FIELDS, "target"),
    "identity": "legal_name",
    "consent": "to_be_recorded",
    "date_order": "end_date",
    "fatalities_non_negative": "fatalities_low",
    "count_order": "count_best",
    "latitude_range": "latitude",
    "longitude_range": "longitude",
}

KIND_NAMES = {
    "case": "case",
    "location": "place",
    "incident": "incident",
    "actor": "actor",
    "allegation": "allegation",
    "perpetrator": "alleged perpetrator",
    "victim": "victim",
    "allegation_victim": "victim of an allegation",
    "witness": "witness",
    "account": "account",
    "source": "source",
    "link": "evidence link",
}

_GRADES = {
    "A": "A — completely reliable",
    "B": "B — usually reliable",
    "C": "C — fairly reliable",
    "D": "D — not usually reliable",
    "E": "E — unreliable",
    "F": "F — reliability cannot be judged",
    "1": "1 — confirmed",
    "2": "2 — probably true",
    "3": "3 — possibly true",
    "4": "4 — doubtful",
    "5": "5 — improbable",
    "6": "6 — truth cannot be judged",
}


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, kind.replace("_", " ")))


def choice_label(value: str) -> str:
    """An enum value in words: ``under_review`` → "Under review"."""
    return tr(_GRADES.get(value) or value.replace("_", " ").capitalize())


def _common() -> list[FieldSpec]:
    return [
        FieldSpec("visibility", tr("Visibility"), FieldType.CHOICE, enums.Visibility),
        FieldSpec("notes", tr("Notes"), FieldType.LONG),
    ]


def field_specs(kind: str) -> list[FieldSpec]:
    """The fields of a form for ``kind``, in the order they are shown."""
    T, L, C, D, N = FieldType.TEXT, FieldType.LONG, FieldType.CHOICE, FieldType.DATE, FieldType.INT
    one_per_line = tr("One per line")
    specs: dict[str, list[FieldSpec]] = {
        "case": [
            FieldSpec("reference", tr("Reference"), T, hint=tr("for example ML-2025-004")),
            FieldSpec("title", tr("Title")),
            FieldSpec("status", tr("Status"), C, enums.CaseStatus),
            FieldSpec("lead_investigator", tr("Lead investigator")),
            FieldSpec("summary", tr("Summary"), L),
            FieldSpec("tags", tr("Tags"), FieldType.LIST, hint=one_per_line),
        ],
        "location": [
            FieldSpec("name", tr("Name")),
            FieldSpec("alt_spellings", tr("Other spellings"), FieldType.LIST, hint=one_per_line),
            FieldSpec("admin1", tr("Region (admin 1)")),
            FieldSpec("admin2", tr("District (admin 2)")),
            FieldSpec("country_code", tr("Country code"), hint=tr("two letters, for example ML")),
            FieldSpec("latitude", tr("Latitude"), FieldType.FLOAT, hint=tr("degrees, for example 16.27")),
            FieldSpec("longitude", tr("Longitude"), FieldType.FLOAT, hint=tr("degrees, for example -0.04")),
            FieldSpec("geo_precision", tr("Precision of the place"), C, enums.GeoPrecision),
        ],
        "incident": [
            FieldSpec("title", tr("Title")),
            FieldSpec("description", tr("Description"), L),
            FieldSpec("start_date", tr("Start date"), D),
            FieldSpec("end_date", tr("End date"), D),
            FieldSpec("date_precision", tr("Date precision"), C, enums.DatePrecision),
            FieldSpec("date_as_reported", tr("Date as reported"), hint=tr("the words of the source")),
            FieldSpec("location_id", tr("Place"), FieldType.PICK, optional=True, source="location"),
            FieldSpec("event_type", tr("Event type"), FieldType.VOCAB, optional=True, source=EVENT_TYPE),
            FieldSpec("event_subtype", tr("Sub-type"), FieldType.SUBVOCAB, optional=True, source="event_type"),
            FieldSpec("fatalities_low", tr("Fatalities (low)"), N, hint=tr("empty if unknown")),
            FieldSpec("fatalities_best", tr("Fatalities (best estimate)"), N, hint=tr("empty if unknown")),
            FieldSpec("fatalities_high", tr("Fatalities (high)"), N, hint=tr("empty if unknown")),
            FieldSpec("civilian_targeting", tr("Civilians targeted"), FieldType.TRISTATE),
        ],
        "actor": [
            FieldSpec("name", tr("Name")),
            FieldSpec("aliases", tr("Also known as"), FieldType.LIST, hint=one_per_line),
            FieldSpec("kind", tr("Kind of actor"), FieldType.VOCAB, optional=True, source=ACTOR_KIND),
            FieldSpec("affiliation", tr("Affiliation")),
            FieldSpec("country_code", tr("Country code"), hint=tr("two letters, for example ML")),
        ],
        "allegation": [
            FieldSpec("incident_id", tr("Incident"), FieldType.PICK, source="incident"),
            FieldSpec("violation_type", tr("Violation"), FieldType.VOCAB, source=VIOLATION_TYPE),
            FieldSpec("description", tr("Description"), L),
            FieldSpec("status", tr("Assessment"), C, enums.AllegationStatus),
            FieldSpec("standard_of_proof", tr("Standard of proof met"), C, enums.StandardOfProof),
            FieldSpec("reasoning", tr("Reasoning"), L),
        ],
        "perpetrator": [
            FieldSpec("allegation_id", tr("Allegation"), FieldType.PICK, source="allegation"),
            FieldSpec("actor_id", tr("Actor"), FieldType.PICK, source="actor"),
            FieldSpec("involvement", tr("Involvement"), C, enums.Involvement),
        ],
        "victim": [
            FieldSpec("kind", tr("Individual or group"), C, enums.VictimKind),
            FieldSpec("label", tr("Label"), hint=tr("how the victim is referred to, not a legal name")),
            FieldSpec("description", tr("Description"), L),
            FieldSpec("sex", tr("Sex"), C, enums.Sex),
            FieldSpec("age_group", tr("Age group"), C, enums.AgeGroup),
            FieldSpec("status", tr("What happened to them"), C, enums.VictimStatus),
            FieldSpec("count_low", tr("Count (low)"), N, hint=tr("empty if unknown")),
            FieldSpec("count_best", tr("Count (best estimate)"), N, hint=tr("empty if unknown")),
            FieldSpec("count_high", tr("Count (high)"), N, hint=tr("empty if unknown")),
            FieldSpec("count_women", tr("Of whom women"), N),
            FieldSpec("count_men", tr("Of whom men"), N),
            FieldSpec("count_children", tr("Of whom children"), N),
            FieldSpec("count_unknown", tr("Of whom unknown"), N),
            *_identity(),
        ],
        "allegation_victim": [
            FieldSpec("allegation_id", tr("Allegation"), FieldType.PICK, source="allegation"),
            FieldSpec("victim_id", tr("Victim"), FieldType.PICK, source="victim"),
        ],
        "witness": [
            FieldSpec("pseudonym", tr("Pseudonym"), hint=tr("for example W-07; never the real name")),
            FieldSpec("sex", tr("Sex"), C, enums.Sex),
            FieldSpec("age_group", tr("Age group"), C, enums.AgeGroup),
            FieldSpec("language", tr("Language")),
            FieldSpec("relation", tr("How they know"), C, enums.WitnessRelation),
            FieldSpec("risk_level", tr("Risk to the witness"), C, enums.RiskLevel),
            FieldSpec("to_be_recorded", tr("Agrees to be recorded"), FieldType.CHECK, group=Group.CONSENT),
            FieldSpec("to_be_quoted", tr("Agrees to be quoted"), FieldType.CHECK, group=Group.CONSENT),
            FieldSpec("to_be_named", tr("Agrees to be named"), FieldType.CHECK, group=Group.CONSENT),
            FieldSpec("share_with_partners", tr("Agrees to sharing"), FieldType.CHECK, group=Group.CONSENT),
            FieldSpec("contact_again", tr("May be contacted again"), FieldType.CHECK, group=Group.CONSENT),
            FieldSpec("given_on", tr("Consent given on"), D, group=Group.CONSENT),
            FieldSpec(
                "how_given", tr("How consent was given"), group=Group.CONSENT, hint=tr("for example: oral, recorded")
            ),
            *_identity(),
        ],
        "account": [
            FieldSpec("witness_id", tr("Witness"), FieldType.PICK, source="witness"),
            FieldSpec("interviewer", tr("Interviewer"), group=Group.CONTENT),
            FieldSpec("interview_date", tr("Interview date"), D, group=Group.CONTENT),
            FieldSpec("interview_place", tr("Interview place"), group=Group.CONTENT),
            FieldSpec("method", tr("Method"), C, enums.InterviewMethod, group=Group.CONTENT),
            FieldSpec("language", tr("Language"), group=Group.CONTENT),
            FieldSpec("translation_language", tr("Translated into"), group=Group.CONTENT),
            FieldSpec("translator", tr("Translator"), group=Group.CONTENT),
            FieldSpec("narrative", tr("Narrative"), L, group=Group.CONTENT),
            FieldSpec("key_quotes", tr("Key quotes"), FieldType.LIST, group=Group.CONTENT, hint=one_per_line),
            FieldSpec("quotable", tr("May be quoted"), FieldType.CHECK, group=Group.CONTENT),
            FieldSpec(
                "correction_note",
                tr("Correction note"),
                L,
                group=Group.NOTE,
                hint=tr("why the account is corrected; the previous version is kept"),
            ),
        ],
        "source": [
            FieldSpec("kind", tr("Kind of source"), C, enums.SourceKind),
            FieldSpec("title", tr("Title")),
            FieldSpec("author", tr("Author")),
            FieldSpec("publisher", tr("Publisher")),
            FieldSpec("url", tr("URL"), hint="https://"),
            FieldSpec("publication_date", tr("Published on"), D),
            FieldSpec("access_date", tr("Accessed on"), D),
            FieldSpec("archived_url", tr("Archived copy (URL)"), hint="https://"),
            FieldSpec("language", tr("Language")),
            FieldSpec("reliability", tr("Reliability of the source"), C, enums.SourceReliability, optional=True),
            FieldSpec("credibility", tr("Credibility of the information"), C, enums.InformationCredibility, True),
            FieldSpec("stance", tr("Stance"), C, enums.Stance),
        ],
        "link": [
            FieldSpec("origin", tr("Evidence"), FieldType.ORIGIN),
            FieldSpec("relation", tr("Bears on it by"), C, enums.LinkRelation),
            FieldSpec("target", tr("Allegation or incident"), FieldType.TARGET),
            FieldSpec("excerpt", tr("Excerpt"), L),
            FieldSpec("locator", tr("Where in the evidence"), hint=tr("page, paragraph or timestamp")),
        ],
    }
    if kind not in specs:
        raise NotFound(f"no form for {kind!r} records")
    return specs[kind] + _common()


def _identity() -> list[FieldSpec]:
    return [
        FieldSpec("legal_name", tr("Legal name"), group=Group.IDENTITY),
        FieldSpec("contact", tr("Contact"), group=Group.IDENTITY),
        FieldSpec("residence", tr("Residence"), group=Group.IDENTITY),
    ]


def record_options(ctx: StoreContext, kind: str, case_id: uuid.UUID) -> list[tuple[str, uuid.UUID]]:
    """The case's records of ``kind`` as (label, id), for pickers."""
    records = RecordService(ctx)
    rows = records.records(kind, case_id)
    if kind == "location":
        return [(r.name, r.id) for r in rows]
    if kind == "incident":
        return [(f"{r.title} ({r.start_date.isoformat()})" if r.start_date else r.title, r.id) for r in rows]
    if kind == "allegation":
        violations = VocabularyService(ctx).labels(VIOLATION_TYPE)
        titles = {i.id: i.title for i in records.records("incident", case_id)}
        return [
            (f"{violations.get(r.violation_type, r.violation_type)} — {titles.get(r.incident_id, '?')}", r.id)
            for r in rows
        ]
    if kind == "actor":
        return [(r.name, r.id) for r in rows]
    if kind == "victim":
        return [(r.label, r.id) for r in rows]
    if kind == "witness":
        return [(r.pseudonym, r.id) for r in rows]
    if kind == "account":
        names = {w.id: w.pseudonym for w in records.records("witness", case_id)}
        return [
            (tr("Account of {0} (version {1})").format(names.get(r.witness_id, "?"), r.current_version), r.id)
            for r in rows
        ]
    if kind == "source":
        return [(r.title, r.id) for r in rows]
    if kind == "evidence":
        return [(r.original_filename, r.id) for r in rows]
    raise NotFound(f"no picker for {kind!r} records")


def _message(label: str, message: str) -> str:
    """A service message in a sentence: "is required …" becomes "Title is required …"."""
    if message.split(" ", 1)[0] in ("is", "must", "cannot", "may", "breaks", "duplicates", "a", "an"):
        return f"{label} {message}"
    return message[:1].upper() + message[1:]


class RecordDialog(QDialog):
    """Create or edit one record. ``widgets`` holds the field widgets by field name."""

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
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.case_id = case_id
        self.record_id = record_id
        self.undo_stack = undo_stack
        self.records = RecordService(ctx)
        self.saved_id: uuid.UUID | None = None
        self.specs = [s for s in field_specs(kind) if record_id is not None or s.group is not Group.NOTE]
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.identity_open = record_id is None
        self._vocab = VocabularyService(ctx)
        self.setObjectName(f"recordDialog_{kind}")
        what = kind_name(kind)
        self.setWindowTitle(tr("New {0}").format(what) if record_id is None else tr("Edit {0}").format(what))

        form_host = QWidget()
        host_layout = QVBoxLayout(form_host)
        forms: dict[Group, QFormLayout] = {}
        for spec in self.specs:
            group = Group.CONTENT if spec.group is Group.NOTE else spec.group
            if group not in forms:
                forms[group] = self._section(host_layout, group)
            forms[group].addRow(spec.label, self._field_row(spec))
        host_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.form_error = QLabel()
        self.form_error.setObjectName("error_form")
        self.form_error.setStyleSheet(ERROR_STYLE)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        self._load(defaults or {})
        self.initial = self.collect()[0]
        # What is typed is kept as an encrypted draft in the store, so a crash or a kill loses nothing.
        self.drafts = DraftService(ctx)
        self.draft_id = draft.id if draft is not None else uuid.uuid4()
        self.keep_draft = False
        if draft is not None:
            self.restore_draft(draft.fields)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        for widget in self.widgets.values():
            for signal in _change_signals(widget):
                signal.connect(lambda *_args: self._draft_timer.start())
        self._fit_screen(form_host)

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
        if group is Group.CONTENT and self.record_id is not None:
            version = self.records.get("account", self.record_id).current_version
            note = QLabel(
                tr(
                    "This is version {0}. Changing what the witness said saves a new version beside the "
                    "old one: say why in the correction note."
                ).format(version)
            )
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
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(ERROR_STYLE)
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
            if spec.group is Group.IDENTITY and not self.identity_open:
                line.setReadOnly(True)
                line.setPlaceholderText(tr("[protected]"))
            return line
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        for label, value in self._options(spec):
            combo.addItem(label, value)
        if t is FieldType.VOCAB and spec.source == EVENT_TYPE:
            combo.currentIndexChanged.connect(lambda _i: self._refill_subtypes())
        return combo

    def _options(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        t = spec.input
        none = tr("— none —") if spec.optional else tr("— choose —")
        if t is FieldType.CHOICE:
            assert spec.choices is not None
            values: list[tuple[str, Any]] = [(choice_label(e.value), e.value) for e in spec.choices]
            return [(tr("— not graded —"), None), *values] if spec.optional else values
        if t is FieldType.TRISTATE:
            return [(tr("Unknown"), None), (tr("Yes"), True), (tr("No"), False)]
        if t is FieldType.VOCAB:
            terms = [(term.label, term.code) for term in self._vocab.terms(spec.source) if term.parent is None]
            return [(none, ""), *terms]
        if t is FieldType.SUBVOCAB:
            return [(none, "")]  # filled from the parent's choice
        assert self.case_id is not None
        if t is FieldType.PICK:
            return [(none, None), *record_options(self.ctx, spec.source, self.case_id)]
        if t is FieldType.ORIGIN:
            parts = [("source_id", "source", tr("Source")), ("account_id", "account", tr("Account"))]
            parts.append(("evidence_id", "evidence", tr("Evidence file")))
        else:
            parts = [("allegation_id", "allegation", tr("Allegation")), ("incident_id", "incident", tr("Incident"))]
        out: list[tuple[str, Any]] = [(tr("— choose —"), None)]
        for field_name, kind, word in parts:
            options = record_options(self.ctx, kind, self.case_id)
            out += [(f"{word}: {label}", (field_name, rid)) for label, rid in options]
        return out

    def _refill_subtypes(self) -> None:
        sub = self.widgets.get("event_subtype")
        parent = self.widgets.get("event_type")
        if not isinstance(sub, QComboBox) or not isinstance(parent, QComboBox):
            return
        current = sub.currentData()
        chosen = parent.currentData()
        sub.blockSignals(True)
        sub.clear()
        sub.addItem(tr("— none —"), "")
        for term in self._vocab.terms(EVENT_TYPE):
            if chosen and term.parent == chosen:
                sub.addItem(term.label, term.code)
        index = sub.findData(current)
        sub.setCurrentIndex(max(index, 0))
        sub.blockSignals(False)

    def _fit_screen(self, content: QWidget) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width = max(560, content.sizeHint().width() + 60)
        height = content.sizeHint().height() + 110
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 80)
        self.resize(width, height)

    # -- values -----------------------------------------------------------------------------------

    def _load(self, defaults: dict[str, Any]) -> None:
        # A new record starts from the model's defaults (restricted visibility, unknown date precision, …).
        values: dict[str, Any] = column_defaults(KINDS[self.kind].model) | dict(defaults)
        if self.record_id is not None:
            record = self.records.get(self.kind, self.record_id)
            values = {s.name: getattr(record, s.name) for s in self.specs if hasattr(record, s.name)}
            if self.kind == "link":
                values |= {f: getattr(record, f) for f in (*ORIGIN_FIELDS, *TARGET_FIELDS)}
            if self.kind == "account":
                version = self.records.current_version(self.record_id)
                values |= {f: getattr(version, f) for f in ACCOUNT_CONTENT_FIELDS}
            if self.kind == "witness":
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

    def _set(self, spec: FieldSpec, value: Any) -> None:
        widget = self.widgets[spec.name]
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
                self._refill_subtypes()
            if isinstance(value, tuple):
                value = (value[0], uuid.UUID(str(value[1])))
            elif spec.input is FieldType.PICK and value is not None:
                value = uuid.UUID(str(value))
            index = widget.findData(value)
            if index < 0 and value not in (None, "") and not isinstance(value, tuple):
                widget.addItem(str(value), value)  # a value no longer offered keeps showing what it is
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))

    def _get(self, spec: FieldSpec) -> Any:
        widget = self.widgets[spec.name]
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
        groups = {s.name: s.group for s in self.specs}
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
        if identity and (self.record_id is not None or any(identity.values())):
            out["identity"] = identity
        if consent and (self.record_id is not None or any(consent.values())):
            out["consent"] = consent
        return out

    # -- drafts -----------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What the widgets hold, as typed (JSON-ready, unvalidated)."""
        out: dict[str, Any] = {}
        for name, widget in self.widgets.items():
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

    def save_draft(self) -> None:
        # If the store is locked or busy, the next change tries again.
        with contextlib.suppress(StoreError):
            self.drafts.save(
                self.draft_id, self.kind, self.raw_values(), case_id=self.case_id, record_id=self.record_id
            )

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        with contextlib.suppress(StoreError):
            self.drafts.discard(self.draft_id)

    def keep_as_draft(self) -> None:
        """Save what is typed now and keep it when the dialog closes (used when the app locks)."""
        self._draft_timer.stop()
        self.save_draft()
        self.keep_draft = True

    def reject(self) -> None:
        if not self.keep_draft:
            self.discard_draft()  # the user chose to throw this away
        super().reject()

    # -- saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        values, problems = self.collect()
        if problems:
            self.show_errors(problems)
            return
        try:
            if self.record_id is None:
                self._create(values)
            else:
                self._update(values)
        except ValidationError as err:
            self.show_errors(err.errors)
            return
        except (NotFound, StoreError) as err:
            self.show_errors([FieldError("", str(err))])
            return
        self.show_errors([])
        self.discard_draft()
        super().accept()

    def _create(self, values: dict[str, Any]) -> None:
        args = self.pack(values)
        if self.kind != "case":
            args["case_id"] = self.case_id
        self.saved_id = self.records.create(self.kind, **args)
        if self.undo_stack is not None:
            self.undo_stack.push(CreateRecord(self.undo_stack, self.kind, args, self.saved_id))

    def _update(self, values: dict[str, Any]) -> None:
        assert self.record_id is not None
        changed = [k for k, value in values.items() if self.initial.get(k, _MISSING) != value]
        changed = [k for k in changed if k != "correction_note"]
        note = str(values.get("correction_note") or "")
        after = self.pack({k: values[k] for k in changed})
        before = self.pack({k: self.initial.get(k) for k in changed})
        content_changed = any(k in ACCOUNT_CONTENT_FIELDS for k in changed)
        if self.kind == "account" and content_changed:
            after["correction_note"] = note
            before["correction_note"] = tr("Undo of the correction: {0}").format(note.strip() or "—")
        if after:
            self.records.update(self.kind, self.record_id, **after)
            if self.undo_stack is not None:
                self.undo_stack.push(UpdateRecord(self.undo_stack, self.kind, self.record_id, before, after))
        self.saved_id = self.record_id

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; messages for no field of the form go above the buttons."""
        labels = {s.name: s.label for s in self.specs}
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            name = error.field if error.field in self.errors else ERROR_ALIASES.get(error.field, "")
            if name in self.errors:
                by_field.setdefault(name, []).append(_message(labels[name], error.message))
            else:
                general.append(f"{error.field}: {error.message}" if error.field else error.message)
        for name, label in self.errors.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
        self.form_error.setText("\n".join(general))
        self.form_error.setVisible(bool(general))
        first = next((self.widgets[s.name] for s in self.specs if s.name in by_field), None)
        if first is not None:
            first.setFocus()

    def error_text(self, field: str) -> str:
        """The error shown under ``field`` ("" if none)."""
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""

    # -- protected identity -----------------------------------------------------------------------

    def _ask_reveal(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            tr("Reveal identity"),
            tr("Revealing this {0}'s identity is recorded in the audit log. Why do you need it?").format(
                kind_name(self.kind)
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
        self.reveal_button.setEnabled(False)

    # -- entry point ------------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        ctx: StoreContext,
        kind: str,
        case_id: uuid.UUID | None,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        defaults: dict[str, Any] | None = None,
        undo_stack: RecordUndoStack | None = None,
        draft: DraftInfo | None = None,
    ) -> uuid.UUID | None:
        """Show the form; the saved record's id, or None if cancelled."""
        dialog = cls(ctx, kind, case_id, record_id, parent, defaults=defaults, undo_stack=undo_stack, draft=draft)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_id
            return None
        finally:
            dialog.deleteLater()


class _Missing:
    pass


def _change_signals(widget: QWidget) -> list[Any]:
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    return []


_MISSING = _Missing()
