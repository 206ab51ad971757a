"""The clinical knowledge of the red-flag detector: symptom concepts and the rules over them.

Concepts are phrases in the pattern language of `bot.safety.concepts` (`a|b` alternatives,
`(two words|one)` multi-word alternatives, `?` optional, `~` prefix, `*`/`**` gaps).
Rules say which present concepts make a finding: a rule is a list of alternatives, and an
alternative is a list of concepts that must all be present in the message (a concept
written `!NAME` must be absent). Reason codes and tiers are the contract documented in
docs/red_flags.md. A message that fits rules of two tiers gets both findings, and the
reply follows the stricter.
"""

from __future__ import annotations

EMERGENCY, URGENT, SOON = "emergency", "urgent", "soon"

# Shared vocabulary, spliced into the phrases below. Single words only.
PAIN = "pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|sore|agony|tight|tightness|pressure|heavy|heaviness|crushing|squeezing|burning|stabbing|discomfort"
NUMB = "numb|numbness|tingle|tingling|tingly|dead|deadness|numbed|prickly|prickling|prickle"
SPASM = "spasm|spasms|spasming|spasmed|spasmodic|cramp|cramps|cramping|cramped|charley|seize|seized|seizing|knot|knotted|twinge|tight|tightness|stiff|stiffness|locked|crampy"
SADDLE = "undercarriage|groin|genitals|genital|crotch|bum|buttocks|buttock|butt|backside|bottom|perineum|vagina|penis|privates|private|anus|bits"
LEG = "leg|legs|calf|calves|thigh|thighs|foot|feet|ankle|shin|hamstring|quad|quads"
RELAXANT = "soma|somas|myorel|carisoprodol|relaxant|relaxants|relaxer|relaxers|relaxors|flexeril|cyclobenzaprine|tizanidine|zanaflex|baclofen|methocarbamol|robaxin|diazepam|valium|metaxalone|skelaxin|orphenadrine|chlorzoxazone|dantrolene|thiocolchicoside|miyorel|muscoril|myoril|coltramyl"
SEDATIVE = "sleeping pills|sleeping pill|sleeping tablets|sleeping tablet|zolpidem|ambien|alcohol|drink|drinks|drinking|drank|drunk|beer|beers|wine|vodka|whisky|whiskey|gin|rum|booze|pint|pints|shots|tramadol|codeine|oxycodone|morphine|opioid|opioids|painkiller|painkillers|xanax|lorazepam|diazepam|valium|zopiclone|pregabalin|gabapentin|heroin|fentanyl|cocodamol|lager|cider|raki|rakı"
MEDICINE = f"{RELAXANT}|medicine|medicines|medication|medications|meds|tablet|tablets|pill|pills|capsule|capsules|antibiotic|antibiotics|ibuprofen|naproxen|diclofenac|painkiller|painkillers|injection|prescription|drug|drugs|dose|quinine|amoxicillin|penicillin|paracetamol|cocodamol|codeine|tramadol|gabapentin|pregabalin"
FACE = "lips|lip|tongue|throat|face|mouth|eyes|eyelids|cheeks|eye"
WOUND = "cut|cuts|wound|wounds|gash|gashed|puncture|punctured|nail|nails|rusty|bite|bitten|scratch|scratched|splinter|thorn|graze|grazed|scrape|scraped|scrapes|laceration|stab|stabbed|skewered|impaled|spike|shovel|fork|barbed"
PERSON = "my|his|her|their|the|our"
# Burning hot to the touch ("body hot like fire"): a fever, and very hot in heat illness.
HOT_LIKE_FIRE = "(hot|burning|burn) like (fire|an oven|a furnace|a stove|an iron)"
# Where spasms spread to ("now it's in my hamstrings and calves too").
SPREAD_TO = "both|other|legs|arms|thighs|thigh|shoulders|back|neck|feet|hands|hips|body|everywhere|all over|stomach|chest|hamstrings|calves|glutes|gluteus|buttocks|bum|side|sides|arm|leg"

CONCEPTS: dict[str, list[str]] = {
    # --- chest and breathing ------------------------------------------------------------
    "CHEST_PAIN": [
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
    # --- cauda equina -------------------------------------------------------------------
    "SADDLE_NUMB": [
        "(no feeling|numb|numbness|can not feel) ** back passage",
        "can not (really)? feel (the)? (toilet seat|seat|chair|saddle) (under|beneath) (me|him|her)",
        "(bum|buttocks|bottom|inner thighs|groin|genitals|private parts) ** (dentist injection|dental injection|anaesthetic|anesthetic|novocaine)",
        "(sitting|sit) on (someone|somebody) (else|elses|else is)? ** (bum|bottom|backside)",
        "no feeling (at all)? (back there|down there|down below)",
        # "reduced sensation over the skin that would touch a bicycle saddle" (blind v27).
        "(reduced|less|altered|decreased|diminished|loss of|lost|lack of|dulled|odd|strange) (sensation|feeling) ** (saddle|saddle area)",
        "(sensation|feeling) ** saddle ** (reduced|less|altered|decreased|diminished|dulled|gone|odd|strange|different)",
        f"{NUMB} ** {SADDLE}",
        f"{SADDLE} ** {NUMB}",
        f"pins and needles ** ({SADDLE})",
        # "saddle" alone is usually a bike's; the clinical phrase is "saddle area".
        f"({NUMB}) ** saddle (area|region)",
        f"saddle (area|region) ** ({NUMB})",
        f"can not feel ** ({SADDLE})",
        f"(between|inside|inner) ({PERSON})? (legs|thighs|thigh) ** ({NUMB})",
        f"(inside|insides) of ({PERSON})? (legs|thighs|thigh) ** ({NUMB})",
        f"({NUMB}) ** (between|inside|inner) ({PERSON})? (legs|thighs|thigh)",
        f"can not feel ** between ({PERSON})? legs",
        f"(lost|losing|lose|loss of|reduced|less) (some|all|the|of|any)? (feeling|sensation) (around|in|on|between|of) ({PERSON})? ({SADDLE}|inner thighs|inner thigh)",
        f"({NUMB}|strange|different|weird|odd|funny|feel nothing|felt nothing|feels like nothing) ** (wipe|wiping)",
        f"(wipe|wiping) ** ({NUMB}|strange|different|weird|odd|no feeling|someone else~)",
        "(wipe|wiping) ** (not|is not) my (own)? skin",
        # "nothing" as the feeling, not "nothing numb, no leaking" (blind v24).
        "(wipe|wiping) ** (feel|felt|feels|feeling) (nothing|like nothing)",
        "(wipe|wiping) ** nothing (there|at all|down there)",
        "can not feel ** (wipe|wiping|toilet paper)",
        "can not feel (anything|a thing) ** (when|as|while) (i)? (wipe|wiping)",
        "(down below|down there) ** can not feel",
        "can not feel ** (down below|down there)",
        "(wipe|wiping) ** can not feel",
        f"down (below|there) ** ({NUMB})",
        f"({NUMB}) ** down (below|there)",
        "saddle (anaesthesia|anesthesia|numbness|numb)",
        f"(feeling|sensation) in ({PERSON})? ({SADDLE}) (cheeks)? ** (gone|went|disappeared|vanished)",
        "(loo|toilet|loop) (roll|paper) ** (like nothing|nothing|can not feel)",
    ],
    "BLADDER_LOSS": [
        "(can not|could not|unable to) (hold|control|keep) (in)? ({PERSON})? (urine|pee|wee|water|bladder)".replace(
            "{PERSON}", PERSON
        ),
        "(comes|came|coming|leaks|leaking) out without (i|me|my) (know|knowing|noticing|feel|feeling|realising|realizing)",
        "(did not|do not) (notice|realise|realize|feel) ** (need|needed) ** (wee|pee) ** (until|till) ** (coming out|came out|was out|too late)",
        "(can not|unable to|could not|struggle|struggling|trouble|difficulty|hard) * (pee|wee|urinate|piss|peeing|weeing|urinating|wee|empty)",
        "(can not|could not) * (go|pass) * (urine|water)",
        "(stream|wee|pee|urine|flow) (would not|will not|did not|does not|can not|could not) (start|come|flow)",
        "(have not|has not|had not|not) been able to * (pee|wee|urinate|piss|go for a wee|go for a pee|pass urine|pass water)",
        "(lose|lost|losing|loss) * control * (bladder|pee|wee|urine)",
        "(wet|wetting|peed|pissed|weed) (myself|himself|herself)",
        "wet (the bed|my pants|my trousers|my knickers)",
        "(leak|leaking|leaked|dribbling|dribble) * (urine|pee|wee)",
        "incontinent|incontinence",
        "bladder * (stopped|stop|gone|numb|control)",
        "(accident|accidents) (with|in) ({PERSON})? (bladder|waterworks)".replace(
            "{PERSON}", PERSON
        ),
        "bladder * (not|stopped|stop) working",
        "(no|not) * control * bladder",
        "(can not|do not) * (feel|know|tell) * when * (need|needed) * (pee|wee|toilet|go)",
        "(pee|wee|urine) * (not|will not) * come",
        "need to (pee|wee|go) but (nothing|can not|it will not)",
        "(pee|wee|urinate|toilet|loo) ** nothing (comes|came|coming|happens|happened) out?",
        "nothing (comes|came|coming) out",
        "(peed|weed|wet|pissed|leaked) (myself|a bit|a little|some)? without (realising|realizing|noticing|knowing|feeling)",
        "(did not|do not) (realise|realize|notice|know|feel) ** (peeing|weeing|wetting|leaking|peed|weed) ** (until|till|before)",
    ],
    "BOWEL_LOSS": [
        "(can not|could not|do not|did not) (tell|feel|know) (if|when|whether) ** (need|needed) ** (poo|poop|bowels|toilet|number two)",
        "(lose|lost|losing|loss) * control * (bowel|bowels|poo|stool|back passage)",
        "(soil|soiled|soiling|pooed|pooped|pooing|pooping|shat|messed|messing) (myself|himself|herself)",
        "(soiled|pooed|pooped|messed|dirtied) (the|my|his|her) (bed|pants|trousers|sheets|knickers|underwear)",
        "(no|not) * control * (bowel|bowels)",
        "(can not|could not|unable to) (hold|control|keep) (in)? ({PERSON})? (bowels|bowel|poo|poop|stool|stools)".replace(
            "{PERSON}", PERSON
        ),
        "bowel (incontinence|accident|accidents)",
        "(accident|accidents) (with|in) ({PERSON})? (bowels|bowel)".replace("{PERSON}", PERSON),
        "(accident|accidents) * in ({PERSON})? (pants|trousers|knickers|underwear|bed)".replace(
            "{PERSON}", PERSON
        ),
    ],
    "BOTH_LEGS_WEAK": [
        f"(two|2) ({LEG}) * (weak|weakness|numb|numbness|dead|useless|tingly|tingling|give|giving|gave)",
        f"both * ({LEG}) * (weak|weakness|numb|numbness|dead|give|giving|gave|buckle|buckling|jelly|collapse|heavy|useless|tingly|tingling)",
        f"(weak|weakness|numb|numbness|tingling) * (in|down) both * ({LEG})",
        f"both * ({LEG}) * (can not|will not) * (move|feel|lift|walk|support|hold)",
        "(can not) * (feel|move|lift) * (both)? ({PERSON})? (legs~|feet~)".replace(
            "{PERSON}", PERSON
        ),
        "(legs|feet) * (give|giving|gave|buckle|buckling|buckled|went|go|going) * (way|out|under|from under)",
        "(legs|feet) * (weak|numb|useless|dead|jelly|wobbly|floppy)",
    ],
    # "waist" is how Turkish speakers say lower back ("bel") in English.
    "BACK": ["back|spine|spinal|lumbar|sciatica|disc|lumbago|backache|waist"],
    # Prefixes compare as written: "legs", "feet", not the lemma (so not "my foot").
    "LEGS_NO_FEELING": [f"can not (feel|move) ({PERSON}|both)? (legs~|feet~)"],
    # --- stroke -------------------------------------------------------------------------
    "ONE_SIDED": [
        "(one|left|right) side of ({PERSON})? (face|body|mouth)".replace("{PERSON}", PERSON),
        "(smile|smiling|face|mouth) ** (one|1) side (does not|will not|is not|not) (move|moving|work|working|lift|go up)",
        "(one|left|right) whole? side ** (weak|numb|droop|drooping|dead|heavy|paralysed|paralyzed|floppy|tingly)",
        "can not (feel|move) * (one|left|right) side",
        "(face|mouth|smile|eye|eyelid) * (droop|drooping|droopy|drooped|lopsided|drop|dropped|dropping|sag|sagging|saggy|slump|slumped|fallen|uneven|crooked|wonky)",
        "(droop|drooping|droopy|drooped) * (face|mouth|eye|eyelid|side|smile)",
        "(face|mouth|smile) ** (to one side|to the side|going to one side|pulled to one side|crooked|sideways)",
    ],
    "SPEECH": [
        "(words|word|speech|talk|talking|speaking) (is|are|was|were|come|comes|came)? (not|no) (correct|right|proper|clear|normal|making sense)",
        "slur|slurred|slurring|slurry",
        "speech * (strange|weird|garbled|jumbled|funny|slow|wrong|gone|difficult|odd|off|muddled)",
        "can not * (speak|talk) ",
        f"can not (get|find) ({PERSON}|the)? words",
        f"(get|getting|find|finding) ({PERSON}|the)? words out",
        "(words|sentences) * (come|coming|came) out * (wrong|jumbled|mixed|strange)",
        "talking * (funny|weird|nonsense|gibberish|strangely)",
        "(words|voice|speech) ** (sound|sounds|sounding) ** (strange|weird|funny|slurred|wrong|drunk|odd)",
        "(sounded|sounds|sounding|talking|talked|speaking|spoke) (drunk|slurry)",
        "(sounded|sounds|sounding|talking|talked|speaking|spoke) like (he|she|i) (was|were|is) drunk",
    ],
    "SUDDEN": [
        "out of (nowhere|the blue)",
        "within (a minute|a second|seconds|one minute)",
        "sudden|suddenly|abruptly|abrupt",
        "all of a sudden",
        "(came|come|comes|coming) on (all at once|at once|in an instant|in a second)",
        "all at once",
        "(instant|instantly|full blast|like a switch|like flicking a switch)",
        "in (seconds|an instant|a second)",
        "out of (nowhere|the blue)",
        "without warning",
        "(minutes|mins|minute|hour) ago",
        "just now",
    ],
    "LIMB_WEAK": [
        "(arm|arms|hand|hands|leg|legs|grip|side|face) * (weak|weakness|numb|limp|heavy|dead|floppy|paralysed|paralyzed|useless|gave)",
        # "my leg went hard" is a cramp; "went weak", "went from under me" are not.
        "(arm|arms|hand|hands|leg|legs|grip|side|face) * went (weak|numb|limp|heavy|dead|floppy|useless|funny|weird|wobbly|from|out|to jelly|all)",
        "(weak|weakness|numb|numbness) * in * (arm|hand|leg|face|side)",
        "can not * (grip|lift|raise|hold|move) * (arm|hand|cup|leg|anything)",
        "(drop|dropped|dropping) * (things|cup|everything|my phone)",
        "(arm|leg|arms|legs|hand|side) ** no (power|strength)",
    ],
    "CONFUSION": [
        "confuse|confused|confusion|disoriented|disorientated|delirious|dazed",
        # "does not know where he is", not "I do not know who is right".
        "(not|does not|do not|did not) (know|knowing) (where|who) (i|he|she|they|we|you) (am|is|are|was|were)",
        "(not|does not|do not|did not) (know|knowing) (what day|what year|what time) (it is|it was)?",
        "(not|does not|do not|did not) (know|knowing|recognise|recognize|recognising|recognizing) ** (me|us|anyone|family|wife|husband|mum|dad|mom|son|daughter)",
        "(not making|making no) sense",
        "talking nonsense",
        "(dey|is|was|started|start|keeps|kept|been|be) (talk|talking|speaking|saying) (rubbish|nonsense|gibberish|jibberish|gobbledygook)",
        "talking (rubbish|gibberish|jibberish|gobbledygook)",
        "barely (talking|responding|speaking|conscious|awake|making sense|answering)",
        "babbling (nonsense|rubbish|gibberish|away|incoherently)",
        "out of it",
        "not with it",
        "not (herself|himself|myself)",
        "not acting like",
        "(keeps|keep|kept|keeping) (asking|saying) the same (question|questions|thing|things)",
        "repeating (herself|himself|themselves|myself)",
    ],
    # --- seizure and collapse -----------------------------------------------------------
    "SEIZURE": [
        "shaking (fit|fits|episode|episodes)",
        "seizure|seizures|convulsion|convulsions|convulse|convulsed|convulsing|convulsive|fitting|epileptic",
        "(shake|shaking|shook|jerk|jerking|jerked|thrashing) * (all over|uncontrollably|whole body|and jerking|and shaking)",
        "whole body ** (shake|shaking|jerk|jerking|jerky|convulsing|stiffened|stiff|rigid)",
        "(was not|were not) (there|with it|aware) for",
        "(jerking|shaking) and (grunting|foaming|frothing)",
        "(froth|frothing|foam|foaming) ** (mouth|mout)",
    ],
    # Stiff then jerking: a seizure, or the spasticity of MS or cerebral palsy ("my mum has
    # MS and her legs go stiff and jerk, can physio help", FAQ blind v19).
    "STIFF_JERKS": [
        "(rigid|stiff) and (jerking|shaking|twitching)",
        # A first seizure told step by step: "stiffened, shook, his lips went dusky" (v27).
        "(stiffened|went stiff|went rigid|stiffening) ** (shook|shaking|jerked|jerking|convulsed)",
        "(body|whole body|arms|legs) (shake|shakes|shook|shaking|jerk|jerked|jerking) ** eyes (go|goes|went|going|rolled|roll|rolling|rolls) (up|back)",
    ],
    "SPASTIC_CONDITION": [
        "ms|spasticity|spastic|parkinson|parkinsons|mnd",
        "(multiple sclerosis|cerebral palsy|spinal cord injury|motor neurone disease|motor neuron disease)",
    ],
    "FIT": [
        "(have|had|having|has) (some|a) (kind|sort) of (fit|fits|seizure)",
        "(have|had|having|has|into|a) (fit|fits|fitt)",
    ],
    "SEIZING_NOW": ["(is|are|was|were|been|started|starting|start) (seizing~|fitting~)"],
    "BODY_PART_SEIZING": [
        "(muscle|muscles|back|neck|calf|calves|leg|legs|knee|kneecap|hamstring|thigh|shoulder|shoulders|foot|feet|arm|jaw|traps|quad|quads|hip|spine) ** (seizing~|seized~)"
    ],
    "SEIZE_UP": ["(seizing~|seized~|seize~) up"],
    "FIT_OF": [
        "(fit|fits) of (laughter|laughing|giggles|coughing|rage|anger|sneezing|jealousy|pique|temper|spasms|spasm|cramps|cramp|hiccups)"
    ],
    "COLLAPSE_ONTO": [
        f"(collapsed|collapse|collapsing|flopped) (onto|into|on) ({PERSON})? (sofa|bed|couch|chair|armchair|settee)"
    ],
    "FAINT": [
        "(went|gone|goes|going) (floppy|limp) ** (not|did not|would not|could not|no) (respond|responding|answer|answering|wake)",
        "(did not|would not|was not|not) (respond|responding|responsive) (for|to)",
        "unresponsive",
        "(woke|wake|waking|woken) up on ** (floor|ground|carpet|tiles|pavement)",
        "next thing (i|he|she|they) (knew|know) ** (floor|ground|carpet|deck|pavement)",
        "(dropped|drop|drops|crumpled|crumple|fell|keeled) like a (sack|stone|rock|tree|ton|bag|rag doll|puppet)",
        "(came|come|coming) (round|to) (with|to find|and found) (people|everyone|paramedics|strangers|a crowd|someone|somebody|my|a)",
        "(i|he|she|they) (was|were) gone for (about|around|like|nearly|almost|maybe)? (a|half a|a few|a couple of|few|couple|#) (second|seconds|minute|minutes)",
        "(went|go|gone|going) down ** lights out",
        "next thing (i|he|she|they) (knew|know) (i|he|she|they) (was|were) on the (floor|carpet|ground|rug|grass|tiles)",
        "(i|he|she|they) (was|were) out (cold|for a minute|for a few seconds|for a second|for a moment|for a couple of minutes|for about a minute|for like a minute)",
        "faint|fainted|fainting|faints",
        "(pass|passed|passing|blacked|black|blacking) out",
        "collapse|collapsed|collapsing",
        "(lose|lost|losing) (my|his|her)? (consciousness|conscious|conscience)",
        # A clinician's or a carer's words (blind v27): "brief loss of consciousness", "not
        # wake easy".
        "(loss|lost|losing) of (consciousness|conscious)",
        "(not|can not|could not|will not|would not|hard to|difficult to) wake (him|her|them|me)? (easy|easily|properly)",
        "unconscious|unresponsive",
        "(wake|woke|waking) up on (the)? floor",
        "(keel|keeled) over",
        "(came|come|coming) (round|to) on the floor",
        "(woke|wake|found) * on the floor",
        "will not wake up",
        "(went|go|gone|fell|dropped) down like",
        "(she|he|i|they) (came|come) round",
        "(she|he|i|they) (came|come) to (after|again|on|in|and|but|quickly|slowly|eventually)",
        "(hit|hitting) the (floor|deck|ground)",
        "(do not|can not|could not|did not) (remember|recall) (falling|the fall|going down|hitting the floor|how i fell)",
    ],
    # --- spinal injury ------------------------------------------------------------------
    "TRAUMA": [
        "(got|was|been|being|get) (tackled|speared|clotheslined|sacked|flattened|piled on)",
        "heard ({PERSON})? (neck|back|spine) (crack|click|snap|pop)".replace("{PERSON}", PERSON),
        "crash|crashed|collision|accident|whiplash|rtc|pileup",
        "rear ended",
        "fall|fell|fallen|falling|slip|slipped|trip|tripped|thrown|flung|dived|diving|tumbled",
        "came off ({PERSON})? (bike|horse|motorbike|ladder)".replace("{PERSON}", PERSON),
        "(hit|banged|bang|knock|knocked|blow|struck|whack|whacked|smack|smacked|headbutt|tackle|tackled|bashed) ** (head|neck|back|spine)",
        "(head|neck) (injury|trauma|hit|knock)",
        "headfirst",
        "head first",
        "landed * on ({PERSON})? (head|neck|back)".replace("{PERSON}", PERSON),
        f"(landed|came off|fell|fall|falling|thrown) ** (onto|on) ({PERSON}|me) (head|neck)",
        "(wiped out|crashed|smashed|slammed|ploughed|plowed) ** (into|against) (a|the)? (tree|wall|lamp post|lamppost|barrier|car|lorry|truck|fence)",
    ],
    "NEURO": [
        "(arm|arms|hand|hands|leg|legs) ** (going|go|goes|went|gone) dead",
        "tingle|tingling|tingly|numb|numbness|weak|weakness|paralysed|paralyzed|shooting",
        "electric (shock|shocks|shock like|feeling|feelings|zaps)",
        "pins and needles",
        "can not * (move|feel) * (arm|arms|leg|legs|hand|hands|fingers|toes|feet)",
        "(hands|both hands|arms|legs|feet|fingers) (feel|feels|felt|are|went|gone|go)? (fuzzy|like i am wearing gloves)",
    ],
    # --- infection ----------------------------------------------------------------------
    "FEVER": [
        "38.0|38.1|38.2|38.3|38.4|38.5|38.6|38.7|38.8|38.9|39.0|39.1|39.2|39.3|39.4|39.5|39.6|39.7|39.8|39.9|40.0|40.1|40.2|40.3|40.4|40.5|40.6|40.7|40.8|40.9|41.0|41.1|41.2|41.3|41.4|41.5|41.6|41.7|41.8|41.9",
        "fever|fevers|fevr|feverish|febrile|temperature|temp|pyrexia|chills|shivers|shivering|rigors",
        "burning up",
        HOT_LIKE_FIRE,
        "(burning|boiling|roasting) hot",
        "hot and cold",
        "(38|39|40|41) (degrees|c)",
        "(101|102|103|104) (degrees|f)",
        "(high|raised) (temperature|temp)",
    ],
    # Illnesses named "fever", not a temperature now.
    "HAY_FEVER": [
        "hay fever",
        "hayfever",
        "(glandular|scarlet|yellow|rheumatic|typhoid|dengue) fever",
    ],
    "STIFF_NECK": [
        "(stiff|stiffness|rigid) * neck",
        "neck * (stiff|rigid|locked)",
        "neck * will not * bend",
        "can not * (bend|move|touch|tilt|put|get) * (neck|chin) * (chest|forward|down)",
        "can not (bend|move|turn) ({PERSON})? neck".replace("{PERSON}", PERSON),
    ],
    "PHOTOPHOBIA": [
        "(light|lights|brightness|daylight|sunlight) * (hurt|hurts|hurting|bother|bothers|unbearable|painful|sensitive)",
        "(sensitive|sensitivity) * to * (light|lights)",
        "can not * (stand|bear|look at) * (light|lights|bright)",
        "photophobia",
    ],
    "NONFADING_RASH": [
        "(nonfading|non fading|non blanching|nonblanching) (rash|spots|blotches|marks)",
        "(rash|spots|blotches|marks) ** (stays|stay|still there|still see|does not fade|did not fade) ** (glass|tumbler|press|pressed)",
        "(glass|tumbler) ** (rash|spots|blotches|marks) ** (stays|stay|still there|still see|does not fade|did not fade)",
        "(rash|spots|blotches|marks) ** (not|will not) * (fade|go away|disappear|change)",
        "(purple|purplish) * (spots|rash|blotches|marks)",
        "dark red (spots|rash|blotches)",
        "glass test",
        "(pinprick|pin prick) * (spots|rash)",
    ],
    # --- tetanus ------------------------------------------------------------------------
    "LOCKJAW": [
        "lockjaw",
        "lock jaw",
        "jaw * (lock|locked|locking|stuck|clamp|clamped|clamping|seized|seize|rigid) (shut|closed|tight)?",
        "jaw * clenched shut",
        "jaw * will not * open",
        "jaw ** (wired|clamped|stuck|locked|welded|glued) shut?",
        "(only|barely|hardly) open ** (a crack|a finger|slightly|a little|a bit)",
        "(can not|hard|trouble|barely|struggling) * open * ({PERSON})? (mouth|jaw)".replace(
            "{PERSON}", PERSON
        ),
        "mouth * will not * open",
    ],
    "WOUND": [
        WOUND,
        "stepped on (a|an)? (nail|rusty|something)",
        "pierced|impaled",
    ],
    "GENERAL_SPASMS": [
        "(stomach|belly|tummy|neck) and (stomach|belly|tummy|neck|back) (muscles)? ** (spasm|spasms|spasming|hard spasms|rigid|locking)",
        "(whole|entire) body * (spasm|spasms|spasming|cramping|rigid|stiff|stiffening|locked|arching)",
        "(spasm|spasms|spasming|stiffening) * (all over|whole body|everywhere)",
        "(stomach|belly|tummy|neck) (muscles)? * (rigid|board|rock hard)",
        "back (arching|arched)",
        "can not swallow",
        "(painful|violent|terrible) * (spasms|spasm|cramps)",
    ],
    # --- low calcium --------------------------------------------------------------------
    "PERIORAL_TINGLING": [
        f"({NUMB}|buzzing|buzzy|fizzing|fizzy) (lips|lip|mouth)",
        f"({NUMB}|buzzing|buzzy|fizzing|fizzy) * (around|round|in|on|of) ({PERSON})? (mouth|lips|lip)",
        f"pins and needles * (around|round|in|on) ({PERSON})? (mouth|lips|lip)",
        f"(mouth|lips|lip) * ({NUMB}|buzzing|buzzy|fizzing|fizzy)",
        "(mouth|lips|lip) * pins and needles",
    ],
    "THROAT_TIGHT": [
        "throat ** (tight|tightening|tightens|tighten|closing|close|closes|swell|swelling|swollen|squeezing|squeezed|narrow|narrowing|thick|tite)",
        "(tight|tightening|closing|swelling) * throat",
        # Laryngospasm heard rather than felt: "my voice sounds strangled, breathing is
        # noisy" (blind v6; the learned layer had caught it until v26's retraining).
        "(voice|voice is|voice sounds) * (strangled|strangly|choked|squeaky|high pitched)",
        "(breathing|breath|breaths) (is|are|sounds|sound|getting)? (noisy|squeaky|crowing|high pitched|whistling)",
        "(noisy|squeaky|crowing|high pitched|whistling) (breathing|breaths|breath)",
        "(can not|hard|trouble|difficult|struggling) * to? (swallow|swallowing)",
        "difficulty swallowing",
        "(voice box|larynx|windpipe) ** (tight|tightening|closing|spasm|squeezed|swelling|swollen)",
    ],
    "HAND_FOOT_CRAMP": [
        "(fingers|toes|hand|hands|thumb|thumbs) ** (bending|bend|bent|curling|twisting|pulling|folding) ** (by themselves|on their own|by itself|on its own|into a cramp|in cramp)",
        "(fingers|toes|hands|thumbs) ** in (a)? (cramp|spasm)",
        "(hand|hands|finger|fingers|foot|feet|toes|wrist|wrists) * (cramp|cramps|cramping|cramped|spasm|spasms|spasming|claw|claws|clawed|curl|curled|curling|lock|locked|stiff)",
        "(cramp|cramps|cramping|spasm|spasms|spasming) * in * (hand|hands|finger|fingers|foot|feet|toes)",
        "(claw|clawed|claws) * (hand|hands)",
    ],
    # --- rhabdomyolysis -----------------------------------------------------------------
    "DARK_URINE": [
        "(dark|brown|brownish|black|red|reddish|rusty|rust) * (coloured|colored)? * (urine|urin|pee|wee|piss)",
        "(urine|urin|pee|wee|piss) ** (dark|darker|darkish|brown|brownish|browny|black|red|reddish|rusty|rust)",
        "(cola|coke|tea|coffee) (coloured|colored|colour|color) (urine|urin|pee|wee|piss)",
        "(urine|urin|pee|wee|piss) ** (like|lik|liek|as|colour of|color of|the colour of|the color of) (strong|weak|black|builders|coca|diet)? (cola|coke|tea|coffee)",
        "(urine|urin|pee|wee|piss) ** (cola|coke|tea|coffee) (coloured|colored|colour|color)",
        "blood in ({PERSON})? (urine|pee|wee)".replace("{PERSON}", PERSON),
    ],
    "DARK_YELLOW": ["(dark|darkish|bright|deep) yellow"],
    "LITTLE_URINE": [
        "(hardly any|barely any|very little|not much) (wee|pee|urine)",
        "(hardly|barely|not|very little|not much) * (pee|peeing|peed|wee|weeing|urine|urinating|urinated|passing water)",
        "not * been (for a wee|for a pee|to the toilet|to the loo)",
        "no (urine|pee|wee)",
        "have not * (pee|peed|wee|weed|urinated|needed the toilet|been to the toilet|passed urine|passed water|needed to pee|needed a wee)",
        "has not * (pee|peed|wee|weed|urinated|passed urine|passed water|been to the toilet)",
        "(no|not had a|has not had a|have not had a|not a single) wet (nappy|nappies|diaper|diapers)",
    ],
    "SEVERE_MUSCLE_PAIN": [
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
        "exercise|exercising|workout|gym|spin|spinning|crossfit|marathon|run|ran|running|squat|squats|training|trained|session|class|bootcamp|hike|hiking|race|football|match|overdid",
        "(work|worked) out",
        "leg day",
        "burpees|burpee|hiit|circuits|reps|pushups|situps|lunges|deadlifts|deadlift",
        "(push|press|sit) (ups|up)",
        "heat|hot|heatwave|sauna|festival|crush|crushed|trapped|pinned",
        "stuck under",
    ],
    # --- heat stroke --------------------------------------------------------------------
    "VERY_HOT": [
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
    "HEAT": ["heat|hot|heatwave|sun|sunny|sauna|festival|humid|summer|boiling|scorching|degrees"],
    "CRAMP": [
        "cramp|cramps|cramping|cramped|crampy|spasm|spasms|spasming|spasmed|charley",
        "(seize|seizing|seized) up",
        # A muscle that stays locked is a cramp however it is named (blind v21, v25).
        "(still|stays|staying|stayed) (locked|locked solid|rock hard|solid|knotted|seized)",
    ],
    # --- medicines ----------------------------------------------------------------------
    "RELAXANT": [RELAXANT, "pain o soma", "muscle (relax~)"],
    # Someone's advice ("a lady at church told me to take magnesium tablets and another
    # said quinine"), not a dose taken.
    "ADVISED_TO_TAKE": [
        "(told|tells|said|says|suggested|suggests|recommended|recommends|advised|advises) (me|him|her|us)? (to)? (take|try|use)",
        # Or what others take: "a colleague here takes baclofen and another one has
        # tizanidine" (FAQ blind v19).
        "(colleague|colleagues|friend|friends|neighbour|neighbor|flatmate|coworker|another one|someone else) (here)? (takes|is on|has|uses|swears by)",
    ],
    "OVERDOSE": [
        "(took|taken|swallowed|popped) # (more|extra) (on top of|than|over)",
        "(took|taken|swallowed|popped) (two|three|four|five|six|a few|several) (more|extra) (on top of|than|over)",
        "more than ** (doctor|doc|gp|pharmacist|label|box|packet|leaflet) (said|says|told|prescribed|allowed|recommends|wrote)",
        "(took|taken|swallowed|had|taking) (the)? (rest|remainder) of (the|my)? (strip|pack|packet|box|bottle|pills|tablets|blister)",
        "(teenager|teen|child|kid|toddler|son|daughter|boy|girl|grandson|granddaughter) ** (got into|swallowed|ate|has taken|took|taken) ** (my|her|his|the|our|some)? (valium|diazepam|pills|tablets|meds|medicine|medication|relaxants|soma|painkillers|sleeping pills)",
        "overdose|overdosed|od|oded|overdosing",
        "too (many|much)",
        "more than * (prescribed|i should|supposed|allowed|meant|the dose|my dose|the label|it says|recommended)",
        "(double|doubled|triple|tripled|doubling) * (dose|doses|up|the dose|my dose)",
        "(took|taken|swallowed|had|take) (half|most|all) (of)? (the|a|my|his|her)? (box|boxes|pack|packet|bottle|strip|blister)",
        f"(doubled|tripled|doubling|tripling) (up on)? (my|the|his|her)? ({MEDICINE})",
        "(took|taken|swallowed|had) * (extra|another|a few extra|a couple extra|a handful)",
        # Five or more within hours, of a medicine named in the message (the hours are
        # also an "other count", so this lives here and not in OVERDOSE_COUNT).
        "(took|taken|swallowed|popped|had) (5|6|7|8|9|10|12|15|20|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (in|within) (the)? (last|past)? # (hours|hour|hrs|minutes|mins)",
        "(took|taken|swallowed|popped|had) (5|6|7|8|9|10|12|15|20|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (in|within) (the)? (last|past)? (an|one|two|three|few|couple) (hours|hour|hrs|minutes|mins)",
        "(whole|entire) (bottle|pack|packet|box|strip|sheet)",
        "all * of? ({PERSON}) (pills|tablets|meds|capsules)".replace("{PERSON}", PERSON),
        "(handful|bunch|load|lot) of * (pills|tablets|meds|soma|capsules)",
        "(took|taken|had) * (four|five|six|seven|eight|ten|3|4|5|6|7|8|10) ** instead of",
        "then another (one|two|three|few|couple)?",
        "accidentally * (took|take|taken|double)",
        "(took|take|taken|had) (double|twice|triple|three times) (that|the|my|what|as much)",
        "(child|son|daughter|toddler|baby|kid|old|grandson|granddaughter|dog) ** (swallowed~|ate|eaten|took~|taken~|chewed~)",
        "(child|son|daughter|toddler|baby|kid|old|grandson|granddaughter|dog) ** got into",
        "(swallowed|ate|eaten) ** (some|my|his|her|a few|several|all)? (pills|tablets|meds|capsules)",
        "by (accident|mistake)",
        "(had|taken|took|swallowed) (like|about|around|maybe|nearly)? # (since|today|already|so far)",
        f"(whole|entire) (week|weeks|fortnight|month) (of|worth of) ({PERSON})? ({MEDICINE})",
        "(pill box|pillbox|pill organiser|pill organizer|dosette|blister pack) ** (empty|all gone)",
    ],
    # A count "instead of" the prescribed count needs no medicine name: "took 6 of them
    # instead of 2".
    "OVERDOSE_COUNT": [
        # Five or more muscle relaxants at once is past any label's daily amount.
        "(took|taken|swallowed|popped|drank|drinked|drunk|had|ate) (like|about|around|maybe|nearly|over)? (5|6|7|8|9|10|12|14|15|16|20|24|25|28|30|40|50|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|dozen) (of)? ({PERSON})? (muscle)? ({RELAXANT})".replace(
            "{PERSON}", PERSON
        ).replace("{RELAXANT}", RELAXANT),
        "(took|taken|swallowed|popped) # (of)? ({PERSON})? (pills|tablets|capsules|meds) (at once|in one go|all at once|together)".replace(
            "{PERSON}", PERSON
        ),
        "(took|taken|take|swallowed|had) # (of them|of those|of these|of my|of the)? ** instead of #",
        "(took|taken|swallowed|popped|had) (5|6|7|8|9|10|12|15|20|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (tonight|today|this evening|this morning|at once|in one go|together|already)",
        "(took|taken|take|swallowed|had|drink|drank|ate|eat) # ** (doctor|gp|prescription|label|box|pharmacist|leaflet) (said|says|told|tells|say) (me|to take)? (only)? #",
    ],
    # Five or more of something unnamed ("had 6 of them"): an overdose only with drowsiness.
    "COUNT_OF_THEM": [
        "(took|taken|swallowed|popped|had) (like|about|around|maybe|nearly|over)? (5|6|7|8|9|10|12|15|20|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dozen) (of them|of those|of these)",
        "(about|around|maybe|like|nearly|over)? (5|6|7|8|9|10|12|15|20|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dozen) of (the|my|those|these) * (tablets|pills|meds|capsules)",
    ],
    # Two to four muscle relaxants at once and very drowsy, not as prescribed: an overdose
    # ("took 3 of my carisoprodol at once, the label says 1, feeling very sleepy").
    "RELAXANT_SEVERAL": [
        "(took|taken|swallowed|popped|had) (2|3|4|two|three|four|double|a double dose of) (of)? ({PERSON})? (muscle)? ({RELAXANT})".replace(
            "{PERSON}", PERSON
        ).replace("{RELAXANT}", RELAXANT),
    ],
    # Counts of things that are not medicines ("had 3 coffees instead of 1").
    "OTHER_COUNT": [
        "# (coffee|coffees|cup|cups|glass|glasses|pint|pints|rep|reps|set|sets|lap|laps|mile|miles|km|squat|squats|lunge|lunges|round|rounds|session|sessions|class|classes|hour|hours|minute|minutes|mins|day|days|week|weeks|stretch|stretches|exercise|exercises|meal|meals|slice|slices)",
    ],
    "SEDATIVE_WITH": [
        f"({SEDATIVE}) ** (with|and|on|after|plus|while|whilst|then) ** ({RELAXANT})",
        f"({RELAXANT}) ** (with|and|plus|then|together with|on top of) ** ({SEDATIVE})",
        f"({RELAXANT}) ** (with|and|on|after|plus|then|while|whilst) ** ({SEDATIVE})",
        f"({RELAXANT}) ** (with|and|on|after|plus|then|while|whilst) ** sleeping (pill|pills|tablet|tablets)",
        f"(mixed|mixing|combined|combining) ** ({RELAXANT})",
        f"({RELAXANT}) ** (mixed|mixing|combined)",
    ],
    "TOOK": [
        "(took~|taken~|swallowed~|drank~|mixed~|downed~|necked~|combined~)",
        "(had|have had|been) ** (drinking|drinks|beers|wine|vodka|pints|alcohol|shots)",
    ],
    "DRANK": [
        "(drank|drunk|drinking|had|few|couple|bottle|downed|necked) * (beer|beers|wine|vodka|pints|pint|shots|drinks|alcohol|gin|whisky|whiskey|lager|cider|rum)",
        "been drinking",
        "drunk|tipsy|hammered|wasted",
        "(took|taken|take|had) * (tramadol|codeine|oxycodone|morphine|xanax|valium|diazepam|zopiclone|lorazepam|pregabalin|gabapentin|cocodamol)",
        f"with * ({SEDATIVE})",
        "(took|taken|take|had|plus|and) ** (xanax|valium|diazepam|zopiclone|lorazepam|tramadol|codeine|oxycodone|morphine|pregabalin|gabapentin)",
        "(took|taken|take|had|plus|and|with) ** sleeping (pill|pills|tablet|tablets|meds)",
    ],
    "DROWSY_DANGER": [
        "can not * (stay awake|wake|wake up|be woken)",
        "(can|could) (barely|hardly|only just) stay awake",
        "(can|could) (barely|hardly|only just|not) keep (my|his|her|their|your)? eyes open",
        "will not wake up",
        "breathing * (slow|shallow)",
        "(drowsy|sleepy) and (dizzy|confused)",
    ],
    # Drowsy, but not the danger signs above: a common side effect of a relaxant taken as
    # prescribed ("it makes me so drowsy, is that normal?"); with a count of pills, not.
    # A sedative medicine named on its own; diazepam and valium are relaxants already.
    "SEDATIVE_MEDICINE": [
        "xanax|alprazolam|lorazepam|ativan|zopiclone|zolpidem|ambien|tramadol|codeine|oxycodone|morphine|pregabalin|lyrica|gabapentin|heroin|fentanyl|opioid|opioids|methadone",
        "(sleeping) (pills|pill|tablets|tablet)",
    ],
    "VERY_DROWSY": [
        "(very|really|so|extremely|super|v|sooo|soo) * (drowsy|sleepy|dozy|woozy|groggy)",
        "(weird|strange|funny|really|very|so|all) (and)? (floaty|spaced out|spacey|spacy|zonked|out of it)",
    ],
    "SWELLING_FACE": [
        "(lips|lip|face|mouth) ** (fillers|filler|botox|like a duck|trout pout|sausages|balloons)",
        "(lips|lip|tongue|throat|mouth) * (swell|swelling|swollen|swelled|sweling|puff|puffing|puffy|puffed|ballooning|huge|massive|thick)",
        "face * (swell|swelling|swollen|swelled|sweling|ballooning|huge|massive)",
        "(lips|lip|tongue|throat|face|mouth) * (blow|blowing|blew) up",
        # "my tongue feels too big for my mouth" (blind v26).
        "(tongue|lips|lip) * too (big|large|fat|thick) (for)?",
        "(lips|lip|tongue|throat|face|mouth) ** (swole|swoll|swolen|puffed up|ballooned)",
        "(swell|swelling|swollen) * (lips|lip|tongue|throat|face|mouth)",
        "throat * (closing|close|closes|closed)",
        "throat ** (closing up|is closing|it is closing|closing over)",
    ],
    "MEDICINE": [
        "(rest|remainder|whole|entire|half) of (the|my|a)? (strip|blister|pack|packet|bottle|box)",
        MEDICINE,
        "(started|starting|new) * (medicine|medication|tablets|pills)",
    ],
    # A medicine for allergies named as such: "allergy pills for hay fever" is a question
    # about a medicine, not a reaction to one (FAQ blind v17).
    "ALLERGY_MEDICINE": [
        "(allergy|allergies|hay fever|hayfever) (pills|pill|tablets|tablet|meds|medicine|medicines|medication|spray|sprays|drops)",
    ],
    "HIVES": [
        "hives|welts|urticaria|allergic|allergy|rash|rashes|blotchy|itchy|itching|hivs",
        "(itchy) (bumps|spots|lumps)",
        "(allergic|bad) reaction",
    ],
    # --- self-harm ----------------------------------------------------------------------
    "SELF_HARM": [
        "(throw|throwing|threw|fling|hurl|hurling) (myself|himself|herself) (off|in front of|under|from|into)",
        "(easier|better) (for|on) (my|his|her|our|the|everyone|everybody|them|family) ** if (i|me) (just)? (was not|were not|am not|was gone|were gone|was not around|were not around|not around|not here|disappeared|was dead|died)",
        "(think|thinking|thought) (about)? how easy it would be to (just)? (step off|jump|end it|let go|drive off|walk into|stop it all|stop all this)",
        "(step|stepping|jump|jumping) off (the|a|that) (bridge|ledge|roof|edge|platform|cliff)",
        "(easier|better) (to)? (just)? (step off|jump off|jump in|walk into the sea|walk into the water|let go|go under|not come back up)",
        "let the (water|sea|river|waves|current) (have|take) me",
        "(written|wrote|writing|left) (notes|letters|a note|a letter|goodbye letters) ** (my will|my affairs|my things in order|everything in order|my affairs in order)",
        # Blind v26: a bridge driven off, a light switched off for good, the whole cupboard.
        "(think|thinking|thought|thoughts) (about|of) (driving|jumping|stepping|throwing myself|walking|going) off ** (bridge|cliff|edge|roof|ledge|balcony|building|pier)",
        "(switch|switching|turn|turning) (myself|me) off (for good|forever|permanently|for ever)",
        # Blind v27: "stood on the balcony and thought about jumping".
        "(balcony|bridge|roof|ledge|window|cliff|edge|platform|tracks|rooftop) ** (thought|thinking|think|thoughts) (about|of) (jumping|throwing myself|stepping off|letting go)",
        "(take|taking|swallow|swallowing|going to take) (everything|all of it|all the pills|all the tablets|every pill|every tablet) (in|from) (the|my) (cupboard|cabinet|medicine cabinet|bathroom cabinet|drawer|first aid box)",
        "suicide|suicidal|suicde",
        # Indirect (blind v9): not waking up, being a burden, a painless way, letters left.
        "(wish|wishing|hope|hoping) ** (go to sleep|go to bed|fall asleep|sleep) and (never|not) wake up",
        "(wish|hope|want) (i|to) (could|would)? (just)? (never|not) wake up",
        "(easier|better) (life|lives|off) ** (if|without) (i|me) (was not|were not|am not|was gone|were gone|am gone|was not around|were not around|not around|not here)",
        "(painless|easiest|quickest) way to (go|die|end it)",
        "(most|least) (painless|painful) way to (go|die)",
        "(written|wrote|writing|left) (letters|a letter|notes|a note|goodbye) ** just in case",
        "(kill|killing|end|ending|take|taking) (myself|my life|my own life|it all)",
        "(gon na|going to|want to|wan na|will|about to|ready to|might|finna|bout to) kms",
        "(got|have got|have|made|making|make) a plan (for|with) (the|my|all the|all my|those|these) (pills|tablets|meds|painkillers)",
        "(easier|better) ** if (i|me) (just)? (did not|do not|would not|no longer|never) (exist|existed)",
        "(wish|wishing) (i|to) (just)? (did not|do not|would not|could not|never|no longer) (exist|existed|been born)",
        "(wants|want|wanted|wanting|going|planning|plans|plan|means|meant|trying|tried|thinking|think|thought|considering|decided) (to|of|about)? (end|take|finish|ending|taking|finishing) (his|her|their|my|your) (own)? life",
        "(want|wanna|wanted|going|ready|like) to? (die|be dead)",
        "(do not|did not) want to * (live|be here|be alive|wake up|go on|exist|carry on)",
        "rather * (be dead|die|not wake up|not be here|not be alive)",
        "better off * (dead|without me|if i was dead|if i were dead)",
        "better off without (a|an|someone|somebody) ** like me",
        # No one would notice or miss them (blind v24): "no one would even notice if I
        # took the whole box".
        "(no one|nobody|noone|no body|none of them) (would|will|is going to) (even)? (notice|care|miss me|miss him|miss her|know) (if|when) (i|he|she) (took|take|was gone|were gone|died|disappeared|was not here|were not here|ended it|did it|swallowed)",
        "(kill|killing|hurt|harm|harming|hurting) my self",
        "(looking|look|looked|stare|staring|stared) at (the|a) (bridge|railway|tracks|train tracks|edge|cliff|river|roof|motorway) ** (thinking about|think about|thought about) (it|jumping|doing it|stepping)",
        "(goodbye|farewell|suicide) (letter|letters|note|notes)",
        "(hurt|harm|harming|hurting|cut|cutting) (myself)",
        "(self harm|selfharm)",
        "no point * (living|going on|in life|anymore|carrying on)",
        # Researching an overdose: "looking up how many of my pills it would take".
        "how many ({PERSON})? (of)? ({PERSON}|these|the|those)? (pills|tablets|meds|them|it) ** (would|will|it would|it will|does it|would it) (take|kill|be fatal|be enough)".replace(
            "{PERSON}", PERSON
        ),
        "(looking up|looked up|googling|googled|searching|searched|researching|reading up) (on)? how many (pills|tablets|meds|of)",
        "(take|taking|swallow|swallowing) * all * ({PERSON})? (pills|tablets|meds)".replace(
            "{PERSON}", PERSON
        ),
        "end it",
        "(ending|end) it all",
        f"(take|taking|swallow|swallowing) all ({PERSON})? * ({RELAXANT}|pills|tablets|meds)",
        "(end|ending) (things|everything)",
        "(kill|killing|hurt|hurting|harm|harming) (himself|herself|themselves|themself)",
        "(taking|take|swallow|swallowing|down|downing) the (lot|whole lot|whole bottle)",
        "(bottle|pack|box|stash) of (pills|tablets) ** (take|taking|swallow)",
        "ways to (die|kill|end)",
        "(want|wants|wanted) to (die|be dead)",
        "(do not|did not|can not) see * point * (living|going on|carrying on|life|anything|being here)",
        "not * want to be alive",
        "(knock|put) (me|myself) out (for good|forever|permanently|and not wake)",
        "(do not|can not) see the point (anymore|any more|of anything|of living|in anything)",
        "(jump|jumping|jumped) (off|from|in front of) ** (bridge|roof|building|cliff|train|balcony)",
        "(not|no longer|do not|does not) (want|wanting|wish|wishing) to (live|be alive|be here|go on|exist) (anymore|any more|any longer)?",
        "(tired|sick) of (living|being alive|life)",
    ],
    # --- urgent -------------------------------------------------------------------------
    "LEG_SWELLING": [
        f"({LEG}) ** (swell|swelling|swollen|swelled|puffy|puffed|bigger|fatter|larger|sweling|swolen)",
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
    "LEG_WEAK": [
        "(leg|legs|foot|feet) * (weak|weaker|weakness|give|giving|gave|buckle|buckling|buckled|drag|dragging|floppy|numb|useless)",
        "(weak|weakness) * in * (leg|legs|foot|ankle)",
        "can not ** lift ** (foot|toes|leg)",
        "can not * lift * (front|top) of ({PERSON})? (left|right)? foot".replace(
            "{PERSON}", PERSON
        ),
        "(foot|toes) * (will not|can not|does not) * (lift|come up)",
        "(foot|drop) (drop|foot)",
        f"(dragging|drags|drag|dragged) ({PERSON})? (left|right)? (leg|foot)",
        "dropfoot|footdrop",
        "foot * (slap|slaps|slapping|flop|flops|flopping|drag|drags|dragging|catch|catches|catching)",
        "(keep|keeps|kept) (tripping|stumbling)",
        "(trip|tripping|tripped) * over * (foot|feet|toes)",
        "(toes|foot) * (catch|catching|drag|dragging|scuff|scuffing)",
    ],
    "WORSENING": [
        "worse|worsening|progressing|spreading|increasingly",
        "(getting|get|gets|got|becoming|grown|growing) * weaker",
        "weaker and weaker",
        "(every day|each day|by the day|day by day|more and more)",
        "new|newly|developed|started|since",
    ],
    "DEHYDRATED": [
        "dehydrate|dehydrated|dehydration",
        "vomit|vomiting|sick|diarrhoea|diarrhea|diarrhoe|gastro|bug",
        "(throwing|threw|thrown) up",
        "food poisoning",
        "can not * keep * (down|anything)",
        "(mouth|lips|tongue) * (dry|parched|bone dry)",
    ],
    "DIZZY": [
        "dizzy|dizziness|lightheaded|woozy|faint|spinning|floppy|lethargic|drowsy",
        "light headed",
        "nearly (fell|fainted|passed out)",
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
    "SEVERE_PAIN": [
        "10/10|10 out of 10|ten out of ten",
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
        "(completely|totally) locked",
    ],
    "NOTHING_HELPS": [
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
    "RASH": [
        "rash|rashes|hives|hivs|welts|blotches|blotchy|spots|itchy|itching|itch|allergic|allergy|reaction|urticaria"
    ],
    "STARTED_MEDICINE": [
        f"(start|started|starting|began|taking|take|took|new|since|after) * ({MEDICINE})",
        f"({MEDICINE}) * (since|after|started)",
        "since * (start|starting|taking|started)",
        "allergic to * the?",
    ],
    "DIRTY_WOUND": [
        "dirty|deep|rusty|rust|soil|mud|muddy|dirt|garden|gardening|manure|farm|animal|dog|cat|fox|rat|puncture|punctured|nail|fork|barbed|shovel|muck|mucky|filthy|machinery|livestock",
        "stepped on",
    ],
    "TETANUS_UNKNOWN": [
        "(tetanus|jab|booster|vaccine|vaccination|vaccinated|shot|jabs|tetnus) ** (not sure|unsure|can not remember|do not remember|do not know|no idea|years|long time|never|out of date|not up to date|overdue|forgot)",
        "(last|latest) (tetanus|jab|booster|tetnus) ** (no clue|not a clue|dunno|no idea|not sure|can not remember)",
        "(not had|have not had|has not had|had no|no) (a|any|my)? (tetanus|tetnus) (jab|shot|booster|vaccine|injection)",
        "(when was|when did i have|when did i last have) ({PERSON})? (last|latest)? (tetanus|tetnus) (jab|shot|booster)?".replace(
            "{PERSON}", PERSON
        ),
        "(not sure|unsure|can not remember|do not remember|do not know|no idea|never had|forgot|not think) ** (tetanus|jab|booster|vaccine|vaccination|vaccinated|shot|tetnus)",
        "(ever|never) had * (tetanus|jab|booster)",
        "(no clue|not a clue|dunno|no idea) ** (tetanus|jab|booster|vaccine|vaccinated|shot)",
        "(do not think|not sure|not certain|no idea if|unsure if) ** (ever|been|had) ** (tetanus|jab|booster|vaccine|vaccinated|shot)",
        "(no idea|not sure|unsure|do not know|does not know|did not know|dunno|can not remember) (if|whether) ** (up to date|in date|had|covered) ** (tetanus|jab|booster|jabs|vaccin~)",
        "(no|not any) (recollection|memory|record) ** (tetanus|jab|booster|tetnus)",
    ],
    # --- soon ---------------------------------------------------------------------------
    "WORSE_DESPITE": [
        "nothing (i do|i try|i have tried|we do|we try|seems to) (is|has been)? (settling|easing|shifting|fixing|helping|working on|calming) (them|it|this)",
        "(same|worse|no better) ** (following|doing|done) (all|everything)? (the|your|you)? (advice|exercises|stretches|said|suggested|recommended)",
        "(getting|get|got|becoming|keep getting|gets) * (worse|more frequent|more painful)",
        "(spasm|spasms|cramp|cramps|pain|it|they) * (getting|get|got|becoming|gets) * (stronger|weaker|longer)",
        "worse and worse",
        "(worse|bad|frequent) now than",
        "worse than (when|before)",
        "worsening",
        "(not|no) (getting|any)? (better|improving|improvement)",
        "(despite|even with|even after|even though|regardless of) ** (stretching|stretches|physio|treatment|rest|resting|meds|medication|massage|heat|ice|everything|exercises|taking|relaxers)",
    ],
    "EVERY_NIGHT": [
        "(every|each|most|all) (single)? (night|nights|evening)",
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
        "weak|weaker|weakness|thinner|smaller|shrinking|shrink|shrunk|wasting|wasted|atrophy|withering",
        "(lose|losing|lost) * (muscle|strength|grip)",
        "(look|looks|looking|gone|getting) * (thinner|smaller|skinny|thin)",
        "(thinner|smaller) than the other",
        "(looks|look|looking|gone|going|getting) (hollow|hollowed|hollowed out|sunken|dented|flat)",
        "(harder|hard|difficult|struggling|trouble) to (lift|grip|hold|open|carry)",
        "(struggling|struggle|hard|harder|difficult|trouble|can not) (to)? (go|get|going|getting|stand|standing|rise|rising) (up)? on (my|his|her|the)? (tiptoe|tiptoes|toes|tip toes)",
        "(stairs|steps|getting up|standing up|climbing) ** (harder|difficult|struggle|struggling|trouble)",
        "can not (lift|grip|hold|open|carry) ** (used to|anymore|any more|like before)",
        "can not (lift|grip|hold|open|carry) ** as (easily|well|much|high|far) as (before|i used to|normal|usual|it used to)",
        "(smaller|thinner|shrinking) and (weak|weaker)",
        "(grip|strength|grip strength|power) * (dropped|dropping|gone|going|fading|fallen|falling) (right)? (off|away|down)?",
    ],
    "SPREADING": [
        "(are|is) (doing it|doing the same|joining in) (too|as well)",
        "(have|has|had) (now)? joined in",
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
        "(at first|first|used to be|was|were) (only|just) ** now ** (both|other|legs|arms|thighs|thigh|shoulders|back|neck|feet|hands|body|everywhere|all over|stomach|chest)",
        "(moved|spread|gone|went) (to|into) ({PERSON})? (other|both|tummy|stomach|belly|arms|legs|back|neck|thigh|thighs|whole|hips)".replace(
            "{PERSON}", PERSON
        ),
        "(now|and now) (it is|its) (in|into|on|affecting) (my|the|his|her)? (other|both|arms|legs|shoulders|back|whole|all|hands|feet|neck)",
    ],
    # A spasm that was in one place and is now in more: the spasm word sits in the past
    # part of the sentence ("spasms used to be just in one calf, now both legs").
    "SPASM_SPREAD_NOW": [
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
    "SPASM": [SPASM],
    "MUSCLE_ACHE": [
        "(muscles|muscle|body|everything|legs|arms|thighs|calves) * (ache|aches|aching|achy|sore|hurt|hurts|hurting)",
        "(aching|achy|sore) * (muscles|all over|everywhere)",
    ],
    # --- safety layer v2: categories added with the second catalogue (docs/red_flags.md)
    "CHEST_PAIN_SEVERE": [
        f"(crushing|squeezing|squeezed|vice|vise|elephant|band) ** ({PERSON})? (chest|breastbone|sternum)",
        "chest ** (crushing|squeezing|squeezed|vice|vise|elephant|clamped)",
        "(pain|ache|pressure|tightness|squeezing) ** (spread|spreading|spreads|radiating|radiates|going|goes|gone|moving|moves|travelling|shooting|shoots|into|up|down) ** (jaw|jaws|left arm|arm|neck)",
        "chest ** (jaw|left arm|sweating|sweaty|clammy|grey|gray)",
        "heart attack",
    ],
    "CANT_STAND": [
        "can not * (stand|straighten|get) * (up|upright|straight)",
        "(stuck|hunched|doubled) * (over|double|forward)",
        "(am|is|was|still|stuck|left) bent (over|double|forward)",
    ],
    "VISION_LOSS": [
        "(pulled|pulling|drawn|drawing|came|coming|dropped|dropping) (a|the)? (blind|blinds|shutter|shade|curtain) ** (down|over|across)",
        "lights (went|gone|go|going) out in ** eye",
        "(went|gone|going|turned|goes|go) (black|dark|blank|grey|gray) in ({PERSON})? (left|right|one)? eye".replace(
            "{PERSON}", PERSON
        ),
        "(can|could) only see (shadows|shapes|outlines|light and dark|the bottom half|the top half|half)",
        "(picture|vision|sight|half|part|bit) ** (vanished|disappeared|went missing|blanked out|cut out) ** eye",
        "(blind|blinds|shutter|shade) (pulled|coming|came|come|being pulled|drawn|dropping|dropped) down",
        "(everything|vision|sight|eyes) ** (went|gone|going|turned|is|was) ** (doubled|double)",
        "(eye|vision|sight) ** (half|partly|partially|all|gone) (black|dark|grey|gray|blank)",
        f"(lost|losing|lose|loss of|lost all) * ({PERSON})? (sight|vision|eyesight)",
        f"can not see (out of|from|with|in) ({PERSON})? (left|right|one)? eye",
        "(eye|eyes|vision|sight|everything) ** (went|gone|go|going|turned) (black|dark|blind|blank|grey|gray|dim)",
        "(curtain|shadow|veil) ** (over|across|coming down|came down|in front of) ** (eye|vision|sight)",
        "(went|gone|going|go) blind",
        "blind in (one|my|the|his|her) (eye|left|right)",
        "(one|left|right) eye * (can not|could not) see",
        "(lost|losing|lose|loss of) ** (vision|sight|eyesight) (in|of|from) (my|his|her)? (one|left|right|my|the)? eye",
        "(seeing double|double vision)",
        "(everything|everythings) (is|was|looks)? (doubled|double)",
    ],
    "BLURRED_VISION": [
        "(eye|eyes|vision|sight) (went|gone|going|go|turned) (all)? (blurry|blurred|fuzzy|misty|smeary|foggy|cloudy)",
        "(blurred|blurry|double|dim|fuzzy|misty) (vision|sight|eyesight)",
        "seeing (double|two of everything|spots|flashing)",
        "(everything|vision|sight) ** (blurry|blurred|double|fuzzy)",
        "(flashing|flashes of) (lights|light)",
    ],
    "HEADACHE": [
        "headache|headaches|migraine|migraines",
        "head (pain|ache|hurts|hurting|pounding|exploding|exploded|splitting|throbbing|banging)",
        "(pain|pounding|throbbing|banging) * in * ({PERSON})? head".replace("{PERSON}", PERSON),
        "(back|top) of ({PERSON})? head".replace("{PERSON}", PERSON),
    ],
    "SEVERE_HEADACHE": [
        "(extreme|severe|intense|horrific|terrible|blinding|splitting|explosive|massive|horrendous) ** (headache|head pain)",
        # "the worst headache of my life", "en kötü baş ağrısı": with "suddenly", thunderclap.
        "worst ** (headache|head pain)",
        "never (had|felt|known) (a|an)? (head|headache|head pain|pain in my head) like (it|this|that)",
    ],
    "THUNDERCLAP": [
        "(headache|head) ** (during|after|while having|in the middle of) (sex|orgasm|intercourse|climax)",
        "(headache|head) ** like a (sledgehammer|sledge hammer|ton of bricks|baseball bat|cricket bat|brick|truck|train)",
        "(went|shot|got|hit|reached|rose) (straight)? (to|up to) (max|maximum|the max|full|full blast|ten|10) ** (seconds|second|instant|instantly|moment)",
        "(headache|head) ** from (nothing|zero|0|fine) to ** (unbearable|worst|10|agony|excruciating|explosion|exploding)",
        # An explosion in the head, told without "headache" (blind v25, Scots "heid").
        "(head|heid|skull|brain) ** (exploded|exploding|explode|burst|bursting) ** (pain|worst|nowhere|sudden|suddenly)",
        "(firework|bomb|grenade|gunshot|explosion|thunderclap|lightning) ** (inside|in) ({PERSON})? (head|heid|skull|brain)".replace(
            "{PERSON}", PERSON
        ),
        "(head|heid|skull|brain) ** (firework|bomb|grenade|gunshot|explosion) (went off|going off|exploded|goes off)",
        "(headache|head) ** (came|come|comes|hit|hits|peaked|peak|built|went|reached) ** (under|less than|within|in) (a minute|a second|seconds|an instant|one minute)",
        "worst (headache|head pain|pain) ** (ever|of my life|of her life|of his life|i have ever|she has ever|he has ever|ever had)",
        "thunderclap",
        # "like someone smashed a brick on the back of my skull"
        "like (someone|somebody|something|a) ** (smashed|hit|whacked|struck|kicked|punched|bashed|slammed|clubbed) ** (head|skull)",
        "(explosive|exploding|exploded|explosion|bomb|bat|hammer|hit with|smacked|struck|kicked) ** (head|headache)",
        "(head|headache) ** (like|as if) ** (explod~|hit|bat|hammer|smack~|struck|kicked|bomb)",
        "(headache|head) ** (exploded|exploding|explosion|burst)",
        "worst i (have|had) (known|had|felt|ever had)",
        "like a (door slamming|thunderclap|gunshot|bomb going off)",
        "(grabbed|clutched|clutching|holding) ({PERSON})? head ** (scream~|worst|pain)".replace(
            "{PERSON}", PERSON
        ),
        "(10|ten) (out of|/) (10|ten) ** (second|seconds|instant|instantly)",
        "(from nothing|nothing) to (10|ten|worst)",
        "(in|within) (seconds|a second|an instant|a minute) ** (headache|head)",
        "headache ** (in|within) (seconds|a second|an instant|a minute)",
        "(from nothing|nothing|zero|0) to (10/10|10 / 10|ten out of ten)",
    ],
    "CAST_OR_CRUSH": [
        "(leg|arm|wrist|ankle|shin|forearm|tibia|fibula|femur) (fracture|fractures|break)",
        "plaster|splint|splinted|pot",
        "(a|in|my|the|his|her|its|this|leg|arm|full|new|fibreglass|fiberglass|walking|plaster) cast",
        "(crush|crushed|crushing|trapped|pinned) ** (arm|forearm|leg|hand|foot|shin|calf|thigh|limb)",
        "(arm|forearm|leg|hand|foot|shin|calf|thigh|limb) ** (crush|crushed|trapped|pinned|run over)",
        "(broke|broken|fracture|fractured) ** (leg|arm|wrist|ankle|shin|forearm|tibia|fibula)",
        "(kicked|kick|hit|struck|whacked|blow) ** (shin|calf|thigh|forearm)",
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
    "SEROTONERGIC": [
        "sertraline|fluoxetine|prozac|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|amitriptyline|ssri|ssris|snri|antidepressant|antidepressants|tramadol|cyclobenzaprine|flexeril|triptan|sumatriptan|rizatriptan|lithium|linezolid|mdma|ecstasy|fentanyl|trazodone|lamotrigine|methadone|pethidine|ondansetron",
        "(st|saint) (johns|john) wort",
    ],
    "JERKS": [
        "(legs|arms|body|feet|hands) ** (kicking|jerking|twitching|moving|jumping) (by themselves|on their own|by itself|on its own)",
        "twitch|twitching|twitchy|jerk|jerking|jerky|jerks|clonus|shaking|shivering|shivery|tremor|tremors|trembling|shakes|shaky|rigid|stiff|stiffness",
        "(legs|arms|muscles|body) ** (jump|jumping|jumpy|twitch~|jerk~|moving on their own|will not stop)",
    ],
    "AUTONOMIC_SIGNS": [
        "drenched|soaked in sweat|dripping with sweat",
        "sweat|sweating|sweaty|sweats|fever|feverish|temperature|agitated|agitation|restless|confused|confusion|palpitations|diarrhoea|diarrhea|dilated|muddled",
        "(heart|pulse) ** (racing|pounding|going fast|fast|thumping|hammering)",
        "can not (sit still|keep still)",
        "(feel|feels|feeling|very|really|burning) hot",
        "burning up",
    ],
    "ANTIPSYCHOTIC": [
        "antipsychotic|antipsychotics|zyprexa|seroquel|risperdal|invega|haloperidol|haldol|olanzapine|risperidone|quetiapine|aripiprazole|abilify|clozapine|chlorpromazine|metoclopramide|metpamid|maxolon|reglan|prochlorperazine|stemetil|buccastem|droperidol|depot|promethazine|paliperidone|lurasidone|amisulpride",
        "(anti sickness|antisickness|anti nausea|sickness) (tablet|tablets|medicine|injection|jab|meds|pill|drug)",
    ],
    "RIGID": [
        "(muscles|body|legs|arms) ** rock hard",
        "rigid|rigidity|stiff|stiffened|locked",
        "lead (pipe|pipes)",
        "stiff as a (board|plank|statue|rod|post|poker|corpse)",
        "can not * (move|bend) ** (arms|legs|body|anything)",
    ],
    "DYSTONIA": [
        "(neck|head) ** (twist|twisted|twisting|pulled|pulling|pulls|turning|turned|stuck|locked|jerked|jerking|cranked|wrenched) ** (side|back|round|around|over|on its own|itself)?",
        "(eyes|eye) ** (rolling|rolled|roll|rolls|stuck|going|keep going|fixed) ** (up|upwards|back|sideways|into|ceiling)",
        "tongue ** (sticking out|stuck out|pushing out|pushing|thick|twisting|rolling|sticks out)",
        "(jaw|mouth) ** (clenched|clenching|locked|stuck|pulled|twisted|spasm)",
        "(body|back) ** (arching|arched|twisting)",
    ],
    "NEW_MEDICINE": [
        f"(start|started|starting|began|begun|new|changed|increased|upped|added|since|after|given|gave|put me on|put on) ** ({MEDICINE}|aripiprazole|haloperidol|olanzapine|risperidone|quetiapine|metoclopramide|statin|statins|sertraline|fluoxetine|citalopram|antidepressant|antidepressants|anti sickness|injection|jab)",
        "(new|started|starting) (medicine|medication|meds|tablets|pills|drug|prescription)",
    ],
    "STOPPED_MEDICINE": [
        "(went|gone|going|quit|quitting|stopped|stopping|came off|coming off) ** cold turkey",
        f"(stopped|stop|stopping|quit|quitting|ran out|run out|running out|came off|coming off|come off|cold turkey|missed|skipped|forgot|forgotten|weaned|dropped) ** ({RELAXANT}|benzo|benzos|xanax|lorazepam|clonazepam|zopiclone|pregabalin|gabapentin|pump|tablets|pills|meds|medication|medicine)",
        f"({RELAXANT}|benzo|benzos|xanax|lorazepam|clonazepam|zopiclone|pregabalin|gabapentin|pump) ** (stopped|ran out|run out|cold turkey|all at once|suddenly|came off|quit|empty|beeping|alarm)",
    ],
    "WITHDRAWAL_SIGNS": [
        "shaking|shaky|shakes|tremor|tremors|trembling|sweating|sweats|sweaty|insomnia|vomiting|vomit|sick|hallucinating|hallucinations|hallucinate|anxious|anxiety|panicky|agitated|restless|itchy|itching|fever|confused|seizure|fit",
        "can not sleep",
        "(no|not|barely|hardly) * (sleep|slept)",
        "(seeing|hearing) things",
        "(heart|pulse) ** (racing|pounding|going fast)",
        "spasms * (worse|back|awful|terrible|crazy|everywhere)",
        "(throwing|threw) up",
    ],
    "STATIN": [
        "statin|statins|atorvastatin|simvastatin|rosuvastatin|pravastatin|fluvastatin|lipitor|crestor|zocor",
        "cholesterol (tablets|tablet|pills|pill|meds|medicine|medication|tabs)",
        "(tablets|pills|meds|medicine|medication) (for|to lower) ({PERSON})? cholesterol".replace(
            "{PERSON}", PERSON
        ),
    ],
    "MUSCLE_SYMPTOM": [
        "ache|aches|aching|achy|pain|pains|painful|sore|soreness|weak|weakness|cramp|cramps|cramping|tender|tenderness|heavy|stiff|hurt|hurts|hurting",
    ],
    "SPINAL_CORD_INJURY": [
        "(spinal cord|spinal) (injury|injured|lesion)",
        "(tetraplegic|quadriplegic|paraplegic|tetraplegia|quadriplegia|paraplegia|para|quad)",
        "(c4|c5|c6|c7|c8|t1|t2|t3|t4|t5|t6) (injury|complete|incomplete|para|quad|level|tetraplegic|paraplegic|spinal)?",
        "broke ({PERSON})? neck ** (years|paralysed|paralyzed|wheelchair)".replace(
            "{PERSON}", PERSON
        ),
    ],
    "DYSREFLEXIA_SIGNS": [
        "(pounding|banging|thumping|throbbing|bad|splitting|sudden) headache",
        "headache",
        "(flushed|flushing|blotchy|red|sweaty|sweating) ** (face|above|chest|neck|skin)",
        "(nose|sinuses) ** (blocked|stuffy|stuffed)",
        "(blood pressure|bp) ** (high|through the roof|190|200|180|sky)",
        "dysreflexia",
    ],
    "ANTICOAGULANT": [
        "warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|anticoagulant|anticoagulants|clopidogrel|coumadin|heparin|clexane|enoxaparin",
        "blood (thinner|thinners|thinning)",
    ],
    "HEAD_KNOCK": [
        "(hit|banged|bang|bumped|bump|knocked|knock|bashed|smacked|whacked|struck|cracked|walked into|headbutted) ** ({PERSON})? head".replace(
            "{PERSON}", PERSON
        ),
        "head ** (hit|banged|bumped|knocked|cracked|struck)",
        "(hit|banged|bang|bumped|bump|knocked|bashed|smacked|whacked|struck|cracked) ** ({PERSON})? (forehead|skull|temple)".replace(
            "{PERSON}", PERSON
        ),
        "head (injury|knock|bump|wound)",
        "(elbow|ball|knee|fist|punch|kick|door|cupboard|shelf) (to|in|on) ({PERSON})? (head|face|forehead)".replace(
            "{PERSON}", PERSON
        ),
        "(bump|lump|egg|cut|gash|graze|scrape|bruise|wound|laceration|split) (on|to) ({PERSON})? (head|forehead|temple|scalp)".replace(
            "{PERSON}", PERSON
        ),
        "(walked|walk|walking|ran|run|running|stood|stand|standing) (up)? (into|under) (a|the)? (low)? (beam|doorframe|door frame|cupboard|cupboard door|shelf|branch|lamp post|lamppost|ceiling|doorway)",
        "low (beam|ceiling|doorway|door frame|doorframe)",
        f"(hit|banged|bang|bumped|bump|knocked|bashed|smacked|whacked|cracked|clonked) ** ({PERSON})? (noggin|bonce|noodle|nut)",
        f"(clonked|clonk|conked|conk|lick|licked|lamped|boshed) ** ({PERSON}|me) (head|forehead)",
        "(headbutt~|nutted)",
    ],
    "SERIOUS_ACCIDENT": [
        "(slid|fell|tumbled|rolled|slipped|went) ** down (a|the) (scree|slope|cliff|mountain|mountainside|rock face|ravine|gully|embankment|bank|hillside) ** (hit|hitting|smashed|slammed|landed on|onto|into)",
        "(bus|car|taxi|cab|coach|van|minibus|dolmus|tram) (i|we|he|she|they)? (was|were)? (on|in)? (hit|crashed into|collided with|ran into|smashed into|ploughed into|plowed into|slammed into) (a|an|the)? (lorry|truck|car|bus|van|wall|tree|barrier|coach|tram|lamp post)",
        "(clipped|sideswiped|side swiped|rammed|shunted|taken out|wiped out|hit) by (a|an|the)? (car|van|bus|lorry|truck|motorbike|taxi|cab|tram|minibus)",
        "(car|van|vehicle|truck|lorry|suv|jeep|taxi|cab|bus|minibus|coach) (that|which)? (flipped|rolled|overturned|rolled over|went over)",
        "(car|van|vehicle|truck|lorry|rig|trailer|suv|caravan|artic) ** (jackknifed|jack knifed|jackknifing)",
        "(came|come|fell|thrown|flew) off ** (motorbike|motorcycle|bike|moped|scooter|horse) ** (mph|kmh|kph|speed|fast)",
        "(at|about|around|doing) (about|around|over)? # (mph|kmh|kph)",
        "(pinned|trapped|stuck|crushed) under ({PERSON})? (quad|bike|car|tractor|motorbike|it|vehicle|horse|atv)".replace(
            "{PERSON}", PERSON
        ),
        "(car|van|vehicle|truck|lorry|suv|jeep) (flipped|rolled|overturned)",
        # A crush by weight: "horse reared and came down on top of me, full weight" (v27).
        "(came|come|fell|landed|rolled|toppled) (down)? on top of (me|him|her|them|us)",
        "flipped (the|my|our|his|her)? (car|van|truck|suv)",
        "(car|motorbike|motorcycle|bike|road|traffic|motorway|head on|high speed|bus) (crash|accident|collision|smash|rta|rtc)",
        "(rear ended|shunted) ** (motorway|at speed|high speed|mph|dual carriageway|highway|freeway)",
        "(hit|knocked over|knocked down|run over|struck) by (a|an|the)? (car|van|bus|lorry|truck|motorbike|bike|taxi)",
        "knocked off ({PERSON})? (bike|bicycle|scooter|motorbike|moped) ** by (a|an|the)? (car|van|bus|lorry|truck|taxi)".replace(
            "{PERSON}", PERSON
        ),
        "(car|van|bus|lorry|truck|taxi) * (knocked|hit|ran) (me|him|her|us) (off|over|down)",
        "(fell|fall|fallen|falling|came off|thrown) (off|from|down) ** (roof|ladder|scaffold|scaffolding|balcony|height|horse|tree|wall|cliff|climbing wall|loft|stairs|bunk)",
        "(fell|fall|fallen) ** (metres|meters|feet|foot|storey|storeys|stories)",
        "(fell|fall|fallen) (down)? (#|two|three|four|five|a few|several) (floors|storeys|stories|flights)",
        "(ladder|scaffold|scaffolding) (slipped|gave way|collapsed|fell|tipped|went)",
        "(came|come|coming) down from ** (height|storey|metres|meters|feet)",
        "(rolled|flipped|overturned|written off) ** (car|van|twice|over|quad|quad bike|atv|tractor|jeep|buggy)",
        "(crash|crashed|accident) ** (motorway|car|bike|motorbike|high speed|written off|rolled)",
        "rtc|rta|pileup",
        "(prang|shunt|pile up) ** (motorway|car|road)",
        "(car|van) ** (write off|written off|totalled|totaled)",
        "(big|bad|serious|major|huge|nasty|horrible|terrible|massive) (crash|accident|collision|smash|car crash|car accident)",
        "(crash|accident|collision|smash) (on|at) (the|a)? (highway|motorway|freeway|autobahn|interstate|dual carriageway)",
        "(wiped out|crashed|smashed|slammed|ploughed|plowed) ** (into|against) (a|the)? (tree|wall|lamp post|lamppost|barrier|lorry|truck) ** (speed|fast|mph)",
        "(at|high) speed ** (into|against) (a|the)? (tree|wall|lamp post|lamppost|barrier|lorry|truck)",
    ],
    "NECK_OR_BACK": ["back|spine|spinal|lumbar|neck|whiplash|coccyx|tailbone"],
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
    ],
    "THROUGH_TO_BACK": [
        "(through|into|to|right through to|straight through to) (my|his|her|their|the|our)? (spine|backbone)",
        "between ({PERSON})? shoulder blades".replace("{PERSON}", PERSON),
        "(through|into|to|right through to|straight through to) ({PERSON})? back".replace(
            "{PERSON}", PERSON
        ),
        "chest",
    ],
    "PREGNANT": [
        "pregnant|pregnancy|trimester|expecting|gestation|preg|preggo|preggers|prego",
        "# (weeks|wks|week) (pregnant|along|gone)",
        "(i am|she is|at|now) # (weeks|wks)",
    ],
    # "Waters" breaking is only said of a pregnancy, so it needs no pregnancy word.
    "WATERS_BROKE": [
        "(my|her) waters (have|has|had|just|have just|has just)? (broke|broken|gone|went|leaking|leak|burst|breaking)",
    ],
    "PREGNANCY_DANGER": [
        "bleeding|bleed|bled|blood|spotting",
        "(waters|water) ** (broke|broken|gone|went|leaking|burst)",
        "(leaking|gush|gushing|trickle) ** (fluid|water)",
        "contraction|contractions",
        "(cramps|cramping|tightenings|tightening|pains) ** (every|regular|coming) ** (minutes|mins|min)",
        "(every|each) # (minutes|mins|min)",
        "(severe|bad|terrible|pounding|awful|blinding) headache",
        "(blurred|blurry|flashing|flashes|spots|sparkles) ** (vision|lights|eyes|sight)?",
        "(face|hands|fingers) ** (swollen|swelling|puffy|swelled|puffed)",
        "baby * (not moving|stopped moving|moving less|less movement)",
    ],
    "CANCER": [
        "cancer|cancers|tumour|tumor|tumours|tumors|chemo|chemotherapy|radiotherapy|myeloma|lymphoma|leukaemia|leukemia|metastatic|metastases|secondaries|oncologist|oncology|mastectomy|melanoma|carcinoma|sarcoma",
    ],
    "NIGHT_PAIN": [
        "(worse|worst|bad|terrible) ** (at night|night time|nights|in bed|when lying|lying down)",
        "(wakes|wake|waking|woke|woken|keeps) ** (me|him|her) ** (up)? ** (night|nights)",
        "(pain|ache|back) ** (at night|night time|wakes me|waking me|every night)",
        "can not (get comfortable|sleep) ** (pain|back)",
        "(at night|night time|in bed|lying down) ** (pain|ache|back) ** (worse|worst|gets worse|increases|bad)",
    ],
    "WEIGHT_LOSS": [
        "(lost|losing|lose|dropped|dropping) ** (weight|kilos|kg|pounds|lbs|stone|half a stone) ** (without trying|not trying|no reason|for no reason|without dieting|not dieting|unexplained|without meaning to)",
        "(unexplained|unintentional|unintended) weight loss",
        "(clothes|trousers|jeans) ** (falling off|hanging off|loose)",
        "weight (is|has been)? (dropping|falling) off",
        "(dropped|lost|gone down) (a|one|two|2|1)? (dress|jeans|trouser|clothes|clothing|belt) (size|sizes|notch|notches)",
    ],
    "BETWEEN_SHOULDER_BLADES": [
        "between ({PERSON})? shoulder blades".replace("{PERSON}", PERSON),
        "between the (scapulae|scapula)",
    ],
    "UPPER_BACK": [
        "(upper|mid|middle) back",
        "thoracic",
        "(between|behind) ({PERSON})? shoulder blades".replace("{PERSON}", PERSON),
        "middle of ({PERSON})? back".replace("{PERSON}", PERSON),
    ],
    "KEEP_NOTHING_DOWN": [
        "(brings|bringing|brought|throws|throwing|threw|sicks|sicking|sicked) (back|up) (every|all|each) (bit|drop|feed|bottle|drink|sip|mouthful)",
        "can not * keep * (fluids|fluid|water|liquids|drinks|anything|any fluids|a sip|food) * down",
        "(throwing|bringing|brought|threw) up (everything|every drink|all fluids|water|any water)",
        "(every|each) (sip|drink|mouthful|bit of water) ** (comes|came|coming|goes|went) (straight)? (back|up|out)",
    ],
    "NEW_ONSET": [
        "(new|newly|never had|not had before|first time|started|never before|out of nowhere|recently)",
    ],
    "IV_DRUG_USE": ["(inject|injecting|injected) (heroin|drugs|drug)", "(iv|intravenous) drug"],
    "RECENT_SURGERY": [
        "(hip|knee) (replaced|replacement|op|operation|surgery|prosthesis)",
        "(after|since) (my|the|her|his|an|a)? (operation|surgery|op)",
        "(just|recently) had (an|my|her|his|a)? (operation|surgery|op)",
        "(operation|surgery|op) (last|this|two|three|2|3|a) (week|weeks)",
    ],
    "JUST_IN_CASE": [
        "just in case",
        "for when (i am|i will be) (gone|dead|not here|not around|no longer here)",
    ],
    "WATER_LEAK": ["water (trickling|gushing|pouring|leaking|running|coming|dripping) (down|out)"],
    "BURDEN": ["(fine|better off|better|happier|okay|ok) without me"],
    "SPINE_INFECTION_RISK": [
        "(spinal|epidural|steroid|facet|nerve root) (injection|injections|jab|block)",
        "(back|spine|spinal|disc) (surgery|operation|op|fusion)",
        "epidural",
    ],
    "INFECTION_SIGNS": [
        "(hot|shivery|sweaty|sweating|clammy) and (shivery|shaky|cold|hot)",
        "(night|at night) (sweats|sweating)",
        "sweating ** (at night|nights|night)",
        "(feel|feeling|feels) (hot|shivery|feverish|rough|unwell|poorly)",
    ],
    "JOINT_HOT": [
        "(knee|ankle|hip|elbow|wrist|shoulder|joint|toe|finger|knuckle) ** (hot|red|swollen|warm|inflamed|blown up|blew up|puffy)",
        "(hot|red|swollen|warm|inflamed) ** (knee|ankle|hip|elbow|wrist|shoulder|joint)",
    ],
    "UNWELL": [
        "fever|feverish|temperature|temp|shivery|shivering|chills|rigors|unwell|poorly",
        "off (his|her|their) food",
        "burning up",
        "(feel|feels|feeling) hot",
        "(he|she|baby|toddler|they) (is|feels|felt|was) (very|really|so|boiling)? hot",
    ],
    "CHILD": [
        "son|daughter|child|kid|toddler|boy|girl|baby|grandson|granddaughter|nephew|niece",
        "little (one|boy|girl|man|lad)",
        "# (year|yr|years|yrs) old",
        "# yo",
        "(he|she) is #",
    ],
    "LIMP": [
        "limp|limping|limps|limped",
        "(will not|refusing|refuses|refused|not|does not want) (to)? (walk|stand|put weight|weight bear|bear weight)",
        "(crawling|crawl|crawls|bum shuffling|shuffling) instead of walking",
        "(cries|screams|crying|screaming|cried) ** (stand|stood|standing|walk|walking|put weight|on his feet|on her feet)",
        "(not|no|will not|refusing to) (putting|put|take|bear|taking) ** weight",
        "hobbling|hobbles|hobbled|hobble",
    ],
    # A plan and a goodbye together: "I have a plan for tonight, thank you for trying".
    # "I won't be around much longer. I've decided": a decision with a farewell; not a
    # decision about something ("decided to book", "made my mind up about the surgery").
    "MIND_MADE_UP": ["(i have|i|have) (decided|made up my mind|made my mind up|made my decision)"],
    "DECIDED_ON": [
        "(decided|made up my mind|made my mind up|made my decision) (to|on|about|that|which|what|if|whether|against)"
    ],
    "PLAN_TONIGHT": [
        "(just)? (need|needs|going) to (pick|choose|set) (a|the) (day|date)",
        "(have|got|made|have got) a plan (for tonight|tonight|for later|for today)",
        "(at peace|made my peace|made peace|calm|okay|ok) (now)? with what (i am|i) (going to|about to|gon na) do",
        "(made|making|sorted|sorting) (all)? ({PERSON})? arrangements".replace("{PERSON}", PERSON),
        "(arrangements|affairs) (are|have been)? (made|in order|sorted)",
        # "I know where I'd do it" (blind v27).
        "(know|decided|worked out|figured out|planned|chosen|picked) (where|how|when) (i would|i will|i am going to|i am gon na|i d|to) do it",
    ],
    # "I just want it all to stop": with a plan, self-harm; alone, the self-harm question.
    "WANT_IT_OVER": [
        "(want|wanted|need|wish) (it all|everything|all of this|all this|this all) to (stop|end|be over)",
    ],
    "FAREWELL": [
        "(worked out|figured out|planned|decided) (exactly)? how (i would|i will|i am going to|to) do it",
        "(will not|not going to|wo not) be (around|here) (for)? (much|very)? (longer|long)",
        "(even|already) (worked out|figured out|planned) how",
        "(thank|thanks|thank you) ** for (trying|everything|all you have done|all your help|putting up with me)",
        "(goodbye|say goodbye|saying goodbye|wanted you to know|want you to know)",
        "(written|wrote|writing|write|left) (letters|a letter|notes|a note|goodbye) (to|for) (each of|all of|all)? (my|his|her|our)? (kids|children|family|wife|husband|mum|mom|parents|partner|son|daughter|sons|daughters|everyone)",
        "(sorted|sorting|put|putting|got|getting) (out)? ({PERSON})? (will|affairs) (out|in order|sorted)?".replace(
            "{PERSON}", PERSON
        ),
        "(do not|not|no longer) (intend|plan|planning|expect|expecting) to be (here|around) (for)? (much|very)? (longer|long)",
        "(no|not any) (plans|plan|intention|intentions) (to be|of being) (here|around) (for)? (much|very)? (longer|long)",
    ],
    "STOCKPILE": [
        "(putting|put|set|setting|saving|saved|hiding|hid|hoarding|squirrelling|stashing|stashed) (aside|away|by)? (my|the|some|all|all my|all the)? (sleeping tablets|sleeping pills|pills|tablets|meds|painkillers|medicine) ** (just in case|so i know|so that i know|for a while|for when|for later)",
        "(got|have|has|had) (the|my|all the|all my)? (tablets|pills|meds|medicine) (ready|lined up|counted|counted out|laid out)",
        "(stockpil~|hoard~|stash|stashed|saving up|saved up|collecting|squirrel~|building up) ** (pills|tablets|meds|soma|baclofen|diazepam|medication|painkillers|tramadol|codeine|sleeping|amitriptyline|antidepressants|pregabalin|gabapentin|paracetamol|oxycodone|morphine|opioids|insulin)",
        "(pills|tablets|meds|soma|baclofen|diazepam) ** (stockpil~|saved up|saving up|in a drawer|in case)",
        "(going to|gon na|will|want to) (take|swallow|down) (them|it|the lot|the whole lot) all?",
        "(take|taking|swallow) (them|the lot) all",
        "enough to (not wake up|never wake up|end it|die|kill)",
        "how many (pills|tablets|meds|painkillers|baclofen|soma|diazepam|tramadol|codeine|sleeping pills) ** (would it take|it would take|does it take|it takes|would kill|to kill|to die|to overdose|to od|to not wake)",
        "(looking up|looked up|look up|searching|searched|googling|googled|reading up|research~) ** how many (pills|tablets|meds|painkillers) ** (take|kill|die)",
        "(saving|keeping|hiding|hoarding) (up)? (my|all my|the|some|all the)? (pills|tablets|meds|painkillers|soma|baclofen|diazepam|tramadol|codeine|sleeping pills)",
        "(got|have|have got|built) (a|up a) (good|big|decent|nice|little)? (stash|stockpile|supply)",
    ],
    "SLEEP_FOREVER": [
        "sleep (forever|and never wake|and not wake|and not wake up|and never wake up)",
        "(go to sleep|fall asleep) and (never|not) wake up",
        "not wake up",
        "(never|not) wake up again",
        "(better off|easier for everyone) ** (without me|if i was gone|if i were gone|if i was not here|if i were not here|if i was not around|if i were not around|if i was dead)",
        "(just|only) a burden",
        "(disappear|vanish|gone) (forever|for good)",
        "(stop|end) ** (for good|forever|permanently)",
        "(drive|driving|crash|step) ** (into a wall|into traffic|off a bridge|in front of)",
        "no (reason|point) (to|in) (live|living|go on|going on)",
        "(life|living) (is not|not) worth",
        "(drive|driving|drove|crash|crashing|steer|steering) ** (off|into) (a|the) (bridge|cliff|wall|river|tree|lorry|truck)",
    ],
    "CANT_GO_ON": [
        "what is the point (anymore|any more|of anything|of going on)",
        "can not (go on|carry on|cope|do this|take this|take it) ** (anymore|any more|much longer|like this)?",
        "had enough",
        "give up on (life|everything)",
    ],
    # Out of breath on exertion that settles by itself: "breathless up the stairs but I
    # recover in a minute" is fitness, not an emergency (blind v8).
    "EXERTION_BREATH_RECOVERS": [
        "(breathless|out of breath|puffed|puffed out|winded|short of breath) ** (run|running|ran|climb|climbing|stairs|hill|hills|sprint|sprinting|workout|exercise|exercising|training|jog|jogging|cycling) ** (recover|recovers|settle|settles|settled|back to normal|catch my breath|goes away|passes)",
    ],
    "LONG_TRAVEL": [
        "flight|flights|flew|flying|plane|airport",
        "(long haul|jet lag)",
        "(long|12|10|14|8|hour|hours|overnight) ** (drive|journey|trip|bus|coach|train)",
        "(just|recently) (got back|back|returned) from",
        "(surgery|operation|op|bed rest|hospital|plaster|cast) ** (ago|last week|recently|weeks)",
        "(pill|contraceptive|hrt)",
        "(bus|coach|train|drive|journey|flight) ** (12|14|16|18|20|24|30|36|long|many) (hours|hour|hrs)",
    ],
    # "nobody prescribed them together": the opposite of as prescribed.
    "NOT_PRESCRIBED": [
        f"(my|his|her|their) (mum|mums|mom|moms|mother|mothers|dad|dads|father|fathers|nan|nans|gran|grans|grandma|grandmas|friend|friends|mate|mates|brother|brothers|sister|sisters|flatmate|flatmates|roommate|roommates) (muscle)? ({RELAXANT})",
        "(doctor|gp|prescriber|pharmacist) (does not|did not|do not) (know|knows)",
        f"(my|his|her|their) (mum|mom|mother|dad|father|nan|gran|grandma|friend|mate|brother|sister|flatmate|roommate|wife|husband|partner) 's (muscle)? ({RELAXANT})",
        "(nobody|no one|noone|no doctor|not) (prescribed|okayed|approved|agreed)",
        "(not|never) (been)? prescribed (to|for)? (me|him|her|them|together|both)",
    ],
    "AS_PRESCRIBED": [
        "as (prescribed|directed|instructed|advised|agreed)",
        "(doctor|gp|prescriber|consultant|pharmacist|specialist|clinic) ** (prescribed|said|says|told|agreed|okayed|approved|put me on|gave me)",
        "prescribed (both|them|together|me)",
        "(both|each|all) (are|were)? prescribed (by)?",
        "(gp|doctor|consultant|prescriber) (has|had|put) (me|him|her) on",
        "(exactly|just)? as (it|the box|the label|the leaflet|the packet) (says|said|tells)",
    ],
    "ONE_SIDE_LIMBS": [
        "(right|left) (leg|arm|hand|foot) ** (would not|will not|did not|does not|could not) (do what|obey|listen|respond|cooperate)",
        "left (hand|arm) ** left (leg|foot) ** (drag|drags|dragging|weak|numb|clumsy|heavy|useless|floppy)",
        "right (hand|arm) ** right (leg|foot) ** (drag|drags|dragging|weak|numb|clumsy|heavy|useless|floppy)",
        "(right|left) (hand|arm) and (my|the|his|her)? (right|left)? (leg|foot) ** (weak|numb|clumsy|heavy|dead|no power|useless|floppy)",
        "(arm|hand) and (leg|foot) on (the)? (same|one|left|right) side",
        "(right|left) (leg|arm|hand|foot) * (stopped working|would not work|went limp|went floppy|would not move|could not move)",
        # Sudden weakness of one arm, also when it came back (a TIA): "went dead" is left
        # out, it is how people describe an arm they slept on.
        "(right|left) (arm|hand) * (went|gone|going|goes) (useless|weak|limp|floppy|heavy)",
        f"(lost|losing|lose) (the|all|all the)? (strength|power|grip|use) (in|of) ({PERSON})? (left|right) (hand|arm|leg|side)",
        f"(can not|could not) (lift|raise|move|use) ({PERSON})? (right|left) (arm|hand|leg) (properly|at all|up)?",
    ],
    "JAW_STIFF": [
        "jaw ** (clenching|clenched|clamping|clamped) (on its own|by itself|shut|tight)",
        "jaw ** (stiff|tight|tense|aching|sore|locked|locking|clamped|stuck)",
        "jaw * (spasm|spasms|spasming|spasmed|cramp|cramping|cramped|seized) ** can not open",
        "(barely|hardly|can not|struggling to) ** (open|get) ** (mouth|jaw|spoon)",
    ],
    "WOUND_EVENT": [
        "cut|cuts|wound|wounds|gash|gashed|puncture|punctured|nail|nails|rusty|bitten~|scratch|scratched|splinter|thorn|graze|grazed|laceration|stab|stabbed|skewered|impaled|spike|barbed",
        "stepped on",
        "(dog|cat|animal|fox|rat|horse|snake) (bite|bit)",
        "bit (me|him|her|my|his)",
    ],
    "CHEWING": [
        "(chew|chewing) (gum)",
        "(grind|grinding) ({PERSON})? teeth".replace("{PERSON}", PERSON),
        "clicks|clicking",
    ],
    "SCIATICA_BOTH": ["(sciatica|shooting pain|pain) ** (both|down both) (legs|sides)"],
    "CALF": ["calf|calves|leg|legs"],
    "WITH_WATER": [
        "(drink|glass|sip|cup|mug|bottle) of (water|milk|juice|tea|coffee)",
        "with (water|milk|food|a meal|breakfast|dinner|juice)",
    ],
}

# Figures of speech: concept words inside them are not symptoms.
IDIOMS: list[str] = [
    # Confused by a choice ("put ice on it, my housemate says heat, now im confused").
    "(now|so) i am (so|really|a bit|totally)? confused",
    # Confused by advice or a choice, not confusion (clinical confusion: "confused about
    # where he is" still counts).
    "(confused|confusing) (by|about|with|over) (the|all|this|these|so|which|conflicting|your|my|all the|different)",
    # Confused by what people say or what something is (FAQ blind v16): "everybody says
    # something different and I'm confused", "confused about what it even is".
    "(something|things|everything|everyone|everybody) (different|else|the opposite) ** confused",
    "confused about what (it|this|that|they|these) (even)? (is|are|means|mean|was)",
    # Fitting a bike or shoes is not a fit (blind v23: "do you do bike fitting?").
    "(bike|bicycle|shoe|shoes|saddle|cleat|cleats|insole|insoles|orthotic|orthotics|brace|splint|kitchen|carpet|dress|suit|glasses|hearing aid) (fitting|fittings)",
    # Getting rid of a spasm for good is prevention: "how do I stop it for good?"
    "(how|what|anything|way to|ways to) ** (stop|end|get rid of|prevent|fix|beat|sort|cure) (it|this|them|these|the spasm|the spasms|the cramp|the cramps|the pain|my spasms|my cramps|my pain) (for good|forever|permanently)",
    "spread (the|my|your|their)? (load|weight|cost|payments|work)",
    "(nearly|almost|practically) (had|have|having|gave me|give me) a (heart attack|fit|stroke|seizure|breakdown)",
    "(giving|gave|give|gives) me a heart attack",
    "(price|prices|cost|costs|bill|bills|deadline|deadlines|work|boss|job|rent|kids|traffic) ** (choking|killing|strangling|suffocating|giving)",
    "(dying|dying) (for|to)",
    "(killing|killed|kill) me (now|off)?",
    "(literally)? (suffocating|dying) (with|of|from) (embarrassment|boredom|laughter|heat)",
    "stroke of (genius|luck)",
    # What something can do for cramps in general, not the patient's cramps.
    "(can|could|may|might) (help|ease|relieve|prevent|stop) (with|for)? (cramps|spasms|cramping|muscle cramps|muscle spasms)",
    # A thing's "heart attack" or "fit", and what only nearly happened.
    "(wallet|bank account|bank balance|bank|laptop|computer|pc|phone|printer|wifi|router|car|engine|tv|budget|card|credit card|boiler|website|server|app|inbox) (had|has|having|is having|threw|nearly had|almost had) a (heart attack|fit|seizure|stroke|meltdown)",
    "(could|would|might) have (fainted|passed out|died|collapsed|had a heart attack|had a stroke)",
    "blacked out (the|my|a)? (memory|memories|whole thing|rest of)",
    # Words that only look like a symptom (blind v8).
    "blood (pressure|test|tests|sugar|sugars|count|work|donation|group|type)",
    "can not face (the|an|my)? (empty|emptiness)",
    "(will|gon na|going to|you will|you will have) (have|give yourself) a heart attack",
    "(joke|jokes|joked|joking) ** heart attack",
    "(fall|fell|falling|fallen) asleep",
    "(legs|arms|body) (are|is|feel|feels) (dead|like jelly) after",
    "(this|the) heat is (unbearable|killing)",
    "(laughing|laughed|laugh) (so hard|till|until)",
    "(nearly|almost) (passed out|fainted|died|collapsed|had a stroke|keeled over|dropped dead|hit the floor|fell over) (when|at|after|seeing|looking)",
    "(nearly|almost)? (passed out|fainted|died|collapsed) (from|of|with) (boredom|laughter|laughing|embarrassment|excitement|shock|hunger)",
    "blacked out (the|my|a) (whole|entire)? (weekend|calendar|diary|day|days|week|afternoon|morning|time)",
    "(face|heart|jaw|stomach) (dropped|drop|fell|sank) (when|at|after)",
    "(throw|throws|threw|throwing|pitch|pitched|pitching) a (fit|wobbly|tantrum)",
    "(cut|nicked|cutting) myself (shaving|cooking|chopping|gardening|on|with|while|in the kitchen)",
    # Figures of speech and a cold (blind v9).
    "(can not|could not)? (breathe|breath|breathing) (through|thru|out of) ({PERSON})? nose".replace(
        "{PERSON}", PERSON
    ),
    "(blocked|stuffy|stuffed|runny) (up)? nose",
    "rather (die|be dead) than",
    "pain in the (neck|backside|bum|butt|arse|ass)",
    "(deal|dealing|deals|see|seeing) with ** (collapses|chest pains|strokes|seizures|heart attacks|overdoses|fainting) ** (all day|every day|at work|for a living)",
    "suicide (sprints|sprint|runs|run|drills|shuttles|squeeze|doors|mission)",
    "breathless with (excitement|anticipation|laughter|laughing)",
    "(could not|can not) (breathe|breath) (haha|lol|lmao|hahaha)",
    "(so|was) (scary|funny|hilarious|terrifying) ** (could not|can not) (breathe|breath)",
    "(breathtaking|breath taking)",
    # Astonishment, the weather and coming home (blind v16, FAQ v9).
    "(jaw|jaws|mouth) (hit|hits|dropped to|dropped on|on) the (floor|ground|deck)",
    "where it (is|was|were|has been) (about|around|over|nearly|almost)? (38|39|40|41|42|43|44|45) (degrees|c)",
    "(weather|outside|shade|sun|heatwave|heat wave|summer|afternoon|temperatures|forecast) ** (38|39|40|41|42|43|44|45) (degrees|c)",
    "(38|39|40|41|42|43|44|45) (degrees|c) (outside|in the shade|in the sun|heat|weather|out there|today in|in the city)",
    # "it's like 38 degrees": the day is that hot; a fever is "I have 38" or "a temperature of".
    "(it is|it was|it gets|it got|it goes|it hits|it reaches|easily|like) (like|about|around|over|nearly|almost|easily|up to|more than|above|well over)? (38|39|40|41|42|43|44|45) (degrees|c)",
    # Posture while sitting, not being unable to stand: "I sit hunched over her all day".
    "(sit|sits|sitting|sat|work|works|working|spend|spent|type|typing|read|reading|study|studying|feed|feeding) (all day|all the time|for hours)? (hunched|bent|curled) (over|forward)",
    # Stiffness or pain along the neck itself, not chest pain spreading to it (FAQ blind v17).
    "(pain|ache|pressure|tightness|stiffness|squeezing) (going|running|goes|runs|that goes|that runs)? (down|along|up) the (side|sides|back) of (my|his|her|the)? neck",
    "(temperature|temperatures|temp) (is|was|gets|goes|reaches|hits)? (over|above|around|about|nearly|up to)? (38|39|40|41|42|43|44|45) (most|every|all|during|in|on) (days|day|summer|afternoon|afternoons|weekdays)?",
    # The month or the place is hot, not the person: "in July it is over 40 degrees".
    "(january|february|march|april|may|june|july|august|september|october|november|december|site|kitchen|factory|warehouse|greenhouse|field|fields|city|town|village) ** (38|39|40|41|42|43|44|45) (degrees|c)",
    "(am|are|is|was|were|be|get|got|getting|come|came|coming|go|went|going|fly|flew|flying|now|just|arrived|moved) back (in|at|home|from|to) (manchester|london|istanbul|ankara|izmir|the uk|england|germany|turkey|town|the city|the office|work|my country|the states)",
    "(tight|sore|stiff|heavy) chest (muscles|muscle|pecs|pec)",
    "can not feel (my|his|her|our|the)? legs (after|from) (that|the|a|my|this|his|her)? (spin|class|gym|workout|run|session|leg day|hike|ride|training|squats|match|game)",
    "(nearly|almost) (made|make|makes) me (pass out|faint|collapse|die)",
    # An accident told as what the person was doing (faq blind v2): "I hurt myself moving
    # house". Not "I hurt myself again" or "he'll hurt himself": those stay self-harm.
    "(hurt|hurting|injured|injuring) (myself|himself|herself|themselves) (moving|lifting|playing|training|running|gardening|exercising|working out|carrying|bending|skiing|cycling|climbing|dancing|at the gym|at work|in the gym|doing sport|doing sports|doing exercise|doing yoga|doing weights|falling|when i fell|when he fell|when she fell|on the stairs|on the ice)",
    "(went|gone|goes|go|going) numb ** (sitting|sat|from sitting|stood up|bleachers|bike|bikes|cycling|cycle|ride|rides|riding|saddle|spin|spinning|bicycle)",
    "(passed|pass|passing|handed|hand|handing|gave|giving) out (the|some|all|free|our|my)? (leaflets|leaflet|flyers|flyer|fliers|papers|sheets|drinks|sweets|snacks|cake|food|water|medals|programmes|programs|cards|tickets|invites|invitations|forms|samples|certificates|prizes|bottles|oranges|homework)",
    "(room|weather|day|class|studio|gym|house|office|outside|sauna|car|flat|kitchen|bus|train|pitch|classroom|it|its) (is|was|gets|got|feels|felt)? (very|really|extremely|boiling|scorching|super|so)? hot",
    "(my|his|her|the)? (bum|backside|bottom|butt|crotch|groin|privates|bits) (goes|go|went|gone|going|is|gets|get|got) numb ** (bike|bikes|cycling|cycle|ride|rides|riding|saddle|spin|spinning|bicycle|sitting|sat)",
    "(lips|lip|fingers|hands|toes|fingertips) ** (blue|purple|white) ** (ice bath|cold water|cold swim|swim|swimming|sea|lake|plunge|freezing|snow|ice)",
    "(ice bath|cold water|cold swim|swim|swimming|sea|lake|plunge|freezing|snow) ** (lips|lip|fingers|fingertips) ** (blue|purple|white)",
    "(lips|lip|tongue|mouth|teeth) ** (blue|purple|green) ** (slushie|slush|lolly|lollipop|sweets|sweet|candy|dye|lipstick|juice|berries|blueberries|ice cream|popsicle|ink|drink|sherbet)",
    "(slushie|slush|lolly|lollipop|sweets|candy|dye|lipstick|juice|blueberries|ice cream|popsicle|ink|sherbet) ** (lips|lip|tongue|mouth) ** (blue|purple|green)",
    # Laughter, an animal's illness, a reaction to a bill, and years without (blind v19).
    "(nearly|almost)? (died|dying|die|dead|killing myself|killed myself|kill myself|passed out|fainted|collapsed|wet myself|can not breathe|could not breathe|can not breath|could not breath|struggling to breathe|breathless|choking) (for|from|with|of)? (laughing|laughter|giggling|giggles)",
    "fainting (goat|goats)",
    # Things that collapse or black out: bread, a tent, a laptop (blind v25).
    "(sourdough|cake|bread|loaf|souffle|dough|tunnel|wall|building|bridge|tower|pile|stack|motivation|team|project|company|tent|gazebo|marquee|awning|stall|scaffolding|roof|ceiling|shelf|shelves|chair|deckchair|sandcastle|market|markets|economy|deal|plans|talks|business|laptop|phone|screen|tv|telly|computer|monitor|tablet|power|lights|wifi|internet|mood) (just)? (collapsed|collapses|collapsing|blacked out|blacks out|went black|went dark|fainted|passed out|died)",
    # A machine that sleeps: "my laptop won't wake up from sleep mode" (FAQ blind v19).
    "(laptop|phone|computer|pc|mac|macbook|screen|tablet|ipad|tv|telly|monitor|console|xbox|playstation|kindle|printer) ** (will not|does not|did not|would not|can not|could not|never) wake (up)?",
    # A machine that "had a seizure" or "a stroke" (blind v26).
    "(laptop|phone|screen|tv|telly|computer|monitor|tablet|printer|router|wifi|internet|car|engine|app|server|website|washing machine|dishwasher|boiler) (basically|just|literally|totally)? (had|has|having|is having|was having|went into) (a|another)? (seizure|fit|stroke|heart attack|meltdown)",
    # Installing something, not a seizure: "fitting pipes", "fitting a kitchen" (blind v26).
    "(fitting|fit|fitted) (the|a|an|new|some|my)? (pipes|pipe|pipework|tiles|tile|kitchens|kitchen|carpets|carpet|boilers|boiler|windows|window|doors|door|radiators|radiator|cables|sockets|tyres|tyre|tires|bathrooms|bathroom|showers|shower|units|cupboards|floors|flooring|blinds|curtains|locks|lights|worktops)",
    # Trouble that gives someone a headache: "these tax returns are giving me the worst
    # headache of my life" (blind v26).
    "(returns|return|taxes|tax|paperwork|forms|admin|emails|accounts|spreadsheet|spreadsheets|kids|children|boss|job|work|project|customers|clients|wedding|neighbours|neighbors|builders|bureaucracy|visa|exam|exams|homework|bills) (is|are|was|were)? (giving|gave|give|gives) ** headache of (my|his|her|our) life",
    "(returns|return|taxes|tax|paperwork|forms|admin|emails|accounts|spreadsheet|spreadsheets|kids|children|boss|job|work|project|customers|clients|wedding|neighbours|neighbors|builders|bureaucracy|visa|exam|exams|homework|bills) (is|are|was|were)? (giving|gave|give|gives) ** (headache|headaches)",
    # Puzzled about something, not confused in the head: "confused about heat vs ice".
    "(confused|confusing|confuses|confusion) (about|by|as to|over|with|whether|which|what|between|on|re|if|how|why)",
    "(pretend|pretends|pretended|pretending|fake|fakes|faked|faking|acting|acts|mock) (to)? (faint|fainting|fainted|collapse|collapsing|pass out|passing out|die|dying|have a seizure|a seizure|a heart attack|a stroke)",
    "stroke of (genius|luck|brilliance|inspiration|the pen|midnight|good fortune)",
    # A bout of something, not a seizure: "a fit of the giggles", "a coughing fit" (blind v24).
    "(a|the)? fit of (the)? (giggles|laughter|laughing|rage|anger|pique|jealousy|coughing|sneezing|hiccups|temper)",
    "(coughing|sneezing|laughing|giggling|hissy) fit",
    "(choked|choking|chokes) on (my|the|a|his|her)? (coffee|tea|drink|water|food|crisps|toast|sandwich|wine|beer|juice|popcorn|dinner|lunch|breakfast)",
    "(foot|feet|leg|legs|arm|arms|hand|hands|bum) (fell|falls|fall|falling|went|goes|gone) asleep",
    "(jaw|jaws|face|cheeks|cheek|mouth) ** (locked|stiff|aching|achy|sore|tired|hurts|hurting|aches) (up)? from (smiling|grinning|laughing|chewing|talking|singing|yawning|shouting|cheering)",
    # A known allergy, not a reaction now: "I'm allergic to penicillin".
    "(i am|he is|she is|they are|we are|am|is|are) (allergic|intolerant) to",
    # A known allergy told to ask about the clinic: "allergic to latex, do your physios ...".
    "(allergic|intolerant) to * (do|does|can|could|will|would|is|are|should) (you|your|the|they|i|it|there)",
    # Feeling that came back when the cause went: "toes went numb in my ski boots but came
    # back as soon as I took them off" (recovered, not recurring).
    "(came|come|comes|coming) back (as soon as|once|when|after|the moment) (i|he|she|we|they)? (took|take|takes|taken|moved|move|loosened|loosen|stood|stand|shook|shake|got|get|warmed|warm|changed|change|undid|stretched)",
    # A name, not an event: the "Heart Attack" ride, a heart attack burger.
    "heart attack * (ride|rollercoaster|roller coaster|burger|burgers|grill|challenge|sandwich|on a plate)",
    # Something that has not happened: "get it looked at before it gets worse".
    "(before|in case|so) (it|they|this|things|that) (gets|get|becomes|become|goes|go|turns|turn|does not get|do not get) (any)? (worse|bad|serious|worse than)",
    "(mouth|lips|lip|tongue) ** (on fire|tingling|tingly|burning|numb) ** (spicy|chilli|chili|chillies|pepper|peppers|hot sauce|curry|kebab|wasabi|jalapeno|jalapenos)",
    "(spicy|chilli|chili|pepper|hot sauce|curry|kebab|wasabi|jalapeno) ** (mouth|lips|lip|tongue) ** (on fire|tingling|tingly|burning|numb)",
    "(dog|dogs|cat|cats|puppy|kitten|horse|pony|rabbit|hamster|guinea pig|pet|parrot|budgie|goat|goats|cow|sheep|tortoise) (had|has|having|is having|was having|keeps having|kept having|has had)? (a|another|two|three|some|his|her|its)? (seizure|seizures|fit|fits|stroke|heart attack|collapse|convulsions|funny turn)",
    "(dog|dogs|cat|cats|puppy|kitten|horse|pony|rabbit|hamster|pet|parrot|budgie|goat|cow|sheep) (collapsed|fainted|passed out|fitting|seizing|convulsing|went limp)",
    "(went|gone|turned|turns|go|goes|going) (grey|gray|white|pale|green|as white as a sheet) (when|after|at|as) (he|she|i|they|we|you|the) (saw|heard|read|opened|got|found|looked|checked|bill|price|cost|news|quote|invoice|total)",
    "(seizure|seizures|fit|fits|epilepsy|migraine|attack|attacks) free",
    # A word talked about, not a symptom: "'collapsed' referred to my tent", "in my job
    # 'collapse' means a tunnel roof" (blind v27).
    "(collapse|collapsed|collapsing|fainted|passed out|blacked out|seizure|fit|stroke|heart attack|unconscious) * (referred|refers|refer|means|meant|mean) (to)?",
    # Role play, a lie-in, a drink, a marker pen and a team sheet (blind v27).
    "(played|play|playing|plays|acted|acting|pretend|pretended|was|being) (the|a|an) (unconscious|injured|dead|collapsed|fainting|drowning) (casualty|victim|patient|person|body|role|man|woman)",
    "not wake up (till|until|before|til|till lunch)",
    # A school and a shower, not secondary cancer or fever chills (FAQ blind v20).
    "secondary (school|schools|education|teacher|teachers|student|students|level|road|roads|market|source|sources|care)",
    "hot and cold (showers|shower|water|baths|bath|packs|pack|compress|compresses|therapy|treatment|taps|tap|contrast)",
    "(sleep|sleeping) ** not wake up (till|until|before|til)",
    "(it is|it was|that is|this is|so|very|really|quite|bit|a bit|all|pretty|rather|too) confusin~",
    "(saw|seeing|see|sees) double (after|from) ** (alcohol|booze|drinking|beer|beers|wine|drink|drinks|shots|shot|vodka|whisky|whiskey|cocktails|pints|pint|glasses|rakis|ouzo|gin)",
    "blacked out ** (document|documents|text|page|pages|name|names|line|lines|word|words|details|number|numbers|section|sections|paragraph|paragraphs|address|photo|photos|faces|window|windows|passages|passage)",
    "better off without me (on|in|at|for) (the|this|that|our|my)? (pitch|team|field|court|squad|lineup|office|meeting|project|match|game|trip|side|week|weekend|tournament)",
    "(passed out|blacked out|collapsed|conked out|crashed out) ** as in (fell asleep|i fell asleep|slept|went to sleep|sleeping|asleep)",
    "(stops|stop|stopped|cures|cure|cured|ends|end|prevents|prevent|banish|banishes) (all|your|my|the|any)? (cramps|spasms|pain|muscle cramps|aches|cramp) (forever|for good|permanently|for ever)",
    "(cycled|cycling|cycle|rode|ride|riding|bike ride|spin class|spinning|saddle|sportive|century ride) ** numb (bum|backside|bottom|butt|bits|crotch|groin|privates|undercarriage)",
    "(cycled|cycling|cycle|rode|ride|riding|bike ride|spin class|spinning|saddle|sportive|century ride) ** (bum|backside|bottom|butt|bits|crotch|groin|privates|undercarriage) (was|went|goes|gone|got|is|felt|feels) numb",
]

# Reason code -> (tier, alternatives). Each alternative lists concepts that must all be
# present; a concept written "!NAME" must be absent.
RULES: dict[str, tuple[str, list[list[str]]]] = {
    "chest_pain": (EMERGENCY, [["CHEST_PAIN_SEVERE"], ["CHEST_PAIN", "!CHEST_EXERCISE"]]),
    "breathing_difficulty": (EMERGENCY, [["BREATHING", "!EXERTION_BREATH_RECOVERS"]]),
    "cauda_equina": (
        EMERGENCY,
        [
            ["SADDLE_NUMB"],
            ["BLADDER_LOSS"],
            ["BOWEL_LOSS"],
            ["BOTH_LEGS_WEAK", "BACK"],
            ["LEGS_NO_FEELING"],
        ],
    ),
    "stroke": (
        EMERGENCY,
        [
            ["ONE_SIDED"],
            ["SPEECH"],
            ["SUDDEN", "LIMB_WEAK"],
            ["SUDDEN", "CONFUSION"],
            ["ONE_SIDE_LIMBS"],
        ],
    ),
    "sudden_vision_loss": (
        EMERGENCY,
        [["VISION_LOSS"], ["SUDDEN", "BLURRED_VISION"], ["NEW_ONSET", "BLURRED_VISION"]],
    ),
    "thunderclap_headache": (
        EMERGENCY,
        [["THUNDERCLAP"], ["SUDDEN", "HEADACHE", "SEVERE_PAIN"], ["SUDDEN", "SEVERE_HEADACHE"]],
    ),
    "seizure": (
        EMERGENCY,
        [
            ["SEIZURE"],
            ["STIFF_JERKS", "!SPASTIC_CONDITION"],
            ["FIT", "!FIT_OF"],
            ["SEIZING_NOW", "!SEIZE_UP", "!BODY_PART_SEIZING"],
        ],
    ),
    "fainting": (EMERGENCY, [["FAINT", "!COLLAPSE_ONTO"]]),
    "spinal_injury": (EMERGENCY, [["TRAUMA", "NEURO"]]),
    "major_trauma": (EMERGENCY, [["SERIOUS_ACCIDENT", "NECK_OR_BACK"]]),
    "head_injury_anticoagulant": (EMERGENCY, [["ANTICOAGULANT", "HEAD_KNOCK"]]),
    "meningitis": (
        EMERGENCY,
        [
            ["FEVER", "STIFF_NECK", "!HAY_FEVER"],
            ["FEVER", "PHOTOPHOBIA", "!HAY_FEVER"],
            ["NONFADING_RASH"],
        ],
    ),
    "tetanus": (
        EMERGENCY,
        [["LOCKJAW"], ["WOUND", "GENERAL_SPASMS"], ["WOUND_EVENT", "JAW_STIFF", "!CHEWING"]],
    ),
    "severe_hypocalcemia": (
        EMERGENCY,
        [
            ["PERIORAL_TINGLING", "THROAT_TIGHT"],
            ["PERIORAL_TINGLING", "BREATHING"],
            ["PERIORAL_TINGLING", "SEIZURE"],
            ["PERIORAL_TINGLING", "FIT", "!FIT_OF"],
        ],
    ),
    "rhabdomyolysis": (
        EMERGENCY,
        [
            ["DARK_URINE", "SEVERE_MUSCLE_PAIN", "!DARK_YELLOW"],
            ["DARK_URINE", "EXERTION", "!DARK_YELLOW"],
            ["LITTLE_URINE", "SEVERE_MUSCLE_PAIN"],
            ["DARK_URINE", "MUSCLE_ACHE", "!DARK_YELLOW"],
            ["DARK_URINE", "STATIN", "!DARK_YELLOW"],
            # Heat is a trigger too (MedlinePlus): a day's work in 38 degrees (blind v24).
            ["DARK_URINE", "MUSCLE_SYMPTOM", "HEAT", "!DARK_YELLOW"],
            ["DARK_URINE", "NEW_MEDICINE", "MUSCLE_SYMPTOM", "!DARK_YELLOW"],
            ["DARK_URINE", "LEG_WEAK", "!DARK_YELLOW"],
            ["LITTLE_URINE", "EXERTION", "MUSCLE_ACHE"],
        ],
    ),
    "heat_stroke": (
        EMERGENCY,
        [
            ["CRAMP", "CONFUSION"],
            ["CRAMP", "FAINT", "HEAT"],
            ["CRAMP", "VERY_HOT"],
            ["HEAT", "CONFUSION"],
        ],
    ),
    "medication_overdose": (
        EMERGENCY,
        [
            ["OVERDOSE", "MEDICINE", "!ADVISED_TO_TAKE"],
            ["SEDATIVE_WITH", "TOOK", "!AS_PRESCRIBED", "!WITH_WATER"],
            ["SEDATIVE_WITH", "TOOK", "NOT_PRESCRIBED"],
            ["NOT_PRESCRIBED", "TOOK", "VERY_DROWSY"],
            ["NOT_PRESCRIBED", "TOOK", "DROWSY_DANGER"],
            ["RELAXANT", "DRANK", "!AS_PRESCRIBED", "!WITH_WATER"],
            # Alcohol with the relaxant and now very drowsy, with dinner or not (blind v24).
            ["RELAXANT", "DRANK", "VERY_DROWSY", "!AS_PRESCRIBED"],
            ["COUNT_OF_THEM", "DRANK", "!OTHER_COUNT"],
            ["RELAXANT", "DROWSY_DANGER"],
            ["STOCKPILE"],
            ["OVERDOSE_COUNT", "!OTHER_COUNT"],
            ["COUNT_OF_THEM", "DROWSY_DANGER", "!OTHER_COUNT"],
            ["COUNT_OF_THEM", "VERY_DROWSY", "!OTHER_COUNT"],
            ["RELAXANT_SEVERAL", "VERY_DROWSY", "!AS_PRESCRIBED"],
            # A sedative on top of the relaxant and now very drowsy (FDA: opioids and
            # benzodiazepines with other CNS depressants; blind v26, in Turkish).
            ["SEDATIVE_MEDICINE", "RELAXANT", "VERY_DROWSY", "!AS_PRESCRIBED"],
        ],
    ),
    "anaphylaxis": (EMERGENCY, [["SWELLING_FACE"]]),
    "self_harm": (
        EMERGENCY,
        [
            ["SELF_HARM"],
            ["SLEEP_FOREVER"],
            ["STOCKPILE"],
            ["PLAN_TONIGHT", "FAREWELL"],
            ["FAREWELL", "JUST_IN_CASE"],
            ["FAREWELL", "BURDEN"],
            ["FAREWELL", "WANT_IT_OVER"],
            ["FAREWELL", "MIND_MADE_UP", "!DECIDED_ON"],
        ],
    ),
    "compartment_syndrome": (
        EMERGENCY,
        [["CAST_OR_CRUSH", "LIMB_TIGHT_PAIN"], ["CAST_OR_CRUSH", "DIGITS_NUMB_PALE"]],
    ),
    "serotonin_syndrome": (EMERGENCY, [["SEROTONERGIC", "JERKS", "AUTONOMIC_SIGNS"]]),
    "neuroleptic_malignant_syndrome": (
        EMERGENCY,
        [["ANTIPSYCHOTIC", "RIGID", "FEVER"], ["ANTIPSYCHOTIC", "RIGID", "CONFUSION"]],
    ),
    "autonomic_dysreflexia": (EMERGENCY, [["SPINAL_CORD_INJURY", "DYSREFLEXIA_SIGNS"]]),
    "aortic_dissection": (
        EMERGENCY,
        [
            ["TEARING", "THROUGH_TO_BACK"],
            ["TEARING", "CHEST_PAIN"],
            ["TEARING", "SUDDEN", "SEVERE_MUSCLE_PAIN", "UPPER_BACK"],
            # A tearing pain that came on all at once in the upper back (NHS: aortic
            # dissection), severe or not in the patient's words (blind v15, v24).
            ["TEARING", "SUDDEN", "UPPER_BACK", "!INJURY", "!STRAIN_CAUSE", "!EXERTION"],
            # A tearing pain in someone whose aorta is weak, whatever set it off (v26).
            ["TEARING", "AORTIC_RISK"],
        ],
    ),
    "pregnancy_emergency": (
        EMERGENCY,
        [["PREGNANT", "PREGNANCY_DANGER"], ["WATERS_BROKE"], ["PREGNANT", "WATER_LEAK"]],
    ),
    "dvt": (
        URGENT,
        [
            ["LEG_SWELLING", "LEG_INFLAMED"],
            ["LEG_SWELLING", "ONE_LEG"],
            ["CLOT", "LEG_SWELLING"],
            ["LEG_SWELLING", "LONG_TRAVEL"],
            ["CALF", "LEG_INFLAMED", "RECENT_SURGERY"],
            ["CALF", "LEG_RED_HOT", "ONE_LEG"],
            ["CALF", "BIGGER_THAN_OTHER", "LEG_INFLAMED"],
        ],
    ),
    "spinal_infection": (
        URGENT,
        [
            ["FEVER", "NECK_OR_BACK", "!HAY_FEVER"],
            ["SPINE_INFECTION_RISK", "INFECTION_SIGNS"],
            ["SPINE_INFECTION_RISK", "FEVER"],
            ["SPINE_INFECTION_RISK", "WORSENING", "BACK"],
            ["IV_DRUG_USE", "BACK"],
            ["IV_DRUG_USE", "FEVER"],
        ],
    ),
    "cancer_back_pain": (
        URGENT,
        [
            ["CANCER", "BACK"],
            ["BACK", "NIGHT_PAIN"],
            ["BACK", "WEIGHT_LOSS"],
            ["BETWEEN_SHOULDER_BLADES", "NEW_ONSET"],
        ],
    ),
    "acute_dystonia": (URGENT, [["ANTIPSYCHOTIC", "DYSTONIA"], ["NEW_MEDICINE", "DYSTONIA"]]),
    "medication_withdrawal": (URGENT, [["STOPPED_MEDICINE", "WITHDRAWAL_SIGNS"]]),
    "statin_muscle_symptoms": (URGENT, [["STATIN", "MUSCLE_SYMPTOM"]]),
    "septic_joint": (URGENT, [["JOINT_HOT", "FEVER", "!HAY_FEVER"], ["JOINT_HOT", "UNWELL"]]),
    "child_limp_fever": (URGENT, [["CHILD", "LIMP", "FEVER"], ["CHILD", "LIMP", "UNWELL"]]),
    "spasm_with_fever": (
        URGENT,
        [["FEVER", "SPASM", "!HAY_FEVER"], ["FEVER", "MUSCLE_ACHE", "!HAY_FEVER"]],
    ),
    "progressive_leg_weakness": (URGENT, [["LEG_WEAK", "BACK"], ["LEG_WEAK", "WORSENING"]]),
    "hypocalcemia_tingling": (URGENT, [["PERIORAL_TINGLING", "HAND_FOOT_CRAMP"]]),
    "severe_dehydration": (
        URGENT,
        [
            ["LITTLE_URINE", "DEHYDRATED"],
            ["LITTLE_URINE", "DIZZY"],
            ["DEHYDRATED", "DIZZY"],
            ["KEEP_NOTHING_DOWN"],
        ],
    ),
    "knee_injury": (
        URGENT,
        [
            ["KNEE", "KNEE_LOCKED", "INJURY"],
            ["KNEE_STUCK", "CANT_STRAIGHTEN"],
            # A knee that caught and now will not straighten is locked (blind v27).
            ["KNEE", "KNEE_LOCKED", "CANT_STRAIGHTEN"],
            ["KNEE", "KNEE_SWOLLEN_FAST"],
            ["KNEE", "NO_WEIGHT", "INJURY"],
        ],
    ),
    "uncontrolled_pain": (
        URGENT,
        [
            ["SEVERE_PAIN", "IMMOBILE"],
            ["SEVERE_PAIN", "NOTHING_HELPS"],
            ["IMMOBILE", "NOTHING_HELPS"],
        ],
    ),
    "medication_reaction": (
        URGENT,
        [["RASH", "STARTED_MEDICINE"], ["HIVES", "MEDICINE", "!ALLERGY_MEDICINE"]],
    ),
    "tetanus_risk_wound": (URGENT, [["DIRTY_WOUND", "WOUND", "TETANUS_UNKNOWN"]]),
    "prolonged_cramp": (URGENT, [["CRAMP", "DURATION_OVER_10_MINUTES"]]),
    "persistent_spasms": (
        SOON,
        [["SPASM", "DURATION_OVER_2_WEEKS"], ["SPASM", "WORSE_DESPITE"]],
    ),
    "night_cramps": (SOON, [["CRAMP", "EVERY_NIGHT"]]),
    "twitching_with_weakness": (SOON, [["TWITCH", "WASTING"]]),
    "spreading_spasms": (SOON, [["SPASM", "SPREADING"], ["SPASM_SPREAD_NOW"]]),
    "recurring_numbness": (SOON, [["NUMB_TINGLE", "SPASM", "RECURRING"]]),
}

# Partial evidence: question key (bot.safety.questions) -> (the reasons it checks for,
# alternatives as in RULES). A question is asked only when none of the reasons it checks
# for, and no emergency or urgent finding, was made.
QUESTION_RULES: dict[str, tuple[tuple[str, ...], list[list[str]]]] = {
    "cauda_equina": (("cauda_equina",), [["CANT_STAND", "BACK"], ["BACK", "SCIATICA_BOTH"]]),
    "chest": (("chest_pain", "aortic_dissection"), [["CHEST_PAIN", "CHEST_EXERCISE"]]),
    "calf_clot": (("dvt",), [["LEG_SWELLING"], ["CALF", "LONG_TRAVEL", "CRAMP"]]),
    "self_harm": (("self_harm",), [["CANT_GO_ON"], ["FAREWELL"], ["WANT_IT_OVER"]]),
    "fever": (("spasm_with_fever", "spinal_infection", "septic_joint"), [["JOINT_HOT"]]),
}

# Concepts that describe a lasting condition: a mention in the past ("I had breast cancer
# two years ago", "T4 para, six years post injury") still applies now.
HISTORY_COUNTS = {"CANCER", "SPINAL_CORD_INJURY", "ANTICOAGULANT", "STATIN", "SPINE_INFECTION_RISK"}
# Symptoms that still need the emergency number after they went away (a TIA): a mention
# judged resolved ("for ten minutes, fine now") counts.
RESOLVED_COUNTS = {"ONE_SIDED", "SPEECH", "VISION_LOSS", "ONE_SIDE_LIMBS"}
# Concepts that count even inside a question: "is 30 diazepam enough to not wake up?"
QUESTION_COUNTS = {"STOCKPILE", "SLEEP_FOREVER"}
