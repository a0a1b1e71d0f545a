"""Preferences as one typed registry over QSettings (window state is kept apart, under "window/")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T")  # str, int or bool


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, settings: QSettings | None = None) -> T:
        value: Any = (settings or QSettings()).value(self.key, self.default)
        try:
            if isinstance(self.default, bool):
                return cast(T, value if isinstance(value, bool) else str(value).lower() in ("true", "1"))
            if isinstance(self.default, int):
                return cast(T, int(value))
            return cast(T, str(value))
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)


# Who is working: empty until the first run asks (never the computer's login name, which is often "root" or a
# shared account, and would be written into the audit log and the chain of custody as if it were a person).
INVESTIGATOR = Setting("preferences/investigator", "")
AUTOLOCK_MINUTES = Setting("preferences/autolock_minutes", 10)
# The interface's language ("en", "fr", "ar"); empty until one is chosen: the system's (hrdoc.gui.i18n).
LANGUAGE = Setting("preferences/language", "")
ORGANISATION = Setting("preferences/organisation", "")

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
