"""The case at a glance: its details and key figures and, while the case is still being entered, what to do next.

A new case opens here. While it lacks the records a case is built from (an incident, its allegations, a witness
and an account, a graded source, the links that say what supports what), the Overview lists those next steps in
reading order, each with a button that goes to its page and opens the form; the first step has the keyboard.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc.domain.marks import N_
from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.specs import field_text, number_text
from hrdoc.gui.i18n import in_layout_direction, tr
from hrdoc.gui.workspace.page import CaseData, Page
from hrdoc.services.cases import SectionName


@dataclass(frozen=True)
class NextStep:
    """One step of entering a case: done once the case has a record of ``section``; its button adds a ``kind``."""

    kind: Kind
    section: SectionName
    text: str
    button: str


# In the order an investigator usually enters a case.
NEXT_STEPS = (
    NextStep(
        Kind.INCIDENT,
        "incidents",
        N_("Add the first incident: what happened, where and when (Ctrl+N on Incidents & allegations)."),
        N_("Add an incident…"),
    ),
    NextStep(
        Kind.ALLEGATION,
        "allegations",
        N_("Say which violation an incident is alleged to be: add an allegation, with its perpetrators and victims."),
        N_("Add an allegation…"),
    ),
    NextStep(
        Kind.WITNESS,
        "witnesses",
        N_("Record a witness, with their consent; their identity stays protected (Witnesses & accounts)."),
        N_("Add a witness…"),
    ),
    NextStep(
        Kind.ACCOUNT,
        "accounts",
        N_("Write down what a witness said: add their account."),
        N_("Add an account…"),
    ),
    NextStep(
        Kind.SOURCE,
        "sources",
        N_("Add a source (a report, an article, a document) and grade how reliable it is."),
        N_("Add a source…"),
    ),
    NextStep(
        Kind.LINK,
        "links",
        N_("Say which evidence supports which allegation: add a link (Links, the corroboration matrix)."),
        N_("Add a link…"),
    ),
)

# A step needs what it refers to: an allegation an incident, an account a witness, a link an allegation.
_NEEDS: dict[Kind, SectionName] = {Kind.ALLEGATION: "incidents", Kind.ACCOUNT: "witnesses", Kind.LINK: "allegations"}


def next_steps(data: CaseData) -> list[tuple[NextStep, bool]]:
    """The steps not yet done, each with whether it can be taken now (what it needs is there)."""
    counts = data["figures"].counts
    out = []
    for step in NEXT_STEPS:
        if not counts.get(step.section):
            needs = _NEEDS.get(step.kind)
            out.append((step, needs is None or bool(counts.get(needs))))
    return out


class OverviewPage(Page):
    edit_case_requested = Signal()
    new_requested = Signal(str)  # kind: a next step's button, to add one on its page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Overview")
        self.text = QTextBrowser()
        self.text.setObjectName("overview")
        self.text.setAccessibleName(tr("Case overview"))
        self.edit_button = QPushButton(tr("Edit case details…"))
        self.edit_button.setObjectName("edit_case")
        self.edit_button.clicked.connect(self.edit_case_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        self.steps = QGroupBox(tr("What to do next"))
        self.steps.setObjectName("nextSteps")
        grid = QGridLayout(self.steps)
        grid.setColumnStretch(0, 1)
        self.step_labels: dict[Kind, QLabel] = {}
        self.step_buttons: dict[Kind, QPushButton] = {}
        for row, step in enumerate(NEXT_STEPS):
            label = QLabel(tr(step.text).replace("&", "&&"))  # the button's buddy: "&" would be a mnemonic
            label.setWordWrap(True)
            button = QPushButton(tr(step.button))
            button.setObjectName(f"next_{step.kind}")
            button.clicked.connect(lambda _c=False, k=step.kind: self.new_requested.emit(k))
            label.setBuddy(button)
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.step_labels[step.kind] = label
            self.step_buttons[step.kind] = button
        self.steps.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.steps)
        layout.addWidget(self.text, 1)

    def show_case(self, data: CaseData) -> None:
        self._show_steps(data)
        case = data["case"]
        esc = html.escape
        counted = data["figures"]
        counts = counted.counts
        status = field_text(Kind.ALLEGATION, "status")
        statuses: dict[str, int] = {}
        for code, n in counted.statuses.items():
            statuses[status({"status": code})] = statuses.get(status({"status": code}), 0) + n
        figures: list[tuple[str, int | str]] = [
            (tr("Incidents"), counts["incidents"]),
            (tr("Allegations"), counts["allegations"]),
            (tr("Reported deaths, all incidents (best estimates)"), counted.fatalities),
            (tr("Actors"), counts["actors"]),
            (tr("Witnesses"), counts["witnesses"]),
            (tr("Accounts"), counts["accounts"]),
            (tr("Sources"), counts["sources"]),
            (tr("Evidence files"), counts["evidence_files"]),
        ]
        figures = [(label, number_text(n)) for label, n in figures]  # "1 258" in French
        # Right to left, the table's columns are mirrored by hand (Qt's rich text keeps them left to right) and it
        # stands on the right; the heading, whose title may be Latin, is laid out as the layout is.
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        cells = ("<td align='right'><b>{1}</b></td><td>{0}</td>", "<td>{0}</td><td align='right'><b>{1}</b></td>")
        row = cells[0] if right_to_left else cells[1]
        rows = "".join(f"<tr>{row.format(esc(label), n)}</tr>" for label, n in figures)
        table = f"<table cellpadding='4'{' align=right' if right_to_left else ''}>{rows}</table>"
        heading = in_layout_direction(f"{esc(case['reference'])} — {esc(case['title'])}", self)
        status_line = ", ".join(f"{esc(s)}: {number_text(n)}" for s, n in sorted(statuses.items())) or "—"
        case_status = field_text(Kind.CASE, "status")(case)
        visibility = field_text(Kind.CASE, "visibility")(case)
        # The words outside the f-strings: lupdate does not extract a tr() inside one.
        said = {
            "status": tr("Status"),
            "visibility": tr("Visibility"),
            "lead": tr("Lead investigator"),
            "figures": tr("Key figures"),
            "by_status": tr("Allegations by status"),
        }
        said = {key: esc(text) for key, text in said.items()}
        self.text.setHtml(
            f"<h2>{heading}</h2>"
            f"<p>{said['status']}: <b>{esc(case_status)}</b> · {said['visibility']}: "
            f"<b>{esc(visibility)}</b> · {said['lead']}: "
            f"{esc(case['lead_investigator'] or '—')}</p>"
            f"<p>{esc(case['summary'])}</p>"
            f"<h3>{said['figures']}</h3>{table}"
            f"<p>{said['by_status']}: {status_line}</p>"
        )

    def _show_steps(self, data: CaseData) -> None:
        steps = dict(next_steps(data))
        for step in NEXT_STEPS:
            shown = step in steps
            self.step_labels[step.kind].setVisible(shown)
            self.step_buttons[step.kind].setVisible(shown)
            self.step_buttons[step.kind].setEnabled(steps.get(step, False))
        self.steps.setVisible(bool(steps))

    def focus_next_step(self) -> bool:
        """Give the keyboard to the first step that can be taken now (a case just created: Space adds an
        incident). False if there is none."""
        for step in NEXT_STEPS:
            button = self.step_buttons[step.kind]
            if not button.isHidden() and button.isEnabled():
                button.setFocus()
                return True
        return False

    def clear(self) -> None:
        self.text.clear()
        self.steps.hide()
