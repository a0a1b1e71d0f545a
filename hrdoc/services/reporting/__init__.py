"""Formal PDF case reports, redacted for an audience (issue 4). Qt-free: the GUI and CLI call this.

``ReportService(ctx).render(case_ref, audience, ...)`` returns the PDF as bytes, ``write(case_ref, audience,
file, ...)`` writes it into a file the caller opened, as it is made (a large report is never held whole); each
records a REPORT entry in the audit log. The caller decides where the report goes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
from typing import BinaryIO, TypedDict, Unpack

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.progress import Progress
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, FIGURE_COUNT, VIOLATION_TYPE
from hrdoc.services import audit, sharing
from hrdoc.services.context import StoreContext
from hrdoc.services.languages import ENGLISH
from hrdoc.services.reporting.audience import Audience, ReportData, redact
from hrdoc.services.reporting.blocks import ReportMeta
from hrdoc.services.reporting.numbering import Numbering
from hrdoc.services.reporting.reading import read_view
from hrdoc.services.reporting.renderer import CaseReportRenderer
from hrdoc.services.reporting.scope import ReportScope, Tally, read_weights, report_scope, scope_of
from hrdoc.services.vocab import VocabularyService

__all__ = [
    "REPORT_LANGUAGES",
    "Audience",
    "CaseReportRenderer",
    "Numbering",
    "ReportData",
    "ReportMeta",
    "ReportScope",
    "ReportService",
    "Tally",
    "redact",
]

# The languages a report can be made in; an Arabic report's pages are laid out right to left (docs/reports.md).
REPORT_LANGUAGES: tuple[str, ...] = (ENGLISH, "fr", "ar")


def report_language(wanted: str) -> str:
    """The language a report is made in for someone who reads ``wanted`` (the interface's or the terminal's):
    itself if reports speak it, else English."""
    return wanted if wanted in REPORT_LANGUAGES else ENGLISH


class ReportOptions(TypedDict, total=False):
    """How a report is made, besides its case and audience (:meth:`ReportService.write`)."""

    organisation: str
    author: str
    date: dt.date | None
    language: str
    progress: Progress | None


class ReportService:
    def __init__(self, ctx: StoreContext) -> None:
        self.ctx = ctx

    def scope(self, case_ref: str, audience: Audience | str) -> ReportScope:
        """What the case's report will hold for ``audience`` and why the rest is left out, counted without making
        it (:mod:`.scope`): the dialog shows it, ``hrdoc report`` prints it, and both ask before an empty report."""
        return report_scope(self.ctx, case_ref, audience)

    def scopes(self, case_ref: str) -> dict[Audience, ReportScope]:
        """:meth:`scope` for every audience, the case read once."""
        weights = read_weights(self.ctx, case_ref)
        return {who: scope_of(weights, who) for who in Audience}

    def view(self, case_ref: str, audience: Audience | str) -> ReportData:
        """The part of the case the report for ``audience`` is made of (:func:`redact`)."""
        who = Audience(audience)
        # Identities are never read; records the audience may not see are not even read; the others are read a
        # section at a time, each record kept as the audience may see it as it comes (:mod:`.reading`).
        return read_view(self.ctx, case_ref, who, sorted(sharing.visibilities(who)))

    def render(self, case_ref: str, audience: Audience | str, **options: Unpack[ReportOptions]) -> bytes:
        """The case's report for ``audience`` as PDF bytes (the report dialog shows it before it is saved
        anywhere); :meth:`write` otherwise, which never holds the file whole. ``options`` as :meth:`write`'s."""
        buffer = io.BytesIO()
        self.write(case_ref, audience, buffer, **options)
        return buffer.getvalue()  # the buffer itself, not a copy (nothing else refers to it)

    def write(
        self,
        case_ref: str,
        audience: Audience | str,
        into: BinaryIO,
        *,
        organisation: str = "",
        author: str = "",
        date: dt.date | None = None,
        language: str = ENGLISH,
        progress: Progress | None = None,
    ) -> int:
        """Write the case's report for ``audience`` into ``into`` (empty, open for writing) as it is made, and
        return its size in bytes; the report is recorded in the audit log.

        ``language`` (one of :data:`REPORT_LANGUAGES`) is the report's, whatever the interface's: its own texts,
        dates, numbers and vocabulary terms are in it; what users wrote is printed as written.

        ``progress`` (see :meth:`CaseReportRenderer.write`) may cancel by raising ``Cancelled``: nothing
        recorded, and what was written is no report (the caller throws it away, as after any error)."""
        who = Audience(audience)
        if language not in REPORT_LANGUAGES:
            raise ValueError(f"no report language {language!r} (one of {', '.join(REPORT_LANGUAGES)})")
        vocab = VocabularyService(self.ctx)
        labels = {
            name: vocab.labels(name, language=language)
            for name in (VIOLATION_TYPE, EVENT_TYPE, ACTOR_KIND, FIGURE_COUNT)
        }
        meta = ReportMeta(organisation=organisation, author=author, date=date or dt.date.today(), language=language)
        # The renderer alone holds the view, and lets go of its records once they are laid out.
        renderer = CaseReportRenderer(self.view(case_ref, who), meta, labels)
        case = renderer.data.case
        out = _Digested(into)
        renderer.write(out, progress)
        if self.ctx.read_only is not None:  # a read-only store records nothing (its unlock note says so)
            return out.size
        with self.ctx.write(log_only=True) as session:  # the audit log only: a team store locks nothing more
            audit.record(
                session,
                self.ctx.user,
                AuditAction.REPORT,
                entity_type="case",
                entity_id=uuid.UUID(case["id"]),
                case_id=uuid.UUID(case["id"]),
                summary=f"Made {_an(who)} report of case {case['reference']}",
                details={
                    "audience": who.value,
                    "language": language,
                    "bytes": out.size,
                    "sha256": out.digest.hexdigest(),
                },
            )
        return out.size


class _Digested:
    """A file being written, with the size and the SHA-256 of what was written into it (for the audit log)."""

    def __init__(self, into: BinaryIO) -> None:
        self.into = into
        self.size = 0
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self.into.write(data)


def _an(who: Audience) -> str:
    """ "an internal", "a public": the audience with its article."""
    return f"{'an' if who is Audience.INTERNAL else 'a'} {who.value}"
