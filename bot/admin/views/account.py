"""Signing in and out."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.admin.context import console, render
from bot.admin.security import SESSION_COOKIE, client_ip, safe_next, set_cookie

routes = web.RouteTableDef()
FAILED_SIGN_IN_DELAY = 0.5  # seconds; slows guessing without blocking other requests


@routes.get("/")
async def home(request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther("/review")


@routes.get("/login")
async def login_page(request: web.Request) -> web.StreamResponse:
    if request.get("session") is not None:
        raise web.HTTPSeeOther(safe_next(request.query.get("next")))
    return render(
        request,
        "login.html",
        next=safe_next(request.query.get("next")),
        error="",
        username="",
        no_accounts=console(request).users.count() == 0,
    )


@routes.post("/login")
async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    username = str(form.get("username", ""))[:64]
    password = str(form.get("password", ""))[:1000]
    target = safe_next(str(form.get("next", "")))
    app = console(request)
    ip = client_ip(request)
    result = await asyncio.to_thread(app.guard.sign_in, username, password, ip)
    if result.user is None:
        await asyncio.sleep(FAILED_SIGN_IN_DELAY)
        if result.locked_seconds:
            minutes = max(1, round(result.locked_seconds / 60))
            error = (
                "Too many failed sign-ins. Signing in is locked for about "
                f"{minutes} minute{'s' if minutes != 1 else ''}."
            )
            status = 429
        else:
            error = "Wrong user name or password."
            status = 401
        await asyncio.to_thread(
            app.audit.record, username or "?", "sign_in_failed", "account", ip=ip
        )
        return render(
            request,
            "login.html",
            status=status,
            next=target,
            error=error,
            username=username,
            no_accounts=False,
        )
    token, _ = await asyncio.to_thread(app.sessions.create, result.user, ip)
    await asyncio.to_thread(app.audit.record, result.user.username, "sign_in", "account", ip=ip)
    response = web.HTTPSeeOther(target)
    set_cookie(response, request, SESSION_COOKIE, token)
    raise response


@routes.post("/logout")
async def logout(request: web.Request) -> web.StreamResponse:
    app = console(request)
    await asyncio.to_thread(app.sessions.end, request.get("session_token"))
    response = web.HTTPSeeOther("/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response
