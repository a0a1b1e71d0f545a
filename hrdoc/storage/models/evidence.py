"""Sources, evidence files with their chain of custody, and links from evidence to what it supports."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from hrdoc.domain.enums import (
    CustodyAction,
    InformationCredibility,
    LinkRelation,
    SourceKind,
    SourceReliability,
    Stance,
)
from hrdoc.storage.base import Base, RecordMixin, check_in
from hrdoc.storage.models._common import _case_fk, _exactly_one, _record_checks


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
