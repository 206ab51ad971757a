"""Short property-based fuzz runs (hypothesis) over what patients' input reaches first:
the red-flag detector, the REST body check and log redaction."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.rest import OTHER_CHANNEL_SENDER, body_problem
from bot.common.log_redaction import REDACTED, redact_text
from bot.common.text_clean import is_clean_id
from bot.safety.detector import TIER_RANK, get_detector

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
EMERGENCY = "I can't feel anything between my legs and my back spasms"
# Noise that cannot negate or change the meaning of a sentence next to it.
NOISE = st.text(alphabet="0123456789 .,!?;:-()🙂👍\n\t", max_size=40)
VOCABULARY = (
    "chest pain arm numb legs back spasm cramp not no never weeks days ago tingling weak "
    "can't feel bladder bowel fever fall head neck stiff suicide kill myself my son "
    "daughter yesterday since 3 hours sudden worst"
)
WORDS = st.sampled_from(VOCABULARY.split())


@FUZZ
@given(st.text(max_size=2000))
def test_the_detector_takes_any_text(text):
    findings = get_detector().detect(text)
    assert all(f.tier in TIER_RANK and f.reason and f.evidence for f in findings)


@FUZZ
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_the_detector_takes_any_mix_of_its_own_words(text):
    findings = get_detector().detect(text)
    assert [TIER_RANK[f.tier] for f in findings] == sorted(TIER_RANK[f.tier] for f in findings)


@FUZZ
@given(NOISE, NOISE)
def test_an_emergency_stays_an_emergency_whatever_noise_surrounds_it(before, after):
    findings = get_detector().detect(f"{before} {EMERGENCY} {after}")
    assert findings and findings[0].tier == "emergency"


def test_the_detector_is_fast_on_long_repetitive_text():
    for text in ("chest " * 3000, "not " * 3000 + EMERGENCY, "a" * 60_000, "1 2 " * 5000):
        started = time.monotonic()
        get_detector().detect(text)
        assert time.monotonic() - started < 10


@FUZZ
@given(st.binary(max_size=3000))
def test_the_rest_body_check_takes_any_bytes(body):
    problem = body_problem(body)
    assert problem is None or isinstance(problem, str)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@FUZZ
@given(st.dictionaries(st.sampled_from(["sender", "message", "metadata", "x"]), JSON))
def test_the_rest_body_check_accepts_exactly_a_sender_and_a_text(body):
    import json

    problem = body_problem(json.dumps(body).encode())
    sender, message = body.get("sender"), body.get("message")
    valid = isinstance(sender, str) and len(sender.strip()) > 0 and len(sender) <= 255
    valid = valid and is_clean_id(sender) and not OTHER_CHANNEL_SENDER.match(sender.strip())
    assert (problem is None) == (valid and isinstance(message, str))


@pytest.mark.parametrize("sender", ["whatsapp:+447700900123", "WhatsApp:+1", "123456789", "-1001"])
def test_rest_cannot_write_into_a_whatsapp_or_telegram_conversation(sender):
    body = f'{{"sender": "{sender}", "message": "hello"}}'.encode()
    assert "WhatsApp address or a Telegram chat id" in body_problem(body)
    assert body_problem(b'{"sender": "patient-42", "message": "hello"}') is None


@settings(FUZZ, max_examples=50)  # generating addresses is slow
@given(st.text(max_size=500), st.emails(), st.text(max_size=50))
def test_email_addresses_never_survive_redaction(before, email, after):
    redacted = redact_text(f"{before} {email} {after}")
    assert email not in redacted
    assert redact_text(redacted) == redacted


PHONES = st.builds(
    lambda prefix, groups: prefix + " ".join(groups),
    st.sampled_from(["+44 ", "0", "+1 ", "00 33 ", ""]),
    st.lists(st.text(alphabet="0123456789", min_size=3, max_size=4), min_size=3, max_size=4),
)


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=["Nd"]), max_size=80), PHONES)
def test_phone_numbers_never_survive_redaction(words, phone):
    redacted = redact_text(f"{words} {phone} {words}")
    assert phone.strip() not in redacted
    assert REDACTED in redacted
