"""The web process: the one-file widget, its settings and the demo clinic page."""

from __future__ import annotations

import asyncio
import json
import re

from aiohttp.test_utils import TestClient, TestServer

from bot.settings import Settings
from bot.web import server
from bot.web.server import STATIC, create_app, demo_page, widget_bundle, widget_config


def settings(**env: str) -> Settings:
    return Settings.from_env({"CLINIC_NAME": "Test Valley Physio", **env})


def test_widget_settings_come_from_settings():
    config = widget_config(
        settings(
            ASSISTANT_URL="https://bot.clinic.example/",
            WIDGET_COLOR="#123456",
            WIDGET_GREETING="Welcome to {clinic_name}!",
            EMERGENCY_NUMBER="112",
        )
    )
    assert config["socketUrl"] == "https://bot.clinic.example"
    assert config["socketPath"] == "/socket.io/"
    assert config["colors"] == {"primary": "#123456", "onPrimary": "#ffffff"}
    assert config["greeting"] == "Welcome to Test Valley Physio!"
    assert config["emergencyNumber"] == "112"


def test_a_colour_that_is_not_a_hex_colour_falls_back_to_the_default():
    config = widget_config(settings(WIDGET_COLOR="red;} body{display:none"))
    assert config["colors"]["primary"] == server.DEFAULT_COLOURS["primary"]


def test_the_bundle_wraps_the_socketio_client_settings_and_styles(tmp_path):
    fake_client = tmp_path / "socket.io.min.js"
    fake_client.write_text("/* io */\n//# sourceMappingURL=socket.io.min.js.map\n")
    bundle = widget_bundle(settings(), fake_client)
    assert bundle.startswith("/*! Clinic chat widget")
    assert "sourceMappingURL" not in bundle
    config = re.search(r"var CONFIG = (\{.*\});", bundle).group(1)
    assert json.loads(config)["clinicName"] == "Test Valley Physio"
    assert ".cw-msg--emergency" in bundle
    assert widget_bundle(settings(), tmp_path / "missing.js") is None


def test_the_widget_never_parses_html():
    source = (STATIC / "widget.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in source


def test_the_demo_page_escapes_settings():
    page = demo_page(settings(CLINIC_NAME="<script>alert(1)</script> Physio"), "http://x/widget.js")
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Physio" in page
    assert '<script src="http://x/widget.js" defer></script>' in page
    assert "&lt;script src=&quot;http://x/widget.js&quot; defer&gt;&lt;/script&gt;" in page


def test_the_web_app_serves_the_page_and_the_widget():
    async def run() -> None:
        client = TestClient(TestServer(create_app(settings(RASA_PORT="5999"))))
        await client.start_server()
        try:
            page = await client.get("/")
            assert page.status == 200
            csp = page.headers["Content-Security-Policy"]
            assert "connect-src http://localhost:5999 ws://localhost:5999" in csp
            assert "script-src 'self'" in csp
            widget = await client.get("/widget.js")
            if widget.status == 503:  # node_modules not installed: the page still works
                return
            assert widget.status == 200
            assert widget.content_type == "application/javascript"
            etag = widget.headers["ETag"]
            again = await client.get("/widget.js", headers={"If-None-Match": etag})
            assert again.status == 304
            health = await (await client.get("/health")).json()
            assert health == {"status": "ok", "widget": True}
        finally:
            await client.close()

    asyncio.run(run())
