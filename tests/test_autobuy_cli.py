"""mandate / watch / audit commands: exit codes, JSON shapes, confirmation, and the key never shown."""

import base64
import json

import pytest
from autobuy_fixtures import BOOTS, make_deps, order_count, set_price, stock_inventory
from typer.testing import CliRunner

from shopagent.cli.main import app

runner = CliRunner()


@pytest.fixture
def deps(isolated_home):
    d = make_deps(isolated_home)
    stock_inventory(d)
    yield d
    d.close()


def _run(*args, input=None, code=0):
    result = runner.invoke(app, list(args), input=input)
    assert result.exit_code == code, (args, result.stdout, result.stderr)
    return result


def test_mandate_create_needs_a_human(deps):
    r = _run("mandate", "create", "--max-total", "200", code=4)
    assert r.stdout == ""
    assert "pass --yes" in r.stderr
    assert json.loads(_run("mandate", "list", "--json").stdout) == []


def test_mandate_create_on_a_terminal_asks_for_a_typed_yes(deps, monkeypatch):
    monkeypatch.setattr("shopagent.cli.autobuy_cmds._stdin_is_tty", lambda: True)
    r = _run("mandate", "create", "--max-total", "200", "--category", "Boots", input="no\n", code=4)
    assert "not confirmed" in r.stderr and "$200.00" in r.stderr
    r = _run("mandate", "create", "--max-total", "200", "--category", "Boots", input="yes\n")
    assert r.stdout.splitlines()[-1].startswith("mnd_")  # CliRunner echoes the typed input to stdout
    assert len(json.loads(_run("mandate", "list", "--json").stdout)) == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--max-total", "abc"], "--max-total 'abc' is not a number"),
        (["--max-total", "200", "--expires", "2020-01-01"], "in the past"),
        (["--max-total", "200", "--expires", "someday"], "not a date"),
        (["--max-total", "200", "--budget", "100"], "below the per-purchase maximum"),
    ],
)
def test_mandate_create_bad_input_exits_1(deps, args, needle):
    r = _run("mandate", "create", *args, "--yes", code=1)
    assert needle in r.stderr and r.stderr.count("\n") == 1


def test_mandate_json_shape_and_revoke(deps):
    created = json.loads(
        _run("mandate", "create", "--max-total", "150.5", "--budget", "400", "--category", "Footwear",
             "--sku", BOOTS, "--expires", "2099-12-20", "--yes", "--json").stdout
    )  # fmt: skip
    assert created["max_total"] == 150.5 and created["budget"] == 400.0 and created["currency"] == "USD"
    assert created["categories"] == ["footwear"] and created["skus"] == [BOOTS]
    assert created["status"] == "active" and created["signature_valid"] is True
    assert "signature" not in created and "key" not in created
    _run("mandate", "revoke", created["mandate_id"])
    (listed,) = json.loads(_run("mandate", "list", "--json").stdout)
    assert listed["status"] == "revoked" and listed["revoked_at"] and listed["signature_valid"] is True
    _run("mandate", "revoke", "mnd_missing", code=1)


def test_tampered_mandate_shows_as_invalid(deps):
    _run("mandate", "create", "--max-total", "100", "--yes")
    with deps.state.tx() as conn:
        conn.execute("UPDATE mandates SET max_total_minor = 100000")
    (listed,) = json.loads(_run("mandate", "list", "--json").stdout)
    assert listed["signature_valid"] is False
    assert "tampered" in _run("mandate", "list").stdout
    _run("mandate", "revoke", listed["mandate_id"])  # revoking always works, without blessing the edit
    (listed,) = json.loads(_run("mandate", "list", "--json").stdout)
    assert listed["status"] == "revoked" and listed["signature_valid"] is False


def test_watch_commands(deps):
    _run("watch", "add", "NOPE", "--max-price", "10", code=1)
    _run("watch", "add", BOOTS, "--max-price", "150", "--until", "2001-01-01", code=1)
    _run("watch", "add", BOOTS, code=2)
    watch_id = _run("watch", "add", BOOTS, "--max-price", "150", "--until", "2099-12-20").stdout.strip()
    (w,) = json.loads(_run("watch", "list", "--json").stdout)
    assert (w["watch_id"], w["max_price"], w["currency"], w["auto_buy"]) == (watch_id, 150.0, "USD", False)
    assert w["status"] == "active" and w["title"] == "Trail Hiking Boots"
    set_price(deps, BOOTS, 14000)
    r = _run("watch", "run")
    assert "price alert" in r.stderr and BOOTS in r.stderr
    assert "price alert" not in _run("watch", "run").stderr  # told once per price
    (out,) = json.loads(_run("watch", "run", "--json").stdout)
    assert (out["decision"], out["price"], out["new"]) == ("matched", 140.0, False)
    _run("watch", "remove", watch_id)
    assert json.loads(_run("watch", "list", "--json").stdout) == []
    _run("watch", "remove", watch_id, code=1)
    assert order_count(deps) == 0


def test_scripted_auto_buy_run_through_the_cli(deps):
    mandate_id = _run(
        "mandate", "create", "--max-total", "200", "--category", "boots", "--yes"
    ).stdout.strip()
    watch_id = _run("watch", "add", BOOTS, "--max-price", "150", "--auto-buy").stdout.strip()
    assert json.loads(_run("watch", "run", "--json").stdout)[0]["decision"] == "no_match"
    set_price(deps, BOOTS, 14500)
    first = json.loads(_run("watch", "run", "--json").stdout)
    assert [(o["decision"], o["mandate_id"]) for o in first] == [("bought", mandate_id)]
    assert json.loads(_run("watch", "run", "--json").stdout) == []
    assert order_count(deps) == 1
    trail = json.loads(_run("audit", "--json").stdout)
    assert [(e["decision"], e["watch_id"], e["price_seen"]) for e in trail] == [
        ("matched", watch_id, 145.0),
        ("bought", watch_id, 145.0),
    ]
    assert trail[1]["order_id"] == first[0]["order_id"] and trail[1]["mandate_id"] == mandate_id
    assert trail[1]["currency"] == "USD" and trail[0]["seq"] < trail[1]["seq"]
    lines = _run("audit", "--jsonl").stdout.splitlines()
    assert [json.loads(x)["decision"] for x in lines] == ["matched", "bought"]
    (listed,) = json.loads(_run("mandate", "list", "--json").stdout)
    assert listed["spent"] == 156.6
    _run("audit", "--json", "--jsonl", code=2)


def test_insecure_key_is_a_clear_one_line_error(deps, isolated_home):
    _run("mandate", "create", "--max-total", "100", "--yes")
    (isolated_home / "keys" / "mandate.key").chmod(0o644)
    r = _run("mandate", "create", "--max-total", "100", "--yes", code=1)
    assert "chmod 600" in r.stderr and r.stderr.count("\n") == 1


def test_the_signing_key_never_appears_in_any_output(deps, isolated_home):
    outputs = []

    def run(*args, code=0):
        r = _run(*args, code=code)
        outputs.extend([r.stdout, r.stderr])
        return r

    mandate_id = run("mandate", "create", "--max-total", "200", "--yes", "--json").stdout
    mandate_id = json.loads(mandate_id)["mandate_id"]
    run("watch", "add", BOOTS, "--max-price", "150", "--auto-buy")
    set_price(deps, BOOTS, 14000)
    for args in (["mandate", "list"], ["mandate", "list", "--json"], ["mandate", "list", "--jsonl"],
                 ["watch", "run", "--json"], ["watch", "list", "--json"], ["audit"], ["audit", "--json"],
                 ["mandate", "revoke", mandate_id], ["paths", "--json"]):  # fmt: skip
        run(*args)
    (isolated_home / "keys" / "mandate.key").chmod(0o640)
    run("mandate", "create", "--max-total", "100", "--yes", code=1)
    assert "chmod 600" in run("mandate", "list").stderr  # still listed, with a warning
    run("mandate", "list", "--json")
    key = (isolated_home / "keys" / "mandate.key").read_bytes()
    text = "\n".join(outputs)
    assert "Trail Hiking Boots" in text or BOOTS in text  # the outputs were captured
    for form in (key.hex(), key.hex().upper(), base64.b64encode(key).decode(),
                 base64.urlsafe_b64encode(key).decode(), base64.b32encode(key).decode()):  # fmt: skip
        assert form[:16] not in text
    assert key.decode("latin-1") not in text


def test_audit_on_an_empty_trail(deps):
    assert json.loads(_run("audit", "--json").stdout) == []
    r = _run("audit")
    assert r.stdout == "" and "empty" in r.stderr
