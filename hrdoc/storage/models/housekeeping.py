"""What the store keeps beside the records: vocabularies, the audit log, the vault's chunks, the merge's
lineage, tombstones and conflicts, store settings and form drafts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrdoc.storage.base import Base, RecordMixin, utcnow
from hrdoc.storage.models._common import _record_checks


class VocabularyTerm(RecordMixin, Base):
    """A term of a controlled vocabulary (violation types, event types, actor kinds), as data."""

    __tablename__ = "vocabulary_terms"
    __table_args__ = _record_checks(UniqueConstraint("vocabulary", "code"))

    vocabulary: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(60))
    parent_code: Mapped[str | None] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(String(200))
    label_fr: Mapped[str] = mapped_column(String(200))
    # Empty for a term added without one: its English label is shown instead (services.vocab).
    label_ar: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    builtin: Mapped[bool] = mapped_column(default=False)


class AuditEntry(Base):
    """Append-only, hash-chained audit log: each entry holds the hash of the one before it.

    ``details`` names the fields a change touched and, for fields that are not protected, their new values;
    protected witness and victim details never enter the log.
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    case_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditPending(Base):
    """Audit entries waiting to be linked into the audit log's chain (services.audit): written, whole, by a unit
    of work on a team store that found another one linking entries at that moment. The next linking moves them
    into ``audit_log`` in the order they came. Empty in a store file, whose writers link their own entries.

    Append-only too: the database refuses to change a row, and to remove one that ``audit_log`` does not hold.
    """

    __tablename__ = "audit_pending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    case_id: Mapped[str] = mapped_column(String(36), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


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

    The local version stays in its table; the incoming one waits here, whole (``incoming``: the record as JSON
    with its parts and the records that come back with it, or the other side's deletion with what it deleted
    with it; see services.exchange.merge_records); ``local_version`` is empty when this side deleted it.
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
