"""Safety questions: one short yes/no question when the evidence for a red flag is partial.

Each question has a key (the value of the slot `safety_question`, which picks the
variation of the response `utter_ask_safety` in domain.yml), the tier and reason a "yes"
escalates at, and the reason codes it covers. Every question text also says what to do
if the answer is yes, so a patient who never answers has still been told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.verdict import Tier

QUESTION_SLOT = "safety_question"
ASK_RESPONSE = "utter_ask_safety"


@dataclass(frozen=True)
class Question:
    key: str
    tier: str
    reason: str
    covers: tuple[str, ...]


_E, _U = Tier.EMERGENCY.value, Tier.URGENT.value
QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        Question("chest", _E, "chest_pain", ("chest_pain", "aortic_dissection")),
        Question(
            "breathing",
            _E,
            "breathing_difficulty",
            ("breathing_difficulty", "anaphylaxis", "severe_hypocalcemia"),
        ),
        Question("cauda_equina", _E, "cauda_equina", ("cauda_equina",)),
        Question("stroke", _E, "stroke", ("stroke", "sudden_vision_loss", "thunderclap_headache")),
        Question("collapse", _E, "fainting", ("fainting", "seizure")),
        Question(
            "injury",
            _E,
            "major_trauma",
            ("major_trauma", "spinal_injury", "head_injury_anticoagulant"),
        ),
        Question("dark_urine", _E, "rhabdomyolysis", ("rhabdomyolysis",)),
        Question("overdose", _E, "medication_overdose", ("medication_overdose",)),
        Question("self_harm", _E, "self_harm", ("self_harm",)),
        Question("lockjaw", _E, "tetanus", ("tetanus",)),
        Question("meningitis", _E, "meningitis", ("meningitis",)),
        Question(
            "hot_and_rigid",
            _E,
            "heat_stroke",
            ("heat_stroke", "serotonin_syndrome", "neuroleptic_malignant_syndrome"),
        ),
        Question("cast_or_crush", _E, "compartment_syndrome", ("compartment_syndrome",)),
        Question("pregnancy", _E, "pregnancy_emergency", ("pregnancy_emergency",)),
        Question("calf_clot", _U, "dvt", ("dvt",)),
        Question(
            "fever",
            _U,
            "spasm_with_fever",
            ("spasm_with_fever", "spinal_infection", "septic_joint", "child_limp_fever"),
        ),
        Question("cancer", _U, "cancer_back_pain", ("cancer_back_pain",)),
        Question("leg_weakness", _U, "progressive_leg_weakness", ("progressive_leg_weakness",)),
        Question("statin", _U, "statin_muscle_symptoms", ("statin_muscle_symptoms",)),
        Question(
            "medicine_change",
            _U,
            "medication_reaction",
            ("medication_reaction", "acute_dystonia", "medication_withdrawal"),
        ),
        Question("knee", _U, "knee_injury", ("knee_injury",)),
    )
}
_BY_REASON = {reason: q for q in QUESTIONS.values() for reason in q.covers}


def question_for(reason: str) -> Question | None:
    """The question that checks for `reason`, if there is one."""
    return _BY_REASON.get(reason)


# What counts as an answer. Buttons send "Yes" and "No"; WhatsApp's numbered options
# and a typed "1" or "2" choose them too.
_YES = re.compile(
    r"^\s*(?:1|yes|y|yeah|yea|yep|yup|ya|yah|yes i do|yes i have|yes it is|yes they do|"
    r"i do|i have|it is|correct|right|true|evet|affirmative|sure|definitely|"
    r"yes,? (?:i do|i have|it is|they do|he does|she does|he has|she has))\s*[.!👍]*\s*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^\s*(?:2|no|n|nope|nah|no i do not|no i don'?t|no i have not|no i haven'?t|"
    r"not really|none|none of those|none of them|neither|i do not|i don'?t|hayır|hayir|"
    r"no,? (?:i do not|i don'?t|i haven'?t|it is not|it isn'?t|nothing like that|thanks|"
    r"thank you|none of those|he doesn'?t|she doesn'?t))\s*[.!👎]*\s*$",
    re.IGNORECASE,
)


def answer_of(text: str) -> bool | None:
    """True for a yes, False for a no, None for anything else."""
    if _YES.match(text):
        return True
    if _NO.match(text):
        return False
    return None
