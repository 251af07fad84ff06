"""The OpenAI-compatible HTTP API: `POST /v1/chat/completions`, `GET /v1/models`, and `GET /stats`
(requests answered, generation batches run). Errors use OpenAI's body,
`{"error": {"message", "type", "param", "code"}}`, so OpenAI clients raise them with the message."""

from __future__ import annotations

import asyncio
import json
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from eval.openai_format import assistant_message
from serve.batcher import Batcher
from serve.chat_request import RequestError, parse_chat_request


def error_response(status: int, message: str, param: str | None = None) -> JSONResponse:
    kind = {400: "invalid_request_error", 404: "not_found_error"}.get(status, "server_error")
    body = {"error": {"message": message, "type": kind, "param": param, "code": None}}
    return JSONResponse(body, status_code=status)


def create_app(batcher: Batcher, served_model: str, default_max_tokens: int) -> FastAPI:
    app = FastAPI(title="xlam-fc-recipes function-calling server")
    app.state.batcher = batcher
    created = int(time.time())

    @app.exception_handler(RequestError)
    async def request_error(_request: Request, exc: RequestError) -> JSONResponse:
        return error_response(exc.status, str(exc), exc.param)

    @app.get("/v1/models")
    async def models() -> dict:
        card = {"id": served_model, "object": "model", "created": created, "owned_by": "xlam-fc-recipes"}
        return {"object": "list", "data": [card]}

    @app.get("/stats")
    async def stats() -> dict:
        return {"answered": batcher.answered, "batches": batcher.batches}

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise RequestError("the request body is not JSON; send a chat.completions JSON object") from None
        chat = parse_chat_request(body, served_model, default_max_tokens, batcher.constrained)
        try:
            text, parsed = await asyncio.wrap_future(batcher.submit(chat))
        except Exception as exc:  # the batch failed: say so, the server keeps running
            return error_response(500, f"generation failed: {type(exc).__name__}: {exc}"[:500])
        message, finish_reason = assistant_message(parsed.calls, text, chat.tool_choice)
        return {
            "id": "chatcmpl-" + uuid.uuid4().hex,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": served_model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        }

    return app
