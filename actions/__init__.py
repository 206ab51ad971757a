"""Custom actions run by the rasa-sdk action server (`python -m rasa_sdk --actions actions`).

One module per concern; rasa-sdk registers every non-abstract `Action` subclass it finds.
"""
