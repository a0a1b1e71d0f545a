"""What a report will hold, as the report dialog shows it: for the audience chosen, how many of the case's
incidents, allegations, witnesses, accounts, sources and evidence files go, why the others are left out, and what
the case's own visibility hides. The lines say what ``hrdoc report`` prints (:meth:`ReportScope.lines`), in the
interface's language, counted off the GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from hrdoc.domain.enums import Visibility
from hrdoc.domain.registry import Kind
from hrdoc.gui.background import Progress, run_in_background
from hrdoc.gui.dialogs import error_text
from hrdoc.gui.forms.specs import choice_label, kind_name
from hrdoc.gui.i18n import tr
from hrdoc.services.context import StoreContext
from hrdoc.services.reporting import Audience, ReportScope, ReportService
from hrdoc.services.reporting.scope import Tally


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


# What a scope says, in the interface's language: the words of ReportScope.lines() and empty_reason().
_WOULD_HOLD = {
    Audience.PUBLIC: lambda: tr("The public report would hold {contents}.\n\nMake it anyway?"),
    Audience.PARTNERS: lambda: tr("The partners' report would hold {contents}.\n\nMake it anyway?"),
    Audience.INTERNAL: lambda: tr("The internal report would hold {contents}.\n\nMake it anyway?"),
}
_PLURALS = {
    "incident": lambda: tr("Incidents:"),
    "allegation": lambda: tr("Allegations:"),
    "witness": lambda: tr("Witnesses:"),
    "account": lambda: tr("Accounts:"),
    "source": lambda: tr("Sources:"),
    "evidence": lambda: tr("Evidence files:"),
}
_REASONS = {  # why records are left out (sharing's rules, as scope.py names them), "{count}" their number
    "public": lambda: tr("{count} public"),
    "restricted": lambda: tr("{count} restricted"),
    "confidential": lambda: tr("{count} confidential"),
    "with no consent to share": lambda: tr("{count} with no consent to share"),
    "with no account in the report": lambda: tr("{count} with no account in the report"),
    "left out by the sharing rules": lambda: tr("{count} left out by the sharing rules"),
    "with no consent to be quoted": lambda: tr("{count} with no consent to be quoted"),
    "not marked quotable": lambda: tr("{count} not marked quotable"),
}


def _number(n: int) -> str:
    return QLocale().toString(n)


def _reason(why: str, n: int) -> str:
    words = _REASONS.get(why)
    if words is not None:
        return words().format(count=_number(n))
    if why.startswith("whose ") and why.endswith(" is left out"):  # "whose incident is left out"
        return tr("{count} whose {field} is left out").format(
            count=_number(n), field=tr(why[len("whose ") : -len(" is left out")])
        )
    return f"{_number(n)} {why}"


def _reasons(reasons: tuple[tuple[str, int], ...]) -> str:
    return tr(", ").join(_reason(why, n) for why, n in reasons)


def tally_words(tally: Tally) -> tuple[str, str]:
    """A tally's line in two parts: "Allegations:", "1 of 3 (left out: 1 confidential)"."""
    name = _PLURALS[tally.kind]() if tally.kind in _PLURALS else f"{kind_name(tally.kind).capitalize()}:"
    parts = []
    if tally.left_out:
        parts.append(tr("left out: {reasons}").format(reasons=_reasons(tally.left_out)))
    if tally.without_words:
        parts.append(tr("without the witness's words: {reasons}").format(reasons=_reasons(tally.without_words)))
    if tally.total:
        counts = tr("{included} of {total}").format(included=_number(tally.included), total=_number(tally.total))
    else:
        counts = tr("none in the case")
    return name, counts + (f" ({tr('; ').join(parts)})" if parts else "")


def case_note(scope: ReportScope) -> str:
    """What the case's own visibility hides from the audience, or "" if nothing."""
    if not scope.case_hidden:
        return ""
    names = tr(" and ").join(tr(label).lower() for label in scope.case_hidden)
    note = (
        tr("The case is {visibility}: its {fields} is left out; its reference and title name the report.")
        if len(scope.case_hidden) == 1
        else tr("The case is {visibility}: its {fields} are left out; its reference and title name the report.")
    )
    return note.format(visibility=choice_label(scope.case_visibility, Visibility).lower(), fields=names)


def empty_reason(scope: ReportScope) -> str:
    """Why the report would hold no incident: "none of the case's 2 incidents (left out: 2 restricted)"."""
    incidents = scope.tally(Kind.INCIDENT)
    if not incidents.total:
        return tr("no incidents: the case has none yet")
    if incidents.total == 1:
        return tr("none of the case's incident (left out: {reasons})").format(reasons=_reasons(incidents.left_out))
    return tr("none of the case's {count} incidents (left out: {reasons})").format(
        count=_number(incidents.total), reasons=_reasons(incidents.left_out)
    )
