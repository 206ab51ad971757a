"""The safety layer: what makes a message an emergency, and what the assistant does then.

Owns the one safety contract (`verdict`: tiers, findings, the verdict read from parse
data), text clean-up before screening (`normalise`), the safety questions (`questions`),
the learned second layer (`learned`), the screen that combines the pattern detector,
the learned layer, conversation context and the dosing guard (`screen`), and how the
screen is measured on the labelled sets (`evaluation`, for `make eval` and the tests).

May import: `bot.settings` and the pattern detector modules (`bot.red_flags`,
`bot.concepts`, `bot.red_flag_patterns`, `bot.language`, `bot.dosing`). Nothing here
imports Rasa, so the action server and the event broker can read verdicts without
loading the NLU stack; `verdict` imports nothing heavier than the standard library.
"""
