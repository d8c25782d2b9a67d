"""The MCP server in a real process, driven by the SDK's own client over stdio (and streamable HTTP)."""

from __future__ import annotations

import json
import subprocess
import sys

import anyio
import pytest
from mcp.client.client import Client
from mcp.client.stdio import StdioServerParameters
from serve_fixtures import TESTS, copy_home, free_port, server_env, stop, wait_for_port
from typer.testing import CliRunner

from shopagent.cli.main import app


@pytest.fixture
def home(tmp_path_factory, tmp_path, monkeypatch):
    h = copy_home(tmp_path_factory, tmp_path / "served")
    monkeypatch.setenv("SHOPAGENT_HOME", str(h))
    return h


def _params(home) -> StdioServerParameters:
    return StdioServerParameters(
        command=sys.executable,
        args=[str(TESTS / "serve_fixtures.py"), "mcp", str(home)],
        env=server_env(home),
    )


def data(result) -> dict:
    assert not result.is_error, result.content[0].text
    assert json.loads(result.content[0].text) == result.structured_content
    return result.structured_content


def approve(session_id: str) -> None:
    result = CliRunner().invoke(app, ["checkout", "approve", session_id, "--yes", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "completed"


async def _journey(client: Client, approve_between) -> dict:
    listed = await client.list_tools()
    names = {t.name for t in listed.tools}
    assert {
        "search_catalog",
        "create_checkout",
        "complete_checkout",
        "get_order",
        "summarize_reviews",
    } <= names
    by_name = {t.name: t for t in listed.tools}
    assert "line_items" in by_name["create_checkout"].input_schema["properties"]
    assert by_name["complete_checkout"].input_schema["required"] == ["id"]
    assert by_name["search_catalog"].annotations.read_only_hint is True
    assert by_name["complete_checkout"].annotations.read_only_hint is False

    found = data(await client.call_tool("search_catalog", {"query": "waterproof rain jacket", "limit": 3}))
    top = found["items"][0]
    assert top["id"] == "jacket-1" and top["sku"].startswith("jacket-1-") and top["price"] == 8900

    cart = data(
        await client.call_tool("create_cart", {"line_items": [{"item": {"id": top["sku"]}, "quantity": 1}]})
    )
    assert cart["totals"][0]["amount"] == 8900
    checkout = data(await client.call_tool("create_checkout", {"cart_id": cart["id"]}))
    assert checkout["status"] == "ready_for_complete"
    total = {t["type"]: t["amount"] for t in checkout["totals"]}["total"]
    assert total == 8900 + 712  # free shipping from 50.00, 8 % tax

    asked = data(await client.call_tool("complete_checkout", {"id": checkout["id"]}))
    assert asked["status"] == "requires_escalation" and asked["order"] is None
    escalation = next(m for m in asked["messages"] if m.get("code") == "requires_escalation")
    assert f"shopagent checkout approve {checkout['id']}" in escalation["content"]

    await anyio.to_thread.run_sync(approve_between, checkout["id"])
    done = data(await client.call_tool("get_checkout", {"id": checkout["id"]}))
    assert done["status"] == "completed"
    order = data(await client.call_tool("get_order", {"id": done["order"]["id"]}))["order"]
    assert order["totals"][-1]["amount"] == total and order["line_items"][0]["item"]["id"] == top["sku"]
    return done


def test_stdio_search_cart_checkout_escalation_approve_completed(home):
    async def main() -> None:
        async with Client(_params(home), read_timeout_seconds=60) as client:
            await _journey(client, approve)
            # A bad call is a tool error naming what is valid, not a crash of the server.
            bad = await client.call_tool("create_checkout", {"line_items": [{"item": {"sku": "x"}}]})
            assert bad.is_error and "line_items" in bad.content[0].text
            unknown = await client.call_tool("complete_checkout", {"id": "cs_nope"})
            assert unknown.is_error and "unknown checkout session" in unknown.content[0].text
            looked = data(await client.call_tool("lookup_catalog", {"ids": ["jacket-1", "sock-1", "nope-9"]}))
            assert [p["id"] for p in looked["products"]] == ["jacket-1", "sock-1"]
            assert looked["not_found"] == ["nope-9"]
            product = data(await client.call_tool("get_product", {"id": "jacket-1-l"}))["product"]
            assert {v["sku"]: v["price"] for v in product["variants"]} == {
                "jacket-1-m": 8900,
                "jacket-1-l": 8900,
            }
            watch = data(await client.call_tool("create_watch", {"sku": "boot-1", "max_price": 120}))
            assert watch["auto_buy"] is False
            reviews = data(await client.call_tool("summarize_reviews", {"product_id": "jacket-1"}))
            assert reviews["id"] == "jacket-1" and reviews["reviews"] == 2

    anyio.run(main)
    assert stock_left(home, "jacket-1-m") + stock_left(home, "jacket-1-l") == 11


def stock_left(home, sku: str) -> int:
    import sqlite3

    with sqlite3.connect(home / "state.db") as conn:
        return conn.execute("SELECT stock FROM inventory WHERE sku = ?", (sku,)).fetchone()[0]


def test_streamable_http_needs_the_token_and_serves_the_same_tools(home):
    import httpx

    from shopagent.paths import Paths
    from shopagent.serve.token import ensure_token

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(TESTS / "serve_fixtures.py"), "mcp", str(home), str(port)],
        env=server_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for_port(port, proc)
        url = f"http://127.0.0.1:{port}/mcp"
        assert httpx.post(url, json={}).status_code == 401
        token = ensure_token(Paths(home))

        async def main() -> None:
            import httpx2  # the SDK's own HTTP client
            from mcp.client.streamable_http import streamable_http_client

            headers = {"Authorization": f"Bearer {token}"}
            async with (
                httpx2.AsyncClient(headers=headers, timeout=60) as http,
                Client(streamable_http_client(url, http_client=http), read_timeout_seconds=60) as client,
            ):
                found = data(await client.call_tool("search_catalog", {"query": "hiking boot"}))
                assert found["items"][0]["id"] == "boot-1"

        anyio.run(main)
    finally:
        stop(proc)
