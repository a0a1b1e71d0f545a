"""Closed sets of values used across the data model.

Each enum's *value* is what is stored in the database and written to JSON; it never changes once shipped,
because cases travel between laptops. Open-ended, user-extendable lists (violation types, event types,
actor kinds) are vocabularies instead: see :mod:`hrdoc.domain.vocabularies`.
"""

from __future__ import annotations

from enum import StrEnum


class Visibility(StrEnum):
    """Who may see a record in an exported report or bundle."""

    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"


class CaseStatus(StrEnum):
    OPEN = "open"
    UNDER_REVIEW = "under_review"
    CLOSED = "closed"
    ARCHIVED = "archived"


class DatePrecision(StrEnum):
    """How precisely an incident's date is known (ACLED's time_precision, extended)."""

    EXACT = "exact"
    APPROXIMATE_DAY = "approximate_day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class GeoPrecision(StrEnum):
    EXACT = "exact"
    NEAR = "near"
    REGION = "region"


class AllegationStatus(StrEnum):
    """The analyst's assessment of an allegation."""

    CONFIRMED = "confirmed"
    LIKELY = "likely"
    POSSIBLE = "possible"
    UNLIKELY = "unlikely"
    UNKNOWN = "unknown"


class StandardOfProof(StrEnum):
    """Evidentiary thresholds commonly used by UN commissions of inquiry, lowest first."""

    NONE = "none"
    REASONABLE_SUSPICION = "reasonable_suspicion"
    REASONABLE_GROUNDS = "reasonable_grounds"
    BALANCE_OF_PROBABILITIES = "balance_of_probabilities"
    CLEAR_AND_CONVINCING = "clear_and_convincing"
    BEYOND_REASONABLE_DOUBT = "beyond_reasonable_doubt"


class Involvement(StrEnum):
    """An alleged perpetrator's degree of involvement in an allegation."""

    DIRECT = "direct"
    ORDERED = "ordered"
    COMPLICIT = "complicit"
    UNKNOWN = "unknown"


class VictimKind(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class VictimStatus(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    DISAPPEARED = "disappeared"
    DETAINED = "detained"
    DISPLACED = "displaced"
    OTHER = "other"
    UNKNOWN = "unknown"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class AgeGroup(StrEnum):
    CHILD = "child"
    ADULT = "adult"
    ELDERLY = "elderly"
    UNKNOWN = "unknown"


class WitnessRelation(StrEnum):
    """How a witness knows what they say they know."""

    EYEWITNESS = "eyewitness"
    RELATIVE_OF_VICTIM = "relative_of_victim"
    SURVIVOR = "survivor"
    HEARSAY = "hearsay"
    OFFICIAL = "official"
    EXPERT = "expert"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    EXTREME = "extreme"


class InterviewMethod(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    MESSAGING = "messaging"
    VIDEO_CALL = "video_call"
    WRITTEN = "written"
    REPORTED = "reported"  # known only as reported by others (e.g. a journalist's interview)


class SourceKind(StrEnum):
    NEWS_ARTICLE = "news_article"
    NGO_REPORT = "ngo_report"
    UN_DOCUMENT = "un_document"
    OFFICIAL_STATEMENT = "official_statement"
    PARTY_CLAIM = "party_claim"
    SOCIAL_MEDIA_POST = "social_media_post"
    SATELLITE_IMAGERY = "satellite_imagery"
    DOCUMENT = "document"
    AUDIO_VIDEO = "audio_video"


class SourceReliability(StrEnum):
    """Admiralty scale, reliability of the source."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


class InformationCredibility(StrEnum):
    """Admiralty scale, credibility of the information."""

    CONFIRMED = "1"
    PROBABLY_TRUE = "2"
    POSSIBLY_TRUE = "3"
    DOUBTFUL = "4"
    IMPROBABLE = "5"
    CANNOT_BE_JUDGED = "6"


class Stance(StrEnum):
    """A source's stance toward the case's allegations."""

    ACCUSES = "accuses"
    DENIES = "denies"
    CORROBORATES = "corroborates"
    CONTEXT = "context"


class LinkRelation(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"


class FigureQualifier(StrEnum):
    """How a source gives a reported figure: the figure, at least it, about it, up to it, or a range."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"
    UP_TO = "up_to"
    RANGE = "range"


class FigureGroup(StrEnum):
    """Whom a reported figure counts, as its source characterises them (not as the analyst does)."""

    CIVILIANS = "civilians"
    COMBATANTS = "combatants"
    TERRORISTS_AS_CLAIMED = "terrorists_as_claimed"
    UNKNOWN = "unknown"


class CustodyAction(StrEnum):
    """What happened to an evidence item, as its chain of custody records it."""

    INTAKE = "intake"  # the file entered the vault
    CAPTURE = "capture"  # an online page was captured into the vault
    VIEW = "view"  # decrypted for a preview
    EXPORT = "export"  # a copy was written out (possibly cleaned for an audience)
    COPY = "copy"  # a working copy was made from it (recorded on the original)
    DERIVED = "derived"  # this item is a working copy of another (recorded on the copy)
    TRANSFER_OUT = "transfer_out"  # left in a bundle
    TRANSFER_IN = "transfer_in"  # arrived from a bundle
    VERIFY = "verify"  # re-hashed and found intact
    REMOVE = "remove"  # removed from the vault


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    REPORT = "report"
    UNLOCK = "unlock"
    REVEAL = "reveal"
    CREATE_STORE = "create_store"
    MIGRATE = "migrate"
    CUSTODY = "custody"


# Each value in words where its automatic form (``under_review`` -> "Under review") would be wrong or unclear:
# acronyms, the Admiralty grades' meanings, what happened to an evidence item. English source text, translated where it
# is shown. Keyed by enum and value: two enums may share a value ("export") and word it differently.
_WORDS: dict[tuple[type[StrEnum], str], str] = {
    (StandardOfProof, StandardOfProof.NONE): "Not met",  # no standard of proof met yet
    (SourceKind, SourceKind.NGO_REPORT): "NGO report",
    (SourceKind, SourceKind.UN_DOCUMENT): "UN document",
    (SourceKind, SourceKind.AUDIO_VIDEO): "Audio or video",
    (SourceReliability, SourceReliability.A): "A — completely reliable",
    (SourceReliability, SourceReliability.B): "B — usually reliable",
    (SourceReliability, SourceReliability.C): "C — fairly reliable",
    (SourceReliability, SourceReliability.D): "D — not usually reliable",
    (SourceReliability, SourceReliability.E): "E — unreliable",
    (SourceReliability, SourceReliability.F): "F — reliability cannot be judged",
    (InformationCredibility, InformationCredibility.CONFIRMED): "1 — confirmed",
    (InformationCredibility, InformationCredibility.PROBABLY_TRUE): "2 — probably true",
    (InformationCredibility, InformationCredibility.POSSIBLY_TRUE): "3 — possibly true",
    (InformationCredibility, InformationCredibility.DOUBTFUL): "4 — doubtful",
    (InformationCredibility, InformationCredibility.IMPROBABLE): "5 — improbable",
    (InformationCredibility, InformationCredibility.CANNOT_BE_JUDGED): "6 — truth cannot be judged",
    (CustodyAction, CustodyAction.INTAKE): "Entered the vault",
    (CustodyAction, CustodyAction.CAPTURE): "Captured into the vault",
    (CustodyAction, CustodyAction.VIEW): "Viewed (preview)",
    (CustodyAction, CustodyAction.EXPORT): "Copy exported",
    (CustodyAction, CustodyAction.COPY): "Working copy made from it",
    (CustodyAction, CustodyAction.DERIVED): "Entered as a working copy",
    (CustodyAction, CustodyAction.TRANSFER_OUT): "Sent in a bundle",
    (CustodyAction, CustodyAction.TRANSFER_IN): "Received in a bundle",
    (CustodyAction, CustodyAction.VERIFY): "Verified intact",
    (CustodyAction, CustodyAction.REMOVE): "Removed",
    (FigureGroup, FigureGroup.TERRORISTS_AS_CLAIMED): "“Terrorists”, as claimed",
}


def _automatic(value: str) -> str:
    plain = value.replace("_", " ")
    return plain[:1].upper() + plain[1:]


# The words of a value given without its enum: only where every enum holding that value words it alike.
_ENUMS = tuple(
    e for e in list(globals().values()) if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum
)
_SPOKEN: dict[str, set[str]] = {}
for _enum in _ENUMS:
    for _member in _enum:
        _SPOKEN.setdefault(_member.value, set()).add(_WORDS.get((_enum, _member.value), _automatic(_member.value)))
_BY_VALUE = {value: words.pop() for value, words in _SPOKEN.items() if len(words) == 1}


# Enums whose words are translated apart from the same English words elsewhere: the interface passes the enum's
# name as the translation's disambiguation (:func:`sense`). A case is "Open" (French "Ouvert") where a button says
# "Open" ("Ouvrir"); the audit log's actions are nouns ("Import": "Importation"), not a button's verbs; a date's
# precision is feminine in French ("Inconnue", "Exacte"); a record's visibility "Public" is not the audience; a
# figure given "About" 60 is not the About box, and whom it counts, "Unknown", are people ("Inconnus").
_OWN_SENSE: frozenset[type[StrEnum]] = frozenset(
    {CaseStatus, Visibility, AuditAction, DatePrecision, FigureQualifier, FigureGroup}
)


def sense(choices: type[StrEnum] | None) -> str | None:
    """The disambiguation under which ``choices``' words are translated (the enum's name), or None if they share
    the translations of the same English words elsewhere."""
    return choices.__name__ if choices in _OWN_SENSE else None


def label(value: str, choices: type[StrEnum] | None = None) -> str:
    """A value of an enum here in words, as people read it: ``under_review`` -> "Under review", ``ngo_report``
    -> "NGO report", ``B`` -> "B — usually reliable"; ``choices``, the enum, tells apart a value two enums
    share ("export"). Stored values stay codes."""
    text = str(value)
    words = _WORDS.get((choices, text)) if choices is not None else _BY_VALUE.get(text)
    return words if words is not None else _automatic(text)
