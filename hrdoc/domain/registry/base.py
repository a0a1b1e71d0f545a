"""What the record registry is made of: sensitivities, widgets, form groups, the :class:`Kind` of every record,
and :class:`FieldDef` and :class:`KindDef`, with the short names and helpers the declarations are written with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hrdoc.domain import enums
from hrdoc.domain.marks import N_ as N_  # declared labels are marked with it (re-exported)


class Sensitivity(StrEnum):
    """Who may see a field outside the team, at most (the record's visibility and consent may narrow it)."""

    PUBLIC = "public"  # any audience, the public included
    PARTNERS = "partners"  # trusted partner organisations and the team, never the public
    INTERNAL = "internal"  # the team only: working notes, investigators' names, how evidence was obtained
    PROTECTED = "protected"  # who a witness or victim is: never in a report or table; internal bundles only


class Widget(StrEnum):
    """How a form edits the field (``NONE``: the program sets it)."""

    NONE = "none"
    TEXT = "text"
    LONG = "long"
    CHOICE = "choice"
    VOCAB = "vocab"
    SUBVOCAB = "subvocab"
    DATE = "date"
    DATETIME = "datetime"
    INT = "int"
    FLOAT = "float"
    TRISTATE = "tristate"
    CHECK = "check"
    LIST = "list"
    PICK = "pick"
    COUNTRY = "country"  # an ISO 3166-1 alpha-2 code, picked and shown by the country's name (domain.countries)
    JSON = "json"


class Group(StrEnum):
    """Where a field sits in its record's form."""

    RECORD = ""
    CONTENT = "content"  # an account's versioned content
    CONSENT = "consent"
    IDENTITY = "identity"
    NOTE = "note"  # an account's correction note (editing only)


class Kind(StrEnum):
    """Every kind of record the store keeps, by name. Code that treats one kind apart compares with these
    (``kind == Kind.CASE``), never with a string written out again; each is declared in :data:`KINDS`."""

    CASE = "case"
    LOCATION = "location"
    INCIDENT = "incident"
    ACTOR = "actor"
    ALLEGATION = "allegation"
    PERPETRATOR = "perpetrator"
    VICTIM = "victim"
    VICTIM_IDENTITY = "victim_identity"
    ALLEGATION_VICTIM = "allegation_victim"
    WITNESS = "witness"
    WITNESS_IDENTITY = "witness_identity"
    CONSENT = "consent"
    ACCOUNT = "account"
    ACCOUNT_VERSION = "account_version"
    SOURCE = "source"
    EVIDENCE = "evidence"
    LINK = "link"
    FIGURE = "figure"
    VOCABULARY_TERM = "vocabulary_term"
    CUSTODY_ENTRY = "custody_entry"
    AUDIT_ENTRY = "audit_entry"
    AUDIT_PENDING = "audit_pending"
    TOMBSTONE = "tombstone"
    LINEAGE = "lineage"
    CONFLICT = "conflict"
    DRAFT = "draft"
    VAULT_CHUNK = "vault_chunk"
    STORE_META = "store_meta"


@dataclass(frozen=True)
class FieldDef:
    name: str
    label: str
    sensitivity: Sensitivity
    widget: Widget = Widget.TEXT
    choices: type[StrEnum] | None = None
    vocabulary: str | None = None  # the vocabulary a VOCAB field draws from; SUBVOCAB: the parent field
    ref: str | None = None  # the kind of record it refers to
    optional: bool = False  # a choice or reference that may be left empty
    max_length: int | None = None
    searchable: bool = False  # read into the record's full-text search document (a COUNTRY: code and names)
    quoted_words: bool = False  # a witness's own words: shown beyond the team only with consent to be quoted
    reported: bool = False  # printed in the case's PDF report (for every audience that may see it)
    group: Group = Group.RECORD
    hint: str = ""

    @property
    def system(self) -> bool:
        return self.widget is Widget.NONE


@dataclass(frozen=True)
class KindDef:
    """A kind of record: its table, its fields in form order, and how it travels."""

    name: str
    table: str
    label: str
    fields: tuple[FieldDef, ...]
    travels: bool = True  # part of a case's copy in a bundle (else it stays in this store)
    owner: str | None = None  # for a part (identity, consent, version): the kind it belongs to

    def __post_init__(self) -> None:
        Kind(self.name)  # every kind is named in the enum (a ValueError here names the one that is not)

    def field(self, name: str) -> FieldDef:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


# Short names for the declarations (in case.py, witnesses.py, sources.py, housekeeping.py).
P, R, T, X = Sensitivity.PUBLIC, Sensitivity.PARTNERS, Sensitivity.INTERNAL, Sensitivity.PROTECTED
W = Widget


def system(name: str, sensitivity: Sensitivity = P, label: str = "") -> FieldDef:
    """A field the program sets, never a form (its label, unless given, is its name)."""
    return FieldDef(name, label or N_(name.replace("_", " ").capitalize()), sensitivity, W.NONE)


def record(
    *own: FieldDef, case_scoped: bool = True, notes_reported: bool = False, notes_searchable: bool = True
) -> tuple[FieldDef, ...]:
    """A record's own fields, then what every record has (RecordMixin); ``notes_reported``: its working notes
    are printed in internal reports; ``notes_searchable``: they are read into its search document (a kind
    with no search document of its own has none)."""
    head = (system("id", P, N_("Id")),) + ((system("case_id", P, N_("Case")),) if case_scoped else ())
    return (
        *head,
        *own,
        FieldDef("visibility", N_("Visibility"), P, W.CHOICE, enums.Visibility),
        FieldDef("notes", N_("Notes"), T, W.LONG, searchable=notes_searchable, reported=notes_reported),
        system("version", P, N_("Version")),
        system("created_at", P, N_("Created")),
        system("updated_at", P, N_("Updated")),
        system("created_by", T, N_("Created by")),  # an investigator's name: the team only
    )


def identity(owner: str) -> tuple[FieldDef, ...]:
    """Who a witness or victim (``owner``) is, kept in a table of its own: protected, every field of it."""
    return (
        system(f"{owner}_id", P, N_("Record")),
        FieldDef("legal_name", N_("Legal name"), X, max_length=300, group=Group.IDENTITY),
        FieldDef("contact", N_("Contact"), X, group=Group.IDENTITY),
        FieldDef("residence", N_("Residence"), X, group=Group.IDENTITY),
    )


def count(name: str, label: str) -> FieldDef:
    """A count of people or deaths, left empty when it is not known."""
    return FieldDef(name, label, P, W.INT, hint=N_("empty if unknown"))


def locator(label: str) -> FieldDef:
    """Where in what it rests on a record's words or figure are (a page, a paragraph, a timestamp)."""
    return FieldDef("locator", label, P, max_length=200, searchable=True, hint=N_("page, paragraph or timestamp"))


ONE_PER_LINE = N_("One per line")
