"""Alembic environment: always run on a connection handed over by :mod:`hrdoc.storage.migrate`."""

from __future__ import annotations

from alembic import context

from hrdoc.storage import models  # noqa: F401  (registers every table on Base.metadata)
from hrdoc.storage.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hrdoc migrations run only through hrdoc.storage.migrate, with an open connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
