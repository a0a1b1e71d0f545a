"""File → Import case: what the bundle says about itself, checked, before anything is imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QWidget,
)

from hrdoc.domain.registry import KINDS, Kind
from hrdoc.gui.dialogs import WARNING_STYLE, AskDialog
from hrdoc.gui.dialogs import note as _note
from hrdoc.gui.exchange.common import audience_description, audience_label, utc_text
from hrdoc.gui.i18n import in_layout_direction, tr
from hrdoc.services.exchange import bundles


def contents_text(manifest: dict[str, Any]) -> str:
    """The bundle's records by kind, one a line, e.g. "actor: 3", "allegation: 2"… (the manifest counts them by
    table, each named as the record registry names its kind)."""
    counts: dict[str, int] = manifest.get("record_counts") or {}
    by_table = {k.table: k.label for k in KINDS.values()}
    named = [
        tr("{label}: {value}").format(
            label=tr(by_table[table]) if table in by_table else table, value=QLocale().toString(n)
        )
        for table, n in sorted(counts.items())
        if n and table != Kind.CASE  # records/case.json: the case itself, named in the manifest
    ]
    # One kind a line: a wrapped Arabic list of counts came out wider than the dialog (Qt broke its lines after
    # measuring them narrower than it drew them, with DejaVu Sans).
    return "\n".join(named) or tr("no records besides the case")


class ImportConfirmDialog(AskDialog):
    """What the bundle says about itself, checked, before anything is imported."""

    def __init__(self, info: bundles.BundleInfo, *, known_here: bool, parent: QWidget | None = None) -> None:
        super().__init__(tr("Import case"), tr("Import"), parent)
        self.setObjectName("importConfirmDialog")
        manifest = info.manifest
        case = manifest.get("case") or {}
        audience = str(manifest.get("audience", ""))
        members = manifest.get("members") or {}
        files = sum(1 for name in members if str(name).startswith("evidence/"))
        self.body.addWidget(_note(tr("The bundle passed every check. It says:")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (tr("File"), info.path.name),
            (tr("Case"), f"{case.get('reference', '?')} — {case.get('title', '')}"),
            # A copy for partners or the public does not name who made it (an investigator's name is internal).
            (tr("Exported by"), str(manifest.get("exported_by", "")) or tr("not named in this copy")),
            (tr("Exported on"), utc_text(str(manifest.get("exported_at", "")))),
            (
                tr("Audience"),
                tr("{label}: {value}").format(label=audience_label(audience), value=audience_description(audience)),
            ),
            (tr("Encrypted"), tr("yes") if info.encrypted else tr("no")),
            (tr("Records"), contents_text(manifest)),
            (tr("Evidence files"), str(files)),
        ]
        self.values: dict[str, str] = {}
        for label, value in rows:
            shown = _note(in_layout_direction(value, self))  # beside its label, whatever its first letter
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(
                tr("{label}:").format(label=label), shown
            )  # the translation carries the colon ("{label} :" in French)
            self.values[label] = value
        self.body.addLayout(form)
        counts = manifest.get("record_counts") or {}
        if counts.get("witness_identities") or counts.get("victim_identities"):
            self.body.addWidget(_note(tr("This bundle holds identities of witnesses or victims."), WARNING_STYLE))
        self.body.addWidget(
            _note(
                tr(
                    "This store already has this case: the bundle is merged into it. A record changed in both "
                    "copies keeps both versions, as a conflict for you to resolve; nothing is overwritten."
                )
                if known_here
                else tr("This store does not have this case yet: it will be added.")
            )
        )

    @classmethod
    def ask(cls, info: bundles.BundleInfo, *, known_here: bool, parent: QWidget | None = None) -> bool:
        dialog = cls(info, known_here=known_here, parent=parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
