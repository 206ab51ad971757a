"""Infection: fever and meningitis signs, tetanus, spinal infection, a hot swollen joint,
a child with a limp."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import HOT_LIKE_FIRE, PERSON, WOUND

CONCEPTS: dict[str, list[str]] = {
    # A fever ruled out in so many words: no question about it (blind v30: "şiş ama ateşim
    # yok", swollen but no fever).
    # Blind v45: "a little puffy by the end of the day ... There's no heat, no redness": a
    # swollen joint the patient says is not hot needs no fever question.
    "JOINT_NOT_HOT": [
        "no (heat|warmth|redness) (,|and|or)? (no)? (heat|warmth|redness)?",
        "(not|never) (hot|warm) (to the touch|to touch)",
    ],
    "NO_FEVER": [
        "no (fever|temperature|temp|high temperature)",
        "(fever|temperature) free",
        "without (a)? (fever|temperature|temp)",
        "(do not|does not|did not) (have|got|feel) (a|any)? (fever|temperature|temp)",
    ],
    "FEVER": [
        # A child's body hot to the hand, as a parent says it (blind v28).
        "(his|her|their|baby|child|son|daughter) (body|forehead|skin|head|tummy|back) (is|feels|felt|was|has been|getting) (very|so|really|quite|burning|boiling)? hot",
        # Blind v45: "my toddler (2) has been a bit hot today".
        "(toddler|baby|child|kid|son|daughter|boy|girl|he|she) * (has been|is|was|feels|felt|has felt|seems|seemed) (a bit|a little|quite|very|really|so|rather)? (hot|warm) (today|all day|tonight|since|this morning|this afternoon|this evening|to the touch|to touch)",
        "38.0|38.1|38.2|38.3|38.4|38.5|38.6|38.7|38.8|38.9|39.0|39.1|39.2|39.3|39.4|39.5|39.6|39.7|39.8|39.9|40.0|40.1|40.2|40.3|40.4|40.5|40.6|40.7|40.8|40.9|41.0|41.1|41.2|41.3|41.4|41.5|41.6|41.7|41.8|41.9",
        "fever|fevers|fevr|feverish|febrile|temperature|temp|pyrexia|chills|shivers|shivering|rigors",
        "burning up",
        HOT_LIKE_FIRE,
        "(burning|boiling|roasting) hot",
        "hot and cold",
        "(38|39|40|41) (degrees|c)",
        # Blind v32: "the thermometer says 39".
        "(thermometer|temp|temperature) (says|said|shows|showed|reads|read|hit|hits|reached|of|at)? (38|39|40|41)",
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
        # Blind v30.
        "neck ** (rock solid|rock hard|solid as a rock|like a board|like a plank|like a rod)",
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
        # Blind v36: "bright light makes me wince".
        "(light|lights|brightness|daylight|sunlight) * (wince|squint|flinch)",
    ],
    "NONFADING_RASH": [
        # Blind v29: "when I press glass they stay, not go white"; spots like small bruises.
        "(press|pressed|pressing|roll|rolled|put) ** glass ** (stay|stays|stayed|still there|still see|not go|do not go|does not go|did not go|not fade|not disappear|not go away|not go white|not turn white)",
        "(spots|marks|rash|dots) (that|which)? (look|looks|looking|looked)? like (small|tiny|little)? (bruises|bruise|blood spots|pinpricks)",
        "(nonfading|non fading|non blanching|nonblanching) (rash|spots|blotches|marks)",
        "(rash|spots|blotches|marks) ** (stays|stay|still there|still see|does not fade|did not fade) ** (glass|tumbler|press|pressed)",
        "(glass|tumbler) ** (rash|spots|blotches|marks) ** (stays|stay|still there|still see|does not fade|did not fade)",
        "(rash|spots|blotches|marks) ** (not|will not) * (fade|go away|disappear|change)",
        "(purple|purplish) * (spots|rash|blotches|marks)",
        "dark red (spots|rash|blotches)",
        "glass test",
        # Blind v46: "tiny purple dots on her legs and they're still there when I press a glass".
        "(still there|stay|stays|stayed|do not fade|does not fade|did not fade|not fading) ** (press|pressed|pressing|roll|rolled|put) ** glass",
        "(pinprick|pin prick) * (spots|rash)",
    ],
    "LOCKJAW": [
        "lockjaw",
        "lock jaw",
        "jaw * (lock|locked|locking|stuck|clamp|clamped|clamping|seized|seize|rigid) (shut|closed|tight)?",
        "jaw * clenched shut",
        # Blind v46: "my face feels set in a grin" (risus sardonicus, a sign of tetanus).
        "(face|smile|mouth) ** (set in a grin|fixed grin|frozen grin|frozen in a grin|stuck in a grin|fixed in a grin)",
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
        # "bite~" above, so that "a bit of cramp" (read as the verb) is no wound (v32).
        "bit (me|him|her|us|them|my|his|their|our|into)",
        "stepped on (a|an)? (nail|rusty|something)",
        "pierced|impaled",
        # "tırmık ayağıma battı": a rake went into my foot (blind v31).
        "(went|gone|stuck|going|got stuck) (deep|right|straight)? into (my|his|her|their|the) (foot|hand|leg|arm|finger|palm|heel|toe|thigh|calf|knee)",
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
    "DIRTY_WOUND": [
        "dirty|deep|rusty|rust|soil|mud|muddy|spade|hoe|dirt|garden|gardening|manure|farm|rake|animal|dog|cat|fox|rat|puncture|punctured|nail|fork|barbed|shovel|muck|mucky|filthy|machinery|livestock",
        "stepped on",
    ],
    "TETANUS_UNKNOWN": [
        # "Years" only as many years: "up to date on tetanus from my jab last year" (blind v30).
        "(tetanus|jab|booster|vaccine|vaccination|vaccinated|shot|jabs|tetnus) ** (not sure|unsure|can not remember|do not remember|do not know|no idea|long time|never|out of date|not up to date|overdue|forgot)",
        "(tetanus|jab|booster|vaccine|vaccination|vaccinated|shot|jabs|tetnus) ** (many|several|ten|fifteen|twenty|loads of|lots of|donkeys|over ten|over 10|more than ten|more than 10) years",
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
        # Blind v35: "is my tetanus still ok? last one was maybe 15 years ago, not sure".
        "(last|latest) (one|jab|shot|booster|tetanus|tetnus) ** (not sure|no idea|can not remember|do not remember|maybe)",
        # Blind v33: "last tetanus vaccine was probably at school".
        "(tetanus|jab|booster|vaccine|vaccination|shot|tetnus) ** (probably|maybe|i think|must have been) (at school|in school|as a kid|as a child|as a teenager)",
    ],
    "INFECTION_SIGNS": [
        "(hot|shivery|sweaty|sweating|clammy) and (shivery|shaky|cold|hot)",
        "(night|at night) (sweats|sweating)",
        "sweating ** (at night|nights|night)",
        "(feel|feeling|feels) (hot|shivery|feverish|rough|unwell|poorly)",
    ],
    "JOINT_HOT": [
        "(knee|ankle|hip|elbow|wrist|shoulder|joint|toe|finger|knuckle) ** (hot|red|swollen|warm|inflamed|blown up|blew up|puffy)",
        "(red|swollen|inflamed) ** (knee|ankle|hip|elbow|wrist|shoulder|joint)",
        # "Warm" and "hot" only beside the joint: "what warm-up do you recommend for my
        # shoulders" is exercise (blind v34), "hot water bottle or ice, knee spasm" heat as
        # a treatment (blind v44, in Turkish).
        "(warm|hot) (and|,)? (red|swollen|puffy|tender|sore|hot|warm|inflamed)? (knee|ankle|hip|elbow|wrist|shoulder|joint)",
    ],
    "UNWELL": [
        "(like|as if i have|as if i had|as though i have) (the|a)? flu",
        # Blind v30 (and v25): feeling rough, like flu.
        "(feel|feels|feeling|felt) (really|very|so|quite|a bit|pretty)? (rough|grotty|fluey|flu like)",
        "(feel|feels|feeling|felt) (awful|terrible|rotten|dreadful|horrible|like death)",
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
        # Blind v29: "he don't want to walk, only crawling".
        "(not|no) (want|wants|wanting|like|likes) to (walk|stand|put weight)",
        "(only|just) (crawling|crawls|crawl|bum shuffling)",
        "(crawling|crawls) (everywhere|again)",
        "back to crawling",
        "limp|limping|limps|limped",
        "(will not|refusing|refuses|refused|not|does not want) (to)? (walk|stand|put weight|weight bear|bear weight)",
        "(crawling|crawl|crawls|bum shuffling|shuffling) instead of walking",
        "(cries|screams|crying|screaming|cried) ** (stand|stood|standing|walk|walking|put weight|on his feet|on her feet)",
        "(not|no|will not|refusing to) (putting|put|take|bear|taking) ** weight",
        "hobbling|hobbles|hobbled|hobble",
    ],
    "JAW_STIFF": [
        # Blind v30.
        "(barely|hardly|can not|struggling to|struggle to|unable to) chew",
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
}
