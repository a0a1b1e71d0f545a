"""hrdoc: an offline desktop case manager for human-rights investigators."""

__version__ = "0.1.0"
# The application's identifier on a desktop: its entry's and icon's names, and its windows' class
# (hrdoc.services.desktop_entry writes the entry; the app sets QGuiApplication.desktopFileName to it).
APP_ID = "hrdoc"
