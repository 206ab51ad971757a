"""The SafetyScreen NLU component: its verdict wins over the classifiers, it asks a safety
question on partial evidence, reads the answer, and sees the conversation's last messages.

Real Rasa messages and trackers; the learned layer is trained once from data/safety/.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.safety_screen import SafetyScreen
from bot.safety.learned import LearnedLayer
from bot.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def screen() -> SafetyScreen:
    """Patterns only, as a model saved before the learned layer loads."""
    return SafetyScreen({})


@pytest.fixture(scope="module")
def learned_screen(learned_layer: LearnedLayer) -> SafetyScreen:
    return SafetyScreen({}, learned=learned_layer)


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


def classified(text: str, intent: str = "faq", confidence: float = 0.99) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}])
    message.set("entities", [])
    message.set(
        "response_selector",
        {"faq": {"response": {"intent_response_key": "faq/back_spasms", "confidence": 0.9}}},
        add_to_output=True,
    )
    return message


def entity_values(message: Message, name: str) -> list[str]:
    return [e["value"] for e in message.get("entities") if e["entity"] == name]


def tracker_with(domain: Domain, *events: Any) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("patient", list(events), domain.slots)


def test_a_red_flag_wins_over_a_confident_faq(screen):
    [message] = screen.process([classified("my back spasms and i can't feel my bum or groin")])
    assert message.get("intent") == {"name": "red_flag", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "red_flag"
    assert entity_values(message, "red_flag_tier") == ["emergency"]
    assert entity_values(message, "red_flag_crisis") == []
    assert [f["reason"] for f in message.get("red_flags")] == ["cauda_equina"]
    assert message.get("red_flags")[0]["layer"] == "patterns"


def test_self_harm_asks_for_the_crisis_line_reply(screen):
    [message] = screen.process([classified("the spasms never stop and i want to kill myself")])
    assert entity_values(message, "red_flag_crisis") == ["yes"]
    assert entity_values(message, "red_flag_tier") == ["emergency"]


def test_several_tiers_report_the_strictest(screen):
    [message] = screen.process(
        [classified("spasms for 3 weeks now and today my left calf is swollen red and hot")]
    )
    assert entity_values(message, "red_flag_tier") == ["urgent"]
    assert {f["reason"] for f in message.get("red_flags")} == {"dvt", "persistent_spasms"}


def test_a_dosing_question_goes_to_the_prescriber_whatever_was_classified(screen):
    [message] = screen.process([classified("how many mg of soma can i take", "muscle_relaxants")])
    assert message.get("intent")["name"] == "dosing_question"


def test_ordinary_questions_are_left_alone(screen):
    for text in ("does soma make you drowsy", "I can't stand up straight, what helps a stiff neck"):
        [message] = screen.process([classified(text)])
        assert message.get("intent")["name"] == "faq", text
        assert message.get("entities") == []


@pytest.mark.parametrize(
    "text",
    [
        "my eyes are puffy this morning after crying",
        "my face feels tight after the sun",
        "I took my soma with a drink of water",
        "I take baclofen with my tramadol as prescribed",
    ],
)
def test_former_false_alarms_are_answered(screen, text):
    [message] = screen.process([classified(text)])
    assert message.get("intent")["name"] == "faq"


def test_a_soon_finding_keeps_the_answer_and_adds_the_advice_once(screen, domain):
    text = "my spasms have lasted 3 weeks now, does heat help?"
    [first] = screen.process([classified(text)], tracker_with(domain))
    assert first.get("intent")["name"] == "faq_with_soon_flag"
    assert entity_values(first, "red_flag_tier") == ["soon"]
    advised = tracker_with(domain, SlotSet("red_flag_tier", "soon"))
    [again] = screen.process([classified(text)], advised)
    assert again.get("intent")["name"] == "faq"
    assert [f["tier"] for f in again.get("red_flags")] == ["soon"]


def test_partial_evidence_asks_a_question_and_keeps_the_classifiers_intent(screen):
    [message] = screen.process([classified("I can't stand up straight because of my back spasm")])
    assert message.get("intent")["name"] == "safety_check"
    assert entity_values(message, "safety_question") == ["cauda_equina"]
    assert message.get("safety_original_intent")["name"] == "faq"


def _asked(domain: Domain, question: str = "cauda_equina") -> DialogueStateTracker:
    original = {
        "intent": {"name": "safety_check", "confidence": 1.0},
        "safety_original_intent": {"name": "faq", "confidence": 0.97},
        "response_selector": {"faq": {"response": {"intent_response_key": "faq/back_spasms"}}},
        "entities": [],
    }
    return tracker_with(
        domain,
        UserUttered("I can't stand up straight because of my back spasm", parse_data=original),
        SlotSet("safety_question", question),
        BotUttered("Before I answer: ...", metadata={"utter_action": "utter_ask_safety"}),
    )


@pytest.mark.parametrize("answer", ["yes", "Yes", "1", "yes i do", "yeah"])
def test_yes_to_a_safety_question_escalates_at_its_tier(screen, domain, answer):
    [message] = screen.process([classified(answer, "affirm")], _asked(domain))
    assert message.get("intent")["name"] == "red_flag"
    assert entity_values(message, "red_flag_tier") == ["emergency"]
    [finding] = message.get("red_flags")
    assert finding["reason"] == "cauda_equina" and finding["layer"] == "safety_question"


@pytest.mark.parametrize("answer", ["no", "No", "2", "nope", "no i don't"])
def test_no_to_a_safety_question_answers_the_question_asked(screen, domain, answer):
    [message] = screen.process([classified(answer, "deny")], _asked(domain))
    assert message.get("intent")["name"] == "faq"
    response = message.get("response_selector")["faq"]["response"]
    assert response["intent_response_key"] == "faq/back_spasms"


def test_anything_else_is_screened_and_the_reply_carries_a_reminder(screen, domain):
    [other] = screen.process([classified("what about ice?")], _asked(domain))
    assert other.get("intent")["name"] == "faq"
    assert other.get("safety_reminder") == "cauda_equina"
    [flag] = screen.process([classified("now my chest is crushing me")], _asked(domain))
    assert flag.get("intent")["name"] == "red_flag"


def test_a_red_flag_spread_over_two_messages_is_caught(screen, domain):
    second = "also both my legs feel weak and heavy today"
    earlier = tracker_with(domain, UserUttered("my lower back has been in spasm since sunday"))
    [message] = screen.process([classified(second)], earlier)
    assert message.get("intent")["name"] == "red_flag"
    assert entity_values(message, "red_flag_tier") == ["emergency"]
    assert [f["layer"] for f in message.get("red_flags") if f["reason"] == "cauda_equina"] == [
        "context"
    ]
    [alone] = screen.process([classified(second)])
    assert entity_values(alone, "red_flag_tier") != ["emergency"]


def test_a_follow_up_about_a_spasm_asked_about_earlier_keeps_the_answer_and_books(screen, domain):
    """The spasm is named only in an earlier question; the follow-up says it is nightly."""
    follow_up = "asking because they wake me up every night, for a month now"
    earlier = tracker_with(domain, UserUttered("what helps with calf cramps?"))
    [message] = screen.process([classified(follow_up)], earlier)
    assert entity_values(message, "red_flag_tier") == ["soon"]
    assert [f["layer"] for f in message.get("red_flags")] == ["context"]
    [alone] = screen.process([classified(follow_up)])
    assert entity_values(alone, "red_flag_tier") == []


# A medicine asked about, then taken with alcohol; a sore neck asked about, then the
# accident behind it; a blood thinner asked about, then a knock to the head.
EARLIER_BACKGROUND = [
    ("can I drink on tizanidine?", "too late, had most of a bottle of wine with 2"),
    ("what helps whiplash neck stiffness?", "a lorry went into us at 60mph, car written off"),
    ("is ibuprofen ok with warfarin?", "asking because i just banged my head on the cupboard"),
]


@pytest.mark.parametrize(
    ("question", "follow_up", "reason"),
    [
        (*EARLIER_BACKGROUND[0], "medication_overdose"),
        (*EARLIER_BACKGROUND[1], "major_trauma"),
        (*EARLIER_BACKGROUND[2], "head_injury_anticoagulant"),
        # Blind v39: tingling lips after a neck operation, then a tightening throat; a
        # lorry unloaded by hand, then little dark urine (in Turkish).
        (
            "my lips have been a bit tingly since my parathyroid op",
            "now my throat feels like it's tightening up and my voice has gone squeaky",
            "severe_hypocalcemia",
        ),
        (
            "Kamyon şoförüyüm, dün tek başıma tır boşalttım, kollarım ve sırtım ağrıyo",
            "bugün çok az idrar yaptım, o da koyu kahve renginde",
            "rhabdomyolysis",
        ),
        # Blind v45: a sore back, then the bus that was hit side on; a volleyball
        # tournament, then cola-coloured pee; "how much longer can I keep doing this",
        # then letters to the children.
        (
            "can i book a massage for my lower back please",
            "it started after the bus i was driving got hit side on by a lorry at speed",
            "major_trauma",
        ),
        (
            "6 matches at the beach volleyball tournament in full sun, muscles destroyed haha",
            "lol also my pee is basically cola this morning. normal after a big day right?",
            "rhabdomyolysis",
        ),
        (
            "I don't know how much longer I can keep doing this, 3 years of spasms",
            "wrote letters to my kids tonight and put them in the drawer",
            "self_harm",
        ),
    ],
)
def test_what_an_earlier_question_says_the_patient_takes_or_has_counts_at_any_tier(
    screen, domain, question, follow_up, reason
):
    """The medicine or the sore neck is named only in an earlier question; the follow-up
    makes it an emergency. Neither message is one alone."""
    earlier = tracker_with(domain, UserUttered(question))
    [message] = screen.process([classified(follow_up)], earlier)
    assert entity_values(message, "red_flag_tier") == ["emergency"]
    assert [f["layer"] for f in message.get("red_flags") if f["reason"] == reason] == ["context"]
    for alone in (question, follow_up):
        [result] = screen.process([classified(alone)])
        assert entity_values(result, "red_flag_tier") != ["emergency"], alone


def test_a_symptom_asked_about_hypothetically_is_not_the_patients_own(screen, domain):
    """ "What if I can't feel my legs?" says nothing about the patient's legs."""
    earlier = tracker_with(domain, UserUttered("what should i do if i can't feel my legs?"))
    [message] = screen.process([classified("ok. my back is sore from gardening")], earlier)
    assert entity_values(message, "red_flag_tier") != ["emergency"]


def test_an_earlier_red_flag_is_not_escalated_again(screen, domain):
    earlier = tracker_with(domain, UserUttered("i have crushing chest pain"))
    [message] = screen.process([classified("ok thank you", "thank")], earlier)
    assert message.get("intent")["name"] == "thank"


@pytest.mark.parametrize(
    "text",
    [
        "ch3st p41n and i cant br34the",
        "c\u200bhest pain and i can\u200bt breathe",
        "ｃｈｅｓｔ pain",
    ],
)
def test_disguised_text_is_read(screen, text):
    [message] = screen.process([classified(text)])
    assert message.get("intent")["name"] == "red_flag"


@pytest.mark.parametrize(
    "text",
    [
        # A cross emoji says "no" (blind v30).
        "back spasm 😖 but no 🚽 problems, legs ok 🦵👍, fever ❌. heat or ice??",
        "❌ numbness ❌ fever, just a stiff back, heat or ice?",
        # A lower lip numb after the dentist is not saddle numbness (blind v30).
        "my bottom lip is still numb from the injection at my filling, should it wear off?",
    ],
)
def test_what_the_text_rules_out_is_not_escalated(screen, text):
    [message] = screen.process([classified(text)])
    assert message.get("intent")["name"] == "faq"


def test_an_emergency_written_in_turkish_is_escalated(screen):
    [message] = screen.process([classified("göğsümde ağrı var, nefes alamıyorum", "out_of_scope")])
    assert message.get("intent")["name"] == "red_flag"
    assert entity_values(message, "red_flag_tier") == ["emergency"]


UNREADABLE = "unsupported_language"


@pytest.mark.parametrize(
    ("text", "classified_as", "expected"),
    [
        ("sırtım biraz gergin, hangi egzersizleri önerirsiniz", "out_of_scope", UNREADABLE),
        ("боль в груди", "out_of_scope", UNREADABLE),
        ("me duele mucho la espalda y no puedo respirar bien", "out_of_scope", UNREADABLE),
        # Asked in English too: answered as the classifier read it.
        ("ofiste oturma pozisyonu nasıl olmalı, office sitting posture advice", "faq", "faq"),
        ("magnezyum takviyesi alsam mı? magnesium supplement is good?", "faq", "faq"),
        # A Turkish statement with an English question at the end (faq blind v21).
        ("stres yüzünden kaslarım kasılıyor, what can I do", "faq", "faq"),
        ("kramp olmamak için ne yapmalıyım", "out_of_scope", UNREADABLE),
        # Grammar words of another language, though some words are in an English
        # dictionary (FAQ blind v36); two English words in a row keep the answer.
        ("ne zaman doktora gitmem gerekir", "out_of_scope", UNREADABLE),
        ("mi padre tuvo un ictus y tiene la mano muy rigida", "out_of_scope", UNREADABLE),
        ("wann muss ich zum arzt mit muskelkrämpfen", "out_of_scope", UNREADABLE),
        ("gözüm seyiriyor 3 gündür, eyelid twitch, neden olur?", "faq", "faq"),
        ("T4 para, spasms in my legs at night, what can help", "faq", "faq"),
    ],
)
def test_only_a_message_the_screen_cannot_read_gets_the_language_reply(
    screen, text, classified_as, expected
):
    [message] = screen.process([classified(text, classified_as)])
    assert message.get("intent")["name"] == expected


@pytest.mark.parametrize(
    ("text", "partly"),
    [
        # French, then an English question (blind v29): answered, with the emergency number.
        (
            "ma mère elle voit plus rien d'un oeil depuis ce matin, d'un coup comme ça. "
            "She has also pain in her neck, what should we do?",
            True,
        ),
        ("stres yüzünden kaslarım kasılıyor, what can I do", True),
        # Serbian with a short English sentence (blind v46): no emergency word was read.
        ("Zdravo, pao sam juče na stepenicama, udario vrat. neck hurts a lot, massage?", True),
        # Turkish the glossary reads is English by then.
        ("gece bacak kramplari, night leg cramps what to do", False),
        ("hocam my lower back is in spasm since yesterday, heat or ice?", False),
        ("what stretches help a tight hamstring after football", False),
    ],
)
def test_a_passage_the_screen_cannot_read_is_noted_for_the_reply(screen, text, partly):
    [message] = screen.process([classified(text)])
    assert message.get("intent")["name"] == "faq"
    assert bool(message.get("partly_unreadable")) is partly


def test_the_learned_layer_catches_what_the_patterns_miss(learned_screen):
    text = "my dads lips look greyish and hes panting even sitting still"
    [message] = learned_screen.process([classified(text)])
    assert message.get("intent")["name"] in {"red_flag", "safety_check"}
    if message.get("intent")["name"] == "red_flag":
        assert message.get("red_flags")[0]["layer"] in {"patterns", "learned"}


def test_the_learned_layer_never_lowers_a_pattern_finding(learned_screen):
    [message] = learned_screen.process([classified("I have crushing chest pain")])
    assert entity_values(message, "red_flag_tier") == ["emergency"]
