"""Small standard-library helpers every layer may use.

Owns cleaning text that arrives from outside (`text_clean`: lone surrogates, NUL and
other non-characters), redacting patient text from logs (`log_redaction`) and facts about
operating-system processes (`processes`). May import: `bot.settings` and the standard
library only.
"""
