"""How a symptom behaves over time and how bad it is: severe, immobilising, worsening,
new, not helped by anything. Several categories' rules use these."""

from __future__ import annotations

CONCEPTS: dict[str, list[str]] = {
    # Weeks told without a number: "every day since early last month".
    "LONG_RUNNING": [
        "since (early|mid|late|the start of|the beginning of|the end of)? last (month|year)",
        "for (weeks|months|ages) (now)?",
    ],
    # A pain the patient knows well: "the familiar knot between my shoulder blades".
    "FAMILIAR": [
        "(familiar|same old|as usual|as always|like it did|like it always does|comes and goes|on and off)",
        "(always|usually|normally) (get|gets|got|have|has|had)",
    ],
    "WORSENING": [
        "(weaker|worse|more numb|number|more swollen|bigger|heavier) than (yesterday|this morning|last night|before|the day before|last week|earlier)",
        "worse|worsening|progressing|spreading|increasingly",
        "(getting|get|gets|got|becoming|grown|growing) * weaker",
        "weaker and weaker",
        # Blind v45: "the back pain is coming back stronger the last 3 days".
        "(coming|came|come|comes) back (stronger|harder|worse)",
        "(getting|gets|got|grown|growing) (stronger|more intense|more severe)",
        "(every day|each day|by the day|day by day|more and more)",
        "new|newly|developed|started|since",
    ],
    "SEVERE_PAIN": [
        # One slot: "10/10", not "(10/10|10) out of (10|ten) out of ten" as once written.
        "10/10",
        "worst pain",
        "pain of my life",
        "unbearable|unbareable|excruciating|agony|agonising|agonizing|horrendous|screaming|crying",
        "(10|ten) out of (10|ten)",
        "(severe|extreme|intense) * (pain|spasm|spasms|cramp)",
        "(so|too) (painful|bad)",
        "(so|too|very|extremely) severe",
        "so much pain",
    ],
    "IMMOBILE": [
        "(frozen|stuck|locked) in (one|the same|1) position",
        "(frozen|stuck|trapped|pinned|flat) (on|to) the (floor|bed|sofa|couch|ground|carpet)",
        "can not * (move|get up|roll|sit|stand|walk|turn|lie|get out of bed|get off the floor|get out of the car)",
        "can not * get (up|off|out)",
        "unable to * (move|get up|roll|sit|stand|walk)",
        "(unable|can not) to? * (rise|get up) (from|out of) ** (chair|bed|sofa|couch|floor|seat)",
        "stuck (on the floor|in bed)",
        # Blind v32: "stuck on the bathroom floor".
        "(frozen|stuck|trapped|pinned|flat|lying) (on|to) (the|my) (bathroom|kitchen|bedroom|hallway|hall|living room|toilet|shower|landing) (floor|tiles|carpet)",
        "(completely|totally) locked",
    ],
    # Spasms named in an earlier message: "they haven't gone away at all this time, it's
    # been about 5 weeks" (blind v28, after the learned layer stopped catching it).
    "NOT_GONE_AWAY": [
        "(they|it|the spasms|the cramps) (have|has)? (not|never) (gone away|gone|stopped|settled|eased off|let up|calmed down)",
    ],
    "NOTHING_HELPS": [
        "(painkillers|tablets|pills|heat|ice|stretching|meds|medication|ibuprofen|paracetamol) (are|is|were|was)? (useless|no use|not touching it|doing nothing)",
        "none of the (analgesics|painkillers|pain killers|tablets|pills|meds|medicines|medication|injections) ** (effect|helped|help|worked|work|touched|difference)",
        "(analgesics|painkillers|painkiller|pain killers|injection|jab) ** (no|any) (effect|difference|relief) (whatsoever|at all)?",
        "(painkillers|painkiller|ibuprofen|paracetamol|meds|tablets|pills|medicine|codeine|naproxen|tylenol|advil|motrin|aleve|nurofen|panadol|cocodamol|heat|ice|stretching|massage) * (doing|do|did|does|done|has done|have done) (zero|nothing|nada|sod all|bugger all|naff all|jack|squat|zilch)",
        "no (medicine|medication|medicines|tablet|tablets|pill|pills|painkiller|painkillers) (is|are)? (helping|working|touching it)",
        "nothing ** (help|helps|helping|helped|works|working|worked|touches|touching|shifts)",
        "tried everything",
        "tried all",
        "not (helping|working|touching)",
        "(painkillers|ibuprofen|paracetamol|meds|tablets) * (not|nothing) * (work|working|help|helping|touch|touching)",
        "(no|without) (relief|difference)",
    ],
    "WORSE_DESPITE": [
        # Blind v30.
        "(still there|still here|still going|not gone|not going away) ** (worse|no better)",
        "(worse|no better|the same) ** tried (everything|massage|heat|ice|rest|stretching|the lot|all sorts|it all)",
        "nothing (i do|i try|i have tried|we do|we try|seems to) (is|has been)? (settling|easing|shifting|fixing|helping|working on|calming) (them|it|this)",
        "(same|worse|no better) ** (following|doing|done) (all|everything)? (the|your|you)? (advice|exercises|stretches|said|suggested|recommended)",
        "(getting|get|got|becoming|keep getting|gets) * (worse|more frequent|more painful)",
        "(spasm|spasms|cramp|cramps|pain|it|they) * (getting|get|got|becoming|gets) * (stronger|weaker|longer)",
        "worse and worse",
        # Blind v42: "ibuprofen and heat haven't changed it at all, if anything it's worse".
        "(have not|has not|did not|does not|do not) (changed|change|touched|touch|shifted|shift|helped|help) (it|them|this|anything) ** (at all)? ** (if anything)? ** (worse|no better)",
        "(worse|bad|frequent) now than",
        "worse than (when|before)",
        "worsening",
        "(not|no) (getting|any)? (better|improving|improvement)",
        "(despite|even with|even after|even though|regardless of) ** (stretching|stretches|physio|treatment|rest|resting|meds|medication|massage|heat|ice|everything|exercises|taking|relaxers)",
    ],
    "NEW_ONSET": [
        "(new|newly|never had|not had before|first time|started|never before|out of nowhere|recently)",
    ],
}
