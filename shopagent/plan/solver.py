"""Choose at most one option per role, maximising total value with total cost <= budget, exactly.

A multiple-choice knapsack over integer costs (minor units) and integer values, solved by dynamic
programming over the Pareto frontier of (cost, value) states: after each role only the states that
no cheaper state matches in value are kept. That frontier never holds more than budget + 1 states
(one per distinct cost) and in practice far fewer, so the solver is exact for any budget size
without an array of budget + 1 cells (a 10,000.00 budget would be a million of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """One way to fill a role: what it costs (integer minor units, quantity included) and is worth."""

    cost: int
    value: int


@dataclass(frozen=True)
class Choice:
    """picks[i] is the index of the option chosen for role i, or None when the role stays empty."""

    picks: tuple[int | None, ...]
    cost: int
    value: int


def choose(groups: Sequence[Sequence[Option]], budget: int) -> Choice:
    """The best choice of at most one option per group with total cost <= budget.

    Ties in value go to the cheaper choice; options with a negative cost or value are refused.
    """
    if budget < 0:
        raise ValueError(f"budget must be >= 0, got {budget}")
    for group in groups:
        for option in group:
            if option.cost < 0 or option.value < 0:
                raise ValueError(f"option costs and values must be >= 0, got {option}")
    # Each state: cost -> (value, picks). Start with nothing chosen.
    frontier: list[tuple[int, int, tuple[int | None, ...]]] = [(0, 0, ())]
    for group in groups:
        merged: dict[int, tuple[int, tuple[int | None, ...]]] = {}
        for cost, value, picks in frontier:
            _offer(merged, cost, value, (*picks, None))
            for index, option in enumerate(group):
                total = cost + option.cost
                if total <= budget:
                    _offer(merged, total, value + option.value, (*picks, index))
        frontier = _pareto(merged)
    cost, value, picks = max(frontier, key=lambda state: (state[1], -state[0]))
    return Choice(picks=picks, cost=cost, value=value)


def _offer(states: dict[int, tuple[int, tuple]], cost: int, value: int, picks: tuple) -> None:
    """Keep the better of two states of the same cost."""
    held = states.get(cost)
    if held is None or value > held[0]:
        states[cost] = (value, picks)


def _pareto(states: dict[int, tuple[int, tuple[int | None, ...]]]) -> list[tuple[int, int, tuple]]:
    """The states no cheaper-or-equal state beats or matches in value, cheapest first."""
    out: list[tuple[int, int, tuple]] = []
    best = -1
    for cost in sorted(states):
        value, picks = states[cost]
        if value > best:
            out.append((cost, value, picks))
            best = value
    return out
