"""The spine and spinal cord: cauda equina, spinal injury, autonomic dysreflexia, and the
signs that make back pain serious (cancer, night pain, weight loss, infection risk)."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import LEG, NUMB, PERSON, SADDLE

CONCEPTS: dict[str, list[str]] = {
    "SADDLE_NUMB": [
        "(feel|felt|feeling) nothing (in|on|around|down) (my|his|her)? (behind|bum|backside|bottom|butt|buttocks|privates|groin|crotch)",
        "saddle (area|region|zone) ** (odd|strange|weird|different|funny|numb|tingly|altered|reduced|dead|off)",
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
        # Blind v46: "haven't felt the need to pee all day and when i did go it sort of
        # dribbled out without me feeling it".
        "(dribbled|dribbles|trickled|came|leaked|leaks|went) (out)? without (me|him|her) (feeling|noticing|knowing) (it)?",
        "(have not|has not|had not|not|never) (felt|feel|feeling) (the)? (need|urge) to (pee|wee|urinate|go to the toilet|go)",
        "retention of urine",
        "(episode|episodes|bout|bit|some) of retention",
        # Retention of urine, in a clinician's words (blind v28).
        "(urinary|urine|bladder) retention",
        "(can not|could not|unable to) (hold|control) (in)? ({PERSON})? (urine|pee|wee|water|bladder)".replace(
            "{PERSON}", PERSON
        ),
        # Not "can't keep water down" (vomiting, blind v35).
        "(can not|could not|unable to) keep (in)? ({PERSON})? (urine|pee|wee|bladder)".replace(
            "{PERSON}", PERSON
        ),
        "(can not|could not|unable to) keep ({PERSON})? water in".replace("{PERSON}", PERSON),
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
        # Clinical shorthand (blind v28): bilateral leg paraesthesia, numb or tingling.
        "bilateral (leg|legs|lower limb|lower limbs|lower leg|lower legs) (paraesthesia|paresthesia|paraesthesiae|paresthesiae|numbness|weakness|tingling|sensory loss|sensory change|sensory changes)",
        f"(two|2) ({LEG}) * (weak|weakness|numb|numbness|dead|useless|tingly|tingling|give|giving|gave)",
        f"both * ({LEG}) * (weak|weakness|numb|numbness|dead|give|giving|gave|buckle|buckling|jelly|collapse|heavy|useless|tingly|tingling)",
        f"(weak|weakness|numb|numbness|tingling) * (in|down) both * ({LEG})",
        f"both * ({LEG}) * (can not|will not) * (move|feel|lift|walk|support|hold)",
        "(can not) * (feel|move|lift) * (both)? ({PERSON})? (legs~|feet~)".replace(
            "{PERSON}", PERSON
        ),
        # Not "his legs go stiff and kick out" (spasticity after a spinal cord injury, FAQ
        # blind v32).
        "(legs|feet) * (give|giving|gave|buckle|buckling|buckled|went|go|going) (completely|totally|just|suddenly|right|all|kind of|sort of)? (way|out|under|from under)",
        "(legs|feet) * (weak|numb|useless|dead|jelly|wobbly|floppy)",
    ],
    # "waist" is how Turkish speakers say lower back ("bel") in English.
    "BACK": [
        "lbp",
        "back|spine|spinal|lumbar|sciatica|disc|lumbago|backache|waist",
    ],
    # Prefixes compare as written: "legs", "feet", not the lemma (so not "my foot").
    "LEGS_NO_FEELING": [f"can not (feel|move) ({PERSON}|both)? (legs~|feet~)"],
    "TRAUMA": [
        # Whiplash (blind v30, missed once the pain "going down both arms" no longer read
        # as chest pain): "my head snapped back, electric shocks going down both arms".
        "(head|neck) (snapped|jerked|whipped|was flung|was thrown|flew) (back|forward|backwards|forwards|sideways)",
        "whiplash",
        "(kicked|kneed|elbowed|punched|headbutted) (in|on) (the|my|his|her|their)? (neck|head|back|spine|face)",
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
    "LEG_WEAK": [
        # A leg that will not obey (blind v28).
        "(leg|legs|foot) * not (doing|do) what",
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
    "CANT_STAND": [
        "can not * (stand|straighten|get) * (up|upright|straight)",
        # "hunched over" now, not the habit "I hunch over the manuals" (blind v34).
        "(stuck|hunched~|doubled~) * (over|double|forward)",
        "(am|is|was|still|stuck|left) bent (over|double|forward)",
    ],
    "SPINAL_CORD_INJURY": [
        "(spinal cord|spinal) (injury|injured|lesion)",
        # Blind v38: "wheelchair user with an SCI".
        "sci",
        "(tetraplegic|quadriplegic|paraplegic|tetraplegia|quadriplegia|paraplegia|para|quad)",
        "(c4|c5|c6|c7|c8|t1|t2|t3|t4|t5|t6) (injury|complete|incomplete|para|quad|level|tetraplegic|paraplegic|spinal)?",
        "broke ({PERSON})? neck ** (years|paralysed|paralyzed|wheelchair)".replace(
            "{PERSON}", PERSON
        ),
    ],
    "DYSREFLEXIA_SIGNS": [
        # Blind v38: "blotchy flushing on my neck, goosebumps below, splitting headache".
        "(splitting|pounding|banging|thumping) headache",
        "(flushing|flushed|blotchy) ** (neck|face|chest)",
        "head (is|was|has been|keeps)? (banging|pounding|thumping|throbbing)",
        "(stuffy|blocked|stuffed) (nose|sinuses)",
        # Word orders of a carer's report (fourteenth session development): "face has gone red and blotchy, stuffy nose, his head is banging".
        "(face|skin|neck|chest) ** (red|flushed|blotchy) ** (blotchy|flushed|red)?",
        "(pounding|banging|thumping|throbbing|bad|splitting|sudden) headache",
        "headache",
        "(flushed|flushing|blotchy|red|sweaty|sweating) ** (face|above|chest|neck|skin)",
        "(nose|sinuses) ** (blocked|stuffy|stuffed)",
        "(blood pressure|bp) ** (high|through the roof|190|200|180|sky)",
        "dysreflexia",
    ],
    "SERIOUS_ACCIDENT": [
        # Blind v34: "went through a floor about 3 metres on a job" (a firefighter).
        "(went|fell|crashed|dropped|plunged|came|fallen|gone) through (a|the|an) (floor|roof|ceiling|skylight|floorboards|rotten floor|old floor)",
        # Blind v33: "we both went down maybe 6 or 7 metres of a gully".
        "(went|slid|tumbled|fell|dropped|came) down (maybe|about|around|nearly|roughly|like|over)? # (or #)? (metres|meters|feet|ft)",
        # Blind v32: "had a crash last night on the bridge approach, going fast".
        "(crash|crashed|came off|come off|wiped out|accident|smash|collision) ** (going|was going|were going|at) (fast|too fast|flat out|full speed|full pelt|high speed|speed)",
        "(crash|crashed|came off|come off|wiped out|smash|collision) ** (bridge|bridge approach|motorway|highway|ring road|junction|roundabout|flyover|overpass|dual carriageway|expressway)",
        # Blind v31: "fell from the rigging onto the deck yesterday, maybe 4 metres"; what
        # one falls from says the height (NICE NG41: a fall from more than 1 metre).
        "(fell|fall|fallen|falling|dropped) (from|off) (the|a|my|his|her|our)? (rigging|mast|roof|balcony|cliff|scaffold|scaffolding|crane|platform|loft|hayloft|gantry|top bunk)",
        # Not "twisted to throw one bag" (FAQ blind v32): a distance needs its unit.
        "(thrown|flung) (a couple of|a few|several|about|maybe|nearly|over)? # (metres|meters|m|feet|ft|yards)",
        "(thrown|flung) (a couple of|a few|several) (metres|meters|feet|yards)",
        # Blind v31.
        "(clipped|hit|struck|knocked down|knocked over|run over|knocked) by (a|an|the)? (reversing|passing|moving|speeding)? (car|van|lorry|truck|bus|forklift|vehicle|tractor|motorbike|taxi|minibus|digger)",
        "(horse|mare|stallion|pony|gelding) (threw|bucked|flung|dumped) (me|him|her|them) (off)?",
        # Blind v30: NICE NG41 counts horse riding accidents and bicycle collisions as dangerous mechanisms.
        "(crashed|crash|came off|fell off|hit) ** (at|doing) (about|around|over|nearly|roughly|maybe)? # (km h|kmh|kph|mph|km an hour|miles an hour)",
        "(went|flew|thrown|came|go|going) over the (handlebars|handle bars|bars)",
        "(thrown|threw|fell|fallen|came|come|flew|bucked) (off|from) (my|his|her|their|the|a)? (horse|mare|stallion|pony|gelding|camel)",
        "(t boned|tboned)",
        # Blind v29: "fell out of the tree, maybe 4 metres"; v43: "out of the olive tree".
        "(fell|fall|fallen|falling|tumbled|came|come) out of * (tree|window|loft|hayloft|attic|bunk|cherry picker|truck|lorry|trailer)",
        "(fell|fall|fallen|dropped|drop|decked|decking) ** (about|around|maybe|nearly|over|roughly|like)? # (metres|meters|m|feet|ft|foot)",
        # Blind v45: "the bus i was driving got hit side on by a lorry at speed"; "a
        # tractor hit me" (in Turkish).
        "(hit|struck|rammed|smashed|clipped|shunted) (side on|head on|from the side|broadside|full on) (by)?",
        "(car|van|lorry|truck|bus|coach|tractor|forklift|motorbike|taxi|minibus|digger) (hit|struck|rammed|smashed into|crashed into|ploughed into|plowed into|ran into|drove into) (me|him|her|us|my car|our car|the car|my van|the bus|our bus|my bus)",
        # Blind v46: "a slab came off the roof of the tunnel and caught me across the back".
        "(slab|rock|rocks|boulder|beam|girder|pallet|load|crate|tree|branch|wall|ceiling|roof|scaffold|pipe) ** (came off|came down|fell|dropped|collapsed|gave way) ** (caught|hit|struck|landed on|pinned|on top of|onto) (me|him|her)",
        "(caught|hit|struck|got) (me|him|her) (right)? across the (back|neck|spine|shoulders)",
        # Blind v44: "our tour coach went off the road ... and rolled onto its side".
        "(went|gone|came|veered|skidded|slid|ran|spun) off the (road|motorway|highway|cliff|bridge|mountain road)",
        "(rolled|flipped|tipped|turned) (over)? (onto|on to|on) (its|their) (side|roof)",
        # Blind v29: a ute rolled on a dirt road, a bus on its side.
        "(rolled|flipped|overturned|rolling|flipping) (the|a|his|her|my|our|their)? (ute|bakkie|pickup|pick up|truck|lorry|bus|minibus|4x4|jeep|suv|quad|tractor|camper|campervan|motorhome|car|van|trailer)",
        "(drop|fall) of (about|around|over|nearly|roughly|maybe)? # (metres|meters|m|feet|ft|foot)",
        "(fell|fall|fallen|dropped|tumbled|plunged|went) (down|into|through) (a|an|the)? (hatch|hold|shaft|manhole|trapdoor|trap door|stairwell|lift shaft|well|pit|hole)",
        # A motorbike fall at a stated speed, and falls into a hatch, hold or shaft (blind v28).
        "(came|come|fell|thrown|flew) off ** (motorbike|motorcycle|moped|scooter) ** (at|doing) (about|around|over|nearly|roughly|maybe)? #",
        "(slid|fell|tumbled|rolled|slipped|went) ** down (a|the) (scree|slope|cliff|mountain|mountainside|rock face|ravine|gully|embankment|bank|hillside) ** (hit|hitting|smashed|slammed|landed on|onto|into)",
        "(bus|car|taxi|cab|coach|van|minibus|dolmus|tram) (i|we|he|she|they)? (was|were)? (on|in)? (hit|crashed into|collided with|ran into|smashed into|ploughed into|plowed into|slammed into) (a|an|the)? (lorry|truck|car|bus|van|wall|tree|barrier|coach|tram|lamp post)",
        "(clipped|sideswiped|side swiped|rammed|shunted|taken out|wiped out|hit) by (a|an|the)? (car|van|bus|lorry|truck|motorbike|taxi|cab|tram|minibus)",
        "(car|van|vehicle|truck|lorry|suv|jeep|taxi|cab|bus|minibus|coach|ute|bakkie|pickup|pick up|4x4|campervan|motorhome|camper|tractor|quad) (that|which)? (flipped|rolled|overturned|rolled over|went over|tipped over|on its side)",
        "(car|van|vehicle|truck|lorry|rig|trailer|suv|caravan|artic) ** (jackknifed|jack knifed|jackknifing)",
        # Blind v39: "trucker, jackknifed on the motorway last night" (not a dive).
        "(jackknifed|jack knifed) ** (motorway|highway|road|autobahn|interstate|freeway|dual carriageway|ice|bend|junction|otoyol)",
        "(came|come|fell|thrown|flew) off ** (motorbike|motorcycle|bike|moped|scooter|horse) ** (mph|kmh|kph|speed|fast)",
        "(at|about|around|doing) (about|around|over)? # (mph|kmh|kph)",
        "(pinned|trapped|stuck|crushed) under ({PERSON})? (quad|bike|car|tractor|motorbike|it|vehicle|horse|atv)".replace(
            "{PERSON}", PERSON
        ),
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
        # Blind v38: "a van hit me this morning and threw me off the bike".
        # Blind v40: "the baggage tractor hit me at the airport".
        "(a|the)? * (car|van|bus|lorry|truck|taxi|motorbike|tram|tractor|forklift|vehicle|digger|cart|buggy|loader) (hit|knocked|struck|ran into|ran over) (me|him|her|us)",
        # Blind v41: "thrown out of the back of a pickup on the mountain road".
        "(thrown|fell|flung|falling|tumbled|fallen) (out of|out|off|from) (the back of)? (a|the|his|her|my)? (pickup|pick up|truck|van|car|trailer|lorry|tractor|jeep|moving vehicle|bus|back of a pickup|back of a truck)",
        # Blind v40: "took a tumble on the stairs, went down the whole flight".
        "(went|fell|tumbled|came|rolled|fallen) down (the)? (whole|entire|full) (flight|staircase|stairs|flight of stairs)",
        # Blind v37: "a car hit me at the junction, I flew a few metres".
        "(flew|flown|thrown|was thrown|went flying) (a few|several|a couple of|about|#) (metres|meters|feet|yards|m)",
        "(fell|fall|fallen|falling|came off|thrown) (off|from|down) ** (roof|ladder|scaffold|scaffolding|balcony|height|horse|tree|wall|cliff|climbing wall|loft|stairs|bunk|lift|platform|gantry|crane|mast|deck|hatch|hold|rigging|gangway)",
        "(fell|fall|fallen) ** (metres|meters|feet|foot|storey|storeys|stories)",
        "(fell|fall|fallen) (down)? (#|two|three|four|five|a few|several) (floors|storeys|stories|flights)",
        "(ladder|scaffold|scaffolding) (slipped|gave way|collapsed|fell|tipped|went)",
        "(came|come|coming) down from ** (height|storey|metres|meters|feet)",
        # Not "carrying a rolled carpet to the car" (FAQ blind v29): "rolled" is the crash
        # only with the vehicle or a count after it.
        "(flipped|overturned|written off) ** (car|van|twice|over|quad|quad bike|atv|tractor|jeep|buggy)",
        "(rolled|flipped) (over)? (twice|three times|several times|a few times|# times|over and over)",
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
    "CANCER": [
        "cancer|cancers|tumour|tumor|tumours|tumors|chemo|chemotherapy|radiotherapy|myeloma|lymphoma|leukaemia|leukemia|metastatic|metastases|secondaries|oncologist|oncology|mastectomy|melanoma|carcinoma|sarcoma",
    ],
    # A medicine taken at night, not pain at night: "cyclobenzaprine for a back spasm, one
    # at night" (FAQ blind v25).
    "DOSE_AT_NIGHT": [
        "(one|two|1|2|a|half a|one tablet|one pill|a tablet|a pill|tablet|pill|dose|capsule) (at|every|each) (night|bedtime)",
    ],
    "NIGHT_PAIN": [
        "(worse|worst|bad|terrible) ** (at night|night time|nights|in bed|when lying|lying down)",
        "(wakes|wake|waking|woke|woken|keeps) ** (me|him|her) ** (up)? ** (night|nights)",
        # Not "what positions help my lower back at night?" (blind v38): a symptom word.
        "(pain|ache|aches|aching|hurts|hurting|sore|throbbing|killing me) ** (at night|night time|wakes me|waking me|every night)",
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
    "IV_DRUG_USE": [
        "(inject|injecting|injected) (heroin|drugs|drug|meth|speed|coke|cocaine|gear|smack)",
        "(iv|intravenous) drug",
        "(shoot|shooting) up",
        # Blind v39: "i still inject sometimes, not gonna lie" (a drug user's words).
        "still (inject|injecting|injects) (sometimes|occasionally|now and then|on and off|from time to time|again)",
        # Blind v45: "i used to inject and slipped up last month" (a relapse is now).
        "(used to|use to) (inject|shoot up) ** (slipped up|slip up|relapsed|relapse|using again|injecting again|started again|back on it)",
        "(slipped up|relapsed) ** (inject|injecting|injected|shooting up|heroin|gear)",
    ],
    "RECENT_SURGERY": [
        "(hip|knee) (replaced|replacement|op|operation|surgery|prosthesis)",
        "(after|since) (my|the|her|his|an|a)? (operation|surgery|op)",
        "(just|recently) had (an|my|her|his|a)? (operation|surgery|op)",
        "(operation|surgery|op) (last|this|two|three|2|3|a) (week|weeks)",
    ],
    "SPINE_INFECTION_RISK": [
        "(spinal|epidural|steroid|facet|nerve root) (injection|injections|jab|block)",
        "(back|spine|spinal|disc) (surgery|operation|op|fusion)",
        # Blind v45: "I had a lumbar discectomy 4 weeks ago" (NICE CKS: recent spinal surgery).
        "discectomy|microdiscectomy|laminectomy|laminotomy|foraminotomy|kyphoplasty|vertebroplasty",
        "(spinal|lumbar|cervical) (fusion|decompression)",
        "epidural",
    ],
    "SCIATICA_BOTH": ["(sciatica|shooting pain|pain) ** (both|down both) (legs|sides)"],
}
