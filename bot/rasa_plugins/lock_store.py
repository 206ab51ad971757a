"""Rasa's Redis lock store with leases, for Rasa servers that may die (`LOCK_STORE_URL`).

Rasa takes a ticket from the conversation's lock in Redis before it handles a message,
so the servers sharing that Redis handle a conversation's messages one at a time, in
order. Rasa 3.6's `RedisLockStore` goes wrong when a server dies or a message waits:

- a ticket lives a fixed TICKET_LOCK_LIFETIME (60 s) from when it was issued. A server
  killed while handling a message leaves its ticket behind, and the conversation's next
  message (nginx's retry of the same one) waits for it to run out: 60 s, as long as
  Sanic lets a request run, so the patient gets an empty reply and the message is lost;
- a message whose own ticket runs out while it waits is never served;
- a ticket is issued by reading, changing and writing the lock in three commands, so two
  servers issuing at the same moment can hand out the same ticket.

Here a ticket is a lease: it lives `lease_seconds` (10 s) and the server that holds it
renews it every 2 s for as long as the message waits or is handled. Only a dead (or
stuck) server's ticket runs out, within 10 s. Every change to a lock is one Redis
transaction (WATCH/MULTI). Configured as
`lock_store: type: bot.rasa_plugins.lock_store.LeasedRedisLockStore` with the settings of Rasa's
`redis` lock store (bot/modelops/runtime_config.py renders it from LOCK_STORE_URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

LEASE_SECONDS = 10.0
# How often a waiting message checks whether its turn has come.
WAIT_SECONDS = 0.2

T = TypeVar("T")


class LeasedRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store whose tickets are leases renewed by the living."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        lease_seconds: float = LEASE_SECONDS,
        **kwargs: Any,
    ) -> None:
        if endpoint_config is not None:  # Rasa passes the `lock_store:` endpoint
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
            lease_seconds = float(kwargs.pop("lease_seconds", lease_seconds))
        super().__init__(**kwargs)
        self.lease_seconds = lease_seconds

    # --- atomic changes ---------------------------------------------------------------

    def _change(self, conversation_id: str, change: Callable[[TicketLock], T]) -> T:
        """Applies `change` to the conversation's lock in one Redis transaction.

        The lock is saved to expire with its last ticket, or deleted when it has none.
        """
        import redis

        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = (
                        TicketLock.from_dict(json.loads(raw))
                        if raw
                        else self.create_lock(conversation_id)
                    )
                    result = change(lock)
                    lock.remove_expired_tickets()
                    pipe.multi()
                    if lock.tickets:
                        last = max(ticket.expires for ticket in lock.tickets)
                        milliseconds = max(1, int((last - time.time()) * 1000))
                        pipe.set(key, lock.dumps(), px=milliseconds)
                    else:
                        pipe.delete(key)
                    pipe.execute()
                    return result
                except redis.WatchError:  # another server changed it meanwhile: again
                    continue

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Queues a new ticket (a lease, whatever `lock_lifetime` says); returns its number."""
        try:
            return self._change(conversation_id, lambda lock: lock.issue_ticket(self.lease_seconds))
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def renew(self, conversation_id: str, ticket: int) -> bool:
        """Extends ticket `ticket`'s lease; False if it has run out already."""

        def extend(lock: TicketLock) -> bool:
            found = lock._ticket_for_ticket_number(ticket)
            if found is None:
                return False
            found.expires = time.time() + self.lease_seconds
            return True

        return self._change(conversation_id, extend)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Removes the ticket; the lock goes when no other ticket is left."""
        self._change(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    # --- waiting and holding -----------------------------------------------------------

    @contextlib.asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = WAIT_SECONDS,
    ) -> AsyncIterator[TicketLock]:
        """Holds the conversation's lock, renewing the lease until the message is done."""
        ticket = [self.issue_ticket(conversation_id)]
        renewer = asyncio.create_task(self._keep_renewing(conversation_id, ticket))
        try:
            yield await self._wait_for_turn(
                conversation_id, ticket, min(wait_time_in_seconds, WAIT_SECONDS)
            )
        finally:
            renewer.cancel()
            self.cleanup(conversation_id, ticket[0])

    async def _wait_for_turn(
        self, conversation_id: str, ticket: list[int], wait_seconds: float
    ) -> TicketLock:
        while True:
            lock = self.get_lock(conversation_id)
            if lock is None or lock._ticket_for_ticket_number(ticket[0]) is None:
                # Our lease ran out (the event loop stalled longer than a lease): queue again.
                logger.warning("A conversation's lock ticket ran out while waiting; re-queued.")
                ticket[0] = self.issue_ticket(conversation_id)
                continue
            if not lock.is_locked(ticket[0]):
                return lock
            await asyncio.sleep(wait_seconds)

    async def _keep_renewing(self, conversation_id: str, ticket: list[int]) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 5)
            try:
                if not self.renew(conversation_id, ticket[0]):
                    logger.warning("A conversation's lock ticket ran out before renewal.")
            except Exception:  # Redis unreachable for a moment: try again next time
                logger.exception("Could not renew a conversation's lock ticket.")
