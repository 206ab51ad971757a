"""The red-flag detector and the dosing guard against the labelled suites.

The red-flag suites live in data/safety/ (they also train the learned layer); the blind
set v4 in eval/ was measured once before the detector was tuned on it.
"""

from __future__ import annotations

import pytest
import yaml

from bot.safety.detector import TIER_RANK, get_detector, strictest_tier
from bot.safety.dosing import get_dosing_guard
from bot.safety.patterns import RULES
from bot.settings import PROJECT_ROOT

SAFETY = PROJECT_ROOT / "eval"
SAFETY_DATA = PROJECT_ROOT / "data" / "safety"
EVAL = PROJECT_ROOT / "eval"


def _cases(path):
    return yaml.safe_load(path.read_text())["cases"]


# The development suite, plus the held-out sets v1-v3: each was first measured blind (the
# numbers are in docs/red_flags.md) and then used to improve the detector, so all of them
# are regression tests now.
SUITE = _cases(SAFETY_DATA / "red_flag_cases.yml")
CASES = SUITE + [
    c for v in ("", "_v2", "_v3") for c in _cases(SAFETY_DATA / f"red_flags_heldout{v}.yml")
]
POSITIVES = [c for c in CASES if c["tier"] != "none"]
NEGATIVES = [c for c in CASES if c["tier"] == "none"]
DOSING = _cases(SAFETY / "dosing_cases.yml") + [
    c for v in ("", "_v2", "_v3") for c in _cases(EVAL / f"dosing_heldout{v}.yml")
]


def _id(case) -> str:
    return case["text"][:60]


def test_the_suite_covers_every_reason_code_several_ways():
    assert len(SUITE) >= 250
    labelled = [c for path in sorted(SAFETY_DATA.glob("*.yml")) for c in _cases(path)]
    for reason in RULES:
        phrasings = [c for c in labelled if reason in c["reasons"]]
        assert len(phrasings) >= 25, reason
    kinds = {c["kind"] for c in SUITE if c["tier"] == "none"}
    assert {"negated", "historical", "informational", "benign"} <= kinds


@pytest.mark.parametrize("case", POSITIVES, ids=_id)
def test_every_dangerous_message_is_escalated_at_its_tier_or_stricter(case):
    findings = get_detector().detect(case["text"])
    tier = strictest_tier(findings)
    assert tier is not None, "missed"
    assert TIER_RANK[tier] <= TIER_RANK[case["tier"]], f"under-triaged as {tier}"
    assert set(case["reasons"]) <= {f.reason for f in findings}


@pytest.mark.parametrize("case", NEGATIVES, ids=_id)
def test_negated_past_informational_and_benign_messages_are_not_escalated(case):
    assert get_detector().detect(case["text"]) == []


@pytest.mark.parametrize("case", DOSING, ids=_id)
def test_dosing_requests_are_recognised(case):
    if case["text"] in KNOWN_DOSING_OVER_TRIGGERS:
        pytest.xfail("known over-trigger, see KNOWN_DOSING_OVER_TRIGGERS")
    assert get_dosing_guard().is_dosing_request(case["text"]) is case["dosing"]


@pytest.mark.parametrize("text", ["", "   ", "\n", "🙂", "x" * 5000, "<script>"])
def test_odd_text_yields_no_finding_and_no_error(text):
    assert get_detector().detect(text) == []
    assert get_dosing_guard().is_dosing_request(text) is False


def test_a_long_message_with_an_emergency_in_it_is_still_escalated():
    text = "I have a question about stretching. " * 100 + "Also I can't feel my bum or groin."
    assert [f.reason for f in get_detector().detect(text)] == ["cauda_equina"]


def test_findings_come_strictest_first_with_evidence():
    findings = get_detector().detect(
        "I've had back spasms for a month and now I can't pee and have a fever"
    )
    assert findings[0].tier == "emergency"
    assert [f.tier for f in findings] == sorted(
        (f.tier for f in findings), key=TIER_RANK.__getitem__
    )
    assert all(f.evidence for f in findings)


# A known limitation, kept visible rather than hidden: the guard reads "... three times a
# day, can physio help?" (a relative's regimen) as a dosing question. The answer it gets is
# "ask your prescriber", which is safe.
KNOWN_DOSING_OVER_TRIGGERS = {
    "my dad's on 20mg baclofen three times a day, can physio help his spasticity as well?"
}


# A held-out FAQ question that the second catalogue made a red flag on purpose: NHS advice
# is to call a GP or 111 for unexplained muscle pain or cramps on a statin
# (docs/red_flags.md). The two training examples like it were taken out of the FAQ data.
FAQ_QUESTIONS_THAT_ARE_RED_FLAGS = {"could my statin tablets be what's giving me cramps"}


def test_no_training_example_or_faq_question_trips_the_safety_screen():
    from bot.content.topics import parse_examples
    from bot.modelops.evaluation import load_faq_heldout

    texts = [m.text for m in load_faq_heldout()]
    for path in sorted((PROJECT_ROOT / "data" / "nlu").rglob("*.yml")):
        for entry in yaml.safe_load(path.read_text()).get("nlu", []):
            texts += parse_examples(entry.get("examples", ""))
    flagged = [
        t for t in texts if get_detector().detect(t) and t not in FAQ_QUESTIONS_THAT_ARE_RED_FLAGS
    ]
    dosing = [t for t in texts if get_dosing_guard().is_dosing_request(t)]
    assert flagged == [] and dosing == []


# Words of a list that a space in the same slot once cut off: "a|b|st johns wort" is read as
# "a|b|st" followed by "johns wort", so no word of the list matched alone (blind v8).
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("my mum takes venlafaxine", "SEROTONERGIC"),
        ("he is on sertraline", "SEROTONERGIC"),
        ("she takes st johns wort", "SEROTONERGIC"),
        ("his arms are rigid", "RIGID"),
        ("his neck is like a lead pipe", "RIGID"),
        ("she is off her food", "UNWELL"),
        ("he has been poorly", "UNWELL"),
        ("after my flight home", "LONG_TRAVEL"),
        ("after a long haul trip", "LONG_TRAVEL"),
        ("it is getting worse day by day", "WORSENING"),
        ("i have been thinking about selfharm", "SELF_HARM"),
    ],
)
def test_each_word_of_a_concepts_word_list_is_found_on_its_own(text, concept):
    mentions, _ = get_detector().analyse(text)
    assert concept in {m.concept for m in mentions}


@pytest.mark.parametrize(
    "text",
    [
        "I took 10 soma",
        "my dad took like 8 of his muscle relaxers",
        "took twelve baclofen an hour ago",
        "popped 6 of the tablets all at once",
    ],
)
def test_five_or_more_muscle_relaxants_taken_is_an_overdose(text):
    assert "medication_overdose" in {f.reason for f in get_detector().detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "took 4 baclofen today as prescribed",
        "forgot this morning's methocarbamol, should I double up tonight?",
        "I have worked as a bus driver for 15 years. Lately my calf cramps when I brake a lot",
        "I have had arthritis in my hands for a few years. Recently my forearm spasms when I knit",
        "our baby is 5 months and I carry her all day, my shoulders knot up, posture tips?",
        "at the laptop 10 hours a day and my neck spasms in the afternoon, desk tips?",
        # Nineteenth session (FAQ blind v30, red flags v36): a place on the leg, how long
        # one knelt, how long an exam lasts.
        "cramps in the back of my thigh at night in bed",
        "I kneel many hours in the harvest, after that the muscles around my knee cramp",
        "why do I get a hand cramp writing exams? uni student, 3 hour papers",
    ],
)
def test_a_duration_or_dose_that_belongs_to_something_else_is_not_a_red_flag(text):
    assert get_detector().detect(text) == []


def test_spasms_lasting_weeks_are_still_persistent():
    found = {
        f.reason for f in get_detector().detect("my back has been going into spasm for 3 weeks")
    }
    assert "persistent_spasms" in found


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my right arm just stopped working for a few minutes, fine now", "stroke"),
        ("suddenly my left eye could not see anything", "sudden_vision_loss"),
        ("a lorry knocked me off my bike by the market, my neck hurts", "major_trauma"),
        ("when I wipe there is no feeling at all and my back is bad", "cauda_equina"),
        ("took baclofen and then some of my husband's diazepam to sleep", "medication_overdose"),
        ("knee got stuck after a twist at football, now can not straighten", "knee_injury"),
        ("leg cramps woke me 5 nights in a row", "night_cramps"),
        ("at first just my foot cramped, now my calf and thigh spasm too", "spreading_spasms"),
    ],
)
def test_wordings_found_by_blind_set_v10(text, reason):
    assert reason in {f.reason for f in get_detector().detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "how do i recognise a seizure in someone else?",
        "dog nipped me, tiny scratch, my tetanus jab is up to date",
        "it is very hot in the gym today and my calves cramp a bit, tips?",
        "after my knee replacement that leg is still weaker than the other, exercises?",
        "was told to take it for two weeks for my back spasms, can I travel with it?",
    ],
)
def test_look_alikes_found_by_blind_set_v10_are_not_red_flags(text):
    assert get_detector().detect(text) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Blind v39 (twentieth session).
        ("went totally out cold while waiting for the bus", "fainting"),
        ("jackknifed on the motorway last night, my neck is stiff today", "major_trauma"),
        ("i still inject sometimes. my back has been killing me for a week", "spinal_infection"),
        ("my thighs are in spasm and the thermometer says 39", "spasm_with_fever"),
        ("my spasms haven't settled after a month of physio", "persistent_spasms"),
        (
            "I've been giving my things away so nobody has to deal with it after I'm gone",
            "self_harm",
        ),
        (
            "the pharmacy couldn't get it, nothing since friday, now I'm shaking",
            "medication_withdrawal",
        ),
        ("had two glasses of wine, then I already took my soma", "medication_overdose"),
        # Blind v40 (the same session).
        (
            "on blood thinners, took a football to the head at the match",
            "head_injury_anticoagulant",
        ),
        ("I took baclofen 3 times the dose because the spasm was so bad", "medication_overdose"),
        ("the baggage tractor hit me at the airport, my back hurts", "major_trauma"),
        ("my mum went down the whole flight of stairs, her back hurts a lot", "major_trauma"),
        ("a shadow came down over my left eye a few minutes ago", "sudden_vision_loss"),
        ("I'd rather be dead than live with these spasms, I mean it", "self_harm"),
        ("my calf is red and hot and tighter than the other one", "dvt"),
        # Blind v41 (twenty-first session), English; the Turkish ones are in test_turkish.
        (
            "a butcher's knife went deep into my hand, no idea when my tetanus jab was",
            "tetanus_risk_wound",
        ),
        ("my son has been vomiting for 2 days, last peed 10 hours ago", "severe_dehydration"),
        (
            "hot day at the hamam, cramps, and for a while I didn't know what I was doing",
            "heat_stroke",
        ),
        ("been giving my tools and sewing machine to my cousins, for after I'm gone", "self_harm"),
        # Blind v42 (the same session).
        ("yesterday car hit me when i cross the road, today back pain is big", "major_trauma"),
        (
            "tonight im gonna take 4 of the muscle relaxers, 1 does nothing for me",
            "medication_overdose",
        ),
        ("very hot, my legs cramp and now i am confused, i forget where i am", "heat_stroke"),
        (
            "thrown out of the back of a pickup yesterday, he says it's just back spasms",
            "major_trauma",
        ),
        ("my head snapped back, electric shocks going down both arms", "spinal_injury"),
        ("pain going down my arm and I feel sick and sweaty", "chest_pain"),
        # Blind v43 (twenty-second session): a tree named, raki, tramadol saved up, a
        # limp that started at school today.
        ("fell out of the olive tree, must be 4 metres, landed flat on my back", "major_trauma"),
        ("had like 6 rakis, and just took my soma on top of it", "medication_overdose"),
        ("i've got enough tramadol saved up now. i'm done.", "self_harm"),
        (
            "the little one (6) started limping at school today, teacher said he felt hot, 38.9",
            "child_limp_fever",
        ),
        # Blind v44: a coach off the road, a barrier steered into, spasms going into the
        # shoulders, painkillers that did nothing and heat that did not help.
        (
            "our tour coach went off the road and rolled onto its side, my back hurts",
            "major_trauma",
        ),
        ("some nights driving home I think about steering into the barrier", "self_harm"),
        (
            "the spasms started in my neck. now they're going into my shoulders and upper back",
            "spreading_spasms",
        ),
        (
            "can't move my neck at all, painkillers did nothing and heat didn't help",
            "uncontrolled_pain",
        ),
        # Blind v45: thunder in the head; a crush onto a forearm; a ripping pain down the
        # back to the tummy; a puffy face with odd swallowing; a relapse into injecting;
        # a hot toddler crawling instead of walking; a wee that is dark when it comes.
        ("like thunder inside my head, the most terrible ever", "thunderclap_headache"),
        (
            "a boiler slid off the trolley onto my forearm, now it's rock hard and tight",
            "compartment_syndrome",
        ),
        ("felt a sudden ripping pain that ran down my back towards my tummy", "aortic_dissection"),
        ("since the massage oil my face has gone puffy and swallowing feels odd", "anaphylaxis"),
        (
            "i used to inject and slipped up last month. now my mid back hurts a lot",
            "spinal_infection",
        ),
        (
            "my toddler (2) has been a bit hot today and now she's crawling instead of walking",
            "child_limp_fever",
        ),
        (
            "did the charity walk, calves weak. hardly needed a wee and when I go it's very dark",
            "rhabdomyolysis",
        ),
        # Blind v46: spots still there under a glass, a grin set by tetanus, a sailor gone
        # down on deck and muddled, a slab across the back, a split through to the back.
        ("tiny purple dots on her legs, still there when I press a glass on them", "meningitis"),
        ("bitten by a stray dog last week, now my face feels set in a grin", "tetanus"),
        (
            "bad cramps in both calves in full sun, then I went down on deck for a minute",
            "heat_stroke",
        ),
        ("a slab came off the roof of the tunnel and caught me across the back", "major_trauma"),
        (
            "a sudden pain went right through me from front to back, like something split",
            "aortic_dissection",
        ),
        ("a headache just detonated in my head, now my neck's stiff", "thunderclap_headache"),
        # Hours without sleep because of a cramp are how long it lasted; hours slept are not.
        ("I couldn't sleep for 2 hours because my calf cramp wouldn't let go", "prolonged_cramp"),
    ],
)
def test_wordings_found_by_blind_sets_v39_to_v45(text, reason):
    assert reason in {f.reason for f in get_detector().detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Stories: a novel, a game, the news; sport talk; a general question (v39).
        "the old man in my novel collapses in chapter 3, what would a physio do first?",
        "my character in the game collapsed after the boss hit him lol. my wrists ache",
        "the news said a rider collapsed at the Tour today. tips for neck pain on long rides?",
        "my captain said I choked in the final, and now my neck is stiff",
        "can muscle spasms ever turn into seizures?",
        # Hot places, a confusing leaflet, many tablets as a habit, a question before
        # taking it, furniture (FAQ blind v31).
        "i'm a chef in a boiling hot kitchen all day, can the heat set off spasms?",
        "my doctor prescribed a muscle relaxer and the leaflet is very long and confusing",
        "my father already takes a lot of tablets, would magnesium help his cramps?",
        "had a glass of raki tonight, can i still take my muscle relaxant?",
        "the chest of drawers tipped onto my foot, nothing broken, walking fine",
        # As prescribed, eye drops, stories, an idiom (v40).
        "I take my baclofen with my tramadol as my neurologist prescribed, is drowsiness normal?",
        "blurry vision after the dilating eye drops at the optician, can I still exercise?",
        "in the chess book I'm reading, a grandmaster fainted at the board. best posture?",
        "the news said a fisherman collapsed at the harbour from the heat. back stretches?",
        "I'd rather die than run a marathon, but are there gentle exercises for cramps?",
        # Exertion that settled, a general question, a food, a habit of posture, another's
        # lasting posture, a memory, not wanting to bother anyone (v41, FAQ v33).
        "out of breath running up 5 flights of stairs, totally normal again after a minute",
        "someone had a seizure in the episode, can muscle spasms ever look like a fit?",
        "reddish wee after a big beetroot salad, legs a bit sore from running though",
        "I'm feeding him a lot, usually hunched over, and my upper back gets tight",
        "my grandad's back is bent over, he's 90 and happy. how do I keep mine straight?",
        "I still remember the day my dad had a heart attack. my upper back is sore",
        "my back spasms have gone on a while but I don't want to waste a doctor's time",
        # Joinery, a course of tablets, advice to take something, a bill, gym talk, an
        # old stroke, a pain clinic's plan, a nerve or a muscle sending pain into the arm
        # or neck, MS diagnosed years ago, confused by advice (v42, FAQ v34).
        "I've been fitting a floor all week and my knees spasm in the evening",
        "do I have to finish the whole box of muscle relaxants?",
        "my daughter wants me to take magnesium tablets for my night cramps",
        "when I saw the bill for the MRI I nearly fainted haha",
        "leg day destroyed me, can't feel my legs lol. they work fine obviously",
        "his right side has been weak since his stroke in 2021, any stretches?",
        "baclofen and my tramadol together, exactly as the pain clinic set it up",
        "my neck pain goes down my arm to my fingers",
        "my shoulder goes hard and the pain runs up towards my neck",
        "my wife was diagnosed with MS years ago. her legs go stiff and jerk in the mornings",
        "my neck went into spasm. one says ice, one says heat, I've done both and I'm confused",
        # A workout named first, a school lesson, a head rush on standing (v43); a limp
        # at school years ago still reads as history.
        "that spin class left me breathless in the best way, back to normal in two minutes",
        "we're doing tetanus in biology class, can you really get lockjaw from a tiny scratch?",
        "stood up too fast and my vision went black for a second, fine now",
        "I limped at school for a term after a football injury, now my calf cramps",
        # Stiff and jerking ever since a stroke: spasticity (FAQ blind v35).
        "since my stroke my leg is stiff and jerks, can anything help this",
        # An emoji, heat as a treatment, a warehouse near the airport (v44).
        "the blue lips emoji was about the sea temperature lol, I'm totally fine",
        "hot water bottle or ice for my knee spasm?",
        "new job at a warehouse near the airport, my legs and back are sore. what should I eat?",
        # A faint in the past told in the present perfect, a colleague at last year's new
        # year party, two medicines the one prescriber knows about (v45).
        "I've fainted at blood tests in the past, would dry needling be a bad idea for me?",
        "my colleague passed out at the new year party last year, we still tease him",
        "I'm on baclofen and tramadol, both from the same pain doctor who knows about both",
        # FAQ blind v36: a spasm that goes "for good", "wound up", hours of sleep.
        "will this knot in my right thigh ever go for good?",
        "wedding season, i'm wound up like a spring and my jaw and neck feel it",
        "i sleep only 4 hour with newborn, is why my neck spasm?",
        # Blind v46: a trade, a plan the GP set up, a hobby taken up.
        "I climb on roofs all week fitting solar panels and my lower back gets tight",
        "I take baclofen alongside my tramadol, my GP set it up that way and reviews it",
        "I've started doing archery and the knot between my shoulder blades eases with heat",
    ],
)
def test_look_alikes_found_by_blind_sets_v39_to_v45_are_not_red_flags(text):
    assert get_detector().detect(text) == []
