"""Errors the services raise for the caller to show: a missing record, a bad argument."""

from __future__ import annotations

from hrdoc.domain.errors import UserError


class NotFound(UserError, LookupError):
    """The record, case or kind asked for does not exist. ``str(err)`` is the user-facing message."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"
