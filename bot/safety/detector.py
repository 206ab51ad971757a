"""The red-flag detector: maps a patient's message to findings with a tier and a reason.

Deterministic and explainable: spaCy Matcher patterns over lemmas (`bot.safety.concepts`)
find symptom concepts, each mention is checked for negation, hypotheticals and past
history, and the rules in `bot.safety.patterns` combine the concepts that really
apply into findings. Turkish symptom words are read in English first
(`bot.safety.turkish`), so the patterns are English only. The tiers and reason codes are
documented in docs/red_flags.md. A training keeps each text's reading (`readings`) in
its per-text cache: the learned layer learns from it and the retrain's examples gate
reads the findings from it (`findings_of`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from bot.common.training_cache import cached, stored
from bot.safety.concepts import ConceptMatcher, windows
from bot.safety.mention_status import (
    STARTED_JUST_BEFORE,
    Mention,
    Status,
    context_status,
    present_only,
    sentence_number,
)
from bot.safety.normalise import clean
from bot.safety.patterns import (
    CONCEPTS,
    HISTORY_COUNTS,
    IDIOMS,
    QUESTION_COUNTS,
    QUESTION_RULES,
    RESOLVED_COUNTS,
    RULES,
)
from bot.safety.turkish import gloss
from bot.safety.verdict import TIER_RANK, TIERS, Finding, Tier, strictest_tier

__all__ = ["TIERS", "TIER_RANK", "Finding", "strictest_tier", "RedFlagDetector", "get_detector"]

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50,
    "sixty": 60, "ninety": 90, "couple": 2, "few": 3, "several": 3, "many": 4,
}  # fmt: skip
_UNIT_MINUTES = {
    "min": 1, "mins": 1, "minute": 1, "minutes": 1, "hour": 60, "hours": 60, "hr": 60,
    "hrs": 60, "day": 1440, "days": 1440, "week": 10080, "weeks": 10080, "month": 43200,
    "months": 43200, "year": 525600, "years": 525600,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?:(?:over|more than|about|around|almost|nearly|at least)\s+)?"
    r"(?:a\s+)?(?P<number>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|couple|"
    r"few|several|many)(?:\s+of)?(?:\s+or\s+\w+)?\s*[-\s]?\s*(?P<unit>mins?|minutes?|hours?|hrs?|"
    r"days?|weeks?|months?|years?)\b"
    r"|\b(?P<half>half an hour|half hour)\b"
    r"|\b(?:the\s+(?:last|past)\s+)?(?P<quarter>quarter of an hour|quarter hour|quarter-hour)\b"
)
# "my baby is 4 months", "son turned 3 years": the duration is someone's age.
_AGE_OF_SOMEONE = re.compile(
    r"\b(?:baby|babies|son|daughter|child|kid|boy|girl|grandson|granddaughter|twins|dog|puppy)"
    r"\b[^.!?,]{0,12}\b(?:is|was|turned|aged|now)\s*(?:only|just|nearly|almost|about)?\s*$"
)
# "for N years" closing a clause about work, home or a long-standing diagnosis, with no
# spasm word between: how long that has been, not how long the spasms have lasted.
_SOMETHING_ELSE_FOR = re.compile(
    r"\b(?:work|works|worked|working|job|live|lives|lived|living|married|driver|driving|"
    r"teacher|teaching|nurse|career|arthritis|osteoarthritis|diabetes|diabetic|asthma|"
    r"scoliosis|fibromyalgia|hypothyroidism|psoriasis|glasses|desk|take it|taking it|"
    r"course|review|boots|shoes|trainers|insoles|mattress|pillow|chair|car|bike|phone|"
    r"laptop|"
    # a stay or a trip: "my mother is visiting for two months", "lugging a pack around
    # Turkey for three weeks" (blind v32)
    r"visiting|staying|stayed|holiday|holidays|vacation|backpacking|lugging|trekking|touring)\b"
    r"(?:(?!spasm|cramp|pain|tight|knot|twitch|seiz|lock)[^.!?]){0,50}"
    r"\b(?:for|since)\s+(?:the\s+(?:last|past)\s+)?$"
)
# A journey's length, told just before it or earlier in the sentence with no spasm word
# between: "driving three hours to the wedding", "flew for 4 hours", "driving from Istanbul
# to Antalya on Friday, about ten hours".
_JOURNEY_BEFORE = re.compile(
    r"\b(?:driv\w*|drove|fly|flying|flew|flight|travel\w*|commut\w*|journey|road trip|"
    r"coach trip|bus ride)\b(?:(?!spasm|cramp|stuck|locked|seiz|pain|hurt)[^.!?]){0,60}$"
)
# What the patient was doing for that long: "cramped up writing my exam for 3 hours".
_ACTIVITY_FOR = re.compile(
    r"\b(?:writing|typing|gaming|studying|revising|drawing|painting|knitting|sewing|"
    # a workout's length: "after skipping rope for 20 minutes my calves cramp" (blind v33)
    r"skipping|jogging|cycling|swimming|rowing|dancing|danced|hiking|sparring|"
    # "looking down at a chess board for 5 hours" (FAQ blind v32)
    r"looking|staring|playing|reading|driving|working|practising|practicing|rehearsing)"
    # No symptom word between: "working with this cramp for 3 hours" is the cramp's.
    r"(?: (?!and\b|but\b|it\b|its\b|it's\b|cramp|spasm|pain|ache|numb|stiff|lock|seiz)\w+)"
    r"{0,5} for\s+$"
)
_ON_DAYS = r"\s*(?:on|at) (?:the )?(?:weekends?|weekdays|saturdays|sundays)\b"
# How long the patient sat, stood or was out, an hour or more: "we stand for two hours or
# more", "I sit at the wheel for many hours", "we have been out for more than an hour"
# (FAQ blind v25). A cramp that lasts that long is told as the cramp's: "it's been an hour".
_POSTURE_FOR = re.compile(
    r"\b(?:sit|sits|sat|sitting|stand|stands|stood|standing|kneel|kneels|knelt|kneeling|"
    r"been out|out on the water|rowed|paddling|singing|queueing|queuing)"
    # "for" may be left out: "I kneel many hours in the harvest" (FAQ blind v30).
    r"(?: (?!and\b|but\b|it\b|its\b|it's\b|cramp\w*|spasm\w*)\w+){0,3}(?: for)?\s+"
    r"(?:(?:about|around|over|nearly|more than|up to|almost|at least|like) )?$"
)
AN_HOUR = 60.0
# How long something helped: "I tried a massage gun and it helped for an hour" (FAQ blind
# v26), "it was fine for a while".
_RELIEF_FOR = re.compile(
    r"\b(?:helped|helps|worked|works|eased|eases|relieved|relief|loosened|loosens|"
    r"fine|better|settled|calmed)(?: (?!and\b|but\b)\w+){0,2} for\s+"
    r"(?:(?:about|around|nearly|maybe|only|just|like) )?$"
)
# The concepts that name the spasm itself, and the ways an earlier message can have named
# it and still be talking about the patient's own (asked about, or a visit in the past).
SPASM_WORDS = frozenset({"SPASM", "CRAMP"})
_STILL_ABOUT_IT = frozenset({Status.PRESENT, Status.HYPOTHETICAL, Status.HISTORY})
# What the patient takes and where it hurts, which an earlier message can supply to a later
# one at any tier even when it named them in a question: "can I drink on tizanidine?" then
# "too late, I've had most of a bottle of vodka with 3 of them"; "what helps whiplash neck
# stiffness?" then "a van went into the side of us at 50mph". Not symptoms: "what if I
# can't feel my legs?" says nothing about the patient's legs. A spinal operation and "I
# can't keep doing this" last too (blind v45: a discectomy, then back pain getting worse;
# then letters written to the children), and so does a pregnancy (blind v46: 33 weeks,
# then a back tightening every 6 or 7 minutes).
BACKGROUND = frozenset(
    {
        "RELAXANT",
        "ANTICOAGULANT",
        "STATIN",
        "NECK_OR_BACK",
        "BACK",
        "SPINE_INFECTION_RISK",
        "CANT_GO_ON",
        "PREGNANT",
    }
)
_BACKGROUND_STATUS = frozenset({Status.PRESENT, Status.HYPOTHETICAL})
SOON_TIER = Tier.SOON.value
TEN_MINUTES = 10
TWO_WEEKS = 14 * 1440
ONE_DAY = 1440


@dataclass(frozen=True)
class Detection:
    """What the patterns found: findings, and questions worth asking (partial evidence)."""

    findings: list[Finding]
    questions: list[str]
    present_text: str = ""  # see RedFlagDetector.present_text


# Blind v24 and v25: a number of minutes or hours that is not how long a spasm lasted.
_WHEN_AFTER = re.compile(r"\s*(?:after|before|into)\b")
_LASTED_BEFORE = re.compile(r"\b(?:for|lasted|lasting|lasts|last|takes|took)\s*$")
_ROUTINE = re.compile(r"\b(?:usually|normally|typically|generally)\s*(?:\d+\s*(?:-|–|to|or)\s*)?$")
_LASTS_NEARBY = re.compile(
    r"\b(?:lasts?|lasted|lasting|takes?|took|goes on|went on|for)\b[^.!?,]{0,25}$"
)
_PAUSE = re.compile(
    # "non stop for 12 minutes" is how long it has lasted, not a pause.
    r"\b(?<!non )(?<!non-)(?:stopped|stop|rested|rest|paused|pause|sat out|sat down|sit down|"
    r"sat|took a break|had a break|waited|wait|lay down|lie down|laid down)\s+(?:for\s+)?"
    r"(?:about|around|roughly|nearly|almost|maybe|like)?\s*$"
)
_EXERCISE_FOR = re.compile(
    r"\b(?:exercise|exercises|stretch|stretches|stretching|routine|workout|yoga|pilates|"
    r"walk|walking)\b[^.!?]{0,60}\bfor\s*$"
)
_FUTURE_IN = re.compile(
    r"\b(?:is|are|'s|will be|comes?|coming up|due|happens?)\s+in\s*$"
    # "we have a tournament in four weeks": an event ahead, not how long it lasted
    r"|\b(?:tournament|match|race|game|competition|exam|exams|wedding|trip|holiday|flight|"
    r"concert|show|performance|surgery|operation|appointment|season|marathon|fight|bout|"
    r"premiere|recital|gig|audition|deadline|viva|defence|defense|interview|move)\s+"
    r"in\s*$"
)
# Blind v26: how long the patient stood, lay or worked ("on my feet 14 hours", "lay
# reading on the sunbed at a daft angle for three hours"), or a course of medicine
# ("prescribed a muscle relaxant for two weeks"), not how long a spasm lasted.
_ACTIVITY = re.compile(
    r"\b(?:on (?:my|our|his|her|their) feet|standing|stood|sitting|sat|lying|lay|laying|"
    r"reading|driving|drove|working|worked|kneeling|knelt|typing|gaming|studying|flying|"
    r"flew|rowed|rowing|paddled|paddling|hauled|hauling|digging|dug|gardening|walked|walking|"
    r"hiked|hiking|swam|swimming|cycled|cycling|ran|running|trained|training|cutting|teaching|"
    r"nursing|playing|dancing|cooking|cleaning|farming|fishing|coding|sewing|singing|writing|"
    r"streaming|editing|filming|painting)\b"
    r"(?P<rest>[^.!?,]{0,40})$"
)
# How much the patient slept: "i sleep only 4 hour with newborn, is why my neck spasm?"
# (FAQ blind v36); not "couldn't sleep for 2 hours because my calf cramp wouldn't let go".
_SLEPT_AMOUNT = re.compile(
    r"\b(?:sleep|sleeps|slept|sleeping)\s+(?:only|just|about|around|barely|maybe|like)?\s*$"
)
_SPASM_WORD = re.compile(r"\b(?:cramp|spasm|seiz|lock|stuck|knot|tight|stiff|hurt|pain|ache)")
_COURSE_FOR = re.compile(
    r"\b(?:prescribed|gave me|given|course of|told me to take|take it|taking it)\b"
    r"[^.!?]{0,40}\bfor\s*$"
)


def _another_time(before: str, after: str) -> bool:
    """The time around `before` and `after` says when ("cramps a few hours after the
    gym", "the grading is in 6 weeks"), a routine ("I stream most evenings, usually 6-7
    hours"), a pause ("I stopped for 10 minutes and carried on") or how long to exercise
    ("an exercise he can do in the evening for 10 minutes?"), not how long it lasted."""
    if _WHEN_AFTER.match(after) and not _LASTED_BEFORE.search(before):
        return True
    if _ROUTINE.search(before) and not _LASTS_NEARBY.search(before):
        return True
    if _PAUSE.search(before) or _FUTURE_IN.search(before) or _COURSE_FOR.search(before):
        return True
    if _SLEPT_AMOUNT.search(before):
        return True
    activity = _ACTIVITY.search(before)
    if activity and not _SPASM_WORD.search(activity.group("rest")):
        return True
    sentence_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1
    return bool(_EXERCISE_FOR.search(before[sentence_start:]) and re.match(r"[^.!]*\?", after))


def _duration_mentions(doc: Doc) -> list[Mention]:
    """Pseudo-concepts for how long something has lasted."""
    mentions = []
    for match in _DURATION.finditer(doc.text):
        before, after = doc.text[: match.start()], doc.text[match.end() :]
        frequency = re.search(r"\b(?:every|each|once|twice|a|per|times)\s*$", before)
        if frequency and not (match.group("half") or match.group("quarter")):
            continue  # "every few months" is how often, not how long
        if (
            re.match(r"\s*(?:ago|back|earlier|before)\b", after)
            and not _ongoing(after)
            and not STARTED_JUST_BEFORE.search(before)
        ):
            continue  # "two weeks ago" is when, not how long ("started a month ago" is both)
        if re.match(r"\s*later\b", after) and not re.search(r"\bstill\b[^.!?]*$", before):
            continue  # "again an hour later" (v29) is when; "still locked 25 mins later" is not
        if (match.group("unit") or "").startswith("year") and re.search(r"\banother\s*$", before):
            continue  # "doing this another 15 years" (blind v29): a working life ahead
        if re.search(r"\bthe (?:first|initial|opening)\s*$", before):
            continue  # "sore the first few weeks, mostly settled": when, not how long
        # "after two weeks it started" is when; "not settled after a month" (blind v39) is
        # how long it has lasted.
        lasted = re.search(r"\b(?:not|never|still|worse)\b[^.!?,]{0,30}\bafter\s*$", before)
        if (re.search(r"\bafter\s*$", before) and not lasted) or re.match(
            r"\s*(?:off|out|away|break)\b", after
        ):
            continue  # "after two weeks it started" is when; "5 years off" is a break
        if re.match(r"\s*(?:olds?|young|of age|pregnant|gestation|along|postpartum)\b", after):
            continue  # "80 year old", "67 years young", "30 weeks pregnant" is an age
        if re.search(r"\b(?:pregnant|pregnancy|i am|i'm|im|aged|age)\W*$", before):
            continue  # "pregnant, 20 weeks", "I am 67 years": an age, not how long
        if (match.group("unit") or "").startswith("year") and re.search(
            r"\b(?:mother|mum|mom|father|dad|wife|husband|grandmother|grandma|grandfather|"
            r"grandpa|aunt|uncle|brother|sister|neighbour|neighbor|patient)\W*$",
            before,
        ):
            continue  # "my mother, 65 years": her age
        if re.match(r"\s*(?:a|an|per|each|every)\s+(?:day|night|week|shift)\b", after):
            continue  # "9 hours a day at the computer" is a daily amount, not how long
        if re.match(
            r"\s*(?:at|on|in front of)\s+(?:the |a |my )?(?:computer|desk|screen|laptop|pc|work)\b",
            after,
        ):
            continue  # "9 hours at computer": a working day, not how long a spasm lasted
        if re.match(r"\s*(?:at the (?:start|beginning|end)|of (?:each|every))\b", after):
            continue  # "10 minutes at the start of each lesson": a slot, not how long
        if re.search(r"\b(?:in|during|near|at|towards?) the (?:last|final|first)\s*$", before) and (
            re.search(
                r"\b(?:match|matches|game|games|race|races|session|sessions|class|classes|"
                r"shift|shifts|workout|workouts|training|football|five-a-side|rugby|tennis|"
                r"padel|squash|hockey|basketball|netball|run|runs|ride|rides|lesson|lessons|"
                r"practice|practise|half)\b",
                doc.text,
                re.IGNORECASE,
            )
        ):
            continue  # "in the last ten minutes of matches": when, not how long
        if re.search(
            r"\b(?:starts?|begins?|finish(?:es)?|ends?|leaves?|go(?:es)?|back|due|ready|home|"
            r"there|arrives?|be|over|done|closes?|opens?)\s+in\s*$",
            before,
        ):
            continue  # "the second act starts in ten minutes": when, not how long
        if _another_time(before, after):
            continue  # when, a routine, a pause or how long to exercise (see there)
        if re.search(r"\b(?:within|inside|in under|in less than|under)\s*$", before):
            continue  # "it goes within half an hour": it stops, not it lasts
        if (
            (match.group("unit") or "").startswith("week")
            and re.search(r"\b(?:pregnant|pregnancy|expecting)\b", doc.text, re.IGNORECASE)
            and not re.search(r"\bfor\s*$", before)
        ):
            continue  # "pregnant ... 14 weeks": how far along, not how long a spasm lasted
        if (match.group("number") or "").lower() in ("a", "an") and re.search(
            r"\b(?:\d+\s*ml|ml|litres?|liters?|water|gels?|drinks?|cups?|glass(?:es)?|"
            r"bottles?|km|miles?|mph|kph)\s*$",
            before,
        ):
            continue  # "500ml of water an hour": a rate, not how long
        if re.search(r"\bat\s+(?:the\s+)?$", before) and (match.group("unit") or "").startswith(
            "min"
        ):
            continue  # "always at 70 minute my calf cramps": when in the match, not how long
        elapsed = re.match(r"\s*in\b(?!\s+(?:a|the|my|bed|pain|agony|spasm|cramp)\b)", after)
        if elapsed and re.search(r"\b(?:maybe|about|around|nearly|only|just|barely)\s*$", before):
            continue  # "maybe an hour in, my calf knots up" (FAQ blind v28): when
        if re.match(r"[-\s]*mark\b", after):
            continue  # "around the 40 minute mark my calves cramp" (FAQ blind v27): when
        if _AGE_OF_SOMEONE.search(before):
            continue  # "baby is 4 months": someone's age
        if _RELIEF_FOR.search(before):
            continue  # "it helped for an hour": how long the relief lasted
        if _ACTIVITY_FOR.search(before) or re.match(_ON_DAYS, after):
            continue  # "writing my exam for 3 hours", "6 hrs on weekends": the activity's
        if _JOURNEY_BEFORE.search(before):
            continue  # "driving three hours to get there": how long the journey is
        if _SOMETHING_ELSE_FOR.search(before):
            continue  # "I work as a driver for 20 years", "had arthritis for years"
        if re.match(
            # one word may come between: "a four-hour pottery class"
            r"[-\s]*(?:[a-z]+\s+)?(?:shift|shifts|day|days|flight|flights|drive|journey|trip|week|"
            r"weeks|walk|hike|ride|course|contract|rota|night|nights|fast|rehearsal|rehearsals|"
            r"class|classes|session|sessions|lesson|lessons|lecture|meeting|concert|match|game|"
            r"exam|exams|paper|papers|test|tests|gig|gigs|shoot|surgery|operation|workout|practice|training|"
            r"check|checkup|scan|appointment|wedding|party|show)\b",
            after,
        ) and match.group("unit") in {"hour", "hr", "day", "week", "month", "min", "minute"}:
            continue  # "12 hour shifts", "a 10 day trip": the length of something else
        if match.group("half"):
            minutes = 30.0
        elif match.group("quarter"):
            minutes = 15.0
        else:
            raw = match.group("number")
            number = float(raw) if raw[0].isdigit() else _NUMBER_WORDS.get(raw, 1)
            minutes = number * _UNIT_MINUTES[match.group("unit")]
        if minutes >= AN_HOUR and _POSTURE_FOR.search(before):
            continue  # "we stand for two hours": how long they stood
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        status = context_status(span)
        if TEN_MINUTES <= minutes < ONE_DAY:
            mentions.append(
                Mention("DURATION_OVER_10_MINUTES", span.start, span.end, span.text, status)
            )
        if minutes >= TWO_WEEKS:
            mentions.append(
                Mention("DURATION_OVER_2_WEEKS", span.start, span.end, span.text, status)
            )
    return mentions + _clock_duration_mentions(doc)


def _about_a_spasm(doc: Doc, found: Sequence[Mention], durations: list[Mention]) -> list[Mention]:
    """The durations told in a sentence about a cramp or spasm, or in the two after it.

    Only a spasm's duration makes a finding (`prolonged_cramp`, `persistent_spasms`); a
    story's other times ("500ml of water an hour", "swimming 10 to 15 minutes", "a two
    hour drive") are not how long it lasted.
    """
    if not durations:
        return durations
    near = set()
    for mention in found:
        # Not a figure of speech: "tie the knots" of a carpet (FAQ v23) is not a spasm.
        if mention.concept in ("CRAMP", "SPASM") and mention.status != Status.FIGURATIVE:
            first = sentence_number(doc, mention.start)
            near |= {first, first + 1, first + 2}
    return [d for d in durations if sentence_number(doc, d.start) in near]


def _ongoing(after: str) -> bool:
    """ "cramped up half an hour ago and it's still locked": when it began, and it goes on."""
    return bool(
        re.match(r"\s*(?:ago|back|earlier)\b[^.!?]{0,60}\b(?:still|not stopped|not gone)", after)
    )


_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2})\b")


_WORD_CLOCK = re.compile(r"\b(?P<since>since )?(?P<clock>quarter past|half past|quarter to)\b")
_WORD_MINUTES = {"quarter past": 15, "half past": 30, "quarter to": 45}


def _clock_duration_mentions(doc: Doc) -> list[Mention]:
    """ "started at 11.30 and it's 11.50 now", "going since quarter past ... it's half past
    now": two clock times 10 minutes or more apart (a "since" time is the start)."""
    times = [(m, int(m.group(1)) * 60 + int(m.group(2))) for m in _CLOCK.finditer(doc.text)]
    times = [(m, t) for m, t in times if int(m.group(2)) < 60]
    words = list(_WORD_CLOCK.finditer(doc.text.lower()))
    if not times and len(words) == 2:
        begin, finish = sorted(words, key=lambda m: (m.group("since") is None, m.start()))
        elapsed = (_WORD_MINUTES[finish.group("clock")] - _WORD_MINUTES[begin.group("clock")]) % 60
        left, right = sorted((begin, finish), key=lambda m: m.start())
        span = doc.char_span(left.start(), right.end(), alignment_mode="expand")
        if span is None or elapsed < TEN_MINUTES:
            return []
        return [
            Mention("DURATION_OVER_10_MINUTES", span.start, span.end, span.text, Status.PRESENT)
        ]
    if len(times) < 2:
        return []
    (first, start), (last, end) = times[0], times[-1]
    elapsed = (end - start) % (12 * 60)
    span = doc.char_span(first.start(), last.end(), alignment_mode="expand")
    if span is None or not TEN_MINUTES <= elapsed < 12 * 60:
        return []
    return [Mention("DURATION_OVER_10_MINUTES", span.start, span.end, span.text, Status.PRESENT)]


# Readings kept per process (`RedFlagDetector._read`): a few conversations' last messages.
READINGS_KEPT = 512


class RedFlagDetector:
    """Finds red flags in free text. Build once; `detect` is thread-safe and fast."""

    def __init__(self) -> None:
        self.concepts = ConceptMatcher(CONCEPTS, IDIOMS)
        # The screen reads a conversation's earlier messages again on every turn, and the
        # new message twice (alone, then after them): each text is parsed once.
        self._read = functools.lru_cache(maxsize=READINGS_KEPT)(self._read_uncached)

    def analyse(self, text: str) -> tuple[list[Mention], list[Finding]]:
        """All concept mentions with their context, and the findings they make."""
        mentions, _ = self._mentions(text)
        return mentions, self._findings(_present(mentions))

    def _mentions(self, text: str) -> tuple[list[Mention], str]:
        """The mentions in `text`, and its text without what does not apply now."""
        mentions, kept = self._read(text or "")
        return list(mentions), kept

    def _read_uncached(self, text: str) -> tuple[tuple[Mention, ...], str]:
        text = _as_read(text)
        if not text.strip():
            return (), ""
        mentions: list[Mention] = []
        kept: list[str] = []
        for piece in windows(text):
            doc = self.concepts.parse(piece)
            found = [m for m in self.concepts.mentions(doc) if not _same_count(m)]
            mentions += found + _about_a_spasm(doc, found, _duration_mentions(doc))
            kept.append(present_only(doc, found))
        return tuple(mentions), " ".join(k for k in kept if k)

    def present_text(self, text: str) -> str:
        """`text` normalised, without general questions and without the symptoms it
        negates, puts in the past or in someone else's past: what the learned layer reads."""
        return self._mentions(text)[1]

    def reading(self, text: str) -> tuple[str, list[Finding]]:
        """`present_text` and `detect` from one parse: what a training reads of a text."""
        mentions, kept = self._mentions(text)
        return kept, self._findings(_present(mentions))

    def detect(self, text: str) -> list[Finding]:
        """Findings for `text`, strictest tier first."""
        return self.analyse(text)[1]

    def detect_all(self, text: str) -> Detection:
        """Findings, and the safety questions that partial evidence in `text` calls for."""
        mentions, kept = self._mentions(text)
        present = _present(mentions)
        findings = self._findings(present)
        found = {f.reason for f in findings}
        questions = [
            key
            for key, (covers, alternatives) in QUESTION_RULES.items()
            if not found & set(covers) and _first_match(alternatives, present) is not None
        ]
        return Detection(findings, questions, kept)

    def follow_up(
        self, earlier: Sequence[Sequence[Mention]], mentions: Sequence[Mention]
    ) -> list[Finding]:
        """Findings of a message (its `mentions`, from `analyse`) that need what only an
        earlier message says, however it said it. A spasm named earlier gives "soon"
        findings: "what helps with leg cramps?" then "asking because they've been waking
        me up every night for a month"; "I saw your physio for shoulder spasms last month"
        then "the exercises aren't helping, it's getting worse". A medicine or a sore back
        or neck named earlier (`BACKGROUND`) gives findings of any tier. Never a finding
        that the earlier messages make on their own."""
        present = _present(mentions)
        spasm: dict[str, list[str]] = {}
        background: dict[str, list[str]] = {}
        for m in (m for message in earlier for m in message if m.concept not in present):
            if m.concept in SPASM_WORDS and m.status in _STILL_ABOUT_IT:
                spasm.setdefault(m.concept, []).append(m.text)
            elif m.concept in BACKGROUND and (
                m.status in _BACKGROUND_STATUS
                or (m.status is Status.HISTORY and m.concept in HISTORY_COUNTS)
            ):
                background.setdefault(m.concept, []).append(m.text)
        if SPASM_WORDS & present.keys():
            spasm = {}
        if not spasm and not background:
            return []
        alone = {f.reason for f in self._findings({**spasm, **background})}
        any_tier = {f.reason for f in self._findings({**present, **background})}
        return [
            f
            for f in self._findings({**present, **background, **spasm})
            if f.reason not in alone and (f.tier == SOON_TIER or f.reason in any_tier)
        ]

    @staticmethod
    def _findings(present: dict[str, list[str]]) -> list[Finding]:
        findings = []
        for reason, (tier, alternatives) in RULES.items():
            evidence = _first_match(alternatives, present)
            if evidence is not None:
                findings.append(Finding(tier, reason, evidence))
        return sorted(findings, key=lambda f: (TIER_RANK[f.tier], f.reason))


_FRAGMENT_END = re.compile(r"[.!?]+(?:\s+|$)")
FRAGMENT_WORDS = 3
_NEGATION_WORD = re.compile(r"\b(?:no|not|nope|nah|never|none|nothing|without)\b|n't\b", re.I)


# "I am confused. Can you give me an overview": puzzled, then the question it is about
# (FAQ blind v28), read as "I wonder," before the question.
_PUZZLED_THEN_ASKS = re.compile(
    r"\b(?:i am|i'm|im) (?:so |a bit |a little |really |very |totally |quite |kind of )?"
    r"confused\s*[.!]+(?=\s*(?:can you|could you|which|is it|should i|do you|how long|"
    r"how much|how often|do any|does any|does it|do they|are they|is there)\b)",
    re.IGNORECASE,
)


# "the back of my thigh" is a place on the limb, not the patient's back (FAQ blind v30:
# "cramps in the back of my thigh at night" was read as back pain at night).
_BACK_OF_A_LIMB = re.compile(
    r"\bback of (?=(?:(?:my|the|his|her|your|their|our|both|one) )?(?:(?:left|right) )?"
    r"(?:thigh|thighs|leg|legs|knee|knees|calf|calves|heel|heels|hand|hands|arm|arms|ankle|"
    r"ankles|foot|feet|shin|shins|hamstring|hamstrings)\b)",
    re.IGNORECASE,
)


def _as_read(text: str) -> str:
    """What every reader of a message reads: disguises undone, Turkish words in English,
    fragments typed in bursts joined, "I'm confused." before a question read as "I
    wonder," (joined, "confused" beside "heat" in "Is it better to use heat or cold?" was
    confusion in the heat: FAQ blind v32), and "the back of my thigh" as a place on the
    leg."""
    text = _PUZZLED_THEN_ASKS.sub("i wonder,", _join_fragments(gloss(clean(text))))
    return _BACK_OF_A_LIMB.sub("rear of ", text)


def _join_fragments(text: str) -> str:
    """ "help. chest. crushing": a message of a few one-to-three-word fragments is one
    thought typed in bursts, so its fragments are read as one sentence. Not when one of
    them says no ("no. chest pain now"): joined, its "no" would negate the symptom."""
    pieces = [p.strip() for p in _FRAGMENT_END.split(text) if p.strip()]
    if len(pieces) < 2 or any(_NEGATION_WORD.search(p) for p in pieces):
        return text
    # A run of short fragments is joined, the longer sentences around it stay as they are:
    # "chest. tight. left arm heavy. sweating. on the boat 2 miles out" (blind v25).
    groups: list[list[str]] = []
    for piece in pieces:
        short = len(piece.split()) <= FRAGMENT_WORDS
        if short and groups and len(groups[-1][-1].split()) <= FRAGMENT_WORDS:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    if all(len(group) < 2 for group in groups):
        return text
    return ". ".join(", ".join(group) for group in groups)


_COUNT = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b")


def _same_count(mention: Mention) -> bool:
    """ "took 2, the doctor said 2": a count of tablets that is not more than prescribed."""
    if mention.concept != "OVERDOSE_COUNT":
        return False
    counts = [m.group(1) for m in _COUNT.finditer(mention.text.lower())]
    if len(counts) < 2:
        return False
    taken, allowed = (_NUMBER_WORDS.get(c) or int(c) for c in (counts[0], counts[-1]))
    return taken <= allowed


def _present(mentions: Iterable[Mention]) -> dict[str, list[str]]:
    present: dict[str, list[str]] = {}
    for mention in mentions:
        lasting = mention.status is Status.HISTORY and mention.concept in HISTORY_COUNTS
        asked = mention.status is Status.HYPOTHETICAL and mention.concept in QUESTION_COUNTS
        passed = mention.status is Status.RESOLVED and mention.concept in RESOLVED_COUNTS
        if mention.status is Status.PRESENT or lasting or asked or passed:
            present.setdefault(mention.concept, []).append(mention.text)
    return present


def _first_match(
    alternatives: Sequence[Sequence[str]], present: dict[str, list[str]]
) -> tuple[str, ...] | None:
    """The evidence of the first alternative whose concepts are all present (and whose
    `!NAME` concepts are all absent), or None."""
    for required in alternatives:
        wanted = [c for c in required if not c.startswith("!")]
        unwanted = [c[1:] for c in required if c.startswith("!")]
        if all(c in present for c in wanted) and not any(c in present for c in unwanted):
            return tuple(text for c in wanted for text in present[c])
    return None


# What the detector reads in a text: its `present_text`, and its findings as (tier, reason).
Reading = tuple[str, tuple[tuple[str, str], ...]]


def readings(texts: Sequence[str], cache: Path | None = None) -> list[Reading]:
    """Each text's reading; texts stored in `cache` (a training's per-text cache,
    `bot.common.training_cache`) from last time are not read again, and the cache then
    holds exactly these texts."""

    def read(batch: list[str]) -> list[Reading]:
        detector = get_detector()  # only when a text is new: building it takes seconds
        results = []
        for text in batch:
            present, findings = detector.reading(text)
            results.append((present, tuple((f.tier, f.reason) for f in findings)))
        return results

    return cached(cache, texts, read)


def findings_of(
    texts: Sequence[str], cache: Path | None = None
) -> list[tuple[tuple[str, str], ...]]:
    """Each text's (tier, reason) findings, taken from `cache` where the last training read
    the text; the cache is left as the training wrote it (a reader that is not the
    training must not shrink it to its own texts)."""
    known: dict[str, object] = stored(cache, texts)
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    known.update(zip(missing, readings(missing), strict=True))
    return [known[t][1] for t in texts]  # type: ignore[index]


@functools.lru_cache(maxsize=1)
def get_detector() -> RedFlagDetector:
    """The detector of this process, built on first use (about half a second)."""
    return RedFlagDetector()
