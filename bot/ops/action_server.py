"""The action server: rasa-sdk's app, bound to the configured interface, plus the staff
notification dispatcher and the spool replayer running in its event loop."""

from __future__ import annotations

import asyncio
import logging

from bot.common import log_redaction
from bot.settings import Settings

logger = logging.getLogger(__name__)


def create_action_app(settings: Settings):
    """rasa-sdk's Sanic app for the `actions` package, with the notification dispatcher."""
    from rasa_sdk.endpoint import create_app

    from bot.storage.notifications import NotificationDispatcher

    app = create_app("actions", cors_origins=[])
    # Remember each call's message and slot values, so no log line shows them.
    log_redaction.watch_action_requests(app)
    dispatcher = NotificationDispatcher.from_settings(settings)

    async def start_dispatcher(_app, _loop) -> None:
        dispatcher.start()

    async def stop_dispatcher(_app, _loop) -> None:
        await dispatcher.stop()

    app.register_listener(start_dispatcher, "after_server_start")
    app.register_listener(stop_dispatcher, "before_server_stop")
    _replay_spool(app, settings)
    return app


def _replay_spool(app, settings: Settings) -> None:
    """Writes escalations and callback requests kept while the clinic database was down
    (`bot.storage.spool`), in the background of the server's event loop."""
    from bot.storage.durable import DurableWrites

    replayer = DurableWrites.from_settings(settings).replayer(settings.spool_retry_seconds)
    tasks: list[asyncio.Task] = []

    async def start_replayer(_app, _loop) -> None:
        tasks.append(asyncio.get_running_loop().create_task(replayer.run_forever()))

    async def stop_replayer(_app, _loop) -> None:
        for task in tasks:
            task.cancel()

    app.register_listener(start_replayer, "after_server_start")
    app.register_listener(stop_replayer, "before_server_stop")


def run_action_server(settings: Settings) -> None:
    app = create_action_app(settings)
    # Never BIND_HOST: the action server has no authentication (ACTION_BIND_HOST).
    host = settings.action_bind_host
    logger.info("Action server on http://%s:%s", host, settings.action_port)
    app.run(
        host=host,
        port=settings.action_port,
        workers=1,
        access_log=False,
        motd=False,
    )
