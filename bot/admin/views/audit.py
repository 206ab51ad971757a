"""The audit log: who changed what and when."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.admin.context import console, render
from bot.storage.audit import detail_of

routes = web.RouteTableDef()


@routes.get("/audit")
async def audit_page(request: web.Request) -> web.Response:
    entries = await asyncio.to_thread(console(request).audit.recent, 300)
    return render(request, "audit.html", entries=[(e, detail_of(e)) for e in entries])
