"""What the export, import and sync flows share: remembered places, audience wording, and the lines that
report what a merge or a sync did.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QLineEdit,
)

from hrdoc.domain.errors import UserError
from hrdoc.domain.marks import N_
from hrdoc.gui.errors_text import said
from hrdoc.gui.forms.specs import kind_name, moment_text
from hrdoc.gui.i18n import tr
from hrdoc.gui.settings import Setting
from hrdoc.services.exchange.merge import MergeReport
from hrdoc.services.exchange.sync import SyncReport

# Remembered between sessions: where the team store is (a URL without its password, or a file) and the
# folder bundles were last saved to or opened from. Never a passphrase.
TEAM_STORE = Setting("transfer/team_store", "")
BUNDLE_FOLDER = Setting("transfer/bundle_folder", "")

BUNDLE_SUFFIX = ".hrdoc"
# Errors the services raise for the user (their messages say what is wrong); anything else is a bug.
USER_ERRORS = (UserError, OSError)  # what a dialog tells the user in a sentence; the rest is a bug


def utc_text(iso: str) -> str:
    """A UTC moment (a manifest's or a conflict's ISO text) as the interface's language writes it, to the minute:
    "3 déc. 2026 19:05 UTC" (:func:`~hrdoc.gui.forms.specs.moment_text`); as written if it is not one."""
    try:
        dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return f"{moment_text(iso, seconds=False)} UTC"


def audience_label(audience: str) -> str:
    return {"public": tr("Public"), "partners": tr("Partners"), "internal": tr("Internal")}.get(audience, audience)


def audience_description(audience: str) -> str:
    """One line saying what a bundle for ``audience`` carries (docs/bundle-format.md has the rules)."""
    return {
        "public": tr("Only records marked public, without working notes; evidence files are described, not included."),
        "partners": tr(
            "Public and restricted records with their evidence files; accounts only where the witness agreed "
            "to sharing with partners. No identities, no working notes."
        ),
        "internal": tr(
            "Everything, to move the case to a colleague: every record, working notes, logs and evidence files."
        ),
    }.get(audience, "")


IDENTITIES_WARNING = N_(  # marked: lupdate reads only literal texts, and this one is handed to tr() by name
    "It holds the legal names, contacts and residences of witnesses and victims: encrypt it and hand it only "
    "to your own team."
)


def identities_warning() -> str:
    return tr(IDENTITIES_WARNING)


def without_password(location: str) -> str:
    """A team store's URL as it may be remembered: its password (if one was typed in it) left out."""
    if "://" not in location:
        return location
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(location)
    except (ArgumentError, ValueError):
        # ValueError: a port that is not a number. Not a URL after all; keep nothing of it that could be a password.
        return ""
    # URL is a named tuple: _replace is its public way to drop a field (set() ignores None).
    kept = url.difference_update_query([k for k in url.query if k.lower() == "password"])._replace(password=None)
    return kept.render_as_string(hide_password=False)


def merge_lines(report: MergeReport) -> list[str]:
    """What a merge did, in the user's language (the headline above it names the case)."""

    number = QLocale().toString

    def counted(by_kind: dict[str, int]) -> str:
        total = number(sum(by_kind.values()))
        if not by_kind:
            return total
        each = tr(", ").join(f"{number(n)} × {kind_name(kind)}" for kind, n in sorted(by_kind.items()))
        return f"{total} ({each})"

    lines = [
        tr("Records added: {records}").format(records=counted(report.added)),
        tr("Records updated: {records}").format(records=counted(report.updated)),
        tr("Unchanged: {unchanged}; newer here, kept: {kept}; deleted: {deleted}").format(
            unchanged=number(report.unchanged), kept=number(report.kept_local), deleted=number(report.deleted)
        ),
        tr("Account versions added: {versions}; evidence files added: {files}").format(
            versions=number(report.account_versions_added), files=number(report.files_added)
        ),
        tr("Audit log entries added: {audit_entries}; custody log entries added: {custody_entries}").format(
            audit_entries=number(report.audit_entries_added), custody_entries=number(report.custody_entries_added)
        ),
    ]
    if report.conflicts:
        lines.append(
            tr("Conflicts (changed on both sides, both versions kept): {count}").format(count=number(report.conflicts))
        )
    return lines


def sync_lines(report: SyncReport) -> list[str]:
    """What a sync did both ways, in the user's language."""
    lines = [tr("From the team store, into this store:")]
    if report.pulled is None:
        lines.append("  " + tr("nothing: the team store did not have this case yet"))
    else:
        lines += ["  " + line for line in merge_lines(report.pulled)]
    lines.append(tr("From this store, into the team store:"))
    lines += ["  " + line for line in merge_lines(report.pushed)]
    if report.accepted_team_log is not None:
        lines.append(
            tr(
                "Took the team store's audit log as it is now (recorded in this store's audit log), although {problem}."
            ).format(problem=said(report.accepted_team_log))  # the team log check's words
        )
    return lines


def passphrase_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
