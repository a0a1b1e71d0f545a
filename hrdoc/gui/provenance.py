"""Where an audit or custody entry was first written, and when it arrived here, as the app shows them.

An entry merged from another store (a bundle, the team store) keeps when and by whom it happened there: the
tables show that as its time and person, and beside them which store wrote it first and when it arrived in
this one (services.audit.provenance). An entry written here says "this store" and has no arrival.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hrdoc.gui.forms.specs import moment_text
from hrdoc.gui.i18n import tr
from hrdoc.services import audit


def _utc(moment: dt.datetime) -> str:
    """A moment in UTC as the interface's language writes it ("27 mars 2022 14:03:05")."""
    return moment_text(moment)


def _moment(at: dt.datetime | str | None) -> dt.datetime | None:
    """An entry's stored time, as a datetime (a row of the workspace's data holds it as ISO text)."""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    return at


def when_text(at: dt.datetime | str, details: dict[str, Any] | None) -> str:
    """When the entry's event happened (UTC), where it was first written."""
    moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00")) if isinstance(at, str) else at
    return _utc(audit.happened_at(moment, details))


def where_text(details: dict[str, Any] | None) -> str:
    """The store that first wrote the entry: "this store", or its name and the start of its id."""
    came = audit.provenance(details)
    if came is None:
        return tr("this store")
    return came.where if came.store_name else tr("another store ({store})").format(store=came.store[:8])


def arrived_text(details: dict[str, Any] | None, at: dt.datetime | str | None = None) -> str:
    """When an entry from another store arrived here (UTC), "" for one written here."""
    came = audit.provenance(details, _moment(at))
    if came is None:
        return ""
    return _utc(came.arrived_at) if came.arrived_at is not None else tr("not recorded")


def arrival_tooltip(details: dict[str, Any] | None, at: dt.datetime | str | None = None) -> str:
    """The whole way of an entry from another store, in words, for a tooltip."""
    came = audit.provenance(details, _moment(at))
    if came is None:
        return tr("Written in this store")
    text = tr("First written in {where}").format(where=came.where)
    if came.arrived_at is not None:
        text += "; " + tr("arrived here {time} UTC").format(time=_utc(came.arrived_at))
    if came.via:
        text += " " + tr("from {origin}").format(origin=came.via)
    return text
