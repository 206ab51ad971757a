"""Figures of speech: concept words inside them are not symptoms."""

from __future__ import annotations

from bot.safety.patterns.vocabulary import PERSON

# Things said to collapse; a person, an animal or a body part is never among them.
THINGS_THAT_COLLAPSE = (
    "souffl~|souffle|cake|sponge|pastry|meringue|bread|sourdough|loaf|dough|pie|sandcastle|"
    "tent|gazebo|marquee|awning|stall|canopy|stage|house of cards|bed|sofa|chair|deckchair|"
    "shelf|shelves|stack|pile|tunnel|wall|walls|building|house|bridge|tower|balcony|roof|"
    "ceiling|floor|stairs|staircase|scaffold|scaffolding|crane|hydraulics|machine|wing|"
    "paraglider|glider|market|markets|economy|deal|plan|plans|talks|negotiations|"
    "business|company|project|team|motivation|lira|currency|system|systems|server|servers|"
    "network|website|app|database|government|coalition"
)
DEVICES = "laptop|phone|screen|tv|telly|computer|monitor|tablet|power|lights|wifi|internet|mood"

IDIOMS: list[str] = [
    # Heat as a treatment, not a hot joint: "hot water bottle or ice for my knee spasm?"
    # (blind v44, in Turkish).
    "hot (water bottle|water bottles|pack|packs|compress|compresses|towel|towels|bath|baths|shower|showers|tub|pad|pads|wheat bag|stone|stones)",
    # An emoji is not a symptom: "the blue lips emoji was about the sea temperature lol".
    "(blue|grey|gray|purple|cold|freezing|dizzy|fainting|sick|vomiting|skull|sweating|crying) * (emoji|emojis|emoticon|emoticons|sticker|stickers)",
    # Blind v43, in Turkish: dark vision for a moment on standing up fast is a head rush
    # (postural), not sudden loss of sight; fainting is still read on its own words.
    "(stood|stand|standing|stands|got|get|getting|gets|jumped|jump) up (too)? (fast|quickly|quick|suddenly) ** (vision|eyes|eye|sight) ** (went|goes|go|going|turned|turns|turning) (black|dark|grey|gray|fuzzy|blurry)",
    "(vision|eyes|eye|sight) (went|goes|go|going|turned|turns|turning) (black|dark|grey|gray|fuzzy|blurry) ** (stood|stand|standing|stands|got|get|getting|gets|jumped|jump) up (too)? (fast|quickly|quick|suddenly)",
    # One pill swallowed is not an overdose: "magnesium spray on the skin vs swallowing a
    # pill" (blind FAQ v24).
    "(swallow|swallows|swallowing|swallowed) (a|one|the|single) (pill|tablet|capsule)",
    # Blind v31. A nickname: "the band calls my big finish the seizure", "the lads call me
    # Heart Attack".
    # Not "what my girlfriend calls a fit" (blind v14): that is a description.
    "(call|calls|called|calling|nicknamed|known as) (me|him|her|us|them) (the)? (seizure|heart attack|stroke|coma)",
    "(call|calls|called|calling) (my|his|her|our|their|this|that|it) ** the (seizure|heart attack|stroke|fit|collapse|coma)",
    # Blind v32: "our swim coach is nicknamed 'the Heart Attack'", "his nickname at the
    # tavla cafe is 'Kalp Krizi'".
    "(nicknamed|nickname|nicknames) ** (seizure|heart attack|stroke|coma|fit|collapse)",
    # A pet's legs, not a person (blind v32): "my old dog's back legs sometimes collapse".
    "(dog|dogs|cat|cats|puppy|horse|pony) 's (back|hind|front)? (leg|legs) (sometimes|often|keep|keeps|kept|just|always|have|has)? (collapse|collapsed|collapses|collapsing|give way|gave way|go)",
    # A medicine's leaflet listing effects (blind v32): "lists seizures as a rare side effect".
    "(seizures|seizure|fits|fainting|stroke|strokes|heart attack|heart attacks|breathing problems|overdose|collapse) (are|is|as)? (a|an)? (very)? (rare|possible|common|serious|known|listed|uncommon)? side (effect|effects)",
    # Things that collapse, not a person: a dish, a tent, a building, a machine, a wing,
    # a market (blind v25, v29, v31: "the crane's hydraulics collapsed (the machine, not
    # me)"; v32: "the old balcony across the street collapsed in the storm").
    f"(the|my|our|his|her|a|an|its|their)? (whole|entire)? ({THINGS_THAT_COLLAPSE}) (across the street|across the road|over the road|next door|opposite|nearby|down the road|in our street|on our street)? (has|had|have|just|completely|totally|partly|nearly|almost)? (collapsed|collapse|collapses|collapsing|caved in)",
    # Devices that black out or die (blind v25).
    f"({DEVICES}) (just)? (collapsed|blacked out|blacks out|went black|went dark|fainted|passed out|died)",
    # "a frontal collapse on the wing" (paragliding).
    "(frontal|asymmetric|asymmetrical) (collapse|collapses)",
    "collapse (on|of|in) (the|my|a) (wing|canopy|glider|paraglider)",
    # Feeling that came back: "my legs went numb sitting cross legged, came back after a
    # minute"; "back" here is not the spine.
    "(came|come|comes|coming) back (after|within|in|quickly|slowly|straight away|again|to normal|fine|on its own)",
    # Fitted an alarm, a kitchen, a brace: not a fit ("she fitted with her eyes rolling"
    # still is one).
    "(has|have|had|just)? fitted (a|an|the|new|my|our|his|her|some|me) (new)? (alarm|alarm button|button|kitchen|carpet|boiler|lock|brace|splint|hearing aid|cooker|shelf|shelves|door|window|tyre|tyres|lens|lenses|boot|support|insoles|orthotics|rail|grab rail|stairlift|ramp|pendant|collar)",
    "(got|get|getting|been|was|were|be|being) fitted for",
    # Blind v30. A friend's joke, or a nickname: "joked that I looked like I was having a heart
    # attack", "the suicide keeper", "suicide sprints".
    "(look|looks|looked|looking|sounded|sound|sounds) like (i|he|she|you|they) (was|were|am|is|are|had|have) (having|had|have) a (heart attack|stroke|seizure|fit)",
    # Blind v20 and v11, after "having a stroke" was read (v32): "I'm having a stroke
    # trying to fill in this insurance form".
    # Only paperwork and puzzles: "had a stroke trying to lift the box" is a stroke.
    "(i am|he is|she is|they are|we are|am|is|are)? having a (stroke|heart attack|seizure|fit|meltdown) (trying to)? (fill|filling|read|reading|understand|understanding|figure|figuring|follow|following|make sense|decipher|deciphering)",
    "(the|a|our|his|my)? suicide (keeper|goalie|goalkeeper|squeeze|run|runs|sprint|sprints|drill|drills|doors|mission|pass|shift|shifts|slide)",
    # FAQ v23's long messages: knots tied in a carpet, a lifeguard "watching me like I'm
    # about to faint", "I'm confused because at home everybody takes them".
    "(tie|ties|tied|tying|knot|knotting|weave|weaving|untie|untying) (the|a|my|these|those|tiny|small|little)? (knots|knot)",
    "(carpet|rug|kilim|rope|sailing|fishing|shoelace|macrame) (knot|knots)",
    "(watching|watches|watched|looking at|looks at|looked at|staring at|stares at) (me|him|her|us|them) (like|as if|as though) ** (faint|pass out|collapse|die|keel over)",
    # First person and a reason that is advice or other people, never "because of the
    # heat" or "since this morning": "he is confused since this morning" is confusion.
    "(i am|am|i was|we are) (so|really|a bit|totally|quite|very)? confused (because|as to why|about why) (at home|back home|everyone|everybody|people|my|the doctor|the physio|doctors|different|some|one|you|they)",
    # Puzzled about medicines (FAQ blind v26): "I'm confused, these are both muscle
    # relaxants?"
    "(i am|am|i was|we are) (so|really|a bit|totally|quite|very|a little)? confused ** (these|which|whether|difference|same|both|the two|are they)",
    # Sleepy on a night shift: "so sleepy that I feel like I'm going to pass out on my feet".
    "(going to|about to|could|might) (pass out|fall asleep|drop|collapse) on (my|his|her|our|their) feet",
    # A face grey from tiredness, said so: "my face looks grey ... but it is only tired".
    "(face|he|she|i|you)? (looks|look|looked|looking|is|was)? (grey|gray|pale) ** (but|it is|its) (only|just) (tired|tiredness|fatigue|exhaustion|from work)",
    # A simile for how someone plays or moves: "my violin teacher says I play like I'm
    # having a fit".
    "(play|plays|playing|played|dance|dances|dancing|danced|drive|drives|driving|look|looks|looked|move|moves|moving|moved|sing|sings|singing) like (i am|he is|she is|you are|they are|i was|he was|she was|we are) having a fit",
    # Keeping something from getting worse is prevention, not worsening: "what would you
    # recommend to keep things from getting worse as I get older?"
    "(keep|keeping|keeps|stop|stopping|stops|prevent|preventing|prevents|avoid|avoiding) (it|things|them|this|that|my back|my neck|my pain|the pain|the spasms|my spasms)? (from)? getting worse",
    # Advice from two people, not an overdose: "one friend told me to take salt tablets,
    # another told me to eat bananas"; "takes quinine tablets and another one drinks tonic
    # water" (blind v29, FAQ blind v22).
    "(take|takes|took|taking) ** another (one|friend|person|guy|lady|woman|man|of them|mate|colleague)? (told|tells|says|said|swears|drinks|drink|takes|uses|recommends|recommended|suggested|eats|does)",
    # The weather's temperature asked about as a cause (FAQ blind v22): "my nan swears
    # cramps come from cold weather, is temperature actually a cause?"
    "(does|can|could|is|are) (the)? (temperature|temperatures|weather|cold|heat) (change|changes)? (actually|really|even)? (a)? (cause|causes|factor|trigger|triggers|affect|affects|matter|matters|to blame)",
    # "blood, sweat and tears": hard work.
    "blood (sweat|and sweat) and tears",
    # A body "confused" by a change of habit, not clinical confusion.
    "(my|his|her|the) (body|muscles|stomach|gut|metabolism|body clock) (is|'s|s|must be|seems|gets|got)? (probably|just|a bit|so|totally|really)? confused",
    # The room's temperature, not the patient's: "hot yoga in a 40 degree room".
    "# (degree|degrees|c) (room|studio|heat|weather|day|days|sun|sauna)",
    "(room|studio|weather|sauna|outside|hamam|hammam) (is|was|at|of|reaches|hits)? (about|around|over)? # (degrees|c)",
    # A cut that is not a wound: "cutting hair for twenty years", "cut back on coffee".
    "(cutting|cut|cuts) (hair|the grass|grass|the lawn|wood|logs|vegetables|onions|fabric|cloth|tiles|stone|meat|costs|back on|down on|out sugar|out coffee|out caffeine|out alcohol|corners)",
    # Bent over something as a posture or a job, not stuck bent: "my upper back aches from
    # hunching over her" (feeding a baby), "bent over sheep for 20 years" (blind v28).
    "(hunching|hunched|hunch|hunches|bent|bending|bend|bends|stooping|stooped|stoop) (over|down over) (a|the|my|his|her|our|their|your)? (desk|desks|laptop|laptops|computer|screen|screens|phone|phones|baby|her|him|them|sheep|keyboard|sewing machine|books|workbench|bench|table|tables|counter|sink|steering wheel|guitar|patients|cot|pram|plants|engine|engines|nets|wheel|potters wheel|loom|looms|easel|microscope|lathe|anvil|canvas|piano|cello|harp|drawing board|hives|hive|saw|vice|vise|machine|machines)",
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
    "(bike|bicycle|shoe|shoes|saddle|cleat|cleats|insole|insoles|orthotic|orthotics|brace|splint|kitchen|carpet|dress|suit|glasses|hearing aid|gas|pipe|plumbing|compression|push|brass|light|tap|water|radiator|boiler) (fitting|fittings)",
    # Getting rid of a spasm for good is prevention: "how do I stop it for good?"
    "(how|what|anything|way to|ways to) ** (stop|end|get rid of|prevent|fix|beat|sort|cure) (it|this|them|these|the spasm|the spasms|the cramp|the cramps|the pain|my spasms|my cramps|my pain) (for good|forever|permanently)",
    # A complaint that goes away for good (FAQ blind v36: "the same tight band in my right
    # thigh, will it ever go for good").
    "(it|they|this|these|that|the spasm|the spasms|the cramp|the cramps|the pain|the band|the knot|the tightness|my spasms|my cramps|my pain) (ever)? (go|gone|goes|disappear|disappears|disappeared|vanish|vanished) (away)? (for good|forever|for ever)",
    "(will|would|does|do|can|could) (it|they|this|these|that|the|my) ** (ever)? (go|goes|disappear|disappears|vanish) (away)? (for good|forever|for ever)",
    # Tense, not a wound (FAQ blind v36: "wound up like a spring and my jaw and neck feel it").
    "(wound|wind|winding|winds) up (like a spring|so tight|tight|all the time|about|over)?",
    "spread (the|my|your|their)? (load|weight|cost|payments|work)",
    # Fitting things is a trade, not a fit (blind v46: "fitting solar panels").
    "(fitting|fit|fitted|fits) (the|a|an|new|some)? (solar|panels|panel|kitchen|kitchens|window|windows|door|doors|carpet|carpets|tyres|tyre|tires|pipes|boiler|boilers|glass|cabinets|units|blinds|curtains|tiles|floors|flooring|cables|alarms|lights|sockets|roofs|gutters|bathrooms|shelves|locks)",
    # A hobby taken up is not a symptom's onset (blind v46: "I've started doing archery").
    "(started|start|starting|begun|began|taken up|took up) (doing|playing|learning|practising|practicing|going to|to do|to play|working at|training at|classes|lessons)",
    "(nearly|almost|practically) (had|have|having|gave me|give me) a (heart attack|fit|stroke|seizure|breakdown)",
    "(giving|gave|give|gives) me a heart attack",
    # Blind v38: "gave everyone at the office a collective heart attack"; "I'll probably pass
    # out on the sofa after this double shift".
    "(collective|mini|little|small) heart attack",
    "(pass|passed|passing) out (on|in) (the|my)? (sofa|couch|bed|armchair|chair)",
    # Blind v37: a song's "can't breathe without you"; a player who "pretended to faint".
    "can not (breathe|live) without (you|him|her|it|them|coffee|my phone)",
    "(pretended|pretending|pretends|pretend|faked|faking|fakes|fake|acted|acting) (to)? (faint|fainting|collapse|collapsing|a seizure|a fit|a heart attack|injured|an injury)",
    # Farm animals and pets with tetanus or a fit, seen by the vet (blind v37).
    "(goat|goats|sheep|cow|cows|calf|lamb|lambs|horse|horses|pony|pig|pigs|dog|cat|hen|hens|chicken|chickens) ** (lockjaw|tetanus|seizure|fit)",
    # "a heart attack moment for the crowd" (a DJ, blind v36): a figure of speech.
    "(a|the)? heart attack (moment|moments|material|territory|inducing|waiting to happen)",
    "(price|prices|cost|costs|bill|bills|deadline|deadlines|work|boss|job|rent|kids|traffic) ** (choking|killing|strangling|suffocating|giving)",
    "(dying|dying) (for|to)",
    "(killing|killed|kill) me (now|off)?",
    # "I want to die of embarrassment" (blind v32), the whole of it.
    "(want to|wanted to|could|going to|will|would|i could|i will|i would)? (literally)? (suffocating|dying|die|died) (with|of|from) (embarrassment|shame|cringe|boredom|laughter|heat)",
    # A stuffy room, not air hunger: "the sauna felt like I was suffocating".
    "(sauna|steam room|hamam|hammam|hot yoga|bikram|crowded|packed|stuffy|mask) ** suffocating",
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
    "(sit|sits|sitting|sat|work|works|working|spend|spent|type|typing|read|reading|study|studying|feed|feeding) (all day|all the time|for hours|hours|all night|most days)? (hunched|bent|curled) (over|forward)",
    # FAQ blind v29: "feeding her all hunched over".
    "(feeding|feed|holding|carrying|nursing|breastfeeding|changing|bathing) (her|him|them|the baby|my baby|baby)? (all)? (hunched|bent|curled) (over|forward)",
    # A pet's sting, seen to by the vet (blind v36): "the dog got stung on the nose and his
    # face swelled".
    "(dog|cat|puppy|kitten|horse|pony) (got|was|has been|had been)? (stung|bitten|bit) ** (face|nose|muzzle|head|lip|lips|eye) (swelled|swelled up|swollen|swelling|puffed up|blew up)",
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
    "(hurt|hurting|injured|injuring) (myself|himself|herself|themselves) (moving|lifting|playing|training|running|gardening|exercising|working out|carrying|bending|skiing|cycling|climbing|dancing|at the gym|at work|in the gym|in a gym|at a gym|with weights|lifting weights|stretching|doing sport|doing sports|doing exercise|doing yoga|doing weights|falling|when i fell|when he fell|when she fell|on the stairs|on the ice)",
    "(went|gone|goes|go|going) numb ** (sitting|sat|from sitting|stood up|bleachers|bike|bikes|cycling|cycle|ride|rides|riding|saddle|spin|spinning|bicycle)",
    "(passed|pass|passing|handed|hand|handing|gave|giving) out (the|some|all|free|our|my)? (leaflets|leaflet|flyers|flyer|fliers|papers|sheets|drinks|sweets|snacks|cake|food|water|medals|programmes|programs|cards|tickets|invites|invitations|forms|samples|certificates|prizes|bottles|oranges|homework)",
    "(room|weather|day|class|studio|gym|house|office|outside|sauna|car|flat|kitchen|bus|train|pitch|classroom|it|its) (is|was|gets|got|feels|felt)? (very|really|extremely|boiling|scorching|super|so)? hot",
    "(my|his|her|the)? (bum|backside|bottom|butt|crotch|groin|privates|bits) (goes|go|went|gone|going|is|gets|get|got) numb ** (bike|bikes|cycling|cycle|ride|rides|riding|saddle|spin|spinning|bicycle|sitting|sat)",
    "(lips|lip|fingers|hands|toes|fingertips) ** (blue|purple|white) ** (ice bath|cold water|cold swim|swim|swimming|sea|lake|plunge|freezing|snow|ice)",
    "(ice bath|cold water|cold swim|swim|swimming|sea|lake|plunge|freezing|snow) ** (lips|lip|fingers|fingertips) ** (blue|purple|white)",
    "(lips|lip|tongue|mouth|teeth) ** (blue|bluey|bluish|blueish|purple|purplish|green|black) ** (slushie|slush|lolly|lollipop|sweets|sweet|candy|dye|lipstick|juice|berries|blueberries|blueberry|blackberries|smoothie|smoothies|beetroot|wine|food colouring|food coloring|mulberries|ice cream|popsicle|ink|drink|sherbet)",
    # Blind v33: "lips are bright blue but it's from the blue ice lolly".
    "(lips|lip|tongue|mouth) ** (blue|bluey|bluish|purple|green) ** (ice lolly|ice pop|ice lollies|popsicle|slushie|lolly)",
    # The colour said twice: "lips are bright blue but it's from the blue ice lolly".
    "(lips|lip|tongue|mouth) (are|is|look|looks|went|gone|turned)? (bright|really|very|totally)? (blue|purple|green) (but|and)? (it is|that is|this is)? (from|because of) (the|a|that|her|his|my|their)? (blue|purple|green)? (ice lolly|ice pop|popsicle|slushie|lolly|lollipop|sweets|sweet|juice|drink|ice cream|sherbet)",
    "(slushie|slush|lolly|lollipop|sweets|candy|dye|lipstick|juice|blueberries|blueberry|blackberries|smoothie|smoothies|beetroot|wine|food colouring|food coloring|mulberries|ice cream|popsicle|ink|sherbet) ** (lips|lip|tongue|mouth) ** (blue|bluey|bluish|blueish|purple|purplish|green|black)",
    "(blue|bluey|bluish|blueish|purple|purplish|green|black) (lips|lip|tongue|mouth|teeth) ** (from|after) ** (slushie|slush|lolly|lollipop|sweets|candy|dye|lipstick|juice|blueberries|blueberry|blackberries|smoothie|smoothies|beetroot|wine|food colouring|food coloring|mulberries|ice cream|popsicle|ink|sherbet)",
    # Laughter, an animal's illness, a reaction to a bill, and years without (blind v19).
    "(nearly|almost)? (died|dying|die|dead|killing myself|killed myself|kill myself|passed out|fainted|collapsed|wet myself|can not breathe|could not breathe|can not breath|could not breath|struggling to breathe|breathless|choking) (for|from|with|of)? (laughing|laughter|giggling|giggles)",
    "fainting (goat|goats)",
    # A word in a puzzle, a saying, a play or a game (blind v33).
    "(crossword|puzzle|quiz|clue|scrabble|wordle|riddle) ** (thunderclap|seizure|stroke|heart attack|overdose|collapse)",
    "(always|used to|would|often) (say|said|says) ** (having a stroke|having a heart attack|dying|going to die)",
    "(character|role|part|avatar) (collapses|collapsed|collapse|faints|fainted|faint|dies|died|passes out|passed out)",
    # A game's or a show's people (blind v34): "my Sim had a heart attack in the hot tub",
    # "on Grey's Anatomy they said 'worst headache of my life' means a bleed".
    "(sim|sims|character|avatar|npc|villain) (just)? (had|has|is having|was having|having) (a|another)? (heart attack|stroke|seizure|fit)",
    "(said|says|say|called|calls|call|quoted|quote|line) * worst headache of (my|your|his|her|their) life",
    "worst headache of (my|your|his|her|their) life * (means|meant|mean|is a sign|is a symptom)",
    # Asking why others faint (blind v34): "wants to know why people faint at concerts".
    "why (do|does|did|would|can)? (people|someone|somebody|humans|folk|folks|fans|athletes|runners|soldiers|guards) (faint|fainted|collapse|collapsed|pass out|black out|keel over|have seizures|have fits|have strokes)",
    # An instrument or machine that wheezes (blind v34): "our church organ has a dead note
    # that wheezes like an old man".
    "(organ|accordion|bagpipes|harmonium|bellows|engine|car|van|kettle|radiator|boiler|fridge|note|pipe|pipes|hinge|door|fan|printer|bus|tractor) ** (wheezes|wheeze|wheezing|wheezed|wheezy)",
    # A posture, not opisthotonus (blind v34): "paddling with my back arched".
    "(paddling|paddle|paddles|surfing|rowing|swimming|sitting|lying|standing|reaching|stretching|working|typing|riding|cycling) (with)? (my|his|her)? back arched",
    # A healthy limb in a cast (blind v34): "my fingers are pink and warm".
    "(fingers|toes|hand|hands|foot|feet) (are|is|look|looks|feel|feels|still)? (nice and|pink and|warm and)? (pink|warm) (and pink|and warm)?",
    # A children's game (blind v32): "loves to play 'fainting princess' on the floor".
    "(play|plays|played|playing|game|games) ** (fainting|dying|dead|collapsing|sleeping) (princess|princesses|swan|swans|lady|soldier|soldiers|game|games|goat)",
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
    # Eye drops, not a drooping eye (FAQ blind v28): "pink eye, what drops should i use".
    "(eye|eyes|eyelid) * (what|which|any|some|good|the|best)? (drops|drop) (should|do|to|for|can|would|are|is|i)",
    # Puzzled, then a question (FAQ blind v28): "I am confused. Can you give me an
    # overview", "Doamne, I am confused. Is it ok to take the pills".
    "(am|i am) (so|a bit|a little|really|very|totally|quite|kind of)? confused * (can you|could you|which one|which is|is it ok|is it okay|is it safe|should i|do you|how long|how much|how often)",
    # Puzzled about something, not confused in the head: "confused about heat vs ice".
    "(confused|confusing|confuses|confusion) (about|by|as to|over|with|whether|which|what|between|on|re|if|how|why)",
    "(pretend|pretends|pretended|pretending|fake|fakes|faked|faking|acting|acts|mock) (to)? (faint|fainting|fainted|collapse|collapsing|pass out|passing out|die|dying|have a seizure|a seizure|a heart attack|a stroke)",
    # The whole of "he is having a stroke of luck" (blind v32 development), or just "a
    # stroke of the pen".
    "(i am|he is|she is|they are|we are|am|is|are|was|were)? (having|had|has|have)? (a)? stroke of (genius|luck|brilliance|inspiration|the pen|midnight|good fortune)",
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
    # A leaflet that is "very long and confusing" is not a confused patient (FAQ blind
    # v31); "he is confusing his words" is a speech sign, read by SPEECH.
    "(it is|it was|that is|this is|so|very|really|quite|bit|a bit|all|pretty|rather|too|and|is|are|was|were|seems|seem|looks|sounds) confusin~",
    "confusin~ (leaflet|leaflets|instructions|label|labels|form|forms|website|advice|information|info|article|articles|video|videos|app|rules|chart|packet|box|dose|doses|dosing|system)",
    # Drops for the eyes, not a drooping eye (blind v40).
    "(eye|eyes|ear|ears|nose) (drops|drop)",
    "eyedrops|eardrops",
    # A posture noticed in oneself (blind v40): "I catch myself hunched over the board".
    "(catch|caught|find|found|notice|noticed) (myself|himself|herself) (hunched|slouching|slumped|bent|leaning) (over|forward)?",
    # A piece of furniture (blind v39): "the chest of drawers tipped onto my foot".
    "chest of drawers",
    # Not wanting to bother anyone, not muscle wasting (FAQ blind v33): "I don't want to
    # waste a doctor's time" (with "waste" taken out, the rest read as self-harm).
    "(waste|wasting|wasted) * time",
    # Blind v42 and FAQ blind v34. Fitting as joinery: "been fitting a floor all week",
    # "fitting out a shop".
    "(been|was|were|is|am|are|started|start|starting|spent|spend)? (fitting|fitted|fit|fits) (out|in)? (a|an|the|new|some|my|his|her|their|our|two|three)? (floor|floors|flooring|shop|shops|kitchen|kitchens|carpet|carpets|bathroom|bathrooms|window|windows|door|doors|tiles|cupboard|cupboards|wardrobe|wardrobes|boiler|boilers|pipes|units|shelves|shelf|lights|sockets|tyres|tires|parts|suit|suits|dress|dresses|office|offices|boat|boats|van|house|flat|stairs|staircase|skirting|worktop|worktops|sink|toilet)",
    # A course of tablets finished, not an overdose: "do I have to finish the whole box?"
    "(have to|need to|should i|must i|supposed to|meant to|do i) (finish|complete) (the|my|this)? (whole|full|entire)? (box|pack|packet|course|strip|prescription)",
    # Someone else's advice to take something (FAQ blind v34): "my daughter wants me to
    # take magnesium tablets".
    "(daughter|son|wife|husband|mum|mom|mother|dad|father|doctor|gp|pharmacist|friend|sister|brother|family|partner|neighbour|neighbor) (wants|wanted|told|asked|advised|suggested|says|said|keeps telling|tells) (me|him|her|us) to (take|try|start|get) ** (tablets|pills|supplements|magnesium|capsules|vitamins|medicine|meds|something)",
    # A reaction to a price (blind v42): "when I saw the bill for the MRI I nearly fainted".
    "(bill|bills|price|prices|cost|invoice|quote|total|receipt) ** (nearly|almost) (fainted|fainting|passed out|collapsed|had a heart attack|died|had a stroke)",
    # Gym talk (blind v42): "leg day destroyed me, can't feel my legs lol".
    "can not feel (my|his|her)? (legs|feet) (lol|haha|hahaha|lmao|xd|jk|after leg day|after squats)",
    "leg day (destroyed|killed|wrecked|smashed|ruined|finished|murdered) (me|my legs) ** can not feel (my)? (legs|feet)",
    # Stairs, not a journey (blind v41): "running up 5 flights of stairs".
    "(flight|flights) of (stairs|steps)",
    # Blind v41. A habit of posture, not stuck bent over: "I'm feeding him a lot, usually
    # hunched over"; another person's lasting posture: "his back is bent over, he's 90".
    "(usually|always|often|mostly|constantly|normally|generally|typically|all day) (hunched|bent|curled|stooped|slouched) (over|forward)?",
    "(his|her|their) (back|spine|posture) (is|was|has been|got|became|went) (all|quite|very)? (bent|hunched|stooped|curved) (over|forward|double)?",
    # A red that a food explains (blind v41): "reddish wee after a big beetroot salad".
    "(red|reddish|pink|pinkish|purple|dark) (wee|pee|urine) (after|from) ** (beetroot|beetroots|beet|beets|blackberries|rhubarb)",
    # Sport talk (blind v39): "my esports captain said I choked in the final".
    "(choked|choke|choking|bottled|bottled it) (in|at|during|under|on) (the|a|that|this|my|our)? (final|finals|semi|semis|semifinal|semi final|match|game|exam|interview|pressure|clutch|penalty|penalties|shootout|round|tournament|big moment|last round|race|tie break|tiebreak|audition|presentation|pitch|big game|derby)",
    # Hot places and drinks, not a fever (FAQ blind v31): "a boiling hot kitchen all day".
    "(boiling|burning|roasting|scorching|baking|sweltering) hot (kitchen|kitchens|day|days|weather|room|office|car|bus|train|pitch|classroom|summer|summers|afternoon|sun|bath|shower|water|tea|coffee|drink|oven|hamam|sauna|climate|city|country|place|workshop|factory|greenhouse|bakery|foundry|warehouse|site|field|fields|beach|court|studio|gym|van|cab|tent|july|august)",
    # Many medicines as a habit, not an overdose (FAQ blind v31): "he already takes a lot
    # of tablets and we don't want to add more".
    "(takes|is on|are on|am on|on) (a lot of|lots of|loads of|so many|many|plenty of|quite a few|a bunch of) (tablets|pills|meds|medicines|medication|medications)",
    "(saw|seeing|see|sees) double (after|from) ** (alcohol|booze|drinking|beer|beers|wine|drink|drinks|shots|shot|vodka|whisky|whiskey|cocktails|pints|pint|glasses|rakis|ouzo|gin)",
    "blacked out ** (document|documents|text|page|pages|name|names|line|lines|word|words|details|number|numbers|section|sections|paragraph|paragraphs|address|photo|photos|faces|window|windows|passages|passage)",
    "better off without me (on|in|at|for) (the|this|that|our|my)? (pitch|team|field|court|squad|lineup|office|meeting|project|match|game|trip|side|week|weekend|tournament)",
    "(passed out|blacked out|collapsed|conked out|crashed out) ** as in (fell asleep|i fell asleep|slept|went to sleep|sleeping|asleep)",
    "(stops|stop|stopped|cures|cure|cured|ends|end|prevents|prevent|banish|banishes) (all|your|my|the|any)? (cramps|spasms|pain|muscle cramps|aches|cramp) (forever|for good|permanently|for ever)",
    "(cycled|cycling|cycle|rode|ride|riding|bike ride|spin class|spinning|saddle|sportive|century ride) ** numb (bum|backside|bottom|butt|bits|crotch|groin|privates|undercarriage)",
    "(cycled|cycling|cycle|rode|ride|riding|bike ride|spin class|spinning|saddle|sportive|century ride) ** (bum|backside|bottom|butt|bits|crotch|groin|privates|undercarriage) (was|went|goes|gone|got|is|felt|feels) numb",
]
