"""Running the assistant: processes, their supervisor, and demos of the deployment.

Owns the launcher and its supervisor behind `make run` (`launcher`), how the Rasa server
and the action server are started (`rasa_run`, `action_server`), a throwaway assistant
for tests and the bench (`sandbox`) and the two-server scale-out demo (`scale_demo`).
May import every layer below it; nothing below imports from here.
"""
