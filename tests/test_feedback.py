"""Pseudo-relevance feedback (search/feedback.py): likeness to the best few candidates."""

from __future__ import annotations

from dataclasses import dataclass, field

import lancedb
import numpy as np
import pyarrow as pa

from shopagent.search.feedback import FEEDBACK_SPAN, add_feedback, feedback_shares


def _unit(*xs: float) -> list[float]:
    v = np.asarray(xs, dtype=np.float32)
    return list(v / np.linalg.norm(v))


def test_shares_favour_what_the_best_ones_are_like():
    beer = [_unit(1, 0.05 * i, 0) for i in range(3)]
    vectors = [*beer, _unit(1, 0.1, 0.02), _unit(0, 0, 1)]
    shares = feedback_shares(vectors, [3.0, 2.9, 2.8, 0.5, 0.6], k=3)
    assert shares[3] > 0.9  # another beer, ranked low, is like the best three
    assert shares[4] == 0.0  # the soda that only shared a word is not
    assert max(shares[:3]) == 1.0


def test_the_scale_is_fixed_not_stretched_over_whatever_was_read():
    top = [_unit(1, 0, 0)] * 3
    near = _unit(1, 0.2, 0)  # cosine ~0.98 with the centroid
    alone = feedback_shares([*top, near], [1, 1, 1, 0], k=3)[3]
    with_far = feedback_shares([*top, near, _unit(0, 1, 0)], [1, 1, 1, 0, 0], k=3)[3]
    assert alone == with_far
    assert abs(alone - (1 - (1 - near[0]) / FEEDBACK_SPAN)) < 1e-5


def test_too_few_candidates_get_nothing():
    assert feedback_shares([_unit(1, 0)] * 3, [1, 2, 3], k=3) == [0.0, 0.0, 0.0]


@dataclass
class _Cand:
    rowid: int
    score: float
    row: dict = field(default_factory=dict)  # no vector read with the row: read by row id


def test_add_feedback_reads_the_stored_vectors(tmp_path):
    vectors = [_unit(1, 0, 0), _unit(1, 0.05, 0), _unit(1, 0.1, 0), _unit(0, 1, 0), _unit(1, 0.02, 0)]
    schema = pa.schema([("product_id", pa.string()), ("vector", pa.list_(pa.float32(), 3))])
    table = lancedb.connect(tmp_path).create_table(
        "products",
        pa.Table.from_pylist([{"product_id": f"P{i}", "vector": v} for i, v in enumerate(vectors)], schema),
    )
    rowids = table.search().with_row_id(True).select(["product_id"]).to_arrow()["_rowid"].to_pylist()
    cands = [_Cand(r, s) for r, s in zip(rowids, [1.0, 0.9, 0.8, 0.5, 0.45], strict=True)]
    add_feedback(table, cands, 0.5)
    assert cands[4].score > cands[3].score  # the one like the best three now ranks above the other
    before = [c.score for c in cands]
    add_feedback(table, cands, 0.0)
    assert [c.score for c in cands] == before


def test_vectors_read_with_the_rows_are_used_as_they_are():
    near, far = _unit(1, 0.02, 0), _unit(0, 1, 0)
    cands = [
        _Cand(i, s, {"vector": v})
        for i, (s, v) in enumerate(
            [
                (1.0, _unit(1, 0, 0)),
                (0.9, _unit(1, 0.05, 0)),
                (0.8, _unit(1, 0.1, 0)),
                (0.5, far),
                (0.45, near),
            ]
        )
    ]
    add_feedback(None, cands, 0.5)  # no table needed
    assert cands[4].score > cands[3].score
