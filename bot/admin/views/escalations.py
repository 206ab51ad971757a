"""Escalations: red-flag messages staff must follow up, and marking them handled."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.admin.context import console, flash, render, staff_name
from bot.staff import operations as staff_ops

routes = web.RouteTableDef()


@routes.get("/escalations")
async def escalations_page(request: web.Request) -> web.Response:
    show_all = request.query.get("show") == "all"
    rows = await asyncio.to_thread(
        console(request).escalations.recent, limit=200, include_handled=show_all
    )
    return render(request, "escalations.html", escalations=rows, show_all=show_all)


@routes.post("/escalations/{escalation_id:\\d+}/handled")
async def mark_handled(request: web.Request) -> web.StreamResponse:
    app = console(request)
    who = staff_name(request)
    escalation_id = int(request.match_info["escalation_id"])
    escalation = await asyncio.to_thread(staff_ops.handle_escalation, app.staff, who, escalation_id)
    if escalation is None:
        raise web.HTTPNotFound(text="No such escalation.")
    flash(request, f"Escalation #{escalation_id} marked handled.")
    raise web.HTTPSeeOther("/escalations")
