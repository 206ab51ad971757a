"""Clinical sign-off: the status rule, the file round trip, and what the assistant claims."""

from __future__ import annotations

import asyncio
import datetime as dt

from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.content.faq_store import FaqStore
from bot.content.topics import Review, review_of
from bot.rasa_plugins.nlg import REVIEWED_CLAIM, UNREVIEWED_CLAIM, ClinicResponseGenerator
from tests.workspace import copy_training_root

TODAY = dt.date(2026, 12, 4)


def test_a_review_is_current_for_the_configured_days_then_stale():
    assert review_of("", "", TODAY, 365) is Review.UNREVIEWED
    assert review_of("dr lee", "not a date", TODAY, 365) is Review.UNREVIEWED
    assert review_of("dr lee", "2026-01-01", TODAY, 365) is Review.REVIEWED
    assert review_of("dr lee", "2025-12-01", TODAY, 365) is Review.STALE
    assert review_of("dr lee", "2026-11-01", TODAY, 30) is Review.STALE


def test_a_sign_off_survives_a_title_change_but_not_an_answer_or_source_change(tmp_path):
    store = FaqStore(copy_training_root(tmp_path / "root"))
    signed = store.mark_reviewed("heat_cold", "dr lee", TODAY)
    assert (store.get("heat_cold").reviewed_by, store.get("heat_cold").reviewed_on) == (
        "dr lee",
        "2026-12-04",
    )
    store.update_answer("heat_cold", signed.answer, "Heat or cold?", signed.sources)
    assert store.get("heat_cold").reviewed_by == "dr lee"
    store.update_answer("heat_cold", signed.answer, "Heat or cold?", signed.sources[:1])
    assert store.get("heat_cold").reviewed_by == ""


def _signed(day: dt.date) -> dict:
    return {"reviewed_by": "dr lee", "reviewed_on": day.isoformat()}


def _iamabot(meta: dict) -> str:
    domain = Domain.from_dict(
        {
            "responses": {
                "utter_iamabot": [{"text": "I give general information from {answer_review}."}],
                "utter_faq/a": [{"text": "A.", "metadata": meta}],
                "utter_faq/b": [
                    {"text": "B.", "metadata": {"reviewed_by": "x", "reviewed_on": "2026-12-01"}}
                ],
            }
        }
    )
    # As Rasa does: the generator is built before a model is loaded, and gets the model's
    # responses when one is (rasa.core.agent.Agent._set_processor).
    generator = ClinicResponseGenerator(domain=Domain.empty())
    generator.responses = domain.responses
    tracker = DialogueStateTracker("someone", domain.slots)
    reply = asyncio.run(generator.generate("utter_iamabot", tracker, "rest"))
    return reply["text"]


def test_the_assistant_claims_clinician_review_only_when_every_answer_has_it():
    assert UNREVIEWED_CLAIM in _iamabot({})
    assert REVIEWED_CLAIM in _iamabot(
        {"reviewed_by": "dr lee", "reviewed_on": dt.date.today().isoformat()}
    )
    assert UNREVIEWED_CLAIM in _iamabot({"reviewed_by": "dr lee", "reviewed_on": "2019-01-01"})
