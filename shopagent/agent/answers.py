"""Answers written by code from one tool call's result: what changed in the cart, what a watch will
do, what checkout would cost. Every figure is the tool's own; nothing here can be invented."""

from __future__ import annotations

from typing import Any

from shopagent.money import format_money, to_minor


def _money(amount: Any, currency: str) -> str:
    try:
        return format_money(to_minor(amount, currency), currency)
    except Exception:  # a malformed amount is shown as-is rather than failing the answer
        return str(amount)


def _cart_summary(data: dict[str, Any]) -> str:
    lines = data.get("lines") or []
    if not lines:
        return "Your cart is empty."
    currency = str(data.get("currency") or "USD")
    units = sum(int(li.get("quantity") or 0) for li in lines)
    subtotal = _money(data.get("subtotal"), currency)
    out = [f"Your cart: {units} item{'s' if units != 1 else ''}, subtotal {subtotal}."]
    for li in lines:
        note = " (no longer available)" if li.get("available") is False else ""
        out.append(
            f"- {li.get('quantity')} × {li.get('title', '')} ({li.get('sku')}) at "
            f"{_money(li.get('unit_price'), currency)}{note}"
        )
    return "\n".join(out)


def _line(data: dict[str, Any], sku: Any) -> dict[str, Any] | None:
    return next((li for li in data.get("lines") or [] if li.get("sku") == sku), None)


def describe_call(record: dict[str, Any]) -> str | None:
    """The answer for one successful call of an action or listing tool; None for other tools."""
    name = record.get("name")
    data = record.get("result")
    args = record.get("arguments") or {}
    if not isinstance(data, dict):
        return None
    currency = str(data.get("currency") or "USD")
    if name in ("add_to_cart", "update_cart_quantity"):
        line = _line(data, args.get("sku"))
        if line is None:
            return _cart_summary(data)
        verb = "Added" if name == "add_to_cart" else "Set"
        what = (
            f"{args.get('quantity', 1)} × {line.get('title', '')} ({line.get('sku')})"
            if name == "add_to_cart"
            else f"{line.get('title', '')} ({line.get('sku')}) to {line.get('quantity')}"
        )
        return f"{verb} {what}{' to your cart' if name == 'add_to_cart' else ''}.\n{_cart_summary(data)}"
    if name == "remove_from_cart":
        return f"Removed {args.get('sku')} from your cart.\n{_cart_summary(data)}"
    if name == "view_cart":
        return _cart_summary(data)
    if name == "prepare_checkout":
        parts = [
            f"subtotal {_money(data.get('subtotal'), currency)}",
            f"shipping {_money(data.get('shipping'), currency)}",
            f"tax {_money(data.get('tax'), currency)}",
        ]
        if data.get("discount") not in (None, 0, "0", "0.00"):
            parts.insert(1, f"discount −{_money(data.get('discount'), currency)}")
        text = f"Checkout would cost {_money(data.get('total'), currency)} ({', '.join(parts)})."
        messages = [m if isinstance(m, str) else str(m.get("text", m)) for m in data.get("messages") or []]
        if messages:
            text += "\n" + "\n".join(messages)
        return text + "\nNothing is bought yet: run `shopagent checkout` to place the order."
    if name == "list_orders":
        orders = data.get("orders") or []
        if not orders:
            return "You have no orders yet."
        rows = [
            f"- {o.get('order_id')}: {o.get('status')}, "
            f"{_money(o.get('total'), str(o.get('currency') or 'USD'))}, {o.get('created_at')}"
            for o in orders
        ]
        return "Your recent orders:\n" + "\n".join(rows)
    if name == "get_order":
        lines = ", ".join(f"{li.get('quantity')} × {li.get('title')}" for li in data.get("lines") or [])
        total = _money(data.get("total"), currency)
        return f"Order {data.get('order_id')}: {data.get('status')}, {total}; {lines}."
    if name == "create_watch":
        return (
            f"Watching {data.get('title', '')} ({data.get('sku')}): you will be told when it is at or below "
            f"{_money(data.get('max_price'), currency)}. It will not buy anything."
        )
    if name == "list_watches":
        watches = data.get("watches") or []
        if not watches:
            return "You have no price watches."
        rows = [
            f"- {w.get('watch_id')}: {w.get('title', '')} ({w.get('sku')}) at or below "
            f"{_money(w.get('max_price'), str(w.get('currency') or 'USD'))}, {w.get('status')}"
            + (", auto-buy" if w.get("auto_buy") else "")
            for w in watches
        ]
        return "Your price watches:\n" + "\n".join(rows)
    if name == "remove_watch":
        return f"Stopped watching {data.get('sku')} ({data.get('removed')})."
    if name == "summarize_reviews":
        return describe_reviews(data)
    return None


def describe_reviews(data: dict[str, Any], lead: str | None = None) -> str:
    """A review summary tool result as an answer; `lead` replaces the first line (title and id)."""
    lines = [lead or f"{data.get('title', '')} ({data.get('product_id') or data.get('id', '')})"]
    if data.get("reviews"):
        lines.append(f"Reviews: {data.get('headline') or str(data['reviews']) + ' reviews'}")
        for key, label in (("pros", "Liked"), ("cons", "Disliked")):
            if data.get(key):
                lines.append(f"{label}: {', '.join(data[key])}.")
        lines.extend(f'"{quote}"' for quote in data.get("quotes") or [])
    else:
        lines.append("No reviews yet.")
    return "\n".join(lines)
