"""Medicines: relaxant overdose and sedative mixes, allergy, serotonin syndrome,
neuroleptic malignant syndrome, dystonia, withdrawal, and what makes a mention harmless
(as prescribed, with water)."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import (
    ALCOHOL,
    MEDICINE,
    MUSCLE_RELAXANT_PHRASES,
    PERSON,
    RELAXANT,
    SEDATIVE,
)

CONCEPTS: dict[str, list[str]] = {
    "RELAXANT": [RELAXANT, *MUSCLE_RELAXANT_PHRASES],
    # Someone's advice ("a lady at church told me to take magnesium tablets and another
    # said quinine"), not a dose taken.
    "ADVISED_TO_TAKE": [
        "(told|tells|said|says|suggested|suggests|recommended|recommends|advised|advises) (me|him|her|us)? (to)? (take|try|use)",
        # Or what others take: "a colleague here takes baclofen and another one has
        # tizanidine" (FAQ blind v19).
        "(colleague|colleagues|friend|friends|neighbour|neighbor|flatmate|coworker|another one|someone else) (here)? (takes|is on|has|uses|swears by)",
    ],
    "OVERDOSE": [
        # Blind v15 (caught only by the learned layer until now): "took 4 of the 500s at once".
        "(took|taken|swallowed|popped|had|take|taking) (3|4|5|6|7|8|9|10|three|four|five|six|seven|eight|several|a handful) (of the|of them|of my|of those|of his|of her)? ** (at once|at the same time|in one go|all together|together)",
        "(took|taken|swallowed|had|taking) (them|it|the pills|the tablets|pills|tablets)? one after (another|the other)",
        # A box finished or tablets taken one after another (blind v28, glossed from Turkish too).
        "(finished|emptied|polished off|gone through|went through) (almost|nearly)? (the|a|my|his|her)? (whole|entire) (box|pack|packet|bottle|strip|blister)",
        "(took|taken|swallowed|popped) # (more|extra) (on top of|than|over)",
        # Blind v45 (caught by the learned layer until its retrain moved it below 0.95):
        # "prescribed 1 tizanidine at night ... I've taken 4 in the last 3 hours".
        "(took|taken|swallowed|popped|had) (3|4|5|6|7|8|9|10|three|four|five|six|seven|eight|nine|ten) (of them|tablets|pills)? (in the last|in|within|over the last|over) (# hours|an hour|a few hours|# hrs)",
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
        # Taken, not stopped: "came off all my tablets at once" is withdrawal.
        "(took|taken|take|taking|swallowed|had|downed|necked|popped) all * of? ({PERSON}) (pills|tablets|meds|capsules)".replace(
            "{PERSON}", PERSON
        ),
        "(handful|bunch|load|lot) of * (pills|tablets|meds|soma|capsules)",
        "(took|taken|had) * (four|five|six|seven|eight|ten|3|4|5|6|7|8|10) ** instead of",
        "then another (one|two|three|few|couple)?",
        "accidentally * (took|take|taken|double)",
        "(took|take|taken|had) (double|twice|triple|three times) (that|the|my|what|as much)",
        # Blind v40: "I took 4 tonight because 1 wasn't touching it".
        "(took|taken|had|swallowed|popped) (#|two|three|four|five|six) ** because (1|one|the one|a single one|the first one|my usual dose|the usual dose) (was not|did not|is not|does not|was n't) (touching|working|helping|doing|enough)",
        # Blind v40: "I took baclofen 3 times the dose".
        "(took|taken|had|take) ** (#|two|three|four|five) times (the|my|his|her) (dose|amount|prescribed dose|normal dose)",
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
        # Blind v32: "i'm mixing my tramadol and the muscle relaxer plus a xanax".
        "(am|is|are|been|was|were) (mixing|combining)",
        "(took~|taken~|swallowed~|drank~|mixed~|downed~|necked~|combined~)",
        "(had|have had|been) ** (drinking|drinks|beers|wine|vodka|pints|alcohol|shots)",
    ],
    "DRANK": [
        f"(drank|drunk|drinking|had|few|couple|bottle|downed|necked) * (drinks|{ALCOHOL})",
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
        # Blind v29: "her lips become big".
        "(lips|lip|tongue|face|eyes) (become|became|becoming|went|gone|getting|got|go|going|turned|are getting) (very|so|really|all)? (big|bigger|fat|fatter|huge)",
        "(lips|lip|face|mouth) ** (fillers|filler|botox|like a duck|trout pout|sausages|balloons)",
        "(lips|lip|tongue|throat|mouth) * (swell|swelling|swollen|swelled|sweling|puff|puffing|puffy|puffed|ballooning|huge|massive|thick)",
        "face * (swell|swelling|swollen|swelled|sweling|ballooning|huge|massive)",
        "(lips|lip|tongue|throat|face|mouth) * (blow|blowing|blew) up",
        # "my tongue feels too big for my mouth" (blind v26).
        "(tongue|lips|lip) * too (big|large|fat|thick) (for)?",
        # "Tongue big now, swallow hard" (blind v27, caught by the learned layer until a
        # retrain moved it to 0.947).
        "(tongue|throat) (is|feels|feel|got|gone|getting|become|becomes|became)? (so|very|really|too)? (big|bigger|huge|fat|fatter|massive) (now|suddenly|and)",
        "(lips|lip|tongue|throat|face|mouth) ** (swole|swoll|swolen|puffed up|ballooned)",
        "(swell|swelling|swollen) * (lips|lip|tongue|throat|face|mouth)",
        "throat * (closing|close|closes|closed)",
        "throat ** (closing up|is closing|it is closing|closing over)",
    ],
    # Blind v45: "since the massage oil this morning my face has gone puffy and swallowing
    # feels a bit odd": a puffy face alone is crying or sleep; with swallowing trouble it is
    # anaphylaxis (NHS).
    "FACE_PUFFY": ["(face|eyes|eyelids|cheeks) ** (puffy|puffed|puffing|puffed up|bloated)"],
    "SWALLOW_TROUBLE": [
        "(swallowing|swallow|swallowed) ** (odd|strange|weird|funny|hard|difficult|tight|painful|difficulty|trouble)",
        "(hard|difficult|struggling|struggle|trouble|difficulty|can not|could not) (to)? (swallow|swallowing)",
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
    "RASH": [
        "rash|rashes|hives|hivs|welts|blotches|blotchy|spots|itchy|itching|itch|allergic|allergy|reaction|urticaria"
    ],
    "STARTED_MEDICINE": [
        f"(start|started|starting|began|taking|take|took|new|since|after) * ({MEDICINE})",
        f"({MEDICINE}) * (since|after|started)",
        "since * (start|starting|taking|started)",
        "allergic to * the?",
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
        # Blind v29, a nurse's shorthand: diaphoretic, HR 125.
        "diaphoretic|diaphoresis|tachycardic|tachycardia|hyperthermic|hyperthermia|febrile|pyrexial",
        "(hr|heart rate|pulse) (of|is|was|at|around|about)? #",
        "drenched",
        "soaked in sweat",
        "dripping with sweat",
        "sweat|sweating|sweaty|sweats|fever|feverish|temperature|agitated|agitation|restless|confused|confusion|palpitations|diarrhoea|diarrhea|dilated|muddled",
        "(heart|pulse) ** (racing|pounding|going fast|fast|thumping|hammering)",
        "can not (sit still|keep still)",
        "(feel|feels|feeling|very|really|burning) hot",
        "burning up",
    ],
    "ANTIPSYCHOTIC": [
        # Blind v29: "medicine for schizophrenia".
        "(medicine|medicines|medication|medications|tablets|pills|injection|injections|depot|drug|drugs|treatment|jab|meds) * (for|against) (his|her|my|their)? (schizophrenia|psychosis|bipolar|voices|hallucinations|paranoia)",
        "(schizophrenia|psychosis|bipolar) (medicine|medication|tablets|pills|injection|depot|meds|drugs|jab)",
        "antipsychotic|antipsychotics|zyprexa|seroquel|risperdal|invega|haloperidol|haldol|olanzapine|risperidone|quetiapine|aripiprazole|abilify|clozapine|chlorpromazine|metoclopramide|metpamid|maxolon|reglan|prochlorperazine|stemetil|buccastem|droperidol|depot|promethazine|paliperidone|lurasidone|amisulpride",
        "(anti sickness|antisickness|anti nausea|sickness) (tablet|tablets|medicine|injection|jab|meds|pill|drug)",
    ],
    "RIGID": [
        # Blind v29: "his muscles like stone" (with a medicine for schizophrenia).
        "(muscles|muscle|body|arms|legs) (are|is|went|gone|feel|feels|all)? (like|as hard as|hard as) (a)? (stone|rock|wood|board|plank|iron)",
        "(muscles|body|arms|legs) (are|is)? (very|so|really|all)? (hard|wooden)",
        # Muscles hard as wood (blind v28): rigidity in a patient's words.
        "(hard|stiff) like (wood|a board|a plank|stone|a rock|rock|iron|a log)",
        "(muscles|body|legs|arms) ** rock hard",
        "rigid|rigidity|stiff|stiffened|locked",
        "lead (pipe|pipes)",
        "stiff as a (board|plank|statue|rod|post|poker|corpse)",
        "can not * (move|bend) ** (arms|legs|body|anything)",
    ],
    "DYSTONIA": [
        "tongue (out|outward|outwards) (pushing|pushed|pulled|pulling|sticking)",
        "(neck|head) ** (twist|twisted|twisting|pulled|pulling|pulls|stuck|locked|jerked|jerking|cranked|wrenched) ** (side|back|round|around|over|on its own|itself)?",
        # Turning is what the patient does unless it happens by itself: "my neck seized
        # when I turned to answer the phone" is not dystonia.
        "(neck|head) ** (turning|turned) ** (side|sideways|on its own|itself|by itself)",
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
        "(stop|stopped|stopping|quit|quitting|come off|came off|coming off) (them|it|all of them|the lot|everything|the tablets|the pills) (all at once|at once|suddenly|abruptly|in one go|overnight)",
        # "quit it on Friday all at once" (blind v21).
        "(stop|stopped|quit|came off) (them|it|all of them|the lot|everything|the tablets|the pills) ** (all at once|abruptly|in one go|cold turkey)",
        "(went|gone|going|quit|quitting|stopped|stopping|came off|coming off) ** cold turkey",
        # Blind v12: "pharmacy couldn't get it, so nothing since friday".
        "(pharmacy|chemist|pharmacist|chemists) (could not|can not|did not|has not|had not|would not) (get|have|stock|supply|order|fill|find) (it|them|my|any|more)",
        f"(stopped|stop|stopping|quit|quitting|ran out|run out|running out|came off|coming off|come off|cold turkey|missed|skipped|forgot|forgotten|weaned|dropped) ** ({RELAXANT}|benzo|benzos|xanax|lorazepam|clonazepam|zopiclone|pregabalin|gabapentin|pump|tablets|pills|meds|medication|medicine)",
        f"({RELAXANT}|benzo|benzos|xanax|lorazepam|clonazepam|zopiclone|pregabalin|gabapentin|pump) ** (stopped|ran out|run out|cold turkey|all at once|suddenly|came off|quit|empty|beeping|alarm)",
    ],
    # A supply that ran out, the medicine named elsewhere: "I was on soma for months" then
    # "ran out on Friday and couldn't get more" (blind v34).
    "RAN_OUT": [
        "(ran out|run out|running out|finished) (on|last|over|at|this|a few|two|three|#)? ** (could not|can not|unable to) (get|buy|find) (more|any more|a new|another|a refill)",
        "(ran out|run out) (of)? (them|it|my tablets|my pills|my prescription|my meds) (on|last|a few|# days|days|yesterday)",
        # Blind v45: "been on carisoprodol for 8 months" then "quit it friday because I
        # read it's addictive": stopped, the medicine named earlier.
        "(quit|stopped|stop|came off|come off|dropped) (it|them|taking it|taking them) (on|last|this)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|weekend|# days ago|a few days ago|days ago)",
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
        # Blind v42: "exactly as the pain clinic set it up".
        "as (my|the|his|her) (doctor|gp|neurologist|consultant|specialist|pain clinic|clinic|hospital|team) (set it up|set up|planned|arranged|worked out|laid out)",
        # Blind v40: "as my neurologist prescribed".
        "as (my|the|his|her) (doctor|gp|neurologist|consultant|specialist|rheumatologist|psychiatrist|physician|surgeon|pain doctor|pain clinic) (prescribed|said|told me|advised|directed|wrote)",
        "(doctor|gp|prescriber|consultant|pharmacist|specialist|clinic) ** (prescribed|said|says|told|agreed|okayed|approved|put me on|gave me)",
        # Blind v33: "my neurologist knows I take baclofen and gabapentin together, it's his plan".
        "(neurologist|rheumatologist|psychiatrist|consultant|specialist|doctor|gp) (knows|know|planned|plans|is aware|manages|managing)",
        "(his|her|their|the doctor 's|my doctor 's) plan",
        # Blind v45: "both from the same pain doctor who knows about both".
        "(doctor|gp|neurologist|consultant|specialist|prescriber|pain doctor) (who|that) (knows|know|is aware) (about)? (both|them|it|all|that|this|everything)",
        "(both|all|each) from the same (doctor|gp|pain doctor|prescriber|consultant|specialist|neurologist|pain clinic|clinic)",
        # Blind v46: "my GP set it up that way and reviews it".
        "(gp|doctor|consultant|specialist|neurologist|prescriber|pain clinic) (set|sets) (it|them|this|that) up",
        "(gp|doctor|consultant|specialist|neurologist|prescriber|pain clinic) ** (reviews|review|monitors|monitor|checks) (it|them|this|that|both|the combination)",
        "prescribed (both|them|together|me)",
        "(both|each|all) (are|were)? prescribed (by)?",
        "(gp|doctor|consultant|prescriber) (has|had|put) (me|him|her) on",
        "(exactly|just)? as (it|the box|the label|the leaflet|the packet) (says|said|tells)",
    ],
    # Asking before taking it, not having taken it (FAQ blind v31): "had a glass of raki
    # tonight, can i still take my muscle relaxant?" Counted inside the question.
    "ASKS_BEFORE_TAKING": [
        "(can|could|should|may|shall) (i|we|he|she) (still|safely|also|then)? (take|have|use|pop) (my|the|a|his|her|one|it|them|any)? (muscle relaxant|muscle relaxants|relaxant|relaxants|muscle relaxer|muscle relaxers|relaxer|relaxers|soma|carisoprodol|baclofen|tizanidine|methocarbamol|cyclobenzaprine|diazepam|valium|pill|pills|tablet|tablets|dose)",
    ],
    # Doses piling up early in the day (blind v41): "I've taken 60mg today already and
    # its only 2pm". Asked about (the `overdose` question): too much depends on the medicine.
    "DOSE_STACKING": [
        "(taken|had|took|swallowed|popped) # (mg|milligrams|tablets|tablet|pills|pill|capsules|of them) ** (already|so far) ** (only|not even|barely) (# pm|# am|# o'clock|# oclock|lunchtime|lunch|midday|noon|morning|breakfast)",
    ],
    # Going to take several because one "does nothing" (blind v42): more than prescribed.
    "TAKING_SEVERAL": [
        "(going to|gon na|will|about to|plan to|planning to) take (3|4|5|6|7|8|9|10|three|four|five|six|several|a handful) (of)? (the|my|them|these|those)? ** (relaxers|relaxants|relaxant|relaxer|pills|tablets|soma|somas|baclofen|tizanidine|muscoril|diazepam|valium)",
    ],
    "ALREADY_TOOK": ["(already|just) (took|taken|had|swallowed|popped) (it|one|them|my|the|a)"],
    "WITH_WATER": [
        "(drink|glass|sip|cup|mug|bottle) of (water|milk|juice|tea|coffee)",
        "with (water|milk|food|a meal|breakfast|dinner|juice)",
    ],
}
