"""The clinic's FAQ content: topics, their answers and the rules every answer follows.

Owns reading and checking topic files (`topics`: placeholders, no medicine dosing,
readability), writing staff edits back to `data/nlu/faq/` (`faq_store`), and serving an
answer's current text at run time without retraining (`live`). May import:
`bot.safety` (the dosing guard and detector that check answers), `bot.common` and
`bot.settings`.
"""
