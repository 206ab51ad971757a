"""Staff accounts, passwords, sessions and the lock-out after repeated failed sign-ins.

- Passwords are hashed with scrypt (standard library) and a random salt per account;
  there is no default account or password (`bot admin add-user` creates one).
- A session is a random token in an HttpOnly, SameSite=Strict cookie; the database keeps
  only its SHA-256. A session ends after `ADMIN_SESSION_MINUTES` without use and always
  after `SESSION_MAX_HOURS`. Each session has its own CSRF token.
- Sign-in is locked for `LOCKOUT_MINUTES` after `MAX_FAILURES_PER_USER` failures for one
  account, or `MAX_FAILURES_PER_IP` failures from one address, within that time.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from bot.storage.db import Database
from bot.storage.models import LoginAttempt, StaffRole, StaffSession, StaffUser, utcnow

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 12
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
# Roles a staff account can hold. Every signed-in account may edit FAQs and retrain;
# only a clinician may sign off an answer as clinically reviewed.
CLINICIAN = "clinician"
ROLES = frozenset({CLINICIAN})
SESSION_MAX_HOURS = 12
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_IP = 20
LOCKOUT_MINUTES = 15
# Checked against when the account does not exist, so timing does not reveal that.
_DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44


def hash_password(password: str) -> str:
    """A salted scrypt hash, self-describing: `scrypt$n$r$p$salt$hash` (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    encoded = [base64.b64encode(part).decode() for part in (salt, digest)]
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encoded[0]}${encoded[1]}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def password_problems(password: str, username: str) -> list[str]:
    """Why a new password is not acceptable; empty if it is."""
    found = []
    if len(password) < MIN_PASSWORD_LENGTH:
        found.append(f"use at least {MIN_PASSWORD_LENGTH} characters")
    if username and username.lower() in password.lower():
        found.append("the password may not contain the user name")
    if len(set(password)) < 4:
        found.append("the password is too repetitive")
    return found


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class UserStore:
    """Staff accounts."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def add(self, username: str, password: str, created_by: str) -> StaffUser:
        """Creates an account.

        Raises:
            ValueError: bad user name, weak password, or the account exists.
        """
        username = username.strip().lower()
        if not USERNAME.match(username):
            raise ValueError("user names are 2-63 lower-case letters, digits, '.', '_' or '-'")
        found = password_problems(password, username)
        if found:
            raise ValueError("; ".join(found))
        if self.get(username) is not None:
            raise ValueError(f"the account {username} already exists")
        user = StaffUser(
            username=username, password_hash=hash_password(password), created_by=created_by
        )
        with self.database.session() as session:
            session.add(user)
        return user

    def set_password(self, username: str, password: str) -> None:
        """Replaces an account's password and ends its sessions.

        Raises:
            ValueError: no such account, or a weak password.
        """
        found = password_problems(password, username)
        if found:
            raise ValueError("; ".join(found))
        with self.database.session() as session:
            user = session.execute(
                select(StaffUser).where(StaffUser.username == username)
            ).scalar_one_or_none()
            if user is None:
                raise ValueError(f"no account {username}")
            user.password_hash = hash_password(password)
            user.disabled = False
            session.execute(delete(StaffSession).where(StaffSession.user_id == user.id))

    def get(self, username: str) -> StaffUser | None:
        with self.database.session() as session:
            return session.execute(
                select(StaffUser).where(StaffUser.username == username.strip().lower())
            ).scalar_one_or_none()

    def all(self) -> list[StaffUser]:
        with self.database.session() as session:
            return list(session.execute(select(StaffUser).order_by(StaffUser.username)).scalars())

    def roles(self, username: str) -> set[str]:
        with self.database.session() as session:
            found = session.execute(
                select(StaffRole.role).where(StaffRole.username == username.strip().lower())
            ).scalars()
            return set(found)

    def has_role(self, username: str, role: str) -> bool:
        return role in self.roles(username)

    def grant(self, username: str, role: str, granted_by: str) -> bool:
        """Gives an account a role; False if it had it already.

        Raises:
            ValueError: no such account or no such role.
        """
        username = username.strip().lower()
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; roles: {', '.join(sorted(ROLES))}")
        if self.get(username) is None:
            raise ValueError(f"no account {username}")
        if self.has_role(username, role):
            return False
        with self.database.session() as session:
            session.add(StaffRole(username=username, role=role, granted_by=granted_by))
        return True

    def revoke(self, username: str, role: str) -> bool:
        """Takes a role away; False if the account did not have it."""
        with self.database.session() as session:
            result = session.execute(
                delete(StaffRole).where(
                    StaffRole.username == username.strip().lower(), StaffRole.role == role
                )
            )
            return bool(result.rowcount)

    def count(self) -> int:
        with self.database.session() as session:
            return session.execute(select(func.count(StaffUser.id))).scalar_one()


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in attempt."""

    user: StaffUser | None
    locked_seconds: int = 0


class LoginGuard:
    """Checks passwords and locks sign-in after repeated failures."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.users = UserStore(database)

    def locked_seconds(self, username: str, ip: str) -> int:
        """How long sign-in stays locked for this account or address (0: not locked)."""
        now = utcnow()
        window = now - dt.timedelta(minutes=LOCKOUT_MINUTES)
        waits = [
            self._wait(LoginAttempt.username == username, MAX_FAILURES_PER_USER, window, now),
            self._wait(LoginAttempt.ip == ip, MAX_FAILURES_PER_IP, window, now),
        ]
        return max(waits)

    def _wait(self, who, limit: int, window: dt.datetime, now: dt.datetime) -> int:
        with self.database.session() as session:
            last_success = session.execute(
                select(func.max(LoginAttempt.at)).where(who, LoginAttempt.succeeded.is_(True))
            ).scalar_one_or_none()
            since = max(window, last_success) if last_success else window
            failures = list(
                session.execute(
                    select(LoginAttempt.at)
                    .where(who, LoginAttempt.succeeded.is_(False), LoginAttempt.at > since)
                    .order_by(LoginAttempt.at.desc())
                    .limit(limit)
                ).scalars()
            )
        if len(failures) < limit:
            return 0
        until = failures[-1] + dt.timedelta(minutes=LOCKOUT_MINUTES)
        return max(1, int((until - now).total_seconds()))

    def sign_in(self, username: str, password: str, ip: str) -> SignIn:
        """Checks the password unless sign-in is locked; records the attempt."""
        username = username.strip().lower()[:64]
        locked = self.locked_seconds(username, ip)
        if locked:
            return SignIn(None, locked)
        user = self.users.get(username) if username else None
        valid = verify_password(password, user.password_hash if user else _DUMMY_HASH)
        succeeded = bool(user and valid and not user.disabled)
        with self.database.session() as session:
            session.add(LoginAttempt(username=username, ip=ip, succeeded=succeeded))
            if succeeded and user is not None:
                session.get(StaffUser, user.id).last_login_at = utcnow()
        if not succeeded:
            return SignIn(None, self.locked_seconds(username, ip))
        return SignIn(user)


class SessionStore:
    """Console sessions: random tokens whose hashes are kept, with idle and total expiry."""

    def __init__(self, database: Database, idle_minutes: int) -> None:
        self.database = database
        self.idle = dt.timedelta(minutes=idle_minutes)

    def create(self, user: StaffUser, ip: str) -> tuple[str, StaffSession]:
        """A new session for `user`; returns the token for the cookie and the record."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        record = StaffSession(
            token_hash=token_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            expires_at=now + self.idle,
            absolute_expires_at=now + dt.timedelta(hours=SESSION_MAX_HOURS),
            ip=ip[:64],
        )
        with self.database.session() as session:
            session.add(record)
        return token, record

    def lookup(self, token: str | None) -> StaffSession | None:
        """The live session for a cookie token; using it moves the idle expiry on."""
        if not token or len(token) > 200:
            return None
        now = utcnow()
        with self.database.session() as session:
            record = session.execute(
                select(StaffSession).where(StaffSession.token_hash == token_hash(token))
            ).scalar_one_or_none()
            if record is None or record.ended_at is not None:
                return None
            if now >= record.expires_at or now >= record.absolute_expires_at:
                record.ended_at = now
                return None
            if record.user is None or record.user.disabled:
                return None
            if (now - record.last_seen_at).total_seconds() >= 30:
                record.last_seen_at = now
                record.expires_at = min(now + self.idle, record.absolute_expires_at)
            return record

    def end(self, token: str | None) -> None:
        if not token:
            return
        with self.database.session() as session:
            record = session.execute(
                select(StaffSession).where(StaffSession.token_hash == token_hash(token))
            ).scalar_one_or_none()
            if record is not None and record.ended_at is None:
                record.ended_at = utcnow()
