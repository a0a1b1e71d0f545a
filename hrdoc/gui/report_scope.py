"""What a report will hold, as the report dialog shows it: for the audience chosen, how many of the case's
incidents, allegations, witnesses, accounts, sources and evidence files go, why the others are left out, and what
the case's own visibility hides. The lines say what ``hrdoc report`` prints (:meth:`ReportScope.lines`), in the
interface's language, counted off the GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from hrdoc.gui.background import Progress, run_in_background
from hrdoc.gui.dialogs import error_text
from hrdoc.gui.i18n import tr
from hrdoc.services.context import StoreContext
from hrdoc.services.reporting import Audience, ReportScope, ReportService
from hrdoc.services.reporting.scope import Tally
from hrdoc.services.reporting.scope_words import ScopeWords


class ScopeBox(QGroupBox):
    """ "What the report will hold" for one audience at a time, counted for all of them at once."""

    counted = Signal()  # every audience's scope is counted and the chosen one's shown

    def __init__(self, ctx: StoreContext, case_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("What the report will hold"), parent)
        self.ctx = ctx
        self.case_ref = case_ref
        self.scopes: dict[Audience, ReportScope] = {}
        self.audience = Audience.PUBLIC
        self._counting = 0
        self.label = QLabel()
        self.label.setObjectName("reportScope")
        self.label.setAccessibleName(tr("What the report will hold"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.label)

    def count(self) -> None:
        """Count what each audience's report will hold, in the background (a large case takes a second or two),
        and show the chosen audience's when done."""
        self._counting += 1
        counting, ctx, case_ref = self._counting, self.ctx, self.case_ref
        self.label.setText(html.escape(tr("Counting what the report will hold…")))

        def work(_progress: Progress) -> tuple[int, dict[Audience, ReportScope]]:
            return counting, ReportService(ctx).scopes(case_ref)

        run_in_background(self, tr("Counting…"), work, self._counted, self._failed, quiet=True)

    def _counted(self, result: tuple[int, dict[Audience, ReportScope]]) -> None:
        counting, scopes = result
        if counting != self._counting:
            return  # counted again meanwhile
        self.scopes = scopes
        self.show_for(self.audience)
        self.counted.emit()

    def _failed(self, error: BaseException) -> None:
        self.label.setText(
            html.escape(tr("What the report will hold could not be counted: {error}").format(error=error_text(error)))
        )

    def keep(self, scope: ReportScope) -> None:
        """A scope counted again (as a report was made): kept, and shown if it is the chosen audience's."""
        self.scopes[scope.audience] = scope
        self.show_for(self.audience)

    def show_for(self, audience: Audience) -> None:
        self.audience = audience
        scope = self.scopes.get(audience)
        if scope is None:
            return  # still counting, or it failed (the label says which)
        words = map(tally_words, scope.tallies)
        lines = [f"<b>{html.escape(name)}</b> {html.escape(counts)}" for name, counts in words]
        if note := case_note(scope):
            lines.append(html.escape(note))
        if scope.empty:
            lines.insert(0, "<b>" + html.escape(tr("This report will hold no incident.")) + "</b>")
        self.label.setText("<br>".join(lines))


def make_empty_anyway(parent: QWidget, scope: ReportScope) -> bool:
    """Ask before making a report that holds no incident; the answer is No unless the user says Yes."""
    answer = QMessageBox.question(
        parent,
        tr("Report with no incident"),
        _WOULD_HOLD[scope.audience]().format(contents=empty_reason(scope)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# The question asked before a report with no incident is made, for each audience.
_WOULD_HOLD = {
    Audience.PUBLIC: lambda: tr("The public report would hold {contents}.\n\nMake it anyway?"),
    Audience.PARTNERS: lambda: tr("The partners' report would hold {contents}.\n\nMake it anyway?"),
    Audience.INTERNAL: lambda: tr("The internal report would hold {contents}.\n\nMake it anyway?"),
}


def _words() -> ScopeWords:
    """The scope's sentences in the interface's language, its numbers as QLocale writes them."""
    return ScopeWords(tr, QLocale().toString)


def tally_words(tally: Tally) -> tuple[str, str]:
    """A tally's line in two parts: "Allegations:", "1 of 3 (left out: 1 confidential)"."""
    return _words().tally(tally)


def case_note(scope: ReportScope) -> str:
    """What the case's own visibility hides from the audience, or "" if nothing."""
    return _words().case_note(scope)


def empty_reason(scope: ReportScope) -> str:
    """Why the report would hold no incident: "none of the case's 2 incidents (left out: 2 restricted)"."""
    return _words().empty_reason(scope)
