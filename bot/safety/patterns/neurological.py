"""Brain and nerves: stroke and TIA, seizures and collapse, sudden loss of vision,
thunderclap headache, a knock to the head on anticoagulants."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import PERSON

CONCEPTS: dict[str, list[str]] = {
    # Numbing at the dentist, not a stroke: "my speech is a bit slurry because I just had
    # the injection at the dentist, half my lip is numb" (blind v31).
    "DENTAL_NUMBING": [
        # Said as the cause, not as a likeness ("my face felt like after the dentist
        # injection" is a TIA, blind v10).
        "(because|from|since) (i)? (just|have just)? (had|got)? (the|a|an|my)? (injection|jab|anaesthetic|anesthetic|numbing|filling|root canal|extraction)",
        "(injection|jab|anaesthetic|anesthetic|numbing) (at|from) the (dentist|dentists|dental surgery)",
    ],
    "ONE_SIDED": [
        "(one|left|right) side of ({PERSON})? (face|body|mouth)".replace("{PERSON}", PERSON),
        "(smile|smiling|face|mouth) ** (one|1) side (does not|will not|is not|not) (move|moving|work|working|lift|go up)",
        "(one|left|right) whole? side ** (weak|numb|droop|drooping|dead|heavy|paralysed|paralyzed|floppy|tingly)",
        "can not (feel|move) * (one|left|right) side",
        "(face|mouth|smile|eye|eyelid) * (droop|drooping|droopy|drooped|lopsided|drop|dropped|dropping|sag|sagging|saggy|slump|slumped|fallen|uneven|crooked|wonky)",
        "(droop|drooping|droopy|drooped) * (face|mouth|eye|eyelid|side|smile)",
        "(face|mouth|smile) ** (to one side|to the side|going to one side|pulled to one side|crooked|sideways)",
        # Blind v46: "coffee dribbled out the side of my mouth".
        "(dribbled|dribbling|drooled|drooling|dripped|dripping|leaked|leaking|spilled|spilling|ran|running) (out)? (of)? (the)? (side|corner) of ({PERSON})? mouth".replace(
            "{PERSON}", PERSON
        ),
    ],
    "SPEECH": [
        "(words|word|speech|talk|talking|speaking) (is|are|was|were|come|comes|came)? (not|no) (correct|right|proper|clear|normal|making sense)",
        "slur|slurred|slurring|slurry",
        "speech * (strange|weird|garbled|jumbled|funny|slow|wrong|gone|difficult|odd|off|muddled)",
        "can not * (speak|talk) ",
        f"can not (get|find) ({PERSON}|the)? words",
        f"(get|getting|find|finding) ({PERSON}|the)? words out",
        "(words|sentences) * (come|coming|came) out * (wrong|jumbled|mixed|strange)",
        "(mixing|mixes|mixed|muddling|muddled|confusing|confuses|jumbling|jumbled) (up)? (his|her|my|their|the)? (words|names)",
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
        # Blind v46: "just very hot and a bit muddled" after going down on deck.
        "(a bit|bit|very|quite|really|so|all|feel|feeling|felt|seems|seemed|is|was) muddled",
        # "does not know where he is", not "I do not know who is right".
        "(not|does not|do not|did not) (know|knowing) (where|who) (i|he|she|they|we|you) (am|is|are|was|were)",
        "(not|does not|do not|did not) (know|knowing) (what day|what year|what time) (it is|it was)?",
        "(not|does not|do not|did not) (know|knowing|recognise|recognize|recognising|recognizing) ** (me|us|anyone|family|wife|husband|mum|dad|mom|son|daughter)",
        "(not making|making no) sense",
        # Blind v42: "now i am confused, i forget where i am".
        "(forget|forgot|forgetting|forgets) where (i|he|she|they|we) (am|is|are|was|were)",
        # Blind v41, in Turkish: "bir ara ne yaptığımı bilemedim" (for a while I did not
        # know what I was doing); not "I don't know what I'm doing wrong".
        "(for a while|for a moment|for a minute|for a bit|for a few minutes|at one point) ** (did not|could not) (know|tell|work out) (what|where) (i|he|she|they) (was|were) (doing|going)",
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
    # Confused about conflicting advice, said of oneself (FAQ blind v34: "my friend says
    # ice, my mother says heat, I've been doing both and I'm confused"); not "cramps all
    # over and im confused, cant remember what i was doing".
    "SAYS_CONFUSED": [
        "(i am|am|i was|i get|i got|getting) (so|a bit|bit|really|totally|very|quite|rather|a little|kind of|kinda|completely|now)? confused (about|by|which|what|whether|if|as to|with|because|who)",
        "(doing|done|tried|trying|did|do) (both|everything|all of it|all of them) and (i am|am|i was|now)? (so|a bit|really|totally|very|completely)? confused",
    ],
    "SEIZURE": [
        # Blind v37: "she just went stiff and then her arms and legs were twitching
        # rhythmically".
        "went (stiff|rigid) (and)? then ** (jerking|twitching|shaking|convulsing)",
        "(arms and legs|limbs|whole body|body) ** (jerking|twitching|shaking) (rhythmically|in rhythm)",
        # Blind v35: "my roommate is literally seizing on the floor rn, eyes rolled back".
        "(seizing|fitting|convulsing|jerking) (on|across) (the|a)? (floor|ground|bed|sofa|couch|pavement)",
        "eyes (rolled|rolling|rolls) (back|up) ** (jerking|shaking|stiff|rigid|floor|seizing|fitting|twitching|unresponsive)",
        "thrashing (about|around) (on)? (the|a)? (floor|ground)",
        "(went|gone|goes|going) rigid ** (thrashing|jerking|shaking|convulsing|twitching)",
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
        # A limb stiff and jerking ever since a stroke (FAQ blind v35): spasticity.
        "(since|after) (my|his|her|their|the)? (stroke|strokes|brain injury|brain bleed)",
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
        # Blind v35: "just crumpled to the floor during the first dance and was out cold".
        "crumpled (to|onto|on) (the|a)? (floor|ground|pavement|carpet|deck)",
        # Blind v46: "apparently I went down on deck for a minute".
        "(went|gone|go|goes) down (on|onto|on to) (the)? (deck|floor|ground|pavement|tiles|carpet) (for)? (a|about|maybe)? (minute|moment|second|few seconds|bit)?",
        # Blind v39: "went totally out cold while standing at the bus stop".
        "(was|is|went|knocked) (totally|completely|clean|right|just|straight|spark)? out cold",
        # Blind v33: "she just went down in the kitchen and is only half responding".
        "(only half|barely|hardly|not really|not fully) (responding|responsive|conscious|awake|with it)",
        "next thing (i|he|she|they) (knew|know|was|were) ** (floor|ground|deck|tiles|carpet)",
        # Blind v31.
        "(came|come|coming) to (in|on|lying on|lying in) (the|a)? (grass|ground|floor|pavement|sand|road|field|deck|carpet|street|dirt)",
        # Blind v30.
        "(fell|fall|fallen|collapsed|dropped) (down)? ** (did not|would not|could not) (wake|come round|come to|respond) ** (minute|minutes|seconds|second|while)",
        # Told as what they found afterwards (fourteenth session development).
        "next thing (i|he|she|they) (was|were) (on|lying on|flat on|face down on) (the|my|his|her)? (floor|ground|carpet|tiles|bathroom floor|kitchen floor)",
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
    "DIZZY": [
        "dizzy|dizziness|lightheaded|woozy|faint|spinning|floppy|lethargic|drowsy",
        "light headed",
        "nearly (fell|fainted|passed out)",
    ],
    "VISION_LOSS": [
        # Blind v37: "my mother's one eye vision suddenly gone", "the left half of the room
        # just vanished from my view".
        "(eye|eyes) (vision|sight) (suddenly|just)? (gone|went|vanished|disappeared)",
        # The Turkish development list: "bi gözüm aniden görmüyo" (one eye suddenly can not see).
        "(eye|eyes) (suddenly|just|all of a sudden) (can not|could not) see",
        "(half|left half|right half|left side|right side) of ** (vanished|disappeared|went black|went dark|gone) (from)? (my|her|his)? (view|vision|sight)",
        # Blind v35: "the vision in my left eye just went, like someone switched off half the
        # lights".
        "(vision|sight) (in|of|from) (my|his|her|the) (left|right)? eye (just|suddenly|has|completely)? (went|gone|disappeared|vanished)",
        "(eye|eyes|vision|sight|everything) ** (went|gone|go|going|turned) (completely|totally|all|suddenly) (black|dark|blind|blank|grey|gray|dim)",
        "(pulled|pulling|drawn|drawing|came|coming|dropped|dropping) (a|the)? (blind|blinds|shutter|shade|curtain) ** (down|over|across)",
        "lights (went|gone|go|going) out in ** eye",
        # Blind v40, in Turkish: "gözüme sanki bi gölge indi aniden, yarısını göremiyorum".
        "(shadow|curtain|shade|veil) (came|coming|come|dropped|dropping|fell|falling|pulled) (down)? (over|across|in front of)? ** (eye|eyes|vision|sight)",
        "(eye|eyes) ** (shadow|curtain|shade|veil) (came|coming|come|dropped|dropping|fell|falling) (down)? (over|across)?",
        "can not see half (of it|of my vision|of my view|of the room|of things)?",
        "everything (suddenly|just|all of a sudden) (went|gone|going|turned) (blurry|blurred|fuzzy|foggy|misty)",
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
        "(it|pain|headache|the pain) (exploded|burst) (in|within) (a|one) (second|instant|moment|split second)",
        "(skull|head) (split|splitting|cracked|cracking) (open|in two|in half)",
        "(extreme|severe|intense|horrific|terrible|blinding|splitting|explosive|massive|horrendous) ** (headache|head pain)",
        # "the worst headache of my life", "en kötü baş ağrısı": with "suddenly", thunderclap.
        "worst ** (headache|head pain)",
        "never (had|felt|known) (a|an)? (head|headache|head pain|pain in my head) like (it|this|that)",
    ],
    "THUNDERCLAP": [
        # Blind v35, in Turkish: "'kafamın içinde bir şey patladı' dedi, aniden çok şiddetli
        # baş ağrısı".
        "something (exploded|burst|popped|went bang|snapped) (in|inside) (my|her|his|their) head",
        "(sudden|suddenly) (a)? (very|extremely|really|so)? (severe|intense|violent|excruciating|terrible|horrendous) headache",
        # Blind v33: "it hit out of nowhere during sex, maximum within a few seconds".
        "(maximum|max|peak|peaked|peaking|full blast|full strength|worst) (within|in) (a few|few|some|a couple of|#)? (seconds|second)",
        # Blind v30.
        "(head|headache) ** (strongest|worst|most painful|most severe|hardest|biggest) (pain|headache)? (in|of) (my|his|her|their) (whole|entire)? life",
        # Blind v29, in Scots: "a belter o a heidache, came oan like a clap o thunder".
        "(headache|head|heid|heidache) ** (clap|crack|bolt|bang) (of|o) (thunder|lightning)",
        "(headache|head) ** (during|after|while having|in the middle of) (sex|orgasm|intercourse|climax)",
        "(headache|head) ** like a (sledgehammer|sledge hammer|ton of bricks|baseball bat|cricket bat|brick|truck|train)",
        "(went|shot|got|hit|reached|rose) (straight)? (to|up to) (max|maximum|the max|full|full blast|ten|10) ** (seconds|second|instant|instantly|moment)",
        "(headache|head) ** from (nothing|zero|0|fine) to ** (unbearable|worst|10|agony|excruciating|explosion|exploding)",
        # An explosion in the head, told without "headache" (blind v25, Scots "heid").
        "(head|heid|skull|brain) ** (exploded|exploding|explode|burst|bursting) ** (pain|worst|nowhere|sudden|suddenly)",
        "(firework|bomb|grenade|gunshot|explosion|thunderclap|thunder|thunderbolt|lightning) ** (inside|in) ({PERSON})? (head|heid|skull|brain)".replace(
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
        "(headache|head) ** (exploded|exploding|explosion|burst|detonated|detonating|went off)",
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
    "ANTICOAGULANT": [
        "warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|dabigatran|pradaxa|anticoagulant|anticoagulants|clopidogrel|coumadin|heparin|clexane|enoxaparin",
        "blood (thinner|thinners|thinning)",
    ],
    "HEAD_KNOCK": [
        # Blind v40: "took a football to the head at my son's match".
        "(took|got|had|caught) (a|the) (ball|football|cricket ball|baseball|puck|racket|bat|elbow|knee|boot|kick|header) (to|in|on) (the|my|his|her)? (head|face|temple)",
        # Blind v30 (a new pattern word, "boned", must not take "bonked" from the spelling corrector).
        "(bonked|bonk|bonking) ** (my|his|her|their|the|our|me) (head|forehead)",
        # Blind v29: a head clipped on a railing, a head walked into a van door.
        f"(clipped|clip|clipping|caught|catching) ** ({PERSON})? (head|forehead|temple) (on|against)",
        f"(walked|walking|ran|running|went|bumped|smashed) (straight|right|smack|headfirst|head first)? into ** with ({PERSON})? (head|forehead)",
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
    # Blind v32 (2026-12-07, seventeenth session): "I think I'm having a stroke" was not
    # read; it is said now, or feared now ("I think it's a stroke").
    "STROKE_NOW": [
        "(am|is|are|be|i am|he is|she is) (having|going through) (a|another) (mini|small|little)? stroke",
        "(think|thinks|worried|scared|afraid|sure|feels like|looks like|could be|might be|may be) ** (it is|this is|that is|it was|he is having|she is having|i am having) (a|another) (mini|small|little)? stroke",
        "(just|has just|have just) (had|having) (a|another) (mini|small|little)? stroke",
    ],
    # Worry about the future, not a stroke now: "I'm worried about having a stroke".
    "STROKE_RISK": [
        "(risk|risks|chance|chances|odds|prevent|preventing|avoid|avoiding|fear|afraid|scared|worried|worry|anxious|nervous) (of|about)? (having|getting) (a|another) (mini|small|little)? stroke",
        "(if|when|in case) (i|he|she|you|someone) (am|is|are|was|were)? (having|have|has) (a|another) stroke",
    ],
    "ONE_SIDE_LIMBS": [
        # Blind v29, in Turkish: could not feel his left arm and could not lift it, then it passed (a TIA).
        "(could not|can not|did not) feel (the|my|his|her)? (left|right) (arm|leg|hand) ** (can not|could not) (lift|raise|move)",
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
}
