"""ORM models: the whole case data model of PRODUCT.md.

Conventions:

* every record has a UUID primary key (cases travel between laptops and must merge by id), created and
  updated timestamps in UTC, ``created_by``, a ``visibility`` and free-text ``notes`` (:class:`RecordMixin`);
* closed value sets are strings checked against their enum (:mod:`hrdoc.domain.enums`); open ones are
  vocabulary codes (:mod:`hrdoc.domain.vocabularies`) checked by the services;
* a witness's and an individual victim's identifying details live in separate tables
  (:class:`WitnessIdentity`, :class:`VictimIdentity`) so that nothing reads them by accident;
* an account is versioned: its content lives in :class:`AccountVersion` rows that are only ever added;
* relationships are ``lazy="raise"``: code loads what it needs explicitly.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdoc.domain.enums import (
    AgeGroup,
    AllegationStatus,
    CaseStatus,
    CustodyAction,
    DatePrecision,
    GeoPrecision,
    InformationCredibility,
    InterviewMethod,
    Involvement,
    LinkRelation,
    RiskLevel,
    Sex,
    SourceKind,
    SourceReliability,
    Stance,
    StandardOfProof,
    VictimKind,
    VictimStatus,
    Visibility,
    WitnessRelation,
)
from hrdoc.storage.base import Base, RecordMixin, check_in, utcnow


def _case_fk() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


def _exactly_one(*columns: str) -> str:
    return " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in columns) + " = 1"


def _record_checks(*extra: CheckConstraint | UniqueConstraint) -> tuple[Any, ...]:
    return (check_in("visibility", Visibility), *extra)


class Case(RecordMixin, Base):
    __tablename__ = "cases"
    __table_args__ = _record_checks(check_in("status", CaseStatus))

    reference: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.OPEN.value)
    summary: Mapped[str] = mapped_column(Text, default="")
    lead_investigator: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(default=list)


class Location(RecordMixin, Base):
    __tablename__ = "locations"
    __table_args__ = _record_checks(
        check_in("geo_precision", GeoPrecision),
        CheckConstraint("latitude IS NULL OR (latitude >= -90 AND latitude <= 90)", name="latitude_range"),
        CheckConstraint("longitude IS NULL OR (longitude >= -180 AND longitude <= 180)", name="longitude_range"),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    name: Mapped[str] = mapped_column(String(300))
    alt_spellings: Mapped[list[str]] = mapped_column(default=list)
    admin1: Mapped[str] = mapped_column(String(200), default="")
    admin2: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str] = mapped_column(String(16), default=GeoPrecision.REGION.value)


class Incident(RecordMixin, Base):
    __tablename__ = "incidents"
    __table_args__ = _record_checks(
        check_in("date_precision", DatePrecision),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="date_order"),
        CheckConstraint(
            "(fatalities_low IS NULL OR fatalities_low >= 0) AND (fatalities_best IS NULL OR fatalities_best >= 0)"
            " AND (fatalities_high IS NULL OR fatalities_high >= 0)",
            name="fatalities_non_negative",
        ),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(20), default=DatePrecision.UNKNOWN.value)
    date_as_reported: Mapped[str] = mapped_column(String(300), default="")
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id", ondelete="SET NULL"), index=True)
    event_type: Mapped[str] = mapped_column(String(60), default="")
    event_subtype: Mapped[str] = mapped_column(String(60), default="")
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[bool | None] = mapped_column()


class Actor(RecordMixin, Base):
    __tablename__ = "actors"
    __table_args__ = _record_checks()

    case_id: Mapped[uuid.UUID] = _case_fk()
    name: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    kind: Mapped[str] = mapped_column(String(60), default="")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")


class Allegation(RecordMixin, Base):
    __tablename__ = "allegations"
    __table_args__ = _record_checks(
        check_in("status", AllegationStatus), check_in("standard_of_proof", StandardOfProof)
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    violation_type: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=AllegationStatus.UNKNOWN.value)
    standard_of_proof: Mapped[str] = mapped_column(String(40), default=StandardOfProof.NONE.value)
    reasoning: Mapped[str] = mapped_column(Text, default="")


class AllegationPerpetrator(RecordMixin, Base):
    """An actor alleged to be responsible for an allegation, with the degree of involvement."""

    __tablename__ = "allegation_perpetrators"
    __table_args__ = _record_checks(check_in("involvement", Involvement), UniqueConstraint("allegation_id", "actor_id"))

    case_id: Mapped[uuid.UUID] = _case_fk()
    allegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("allegations.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    involvement: Mapped[str] = mapped_column(String(20), default=Involvement.UNKNOWN.value)


class Victim(RecordMixin, Base):
    """An individual victim (identity protected, like a witness) or a group with counts."""

    __tablename__ = "victims"
    __table_args__ = _record_checks(
        check_in("kind", VictimKind),
        check_in("sex", Sex),
        check_in("age_group", AgeGroup),
        check_in("status", VictimStatus),
        CheckConstraint(
            "(count_low IS NULL OR count_best IS NULL OR count_low <= count_best)"
            " AND (count_best IS NULL OR count_high IS NULL OR count_best <= count_high)",
            name="count_order",
        ),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    kind: Mapped[str] = mapped_column(String(16), default=VictimKind.GROUP.value)
    label: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    sex: Mapped[str] = mapped_column(String(16), default=Sex.UNKNOWN.value)
    age_group: Mapped[str] = mapped_column(String(16), default=AgeGroup.UNKNOWN.value)
    status: Mapped[str] = mapped_column(String(16), default=VictimStatus.UNKNOWN.value)
    count_low: Mapped[int | None] = mapped_column(Integer)
    count_best: Mapped[int | None] = mapped_column(Integer)
    count_high: Mapped[int | None] = mapped_column(Integer)
    count_women: Mapped[int | None] = mapped_column(Integer)
    count_men: Mapped[int | None] = mapped_column(Integer)
    count_children: Mapped[int | None] = mapped_column(Integer)
    count_unknown: Mapped[int | None] = mapped_column(Integer)

    identity: Mapped[VictimIdentity | None] = relationship(lazy="raise", cascade="all, delete-orphan")


class VictimIdentity(Base):
    """Protected: an individual victim's identifying details. Never in a public output."""

    __tablename__ = "victim_identities"

    victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("victims.id", ondelete="CASCADE"), primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    residence: Mapped[str] = mapped_column(Text, default="")


class AllegationVictim(RecordMixin, Base):
    __tablename__ = "allegation_victims"
    __table_args__ = _record_checks(UniqueConstraint("allegation_id", "victim_id"))

    case_id: Mapped[uuid.UUID] = _case_fk()
    allegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("allegations.id", ondelete="CASCADE"), index=True)
    victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("victims.id", ondelete="CASCADE"), index=True)


class Witness(RecordMixin, Base):
    __tablename__ = "witnesses"
    __table_args__ = _record_checks(
        check_in("sex", Sex),
        check_in("age_group", AgeGroup),
        check_in("relation", WitnessRelation),
        check_in("risk_level", RiskLevel),
        UniqueConstraint("case_id", "pseudonym"),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    pseudonym: Mapped[str] = mapped_column(String(40))
    sex: Mapped[str] = mapped_column(String(16), default=Sex.UNKNOWN.value)
    age_group: Mapped[str] = mapped_column(String(16), default=AgeGroup.UNKNOWN.value)
    language: Mapped[str] = mapped_column(String(60), default="")
    relation: Mapped[str] = mapped_column(String(30), default=WitnessRelation.EYEWITNESS.value)
    risk_level: Mapped[str] = mapped_column(String(16), default=RiskLevel.HIGH.value)
    # The language the witness wants to be interviewed in, when not their own (an interpreter is then needed).
    interview_language: Mapped[str] = mapped_column(String(60), default="", server_default=text("''"))

    identity: Mapped[WitnessIdentity | None] = relationship(lazy="raise", cascade="all, delete-orphan")
    consent: Mapped[Consent | None] = relationship(lazy="raise", cascade="all, delete-orphan")


class WitnessIdentity(Base):
    """Protected: who the witness is and how to reach them. Never in a public output."""

    __tablename__ = "witness_identities"

    witness_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("witnesses.id", ondelete="CASCADE"), primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    residence: Mapped[str] = mapped_column(Text, default="")


class Consent(Base):
    """What a witness agreed to, when and how. Reports and bundles obey it."""

    __tablename__ = "consents"

    witness_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("witnesses.id", ondelete="CASCADE"), primary_key=True)
    to_be_recorded: Mapped[bool] = mapped_column(default=False)
    to_be_quoted: Mapped[bool] = mapped_column(default=False)
    to_be_named: Mapped[bool] = mapped_column(default=False)
    share_with_partners: Mapped[bool] = mapped_column(default=False)
    contact_again: Mapped[bool] = mapped_column(default=False)
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    how_given: Mapped[str] = mapped_column(String(300), default="")


class Account(RecordMixin, Base):
    """A witness's testimony. Its content is the latest of its versions; older versions are kept."""

    __tablename__ = "accounts"
    __table_args__ = _record_checks()

    case_id: Mapped[uuid.UUID] = _case_fk()
    witness_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("witnesses.id", ondelete="CASCADE"), index=True)
    current_version: Mapped[int] = mapped_column(Integer, default=1)

    versions: Mapped[list[AccountVersion]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="AccountVersion.version"
    )


class AccountVersion(Base):
    """One version of an account's content. Rows are only ever added: a correction is a new version."""

    __tablename__ = "account_versions"
    __table_args__ = (
        check_in("method", InterviewMethod),
        UniqueConstraint("account_id", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    correction_note: Mapped[str] = mapped_column(Text, default="")
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    interview_date: Mapped[dt.date | None] = mapped_column(Date)
    interview_place: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(20), default=InterviewMethod.IN_PERSON.value)
    language: Mapped[str] = mapped_column(String(60), default="")
    translation_language: Mapped[str] = mapped_column(String(60), default="")
    translator: Mapped[str] = mapped_column(String(200), default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    key_quotes: Mapped[list[str]] = mapped_column(default=list)
    quotable: Mapped[bool] = mapped_column(default=False)


class Source(RecordMixin, Base):
    __tablename__ = "sources"
    __table_args__ = _record_checks(
        check_in("kind", SourceKind),
        check_in("stance", Stance),
        CheckConstraint(
            "reliability IS NULL OR reliability IN ({})".format(", ".join(f"'{v.value}'" for v in SourceReliability)),
            name="reliability_valid",
        ),
        CheckConstraint(
            "credibility IS NULL OR credibility IN ({})".format(
                ", ".join(f"'{v.value}'" for v in InformationCredibility)
            ),
            name="credibility_valid",
        ),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(500))
    author: Mapped[str] = mapped_column(String(300), default="")
    publisher: Mapped[str] = mapped_column(String(300), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    publication_date: Mapped[dt.date | None] = mapped_column(Date)
    access_date: Mapped[dt.date | None] = mapped_column(Date)
    archived_url: Mapped[str] = mapped_column(String(2000), default="")
    language: Mapped[str] = mapped_column(String(60), default="")
    reliability: Mapped[str | None] = mapped_column(String(1))
    credibility: Mapped[str | None] = mapped_column(String(1))
    stance: Mapped[str] = mapped_column(String(16), default=Stance.CONTEXT.value)


class EvidenceFile(RecordMixin, Base):
    """Metadata of a file kept as evidence. ``original_id`` marks a working copy of another item."""

    __tablename__ = "evidence_files"
    __table_args__ = _record_checks(
        CheckConstraint("size >= 0", name="size_non_negative"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    original_filename: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    acquired_at: Mapped[dt.datetime | None] = mapped_column()
    acquired_by: Mapped[str] = mapped_column(String(200), default="")
    acquired_from: Mapped[str] = mapped_column(Text, default="")
    original_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evidence_files.id", ondelete="RESTRICT"), index=True
    )
    alteration_note: Mapped[str] = mapped_column(Text, default="")
    # Set when the file itself is kept in the store's encrypted vault (see storage.vault); otherwise the
    # record describes a file held elsewhere, and its hash and size are as the investigator entered them.
    in_vault: Mapped[bool] = mapped_column(default=False, server_default=sa_false())
    # The record the file was filed under (incident, allegation, source or account); none: the case itself.
    attached_kind: Mapped[str] = mapped_column(String(20), default="", server_default=text("''"))
    attached_id: Mapped[uuid.UUID | None] = mapped_column()
    # What was read from the file at intake (EXIF, PDF information, duration) or, for a capture of an online
    # page, the capture's facts; JSON.
    file_metadata: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")


class CustodyEntry(Base):
    """Chain of custody of one evidence item: append-only and hash-chained per item.

    Deliberately no foreign key to ``evidence_files``: when an item is removed, its chain stays, ending with
    the removal, as the record that the item existed and who removed it.
    """

    __tablename__ = "custody_log"
    __table_args__ = (
        UniqueConstraint("evidence_id", "seq"),
        check_in("action", CustodyAction),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    evidence_id: Mapped[uuid.UUID] = mapped_column(index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    item_sha256: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class Link(RecordMixin, Base):
    """Evidence link: a source, account or evidence file bears on an allegation or incident."""

    __tablename__ = "links"
    __table_args__ = _record_checks(
        check_in("relation", LinkRelation),
        # Portable "exactly one of": booleans do not add up in PostgreSQL as they do in SQLite.
        CheckConstraint(_exactly_one("source_id", "account_id", "evidence_id"), name="one_origin"),
        CheckConstraint(_exactly_one("allegation_id", "incident_id"), name="one_target"),
    )

    case_id: Mapped[uuid.UUID] = _case_fk()
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    evidence_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evidence_files.id", ondelete="CASCADE"), index=True
    )
    allegation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("allegations.id", ondelete="CASCADE"), index=True
    )
    incident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(16))
    excerpt: Mapped[str] = mapped_column(Text, default="")
    locator: Mapped[str] = mapped_column(String(200), default="")


class VocabularyTerm(RecordMixin, Base):
    """A term of a controlled vocabulary (violation types, event types, actor kinds), as data."""

    __tablename__ = "vocabulary_terms"
    __table_args__ = _record_checks(UniqueConstraint("vocabulary", "code"))

    vocabulary: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(60))
    parent_code: Mapped[str | None] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(String(200))
    label_fr: Mapped[str] = mapped_column(String(200))
    builtin: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """Append-only, hash-chained audit log: each entry holds the hash of the one before it.

    ``details`` names the fields a change touched and, for fields that are not protected, their new values;
    protected witness and victim details never enter the log.
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    case_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class VaultChunk(Base):
    """Evidence files of a store on a server (see storage.vault_team.DbVault): encrypted, chunk by chunk."""

    __tablename__ = "vault_chunks"

    item_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    chunk_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    written_at: Mapped[dt.datetime] = mapped_column()


class RecordLineage(Base):
    """The versions a record had before its current one (its current ``version`` is on the record).

    Kept after the record is deleted, so a tombstone can tell whether a change made elsewhere came before or
    after the deletion.
    """

    __tablename__ = "record_lineage"

    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # order in the record's history, 1 = oldest


class Tombstone(Base):
    """A deleted record: deletions travel to other copies of the case like changes do."""

    __tablename__ = "tombstones"

    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    version: Mapped[str] = mapped_column(String(32))  # the version that was deleted
    deleted_at: Mapped[dt.datetime] = mapped_column()
    deleted_by: Mapped[str] = mapped_column(String(200))


class Conflict(Base):
    """A record changed on both sides since their common version: both are kept until a person decides.

    The local version stays in its table; the incoming one waits here (``incoming`` is the record as JSON,
    null when the other side deleted it; ``local_version`` is empty when this side deleted it).
    """

    __tablename__ = "conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    local_version: Mapped[str] = mapped_column(String(32), default="")
    incoming_version: Mapped[str] = mapped_column(String(32), default="")
    incoming: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    incoming_lineage: Mapped[list[str]] = mapped_column(default=list)
    origin: Mapped[str] = mapped_column(Text, default="")  # where the other version came from
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolution: Mapped[str] = mapped_column(String(20), default="")  # "", "local", "incoming", "edited"


class StoreMeta(Base):
    """Small key/value facts about the store itself (its id, the audit log's head)."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Draft(Base):
    """Unsaved form content, kept so that nothing typed is lost if the app dies mid-edit.

    Drafts live in the store, so they are encrypted like everything else; they are not records (never
    exported or reported) and are removed when the form is saved or discarded.
    """

    __tablename__ = "drafts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    record_id: Mapped[uuid.UUID | None] = mapped_column()
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
