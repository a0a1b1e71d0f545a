"""Drafts: what a form held when it was last touched, so a crash or a kill loses nothing typed.

A draft is saved (replacing the previous one for the same form) as the user types, removed when the form
is saved or deliberately discarded, and offered back after the next unlock. Drafts are in the encrypted
store, never in a temporary file. Values must be JSON-ready (strings, numbers, booleans, lists, null).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from hrdoc.services.context import StoreContext
from hrdoc.storage.base import utcnow
from hrdoc.storage.models import Draft


@dataclass(frozen=True, slots=True)
class DraftInfo:
    id: uuid.UUID
    kind: str
    case_id: uuid.UUID | None
    record_id: uuid.UUID | None
    fields: dict[str, Any]
    updated_at: dt.datetime


class DraftService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def save(
        self,
        draft_id: uuid.UUID,
        kind: str,
        fields: dict[str, Any],
        *,
        case_id: uuid.UUID | None = None,
        record_id: uuid.UUID | None = None,
    ) -> None:
        with self.ctx.write() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                draft = Draft(id=draft_id, kind=kind, case_id=case_id, record_id=record_id, created_by=self.ctx.user)
                session.add(draft)
            draft.fields = dict(fields)
            draft.updated_at = utcnow()

    def pending(self) -> list[DraftInfo]:
        """This investigator's drafts, newest first."""
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Draft).where(Draft.created_by == self.ctx.user).order_by(Draft.updated_at.desc())
            ).all()
        return [DraftInfo(d.id, d.kind, d.case_id, d.record_id, dict(d.fields), d.updated_at) for d in rows]

    def discard(self, draft_id: uuid.UUID) -> None:
        with self.ctx.write() as session:
            session.execute(delete(Draft).where(Draft.id == draft_id))
