"""The records of a case's events: the case, places, incidents, actors, allegations and their victims."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdoc.domain.enums import (
    AgeGroup,
    AllegationStatus,
    CaseStatus,
    DatePrecision,
    GeoPrecision,
    Involvement,
    Sex,
    StandardOfProof,
    VictimKind,
    VictimStatus,
)
from hrdoc.storage.base import Base, RecordMixin, check_in
from hrdoc.storage.models._common import _case_fk, _record_checks


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
    # Why the analyst's estimate is what it is; the figures it rests on say so themselves (ReportedFigure).
    estimate_reasoning: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
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
