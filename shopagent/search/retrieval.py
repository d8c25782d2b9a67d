"""Recall from LanceDB: the vector, BM25 and typo-tolerant keyword queries, and their fusion.

Each retriever returns row ids and scores only, best first (`Recalled`); `Recalled.fused` combines
them into one 0..1 score. Reading the rows, the live checks and ranking happen in `hybrid`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shopagent.catalog.indexing import ann_parameters
from shopagent.search.rerank import Weights, rating_signal
from shopagent.text.stopwords import content_words
from shopagent.text.words import plain_words

# Fusion scales: a vector list spans at least this much cosine similarity, and a BM25 list reaches
# down to at least this share of its best score (set on the relevance benchmark: docs/search.md).
MIN_SIMILARITY_SPAN = 0.05
BM25_FLOOR_SHARE = 0.5
SCAN_RECALL = 2000  # filter-only requests: how many rows to rank by rating
FUZZY_MIN_CHARS = 5  # words this long tolerate one typo in BM25
FUZZY_BOOST = 0.5  # a fuzzy (typo-tolerant) match counts this much of an exact one


@dataclass
class Recalled:
    """What the retrievers found: per list, row ids best first with their raw scores (cosine
    similarity or BM25; all equal for the filter-only scan), and whether a list was cut."""

    lists: dict[str, list[tuple[int, float]]]
    truncated: bool

    def fused(self, w: Weights) -> dict[int, float]:
        """Convex combination of min-max normalised scores, 0..1 (first in every list = 1).

        On the relevance benchmark this beat weighted reciprocal rank fusion (nDCG@10 0.882 against
        0.877, docs/search.md): ranks throw away how far apart two hits are, and a BM25 list of weak
        partial matches then weighs as much as one of exact matches."""
        weights = {"vector": w.vector, "bm25": w.bm25, "scan": 1.0}
        active = [name for name, hits in self.lists.items() if hits]
        total = sum(weights[name] for name in active) or 1.0
        fused: dict[int, float] = {}
        for name in active:
            hits = self.lists[name]
            high, low = hits[0][1], hits[-1][1]
            # A short list (a narrow filter) may hold no clearly wrong hit to anchor the bottom of
            # the scale; without a floor, eleven equally good earbuds would spread from 1 to 0.
            if name == "vector":
                low = min(low, high - MIN_SIMILARITY_SPAN)
            elif name == "bm25":
                low = min(low, high * BM25_FLOOR_SHARE)
            span = high - low
            for rowid, raw in hits:
                share = (raw - low) / span if span > 0 else 1.0
                fused[rowid] = fused.get(rowid, 0.0) + weights[name] * share / total
        return fused


def recall(
    table: Any, text: str, vector: Any, where: str | None, n: int, mode: str, typos: bool = True
) -> Recalled:
    """Row ids and scores only: the columns are read afterwards for the best fused hits alone.
    `typos`: whether the text may hold a misspelt word (see `may_hold_typos`)."""
    from lancedb.query import MatchQuery

    if not text:
        limit = max(n, SCAN_RECALL)
        q = table.search().select(["product_id", "rating", "review_count"]).with_row_id(True).limit(limit)
        if where:
            q = q.where(where)
        scanned = q.to_arrow().to_pylist()
        # Without words to match every hit fits equally well; the best-rated are read first.
        scanned.sort(key=lambda r: (-rating_signal(r["rating"], r["review_count"]), r["product_id"]))
        hits = [(r["_rowid"], 0.0) for r in scanned[:n]]
        return Recalled({"scan": hits}, truncated=len(scanned) >= min(limit, n + 1))
    # The retrievers run in LanceDB's native code, which releases the GIL: on two cores running
    # them side by side takes about as long as the slowest one.
    jobs = {}
    if mode in ("hybrid", "vector"):
        jobs["vector"] = lambda: vector_query(table, vector, where, n, ann_parameters(table))
    # Keywords are content words only: "für"/"para"/"pour" match every title of their language.
    text = content_words(text)
    if mode in ("hybrid", "bm25") and text:
        jobs["bm25"] = lambda: _fts(table, MatchQuery(text, "search_text"), where, n)
        if typos:
            # One edit of fuzziness finds "hikng boots" and "wireles earbuds". A fuzzy term is not
            # stemmed ("headphones" is two edits from the indexed "headphon"), so it runs beside
            # the exact, stemmed match, and counts for less. Two queries side by side cost less
            # than one boolean query of both (100k products: 10 against 13 ms, one after the other).
            fuzzy = MatchQuery(text, "search_text", fuzziness=1, prefix_length=1)
            jobs["fuzzy"] = lambda: _fts(table, fuzzy, where, n)
    if len(jobs) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
            futures = {name: pool.submit(job) for name, job in jobs.items()}
            lists = {name: future.result() for name, future in futures.items()}
    else:
        lists = {name: job() for name, job in jobs.items()}
    truncated = any(len(hits) >= n for hits in lists.values())
    if "fuzzy" in lists:
        lists["bm25"] = add_scores(lists["bm25"], lists.pop("fuzzy"), FUZZY_BOOST, n)
    return Recalled(lists, truncated=truncated)


KEYWORD_FLOOR = 0.25  # a query none of whose words the catalog uses keeps this much of its keyword weight


def query_vector(
    embedder: Any, text: str, also: str | None = None, known: dict[str, Any] | None = None
) -> Any:
    """The query's embedding; with `also` (the user's own words when `text` is a rewrite of them into
    the catalog's language), the normalised mean of both. A small model's rewrite is sometimes wrong
    ("freidora de aire" -> "air dryer", "充电宝" -> "charger") where the multilingual embedder read
    the original right, and sometimes right where it did not ("une bouilloire électrique"): the
    mean keeps what each gets right (docs/search.md). `known`: embeddings already made, by text."""
    import numpy as np

    known = known or {}
    vector = np.asarray(known[text] if text in known else embedder.embed_query(text), dtype=np.float32)
    if not also:
        return vector
    other = np.asarray(known[also] if also in known else embedder.embed_query(also), dtype=np.float32)
    mean = vector / (np.linalg.norm(vector) or 1.0) + other / (np.linalg.norm(other) or 1.0)
    return mean / (np.linalg.norm(mean) or 1.0)


def keyword_share(store: Any, text: str) -> float:
    """The share of the query's content words (3+ letters) that are words of this catalog; 1.0 when
    the catalog has no word list or the query has no such word."""
    words = [w for w in plain_words(content_words(text)) if len(w) >= 3 and not w.isdigit()]
    terms = store.terms() if words else None
    if not words or terms is None:
        return 1.0
    return sum(w in terms for w in words) / len(words)


def may_hold_typos(store: Any, text: str) -> bool:
    """Whether a word of five letters or more is not a word of this catalog, so that the
    typo-tolerant keyword query may find what the exact one cannot. Shorter words stay exact: a
    one-letter change there is usually another word. Without the catalog's word list, any may."""
    long_words = [w for w in plain_words(text) if len(w) >= FUZZY_MIN_CHARS]
    if not long_words:
        return False
    terms = store.terms()
    return terms is None or any(w not in terms for w in long_words)


def add_scores(
    exact: list[tuple[int, float]], fuzzy: list[tuple[int, float]], weight: float, n: int
) -> list[tuple[int, float]]:
    """One BM25 list from an exact and a fuzzy one: a row's scores add up, the fuzzy one weighted."""
    total: dict[int, float] = {}
    for rowid, score in exact:
        total[rowid] = score
    for rowid, score in fuzzy:
        total[rowid] = total.get(rowid, 0.0) + weight * score
    return sorted(total.items(), key=lambda hit: (-hit[1], hit[0]))[:n]


def _fts(table: Any, query: Any, where: str | None, n: int) -> list[tuple[int, float]]:
    q = table.search(query, query_type="fts")
    if where:
        q = q.where(where, prefilter=True)
    found = q.select(["_score"]).with_row_id(True).limit(n).to_arrow()
    return list(zip(found["_rowid"].to_pylist(), found["_score"].to_pylist(), strict=True))


def vector_query(
    table: Any, vector: Any, where: str | None, n: int, ann: dict[str, int] | None
) -> list[tuple[int, float]]:
    if not ann:
        return _vector_probe(table, vector, where, n, None, 0)
    # Under a filter, the partitions nearest the query may hold too few matching rows (a category
    # sits in a few of them): then more are probed, 4x, then as many as it takes. On a large index
    # LanceDB's own open-ended probing costs 2-3x a fixed one even when the first partitions
    # suffice (1M products, one brand: 75 against 28 ms), so it is the last step there. On a small
    # one (4x the probes would cover it) it costs little more, and a second query would cost more.
    wider = ann["nprobes"] * 4
    if not where:
        steps = [ann["nprobes"]]
    elif wider < ann.get("partitions", 0):
        steps = [ann["nprobes"], wider, 0]
    else:
        steps = [0]
    for probes in steps:
        found = _vector_probe(table, vector, where, n, ann, probes)
        if len(found) >= n:
            break
    return found


def _vector_probe(
    table: Any, vector: Any, where: str | None, n: int, ann: dict[str, int] | None, probes: int
) -> list[tuple[int, float]]:
    """One vector query: probing `ann["nprobes"]` partitions, then up to `probes` (0: as many as it
    takes) while fewer than `n` rows were found; without `ann`, an exact scan."""
    q = table.search(vector, vector_column_name="vector").distance_type("cosine")
    if ann:
        q = q.minimum_nprobes(ann["nprobes"]).maximum_nprobes(probes)
        if ann.get("refine_factor"):
            q = q.refine_factor(ann["refine_factor"])
    else:
        q = q.bypass_vector_index()
    if where:
        q = q.where(where, prefilter=True)
    found = q.select(["_distance"]).with_row_id(True).limit(n).to_arrow()
    return [
        (rowid, 1.0 - d)
        for rowid, d in zip(found["_rowid"].to_pylist(), found["_distance"].to_pylist(), strict=True)
    ]
