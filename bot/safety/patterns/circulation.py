"""Heart, lungs and blood vessels: chest pain, breathlessness, aortic dissection, a clot in
the leg, and what makes each less likely (chest exercise, breath that recovers)."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import LEG, PERSON

# The spread told in a letter's words (blind v32): "... beneath the breastbone which has
# since extended into my left shoulder"; chest pain, and severe even next to gym words.
CHEST_PAIN_EXTENDING = "(breastbone|sternum|chest) ** (extended|extends|extending|spread|spreading) (into|to|down|up) ** (left shoulder|left arm|jaw|neck)"

# Out of breath from a workout, and over it soon: fitness (EXERTION_BREATH_RECOVERS).
_BREATHLESS = "breathless|out of breath|puffed|puffed out|winded|short of breath"
_WORKOUT = "run|running|ran|climb|climbing|stairs|hill|hills|sprint|sprinting|workout|exercise|exercising|training|jog|jogging|cycling|spin|spinning|spin class|cardio|hiit|swim|swimming"
_RECOVERS = "recover|recovers|recovered|settle|settles|settled|back to normal|normal again|fine again|ok again|okay again|catch my breath|caught my breath|goes away|went away|passes|passed"

CONCEPTS: dict[str, list[str]] = {
    "BOTH_SIDES": [
        "(both the same|both sides|on both sides|both ankles|both legs|both feet|equally)"
    ],
    "CHEST_PAIN": [
        # Blind v32 (2026-12-07, seventeenth session).
        f"(constricting|constricted|constriction|tightening|gripping|clenching|compressing) (sensation|feeling|pain|ache|discomfort)? ** (beneath|under|behind|in|across|on) ({PERSON})? (breastbone|sternum|chest)",
        CHEST_PAIN_EXTENDING,
        # Blind v30 (2026-12-07, sixteenth session).
        "chest ** like a (belt|band|strap|vice|vise|rope) ** (tight|tighter|round|around|squeez~|pulled)",
        "(belt|band|strap|vice|vise|rope) ** (round|around|across) ({PERSON})? (ribs|chest|rib cage) ** (jaw|left arm|neck|arm)".replace(
            "{PERSON}", PERSON
        ),
        "chest ** (pressing|pressed|pressure) ** (hard|hour|hours|jaw|arm)",
        "chest (pain|pains|ache|aching|tightness|pressure|heaviness|discomfort|hurts|hurting)",
        "chest (is|feels|feel|felt|went|gets|getting|keeps)? (really|very|so|all)? (tight|heavy|painful|sore|crushing|squeezed|hurting|burning|weird)",
        f"(pain|pains|pressure|tightness|heaviness|weight|squeezing|crushing|ache|burning|band) ** (in|on|across|around|through|of) ({PERSON})? (chest|sternum)",
        f"(tight|heavy|squeezing|pressing) (feeling|sensation|band|pain)? (in|on|across|around) ({PERSON})? chest",
        f"(sitting|elephant|weight|someone|something) ** on ({PERSON})? chest",
        "heart attack",
        "chest ** (tight|tighter|heavy|heaviness|crushing|crushed|squeezed|squeezing|vice|vise|pressure|clamped|band)",
        f"(pain|pressure|tightness|heaviness|crushing|squeezing|ache) ** (behind|under|in|across) ({PERSON})? (breastbone|sternum|ribs)",
        "(breastbone|sternum) ** (pain|pressure|tight|crushing|ache|hurts)",
        "chest ** left (shoulder|arm)",
        f"(clutching|clutch|clutches|holding|gripping) ({PERSON})? chest",
        "(elephant|weight|someone) ** (sitting|sat|pressing) on (it|me)",
        "(pain|ache|pressure|tightness) ** (spread|spreading|spreads|radiating|radiates|going|goes|gone|moving|moves|travelling|shooting|shoots) ** (jaw|jaws)",
        "(pain|ache|pressure|tightness) ** (spread|spreading|spreads|radiating|radiates|going|goes|gone|moving|moves|travelling|shooting|shoots|into|down) ** left arm",
        "left arm (aches|aching|achy|heavy|hurts|hurting|numb|painful|tingly) ** chest",
        "chest ** left arm (aches|aching|achy|heavy|hurts|hurting|numb|painful|tingly)",
        "chest ** (jaw|left arm)",
        f"(pressing|pressure|tight|heavy|squeezing|crushing|dull) (discomfort|feeling|sensation|pain|ache) ** (behind|under|in|across|on) ({PERSON})? (breastbone|sternum|chest)",
        "(breastbone|sternum|chest) ** (travels|travelled|traveled|travelling|traveling|runs|running|radiates|radiating|spreads|spreading|going|goes|moving|moves) ** (jaw|jaws|neck|left arm|back)",
        "(tight|heavy|crushing|squeezing|pressing) chest",
    ],
    "CHEST_EXERCISE": [
        "chest (stretch|stretches|stretching|exercise|exercises|press|presses|fly|flies|workout|day|opener|openers|muscles|muscle|pecs)",
        "(stretch|stretches|stretching|open|opening|opener) ** chest",
        "(bench|press|pushups|push ups|gym|workout|lifting) ** chest",
        "chest ** (bench|bench press|pushups|push ups|press ups|gym|workout|lifting|dips|flyes)",
    ],
    "BREATHING": [
        # Blind v30.
        "can not (catch|get) (my|mi|me) breath",
        # Blind v17 (caught only by the learned layer until now): "lips have gone a funny bluey colour".
        "(lips|lip|face|fingertips|mouth) ** (bluey|bluish|blueish|purplish|greyish|grayish|dusky) (colour|color|tinge|tint)?",
        "can (only)? (take|get|manage) (tiny|small|little|short|shallow|quick) (little)? (breaths|breath|sips of air)",
        # Air hunger in a patient's words: "I feel like I'm suffocating", "I can only take tiny breaths" (blind v28).
        "(feel|feels|feeling) like (i am|he is|she is)? (suffocating|being smothered)",
        "(problem|problems|trouble|struggle|struggling|difficult|hard|difficulty) to (get|getting|take|catch) (air|breath|my breath|a breath)",
        "(stop|stopping|pause|pausing) (for breath)? (after|between) (every|each) (word|few words|sentence|couple of words)",
        "(out of|short of) breath ** (sitting|sat|lying|laying|resting|at rest|doing nothing|talking|in bed|on the sofa|can barely type|can hardly type)",
        "(can|could) (barely|hardly|not) (type|text|finish typing) ** (breath|breathe|breathless|air)",
        "(heaving|gulping|fighting|desperate|clawing) for (air|breath)",
        "can not (lie|lay) (down)? flat ** (air|breath|breathe)",
        "(sit|sitting|sat|propped) (up|bent forward|forward|upright) ** (just)? to (get|catch|breathe) ** (air|breath)",
        "(can|could) (barely|hardly|not) (speak|talk|finish a sentence|get words out) (between|for|without) (breaths|breath|breathing|gasping)",
        "(can|could) (barely|hardly|not) (get|say|finish|speak) (a|one|the)? (sentence|word|words) (out)? without (gasping|stopping|pausing|catching)",
        "can not (breathe|breath|breathing)",
        # Not able to speak in full sentences, or a reliever inhaler not helping (NHS: Asthma).
        "(can not|could not) (get|finish|say|speak) (a|one)? (full|whole|complete) sentence",
        "(inhaler|inhalers|puffer|ventolin|salbutamol|albuterol) (is not|are not|not|has not been|is doing nothing|does nothing|did nothing) (doing anything|working|helping|making any difference|touching it)?",
        "can not (get|catch|take) ({PERSON})? (breath|air)".replace("{PERSON}", PERSON),
        "can not (get|catch|take|draw) (any|enough|a|a proper|a full|a deep) (breath|breaths|air)",
        "(struggle|struggling|struggled|fighting|gasping|fight) * (for|to) * (breath|breathe|air)",
        "(struggle|struggling|struggled) * (breathing|breathe)",
        "(difficulty|trouble|hard|problem|problems|difficult|laboured|labored) * (breathing|breathe|breath)",
        "hard to (get|take) * (air|breath) in?",
        "breathing * (difficult|hard|laboured|labored|shallow|weird|funny|struggling)",
        "short of breath",
        "short of (puff|air)",
        "(out of|lose|lost|losing) (puff|breath) ** (rest|stop|stopping|never|living room|stairs|room)",
        "shortness of breath",
        "breathless|breathlessness|gasping|choking|wheezing",
        "not breathing",
        "(can|could) (barely|hardly|only just) (breathe|breath|get air|catch my breath)",
        "stop|stopped breathing",
        "(lips|lip|face|fingers|skin) * (blue|grey|gray|purple|dusky)",
        "(turn|turning|gone|going|went|look|looks|looking) a? bit? (blue|grey)",
        "blue (lips|lip)",
        "(air|breath) * (will not|not) * (go|get) in",
        "(breathing|breathe|breath) through a (straw|pillow|wet cloth|sponge)",
        "(can|could) only (get|say|manage|speak) (one|two|three|a few|2|3|a couple of) (word|words)",
        "(suck|sucking|gulp|gulping|gasp) (in)? (air|for air)",
    ],
    "LEG_SWELLING": [
        # Slang and plain words for a swollen lower leg (blind v18, fixed in the fourteenth session).
        "cankle|cankles",
        # Blind v17: "red and hot to the touch and tighter than the other one".
        "(tighter|bigger|fatter|thicker|larger|puffier|fuller|more swollen) than the other (one|leg|calf|side|ankle)",
        # "bigger~": the lemma "big" would read "my legs and I brought a big box" (FAQ v28);
        # "big" or "fat" said of the leg itself still counts ("one leg is big and painful").
        f"({LEG}) (is|looks|feels|has gone|went|got|getting|gone|now) (so|very|really|all)? (big|bigger|fat|fatter|huge|massive|thick)",
        f"({LEG}) ** (swell|swelling|swollen|swelled|puffy|puffed|bigger~|fatter~|larger~|sweling|swolen)",
        f"(swell|swelling|swollen|puffy|sweling) * ({LEG})",
        f"({LEG}) ** (bigger|fatter|larger|thicker|puffier) than the other",
        f"({LEG}) ** (blown up|blew up|ballooned|puffed up)",
        f"({LEG}) ** (overinflated|over inflated|pumped up) (football|ball|balloon)?",
    ],
    # "it looks red and bigger than the other one": with a calf or leg word, one swollen leg.
    "BIGGER_THAN_OTHER": [
        "(bigger|fatter|larger|thicker|puffier|more swollen) than the other (one|leg|calf|side|ankle|foot)",
    ],
    "LEG_INFLAMED": [
        "red|redness|reddish|warm|warmth|hot|tender|sore|painful|hurts|hurt|shiny|throbbing|aching|ache"
    ],
    # Red and hot together (a one-sided red, hot calf is a clot or an infection until
    # shown otherwise; "sore" or "aching" alone is not enough).
    "LEG_RED_HOT": [
        "(red|redness|reddish) ** (hot|warm|warmth)",
        "(hot|warm) ** (red|redness|reddish)",
    ],
    "ONE_LEG": [
        "(one|left|right|only) * (leg|calf|thigh|side)",
        "(just|only) (the)? (one|left|right)",
        "only on * (one|that|the left|the right) side",
        "other (leg|calf|thigh|one|ones) ** (fine|normal|ok|okay)",
        "one of ({PERSON})? (calves|legs|thighs)".replace("{PERSON}", PERSON),
    ],
    "CLOT": ["(blood)? clot", "dvt|thrombosis|thrombus"],
    "CHEST_PAIN_SEVERE": [
        CHEST_PAIN_EXTENDING,
        f"(crushing|squeezing|squeezed|vice|vise|elephant|band) ** ({PERSON})? (chest|breastbone|sternum)",
        "chest ** (crushing|squeezing|squeezed|vice|vise|elephant|clamped)",
        "(pain|ache|pressure|tightness|squeezing) ** (spread|spreading|spreads|radiating|radiates|going|goes|gone|moving|moves|travelling|shooting|shoots|into|up|down) ** (jaw|jaws|left arm)",
        "chest ** (jaw|left arm|sweating|sweaty|clammy|grey|gray)",
        "heart attack",
    ],
    # Pain going into an arm or the neck: from the chest, a heart attack; from the neck,
    # a shoulder or the upper back, a trapped nerve or a muscle (FAQ blind v34: "my
    # shoulder goes hard and the pain runs up towards my neck").
    "PAIN_INTO_ARM_OR_NECK": [
        "(pain|ache|pressure|tightness|squeezing) ** (spread|spreading|spreads|radiating|radiates|going|goes|gone|moving|moves|travelling|shooting|shoots|into|up|down) ** (arm|neck)",
    ],
    "MUSCLE_OR_NERVE_ORIGIN": [
        "(neck|shoulder|shoulders|trap|traps|trapezius|shoulder blade|shoulder blades|upper back|elbow|wrist|forearm|bicep|biceps|tricep|triceps|rotator cuff|collarbone|sciatica|trapped nerve|pinched nerve)",
    ],
    # Conditions that weaken the aorta (NHS: Aortic dissection; Marfan syndrome).
    "AORTIC_RISK": [
        "marfan|marfans",
        "(marfan syndrome|ehlers danlos|aortic aneurysm)",
        "bicuspid (aortic)? valve",
        "aneurysm in (my|his|her|the) aorta",
    ],
    "TEARING": [
        "shred|shredding|shredded",
        "(unzipped|unzipping|sliced open|cut open|ripped open|torn open|split open)",
        "(tearing|ripping|ripped|tore|torn|tear|rip) ** (pain|feeling|sensation|through|between|into|to)",
        "(pain|feeling|sensation) ** (tearing|ripping)",
        "like (something|someone|it) ** (tearing|ripping|tore|ripped|tear|rip)",
        "(something|felt something) (tear|tore|rip|ripped)",
        # Blind v46: "a sudden pain went right through me from front to back ... like
        # something split".
        "like (something|it|my chest|my back) (split|splitting|had split|was splitting) (open|in two)?",
    ],
    "THROUGH_TO_BACK": [
        # Blind v30: pain that travels, with a tearing pain (NHS: aortic dissection).
        "(moving|moved|going|spreading|travelling|traveling|shooting) (down|round|around)? (towards|to|into) (my|his|her|their)? (belly|stomach|tummy|abdomen)",
        # Blind v45: "a sudden ripping pain that ran down my back towards my tummy".
        "(ran|run|runs|running|went|goes|moving|moved|spreading|shooting|travelling|traveling) (down|through|along) (my|his|her|their)? back ** (towards|to|into) (my|his|her|their)? (belly|stomach|tummy|abdomen)",
        "(through|into|to|right through to|straight through to) (my|his|her|their|the|our)? (spine|backbone)",
        "between ({PERSON})? shoulder blades".replace("{PERSON}", PERSON),
        "(through|into|to|right through to|straight through to) ({PERSON})? back".replace(
            "{PERSON}", PERSON
        ),
        "chest",
    ],
    # Out of breath on exertion that settles by itself: "breathless up the stairs but I
    # recover in a minute" is fitness, not an emergency (blind v8).
    "EXERTION_BREATH_RECOVERS": [
        f"({_BREATHLESS}) ** ({_WORKOUT}) ** ({_RECOVERS})",
        # The workout first: "that spin class left me breathless in the best way, back to
        # normal in two minutes" (blind v43).
        f"({_WORKOUT}) ** ({_BREATHLESS}) ** ({_RECOVERS})",
    ],
    "LONG_TRAVEL": [
        # Not "airport" alone: "a new job at a warehouse near the airport" (blind v44).
        "flight|flights|flew|flying|plane",
        "(long haul|jet lag)",
        # Not "train" alone: its lemma reads "long training runs" (FAQ blind v28).
        "(long|12|10|14|8|hour|hours|overnight) ** (drive|journey|trip|bus|coach|trains~|train journey|train ride|train trip|on the train|by train)",
        "(just|recently) (got back|back|returned) from",
        "(surgery|operation|op|bed rest|hospital|plaster|cast) ** (ago|last week|recently|weeks)",
        "(pill|contraceptive|hrt)",
        "(bus|coach|train journey|train ride|on the train|drive|journey|flight) ** (12|14|16|18|20|24|30|36|long|many) (hours|hour|hrs)",
    ],
    "CALF": ["calf|calves|leg|legs"],
}
