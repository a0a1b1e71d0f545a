"""What the evidence page's parts share: errors the investigator can act on, and how sizes, times, hashes,
chain-of-custody entries and captures are written for people."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from hrdoc.domain.enums import CustodyAction, label
from hrdoc.domain.errors import UserError
from hrdoc.domain.marks import N_
from hrdoc.gui import colours
from hrdoc.gui.errors_text import said
from hrdoc.gui.forms.specs import moment_text
from hrdoc.gui.i18n import number_text, tr
from hrdoc.services.evidence.sniff import describe_mime

# What the investigator can act on; anything else is a bug.
USER_ERRORS = (UserError, OSError)  # what a dialog tells the user in a sentence; the rest is a bug
CAPTURE_TIMEOUT = 30.0


# A file's size in each unit, "{size}" its number as the interface's language writes it ("1,5 Mo").
_UNITS = (N_("{size} bytes"), N_("{size} KB"), N_("{size} MB"), N_("{size} GB"))


def human_size(size: int | None) -> str:
    """A file's size in words: "11 bytes", "1.5 MB" ("11 octets", "1,5 Mo")."""
    if size is None:
        return ""
    value = float(size)
    for unit in _UNITS:
        if value < 1024 or unit == _UNITS[-1]:
            return tr(unit).format(size=number_text(int(value)) if unit == _UNITS[0] else number_text(value, 1))
        value /= 1024
    return tr(_UNITS[0]).format(size=number_text(size))


def mime_text(mime: str) -> str:
    """What kind of file a media type is, in words ("JPEG image", "image JPEG")."""
    return said(describe_mime(mime))


def utc_text(value: Any, *, seconds: bool = False) -> str:
    """A stored time (ISO text or datetime, UTC) as "2025-03-14 09:26 UTC"."""
    if not value:
        return ""
    if isinstance(value, str):
        text = value
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    if isinstance(value, dt.datetime):
        moment = value.astimezone(dt.UTC) if value.tzinfo else value
        return f"{moment_text(moment, seconds=seconds)} UTC"  # "14 mars 2025 09:26 UTC"
    return str(value)


def short_hash(sha: str | None) -> str:
    return f"{sha[:12]}…" if sha else ""


def custody_action_text(action: str) -> str:
    """What happened to an evidence item, in the words its value is declared with ("Entered the vault")."""
    return tr(label(action, CustodyAction))


def custody_details_text(action: str, details: dict[str, Any]) -> str:
    """The details of one custody entry in words."""
    from hrdoc.gui.exchange.common import audience_label  # the exchange dialogs' words for an audience

    if not details:
        return ""
    audience = audience_label(str(details.get("audience", "?"))).lower()
    if action == "export":
        text = tr("for the {audience} audience; copy SHA-256 {sha256}").format(
            audience=audience, sha256=short_hash(details.get("copy_sha256"))
        )
        removed = details.get("removed") or []
        if removed:
            text += "; " + tr("removed: {removed}").format(removed=", ".join(str(r) for r in removed))
        return text
    if action == "remove":
        return tr("reason: {reason}").format(reason=details.get("reason", ""))
    if action == "copy":
        return tr("copy SHA-256 {sha256}: {note}").format(
            sha256=short_hash(details.get("copy_sha256")), note=details.get("alteration_note", "")
        )
    if action == "derived":
        return tr("altered: {note}").format(note=details.get("alteration_note", ""))
    if action == "view":
        return tr("decrypted in memory for a preview")
    if action in ("intake", "capture"):
        return tr("{name}, {size}").format(
            name=details.get("original_filename", ""), size=human_size(details.get("size"))
        )
    if action == "transfer_out":
        return tr("in the bundle {bundle}, for the {audience} audience").format(
            bundle=details.get("bundle", ""), audience=audience
        )
    if action == "transfer_in":
        return tr("from the bundle {bundle}").format(bundle=details.get("bundle", ""))
    return "; ".join(f"{key.replace('_', ' ')}: {value}" for key, value in details.items())


def capture_lines(capture: dict[str, Any]) -> list[tuple[str, str]]:
    """The facts of a capture (made here or imported), as (label, value) lines."""
    lines: list[tuple[str, str]] = []
    if capture.get("captured_elsewhere"):
        lines.append((tr("Made"), tr("elsewhere, then imported")))
        lines.append((tr("Address"), str(capture.get("url") or "")))
        when = capture.get("captured_at")
        lines.append((tr("Captured"), utc_text(when) if when and when != "unknown" else tr("unknown")))
        for key, label in (("captured_by", tr("Captured by")), ("tool", tr("With")), ("format", tr("Format"))):
            if capture.get(key):
                lines.append((label, str(capture[key])))
        if capture.get("note"):
            lines.append((tr("Note"), str(capture["note"])))
        return lines
    lines.append((tr("Requested"), str(capture.get("requested_url") or "")))
    if capture.get("final_url") != capture.get("requested_url"):
        lines.append((tr("Final address"), str(capture.get("final_url") or "")))
    lines.append((tr("Status"), f"HTTP {capture.get('status')} {capture.get('reason') or ''}".strip()))
    hops = capture.get("hops") or []
    if len(hops) > 1:
        lines.append((tr("Redirects"), " → ".join(f"{h.get('status')} {h.get('url')}" for h in hops)))
    lines.append((tr("Captured"), utc_text(capture.get("captured_at"), seconds=True)))
    lines.append((tr("With"), str(capture.get("tool") or "")))
    for name, part in (capture.get("parts") or {}).items():
        size = human_size(part.get("size"))
        lines.append((tr("Part"), f"{name}: {part.get('mime', '')}, {size}, SHA-256 {part.get('sha256')}"))
    for note in capture.get("notes") or []:
        lines.append((tr("Note"), str(note)))
    return lines


def heading_html(text: str) -> str:
    return f"<p style='margin-top: 6px; margin-bottom: 2px'><b>{html.escape(text)}</b></p>"


def table_html(lines: list[tuple[str, str]]) -> str:
    """Labels and their values, the labels first in the layout's direction (on the right in Arabic: Qt's rich
    text does not mirror a table by itself, hrdoc.gui.shortcuts.in_columns)."""
    from hrdoc.gui.shortcuts import in_columns, right_to_left, table_start

    esc = html.escape
    quiet = colours.secondary().name()  # labels quieter than their values, still readable
    gap = "padding-left" if right_to_left() else "padding-right"
    rows = [
        "<tr>"
        + "".join(
            in_columns(
                [
                    f"<td style='{gap}: 10px; color: {quiet}' valign='top'>{esc(label)}</td>",
                    f"<td>{esc(str(value))}</td>",
                ]
            )
        )
        + "</tr>"
        for label, value in lines
        if value not in (None, "")
    ]
    return table_start("cellspacing='0' cellpadding='1'") + "".join(rows) + "</table>"


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def parse_utc(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
