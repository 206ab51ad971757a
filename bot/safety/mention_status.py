"""Whether a concept mention applies to the patient now, judged from its sentence.

A mention is present, negated ("no numbness", "my bladder is fine"), hypothetical or
informational ("what are the signs of...", "what should I do if..."), history ("my dad
had a stroke last year"), someone else's, resolved, or figurative (inside an idiom).
Owns those judgements and the cue words they use; imports only spaCy types.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

IDIOM = "__idiom__"


class Status(str, enum.Enum):
    PRESENT = "present"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    HISTORY = "history"
    # Someone else's past ("my grandmother had breast cancer"): unlike the patient's own
    # history, a lasting condition of theirs does not count.
    SOMEONE_ELSES = "someone_elses"
    FIGURATIVE = "figurative"
    # Over now, and nothing in the sentence says when it happened: "my face drooped for
    # a few minutes but I'm fine now" (a TIA still needs the emergency number).
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Mention:
    concept: str
    start: int
    end: int
    text: str
    status: Status


# --- context cues --------------------------------------------------------------------

NEGATION_CUES = {"no", "not", "never", "without", "nor", "neither", "none", "deny", "denies", "nae"}
INABILITY = {"can", "could"}
# A negated verb followed by a new subject ("if this pain doesn't stop I'm going to ...")
# does not reach the new clause, unless the verb is one of belief ("I don't think I have").
SUBJECTS = {"i", "he", "she", "they", "we"}
BELIEF_VERBS = {"think", "believe", "reckon", "suppose", "feel", "guess", "expect", "imagine"}
# "not sure if my lips are swelling" is uncertainty, not negation.
PSEUDO_NEGATION_NEXT = {
    "sure", "certain", "only", "just", "know", "knowing", "able", "think",
    # "for no reason my muscles ache", "no idea why my legs are numb"
    "reason", "idea", "clue", "explanation", "obvious", "apparent",
    # "hasn't gone away", "not stopped": the symptom goes on
    "gone", "going", "stopped", "stopping", "eased", "easing", "settled", "improved",
    "improving", "better", "worn", "released", "releasing", "budged", "budging",
}  # fmt: skip
# "won't stand on her leg, temp 39": a negated action ends at the comma; a negated list
# ("no fever, chills or sweats") does not.
ACTION_AFTER_NOT = {
    "stand", "walk", "move", "stop", "go", "release", "let", "budge", "bear", "put", "wake",
    "open", "bend", "lift", "straighten", "settle", "ease", "shift", "sleep", "eat", "drink",
    "pee", "peed", "wee", "weed", "urinated", "slept", "eaten",
}  # fmt: skip
CLAUSE_BREAKS = {
    "but", "however", "although", "though", "yet", "except", "while", "whereas",
    "because", "since", "so", "then", "now", "until", "after", "which", "when",
    ";", ":", ".", "!", "?", "—", "–",
}  # fmt: skip
PERSONAL = {
    "i", "me", "my", "mine", "myself", "we", "us", "our", "he", "him", "his", "she",
    "her", "they", "them", "their", "son", "daughter", "husband", "wife", "partner",
    "mum", "mom", "mother", "dad", "father", "friend", "baby", "child", "kid", "boy",
    "girl", "grandma", "grandad", "grandpa", "brother", "sister",
}  # fmt: skip
POST_NEGATION = re.compile(
    r"^\s*(?:is|are|was|were|'s|’s|seems?|feels?|looks?|has|have)?\s*(?:completely\s+|totally\s+)?"
    r"(?:fine|ok|okay|normal|alright|all right|good|clear|went away|gone away|"
    r"gone(?=\s*(?:[.,!?;]|$|now\b|again\b|for good\b|completely\b))|cleared|"
    r"cleared up|settled|resolved|healed)\b"
)
QUESTION_START = {
    "what", "whats", "how", "why", "when", "which", "who", "can", "could", "does", "do",
    "is", "are", "should", "would", "will", "may", "might",
}  # fmt: skip
# Frames that make what follows hypothetical or general, whoever is speaking.
HYPOTHETICAL_FRAMES = [
    "what if", "in case", "what happens if", "what to do if", "how do i know if",
    "how can i tell if", "how do you know if",
    "how would i know if", "when should i worry", "should i worry if", "sign of",
    "signs of", "symptom of", "symptoms of", "warning signs", "red flags",
    "is it safe to", "is it ok to", "is it okay to", "is it alright to", "is it bad to",
    "is it dangerous to", "can i drink", "can i have", "can i take", "can i mix",
    "could i drink", "should i avoid", "am i allowed", "how long after", "what causes",
    "can cause", "could cause", "does cause", "cause of", "causes of",
    "what is", "what are", "what does", "difference between", "is it possible to",
    "how do people", "how do you treat", "how is", "how are", "tell me about",
    "learn about", "information about", "info on", "read about", "heard that", "read that",
    "someone online said", "somebody online said", "people online say", "someone said",
    "my friend said", "a friend said", "the internet says",
    "should i be worried about", "worried about taking", "safe for me to",
    "worried about getting", "afraid of getting", "scared of getting", "risk of",
    "prevent", "avoid getting", "just in case", "what does", "if i ever", "if ever",
    "if i were to", "could it mean", "does it mean", "does that mean",
    "how would i recognise", "how would i recognize", "how do i recognise",
    "how do i recognize", "how to recognise", "how to recognize", "how can i recognise",
    "how can i recognize", "how would i spot", "how do i spot", "how to spot",
    "there will", "there'll", "there ll",
    # "can muscle spasms ever turn into seizures?" (blind v39)
    "turn into", "lead to", "develop into", "progress to", "progress into",
    # "can muscle spasms ever look like a fit?" (blind v41)
    "ever look like", "ever looks like", "be mistaken for", "mistaken for",
]  # fmt: skip
CLAUSE_OPENERS = {
    "it", "this", "that", "now", "there", "can", "could", "should", "will", "would", "what",
    "how", "is", "are", "do", "does", "did", "any", "anything", "why", "when", "nothing",
    "everything", "plus", "also",
}  # fmt: skip
# "If my back spasm came with a fever, would that be serious?"
CONDITIONAL_QUESTION = re.compile(
    r"^\s*if\b.*(?:\?\s*$|\bshould i\b|\bdo i\b|\bis (?:it|that)\b|\bwould\b)"
)
# A question about what the sentence just described ("chest very pressing and pain go to
# left arm, is this muscle spasm?"): the symptoms are the patient's, not a general topic.
ABOUT_THIS = re.compile(
    r",\s*(?:is|could|can|might|would) (?:this|that|it)\b"
    r"(?! (?:safe|ok|okay|normal|possible|bad|dangerous|true|common|alright|right) to\b)"
    r"|,\s*what (?:is|could) (?:this|that|it)\b"
)
HYPOTHETICAL_PATTERNS = re.compile(
    r"\b(?:will|would|could|can|might|does|do) (?:\w+ ){0,3}make (?:me|you|him|her|them)\s*$|"
    # Anyone: "can you really get lockjaw from a tiny scratch?" (blind v43).
    r"\bcan (?:you|one|people|someone|a person) (?:really |actually |even |ever )?"
    r"(?:get|catch|develop)\s*$|"
    # "could my back spasm be cancer?": asking what it is, not saying it.
    r"\b(?:could|might|can|would) (?:it|this|that|my \w+(?: \w+)?) be\s*$|"
    r"\bwhat (?:should|do|would|can|could|must|will|does) (?:\w+ ){1,2}do "
    r"(?:if|when)\b|\b(?:if|when) (?:someone|somebody|a person|people|you) (?:has|have|get|gets)\b|"
    # Anyone at all, whatever happens to them: "what would your staff do if someone fainted".
    r"\b(?:if|when|in case) (?:someone|somebody|a person|people|anyone|anybody|a patient|"
    r"patients|a client|clients)\b(?:\s+\w+){0,3}\s*$|"
    # asked about before it is done: "missed a dose, should I double up?"
    r"\b(?:should|shall|can|could) (?:i|we|he|she|they) (?:just |still )?$"
)
# Words that say something got better: a history marker, and on their own a recovery.
_RECOVERED = (
    r"(?:he|she|i) (?:is|am) (?:completely |totally |perfectly )?fine now|"
    r"(?:hes|shes|im) fine now|(?:he|she|i) (?:has|have) been fine|(?:all )?gone now|"
    r"cleared (?:up )?now|all better now|better now|(?:he|she|they|i) recovered|"
    r"(?:went|gone|have gone|has gone) down (?:overnight|by morning|since|again)|"
    r"(?:fully|completely|totally) (?:recovered|resolved|healed|better)|"
    # "pee was a bit dark after but i drank loads and its totally clear now" (blind v31)
    r"(?:its|it is|it's) (?:totally |completely |all )?(?:clear|normal) (?:now|again)|"
    # "numb bum after 14 hours on the coach, went away as soon as I walked around" (v32)
    r"(?:went|goes|go|gone|wore|wears) (?:away|off) (?:as soon as|once|when|the moment) "
    r"(?:i|he|she|we|they) (?:walked|stood|moved|got up|shifted|stretched|changed position)"
)
HISTORY_MARKERS = re.compile(
    # "this last month", "over the last year", "the past..." are recent, not history.
    r"\b(?:(?<!this )(?<!the )(?<!past )(?<!since )(?<!since the start of )(?<!since early )"
    r"(?<!since mid )(?<!since late )"
    r"(?<!since the beginning of )(?<!since the end of )(?<!since the middle of )"
    r"last (?:year|month|summer|winter|spring|autumn|christmas|season|term|semester|ramadan|"
    r"bayram|eid|easter|new year)|"
    # Not a comparison: "my legs feel weaker climbing the stairs than a few months ago"
    # (blind v33) is about now.
    r"(?<!than a few )(?<!than a couple of )(?<!than some )(?<!than two )(?<!than three )"
    r"(?<!than six )(?<!than \d )(?<!than \d\d )"
    r"(?:years?|months?|decades?) (?:ago|back|before)|(?<!than )a (?:year|month) ago|"
    r"as a (?:(?:small|young|little) )?(?:kid|child|teenager|teen|baby|toddler|boy|girl)|"
    # "once in my teens" (blind v32)
    r"in (?:my|his|her|their) (?:teens|twenties|thirties|forties|youth|childhood)|"
    r"when (?:i|he|she|they|we) (?:was|were) (?:a |\d+|young|little|small|younger|pregnant)|"
    r"when (?:he|she) was (?:two|three|four|five|six|seven|eight|nine|ten)|"
    r"in (?:19|20)\d\d|in the (?:19|20)?[1-9]0s|"
    r"in the (?:sixties|seventies|eighties|nineties)|history of|lived to|"
    r"(?<!like i )(?<!as i )(?<!than i )(?<!than it )(?<!than they )(?<!than he )(?<!than she )"
    r"used to|in the past|"
    r"previously|once had|turned out|" + _RECOVERED + "|"
    # "his right side has been weak since his stroke in 2021" (blind v42)
    r"since (?:his|her|my|their|the) (?:stroke|accident|crash|injury|operation|surgery|fall) "
    r"(?:in (?:19|20)\d\d|\w+ years ago|years ago|last year)|"
    # "I still remember the day my dad had a heart attack" (blind v41, in Turkish)
    r"(?:still )?(?:remember|recall|never forget|will not forget|can not forget) the "
    r"(?:day|night|time|morning)|"
    # "I had a seizure at 16, none since" (blind v28).
    # Only a bare "none since": "nothing since friday" can be a medicine stopped.
    r"(?:none|no more|no others?|no further (?:ones?|episodes?|attacks?|seizures?|fits?)) "
    r"since(?=\s*(?:[,.;!?)]|$|and\b|but\b))|never (?:had )?(?:one|another|any)(?: again| since)|"
    # "once had", not a count: "peed only once today", "once a day", "once or twice".
    r"(?<!at )(?<!only )(?<!just )(?<!than )(?<!least )"
    r"once(?! (?:i|you|he|she|it|they|we|the|my|a|today|tonight|this|an|every|"
    r"or|per)\b)|"
    # A guess at when the last jab was: "tetanus vaccine was probably at school" (blind v33).
    # Not today's: "started limping at school today" (blind v43).
    r"(?<!was probably )(?<!was maybe )(?<!were probably )at school"
    r"(?! (?:today|this (?:morning|afternoon|week)|yesterday))|at uni|"
    # "back in 2019", "back in the day", not "my records are back in Spain".
    r"a long time ago|back in (?:(?:19|20)\d\d|the (?:day|days|old days|army|\w+ties|\d+s)|"
    r"my (?:twenties|thirties|forties|fifties|youth|teens|school days|army days)|uni|university|"
    r"college|school|high school|secondary school|the army)|years earlier|childhood)\b"
)
# The history markers that say something got better, not when it happened.
RECOVERY_MARKERS = re.compile(rf"\b(?:{_RECOVERED})\b")
RELATIVE_PAST = re.compile(
    r"\b(?:aunt|auntie|uncle|cousin|gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
    r"grandfather|friend|mate|colleague|neighbour|neighbor|boss)s? (?:once |also )?"
    r"(?:had|has had|suffered|was diagnosed|was taken|got taken|was rushed|was admitted|"
    r"died of|died from|passed away from)\b"
)
# Another person's event in the same clause, however recent: "someone in the car park had
# collapsed", "patients having chest pain" (a nurse's work), not the patient's own.
OTHER_PERSON = re.compile(
    r"\b(?:(?:someone|somebody|my patient|one of my patients|"
    r"one of the (?:tourists|guests|passengers|customers|spectators|fans|visitors)|"
    r"a (?:man|woman|lady|guy|stranger|tourist|"
    r"customer|passenger|character|patient|player|footballer|runner|athlete|cyclist|kid|boy|"
    r"girl|bloke|chap|fella|lad|geezer|dude)|the (?:\w+ )?(?:ref|referee|umpire|goalkeeper|"
    r"keeper|boxer|fighter|wrestler|jockey|striker|winner|leader|champion|"
    r"player|runner|cyclist|driver|singer|bride|groom|priest|imam|teacher|coach))"
    r"(?: \w+){0,4} ['\"]?(?:had|has|have|having|was|got|collapsed|fainted|passed)|"
    r"(?:patients|people|customers|clients|residents) (?:having|with|who have|who had|who get)|"
    # A pet's fit, not the patient's ("my cat last night had a seizure, but it was dreaming")
    r"my (?:cat|dog|kitten|puppy|pet|horse|rabbit|parrot|hamster|husky|labrador|spaniel|"
    r"terrier|collie|retriever|poodle|pug|greyhound|beagle)(?: \w+){0,3} "
    r"(?:had|has|was having|is having|seemed to have|looked like)|"
    # or its body: "my husky's pee was a bit dark after a long run" (blind v33)
    r"my (?:\w+ )?(?:cat|dog|kitten|puppy|horse|husky|labrador|spaniel|terrier|collie|"
    r"retriever|poodle|pug|greyhound|beagle)(?:'s| 's) (?:pee|wee|urine|legs?|back legs|paws?|"
    r"tail|eyes?|face|breathing)|"
    # "tourists sometimes faint in the queue" (a museum guard, blind v31)
    r"(?:tourists|visitors|passengers|spectators|people|customers|pupils|students|players|"
    r"runners) (?:sometimes|often|always|regularly|occasionally|usually|keep|can) "
    r"(?:faint|collapse|pass out|keel over))\b"
)
RECENT_MARKERS = re.compile(
    r"\b(?:now|right now|today|tonight|this (?:morning|afternoon|evening|week)|currently|"
    # "never again since" (blind v32) says it did not come back.
    r"(?<!never )again|since (?:yesterday|this|last night)|(?:minutes?|hours?|mins?) ago|yesterday|"
    r"last night|since last week|for (?:days|weeks|months|ages)|still|is|are|am|feels?|"
    r"keeps?|seems?|looks?|has started|have started|"
    r"(?:he|she|it|they|we|i|you) (?:has|have)(?! (?:had|been|suffered))|"
    # Not "at the new year party last year" (blind v45).
    r"can not|will not|getting|lately|recently|new(?! years?\b)|"
    r"(?:has|have) (?:gone|turned|become|got|started|stopped)|"
    r"this (?:last|past) (?:month|week|year|few)|(?:the|this) (?:last|past) few)\b"
)
# A sentence that ends on "since": what it names has lasted until now ("started
# rosuvastatin last month, unexplained cramps in both calves since", blind v26).
_SINCE_THEN = re.compile(r"^\W*(?:ever )?since(?: then)?\W*$")
# "... fine since", "none since", "never happened since": nothing has lasted.
_NOTHING_SINCE = re.compile(
    r"\b(?:fine|ok|okay|well|better|none|nothing|never|normal|problems|issues|trouble|"
    r"happened|recurrence|episodes?|attacks?|seizures?|again)\W+(?:\w+\W+){0,2}$"
)


def judged_mentions(matches: Iterable[tuple[str, Span, Collection[int]]]) -> list[Mention]:
    """Each (concept, span, gap positions) as a mention with its status, in message
    order; a negation carries along a list and a mention inside an idiom is figurative."""
    judged = [
        Mention(concept, span.start, span.end, span.text, context_status(span, gaps))
        for concept, span, gaps in matches
    ]
    mentions = _propagate_negation(sorted(judged, key=lambda m: (m.start, m.concept)))
    return _mark_figurative(mentions)


def within_one_sentence(span: Span) -> bool:
    return _sentence_of(span[0]).start == _sentence_of(span[-1]).start


def _mark_figurative(mentions: list[Mention]) -> list[Mention]:
    """Mentions inside an idiom are figurative; the idioms themselves are dropped."""
    idioms = [m for m in mentions if m.concept == IDIOM]
    result = []
    for mention in mentions:
        if mention.concept == IDIOM:
            continue
        if any(i.start <= mention.start and mention.end <= i.end for i in idioms):
            mention = Mention(
                mention.concept, mention.start, mention.end, mention.text, Status.FIGURATIVE
            )
        result.append(mention)
    return result


_SPELLED_INABILITY = re.compile(
    r"(?:will|would|does|did|can|could) not (?:take|bear|hold|carry|put)\b", re.IGNORECASE
)


def _propagate_negation(mentions: list[Mention]) -> list[Mention]:
    """A mention overlapping a negated mention of the same concept is negated too."""
    negated = [m for m in mentions if m.status is Status.NEGATED]
    result = []
    for mention in mentions:
        overlaps = any(
            n.concept == mention.concept and n.start < mention.end and mention.start < n.end
            for n in negated
        )
        # "no wee all day", "no idea if I am up to date": a mention that starts with its
        # own negation word states a symptom; a longer negated match does not undo it.
        # So does one that spells out an inability: "won't take any weight" (blind v24).
        states_a_lack = mention.text.split(" ", 1)[0].lower() in ("no", "none") or bool(
            _SPELLED_INABILITY.match(mention.text)
        )
        if overlaps and mention.status is Status.PRESENT and not states_a_lack:
            mention = Mention(
                mention.concept, mention.start, mention.end, mention.text, Status.NEGATED
            )
        result.append(mention)
    return result


def _clause_start(span: Span) -> int:
    """Index of the first token of the clause that contains `span`."""
    sentence = _sentence_of(span)
    index = span.start - 1
    while index >= sentence.start:
        token = doc_token = span.doc[index]
        if doc_token.lower_ in CLAUSE_BREAKS or _spaced_dash(span.doc, index):
            return index + 1
        if _duration_clause(span.doc, index):
            return index
        if token.text == "," and _starts_new_clause(span.doc, index + 1):
            return index + 1
        if token.lower_ == "and" and _starts_new_clause(span.doc, index + 1):
            return index + 1
        index -= 1
    return sentence.start


def _spaced_dash(doc: Doc, index: int) -> bool:
    """A hyphen between spaces ("not normal spasms - my whole body shook") ends a clause;
    one inside a word ("warm-up") does not."""
    return (
        doc[index].text == "-"
        and bool(doc[index].whitespace_)
        and index > 0
        and bool(doc[index - 1].whitespace_)
    )


def _duration_clause(doc: Doc, index: int) -> bool:
    """ "its been half an hour" (no apostrophe, no comma) starts a clause of its own, so a
    negation before it ("cramp wont release") does not reach the duration."""
    return doc[index].lower_ == "its" and index + 1 < len(doc) and doc[index + 1].lower_ == "been"


def _clause_end(span: Span) -> int:
    """Index just after the last token of the clause that contains `span`."""
    doc, end = span.doc, span.end
    sentence_end = _sentence_of(span).end
    while end < sentence_end:
        token = doc[end]
        if token.lower_ in CLAUSE_BREAKS or _spaced_dash(doc, end) or _duration_clause(doc, end):
            break
        if token.lower_ in {",", "and"} and _starts_new_clause(doc, end + 1):
            break
        end += 1
    return end


def _starts_new_clause(doc: Doc, index: int) -> bool:
    """A comma or "and" followed by a subject ("..., my lips", "and i") opens a clause."""
    if index >= len(doc):
        return False
    following = doc[index].lower_
    return following in PERSONAL or following in CLAUSE_OPENERS


def _is_negation_cue(doc: Doc, index: int) -> bool:
    token: Token = doc[index]
    following = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    if token.lower_ == "nothing":  # "nothing is numb down below", not "nothing helps"
        # and "nothing numb, no leaking" (blind v24); not "nothing is touching it,
        # absolutely screaming" (blind v31): that is the pain, unhelped.
        after = doc[index + 2].lower_ if index + 2 < len(doc) else ""
        if after in {"touching", "helping", "working", "shifting", "easing", "doing"}:
            return False
        # "no shooting pains, nothing down the legs" (blind v33), not "I feel nothing
        # down my legs", which is numbness
        previous = doc[index - 1].lower_ if index > 0 else ""
        if following in {"down", "going"}:
            return previous not in {"feel", "felt", "feeling", "feels", "can", "could"}
        return following in {
            "is",
            "feels",
            "seems",
            "was",
            "'s",
            "numb",
            "tingly",
            "tingling",
            "weird",
            "strange",
            "unusual",
            "odd",
            "wrong",
            "abnormal",
        }
    if token.lower_ not in NEGATION_CUES and token.norm_ != "not":
        return False
    previous = doc[index - 1].lower_ if index > 0 else ""
    if previous in INABILITY:
        return False  # "can not feel my legs" describes a symptom, it does not deny one
    if token.lower_ == "without" and _inability_before(doc, index):
        return False  # "can barely get a sentence out without gasping": gasping is there
    return following not in PSEUDO_NEGATION_NEXT


def _action_ended(doc: Doc, cue: int, start: int) -> bool:
    """ "not" before an action ("won't stand on her leg") whose clause ended at a comma."""
    following = doc[cue + 1].lower_ if cue + 1 < len(doc) else ""
    return following in ACTION_AFTER_NOT and any(t.text == "," for t in doc[cue + 1 : start])


def _new_subject(doc: Doc, cue: int, start: int) -> bool:
    """A subject between the negated word and the mention opens a new clause."""
    following = doc[cue + 1].lower_ if cue + 1 < len(doc) else ""
    if following in BELIEF_VERBS:
        return False
    return any(doc[i].lower_ in SUBJECTS for i in range(cue + 2, start))


def _inability_before(doc: Doc, index: int) -> bool:
    """ "can barely", "hardly", "can not" in the few words before `index`."""
    before = [t.lower_ for t in doc[max(0, index - 6) : index]]
    if "barely" in before or "hardly" in before:
        return True
    return any(w == "not" and i > 0 and before[i - 1] in INABILITY for i, w in enumerate(before))


def _negated(span: Span, clause_start: int, gaps: Collection[int]) -> bool:
    doc = span.doc
    for index in range(max(clause_start, span.start - 6), span.start):
        if (
            _is_negation_cue(doc, index)
            and not _action_ended(doc, index, span.start)
            and not _new_subject(doc, index, span.start)
        ):
            return True
    # A match that opens with "nothing" states a lack already: a later "not" in its gap is
    # another clause ("painkillers did nothing, heat did not help": blind v44, in Turkish).
    if span[0].lower_ != "nothing" and any(_is_negation_cue(doc, index) for index in gaps):
        return True
    after = doc[span.end : min(span.end + 6, _sentence_of(span).end)].text
    if _INABILITY.match(span.text) and _HOW_WELL.match(after):
        return False  # "I cannot open mouth good" (blind v29): how well, not that it is fine
    return bool(POST_NEGATION.match(after))


_INABILITY = re.compile(r"(?:can not|could not|cannot|unable to|not able to)\b", re.IGNORECASE)
_HOW_WELL = re.compile(r"\s*(?:good|ok|okay|normal|fine|alright|all right)\b", re.IGNORECASE)


def _sentence_index(doc: Doc) -> list[tuple[int, Span]]:
    """Per token: the number and span of its sentence, built once per document (`Span.sent`
    walks the document on every call, which made long messages cost the square of their
    length)."""
    index: list[tuple[int, Span]] | None = doc.user_data.get("sentence_index")
    if index is None:
        index = [(number, s) for number, s in enumerate(doc.sents) for _ in range(len(s))]
        doc.user_data["sentence_index"] = index
    return index


def _sentence_of(item: Span | Token) -> Span:
    """The sentence of a token or span."""
    position = item.i if isinstance(item, Token) else item.start
    return _sentence_index(item.doc)[position][1]


def sentence_number(doc: Doc, position: int) -> int:
    """Which sentence of `doc` (0, 1, ...) holds the token at `position`."""
    return _sentence_index(doc)[position][0]


@dataclass(frozen=True)
class _SentenceFacts:
    """What the context rules need about a whole sentence, computed once per sentence."""

    text: str
    conditional_question: bool
    general_question: bool  # a question with no person in it: "can tetanus cause spasms?"
    history_marker: bool
    only_recovery: bool  # its history markers only say that something got better
    longstanding: bool  # "not new", "been like that for years"


def _facts(sentence: Span) -> _SentenceFacts:
    cache = sentence.doc.user_data.setdefault("sentence_facts", {})
    facts = cache.get(sentence.start)
    if facts is None:
        text = sentence.text
        tokens = [t for t in sentence if not t.is_punct]
        # "can not breathe" opens like a question but states a symptom.
        opens_as_question = (
            len(tokens) > 1 and tokens[0].lower_ in QUESTION_START and tokens[1].lower_ != "not"
        )
        is_question = text.strip().endswith("?") or opens_as_question
        # "pressure in chest going to left arm, sweating, 112 mi arayayim?": statements
        # first and a question at the end are a patient's symptoms, pronoun or not.
        # Not when the statements are about the past or something that went away.
        statements_first = (
            not opens_as_question and "," in text.rstrip(" ?") and not HISTORY_MARKERS.search(text)
        )
        personal = any(t.lower_ in PERSONAL for t in sentence) or bool(ABOUT_THIS.search(text))
        facts = cache[sentence.start] = _SentenceFacts(
            text=text,
            conditional_question=bool(CONDITIONAL_QUESTION.search(text)),
            general_question=bool(is_question and not personal and not statements_first),
            history_marker=bool(HISTORY_MARKERS.search(text)),
            only_recovery=bool(RECOVERY_MARKERS.search(text))
            and not HISTORY_MARKERS.search(RECOVERY_MARKERS.sub(" ", text)),
            longstanding=bool(_LONGSTANDING.search(text.lower())),
        )
    return facts


# "what's bothering me is both legs are going numb": a statement, not a "what is" question.
_PSEUDO_CLEFT = re.compile(
    r"\bwhat (?:is |was |really |actually )?(?:bothering|bothers|worrying|worries|scaring|"
    r"scares|concerning|concerns|frightening|frightens|bugging|bugs|annoying|getting to|"
    r"freaking (?:me|him|her) out|(?:i|we) (?:noticed|found|felt|mean))"
    r"(?: me| him| her| us| them)?(?: most| more| now| the most)? (?:is|are|was)\b",
    re.IGNORECASE,
)


def _hypothetical(span: Span) -> bool:
    sentence = _sentence_of(span)
    facts = _facts(sentence)
    before = _PSEUDO_CLEFT.sub(" ", facts.text[: span.start_char - sentence.start_char])
    before = " " + re.sub(r"\s+", " ", before).strip() + " "
    if any(f" {frame} " in before for frame in HYPOTHETICAL_FRAMES):
        return True
    if HYPOTHETICAL_PATTERNS.search(before) or facts.conditional_question:
        return True
    return facts.general_question


def _history(span: Span, clause_start: int) -> bool:
    """A distant-past marker in the sentence, and nothing recent in the mention's clause."""
    if _relative_past(span, clause_start):
        return True  # someone else's event, however recent: "my neighbour was taken to A&E"
    if _UNSURE_NOW.search(span.text.lower()) or _JAB_GUESSED.search(span.text.lower()):
        return False  # "I don't know about my tetanus vaccine, maybe as a child" (blind v28)
    sentence = _sentence_of(span)
    rest = span.doc[span.end : sentence.end].text.lower()  # the sentence after the mention
    if _RECURRED_NOW.search(rest):
        return False  # "I had a fit as a kid and now it happened again": the past, back now
    facts = _facts(sentence)
    if facts.longstanding:
        return True  # "my smile's still slightly uneven - not new, it's been like that since"
    if not facts.history_marker or _dated_later_clause(span) or _dates_only_a_cause(span):
        return False
    # A later "now" in the sentence dates what follows it: "had a gastric bypass last year,
    # now I get numbness round my lips and my feet cramp up" (blind v24).
    before = span.doc[sentence.start : span.start].text.lower()
    markers = list(HISTORY_MARKERS.finditer(before))
    if markers and _NOW_AGAIN.search(before[markers[-1].end() :]):
        return False
    # A marker that dates a start names something still going on: "started simvastatin a
    # month ago and my thighs ache all the time" (blind v28).
    if markers and _STARTED.search(before[: markers[-1].start()]):
        return False
    if _STORY_BEGAN.search(before):
        return False
    # "shoulder spasms started a month ago" (blind v34): a long-running complaint, dated
    # by its start, not a past one.
    if _LASTING_COMPLAINT.fullmatch(span.text.lower()) and _STARTED_AGO.match(rest):
        return False
    if _STARTED_AGO.search(f"{before} {span.text.lower()} {rest}") and STARTED_JUST_BEFORE.search(
        before
    ):
        return False  # the duration itself: "started | a month | ago"
    # After the marker, a sentence that ends on "since" names what has lasted until now;
    # the event before the marker stays in the past.
    end = _clause_end(span)
    after = span.doc[end : sentence.end].text.lower()
    lead = span.doc[sentence.start : end].text.lower() + " "
    if markers and _SINCE_THEN.match(after) and not _NOTHING_SINCE.search(lead):
        return False
    # The word that opened the clause counts: "... last week, and now my jaw is stiff".
    opener = max(sentence.start, clause_start - 1)
    clause = span.doc[opener:end].text
    # A marker right after the mention dates it, whatever the clause says later: "my
    # brother was in a car crash ten years ago and still gets back spasms" (blind v26).
    mention_end = span.end_char - span.doc[opener].idx
    dated = HISTORY_MARKERS.search(clause.lower(), mention_end)
    if dated is not None:
        clause = clause[: dated.start()]
        # "I've fainted at blood tests in the past" (blind v45): the present perfect of
        # experience, dated by the marker, is not a recent event.
        if _EXPERIENCE_MARKER.fullmatch(dated.group(0).strip()):
            clause = _PRESENT_PERFECT.sub(" ", clause.lower())
    return not RECENT_MARKERS.search(HISTORY_MARKERS.sub(" ", clause))


_EXPERIENCE_MARKER = re.compile(
    r"in the past|before|as a (?:child|kid|teenager)|years ago|in (?:19|20)\d\d"
)
_PRESENT_PERFECT = re.compile(r"\b(?:he|she|it|they|we|i|you) (?:has|have)\b")


_LONGSTANDING = re.compile(
    r"\b(?:not new|been like (?:that|this) (?:for years|for ages|all my life|ever since|"
    r"since (?:birth|childhood|i was born|(?:19|20)\d\d)|since\W*$)|always been like (?:that|this)|"
    # "my smile has always been lopsided, since i was a kid" (blind v31); not "has always
    # been fine" or "fits since I was a kid, and one an hour ago"
    r"always been (?:a bit |slightly )?(?:lopsided|uneven|crooked|wonky|droopy|asymmetric)|"
    r"(?:lopsided|uneven|crooked|wonky|droopy|asymmetric),? since i was (?:a kid|a child|a "
    r"baby|little|young))"
)
# Not knowing or remembering is the patient's state now, whatever it is about.
_UNSURE_NOW = re.compile(
    r"\b(?:do not know|does not know|not sure|unsure|can not remember|do not remember|no idea|"
    r"dunno|no clue)\b"
)
# A guess at when the last jab was is not knowing it: "last tetanus vaccine was probably at
# school" (blind v33).
_JAB_GUESSED = re.compile(
    r"\b(?:tetanus|jab|booster|vaccine|vaccination|shot|last one)\b.*"
    r"\b(?:probably|maybe|must have been|"
    r"i think)\b"
)
_STARTED = re.compile(
    r"\b(?:started|began|begun|switched (?:to|onto)|put on|moved (?:to|onto))(?: \w+){0,4}\s*$"
)
_RECURRED_NOW = re.compile(
    r"\b(?:just|now|today|tonight|this (?:morning|afternoon|evening))"
    r"(?: (?:it|he|she|i|they|we))?(?: has| have| is| am| are)? (?:happened|happening|had|"
    r"having|got) (?:it |one |another one |another )?(?:again|another one)\b"
    # "I used to inject heroin and still use sometimes" (blind v40): still going on.
    r"|\bstill (?:use|uses|using|inject|injects|injecting)\b"
)
_LASTING_COMPLAINT = re.compile(
    r"(?:\w+ )?(?:spasms?|spasming|cramps?|cramping|pain|pains|aches?|aching|tightness|"
    r"twitch(?:es|ing)?|numbness|tingling|back|neck|shoulders?|knees?|legs?|calf|calves|hips?)"
)
# What follows "started" is when it began and how long it has lasted: "started a month
# ago" (blind v34).
STARTED_JUST_BEFORE = re.compile(r"\b(?:started|began|begun|came on)(?: \w+)?\s*$")
# "her back started hurting last month" (blind v10): dated by its start, still going.
_STARTED_AGO = re.compile(
    r"(?:have |has |had )?(?:started|began|begun|came on)(?: (?:hurting|aching|cramping|"
    r"spasming|playing up|to hurt|to ache))?(?: (?:about|around|over|nearly|more than|almost|"
    r"roughly|maybe))? (?:(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of) "
    r"(?:weeks?|months?|years?) ago|last (?:week|month|year))\b"
)
# "It started with spasms in my calf a month ago, and now...": the story's beginning.
_STORY_BEGAN = re.compile(r"\b(?:started|began|begun) (?:with|as)\b")
_NOW_AGAIN = re.compile(
    r"\b(?:now|right now|today|tonight|this (?:morning|afternoon|evening|week)|since yesterday|"
    r"yesterday|last night|lately|recently|these days)\b"
)


# "after my clot last year": a marker right after the noun of an "after" or "since" phrase
# dates that noun only.
_CAUSE_BEFORE_MARKER = re.compile(
    r"\b(?:after|since|following|because of|due to) (?:my|the|a|an|his|her|their|our)"
    r"(?: [\w-]+){1,2} $"
)
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|used|took|got|went|came|fell|felt|broke|gave|ran|saw|began|kept|"
    r"lost|told|said|woke|[a-z]+ed)\b"
)


def _dates_only_a_cause(span: Span) -> bool:
    """Every past marker of the sentence dates the cause of a phrase such as "after my clot
    last year", and the mention is outside it: "on apixaban after my clot last year, hit
    my head on a low beam" (blind v29) is about now. Before the phrase only when nothing
    before it is told in the past: "I had a seizure after my op last year" stays history."""
    sentence = _sentence_of(span)
    text = sentence.text.lower()
    start, end = span.start_char - sentence.start_char, span.end_char - sentence.start_char
    phrases = []
    for marker in HISTORY_MARKERS.finditer(text):
        cause = _CAUSE_BEFORE_MARKER.search(text[: marker.start()])
        if cause is None:
            return False
        phrases.append((cause.start(), marker.end()))
    if not phrases:
        return False  # the marker was found in another case ("This last year")
    if any(first <= start < last or first < end <= last for first, last in phrases):
        return False
    first = min(first for first, _ in phrases)
    return end > first or not _PAST_VERB.search(text[:first])


def _dated_later_clause(span: Span) -> bool:
    """The sentence's only past marker dates a later clause about a present state: "hit
    my head on a beam, I'm on apixaban since my clot last year"."""
    sentence, end = _sentence_of(span), _clause_end(span)
    if HISTORY_MARKERS.search(span.doc[sentence.start : end].text):
        return False
    later = span.doc[end : sentence.end].text.lower()
    if RECOVERY_MARKERS.search(later):
        return False  # "my friend passed out (she's fine now)": it got better
    marker = HISTORY_MARKERS.search(later)
    if marker is None:
        return False
    told = later[: marker.start()]
    return bool(_PRESENT_STATE.search(told) or _TEST_RESULT.search(told))


# A test result dated in a later clause: "numb tingly lips, ..., my calcium was low last
# month" (blind v14): the date is the test's, the lips are now.
_TEST_RESULT = re.compile(
    r"\b(?:calcium|potassium|magnesium|sodium|iron|vitamin d|b12|thyroid|sugar|blood test|"
    r"bloods|levels?|results?|scan|x-ray|xray|mri|ecg) (?:\w+ )?(?:was|were|came back|showed)\b"
)


# A later clause about a present state: "I'm on apixaban", "she takes warfarin".
_PRESENT_STATE = re.compile(
    r"\b(?:i|he|she|they|we) (?:am|is|are|take|takes|use|uses|have been|has been)\b"
    # or an operation, the cause rather than the symptom: "tingling round my mouth and
    # my feet keep cramping, had thyroid surgery last month"
    r"|\b(?:had|having|underwent)\b[^,.;]*\b(?:surgery|operation|op|procedure|replacement)\b"
    # "numb lips and cramps in my feet, I had my parathyroid out last month"
    r"|\b(?:had|having|got)\b (?:my|his|her|the|a|an) \w+ (?:out|removed|taken out)\b"
    # or not knowing something now: "cut my hand, I don't know about my tetanus jab, had
    # them as a kid" (blind v28)
    r"|" + _UNSURE_NOW.pattern + r"|" + _JAB_GUESSED.pattern
)


_HAPPENING_NOW = re.compile(
    r"\b(?:just now|right now|a (?:minute|moment|second) ago|(?:a )?(?:few|couple of|two|five) "
    r"minutes ago|this minute|as we speak|at the moment)\b"
)


def _relative_past(span: Span, clause_start: int) -> bool:
    """ "my aunt had a bad reaction to it": a relative's or friend's past, not the patient's."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "just":
        return False  # "my friend had cramps ... and just collapsed": happening now
    after = span.doc[span.end : _sentence_of(span).end].text.lower()
    if _HAPPENING_NOW.search(re.split(r"[,;:]", after, maxsplit=1)[0]):
        return False  # "my colleague had convulsions in the office just now"
    clause = span.doc[clause_start : span.start].text
    # The mention can be the other person's verb itself: "a character ... collapsed".
    own_verb = span.doc[clause_start : span.end].text
    return bool(RELATIVE_PAST.search(clause) or OTHER_PERSON.search(own_verb) or _in_a_story(span))


# A film, book or the news told about: "watched a film where the woman's face drooped",
# "in the book I'm reading the hero gets lockjaw", "saw on the news that a footballer
# collapsed". Verbs "book" and "show" are not stories: the noun needs an article.
_STORY = re.compile(
    # Any one word may describe it: "the chess book I'm reading" (blind v40).
    r"\b(?:(?:a|the|this|that|an|some)(?: (?:kids'?|children'?s|sci-fi|[a-z]+))? "
    r"(?:film|movie|documentary|novel|book|series|tv show|k drama|kdrama|sitcom|anime|cartoon|"
    r"telenovela|comic|manga|miniseries|"
    r"show|episode|article|podcast|video|programme|program|soap|drama|play|story|thriller)|"
    r"documentary|novel|(?:on|in) the news|news (?:story|report)|on (?:tv|telly|youtube|tiktok)"
    r"|the news (?:said|says|reported|reports|showed|shows)|(?:on|in) the (?:radio|paper|papers)"
    r"|(?:customer|client|friend|colleague|neighbour|neighbor|coworker) (?:told|tells) me"
    r"|in (?:my|a|the|this) (?:\w+ )?(?:game|videogame|video game)|dizide|filmde)\b"
)
# The patient's own event after the story's mention: "watching a film when my chest...".
# A game's own people are not the patient: "in the game my squad medic keeps shouting".
_OWN_EVENT = re.compile(
    r"\b(?:my(?! (?:squad|character|characters|guy|avatar|sim|sims|team|teammate|teammates|"
    r"medic|soldier|soldiers|hero|unit|player|man)\b)|me|myself|then|now|suddenly|and i|"
    r"i (?:got|felt|had|was))\b"
)
# The story's own people or what it is about: "a film where the woman...", "the news that
# a footballer...". Without them, "watching a video of stretches and passed out" is the
# patient's own event.
_STORY_SUBJECT = re.compile(
    # "watched a film last night where the pilot has a seizure" (blind v31): a time first.
    r"^\W*(?:(?:last|this|yesterday|tonight|today|the other)(?: \w+)?\W+)?"
    r"(?:where|about|in which|that|showing|of (?:a|an|the|someone|people))\b|"
    r"\b(?:man|men|woman|women|guy|girl|boy|lady|character|characters|hero|heroine|"
    r"footballer|player|athlete|runner|actor|actress|someone|somebody|people|he|she|they|"
    r"her|his|husband|wife|son|daughter|mother|father|medic|squad|soldier|teammate|avatar|"
    r"zombie|zombies|dad|mum|mom|grandma|grandpa|granny|uncle|aunt|bride|groom|doctor|nurse|"
    r"villain|king|queen|prince|princess|detective|rider|cyclist|racer|driver|climber|skater|"
    r"swimmer|boxer|fighter|singer|star|celebrity|politician|president|minister|pilot|"
    r"adam|kadin|kiz)\b|"
    # Anyone named by what they do: "a fisherman", "a grandmaster", "the tourist" (v40);
    # not "the other day", "the water", "the corner".
    r"\b(?:a|an|the|one|two|three|some) (?:\w+ )?(?!(?:other|another|water|corner|centre|"
    r"center|number|paper|computer|weather|floor|door|dinner|summer|winter|letter|shower|"
    r"counter|power|order|monitor|matter|chapter|trailer|poster|error|river|border|mirror|"
    r"together|over|under|after|later|better|rather|whether|either|neither|ever|never|"
    r"afternoon|hour|hours|four|color|colour|plant|giant|restaurant|moment|event)\b)"
    r"\w+(?:man|men|woman|women|er|ers|or|ors|ist|ists|ian|ians|ant|ants)\b"
)
# The story's person named before it: "the old man in my novel collapses", "my character in
# the game collapsed" (blind v39).
_SUBJECT_IN_STORY = re.compile(
    r"\b(?:man|woman|guy|girl|boy|lady|character|characters|hero|heroine|villain|avatar|"
    r"someone|somebody|player|soldier|medic|king|queen|detective|doctor|nurse) "
    r"(?:in|from|of) (?:my|the|a|this|that|his|her|our) (?:\w+ )?(?:novel|book|film|movie|"
    r"game|videogame|video game|story|series|show|play|script|comic|manga|anime|episode|"
    r"cartoon|sitcom|drama|soap)\s*$"
)
_READING_IT = re.compile(r"\bi(?: am|'m| was)? (?:reading|watching|listening to|read|watched)\b")


# Seen happen to someone in a story named after it: "saw someone collapse in a film".
_SEEN_SOMEONE = re.compile(
    r"\b(?:saw|seen|see|watched|watch|watching|seeing) (?:a |the |some )?(?:someone|somebody|"
    r"man|woman|guy|girl|boy|lady|character|hero|heroine|actor|actress|player|footballer|"
    r"people|person)\b(?: \w+)?\s*$"
)
_STORY_AFTER = re.compile(r"^\W*(?:\w+ ){0,3}(?:(?:in|on) )?" + _STORY.pattern)


def _in_a_story(span: Span) -> bool:
    """The mention is something that happens in a film, book or the news told about."""
    sentence = _sentence_of(span)
    before = span.doc[sentence.start : span.start].text.lower()
    stories = list(_STORY.finditer(before))
    if not stories:
        after = span.doc[span.end : _clause_end(span)].text.lower()
        return bool(_SEEN_SOMEONE.search(before) and _STORY_AFTER.search(after))
    between = _READING_IT.sub(" ", before[stories[-1].end() :])
    if _OWN_EVENT.search(between):
        return False
    told_before = _SUBJECT_IN_STORY.search(before[: stories[-1].end()])
    return bool(_STORY_SUBJECT.search(between) or told_before)


def present_only(doc: Doc, mentions: Sequence[Mention]) -> str:
    """The words of `doc` minus general questions and mentions that do not apply now."""
    dropped = {
        i
        for m in mentions
        if m.status is not Status.PRESENT and m.concept != IDIOM
        for i in range(m.start, m.end)
    }
    kept: list[str] = []
    for sentence in doc.sents:
        facts = _facts(sentence)
        if facts.general_question or facts.conditional_question:
            continue
        kept += [t.text for t in sentence if t.i not in dropped]
    return " ".join(kept)


def context_status(span: Span, gaps: Collection[int] = ()) -> Status:
    """Whether a mention describes something happening to someone now.

    `gaps` are the positions inside the span that a pattern's gap matched.
    """
    clause_start = _clause_start(span)
    if _negated(span, clause_start, gaps):
        return Status.NEGATED
    if _hypothetical(span):
        return Status.HYPOTHETICAL
    if _history(span, clause_start):
        if _relative_past(span, clause_start):
            return Status.SOMEONE_ELSES
        if _facts(_sentence_of(span)).only_recovery:
            return Status.RESOLVED
        return Status.HISTORY
    return Status.PRESENT
