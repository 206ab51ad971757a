"""The clinic database and everything written to it.

Owns the tables (`models`), engines and sessions (`db`), the schema's Alembic migrations
(`schema`, `migrations/`), escalations, the notification outbox,
review items and their grouping, the audit trail, the local spool that keeps writes
while the database is down (`spool`, `durable`) and retention: the purge and "forget
this patient" (`privacy`). May import: `bot.safety.verdict`, `bot.common`,
`bot.settings`, SQLAlchemy and Alembic; nothing here imports Rasa.
"""
