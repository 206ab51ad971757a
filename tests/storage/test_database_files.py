"""SQLite database files hold patient data: private to the assistant's user."""

from __future__ import annotations

import stat

from sqlalchemy import text

from bot.storage.db import Database, private_sqlite_file


def test_database_files_are_created_private_and_old_ones_narrowed(tmp_path):
    var = tmp_path / "var"
    database = Database(f"sqlite:///{var / 'clinic.db'}")
    with database.session() as session:
        session.execute(text("CREATE TABLE t (x TEXT)"))
    database.dispose()
    assert stat.S_IMODE(var.stat().st_mode) == 0o700
    for path in var.iterdir():  # the database and its WAL files
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    old = tmp_path / "old.db"
    old.write_bytes(b"")
    old.chmod(0o644)
    private_sqlite_file(old)
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
