"""`bot run` prints where to talk to it, warms the model up before its first patient, and
Ctrl-C stops both servers cleanly."""

from __future__ import annotations

import signal
import socket

from tests.e2e.harness import start_assistant


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_prints_addresses_and_ctrl_c_stops_both_servers(model, tmp_path):
    assistant = start_assistant(tmp_path / "var", model)
    try:
        log = assistant.log()
        assert f"POST http://localhost:{assistant.rasa_port}/webhooks/rest/webhook" in log
        assert "Model warmed up" in log
        assert _port_open(assistant.rasa_port) and _port_open(assistant.action_port)
        assert _port_open(assistant.web_port)
        assert assistant.say("lifecycle", "hello")
    finally:
        code = assistant.stop(signal.SIGINT)
    assert code == 0
    assert not _port_open(assistant.rasa_port)
    assert not _port_open(assistant.action_port)
    assert not _port_open(assistant.web_port)
    assert "Stopping the assistant" in assistant.log()
