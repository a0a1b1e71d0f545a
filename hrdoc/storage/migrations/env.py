"""Alembic environment: always run on a connection handed over by :mod:`hrdoc.storage.migrate`."""

from __future__ import annotations

from alembic import context

from hrdoc.storage import models  # noqa: F401  (registers every table on Base.metadata)
from hrdoc.storage.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hrdoc migrations run only through hrdoc.storage.migrate, with an open connection")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The full-text index tables are made by raw SQL (SQLite only); autogenerate must leave them alone."""
    return not (type_ == "table" and name is not None and name.startswith("search_"))


context.configure(
    connection=connection,
    include_name=include_name,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
