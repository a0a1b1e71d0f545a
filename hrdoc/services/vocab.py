"""Vocabulary terms for pickers and labels (English or French), as stored (built-in and user terms)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hrdoc.services.context import StoreContext
from hrdoc.storage.models import VocabularyTerm


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    parent: str | None
    label: str


class VocabularyService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def terms(self, vocabulary: str, *, language: str = "en") -> list[Term]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(VocabularyTerm).where(VocabularyTerm.vocabulary == vocabulary).order_by(VocabularyTerm.label_en)
            ).all()
        return [Term(t.code, t.parent_code, t.label_fr if language == "fr" else t.label_en) for t in rows]

    def labels(self, vocabulary: str, *, language: str = "en") -> dict[str, str]:
        return {t.code: t.label for t in self.terms(vocabulary, language=language)}
