"""The launcher's supervisor with real child processes and a clock the test moves."""

from __future__ import annotations

import logging
import sys

import pytest

from bot.ops.supervisor import MAX_RESTARTS_PER_MINUTE, Child, Supervisor, read_status

CRASHES = [sys.executable, "-c", "import sys; sys.exit(3)"]
SLEEPS = [sys.executable, "-c", "import time; time.sleep(60)"]
NOWHERE = "http://127.0.0.1:9/"  # nothing answers: the children never report up


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_crashing_child_is_restarted_with_back_off_and_a_limit_per_minute(caplog):
    clock = Clock()
    supervisor = Supervisor({}, clock)
    crashing = supervisor.start(Child("crasher", lambda: list(CRASHES), NOWHERE), wait=False)
    steady = supervisor.start(Child("steady", lambda: list(SLEEPS), NOWHERE), wait=False)
    steady_pid = steady.process.pid
    delays = []
    try:
        with caplog.at_level(logging.WARNING, logger="bot.ops.launcher"):
            for _ in range(MAX_RESTARTS_PER_MINUTE + 1):
                crashing.process.wait(timeout=30)
                supervisor.check()  # notices the exit, schedules the restart
                delays.append(round(crashing.restart_at - clock.now, 1))
                pid = crashing.process.pid
                clock.now = crashing.restart_at - 0.1
                supervisor.check()
                assert crashing.process.pid == pid  # not before its time
                clock.now = crashing.restart_at
                supervisor.check()
                assert crashing.process.pid != pid
        # 1, 2, 4, 8, 16 s; then the sixth restart waits for the minute's window.
        assert delays[:5] == [1, 2, 4, 8, 16]
        assert delays[5] == pytest.approx(60 - (1 + 2 + 4 + 8 + 16 - 1), abs=0.2)
        assert steady.process.pid == steady_pid and steady.process.poll() is None
        assert (
            "The crasher (pid" in caplog.text and "exited unexpectedly (exit code 3)" in caplog.text
        )
        assert "the other processes keep running" in caplog.text
        assert f"{MAX_RESTARTS_PER_MINUTE} restarts in the last minute already" in caplog.text
        assert "Restarted the crasher" in caplog.text
    finally:
        supervisor.stop()
    assert steady.process.poll() is not None  # stopped with the rest


def test_a_child_that_ran_well_for_a_minute_is_restarted_after_one_second_again():
    clock = Clock()
    supervisor = Supervisor({}, clock)
    child = supervisor.start(Child("flaky", lambda: list(CRASHES), NOWHERE), wait=False)
    try:
        child.failures_in_a_row = 4
        child.up = True
        child.process.wait(timeout=30)
        child.process = supervisor.group.start(SLEEPS, {})  # now running well
        clock.now += 61
        supervisor.check()
        assert child.failures_in_a_row == 0
    finally:
        supervisor.stop()


def test_the_status_file_shows_each_restart_and_the_exit_that_caused_it(tmp_path):
    clock = Clock()
    supervisor = Supervisor({}, clock, status_path=tmp_path / "processes.json")
    crashing = supervisor.start(Child("crasher", lambda: list(CRASHES), NOWHERE), wait=False)
    supervisor.start(Child("steady", lambda: list(SLEEPS), NOWHERE), wait=False)
    try:
        crashing.process.wait(timeout=30)
        supervisor.check()
        status = read_status(tmp_path)
        assert status is not None and status["running"]
        crasher, steady = status["processes"]
        assert crasher["state"] == "restarting" and "exit code 3" in crasher["last_exit"]
        assert steady["state"] == "starting" and steady["last_exit"] == ""
        clock.now = crashing.restart_at
        supervisor.check()
        assert read_status(tmp_path)["processes"][0]["restarts"] == 1
    finally:
        supervisor.stop()
    status = read_status(tmp_path)
    assert not status["running"]
    assert {p["state"] for p in status["processes"]} == {"stopped"}


def test_a_status_file_that_cannot_be_written_does_not_stop_the_supervisor(tmp_path, caplog):
    supervisor = Supervisor({}, Clock(), status_path=tmp_path / "gone" / "processes.json")
    try:
        with caplog.at_level(logging.WARNING, logger="bot.ops.launcher"):
            child = supervisor.start(Child("steady", lambda: list(SLEEPS), NOWHERE), wait=False)
            supervisor.check()
        assert child.process.poll() is None
        assert "Could not write" in caplog.text
    finally:
        supervisor.stop()
