"""Red flags through the running assistant: the reply, the record and the staff notification."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.storage.db import Database
from bot.storage.escalations import EscalationStore
from tests.e2e.conftest import TEST_SETTINGS
from tests.e2e.harness import buttons, escalations_of, texts

EMERGENCY_NUMBER = TEST_SETTINGS["EMERGENCY_NUMBER"]


def new_sender() -> str:
    return f"patient-{uuid.uuid4().hex[:8]}"


def test_emergency_reply_record_and_notification(assistant, staff_webhook, staff_smtp):
    sender = new_sender()
    reply = assistant.say(sender, "My back spasms and I can't feel anything between my legs")

    text = texts(reply)
    assert f"Call {EMERGENCY_NUMBER} now" in text
    assert "Don't wait for an answer in this chat" in text
    assert "not a diagnosis" not in text  # the escalation comes first, alone

    [escalation] = escalations_of(assistant, sender)
    assert (escalation.tier, escalation.reason_list) == ("emergency", ["cauda_equina"])
    assert escalation.channel == "rest"
    assert escalation.text == "My back spasms and I can't feel anything between my legs"

    call = staff_webhook.wait_for(lambda c: f"escalation #{escalation.id}\n" in c["text"])
    assert "[EMERGENCY]" in call["text"] and "cauda equina" in call["text"]
    mail = staff_smtp.wait_for(lambda m: m["Subject"].endswith(f"#{escalation.id}"))
    assert sender in mail.get_payload()


def test_urgent_reply_record_and_notification(assistant, staff_webhook):
    sender = new_sender()
    assistant.say(sender, "hi")
    reply = texts(assistant.say(sender, "my left calf is swollen, red and hot and hurts to walk"))
    assert "needs a doctor today" in reply
    assert "NHS 111" in reply and EMERGENCY_NUMBER in reply
    assert "{" not in reply and "reception" not in reply  # no unfilled clinic detail
    [escalation] = escalations_of(assistant, sender)
    assert (escalation.tier, escalation.reason_list) == ("urgent", ["dvt"])
    staff_webhook.wait_for(
        lambda c: f"escalation #{escalation.id}\n" in c["text"] and "[URGENT]" in c["text"]
    )


def test_soon_reply_offers_a_callback_and_is_recorded_without_notification(assistant):
    sender = new_sender()
    reply = assistant.say(sender, "calf cramps wake me up every single night")
    assert "worth getting checked soon" in texts(reply)
    assert "/human_handoff" in [b["payload"] for b in buttons(reply)]
    [escalation] = escalations_of(assistant, sender)
    assert escalation.tier == "soon" and escalation.notification_status == "not required"


def test_self_harm_gets_the_crisis_line(assistant):
    sender = new_sender()
    reply = texts(assistant.say(sender, "these spasms never stop, i want to end it all"))
    assert TEST_SETTINGS["CRISIS_LINE"] in reply and EMERGENCY_NUMBER in reply
    assert escalations_of(assistant, sender)[0].reason_list == ["self_harm"]


def test_a_red_flag_inside_a_faq_question_is_escalated_not_answered(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    reply = texts(
        assistant.say(sender, "should I use heat or ice on my back? also I wet myself today")
    )
    assert f"Call {EMERGENCY_NUMBER} now" in reply
    assert "heating pad" not in reply.lower() and "cold pack" not in reply.lower()
    # The conversation goes on afterwards.
    assert texts(assistant.say(sender, "thank you"))


def test_the_red_flag_ends_the_callback_form(assistant):
    sender = new_sender()
    assistant.say(sender, "can someone call me back")
    reply = texts(assistant.say(sender, "i took too many soma pills with vodka"))
    assert f"Call {EMERGENCY_NUMBER} now" in reply
    assert escalations_of(assistant, sender)[0].reason_list == ["medication_overdose"]
    # Not asked for a phone number next: the form has ended.
    assert "phone number" not in texts(assistant.say(sender, "ok"))


def test_a_notification_target_that_is_down_keeps_the_escalation_and_retries(
    assistant, staff_webhook
):
    staff_webhook.failing = True
    try:
        sender = new_sender()
        reply = texts(
            assistant.say(sender, "I think I'm having a seizure, my whole body is jerking")
        )
        assert f"Call {EMERGENCY_NUMBER} now" in reply  # the reply never waits for staff
        [escalation] = escalations_of(assistant, sender)
        store = EscalationStore(Database(assistant.database_url), [])
        deadline = time.monotonic() + 20
        while store.get(escalation.id).notification_status != "retrying":
            assert time.monotonic() < deadline, "the failed notification was not retried"
            time.sleep(0.2)
        failed = [n for n in store.get(escalation.id).notifications if n.target == "webhook"]
        assert failed[0].attempts >= 1 and "503" in failed[0].last_error
    finally:
        staff_webhook.failing = False
    staff_webhook.wait_for(lambda c: f"escalation #{escalation.id}\n" in c["text"], timeout=30)


@pytest.mark.parametrize(
    "question",
    [
        "how many mg of soma can i take in a day",
        "how often can i take flexeril",
        "what's the maximum dose of baclofen",
    ],
)
def test_dosing_questions_go_to_the_prescriber_never_a_number(assistant, question):
    reply = texts(assistant.say(new_sender(), question))
    assert "prescriber or pharmacist" in reply
    assert not any(unit in reply.lower() for unit in (" mg", "milligram", "times a day"))


CAUDA_EQUINA_QUESTION = "numbness between your legs or around your bottom"


def test_partial_evidence_asks_first_and_yes_escalates(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    reply = assistant.say(sender, "I can't stand up straight because of my back spasm")
    assert CAUDA_EQUINA_QUESTION in texts(reply)
    assert f"call {EMERGENCY_NUMBER} now" in texts(reply)  # told even if never answered
    assert [b["title"] for b in buttons(reply)] == ["Yes", "No"]
    assert escalations_of(assistant, sender) == []
    answer = texts(assistant.say(sender, "yes"))
    assert f"Call {EMERGENCY_NUMBER} now" in answer
    [escalation] = escalations_of(assistant, sender)
    assert (escalation.tier, escalation.reason_list) == ("emergency", ["cauda_equina"])


def test_no_to_the_safety_question_answers_the_question(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    question = texts(assistant.say(sender, "I can't stand up straight because of my back spasm"))
    assert CAUDA_EQUINA_QUESTION in question
    answer = texts(assistant.say(sender, "2"))
    assert answer and CAUDA_EQUINA_QUESTION not in answer  # the question asked, answered
    assert "I have flagged this" not in answer  # the answer, not the red-flag reply
    assert escalations_of(assistant, sender) == []


def test_another_answer_is_screened_and_the_reply_repeats_the_advice(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    assistant.say(sender, "I can't stand up straight because of my back spasm")
    reply = texts(assistant.say(sender, "should I use heat or ice?"))
    assert "if you do have any of those signs" in reply and EMERGENCY_NUMBER in reply


def test_a_red_flag_spread_over_two_messages_is_escalated(assistant):
    sender = new_sender()
    assistant.say(sender, "my lower back has been in spasm since sunday")
    reply = texts(assistant.say(sender, "also both my legs feel weak and heavy today"))
    assert f"Call {EMERGENCY_NUMBER} now" in reply
    [escalation] = escalations_of(assistant, sender)
    assert escalation.tier == "emergency" and "cauda_equina" in escalation.reason_list


def test_a_soon_finding_keeps_the_answer_and_advises_booking_once(assistant):
    sender = new_sender()
    assistant.say(sender, "hello")
    first = texts(assistant.say(sender, "calf cramps wake me up every single night"))
    answer = first.split("worth getting checked soon")[0]
    assert "cramp" in answer.lower()  # the curated answer comes first
    again = texts(assistant.say(sender, "calf cramps wake me up every single night"))
    assert "cramp" in again.lower() and "worth getting checked soon" not in again
    assert {e.tier for e in escalations_of(assistant, sender)} == {"soon"}


def test_a_message_in_turkish_gets_the_emergency_number(assistant):
    """Chest pain and breathlessness in Turkish are read (bot.safety.turkish) and
    escalated; a Turkish message the screen finds nothing in is told the assistant reads
    English only, with the emergency number all the same."""
    sender = new_sender()
    reply = texts(assistant.say(sender, "göğsümde ağrı var, nefes alamıyorum"))
    assert EMERGENCY_NUMBER in reply
    assert {e.tier for e in escalations_of(assistant, sender)} == {"emergency"}
    other = texts(
        assistant.say(new_sender(), "sırtım biraz gergin, hangi egzersizleri önerirsiniz")
    )
    assert "only read messages in English" in other and EMERGENCY_NUMBER in other


def test_a_passage_in_another_language_gets_the_answer_and_the_emergency_number(assistant):
    """The screen reads the English question only; the French before it could describe an
    emergency, so the turn's replies give the emergency number as well as the answer (the
    note follows the turn's first reply, which on a first message is the introduction)."""
    from bot.content.topics import load_topics

    sender = new_sender()
    assistant.say(sender, "hello")
    reply = texts(
        assistant.say(
            sender,
            "je travaille dans un bureau toute la journée, "
            "should I use heat or ice on a back spasm?",
        )
    )
    heat_answer = load_topics()["heat_cold"].answer.split(".")[0]
    answer, _, note = reply.partition("Part of your message isn't in English")
    assert heat_answer in answer and "only read messages in English" not in reply
    assert EMERGENCY_NUMBER in note


def test_a_flood_from_one_client_is_slowed_but_its_emergencies_are_answered(
    assistant, staff_webhook
):
    """Behind the clinic's proxy, one address sending fast gets "slow down" after its burst
    (RATE_LIMIT_BURST, 6); its emergencies still get the reply and are recorded, and staff
    get the first alert at once and the rest as one alert with a count."""
    proxy = {"X-Forwarded-For": "203.0.113.77"}  # as the reverse proxy on this host adds it

    def say(sender: str, text: str) -> str:
        response = assistant.post(sender, text, headers=proxy)
        assert response.status_code == 200, response.text
        return texts(response.json())

    with ThreadPoolExecutor(max_workers=10) as pool:
        flood = list(pool.map(lambda i: say(new_sender(), "how do I stretch my calf"), range(10)))
    slowed = [reply for reply in flood if "faster than I can read them" in reply]
    assert 4 - 1 <= len(slowed) <= 4  # 10 minus a burst of 6 (one more may have refilled)
    assert all(f"call {EMERGENCY_NUMBER} now" in reply for reply in slowed)
    assert "faster than" not in texts(assistant.say(new_sender(), "hi"))  # other clients

    senders = [new_sender() for _ in range(3)]
    for sender in senders:
        reply = say(sender, "crushing pain in my chest going into my left arm, sweating")
        assert f"Call {EMERGENCY_NUMBER} now" in reply
    first, *more = [escalations_of(assistant, sender)[0] for sender in senders]
    assert first.tier == "emergency" and all(e.tier == "emergency" for e in more)

    staff_webhook.wait_for(lambda c: f"escalation #{first.id}\n" in c["text"])
    grouped = staff_webhook.wait_for(lambda c: "2 more escalations from one client" in c["text"])
    assert all(f"#{e.id}" in grouped["text"] for e in more)
    assert not [c for c in staff_webhook.calls if f"escalation #{more[0].id}\n" in c["text"]]
