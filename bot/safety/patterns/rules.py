"""The rules over the concepts: which present concepts make a finding (reason and tier),
which ask a safety question, and which concepts still count in the past or in a question.
"""

from __future__ import annotations

from bot.safety.patterns.vocabulary import EMERGENCY, SOON, URGENT

# Reason code -> (tier, alternatives). Each alternative lists concepts that must all be
# present; a concept written "!NAME" must be absent.
RULES: dict[str, tuple[str, list[list[str]]]] = {
    "chest_pain": (
        EMERGENCY,
        [
            ["CHEST_PAIN_SEVERE"],
            ["PAIN_INTO_ARM_OR_NECK", "!MUSCLE_OR_NERVE_ORIGIN"],
            ["CHEST_PAIN", "!CHEST_EXERCISE"],
        ],
    ),
    "breathing_difficulty": (EMERGENCY, [["BREATHING", "!EXERTION_BREATH_RECOVERS"]]),
    "cauda_equina": (
        EMERGENCY,
        [
            ["SADDLE_NUMB"],
            ["BLADDER_LOSS"],
            ["BOWEL_LOSS"],
            ["BOTH_LEGS_WEAK", "BACK"],
            ["LEGS_NO_FEELING"],
        ],
    ),
    "stroke": (
        EMERGENCY,
        [
            ["ONE_SIDED", "!DENTAL_NUMBING"],
            ["SPEECH", "!DENTAL_NUMBING"],
            ["SUDDEN", "LIMB_WEAK"],
            ["SUDDEN", "CONFUSION"],
            ["ONE_SIDE_LIMBS"],
            ["STROKE_NOW", "!STROKE_RISK"],
        ],
    ),
    "sudden_vision_loss": (
        EMERGENCY,
        [["VISION_LOSS"], ["SUDDEN", "BLURRED_VISION"], ["NEW_ONSET", "BLURRED_VISION"]],
    ),
    "thunderclap_headache": (
        EMERGENCY,
        [["THUNDERCLAP"], ["SUDDEN", "HEADACHE", "SEVERE_PAIN"], ["SUDDEN", "SEVERE_HEADACHE"]],
    ),
    "seizure": (
        EMERGENCY,
        [
            ["SEIZURE"],
            ["STIFF_JERKS", "!SPASTIC_CONDITION"],
            ["FIT", "!FIT_OF"],
            ["SEIZING_NOW", "!SEIZE_UP", "!BODY_PART_SEIZING"],
        ],
    ),
    "fainting": (EMERGENCY, [["FAINT", "!COLLAPSE_ONTO"]]),
    "spinal_injury": (EMERGENCY, [["TRAUMA", "NEURO"]]),
    "major_trauma": (EMERGENCY, [["SERIOUS_ACCIDENT", "NECK_OR_BACK"]]),
    "head_injury_anticoagulant": (EMERGENCY, [["ANTICOAGULANT", "HEAD_KNOCK"]]),
    "meningitis": (
        EMERGENCY,
        [
            ["FEVER", "STIFF_NECK", "!HAY_FEVER"],
            ["FEVER", "PHOTOPHOBIA", "!HAY_FEVER"],
            ["NONFADING_RASH"],
        ],
    ),
    "tetanus": (
        EMERGENCY,
        [["LOCKJAW"], ["WOUND", "GENERAL_SPASMS"], ["WOUND_EVENT", "JAW_STIFF", "!CHEWING"]],
    ),
    "severe_hypocalcemia": (
        EMERGENCY,
        [
            ["PERIORAL_TINGLING", "THROAT_TIGHT"],
            ["PERIORAL_TINGLING", "BREATHING"],
            ["PERIORAL_TINGLING", "SEIZURE"],
            ["PERIORAL_TINGLING", "FIT", "!FIT_OF"],
        ],
    ),
    "rhabdomyolysis": (
        EMERGENCY,
        [
            ["DARK_URINE", "SEVERE_MUSCLE_PAIN", "!DARK_YELLOW"],
            ["DARK_URINE", "EXERTION", "!DARK_YELLOW"],
            ["LITTLE_URINE", "SEVERE_MUSCLE_PAIN"],
            ["DARK_URINE", "MUSCLE_ACHE", "!DARK_YELLOW"],
            ["DARK_URINE", "STATIN", "!DARK_YELLOW"],
            # Heat is a trigger too (MedlinePlus): a day's work in 38 degrees (blind v24).
            ["DARK_URINE", "MUSCLE_SYMPTOM", "HEAT", "!DARK_YELLOW"],
            ["DARK_URINE", "NEW_MEDICINE", "MUSCLE_SYMPTOM", "!DARK_YELLOW"],
            ["DARK_URINE", "LEG_WEAK", "!DARK_YELLOW"],
            ["LITTLE_URINE", "EXERTION", "MUSCLE_ACHE"],
            # Weak muscles and little urine on a new medicine or a statin (blind v28).
            ["LITTLE_URINE", "STATIN", "MUSCLE_SYMPTOM"],
            ["LITTLE_URINE", "NEW_MEDICINE", "MUSCLE_SYMPTOM"],
        ],
    ),
    "heat_stroke": (
        EMERGENCY,
        [
            ["CRAMP", "CONFUSION", "!SAYS_CONFUSED"],
            ["CRAMP", "FAINT", "HEAT"],
            ["CRAMP", "VERY_HOT"],
            ["HEAT", "CONFUSION", "!SAYS_CONFUSED"],
        ],
    ),
    "medication_overdose": (
        EMERGENCY,
        [
            ["OVERDOSE", "MEDICINE", "!ADVISED_TO_TAKE"],
            ["TAKING_SEVERAL", "!AS_PRESCRIBED"],
            ["SEDATIVE_WITH", "TOOK", "!AS_PRESCRIBED", "!WITH_WATER"],
            ["SEDATIVE_WITH", "TOOK", "NOT_PRESCRIBED"],
            ["NOT_PRESCRIBED", "TOOK", "VERY_DROWSY"],
            ["NOT_PRESCRIBED", "TOOK", "DROWSY_DANGER"],
            ["RELAXANT", "DRANK", "!AS_PRESCRIBED", "!WITH_WATER", "!ASKS_BEFORE_TAKING"],
            ["RELAXANT", "DRANK", "ALREADY_TOOK", "!AS_PRESCRIBED", "!WITH_WATER"],
            # Alcohol with the relaxant and now very drowsy, with dinner or not (blind v24).
            ["RELAXANT", "DRANK", "VERY_DROWSY", "!AS_PRESCRIBED"],
            ["COUNT_OF_THEM", "DRANK", "!OTHER_COUNT"],
            ["RELAXANT", "DROWSY_DANGER"],
            ["STOCKPILE"],
            ["OVERDOSE_COUNT", "!OTHER_COUNT"],
            ["COUNT_OF_THEM", "DROWSY_DANGER", "!OTHER_COUNT"],
            ["COUNT_OF_THEM", "VERY_DROWSY", "!OTHER_COUNT"],
            ["RELAXANT_SEVERAL", "VERY_DROWSY", "!AS_PRESCRIBED"],
            # A sedative on top of the relaxant and now very drowsy (FDA: opioids and
            # benzodiazepines with other CNS depressants; blind v26, in Turkish).
            ["SEDATIVE_MEDICINE", "RELAXANT", "VERY_DROWSY", "!AS_PRESCRIBED"],
        ],
    ),
    "anaphylaxis": (EMERGENCY, [["SWELLING_FACE"], ["FACE_PUFFY", "SWALLOW_TROUBLE"]]),
    "self_harm": (
        EMERGENCY,
        [
            ["SELF_HARM"],
            ["SLEEP_FOREVER"],
            ["STOCKPILE"],
            ["PLAN_TONIGHT", "FAREWELL"],
            ["FAREWELL", "JUST_IN_CASE"],
            ["GIVING_AWAY", "JUST_IN_CASE"],
            ["GIVING_MY_THINGS", "JUST_IN_CASE"],
            ["DEAD_RATHER_THAN_LIVING"],
            ["FAREWELL", "BURDEN"],
            ["FAREWELL", "WANT_IT_OVER"],
            ["FAREWELL", "MIND_MADE_UP", "!DECIDED_ON"],
            # Blind v45: "I don't know how much longer I can keep doing this" then "wrote
            # letters to my kids tonight": each alone is asked about; together, 999.
            ["FAREWELL", "CANT_GO_ON"],
            # Blind v46: "I've written letters to the kids and sorted out the will".
            ["FAREWELL", "AFFAIRS_IN_ORDER"],
        ],
    ),
    "compartment_syndrome": (
        EMERGENCY,
        [["CAST_OR_CRUSH", "LIMB_TIGHT_PAIN"], ["CAST_OR_CRUSH", "DIGITS_NUMB_PALE"]],
    ),
    "serotonin_syndrome": (
        EMERGENCY,
        [
            ["SEROTONERGIC", "JERKS", "AUTONOMIC_SIGNS"],
            # Spasms with a fever after starting one (blind v33, in Turkish: "kaslarım
            # kasılıyor", the learned layer's catch until v34's retraining).
            ["SEROTONERGIC", "STARTED_MEDICINE", "SPASM", "FEVER"],
            # "a triptan on top of my escitalopram, now shivering, muscles jumping, 38.5"
            # (blind v36): clonus with a fever.
            ["SEROTONERGIC", "TWITCH", "FEVER"],
        ],
    ),
    "neuroleptic_malignant_syndrome": (
        EMERGENCY,
        [["ANTIPSYCHOTIC", "RIGID", "FEVER"], ["ANTIPSYCHOTIC", "RIGID", "CONFUSION"]],
    ),
    "autonomic_dysreflexia": (EMERGENCY, [["SPINAL_CORD_INJURY", "DYSREFLEXIA_SIGNS"]]),
    "aortic_dissection": (
        EMERGENCY,
        [
            ["TEARING", "THROUGH_TO_BACK"],
            ["TEARING", "CHEST_PAIN"],
            ["TEARING", "SUDDEN", "SEVERE_MUSCLE_PAIN", "UPPER_BACK"],
            # A tearing pain that came on all at once in the upper back (NHS: aortic
            # dissection), severe or not in the patient's words (blind v15, v24).
            ["TEARING", "SUDDEN", "UPPER_BACK", "!INJURY", "!STRAIN_CAUSE", "!EXERTION"],
            # A tearing pain in someone whose aorta is weak, whatever set it off (v26).
            ["TEARING", "AORTIC_RISK"],
        ],
    ),
    "pregnancy_emergency": (
        EMERGENCY,
        [["PREGNANT", "PREGNANCY_DANGER"], ["WATERS_BROKE"], ["PREGNANT", "WATER_LEAK"]],
    ),
    "dvt": (
        URGENT,
        [
            ["LEG_SWELLING", "LEG_INFLAMED"],
            ["LEG_SWELLING", "ONE_LEG"],
            ["CLOT", "LEG_SWELLING"],
            # Both ankles a little puffy after a flight is common; a clot swells one leg (NHS).
            ["LEG_SWELLING", "LONG_TRAVEL", "!BOTH_SIDES"],
            ["CALF", "LEG_INFLAMED", "RECENT_SURGERY"],
            ["CALF", "LEG_RED_HOT", "ONE_LEG"],
            ["CALF", "BIGGER_THAN_OTHER", "LEG_INFLAMED"],
        ],
    ),
    "spinal_infection": (
        URGENT,
        [
            ["FEVER", "NECK_OR_BACK", "!HAY_FEVER"],
            ["SPINE_INFECTION_RISK", "INFECTION_SIGNS"],
            ["SPINE_INFECTION_RISK", "FEVER"],
            ["SPINE_INFECTION_RISK", "WORSENING", "BACK"],
            ["IV_DRUG_USE", "BACK"],  # a history counts (NICE CKS: Back pain - low)
            ["IV_DRUG_USE", "FEVER"],
        ],
    ),
    "cancer_back_pain": (
        URGENT,
        [
            ["CANCER", "BACK"],
            ["BACK", "NIGHT_PAIN", "!DOSE_AT_NIGHT"],
            ["BACK", "WEIGHT_LOSS"],
            ["BETWEEN_SHOULDER_BLADES", "NEW_ONSET", "!FAMILIAR"],
        ],
    ),
    "acute_dystonia": (URGENT, [["ANTIPSYCHOTIC", "DYSTONIA"], ["NEW_MEDICINE", "DYSTONIA"]]),
    "medication_withdrawal": (
        URGENT,
        [["STOPPED_MEDICINE", "WITHDRAWAL_SIGNS"], ["RELAXANT", "RAN_OUT", "WITHDRAWAL_SIGNS"]],
    ),
    "statin_muscle_symptoms": (URGENT, [["STATIN", "MUSCLE_SYMPTOM"]]),
    "septic_joint": (URGENT, [["JOINT_HOT", "FEVER", "!HAY_FEVER"], ["JOINT_HOT", "UNWELL"]]),
    "child_limp_fever": (URGENT, [["CHILD", "LIMP", "FEVER"], ["CHILD", "LIMP", "UNWELL"]]),
    "spasm_with_fever": (
        URGENT,
        [["FEVER", "SPASM", "!HAY_FEVER"], ["FEVER", "MUSCLE_ACHE", "!HAY_FEVER"]],
    ),
    "progressive_leg_weakness": (URGENT, [["LEG_WEAK", "BACK"], ["LEG_WEAK", "WORSENING"]]),
    "hypocalcemia_tingling": (URGENT, [["PERIORAL_TINGLING", "HAND_FOOT_CRAMP"]]),
    "severe_dehydration": (
        URGENT,
        [
            ["LITTLE_URINE", "DEHYDRATED"],
            ["LITTLE_URINE", "DIZZY"],
            ["DEHYDRATED", "DIZZY"],
            ["KEEP_NOTHING_DOWN"],
        ],
    ),
    "knee_injury": (
        URGENT,
        [
            ["KNEE", "KNEE_LOCKED", "INJURY"],
            ["KNEE_STUCK", "CANT_STRAIGHTEN"],
            # A knee that caught and now will not straighten is locked (blind v27).
            ["KNEE", "KNEE_LOCKED", "CANT_STRAIGHTEN"],
            ["KNEE", "KNEE_SWOLLEN_FAST"],
            ["KNEE", "NO_WEIGHT", "INJURY"],
        ],
    ),
    "uncontrolled_pain": (
        URGENT,
        [
            ["SEVERE_PAIN", "IMMOBILE"],
            ["SEVERE_PAIN", "NOTHING_HELPS"],
            ["IMMOBILE", "NOTHING_HELPS"],
        ],
    ),
    "medication_reaction": (
        URGENT,
        [["RASH", "STARTED_MEDICINE"], ["HIVES", "MEDICINE", "!ALLERGY_MEDICINE"]],
    ),
    "tetanus_risk_wound": (URGENT, [["DIRTY_WOUND", "WOUND", "TETANUS_UNKNOWN"]]),
    "prolonged_cramp": (URGENT, [["CRAMP", "DURATION_OVER_10_MINUTES"]]),
    "persistent_spasms": (
        SOON,
        [
            ["SPASM", "DURATION_OVER_2_WEEKS"],
            ["NOT_GONE_AWAY", "DURATION_OVER_2_WEEKS"],
            ["SPASM", "WORSE_DESPITE"],
            ["SPASM", "NOTHING_HELPS", "LONG_RUNNING"],
        ],
    ),
    "night_cramps": (SOON, [["CRAMP", "EVERY_NIGHT"]]),
    "twitching_with_weakness": (SOON, [["TWITCH", "WASTING"]]),
    "spreading_spasms": (SOON, [["SPASM", "SPREADING"], ["SPASM_SPREAD_NOW"]]),
    "recurring_numbness": (SOON, [["NUMB_TINGLE", "SPASM", "RECURRING"]]),
}

# Partial evidence: question key (bot.safety.questions) -> (the reasons it checks for,
# alternatives as in RULES). A question is asked only when none of the reasons it checks
# for, and no emergency or urgent finding, was made.
QUESTION_RULES: dict[str, tuple[tuple[str, ...], list[list[str]]]] = {
    "cauda_equina": (("cauda_equina",), [["CANT_STAND", "BACK"], ["BACK", "SCIATICA_BOTH"]]),
    "chest": (("chest_pain", "aortic_dissection"), [["CHEST_PAIN", "CHEST_EXERCISE"]]),
    # Both legs alike at the end of a shift is not a clot (blind v30).
    "calf_clot": (("dvt",), [["LEG_SWELLING", "!BOTH_SIDES"], ["CALF", "LONG_TRAVEL", "CRAMP"]]),
    "self_harm": (
        ("self_harm",),
        [["CANT_GO_ON"], ["FAREWELL"], ["WANT_IT_OVER"], ["GIVING_AWAY"]],
    ),
    # "I've taken 60mg today already and it's only 2pm" (blind v41): how much is too much
    # depends on the medicine, so ask.
    "overdose": (("medication_overdose",), [["DOSE_STACKING"]]),
    "fever": (
        ("spasm_with_fever", "spinal_infection", "septic_joint"),
        [["JOINT_HOT", "!NO_FEVER", "!JOINT_NOT_HOT"]],
    ),
}

# Concepts that describe a lasting condition: a mention in the past ("I had breast cancer
# two years ago", "T4 para, six years post injury") still applies now.
HISTORY_COUNTS = {
    "CANCER",
    "SPINAL_CORD_INJURY",
    "ANTICOAGULANT",
    "STATIN",
    "SPINE_INFECTION_RISK",
    # MS or Parkinson's diagnosed years ago still explains stiff, jerking legs (FAQ v34).
    "SPASTIC_CONDITION",
    # "i used to inject and slipped up last month" (blind v45).
    "IV_DRUG_USE",
}
# Symptoms that still need the emergency number after they went away (a TIA): a mention
# judged resolved ("for ten minutes, fine now") counts.
RESOLVED_COUNTS = {"ONE_SIDED", "SPEECH", "VISION_LOSS", "ONE_SIDE_LIMBS"}
# Concepts that count even inside a question: "is 30 diazepam enough to not wake up?"
QUESTION_COUNTS = {"STOCKPILE", "SLEEP_FOREVER", "ASKS_BEFORE_TAKING"}
