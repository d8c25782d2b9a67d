"""The built-in table of common scenarios (package data) and how a request is matched to one.

Matching is by meaning, through the catalog's own embedder: the request's query vector against the
passage vectors of each scenario's example phrases (several languages each), best example per
scenario. A keyword of a scenario in the request ("camping", "ski", "bebé") weighs more than any
similarity (see `match_scenario`); when the table is not sure, the model is asked (see `expand.py`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from shopagent.errors import CorruptState

if TYPE_CHECKING:
    from shopagent.deps import Deps

TABLE_FILE = "scenarios.json"
QUANTITY_RULES = ("one", "each", "adults", "kids")
# Calibrated on multilingual-e5-small with 21 requests (docs/plan.md): requests about a listed
# scenario scored 0.86-0.96 against its best example, with a lead of 0.01-0.11 over the next; ones
# about something else ("birthday present for my dad", "getting into photography") 0.81-0.85.
SURE_SIMILARITY = 0.86
SURE_MARGIN = 0.02
LIKELY_SIMILARITY = 0.86  # below this the nearest scenario is not a usable fallback either


@dataclass(frozen=True)
class Role:
    """One item of a shopping list: a name, the search that fills it, and how many a party needs."""

    name: str
    query: str
    category: str | None = None
    quantity: str = "one"
    weight: int = 1
    # Candidates must be called what the role names (see planner._candidates); not so for the one
    # role made of a whole request no scenario matched.
    named: bool = True

    def __post_init__(self) -> None:
        if self.quantity not in QUANTITY_RULES and not re.fullmatch(r"per:[1-9]\d?", self.quantity):
            raise ValueError(f"role {self.name!r}: unknown quantity rule {self.quantity!r}")
        if not 1 <= self.weight <= 3:
            raise ValueError(f"role {self.name!r}: weight must be 1-3, got {self.weight}")


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    roles: tuple[Role, ...]


@dataclass
class ScenarioMatch:
    """The table's answer for a request: the best scenario (or None), how sure, and the runners-up."""

    scenario: Scenario | None
    similarity: float
    sure: bool
    keyword: bool
    ranking: list[tuple[str, float]] = field(default_factory=list)


@lru_cache(maxsize=1)
def load_table() -> tuple[Scenario, ...]:
    """The scenarios shipped in shopagent/data/scenarios.json."""
    try:
        raw = (resources.files("shopagent") / "data" / TABLE_FILE).read_text(encoding="utf-8")
        data = json.loads(raw)
        return tuple(_scenario(s) for s in data["scenarios"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorruptState(f"the scenario table shopagent/data/{TABLE_FILE} is unreadable ({exc})") from None


def _scenario(raw: dict[str, Any]) -> Scenario:
    return Scenario(
        id=str(raw["id"]),
        title=str(raw["title"]),
        examples=tuple(str(e) for e in raw["examples"]),
        keywords=tuple(str(k) for k in raw.get("keywords", [])),
        roles=tuple(
            Role(
                name=str(r["role"]),
                query=str(r["query"]),
                category=r.get("category") or None,
                quantity=str(r.get("quantity", "one")),
                weight=int(r.get("weight", 1)),
            )
            for r in raw["roles"]
        ),
    )


def scenario_by_id(scenario_id: str) -> Scenario | None:
    return next((s for s in load_table() if s.id == scenario_id), None)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def keyword_hits(text: str, scenario: Scenario) -> bool:
    """Whether the request says one of the scenario's keywords (whole words; CJK as substrings)."""
    folded = _fold(text)
    for keyword in scenario.keywords:
        word = _fold(keyword)
        if any(ord(ch) > 0x2E80 for ch in word):
            if word in folded:
                return True
        elif re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            return True
    return False


def example_vectors(deps: Deps, scenarios: tuple[Scenario, ...]) -> Any:
    """Passage vectors of every example phrase, through the embedding cache (embedded once)."""
    from shopagent.catalog.embed import EmbeddingCache, embed_with_cache

    texts = [e for s in scenarios for e in s.examples]
    cache = EmbeddingCache(deps.paths.embedding_cache, deps.embedder.identity)
    try:
        vectors, _, _ = embed_with_cache(deps.embedder, cache, texts)
    finally:
        cache.close()
    return vectors


def match_scenario(deps: Deps, text: str) -> ScenarioMatch:
    """The scenario of the table a request is about.

    A keyword of exactly one scenario settles it. Keywords of several ("ski trip" next to "road
    trip") are told apart by similarity, as is a request with no keyword at all; then the best must
    lead the next by `SURE_MARGIN` (and, without a keyword, reach `SURE_SIMILARITY`) to be sure."""
    import numpy as np

    scenarios = load_table()
    vectors = example_vectors(deps, scenarios)
    query = np.asarray(deps.embedder.embed_query(text), dtype=np.float32)
    sims = vectors @ query
    scored: list[tuple[float, bool, Scenario]] = []
    start = 0
    for scenario in scenarios:
        best = float(sims[start : start + len(scenario.examples)].max())
        start += len(scenario.examples)
        scored.append((best, keyword_hits(text, scenario), scenario))
    scored.sort(key=lambda s: (-s[0], s[2].id))
    hits = [s for s in scored if s[1]]
    pool = hits or scored
    top_sim, top_hit, top = pool[0]
    margin = top_sim - pool[1][0] if len(pool) > 1 else 1.0
    if len(hits) == 1:
        sure = True
    elif hits:
        sure = margin >= SURE_MARGIN
    else:
        sure = margin >= SURE_MARGIN and top_sim >= SURE_SIMILARITY
    usable = top_hit or top_sim >= LIKELY_SIMILARITY
    return ScenarioMatch(
        scenario=top if usable else None,
        similarity=round(top_sim, 4),
        sure=sure and usable,
        keyword=top_hit,
        ranking=[(s.id, round(sim, 4)) for sim, _, s in scored[:5]],
    )
