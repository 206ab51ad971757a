"""Body chemistry and heat: low calcium, rhabdomyolysis, heat illness, dehydration and
statin muscle symptoms."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import HOT_LIKE_FIRE, NUMB, PERSON

CONCEPTS: dict[str, list[str]] = {
    "PERIORAL_TINGLING": [
        # Clinical words for tingling round the mouth (blind v28).
        "(perioral|circumoral|peri oral) (numb|numbness|tingle|tingling|tingly|paraesthesia|paresthesia|paraesthesiae|paresthesiae|paraesthesias|paresthesias|sensation|pins and needles)",
        f"({NUMB}|buzzing|buzzy|fizzing|fizzy) (lips|lip|mouth)",
        f"({NUMB}|buzzing|buzzy|fizzing|fizzy) * (around|round|in|on|of) ({PERSON})? (mouth|lips|lip)",
        f"pins and needles * (around|round|in|on) ({PERSON})? (mouth|lips|lip)",
        f"(mouth|lips|lip) * ({NUMB}|buzzing|buzzy|fizzing|fizzy)",
        "(mouth|lips|lip) ** pins and needles",
        # Blind v39: "my lips have been a bit tingly since my parathyroid op".
        f"(mouth|lips|lip) (have|has|are|is)? (been)? (a bit|a little|slightly|quite|really|very|all)? ({NUMB}|buzzing|buzzy|fizzing|fizzy)",
    ],
    "THROAT_TIGHT": [
        "stridor|stridulous|laryngospasm",
        "throat ** (tight|tightness|tightening|tightens|tighten|closing|close|closes|swell|swelling|swollen|squeezing|squeezed|narrow|narrowing|thick|tite)",
        "(tight|tightness|tightening|closing|swelling) * throat",
        # Laryngospasm heard rather than felt: "my voice sounds strangled, breathing is
        # noisy" (blind v6; the learned layer had caught it until v26's retraining).
        "(voice|voice is|voice sounds) * (strangled|strangly|choked|squeaky|high pitched)",
        "(breathing|breath|breaths) (is|are|sounds|sound|getting)? (noisy|squeaky|crowing|high pitched|whistling)",
        "(noisy|squeaky|crowing|high pitched|whistling) (breathing|breaths|breath)",
        # Stridor told plainly (blind v34): "I make a whistling noise when I breathe in".
        "(whistling|wheezing|squeaky|crowing|high pitched|rasping) (noise|noises|sound|sounds) ** (breathe|breathing|breath)",
        "(can not|hard|trouble|difficult|struggling) * to? (swallow|swallowing)",
        "difficulty swallowing",
        "(voice box|larynx|windpipe) ** (tight|tightening|closing|spasm|squeezed|swelling|swollen)",
    ],
    "HAND_FOOT_CRAMP": [
        "trousseau",
        "(carpopedal|carpo pedal|carpal|pedal) (spasm|spasms|cramp|cramps)",
        "(fingers|toes|hand|hands|thumb|thumbs) ** (bending|bend|bent|curling|twisting|pulling|folding) ** (by themselves|on their own|by itself|on its own|into a cramp|in cramp)",
        "(fingers|toes|hands|thumbs) ** in (a)? (cramp|spasm)",
        "(hand|hands|finger|fingers|foot|feet|toes|wrist|wrists) ** (cramp|cramps|cramping|cramped|spasm|spasms|spasming|claw|claws|clawed|curl|curled|curling|lock|locked|stiff)",
        "(cramp|cramps|cramping|spasm|spasms|spasming) * in * (hand|hands|finger|fingers|foot|feet|toes)",
        "(claw|clawed|claws) * (hand|hands)",
    ],
    "DARK_URINE": [
        # Blind v30.
        "(peed|weed|urinated|passed) ** (really|very|quite)? (dark|brown|brownish|black|red|reddish)",
        "(dark|brown|brownish|black|red|reddish|rusty|rust) * (coloured|colored)? * (urine|urin|pee|wee|piss)",
        "(urine|urin|pee|wee|piss) ** (dark|darker|darkish|brown|brownish|browny|black|red|reddish|rusty|rust)",
        "(cola|coke|tea|coffee) (coloured|colored|colour|color) (urine|urin|pee|wee|piss)",
        "(urine|urin|pee|wee|piss) ** (like|lik|liek|as|colour of|color of|the colour of|the color of) (strong|weak|black|builders|coca|diet)? (cola|coke|tea|coffee)",
        "(urine|urin|pee|wee|piss) ** (cola|coke|tea|coffee) (coloured|colored|colour|color)",
        "blood in ({PERSON})? (urine|pee|wee)".replace("{PERSON}", PERSON),
        # Blind v45: "my pee is basically cola"; "hardly needed a wee since Sunday and when
        # I go it's very dark".
        "(urine|urin|pee|wee|piss) (is|was|looks|looked|looking) (basically|literally|practically|almost|just|pure)? (cola|coke|guinness)",
        "(wee|pee|toilet|loo) ** when (i|he|she) (go|goes|do|does|went) (it is|its|it was|it 's)? (very|really|quite|so)? (dark|brown|black)",
        # Blind v46: "barely peed since yesterday, just a tiny bit and it was dark brown".
        "(peed|weed|pee|wee) ** (tiny bit|little bit|small amount|a bit|a little|drops|dribble) (and|,)? (it|that) (was|is) (very|really|quite)? (dark|brown|dark brown|black|cola)",
    ],
    "DARK_YELLOW": ["(dark|darkish|bright|deep) yellow"],
    "LITTLE_URINE": [
        "only (peed|weed|urinated|been to the toilet|been for a wee|been for a pee) (once|one time)",
        "(hardly any|barely any|very little|not much) (wee|pee|urine)",
        "(hardly|barely|not|very little|not much) * (pee|peeing|peed|wee|weeing|urine|urinating|urinated|passing water)",
        "not * been (for a wee|for a pee|to the toilet|to the loo)",
        "no (urine|pee|wee)",
        # Blind v41, in Turkish: "en son 10 saat önce çiş yaptı" (last peed 10 hours ago).
        "last (peed|weed|urinated|pee|wee|had a pee|had a wee|wet nappy|wet diaper|went to the toilet) (was)? (about|over|more than|nearly|almost)? (8|9|10|11|12|13|14|15|16|18|20|24|eight|nine|ten|eleven|twelve|fifteen|twenty) (hours|hrs|hour) ago",
        "have not * (pee|peed|wee|weed|urinated|needed the toilet|been to the toilet|passed urine|passed water|needed to pee|needed a wee)",
        "has not * (pee|peed|wee|weed|urinated|passed urine|passed water|been to the toilet)",
        "(no|not had a|has not had a|have not had a|not a single) wet (nappy|nappies|diaper|diapers)",
    ],
    "SEVERE_MUSCLE_PAIN": [
        # Blind v30: muscles "destroyed" after a race (with dark or little urine: rhabdomyolysis).
        "(quads|legs|calves|muscles|thighs|hamstrings|glutes) (are|is|feel|feels|were|totally|completely)? (destroyed|wrecked|shredded|ruined)",
        "(painful|sore|agony) and swollen",
        "swollen and (painful|sore|tender)",
        "severe|agony|agonising|agonizing|excruciating|extreme|unbearable|intense|horrendous|horrible|horribly|screaming",
        "worst pain",
        "like nothing * felt",
        "can not * (move|touch|walk|bend|lift|straighten) * (legs|arms|thighs|muscles|arm|leg)",
        "barely walk",
        "(muscles|muscle|arm|leg|legs|thighs) * (swollen|swelling|rock hard|really painful)",
    ],
    # What strains a muscle: a tear felt while doing it is a strain, not a dissection.
    "STRAIN_CAUSE": [
        "lift|lifted|lifting|carry|carried|carrying|moving|moved|pulled|pulling|reaching|reached|heaving|shovelling|shoveling|deadlift|deadlifts|deadlifting",
    ],
    "EXERTION": [
        "ruck|rucking|yomp",
        "(ruck|route|forced|long|charity|military) march",
        # Blind v45: "the 100km charity walk last weekend (finished in 26 hours!!)".
        "(charity|sponsored|ultra|long distance|overnight|all night|24 hour) (walk|trek|hike)",
        "ultramarathon|ultra marathon|triathlon|ironman",
        "(walking|walk|hiking|hike|running|fitness|charity|# km|# mile|# miles) challenge",
        "exercise|exercising|workout|gym|spin|spinning|crossfit|marathon|run|ran|running|squat|squats|training|trained|session|class|bootcamp|hike|hiking|race|football|match|overdid",
        "(work|worked) out",
        "leg day",
        "burpees|burpee|hiit|circuits|reps|pushups|situps|lunges|deadlifts|deadlift",
        "(push|press|sit) (ups|up)",
        "heat|hot|heatwave|sauna|festival|crush|crushed|trapped|pinned",
        "stuck under",
    ],
    "VERY_HOT": [
        # Blind v30.
        "fever (of)? (40~|41~|42~|104~|105~|106~)",
        # Blind v30: a thermometer reading.
        "(thermometer|temperature|temp|fever) ** (says|said|shows|showed|reads|read|of|is|was|at) (40~|41~|42~|104~|105~|106~)",
        "(feel|feels|feeling|felt|skin|body|i am|he is|she is|burning|boiling|forehead) * (very|really|extremely|burning|boiling|scorching|super) hot",
        "burning up",
        HOT_LIKE_FIRE,
        "(high|very high) (temperature|temp)",
        "(temperature|temp) * (40~|41~|42~|104~|105~|106~)",
        "(40|41|42) (degrees|c)",
        "(104|105|106) (degrees|f)",
        "(stop|stopped) sweating",
        "not sweating",
        "skin * hot and dry",
        "heat stroke",
        "heatstroke|sunstroke",
    ],
    "HEAT": [
        "(air conditioning|air con|aircon) (is|was)? (broken|not working|bust)",
        "heat|hot|heatwave|sun|sunny|sauna|festival|humid|summer|boiling|scorching|degrees",
    ],
    "DEHYDRATED": [
        "dehydrate|dehydrated|dehydration",
        "vomit|vomiting|sick|diarrhoea|diarrhea|diarrhoe|gastro|bug",
        "(throwing|threw|thrown) up",
        "food poisoning",
        "can not * keep * (down|anything)",
        "(mouth|lips|tongue) * (dry|parched|bone dry)",
    ],
    "STATIN": [
        "(medicine|medication|tablet|tablets|pill|pills|meds|something|drug) (for|to lower|to bring down) (my|his|her|their|the|our)? cholesterol",
        "statin|statins|atorvastatin|simvastatin|rosuvastatin|pravastatin|fluvastatin|lipitor|crestor|zocor",
        # Turkish brands (blind v42: "ator kullanıyorum").
        "(ator|rosucor|cholvasin|atoris) (i take|tablets|tablet|every day|daily)",
        "(i take|i am on|taking|on) (ator|rosucor|cholvasin|atoris)",
        "cholesterol (tablets|tablet|pills|pill|meds|medicine|medication|tabs)",
        "(tablets|pills|meds|medicine|medication) (for|to lower) ({PERSON})? cholesterol".replace(
            "{PERSON}", PERSON
        ),
    ],
    "MUSCLE_SYMPTOM": [
        "ache|aches|aching|achy|pain|pains|painful|sore|soreness|weak|weakness|cramp|cramps|cramping|tender|tenderness|heavy|stiff|hurt|hurts|hurting",
    ],
    "KEEP_NOTHING_DOWN": [
        "(brings|bringing|brought|throws|throwing|threw|sicks|sicking|sicked) (back|up) (every|all|each) (bit|drop|feed|bottle|drink|sip|mouthful)",
        "can not * keep * (fluids|fluid|water|liquids|drinks|anything|any fluids|a sip|food) * down",
        "(throwing|bringing|brought|threw) up (everything|every drink|all fluids|water|any water)",
        "(every|each) (sip|drink|mouthful|bit of water) ** (comes|came|coming|goes|went) (straight)? (back|up|out)",
    ],
}
