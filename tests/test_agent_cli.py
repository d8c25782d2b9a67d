"""`shopagent ask`, `chat` and `tools` through the CLI, with a scripted model where one is needed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from agent_fixtures import agent_catalog_home, call
from typer.testing import CliRunner

from shopagent.cli.context import load_default_model
from shopagent.cli.main import app
from shopagent.deps import Deps
from shopagent.paths import Paths
from shopagent.testing import FakeEmbedder, ScriptedModel

runner = CliRunner()
ITEM_KEYS = {
    "product_id",
    "sku",
    "title",
    "brand",
    "category",
    "price",
    "currency",
    "in_stock",
    "rating",
    "score",
}


@pytest.fixture(scope="module")
def catalog_home(tmp_path_factory):
    return agent_catalog_home(tmp_path_factory)


@pytest.fixture
def home(catalog_home, tmp_path, monkeypatch):
    own = tmp_path / "own"
    shutil.copytree(catalog_home, own)
    monkeypatch.setenv("SHOPAGENT_HOME", str(own))
    return own


@pytest.fixture
def deps(home):
    """The handles the commands run with (passed through the Typer context): a fake embedder and the
    CLI's real model loader."""
    own = Deps(paths=Paths.from_env(), embedder_override=FakeEmbedder(), model_loader=load_default_model)
    yield own
    own.close()


@pytest.fixture
def cli(deps):
    return lambda args, **kwargs: runner.invoke(app, args, obj=deps, **kwargs)


@pytest.fixture
def model_guard(deps):
    """Fails the test if anything loads a model; `use(model)` installs a scripted one instead."""
    state = {"model": None, "loads": 0}

    def load(deps, path=None, **_options):
        state["loads"] += 1
        if state["model"] is None:
            raise AssertionError("a model was loaded")
        return state["model"]

    deps.model_loader = load
    state["use"] = lambda m: state.update(model=m)
    return state


def test_ask_json_fast_path_shape_and_no_model(home, model_guard, cli):
    result = cli(["ask", "waterproof hiking boots under 200", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["route"] == "fast" and model_guard["loads"] == 0
    assert set(doc) >= {"answer", "results", "tool_calls", "route"}
    assert doc["results"] and set(doc["results"][0]) >= ITEM_KEYS
    assert all(r["price"] <= 200 for r in doc["results"])
    assert doc["tool_calls"] == [
        {"name": "search_products", "arguments": doc["tool_calls"][0]["arguments"], "ok": True}
    ]
    assert doc["results"][0]["title"] in doc["answer"]


def test_ask_jsonl_prints_one_item_a_line(home, model_guard, cli):
    result = cli(["ask", "merino wool socks", "--jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) >= ITEM_KEYS for r in rows)


def test_ask_deep_json_with_scripted_model(home, model_guard, cli):
    model = ScriptedModel(
        call("search_products", query="waterproof hiking boots", max_price=200, brand="none"),
    )
    model_guard["use"](model)
    result = cli(["ask", "waterproof hiking boots under 200", "--json", "--deep"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    model.assert_complete()  # the search served the request: --json needs no narrative step
    assert model.calls[0]["json_schema"] is not None
    assert doc["route"] == "deep" and doc["stop_reason"] == "answered"
    # Junk dropped ("brand": "none"); the words' bound kept. A category or attribute read from a bare
    # word is no filter the fixer adds: the tool boosts what its query suggests.
    assert doc["tool_calls"][0]["arguments"] == {"query": "waterproof hiking boots", "max_price": 200}
    assert all(r["category"] == "Footwear > Boots > Hiking" for r in doc["results"][:3])
    ids = {r["product_id"] for r in doc["results"]}
    assert doc["answer"].startswith("Found") and all(i in ids for i in _ids(doc["answer"]))


def _ids(text):
    import re

    return re.findall(r"\(([\w-]+)\)", text)


def test_ask_usage_errors(home, model_guard, cli):
    both = cli(["ask", "boots", "--fast", "--deep"])
    assert both.exit_code == 2 and "--fast and --deep" in both.stderr
    fmt = cli(["ask", "boots", "--json", "--jsonl"])
    assert fmt.exit_code == 2
    empty = cli(["ask", "  "])
    assert empty.exit_code == 1 and "say what you are looking for" in empty.stderr


def test_ask_with_a_missing_model_file_is_one_line(home, cli):
    result = cli(["ask", "compare boots", "--deep", "--model", str(home / "nope.gguf")])
    assert result.exit_code == 1
    assert result.stdout == "" and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_unforced_deep_request_falls_back_to_search_when_no_model_loads(home, cli):
    result = cli(["ask", "a gift for my dad", "--json", "--model", str(home / "nope.gguf")])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["route"] == "fast" and "does not exist" in result.stderr


def test_chat_commands_and_a_turn_from_piped_input(home, model_guard, cli):
    result = cli(["chat"], input="/help\n/cart\nmerino wool socks\nshow me the first one\n/bogus\nquit\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "/reset" in out and "Your cart is empty." in out
    assert "Found" in out and "Merino Wool Hiking Socks" in out
    assert "unknown command /bogus" in result.stderr
    assert model_guard["loads"] == 0
    assert "you>" not in out  # no prompt garbage when stdin is not a terminal


def test_chat_deep_turn_with_scripted_model_and_reset(home, model_guard, cli):
    model = ScriptedModel(call("search_products", query="earbuds"))
    model_guard["use"](model)
    result = cli(["chat"], input="which earbuds are best for running?\n/reset\n")
    assert result.exit_code == 0, result.output
    model.assert_complete()  # the model wrote the search; code lists what it found
    assert model.calls[0]["json_schema"]["properties"]["name"] == {"const": "search_products"}
    assert "Wireless Earbuds Pro" in result.stdout
    assert "Conversation cleared." in result.stderr


def test_tools_json_lists_what_the_model_sees(home, cli):
    result = cli(["tools", "--json"])
    assert result.exit_code == 0
    schemas = json.loads(result.stdout)
    names = [s["function"]["name"] for s in schemas]
    assert names[0] == "search_products" and "add_to_cart" in names
    search = schemas[0]["function"]["parameters"]
    assert search["required"] == ["query"] and "max_price" in search["properties"]
    plain = cli(["tools"])
    assert plain.exit_code == 0 and plain.stdout.startswith("search_products(")


def test_ask_help_subprocess_smoke():
    out = subprocess.run(
        [sys.executable, "-m", "shopagent", "ask", "--help"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0 and "--deep" in out.stdout and "--max-steps" in out.stdout


def test_the_installed_command_exits_with_the_command_status_after_flushing(home):
    env = {**os.environ, "SHOPAGENT_HOME": str(home)}
    ok = subprocess.run(
        [sys.executable, "-m", "shopagent", "parse", "boots under 50", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["constraints"]["max_price"] == 50
    bad = subprocess.run(
        [sys.executable, "-m", "shopagent", "search", "boots", "--limit", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert bad.returncode != 0 and bad.stdout == "" and "limit" in bad.stderr


def _stock(deps, sku):
    from shopagent import inventory

    return inventory.require(deps.state.conn, sku).stock


def _a_sku_in_stock(deps):
    from shopagent import inventory

    return next(r["sku"] for r in inventory.all_rows(deps.state.conn) if r["stock"] > 1)


def test_chat_checkout_shows_the_order_and_buys_only_on_the_typed_word(deps, cli, model_guard, monkeypatch):
    from shopagent.cli import commerce_cmds

    monkeypatch.setattr(commerce_cmds, "stdin_is_interactive", lambda: True)
    sku = _a_sku_in_stock(deps)
    before = _stock(deps, sku)
    assert cli(["cart", "add", sku]).exit_code == 0
    declined = cli(["chat"], input="check out please\nyes\nquit\n")
    assert declined.exit_code == 0, declined.output
    assert "Total" in declined.output and "Type 'buy'" in declined.stderr
    assert "not confirmed; nothing was bought" in declined.stderr
    assert _stock(deps, sku) == before and model_guard["loads"] == 0
    accepted = cli(["chat"], input="check out please\nbuy\nquit\n")
    assert accepted.exit_code == 0, accepted.output
    assert "placed" in accepted.stderr and "Order ord_" in accepted.stdout
    assert _stock(deps, sku) == before - 1
    assert json.loads(cli(["cart", "show", "--json"]).stdout)["lines"] == []


def test_chat_checkout_without_a_terminal_to_confirm_buys_nothing(deps, cli, model_guard):
    sku = _a_sku_in_stock(deps)
    before = _stock(deps, sku)
    assert cli(["cart", "add", sku]).exit_code == 0
    result = cli(["chat"], input="check out\nquit\n")
    assert result.exit_code == 0, result.output
    assert "stdin is not a terminal; nothing was bought" in result.stderr
    assert "shopagent checkout" in result.stderr
    assert _stock(deps, sku) == before
    assert len(json.loads(cli(["cart", "show", "--json"]).stdout)["lines"]) == 1


def test_a_negated_checkout_in_chat_prices_nothing(deps, cli, model_guard, monkeypatch):
    from shopagent.cli import commerce_cmds

    monkeypatch.setattr(commerce_cmds, "stdin_is_interactive", lambda: True)
    assert cli(["cart", "add", _a_sku_in_stock(deps)]).exit_code == 0
    result = cli(["chat"], input="don't check out yet\nquit\n")
    assert result.exit_code == 0, result.output
    assert "Type 'buy'" not in result.stderr and "Total" not in result.output


def test_a_result_list_is_shown_once_in_the_terminal(cli, model_guard):
    result = cli(["ask", "waterproof hiking boots"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Found ") and first.endswith(":")  # the lead; the products are in the table
    table_ids = re.findall(r"^\s*\d+\s+(boot-\S+)", result.stdout, re.M)
    assert table_ids and all(result.stdout.count(i) == 1 for i in table_ids)
