"""Synthetic catalogs of 10k, 100k and 1M products for the latency benchmark.

Each catalog is a complete shopagent home (bench/out/synth-<N>/): a LanceDB `products` table with
the catalog store's schema, FTS and scalar indexes (and the vector index `ensure_indexes` builds for
that size), a live inventory in state.db, and the manifest/facets the store expects. So
`CatalogStore` and `search()` run on it exactly as on an imported catalog.

Text is random but plausible (brand + adjectives + material + product type, from word lists).
Vectors come from a cheap projection, not the real embedder: every word has a fixed random unit
vector, a product is the normalised sum of its title words plus noise. `ProjectionEmbedder` embeds
queries the same way, so nearest neighbours mean something and ANN recall can be measured.

    python bench/synth_catalog.py 10000 100000 1000000   # cached: an existing catalog is kept
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DIM = 384  # the default embedder's width (multilingual-e5-small)
BATCH = 50_000
VERSION = "synthetic"

CATEGORIES: dict[str, list[str]] = {
    "Footwear > Boots > Hiking": ["hiking boot", "trekking boot", "trail boot"],
    "Footwear > Boots > Work": ["work boot", "safety boot"],
    "Footwear > Shoes > Running": ["running shoe", "road shoe", "trainer"],
    "Footwear > Shoes > Casual": ["sneaker", "loafer", "canvas shoe"],
    "Footwear > Sandals": ["sandal", "slide", "flip flop"],
    "Apparel > Outerwear > Rain Jackets": ["rain jacket", "shell jacket"],
    "Apparel > Outerwear > Insulated": ["down jacket", "parka", "puffer jacket"],
    "Apparel > Tops > T-Shirts": ["t-shirt", "tee"],
    "Apparel > Tops > Hoodies": ["hoodie", "sweatshirt"],
    "Apparel > Bottoms > Jeans": ["jeans", "denim pants"],
    "Apparel > Socks": ["socks", "hiking socks", "running socks"],
    "Electronics > Audio > Earbuds": ["wireless earbuds", "earphones"],
    "Electronics > Audio > Headphones": ["headphones", "over-ear headphones"],
    "Electronics > Audio > Speakers": ["bluetooth speaker", "smart speaker"],
    "Electronics > Computers > Laptops": ["laptop", "notebook computer"],
    "Electronics > Accessories > Chargers": ["phone charger", "power bank", "usb cable"],
    "Electronics > Wearables": ["smartwatch", "fitness tracker"],
    "Kitchen > Cookware": ["frying pan", "skillet", "dutch oven", "saucepan"],
    "Kitchen > Appliances": ["blender", "coffee maker", "electric kettle", "air fryer", "toaster"],
    "Kitchen > Knives": ["chef's knife", "knife set", "paring knife"],
    "Home > Bedding": ["sheet set", "comforter", "pillow", "duvet cover"],
    "Home > Lighting": ["desk lamp", "floor lamp", "led bulb"],
    "Home > Cleaning": ["stick vacuum", "robot vacuum", "mop"],
    "Outdoor > Camping > Tents": ["tent", "backpacking tent"],
    "Outdoor > Camping > Sleeping": ["sleeping bag", "sleeping pad"],
    "Outdoor > Packs": ["hiking backpack", "daypack"],
    "Sports > Fitness": ["yoga mat", "dumbbells", "resistance bands", "kettlebell"],
    "Sports > Cycling": ["bike helmet", "bike light", "cycling gloves"],
    "Beauty > Skincare": ["moisturizer", "sunscreen", "face cleanser", "serum"],
    "Beauty > Hair": ["shampoo", "hair dryer", "conditioner"],
    "Toys > Games": ["board game", "jigsaw puzzle", "card game"],
    "Toys > Building": ["building set", "blocks"],
    "Office > Furniture": ["office chair", "standing desk"],
    "Office > Supplies": ["notebook", "pens", "stapler"],
    "Pets > Dogs": ["dog bed", "dog leash", "dry dog food", "dog harness"],
    "Pets > Cats": ["cat tree", "cat litter", "cat toy"],
    "Garden > Tools": ["pruning shears", "garden hose", "leaf blower"],
    "Tools & Hardware > Power Tools": ["cordless drill", "impact driver", "circular saw"],
    "Luggage & Travel > Suitcases": ["carry-on suitcase", "checked suitcase"],
    "Automotive > Accessories": ["dash cam", "car phone mount", "tire inflator"],
}
ADJECTIVES = [
    "waterproof",
    "lightweight",
    "durable",
    "insulated",
    "breathable",
    "compact",
    "ergonomic",
    "wireless",
    "rechargeable",
    "portable",
    "premium",
    "classic",
    "ultralight",
    "heavy-duty",
    "adjustable",
    "foldable",
    "padded",
    "quick-dry",
    "reflective",
    "organic",
    "stainless",
    "nonstick",
    "cordless",
    "vegan",
    "recycled",
    "slim",
    "rugged",
    "soft",
    "quiet",
    "smart",
]
MATERIALS = [
    "leather",
    "suede",
    "mesh",
    "cotton",
    "wool",
    "merino",
    "nylon",
    "polyester",
    "steel",
    "aluminum",
    "bamboo",
    "ceramic",
    "rubber",
]
COLORS = [
    "black",
    "white",
    "grey",
    "navy",
    "blue",
    "red",
    "green",
    "olive",
    "brown",
    "tan",
    "pink",
    "purple",
    "orange",
    "teal",
    "charcoal",
]
SIZES = ["S", "M", "L", "XL"]
SYLLABLES = [
    "ka",
    "lo",
    "ri",
    "ven",
    "tor",
    "al",
    "mi",
    "zu",
    "den",
    "sha",
    "pol",
    "fir",
    "gar",
    "nex",
    "ova",
    "tri",
    "bel",
    "cor",
    "dun",
    "ela",
    "fen",
    "hal",
]
GENDERS = ["women's", "men's", "kids'", "unisex", "", "", ""]
VARIANT_TOP = ("Footwear", "Apparel")
TOKEN_SPLIT = str.maketrans({c: " " for c in ",.;:!?()'\""})


def _word_vector(word: str, dim: int = DIM) -> np.ndarray:
    seed = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
    vec = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return vec / np.linalg.norm(vec)


class ProjectionEmbedder:
    """Bag of fixed random word vectors: the synthetic catalog's stand-in for a sentence model."""

    identity = "synthetic-projection-384"
    dim = DIM

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def word(self, word: str) -> np.ndarray:
        if word not in self._cache:
            self._cache[word] = _word_vector(word)
        return self._cache[word]

    def embed_query(self, text: str) -> np.ndarray:
        words = text.lower().translate(TOKEN_SPLIT).split()
        vec = sum((self.word(w) for w in words), np.zeros(self.dim, np.float32))
        norm = float(np.linalg.norm(vec))
        return (vec / norm if norm else vec).astype(np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return (
            np.stack([self.embed_query(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)
        )


def _brands(rng: np.random.Generator, n: int = 400) -> list[str]:
    out = set()
    while len(out) < n:
        k = int(rng.integers(2, 4))
        out.add("".join(rng.choice(SYLLABLES, k)).capitalize() + ("" if rng.random() < 0.7 else " Co"))
    return sorted(out)


def _batch(
    start: int, count: int, rng: np.random.Generator, brands: list[str], emb: ProjectionEmbedder
) -> tuple[Any, list[tuple]]:
    import pyarrow as pa

    cats = list(CATEGORIES)
    rows: dict[str, list] = {k: [] for k in SCHEMA_NAMES if k != "vector"}
    vectors = np.zeros((count, DIM), np.float32)
    inventory: list[tuple] = []
    noise = rng.standard_normal((count, DIM)).astype(np.float32) * (0.35 / np.sqrt(DIM))
    for i in range(count):
        pid = f"S{start + i:07d}"
        cat = cats[int(rng.integers(len(cats)))]
        ptype = CATEGORIES[cat][int(rng.integers(len(CATEGORIES[cat])))]
        brand = brands[int(rng.integers(len(brands)))]
        adjs = list(rng.choice(ADJECTIVES, int(rng.integers(1, 3)), replace=False))
        material = MATERIALS[int(rng.integers(len(MATERIALS)))]
        gender = GENDERS[int(rng.integers(len(GENDERS)))] if cat.startswith(VARIANT_TOP) else ""
        title = " ".join(w for w in [brand, gender, *adjs, material, ptype] if w).replace("  ", " ")
        title = title[0].upper() + title[1:]
        price = int(round(float(np.exp(rng.normal(3.8, 0.8))) * 100 / 50) * 50 - 1)
        price = max(price, 199)
        rating = None if rng.random() < 0.08 else round(float(np.clip(rng.normal(4.1, 0.5), 1, 5)), 1)
        reviews = 0 if rating is None else int(rng.integers(1, 800))
        attributes = {"material": material, **{a: "yes" for a in adjs}}
        if gender:
            attributes["gender"] = gender.rstrip("'s").rstrip("'")
        color = COLORS[int(rng.integers(len(COLORS)))]
        if cat.startswith(VARIANT_TOP):
            variants = []
            for size in SIZES[: int(rng.integers(1, 5))]:
                sku = f"{pid}-{color[:3].upper()}-{size}"
                variants.append(
                    (
                        sku,
                        {"color": color, "size": size},
                        price + (500 if size == "XL" else 0),
                        int(rng.integers(0, 30)),
                    )
                )
        else:
            variants = [(pid, {}, price, int(rng.integers(0, 40)) if rng.random() > 0.1 else 0)]
        options: dict[str, list[str]] = {}
        for _, opts, _, _ in variants:
            for k, v in opts.items():
                options.setdefault(k, [])
                if v not in options[k]:
                    options[k].append(v)
        in_stock_prices = [p for _, _, p, s in variants if s > 0]
        prices = in_stock_prices or [p for _, _, p, _ in variants]
        description = f"The {brand} {ptype} in {material}. {' '.join(adjs).capitalize()} and built to last."
        search_text = ". ".join(
            [title, brand, cat, ", ".join(f"{k}: {v}" for k, v in attributes.items()), description]
        )
        words = f"{title} {cat.replace('>', ' ')} {ptype}".lower().translate(TOKEN_SPLIT).split()
        vectors[i] = sum((emb.word(w) for w in words), np.zeros(DIM, np.float32))
        for name, value in (
            ("product_id", pid),
            ("title", title),
            ("brand", brand),
            ("category", cat),
            ("category_l1", cat.split(" > ")[0].lower()),
            ("category_lc", cat.lower()),
            ("description", description),
            ("search_text", search_text),
            ("attributes_json", json.dumps(attributes)),
            ("options_json", json.dumps(options)),
            ("tags", [ptype, material]),
            ("rating", rating),
            ("review_count", reviews),
            ("currency", "USD"),
            ("price_min_minor", min(prices)),
            ("price_max_minor", max(prices)),
            ("in_stock", bool(in_stock_prices)),
            ("variant_count", len(variants)),
            ("image_url", ""),
            ("content_hash", hashlib.sha256(search_text.encode()).hexdigest()),
        ):
            rows[name].append(value)
        for sku, opts, p, stock in variants:
            inventory.append((sku, pid, title, brand, cat, json.dumps(opts), "USD", p, stock, 0.0))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors += noise
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    schema = _schema()
    arrays = [pa.array(rows[name], schema.field(name).type) for name in SCHEMA_NAMES if name != "vector"]
    arrays.append(pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel(), pa.float32()), DIM))
    return pa.RecordBatch.from_arrays(arrays, schema=schema), inventory


def _schema() -> Any:
    from shopagent.catalog.store import _schema as store_schema

    return store_schema(DIM)


SCHEMA_NAMES = [
    "product_id", "title", "brand", "category", "category_l1", "category_lc", "description", "search_text",
    "attributes_json", "options_json", "tags", "rating", "review_count", "currency", "price_min_minor",
    "price_max_minor", "in_stock", "variant_count", "image_url", "content_hash", "vector",
]  # fmt: skip


def home_for(n: int) -> Path:
    return OUT / f"synth-{n}"


def generate(n: int, *, seed: int = 1, index_type: str | None = None, force: bool = False) -> Path:
    """Build (or reuse) the synthetic catalog of `n` products; returns its SHOPAGENT_HOME."""
    import lancedb
    import pyarrow as pa
    import pyarrow.parquet as pq
    from lancedb.index import FTS

    from shopagent.catalog import indexing
    from shopagent.statedb import StateDB

    home = home_for(n)
    root = home / "catalog" / VERSION
    if (root / "manifest.json").exists() and not force:
        # A cached catalog gets any index the store has learned to build since it was generated.
        built = indexing.ensure_indexes(lancedb.connect(root / "lance").open_table("products"))
        if not (root / "terms.txt").exists():
            built.append(f"{_write_terms(root):,} terms")
        if built:
            print(f"  synth-{n}: added {', '.join(built)}", file=sys.stderr)
        return home
    if home.exists():
        import shutil

        shutil.rmtree(home)
    root.mkdir(parents=True)
    assert _schema().names == SCHEMA_NAMES, "the catalog store's schema changed; update SCHEMA_NAMES"
    rng = np.random.default_rng(seed)
    brands = _brands(rng)
    emb = ProjectionEmbedder()
    state = StateDB(home / "state.db")
    db = lancedb.connect(root / "lance")
    table = None
    writer = None
    started = time.perf_counter()
    for start in range(0, n, BATCH):
        batch, inventory = _batch(start, min(BATCH, n - start), rng, brands, emb)
        chunk = pa.Table.from_batches([batch])
        if table is None:
            table = db.create_table("products", data=chunk, schema=batch.schema)
        else:
            table.add(chunk)
        flat = batch.drop_columns(["vector"]) if hasattr(batch, "drop_columns") else batch
        if writer is None:
            writer = pq.ParquetWriter(root / "products.parquet", flat.schema)
        writer.write_batch(flat)
        with state.tx() as conn:
            conn.executemany(
                "INSERT INTO inventory (sku, product_id, title, brand, category, options, currency, "
                "price_minor, stock, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inventory,
            )
        print(
            f"  synth-{n}: {start + batch.num_rows:,} rows ({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )
    assert writer is not None and table is not None
    writer.close()
    t = time.perf_counter()
    table.create_index("search_text", config=FTS(), replace=True)
    print(f"  FTS index {time.perf_counter() - t:.1f} s", file=sys.stderr)
    t = time.perf_counter()
    kwargs = {"index_type": index_type} if index_type else {}
    built = indexing.ensure_indexes(table, **kwargs)
    print(f"  {', '.join(built) or 'no other index'}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
    facets = {
        "brands": brands,
        "categories": sorted(CATEGORIES),
        "attributes": {"material": sorted(MATERIALS)},
        "options": {"color": sorted(COLORS), "size": SIZES},
    }
    (root / "facets.json").write_text(json.dumps(facets), encoding="utf-8")
    _write_terms(root)
    manifest = {
        "version": VERSION,
        "created_at": time.time(),
        "source": f"bench/synth_catalog.py n={n} seed={seed}",
        "embedder": ProjectionEmbedder.identity,
        "dim": DIM,
        "products": n,
    }
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with state.tx() as conn:
        state.set_meta(conn, "catalog_version", VERSION)
    state.close()
    print(f"synth-{n}: built in {time.perf_counter() - started:.0f} s at {home}", file=sys.stderr)
    return home


def _write_terms(root: Path) -> int:
    """The catalog's word list, as an import writes it, from the search texts in products.parquet."""
    import pyarrow.parquet as pq

    from shopagent.catalog.store import write_terms

    batches = pq.ParquetFile(root / "products.parquet").iter_batches(columns=["search_text"])
    return write_terms(root, (text for batch in batches for text in batch.column(0).to_pylist()))


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate synthetic catalogs for bench/latency.py.")
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--index-type", choices=["IVF_PQ", "IVF_HNSW_SQ"], default=None)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args()
    for n in args.sizes:
        print(generate(n, index_type=args.index_type, force=args.force))


if __name__ == "__main__":
    main()
