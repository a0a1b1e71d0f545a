"""The record registry: every kind of record hrdoc keeps, and every field of it, declared once.

A field says what it is (label, widget, choices or vocabulary, the record it refers to, its length limit),
whether full-text search reads it, and — above all — its :class:`Sensitivity`: who may ever see it outside
the team. The sharing policy (:mod:`hrdoc.services.sharing`) lets a field reach an audience only if its
sensitivity allows it; a field declared nowhere, or declared without thought, is ``INTERNAL``. Forms, table
columns, CSV, bundles, search, reports, the CLI's ``show`` and ``docs/data-model.md`` read this table, or are
held to it by tests (``tests/domain/test_registry.py`` keeps it equal to the ORM models and the migrations).

Labels are English source text, marked with :func:`N_` for translation; the interface translates them when it
shows them (no Qt here). To add a field, follow ``docs/adding-a-field.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from hrdoc.domain import enums
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, VIOLATION_TYPE


def N_(text: str) -> str:
    """Marks a label for translation where it is declared; it is translated where it is shown."""
    return text


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
    VOCABULARY_TERM = "vocabulary_term"
    CUSTODY_ENTRY = "custody_entry"
    AUDIT_ENTRY = "audit_entry"
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
    searchable: bool = False  # read into the record's full-text search document
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


# Short names for the table below.
P, R, T, X = Sensitivity.PUBLIC, Sensitivity.PARTNERS, Sensitivity.INTERNAL, Sensitivity.PROTECTED
W = Widget


def _system(name: str, sensitivity: Sensitivity = P, label: str = "") -> FieldDef:
    return FieldDef(name, label or N_(name.replace("_", " ").capitalize()), sensitivity, W.NONE)


def _record(
    *own: FieldDef, case_scoped: bool = True, notes_reported: bool = False, notes_searchable: bool = True
) -> tuple[FieldDef, ...]:
    """A record's own fields, then what every record has (RecordMixin); ``notes_reported``: its working notes
    are printed in internal reports; ``notes_searchable``: they are read into its search document (a kind
    with no search document of its own has none)."""
    head = (_system("id", P, N_("Id")),) + ((_system("case_id", P, N_("Case")),) if case_scoped else ())
    return (
        *head,
        *own,
        FieldDef("visibility", N_("Visibility"), P, W.CHOICE, enums.Visibility),
        FieldDef("notes", N_("Notes"), T, W.LONG, searchable=notes_searchable, reported=notes_reported),
        _system("version", P, N_("Version")),
        _system("created_at", P, N_("Created")),
        _system("updated_at", P, N_("Updated")),
        _system("created_by", T, N_("Created by")),  # an investigator's name: the team only
    )


def _identity(owner: str) -> tuple[FieldDef, ...]:
    return (
        _system(f"{owner}_id", P, N_("Record")),
        FieldDef("legal_name", N_("Legal name"), X, max_length=300, group=Group.IDENTITY),
        FieldDef("contact", N_("Contact"), X, group=Group.IDENTITY),
        FieldDef("residence", N_("Residence"), X, group=Group.IDENTITY),
    )


def _count(name: str, label: str) -> FieldDef:
    return FieldDef(name, label, P, W.INT, hint=N_("empty if unknown"))


ONE_PER_LINE = N_("One per line")

KINDS: dict[str, KindDef] = {
    k.name: k
    for k in (
        KindDef(
            "case",
            "cases",
            N_("case"),
            _record(
                FieldDef(
                    "reference",
                    N_("Reference"),
                    P,
                    max_length=40,
                    searchable=True,
                    hint=N_("for example ML-2025-004"),
                    reported=True,
                ),
                FieldDef("title", N_("Title"), P, max_length=300, searchable=True, reported=True),
                FieldDef("status", N_("Status"), P, W.CHOICE, enums.CaseStatus),
                # An investigator's name: the team only, unless the organisation signs its outputs with it.
                FieldDef("lead_investigator", N_("Lead investigator"), T, max_length=200, searchable=True),
                FieldDef("summary", N_("Summary"), P, W.LONG, searchable=True, reported=True),
                FieldDef("tags", N_("Tags"), R, W.LIST, searchable=True, hint=ONE_PER_LINE),
                case_scoped=False,
            ),
        ),
        KindDef(
            "location",
            "locations",
            N_("place"),
            _record(
                FieldDef("name", N_("Name"), P, max_length=300, searchable=True, reported=True),
                FieldDef(
                    "alt_spellings", N_("Other spellings"), P, W.LIST, searchable=True, hint=ONE_PER_LINE, reported=True
                ),
                FieldDef("admin1", N_("Region (admin 1)"), P, max_length=200, searchable=True, reported=True),
                FieldDef("admin2", N_("District (admin 2)"), P, max_length=200, searchable=True, reported=True),
                FieldDef(
                    "country_code",
                    N_("Country code"),
                    P,
                    max_length=2,
                    searchable=True,
                    hint=N_("two letters, for example ML"),
                ),
                FieldDef("latitude", N_("Latitude"), P, W.FLOAT, hint=N_("degrees, for example 16.27")),
                FieldDef("longitude", N_("Longitude"), P, W.FLOAT, hint=N_("degrees, for example -0.04")),
                FieldDef("geo_precision", N_("Precision of the place"), P, W.CHOICE, enums.GeoPrecision),
            ),
        ),
        KindDef(
            "incident",
            "incidents",
            N_("incident"),
            _record(
                FieldDef("title", N_("Title"), P, max_length=300, searchable=True, reported=True),
                FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
                FieldDef("start_date", N_("Start date"), P, W.DATE),
                FieldDef("end_date", N_("End date"), P, W.DATE),
                FieldDef("date_precision", N_("Date precision"), P, W.CHOICE, enums.DatePrecision),
                FieldDef(
                    "date_as_reported",
                    N_("Date as reported"),
                    P,
                    max_length=300,
                    searchable=True,
                    hint=N_("the words of the source"),
                    reported=True,
                ),
                FieldDef("location_id", N_("Place"), P, W.PICK, ref="location", optional=True),
                FieldDef("event_type", N_("Event type"), P, W.VOCAB, vocabulary=EVENT_TYPE, optional=True),
                FieldDef("event_subtype", N_("Sub-type"), P, W.SUBVOCAB, vocabulary="event_type", optional=True),
                _count("fatalities_low", N_("Fatalities (low)")),
                _count("fatalities_best", N_("Fatalities (best estimate)")),
                _count("fatalities_high", N_("Fatalities (high)")),
                FieldDef("civilian_targeting", N_("Civilians targeted"), P, W.TRISTATE),
                notes_reported=True,
            ),
        ),
        KindDef(
            "actor",
            "actors",
            N_("actor"),
            _record(
                FieldDef("name", N_("Name"), P, max_length=300, searchable=True, reported=True),
                FieldDef("aliases", N_("Also known as"), P, W.LIST, searchable=True, hint=ONE_PER_LINE, reported=True),
                FieldDef("kind", N_("Kind of actor"), P, W.VOCAB, vocabulary=ACTOR_KIND, optional=True),
                FieldDef("affiliation", N_("Affiliation"), P, max_length=300, searchable=True, reported=True),
                FieldDef("country_code", N_("Country code"), P, max_length=2, hint=N_("two letters, for example ML")),
            ),
        ),
        KindDef(
            "allegation",
            "allegations",
            N_("allegation"),
            _record(
                FieldDef("incident_id", N_("Incident"), P, W.PICK, ref="incident"),
                FieldDef("violation_type", N_("Violation"), P, W.VOCAB, vocabulary=VIOLATION_TYPE, searchable=True),
                FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
                FieldDef("status", N_("Assessment"), P, W.CHOICE, enums.AllegationStatus),
                FieldDef("standard_of_proof", N_("Standard of proof met"), P, W.CHOICE, enums.StandardOfProof),
                FieldDef("reasoning", N_("Reasoning"), P, W.LONG, searchable=True, reported=True),
                notes_reported=True,
            ),
        ),
        KindDef(
            "perpetrator",
            "allegation_perpetrators",
            N_("alleged perpetrator"),
            _record(
                FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation"),
                FieldDef("actor_id", N_("Actor"), P, W.PICK, ref="actor"),
                FieldDef("involvement", N_("Involvement"), P, W.CHOICE, enums.Involvement),
                notes_searchable=False,  # no search document
            ),
        ),
        KindDef(
            "victim",
            "victims",
            N_("victim"),
            _record(
                FieldDef("kind", N_("Individual or group"), P, W.CHOICE, enums.VictimKind),
                FieldDef(
                    "label",
                    N_("Label"),
                    P,
                    max_length=300,
                    searchable=True,
                    hint=N_("how the victim is referred to, not a legal name"),
                    reported=True,
                ),
                FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
                FieldDef("sex", N_("Sex"), P, W.CHOICE, enums.Sex),
                FieldDef("age_group", N_("Age group"), P, W.CHOICE, enums.AgeGroup),
                FieldDef("status", N_("What happened to them"), P, W.CHOICE, enums.VictimStatus),
                _count("count_low", N_("Count (low)")),
                _count("count_best", N_("Count (best estimate)")),
                _count("count_high", N_("Count (high)")),
                FieldDef("count_women", N_("Of whom women"), P, W.INT),
                FieldDef("count_men", N_("Of whom men"), P, W.INT),
                FieldDef("count_children", N_("Of whom children"), P, W.INT),
                FieldDef("count_unknown", N_("Of whom unknown"), P, W.INT),
            ),
        ),
        KindDef("victim_identity", "victim_identities", N_("victim's identity"), _identity("victim"), owner="victim"),
        KindDef(
            "allegation_victim",
            "allegation_victims",
            N_("victim of an allegation"),
            _record(
                FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation"),
                FieldDef("victim_id", N_("Victim"), P, W.PICK, ref="victim"),
                notes_searchable=False,  # no search document
            ),
        ),
        KindDef(
            "witness",
            "witnesses",
            N_("witness"),
            _record(
                FieldDef(
                    "pseudonym",
                    N_("Pseudonym"),
                    P,
                    max_length=40,
                    searchable=True,
                    hint=N_("for example W-07; never the real name"),
                    reported=True,
                ),
                # Sex, age and language narrow down who a witness is: partners at most.
                FieldDef("sex", N_("Sex"), R, W.CHOICE, enums.Sex),
                FieldDef("age_group", N_("Age group"), R, W.CHOICE, enums.AgeGroup),
                FieldDef("language", N_("Language"), R, max_length=60, searchable=True),
                FieldDef("relation", N_("How they know"), P, W.CHOICE, enums.WitnessRelation),
                FieldDef("risk_level", N_("Risk to the witness"), T, W.CHOICE, enums.RiskLevel),
                # Like their language, it narrows down who a witness is: partners at most.
                FieldDef(
                    "interview_language",
                    N_("Preferred interview language"),
                    R,
                    max_length=60,
                    hint=N_("if not their own language: an interpreter is needed"),
                ),
            ),
        ),
        KindDef(
            "witness_identity", "witness_identities", N_("witness's identity"), _identity("witness"), owner="witness"
        ),
        KindDef(
            "consent",
            "consents",
            N_("consent"),
            (
                _system("witness_id", P, N_("Witness")),
                FieldDef("to_be_recorded", N_("Agrees to be recorded"), T, W.CHECK, group=Group.CONSENT),
                FieldDef("to_be_quoted", N_("Agrees to be quoted"), T, W.CHECK, group=Group.CONSENT),
                FieldDef("to_be_named", N_("Agrees to be named"), T, W.CHECK, group=Group.CONSENT),
                FieldDef("share_with_partners", N_("Agrees to sharing"), T, W.CHECK, group=Group.CONSENT),
                FieldDef("contact_again", N_("May be contacted again"), T, W.CHECK, group=Group.CONSENT),
                FieldDef("given_on", N_("Consent given on"), T, W.DATE, group=Group.CONSENT),
                FieldDef(
                    "how_given",
                    N_("How consent was given"),
                    T,
                    max_length=300,
                    group=Group.CONSENT,
                    hint=N_("for example: oral, recorded"),
                ),
            ),
            owner="witness",
        ),
        KindDef(
            "account",
            "accounts",
            N_("account"),
            _record(
                FieldDef("witness_id", N_("Witness"), P, W.PICK, ref="witness"),
                _system("current_version", P, N_("Current version")),
                notes_reported=True,
            ),
        ),
        KindDef(
            "account_version",
            "account_versions",
            N_("version of an account"),
            (
                _system("id", P, N_("Id")),
                _system("account_id", P, N_("Account")),
                _system("version", P, N_("Version")),
                _system("created_at", P, N_("Created")),
                _system("created_by", T, N_("Created by")),
                # Who interviewed whom, where, through whom: the team only (it can lead to the witness).
                FieldDef(
                    "interviewer",
                    N_("Interviewer"),
                    T,
                    max_length=200,
                    searchable=True,
                    group=Group.CONTENT,
                    reported=True,
                ),
                FieldDef("interview_date", N_("Interview date"), P, W.DATE, group=Group.CONTENT),
                FieldDef(
                    "interview_place",
                    N_("Interview place"),
                    T,
                    max_length=300,
                    searchable=True,
                    group=Group.CONTENT,
                    reported=True,
                ),
                FieldDef("method", N_("Method"), P, W.CHOICE, enums.InterviewMethod, group=Group.CONTENT),
                FieldDef("language", N_("Language"), P, max_length=60, group=Group.CONTENT, reported=True),
                FieldDef(
                    "translation_language", N_("Translated into"), P, max_length=60, group=Group.CONTENT, reported=True
                ),
                FieldDef("translator", N_("Translator"), T, max_length=200, group=Group.CONTENT, reported=True),
                FieldDef(
                    "narrative",
                    N_("Narrative"),
                    P,
                    W.LONG,
                    searchable=True,
                    quoted_words=True,
                    group=Group.CONTENT,
                    reported=True,
                ),
                FieldDef(
                    "key_quotes",
                    N_("Key quotes"),
                    P,
                    W.LIST,
                    searchable=True,
                    quoted_words=True,
                    group=Group.CONTENT,
                    hint=ONE_PER_LINE,
                    reported=True,
                ),
                FieldDef("quotable", N_("May be quoted"), P, W.CHECK, group=Group.CONTENT),
                FieldDef(
                    "correction_note",
                    N_("Correction note"),
                    T,
                    W.LONG,
                    group=Group.NOTE,
                    hint=N_("why the account is corrected; the previous version is kept"),
                ),
            ),
            owner="account",
        ),
        KindDef(
            "source",
            "sources",
            N_("source"),
            _record(
                FieldDef("kind", N_("Kind of source"), P, W.CHOICE, enums.SourceKind),
                FieldDef("title", N_("Title"), P, max_length=500, searchable=True, reported=True),
                FieldDef("author", N_("Author"), P, max_length=300, searchable=True, reported=True),
                FieldDef("publisher", N_("Publisher"), P, max_length=300, searchable=True, reported=True),
                FieldDef("url", N_("URL"), P, max_length=2000, searchable=True, hint="https://", reported=True),
                FieldDef("publication_date", N_("Published on"), P, W.DATE),
                FieldDef("access_date", N_("Accessed on"), P, W.DATE),
                FieldDef(
                    "archived_url",
                    N_("Archived copy (URL)"),
                    P,
                    max_length=2000,
                    searchable=True,
                    hint="https://",
                    reported=True,
                ),
                FieldDef("language", N_("Language"), P, max_length=60, reported=True),
                FieldDef(
                    "reliability",
                    N_("Reliability of the source"),
                    P,
                    W.CHOICE,
                    enums.SourceReliability,
                    optional=True,
                ),
                FieldDef(
                    "credibility",
                    N_("Credibility of the information"),
                    P,
                    W.CHOICE,
                    enums.InformationCredibility,
                    optional=True,
                ),
                FieldDef("stance", N_("Stance"), P, W.CHOICE, enums.Stance),
                notes_reported=True,
            ),
        ),
        KindDef(
            "evidence",
            "evidence_files",
            N_("evidence file"),
            _record(
                FieldDef(
                    "original_filename", N_("Original file name"), P, max_length=500, searchable=True, reported=True
                ),
                FieldDef("description", N_("Description"), P, W.LONG, searchable=True, reported=True),
                _system("sha256", P, N_("SHA-256")),
                _system("size", P, N_("Size")),
                _system("mime_type", P, N_("Type")),
                FieldDef("acquired_at", N_("Acquired on"), R, W.DATETIME),
                FieldDef("acquired_by", N_("Acquired by"), T, max_length=200, reported=True),  # an investigator's name
                FieldDef(
                    "acquired_from", N_("Acquired from"), T, W.LONG, searchable=True, reported=True
                ),  # can lead to a person
                FieldDef("original_id", N_("Copy of"), P, W.NONE, ref="evidence", optional=True),
                FieldDef("alteration_note", N_("What was changed in this copy"), R, W.LONG, reported=True),
                _system("in_vault", P, N_("Kept in the vault")),
                _system("attached_kind", P, N_("Filed under (kind)")),
                _system("attached_id", P, N_("Filed under")),
                # What was read from the file (EXIF time and GPS, camera serials, authors): the team only.
                _system("file_metadata", T, N_("File metadata")),
            ),
        ),
        KindDef(
            "link",
            "links",
            N_("evidence link"),
            # In the form's order: where the link starts, how it bears, on what.
            _record(
                FieldDef("source_id", N_("Source"), P, W.PICK, ref="source", optional=True),
                FieldDef("account_id", N_("Account"), P, W.PICK, ref="account", optional=True),
                FieldDef("evidence_id", N_("Evidence file"), P, W.PICK, ref="evidence", optional=True),
                FieldDef("relation", N_("Bears on it by"), P, W.CHOICE, enums.LinkRelation),
                FieldDef("allegation_id", N_("Allegation"), P, W.PICK, ref="allegation", optional=True),
                FieldDef("incident_id", N_("Incident"), P, W.PICK, ref="incident", optional=True),
                # An excerpt of an account is the witness's words: quoted only with consent.
                FieldDef("excerpt", N_("Excerpt"), P, W.LONG, searchable=True, quoted_words=True, reported=True),
                FieldDef(
                    "locator",
                    N_("Where in the evidence"),
                    P,
                    max_length=200,
                    searchable=True,
                    hint=N_("page, paragraph or timestamp"),
                    reported=True,
                ),
            ),
        ),
        KindDef(
            "vocabulary_term",
            "vocabulary_terms",
            N_("vocabulary term"),
            _record(
                _system("vocabulary", P, N_("Vocabulary")),
                FieldDef("code", N_("Code"), P, max_length=60),
                FieldDef("parent_code", N_("Parent term"), P, max_length=60),
                FieldDef("label_en", N_("Label (English)"), P, max_length=200),
                FieldDef("label_fr", N_("Label (French)"), P, max_length=200),
                _system("builtin", P, N_("Built in")),
                case_scoped=False,
                notes_searchable=False,  # no search document
            ),
            travels=False,
        ),
        # Logs that travel with a case: who did what, when (investigators' names: partners at most).
        KindDef(
            "custody_entry",
            "custody_log",
            N_("chain-of-custody entry"),
            tuple(
                _system(n, R)
                for n in (
                    "id",
                    "evidence_id",
                    "case_id",
                    "seq",
                    "at",
                    "actor",
                    "action",
                    "item_sha256",
                    "details",
                    "prev_hash",
                    "entry_hash",
                )
            ),
        ),
        KindDef(
            "audit_entry",
            "audit_log",
            N_("audit entry"),
            tuple(
                _system(n, T)
                for n in (
                    "seq",
                    "at",
                    "actor",
                    "action",
                    "entity_type",
                    "entity_id",
                    "case_id",
                    "summary",
                    "details",
                    "prev_hash",
                    "entry_hash",
                )
            ),
        ),
        KindDef(
            "tombstone",
            "tombstones",
            N_("deletion"),
            tuple(_system(n, T) for n in ("record_id", "kind", "case_id", "version", "deleted_at", "deleted_by")),
        ),
        # What the store keeps for itself, never part of a case's copy.
        KindDef(
            "lineage",
            "record_lineage",
            N_("earlier version"),
            tuple(_system(n, T) for n in ("record_id", "version", "seq")),
            travels=False,
        ),
        KindDef(
            "conflict",
            "conflicts",
            N_("merge conflict"),
            tuple(
                _system(n, T)
                for n in (
                    "id",
                    "case_id",
                    "kind",
                    "record_id",
                    "local_version",
                    "incoming_version",
                    "incoming",
                    "incoming_lineage",
                    "origin",
                    "detected_at",
                    "resolved_at",
                    "resolved_by",
                    "resolution",
                )
            ),
            travels=False,
        ),
        KindDef(
            "draft",
            "drafts",
            N_("draft"),
            tuple(_system(n, T) for n in ("id", "kind", "case_id", "record_id", "fields", "created_by", "updated_at")),
            travels=False,
        ),
        KindDef(
            "vault_chunk",
            "vault_chunks",
            N_("part of an evidence file"),
            tuple(_system(n, T) for n in ("item_id", "chunk_no", "data", "written_at")),
            travels=False,
        ),
        KindDef(
            "store_meta",
            "store_meta",
            N_("store setting"),
            tuple(_system(n, T) for n in ("key", "value")),
            travels=False,
        ),
    )
}

# The kinds a case is made of (records with their own forms), parents before children.
RECORD_KINDS: tuple[str, ...] = (
    "case",
    "location",
    "actor",
    "incident",
    "allegation",
    "perpetrator",
    "victim",
    "allegation_victim",
    "witness",
    "account",
    "source",
    "evidence",
    "link",
)


def kind(name: str) -> KindDef:
    return KINDS[name]


def by_table(table: str) -> KindDef:
    for k in KINDS.values():
        if k.table == table:
            return k
    raise KeyError(f"no kind of record is kept in the table {table!r}")


def all_fields() -> Iterator[tuple[KindDef, FieldDef]]:
    for k in KINDS.values():
        for f in k.fields:
            yield k, f


assert set(KINDS) == set(Kind), "the Kind enum and the KINDS table name the same kinds"
