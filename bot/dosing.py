"""The dosing guard: requests for a dose, frequency, maximum or duration of a prescription
medicine always go to the prescriber or pharmacist, never to a number.

Deterministic, on the same concept matcher as the red-flag detector. Taking more than
prescribed, or mixing with alcohol, is a red flag (`medication_overdose`), not a dosing
question; the red-flag screen runs first.
"""

from __future__ import annotations

import functools

from bot.concepts import ConceptMatcher, Status

PRESCRIPTION = "soma|somas|carisoprodol|cyclobenzaprine|flexeril|amrix|tizanidine|zanaflex|baclofen|lioresal|lyflex|methocarbamol|robaxin|diazepam|valium|quinine|metaxalone|skelaxin|orphenadrine|norflex|chlorzoxazone|dantrolene|gabapentin|neurontin|pregabalin|lyrica|tramadol|codeine|cocodamol|relaxant|relaxants|relaxer|relaxers|prescription"
UNITS = "mg|mgs|milligram|milligrams|mcg|ml|g"
PILLS = f"{PRESCRIPTION}|tablet|tablets|pill|pills|capsule|capsules|dose|doses|one|ones|it|them"

DOSING_CONCEPTS: dict[str, list[str]] = {
    "PRESCRIPTION_MEDICINE": [PRESCRIPTION, "pain o soma", "muscle (relax~)"],
    "DOSE_ASK": [
        "dose|doses|dosage|dosages|dosing|posology",
        "how (much|many)",
        "how mny|mutch",
        f"(what|which|how many|how much|is) * ({UNITS})",
        f"# ({UNITS})? or # ({UNITS})?",
        "(should|can|do) i take * #",
        f"({UNITS}) * (too much|enough|ok|okay|safe|alright|should|or|how often|at once)",
        "(strength|strong) ** (should|do|would|to)",
        "how often",
        "how frequently",
        "how many times",
        "(times|time) (a|per|each) (day|night|week)",
        "(twice|once|three times) (a|per) (day|night)",
        "(every|each) # (hours|hrs|hour)",
        "hours between",
        "how far apart",
        "(every|each) (day|night)",
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
        "(cut|split|halve|break) * (half|halves|two)",
        "(half|quarter) (a|of a|of|my)",
        "instead of (one|once|two)",
        "(at|in) once",
        "together",
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
    ],
}


class DosingGuard:
    """Recognises requests for dosing instructions about prescription medicines."""

    def __init__(self) -> None:
        self.concepts = ConceptMatcher(DOSING_CONCEPTS)

    def is_dosing_request(self, text: str) -> bool:
        if not text or not text.strip():
            return False
        mentions = self.concepts.mentions(self.concepts.parse(text))
        # Questions are what this guard is for, so hypothetical mentions count too.
        found = {m.concept for m in mentions if m.status is not Status.NEGATED}
        return {"PRESCRIPTION_MEDICINE", "DOSE_ASK"} <= found and "NOT_DOSING" not in found


@functools.lru_cache(maxsize=1)
def get_dosing_guard() -> DosingGuard:
    return DosingGuard()
