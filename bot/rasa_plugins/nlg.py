"""Fills the clinic's settings into response templates on the Rasa server."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.content.live import LiveAnswers
from bot.content.topics import (
    FAQ_SUBDIR,
    RETRIEVAL_INTENT,
    SECOND_ANSWER,
    all_reviewed,
    review_of,
)
from bot.safety.verdict import PARTLY_UNREADABLE_KEY, REMINDER_KEY
from bot.settings import get_settings

FAQ_PREFIX = f"utter_{RETRIEVAL_INTENT}/"
REVIEW_PLACEHOLDER = "{answer_review}"
# What `{answer_review}` in utter_iamabot says: clinician review is claimed only when
# every FAQ answer in the live model is signed off and current (docs/content_style.md).
REVIEWED_CLAIM = "answers our clinicians have reviewed"
UNREVIEWED_CLAIM = (
    "answers written from reputable health sources such as the NHS and MedlinePlus, "
    "which our clinicians are reviewing"
)
# What the turn's first reply adds when the safety screen left a note on the message
# (bot.nlu.safety_screen): the advice for an unanswered safety question, and the emergency
# number for a passage the screen could not read.
NOTES = {
    REMINDER_KEY: "utter_safety_reminder",
    PARTLY_UNREADABLE_KEY: "utter_partly_unreadable",
}
NO_NOTE_AFTER = {
    *NOTES.values(),
    "utter_red_flag",
    "utter_ask_safety",
    "utter_unsupported_language",
}


def notes_due(tracker: DialogueStateTracker) -> list[str]:
    """The note responses for this turn's first reply, in `NOTES` order; none later."""
    message = tracker.latest_message
    parse = (message.parse_data or {}) if message is not None else {}
    due = [response for key, response in NOTES.items() if parse.get(key)]
    if not due:
        return []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return due
        if isinstance(event, BotUttered):
            return []
    return []


def second_answer(tracker: DialogueStateTracker, utter_action: str) -> str | None:
    """The response for the other FAQ question the patient's message asked, if any."""
    message = tracker.latest_message
    second = ((message.parse_data or {}) if message is not None else {}).get(SECOND_ANSWER)
    action = second.get("utter_action") if isinstance(second, dict) else None
    if not isinstance(action, str) or not action.startswith(FAQ_PREFIX) or action == utter_action:
        return None
    return action


class ClinicResponseGenerator(TemplatedNaturalLanguageGenerator):
    """The domain's responses, with `{clinic_name}`, `{emergency_number}`... from settings.

    Configured in endpoints.yml as `nlg: type: bot.rasa_plugins.nlg.ClinicResponseGenerator`, so the
    emergency number and clinic details can change without retraining. When the patient
    answered a safety question with something else, the turn's first reply also repeats
    what to do if the symptom is present; when part of the message was in a language the
    screen cannot read, it gives the emergency number (`NOTES`). When the message asked two
    FAQ questions, the first answer is followed by the second (`second_answer`).
    """

    def __init__(
        self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None
    ) -> None:
        settings = get_settings()
        self.clinic_variables: dict[str, Any] = settings.response_variables
        self.review_days = settings.content_review_days
        self.live = LiveAnswers(settings.training_root / FAQ_SUBDIR)
        super().__init__((domain or Domain.empty()).responses)

    @property
    def responses(self) -> dict[str, list[dict[str, Any]]]:
        return self._responses

    @responses.setter
    def responses(self, value: dict[str, list[dict[str, Any]]]) -> None:
        """Rasa sets the responses again whenever it loads a model: index them here."""
        self._responses = value
        # The model's FAQ answers: topic -> (reviewed_by, reviewed_on) as trained.
        self.trained_sign_offs = {
            name[len(FAQ_PREFIX) :]: (
                str(meta.get("reviewed_by") or ""),
                str(meta.get("reviewed_on") or ""),
            )
            for name, variants in value.items()
            if name.startswith(FAQ_PREFIX)
            for meta in [(variants[0].get("metadata") or {}) if variants else {}]
        }
        # Only these responses say `{answer_review}`: the sign-offs are read for them alone,
        # not on every reply.
        self.review_responses = {
            name
            for name, variants in value.items()
            if any(REVIEW_PLACEHOLDER in str(v.get("text") or "") for v in variants)
        }

    def _sign_off(self, topic: str) -> tuple[str, str]:
        live = self.live.topic(topic)
        if live is not None:
            return live.reviewed_by, live.reviewed_on
        return self.trained_sign_offs[topic]

    def answer_review(self, today: dt.date) -> str:
        """The iamabot claim about the answers patients get now, from their sign-offs."""
        reviews = (
            review_of(*self._sign_off(topic), today, self.review_days)
            for topic in self.trained_sign_offs
        )
        return REVIEWED_CLAIM if all_reviewed(reviews) else UNREVIEWED_CLAIM

    def _random_response_for(
        self, utter_action: str, output_channel: str, filled_slots: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The model's response; for an FAQ answer, with the text its file has now."""
        response = super()._random_response_for(utter_action, output_channel, filled_slots)
        if response is None or not utter_action.startswith(FAQ_PREFIX):
            return response
        text = self.live.answer(utter_action[len(FAQ_PREFIX) :])
        return {**response, "text": text} if text else response

    async def _with_second_answer(
        self,
        response: dict[str, Any],
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        variables: dict[str, Any],
    ) -> dict[str, Any]:
        second = second_answer(tracker, utter_action)
        if second is None:
            return response
        extra = await super().generate(second, tracker, output_channel, **variables)
        if not extra or not extra.get("text"):
            return response
        topic_name = second[len(FAQ_PREFIX) :]
        live = self.live.topic(topic_name)
        title = (live.title if live is not None else "") or topic_name.replace("_", " ")
        about = title[:1].lower() + title[1:]
        first = response.get("text") or ""
        return {**response, "text": f"{first}\n\nYou also asked about {about}:\n{extra['text']}"}

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        variables = {**self.clinic_variables, **kwargs}
        if utter_action in self.review_responses:
            variables["answer_review"] = self.answer_review(dt.date.today())
        response = await super().generate(utter_action, tracker, output_channel, **variables)
        if response is not None and utter_action.startswith(FAQ_PREFIX):
            response = await self._with_second_answer(
                response, utter_action, tracker, output_channel, variables
            )
        if response is None or utter_action in NO_NOTE_AFTER:
            return response
        for note_action in notes_due(tracker):
            note = await super().generate(note_action, tracker, output_channel, **variables)
            if note and note.get("text"):
                text = "\n\n".join(t for t in (response.get("text"), note["text"]) if t)
                response = {**response, "text": text}
        return response
