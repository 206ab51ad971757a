"""Text the screen can read: Unicode clean-up, leetspeak, and spotting other languages.

Runs before the detector and the learned layer, so that "ch3st p41n", full-width letters,
zero-width characters inside words, or a Cyrillic "с" inside "сhest" do not hide a
symptom. Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

# Zero-width and invisible formatting characters, the soft hyphen, and the BOM.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070)),
    None,
)
# Cyrillic and Greek letters that look like Latin ones, used to disguise words.
_LOOKALIKES = str.maketrans("аеорсухіјѕԁһӏАВЕКМНОРСТХІЈЅαοτνκ", "aeopcyxijsdhlABEKMHOPCTXIJSaotvk")
_LATIN = re.compile(r"[a-zA-Z]")
_MIXED_SCRIPT = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+\b")
_LEET_DIGITS = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# Letters with digits inside, never a digit at either end: "ch3st", "p41n", "br34the";
# not "10mins", "t6", "b12", "2nd", "covid19".
_LEET_WORD = re.compile(r"\b[a-zA-Z]+(?:[013457@$]+[a-zA-Z]+)+\b")
_REPEATS = re.compile(r"([a-zA-Z])\1{2,}")
# Chat and dialect spellings of "can't" ("cnt breath", Scots "cannae", Jamaican "cyaan"),
# and a speed written as one word ("50mph"), so the patterns see the words they are
# written in.
_CANT = re.compile(r"\b(?:cnt|cannae|cant|cyaan|kyaan|caan)\b", re.IGNORECASE)
_DONT = re.compile(r"\b(?:dnt|dont)\b", re.IGNORECASE)
_SPEED = re.compile(r"\b(\d+)(mph|kmh|kph)\b", re.IGNORECASE)
# A hedge between "can't" and its verb ("can't really feel the paper"): the patterns read
# the inability itself (blind v24).
_HEDGE = re.compile(
    r"\b(can't|can’t|cannot|can not|couldn't|couldn’t|could not)\s+"
    r"(?:really|quite|properly|fully|totally|actually|even|exactly)\s+(?=\w)",
    re.IGNORECASE,
)


# A cross emoji after or before a word says "no": "fever ❌", "❌ numbness" (blind v30).
_CROSS = "(?:\u274c|\u2716\ufe0f?|\U0001f6ab|\u26d4|\u2717|\u2718)"
_NO_AFTER = re.compile(r"\b([a-zA-Z]+)\s*" + _CROSS)
_NO_BEFORE = re.compile(_CROSS + r"\s*([a-zA-Z]+)\b")


# A lip, a tooth or a gum is not the bottom that saddle numbness names: "my bottom lip is
# still numb from the injection at my filling" (blind v30).
_BOTTOM_OF_MOUTH = re.compile(r"\bbottom (?=(?:lip|lips|teeth|tooth|jaw|gum|gums)\b)", re.I)


def clean(text: str) -> str:
    """`text` with the disguises above undone; ordinary text comes back unchanged."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = "".join(c if c in "\n\t" or unicodedata.category(c)[0] != "C" else " " for c in text)
    text = _MIXED_SCRIPT.sub(lambda m: m.group(0).translate(_LOOKALIKES), text)
    text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET_DIGITS), text)
    text = _CANT.sub("can't", text)
    text = _DONT.sub("don't", text)
    text = _SPEED.sub(r"\1 \2", text)
    text = _NO_BEFORE.sub(r"no \1", _NO_AFTER.sub(r"no \1", text))
    text = _BOTTOM_OF_MOUTH.sub("lower ", text)
    text = _HEDGE.sub(r"\1 ", text)
    return _REPEATS.sub(r"\1\1", text)


_WORDS = re.compile(r"[^\W\d_]+")
_TURKISH = re.compile(r"[ğĞışŞİ]")
MIN_FOREIGN_WORDS = 3
# Grammar words of the languages patients write in (Turkish, Spanish, German, Portuguese,
# Romanian, Polish, Italian, French, Dutch, Czech, Hungarian) that are not English words
# too: "ne zaman doktora gitmem gerekir" and "mi padre tuvo un ictus y tiene la mano muy
# rigida" are not English though "doktora", "padre" and "mano" are in an English
# dictionary (FAQ blind v36). Left out: words English uses ("van", "bin", "die", "con",
# "para", "mam", "mon", "cum", "jest", "pour", "ve" of "I've").
FOREIGN_GRAMMAR_WORDS = frozenset(
    """ne zaman bir var yok cok çok icin için nasil nasıl neden niye hangi gibi ama ile daha
    kadar sonra önce nedir olur oluyor iyi gerekir lazim lazım bana benim sey şey degil
    değil evet hayir hayır misiniz miyim
    que qué por una muy pero como cómo cuando cuándo donde dónde tengo tiene puedo hago
    quiero necesito debo duele tuvo un en los las bueno buenos buena
    ich habe nicht und das ist mit wie wann soll kann mein meine bei nach zum zur auch sehr
    oder aber warum wieviel muss der dem den
    não nao tenho meu minha você voce muito porque
    sunt pentru foarte nu
    nie się sie mnie bardzo czy
    sono della molto perché perche che
    je suis une avec mais très tres
    het een niet ik mijn heb
    jsem nevím nevim kde
    nem hogy egy""".split()  # noqa: SIM905
)
# English grammar words: a message with one of them is not judged by its foreign grammar words.
ENGLISH_GRAMMAR_WORDS = frozenset(
    """the and is are was my what how can could do does did you it of to for with should
    this that when why have has me after about from your which""".split()  # noqa: SIM905
)
MIN_FOREIGN_GRAMMAR = 2
MIN_FOREIGN_PASSAGE = 4
_CLAUSE_BREAKS = re.compile(r"[,;:.!?()\n]+|\s[-–]\s")
# A message that says what it asks in English too ("..., office sitting posture advice")
# is answered: three English words in a row (short words skipped), and a third of its
# words English.
MIN_ENGLISH_RUN = 3


def _clauses(text: str) -> list[str]:
    """The clauses of `text`, split at punctuation, brackets, new lines and spaced dashes."""
    return [clause for clause in _CLAUSE_BREAKS.split(text) if clause.strip()]


def _english_run(long_words: list[str], english_words: Container[str]) -> int:
    """The longest run of consecutive English words among words of three letters or more
    (short words are skipped: "en son ne" is Turkish)."""
    longest = current = 0
    for word in long_words:
        current = current + 1 if word in english_words else 0
        longest = max(longest, current)
    return longest


def _asks_in_english(text: str, english_words: Container[str]) -> bool:
    """Its first or last clause is all English, short words included, with at least three
    words of which two are long: "..., what can I do", "how long does it take, ..."."""
    clauses = _clauses(text)
    for clause in clauses[:1] + clauses[-1:]:
        words = [w.lower() for w in _WORDS.findall(clause)]
        long_words = [w for w in words if len(w) >= 3]
        if len(words) >= 3 and len(long_words) >= 2 and all(w in english_words for w in words):
            return True
    return False


def unsupported_language(text: str, english_words: Container[str]) -> bool:
    """True when `text` is mostly not English, so the screen cannot vouch for it.

    Mostly another script; Turkish letters with half the words not English; or at least
    three words and four in five of them unknown to `english_words`. Not when it asks in
    English too (three long English words in a row, or a first or last clause in English)
    and a third of its words are English. A message with a
    red flag in its English words is escalated before this is asked.
    """
    words = [w.lower() for w in _WORDS.findall(text)]
    if len(words) < 2:
        return False
    latin = sum(1 for w in words if _LATIN.search(w))
    if latin < len(words) / 2:
        return True
    long_words = [w for w in words if len(w) >= 3]
    asks_in_english = (
        # "gece bacak kramplari cok oluyor, night leg cramps very often"
        _english_run(long_words, english_words) >= MIN_ENGLISH_RUN
        # "stres yüzünden kaslarım kasılıyor, what can I do"
        or _asks_in_english(text, english_words)
    )
    if asks_in_english and sum(1 for w in words if w in english_words) >= len(words) / 3:
        return False
    unknown = [w for w in long_words if w not in english_words]
    if _TURKISH.search(text) and len(unknown) >= 2 and len(unknown) >= 0.5 * len(long_words):
        return True
    if _foreign_grammar(words) and _english_run(long_words, english_words) < 2:
        return True
    return _mostly_unknown(unknown, long_words, MIN_FOREIGN_WORDS)


def _foreign_grammar(words: list[str]) -> bool:
    """Two different grammar words of another language, at least one word in five, and no
    English grammar word. Two English words in a row ("eyelid twitch", "back spasm") keep
    the message answered: the question is readable in them."""
    foreign = [w for w in words if w in FOREIGN_GRAMMAR_WORDS]
    return (
        len(set(foreign)) >= MIN_FOREIGN_GRAMMAR
        and len(foreign) >= 0.2 * len(words)
        and not any(w in ENGLISH_GRAMMAR_WORDS for w in words)
    )


def _mostly_unknown(
    unknown: list[str], long_words: list[str], at_least: int, share: float = 0.8
) -> bool:
    return len(unknown) >= at_least and len(unknown) >= share * len(long_words)


def foreign_passage(
    text: str,
    english_words: Container[str],
    at_least: int = MIN_FOREIGN_PASSAGE,
    share: float = 0.8,
) -> bool:
    """True when a clause of `text` is in another language though the message as a whole
    reads as English: "ma mère elle voit plus rien d'un oeil depuis ce matin, ... what
    should we do" (blind v29). The screen read only the English, so the reply gives the
    emergency number as well. A clause needs `at_least` longer words, `share` of them
    unknown (four, four in five, on the message as written)."""
    for clause in _clauses(text):
        long_words = [w.lower() for w in _WORDS.findall(clause) if len(w) >= 3]
        unknown = [w for w in long_words if w not in english_words]
        if _mostly_unknown(unknown, long_words, at_least, share):
            return True
    return False


def unread_after_gloss(glossed: str, english_words: Container[str]) -> bool:
    """A clause still unread after the Turkish glossary, three long words of which three in
    four are unknown: "pao sam juče na stepenicama, udario vrat, sad mi trnu ruke. neck
    hurts a lot" (Serbian, blind v46) had no clause of four long words, four in five
    unknown. Turkish clauses the glossary reads ("gece bacak krampları, night leg
    cramps") are English by then."""
    return foreign_passage(glossed, english_words, at_least=3, share=0.75)
