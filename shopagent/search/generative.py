"""Generative retrieval over semantic IDs: the model names a catalog branch, grounded by a grammar.

The model is shown a menu of the catalog's level-2 branches (code and the leaf categories most of
its products are in) and decodes one code under a grammar that admits only codes that exist; the
branch's products, nearest to the query vector first, are the recall list. Because the grammar
holds only real codes, the path cannot name a product or branch the catalog lacks. It is a recall
path to measure beside vector and keyword recall (`bench/generative_retrieval.py`), not yet
part of `search()`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shopagent.deps import Deps

LABEL_CATEGORIES = 3  # leaf categories named per branch in the menu
MAX_TOKENS = 16


@dataclass(frozen=True)
class Branch:
    code: str  # level-2 prefix, e.g. "5-0"
    label: str  # e.g. "Tents, Sleeping Bags"
    size: int


def branch_menu(deps: Deps) -> list[Branch]:
    """Every level-2 branch of the current catalog with a label from its commonest leaf categories."""
    table = deps.catalog.table().search().select(["semantic_l2", "category"]).limit(None).to_arrow()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for code, category in zip(table["semantic_l2"].to_pylist(), table["category"].to_pylist(), strict=True):
        leaf = (category or "").split(" > ")[-1].strip() or "uncategorised"
        counts[code][leaf] += 1
    menu = []
    for code in sorted(counts, key=lambda c: tuple(int(p) for p in c.split("-"))):
        names = [name for name, _ in counts[code].most_common(LABEL_CATEGORIES)]
        menu.append(Branch(code=code, label=", ".join(names), size=sum(counts[code].values())))
    return menu


def code_schema(menu: list[Branch]) -> dict[str, Any]:
    """A JSON schema whose only strings are the catalog's branch codes: as a grammar, the decoder
    walks the alternatives like a trie, one token at a time, and cannot leave them."""
    return {
        "type": "object",
        "properties": {"branch": {"enum": [b.code for b in menu]}},
        "required": ["branch"],
    }


def messages(menu: list[Branch], query: str) -> list[dict[str, str]]:
    lines = "\n".join(f"{b.code}: {b.label}" for b in menu)
    system = (
        "You route a shopper's request to the one catalog branch most likely to hold what they want. "
        f"Branches (code: main categories):\n{lines}\nAnswer with JSON only."
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": query}]


def decode_branch(model: Any, menu: list[Branch], query: str) -> str | None:
    """The branch code the model picks for `query`, or None when its answer is unusable."""
    import json

    completion = model.complete(messages(menu, query), json_schema=code_schema(menu), max_tokens=MAX_TOKENS)
    try:
        code = json.loads(completion.text).get("branch")
    except (ValueError, AttributeError):
        return None
    return code if code in {b.code for b in menu} else None


def branch_recall(deps: Deps, code: str, query: str, limit: int = 50) -> list[str]:
    """Product ids of a branch, nearest to the query's vector first."""
    from shopagent.search import filters

    vector = deps.embedder.embed_query(query)
    found = (
        deps.catalog.table()
        .search(vector, vector_column_name="vector")
        .distance_type("cosine")
        .where(f"semantic_l2 = {filters.quote(code)}", prefilter=True)
        .select(["product_id", "_distance"])
        .limit(limit)
        .to_arrow()
    )
    return found["product_id"].to_pylist()
