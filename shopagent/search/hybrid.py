"""Hybrid product search: vector and BM25 recall from LanceDB, fused, checked against live inventory.

The pipeline, for one request (docs/search.md has the figures behind each choice):
1. Recall. LanceDB queries over the current `products` table, side by side, returning row ids and
   scores only: nearest neighbours of the query embedding, and BM25 over the full-text index on
   `search_text` (exact and stemmed; beside it a query with one edit of fuzziness when a long word
   is not a word of the catalog). Category and brand are pushed down as a prefilter; price, stock
   and rating bounds only when applying them afterwards leaves too few results. An empty text
   falls back to a filtered scan.
2. Fusion. Each list's scores scaled 0..1 between its best and last hit, then averaged.
3. Read and live truth. Rows are read in fused order, a slice at a time, until enough pass. Price
   and stock come from the inventory table in the state file, never from the snapshot, so a price
   feed is visible to the very next search. Each product is resolved to the one SKU that satisfies
   the variant options, price bounds and stock asked for; products with none drop.
4. Hard constraints are checked again in code on every result (category, brand, rating, product
   attributes, and the live price/stock of the chosen SKU). Nothing reaches the caller unchecked.
5. Rerank: soft signals (query words in title/attributes, smoothed rating, stock) on top of the fused
   score, likeness to the best few candidates (`feedback`), a small push-down for near-duplicate
   listings, then the requested sort.

If the checks in 3–4 leave fewer results than asked for while recall was truncated, recall is
widened and the pipeline repeats (variant options and product attributes are not prefiltered, so
a narrow `--attr` can empty the first round).

Steps 1-2 live in `retrieval` (the LanceDB queries and the fusion) and the response's items, reasons
and facets in `response`; this module runs the pipeline, reads rows, checks them against the live
inventory and ranks them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from shopagent import inventory
from shopagent.errors import InvalidInput
from shopagent.money import to_minor
from shopagent.search import feedback, filters, retrieval
from shopagent.search.models import Boosts, Constraints, SearchResponse
from shopagent.search.rerank import (
    DEFAULT_WEIGHTS,
    Weights,
    audience_signal,
    audience_tags,
    avoid_phrases,
    carries_avoided,
    coverage,
    duplicate_key,
    head_and_modifier,
    query_words,
    rating_signal,
    surface_forms,
    title_signal,
    word_set,
)
from shopagent.search.response import facet_counts, result_item
from shopagent.search.retrieval import KEYWORD_FLOOR, Recalled, keyword_share, may_hold_typos, recall
from shopagent.text.options import options_named_in

if TYPE_CHECKING:
    from shopagent.deps import Deps

SORTS = ("relevance", "price", "-price", "rating")
MODES = ("hybrid", "bm25", "vector")
MAX_LIMIT = 500
RECALL = 150  # ids per retriever; enough for recall@50 with room for the live filters to remove some
READ_MIN = 60  # rows read per slice of the fused order (at least 3x what is needed)
MAX_RECALL = 5000
SORTED_POOL = 60  # non-relevance sorts reorder at most this many of the most relevant matches
RELEVANT_FRACTION = 0.5  # ...scoring at least this share of the best score

# What ranking, the exact checks and the result need from a product row; each column costs about a
# millisecond per retriever at 100k products. Variant options, prices and currency come from the
# live inventory instead.
COLUMNS = ["product_id", "title", "brand", "category", "attributes_json", "tags", "rating", "review_count"]
DIVERSE_COLUMN = "semantic_l2"  # `diverse` caps results per level-2 semantic-ID branch
DIVERSE_POOL = 4  # ...reading this many times the limit to choose from


@dataclass
class Candidate:
    row: dict[str, Any]
    sku: LiveSku
    ranks: dict[str, int] = field(default_factory=dict)
    fused: float = 0.0
    score: float = 0.0
    title_found: list[str] = field(default_factory=list)
    attr_found: list[str] = field(default_factory=list)
    matched_attrs: list[str] = field(default_factory=list)
    variant_attrs: dict[str, str] = field(default_factory=dict)
    duplicate: bool = False
    rowid: int = -1

    @property
    def product_id(self) -> str:
        return self.row["product_id"]


def search(
    deps: Deps,
    text: str,
    constraints: Constraints | None = None,
    *,
    sort: str = "relevance",
    limit: int = 20,
    mode: str = "hybrid",
    with_facets: bool = True,
    query: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    diverse: int | None = None,
    translate: bool = True,
    relevant_only: bool = False,
) -> SearchResponse:
    """Search the catalog. `text` is matched semantically and by keywords; `constraints` are hard.

    A request in a language the catalog does not speak is searched as `deps.translator` rewrites it
    (search/translate.py; `translated` in the response), unless `translate` is False.

    `relevant_only`: in relevance order, stop where the scores fall below RELEVANT_FRACTION of the
    best, rather than fill the limit with other kinds of product (the agent shows a short list; "just
    the Roadmate ones" is four dash cams, not four dash cams and six phone mounts).

    `diverse=N`: at most N results per semantic-ID branch (level-2 prefix), for broad requests;
    on a catalog without semantic IDs, at most N per category instead (`diverse_by` says which)."""
    c = constraints or Constraints()
    if sort not in SORTS:
        raise InvalidInput(f"unknown sort {sort!r}; valid: {', '.join(SORTS)}")
    if mode not in MODES:
        raise InvalidInput(f"unknown search mode {mode!r}; valid: {', '.join(MODES)}")
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if diverse is not None and int(diverse) < 1:
        raise InvalidInput(f"diverse must be at least 1 result per branch, got {diverse}")
    filters.check_constraints(c)
    text = " ".join((text or "").split())
    asked = text
    store = deps.catalog
    c, converted = in_catalog_currency(deps, c)
    translated, known = None, {}
    if translate and text and mode == "hybrid" and deps.translator is not None:
        from shopagent.search.translate import translate_request

        translated, c, known = translate_request(deps, text, c)
        if translated is not None:
            text = translated.text
    embedding = None
    if text and mode in ("hybrid", "vector"):
        # Embed on a worker thread: on a cold start the model load overlaps the LanceDB import.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as pool:
            own = asked if translated is not None else None  # a rewrite is embedded with the words
            embedding = pool.submit(lambda: retrieval.query_vector(deps.embedder, text, own, known))
            table = store.table()
    else:
        table = store.table()

    min_minor = to_minor(c.min_price) if c.min_price is not None else None
    max_minor = to_minor(c.max_price) if c.max_price is not None else None
    facets = store.facet_values() if c.brand or c.category else {}
    spellings = None
    if c.brand:
        wanted = filters.norm(c.brand)
        spellings = [b for b in facets.get("brands", []) if filters.norm(b) == wanted]
        if not spellings:  # no such brand in this catalog: nothing can match
            return SearchResponse(
                query=query if query is not None else text, constraints=c, results=[], total_candidates=0
            )
    plan = filters.plan_prefilter(
        c,
        min_minor=min_minor,
        max_minor=max_minor,
        brand_spellings=spellings,
        category_paths=facets.get("categories"),
    )
    # Price, stock and rating bounds usually keep most of the catalog, and their row mask costs more
    # than the query it narrows (at 1M products 70-105 ms against 25 ms for the bare vector query).
    # So a text search first recalls under the narrow part only and lets the live checks apply the
    # bounds; when that leaves too few results, it recalls again under the whole filter.
    wheres = [plan.narrow, plan.full] if text and plan.loose else [plan.full]

    typos = may_hold_typos(store, text) if mode in ("hybrid", "bm25") else False
    if mode == "hybrid":
        # Keywords count as far as the query's words are words of this catalog: "zapatillas para
        # correr" against English titles matches only by fuzzy accident (dumbbells, pens), while the
        # multilingual vectors find running shoes.
        share = keyword_share(store, text)
        if share < 1.0:
            weights = replace(weights, bm25=weights.bm25 * max(share, KEYWORD_FLOOR))
    vector = embedding.result() if embedding is not None else None

    needed = limit if sort == "relevance" else max(limit, SORTED_POOL)
    columns, diverse_by = COLUMNS, None
    if diverse:
        # Capping each branch discards results, so more are read to choose from.
        needed = max(needed, limit * DIVERSE_POOL)
        diverse_by = DIVERSE_COLUMN if DIVERSE_COLUMN in table.schema.names else "category"
        columns = [*COLUMNS, DIVERSE_COLUMN] if diverse_by == DIVERSE_COLUMN else COLUMNS
    if text and mode != "bm25" and weights.feedback > 0:
        columns = [*columns, "vector"]  # read with the row: cheaper than a second read (feedback)
    for attempt, where in enumerate(wheres):
        last = attempt == len(wheres) - 1
        depth = max(RECALL, needed * 3)
        while True:
            recalled = recall(table, text, vector, where, depth, mode, typos)
            candidates = _read_best(deps, table, recalled, c, needed, weights, columns, said=text)
            enough = len(candidates) >= needed or not recalled.truncated
            if enough or not last or depth >= MAX_RECALL:
                break
            depth = min(depth * 4, MAX_RECALL)
        if enough:
            break

    _score(candidates, text, weights, c.soft)
    if text and mode != "bm25":
        feedback.add_feedback(table, candidates, weights.feedback)
    ranked = sorted(candidates, key=lambda cand: (-cand.score, cand.product_id))
    _mark_duplicates(ranked, weights)
    ranked.sort(key=lambda cand: (-cand.score, cand.product_id))
    if diverse and diverse_by:
        ranked = _diversify(ranked, int(diverse), diverse_by)
    ranked = _apply_sort(ranked, sort, limit, c.soft.category)
    if relevant_only and sort == "relevance" and ranked and ranked[0].score > 0:
        floor = ranked[0].score * RELEVANT_FRACTION
        ranked = [cand for cand in ranked if cand.score >= floor]

    return SearchResponse(
        query=query if query is not None else asked,
        constraints=c,
        results=[result_item(cand, c, min_minor, max_minor) for cand in ranked[:limit]],
        facets=facet_counts(candidates) if with_facets else {},
        total_candidates=len(candidates),
        converted=converted,
        diverse_by=diverse_by,
        translated=translated,
    )


def in_catalog_currency(deps: Deps, c: Constraints) -> tuple[Constraints, list[str]]:
    """Price bounds stated in another currency, converted to the catalog's at the reference rates.
    A currency with no rate leaves the bounds as stated, and says so."""
    if not c.currency:
        return c, []
    from shopagent.money import REFERENCE_RATES_DATE, convert
    from shopagent.search.vocab import catalog_currency

    target = catalog_currency(deps)
    if target is None or target == c.currency:
        return c.model_copy(update={"currency": None}), []
    out = c.model_copy(update={"currency": None})
    notes = []
    for key in ("min_price", "max_price"):
        value = getattr(c, key)
        if value is None:
            continue
        moved = convert(value, c.currency, target)
        if moved is None:
            notes.append(f"{value:g} {c.currency}: no reference rate to {target}; read as {target}")
            continue
        setattr(out, key, moved)
        notes.append(f"{value:g} {c.currency} ~ {moved:g} {target} (reference rate {REFERENCE_RATES_DATE})")
    return out, notes


def _diversify(ranked: list[Candidate], per_group: int, column: str) -> list[Candidate]:
    """The ranked list with at most `per_group` results per value of `column` (best kept)."""
    taken: Counter[str] = Counter()
    out = []
    for cand in ranked:
        group = str(cand.row.get(column) or "")
        if taken[group] < per_group:
            taken[group] += 1
            out.append(cand)
    return out


# -- reading in fused order ----------------------------------------------------------------


def _read_best(
    deps: Deps,
    table: Any,
    recalled: Recalled,
    c: Constraints,
    needed: int,
    w: Weights,
    columns: list[str] = COLUMNS,
    *,
    said: str = "",
) -> list[Candidate]:
    """Read rows in fused order, a slice at a time, until `needed` of them pass every check (or
    none are left). Reading a row costs more than recalling it, so recall goes deep and reading
    stops early (100k products: 150 ids a list and 60 rows read, against 150 rows a list)."""
    fused = recalled.fused(w)
    positions = {
        name: {rowid: i for i, (rowid, _) in enumerate(hits)} for name, hits in recalled.lists.items()
    }
    # Ties (every hit of a filter-only scan scores the same) keep the order recall gave them.
    first_seen: dict[int, int] = {}
    for pos in positions.values():
        for rowid, i in pos.items():
            first_seen[rowid] = min(i, first_seen.get(rowid, i))
    order = sorted(fused, key=lambda rowid: (-fused[rowid], first_seen[rowid], rowid))
    step = max(READ_MIN, needed * 3)
    out: list[Candidate] = []
    for start in range(0, len(order), step):
        rowids = order[start : start + step]
        rows = table.take_row_ids(rowids).select(columns).with_row_id().to_arrow().to_pylist()
        by_rowid = {row.pop("_rowid"): row for row in rows}
        found = _resolve(deps, [by_rowid[r] for r in rowids if r in by_rowid], c, said)
        rowid_of = {by_rowid[r]["product_id"]: r for r in rowids if r in by_rowid}
        for cand in found:
            rowid = rowid_of[cand.product_id]
            cand.fused = fused[rowid]
            cand.rowid = rowid
            cand.ranks = {name: pos[rowid] for name, pos in positions.items() if rowid in pos}
        out.extend(found)
        if len(out) >= needed:
            break
    return out


# -- live inventory and hard constraints -----------------------------------------------------------


def _resolve(deps: Deps, rows: Iterable[dict[str, Any]], c: Constraints, said: str = "") -> list[Candidate]:
    """Keep the products that satisfy every hard constraint, each with its best SKU."""
    static = [row for row in rows if _static_ok(row, c)]
    live = live_skus(deps, [row["product_id"] for row in static])
    out = []
    for row in static:
        skus = live.get(row["product_id"])
        if not skus:
            continue  # not sellable: no live price
        variant_wanted: dict[str, str] = {}
        matched: list[str] = []
        ok = True
        option_names = {name for sku in skus for name in sku.options} if c.attributes else set()
        for key, value in c.attributes.items():
            if filters.option_key(dict.fromkeys(option_names), key) is not None:
                variant_wanted[key] = value
            elif filters.matches_attribute(_attributes(row), _tags(row.get("tags")), key, value):
                matched.append(value if filters.norm(value) not in filters.TRUTHY else key)
            else:
                ok = False
                break
        if not ok:
            continue
        fitting = [s for s in skus if _sku_ok(s, c, variant_wanted)]
        if not fitting:
            continue
        # The suggested options first (the rank reads those), then the ones the words name
        # against this product's own values ("a large teal helmet": its L; "charcoal" is a colour
        # here and a grill fuel elsewhere).
        own = options_named_in(said, [sku.options for sku in fitting])
        best = min(fitting, key=partial(_sku_order, soft=c.soft.attributes, own=own))
        out.append(Candidate(row=row, sku=best, matched_attrs=matched, variant_attrs=variant_wanted))
    return out


LiveSku = inventory.Sku  # a candidate's SKU: the inventory's record, options parsed on use


def _sku_order(sku: LiveSku, *, soft: dict[str, str], own: dict[str, str]) -> tuple[Any, ...]:
    return (-_options_named(sku, soft), -_options_named(sku, own), sku.stock <= 0, sku.price_minor, sku.sku)


def _options_named(sku: LiveSku, wanted: dict[str, str]) -> int:
    """How many of the options the words only suggested ("a grey comforter") this SKU has: the SKU
    shown for a product is one in the colour or size asked for, when the product offers it."""
    return sum(filters.matches_options(sku.options, {key: value}) for key, value in wanted.items())


def live_skus(deps: Deps, product_ids: list[str]) -> dict[str, list[LiveSku]]:
    """Every SKU of these products at its live price and stock, read from the state file."""
    return inventory.for_products(deps.state.conn, product_ids)


def _attributes(row: dict[str, Any]) -> dict[str, Any]:
    return dict(_attributes_cached(row.get("attributes_json") or ""))


@lru_cache(maxsize=65536)
def _attributes_cached(text: str) -> tuple[tuple[str, Any], ...]:
    return tuple(filters.parse_json_object(text).items())


def _static_ok(row: dict[str, Any], c: Constraints) -> bool:
    if c.category and not filters.matches_category(row.get("category"), None, c.category):
        return False
    if c.brand and not filters.matches_brand(row.get("brand"), c.brand):
        return False
    if c.exclude_brands and any(filters.matches_brand(row.get("brand"), b) for b in c.exclude_brands):
        return False
    if c.min_rating is not None:
        rating = row.get("rating")
        if rating is None or float(rating) < c.min_rating:
            return False
    return True


def _sku_ok(sku: LiveSku, c: Constraints, variant_wanted: dict[str, str]) -> bool:
    if c.in_stock and sku.stock <= 0:
        return False
    if c.min_price is not None and sku.price_minor < _minor(c.min_price, sku.currency):
        return False
    if c.max_price is not None and sku.price_minor > _minor(c.max_price, sku.currency):
        return False
    return not variant_wanted or filters.matches_options(sku.options, variant_wanted)


@lru_cache(maxsize=256)
def _minor(amount: float, currency: str) -> int:
    return to_minor(amount, currency)


def _tags(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = value.split(",")
        value = parsed if isinstance(parsed, list) else [parsed]
    return [str(t).strip() for t in value if str(t).strip()]


# -- scoring -----------------------------------------------------------------------------------


def _soft_matches(cand: Candidate, soft: Boosts) -> tuple[bool, bool, int]:
    """Whether a candidate has the category, brand and how many attributes the words suggested."""
    row = cand.row
    category = bool(soft.category) and filters.matches_category(row.get("category"), None, soft.category)
    brand = bool(soft.brand) and filters.matches_brand(row.get("brand"), soft.brand)
    attrs = 0
    for key, value in soft.attributes.items():
        if _options_named(cand.sku, {key: value}) or filters.matches_attribute(
            _attributes(row), _tags(row.get("tags")), key, value
        ):
            attrs += 1
    return category, brand, attrs


def _score(candidates: list[Candidate], text: str, w: Weights, soft: Boosts | None = None) -> None:
    wanted = query_words(text)
    head, modifier = head_and_modifier(text)
    soft = soft if soft is not None and not soft.is_empty() else None
    typed = surface_forms(text)
    audience = audience_tags(text)
    avoid = avoid_phrases(soft.avoid) if soft is not None else []
    for cand in candidates:
        title_words = word_set(cand.row.get("title") or "")
        attr_pool = _attribute_words(cand.row) - title_words
        _share, found = coverage(wanted, title_words)
        title_share = title_signal(head, modifier, title_words, w)
        cand.title_found = [typed.get(w, w) for w in found]
        attr_share, found = coverage(wanted, attr_pool)
        cand.attr_found = [typed.get(w, w) for w in found]
        cand.score = (
            cand.fused
            + w.title_words * title_share
            + w.attribute_words * attr_share
            + w.rating * rating_signal(cand.row.get("rating"), cand.row.get("review_count"))
            + w.in_stock * (cand.sku.stock > 0)
        )
        if audience or avoid:
            described = _described(cand.row)
            if audience:
                fit = audience_signal(audience, audience_tags(described))
                cand.score += w.audience * fit if fit > 0 else w.audience_conflict * fit
            if avoid and carries_avoided(avoid, described):
                cand.score -= w.avoid
        if soft is not None:
            category, brand, attrs = _soft_matches(cand, soft)
            cand.score += w.soft_category * category + w.soft_brand * brand + w.soft_attribute * attrs


def _described(row: dict[str, Any]) -> str:
    """A product's own words about itself: title, brand, category, attributes and tags."""
    tags = row.get("tags")
    tag_text = " ".join(tags) if isinstance(tags, list | tuple) else str(tags or "")
    return (
        " ".join(str(row.get(k) or "") for k in ("title", "brand", "category", "attributes_json"))
        + " "
        + tag_text
    )


def _attribute_words(row: dict[str, Any]) -> frozenset[str]:
    """Words of a product's attributes and tags (stemmed; cached, as products recur across searches)."""
    tags = row.get("tags")
    key = tuple(tags) if isinstance(tags, list | tuple) else tags
    return _attribute_words_cached(row.get("attributes_json") or "", key)


@lru_cache(maxsize=65536)
def _attribute_words_cached(attributes_json: str, tags: str | tuple[str, ...] | None) -> frozenset[str]:
    parts = [f"{k} {v}" for k, v in _attributes_cached(attributes_json)]
    parts.extend(_tags(tags))
    return word_set(" ".join(parts))


def _mark_duplicates(ranked: list[Candidate], w: Weights) -> None:
    seen: set[str] = set()
    for cand in ranked:
        key = duplicate_key(cand.row.get("brand"), cand.row.get("title") or "")
        if key in seen:
            cand.duplicate = True
            cand.score -= w.duplicate
        seen.add(key)


def _apply_sort(ranked: list[Candidate], sort: str, limit: int, kind: str | None = None) -> list[Candidate]:
    """Relevance order as is; other orders rearrange only the clearly relevant part of the list,
    so "cheapest first" does not surface the cheapest unrelated product; and, when the words name a
    kind (`kind`, the soft category) that enough of that part is, only those: the cheapest monitor
    is a monitor, not the monitor stand that scores nearly as well."""
    if sort == "relevance" or not ranked:
        return ranked
    floor = ranked[0].score * RELEVANT_FRACTION
    pool = [c for c in ranked[: max(limit, SORTED_POOL)] if c.score >= floor]
    if kind:
        own = [c for c in pool if filters.matches_category(c.row.get("category"), None, kind)]
        pool = own if len(own) >= min(3, len(pool)) else pool
    if sort == "price":
        return sorted(pool, key=lambda c: (c.sku.price_minor, -c.score, c.product_id))
    if sort == "-price":
        return sorted(pool, key=lambda c: (-c.sku.price_minor, -c.score, c.product_id))
    return sorted(
        pool,
        key=lambda c: (
            c.row.get("rating") is None,
            -(c.row.get("rating") or 0.0),
            -(c.row.get("review_count") or 0),
            -c.score,
            c.product_id,
        ),
    )
