"""Custom Rasa NLU components, referenced by module path in `config.yml`.

Owns question focus for long messages, the FAQ answer gate and the pipeline step that
runs the safety screen, plus the MiniLM sentence encoder (`sentence_embedding`, plain
numpy) and nearest-example search the gate and the baselines use. Saved models name
these classes by import path (`bot.nlu.question_focus.QuestionFocus`, ...): keep the
paths, or a re-export, so an older model still loads for rollback. May import:
`bot.safety`, `bot.content`, `bot.common`, `bot.settings` and Rasa.
"""
