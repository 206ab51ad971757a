"""The model endpoint the Rasa server pulls the live model from (Rasa's model server).

Rasa (`models:` in endpoints.yml) asks every `MODEL_PULL_SECONDS` with `If-None-Match`
set to the ETag of the model it runs. The answer is 304 while that is the live model, or
the live model's file with its ETag and a `filename` header; Rasa then loads it in place
and keeps serving conversations. A request carrying the live ETag shows that the Rasa
server runs the live model: the publication is then marked confirmed.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import time

from aiohttp import web

from bot.modelops.model_store import ModelStore, etag_matches, model_etag

STATE_KEY = web.AppKey("model_server", dict)
CHUNK_BYTES = 1024 * 1024


def setup(app: web.Application, store: ModelStore, token: str) -> None:
    """Adds `GET /model` to the console."""
    app[STATE_KEY] = {"store": store, "token": token, "last_seen": None}
    app.router.add_get("/model", serve_model)


async def serve_model(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE_KEY]
    sent = request.query.get("token", "")
    if not hmac.compare_digest(sent.encode(), state["token"].encode()):
        raise web.HTTPForbidden(text="wrong model server token")
    store: ModelStore = state["store"]
    live = await asyncio.to_thread(store.live)
    if live is None or not live.path.is_file():
        raise web.HTTPNotFound(text="no model has been published")
    etag = model_etag(live.path)
    running = request.headers.get("If-None-Match")
    state["last_seen"] = {"etag": running, "at": time.time(), "live_etag": etag}
    if etag_matches(running, etag):
        if live.confirmed_at is None:
            await asyncio.to_thread(store.confirm, live.publication_id)
        return web.Response(status=304, headers={"ETag": etag})
    return await _send_file(request, live.path, etag)


async def _send_file(request: web.Request, path, etag: str) -> web.StreamResponse:
    """Streams the model file with our ETag (aiohttp's FileResponse sets its own)."""
    response = web.StreamResponse(
        headers={"ETag": etag, "filename": path.name, "Content-Type": "application/gzip"}
    )
    with path.open("rb") as file:
        response.content_length = os.fstat(file.fileno()).st_size
        await response.prepare(request)
        while chunk := await asyncio.to_thread(file.read, CHUNK_BYTES):
            await response.write(chunk)
    await response.write_eof()
    return response


def rasa_status(app: web.Application) -> dict[str, object]:
    """What the console knows about the Rasa server from its last model pull."""
    seen = app[STATE_KEY]["last_seen"]
    if seen is None:
        return {"seen": False}
    return {
        "seen": True,
        "seconds_ago": round(time.time() - seen["at"], 1),
        "runs_live_model": etag_matches(seen["etag"], seen["live_etag"]),
    }
