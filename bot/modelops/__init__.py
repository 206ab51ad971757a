"""Models: training, the registry of trained models, evaluation and gated retraining.

Owns the model fingerprint and training (`training`), the registry and live pointer
(`model_store`), rendering Rasa's run-time configuration for the live model
(`runtime_config`), the held-out evaluation and its baselines, and the retrain pipeline
with its safety gates (`retrain`). May import: `bot.nlu`, `bot.storage`, `bot.content`,
`bot.safety`, `bot.common`, `bot.settings`; and `bot.channels.credentials`, only to
render `credentials.yml`.
"""
