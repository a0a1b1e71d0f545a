"""Witnesses with consent at a glance; identities masked, revealed only by a deliberate, audited action."""

from __future__ import annotations

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hrdoc.domain.registry import Kind
from hrdoc.gui.forms.specs import field_text
from hrdoc.gui.i18n import tr
from hrdoc.gui.models.record_table import ColumnSpec
from hrdoc.gui.workspace.page import CONSENT_HEADER, CaseData, TablePage, consent_badges, field_column
from hrdoc.services.cases import RecordRow
from hrdoc.services.record_keys import Key
from hrdoc.services.records_kinds import CONSENT_FIELDS
from hrdoc.services.serialize import MASK

WITNESS_CONSENT = "witness_id.consent."  # an account's witness's consent, read with the account


def witness_consent(account: RecordRow) -> str:
    """An account's witness's consent at a glance (none recorded when the witness has no consent record)."""
    given = {name: account.get(WITNESS_CONSENT + name) for name in CONSENT_FIELDS}
    return consent_badges(given if any(v is not None for v in given.values()) else None)


def consent_keys(path: str) -> tuple[Key, ...]:
    """A consent column is sorted by each consent in turn (to be recorded, quoted, named...), read through
    ``path`` ("consent." on a witness, "witness_id.consent." on an account)."""
    return tuple(Key.of(path + name) for name in CONSENT_FIELDS)


class WitnessesPage(TablePage):
    """Witnesses with consent at a glance; identities masked, revealed only by a deliberate action."""

    reveal_requested = Signal(str, str)  # witness id, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        witness, account = Kind.WITNESS, Kind.ACCOUNT
        columns = [
            field_column(witness, "pseudonym"),
            field_column(witness, "relation"),
            field_column(witness, "risk_level"),
            ColumnSpec(tr(CONSENT_HEADER), lambda r: consent_badges(r.get("consent")), keys=consent_keys("consent.")),
            # Masked (services.cases.add_parts): never sorted or filtered, which would tell it.
            field_column(Kind.WITNESS_IDENTITY, "legal_name", lambda r: masked(r["identity"]["legal_name"]), keys=()),
            field_column(witness, "visibility"),
        ]
        super().__init__(
            tr("Witnesses & accounts"), "witnesses", columns, parent, kind=witness, listing=tr("Witnesses")
        )
        latest = Kind.ACCOUNT_VERSION  # an account's content is its latest version's
        method = field_text(latest, "method")
        self.accounts_page = TablePage(
            tr("Accounts"),
            "accounts",
            [
                field_column(account, "witness_id"),
                ColumnSpec(
                    tr(CONSENT_HEADER),
                    witness_consent,
                    keys=consent_keys(WITNESS_CONSENT),
                    reads=tuple(WITNESS_CONSENT + name for name in CONSENT_FIELDS),
                ),
                field_column(account, "current_version", align_right=True),
                field_column(
                    latest,
                    "method",
                    lambda r: method(r["versions"][-1]) if r["versions"] else "",
                    keys=(Key.of("current.method"),),
                ),
                field_column(
                    latest,
                    "narrative",
                    lambda r: r["versions"][-1]["narrative"] if r["versions"] else "",
                    keys=(Key.of("current.narrative"),),
                ),
            ],
            kind=account,
        )
        self.accounts = self.accounts_page.model
        self.accounts_view = self.accounts_page.table
        self.reveal_button = QPushButton(tr("Reveal identity…"))
        self.reveal_button.setObjectName("revealIdentity")
        self.reveal_button.setToolTip(tr("Show the selected witness's legal name, contact and residence (audited)"))
        self.reveal_button.clicked.connect(self._ask_reveal)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(QLabel(tr("Accounts")))
        self.layout_.addWidget(self.accounts_page, 1)

    def tables(self) -> list[TablePage]:
        return [self, self.accounts_page]

    def show_case(self, data: CaseData) -> None:
        super().show_case(data)
        self.accounts_page.show_case(data)

    def clear(self) -> None:
        super().clear()
        self.accounts_page.clear()

    def _ask_reveal(self) -> None:
        witness = self.selected()
        if witness is None:
            QMessageBox.information(self, tr("Reveal identity"), tr("Select a witness first."))
            return
        reason, ok = QInputDialog.getText(
            self,
            tr("Reveal identity"),
            tr("Revealing {witness}'s identity is recorded in the audit log. Why do you need it?").format(
                witness=witness["pseudonym"]
            ),
        )
        if ok:
            self.reveal_requested.emit(witness["id"], reason)


def masked(value: object) -> object:
    """A protected identity's cell: the services' mask in the interface's language, any other value as it is."""
    return tr("[protected]") if value == MASK else value
