"""The safety layer: what makes a message an emergency, and what the assistant does then.

Owns the one safety contract (`verdict`: tiers, findings, the verdict read from parse
data); the rule-based detector (`detector`) with its language pipeline (`language`: an
in-repo spaCy pipeline), the clinical concepts it recognises (`concepts`) and the
pattern catalogue (`patterns`); the guard against giving medicine doses (`dosing`);
text clean-up before screening (`normalise`); the safety questions (`questions`); the
learned second layer (`learned`, trained from `corpus`); the screen that combines them
with conversation context (`screen`); and how the screen is measured on the labelled
sets (`evaluation`, for `make eval`, the retrain gates and the tests).

May import: `bot.common`, `bot.settings`, spaCy and scikit-learn. Nothing here imports Rasa, so the
action server and the event broker can read verdicts without loading the NLU stack;
`verdict` imports nothing heavier than the standard library.
"""
