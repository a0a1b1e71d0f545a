"""hrdoc: an offline desktop case manager for human-rights investigators."""

__version__ = "0.1.0"
