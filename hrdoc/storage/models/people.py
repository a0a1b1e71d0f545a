"""Witnesses (with their identity and consent kept apart) and their accounts (with versions only ever added)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
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
    InterviewMethod,
    RiskLevel,
    Sex,
    WitnessRelation,
)
from hrdoc.storage.base import Base, RecordMixin, check_in, utcnow
from hrdoc.storage.models._common import _case_fk, _record_checks


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
