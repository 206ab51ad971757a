"""The FAQ: list topics, edit an answer, add examples or a topic, retire a topic.

Every change is written to `data/nlu/faq/<topic>.yml` under the training root (see
`bot.content.faq_store`) and to the audit log. An answer's new text is live at once
(`bot.content.live`); new topics and examples are used after the next retrain.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from aiohttp import web

from bot.admin.auth import CLINICIAN
from bot.admin.context import console, flash, render, staff_name
from bot.admin.views.review import open_items_by_id, parse_ids
from bot.content.faq_store import ContentError
from bot.content.topics import STAFF_MIN_EXAMPLES, review_status
from bot.staff import operations as staff_ops
from bot.staff.content_review import NotAClinician, review_rows, review_summary, sign_off
from bot.storage.audit import detail_of

routes = web.RouteTableDef()


def _lines(value: object) -> list[str]:
    return [line.strip() for line in str(value or "").splitlines() if line.strip()]


def _last_edits(request: web.Request, topics) -> dict:
    app = console(request)
    audited = app.audit.last_changes([f"faq/{name}" for name in topics])
    edits = {}
    for name, topic in topics.items():
        entry = audited.get(f"faq/{name}")
        if entry is not None:
            edits[name] = (entry.actor, entry.at.strftime("%Y-%m-%d %H:%M"), "console")
        else:
            last = app.faq.last_edit_from_files(topic)
            edits[name] = (last.by, last.at, last.source)
    return edits


@routes.get("/faq")
async def faq_list(request: web.Request) -> web.Response:
    app = console(request)
    topics = app.faq.topics()
    edits = await asyncio.to_thread(_last_edits, request, topics)
    rows = review_rows(topics, dt.date.today(), app.settings.content_review_days)
    return render(
        request,
        "faq_list.html",
        topics=[topics[name] for name in sorted(topics)],
        edits=edits,
        reviews={row.topic.name: row.review.value for row in rows},
        review_summary=review_summary(rows),
        review_days=app.settings.content_review_days,
        retired=sorted(app.faq.retired()),
    )


@routes.get("/faq/new")
async def new_topic_page(request: web.Request) -> web.Response:
    ids = parse_ids(request.query.get("from", ""))
    items = await open_items_by_id(request, ids)
    examples = "\n".join(dict.fromkeys(item.text.strip() for item in items))
    return render(
        request,
        "faq_new.html",
        form={"name": "", "title": "", "examples": examples, "answer": "", "sources": ""},
        ids=",".join(str(item.id) for item in items),
        problems=[],
        min_examples=STAFF_MIN_EXAMPLES,
    )


@routes.post("/faq/new")
async def new_topic(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    app = console(request)
    who = staff_name(request)
    values = {key: str(form.get(key, "")) for key in ("name", "title", "examples", "answer")}
    values["sources"] = str(form.get("sources", ""))
    ids = str(form.get("ids", ""))
    try:
        items = await open_items_by_id(request, parse_ids(ids))
        topic = await asyncio.to_thread(
            staff_ops.add_topic,
            app.staff,
            who,
            values["name"].strip().lower(),
            values["title"],
            _lines(values["examples"]),
            values["answer"],
            _lines(values["sources"]),
            items,
        )
    except ContentError as error:
        return render(
            request,
            "faq_new.html",
            status=400,
            form=values,
            ids=ids,
            problems=error.problems,
            min_examples=STAFF_MIN_EXAMPLES,
        )
    flash(request, f"Added the topic {topic.name}. Retrain to make the assistant use it.")
    raise web.HTTPSeeOther(f"/faq/{topic.name}")


@routes.get("/faq/{name}")
async def topic_page(request: web.Request) -> web.Response:
    app = console(request)
    name = request.match_info["name"]
    try:
        topic = app.faq.get(name)
    except KeyError:
        raise web.HTTPNotFound(text="No such topic.") from None
    entries = await asyncio.to_thread(app.audit.recent, 20, target=f"faq/{name}")
    history = [(entry, detail_of(entry)) for entry in entries]
    return render(
        request,
        "faq_topic.html",
        topic=topic,
        history=history,
        form={"answer": topic.answer, "title": topic.title, "sources": "\n".join(topic.sources)},
        problems=[],
        **await _review_context(request, topic),
    )


async def _review_context(request: web.Request, topic) -> dict:
    app = console(request)
    clinician = await asyncio.to_thread(app.users.has_role, staff_name(request), CLINICIAN)
    review = review_status(topic, dt.date.today(), app.settings.content_review_days)
    return {"review": review.value, "clinician": clinician}


@routes.post("/faq/{name}/sign-off")
async def sign_off_answer(request: web.Request) -> web.StreamResponse:
    app = console(request)
    name = request.match_info["name"]
    await request.post()  # the CSRF check reads the form
    try:
        topic = await asyncio.to_thread(
            sign_off, app.faq, app.users, app.audit, name, staff_name(request), dt.date.today()
        )
    except KeyError:
        raise web.HTTPNotFound(text="No such topic.") from None
    except NotAClinician:
        flash(request, "Only a clinician can sign off an answer.", "error")
        raise web.HTTPSeeOther(f"/faq/{name}") from None
    flash(request, f"Signed off: reviewed by {topic.reviewed_by} on {topic.reviewed_on}.")
    raise web.HTTPSeeOther(f"/faq/{name}")


@routes.post("/faq/{name}/answer")
async def edit_answer(request: web.Request) -> web.StreamResponse:
    app = console(request)
    name = request.match_info["name"]
    form = await request.post()
    values = {key: str(form.get(key, "")) for key in ("answer", "title", "sources")}
    try:
        before, after = await asyncio.to_thread(
            staff_ops.edit_answer,
            app.staff,
            staff_name(request),
            name,
            values["answer"],
            values["title"],
            _lines(values["sources"]),
        )
    except KeyError:
        raise web.HTTPNotFound(text="No such topic.") from None
    except ContentError as error:
        before = await asyncio.to_thread(app.faq.get, name)
        return render(
            request,
            "faq_topic.html",
            status=400,
            topic=before,
            history=[],
            form=values,
            problems=error.problems,
            **await _review_context(request, before),
        )
    cleared = before.reviewed_by and not after.reviewed_by
    note = " It needs a clinician's review again." if cleared else ""
    flash(request, f"Saved. Patients get the new text from their next question.{note}")
    raise web.HTTPSeeOther(f"/faq/{name}")


@routes.post("/faq/{name}/examples")
async def add_examples(request: web.Request) -> web.StreamResponse:
    app = console(request)
    name = request.match_info["name"]
    form = await request.post()
    try:
        added = await asyncio.to_thread(
            staff_ops.add_examples,
            app.staff,
            staff_name(request),
            name,
            _lines(form.get("examples")),
        )
    except KeyError:
        raise web.HTTPNotFound(text="No such topic.") from None
    except ContentError as error:
        for problem in error.problems:
            flash(request, problem, "error")
        raise web.HTTPSeeOther(f"/faq/{name}") from None
    if added:
        flash(request, f"Added {len(added)} example(s). Retrain to make the assistant use them.")
    else:
        flash(request, "No new examples: they were empty or already there.", "error")
    raise web.HTTPSeeOther(f"/faq/{name}")


@routes.post("/faq/{name}/retire")
async def retire(request: web.Request) -> web.StreamResponse:
    app = console(request)
    name = request.match_info["name"]
    form = await request.post()
    if form.get("confirm") != name:
        flash(request, f"To retire the topic, type its name ({name}) in the box.", "error")
        raise web.HTTPSeeOther(f"/faq/{name}")
    try:
        await asyncio.to_thread(staff_ops.retire_topic, app.staff, staff_name(request), name)
    except KeyError:
        raise web.HTTPNotFound(text="No such topic.") from None
    flash(request, f"Retired {name}. The assistant stops giving it after the next retrain.")
    raise web.HTTPSeeOther("/faq")
