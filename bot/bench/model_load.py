"""Times loading a trained model in a fresh process: `python -m bot.bench.model_load MODEL`.

Prints JSON: `import_s` (importing Rasa and TensorFlow) and `load_s` (Agent.load: unpacking
the model and building every component, ours included), which is what the Rasa server
spends on a model after it has started and what a published model costs to swap in.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    started = time.perf_counter()
    from rasa.core.agent import Agent

    imported = time.perf_counter()
    Agent.load(sys.argv[1])
    loaded = time.perf_counter()
    result = {"import_s": round(imported - started, 2), "load_s": round(loaded - imported, 2)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
