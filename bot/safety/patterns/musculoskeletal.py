"""Muscles and joints: the spasm and cramp words themselves, knee injuries, compartment
syndrome, and the "soon" signs (spreading spasms, wasting, twitching, nightly cramps)."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import LEG, NUMB, PERSON, SPASM, SPREAD_TO

CONCEPTS: dict[str, list[str]] = {
    "CRAMP": [
        "cramp|cramps|cramping|cramped|crampy|spasm|spasms|spasming|spasmed|charley",
        "(seize|seizing|seized) up",
        # A muscle that stays locked is a cramp however it is named (blind v21, v25).
        "(still|stays|staying|stayed) (locked|locked solid|rock hard|solid|knotted|seized)",
    ],
    "KNEE": ["knee|knees|kneecap|nee"],
    "KNEE_LOCKED": [
        "knee * (lock|locked|locking|stuck|jammed|catching|caught)",
        "can not * (straighten|bend|extend) * (it|knee|leg)",
        "(lock|locked) * knee",
        "(it is|now|got|gone) (locked|stuck|jammed)",
    ],
    # A true locked knee: stuck and cannot be straightened (with or without an injury).
    "KNEE_STUCK": [
        "knee * (lock|locked|locking|stuck|jammed)",
        "(locked|stuck|jammed) * knee",
    ],
    "CANT_STRAIGHTEN": [
        "can not * (straighten|extend|unbend) * (it|knee|leg)",
        "(will not|does not|do not) (straighten|unlock|unbend)",
        "(now|still) can not (fully)? (straighten|unbend|extend)",
    ],
    "KNEE_SWOLLEN_FAST": [
        "(swell|swelled|swollen|swelling|ballooned|ballooning|puffed|blew up) ** (fast|quickly|straight away|immediately|instantly|right away|within|massive|huge|like a balloon|in minutes|in an hour)",
        "(fast|quickly|immediately|instantly|straight away|right away) * (swell|swelled|swollen|swelling|ballooned|puffed)",
        "ballooned|balloon",
        "like a (balloon|grapefruit|melon|orange|football)",
        "in # (minutes|mins|min)",
    ],
    "NO_WEIGHT": [
        "(cnt|can not) * (put|bear|take) * (wait|weight) (on it|on my leg|on my knee)?",
        "can not * (put|bear|take|stand|walk) * (weight|on it|on my leg|on my knee|on that leg)",
        "can not (stand|walk)",
        "unable to * (walk|stand|bear)",
        "weight bearing",
        "(any|no) weight",
        "(will not|would not|does not|did not|can not|could not) (take|bear|hold|carry) (any|my|his|her)? weight",
    ],
    "INJURY": [
        "injury|injured|injure|twist|twisted|twisting|fall|fell|fallen|tackle|tackled|landed|landing|popped|pop|crack|cracked|skiing|football|rugby|netball|basketball|collided|collision|slipped|tripped|knocked|hit|accident|sprain|sprained|kicked|jump|jumped|dislocated|game|match",
        "(gave|give|gives|giving) way",
        "(went|go|going|gone) over on ({PERSON})? (knee|ankle|leg|foot)".replace(
            "{PERSON}", PERSON
        ),
    ],
    "EVERY_NIGHT": [
        # Blind v32: "last night again, third night this week".
        "(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (night|time at night) (this week|in a row|running|on the trot|this month)",
        # Not "all night" (one night: "standing all night at the pub", blind v32).
        "(every|each|most) (single)? (night|nights|evening)",
        "all (the)? (nights~|evenings~)",
        "(night|nite) after (night|nite)",
        "nightly",
        "(every|each|most) (nite|nites)",
        "(nearly|almost) every night",
        "(keep|keeps|kept) (waking|wake) * (me)? up?",
        "(wake|wakes|woken|waking|woke) * (me|up) * (every|each|most|all) (night|nights)",
        "(wake|wakes|woken|waking|woke) * (me|up) * most nights",
        "in bed night after night",
        "every other night",
        "nights in a row",
        "(every|each) (single)? (sleep|time i sleep|time i go to sleep|time i lie down to sleep)",
        "(every|each) time i (get|go|drift|drop) (off)? (to)? sleep",
        "(day|night) after (day|night)",
    ],
    "TWITCH": [
        "twitch|twitches|twitching|twitched|twitchy|fasciculation|fasciculations|flickering|rippling",
        "(muscle|muscles|shoulder|arm|leg|calf|thigh) (is|are|keeps|keep)? (jumping|jumpy)",
    ],
    "WASTING": [
        "struggling (with|on|up) (the)? stairs",
        # Grip weakness told by what happens (blind v28 development): "I keep dropping things".
        "(keep|keeps|kept|always|started) (dropping|drop) (things|stuff|cups|my cup|my phone|objects|my pen|pens|tools)",
        "weak|weaker|weakness|thinner|smaller|shrinking|shrink|shrunk|wasting|wasted|atrophy|withering",
        "(lose|losing|lost) * (muscle|strength|grip)",
        "(look|looks|looking|gone|getting) * (thinner|smaller|skinny|thin)",
        "(thinner|smaller) than the other",
        "(looks|look|looking|gone|going|getting) (a bit|a little|slightly|kind of|kinda|quite|really)? (hollow|hollowed|hollowed out|sunken|dented|flat)",
        # Blind v32: "lifting the bottles is harder".
        "(lifting|gripping|holding|carrying|opening) ** (is|are|got|getting|has got) (harder|more difficult|a struggle|difficult)",
        "(harder|hard|difficult|struggling|trouble) to (lift|grip|hold|open|carry)",
        # Blind v41: "my legs get tired so much faster than before, hard to get up from a chair".
        "(tired|tire|tires|tiring|weaker) (so|so much|much|a lot)? (faster|quicker|sooner|more quickly) than (before|they used to|it used to|usual|normal)",
        "(hard|harder|difficult|struggle|struggling|trouble) (to)? (get|getting) (up)? (from|out of) (a|the|my)? (chair|sofa|couch|seat|armchair)",
        "(struggling|struggle|hard|harder|difficult|trouble|can not) (to)? (go|get|going|getting|stand|standing|rise|rising) (up)? on (my|his|her|the)? (tiptoe|tiptoes|toes|tip toes)",
        "(stairs|steps|getting up|standing up|climbing) ** (harder|difficult|struggle|struggling|trouble)",
        "can not (lift|grip|hold|open|carry) ** (used to|anymore|any more|like before)",
        "can not (lift|grip|hold|open|carry) ** as (easily|well|much|high|far) as (before|i used to|normal|usual|it used to)",
        "(smaller|thinner|shrinking) and (weak|weaker)",
        "(grip|strength|grip strength|power) * (dropped|dropping|gone|going|fading|fallen|falling) (right)? (off|away|down)?",
    ],
    "SPREADING": [
        # Blind v31.
        "(spasm|spasms|cramp|cramps|twitching) (moved|has moved|have moved|spread|travelled|traveled|went) from ** (into|to) (my|the|his|her)?",
        # Blind v29: "more places each week".
        "(more|new) (places|areas|spots|parts|muscles|muscle groups) (each|every) (week|day|month|time)",
        "(in|to|into) more (and more)? (places|areas|parts of)",
        # "now I've got them in my thigh and my back" (development, fourteenth session)
        "(now|and now) (i|he|she) (have|has|got|have got|has got) (them|the spasms|the cramps) in (my|his|her|the)? (thigh|thighs|back|arm|arms|legs|neck|shoulders|shoulder|hands|feet|other|both|whole)",
        "(are|is) (doing it|doing the same|joining in) (too|as well)",
        # Blind v45: "now it's my thighs and my feet doing it as well".
        "(now|and now) (it is|its) (my|his|her|the) ** (doing it|doing the same|joining in) (too|as well|also)?",
        # Blind v46: "now they're happening in my neck and over into the left shoulder too".
        "(now|and now) (they are|they have been|it is|it has been|they|it) (happening|starting|coming|appearing|showing up) (in|into|on) (my|his|her|the) (neck|shoulder|shoulders|back|arm|arms|leg|legs|thigh|thighs|hands|feet|hips|other|calves|calf|foot|hand) ** (too|as well|also)",
        # Blind v42: "now they've moved to her hands and forearms as well".
        "(they|it|the spasms|the cramps|the twitching) (have|has|had)? (moved|spread|gone|travelled|traveled) (to|into) (my|his|her|the)? ** (as well|too|also)",
        "(have|has|had) (now)? joined in",
        # Blind v44: "now they're going into my shoulders and down my upper back too".
        "(they|the spasms|the cramps|the twitching) * (going|spreading|creeping|moving|travelling|traveling) (into|to|down|up) (my|his|her|the|both)? (shoulders|arms|hands|legs|thighs|feet|hips|other|neck|back|upper back|lower back)",
        "spread|spreading|spreads",
        "(now|also|started|starting|keeps|keep|is|are) (spasming|cramping|twitching|seizing up) (too|as well)",
        f"(moving|moved|travel~|creep~|crept|gone~|spread~) * (up|down|into|to) * ({LEG}|back|arm|arms|shoulder|shoulders|neck|bum|body)",
        "(now|and now) (in|into|there in|on|affecting|spreading to|moving to|gone to|going to|up to) (my|the)? (other|both|arms|legs|shoulders|back|thigh|thighs|bum|whole|all|hands|feet|neck)",
        "(other|new) muscles",
        # "this week they're in my hips and thighs as well", "now it go up to the leg" (v27).
        "(they are|it is|they have been|it has been) (now)? (in|into) (my|his|her|the) ** (as well|too|also)",
        f"(it|they|the spasm|the spasms|the cramp|the cramps) (go|goes|going|went|gone) (up|down) (to|into) (the|my|his|her)? ({LEG}|back|arm|arms|neck|shoulder|shoulders)",
        "more muscles (are|now|too|as well|affected|involved|each|every)",
        "(moving|moved|spreading|spread|going|gone) (to|into) (more|other) muscles",
        "(got|spread) into ({PERSON})? (upper|lower|other)? (back|shoulders|neck|arms|legs|thighs|feet)".replace(
            "{PERSON}", PERSON
        ),
        "(this week|now) (it is|its) ({PERSON})? (right|left|other|both)".replace(
            "{PERSON}", PERSON
        ),
        "all over ({PERSON})? body".replace("{PERSON}", PERSON),
        "(started|starting|began) in ** now",
        # Blind v32.
        "now (my|his|her|the) ** and even (my|his|her|the)? ** (cramp|cramps|cramping|spasm|spasms|spasming|twitch|twitching)",
        "(at first|first|used to be|was|were) (only|just) ** now ** (both|other|legs|arms|thighs|thigh|shoulders|back|neck|feet|hands|body|everywhere|all over|stomach|chest)",
        "(moved|spread|gone|went) (to|into) ({PERSON})? (other|both|tummy|stomach|belly|arms|legs|back|neck|thigh|thighs|whole|hips)".replace(
            "{PERSON}", PERSON
        ),
        "(now|and now) (it is|its) (in|into|on|affecting) (my|the|his|her)? (other|both|arms|legs|shoulders|back|whole|all|hands|feet|neck)",
    ],
    # A spasm that was in one place and is now in more: the spasm word sits in the past
    # part of the sentence ("spasms used to be just in one calf, now both legs").
    "SPASM_SPREAD_NOW": [
        # Blind v33: "first my left calf, then my thigh, now my buttock muscles go into spasm too".
        "first (my|his|her|the) ** then ** now ** (spasm|spasms|spasming|cramp|cramps|cramping) (too|as well|also)",
        f"(at first|first|used to be|was|were) (only|just) ** (spasm|spasms|spasming|cramp|cramps|cramping|twitching|twitches) ** now ** ({SPREAD_TO})",
        # "started as spasms in my lower back, now they're in my hamstrings too"
        f"(started|began|start|starts|begun) (as|with|in) ** (spasm|spasms|spasming|cramp|cramps|cramping|twitching|twitches) ** now ** ({SPREAD_TO})",
        f"(first|at first) (it was|they were)? (only|just) ** now ** (going|spreading|moving|gone|spread) (into|to|down|up) ** ({SPREAD_TO})",
        "(are|is|keep|keeps) (going|gone) into (spasm|spasms|cramp|cramps) (as well|too)",
        f"(spasm|spasms|spasming|cramp|cramps|cramping|twitch|twitches|twitching|tightness|knots) ** (at first|first|used to be|was|were) (only|just) ** now ** ({SPREAD_TO})",
    ],
    "RECURRING": [
        "whenever|again|always|recurring|regularly|often|repeatedly|frequently|keeps|keep|kept",
        "(every|each) time",
        "on and off",
        "(come|comes|coming|came) back",
        "all the time",
        "every (few|couple)",
        "several times",
        "(times|days) a (week|day|month)",
        "a lot",
        "off and on",
        "(come|comes|coming) and (go|goes|going)",
        "many times",
        "over and over",
    ],
    "NUMB_TINGLE": [NUMB, "pins and needles"],
    "SPASM": [
        # Blind v12 (caught only by the learned layer until now): "often I have contraction and my hand is becoming numb".
        "(have|having|get|getting|had|got) (a)? (contraction|contractions) (in|of)? (my|the|his|her)? (hand|hands|arm|arms|leg|legs|calf|calves|foot|feet|neck|back|muscle|muscles)?",
        SPASM,
    ],
    "MUSCLE_ACHE": [
        "(muscles|muscle|body|everything|legs|arms|thighs|calves) * (ache|aches|aching|achy|sore|hurt|hurts|hurting)",
        "(aching|achy|sore) * (muscles|all over|everywhere)",
    ],
    "CAST_OR_CRUSH": [
        # Blind v30: a hard blow to a limb (MedlinePlus: compartment syndrome after a crush or a blow).
        "(kicked|booted|hit|struck|whacked|studded|stamped on|stamped) (really)? (hard)? (on|in) (the|my|his|her)? (shin|calf|thigh|forearm|lower leg)",
        "(leg|arm|wrist|ankle|shin|forearm|tibia|fibula|femur) (fracture|fractures|break)",
        "plaster|splint|splinted|pot",
        "(a|in|my|the|his|her|its|this|leg|arm|full|new|fibreglass|fiberglass|walking|plaster) cast",
        "(crush|crushed|crushing|trapped|pinned) ** (arm|forearm|leg|hand|foot|shin|calf|thigh|limb)",
        "(arm|forearm|leg|hand|foot|shin|calf|thigh|limb) ** (crush|crushed|trapped|pinned|run over)",
        "(broke|broken|fracture|fractured) ** (leg|arm|wrist|ankle|shin|forearm|tibia|fibula)",
        "(kicked|kick|hit|struck|whacked|blow) ** (shin|calf|thigh|forearm)",
        # Blind v45: "a boiler slid off the trolley onto my forearm 5 hours ago".
        "(slid|fell|dropped|toppled|tipped|landed|came down|rolled) ** (onto|on to|on top of) (my|his|her) (arm|forearm|leg|lower leg|hand|foot|shin|calf|thigh|wrist)",
    ],
    "LIMB_TIGHT_PAIN": [
        "(pain|agony|hurting|hurts) ** (worse and worse|getting worse|keeps getting worse|way worse|out of proportion|unbearable|screaming|increasing|more and more)",
        "worse than (it should|expected|it ought)",
        "(rock hard|tight and shiny|shiny and tight|really tight|so tight|very tight|hard as a rock|bursting)",
        "(screaming|crying|agony) ** (pain|calpol|painkillers)",
        "(screaming|crying) in pain",
    ],
    "DIGITS_NUMB_PALE": [
        "(toes|fingers|foot|hand|toe|finger) ** (numb|tingly|tingling|pale|white|blue|cold|grey|gray|can not move|dead)",
        "(numb|tingly|tingling|pale|white|blue|cold|dead) ** (toes|fingers|toe|finger)",
        "(foot|hand) * (going|gone|went) (tingly|numb|dead|cold|white|blue)",
        "(can not|unable to|could not) (move|wiggle|feel|bend) ** (toes|fingers|toe|finger)",
    ],
}
