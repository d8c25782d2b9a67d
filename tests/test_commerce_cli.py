"""cart/voucher/checkout/orders/config through the CLI: exit codes, stdout JSON shapes, one-line errors."""

import json

import pytest
from commerce_fixtures import make_deps, stock_inventory, stock_of
from typer.testing import CliRunner

from shopagent.cli import commerce_cmds
from shopagent.cli.main import app

runner = CliRunner()


@pytest.fixture
def shop(isolated_home):
    deps = stock_inventory(make_deps(isolated_home))
    yield deps
    deps.close()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def one_line_error(result, code, *needles):
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shopagent: ")
    for needle in needles:
        assert needle in lines[0]


def refused(result, code, *needles):
    """A checkout refusal: the review may precede it on stderr; the error itself is the last, single line."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    last = result.stderr.strip().splitlines()[-1]
    assert "shopagent: " in last
    for needle in needles:
        assert needle in last


def test_cart_show_json_shape(shop):
    assert run("cart", "add", "SOCK", "--qty", "2").exit_code == 0
    assert run("cart", "set", "CAP", "3").exit_code == 0
    result = run("cart", "show", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["currency"] == "USD" and data["subtotal"] == 26.28
    assert data["lines"][0] == {
        "sku": "SOCK",
        "product_id": "sock",
        "title": "Wool Hiking Socks",
        "quantity": 2,
        "unit_price": 12.99,
        "line_total": 25.98,
        "in_stock": True,
    }


def test_cart_errors_are_one_line_exit_1(shop):
    one_line_error(run("cart", "add", "NOPE"), 1, "unknown SKU 'NOPE'", "shopagent search")
    one_line_error(run("cart", "add", "SOCK", "--qty", "0"), 1, "1..999")
    one_line_error(run("cart", "remove", "SOCK"), 1, "not in the cart")
    one_line_error(run("orders", "show", "ord_missing"), 1, "unknown order", "orders list")
    one_line_error(run("orders", "cancel", "ord_missing"), 1, "unknown order")
    one_line_error(run("checkout", "--yes"), 1, "cart is empty")
    one_line_error(run("config", "set", "colour", "red"), 1, "max_order_total, daily_budget")


def test_checkout_off_a_tty_refuses_without_yes(shop):
    run("cart", "add", "SOCK")
    result = run("checkout")
    refused(result, 4, "not confirmed", "--yes")
    assert stock_of(shop, "SOCK") == 100
    assert json.loads(run("orders", "list", "--json").stdout) == []
    assert json.loads(run("cart", "show", "--json").stdout)["lines"][0]["sku"] == "SOCK"


def test_checkout_with_yes_completes_and_prints_spec_json(shop):
    run("voucher", "add", "take5", "--fixed", "5")
    run("cart", "add", "SOCK", "--qty", "5")  # 64.95
    result = run("checkout", "--voucher", "TAKE5", "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    for key in (
        "status",
        "order_id",
        "lines",
        "subtotal",
        "discount",
        "shipping",
        "tax",
        "total",
        "currency",
    ):
        assert key in data
    assert data["status"] == "completed"
    assert (data["subtotal"], data["discount"], data["shipping"], data["tax"]) == (64.95, 5.0, 0.0, 4.8)
    assert data["total"] == 64.75
    assert stock_of(shop, "SOCK") == 95
    listed = json.loads(run("orders", "list", "--json").stdout)
    assert listed == [
        {
            "order_id": data["order_id"],
            "status": "confirmed",
            "total": 64.75,
            "currency": "USD",
            "created_at": listed[0]["created_at"],
            "item_count": 5,
        }
    ]
    assert listed[0]["created_at"].endswith("Z")
    shown = json.loads(run("orders", "show", data["order_id"], "--json").stdout)
    assert shown["payment_method"]["brand"] == "SimCard" and len(shown["payment_method"]["last4"]) == 4
    assert json.loads(run("cart", "show", "--json").stdout)["lines"] == []


def test_checkout_on_a_tty_needs_the_typed_word(shop, monkeypatch):
    monkeypatch.setattr(commerce_cmds, "stdin_is_interactive", lambda: True)
    run("cart", "add", "CAP")
    declined = run("checkout", input="yes\n")
    assert declined.exit_code == 4 and "not confirmed" in declined.stderr
    assert "Total" in declined.stderr and "$6.10" in declined.stderr  # the review was shown
    assert stock_of(shop, "CAP") == 50
    accepted = run("checkout", input="buy\n")
    assert accepted.exit_code == 0, accepted.stderr
    assert "Order ord_" in accepted.stdout
    assert stock_of(shop, "CAP") == 49
    run("cart", "add", "CAP")
    by_total = run("checkout", input="6.10\n")
    assert by_total.exit_code == 0, by_total.stderr


def test_spending_limits_exit_4_before_asking(shop, monkeypatch):
    monkeypatch.setattr(commerce_cmds, "stdin_is_interactive", lambda: True)
    assert run("config", "set", "max_order_total", "100").exit_code == 0
    run("cart", "add", "BOOT-42")
    refused(run("checkout", "--yes"), 4, "max_order_total")
    result = run("checkout", input="buy\n")
    assert result.exit_code == 4 and "Type 'buy'" not in result.stderr
    run("config", "set", "max_order_total", "off")
    run("config", "set", "daily_budget", "150")
    assert run("checkout", "--yes").exit_code == 0
    run("cart", "add", "SOCK")
    refused(run("checkout", "--yes"), 4, "daily_budget", "already spent today")
    assert json.loads(run("config", "show", "--json").stdout) == {
        "max_order_total": None,
        "daily_budget": 150.0,
        "catalog_uri": None,
    }


def test_cancel_via_cli_restocks(shop):
    run("cart", "add", "BOOT-42", "--qty", "2")
    order_id = json.loads(run("checkout", "--yes", "--json").stdout)["order_id"]
    assert stock_of(shop, "BOOT-42") == 3
    result = run("orders", "cancel", order_id, "--reason", "found cheaper", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["status"] == "canceled" and "found cheaper" in data["events"][-1]["reason"]
    assert stock_of(shop, "BOOT-42") == 5
    one_line_error(run("orders", "return", order_id), 1, "already canceled")


def test_voucher_list_json(shop):
    assert (
        run("voucher", "add", "Summer-15", "--percent", "15", "--cap", "25", "--min-subtotal", "40").exit_code
        == 0
    )
    one_line_error(run("voucher", "add", "SUMMER-15", "--fixed", "3"), 1, "already exists")
    assert run("voucher", "add", "X1Y", "--fixed", "3", "--percent", "4").exit_code == 2
    data = json.loads(run("voucher", "list", "--json").stdout)
    assert data == [
        {
            "code": "SUMMER-15",
            "kind": "percent",
            "amount": None,
            "percent": 15.0,
            "cap": 25.0,
            "min_subtotal": 40.0,
            "currency": "USD",
            "description": "15% off (up to $25.00), orders from $40.00",
        }
    ]


def test_corrupt_state_file_is_refused_and_left_untouched(isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    state = isolated_home / "state.db"
    state.write_bytes(b"definitely not sqlite " * 100)
    before = state.read_bytes()
    for args in (["cart", "show"], ["cart", "add", "SOCK"], ["cart", "clear"], ["orders", "list", "--json"]):
        one_line_error(run(*args), 1, str(state))
    assert state.read_bytes() == before
