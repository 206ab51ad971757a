"""Alembic's entry point: runs the migrations on the connection `bot.storage.schema`
passes in (`config.attributes["connection"]`); there is no alembic.ini and no URL here."""

from __future__ import annotations

from alembic import context

from bot.storage.models import Base

connection = context.config.attributes["connection"]
# Batch mode lets SQLite alter tables (it copies the table), PostgreSQL alters in place.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
