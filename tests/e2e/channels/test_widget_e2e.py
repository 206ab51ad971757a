"""The website widget in a real browser (Debian's chromium driven by Playwright).

The demo clinic page served by the assistant's web process embeds the widget with one
script tag; the widget talks to the running assistant over socket.io.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from bot.settings import PROJECT_ROOT
from tests.e2e.channels.conftest import WIDGET_GREETING, curated
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import escalations_of

EMERGENCY_NUMBER = TEST_SETTINGS["EMERGENCY_NUMBER"]
RED_FLAG = "My back spasms and I can't feel anything between my legs"
REPORTS = PROJECT_ROOT / "reports"


class Widget:
    """The widget on a page, found through its (open) shadow root."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.launcher = page.get_by_role("button", name="Chat with us")
        self.input = page.get_by_label("Your message")
        self.log = page.locator(".cw-log")

    def bot(self, text: str):
        return self.log.locator(".cw-msg--bot", has_text=text)

    def user(self, text: str):
        return self.log.locator(".cw-msg--user", has_text=text)

    def send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def wait_until_idle(self) -> None:
        expect(self.page.locator(".cw-typing")).to_be_hidden(timeout=60_000)

    def session_id(self) -> str:
        frame = self.page.locator(".cw")
        expect(frame).to_have_attribute("data-session-id", re.compile(r"^[0-9a-f]{32}$"))
        return frame.get_attribute("data-session-id")


def watch(page: Page) -> dict[str, list[str]]:
    """Collects script errors and dialogs (an injected alert() would show up here)."""
    seen: dict[str, list[str]] = {"errors": [], "dialogs": []}
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.on(
        "console",
        lambda message: seen["errors"].append(message.text) if message.type == "error" else None,
    )

    def on_dialog(dialog) -> None:
        seen["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return seen


def test_a_conversation_in_the_widget_survives_a_reload(browser, channel_assistant):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen = watch(page)
    page.goto(f"http://127.0.0.1:{channel_assistant.web_port}/")
    expect(page.get_by_role("heading", name=f"Welcome to {TEST_SETTINGS['CLINIC_NAME']}"))
    widget = Widget(page)

    # Keyboard: the launcher is a real button; focus moves into the panel and back.
    widget.launcher.focus()
    page.keyboard.press("Enter")
    expect(widget.input).to_be_focused()
    expect(page.get_by_role("dialog", name=TEST_SETTINGS["CLINIC_NAME"])).to_be_visible()
    greeting = WIDGET_GREETING.replace("{clinic_name}", TEST_SETTINGS["CLINIC_NAME"])
    expect(widget.bot(greeting)).to_be_visible()
    # Colours come from settings.
    header_colour = page.locator(".cw-header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header_colour == "rgb(122, 31, 92)"
    session_id = widget.session_id()

    # A FAQ question: the disclaimer first, then the curated answer, with a typing indicator.
    page.locator(".cw-typing").evaluate(
        """typing => {
            window.__typingSeen = false;
            new MutationObserver(() => { if (!typing.hidden) window.__typingSeen = true; })
                .observe(typing, { attributes: true });
        }"""
    )
    widget.send("What causes muscle spasms?")
    expect(widget.bot(curated("causes")[:80])).to_be_visible(timeout=60_000)
    expect(widget.bot("not a diagnosis")).to_be_visible()
    widget.wait_until_idle()
    assert page.evaluate("window.__typingSeen") is True

    # A button: its payload goes to the assistant, its title is shown.
    page.get_by_role("button", name="Fluids and cramps").click()
    expect(widget.user("Fluids and cramps")).to_be_visible()
    expect(widget.bot(curated("hydration")[:80])).to_be_visible(timeout=60_000)
    widget.wait_until_idle()
    # Buttons of earlier answers can no longer be used.
    expect(page.get_by_role("button", name="Stress and sleep")).to_be_disabled()

    # User text is shown as text, never run as HTML.
    injection = "<img src=x onerror=alert(1)> <script>alert(2)</script>"
    widget.send(injection)
    expect(widget.user("<img src=x onerror=alert(1)>")).to_be_visible()
    widget.wait_until_idle()
    assert widget.log.locator("img, script").count() == 0

    # A red flag: the emergency reply stands out and offers to call.
    widget.send(RED_FLAG)
    emergency = widget.log.locator(".cw-msg--emergency")
    expect(emergency).to_be_visible(timeout=60_000)
    expect(emergency).to_contain_text(f"Call {EMERGENCY_NUMBER} now")
    expect(emergency).to_have_attribute("role", "alert")
    assert emergency.evaluate("e => getComputedStyle(e).borderTopColor") == "rgb(179, 38, 30)"
    call = emergency.get_by_role("link", name=f"Call {EMERGENCY_NUMBER} now")
    expect(call).to_have_attribute("href", f"tel:{EMERGENCY_NUMBER}")
    widget.wait_until_idle()
    [escalation] = escalations_of(channel_assistant, session_id)
    assert (escalation.channel, escalation.tier) == ("socketio", "emergency")

    # A reload keeps the conversation on screen and on the server.
    page.reload()
    widget = Widget(page)
    expect(widget.bot(curated("causes")[:80])).to_be_visible(timeout=30_000)
    expect(widget.user("Fluids and cramps")).to_be_visible()
    expect(widget.log.locator(".cw-msg--emergency")).to_contain_text(f"Call {EMERGENCY_NUMBER} now")
    assert widget.session_id() == session_id
    REPORTS.mkdir(exist_ok=True)
    page.screenshot(path=str(REPORTS / "widget.png"))
    widget.send("thank you")
    # The same conversation goes on: no second introduction.
    expect(widget.bot("You're welcome")).to_be_visible(timeout=60_000)
    widget.wait_until_idle()
    assert widget.log.locator(".cw-msg--bot", has_text="not a diagnosis").count() == 1

    # Escape closes the panel and gives the focus back to the launcher.
    widget.input.focus()
    page.keyboard.press("Escape")
    expect(widget.launcher).to_be_focused()
    expect(widget.input).to_be_hidden()

    assert seen["dialogs"] == []
    assert seen["errors"] == []
    page.close()


def test_a_safety_question_in_the_widget(browser, channel_assistant):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen = watch(page)
    page.goto(f"http://127.0.0.1:{channel_assistant.web_port}/")
    widget = Widget(page)
    widget.launcher.click()
    session_id = widget.session_id()
    widget.send("I can't stand up straight because of my back spasm")
    expect(widget.bot("numbness between your legs")).to_be_visible(timeout=60_000)
    widget.wait_until_idle()
    assert escalations_of(channel_assistant, session_id) == []
    page.get_by_role("button", name="Yes").click()
    emergency = widget.log.locator(".cw-msg--emergency")
    expect(emergency).to_contain_text(f"Call {EMERGENCY_NUMBER} now", timeout=60_000)
    widget.wait_until_idle()
    [escalation] = escalations_of(channel_assistant, session_id)
    assert (escalation.channel, escalation.tier) == ("socketio", "emergency")
    assert escalation.reason_list == ["cauda_equina"]
    assert seen["errors"] == [] and seen["dialogs"] == []
    page.close()


def test_the_widget_fills_a_phone_screen_and_stays_readable(browser, channel_assistant):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{channel_assistant.web_port}/")
    widget = Widget(page)
    widget.launcher.click()
    widget.send("how do I stretch a calf cramp")
    expect(widget.bot("Was this helpful?")).to_be_visible(timeout=60_000)
    widget.wait_until_idle()
    box = page.locator(".cw-panel").bounding_box()
    assert box and box["width"] == 390 and box["height"] == 844
    assert page.locator(".cw-log").evaluate("e => e.scrollWidth <= e.clientWidth")
    font_size = widget.input.evaluate("e => getComputedStyle(e).fontSize")
    assert font_size == "16px"  # no zooming in on focus
    page.screenshot(path=str(REPORTS / "widget-phone.png"))
    context.close()
