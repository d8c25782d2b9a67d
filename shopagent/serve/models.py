"""The response shapes of `serve http`, as pydantic models for the OpenAPI document.

The handlers build plain JSON (shapes.py); these models describe it, and the tests validate real
responses against them (extra fields forbidden) so the document cannot drift from what is sent.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ItemRefOut(_Out):
    id: str = Field(description="The SKU")
    quantity: int


class LineItemOut(_Out):
    id: str
    item: ItemRefOut
    product_id: str
    title: str
    quantity: int
    unit_amount: int = Field(description="Unit price, minor units")
    base_amount: int = Field(description="unit_amount x quantity, minor units")
    subtotal: int


class TotalOut(_Out):
    type: Literal["items_base_amount", "discount", "subtotal", "fulfillment", "tax", "total"]
    display_text: str
    amount: int = Field(description="Minor units")


class FulfillmentOptionOut(_Out):
    type: Literal["shipping"]
    id: Literal["standard", "express"]
    title: str
    total: int


class MessageOut(_Out):
    type: Literal["info", "error"]
    content_type: Literal["plain"]
    content: str
    code: str | None = Field(None, description="requires_escalation when the user must approve")


class OrderOut(_Out):
    id: str
    checkout_session_id: str
    status: Literal["confirmed", "shipped", "canceled", "returned"]
    currency: str
    line_items: list[LineItemOut]
    totals: list[TotalOut]
    fulfillment_option_id: str
    approved_by: Literal["human", "mandate"]
    created_at: str | None


class CheckoutSessionOut(_Out):
    id: str
    status: Literal[
        "not_ready_for_payment",
        "ready_for_payment",
        "requires_escalation",
        "in_progress",
        "completed",
        "canceled",
    ]
    currency: str
    line_items: list[LineItemOut]
    totals: list[TotalOut]
    fulfillment_option_id: Literal["standard", "express"]
    fulfillment_options: list[FulfillmentOptionOut]
    discount_codes: list[str]
    messages: list[MessageOut]
    order: OrderOut | None
    created_at: str | None
    updated_at: str | None


class OrderEnvelope(_Out):
    order: OrderOut


class ErrorOut(_Out):
    type: Literal["invalid_request", "request_not_idempotent", "processing_error"]
    code: str
    message: str
    param: str | None


ERRORS = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (400, "Invalid request, or Idempotency-Key missing"),
        (401, "Missing or wrong bearer token"),
        (403, "Refused by a spending limit"),
        (404, "Unknown session, order or product"),
        (409, "A request with this key is in flight, or the session cannot do this now"),
        (413, "Body over 64 KiB"),
        (422, "Idempotency-Key reused with a different request"),
    )
}
