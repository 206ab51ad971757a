"""Running the assistant: processes, their supervisor, and demos of the deployment.

Owns the launcher behind `make run` (`launcher`), the one supervisor that restarts a
child that exits (`supervisor`, also used by the scale-out demo, the bench and the tests),
how the Rasa server and the action server are started (`rasa_run`, `action_server`), a
throwaway assistant for tests and the bench (`sandbox`), the third-party services the
demo runs (`services`: PostgreSQL, Redis, nginx) and the two-server scale-out demo
(`scale_demo`). May import every layer below it; nothing below imports from here.
"""
