"""Request checks for the console: sign-in required, CSRF tokens, security headers.

- Every page except the sign-in page, static files, `/health` and the model endpoint
  (which has its own token) needs a live session; otherwise the browser is sent to sign in.
- Every POST must carry the CSRF token: the session's own token in a signed-in form, or,
  on the sign-in form, the value of a pre-sign-in cookie (double submit). A POST whose
  Origin or Referer names another site is refused as well.
- Responses carry a strict Content-Security-Policy (no inline script), no framing, no
  sniffing, and are not cached.
"""

from __future__ import annotations

import asyncio
import hmac
import re
import secrets
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web
from multidict import MultiDict, MultiDictProxy

from bot.admin.auth import SessionStore
from bot.common.text_clean import clean_text

SESSION_COOKIE = "clinic_console_session"
LOGIN_CSRF_COOKIE = "clinic_console_csrf"
PUBLIC_PREFIXES = ("/login", "/static/", "/health", "/model")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

# An absolute path without a host: "/" then RFC 3986 path and query characters only.
_CONSOLE_PATH = re.compile(r"/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def client_ip(request: web.Request) -> str:
    return request.remote or ""


def is_https(request: web.Request) -> bool:
    """Direct TLS, or TLS ended by a reverse proxy on this host."""
    forwarded = request.headers.get("X-Forwarded-Proto", "")
    return request.secure or (forwarded == "https" and client_ip(request) in ("127.0.0.1", "::1"))


def set_cookie(response: web.StreamResponse, request: web.Request, name: str, value: str) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="Strict",
        secure=is_https(request),
        path="/",
    )


def login_csrf_token(request: web.Request) -> str:
    """The pre-sign-in CSRF token (from the cookie, or a new one to set)."""
    return request.cookies.get(LOGIN_CSRF_COOKIE) or request.get("new_login_csrf") or ""


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
        _headers(response)
        raise
    _headers(response)
    return response


def _headers(response: web.StreamResponse) -> None:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cache-Control", "no-store")


def session_middleware(sessions: SessionStore):
    """Loads the staff session; sends visitors without one to the sign-in page."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        token = request.cookies.get(SESSION_COOKIE)
        record = await asyncio.to_thread(sessions.lookup, token) if token else None
        request["session"] = record
        request["session_token"] = token if record is not None else None
        if record is None and not request.path.startswith(PUBLIC_PREFIXES):
            if request.method == "GET" and not request.path.endswith(".json"):
                target = request.path_qs if request.path != "/" else ""
                suffix = f"?next={_quote(target)}" if target else ""
                raise web.HTTPSeeOther(f"/login{suffix}")
            raise web.HTTPUnauthorized(text="Sign in first.")
        if request.path.startswith("/login") and LOGIN_CSRF_COOKIE not in request.cookies:
            request["new_login_csrf"] = secrets.token_urlsafe(32)
        response = await handler(request)
        if request.get("new_login_csrf") and not response.prepared:
            set_cookie(response, request, LOGIN_CSRF_COOKIE, request["new_login_csrf"])
        return response

    return middleware


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/?=&")


@web.middleware
async def csrf_protection(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuses state-changing requests without the right CSRF token or from other sites."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return await handler(request)
    if not _same_origin(request):
        raise web.HTTPForbidden(text="Refused: the request came from another site.")
    try:
        form = await request.post()
    except web.HTTPException:  # 413: larger than client_max_size
        raise
    except Exception as error:  # invalid UTF-8, malformed multipart...
        raise web.HTTPBadRequest(text="Refused: the form could not be read.") from error
    form = clean_form(form)
    # aiohttp keeps the parsed form here and hands it to every later `request.post()`:
    # so every view reads the cleaned fields.
    request._post = form
    sent = str(form.get("csrf_token") or request.headers.get("X-CSRF-Token") or "")
    record = request.get("session")
    expected = record.csrf_token if record is not None else request.cookies.get(LOGIN_CSRF_COOKIE)
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        raise web.HTTPForbidden(
            text="Refused: the form's security token is missing or out of date. "
            "Go back, reload the page and try again."
        )
    return await handler(request)


def clean_form(form: MultiDictProxy) -> MultiDictProxy:
    """The form with control characters and lone surrogates in its text fields replaced
    (`bot.common.text_clean`); uploaded files are left as they are."""
    cleaned: MultiDict = MultiDict()
    for key, value in form.items():
        cleaned.add(clean_text(key), clean_text(value) if isinstance(value, str) else value)
    return MultiDictProxy(cleaned)


def _same_origin(request: web.Request) -> bool:
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source or source == "null":
        return source != "null"
    return urlsplit(source).netloc == request.host


def safe_next(target: str | None) -> str:
    """A redirect target inside the console (never another site), else `/review`.

    Only a path (and query) of plain URL characters is taken: browsers and aiohttp drop
    tabs and newlines and read a backslash as a slash, so "/<tab>/host" or "/<backslash>host"
    would otherwise lead to another site.
    """
    if not target or not _CONSOLE_PATH.fullmatch(target):
        return "/review"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("//"):
        return "/review"
    return target
