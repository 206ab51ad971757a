"""Which web origins may use the website channels (socket.io and REST)."""

from __future__ import annotations

from collections.abc import Iterable


class OriginPolicy:
    """The configured origins; `*` allows any (not recommended)."""

    def __init__(self, allowed: Iterable[str]) -> None:
        self.allowed = tuple(origin.rstrip("/") for origin in allowed if origin)

    @property
    def allows_any(self) -> bool:
        return "*" in self.allowed

    def allows(self, origin: str | None) -> bool:
        """Whether a request with this `Origin` header may be served.

        Browsers send `Origin` with every cross-origin request, and CORS is a browser
        protection: a request without it does not come from a web page (curl, a
        server-side integration) and is allowed.
        """
        if not origin:
            return True
        return self.allows_any or origin.rstrip("/") in self.allowed
