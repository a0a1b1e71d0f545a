"""Where a store is: a local SQLite file, or a team store's ``postgresql://`` URL.

Kept apart from the engine (:mod:`hrdoc.storage.engine`, which re-exports it) and free of SQLAlchemy for a
local file, so that the app can name the store in its unlock dialog before the database libraries are loaded:
only a URL needs SQLAlchemy's URL parser.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from hrdoc.domain.marks import N_
from hrdoc.storage.errors import StoreError


def default_store_path() -> Path:
    """Where the investigator's store lives unless ``--db`` says otherwise."""
    import platformdirs  # with tempfile and random: only when no store is named (every command imports this module)

    return Path(platformdirs.user_data_dir("hrdoc", appauthor=False)) / "hrdoc.db"


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """Where a store is: a local SQLite file (``path``) or a server (``url``)."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, db: str | os.PathLike[str] | None) -> StoreLocation:
        if db is None or str(db) == "":
            return cls(path=default_store_path())
        text = str(db)
        if "://" in text:
            from sqlalchemy.engine import make_url
            from sqlalchemy.exc import ArgumentError

            from hrdoc.storage.engine_team import PG_DRIVERS

            try:
                url = make_url(text)
            except (ArgumentError, ValueError):
                # The URL parser's messages would repeat the URL, password included.
                raise StoreError(N_("{url} is not a valid store URL"), url=_without_password(text)) from None
            if url.drivername not in PG_DRIVERS:
                raise StoreError(
                    N_("unsupported store URL scheme {drivername}: use a file path or postgresql://"),
                    drivername=repr(url.drivername),
                ) from None
            return cls(url=text)
        return cls(path=Path(text).expanduser().absolute())

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        """The store's path or URL as it may be shown and logged: never with a password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url or "").render_as_string(hide_password=True)

    def server(self) -> str:
        """``host:port`` of a team store's server, as libpq will resolve it (URL, then PGHOST/PGPORT)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.url or "")
        host = url.host or os.environ.get("PGHOST") or "localhost"
        port = url.port or os.environ.get("PGPORT") or 5432
        return f"{host}:{port}"


def _without_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", text)
