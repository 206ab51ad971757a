"""The pieces Rasa loads by import path from `endpoints.yml` and the launcher.

Owns the tracker store and lock store that survive a database outage, the event broker
that turns conversation events into review items and backstop escalations
(`event_broker`), the response generator that fills clinic settings and serves live FAQ
answers (`nlg`), the time limit on every action call (`action_guard`), start-up
speed-ups (`speedups`), long messages parsed off the event loop (`long_messages`) and
a retried message answered from its saved turn (`redelivery`); `patching` wraps a Rasa
method once, for all of them.
May import: `bot.storage`, `bot.content`, `bot.safety`, `bot.common`, `bot.settings` and
Rasa.
"""
