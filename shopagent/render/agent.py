"""The chat and ask screens: streamed answers, product tables, a spinner on stderr while the model works.

stdout gets the answer and tables only; the spinner, prompts' chatter and notes go to stderr, and only
when it is a terminal. Catalog text is escaped with `safe()` before it meets Rich markup.
"""

from __future__ import annotations

from typing import Any

from shopagent.money import format_money, to_minor
from shopagent.render import safe, stderr_console, stdout_console

HELP = """Ask for products in plain words ("waterproof hiking boots under 200"), then refine:
  "cheaper", "in blue", "only Merrell", "show me the second one", "compare the first two",
  "add the first one to my cart", "what do reviewers say about the third one?"
Commands: /help  /cart  /reset (forget this conversation)  /quit"""


def _money(amount: Any, currency: str | None) -> str:
    if amount is None:
        return "-"
    cur = currency or "USD"
    return format_money(to_minor(amount, cur), cur)


def results_table(items: list[dict[str, Any]], limit: int = 10) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("Id", style="cyan", no_wrap=True)
    table.add_column("Product", overflow="fold", ratio=3)
    table.add_column("Price", justify="right")
    table.add_column("Rating", justify="right")
    table.add_column("Stock")
    for n, item in enumerate(items[:limit], 1):
        rating = item.get("rating")
        table.add_row(
            str(n),
            safe(
                item.get("sku")
                if item.get("sku") not in (None, item.get("product_id"))
                else item.get("product_id")
            ),
            safe(item.get("title", "")),
            _money(item.get("price"), item.get("currency")),
            f"{float(rating):.1f}★" if rating is not None else "-",
            "yes" if item.get("in_stock") else "[red]no[/red]",
        )
    return table


class AgentView:
    """Draws one turn: spinner while thinking, answer tokens as they stream, then tables."""

    def __init__(self, *, interactive: bool):
        self.interactive = interactive
        self.out = stdout_console()
        self.err = stderr_console()
        self._status: Any = None
        self._streaming = False

    # -- events from the loop -----------------------------------------------------------------
    def on_event(self, kind: str, payload: Any) -> None:
        if kind == "thinking":
            if self._streaming:  # a preamble before a tool call was shown; the answer starts afresh
                self.out.print()
                self._streaming = False
            self._spin("thinking…")
        elif kind == "tool_call":
            self._spin(f"{payload['name']}…")
        elif kind == "token":
            self._stop_spinner()
            self._streaming = True
            self.out.print(safe(payload), end="", markup=True, highlight=False, soft_wrap=True)
        elif kind == "replaced" and self._streaming:
            self.out.print()
            self.err.print(
                "[yellow]That answer named something not in the catalog results; corrected:[/yellow]"
            )
            self._streaming = False

    def _spin(self, text: str) -> None:
        if not (self.interactive and self.err.is_terminal):
            return
        if self._status is None:
            self._status = self.err.status(text, spinner="dots")
            self._status.start()
        else:
            self._status.update(text)

    def _stop_spinner(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None

    # -- a finished turn ------------------------------------------------------------------------
    def show_turn(self, turn: Any) -> None:
        self._stop_spinner()
        table = turn.view is None and bool(turn.results) and len(turn.results) > 1
        if self._streaming and turn.streamed:
            self.out.print()
        else:
            self.out.print(safe(_lead(turn) if table else turn.answer), soft_wrap=True)
        self._streaming = False
        if turn.view is not None and "products" in turn.view:
            from shopagent.render.detail import compare_renderable

            self.out.print(compare_renderable(turn.view))
        elif turn.view is not None:
            from shopagent.render.detail import product_renderable

            self.out.print(product_renderable(turn.view))
        elif table:
            self.out.print(results_table(turn.results))
        if turn.stop_reason != "answered":
            self.err.print(f"[dim](stopped: {turn.stop_reason})[/dim]")

    def show_help(self) -> None:
        self.out.print(safe(HELP))

    def show_cart(self, deps: Any) -> None:
        from shopagent.commerce import cart

        current = cart.show(deps)
        if not current.lines:
            self.out.print("Your cart is empty.")
            return
        from shopagent.render.commerce import render_cart

        render_cart(current)

    def note(self, text: str) -> None:
        self.err.print(safe(text))

    def close(self) -> None:
        self._stop_spinner()


def _lead(turn: Any) -> str:
    """The answer for a turn whose results follow as a table: each product is shown once, in the
    table. Code answers say their lead; from any other answer the lines naming a result are left out."""
    if getattr(turn, "lead", None):
        return str(turn.lead)
    ids = {str(r.get(k)) for r in turn.results for k in ("product_id", "sku") if r.get(k)}
    lines = turn.answer.splitlines()
    kept = [ln for ln in lines if not any(i in ln for i in ids)]
    return "\n".join(kept).strip() or (lines[0] if lines else "")
