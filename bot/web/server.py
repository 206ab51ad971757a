"""The chat widget and a demo clinic page, served by `python -m bot web` (aiohttp).

- `/widget.js`: the whole widget in one file, so a clinic embeds it with one script tag.
  It is `static/widget.js` wrapped in a function with the Socket.IO client from
  node_modules (`npm ci`), the settings it needs and `static/widget.css`; nothing is
  loaded from a CDN and no global other than the widget's element is created.
- `/`: a demo clinic page that embeds the widget, with a strict Content-Security-Policy.
- `/health`: for the launcher.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import string
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.settings import PROJECT_ROOT, Settings

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
DEMO_TEMPLATE = HERE / "templates" / "demo.html"
SOCKET_IO_CLIENT = PROJECT_ROOT / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
DEFAULT_COLOURS = {"primary": "#0b5f66", "onPrimary": "#ffffff"}


def _colour(value: str, name: str, default: str) -> str:
    if COLOUR.fullmatch(value.strip()):
        return value.strip()
    logger.warning("%s=%r is not a #rgb or #rrggbb colour; using %s.", name, value, default)
    return default


def widget_config(settings: Settings) -> dict[str, Any]:
    """What the widget needs to know, from settings."""
    variables = settings.response_variables
    greeting = settings.widget_greeting
    for name, value in variables.items():
        greeting = greeting.replace("{" + name + "}", value)
    return {
        "socketUrl": settings.assistant_url,
        "socketPath": urlsplit(settings.assistant_url).path.rstrip("/") + "/socket.io/",
        "clinicName": settings.clinic_name,
        "greeting": greeting,
        "emergencyNumber": settings.emergency_number,
        "colors": {
            "primary": _colour(settings.widget_color, "WIDGET_COLOR", DEFAULT_COLOURS["primary"]),
            "onPrimary": _colour(
                settings.widget_text_color, "WIDGET_TEXT_COLOR", DEFAULT_COLOURS["onPrimary"]
            ),
        },
        "storageKey": "clinic-chat",
    }


def widget_bundle(settings: Settings, socket_io_client: Path = SOCKET_IO_CLIENT) -> str | None:
    """The widget as one script, or None when the Socket.IO client is not installed."""
    if not socket_io_client.is_file():
        return None
    client = socket_io_client.read_text(encoding="utf-8")
    client = re.sub(r"//# sourceMappingURL=\S+\s*$", "", client)
    return "\n".join(
        [
            "/*! Clinic chat widget. Bundles the Socket.IO client (MIT licence). */",
            "(function () {",
            # The client's UMD wrapper exports into this `module`, not into a global.
            "var module = { exports: {} }, exports = module.exports;",
            client,
            ";",
            "var io = module.exports;",
            f"var CONFIG = {json.dumps(widget_config(settings))};",
            f"var CSS = {json.dumps((STATIC / 'widget.css').read_text(encoding='utf-8'))};",
            (STATIC / "widget.js").read_text(encoding="utf-8"),
            "})();",
            "",
        ]
    )


def _origin(url: str, websocket: bool = False) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme
    if websocket:
        scheme = {"https": "wss", "http": "ws"}.get(scheme, scheme)
    return f"{scheme}://{parts.netloc}"


def demo_page(settings: Settings, widget_src: str) -> str:
    """The demo clinic page, every value HTML-escaped."""
    snippet = f'<script src="{widget_src}" defer></script>'
    values = {
        "clinic_name": settings.clinic_name,
        "clinic_phone": settings.clinic_phone,
        "emergency_number": settings.emergency_number,
        "widget_src": widget_src,
        "embed_snippet": snippet,
    }
    template = string.Template(DEMO_TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute({key: html.escape(value) for key, value in values.items()})


def content_security_policy(settings: Settings) -> str:
    """A strict policy for the demo page: the widget needs only the assistant's address."""
    assistant = settings.assistant_url
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' https: data:",
            f"connect-src {_origin(assistant)} {_origin(assistant, websocket=True)}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


def create_app(settings: Settings) -> web.Application:
    """The web app; the widget is built once, at start."""
    bundle = widget_bundle(settings)
    if bundle is None:
        logger.error(
            "The chat widget is unavailable: %s is missing. Run `make install` (npm ci).",
            SOCKET_IO_CLIENT.relative_to(PROJECT_ROOT),
        )
    bundle_etag = f'"{hashlib.sha256((bundle or "").encode()).hexdigest()[:32]}"'
    security_headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}

    async def widget(request: web.Request) -> web.Response:
        headers = {**security_headers, "Cache-Control": "no-cache", "ETag": bundle_etag}
        if bundle is None:
            return web.Response(
                status=503,
                text='console.error("Clinic chat widget: the Socket.IO client is not installed");',
                content_type="application/javascript",
                headers=security_headers,
            )
        if request.headers.get("If-None-Match") == bundle_etag:
            return web.Response(status=304, headers=headers)
        return web.Response(text=bundle, content_type="application/javascript", headers=headers)

    async def page(request: web.Request) -> web.Response:
        # As the browser asked for this page (yarl's request.url rejects host:port here).
        widget_src = f"{request.scheme}://{request.host}/widget.js"
        headers = {
            **security_headers,
            "Content-Security-Policy": content_security_policy(settings),
            "Cache-Control": "no-cache",
        }
        return web.Response(
            text=demo_page(settings, widget_src), content_type="text/html", headers=headers
        )

    async def demo_css(_: web.Request) -> web.Response:
        return web.Response(
            text=(STATIC / "demo.css").read_text(encoding="utf-8"),
            content_type="text/css",
            headers=security_headers,
        )

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "widget": bundle is not None})

    app = web.Application()
    app.router.add_get("/", page)
    app.router.add_get("/widget.js", widget)
    app.router.add_get("/demo.css", demo_css)
    app.router.add_get("/health", health)
    return app


def run_web_server(settings: Settings) -> None:
    """Serves until SIGINT or SIGTERM."""
    web.run_app(
        create_app(settings),
        host=settings.bind_host,
        port=settings.web_port,
        print=None,
        access_log=None,
    )
