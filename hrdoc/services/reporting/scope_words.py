"""What a report's scope says (:class:`~hrdoc.services.reporting.scope.ReportScope`), in the reader's words: the
report dialog shows it (:mod:`hrdoc.gui.report_scope`, with Qt's translations and QLocale's numbers) and
``hrdoc report`` prints it (with the terminal's), from the same sentences, marked here for the catalogue.

The scope's own ``lines()`` and ``empty_reason()`` stay English, for logs and tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from hrdoc.domain import enums, registry
from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.services.reporting.scope import ReportScope, Tally


class Translate(Protocol):
    """A text in the reader's language, under a disambiguation if it has one (the GUI's and the CLI's ``tr``)."""

    def __call__(self, text: str, disambiguation: str | None = None, /) -> str: ...


# Each counted kind's heading, in the plural.
_PLURALS = {
    Kind.INCIDENT: N_("Incidents:"),
    Kind.ALLEGATION: N_("Allegations:"),
    Kind.WITNESS: N_("Witnesses:"),
    Kind.ACCOUNT: N_("Accounts:"),
    Kind.SOURCE: N_("Sources:"),
    Kind.EVIDENCE: N_("Evidence files:"),
}
# Why records are left out (the sharing rules, as scope.py names them), "{count}" their number.
_REASONS = {
    "public": N_("{count} public"),
    "restricted": N_("{count} restricted"),
    "confidential": N_("{count} confidential"),
    "with no consent to share": N_("{count} with no consent to share"),
    "with no account in the report": N_("{count} with no account in the report"),
    "left out by the sharing rules": N_("{count} left out by the sharing rules"),
    "with no consent to be quoted": N_("{count} with no consent to be quoted"),
    "not marked quotable": N_("{count} not marked quotable"),
}


class ScopeWords:
    """A scope's sentences in the language ``translate`` looks texts up in, its numbers written by ``number``."""

    def __init__(self, translate: Translate, number: Callable[[int], str]) -> None:
        self.say = translate  # not self.tr: lupdate would file the texts it is given under this class
        self.number = number

    def _kind(self, kind: str) -> str:
        declared = registry.KINDS.get(kind)
        return self.say(declared.label) if declared is not None else kind.replace("_", " ")

    def _reason(self, why: str, n: int) -> str:
        words = _REASONS.get(why)
        if words is not None:
            return self.say(words).format(count=self.number(n))
        if why.startswith("whose ") and why.endswith(" is left out"):  # "whose incident is left out"
            return self.say(N_("{count} whose {field} is left out")).format(
                count=self.number(n), field=self.say(why[len("whose ") : -len(" is left out")])
            )
        return f"{self.number(n)} {why}"

    def _reasons(self, reasons: tuple[tuple[str, int], ...]) -> str:
        return self.say(N_(", ")).join(self._reason(why, n) for why, n in reasons)

    def tally(self, tally: Tally) -> tuple[str, str]:
        """A tally's line in two parts: "Allegations:", "1 of 3 (left out: 1 confidential)"."""
        plural = _PLURALS.get(tally.kind)
        name = self.say(plural) if plural is not None else f"{self._kind(tally.kind).capitalize()}:"
        parts = []
        if tally.left_out:
            parts.append(self.say(N_("left out: {reasons}")).format(reasons=self._reasons(tally.left_out)))
        if tally.without_words:
            without = self._reasons(tally.without_words)
            parts.append(self.say(N_("without the witness's words: {reasons}")).format(reasons=without))
        if tally.total:
            counts = self.say(N_("{included} of {total}")).format(
                included=self.number(tally.included), total=self.number(tally.total)
            )
        else:
            counts = self.say(N_("none in the case"))
        joined = self.say(N_("; ")).join(parts)
        return name, counts + (f" ({joined})" if parts else "")

    def case_note(self, scope: ReportScope) -> str:
        """What the case's own visibility hides from the audience, or "" if nothing."""
        if not scope.case_hidden:
            return ""
        names = self.say(N_(" and ")).join(self.say(label).lower() for label in scope.case_hidden)
        note = (
            N_("The case is {visibility}: its {fields} is left out; its reference and title name the report.")
            if len(scope.case_hidden) == 1
            else N_("The case is {visibility}: its {fields} are left out; its reference and title name the report.")
        )
        visibility = self.say(enums.label(scope.case_visibility, enums.Visibility), enums.sense(enums.Visibility))
        return self.say(note).format(visibility=visibility.lower(), fields=names)

    def lines(self, scope: ReportScope) -> list[str]:
        """One line for each kind of record counted, then the case's note, if any (``ReportScope.lines()``)."""
        note = self.case_note(scope)
        return [" ".join(self.tally(t)) for t in scope.tallies] + ([note] if note else [])

    def empty_reason(self, scope: ReportScope) -> str:
        """Why the report would hold no incident: "none of the case's 2 incidents (left out: 2 restricted)"."""
        incidents = scope.tally(Kind.INCIDENT)
        if not incidents.total:
            return self.say(N_("no incidents: the case has none yet"))
        if incidents.total == 1:
            return self.say(N_("none of the case's incident (left out: {reasons})")).format(
                reasons=self._reasons(incidents.left_out)
            )
        return self.say(N_("none of the case's {count} incidents (left out: {reasons})")).format(
            count=self.number(incidents.total), reasons=self._reasons(incidents.left_out)
        )
