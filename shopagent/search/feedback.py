"""Pseudo-relevance feedback: the best few results say what the request is about.

A short request embeds poorly on a catalog of short titles: "beer" is as near "Sprite 300ml" as
"Asahi Super Dry 350ml". Once the pipeline has ranked its candidates, the first few carry what the
words only hinted at (the brands, the kind of product, the language of the titles). Each
candidate's similarity to their centroid is added to its score, so products like the best ones
rise over products that only share a word with the request (Rocchio's relevance feedback, over
the same embeddings; docs/search.md has the figures).

It only reorders what recall found, reading the vector column with the rows it reads anyway: no
extra query.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# The centroid of this many best candidates (2-5 tried; 3 was best on the catalogs' dev queries).
FEEDBACK_DOCS = 3
# A candidate this much less similar to the centroid than the nearest of the best ones gets no
# share. About what separates the 60 candidates a search reads (0.12-0.15 on the evaluation
# catalogs); fixed, so that how many rows were read does not change the scale.
FEEDBACK_SPAN = 0.15


def vectors_of(table: Any, rowids: Sequence[int]) -> dict[int, Any]:
    """The stored embeddings of these rows, by row id."""
    import numpy as np

    if not rowids:
        return {}
    found = table.take_row_ids(list(rowids)).select(["vector"]).with_row_id().to_arrow()
    matrix = np.asarray(found["vector"].to_pylist(), dtype=np.float32)
    return dict(zip(found["_rowid"].to_pylist(), matrix, strict=True))


def feedback_shares(vectors: Sequence[Any], scores: Sequence[float], k: int = FEEDBACK_DOCS) -> list[float]:
    """Each vector's similarity to the centroid of the `k` best-scored ones, 0..1: 1 for as similar
    as the nearest of those, 0 for FEEDBACK_SPAN less or further."""
    import numpy as np

    if len(vectors) <= k:
        return [0.0] * len(vectors)
    matrix = np.asarray(vectors, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    best = np.argsort(-np.asarray(scores), kind="stable")[:k]
    centroid = matrix[best].sum(axis=0)
    centroid /= np.linalg.norm(centroid) + 1e-9
    sims = matrix @ centroid
    high = float(sims[best].max())
    return [float(min(1.0, max(0.0, 1.0 - (high - s) / FEEDBACK_SPAN))) for s in sims]


def add_feedback(table: Any, candidates: Sequence[Any], weight: float) -> None:
    """Add `weight` x the feedback share to each candidate's score (candidates carry `rowid`)."""
    if weight <= 0 or len(candidates) <= FEEDBACK_DOCS:
        return
    if all(cand.row.get("vector") is not None for cand in candidates):
        own = [cand.row["vector"] for cand in candidates]  # read with the rows
    else:
        vectors = vectors_of(table, [cand.rowid for cand in candidates])
        if len(vectors) != len(candidates):
            return
        own = [vectors[cand.rowid] for cand in candidates]
    shares = feedback_shares(own, [cand.score for cand in candidates])
    for cand, share in zip(candidates, shares, strict=True):
        cand.score += weight * share
