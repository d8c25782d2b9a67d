"""ASGI gates in front of both HTTP servers: the bearer token, and a ceiling on request body size."""

from __future__ import annotations

import json
from typing import Any

from .token import token_matches

MAX_BODY_BYTES = 64 * 1024
OPEN_PATHS = frozenset({"/openapi.json"})


async def _send_error(send: Any, status: int, code: str, message: str, headers: list | None = None) -> None:
    body = json.dumps({"type": "invalid_request", "code": code, "message": message, "param": None}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), *(headers or [])],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BearerGate:
    """401 unless `Authorization: Bearer <token>`; the OpenAPI document stays readable without it."""

    def __init__(self, app: Any, token: str, *, open_paths: frozenset[str] = frozenset()):
        self.app, self.token, self.open_paths = app, token, open_paths

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("path") in self.open_paths:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        if not token_matches(self.token, headers.get("authorization")):
            await _send_error(
                send, 401, "unauthorized",
                "missing or wrong bearer token; send `Authorization: Bearer <token>` with the token from "
                "the file `shopagent paths` names as api_token",
                [(b"www-authenticate", b"Bearer")],
            )  # fmt: skip
            return
        await self.app(scope, receive, send)


class BodyLimit:
    """413 for a body over the limit, whether it is announced by Content-Length or streamed."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers") or []:
            if key.lower() == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await _send_error(send, 413, "body_too_large", f"request body over {self.limit} bytes")
                    return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        # Read the whole (bounded) body first, then hand it on: a chunked body without Content-Length
        # is cut off here too, before the application sees any of it.
        body = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.limit:
                await _send_error(send, 413, "body_too_large", f"request body over {self.limit} bytes")
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
