"""The staff console: review queue, FAQ editing, gated retraining, rollback, escalations.

`python -m bot admin` serves it (`make run` starts it too). It is also the model server
the Rasa server pulls the live model from (`bot.admin.model_server`).
"""
