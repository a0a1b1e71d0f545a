"""Formal PDF case reports, redacted for an audience (issue 4). Qt-free: the GUI and CLI call this.

``ReportService(ctx).render(case_ref, audience, ...)`` returns the PDF as bytes and records a REPORT entry
in the audit log. Nothing is written to disk here; the caller decides where the bytes go.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from hrdoc.domain.enums import AuditAction
from hrdoc.domain.progress import Progress
from hrdoc.domain.vocabularies import ACTOR_KIND, EVENT_TYPE, VIOLATION_TYPE
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

    def render(
        self,
        case_ref: str,
        audience: Audience | str,
        *,
        organisation: str = "",
        author: str = "",
        date: dt.date | None = None,
        language: str = ENGLISH,
        progress: Progress | None = None,
    ) -> bytes:
        """The case's report for ``audience`` as PDF bytes; the report is recorded in the audit log.

        ``language`` (one of :data:`REPORT_LANGUAGES`) is the report's, whatever the interface's: its own texts,
        dates, numbers and vocabulary terms are in it; what users wrote is printed as written.

        ``progress`` (see :meth:`CaseReportRenderer.render`) may cancel by raising ``Cancelled``: no report,
        nothing recorded."""
        who = Audience(audience)
        if language not in REPORT_LANGUAGES:
            raise ValueError(f"no report language {language!r} (one of {', '.join(REPORT_LANGUAGES)})")
        vocab = VocabularyService(self.ctx)
        labels = {name: vocab.labels(name, language=language) for name in (VIOLATION_TYPE, EVENT_TYPE, ACTOR_KIND)}
        meta = ReportMeta(organisation=organisation, author=author, date=date or dt.date.today(), language=language)
        # The renderer alone holds the view, and lets go of its records once they are laid out.
        renderer = CaseReportRenderer(self.view(case_ref, who), meta, labels)
        case = renderer.data.case
        pdf = renderer.render(progress)
        if self.ctx.read_only is not None:  # a read-only store records nothing (its unlock note says so)
            return pdf
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
                    "bytes": len(pdf),
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                },
            )
        return pdf


def _an(who: Audience) -> str:
    """ "an internal", "a public": the audience with its article."""
    return f"{'an' if who is Audience.INTERNAL else 'a'} {who.value}"
