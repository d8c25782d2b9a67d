"""`shopagent ask`, `chat` and `tools`: flags in, agent session out, render or JSON."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from shopagent.cli.output import JsonlOpt, JsonOpt, check_exclusive, emit_json, emit_jsonl

ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="A GGUF model file (default: $SHOPAGENT_MODEL, else the bundled model).",
        show_default=False,
    ),
]
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit", ":q"})


def _route(fast: bool, deep: bool) -> Any:
    if fast and deep:
        from shopagent.errors import UsageError

        raise UsageError("--fast and --deep cannot be used together; pick one")
    return "fast" if fast else "deep" if deep else None


def _session(model: str | None, *, preload: bool = False, one_shot: bool = False) -> Any:
    """A session whose model is loaded on first use; with `preload`, loading starts now on a
    background thread. llama.cpp loads in native code without holding the GIL, so for a one-shot
    `ask` the router already sends to the model, the ~1-2.5 s load overlaps the catalog's imports
    and the turn's code work instead of following them. If the turn is answered without the model
    after all, the thread is abandoned with the process."""
    import threading

    from shopagent.agent.session import Session
    from shopagent.cli.context import command_deps

    deps = command_deps()

    def load() -> Any:
        return deps.load_model(model, one_shot=one_shot)

    if not preload:
        return _translating(Session(deps, model_factory=load))
    outcome: dict[str, Any] = {}

    def background() -> None:
        try:
            outcome["model"] = load()
        except BaseException as exc:  # noqa: BLE001 - re-raised where the model is needed
            outcome["error"] = exc

    thread = threading.Thread(target=background, name="shopagent-model-load", daemon=True)
    thread.start()

    def preloaded() -> Any:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["model"]

    return _translating(Session(deps, model_factory=preloaded))


def _translating(session: Any) -> Any:
    """Searches in the session rewrite a request in another language into the catalog's with the
    session's own model (one model in memory, never two completions at once)."""
    from shopagent.cli.context import attach_translator

    attach_translator(session.deps, lambda: session.model)
    return session


def ask_payload(turn: Any) -> dict[str, Any]:
    """The `ask --json` document (SPEC): answer, results, tool_calls, route, plus run details."""
    return {
        "answer": turn.answer,
        "results": turn.results,
        "tool_calls": [
            {"name": c["name"], "arguments": c["arguments"], "ok": c["ok"]} for c in turn.tool_calls
        ],
        "route": turn.route,
        "stop_reason": turn.stop_reason,
        "steps": turn.steps,
        "tokens": {"prompt": turn.tokens_in, "completion": turn.tokens_out},
        "timings": turn.timings,
        # what the turn was read as (intent, mode, references, quantity, options, price with currency)
        "reading": _reading_json(turn.reading),
    }


def _reading_json(reading: Any) -> dict[str, Any] | None:
    if reading is None:
        return None
    return reading.model_dump(mode="json", exclude={"text", "constraints"})


def register(app: typer.Typer) -> None:
    @app.command("ask")
    def ask(
        text: Annotated[
            str, typer.Argument(help="What you are looking for, in plain words.", show_default=False)
        ],
        json_out: JsonOpt = False,
        jsonl_out: JsonlOpt = False,
        fast: Annotated[bool, typer.Option("--fast", help="Search only; never run the model.")] = False,
        deep: Annotated[bool, typer.Option("--deep", help="Always let the model answer.")] = False,
        model: ModelOpt = None,
        max_steps: Annotated[
            int, typer.Option("--max-steps", min=1, max=20, help="Model steps at most.")
        ] = 6,
    ) -> None:
        """Ask the shopping agent one question; plain product requests never wait for the model."""
        check_exclusive(json_out, jsonl_out)
        force = _route(fast, deep)
        if not text.strip():
            from shopagent.errors import InvalidInput

            raise InvalidInput('say what you are looking for, e.g. shopagent ask "hiking boots under 200"')
        from shopagent.agent.router import decide

        session = _session(
            model, preload=force != "fast" and decide(text, force=force).route == "deep", one_shot=True
        )
        data_only = json_out or jsonl_out
        from shopagent.render.agent import AgentView

        view = AgentView(interactive=not data_only)
        try:
            turn = session.ask(
                text,
                force=force,
                narrate=not data_only,
                max_steps=max_steps,
                on_event=None if data_only else view.on_event,
            )
        finally:
            view.close()
        for note in turn.notes:
            view.note(note)
        if json_out:
            emit_json(ask_payload(turn))
        elif jsonl_out:
            emit_jsonl(turn.results)
        else:
            view.show_turn(turn)

    @app.command("chat")
    def chat(model: ModelOpt = None) -> None:
        """Talk with the shopping agent. Works with piped input too (one message a line)."""
        from shopagent.render.agent import AgentView

        session = _session(model)
        interactive = sys.stdin.isatty()
        view = AgentView(interactive=interactive)
        history_file = _setup_readline(session.deps) if interactive else None
        if interactive:
            view.note("shopagent chat — ask for products in plain words; /help for commands, /quit to leave.")
        try:
            while True:
                line = _read_line(interactive)
                if line is None:
                    break
                line = line.strip()
                if not line:
                    continue
                if line.lower() in QUIT_WORDS:
                    break
                if line.lower() in ("/help", "help", "?"):
                    view.show_help()
                elif line.lower() == "/cart":
                    view.show_cart(session.deps)
                elif line.lower() == "/reset":
                    session.reset()
                    view.note("Conversation cleared.")
                elif line.startswith("/"):
                    view.note(f"unknown command {line.split()[0]}; commands: /help /cart /reset /quit")
                else:
                    _chat_turn(session, view, line)
        finally:
            view.close()
            if history_file is not None:
                _save_readline(history_file)

    @app.command("tools")
    def tools(json_out: JsonOpt = False) -> None:
        """The tools the model can call, with the argument schemas it sees."""
        from shopagent.agent.registry import default_toolset

        toolset = default_toolset()
        if json_out:
            emit_json(toolset.schemas())
            return
        for t in toolset:
            props = t.args_model.model_json_schema().get("properties", {})
            sys.stdout.write(f"{t.name}({', '.join(props)})  [{t.effect}]\n    {t.description}\n")


def _chat_turn(session: Any, view: Any, line: str) -> None:
    from shopagent.errors import ShopError

    try:
        turn = session.ask(line, on_event=view.on_event)
    except ShopError as exc:
        view.close()
        view.note(f"shopagent: {exc}")
        return
    for note in turn.notes:
        view.note(note)
    prepared = _prepared_checkout(turn)
    if prepared is None:
        view.show_turn(turn)
    else:
        _confirm_checkout(session.deps, view, prepared)


def _prepared_checkout(turn: Any) -> str | None:
    """The checkout session this turn priced, if it did: chat confirms it right there."""
    for call in reversed(turn.tool_calls):
        if call.get("name") == "prepare_checkout" and call.get("ok"):
            found = (call.get("result") or {}).get("checkout_session_id")
            return str(found) if found else None
    return None


def _confirm_checkout(deps: Any, view: Any, session_id: str) -> None:
    """The order as code renders it (lines, shipping, tax, total), then the same typed confirmation
    and spending limits as `shopagent checkout`. Declining, or no terminal to answer, buys nothing."""
    from shopagent.cli.commerce_cmds import human_approval
    from shopagent.commerce import checkout
    from shopagent.commerce.config import check_spending
    from shopagent.errors import ShopError
    from shopagent.render.commerce import render_order, render_review

    view.close()
    session = checkout.get_session(deps, session_id)
    render_review(session)
    try:
        if not session.ready:
            raise ShopError(f"cannot check out yet: {session.messages[0]}")
        check_spending(deps.state.conn, session.total_minor, session.currency)
        approval = human_approval(
            session,
            False,
            on_decline=lambda: checkout.cancel_session(deps, session.id),
            hint="Run `shopagent checkout` to place it.",
        )
        key = f"checkout:{session.id}"
        order = checkout.complete_checkout(deps, session.id, approval, idempotency_key=key)
    except ShopError as exc:
        view.note(f"shopagent: {exc}")
        return
    done = checkout.get_session(deps, session.id)
    view.note(f"order {order.id} placed: {order.describe_total()} charged to {order.payment.describe()}")
    render_order(order, messages=done.messages)


def _read_line(interactive: bool) -> str | None:
    if interactive:
        try:
            return input("you> ")
        except EOFError:
            return None
    line = sys.stdin.readline()
    return None if line == "" else line


def _setup_readline(deps: Any) -> Any:
    """Arrow-key editing and history across sessions, when the stdlib readline module exists."""
    try:
        import readline
    except ImportError:  # e.g. Windows without pyreadline
        return None
    path = deps.paths.history_file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            readline.read_history_file(str(path))
    except OSError:
        pass
    readline.set_history_length(1000)
    return path


def _save_readline(path: Any) -> None:
    try:
        import readline

        readline.write_history_file(str(path))
    except (ImportError, OSError):
        pass
