"""The dosing guard: requests for a dose, frequency, maximum or duration of a prescription
medicine always go to the prescriber or pharmacist, never to a number.

Deterministic, on the same concept matcher as the red-flag detector. Taking more than
prescribed, or mixing with alcohol, is a red flag (`medication_overdose`), not a dosing
question; the red-flag screen runs first.
"""

from __future__ import annotations

import functools

from bot.safety.concepts import ConceptMatcher, windows
from bot.safety.patterns.vocabulary import MUSCLE_RELAXANT_PHRASES

PRESCRIPTION = "soma|somas|carisoprodol|cyclobenzaprine|flexeril|amrix|tizanidine|zanaflex|baclofen|lioresal|lyflex|methocarbamol|robaxin|diazepam|valium|quinine|metaxalone|skelaxin|orphenadrine|norflex|chlorzoxazone|dantrolene|gabapentin|neurontin|pregabalin|lyrica|tramadol|codeine|cocodamol|relaxant|relaxants|relaxer|relaxers|prescription"
UNITS = "mg|mgs|milligram|milligrams|mcg|ml|g"
PILLS = f"{PRESCRIPTION}|tablet|tablets|pill|pills|capsule|capsules|dose|doses|one|ones|it|them"

DOSING_CONCEPTS: dict[str, list[str]] = {
    "PRESCRIPTION_MEDICINE": [
        PRESCRIPTION,
        *MUSCLE_RELAXANT_PHRASES,
        "(pills|tablets|meds|medication|medicine|capsules|box) ** (doctor|gp|prescribed|consultant|surgeon|pharmacy)",
        "(prescribed|prescription) (pills|tablets|meds|medication|medicine)",
    ],
    "DOSE_ASK": [
        "dose|doses|dosage|dosages|dosing|posology",
        "how (much|many)",
        "how mny|mutch",
        f"(what|which|how many|how much) * ({UNITS})",
        f"# ({UNITS})? or # ({UNITS})?",
        "(should|can|do) i take * #",
        f"({UNITS}) ** (too much|enough|how often|at once|too high|too low)",
        f"is # ({UNITS}) (ok|okay|safe|alright|too much|enough)",
        f"is # ({UNITS})? of ** (ok|okay|safe|alright|too much|enough)",
        "(right|correct|normal|usual|safe) (amount|dose|dosage|number)",
        "(once|twice|three times|four times) * or * (once|twice|three times|four times|more|less)",
        "(strength|strong) ** (should|do|would|to)",
        "how often",
        "how frequently",
        "how many times",
        "(take~|taking|have|use~|using) ** (times|time) (a|per|each) (day|night|week)",
        "(take~|taking|have|use~|using) ** (twice|once|three times) (a|per) (day|night)",
        "(twice|double|half|three times) as (often|much|many)",
        "(best|right|what) time (of day)? to take",
        "how long is a (normal|usual|typical|standard)? course",
        "(most|max|maximum) ** (can|should|could) (i|you|we|one) (have|take)",
        "(most|max|maximum) ** (i|you|we|one) (can|should|could) (have|take)",
        "(every|each) # (hours|hrs|hour)",
        "hours between",
        "how far apart",
        "(take|taking|use|using|have) ** (every|each) (day|night)",
        "(max|maximum|highest|most|upper|limit|safe) * (dose|amount|per day|a day|daily|limit|i can take)",
        "too much",
        "how long (do|should|can|must|could|would) (i|you|we|one|people) * (take|stay|be on|keep|use|continue|last)",
        "how (many|long) (days|weeks|months) * (take|stay|on|row|use)",
        "stay on",
        "keep taking",
        "in a row",
        "(double|doubling|doubled) (up|my|the|a)?",
        "(take|have) (another|one more|extra|two|2|three|3)",
        "(take|have) (an|a) (extra|second|other|additional)",
        f"(missed|miss|forgot|forgotten|skipped) * ({PILLS})",
        "(missed|miss|forgot|forgotten|skipped) my",
        "(next|another) (dose|one|tablet|pill)",
        "when (should|can|do|could|must) i take",
        "(daily|day|weekly) (limit|max|maximum|amount|allowance)",
        "(cut|split|halve|break|crush) ** (half|halves|two|quarters)",
        "(go|going) up to",
        "(increase|up|raise|lower|reduce|decrease) (the|my|your)? (dose|dosage|amount)",
        "(increase|up|raise|lower|reduce|decrease) it (to|by)",
        "(higher|lower|bigger|smaller|stronger) (dose|dosage)",
        "(cut|cutting) down",
        "wean|weaning|taper|tapering",
        "(when|how) (should|do|can|could|must) i (stop|come off|quit|wean)",
        "(earlier|later|sooner) than (usual|normal|prescribed)",
        "what time (should|do|can) i take",
        "how long (am|are|is) (i|you|we|one) (supposed|meant|expected|allowed) to",
        "redose",
        "re dose",
        "how soon (can|should|do) i (take|have)",
        "(half|quarter) (a|of a|of|my)",
        "instead of (one|once|two)",
        "(at|in) once",
        "# ** together",
        "(two|both|several|all) (of them|at once)? together",
        "(before|at) (bed|night|bedtime)",
        "starting|usual|normal|standard|typical|recommended * (dose|amount|dosage)",
    ],
    "NOT_DOSING": [
        "kick in",
        "(start|starts|begin) (working|to work)",
        "take to (work|kick in)",
        "stay in * (system|body|blood|urine)",
        "(wear|wears) off",
        "show up",
        "withdrawal",
        "(side|sideeffect) effects?",
        "cost|costs|price|prices|expensive|cheap|cheaper|insurance|afford|euro|euros|pounds|dollars",
        "how much (is|are|does|do) (a|the|it)? (private)? (prescription|box|pack|packet)",
        "deliver|delivery|shipping|buy|order|sell|selling|online",
        # Said not to be about the dose (FAQ blind v33): "I'm not asking about the dose,
        # just what a muscle relaxant does."
        "(not|never) (asking|after|looking for|wanting|interested in) (about|for)? (the|a|any|my)? (dose|dosage|doses|dosing)",
    ],
}


class DosingGuard:
    """Recognises requests for dosing instructions about prescription medicines."""

    def __init__(self) -> None:
        self.concepts = ConceptMatcher(DOSING_CONCEPTS)

    def is_dosing_request(self, text: str) -> bool:
        if not text or not text.strip():
            return False
        # Questions are what this guard is for, whatever their context ("it is not
        # working, can I take an extra one?"), so every mention counts.
        found = {
            m.concept
            for piece in windows(text)
            for m in self.concepts.mentions(self.concepts.parse(piece))
        }
        return {"PRESCRIPTION_MEDICINE", "DOSE_ASK"} <= found and "NOT_DOSING" not in found


@functools.lru_cache(maxsize=1)
def get_dosing_guard() -> DosingGuard:
    return DosingGuard()
