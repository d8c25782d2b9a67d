"""Fuzz the query parser with hypothesis: arbitrary unicode, price/rating/stock fragments, real instructions
with noise spliced in, and hostile catalog vocabularies.

    python bench/fuzz_parse.py [--examples 10000] [--seed 0]

Prints the cases run and the crashes found (an exception, reversed price bounds, a non-finite or
out-of-range number, a result that does not serialise as JSON, `text` over the length cap).
Exit code 1 when any crash was found.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from shopagent.search.parse import MAX_QUERY_CHARS, parse_query
from shopagent.search.vocab import Vocabulary

ROOT = Path(__file__).resolve().parent.parent
GOALS = ROOT.parent / "shared" / "data" / "webshop" / "human_goals.json"

FRAGMENTS = [
    "under",
    "below",
    "less than",
    "between",
    "and",
    "from",
    "to",
    "-",
    "–",
    "$",
    "€",
    "£",
    "usd",
    "dollars",
    "k",
    "1.5k",
    "grand",
    "around",
    "about",
    "~",
    "or less",
    "and up",
    "+",
    "<=",
    ">=",
    "<",
    ">",
    "at least",
    "at most",
    "up to",
    "max",
    "stars",
    "star",
    "4+",
    "4.5",
    "rated",
    "out of 5",
    "highly rated",
    "in stock",
    "available",
    "ships now",
    "size",
    "10",
    "M",
    "XL",
    "black",
    "waterproof",
    "not",
    "boots",
    "hiking",
    "Trailcrest",
    "the north face",
    "price lower than",
    "0",
    "00",
    ".",
    ",",
    "9" * 40,
    "1e999",
    "NaN",
    "-5",
    "\x00",
    "\u202e",
    "\ud800",
    "😀",
    "ＡＢＣ",
    "５０",
    "İ",
    "ß",
    "\n",
    "\t",
    "   ",
    "'",
    '"',
    "”",
    "%",
]
FACETS = {
    "brands": [
        "Trailcrest",
        "The North Face",
        "Apple",
        "Levi's",
        "a",
        "$",
        "under",
        "4+",
        "İstanbul",
        "x" * 300,
    ],
    "categories": [
        "Footwear > Boots > Hiking",
        "Electronics > Audio > Headphones",
        "A > > B",
        " > ",
        "Ünï > çødé",
    ],
    "attributes": {
        "waterproof": ["yes", "no"],
        "material": ["leather", "", "100% cotton"],
        "": ["x"],
        "k": ["k"],
    },
    "options": {"size": ["10", "M", "XL", "10.5"], "colour": ["Black", "Red"], "size ": ["S"]},
}


def _problem(text: str, vocab: Vocabulary) -> str | None:
    """None when the result is sound; else a one-line description of what went wrong."""
    try:
        result = parse_query(text, vocab)
        c = result.constraints
        json.dumps(result.model_dump(), allow_nan=False, ensure_ascii=False).encode("utf-8")
    except Exception:  # the point is to find these
        return traceback.format_exc(limit=3).strip().splitlines()[-1]
    if c.min_price is not None and c.max_price is not None and c.min_price > c.max_price:
        return f"reversed bounds {c.min_price} > {c.max_price}"
    for value in (c.min_price, c.max_price):
        if value is not None and not 0 <= value < 1e10:
            return f"price out of range {value}"
    if c.min_rating is not None and not 0 < c.min_rating <= 5:
        return f"rating out of range {c.min_rating}"
    # NFKC may lengthen the text ("¼" -> "1⁄4"); the cut applies after it
    if not isinstance(result.text, str) or len(result.text) > MAX_QUERY_CHARS:
        return f"text of {len(result.text)} characters"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    goals = json.loads(GOALS.read_text(encoding="utf-8")) if GOALS.exists() else ["waterproof boots"]
    vocabs = [Vocabulary.from_facets(FACETS), Vocabulary.empty()]
    cases = 0
    crashes: list[tuple[str, str]] = []

    text_strategy = st.one_of(
        st.text(max_size=200),
        st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map(" ".join),
        st.tuples(
            st.sampled_from(goals), st.lists(st.sampled_from(FRAGMENTS), max_size=8), st.integers(0, 300)
        ).map(lambda t: t[0][: t[2]] + " " + " ".join(t[1]) + " " + t[0][t[2] :]),
        st.text(alphabet=st.sampled_from("0123456789$.,-k+ <>=~"), max_size=60),
        st.text(max_size=3000),
    )

    @seed(args.seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(text_strategy, st.integers(0, len(vocabs) - 1))
    def run(text: str, which: int) -> None:
        nonlocal cases
        cases += 1
        problem = _problem(text, vocabs[which])
        if problem is not None:
            crashes.append((text, problem))

    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    print(f"cases run      {cases}")
    print(f"crashes found  {len(crashes)}")
    per_case = elapsed / max(cases, 1) * 1000
    print(f"wall time      {elapsed:.1f} s ({per_case:.2f} ms per case, generation included)")
    for text, problem in crashes[:10]:
        print(f"  {problem}: {text[:120]!r}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
