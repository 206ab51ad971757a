"""Per-client rate limits for patient messages, and who a client is.

A client is the address a message came from (REST and socket.io: the peer, or the address
the reverse proxy on this machine put last in `X-Forwarded-For`) or, for Telegram and
WhatsApp, whose webhooks all come from the platform's servers, the chat itself. Loopback
clients with no forwarded address (this machine's own tools and tests) are not limited:
a proxy that forgets `X-Forwarded-For` would otherwise put every patient in one bucket.

The limit is a token bucket: `burst` messages at once, then `per_minute`. What happens to
a message over the limit is decided in `bot.channels.intake` (an emergency always goes
through). Imports only the standard library and `bot.settings`.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import ipaddress
import os
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from bot.settings import Settings

MAX_CLIENTS = 50_000  # buckets kept; the least recently seen client is forgotten first
SALT_FILE = "client_key.salt"


class Decision(enum.Enum):
    ALLOW = "allow"
    REFUSE = "refuse"  # over the limit: tell the client to slow down
    REFUSE_QUIETLY = "refuse_quietly"  # over the limit, and told so a moment ago


def client_address(peer: str | None, forwarded_for: str | None) -> str | None:
    """The client's address, or None for this machine itself (not limited).

    `X-Forwarded-For` is believed only from a loopback peer (a proxy on this machine), and
    only its last entry: the one that proxy added; earlier entries are the client's word.
    """
    peer = (peer or "").strip()
    if not _is_loopback(peer):
        return peer or None
    forwarded = [part.strip() for part in (forwarded_for or "").split(",") if part.strip()]
    if not forwarded or _is_loopback(forwarded[-1]):
        return None  # this machine, through its own proxy (the scale demo's tests)
    return forwarded[-1][:64]


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address in ("", "localhost")


class RateLimiter:
    """Token buckets per client key, bounded in number; safe to call from any thread."""

    def __init__(
        self,
        per_minute: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.enabled = per_minute > 0
        self.clock = clock
        self.max_clients = max_clients
        # key -> (tokens, last refill, told to slow down at)
        self._buckets: OrderedDict[str, tuple[float, float, float | None]] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        return cls(settings.rate_limit_per_minute, settings.rate_limit_burst)

    def check(self, key: str | None, cost: float = 1.0) -> Decision:
        """Takes `cost` tokens from `key`'s bucket (None: not limited).

        A message costs more the longer it is (`message_cost`): the work of reading it
        grows with its length, so a flood of long messages reaches its limit sooner.
        """
        if key is None or not self.enabled:
            return Decision.ALLOW
        cost = min(max(cost, 1.0), float(self.burst))
        now = self.clock()
        with self._lock:
            tokens, last, told = self._buckets.pop(key, (float(self.burst), now, None))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= cost:
                decision, tokens = Decision.ALLOW, tokens - cost
            elif told is not None and now - told < 60.0:
                decision = Decision.REFUSE_QUIETLY
            else:
                decision, told = Decision.REFUSE, now
            self._buckets[key] = (tokens, now, told)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return decision


def message_cost(text: object) -> float:
    """Tokens a message takes: 1 below 800 characters, then 1 more per 800 (a message at
    the 2,000-character cap, read as 2,500, takes 4 of the burst's 6)."""
    return 1.0 + (len(text) // 800 if isinstance(text, str) else 0)


class ClientKeys:
    """Pseudonymous client keys: an HMAC of the address with a salt kept in `VAR_DIR`.

    The key goes into the conversation's metadata so staff alerts can be grouped per
    client; the address itself is never stored. Replicas sharing `VAR_DIR` agree on keys.
    """

    def __init__(self, salt: Callable[[], bytes]) -> None:
        self._read_salt = salt
        self._salt: bytes | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> ClientKeys:
        return cls(lambda: _salt(settings.var_dir / SALT_FILE))

    def key(self, client: str) -> str:
        if self._salt is None:  # read on first use: nothing is written unless needed
            self._salt = self._read_salt()
        digest = hmac.new(self._salt, client.encode(), hashlib.sha256)
        return digest.hexdigest()[:20]


def _salt(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    salt = secrets.token_bytes(32)
    try:  # the first process to get here writes it; the others read what it wrote
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # the writer may not have written it yet
            if written := path.read_bytes():
                return written
            time.sleep(0.01)
        return salt
    with os.fdopen(descriptor, "wb") as file:
        file.write(salt)
    return salt
