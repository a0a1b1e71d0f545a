"""The case at a glance: its details and key figures."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdoc.gui.workspace.page import (
    CaseData,
    Page,
    tr,
)


class OverviewPage(Page):
    edit_case_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = tr("Overview")
        self.text = QTextBrowser()
        self.text.setObjectName("overview")
        self.edit_button = QPushButton(tr("Edit case details…"))
        self.edit_button.setObjectName("edit_case")
        self.edit_button.clicked.connect(self.edit_case_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.text)

    def show_case(self, data: CaseData) -> None:
        case = data["case"]
        esc = html.escape
        best = sum(i["fatalities_best"] or 0 for i in data["incidents"])
        statuses: dict[str, int] = {}
        for allegation in data["allegations"]:
            statuses[allegation["status"]] = statuses.get(allegation["status"], 0) + 1
        figures = [
            (tr("Incidents"), len(data["incidents"])),
            (tr("Allegations"), len(data["allegations"])),
            (tr("Reported deaths, all incidents (best estimates)"), best),
            (tr("Actors"), len(data["actors"])),
            (tr("Witnesses"), len(data["witnesses"])),
            (tr("Accounts"), len(data["accounts"])),
            (tr("Sources"), len(data["sources"])),
            (tr("Evidence files"), len(data["evidence_files"])),
        ]
        rows = "".join(f"<tr><td>{esc(label)}</td><td align='right'><b>{n}</b></td></tr>" for label, n in figures)
        status_line = ", ".join(f"{esc(s)}: {n}" for s, n in sorted(statuses.items())) or "—"
        self.text.setHtml(
            f"<h2>{esc(case['reference'])} — {esc(case['title'])}</h2>"
            f"<p>{esc(tr('Status'))}: <b>{esc(case['status'])}</b> · {esc(tr('Visibility'))}: "
            f"<b>{esc(case['visibility'])}</b> · {esc(tr('Lead investigator'))}: "
            f"{esc(case['lead_investigator'] or '—')}</p>"
            f"<p>{esc(case['summary'])}</p>"
            f"<h3>{esc(tr('Key figures'))}</h3><table cellpadding='4'>{rows}</table>"
            f"<p>{esc(tr('Allegations by status'))}: {status_line}</p>"
        )

    def clear(self) -> None:
        self.text.clear()
