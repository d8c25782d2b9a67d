"""mandate, watch and audit: autonomous purchases under limits the user signed.

`mandate create` grants spending power, so like `checkout` it needs a human: a typed confirmation on a
TTY, or `--yes`; off a TTY without `--yes` it refuses with exit 4. No agent tool reaches it.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from shopagent.cli.context import command_deps
from shopagent.cli.output import JsonlOpt, JsonOpt, check_exclusive, emit_json, emit_jsonl, info

mandate_app = typer.Typer(
    no_args_is_help=True, help="Signed spending limits for autonomous purchases (human-only)."
)
watch_app = typer.Typer(no_args_is_help=True, help="Price watches: notify, or buy under a mandate.")

YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Grant without the interactive confirmation.")]


def _stdin_is_tty() -> bool:
    return sys.stdin.isatty()


def _amount(value: str, what: str, currency: str) -> int:
    from shopagent.money import to_minor

    return to_minor(value, currency, what=what)


# -- mandate ----------------------------------------------------------------------------------------
@mandate_app.command("create")
def mandate_create(
    max_total: Annotated[str, typer.Option("--max-total", help="Most a single purchase may cost.")],
    budget: Annotated[
        str | None, typer.Option("--budget", help="Most all purchases under it may cost together.")
    ] = None,
    category: Annotated[
        list[str] | None, typer.Option("--category", help="Allowed category (any level); repeatable.")
    ] = None,
    sku: Annotated[list[str] | None, typer.Option("--sku", help="Allowed SKU; repeatable.")] = None,
    expires: Annotated[
        str | None, typer.Option("--expires", help="YYYY-MM-DD (end of that day) or ISO datetime.")
    ] = None,
    currency: Annotated[str, typer.Option("--currency", help="Currency of the amounts.")] = "USD",
    yes: YesOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Sign an open mandate: limits within which `watch run` may buy on its own."""
    from shopagent.commerce.mandates import create_mandate
    from shopagent.commerce.watches import parse_deadline
    from shopagent.errors import SafetyRefusal
    from shopagent.money import format_money, normalize_currency

    currency = normalize_currency(currency)
    max_minor = _amount(max_total, "--max-total", currency)
    budget_minor = _amount(budget, "--budget", currency) if budget is not None else None
    expires_at = parse_deadline(expires, what="--expires") if expires else None
    if not yes:
        if not _stdin_is_tty():
            raise SafetyRefusal(
                "a mandate lets shopagent spend money on its own; confirm on a terminal, "
                "or pass --yes to grant it non-interactively"
            )
        from shopagent.render.autobuy import render_mandate_terms

        render_mandate_terms(
            {
                "per purchase": format_money(max_minor, currency),
                "total budget": format_money(budget_minor, currency) if budget_minor else "unlimited",
                "categories": ", ".join(category or []) or "-",
                "SKUs": ", ".join(sku or []) or "-",
                "scope": "any product" if not (category or sku) else "only the above",
                "expires": expires_at.isoformat(timespec="seconds") if expires_at else "never",
            }
        )
        answer = typer.prompt("Type 'yes' to sign this mandate", default="", show_default=False, err=True)
        if answer.strip().lower() != "yes":
            raise SafetyRefusal("mandate not created: it was not confirmed")
    deps = command_deps()
    mandate = create_mandate(
        deps,
        max_total_minor=max_minor,
        budget_minor=budget_minor,
        categories=category or (),
        skus=sku or (),
        expires_at=expires_at,
        currency=currency,
    )
    if json_out:
        emit_json(mandate.to_json(signature_valid=True))
        return
    typer.echo(mandate.mandate_id)
    info(f"mandate {mandate.mandate_id}: {mandate.describe()}")


@mandate_app.command("list")
def mandate_list(json_out: JsonOpt = False, jsonl_out: JsonlOpt = False) -> None:
    """List mandates with their status, spend and whether their signature still verifies."""
    from shopagent.commerce.mandates import InsecureKey, list_mandates, signature_valid

    check_exclusive(json_out, jsonl_out)
    deps = command_deps()
    mandates = list_mandates(deps)
    valid: dict[str, bool | None]
    try:
        valid = {m.mandate_id: signature_valid(deps, m) for m in mandates}
    except InsecureKey as exc:
        # Still list them (the user may want to revoke one); none can be verified, so none is usable.
        info(f"shopagent: warning: {exc}")
        valid = {m.mandate_id: None for m in mandates}
    docs = [m.to_json(signature_valid=valid[m.mandate_id]) for m in mandates]
    if json_out:
        emit_json(docs)
    elif jsonl_out:
        emit_jsonl(docs)
    else:
        from shopagent.render.autobuy import render_mandates

        render_mandates(mandates, valid)


@mandate_app.command("revoke")
def mandate_revoke(mandate_id: Annotated[str, typer.Argument(help="The mandate id (mnd_...).")]) -> None:
    """Revoke a mandate: no purchase is made under it from now on."""
    from shopagent.commerce.mandates import revoke_mandate

    mandate = revoke_mandate(command_deps(), mandate_id.strip())
    info(f"mandate {mandate.mandate_id} revoked at {mandate.revoked_at}")


# -- watch ------------------------------------------------------------------------------------------
@watch_app.command("add")
def watch_add(
    sku: Annotated[str, typer.Argument(help="The SKU to watch.")],
    max_price: Annotated[str, typer.Option("--max-price", help="Notify (or buy) at or below this price.")],
    until: Annotated[
        str | None, typer.Option("--until", help="YYYY-MM-DD (end of that day) or ISO datetime.")
    ] = None,
    auto_buy: Annotated[
        bool, typer.Option("--auto-buy", help="Buy one when it matches, if a mandate covers it.")
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Watch a SKU's live price; `watch run` (e.g. from cron) acts on it."""
    from shopagent import inventory
    from shopagent.commerce.watches import add_watch, parse_deadline

    deps = command_deps()
    currency = inventory.currency_of(deps.state.conn, sku.strip()) or "USD"
    deadline = parse_deadline(until, what="--until") if until else None
    watch = add_watch(deps, sku, _amount(max_price, "--max-price", currency), deadline, auto_buy)
    if json_out:
        emit_json(watch.to_json())
        return
    typer.echo(watch.watch_id)
    mode = "buy under a mandate" if auto_buy else "notify"
    info(f"watching {watch.sku} ({watch.title}) for a price at or below {max_price}: will {mode}")


@watch_app.command("list")
def watch_list(
    json_out: JsonOpt = False,
    jsonl_out: JsonlOpt = False,
    all_: Annotated[bool, typer.Option("--all", help="Include removed watches.")] = False,
) -> None:
    """List watches with their last seen price and status."""
    from shopagent.commerce.watches import list_watches

    check_exclusive(json_out, jsonl_out)
    watches = list_watches(command_deps(), include_removed=all_)
    docs = [w.to_json() for w in watches]
    if json_out:
        emit_json(docs)
    elif jsonl_out:
        emit_jsonl(docs)
    else:
        from shopagent.render.autobuy import render_watches

        render_watches(watches)


@watch_app.command("remove")
def watch_remove(watch_id: Annotated[str, typer.Argument(help="The watch id (wch_...).")]) -> None:
    """Stop a watch."""
    from shopagent.commerce.watches import remove_watch

    watch = remove_watch(command_deps(), watch_id.strip())
    info(f"watch {watch.watch_id} on {watch.sku} removed")


@watch_app.command("run")
def watch_run(json_out: JsonOpt = False, jsonl_out: JsonlOpt = False) -> None:
    """Check every active watch against live prices; notify, and buy where a mandate allows (for cron)."""
    from shopagent.commerce.watches import run_watches
    from shopagent.render.autobuy import notify

    check_exclusive(json_out, jsonl_out)
    outcomes = run_watches(command_deps())
    notify(outcomes)
    docs = [o.to_json() for o in outcomes]
    if json_out:
        emit_json(docs)
    elif jsonl_out:
        emit_jsonl(docs)
    else:
        from shopagent.render.autobuy import render_run

        render_run(outcomes)


def register(app: typer.Typer) -> None:
    app.add_typer(mandate_app, name="mandate")
    app.add_typer(watch_app, name="watch")

    @app.command("audit")
    def audit_cmd(
        json_out: JsonOpt = False,
        jsonl_out: JsonlOpt = False,
        watch: Annotated[str | None, typer.Option("--watch", help="Only this watch's decisions.")] = None,
    ) -> None:
        """Every autonomous decision, oldest first: watch, price seen, mandate, outcome."""
        from shopagent.commerce.audit import list_audit

        check_exclusive(json_out, jsonl_out)
        entries = list_audit(command_deps(), watch_id=watch)
        docs = [e.to_json() for e in entries]
        if json_out:
            emit_json(docs)
        elif jsonl_out:
            emit_jsonl(docs)
        else:
            from shopagent.render.autobuy import render_audit

            render_audit(entries)
