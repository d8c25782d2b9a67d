"""`shopagent serve http`: ACP checkout sessions and catalog reads over REST, on FastAPI.

Every POST needs an Idempotency-Key (see idempotency.py) and every request the bearer token (except the
OpenAPI document). Errors are ACP's `{type, code, message, param}`; bad input is always a 4xx.
Completing a session buys nothing on the caller's word: see checkouts.complete.
"""

from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

import anyio
from fastapi import FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from shopagent import __version__
from shopagent.agent.toolkit import ToolError
from shopagent.errors import InvalidInput, NotFound, SafetyRefusal, ShopError, UsageError

from . import checkouts, idempotency, shapes
from .http_auth import OPEN_PATHS, BearerGate, BodyLimit
from .models import ERRORS, CheckoutSessionOut, OrderEnvelope
from .runtime import Runtime

Shipping = Literal["standard", "express"]
Sku = Annotated[str, Field(min_length=1, max_length=200, description="The SKU to buy")]
IdemKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", description="Required on every POST; the same key replays the result"),
]
SessionId = Annotated[str, Path(min_length=1, max_length=100, description="The checkout session id")]


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Sku
    quantity: Annotated[int, Field(ge=1, le=999)] = 1


class _Body(BaseModel):
    # Buyer and address details are accepted for compatibility and not needed: everything is local.
    model_config = ConfigDict(extra="forbid")
    buyer: dict[str, Any] | None = None
    fulfillment_address: dict[str, Any] | None = None


class CreateSession(_Body):
    items: Annotated[list[Item], Field(min_length=1, max_length=50)]
    fulfillment_option_id: Shipping = "standard"
    discount_code: Annotated[str | None, Field(max_length=64)] = None


class UpdateSession(_Body):
    items: Annotated[list[Item] | None, Field(min_length=1, max_length=50)] = None
    fulfillment_option_id: Shipping | None = None
    discount_code: Annotated[str | None, Field(max_length=64)] = None


class CompleteSession(_Body):
    # The remote agent's payment data is ignored: the user's own stored method pays, after approval.
    payment_data: dict[str, Any] | None = None


def error_body(code: str, message: str, param: str | None = None, kind: str = "invalid_request") -> dict:
    return {"type": kind, "code": code, "message": message, "param": param}


def _error(status: int, code: str, message: str, param: str | None = None, **kw: Any) -> JSONResponse:
    return JSONResponse(error_body(code, message, param, **kw), status_code=status)


def shop_error(exc: ShopError) -> tuple[int, dict[str, Any]]:
    """A library refusal as an HTTP status and ACP error body."""
    message = str(exc)
    if isinstance(exc, NotFound) or message.startswith(("unknown checkout session", "unknown cart")):
        return 404, error_body("not_found", message)
    if isinstance(exc, SafetyRefusal):
        return 403, error_body("refused", message)
    if isinstance(exc, InvalidInput | UsageError | ToolError):
        return 400, error_body("invalid", message)
    return 409, error_body("conflict", message)


def _param(loc: tuple[Any, ...]) -> str:
    path = "$"
    for part in loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def create_app(runtime: Runtime, token: str, *, inflight: idempotency.InFlight | None = None) -> Any:
    """The ASGI app: FastAPI routes behind the body-size limit and the bearer-token gate."""
    deps = runtime.deps
    inflight = inflight or idempotency.InFlight()
    app = FastAPI(
        title="shopagent checkout (ACP)",
        version=__version__,
        description="Agentic Commerce Protocol checkout sessions and catalog reads for the user's local "
        "catalog. Amounts are integer minor units. Completing a session needs the user's approval in their "
        "terminal (`shopagent checkout approve ID`) unless a mandate they signed covers it.",
        docs_url=None,
        redoc_url=None,
    )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = _param(tuple(first.get("loc") or ()))
        return _error(400, "invalid", f"{where}: {first.get('msg')}", where)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(ShopError)
    async def refused(request: Request, exc: ShopError) -> JSONResponse:
        status, body = shop_error(exc)
        return JSONResponse(body, status_code=status)

    @app.exception_handler(Exception)
    async def broken(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal", "internal error; nothing was changed", kind="processing_error")

    def acp(view: checkouts.CheckoutView) -> dict[str, Any]:
        return shapes.checkout_json(view, "acp")

    async def idempotent(request: Request, key: str | None, ok: int, work: Any) -> JSONResponse:
        try:
            key = idempotency.check_key(key)
        except idempotency.KeyProblem as exc:
            return _error(exc.status, exc.code, exc.message, "Idempotency-Key")
        fingerprint = idempotency.request_hash(request.method, request.url.path, await request.body())
        if not inflight.claim(key):
            return _error(
                409, "request_in_flight", "a request with this Idempotency-Key is still being processed; "
                "retry after it finishes", "Idempotency-Key", kind="request_not_idempotent",
            )  # fmt: skip

        def action() -> tuple[int, dict[str, Any]]:
            try:
                return ok, acp(work())
            except ShopError as exc:
                return shop_error(exc)

        try:
            outcome = await anyio.to_thread.run_sync(
                functools.partial(runtime.run, idempotency.run_once, deps, key, fingerprint, action)
            )
        except idempotency.KeyProblem as exc:
            return _error(exc.status, exc.code, exc.message, "Idempotency-Key", kind="request_not_idempotent")
        finally:
            inflight.release(key)
        headers = {"Idempotent-Replayed": "true"} if outcome.replayed else {}
        return JSONResponse(outcome.body, status_code=outcome.status, headers=headers)

    async def read(func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await anyio.to_thread.run_sync(functools.partial(runtime.run, func, *args, **kwargs))
        except ShopError as exc:
            status, body = shop_error(exc)
            return JSONResponse(body, status_code=status)

    # -- checkout sessions ---------------------------------------------------------------------
    @app.post(
        "/checkout_sessions",
        status_code=201,
        tags=["checkout"],
        response_model=CheckoutSessionOut,
        responses=ERRORS,
    )
    async def create_session(request: Request, body: CreateSession, idempotency_key: IdemKey = None) -> Any:
        """Create a checkout session priced against live stock."""
        lines = [(i.id, i.quantity) for i in body.items]
        return await idempotent(
            request, idempotency_key, 201,
            lambda: checkouts.create(
                deps, lines=lines, shipping=body.fulfillment_option_id, voucher=body.discount_code
            ),
        )  # fmt: skip

    @app.post(
        "/checkout_sessions/{session_id}",
        tags=["checkout"],
        response_model=CheckoutSessionOut,
        responses=ERRORS,
    )
    async def update_session(
        request: Request, session_id: SessionId, body: UpdateSession, idempotency_key: IdemKey = None
    ) -> Any:
        """Change a session's items, fulfillment option or discount code; it is priced again."""
        lines = [(i.id, i.quantity) for i in body.items] if body.items is not None else None
        return await idempotent(
            request, idempotency_key, 200,
            lambda: checkouts.update(
                deps, session_id, lines=lines, shipping=body.fulfillment_option_id, voucher=body.discount_code
            ),
        )  # fmt: skip

    @app.get(
        "/checkout_sessions/{session_id}",
        tags=["checkout"],
        response_model=CheckoutSessionOut,
        responses=ERRORS,
    )
    async def get_session(session_id: SessionId) -> Any:
        """A session: status, line items, totals, messages, and the order once completed."""
        return await read(lambda: acp(checkouts.view(deps, session_id)))

    @app.post(
        "/checkout_sessions/{session_id}/complete",
        tags=["checkout"],
        response_model=CheckoutSessionOut,
        responses=ERRORS,
    )
    async def complete_session(
        request: Request, session_id: SessionId, body: CompleteSession | None = None,
        idempotency_key: IdemKey = None,
    ) -> Any:  # fmt: skip
        """Ask to buy. Answers `requires_escalation` (nothing bought) until the user approves in their
        terminal, unless a mandate they signed covers it; then `completed` with the order."""
        return await idempotent(
            request, idempotency_key, 200, lambda: checkouts.complete(deps, session_id, via="http")
        )

    @app.post(
        "/checkout_sessions/{session_id}/cancel",
        tags=["checkout"],
        response_model=CheckoutSessionOut,
        responses=ERRORS,
    )
    async def cancel_session(request: Request, session_id: SessionId, idempotency_key: IdemKey = None) -> Any:
        """Cancel a session that is not completed."""
        return await idempotent(request, idempotency_key, 200, lambda: checkouts.cancel(deps, session_id))

    # -- catalog and orders (the same tool definitions MCP serves) ---------------------------
    def tool(name: str, arguments: dict[str, Any]) -> Any:
        try:
            return runtime.call_tool(name, {k: v for k, v in arguments.items() if v is not None})
        except ToolError as exc:
            status, body = shop_error(exc)
            if "unknown" in str(exc) or "no product" in str(exc).lower():
                status, body = 404, error_body("not_found", str(exc))
            return JSONResponse(body, status_code=status)

    async def tool_async(name: str, arguments: dict[str, Any]) -> Any:
        return await anyio.to_thread.run_sync(tool, name, arguments)

    @app.get("/products/search", tags=["catalog"])
    async def search(
        query: Annotated[str, Query(min_length=1, max_length=500, description="What to find")],
        max_price: Annotated[float | None, Query(gt=0, le=1e9)] = None,
        min_price: Annotated[float | None, Query(ge=0, le=1e9)] = None,
        category: Annotated[str | None, Query(max_length=200)] = None,
        brand: Annotated[str | None, Query(max_length=200)] = None,
        min_rating: Annotated[float | None, Query(ge=0, le=5)] = None,
        in_stock: bool | None = None,
        sort: Literal["relevance", "price", "-price", "rating"] = "relevance",
        limit: Annotated[int, Query(ge=1, le=20)] = 10,
    ) -> Any:
        """Search the catalog (the search_catalog tool); items carry `id` and the `sku` to buy."""
        arguments = dict(
            query=query, max_price=max_price, min_price=min_price, category=category, brand=brand,
            min_rating=min_rating, in_stock=in_stock, sort=sort, limit=limit,
        )  # fmt: skip
        return await tool_async("search_catalog", arguments)

    @app.get("/products/{product_id}", tags=["catalog"])
    async def product(product_id: Annotated[str, Path(min_length=1, max_length=200)]) -> Any:
        """One product with its variants (the get_product tool)."""
        return await tool_async("get_product", {"id": product_id})

    @app.get("/products/{product_id}/reviews", tags=["catalog"])
    async def reviews(product_id: Annotated[str, Path(min_length=1, max_length=200)]) -> Any:
        """What reviewers say (the summarize_reviews tool)."""
        return await tool_async("summarize_reviews", {"product_id": product_id})

    @app.get("/orders/{order_id}", tags=["orders"], response_model=OrderEnvelope, responses=ERRORS)
    async def order(order_id: Annotated[str, Path(min_length=1, max_length=100)]) -> Any:
        """An order placed from a completed session (the get_order tool)."""
        return await tool_async("get_order", {"id": order_id})

    return BodyLimit(BearerGate(app, token, open_paths=OPEN_PATHS))
