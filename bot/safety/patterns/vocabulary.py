"""The tiers, and the shared vocabulary spliced into the concepts' phrases."""

from __future__ import annotations

EMERGENCY, URGENT, SOON = "emergency", "urgent", "soon"

# Shared vocabulary, spliced into the phrases below. Single words only.
PAIN = "pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|sore|agony|tight|tightness|pressure|heavy|heaviness|crushing|squeezing|burning|stabbing|discomfort"
NUMB = "numb|numbness|tingle|tingling|tingly|dead|deadness|numbed|prickly|prickling|prickle|paraesthesia|paresthesia|paraesthesiae|paresthesiae|paraesthesias|paresthesias"
SPASM = "spasm|spasms|spasming|spasmed|spasmodic|cramp|cramps|cramping|cramped|charley|seize|seized|seizing|knot|knotted|twinge|tight|tightness|stiff|stiffness|locked|crampy"
SADDLE = "undercarriage|groin|genitals|genital|crotch|bum|buttocks|buttock|butt|backside|bottom|perineum|vagina|penis|privates|private|anus|bits"
LEG = "leg|legs|calf|calves|thigh|thighs|foot|feet|ankle|shin|hamstring|quad|quads"
RELAXANT = "soma|somas|myorel|carisoprodol|relaxant|relaxants|relaxer|relaxers|relaxors|flexeril|cyclobenzaprine|tizanidine|zanaflex|baclofen|methocarbamol|robaxin|diazepam|valium|metaxalone|skelaxin|orphenadrine|chlorzoxazone|dantrolene|thiocolchicoside|miyorel|muscoril|myoril|coltramyl|sirdalud|lioresal|tizanidin|baklofen"
# A muscle relaxant named by what it is, not the verb: "how can I calm down so my muscles
# relax" asks for no medicine (FAQ blind v35). Read by the detector and the dosing guard.
MUSCLE_RELAXANT_PHRASES = [
    "pain o soma",
    "muscle (relaxant~|relaxer~|relaxor~)",
    "muscle relaxing (tablet~|pill~|medicine~|meds|injection~|drug~)",
]
# Drinks by name; "6 rakis" with a relaxant is alcohol as much as beer is (blind v43).
ALCOHOL = "alcohol|booze|beer|beers|wine|wines|vodka|whisky|whiskey|gin|rum|pint|pints|shots|lager|lagers|cider|raki|rakı|rakis|ouzo|tequila|brandy|cognac|cocktail|cocktails|champagne|prosecco"
SEDATIVE = f"sleeping pills|sleeping pill|sleeping tablets|sleeping tablet|zolpidem|ambien|drink|drinks|drinking|drank|drunk|{ALCOHOL}|tramadol|codeine|oxycodone|morphine|opioid|opioids|painkiller|painkillers|xanax|lorazepam|diazepam|valium|zopiclone|pregabalin|gabapentin|heroin|fentanyl|cocodamol"
MEDICINE = f"{RELAXANT}|medicine|medicines|medication|medications|meds|tablet|tablets|pill|pills|capsule|capsules|antibiotic|antibiotics|ibuprofen|naproxen|diclofenac|painkiller|painkillers|injection|prescription|drug|drugs|dose|quinine|amoxicillin|penicillin|paracetamol|cocodamol|codeine|tramadol|gabapentin|pregabalin"
FACE = "lips|lip|tongue|throat|face|mouth|eyes|eyelids|cheeks|eye"
WOUND = "sliced|slashed|cut|cuts|wound|wounds|gash|gashed|puncture|punctured|nail|nails|rusty|bite~|bitten~|scratch|scratched|splinter|thorn|graze|grazed|scrape|scraped|scrapes|laceration|stab|stabbed|skewered|impaled|spike|shovel|fork|barbed"
PERSON = "my|his|her|their|the|our"
# Burning hot to the touch ("body hot like fire"): a fever, and very hot in heat illness.
HOT_LIKE_FIRE = "(hot|burning|burn) like (fire|an oven|a furnace|a stove|an iron)"
# Where spasms spread to ("now it's in my hamstrings and calves too").
SPREAD_TO = "both|other|legs|arms|thighs|thigh|shoulders|back|neck|feet|hands|hips|body|everywhere|all over|stomach|chest|hamstrings|calves|glutes|gluteus|buttocks|bum|side|sides|arm|leg"
