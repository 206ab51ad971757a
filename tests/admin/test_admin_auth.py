"""Staff passwords, sign-in lock-out and session expiry."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.admin.auth import (
    MAX_FAILURES_PER_IP,
    MAX_FAILURES_PER_USER,
    LoginGuard,
    SessionStore,
    UserStore,
    hash_password,
    password_problems,
    verify_password,
)
from bot.storage.models import StaffSession

PASSWORD = "correct horse battery"


def test_passwords_are_salted_scrypt_hashes():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert PASSWORD not in first
    assert verify_password(PASSWORD, first)
    assert not verify_password("correct horse batterz", first)
    assert not verify_password(PASSWORD, "garbage")


@pytest.mark.parametrize("password", ["short", "aaaaaaaaaaaaaaa", "alice-the-admin-2030"])
def test_weak_passwords_are_refused(password):
    assert password_problems(password, "alice")


def test_accounts_need_a_valid_name_and_a_strong_password(database):
    users = UserStore(database)
    with pytest.raises(ValueError, match="at least 12"):
        users.add("alice", "admin", "test")
    with pytest.raises(ValueError, match="user names"):
        users.add("Alice Smith!", PASSWORD, "test")
    users.add("Alice", PASSWORD, "test")
    assert users.get("alice").username == "alice"
    with pytest.raises(ValueError, match="already exists"):
        users.add("alice", PASSWORD, "test")


def test_sign_in_locks_after_repeated_failures_even_with_the_right_password(database):
    UserStore(database).add("alice", PASSWORD, "test")
    guard = LoginGuard(database)
    for _ in range(MAX_FAILURES_PER_USER - 1):
        assert guard.sign_in("alice", "wrong password!", "10.0.0.1").locked_seconds == 0
    assert guard.sign_in("alice", "wrong password!", "10.0.0.1").locked_seconds > 0
    locked = guard.sign_in("alice", PASSWORD, "10.0.0.2")
    assert locked.user is None and 0 < locked.locked_seconds <= 15 * 60


def test_a_success_resets_the_failure_count(database):
    UserStore(database).add("alice", PASSWORD, "test")
    guard = LoginGuard(database)
    for _ in range(MAX_FAILURES_PER_USER - 1):
        guard.sign_in("alice", "wrong password!", "10.0.0.1")
    assert guard.sign_in("alice", PASSWORD, "10.0.0.1").user is not None
    assert guard.sign_in("alice", "wrong password!", "10.0.0.1").locked_seconds == 0


def test_one_address_guessing_many_accounts_is_locked_out(database):
    guard = LoginGuard(database)
    for number in range(MAX_FAILURES_PER_IP):
        guard.sign_in(f"user{number}", "wrong password!", "10.9.9.9")
    assert guard.locked_seconds("someone-else", "10.9.9.9") > 0
    assert guard.locked_seconds("someone-else", "10.0.0.1") == 0


def test_sessions_expire_when_idle_and_can_be_ended(database):
    user = UserStore(database).add("alice", PASSWORD, "test")
    sessions = SessionStore(database, idle_minutes=30)
    token, record = sessions.create(user, "127.0.0.1")
    assert sessions.lookup(token).id == record.id
    assert sessions.lookup("not-a-token") is None
    with database.session() as session:
        session.get(StaffSession, record.id).expires_at -= dt.timedelta(minutes=31)
    assert sessions.lookup(token) is None
    token, _ = sessions.create(user, "127.0.0.1")
    sessions.end(token)
    assert sessions.lookup(token) is None


def test_sessions_end_after_the_absolute_limit_however_active(database):
    user = UserStore(database).add("alice", PASSWORD, "test")
    sessions = SessionStore(database, idle_minutes=30)
    token, record = sessions.create(user, "127.0.0.1")
    with database.session() as session:
        session.get(StaffSession, record.id).absolute_expires_at = dt.datetime(2000, 1, 1)
    assert sessions.lookup(token) is None


def test_a_new_password_ends_existing_sessions(database):
    users = UserStore(database)
    user = users.add("alice", PASSWORD, "test")
    sessions = SessionStore(database, idle_minutes=30)
    token, _ = sessions.create(user, "127.0.0.1")
    users.set_password("alice", "another long passphrase")
    assert sessions.lookup(token) is None
