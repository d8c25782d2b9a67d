"""The serve rules one at a time: the idempotency transaction, in-flight 409, the human's approval
command, loopback only, the token file, and a CLI that stays light."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time

import anyio
import httpx
import pytest
from commerce_fixtures import make_deps, stock_inventory, stock_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from shopagent.cli import commerce_cmds
from shopagent.cli.main import app
from shopagent.serve import checkouts, idempotency
from shopagent.serve.launch import check_host
from shopagent.serve.token import ensure_token, token_matches
from shopagent.serve.tools import call

runner = CliRunner()
LINE = {"item": {"id": "SOCK"}, "quantity": 1}


@pytest.fixture
def deps(isolated_home):
    d = stock_inventory(make_deps(isolated_home))
    yield d
    d.close()


def count(deps, table: str) -> int:
    return deps.state.query_one(f"SELECT count(*) FROM {table}")[0]


# -- idempotency -------------------------------------------------------------------------------
def test_key_record_and_business_write_commit_together_or_not_at_all(deps):
    def create_then_break():
        checkouts.create(deps, lines=[("SOCK", 1)])
        raise RuntimeError("crash after the business write, before the key record")

    with pytest.raises(RuntimeError):
        idempotency.run_once(deps, "k1", "h1", create_then_break)
    assert count(deps, "checkout_sessions") == 0 and count(deps, "idempotency_keys") == 0

    made = idempotency.run_once(
        deps, "k1", "h1", lambda: (201, {"id": checkouts.create(deps, lines=[("SOCK", 1)]).session.id})
    )
    assert made.status == 201 and not made.replayed
    assert count(deps, "checkout_sessions") == 1 and count(deps, "idempotency_keys") == 1
    replay = idempotency.run_once(deps, "k1", "h1", lambda: pytest.fail("a replay must not run the action"))
    assert replay.replayed and replay.body == made.body
    with pytest.raises(idempotency.KeyProblem) as reused:
        idempotency.run_once(deps, "k1", "other body", lambda: (201, {}))
    assert reused.value.status == 422


def test_keys_are_kept_for_24_hours_then_purged(deps):
    t0 = 1_800_000_000.0
    idempotency.run_once(deps, "old", "h", lambda: (200, {"n": 1}), now=t0)
    almost = idempotency.run_once(deps, "old", "h", lambda: (200, {"n": 2}), now=t0 + 24 * 3600 - 1)
    assert almost.replayed and almost.body == {"n": 1}
    later = idempotency.run_once(deps, "old", "h", lambda: (200, {"n": 3}), now=t0 + 24 * 3600 + 1)
    assert not later.replayed and later.body == {"n": 3}


def test_request_hash_ignores_key_order_and_spacing_only():
    a = idempotency.request_hash("POST", "/checkout_sessions", b'{"a": 1, "b": [1, 2]}')
    assert a == idempotency.request_hash("POST", "/checkout_sessions", b'{\n "b":[1,2],"a":1}')
    assert a != idempotency.request_hash("POST", "/checkout_sessions", b'{"a": 2, "b": [1, 2]}')
    assert a != idempotency.request_hash("POST", "/checkout_sessions/x", b'{"a": 1, "b": [1, 2]}')


def test_a_request_still_in_flight_gets_409(deps):
    from shopagent.serve.http_app import create_app
    from shopagent.serve.runtime import Runtime

    runtime = Runtime(deps, via="http")
    inflight = idempotency.InFlight()
    asgi = create_app(runtime, "t" * 32, inflight=inflight)
    headers = {"Authorization": "Bearer " + "t" * 32, "Idempotency-Key": "same"}
    body = {"items": [{"id": "SOCK", "quantity": 1}]}
    statuses: dict[str, int] = {}

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=asgi), base_url="http://test"
        ) as client:

            async def first() -> None:
                statuses["first"] = (
                    await client.post("/checkout_sessions", json=body, headers=headers)
                ).status_code

            # Hold the server's lock so the first request waits inside the server with its key claimed;
            # a timer lets it go whatever the second request does, so a regression fails instead of hanging.
            runtime.lock.acquire()
            timer = threading.Timer(1.0, runtime.lock.release)
            async with anyio.create_task_group() as tg:
                tg.start_soon(first)
                try:
                    with anyio.fail_after(30):
                        while not inflight.holds("same"):
                            await anyio.sleep(0.01)
                except TimeoutError:
                    runtime.lock.release()  # let the first request end so the failure is reported
                    raise
                timer.start()
                second = await client.post("/checkout_sessions", json=body, headers=headers)
                statuses["second"] = second.status_code
                assert second.json()["code"] == "request_in_flight"
            timer.join()
            third = await client.post("/checkout_sessions", json=body, headers=headers)
            statuses["third"] = third.status_code
            assert third.headers["Idempotent-Replayed"] == "true"

    anyio.run(main)
    assert statuses == {"first": 201, "second": 409, "third": 201}
    assert count(deps, "checkout_sessions") == 1


# -- the human's approval ----------------------------------------------------------------------
def escalated(deps) -> str:
    session = call(deps, "create_checkout", {"line_items": [LINE]})
    assert call(deps, "complete_checkout", {"id": session["id"]})["status"] == "requires_escalation"
    return session["id"]


def test_approve_needs_the_typed_word_on_a_terminal(deps, monkeypatch):
    session_id = escalated(deps)
    monkeypatch.setattr(commerce_cmds, "stdin_is_interactive", lambda: True)
    declined = runner.invoke(app, ["checkout", "approve", session_id], input="ok\n")
    assert declined.exit_code == 4 and "not confirmed" in declined.stderr
    assert "remote agent" in declined.stderr and "SOCK" in declined.stderr  # what is being approved is shown
    assert count(deps, "orders") == 0 and stock_of(deps, "SOCK") == 100
    assert call(deps, "get_checkout", {"id": session_id})["status"] == "requires_escalation"
    accepted = runner.invoke(app, ["checkout", "approve", session_id], input="buy\n")
    assert accepted.exit_code == 0, accepted.stderr
    assert "Order ord_" in accepted.stdout and stock_of(deps, "SOCK") == 99
    assert call(deps, "get_checkout", {"id": session_id})["status"] == "completed"
    order = deps.state.query_one("SELECT approval_kind, approval_ref FROM orders")
    assert tuple(order) == ("human", "tty-confirmation")


def test_approve_off_a_terminal_needs_yes_and_refuses_what_cannot_be_bought(deps):
    session_id = escalated(deps)
    refused = runner.invoke(app, ["checkout", "approve", session_id])
    assert refused.exit_code == 4 and refused.stdout == "" and count(deps, "orders") == 0
    done = runner.invoke(app, ["checkout", "approve", session_id, "--yes", "--json"])
    assert done.exit_code == 0 and json.loads(done.stdout)["order_id"].startswith("ord_")
    twice = runner.invoke(app, ["checkout", "approve", session_id, "--yes"])
    assert twice.exit_code == 1 and "already completed" in twice.stderr and count(deps, "orders") == 1
    unknown = runner.invoke(app, ["checkout", "approve", "cs_nope", "--yes"])
    assert unknown.exit_code == 1 and "unknown checkout session" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1


def test_approve_respects_spending_limits(deps):
    session_id = escalated(deps)
    from shopagent.commerce import config

    config.set_value(deps, "max_order_total", "5")
    refused = runner.invoke(app, ["checkout", "approve", session_id, "--yes"])
    assert refused.exit_code == 4 and "max_order_total" in refused.stderr and count(deps, "orders") == 0


def test_plain_checkout_still_works_as_before(deps):
    runner.invoke(app, ["cart", "add", "CAP"])
    done = runner.invoke(app, ["checkout", "--yes", "--json"])
    assert done.exit_code == 0 and json.loads(done.stdout)["status"] == "completed"


# -- access ------------------------------------------------------------------------------------
def test_only_loopback_unless_asked_and_then_with_a_warning(capsys):
    from shopagent.errors import UsageError

    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        check_host(host, allow_remote=False)
    with pytest.raises(UsageError, match="--allow-remote"):
        check_host("0.0.0.0", allow_remote=False)
    with pytest.raises(UsageError):
        check_host("192.168.1.10", allow_remote=False)
    check_host("0.0.0.0", allow_remote=True)
    assert "WARNING" in capsys.readouterr().err


def test_the_token_is_made_once_private_and_compared_exactly(isolated_home):
    from shopagent.errors import ShopError
    from shopagent.paths import Paths

    paths = Paths(isolated_home)
    token = ensure_token(paths)
    assert ensure_token(paths) == token and len(token) >= 32
    assert stat.S_IMODE(paths.api_token.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.keys_dir.stat().st_mode) == 0o700
    assert token_matches(token, f"Bearer {token}") and token_matches(token, f"bearer  {token} ")
    assert not token_matches(token, None) and not token_matches(token, token)
    assert not token_matches(token, f"Bearer {token[:-1]}") and not token_matches(token, f"Basic {token}")
    os.chmod(paths.api_token, 0o644)
    with pytest.raises(ShopError, match="chmod 600"):
        ensure_token(paths)


def test_help_does_not_load_the_servers():
    code = (
        "import sys\nfrom shopagent.cli.main import app\n"
        "heavy = [m for m in ('fastapi', 'uvicorn', 'mcp', 'starlette') if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "[]", out.stderr
    started = time.perf_counter()
    helped = subprocess.run(
        [sys.executable, "-m", "shopagent", "serve", "--help"], capture_output=True, text=True
    )
    assert helped.returncode == 0 and "mcp" in helped.stdout and "http" in helped.stdout
    assert time.perf_counter() - started < 10


def test_concurrent_tool_calls_share_one_connection_safely(deps):
    from shopagent.serve.runtime import Runtime

    runtime = Runtime(deps, via="mcp")
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(5):
                made = runtime.call_tool("create_checkout", {"line_items": [LINE]})
                runtime.call_tool("get_checkout", {"id": made["id"]})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and count(deps, "checkout_sessions") == 40


# -- tools never crash on what a remote agent sends -------------------------------------------
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
_line = st.fixed_dictionaries(
    {
        "item": st.one_of(
            _json, st.fixed_dictionaries({"id": st.sampled_from(["SOCK", "TENT", "CAP", " ", "x"])})
        )
    },
    optional={"quantity": st.one_of(_json, st.integers(-3, 1200))},
)
_arguments = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(_json, st.sampled_from(["cs_nope", "cart_nope", "ord_nope", ""])),
        "line_items": st.one_of(_json, st.lists(_line, max_size=3)),
        "cart_id": _json,
        "fulfillment_option_id": st.one_of(_json, st.sampled_from(["standard", "express"])),
        "discount_code": _json,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(
        [
            "create_cart",
            "update_cart",
            "create_checkout",
            "update_checkout",
            "complete_checkout",
            "get_checkout",
            "cancel_checkout",
            "get_order",
            "get_cart",
            "cancel_cart",
        ]
    ),  # fmt: skip
    arguments=_arguments,
)
def test_serve_tools_answer_any_arguments_with_a_result_or_a_tool_error(deps, name, arguments):
    from shopagent.agent.toolkit import ToolError

    try:
        result = call(deps, name, arguments)
    except ToolError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(result, dict)
    assert count(deps, "orders") == 0  # whatever was sent, nothing was bought


def test_pending_lists_what_waits_for_approval(deps):
    empty = runner.invoke(app, ["checkout", "pending", "--json"])
    assert empty.exit_code == 0 and json.loads(empty.stdout) == []
    session_id = escalated(deps)
    listed = runner.invoke(app, ["checkout", "pending"])
    assert listed.exit_code == 0 and listed.stdout.startswith(session_id) and "1 x SOCK" in listed.stdout
    assert json.loads(runner.invoke(app, ["checkout", "pending", "--json"]).stdout)[0]["id"] == session_id
    runner.invoke(app, ["checkout", "approve", session_id, "--yes"])
    assert json.loads(runner.invoke(app, ["checkout", "pending", "--json"]).stdout) == []


def test_a_nested_transaction_is_a_savepoint_of_the_outer_one(deps):
    def insert(conn, key: str) -> None:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (key,))

    def keys() -> set[str]:
        return {r[0] for r in deps.state.query("SELECT key FROM meta WHERE key LIKE 'nest-%'")}

    with deps.state.tx() as conn:
        insert(conn, "nest-outer")
        with pytest.raises(RuntimeError), deps.state.tx() as inner:
            insert(inner, "nest-inner-failed")
            raise RuntimeError("inner fails")
        with deps.state.tx() as inner:
            insert(inner, "nest-inner-ok")
        assert conn.in_transaction  # the inner blocks did not commit the outer transaction
    assert keys() == {"nest-outer", "nest-inner-ok"}

    with pytest.raises(RuntimeError), deps.state.tx() as conn:
        with deps.state.tx() as inner:
            insert(inner, "nest-rolled-back-with-outer")
        raise RuntimeError("outer fails")
    assert keys() == {"nest-outer", "nest-inner-ok"}
