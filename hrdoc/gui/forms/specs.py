"""What a record form shows, read from the record registry in :mod:`hrdoc.domain.registry`.

Each kind's form is a list of :class:`FieldSpec` that :func:`field_specs` reads from the registry (labels,
widgets, choices, hints, order), so a field declared there appears in its form with nothing to change here;
the only special cases are declared below (a link's two compound pickers). Also the names of kinds and
choices as people read them, and the case's records offered in a reference picker.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from hrdoc.domain import countries, enums, registry
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import FieldDef, Group, Kind, KindDef, Widget
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.gui import i18n
from hrdoc.gui.i18n import tr
from hrdoc.gui.vocab_language import interface_language
from hrdoc.services.context import StoreContext
from hrdoc.services.errors import NotFound
from hrdoc.services.locale_format import format_month, month_name


class FieldType(StrEnum):
    """How a form edits a field: the registry's :class:`~hrdoc.domain.registry.Widget`, value for value (see
    :func:`field_type`), plus the link's two pickers that each stand for several fields."""

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
    COUNTRY = "country"  # a country, found by its name in English, French or Arabic; its ISO code stored
    ORIGIN = "origin"  # a link's source, account or evidence file
    TARGET = "target"  # a link's allegation or incident


def field_type(widget: Widget) -> FieldType:
    """The form input for a registry widget; a widget no form can edit is a programming error, said plainly."""
    try:
        return FieldType(widget.value)
    except ValueError:
        raise ValueError(f"record forms cannot edit a {widget.value!r} field") from None


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


@dataclass(frozen=True)
class _Compound:
    """One picker in a form for several fields of the record, of which exactly one is set."""

    name: str
    label: str
    input: FieldType
    fields: tuple[str, ...]


# The declared special cases: a link starts at a source, an account or an evidence file, and bears on an
# allegation or an incident; each side is one picker, shown where the registry declares its first field.
_COMPOUNDS: dict[str, tuple[_Compound, ...]] = {
    Kind.LINK: (
        _Compound("origin", N_("Evidence"), FieldType.ORIGIN, ORIGIN_FIELDS),
        _Compound("target", N_("Allegation or incident"), FieldType.TARGET, TARGET_FIELDS),
    ),
}

# Evidence files are added by intake on the case's Evidence page, which edits them itself.
_NO_FORM = frozenset({Kind.EVIDENCE})
# Every record's own fields close its form, after the parts (consent, identity, content) it owns.
_CLOSING_FIELD = "visibility"

# Errors the services name by something other than a form field (a check constraint, a group of fields).
ERROR_ALIASES = {
    **{f: c.name for c in _COMPOUNDS[Kind.LINK] for f in c.fields},
    "identity": "legal_name",
    "consent": "to_be_recorded",
    "date_order": "end_date",
    "fatalities_non_negative": "fatalities_low",
    "count_order": "count_best",
    "latitude_range": "latitude",
    "longitude_range": "longitude",
}

# What each kind of record is called in the interface (English; translated where shown).
KIND_NAMES = {name: k.label for name, k in registry.KINDS.items()}


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, kind.replace("_", " ")))


def field_label(kind: str, name: str) -> str:
    """What forms and tables call a field of ``kind``: its label in the record registry (or, for a link's
    compound picker, the picker's), translated."""
    compound = next((c for c in _COMPOUNDS.get(kind, ()) if c.name == name), None)
    return tr(compound.label if compound is not None else registry.kind(kind).field(name).label)


def choice_label(value: str, choices: type[StrEnum] | None = None) -> str:
    """A value of a closed set in words, as its enum declares them (:func:`hrdoc.domain.enums.label`):
    ``under_review`` → "Under review", ``ngo_report`` → "NGO report", ``B`` → "B — usually reliable";
    ``choices``, the enum, tells apart a value two enums share (and its words' sense: :func:`enums.sense`)."""
    return tr(enums.label(value, choices), enums.sense(choices))


def day_text(value: object, precision: str = "exact") -> str:
    """A stored day ("2022-03-27", or a date) as the interface's language writes it: "27 mars 2022", "27 آذار/مارس
    2022"; "mars 2022" for a day known to the ``precision`` of its month, "2022" to its year. Anything else (no
    value, a text no date) as it is."""
    if value is None or value == "":
        return ""
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    if precision == "year":
        return str(day.year)
    return format_month(day, i18n.running) if precision == "month" else i18n.date_text(day)


def _edited_format() -> str:
    """How a form's date field writes a day: the locale's short format with the year in four digits (27/03/2022
    in French; 27/3/2022 in Arabic, a right-to-left mark after each number)."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_edit_text(day: dt.date, precision: str | None = None) -> str:
    """A day as a form's date field shows it, by the interface's locale; a day known only to its month or its year
    as :func:`day_text` writes it ("March 2022", "2022"), never as a day that was not given. :func:`date_from_text`
    reads each back."""
    if precision in VAGUE_PRECISIONS:
        return day_text(day, str(precision))
    return QLocale().toString(QDate(day.year, day.month, day.day), _edited_format())


# How precisely a record's dates are known, where its kind says so (an incident's), and the precisions that do
# not name a day.
PRECISION_FIELD = "date_precision"
VAGUE_PRECISIONS = (enums.DatePrecision.MONTH.value, enums.DatePrecision.YEAR.value)
_YEAR_ONLY = re.compile(r"\d{4}")
_MONTH_OF_YEAR = re.compile(r"(?P<month>.*?)[\s/.-]*(?P<year>\d{4})")


def vague_date(text: str) -> tuple[dt.date, str] | None:
    """A month or a year typed in a date field, as :func:`date_edit_text` writes it ("mars 2022", "2022") or as
    "2022-03" or "03/2022", and the precision it is known to ("month", "year"): its first day stands for it."""
    text = text.replace(RLM, "").strip()
    if _YEAR_ONLY.fullmatch(text):
        return dt.date(int(text), 1, 1), enums.DatePrecision.YEAR.value
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    found = _MONTH_OF_YEAR.fullmatch(text)
    if iso is not None:
        year, month_text = iso.group(1), iso.group(2)
    elif found is not None:
        year, month_text = found["year"], found["month"].strip().casefold()
    else:
        return None
    names = {
        name.casefold(): number
        for language in {i18n.running, "en"}
        for number in range(1, 13)
        for name in (month_name(number, language), *month_name(number, language).split("/"))
    }
    month = int(month_text) if month_text.isdigit() else names.get(month_text)
    if month is None or not 1 <= month <= 12 or int(year) < 1:
        return None
    return dt.date(int(year), month, 1), enums.DatePrecision.MONTH.value


def date_from_text(text: str) -> dt.date | None:
    """The day typed in a form's date field: as the locale writes it (:func:`date_edit_text`, its direction marks
    optional) or as YYYY-MM-DD, which any keyboard types; a month or a year (:func:`vague_date`) as its first day;
    None if it is none of these."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    vague = vague_date(text)
    if vague is not None:
        return vague[0]
    pattern = _edited_format()
    for written, form in ((text, pattern), (text.replace(RLM, ""), pattern.replace(RLM, ""))):
        found = QLocale().toDate(written, form)
        if found.isValid():
            return dt.date(found.year(), found.month(), found.day())
    return None


def decimal_edit_text(value: float) -> str:
    """A decimal number as a form's field shows it: its digits as stored, with the locale's decimal sign ("16,27"
    in French) and no grouping, so that it reads back as typed (the field takes a point or a comma)."""
    written = repr(value)
    return written if "e" in written else written.replace(".", QLocale().decimalPoint())


RLM = "\u200f"  # the right-to-left mark Arabic's short date format puts after each number


def moment_text(value: object, *, seconds: bool = True) -> str:
    """A stored moment (ISO text or a datetime) in UTC, its day as :func:`day_text` writes it and its time as
    the interface's locale does: "27 mars 2022 14:03:05" (without ``seconds``, "27 mars 2022 14:03")."""
    if value is None or value == "":
        return ""
    try:
        moment = (
            value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        )
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    time = QLocale().toString(QTime(moment.hour, moment.minute, moment.second), "HH:mm:ss" if seconds else "HH:mm")
    return f"{i18n.date_text(moment.date())} {time}"


def number_text(value: object) -> str:
    """A stored number as the interface's language writes it ("1 234" in French, "16,27" for 16.27), a decimal
    one with the digits it has after the point (a latitude keeps its precision)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, int):
        return i18n.number_text(value)
    written = repr(value)
    if "e" in written or "n" in written:  # very large or small, or not a number: as Python writes it
        return written
    return i18n.number_text(value, len(written.partition(".")[2].rstrip("0")))


# How a table cell writes a field of these widgets, from its stored value.
_WRITTEN: dict[Widget, Callable[[Any], str]] = {
    Widget.DATETIME: moment_text,
    Widget.INT: number_text,
    Widget.FLOAT: number_text,
}


def field_text(kind: str, name: str) -> Callable[[Mapping[str, Any]], Any]:
    """What a table cell shows of the field ``name`` of a record of ``kind``: a choice by its label (nothing for
    no value), a country by its name, a date or a number as the interface's language writes it (the stored value
    is what sorts and filters), any other field as it is stored."""
    declared = registry.kind(kind).field(name)
    if declared.widget is Widget.COUNTRY:
        return lambda record: countries.name(record.get(name), interface_language())
    if declared.widget is Widget.DATE:  # as precisely as it is known, where the record says so ("March 2022")
        return lambda record: day_text(record.get(name), record.get(PRECISION_FIELD) or "exact")
    written = _WRITTEN.get(declared.widget)
    if written is not None:
        return lambda record: written(record.get(name))
    if declared.widget is not Widget.CHOICE:
        return itemgetter(name)
    choices = declared.choices
    return lambda record: choice_label(record[name], choices) if record.get(name) else ""


def form_kinds() -> tuple[str, ...]:
    """The kinds of record that have a form."""
    return tuple(k for k in registry.RECORD_KINDS if k not in _NO_FORM)


def _parts(kind: str) -> list[KindDef]:
    """The kinds stored beside a record that its form edits too (a witness's consent and identity, an
    account's current version), the protected identity last: it is masked when editing."""
    parts = [p for p in registry.KINDS.values() if p.owner == kind]
    return sorted(parts, key=lambda p: any(f.group is Group.IDENTITY for f in p.fields))


def _spec(field: FieldDef) -> FieldSpec:
    input = field_type(field.widget)
    source = {FieldType.PICK: field.ref, FieldType.VOCAB: field.vocabulary, FieldType.SUBVOCAB: field.vocabulary}
    return FieldSpec(
        field.name,
        tr(field.label),
        input,
        field.choices,
        field.optional,
        source.get(input) or "",
        field.group,
        tr(field.hint) if field.hint else "",
    )


def field_specs(kind: str) -> list[FieldSpec]:
    """The fields of a form for ``kind``, in the order they are shown, read from the record registry: the
    record's editable fields as the registry declares them, with its parts' fields before the visibility and
    notes every record ends with, and a link's compound pickers in place of the fields they stand for."""
    if kind not in form_kinds():
        raise NotFound(f"no form for {kind!r} records")
    own = [f for f in registry.kind(kind).fields if not f.system]
    names = [f.name for f in own]
    split = names.index(_CLOSING_FIELD) if _CLOSING_FIELD in names else len(own)
    parts = [f for p in _parts(kind) for f in p.fields if not f.system]
    compounds = {f: c for c in _COMPOUNDS.get(kind, ()) for f in c.fields}
    specs: list[FieldSpec] = []
    for field in (*own[:split], *parts, *own[split:]):
        compound = compounds.get(field.name)
        if compound is None:
            specs.append(_spec(field))
        elif field.name == compound.fields[0]:
            specs.append(FieldSpec(compound.name, tr(compound.label), compound.input))
    return specs


# A picker's entries, (label, id), made for each kind of record it can refer to from the case's records of that
# kind (``rows``).
Options = list[tuple[str, uuid.UUID]]
OptionLabels = Callable[[StoreContext, uuid.UUID, list[Any]], Options]


def _named_by(attribute: str) -> OptionLabels:
    return lambda _ctx, _case_id, rows: [(getattr(r, attribute), r.id) for r in rows]


def _incident_options(_ctx: StoreContext, _case_id: uuid.UUID, rows: list[Any]) -> Options:
    return [
        (f"{r.title} ({day_text(r.start_date, r.date_precision)})" if r.start_date else r.title, r.id) for r in rows
    ]


def _allegation_options(ctx: StoreContext, case_id: uuid.UUID, rows: list[Any]) -> Options:
    from hrdoc.services.record_pages import RecordPages
    from hrdoc.services.vocab import VocabularyService

    violations = VocabularyService(ctx).labels(VIOLATION_TYPE, language=interface_language())
    titles = RecordPages(ctx).names({Kind.INCIDENT: {str(r.incident_id) for r in rows}})
    return [
        (f"{violations.get(r.violation_type, r.violation_type)} — {titles.get(str(r.incident_id), '?')}", r.id)
        for r in rows
    ]


def _account_options(ctx: StoreContext, case_id: uuid.UUID, rows: list[Any]) -> Options:
    from hrdoc.services.record_pages import RecordPages

    pseudonyms = RecordPages(ctx).names({Kind.WITNESS: {str(r.witness_id) for r in rows}})
    names = {uuid.UUID(rid): name for rid, name in pseudonyms.items()}
    return [
        (
            tr("Account of {witness} (version {version})").format(
                witness=names.get(r.witness_id, "?"), version=r.current_version
            ),
            r.id,
        )
        for r in rows
    ]


_OPTION_LABELS: dict[str, OptionLabels] = {
    Kind.LOCATION: _named_by("name"),
    Kind.INCIDENT: _incident_options,
    Kind.ALLEGATION: _allegation_options,
    Kind.ACTOR: _named_by("name"),
    Kind.VICTIM: _named_by("label"),
    Kind.WITNESS: _named_by("pseudonym"),
    Kind.ACCOUNT: _account_options,
    Kind.SOURCE: _named_by("title"),
    Kind.EVIDENCE: _named_by("original_filename"),
}


def record_options(ctx: StoreContext, kind: str, case_id: uuid.UUID) -> Options:
    """The case's records of ``kind`` as (label, id), for pickers."""
    labels = _OPTION_LABELS.get(kind)
    if labels is None:
        raise NotFound(f"no picker for {kind!r} records")
    from hrdoc.services.records import RecordService

    return labels(ctx, case_id, RecordService(ctx).records(kind, case_id))


def record_option(ctx: StoreContext, kind: str, case_id: uuid.UUID, record_id: Any) -> str | None:
    """The label :func:`record_options` gives one record of the case, read alone; None if the case has no such
    record."""
    labels = _OPTION_LABELS.get(kind)
    if labels is None:
        return None
    from hrdoc.services.records import RecordService

    try:
        record = RecordService(ctx).get(kind, record_id)
    except (NotFound, ValueError):
        return None
    if getattr(record, "case_id", None) != case_id:
        return None
    return labels(ctx, case_id, [record])[0][0]


def _message(label: str, message: str) -> str:
    """A service message in a sentence: one that goes on from its field ("is required …") after the field's label,
    "Title is required …"; one that is a sentence of its own ("a link starts from …") as it is, capitalised, as is
    one whose field has no ``label``."""
    if label and message.split(" ", 1)[0] in ("is", "must", "cannot", "may", "breaks", "duplicates"):
        return f"{label} {message}"
    return message[:1].upper() + message[1:]
