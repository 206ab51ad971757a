"""The staff console over HTTP: sign-in, CSRF, escaping, and each page's changes."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import yaml
from aiohttp import web

from bot.admin.app import create_app
from bot.admin.auth import UserStore
from bot.content.topics import load_topic
from bot.modelops.model_store import ModelStore, model_server_token
from bot.settings import get_settings
from bot.storage.audit import AuditLog
from bot.storage.db import Database
from bot.storage.escalations import EscalationInput, EscalationStore
from bot.storage.models import ReviewItem, TrainingRun
from bot.storage.review import ReviewInput, ReviewStore
from tests.e2e.harness import free_port
from tests.workspace import PARKING, copy_training_root

PASSWORD = "correct horse battery"
XSS = '<script>alert("x")</script>'
GET_PAGES = ["/review", "/faq", "/faq/new", "/faq/heat_cold", "/training", "/escalations", "/audit"]
POST_ROUTES = [
    "/logout",
    "/review/dismiss",
    "/review/add-to-topic",
    "/faq/new",
    "/faq/heat_cold/answer",
    "/faq/heat_cold/examples",
    "/faq/heat_cold/retire",
    "/training/retrain",
    "/training/rollback",
    "/escalations/1/handled",
]


@dataclass
class Console:
    url: str
    database: Database
    root: Path
    settings: object

    def session(self) -> requests.Session:
        return requests.Session()

    def csrf(self, session: requests.Session, page: str = "/review") -> str:
        html = session.get(self.url + page).text
        return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)

    def sign_in(self, username: str = "alice", password: str = PASSWORD) -> requests.Session:
        session = self.session()
        token = self.csrf(session, "/login")
        response = session.post(
            self.url + "/login",
            data={"username": username, "password": password, "csrf_token": token},
            allow_redirects=False,
        )
        assert response.status_code == 303, response.text
        return session

    def post(self, session: requests.Session, path: str, **data) -> requests.Response:
        data.setdefault("csrf_token", self.csrf(session))
        return session.post(self.url + path, data=data, allow_redirects=False)


@pytest.fixture
def console(tmp_path, monkeypatch) -> Iterator[Console]:
    root = copy_training_root(tmp_path / "root")
    monkeypatch.setenv("VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'var' / 'clinic.db'}")
    monkeypatch.setenv("TRAINING_ROOT", str(root))
    monkeypatch.setenv("MODELS_DIR", str(tmp_path / "models"))
    get_settings.cache_clear()
    settings = get_settings()
    database = Database(settings.database_url)
    UserStore(database).add("alice", PASSWORD, "test")
    app = create_app(settings, database)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    port = free_port()
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield Console(f"http://127.0.0.1:{port}", database, root, settings)
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)
    database.dispose()
    get_settings.cache_clear()


def _review(database: Database, text: str, number: int = 1, kind: str = "out_of_scope"):
    item, _ = ReviewStore(database).record(
        ReviewInput(f"conv-{number}", f"msg-{number}", "rest", kind, text, "out_of_scope", 0.4, "?")
    )
    return item


@pytest.mark.parametrize("page", [*GET_PAGES, "/training/runs/1", "/"])
def test_every_page_sends_visitors_to_sign_in(console, page):
    response = requests.get(console.url + page, allow_redirects=False)
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/login")


@pytest.mark.parametrize("path", [*POST_ROUTES, "/training/status.json"])
def test_every_action_and_data_endpoint_needs_sign_in(console, path):
    method = requests.get if path.endswith(".json") else requests.post
    assert method(console.url + path, allow_redirects=False).status_code == 401


def test_there_is_no_default_account(console):
    for username, password in [("admin", "admin"), ("admin", "password"), ("staff", "staff")]:
        session = console.session()
        token = console.csrf(session, "/login")
        response = session.post(
            console.url + "/login",
            data={"username": username, "password": password, "csrf_token": token},
            allow_redirects=False,
        )
        assert response.status_code == 401


def test_wrong_passwords_lock_sign_in_for_a_while(console):
    session = console.session()
    token = console.csrf(session, "/login")
    statuses = []
    for _ in range(6):
        response = session.post(
            console.url + "/login",
            data={"username": "alice", "password": "wrong password", "csrf_token": token},
            allow_redirects=False,
        )
        statuses.append(response.status_code)
    assert statuses == [401, 401, 401, 401, 429, 429]
    assert "locked" in response.text
    response = session.post(
        console.url + "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token},
        allow_redirects=False,
    )
    assert response.status_code == 429  # even the right password, until the lock ends


def test_sign_in_sets_a_strict_http_only_cookie_and_sign_out_ends_the_session(console):
    session = console.session()
    token = console.csrf(session, "/login")
    response = session.post(
        console.url + "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token, "next": "/faq"},
        allow_redirects=False,
    )
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert response.headers["Location"] == "/faq"
    assert session.get(console.url + "/faq", allow_redirects=False).status_code == 200
    console.post(session, "/logout")
    assert session.get(console.url + "/faq", allow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "/\\evil.example/",
        "\\/evil.example/",
        "https://evil.example/",
        "javascript:alert(1)",
        "/\x00/evil.example/",
        " /evil.example/",
    ],
)
def test_sign_in_never_redirects_to_another_site(console, target):
    session = console.session()
    token = console.csrf(session, "/login")
    response = session.post(
        console.url + "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token, "next": target},
        allow_redirects=False,
    )
    assert response.headers["Location"] == "/review"


def test_a_signed_in_visit_to_the_sign_in_page_stays_in_the_console(console):
    session = console.sign_in()
    for query in ("/%09/evil.example/", "//evil.example/", "/%5Cevil.example/"):
        response = session.get(f"{console.url}/login?next={query}", allow_redirects=False)
        assert response.headers["Location"] == "/review", query
    response = session.get(f"{console.url}/login?next=/faq%3Fx%3D1", allow_redirects=False)
    assert response.headers["Location"] == "/faq?x=1"


@pytest.mark.parametrize("path", POST_ROUTES)
def test_forms_without_the_csrf_token_are_refused(console, path):
    session = console.sign_in()
    for token in (None, "forged-token"):
        data = {"ids": "1", "confirm": "heat_cold"}
        if token:
            data["csrf_token"] = token
        response = session.post(console.url + path, data=data, allow_redirects=False)
        assert response.status_code == 403, path
    assert session.get(console.url + "/review", allow_redirects=False).status_code == 200


def test_the_sign_in_form_needs_its_csrf_cookie_and_token(console):
    response = requests.post(
        console.url + "/login", data={"username": "alice", "password": PASSWORD}
    )
    assert response.status_code == 403


def test_posts_from_another_site_are_refused_even_with_a_token(console):
    session = console.sign_in()
    token = console.csrf(session)
    response = session.post(
        console.url + "/review/dismiss",
        data={"ids": "1", "csrf_token": token},
        headers={"Origin": "https://evil.example"},
        allow_redirects=False,
    )
    assert response.status_code == 403


def test_pages_carry_security_headers(console):
    response = console.sign_in().get(console.url + "/review")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"


def test_user_supplied_text_is_escaped_in_every_page(console):
    database = console.database
    _review(database, f"parking {XSS}")
    EscalationStore(database, []).record(
        EscalationInput("conv-9", "msg-9", "rest", "emergency", ["chest_pain"], XSS)
    )
    AuditLog(database).record("alice", "test_entry", f"faq/{XSS}", note=XSS)
    with database.session() as session:
        session.add(TrainingRun(requested_by="alice", status="failed", error=XSS))
    topic = console.root / "data" / "nlu" / "faq" / "heat_cold.yml"
    topic.write_text(topic.read_text().replace("      title: Heat or ice", f"      title: '{XSS}'"))
    session = console.sign_in()
    for page in [*GET_PAGES, "/training/runs/1", "/escalations?show=all"]:
        html = session.get(console.url + page).text
        assert "<script>alert" not in html, page
    assert "&lt;script&gt;alert" in session.get(console.url + "/review").text
    assert "&lt;script&gt;alert" in session.get(console.url + "/faq/heat_cold").text
    assert "&lt;script&gt;alert" in session.get(console.url + "/escalations").text
    assert "&lt;script&gt;alert" in session.get(console.url + "/training/runs/1").text


def test_a_queued_question_becomes_a_new_topic(console):
    item = _review(console.database, "is there parking at the clinic")
    session = console.sign_in()
    assert "is there parking at the clinic" in session.get(console.url + "/review").text
    form = session.get(console.url + f"/faq/new?from={item.id}").text
    assert "is there parking at the clinic</textarea>" in form
    response = console.post(
        session,
        "/faq/new",
        ids=str(item.id),
        name="parking",
        title=PARKING["title"],
        examples="\n".join(PARKING["examples"]),
        answer=PARKING["answer"],
        sources="\n".join(PARKING["sources"]),
    )
    assert response.status_code == 303 and response.headers["Location"] == "/faq/parking"
    written = yaml.safe_load((console.root / "data/nlu/faq/parking.yml").read_text())
    assert written["nlu"][0]["intent"] == "faq/parking"
    assert not ReviewStore(console.database).open_items()
    [entry] = AuditLog(console.database).recent(1, target="faq/parking")
    assert (entry.actor, entry.action) == ("alice", "faq_topic_added")
    assert "alice" in session.get(console.url + "/faq").text


def test_a_topic_that_breaks_the_rules_is_shown_again_with_the_problems(console):
    session = console.sign_in()
    response = console.post(
        session,
        "/faq/new",
        name="parking",
        title="Parking",
        examples="is there parking\nwhere do i park",
        answer=PARKING["answer"],
        sources="",
    )
    assert response.status_code == 400
    assert "at least 5 different example questions" in response.text
    assert "where do i park" in response.text
    assert not (console.root / "data/nlu/faq/parking.yml").exists()


def test_questions_can_be_added_to_a_topic_or_dismissed(console):
    first = _review(console.database, "ice or heat for my sore calf tonight", 1)
    second = _review(console.database, "what is the meaning of life", 2)
    session = console.sign_in()
    console.post(
        session,
        "/review/add-to-topic",
        ids=str(first.id),
        topic="heat_cold",
        examples="ice or heat for my sore calf tonight",
    )
    assert (
        "ice or heat for my sore calf tonight"
        in (console.root / "data/nlu/faq/heat_cold.yml").read_text()
    )
    console.post(session, "/review/dismiss", ids=str(second.id))
    assert ReviewStore(console.database).open_items() == []
    with console.database.session() as db:
        assert db.get(ReviewItem, second.id).resolution == "dismissed"
        assert db.get(ReviewItem, first.id).resolution == "added to faq/heat_cold"


def test_editing_an_answer_writes_the_file_and_the_audit_log(console):
    session = console.sign_in()
    answer = (
        "Warmth helps a tight, cramping muscle relax. Use a cold pack wrapped in a towel for a "
        "fresh strain. Never put ice or heat straight on your skin."
    )
    response = console.post(
        session,
        "/faq/heat_cold/answer",
        answer=answer,
        title="Heat or ice",
        sources="NHS: Sprains and strains, https://www.nhs.uk/conditions/sprains-and-strains/",
    )
    assert response.status_code == 303
    assert load_topic(console.root / "data/nlu/faq/heat_cold.yml").answer == answer
    [entry] = AuditLog(console.database).recent(1, target="faq/heat_cold")
    assert entry.action == "faq_answer_edited" and "before" in entry.detail


def test_form_fields_are_cleaned_before_anything_stores_them(console):
    session = console.sign_in()
    answer = (
        "Warmth helps a tight, cramping muscle relax.\x00 Use a cold pack\x1b wrapped in a "
        "towel for a fresh strain.\r\nNever put ice or heat straight on your skin."
    )
    response = console.post(
        session,
        "/faq/heat_cold/answer",
        answer=answer,
        title="Heat\x07 or ice",
        sources="NHS: Sprains and strains, https://www.nhs.uk/conditions/sprains-and-strains/",
    )
    assert response.status_code == 303, response.text
    topic = load_topic(console.root / "data/nlu/faq/heat_cold.yml")
    assert "\x00" not in topic.answer and "\x1b" not in topic.answer and "\r" not in topic.answer
    assert "relax.\ufffd Use a cold pack\ufffd wrapped" in topic.answer


def test_retiring_a_topic_needs_its_name_typed(console):
    session = console.sign_in()
    console.post(session, "/faq/stretching/retire", confirm="wrong")
    assert (console.root / "data/nlu/faq/stretching.yml").exists()
    console.post(session, "/faq/stretching/retire", confirm="stretching")
    assert not (console.root / "data/nlu/faq/stretching.yml").exists()
    assert (console.root / "data_retired/nlu/faq/stretching.yml").exists()
    assert "stretching" in session.get(console.url + "/faq").text  # listed as retired


def test_escalations_can_be_marked_handled(console):
    escalation, _ = EscalationStore(console.database, []).record(
        EscalationInput("conv-1", "msg-1", "rest", "urgent", ["dvt"], "my calf is swollen")
    )
    session = console.sign_in()
    assert "my calf is swollen" in session.get(console.url + "/escalations").text
    console.post(session, f"/escalations/{escalation.id}/handled")
    handled = EscalationStore(console.database, []).get(escalation.id)
    assert (handled.status, handled.handled_by) == ("handled", "alice")


def test_rollback_in_one_click(console, tmp_path):
    store = ModelStore(console.database)
    old, new = tmp_path / "clinic-old.tar.gz", tmp_path / "clinic-new.tar.gz"
    old.write_bytes(b"old")
    new.write_bytes(b"new")
    store.publish(old, "launcher", "first start")
    store.publish(new, "alice", "retrain")
    session = console.sign_in()
    assert "Roll back to clinic-old.tar.gz" in session.get(console.url + "/training").text
    console.post(session, "/training/rollback", csrf_token=console.csrf(session, "/training"))
    assert store.live().path == old


def test_a_second_retrain_is_refused_while_one_runs(console):
    with console.database.session() as db:
        db.add(TrainingRun(requested_by="bob", trigger="console", status="queued"))
    session = console.sign_in()
    response = console.post(session, "/training/retrain")
    assert response.headers["Location"] == "/training/runs/1"
    assert "already running" in session.get(console.url + "/training/runs/1").text


def test_the_model_endpoint_serves_the_live_model_with_an_etag(console, tmp_path):
    url = console.url + "/model"
    token = model_server_token(console.settings)
    assert requests.get(url).status_code == 403
    assert requests.get(url, params={"token": token}).status_code == 404
    model = tmp_path / "clinic-abc.tar.gz"
    model.write_bytes(b"the model")
    store = ModelStore(console.database)
    store.publish(model, "launcher", "first start")
    response = requests.get(url, params={"token": token})
    assert response.status_code == 200 and response.content == b"the model"
    assert response.headers["filename"] == "clinic-abc.tar.gz"
    etag = response.headers["ETag"]
    assert store.live().confirmed_at is None
    again = requests.get(url, params={"token": token}, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert store.live().confirmed_at is not None


def test_a_just_started_run_shows_every_step_and_live_progress_data(console):
    with console.database.session() as db:
        db.add(TrainingRun(requested_by="alice", trigger="console", status="queued"))
    session = console.sign_in()
    html = session.get(console.url + "/training/runs/1").text
    for step in ("validate", "gate_examples", "train", "gate_stories", "publish"):
        assert f'data-step="{step}"' in html
    data = session.get(console.url + "/training/runs/1.json").json()
    assert data["run"]["status"] == "queued" and data["run"]["active"]
    assert [s["status"] for s in data["run"]["steps"]] == ["pending"] * 7
    assert "confirmed" in data["live"]


def test_only_a_clinician_signs_off_an_answer_and_an_edit_clears_it(console):
    session = console.sign_in()
    page = session.get(console.url + "/faq/heat_cold").text
    assert "Unreviewed" in page and "I have reviewed this answer" not in page
    refused = console.post(session, "/faq/heat_cold/sign-off", page="/faq/heat_cold")
    assert refused.status_code == 303
    assert "Only a clinician" in session.get(console.url + "/faq/heat_cold").text
    assert load_topic(console.root / "data/nlu/faq/heat_cold.yml").reviewed_by == ""

    UserStore(console.database).grant("alice", "clinician", "test")
    assert "I have reviewed this answer" in session.get(console.url + "/faq/heat_cold").text
    assert console.post(session, "/faq/heat_cold/sign-off").status_code == 303
    topic = load_topic(console.root / "data/nlu/faq/heat_cold.yml")
    assert topic.reviewed_by == "alice" and topic.reviewed_on
    listing = session.get(console.url + "/faq").text
    assert "1 reviewed, 0 stale, 26 unreviewed" in listing
    [entry] = AuditLog(console.database).recent(1, target="faq/heat_cold")
    assert entry.actor == "alice" and entry.action == "faq_reviewed"

    edited = topic.answer.replace("Never", "Do not")
    sources = "\n".join(topic.sources)
    console.post(
        session, "/faq/heat_cold/answer", answer=edited, title=topic.title, sources=sources
    )
    assert load_topic(console.root / "data/nlu/faq/heat_cold.yml").reviewed_by == ""
    assert "review again" in session.get(console.url + "/faq/heat_cold").text
