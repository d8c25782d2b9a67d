"""The shopping-list choice: exact against brute force, never over budget, at most one per role."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopagent.plan.solver import Option, choose

options = st.lists(
    st.builds(Option, cost=st.integers(0, 60), value=st.integers(0, 40)), min_size=0, max_size=4
)


def brute_force(groups: list[list[Option]], budget: int) -> int:
    best = 0
    for picks in itertools.product(*[[None, *range(len(g))] for g in groups]):
        cost = sum(g[p].cost for g, p in zip(groups, picks, strict=True) if p is not None)
        value = sum(g[p].value for g, p in zip(groups, picks, strict=True) if p is not None)
        if cost <= budget:
            best = max(best, value)
    return best


@settings(max_examples=300, deadline=None)
@given(groups=st.lists(options, min_size=0, max_size=5), budget=st.integers(0, 150))
def test_choice_is_optimal_and_within_budget(groups, budget):
    choice = choose(groups, budget)
    assert len(choice.picks) == len(groups)
    cost = sum(g[p].cost for g, p in zip(groups, choice.picks, strict=True) if p is not None)
    value = sum(g[p].value for g, p in zip(groups, choice.picks, strict=True) if p is not None)
    assert (cost, value) == (choice.cost, choice.value)
    assert cost <= budget
    assert value == brute_force(groups, budget)


def test_greedy_would_lose():
    # The best item of the first role leaves no room for the second; two good items beat one great one.
    groups = [[Option(90, 30), Option(50, 20)], [Option(45, 20)]]
    choice = choose(groups, 100)
    assert choice.picks == (1, 0) and choice.value == 40 and choice.cost == 95


def test_ties_go_to_the_cheaper_choice():
    assert choose([[Option(30, 5), Option(10, 5)]], 100).picks == (1,)


def test_nothing_fits():
    choice = choose([[Option(200, 9)], [Option(150, 3)]], 100)
    assert choice.picks == (None, None) and choice.cost == 0 and choice.value == 0


def test_exact_budget_is_allowed():
    assert choose([[Option(10_000, 1)]], 10_000).picks == (0,)


def test_large_budgets_stay_exact_and_fast():
    # A 50,000.00 budget in minor units: the frontier never needs a cell per unit.
    groups = [[Option(100_000 + 37 * i + 991 * g, 10 + i) for i in range(8)] for g in range(10)]
    choice = choose(groups, 5_000_000)
    assert choice.cost <= 5_000_000 and all(p is not None for p in choice.picks)


@pytest.mark.parametrize("bad", [Option(-1, 1), Option(1, -1)])
def test_negative_costs_or_values_are_refused(bad):
    with pytest.raises(ValueError):
        choose([[bad]], 10)


def test_negative_budget_is_refused():
    with pytest.raises(ValueError):
        choose([], -1)
