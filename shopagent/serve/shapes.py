"""JSON in the protocols' shapes: integer minor units, `line_items`, typed `totals`, `messages` objects.

One shape serves MCP (UCP) and HTTP (ACP); only the status vocabulary differs (see checkouts.UCP_STATUS).
"""

from __future__ import annotations

from typing import Any, Literal

from shopagent.commerce.orders import Order, iso
from shopagent.commerce.pricing import SHIPPING_LABELS, compute_totals
from shopagent.money import to_minor

from .carts import AgentCart
from .checkouts import CheckoutView, approve_hint


def minor(amount: Any, currency: str) -> int | None:
    """A decimal JSON amount (as the library's views give it) back to integer minor units."""
    return None if amount is None else to_minor(amount, currency)


def _totals(subtotal: int, discount: int, shipping: int, tax: int, total: int) -> list[dict[str, Any]]:
    return [
        {"type": kind, "display_text": label, "amount": amount}
        for kind, label, amount in (
            ("items_base_amount", "Items", subtotal),
            ("discount", "Discount", discount),
            ("subtotal", "Subtotal", subtotal - discount),
            ("fulfillment", "Shipping", shipping),
            ("tax", "Tax", tax),
            ("total", "Total", total),
        )
    ]


def _line_items(lines: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": f"li_{n}",
            "item": {"id": line.sku, "quantity": line.quantity},
            "product_id": line.product_id,
            "title": line.title,
            "quantity": line.quantity,
            "unit_amount": line.unit_price_minor,
            "base_amount": line.line_total_minor,
            "subtotal": line.line_total_minor,
        }
        for n, line in enumerate(lines, start=1)
    ]


def _message(content: str, *, kind: str = "info", code: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": kind, "content_type": "plain", "content": content}
    if code:
        entry["code"] = code
    return entry


def order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "checkout_session_id": order.session_id,
        "status": order.status,
        "currency": order.currency,
        "line_items": _line_items(order.lines),
        "totals": _totals(
            order.subtotal_minor,
            order.discount_minor,
            order.shipping_minor,
            order.tax_minor,
            order.total_minor,
        ),
        "fulfillment_option_id": order.shipping_method,
        "approved_by": order.approval_kind,
        "created_at": iso(order.created_at),
    }


def checkout_json(view: CheckoutView, protocol: Literal["ucp", "acp"]) -> dict[str, Any]:
    s, t = view.session, view.session.totals
    problems = s.status == "not_ready_for_payment"
    messages = [_message(m, kind="error" if problems else "info") for m in s.messages]
    if view.awaiting_human:
        messages.append(
            _message(
                f"The user must approve this purchase before anything is bought. Ask them to run "
                f"`{approve_hint(s.id)}` in a terminal, then get this checkout again. "
                f"({view.escalation.reason if view.escalation else ''})",
                kind="error",
                code="requires_escalation",
            )
        )
    return {
        "id": s.id,
        "status": view.status(protocol),
        "currency": s.currency,
        "line_items": _line_items(s.lines),
        "totals": _totals(t.subtotal, t.discount, t.shipping, t.tax, t.total),
        "fulfillment_option_id": s.shipping_method,
        "fulfillment_options": [
            {
                "type": "shipping",
                "id": method,
                "title": SHIPPING_LABELS[method],
                "total": compute_totals(t.subtotal, t.discount, method, s.currency).shipping,
            }
            for method in SHIPPING_LABELS
        ],
        "discount_codes": [s.voucher_code] if s.voucher_code else [],
        "messages": messages,
        "order": order_json(view.order) if view.order else None,
        "created_at": iso(s.created_at),
        "updated_at": iso(s.updated_at),
    }


def cart_json(cart: AgentCart) -> dict[str, Any]:
    lines = []
    for n, line in enumerate(cart.lines, start=1):
        entry: dict[str, Any] = {
            "id": f"li_{n}",
            "item": {"id": line.sku, "quantity": line.quantity},
            "product_id": line.product_id,
            "title": line.title,
            "quantity": line.quantity,
            "unit_amount": line.unit_price_minor,
            "subtotal": None if line.unit_price_minor is None else line.unit_price_minor * line.quantity,
            "available": line.available,
        }
        lines.append(entry)
    return {
        "id": cart.id,
        "status": cart.status,
        "currency": cart.currency,
        "line_items": lines,
        "totals": [{"type": "subtotal", "display_text": "Subtotal", "amount": cart.subtotal_minor}],
        "messages": [
            _message(f"{line.sku} is not available in quantity {line.quantity}", kind="error")
            for line in cart.lines
            if not line.available
        ],
    }


def search_item(item: dict[str, Any]) -> dict[str, Any]:
    """A SPEC search ITEM with its price in minor units."""
    currency = item.get("currency") or "USD"
    return {
        "id": item["product_id"],
        "sku": item.get("sku") or item["product_id"],
        "title": item.get("title"),
        "brand": item.get("brand"),
        "category": item.get("category"),
        "price": minor(item.get("price"), currency),
        "currency": currency,
        "in_stock": bool(item.get("in_stock")),
        "rating": item.get("rating"),
        "score": item.get("score"),
    }


def product_json(p: dict[str, Any]) -> dict[str, Any]:
    currency = p.get("currency") or "USD"
    summary = p.get("review_summary") or {}
    return {
        "id": p["product_id"],
        "title": p.get("title"),
        "description": p.get("description"),
        "brand": p.get("brand"),
        "category": p.get("category"),
        "price": minor(p.get("price"), currency),
        "currency": currency,
        "in_stock": bool(p.get("in_stock")),
        "rating": p.get("rating"),
        "review_count": p.get("review_count"),
        "attributes": p.get("attributes") or {},
        "variants": [
            {
                "id": v["sku"],
                "sku": v["sku"],
                "options": v.get("options") or {},
                "price": minor(v.get("price"), currency),
                "stock": v.get("stock"),
                "in_stock": bool(v.get("in_stock")),
            }
            for v in p.get("variants") or []
        ],
        "review_headline": summary.get("headline"),
    }
