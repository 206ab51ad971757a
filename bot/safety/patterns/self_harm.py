"""Self-harm, direct and indirect: intent, a plan, stockpiled tablets, farewells,
"sleep forever", "can't go on"."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import PERSON, RELAXANT

# What gets stockpiled: tablets in general and the medicines people hoard by name.
_STOCKPILED = "pills|tablets|meds|soma|baclofen|diazepam|medication|painkillers|tramadol|codeine|sleeping|amitriptyline|antidepressants|pregabalin|gabapentin|paracetamol|oxycodone|morphine|opioids|insulin"

CONCEPTS: dict[str, list[str]] = {
    "SELF_HARM": [
        # Blind v30: a plan, said as knowing the place.
        "i (know|have picked|picked|have chosen|chose|have found|found) (exactly)? which (bridge|cliff|building|rooftop|roof|tracks|train)",
        "(car|engine) ** in the garage ** (engine running|with the engine on|hose|pipe)",
        # Thinking how easy it would be not to come back (blind v11, found again in the fourteenth session).
        "(would be|it would be|it will be|be) (so|really|very)? (easy|easier|simpler|better) to (just)? (not come back inside|not come back in|not come back home|not wake up|end it all|end it|not be here|not be around|disappear for good)",
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
    # Not the idiom "I'd rather die than run": dead rather than living (blind v40, in
    # Turkish: "bu spazmlarla yaşamaktansa ölmeyi tercih ederim, ciddiyim"). A concept of
    # its own: a concept keeps its shortest match, and SELF_HARM's "rather be dead" is
    # inside the idiom.
    "DEAD_RATHER_THAN_LIVING": [
        "rather (die|be dead) than (live|living|go on|going on|carry on|carrying on|keep living|keep going|suffer|suffering)",
    ],
    "JUST_IN_CASE": [
        "just in case",
        "for when (i am|i will be) (gone|dead|not here|not around|no longer here)",
        # Blind v24: "so nobody has to deal with it after I'm gone".
        "(after|once|when) (i am|i will be) (gone|dead|not here|not around|no longer here)",
    ],
    # Possessions given away, a warning sign (NHS: Help for suicidal thoughts).
    "GIVING_AWAY": [
        "(giving|given|gave|give) (away)? (all)? (my|of my) (things|stuff|belongings|possessions|clothes|books|records) (away)?",
    ],
    # Any of one's own things handed out, only with "for after I'm gone" (blind v41: "been
    # giving my tools and sewing machine to my cousins"); alone it is ordinary generosity.
    "GIVING_MY_THINGS": [
        "(giving|given|gave|give|handing|handed|hand) (away|out|over)? (all)? (my|of my) ** (to|away)",
    ],
    "BURDEN": ["(fine|better off|better|happier|okay|ok) without me"],
    # A plan and a goodbye together: "I have a plan for tonight, thank you for trying".
    # "I won't be around much longer. I've decided": a decision with a farewell; not a
    # decision about something ("decided to book", "made my mind up about the surgery").
    "MIND_MADE_UP": ["(i have|i|have) (decided|made up my mind|made my mind up|made my decision)"],
    "DECIDED_ON": [
        "(decided|made up my mind|made my mind up|made my decision) (to|on|about|that|which|what|if|whether|against)"
    ],
    "PLAN_TONIGHT": [
        "(tonight|today) (is|'s|s|will be) the (night|day)",
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
        f"(stockpil~|hoard~|stash|stashed|saving up|saved up|collecting|squirrel~|building up) ** ({_STOCKPILED})",
        # Blind v43: "i've got enough tramadol saved up now. i'm done."
        f"({_STOCKPILED}) ** (stockpil~|saved up|saving up|in a drawer|in case)",
        "(going to|gon na|will|want to) (take|swallow|down) (them|it|the lot|the whole lot) all?",
        "(take|taking|swallow) (them|the lot) all",
        "enough to (not wake up|never wake up|end it|die|kill)",
        "how many (pills|tablets|meds|painkillers|baclofen|soma|diazepam|tramadol|codeine|sleeping pills) ** (would it take|it would take|does it take|it takes|would kill|to kill|to die|to overdose|to od|to not wake)",
        "(looking up|looked up|look up|searching|searched|googling|googled|reading up|research~) ** how many (pills|tablets|meds|painkillers) ** (take|kill|die)",
        "(saving|keeping|hiding|hoarding) (up)? (my|all my|the|some|all the)? (pills|tablets|meds|painkillers|soma|baclofen|diazepam|tramadol|codeine|sleeping pills)",
        "(got|have|have got|built) (a|up a) (good|big|decent|nice|little)? (stash|stockpile|supply)",
    ],
    "SLEEP_FOREVER": [
        # Blind v35: "all the pills are lined up on the table", "I know exactly what dose
        # would do it".
        "(pills|tablets|meds|medication) (are|all)? (lined up|laid out|counted out|set out)",
        "(know|knows|worked out|figured out|looked up) ** (what|which|how many) (dose|pills|tablets|of them) (would|will|it would take to) (do it|be enough|kill)",
        # Blind v33: "some nights i wish i could close my eyes and never have to open them again".
        "(close|shut) (my|his|her) eyes and (never|not) (have to)? (open|wake)",
        "sleep (forever|and never wake|and not wake|and not wake up|and never wake up)",
        "(go to sleep|fall asleep) and (never|not) wake up",
        "not wake up",
        "(never|not) wake up again",
        # "they'd all be better off if I just wasn't here anymore" (blind v34).
        "(better off|easier for everyone) ** without me",
        "(better off|easier for everyone) ** if i (just|simply)? (was|were) (gone|not here|not around|dead|no longer here)",
        "(just|only) a burden",
        "(disappear|vanish|gone) (forever|for good)",
        "(stop|end) ** (for good|forever|permanently)",
        "(drive|driving|crash|step) ** (into a wall|into traffic|off a bridge|in front of)",
        "no (reason|point) (to|in) (live|living|go on|going on)",
        "(life|living) (is not|not) worth",
        "(drive|driving|drove|crash|crashing|steer|steering) ** (off|into) (a|the) (bridge|cliff|wall|river|tree|lorry|truck|barrier|crash barrier|pillar|oncoming traffic)",
    ],
    # Putting affairs in order (NHS: warning signs of suicide), an emergency with a farewell.
    "AFFAIRS_IN_ORDER": [
        "(sorted|sorting|sort|made|making|written|writing|wrote|updated|updating|finalised|finalized|done) (out)? (my|the|a) will",
        "(affairs|things|everything) in order",
    ],
    "CANT_GO_ON": [
        # Blind v45: "I don't know how much longer I can keep doing this".
        "(do not know|not sure|no idea) how (much)? (longer|long) (i|he|she) (can|could) (keep doing|keep going|go on|carry on|cope|do|take) (this|it)?",
        "what is the point (anymore|any more|of anything|of going on)",
        "can not (go on|carry on|cope|do this|take this|take it) ** (anymore|any more|much longer|like this)?",
        "had enough",
        "give up on (life|everything)",
    ],
}
