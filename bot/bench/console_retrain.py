"""Console retrain-to-live: a new topic retrained from the staff console until a chat
answers it.

This is what staff do: sign in to the console over HTTP, press "Retrain now" (the same
POST the button sends, with the session's CSRF token), and wait. The clock runs from the
press to the first chat reply that carries the new topic's answer, so it covers the
gated retrain (validation, training, every gate), publication, and the Rasa server
pulling the new model. Owns nothing else; imports only the content store, storage and
the console's user store.
"""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path
from typing import Any

import requests

from bot.admin.auth import UserStore
from bot.content.faq_store import FaqStore
from bot.storage.db import Database

STAFF_NAME = "bench"
STAFF_PASSWORD = "a long passphrase for timing"
QUESTION = "is there parking at the clinic"
ANSWER_MARKER = "free car park behind the building"
# A new topic, as staff add one (the tests that add a topic use it too).
TOPIC: dict[str, Any] = {
    "name": "parking",
    "title": "Parking at the clinic",
    "examples": [
        "is there parking at the clinic",
        "where can i park when i come for physio",
        "do you have a car park",
        "is parking free at your clinic",
        "can i leave my car outside the clinic",
        "disabled parking near the entrance?",
    ],
    "answer": (
        "The clinic has a free car park behind the building, with two spaces for blue badge "
        "holders next to the entrance. If it is full, there is a public car park on the next "
        "street. Ask reception if you need help getting from your car to the clinic."
    ),
    "sources": ["Clinic article: Visiting the clinic (seed 900)"],
}
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
FINISHED = {"published", "rejected", "failed", "unchanged", "busy", "interrupted"}


def _csrf(page: requests.Response) -> str:
    found = _CSRF.search(page.text)
    if found is None:
        raise RuntimeError(f"no CSRF token on {page.url} ({page.status_code})")
    return found.group(1)


def _signed_in(admin_url: str) -> requests.Session:
    session = requests.Session()
    login = session.get(f"{admin_url}/login", timeout=30)
    form = {"username": STAFF_NAME, "password": STAFF_PASSWORD, "csrf_token": _csrf(login)}
    response = session.post(f"{admin_url}/login", data=form, timeout=30)
    if "/login" in response.url:
        raise RuntimeError("the benchmark could not sign in to the console")
    return session


def _answered(base_url: str) -> bool:
    response = requests.post(
        f"{base_url}/webhooks/rest/webhook",
        json={"sender": f"bench-retrain-{uuid.uuid4().hex[:8]}", "message": QUESTION},
        timeout=30,
    )
    return ANSWER_MARKER in " ".join(str(m.get("text", "")) for m in response.json())


def console_retrain_live(
    admin_url: str, base_url: str, database_url: str, training_root: Path, limit_s: float = 900
) -> dict[str, Any]:
    """Seconds from pressing "Retrain now" to the run's end and to the chat answering the
    new topic; the run's status says whether the gates passed."""
    database = Database(database_url)
    try:
        UserStore(database).add(STAFF_NAME, STAFF_PASSWORD, "bench")
    finally:
        database.dispose()
    FaqStore(training_root).add_topic(**TOPIC)
    session = _signed_in(admin_url)
    token = _csrf(session.get(f"{admin_url}/training", timeout=30))
    pressed = time.monotonic()
    response = session.post(f"{admin_url}/training/retrain", data={"csrf_token": token}, timeout=30)
    run_url = response.url
    result: dict[str, Any] = {"status": None, "finished_s": None, "live_s": None}
    while time.monotonic() - pressed < limit_s:
        run = session.get(f"{run_url}.json", timeout=30).json()["run"]
        if run["status"] in FINISHED:
            result["status"] = run["status"]
            result["finished_s"] = round(time.monotonic() - pressed, 1)
            result["failed_gates"] = run["failed_gates"]
            break
        time.sleep(1)
    if result["status"] != "published":
        return result
    while time.monotonic() - pressed < limit_s:
        if _answered(base_url):
            result["live_s"] = round(time.monotonic() - pressed, 1)
            break
        time.sleep(0.5)
    return result
