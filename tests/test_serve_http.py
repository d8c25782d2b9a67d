"""`serve http` as a real uvicorn process on loopback, answering real HTTP requests."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_fixtures import ROOT, TESTS, copy_home, free_port, server_env, stop, wait_for_port
from typer.testing import CliRunner

from shopagent.cli.main import app
from shopagent.paths import Paths

runner = CliRunner()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One server process for the module, on a copy of the catalog with a mandate for socks only."""
    from catalog_fixtures import make_deps

    from shopagent.commerce.mandates import create_mandate

    home = copy_home(tmp_path_factory, tmp_path_factory.mktemp("http") / "home")
    deps = make_deps(home)
    create_mandate(deps, max_total_minor=100_000, skus=["sock-1"])
    deps.close()
    port = free_port()
    log = open(home.parent / "server.log", "wb")  # noqa: SIM115 - closed after the server stops
    proc = subprocess.Popen(
        [sys.executable, str(TESTS / "serve_fixtures.py"), "http", str(home), str(port)],
        env=server_env(home), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for_port(port, proc)
        token = Paths(home).api_token.read_text().strip()
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {token}"}, timeout=60
        ) as client:
            yield client, home
    finally:
        stop(proc)
        log.close()


@pytest.fixture
def http(served):
    return served[0]


_keys = iter(range(10**9))


def key() -> dict[str, str]:
    return {"Idempotency-Key": f"test-{os.getpid()}-{next(_keys)}"}


def db_count(home, sql: str, params=()) -> int:
    import sqlite3

    with sqlite3.connect(home / "state.db") as conn:
        return conn.execute(sql, params).fetchone()[0]


def acp_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"type", "code", "message", "param"} and body["code"] == code, body
    assert "\n" not in body["message"]
    return body


def create(http, items, **extra):
    return http.post("/checkout_sessions", json={"items": items, **extra}, headers=key())


def test_token_file_is_private_and_named_in_paths(served):
    _, home = served
    path = Paths(home).api_token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    shown = runner.invoke(app, ["paths", "--json"], env={"SHOPAGENT_HOME": str(home)})
    assert json.loads(shown.stdout)["api_token"] == str(path)


def test_missing_or_wrong_token_is_401(http):
    url = str(http.base_url)
    assert httpx.get(url + "/checkout_sessions/cs_x").status_code == 401
    wrong = httpx.get(url + "/products/search?query=jacket", headers={"Authorization": "Bearer nope"})
    acp_error(wrong, 401, "unauthorized")
    # The OpenAPI document is readable without a token and describes the ACP endpoints.
    doc = httpx.get(url + "/openapi.json").json()
    assert {"/checkout_sessions", "/checkout_sessions/{session_id}/complete"} <= set(doc["paths"])
    params = doc["paths"]["/checkout_sessions"]["post"]["parameters"]
    assert any(p["name"] == "Idempotency-Key" for p in params)


def test_http_journey_escalates_then_the_human_approves(http, served):
    _, home = served
    found = http.get("/products/search", params={"query": "waterproof rain jacket"}).json()
    sku = found["items"][0]["sku"]
    created = create(http, [{"id": sku, "quantity": 2}])
    assert created.status_code == 201, created.text
    session = created.json()
    assert session["status"] == "ready_for_payment"
    totals = {t["type"]: t["amount"] for t in session["totals"]}
    assert totals == {**totals, "items_base_amount": 17800, "tax": 1424, "total": 19224}
    assert session["line_items"][0]["item"] == {"id": sku, "quantity": 2}

    orders_before = db_count(home, "SELECT count(*) FROM orders")
    asked = http.post(f"/checkout_sessions/{session['id']}/complete", json={}, headers=key())
    assert asked.status_code == 200 and asked.json()["status"] == "requires_escalation"
    assert asked.json()["order"] is None
    assert db_count(home, "SELECT count(*) FROM orders") == orders_before

    declined = runner.invoke(app, ["checkout", "approve", session["id"]], env={"SHOPAGENT_HOME": str(home)})
    assert declined.exit_code == 4 and "nothing was bought" in declined.stderr
    assert http.get(f"/checkout_sessions/{session['id']}").json()["status"] == "requires_escalation"

    approved = runner.invoke(
        app, ["checkout", "approve", session["id"], "--yes"], env={"SHOPAGENT_HOME": str(home)}
    )
    assert approved.exit_code == 0, approved.output
    done = http.get(f"/checkout_sessions/{session['id']}").json()
    assert done["status"] == "completed" and done["order"]["id"].startswith("ord_")
    order = http.get(f"/orders/{done['order']['id']}").json()["order"]
    assert order["totals"][-1]["amount"] == 19224
    assert db_count(home, "SELECT count(*) FROM orders") == orders_before + 1


def test_responses_match_the_openapi_document(http, served):
    """Every session, order and error the server sends validates against the published models."""
    from shopagent.serve.models import CheckoutSessionOut, ErrorOut, OrderEnvelope

    made = create(http, [{"id": "sock-1", "quantity": 1}], discount_code=None)
    sessions = [made.json(), http.get(f"/checkout_sessions/{made.json()['id']}").json()]
    sessions.append(
        http.post(f"/checkout_sessions/{made.json()['id']}/complete", json={}, headers=key()).json()
    )
    sessions.append(create(http, [{"id": "tent-1", "quantity": 1}]).json())  # not ready: error messages
    escalated = create(http, [{"id": "jacket-1-m", "quantity": 1}]).json()
    sessions.append(
        http.post(f"/checkout_sessions/{escalated['id']}/complete", json={}, headers=key()).json()
    )
    sessions.append(http.post(f"/checkout_sessions/{escalated['id']}/cancel", headers=key()).json())
    statuses = [CheckoutSessionOut.model_validate(s).status for s in sessions]
    assert statuses == [
        "ready_for_payment", "ready_for_payment", "completed", "not_ready_for_payment", "requires_escalation",
        "canceled",
    ]  # fmt: skip
    OrderEnvelope.model_validate(http.get(f"/orders/{sessions[2]['order']['id']}").json())
    ErrorOut.model_validate(http.get("/checkout_sessions/cs_nope").json())
    doc = http.get("/openapi.json").json()
    created = doc["paths"]["/checkout_sessions"]["post"]["responses"]
    assert created["201"]["content"]["application/json"]["schema"]["$ref"].endswith("/CheckoutSessionOut")
    assert {"400", "401", "409", "413", "422"} <= set(created)


def test_catalog_reads(http):
    product = http.get("/products/boot-1").json()["product"]
    assert product["price"] == 14900 and product["variants"][0]["sku"] == "boot-1"
    reviews = http.get("/products/jacket-1/reviews").json()
    assert reviews["id"] == "jacket-1" and reviews["reviews"] == 2
    cheap = http.get("/products/search", params={"query": "hiking", "max_price": 50}).json()["items"]
    assert cheap and all(item["price"] <= 5000 for item in cheap)
    acp_error(http.get("/products/search", params={"query": "x", "limit": 99}), 400, "invalid")


def test_update_and_cancel(http):
    session = create(http, [{"id": "jacket-1-m", "quantity": 1}]).json()
    updated = http.post(
        f"/checkout_sessions/{session['id']}",
        json={"items": [{"id": "boot-1", "quantity": 1}], "fulfillment_option_id": "express"},
        headers=key(),
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["line_items"][0]["item"]["id"] == "boot-1"
    assert {t["type"]: t["amount"] for t in updated.json()["totals"]}["fulfillment"] == 1499
    canceled = http.post(f"/checkout_sessions/{session['id']}/cancel", headers=key())
    assert canceled.json()["status"] == "canceled"
    again = http.post(f"/checkout_sessions/{session['id']}/complete", json={}, headers=key())
    acp_error(again, 409, "conflict")


def test_idempotency_key_rules(http, served):
    _, home = served
    body = {"items": [{"id": "jacket-1-l", "quantity": 1}]}
    acp_error(http.post("/checkout_sessions", json=body), 400, "idempotency_key_required")
    k = key()
    first = http.post("/checkout_sessions", json=body, headers=k)
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    # Same key, same body (keys in another order and spacing): the stored response, marked as replayed.
    same = http.post(
        "/checkout_sessions",
        content=json.dumps(body, indent=2),
        headers={**k, "Content-Type": "application/json"},
    )
    assert same.status_code == 201 and same.headers["Idempotent-Replayed"] == "true"
    assert same.json() == first.json()
    other = http.post("/checkout_sessions", json={"items": [{"id": "jacket-1-l", "quantity": 2}]}, headers=k)
    acp_error(other, 422, "idempotency_key_reused")
    elsewhere = http.post(f"/checkout_sessions/{first.json()['id']}/cancel", headers=k)
    acp_error(elsewhere, 422, "idempotency_key_reused")
    assert db_count(home, "SELECT count(*) FROM checkout_sessions WHERE id = ?", (first.json()["id"],)) == 1
    stored = db_count(home, "SELECT count(*) FROM idempotency_keys WHERE key = ?", (k["Idempotency-Key"],))
    assert stored == 1


def test_fifty_concurrent_posts_with_one_key_make_one_session_and_one_order(http, served):
    _, home = served
    sessions_before = db_count(home, "SELECT count(*) FROM checkout_sessions")
    k = key()
    body = {"items": [{"id": "sock-1", "quantity": 1}]}
    with ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(lambda _: http.post("/checkout_sessions", json=body, headers=k), range(50)))
    statuses = {r.status_code for r in answers}
    assert statuses <= {201, 409}, statuses
    made = {r.json()["id"] for r in answers if r.status_code == 201}
    assert len(made) == 1
    assert db_count(home, "SELECT count(*) FROM checkout_sessions") == sessions_before + 1
    for r in answers:
        if r.status_code == 409:
            assert r.json()["code"] == "request_in_flight"

    # The mandate covers socks, so complete buys: 50 concurrent completes, one key, one order.
    (session_id,) = made
    k = key()
    with ThreadPoolExecutor(50) as pool:
        done = list(
            pool.map(
                lambda _: http.post(f"/checkout_sessions/{session_id}/complete", json={}, headers=k),
                range(50),
            )
        )
    assert {r.status_code for r in done} <= {200, 409}
    completed = [r.json() for r in done if r.status_code == 200]
    assert completed and {c["status"] for c in completed} == {"completed"}
    assert len({c["order"]["id"] for c in completed}) == 1
    assert db_count(home, "SELECT count(*) FROM orders WHERE session_id = ?", (session_id,)) == 1
    # Fresh keys on the same session cannot buy it twice either.
    again = http.post(f"/checkout_sessions/{session_id}/complete", json={}, headers=key())
    assert again.json()["order"]["id"] == completed[0]["order"]["id"]
    assert db_count(home, "SELECT count(*) FROM orders WHERE session_id = ?", (session_id,)) == 1
    assert db_count(home, "SELECT count(*) FROM mandate_spend") >= 1


def test_bad_input_is_a_4xx_in_acp_shape(http):
    acp_error(create(http, [{"id": "jacket-1-m", "quantity": 0}]), 400, "invalid")
    bad = create(http, [{"id": "nope", "quantity": 1}])
    assert bad.status_code in (400, 404) and "nope" in bad.json()["message"]
    broken = http.post(
        "/checkout_sessions", content=b"{not json", headers={**key(), "Content-Type": "application/json"}
    )
    acp_error(broken, 400, "invalid")
    big = http.post(
        "/checkout_sessions", content=b'{"items": "' + b"x" * 100_000 + b'"}',
        headers={**key(), "Content-Type": "application/json"},
    )  # fmt: skip
    acp_error(big, 413, "body_too_large")
    acp_error(http.get("/checkout_sessions/cs_nope"), 404, "not_found")
    acp_error(http.get("/products/no-such-product"), 404, "not_found")
    acp_error(http.get("/no/such/route"), 404, "not_found")
    field = acp_error(create(http, [{"id": "jacket-1-m", "qty": 1}]), 400, "invalid")
    assert field["param"] == "$.items[0].qty"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
item_like = st.fixed_dictionaries(
    {"id": st.one_of(st.sampled_from(["jacket-1-m", "sock-1", "tent-1", ""]), st.text(max_size=30))},
    optional={
        "quantity": st.one_of(
            st.integers(-5, 2000),
            st.text(max_size=5),
            st.none(),
            st.floats(allow_nan=False, allow_infinity=False),
        )
    },
)
bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"items": st.lists(item_like, max_size=3)}, optional={"fulfillment_option_id": json_values}
    ),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies, path=st.sampled_from(["", "/cs_nope", "/cs_nope/complete", "/cs_nope/cancel"]))
def test_fuzzed_bodies_never_give_a_5xx(http, body, path):
    response = http.post(f"/checkout_sessions{path}", json=body, headers=key())
    assert response.status_code < 500, response.text
    assert {"type", "code", "message"} <= set(response.json()) or response.status_code in (200, 201)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200))
def test_fuzzed_raw_bytes_never_give_a_5xx(http, raw):
    response = http.post(
        "/checkout_sessions", content=raw, headers={**key(), "Content-Type": "application/json"}
    )
    assert 400 <= response.status_code < 500, response.text


def test_serve_http_refuses_a_non_loopback_host_without_the_flag(isolated_home):
    refused = runner.invoke(app, ["serve", "http", "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "--allow-remote" in refused.stderr and refused.stdout == ""


def test_the_command_serves_checkout_from_a_fresh_home(tmp_path):
    """`shopagent serve http` itself: makes the token on first serve and answers on loopback."""
    from commerce_fixtures import make_deps, stock_inventory

    home = tmp_path / "home"
    stock_inventory(make_deps(home)).close()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "shopagent", "serve", "http", "--port", str(port)],
        env=server_env(home), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for_port(port, proc)
        token = Paths(home).api_token.read_text().strip()
        url = f"http://127.0.0.1:{port}/checkout_sessions"
        made = httpx.post(
            url, json={"items": [{"id": "SOCK", "quantity": 1}]},
            headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "k1"},
        )  # fmt: skip
        assert made.status_code == 201 and made.json()["status"] == "ready_for_payment"
    finally:
        stop(proc)
