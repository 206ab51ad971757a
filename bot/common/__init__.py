"""Small standard-library helpers every layer may use.

Owns cleaning text that arrives from outside (`text_clean`: lone surrogates, NUL and
other non-characters), redacting patient text from logs (`log_redaction`), facts about
operating-system processes (`processes`), the ids of messages that may arrive twice
(`delivery`), the per-text training cache (`training_cache`) and reading YAML files
with the C parser (`yaml_files`). May import:
`bot.settings`, PyYAML and the standard library only.
"""
