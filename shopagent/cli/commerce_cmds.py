"""cart, voucher, checkout, orders and config commands: flags in, commerce library call, render out.

Completing a purchase needs a human: on a terminal the review is shown and the user types `buy` (or the
exact total); off a terminal only `--yes` approves. Nothing the model can call reaches this path.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from shopagent.cli.context import command_deps
from shopagent.cli.output import JsonlOpt, JsonOpt, check_exclusive, emit_json, emit_jsonl, info

CONFIRM_WORD = "buy"


def stdin_is_interactive() -> bool:
    """Whether a human can answer a prompt (a seam tests replace)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _confirmed(answer: str, total_text: str) -> bool:
    typed = answer.strip().lower().lstrip("$").replace(",", "")
    return typed == CONFIRM_WORD or (bool(typed) and typed == total_text.lstrip("$").replace(",", ""))


def human_approval(  # type: ignore[no-untyped-def]
    session, yes: bool, *, on_decline=None, hint: str = "Re-run with --yes to approve this purchase"
):
    """The human's yes to this exact total: `--yes`, or on a terminal `buy` (or the total) typed.
    Anything else raises SafetyRefusal (exit 4) after `on_decline`, and nothing is bought. `hint`
    says how to buy when no terminal can answer."""
    from shopagent.commerce.approval import Approval
    from shopagent.errors import SafetyRefusal
    from shopagent.money import format_money

    total_text = format_money(session.total_minor, session.currency)
    if yes:
        return Approval("human", "--yes")
    if not stdin_is_interactive():
        if on_decline:
            on_decline()
        raise SafetyRefusal(
            f"not confirmed: stdin is not a terminal; nothing was bought ({total_text}). {hint}"
        )
    sys.stderr.write(f"Type '{CONFIRM_WORD}' (or the total, {total_text}) to place this order: ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer.endswith("\n"):  # end of input: keep the next message on its own line
        sys.stderr.write("\n")
    if not _confirmed(answer, total_text):
        if on_decline:
            on_decline()
        raise SafetyRefusal(f"not confirmed; nothing was bought ({total_text})")
    return Approval("human", "tty-confirmation")


def register(app: typer.Typer) -> None:
    cart_app = typer.Typer(help="Your cart: add, set, remove, show, clear.", no_args_is_help=True)
    voucher_app = typer.Typer(help="Discount vouchers: add, list, remove.", no_args_is_help=True)
    orders_app = typer.Typer(help="Your orders: list, show, cancel, return.", no_args_is_help=True)
    config_app = typer.Typer(help="Settings such as spending limits: set, show.", no_args_is_help=True)
    app.add_typer(cart_app, name="cart")
    app.add_typer(voucher_app, name="voucher")
    app.add_typer(orders_app, name="orders")
    app.add_typer(config_app, name="config")

    # -- cart ------------------------------------------------------------------------------
    @cart_app.command("add")
    def cart_add(
        sku: Annotated[str, typer.Argument(help="The SKU to add (see `shopagent search`).")],
        qty: Annotated[int, typer.Option("--qty", "-n", help="How many (1..999).")] = 1,
    ) -> None:
        """Add a SKU to the cart (on top of what is already there)."""
        from shopagent.commerce import cart
        from shopagent.money import format_money

        line = cart.add(command_deps(), sku, qty)
        info(
            f"cart: {line.quantity} x {line.sku} ({format_money(line.unit_price_minor, line.currency)} each)"
        )

    @cart_app.command("set")
    def cart_set(
        sku: Annotated[str, typer.Argument(help="The SKU to change.")],
        qty: Annotated[int, typer.Argument(help="The new quantity (1..999); use `cart remove` to drop it.")],
    ) -> None:
        """Set the quantity of a SKU in the cart."""
        from shopagent.commerce import cart

        line = cart.set_quantity(command_deps(), sku, qty)
        info(f"cart: {line.quantity} x {line.sku}")

    @cart_app.command("remove")
    def cart_remove(sku: Annotated[str, typer.Argument(help="The SKU to take out.")]) -> None:
        """Remove a SKU from the cart."""
        from shopagent.commerce import cart

        cart.remove(command_deps(), sku)
        info(f"cart: removed {sku.strip()}")

    @cart_app.command("show")
    def cart_show(json_out: JsonOpt = False) -> None:
        """Show the cart with estimated prices (checkout re-prices against live inventory)."""
        from shopagent.commerce import cart

        current = cart.show(command_deps())
        if json_out:
            emit_json(current.to_json())
            return
        from shopagent.render.commerce import render_cart

        render_cart(current)

    @cart_app.command("clear")
    def cart_clear() -> None:
        """Empty the cart."""
        from shopagent.commerce import cart

        removed = cart.clear(command_deps())
        info(f"cart: cleared {removed} line(s)")

    # -- vouchers --------------------------------------------------------------------------
    @voucher_app.command("add")
    def voucher_add(
        code: Annotated[
            str, typer.Argument(help="The code (3-32 letters, digits, - or _; case-insensitive).")
        ],
        fixed: Annotated[str | None, typer.Option("--fixed", help="A fixed amount off, e.g. 10.")] = None,
        percent: Annotated[str | None, typer.Option("--percent", help="A percentage off, e.g. 15.")] = None,
        cap: Annotated[str | None, typer.Option("--cap", help="Most a percent voucher takes off.")] = None,
        min_subtotal: Annotated[
            str | None, typer.Option("--min-subtotal", help="Smallest subtotal the voucher applies to.")
        ] = None,
        currency: Annotated[str, typer.Option("--currency", help="Currency of the amounts.")] = "USD",
    ) -> None:
        """Add a voucher: a fixed amount or a percentage (with an optional cap) off."""
        from shopagent.commerce import vouchers
        from shopagent.errors import UsageError

        if (fixed is None) == (percent is None):
            raise UsageError("give exactly one of --fixed AMOUNT or --percent P")
        voucher = vouchers.make_voucher(
            code, fixed=fixed, percent=percent, cap=cap, min_subtotal=min_subtotal, currency=currency
        )
        vouchers.add_voucher(command_deps(), voucher)
        info(f"voucher {voucher.code}: {voucher.describe()}")

    @voucher_app.command("list")
    def voucher_list(json_out: JsonOpt = False, jsonl_out: JsonlOpt = False) -> None:
        """List vouchers."""
        from shopagent.commerce import vouchers

        check_exclusive(json_out, jsonl_out)
        found = vouchers.list_vouchers(command_deps())
        if json_out:
            emit_json([v.to_json() for v in found])
        elif jsonl_out:
            emit_jsonl(v.to_json() for v in found)
        else:
            from shopagent.render.commerce import render_vouchers

            render_vouchers(found)

    @voucher_app.command("remove")
    def voucher_remove(code: Annotated[str, typer.Argument(help="The voucher code.")]) -> None:
        """Delete a voucher."""
        from shopagent.commerce import vouchers

        vouchers.remove_voucher(command_deps(), code)
        info(f"voucher {code.strip().upper()} removed")

    # -- checkout --------------------------------------------------------------------------
    checkout_app = typer.Typer(
        help="Buy what is in the cart, or approve a checkout a remote agent built (`checkout approve`).",
        invoke_without_command=True,
    )
    app.add_typer(checkout_app, name="checkout")

    @checkout_app.callback()
    def checkout_cmd(
        ctx: typer.Context,
        voucher: Annotated[str | None, typer.Option("--voucher", help="A voucher code to apply.")] = None,
        shipping: Annotated[
            str, typer.Option("--shipping", help="standard (free from 50.00, else 5.99) or express (14.99).")
        ] = "standard",
        yes: Annotated[
            bool,
            typer.Option("--yes", help="Approve without a prompt (needed when stdin is not a terminal)."),
        ] = False,
        json_out: JsonOpt = False,
    ) -> None:
        """Buy what is in the cart: review the exact lines and total, confirm, place the order."""
        if ctx.invoked_subcommand is not None:
            return
        from shopagent.commerce import checkout
        from shopagent.commerce.config import check_spending
        from shopagent.errors import ShopError
        from shopagent.render.commerce import render_order, render_review

        deps = command_deps()
        session = checkout.prepare_checkout(deps, voucher=voucher, shipping=shipping)
        render_review(session)
        if not session.ready:
            raise ShopError(f"cannot check out yet: {session.messages[0]}")
        # Refuse before asking: a confirmation for a purchase the limits forbid would be a trap.
        check_spending(deps.state.conn, session.total_minor, session.currency)
        approval = human_approval(session, yes, on_decline=lambda: checkout.cancel_session(deps, session.id))
        order = checkout.complete_checkout(
            deps, session.id, approval, idempotency_key=f"checkout:{session.id}"
        )
        done = checkout.get_session(deps, session.id)
        info(f"order {order.id} placed: {order.describe_total()} charged to {order.payment.describe()}")
        if json_out:
            emit_json(done.to_json())
        else:
            render_order(order, messages=done.messages)

    @checkout_app.command("pending")
    def checkout_pending(json_out: JsonOpt = False) -> None:
        """List checkouts remote agents asked to buy that wait for your approval."""
        from shopagent.money import format_money
        from shopagent.serve import checkouts
        from shopagent.serve.shapes import checkout_json

        waiting = checkouts.pending(command_deps())
        if json_out:
            emit_json([checkout_json(v, "ucp") for v in waiting])
            return
        if not waiting:
            info("no checkout waits for approval")
        for v in waiting:
            s = v.session
            items = ", ".join(f"{li.quantity} x {li.sku}" for li in s.lines)
            typer.echo(f"{s.id}  {format_money(s.total_minor, s.currency)}  {items}")
        if waiting:
            info("approve one with `shopagent checkout approve SESSION_ID`")

    @checkout_app.command("approve")
    def checkout_approve(
        session_id: Annotated[
            str,
            typer.Argument(metavar="SESSION_ID", help="The checkout session a remote agent asked to buy."),
        ],
        yes: Annotated[
            bool,
            typer.Option("--yes", help="Approve without a prompt (needed when stdin is not a terminal)."),
        ] = False,
        json_out: JsonOpt = False,
    ) -> None:
        """Approve a checkout a remote agent built (over MCP or HTTP): review it, confirm, place the order."""
        from shopagent.commerce.config import check_spending
        from shopagent.errors import ShopError
        from shopagent.render.commerce import render_order, render_review
        from shopagent.serve import checkouts

        deps = command_deps()
        current = checkouts.view(deps, session_id.strip())
        session = current.session
        if session.status == "completed":
            raise ShopError(f"checkout session {session.id} is already completed as order {session.order_id}")
        if session.status == "canceled":
            raise ShopError(f"checkout session {session.id} was canceled; nothing to approve")
        if not session.ready:
            why = session.messages[0] if session.messages else session.status
            raise ShopError(f"checkout session {session.id} cannot be bought as it is: {why}")
        if current.escalation is not None:
            info(f"a remote agent (over {current.escalation.requested_via}) asks to buy this:")
        render_review(session)
        check_spending(deps.state.conn, session.total_minor, session.currency)
        approval = human_approval(session, yes)  # declining leaves the session for the agent to see
        done = checkouts.approve(deps, session.id, approval, reviewed=session)
        order = done.order
        assert order is not None
        info(f"order {order.id} placed: {order.describe_total()} charged to {order.payment.describe()}")
        if json_out:
            emit_json(done.session.to_json())
        else:
            render_order(order, messages=done.session.messages)

    # -- orders ----------------------------------------------------------------------------
    @orders_app.command("list")
    def orders_list(json_out: JsonOpt = False, jsonl_out: JsonlOpt = False) -> None:
        """List orders, newest first."""
        from shopagent.commerce import orders

        check_exclusive(json_out, jsonl_out)
        found = orders.list_orders(command_deps())
        if json_out:
            emit_json([o.summary_json() for o in found])
        elif jsonl_out:
            emit_jsonl(o.summary_json() for o in found)
        else:
            from shopagent.render.commerce import render_orders

            render_orders(found)

    @orders_app.command("show")
    def orders_show(
        order_id: Annotated[str, typer.Argument(metavar="ID", help="The order id (see `orders list`).")],
        json_out: JsonOpt = False,
    ) -> None:
        """Show one order: lines, totals, status history."""
        from shopagent.commerce import orders

        order = orders.get_order(command_deps(), order_id)
        if json_out:
            emit_json(order.to_json())
            return
        from shopagent.render.commerce import render_order

        render_order(order)

    @orders_app.command("cancel")
    def orders_cancel(
        order_id: Annotated[str, typer.Argument(metavar="ID", help="The order id.")],
        reason: Annotated[
            str | None, typer.Option("--reason", help="Why (kept in the order history).")
        ] = None,
        json_out: JsonOpt = False,
    ) -> None:
        """Cancel an order before it ships (24 h after it was placed); the stock goes back."""
        from shopagent.commerce import orders

        order = orders.cancel_order(command_deps(), order_id, reason=reason)
        info(f"order {order.id} canceled; {order.describe_total()} refunded to {order.payment.describe()}")
        if json_out:
            emit_json(order.to_json())

    @orders_app.command("return")
    def orders_return(
        order_id: Annotated[str, typer.Argument(metavar="ID", help="The order id.")],
        reason: Annotated[
            str | None, typer.Option("--reason", help="Why (kept in the order history).")
        ] = None,
        json_out: JsonOpt = False,
    ) -> None:
        """Return a shipped order within 30 days of shipment; it is refunded and restocked."""
        from shopagent.commerce import orders

        order = orders.return_order(command_deps(), order_id, reason=reason)
        info(f"order {order.id} returned; {order.describe_total()} refunded to {order.payment.describe()}")
        if json_out:
            emit_json(order.to_json())

    # -- config ----------------------------------------------------------------------------
    @config_app.command("set")
    def config_set(
        key: Annotated[str, typer.Argument(help="max_order_total, daily_budget or catalog_uri.")],
        value: Annotated[str, typer.Argument(help="An amount (or s3://bucket/prefix), or 'off'.")],
    ) -> None:
        """Set a spending limit (an amount in the order's currency) or the catalog location; 'off' unsets."""
        from shopagent.commerce import config

        stored = config.set_value(command_deps(), key, value)
        info(f"{config.check_key(key)} = {stored if stored is not None else 'off'}")

    @config_app.command("show")
    def config_show(json_out: JsonOpt = False) -> None:
        """Show settings; limits are off until set."""
        from shopagent.commerce import config

        settings = config.show(command_deps())
        if json_out:
            emit_json(
                {key: (v if v is None or isinstance(v, str) else float(v)) for key, v in settings.items()}
            )
            return
        from shopagent.render.commerce import render_config

        render_config(settings, config.KEYS)
