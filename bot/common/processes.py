"""Facts about operating-system processes that the launcher and the retrain runner share.

Imports only the standard library.
"""

from __future__ import annotations

import os


def pid_alive(pid: object) -> bool:
    """Whether a process with this id exists (one we may not signal still counts)."""
    if not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
