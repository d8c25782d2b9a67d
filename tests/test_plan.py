"""`shopagent plan`: scenario roles, quantities, live prices, exact budget, model fallback, CLI."""

from __future__ import annotations

import json
import shutil
import threading

import pytest
from catalog_fixtures import make_deps
from plan_fixtures import PLAN_CATALOG, import_plan_catalog
from typer.testing import CliRunner

from shopagent.cli.main import app
from shopagent.deps import Deps
from shopagent.errors import InvalidInput
from shopagent.paths import Paths
from shopagent.plan import expand as expand_mod
from shopagent.plan.party import Party, read_party
from shopagent.plan.planner import budget_from_text, plan_list
from shopagent.plan.scenarios import keyword_hits, load_table, scenario_by_id
from shopagent.testing import FakeEmbedder, ScriptedModel

runner = CliRunner()
PRICES = {row["id"]: row["price"] for row in PLAN_CATALOG}
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
def plan_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("plan") / "home"
    import_plan_catalog(home).close()
    return home


@pytest.fixture
def deps(plan_home, tmp_path):
    home = tmp_path / "own"
    shutil.copytree(plan_home, home)
    d = make_deps(home)
    yield d
    d.close()


# -- who it is for ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "adults", "kids"),
    [
        ("camping next weekend", 1, 0),
        ("camping with two kids", 1, 2),
        ("we are going camping with 2 kids", 2, 2),
        ("camping for 4 people", 4, 0),
        ("beach day, family of 5", 2, 3),
        ("ski trip with my wife", 2, 0),
        ("a tea evening with a friend", 2, 0),
        ("3 adults and 2 children go hiking", 3, 2),
        ("acampada con dos niños", 1, 2),
        ("camping pour 4 personnes", 4, 0),
        ("Zelten mit zwei Kindern", 1, 2),
    ],
)
def test_party_is_read_from_the_words(text, adults, kids):
    assert read_party(text) == Party(adults, kids)


def test_quantity_rules():
    party = Party(adults=2, kids=3)
    assert [party.quantity(r) for r in ("one", "each", "adults", "kids", "per:2", "per:3")] == [
        1,
        5,
        2,
        3,
        3,
        2,
    ]
    with pytest.raises(ValueError):
        party.quantity("some")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("camping next weekend, budget 600", 600),
        ("hiking gear under $250.50", 250.5),
        ("ski trip 1,200 euros", 1200),
        ("a beach day", None),
    ],
)
def test_budget_from_text(text, amount):
    assert budget_from_text(text) == amount


# -- the scenario table ------------------------------------------------------------------------------


def test_the_table_is_valid_and_covers_the_common_scenarios():
    ids = {s.id for s in load_table()}
    assert {
        "camping",
        "winter_trip",
        "beach",
        "hiking",
        "running",
        "home_office",
        "new_baby",
        "kitchen_starter",
        "rainy_commute",
        "gym",
        "travel",
    } <= ids
    for scenario in load_table():
        assert scenario.roles and scenario.examples and scenario.keywords
        assert len({r.name for r in scenario.roles}) == len(scenario.roles), scenario.id


def test_keywords_match_whole_words_in_any_script():
    camping = scenario_by_id("camping")
    assert keyword_hits("Going CAMPING soon", camping)
    assert keyword_hits("周末去露营", camping)
    assert not keyword_hits("campingstove collectors", camping)


# -- the list -----------------------------------------------------------------------------------------


def _check_shape(plan):
    assert set(plan) >= {"scenario", "budget", "currency", "items", "total", "unfilled_roles"}
    for item in plan["items"]:
        assert set(item) >= ITEM_KEYS | {"role", "quantity"}
        assert item["in_stock"]
        assert item["line_total"] == pytest.approx(item["price"] * item["quantity"])
    assert plan["total"] == pytest.approx(sum(i["line_total"] for i in plan["items"]))
    assert plan["total"] <= plan["budget"]


def test_camping_list_fills_every_role_when_the_budget_allows(deps):
    plan = plan_list(deps, "camping next weekend", 1000)
    _check_shape(plan)
    assert plan["roles_from"] == "table" and plan["matched_scenario"]["id"] == "camping"
    roles = {i["role"]: i for i in plan["items"]}
    assert set(roles) == {"tent", "sleeping bag", "sleeping pad", "camp stove", "headlamp", "water bottle"}
    assert plan["unfilled_roles"] == []
    assert roles["tent"]["product_id"] != "tent-3"  # the best-rated tent is sold out
    assert len({i["product_id"] for i in plan["items"]}) == len(plan["items"])


def test_quantities_follow_the_party(deps):
    plan = plan_list(deps, "camping with two kids", 2000)
    roles = {i["role"]: i for i in plan["items"]}
    assert roles["sleeping bag"]["quantity"] == 3
    assert roles["headlamp"]["quantity"] == 3
    assert roles["tent"]["quantity"] == 1  # one tent per three people
    assert roles["camp stove"]["quantity"] == 1
    assert plan["party"] == {"adults": 1, "kids": 2}


def test_a_tight_budget_is_never_exceeded_and_names_what_is_missing(deps):
    plan = plan_list(deps, "camping", 150)
    _check_shape(plan)
    assert plan["total"] <= 150
    assert plan["unfilled_roles"]  # 150 cannot buy a tent, a bag, a pad, a stove...
    chosen = {i["role"] for i in plan["items"]}
    assert chosen.isdisjoint(plan["unfilled_roles"])
    # The essential roles come first: with 150 the tent (129) is not bought at the cost of everything.
    assert plan["total"] >= 100


def test_the_choice_is_the_best_the_budget_allows(deps):
    # Every 25-step budget: a larger budget never gives a worse objective (the choice is exact).
    values = [plan_list(deps, "camping", b)["objective"] for b in range(50, 600, 50)]
    assert values == sorted(values)
    assert values[0] < values[-1]


def test_live_prices_are_used(deps):
    deps.state.conn.execute("UPDATE inventory SET price_minor = 1000, updated_at = 9e9 WHERE sku = 'tent-1'")
    deps.state.conn.commit()
    plan = plan_list(deps, "camping", 1000)
    tent = next(i for i in plan["items"] if i["role"] == "tent")
    assert tent["product_id"] == "tent-1" and tent["price"] == 10.0


def test_sold_out_products_are_not_listed(deps):
    deps.state.conn.execute("UPDATE inventory SET stock = 0, updated_at = 9e9 WHERE sku LIKE 'stove-%'")
    deps.state.conn.commit()
    plan = plan_list(deps, "camping", 1000)
    assert "camp stove" in plan["unfilled_roles"]


@pytest.mark.parametrize("budget", [0, -5, float("nan"), float("inf")])
def test_bad_budgets_are_refused(deps, budget):
    with pytest.raises(InvalidInput, match="budget"):
        plan_list(deps, "camping", budget)


def test_a_budget_can_be_said_in_the_text(deps):
    assert plan_list(deps, "I'm going camping next weekend, budget 90")["budget"] == 90
    with pytest.raises(InvalidInput, match="budget is required"):
        plan_list(deps, "camping next weekend")


# -- the model step ------------------------------------------------------------------------------------

MODEL_ROLES = json.dumps(
    {
        "roles": [
            {"item": "Electric Kettles", "each_person": False},
            {"item": "Travel Mugs", "each_person": True},
        ]
    }
)


def test_the_model_is_asked_only_when_the_table_is_unsure(deps):
    model = ScriptedModel(MODEL_ROLES)
    plan = plan_list(deps, "a cosy tea evening with a friend", 100, model=model)
    model.assert_complete()
    assert model.calls[0]["json_schema"] == expand_mod.ROLES_SCHEMA
    assert "cosy tea evening" in model.calls[0]["messages"][-1]["content"]
    assert plan["roles_from"] == "model"
    roles = {i["role"]: (i["product_id"], i["quantity"]) for i in plan["items"]}
    assert roles == {"Electric Kettles": ("kettle-1", 1), "Travel Mugs": ("mug-1", 2)}  # "with a friend"
    # An item naming a catalog category holds its search to that category.
    assert all(any(w.startswith("in Kitchen >") for w in i["why"]) for i in plan["items"])

    sure = ScriptedModel()  # no turns: any call would fail the test
    assert plan_list(deps, "camping", 500, model=sure)["roles_from"] == "table"


def test_free_text_items_when_the_catalog_has_too_many_categories(deps, monkeypatch):
    monkeypatch.setattr(expand_mod, "MAX_MENU", 3)
    answer = {
        "roles": [
            {"item": "electric kettle", "each_person": False},
            {"item": "music stand", "each_person": False},
        ]
    }
    model = ScriptedModel(json.dumps(answer))
    plan = plan_list(deps, "a cosy tea evening", 100, model=model)
    assert [i["product_id"] for i in plan["items"]] == ["kettle-1"]
    assert not any(w.startswith("in Kitchen >") for w in plan["items"][0]["why"])  # held by its name only
    assert plan["unfilled_roles"] == ["music stand"]  # nothing here is called a music stand


def test_items_naming_a_category_are_held_to_it():
    answer = {
        "roles": [
            {"item": "tent", "each_person": False},
            {"item": "Spaceships", "each_person": True},
            {"item": "TENT", "each_person": True},
        ]
    }
    roles, _ = expand_mod.parse_roles(json.dumps(answer), ["Tents", "Stoves"])
    assert [(r.name, r.category, r.quantity) for r in roles] == [
        ("tent", "Tents", "one"),
        ("Spaceships", None, "each"),
    ]


def test_unusable_model_output_falls_back(deps):
    plan = plan_list(deps, "a cosy tea evening", 100, model=ScriptedModel('{"roles": []}'))
    assert plan["roles_from"] in ("table", "request")
    assert any("no usable list" in note for note in plan["notes"])


def test_a_slow_model_is_abandoned(deps):
    release = threading.Event()

    class Slow:
        identity = "slow"

        def complete(self, *args, **kwargs):
            release.wait(5)
            raise RuntimeError("released")

    try:
        plan = plan_list(deps, "a cosy tea evening", 100, model=Slow(), model_timeout=0.2)
    finally:
        release.set()
    assert plan["roles_from"] != "model"
    assert any("within 0.2 s" in note for note in plan["notes"])


def test_a_model_that_cannot_load_falls_back(deps):
    def broken():
        raise OSError("no such model")

    plan = plan_list(deps, "a cosy tea evening", 100, load_model=broken)
    assert any("no such model" in note for note in plan["notes"])


# -- CLI ---------------------------------------------------------------------------------------------


@pytest.fixture
def cli_deps(plan_home):
    """The Deps the commands run with, passed through the Typer context."""
    deps = Deps(paths=Paths(home=plan_home), embedder_override=FakeEmbedder())
    yield deps
    deps.close()


def test_cli_json(cli_deps):
    result = runner.invoke(
        app, obj=cli_deps, args=["plan", "camping with two kids", "--budget", "700", "--json", "--no-model"]
    )
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    _check_shape(plan)
    assert plan["scenario"] == "camping with two kids" and plan["budget"] == 700


def test_cli_table_names_roles_total_and_unfilled(cli_deps):
    result = runner.invoke(
        app, obj=cli_deps, args=["plan", "camping", "--budget", "150", "--no-model"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "Total $" in result.stdout and "of $150.00" in result.stdout
    assert "Not filled:" in result.stdout


@pytest.mark.parametrize("budget", ["0", "-3"])
def test_cli_bad_budget_is_one_line(cli_deps, budget):
    result = runner.invoke(app, obj=cli_deps, args=["plan", "camping", "--budget", budget, "--no-model"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--budget" in result.stderr
