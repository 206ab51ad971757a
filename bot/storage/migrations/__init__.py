"""Alembic migrations of the clinic database (`env.py`, `versions/`); run by
`bot.storage.schema.migrate`, never by hand-written SQL elsewhere."""
