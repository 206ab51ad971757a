"""The action server: rasa-sdk's app, bound to the configured interface, plus the staff
notification dispatcher running in its event loop."""

from __future__ import annotations

import logging

from bot.settings import Settings

logger = logging.getLogger(__name__)


def create_action_app(settings: Settings):
    """rasa-sdk's Sanic app for the `actions` package, with the notification dispatcher."""
    from rasa_sdk.endpoint import create_app

    from bot.notifications import NotificationDispatcher

    app = create_app("actions", cors_origins=[])
    dispatcher = NotificationDispatcher.from_settings(settings)

    async def start_dispatcher(_app, _loop) -> None:
        dispatcher.start()

    async def stop_dispatcher(_app, _loop) -> None:
        await dispatcher.stop()

    app.register_listener(start_dispatcher, "after_server_start")
    app.register_listener(stop_dispatcher, "before_server_stop")
    return app


def run_action_server(settings: Settings) -> None:
    app = create_action_app(settings)
    logger.info("Action server on http://%s:%s", settings.bind_host, settings.action_port)
    app.run(
        host=settings.bind_host,
        port=settings.action_port,
        workers=1,
        access_log=False,
        motd=False,
    )
