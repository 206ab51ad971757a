"""The review queue: what the assistant could not answer, grouped by similar question."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.admin.context import console, flash, render, staff_name
from bot.content.faq_store import ContentError
from bot.staff import operations as staff_ops
from bot.storage.review_groups import group_similar

routes = web.RouteTableDef()
KIND_LABELS = {
    "fallback": "not sure",
    "out_of_scope": "out of scope",
    "low_confidence": "low confidence",
    "negative_feedback": "not helpful",
}


def parse_ids(raw: str) -> list[int]:
    """Review item ids from a form field ("3,4,9")."""
    ids = []
    for part in raw.split(","):
        part = part.strip()
        if part.isdigit():
            ids.append(int(part))
    return ids[:500]


async def open_items_by_id(request: web.Request, ids: list[int]) -> list:
    wanted = set(ids)
    items = await asyncio.to_thread(console(request).reviews.open_items, 1000)
    return [item for item in items if item.id in wanted]


@routes.get("/review")
async def queue(request: web.Request) -> web.Response:
    app = console(request)
    items = await asyncio.to_thread(app.reviews.open_items, 1000)
    groups = group_similar(items)
    topics = sorted(app.faq.topics())
    return render(
        request,
        "review.html",
        groups=groups,
        topics=topics,
        kind_labels=KIND_LABELS,
        total=len(items),
    )


@routes.post("/review/dismiss")
async def dismiss(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    items = await open_items_by_id(request, parse_ids(str(form.get("ids", ""))))
    app = console(request)
    await asyncio.to_thread(staff_ops.dismiss, app.staff, staff_name(request), items)
    if items:
        flash(request, f"Dismissed {len(items)} question{'s' if len(items) != 1 else ''}.")
    raise web.HTTPSeeOther("/review")


@routes.post("/review/add-to-topic")
async def add_to_topic(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    app = console(request)
    who = staff_name(request)
    items = await open_items_by_id(request, parse_ids(str(form.get("ids", ""))))
    topic = str(form.get("topic", ""))
    examples = [line for line in str(form.get("examples", "")).splitlines() if line.strip()]
    if not examples:
        flash(request, "Give at least one example question.", "error")
        raise web.HTTPSeeOther("/review")
    try:
        added = await asyncio.to_thread(
            staff_ops.add_examples, app.staff, who, topic, examples, items
        )
    except KeyError:
        flash(request, "Choose an existing topic.", "error")
        raise web.HTTPSeeOther("/review") from None
    except ContentError as error:
        for problem in error.problems:
            flash(request, problem, "error")
        raise web.HTTPSeeOther("/review") from None
    flash(
        request,
        f"Added {len(added)} example{'s' if len(added) != 1 else ''} to {topic}. "
        "Retrain to make the assistant use them.",
    )
    raise web.HTTPSeeOther("/review")
