"""The parser over 12,087 real shopper instructions (WebShop, MIT; ../shared/data/webshop beside the repo)."""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest
from test_parse import FACETS

from shopagent.search.parse import parse_query
from shopagent.search.vocab import Vocabulary

DATA = Path(
    os.environ.get(
        "SHOPAGENT_WEBSHOP_DIR", Path(__file__).resolve().parents[2] / "shared" / "data" / "webshop"
    )
)

pytestmark = pytest.mark.skipif(
    not (DATA / "human_goals.json").exists(), reason=f"WebShop instructions not found under {DATA}"
)


@pytest.fixture(scope="module")
def goals() -> list[str]:
    return json.loads((DATA / "human_goals.json").read_text(encoding="utf-8"))


def test_every_instruction_parses_and_sizes_are_not_budgets(goals: list[str]) -> None:
    """Never an error; and sizes, counts and dimensions in real instructions (which carry no budgets)
    are not read as prices."""
    vocab = Vocabulary.from_facets(FACETS)
    assert len(goals) == 12087
    priced = []
    for goal in goals:
        result = parse_query(goal, vocab)
        c = result.constraints
        assert isinstance(result.text, str)
        if c.min_price is not None or c.max_price is not None:
            priced.append(goal)
    assert len(priced) <= 5, priced[:5]


def test_webshop_price_suffix_is_read_exactly(goals: list[str]) -> None:
    """WebShop writes budgets as ", and price lower than 40.00 dollars" after the instruction."""
    rng = random.Random(3)
    vocab = Vocabulary.from_facets(FACETS)
    for goal in rng.sample(goals, 300):
        amount = round(rng.uniform(1, 500), rng.choice([0, 2]))
        result = parse_query(f"{goal}, and price lower than {amount:.2f} dollars", vocab)
        assert result.constraints.max_price == amount, goal
        assert result.constraints.min_price is None, goal
        assert "price" not in result.text.split()[-3:], result.text


def test_human_search_queries_with_budgets(goals: list[str]) -> None:
    """People typed "... up to 70 dollars" into the search box; each such budget is read."""
    queries = [
        q
        for qs in json.loads((DATA / "goal_query_map.json").read_text(encoding="utf-8")).values()
        for q in qs
    ]
    vocab = Vocabulary.from_facets(FACETS)
    budgets = [q for q in queries if re.search(r" up to \d+(\.\d+)? dollars$", q)]
    assert len(budgets) > 50
    for query in budgets:
        amount = float(query.rsplit(" up to ", 1)[1].split()[0])
        assert parse_query(query, vocab).constraints.max_price == amount, query
