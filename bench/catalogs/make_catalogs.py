#!/usr/bin/env python3
# ruff: noqa: E501  (data tables: product and query lists read best one entry per line)
"""Evaluation catalogs for shopagent search that look nothing like the sample catalog.

Standard library only, fixed seeds, deterministic output. Writes, next to this script:

    NAME/products.jsonl   the catalog in the import format (docs/catalog.md)
    NAME/truth.jsonl      hidden ground truth per product (type, gender, colours, brand, price, ...)
    NAME/queries.jsonl    queries with graded judgments computed from truth + each query's intent
    translated.jsonl      the same request in en/es/de/zh, with judgments on its catalog

Catalogs: gadgets_inr (Indian electronics store, INR, flat slugs, no attributes),
moda_es (Spanish-language fashion, MXN, gender matters), haushalt_de (German home & kitchen, EUR,
variants), grocery_mixed (Tokyo import supermarket, JPY, short mixed-language titles, sizes).

Grades (never hand-picked ids; computed from truth records and the query intent):
    0  breaks a stated price bound or a stated exclusion ("not Samsung", "que no sea blanca"), or is
       made for another gender than the one asked for (men's vs women's, adults' vs children's)
    3  its type is one asked for and it meets every stated requirement (gender, colour, brand,
       size, feature, the device it fits); a product with no gender (or unisex) counts as one miss
       on a gendered request
    2  type asked for, misses exactly one requirement
    1  type asked for and misses more than one; or a related type that misses nothing
    absent (0) anything else

Truth records are for judging only; search code must never read them.

    /usr/bin/python3 bench/catalogs/make_catalogs.py        # rewrite everything in this folder
    /usr/bin/python3 bench/catalogs/make_catalogs.py --out DIR
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = (
    "descriptive",
    "brand",
    "price",
    "typo",
    "other_language",
    "negation",
    "accessory",
    "gender",
    "short",
    "no_answer",
)
HELDOUT_SHARE = 0.4


# -- helpers ----------------------------------------------------------------------------------------


def nice_inr(r: random.Random, lo: float, hi: float) -> int:
    """An Indian retail price: 499, 1,299, 13,999, 24,990 ..."""
    v = r.uniform(lo, hi)
    if v < 1000:
        return max(199, int(v / 100) * 100 + r.choice([49, 99, 99, 99]))
    if v < 10000:
        return int(v / 100) * 100 + r.choice([99, 99, 99, 49, 90])
    return int(v / 1000) * 1000 + r.choice([999, 999, 990, 499])


def nice_mxn(r: random.Random, lo: float, hi: float) -> float:
    v = r.uniform(lo, hi)
    if v < 1000:
        return float(int(v / 10) * 10 + r.choice([9, 9, 0, 9]))
    return float(int(v / 100) * 100 + r.choice([99, 99, 49, 90]))


def nice_eur(r: random.Random, lo: float, hi: float) -> float:
    v = r.uniform(lo, hi)
    if v < 20:
        return round(int(v) + r.choice([0.49, 0.95, 0.99, 0.99, 0.79]), 2)
    if v < 200:
        return round(int(v) + r.choice([0.99, 0.99, 0.95, 0.9, 0.0]), 2)
    return round(int(v / 10) * 10 + r.choice([9.99, 9.0, 4.99, 9.95]), 2)


def nice_jpy(r: random.Random, lo: float, hi: float) -> int:
    v = r.uniform(lo, hi)
    if v < 1000:
        return int(v / 10) * 10 + r.choice([8, 8, 0, 5])
    return int(v / 100) * 100 + r.choice([80, 80, 0, 50])


def grade(t: dict, it: dict) -> int:
    """Grade one product's truth record against one query intent (see module docstring)."""
    if "maxp" in it and t["price_min"] > it["maxp"]:
        return 0
    if "minp" in it and t["price_max"] < it["minp"]:
        return 0
    if t["brand"] in it.get("xb", ()):
        return 0
    if it.get("xc") and t["colours"] and all(c in it["xc"] for c in t["colours"]):
        return 0
    misses = 0
    if it.get("g"):
        gm = gender_miss(t.get("gender"), it["g"])
        if gm == 2:
            return 0  # made for another gender (or adults vs children): not a substitute
        misses += gm
    if it.get("c"):
        misses += 0 if it["c"] in t["colours"] else 1
    if it.get("b"):
        misses += 0 if t["brand"] in it["b"] else 1
    if it.get("size"):
        misses += 0 if t.get("size") == it["size"] else 1
    for f in it.get("f", ()):
        misses += 0 if f in t.get("features", ()) else 1
    if it.get("fits"):
        misses += 0 if t.get("fits") == it["fits"] else 1
    types = it.get("t")
    if types is None:
        return 3 if misses == 0 else 0  # a bare brand (or colour) query asks for nothing else
    if t["type"] in types:
        return 3 if misses == 0 else 2 if misses == 1 else 1
    if t["type"] in it.get("rel", ()):
        return 1 if misses == 0 else 0
    return 0


def gender_miss(pg: str | None, want: str) -> int:
    """0 when the product is for the asked gender, 1 when it is neutral, 2 when it is for another."""
    if pg == want:
        return 0
    kids = ("boys", "girls", "kids")
    if want == "kids" and pg in kids:
        return 0
    if want in ("boys", "girls") and pg == "kids":
        return 0
    if pg is None or (pg == "unisex" and want in ("men", "women")):
        return 1
    return 2


def judge(truth: list[dict], it: dict) -> dict[str, int]:
    out = {}
    for t in truth:
        g = grade(t, it)
        if g:
            out[t["id"]] = g
    return out


TYPO_NEIGHBOURS = {
    "a": "sq",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "y": "tu",
    "z": "x",
}


def make_typo(r: random.Random, q: str) -> str:
    words = q.split()
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cands:
        cands = [i for i, w in enumerate(words) if len(w) >= 4]
    if not cands:
        return q
    i = r.choice(cands)
    w = words[i]
    op = r.choice(["swap", "drop", "double", "neighbour"])
    j = r.randrange(1, len(w) - 1)
    if op == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op == "drop":
        w = w[:j] + w[j + 1 :]
    elif op == "double":
        w = w[:j] + w[j] + w[j:]
    else:
        ch = w[j].lower()
        w = w[:j] + r.choice(TYPO_NEIGHBOURS.get(ch, ch)) + w[j + 1 :]
    words[i] = w
    out = " ".join(words)
    return out if out != q else q[:-1]


class Catalog:
    def __init__(self, name: str, currency: str, seed: int):
        self.name, self.currency = name, currency
        self.r = random.Random(seed)
        self.products: list[dict] = []
        self.truth: list[dict] = []
        self.queries: list[dict] = []
        self.dropped: list[str] = []
        self._n = 0

    def next_id(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n:04d}"

    def add(self, prod: dict, truth: dict) -> None:
        if "variants" in prod:
            prices = [v["price"] for v in prod["variants"] if "price" in v] or [prod["price"]]
        else:
            prices = [prod["price"]]
        truth = dict(truth)
        truth["id"] = prod["id"]
        truth.setdefault("colours", [])
        truth["price_min"], truth["price_max"] = min(prices), max(prices)
        truth["currency"] = self.currency
        self.products.append(prod)
        self.truth.append({"id": truth.pop("id"), **truth})

    def q(self, kind: str, text: str, it: dict) -> None:
        j = judge(self.truth, it)
        if kind != "no_answer" and not any(g == 3 for g in j.values()):
            self.dropped.append(f"{kind}: {text}")
            return
        if kind == "no_answer" and any(g == 3 for g in j.values()):
            self.dropped.append(f"no_answer with answers: {text}")
            return
        if any(x["query"].lower() == text.lower() for x in self.queries):
            return
        self.queries.append(
            {
                "id": "",
                "query": text,
                "kind": kind,
                "split": "",
                "judgments": j,
                "intent": {k: (sorted(v) if isinstance(v, (set, tuple)) else v) for k, v in it.items()},
            }
        )

    def finish(self, prefix: str) -> None:
        r = random.Random(f"split-{self.name}")
        for k in KINDS:
            idx = [i for i, x in enumerate(self.queries) if x["kind"] == k]
            r.shuffle(idx)
            n_held = round(len(idx) * HELDOUT_SHARE)
            for n, i in enumerate(idx):
                self.queries[i]["split"] = "heldout" if n < n_held else "dev"
        for n, x in enumerate(self.queries, 1):
            x["id"] = f"{prefix}{n:03d}"


# == gadgets_inr ===================================================================================
# An Indian electronics + accessories marketplace export: flat slug categories, long keyword-stuffed
# titles, short or missing descriptions, no attributes, INR, brand spelled the way sellers spell it.

PHONE_COL = [
    ("Midnight Blue", "blue"),
    ("Cosmic Black", "black"),
    ("Awesome Lilac", "purple"),
    ("Glacier White", "white"),
    ("Forest Green", "green"),
    ("Silver Shadow", "silver"),
    ("Sunrise Gold", "gold"),
    ("Pastel Pink", "pink"),
    ("Graphite", "grey"),
    ("Jade Green", "green"),
    ("Titan Grey", "grey"),
    ("Black", "black"),
    ("Blue", "blue"),
]
AUDIO_COL = [
    ("Active Black", "black"),
    ("Bold Black", "black"),
    ("Carbon Black", "black"),
    ("Ocean Blue", "blue"),
    ("Snow White", "white"),
    ("Cherry Blossom", "pink"),
    ("Mint Green", "green"),
    ("Raging Red", "red"),
    ("Cool Grey", "grey"),
    ("Black", "black"),
    ("White", "white"),
    ("Blue", "blue"),
    ("Jet Black", "black"),
]
WATCH_COL = [
    ("Jet Black", "black"),
    ("Rose Pink", "pink"),
    ("Silver Grey", "grey"),
    ("Olive Green", "green"),
    ("Deep Wine", "red"),
    ("Rose Gold", "gold"),
    ("Space Blue", "blue"),
    ("Black Strap", "black"),
]
CASE_COL = [
    ("Crystal Clear", "clear"),
    ("Matte Black", "black"),
    ("Navy Blue", "blue"),
    ("Red", "red"),
    ("Transparent", "clear"),
    ("Sky Blue", "blue"),
    ("Lavender", "purple"),
    ("Black", "black"),
    ("Brown", "brown"),
]
PLAIN_COL = [("Black", "black"), ("White", "white"), ("Grey", "grey"), ("Blue", "blue")]

# phone models: (brand shown, canonical brand, model, price lo, hi)
PHONES = [
    ("Samsung", "samsung", "Galaxy M14 5G", 10999, 13999),
    ("Samsung", "samsung", "Galaxy M34 5G", 15999, 18999),
    ("Samsung", "samsung", "Galaxy A15 5G", 17999, 20999),
    ("Samsung", "samsung", "Galaxy A35 5G", 30999, 33999),
    ("Samsung", "samsung", "Galaxy S23 FE", 39999, 54999),
    ("Samsung", "samsung", "Galaxy F15 5G", 11999, 13999),
    ("Redmi", "xiaomi", "Redmi Note 13 5G", 16999, 19999),
    ("Redmi", "xiaomi", "Redmi 13C", 7999, 9999),
    ("Xiaomi", "xiaomi", "Redmi 12 5G", 11999, 13999),
    ("Xiaomi", "xiaomi", "Xiaomi 14", 69999, 79999),
    ("realme", "realme", "narzo 60x 5G", 11999, 13999),
    ("realme", "realme", "realme 12 Pro+ 5G", 29999, 33999),
    ("Realme", "realme", "realme C53", 9499, 10999),
    ("realme", "realme", "narzo N55", 8999, 10999),
    ("OnePlus", "oneplus", "Nord CE 3 Lite 5G", 17999, 19999),
    ("OnePlus", "oneplus", "Nord CE4", 24999, 26999),
    ("OnePlus", "oneplus", "OnePlus 12R", 39999, 45999),
    ("Apple", "apple", "iPhone 13", 52999, 59900),
    ("Apple", "apple", "iPhone 15", 69900, 79900),
    ("Apple", "apple", "iPhone 15 Plus", 79900, 89900),
    ("vivo", "vivo", "vivo T2x 5G", 11999, 13999),
    ("Vivo", "vivo", "vivo Y28 5G", 13999, 15999),
    ("iQOO", "iqoo", "iQOO Z7s 5G", 17999, 19999),
    ("iQOO", "iqoo", "iQOO Neo 9 Pro", 35999, 37999),
    ("Motorola", "motorola", "moto g54 5G", 13999, 15999),
    ("Motorola", "motorola", "motorola edge 40 neo", 22999, 25999),
    ("POCO", "poco", "POCO X6 Pro 5G", 22999, 26999),
    ("POCO", "poco", "POCO C65", 6999, 8499),
]
CASE_FOR = [
    ("iPhone 15", "apple"),
    ("iPhone 13", "apple"),
    ("iPhone 14", "apple"),
    ("Samsung Galaxy M34 5G", "samsung"),
    ("Samsung Galaxy A35 5G", "samsung"),
    ("Samsung Galaxy S23 FE", "samsung"),
    ("Redmi Note 13 5G", "xiaomi"),
    ("Redmi 13C", "xiaomi"),
    ("realme narzo 60x 5G", "realme"),
    ("OnePlus Nord CE 3 Lite 5G", "oneplus"),
    ("vivo T2x 5G", "vivo"),
    ("iQOO Z7s 5G", "iqoo"),
    ("moto g54 5G", "motorola"),
    ("POCO X6 Pro 5G", "poco"),
]

GADGET_DESC = {
    "smartphone": [
        "{ram}GB RAM | {sto}GB ROM | Expandable Upto 1TB. 50MP Main Camera. 5000 mAh battery.",
        "Segment's best display. 120Hz refresh rate. In-box: handset, USB cable, SIM ejector.",
        "Octa-core processor, 6.6 inch FHD+ display, 5000mAh battery with fast charging.",
    ],
    "laptop": [
        "Thin and light design. Backlit keyboard. 1 year onsite warranty.",
        "Pre-loaded Windows 11 Home with lifetime validity, MS Office Home & Student 2021.",
    ],
    "tablet": ["Wi-Fi only. Dolby Atmos quad speakers.", "Includes S Pen in the box."],
    "smartwatch": [
        "Bluetooth calling, 100+ sports modes, SpO2 & heart rate monitoring.",
        '1.96" AMOLED display, 7 days battery, IP68.',
        "Functional crown, AI voice assistant.",
    ],
    "fitness band": ["Tracks steps, sleep and heart rate. 14 day battery.", "5 ATM water resistant."],
    "tws earbuds": [
        "Upto 40 hours playback. ENx noise cancellation for calls. Type-C charging.",
        "Bluetooth v5.3, low latency gaming mode, IPX4 sweat resistance.",
        "13mm drivers for deep bass. Instant connect.",
    ],
    "neckband earphones": [
        "Magnetic earbuds, 30 hours playback, fast charge 10 min = 10 hours.",
        "Dual pairing, ENC mic for clear calls.",
    ],
    "wired earphones": ["3.5mm jack, in-line mic, tangle free cable.", "Type-C connector. Deep bass."],
    "headphones": [
        "Over-ear, foldable, 40mm drivers. Upto 60H battery.",
        "Industry leading noise cancellation.",
    ],
    "gaming headset": [
        "Over-ear gaming headset with boom mic, RGB lights, 50mm drivers.",
        "7.1 virtual surround, works with PC, PS5 and mobile.",
    ],
    "bluetooth speaker": [
        "Portable wireless speaker, IPX7 waterproof, 12 hours playtime.",
        "TWS pairing, RGB lights, 10W output.",
    ],
    "soundbar": [
        "2.1 channel soundbar with wired subwoofer. HDMI ARC, Optical, Bluetooth.",
        "Dolby Audio. Wall mountable.",
    ],
    "charger": [
        "Fast charging wall adapter. BIS certified.",
        "Cable not included.",
        "Supports PD 3.0 and QC 3.0. Charges phones, tablets and earbuds.",
    ],
    "car charger": ["Dual port car charger with fast charging. Fits all 12V sockets."],
    "wireless charger": ["Qi certified wireless charging pad. Works with iPhone and Android."],
    "charging cable": [
        "1.5m braided cable, 3A fast charging and data sync.",
        "Nylon braided. 10000+ bends tested.",
    ],
    "power bank": [
        "Li-Polymer battery, triple output, 12 layer chip protection.",
        "Charge two devices together. Type-C input and output.",
    ],
    "phone case": ["Raised edges protect camera and screen. Precise cut-outs.", "Shockproof corners."],
    "screen protector": [
        "9H hardness, bubble free installation, edge to edge.",
        "Easy installation kit included.",
    ],
    "phone stand": ["Adjustable angle, anti-slip base. Compatible with all smartphones and tablets."],
    "selfie stick": ["Bluetooth remote, extendable to 1m, works as tripod."],
    "car phone holder": ["One touch lock, 360 degree rotation, dashboard & windshield mount."],
    "mouse": ["2.4GHz wireless, 1600 DPI, silent clicks.", "Plug and play, ambidextrous design."],
    "keyboard": [
        "Multi-device Bluetooth keyboard. Compact.",
        "Full size with numeric keypad, spill resistant.",
    ],
    "pendrive": ["USB 3.2 Gen 1, read speed up to 150MB/s.", "OTG pendrive for phones and laptops."],
    "memory card": ["Class 10, UHS-I, A1 rated. For phones, action cams and CCTV."],
    "laptop bag": [
        "Padded laptop compartment, water repellent fabric, 30L.",
        "Fits laptops up to 15.6 inch.",
    ],
}

GADGET_FEATS = {
    "gaming": ["Gaming", "RTX", "Mechanical"],
    "anc": ["Noise Cancelling", "ANC", "WH-1000XM5", "WF-1000XM5", "AirPods Pro", "Buds2 Pro", "WF-C700N"],
    "5g": ["5G"],
    "wireless": ["Wireless", "Bluetooth", "TWS"],
    "type-c": ["Type-C", "Type C", "USB-C"],
    "calling": ["Calling", "Call"],
}
EARBUD_FEATS = [
    "42H Playtime",
    "ENx Tech",
    "Low Latency Mode for Gaming",
    "IPX4 Water Resistance",
    "Quad Mic with ENC",
    "Instacharge",
    "Bluetooth v5.3",
    "Smooth Touch Controls",
    "ANC (Upto 32dB)",
    "13mm Drivers",
    "Dual Device Pairing",
    "Fast Charging",
]


def gadgets_inr() -> Catalog:
    c = Catalog("gadgets_inr", "INR", 14001)
    r = c.r

    def col(pool):
        return r.choice(pool)

    def emit(
        typ, cat, brand, bcanon, title, lo, hi, colour=None, gender=None, fits=None, desc_fmt=None, tags=None
    ):
        price = nice_inr(r, lo, hi)
        pid = c.next_id("GI-")
        prod = {
            "id": pid,
            "title": title,
            "price": price,
            "currency": "INR",
            "stock": 0 if r.random() < 0.07 else r.randint(1, 250),
        }
        d = desc_fmt if desc_fmt is not None else (r.choice(GADGET_DESC[typ]) if r.random() < 0.6 else None)
        if d:
            prod["description"] = d
        if brand and r.random() < 0.95:
            prod["brand"] = brand
        prod["category"] = cat
        if r.random() < 0.85:
            prod["rating"] = round(r.uniform(3.4, 4.6), 1)
            prod["review_count"] = r.choice([r.randint(3, 90), r.randint(100, 5000), r.randint(5000, 90000)])
        if tags:
            prod["tags"] = tags
        if r.random() < 0.2:
            prod["reviews"] = [
                {
                    "rating": r.choice([5, 4, 4, 3, 2]),
                    "title": r.choice(
                        ["Value for money", "Good product", "Not bad", "Worth it", "Average", "Awesome"]
                    ),
                    "text": r.choice(
                        [
                            "Sound is good but bass is less.",
                            "Battery backup is superb.",
                            "Delivered on time, working fine.",
                            "Build quality could be better.",
                            "Using for 2 months, no issues.",
                        ]
                    ),
                }
            ]
        feats = sorted(
            k for k, words in GADGET_FEATS.items() if any(w.lower() in title.lower() for w in words)
        )
        if typ == "charging cable" and ("Lightning" in title or "iPhone" in title):
            fits = "apple"
        c.add(
            prod,
            {
                "type": typ,
                "features": feats,
                "brand": bcanon,
                "colours": [colour] if colour else [],
                "gender": gender,
                "fits": fits,
                "category": cat,
            },
        )

    # smartphones
    for b, bc, model, lo, hi in PHONES:
        for _ in range(r.choice([1, 1, 2])):
            cn, cc = col(PHONE_COL)
            ram, sto = r.choice([(4, 64), (4, 128), (6, 128), (8, 128), (8, 256), (12, 256)])
            if bc == "apple":
                sto, ram = r.choice([128, 256]), None
            full = model if model.lower().startswith(b.lower()) or bc in ("xiaomi",) else f"{b} {model}"
            pat = r.randrange(3)
            if bc == "apple":
                title = f"Apple {model} ({sto} GB) - {cn}"
            elif pat == 0:
                title = f"{full} ({cn}, {ram}GB RAM, {sto}GB Storage) | {r.choice(['50MP AI Camera', 'Segment Best AMOLED', '5000mAh Battery', 'Dimensity 6100+', 'Snapdragon 7s Gen 2'])}"
            elif pat == 1:
                title = f"{full} ({cn}, {ram}GB, {sto}GB)"
            else:
                title = f"{full.upper() if r.random() < 0.3 else full} {ram}/{sto} GB {cn} Smartphone"
            emit(
                "smartphone",
                "smartphones",
                b,
                bc,
                title,
                lo,
                hi,
                cc,
                desc_fmt=(
                    r.choice(GADGET_DESC["smartphone"]).format(ram=ram, sto=sto) if r.random() < 0.5 else ""
                ),
            )
    # laptops
    LAPTOPS = [
        ("HP", "hp", "15s, 12th Gen Intel Core i3-1215U", 36990, 42990, "fq5111TU"),
        ("HP", "hp", "Victus Gaming Laptop AMD Ryzen 5 5600H, NVIDIA RTX 3050", 56990, 62990, "fb0147AX"),
        ("HP", "hp", "Pavilion x360 14, 13th Gen Intel Core i5-1335U", 68990, 74990, "ek1010TU"),
        ("Lenovo", "lenovo", "IdeaPad Slim 3 Intel Core i5 12th Gen", 49990, 55990, "82RK011HIN"),
        ("Lenovo", "lenovo", "V15 G4 AMD Ryzen 3 7320U", 27990, 31990, "82YU00W7IN"),
        ("Lenovo", "lenovo", "LOQ Intel Core i7-13650HX RTX 4060", 84990, 89999, "83DV00HQIN"),
        ("ASUS", "asus", "Vivobook 15, Intel Core i3-1215U", 33990, 37990, "X1502ZA-EJ382WS"),
        ("ASUS", "asus", "TUF Gaming F15, Intel Core i5-11400H, RTX 2050", 51990, 55990, "FX506HF-HN025W"),
        ("Dell", "dell", "Inspiron 3520 Laptop, Intel Core i5-1235U", 52990, 57990, "D560896WIN9S"),
        ("Dell", "dell", "Vostro 3420, 11th Gen i3-1115G4", 34990, 38990, "D552255WIN9"),
        ("Acer", "acer", "Aspire Lite AMD Ryzen 5 5500U", 31990, 35990, "AL15-41"),
        ("Acer", "acer", "Nitro V Gaming Laptop Intel Core i5-13420H RTX 4050", 69990, 74990, "ANV15-51"),
        ("Apple", "apple", "MacBook Air Laptop M1 chip, 13.3-inch Retina Display", 69990, 79990, "MGN63HN/A"),
    ]
    for b, bc, model, lo, hi, sku in LAPTOPS:
        for _ in range(r.choice([1, 2])):
            cn, cc = col(
                [
                    ("Natural Silver", "silver"),
                    ("Space Grey", "grey"),
                    ("Graphite Black", "black"),
                    ("Mica Silver", "silver"),
                    ("Arctic Grey", "grey"),
                ]
            )
            ram = r.choice([8, 16])
            if bc == "apple":
                title = f"Apple {model}; 8GB RAM, 256GB SSD; {cn}"
            elif r.random() < 0.5:
                title = f"{b} {model}, {ram}GB DDR4, 512GB SSD, 15.6-inch FHD, Windows 11, MS Office, {cn}, 1.{r.randint(5, 9)}kg, {sku}"
            else:
                title = f"{b} {model} ({ram}GB/512GB SSD/Win 11/MSO 2021/{cn}) {sku} Thin & Light Laptop"
            emit("laptop", "laptops", b, bc, title, lo, hi, cc)
    # tablets
    for b, bc, model, lo, hi in [
        ("Samsung", "samsung", "Galaxy Tab A9 Wi-Fi", 11999, 14999),
        ("Samsung", "samsung", "Galaxy Tab S9 FE 27.69 cm (10.9 inch) with S Pen", 36999, 44999),
        ("Lenovo", "lenovo", "Tab M10 (3rd Gen) 10.1 inch", 11999, 16999),
        ("Redmi", "xiaomi", "Redmi Pad SE 11 inch FHD+ 90Hz", 12999, 14999),
        ("realme", "realme", "realme Pad 2 Wi-Fi 11.5 inch", 17999, 19999),
        ("Apple", "apple", 'iPad (10th Generation): A14 Bionic, 27.69 cm (10.9")', 34900, 39900),
        ("OnePlus", "oneplus", "Pad Go 11.35 inch 2.4K Display", 19999, 21999),
    ]:
        cn, cc = col([("Gray", "grey"), ("Silver", "silver"), ("Blue", "blue"), ("Twin Mint", "green")])
        title = f"{'' if model.lower().startswith(('redmi', 'realme')) else b + ' '}{model}, {r.choice(['4GB RAM 64GB ROM', '8GB RAM, 128GB Storage', '6 GB/128 GB', 'Wi-Fi 64GB'])}, {cn}"
        emit("tablet", "tablets", b, bc, title, lo, hi, cc)
    # smartwatches (some gendered)
    WATCHES = [
        ("Noise", "noise", "ColorFit Pro 5", 3499, 4499, None),
        ("Noise", "noise", "Diva Smartwatch for Women with Diamond Cut Dial", 2999, 3999, "women"),
        ("boAt", "boat", "Wave Call 2", 1099, 1499, None),
        ("boAt", "boat", "Lunar Discovery Round Dial Smart Watch for Men", 2499, 2999, "men"),
        ("Fire-Boltt", "fire-boltt", "Ninja Call Pro Plus", 1099, 1399, None),
        (
            "Fire-Boltt",
            "fire-boltt",
            "Phoenix Ultra Luxury Stainless Steel Smart Watch for Men",
            1799,
            2299,
            "men",
        ),
        ("Amazfit", "amazfit", "Bip 5 Smart Watch", 6999, 7999, None),
        ("Amazfit", "amazfit", "GTR 4 Smart Watch", 14999, 16999, None),
        ("Samsung", "samsung", "Galaxy Watch6 Bluetooth (40mm)", 26999, 32999, None),
        ("Fastrack", "fastrack", "Reflex Play+ Smartwatch for Women", 2499, 2999, "women"),
        ("Fastrack", "fastrack", "Limitless FS1 Smart Watch", 1599, 1999, None),
        ("Titan", "titan", "Smart Pro Ladies Smartwatch, Rose Gold", 8995, 9995, "women"),
        ("Noise", "noise", "Halo Plus Elite Edition Smart Watch for Men", 4499, 4999, "men"),
        ("Apple", "apple", "Watch SE (2nd Gen) GPS 40mm", 29900, 32900, None),
    ]
    for b, bc, model, lo, hi, g in WATCHES:
        for _ in range(r.choice([1, 2, 2])):
            cn, cc = col(WATCH_COL)
            if "Rose Gold" in model:
                cn, cc = "Rose Gold", "gold"
            if r.random() < 0.5:
                disp = r.choice(
                    ["1.96 inch AMOLED Display", "Bluetooth Calling", '1.85" HD Display', "Metallic Build"]
                )
                title = f"{b} {model} with {disp}, {r.choice(['100+ Sports Modes', 'SpO2 & Heart Rate', '7 Days Battery'])} ({cn})"
            else:
                title = f"{b} {model} - {cn}"
            emit("smartwatch", "smartwatches", b, bc, title, lo, hi, cc, gender=g)
    for b, bc, model, lo, hi in [
        ("Xiaomi", "xiaomi", "Mi Smart Band 8 Active", 1999, 2499),
        ("Fitbit", "fitbit", "Inspire 3 Health & Fitness Tracker", 7999, 8999),
        ("Amazfit", "amazfit", 'Band 7 Fitness Tracker 1.47" AMOLED', 2999, 3499),
        ("HUAWEI", "huawei", "Band 8 Ultra-Thin Design", 3499, 3999),
    ]:
        cn, cc = col(WATCH_COL)
        emit("fitness band", "smartwatches", b, bc, f"{b} {model} ({cn})", lo, hi, cc)
    # earbuds
    BUDS = [
        ("boAt", "boat", "Airdopes 141", 999, 1299),
        ("boAt", "boat", "Airdopes 311 Pro", 1199, 1599),
        ("boAt", "boat", "Airdopes Atom 81", 899, 1199),
        ("Noise", "noise", "Buds VS104", 899, 1199),
        ("Noise", "noise", "Buds N1", 1099, 1399),
        ("Noise", "noise", "Air Buds Pro 3", 2499, 2999),
        ("realme", "realme", "Buds T300", 2099, 2499),
        ("realme", "realme", "Buds Air 5", 3499, 3999),
        ("OnePlus", "oneplus", "Nord Buds 2r", 1999, 2299),
        ("OnePlus", "oneplus", "Buds 3", 5499, 5999),
        ("Redmi", "xiaomi", "Buds 5", 2699, 2999),
        ("JBL", "jbl", "Wave Beam", 2999, 3499),
        ("JBL", "jbl", "Tune Flex", 4999, 5999),
        ("Boult", "boult", "Audio Z40", 999, 1299),
        ("Boult", "boult", "Audio Y1", 799, 999),
        ("Samsung", "samsung", "Galaxy Buds FE", 6999, 8999),
        ("Samsung", "samsung", "Galaxy Buds2 Pro", 11999, 14999),
        ("Sony", "sony", "WF-C700N", 7990, 8990),
        ("Sony", "sony", "WF-1000XM5", 19990, 24990),
        ("Apple", "apple", "AirPods Pro (2nd Generation) with MagSafe Case (USB‑C)", 20900, 24900),
    ]
    for b, bc, model, lo, hi in BUDS:
        for _ in range(r.choice([1, 1, 2])):
            cn, cc = col(AUDIO_COL)
            if bc == "apple":
                cn, cc = "White", "white"
                title = f"Apple {model}"
            else:
                noun = r.choice(
                    [
                        "Bluetooth TWS Earbuds",
                        "Truly Wireless in Ear Earbuds",
                        "TWS Earbuds",
                        "Wireless Earbuds",
                        "True Wireless Earbuds with Mic",
                        "in-Ear Bluetooth Earphones (TWS)",
                    ]
                )
                feats = ", ".join(r.sample(EARBUD_FEATS, r.randint(1, 4)))
                pat = r.randrange(3)
                if pat == 0:
                    title = f"{b} {model} {noun} with {feats} ({cn})"
                elif pat == 1:
                    title = f"{b} {model} {noun}, {cn}"
                else:
                    title = f"{model} by {b} | {noun} | {feats} | {cn}"
            emit(
                "tws earbuds",
                "earphones",
                b,
                bc,
                title,
                lo,
                hi,
                cc,
                tags=r.choice(
                    [None, ["tws", "bluetooth"], ["earbuds"], ["wireless", "earbuds", "bestseller"]]
                ),
            )
    for b, bc, model, lo, hi in [
        ("boAt", "boat", "Rockerz 255 Pro+", 999, 1299),
        ("OnePlus", "oneplus", "Bullets Z2", 1599, 1999),
        ("realme", "realme", "Buds Wireless 3", 1499, 1799),
        ("Boult", "boult", "Audio FCharge", 799, 999),
        ("Noise", "noise", "Tune Active Plus", 899, 1099),
        ("JBL", "jbl", "Tune 215BT", 2499, 2999),
    ]:
        for _ in range(2):
            cn, cc = col(AUDIO_COL)
            title = r.choice(
                [
                    f"{b} {model} Bluetooth in Ear Neckband with Mic, {r.choice(['60H Playback', 'ASAP Charge', 'ENx Tech'])} ({cn})",
                    f"{b} {model} Wireless in Ear Earphones with mic (Neckband) - {cn}",
                    f"{model} Bluetooth Neckband Earphones {b} {cn}",
                ]
            )
            emit("neckband earphones", "earphones", b, bc, title, lo, hi, cc)
    for b, bc, model, lo, hi in [
        ("boAt", "boat", "BassHeads 100", 349, 449),
        ("JBL", "jbl", "C100SI", 599, 799),
        ("Sony", "sony", "MDR-EX155AP", 999, 1299),
        ("Portronics", "portronics", "Conch 50", 249, 399),
        ("realme", "realme", "Buds 2", 499, 699),
    ]:
        for _ in range(2):
            cn, cc = col(PLAIN_COL)
            title = r.choice(
                [
                    f"{b} {model} in Ear Wired Earphones with Mic ({cn})",
                    f"{b} {model} Wired In Ear Headphones with Mic, {cn}",
                    f"{b} {model} Wired Earphones {r.choice(['3.5mm Jack', 'Type-C'])} - {cn}",
                ]
            )
            emit("wired earphones", "earphones", b, bc, title, lo, hi, cc)
    # headphones
    for b, bc, model, lo, hi in [
        ("Sony", "sony", "WH-1000XM5 Wireless Noise Cancelling Headphones", 26990, 29990),
        ("Sony", "sony", "WH-CH520 Wireless Bluetooth On Ear Headphones", 3990, 4490),
        ("boAt", "boat", "Rockerz 450 Bluetooth On Ear Headphones with Mic", 1299, 1799),
        ("JBL", "jbl", "Tune 510BT Wireless On Ear Headphones", 2999, 3999),
        ("ZEBRONICS", "zebronics", "Zeb-Thunder Bluetooth Wireless Over Ear Headphone", 699, 999),
        ("Noise", "noise", "Two Wireless On-Ear Headphones", 1299, 1599),
        ("Marshall", "marshall", "Major IV Bluetooth Headphone", 12999, 14999),
    ]:
        for _ in range(2):
            cn, cc = col(AUDIO_COL)
            emit(
                "headphones",
                "headphones",
                b,
                bc,
                f"{b} {model} ({cn})" if r.random() < 0.6 else f"{b} {model}, {cn}",
                lo,
                hi,
                cc,
            )
    for b, bc, model, lo, hi in [
        ("HyperX", "hyperx", "Cloud Stinger 2 - Gaming Headset, DTS Headphone:X", 3999, 4999),
        ("Redgear", "redgear", "Cosmo 7.1 Usb Gaming Wired Over Ear Headphones with Mic", 1499, 1899),
        ("Cosmic Byte", "cosmic byte", "GS410 Headphones with Mic and Flexible Mic", 899, 1099),
        ("boAt", "boat", "Immortal IM-200 Wired Gaming Headphones, RGB", 1099, 1399),
    ]:
        emit("gaming headset", "headphones", b, bc, f"{b} {model}", lo, hi, "black")
    # speakers
    for b, bc, model, lo, hi in [
        ("JBL", "jbl", "Flip 6 Wireless Portable Bluetooth Speaker Pro Sound, IP67", 9999, 11999),
        ("JBL", "jbl", "Go 3, Wireless Ultra Portable Bluetooth Speaker", 2999, 3499),
        ("boAt", "boat", "Stone 350 Bluetooth Speaker with 10W RMS Stereo Sound", 1499, 1999),
        ("boAt", "boat", "Stone 1200 14W Bluetooth Speaker", 3999, 4999),
        ("Mivi", "mivi", "Roam 2 Bluetooth 5W Portable Speaker", 1199, 1499),
        ("ZEBRONICS", "zebronics", "Zeb-County 3W Wireless Bluetooth Portable Speaker", 599, 799),
        ("Sony", "sony", "SRS-XB13 Extra BASS Wireless Portable Compact Speaker", 3490, 3990),
        ("Portronics", "portronics", "SoundDrum 1 10W TWS Portable Bluetooth Speaker", 1199, 1599),
        ("Marshall", "marshall", "Emberton II Portable Bluetooth Speaker", 14999, 16999),
    ]:
        for _ in range(r.choice([1, 2])):
            cn, cc = col(AUDIO_COL)
            emit("bluetooth speaker", "speakers", b, bc, f"{b} {model} ({cn})", lo, hi, cc)
    for b, bc, model, lo, hi in [
        ("boAt", "boat", "Aavante Bar 1160 60W Bluetooth Soundbar with 2.0 Channel", 2999, 3999),
        ("ZEBRONICS", "zebronics", "Zeb-Juke BAR 9500WS PRO Dolby 5.1 Soundbar with Subwoofer", 12999, 14999),
        ("Sony", "sony", "HT-S20R Real 5.1ch Dolby Digital Soundbar for TV", 13990, 15990),
        ("JBL", "jbl", "Cinema SB271, Dolby Digital Soundbar with Wireless Subwoofer", 15999, 17999),
        ("Mivi", "mivi", "Fort S100 Soundbar with 100W Surround Sound", 4999, 5999),
    ]:
        emit("soundbar", "speakers", b, bc, f"{b} {model}", lo, hi, "black")
    # chargers & cables (some are for a given phone brand)
    for b, bc, model, lo, hi, fits in [
        (
            "Samsung",
            "samsung",
            "Original 25W Single Port, Type-C Fast Charger (Cable not included), Black",
            1099,
            1499,
            "samsung",
        ),
        ("Apple", "apple", "20W USB-C Power Adapter", 1599, 1900, "apple"),
        ("Portronics", "portronics", "Adapto 20W Fast Charger with USB-C PD Output", 399, 599, None),
        ("Anker", "anker", "312 Charger (25W) PowerIQ 3.0 USB C Wall Charger", 999, 1299, None),
        (
            "Mi",
            "xiaomi",
            "Xiaomi 33W SonicCharge 2.0 Charger Combo (Type-C cable included)",
            799,
            999,
            "xiaomi",
        ),
        ("Ambrane", "ambrane", "65W GaN Fast Charger, 3 Ports (2 Type-C + 1 USB)", 1799, 2499, None),
        ("boAt", "boat", "WCD QC3.0 18W Wall Charger", 399, 499, None),
        ("Anker", "anker", "Nano 65W GaN Charger, 3 Port PPS Fast Charger", 2999, 3499, None),
        ("OnePlus", "oneplus", "SUPERVOOC 80W Power Adapter Type-A", 1799, 1999, "oneplus"),
    ]:
        for _ in range(r.choice([1, 2])):
            emit(
                "charger",
                "chargers",
                b,
                bc,
                r.choice([f"{b} {model}", f"{model} - {b}"]),
                lo,
                hi,
                "white" if r.random() < 0.5 else "black",
                fits=fits,
            )
    for b, bc, model, lo, hi in [
        ("Portronics", "portronics", "Car Power 1 Dual USB Car Charger 2.4A", 299, 399),
        ("Ambrane", "ambrane", "38W Fast Car Charger with PD & QC 3.0", 699, 899),
        ("Anker", "anker", "PowerDrive III Duo 48W Car Charger", 1199, 1299),
    ]:
        emit("car charger", "chargers", b, bc, f"{b} {model}", lo, hi, "black")
    for b, bc, model, lo, hi in [
        ("Samsung", "samsung", "15W Wireless Charger Pad EP-P2400", 2499, 2999),
        ("Portronics", "portronics", "Freedom Fold 3 in 1 Wireless Charging Station", 1999, 2499),
        ("Belkin", "belkin", "BoostCharge 15W Wireless Charging Pad", 2699, 3199),
    ]:
        emit("wireless charger", "chargers", b, bc, f"{b} {model}", lo, hi, "black")
    for b, bc, model, lo, hi in [
        (
            "boAt",
            "boat",
            "Type C A320 Tangle-free, Sturdy Type C Cable with 3A Fast Charging (1.5M)",
            199,
            299,
        ),
        ("Portronics", "portronics", "Konnect L 1.2M Fast Charging 3A 8 Pin USB Cable for iPhone", 199, 249),
        ("Ambrane", "ambrane", "60W / 3A Fast Charging Output Cable with Type-C to Type-C", 299, 399),
        ("Wayona", "wayona", "Nylon Braided USB to Lightning Fast Charging and Data Sync Cable", 299, 449),
        ("Amazon Basics", "amazon basics", "USB-C to USB-C 2.0 Charger Cable - 1.8m", 399, 549),
        ("Apple", "apple", "USB-C to Lightning Cable (1 m)", 1499, 1900),
    ]:
        for _ in range(r.choice([1, 2])):
            emit("charging cable", "cables", b, bc, f"{b} {model}", lo, hi, r.choice(["black", "white"]))
    # power banks
    for b, bc, model, lo, hi in [
        (
            "Mi",
            "xiaomi",
            "Power Bank 3i 20000mAh | 18W Fast PD Charging | Input- Type C and Micro USB",
            1799,
            2199,
        ),
        ("Ambrane", "ambrane", "10000mAh Slim Power Bank, 20W Fast Charging, Stylo 10K", 799, 999),
        ("Anker", "anker", "PowerCore 10000 PD Redux 25W Power Bank", 2499, 2999),
        (
            "URBN",
            "urbn",
            "20000 mAh Li-Polymer 22.5W Super Fast Charging Ultra Compact Power Bank",
            1299,
            1699,
        ),
        ("boAt", "boat", "EnergyShroom PB300 10000mAh Power Bank", 1099, 1399),
        ("realme", "realme", "10000mAh Power Bank 3i", 999, 1299),
        ("Portronics", "portronics", "Luxcell B 10K 10000 mAh 22.5W Fast Charging Power Bank", 899, 1099),
        ("Samsung", "samsung", "10000mAh 25W Battery Pack EB-P3400", 2499, 2999),
    ]:
        for _ in range(r.choice([1, 2])):
            cn, cc = col(PLAIN_COL)
            emit(
                "power bank",
                "power-banks",
                b,
                bc,
                f"{b} {model} ({cn})" if r.random() < 0.5 else f"{b} {model}, {cn}",
                lo,
                hi,
                cc,
            )
    # cases & screen guards: they name a phone, which must not make them "smartphones"
    for b, bc in [
        ("Spigen", "spigen"),
        ("Amazon Brand - Solimo", "solimo"),
        ("TheGiftKart", "thegiftkart"),
        ("CEDO", "cedo"),
        ("Spigen", "spigen"),
        ("Pikkme", "pikkme"),
        ("TheGiftKart", "thegiftkart"),
    ]:
        for phone, fits in r.sample(CASE_FOR, 4):
            cn, cc = col(CASE_COL)
            pat = r.randrange(4)
            if pat == 0:
                title = f"{b} Ultra Hybrid Back Cover Case for {phone} (TPU + Poly Carbonate | {cn})"
            elif pat == 1:
                title = f"{b} Silicone Back Cover for {phone} ({cn})"
            elif pat == 2:
                title = (
                    f"{b} Shockproof {cn} Back Cover Case for {phone} | 360 Degree Protection | Camera Bump"
                )
            else:
                title = f"{b} Flip Cover Compatible with {phone} | Leather Finish | Magnetic Closure | {cn}"
            emit(
                "phone case",
                "cases-covers",
                b.replace("Amazon Brand - ", ""),
                bc,
                title,
                199,
                1499,
                cc,
                fits=fits,
            )
    for b, bc in [
        ("Spigen", "spigen"),
        ("Amazon Basics", "amazon basics"),
        ("POPIO", "popio"),
        ("Tempered Glass", None),
    ]:
        for phone, fits in r.sample(CASE_FOR, 4):
            pat = r.randrange(3)
            if pat == 0:
                title = (
                    f"{b} GLAS.tR EZ FIT Tempered Glass Screen Protector for {phone}"
                    if bc == "spigen"
                    else f"{b} Tempered Glass Screen Protector for {phone}"
                )
            elif pat == 1:
                title = f"{b} Tempered Glass for {phone} (Pack of 2) with Installation Kit"
            else:
                title = f"Screen Guard Compatible for {phone} Edge to Edge Full Coverage - {b}"
            if bc is None:
                title = f"Tempered Glass Screen Guard for {phone} - 9H Hardness"
            emit(
                "screen protector",
                "screen-guards",
                b if bc else None,
                bc or "unbranded",
                title,
                199,
                899,
                None,
                fits=fits,
            )
    for typ, items in [
        (
            "phone stand",
            [
                ("Portronics", "portronics", "MoDesk Universal Mobile Holder Stand"),
                ("STRIFF", "striff", "Adjustable Mobile Phone Holder Stand for Desk"),
                ("boAt", "boat", "Foldable Aluminium Phone Stand"),
            ],
        ),
        (
            "selfie stick",
            [
                ("Mi", "xiaomi", "Selfie Stick Tripod with Bluetooth Remote"),
                ("Digitek", "digitek", "DTR 260 GT Gorilla Tripod/Mini 33 cm"),
                ("Amazon Basics", "amazon basics", "Bluetooth Extendable Selfie Stick"),
            ],
        ),
        (
            "car phone holder",
            [
                ("Portronics", "portronics", "Clamp X Car Phone Holder for Dashboard"),
                ("Spigen", "spigen", "OneTap Car Mount Holder Air Vent"),
            ],
        ),
    ]:
        for b, bc, model in items:
            emit(typ, "mobile-accessories", b, bc, f"{b} {model}", 249, 1999, "black")
    # computer accessories, storage, bags
    for b, bc, model, lo, hi in [
        ("Logitech", "logitech", "M235 Wireless Mouse", 699, 899),
        ("HP", "hp", "X200 Wireless Mouse", 499, 649),
        ("Dell", "dell", "MS116 Wired Optical Mouse", 299, 399),
        ("Portronics", "portronics", "Toad 23 Wireless Optical Mouse", 299, 399),
        ("Logitech", "logitech", "MX Master 3S Performance Wireless Mouse", 8995, 9995),
        ("ZEBRONICS", "zebronics", "Zeb-Transformer-M Gaming Mouse", 399, 599),
    ]:
        emit(
            "mouse",
            "computer-accessories",
            b,
            bc,
            f"{b} {model}" + r.choice(["", " (Black)", ", Grey"]),
            lo,
            hi,
            "black",
        )
    for b, bc, model, lo, hi in [
        ("Logitech", "logitech", "K380 Multi-Device Bluetooth Keyboard", 2495, 2995),
        ("ZEBRONICS", "zebronics", "Zeb-K20 Wired USB Keyboard", 249, 349),
        ("HP", "hp", "K500F Wired Gaming Keyboard with Backlit", 799, 999),
        ("Redgear", "redgear", "Shadow Blade Mechanical Keyboard", 1999, 2499),
        ("Logitech", "logitech", "MK215 Wireless Keyboard and Mouse Combo", 1195, 1495),
    ]:
        emit("keyboard", "computer-accessories", b, bc, f"{b} {model}", lo, hi, "black")
    for b, bc, model, lo, hi in [
        ("SanDisk", "sandisk", "Ultra Dual Drive Luxe Type C 64GB", 599, 799),
        ("HP", "hp", "v236w 32GB USB 2.0 Pen Drive", 249, 349),
        ("Kingston", "kingston", "DataTraveler Exodia 128GB USB 3.2", 749, 899),
        ("SanDisk", "sandisk", "Cruzer Blade 32GB USB Flash Drive", 249, 329),
    ]:
        emit("pendrive", "storage", b, bc, f"{b} {model}", lo, hi, None)
    for b, bc, model, lo, hi in [
        ("SanDisk", "sandisk", "Extreme microSDXC UHS-I Card 128GB", 1299, 1599),
        ("Samsung", "samsung", "EVO Plus 64GB microSDXC UHS-I U1", 549, 699),
        ("SanDisk", "sandisk", "Ultra microSD Card 256GB, 150MB/s", 1999, 2499),
    ]:
        emit("memory card", "storage", b, bc, f"{b} {model}", lo, hi, None)
    for b, bc, model, lo, hi in [
        ("American Tourister", "american tourister", "Valex 28 Ltrs Large Laptop Backpack", 1299, 1899),
        ("Wildcraft", "wildcraft", "Laptop Backpack 35L with Rain Cover", 1499, 2299),
        ("Safari", "safari", "Omega Spacious Laptop Backpack 30L", 899, 1299),
        ("Lenovo", "lenovo", '15.6" Laptop Shoulder Bag T210', 699, 999),
        ("Skybags", "skybags", "Brat Women's Laptop Backpack 22L", 1299, 1599),
    ]:
        cn, cc = col(PLAIN_COL)
        emit(
            "laptop bag",
            "laptop-bags",
            b,
            bc,
            f"{b} {model} ({cn})",
            lo,
            hi,
            cc,
            gender="women" if "Women" in model else None,
        )
    return c


# -- query helpers shared by the catalogs ---------------------------------------------------------


def round_bound(v: float) -> int:
    for limit, step in ((300, 50), (1000, 100), (5000, 500), (20000, 1000), (10**9, 5000)):
        if v < limit:
            return max(step, int(round(v / step)) * step)
    return int(v)


def type_prices(c: Catalog, types) -> list[float]:
    return sorted(t["price_min"] for t in c.truth if t["type"] in types)


def add_price_queries(c: Catalog, items, formats, rounder=round_bound) -> None:
    """items: (thing phrase, types, related). formats: callables (thing, lo, mid, hi) -> (text, bounds)."""
    for n, (thing, types, rel) in enumerate(items):
        ps = type_prices(c, types)
        if len(ps) < 3:
            continue
        lo, mid, hi = (rounder(ps[int(len(ps) * f)]) for f in (0.25, 0.5, 0.75))
        fmts = formats[n % len(formats) :] + formats[: n % len(formats)]
        for f in fmts[:2] if n % 3 else fmts[:1]:
            text, bounds = f(thing, lo, mid, hi)
            it = {"t": set(types), "rel": set(rel), **bounds}
            c.q("price", text, it)


def add_typo_queries(c: Catalog, base, n: int) -> None:
    r = random.Random(f"typo-{c.name}")
    for text, it in r.sample(base, min(n, len(base))):
        c.q("typo", make_typo(r, text), it)


# == gadgets_inr queries ===========================================================================

G_AUDIO = {"tws earbuds", "neckband earphones", "wired earphones", "headphones", "gaming headset"}
G_EAR = {"tws earbuds", "neckband earphones", "wired earphones"}
G_CHARGE = {"charger", "car charger", "wireless charger", "charging cable", "power bank"}


def gadgets_queries(c: Catalog) -> None:
    Q = c.q
    for text, it in [
        (
            "charger or earphones for my phone",
            {
                "t": {"charger", "wireless charger"} | G_EAR,
                "rel": {"charging cable", "power bank", "car charger"},
            },
        ),
        (
            "something to listen to music on the metro",
            {"t": G_EAR | {"headphones"}, "rel": {"bluetooth speaker"}},
        ),
        ("good phone for my mother with a big battery", {"t": {"smartphone"}}),
        ("laptop for college", {"t": {"laptop"}, "rel": {"tablet"}}),
        ("gaming laptop with RTX graphics", {"t": {"laptop"}, "f": ["gaming"]}),
        (
            "wireless earbuds with active noise cancellation",
            {"t": {"tws earbuds"}, "f": ["anc"], "rel": {"headphones"}},
        ),
        ("speaker for a house party", {"t": {"bluetooth speaker", "soundbar"}}),
        (
            "something to charge my phone while travelling",
            {"t": {"power bank", "car charger"}, "rel": {"charger", "charging cable"}},
        ),
        ("protect my phone screen from scratches", {"t": {"screen protector"}, "rel": {"phone case"}}),
        ("fitness tracker to count my steps", {"t": {"fitness band"}, "rel": {"smartwatch"}}),
        ("watch that can take calls", {"t": {"smartwatch"}, "f": ["calling"]}),
        ("tablet for online classes", {"t": {"tablet"}, "rel": {"laptop"}}),
        ("mouse and keyboard for work from home", {"t": {"mouse", "keyboard"}}),
        ("extra storage for photos", {"t": {"memory card", "pendrive"}}),
        ("headset with mic for gaming", {"t": {"gaming headset"}, "rel": {"headphones"}}),
        ("better sound for my TV", {"t": {"soundbar"}, "rel": {"bluetooth speaker"}}),
        ("over ear headphones with long battery", {"t": {"headphones"}, "rel": {"gaming headset"}}),
        ("waterproof portable speaker for trekking", {"t": {"bluetooth speaker"}}),
        ("a big power bank for 2 day trips", {"t": {"power bank"}}),
        ("earphones with wire and mic", {"t": {"wired earphones"}, "rel": {"gaming headset"}}),
        ("gift for a teenager who loves music", {"t": G_AUDIO | {"bluetooth speaker"}}),
        ("sports earphones that stay around the neck", {"t": {"neckband earphones"}, "rel": {"tws earbuds"}}),
        ("black tws earbuds", {"t": {"tws earbuds"}, "c": "black"}),
        ("blue smartphone with 5G", {"t": {"smartphone"}, "c": "blue", "f": ["5g"]}),
        ("white wired earphones", {"t": {"wired earphones"}, "c": "white"}),
        ("fast charging cable type c", {"t": {"charging cable"}, "f": ["type-c"], "rel": {"charger"}}),
        ("wireless charging pad", {"t": {"wireless charger"}, "rel": {"charger"}}),
    ]:
        Q("descriptive", text, it)
    for text, it in [
        ("case for my phone", {"t": {"phone case"}, "rel": {"screen protector"}}),
        (
            "cover for Samsung Galaxy M34 5G",
            {"t": {"phone case"}, "fits": "samsung", "rel": {"screen protector"}},
        ),
        ("iPhone 15 back cover", {"t": {"phone case"}, "fits": "apple"}),
        ("tempered glass for redmi note 13", {"t": {"screen protector"}, "fits": "xiaomi"}),
        (
            "charger for iPhone",
            {"t": {"charger"}, "fits": "apple", "rel": {"charging cable", "wireless charger"}},
        ),
        ("cable for iphone", {"t": {"charging cable"}, "fits": "apple", "rel": {"charger"}}),
        ("earphones for my phone", {"t": G_EAR}),
        ("stand for my phone", {"t": {"phone stand"}, "rel": {"car phone holder", "selfie stick"}}),
        ("phone holder for the car", {"t": {"car phone holder"}, "rel": {"phone stand", "car charger"}}),
        ("bag for my laptop", {"t": {"laptop bag"}}),
        ("mouse for laptop", {"t": {"mouse"}}),
        ("memory card for phone", {"t": {"memory card"}, "rel": {"pendrive"}}),
        ("screen guard for mobile", {"t": {"screen protector"}}),
        ("laptop accessories", {"t": {"mouse", "keyboard", "laptop bag"}, "rel": {"pendrive"}}),
        (
            "charger for samsung phone",
            {"t": {"charger"}, "fits": "samsung", "rel": {"charging cable", "wireless charger"}},
        ),
        (
            "mobile accessories for a new phone",
            {"t": {"phone case", "screen protector", "charger", "phone stand"}, "rel": G_CHARGE | G_EAR},
        ),
        ("tripod for phone videos", {"t": {"selfie stick"}, "rel": {"phone stand"}}),
    ]:
        Q("accessory", text, it)
    for text, it in [
        ("boAt", {"t": None, "b": ["boat"]}),
        ("Noise", {"t": None, "b": ["noise"]}),
        ("Samsung", {"t": None, "b": ["samsung"]}),
        ("Anker", {"t": None, "b": ["anker"]}),
        ("Portronics", {"t": None, "b": ["portronics"]}),
        ("realme", {"t": None, "b": ["realme"]}),
        ("boAt earbuds", {"t": {"tws earbuds"}, "b": ["boat"], "rel": G_EAR}),
        ("Noise smartwatch", {"t": {"smartwatch"}, "b": ["noise"]}),
        ("Samsung phone", {"t": {"smartphone"}, "b": ["samsung"]}),
        ("Mi power bank", {"t": {"power bank"}, "b": ["xiaomi"]}),
        ("realme phones", {"t": {"smartphone"}, "b": ["realme"]}),
        ("Anker charger", {"t": {"charger"}, "b": ["anker"], "rel": {"car charger"}}),
        ("Portronics speaker", {"t": {"bluetooth speaker"}, "b": ["portronics"]}),
        ("JBL headphones", {"t": {"headphones"}, "b": ["jbl"], "rel": G_EAR}),
        ("Sony earbuds", {"t": {"tws earbuds"}, "b": ["sony"]}),
        ("Spigen case", {"t": {"phone case"}, "b": ["spigen"]}),
        ("SanDisk pendrive", {"t": {"pendrive"}, "b": ["sandisk"]}),
        ("Logitech mouse", {"t": {"mouse"}, "b": ["logitech"]}),
        ("Lenovo laptop", {"t": {"laptop"}, "b": ["lenovo"]}),
        ("Redmi mobile", {"t": {"smartphone"}, "b": ["xiaomi"]}),
        ("OnePlus Nord", {"t": {"smartphone"}, "b": ["oneplus"]}),
        ("Fire-Boltt watch", {"t": {"smartwatch"}, "b": ["fire-boltt"]}),
        ("ZEBRONICS", {"t": None, "b": ["zebronics"]}),
        ("apple airpods", {"t": {"tws earbuds"}, "b": ["apple"]}),
    ]:
        Q("brand", text, it)
    fmts = [
        lambda t, lo, m, hi: (f"{t} under ₹{m:,}", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} below {m} rupees", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} less than Rs. {m}", {"maxp": m}),
        lambda t, lo, m, hi: (
            (f"best {t} within {m // 1000}k", {"maxp": m})
            if m % 1000 == 0 and m >= 1000
            else (f"best {t} within {m}", {"maxp": m})
        ),
        lambda t, lo, m, hi: (f"{t} under {m:,} INR", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} ₹{m} se kam", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} between ₹{lo:,} and ₹{hi:,}", {"minp": lo, "maxp": hi}),
        lambda t, lo, m, hi: (f"premium {t} above ₹{hi:,}", {"minp": hi}),
        lambda t, lo, m, hi: (f"{t} max Rs {m}/-", {"maxp": m}),
        lambda t, lo, m, hi: (f"budget {t} upto {m}", {"maxp": m}),
    ]
    add_price_queries(
        c,
        [
            ("earbuds", {"tws earbuds"}, G_EAR),
            ("smartwatch", {"smartwatch"}, {"fitness band"}),
            ("smartphone", {"smartphone"}, ()),
            ("power bank", {"power bank"}, ()),
            ("bluetooth speaker", {"bluetooth speaker"}, ()),
            ("laptop", {"laptop"}, ()),
            ("headphones", {"headphones"}, {"gaming headset"}),
            ("charger", {"charger"}, ()),
            ("phone cover", {"phone case"}, ()),
            ("neckband", {"neckband earphones"}, ()),
            ("5G mobile", {"smartphone"}, ()),
            ("tablet", {"tablet"}, ()),
            ("soundbar", {"soundbar"}, ()),
            ("mouse", {"mouse"}, ()),
        ],
        fmts,
    )
    for text, it in [
        ("earbuds but not boAt", {"t": {"tws earbuds"}, "xb": {"boat"}}),
        ("smartphone other than Samsung", {"t": {"smartphone"}, "xb": {"samsung"}}),
        ("power bank, not Mi", {"t": {"power bank"}, "xb": {"xiaomi"}}),
        ("smartwatch without Noise or boAt", {"t": {"smartwatch"}, "xb": {"noise", "boat"}}),
        ("phone case that is not transparent", {"t": {"phone case"}, "xc": {"clear"}}),
        ("laptop except HP", {"t": {"laptop"}, "xb": {"hp"}}),
        ("headphones, no Sony please", {"t": {"headphones"}, "xb": {"sony"}}),
        ("earbuds in any colour except black", {"t": {"tws earbuds"}, "xc": {"black"}}),
        ("non apple tablet", {"t": {"tablet"}, "xb": {"apple"}}),
    ]:
        Q("negation", text, it)
    for text, it in [
        ("smartwatch for women", {"t": {"smartwatch"}, "g": "women"}),
        ("smart watch for men", {"t": {"smartwatch"}, "g": "men"}),
        ("ladies watch", {"t": {"smartwatch", "fitness band"}, "g": "women"}),
        ("smartwatch gift for my girlfriend", {"t": {"smartwatch"}, "g": "women"}),
        ("laptop backpack for women", {"t": {"laptop bag"}, "g": "women"}),
        ("watch for dad", {"t": {"smartwatch"}, "g": "men"}),
        ("rose gold smartwatch for her", {"t": {"smartwatch"}, "g": "women", "c": "gold"}),
        ("men's smart watch with calling", {"t": {"smartwatch"}, "g": "men", "f": ["calling"]}),
    ]:
        Q("gender", text, it)
    for text, it in [
        ("earbuds", {"t": {"tws earbuds"}, "rel": G_EAR}),
        ("tws", {"t": {"tws earbuds"}}),
        ("powerbank", {"t": {"power bank"}}),
        ("tempered glass", {"t": {"screen protector"}}),
        ("type c cable", {"t": {"charging cable"}, "f": ["type-c"]}),
        ("neckband", {"t": {"neckband earphones"}}),
        ("smartwatch", {"t": {"smartwatch"}}),
        ("soundbar", {"t": {"soundbar"}}),
        ("pendrive", {"t": {"pendrive"}}),
        ("gaming mouse", {"t": {"mouse"}, "f": ["gaming"]}),
        ("5g mobile", {"t": {"smartphone"}, "f": ["5g"]}),
        ("macbook", {"t": {"laptop"}, "b": ["apple"]}),
        ("ipad", {"t": {"tablet"}, "b": ["apple"]}),
        ("back cover", {"t": {"phone case"}}),
        ("gan charger", {"t": {"charger"}}),
        ("microsd", {"t": {"memory card"}}),
    ]:
        Q("short", text, it)
    typo_base = [
        ("wireless earbuds", {"t": {"tws earbuds"}}),
        ("bluetooth speaker", {"t": {"bluetooth speaker"}}),
        ("smartwatch for women", {"t": {"smartwatch"}, "g": "women"}),
        ("samsung phone", {"t": {"smartphone"}, "b": ["samsung"]}),
        ("charger for iphone", {"t": {"charger"}, "fits": "apple", "rel": {"charging cable"}}),
        ("headphones with noise cancelling", {"t": {"headphones", "tws earbuds"}, "f": ["anc"]}),
        ("laptop backpack", {"t": {"laptop bag"}}),
        ("neckband earphones", {"t": {"neckband earphones"}}),
        ("memory card", {"t": {"memory card"}}),
        ("keyboard and mouse", {"t": {"keyboard", "mouse"}}),
        ("tempered glass", {"t": {"screen protector"}}),
        ("portronics charger", {"t": {"charger"}, "b": ["portronics"]}),
        ("gaming headset", {"t": {"gaming headset"}}),
        ("soundbar with subwoofer", {"t": {"soundbar"}}),
    ]
    for text, it in [
        ("earbudz", {"t": {"tws earbuds"}}),
        ("samsng galaxy phone", {"t": {"smartphone"}, "b": ["samsung"]}),
        ("chager for iphone", {"t": {"charger"}, "fits": "apple", "rel": {"charging cable"}}),
        ("blutooth speaker", {"t": {"bluetooth speaker"}}),
        ("headphons", {"t": {"headphones"}, "rel": G_EAR}),
        ("smartwach", {"t": {"smartwatch"}}),
        ("tempred glass for iphone 15", {"t": {"screen protector"}, "fits": "apple"}),
        ("nekband", {"t": {"neckband earphones"}}),
        ("power bnak 20000mah", {"t": {"power bank"}}),
        ("realmi phone", {"t": {"smartphone"}, "b": ["realme"]}),
        ("boat airdops", {"t": {"tws earbuds"}, "b": ["boat"]}),
    ]:
        Q("typo", text, it)
    add_typo_queries(c, typo_base, 12)
    for text, it in [
        ("फोन के लिए चार्जर", {"t": {"charger"}, "rel": {"charging cable", "power bank", "wireless charger"}}),
        ("ब्लूटूथ ईयरबड्स", {"t": {"tws earbuds"}, "rel": G_EAR}),
        ("mobile ke liye cover", {"t": {"phone case"}, "rel": {"screen protector"}}),
        ("sasta smartwatch ladkiyon ke liye", {"t": {"smartwatch"}, "g": "women"}),
        ("auriculares inalámbricos", {"t": {"tws earbuds", "neckband earphones"}, "rel": {"headphones"}}),
        ("funda para iPhone 15", {"t": {"phone case"}, "fits": "apple"}),
        ("cargador rápido para Samsung", {"t": {"charger"}, "fits": "samsung", "rel": {"charging cable"}}),
        ("Powerbank für das Handy", {"t": {"power bank"}}),
        ("Kopfhörer mit Geräuschunterdrückung", {"t": {"headphones", "tws earbuds"}, "f": ["anc"]}),
        ("Handyhülle", {"t": {"phone case"}}),
        ("智能手表", {"t": {"smartwatch"}, "rel": {"fitness band"}}),
        ("蓝牙音箱", {"t": {"bluetooth speaker"}}),
        ("笔记本电脑", {"t": {"laptop"}}),
        ("手机壳", {"t": {"phone case"}}),
        ("montre connectée pour femme", {"t": {"smartwatch"}, "g": "women"}),
        ("Laptop-Rucksack", {"t": {"laptop bag"}}),
        ("altavoz bluetooth portátil", {"t": {"bluetooth speaker"}}),
    ]:
        Q("other_language", text, it)
    for text in [
        "washing machine 7kg front load",
        "double door refrigerator",
        "DSLR camera with 18-55mm lens",
        "air conditioner 1.5 ton",
    ]:
        Q("no_answer", text, {"t": set()})


# == moda_es =======================================================================================
# A Mexican fashion shop: Spanish titles, MXN, "ropa-hombre/camisas"-style categories next to flat
# ones (calzado, accesorios), men's/women's/kids' items of the same type mixed together, sizes as
# variants, gender sometimes only in the category or the description.

ES_COL = {  # canonical: (masculine, feminine, code)
    "black": ("negro", "negra", "NEG"),
    "white": ("blanco", "blanca", "BLA"),
    "blue": ("azul", "azul", "AZU"),
    "navy": ("azul marino", "azul marino", "MAR"),
    "red": ("rojo", "roja", "ROJ"),
    "green": ("verde", "verde", "VER"),
    "grey": ("gris", "gris", "GRI"),
    "beige": ("beige", "beige", "BEI"),
    "pink": ("rosa", "rosa", "ROS"),
    "brown": ("café", "café", "CAF"),
    "yellow": ("amarillo", "amarilla", "AMA"),
    "purple": ("morado", "morada", "MOR"),
}


def es_colour(canon: str, g: str, plural: bool = False) -> str:
    m, f, _ = ES_COL[canon]
    w = f if g == "f" else m
    if plural and w not in ("rosa", "beige", "azul marino"):
        w = w + ("es" if w[-1] in "lsz" else "s")
    return w


def es_agree(noun: str, ng: str) -> tuple[str, bool]:
    """Grammatical gender and number of a noun phrase for colour agreement."""
    head = noun.split()[0].lower()
    plural = head.endswith("s") and head not in ("tenis",) or head in ("tenis", "jeans")
    g = "f" if ng == "f" else "m"
    if head in (
        "pantalón",
        "short",
        "traje",
        "vestido",
        "bikini",
        "hoodie",
        "polo",
        "zapato",
        "cinto",
        "saco",
        "suéter",
        "cárdigan",
        "bolso",
    ):
        g, plural = "m", False
    if head in (
        "playera",
        "camisa",
        "camiseta",
        "sudadera",
        "chamarra",
        "chaqueta",
        "blusa",
        "falda",
        "bermuda",
        "gorra",
        "corbata",
        "bolsa",
        "pijama",
    ):
        g, plural = "f", False
    if head == "paquete":
        g, plural = "m", False
    if head in ("calcetines", "mocasines", "zapatos", "botines", "huaraches", "tacones"):
        g = "m"
    if head in ("sandalias", "botas", "zapatillas", "calcetas"):
        g = "f"
    return g, plural


ES_GENDER = {
    "men": ["para Hombre", "Hombre", "Caballero", "de hombre"],
    "women": ["para Mujer", "Mujer", "Dama", "de mujer"],
    "boys": ["para Niño", "Niño", "Infantil niño"],
    "girls": ["para Niña", "Niña", "Infantil niña"],
    "unisex": ["Unisex", "unisex"],
}
ES_CAT_PREFIX = {
    "men": "ropa-hombre",
    "women": "ropa-mujer",
    "boys": "ropa-infantil",
    "girls": "ropa-infantil",
    "unisex": "ropa-unisex",
}

# type, nouns, grammatical gender (m/f/p), genders, category leaf (None: flat shared category), lo, hi,
# size scale, adjectives, colours
ES_TYPES = [
    (
        "formal shirt",
        ["Camisa formal", "Camisa de vestir", "Camisa"],
        "f",
        ["men", "men", "women"],
        "camisas",
        349,
        1299,
        "top",
        [
            "manga larga",
            "slim fit",
            "regular fit",
            "cuello italiano",
            "antiarrugas",
            "de algodón",
            "fácil planchado",
        ],
        ["white", "blue", "navy", "pink", "black", "grey"],
    ),
    (
        "casual shirt",
        ["Camisa casual", "Camisa de mezclilla", "Camisa Oxford", "Camisa a cuadros"],
        "f",
        ["men", "women", "boys"],
        "camisas",
        299,
        999,
        "top",
        ["manga corta", "manga larga", "de lino", "estampada", "relaxed fit"],
        ["blue", "white", "green", "red", "beige"],
    ),
    (
        "t-shirt",
        ["Playera", "Camiseta", "Playera básica"],
        "f",
        ["men", "women", "boys", "girls", "unisex"],
        "playeras",
        149,
        599,
        "top",
        ["cuello redondo", "cuello V", "estampada", "oversize", "de algodón", "manga corta"],
        ["white", "black", "grey", "navy", "red", "yellow", "pink", "green"],
    ),
    (
        "polo",
        ["Playera tipo polo", "Polo", "Playera polo"],
        "f",
        ["men", "men", "women", "boys"],
        "playeras",
        299,
        1199,
        "top",
        ["piqué", "slim fit", "con logo bordado", "manga corta"],
        ["navy", "white", "black", "red", "green"],
    ),
    (
        "blouse",
        ["Blusa", "Blusa de gasa", "Blusa campesina"],
        "f",
        ["women", "women", "girls"],
        "blusas",
        249,
        799,
        "top",
        ["manga 3/4", "con botones", "holgada", "cuello alto", "de satín", "con olanes"],
        ["white", "pink", "black", "beige", "red", "yellow"],
    ),
    (
        "dress",
        ["Vestido", "Vestido midi", "Vestido largo", "Vestido corto"],
        "m",
        ["women", "women", "girls"],
        "vestidos",
        399,
        1899,
        "top",
        ["de fiesta", "casual", "floreado", "de coctel", "con tirantes", "cruzado", "de punto"],
        ["black", "red", "navy", "green", "pink", "beige", "white", "yellow"],
    ),
    (
        "skirt",
        ["Falda", "Falda plisada", "Falda de mezclilla"],
        "f",
        ["women", "girls"],
        "faldas",
        299,
        899,
        "top",
        ["midi", "corta", "larga", "de tiro alto", "con abertura"],
        ["black", "beige", "blue", "red", "green"],
    ),
    (
        "jeans",
        ["Jeans", "Pantalón de mezclilla"],
        "p",
        ["men", "women", "boys", "girls"],
        "pantalones",
        499,
        1599,
        "waist",
        ["skinny", "slim fit", "recto", "mom fit", "bootcut", "de tiro alto", "stretch"],
        ["blue", "black", "grey"],
    ),
    (
        "dress trousers",
        ["Pantalón de vestir", "Pantalón formal", "Pantalón"],
        "m",
        ["men", "women"],
        "pantalones",
        499,
        1499,
        "waist",
        ["corte slim", "con pinzas", "de casimir", "antiarrugas", "palazzo"],
        ["black", "navy", "grey", "beige", "brown"],
    ),
    (
        "shorts",
        ["Short", "Bermuda", "Short de mezclilla"],
        "m",
        ["men", "women", "boys", "girls"],
        "shorts",
        199,
        699,
        "top",
        ["deportivo", "cargo", "de lino", "casual"],
        ["beige", "navy", "black", "blue", "green"],
    ),
    (
        "hoodie",
        ["Sudadera con capucha", "Sudadera", "Hoodie"],
        "f",
        ["men", "women", "boys", "girls", "unisex"],
        "sudaderas",
        399,
        1299,
        "top",
        ["afelpada", "con cierre", "oversize", "canguro", "básica"],
        ["grey", "black", "navy", "pink", "green", "beige"],
    ),
    (
        "jacket",
        ["Chamarra", "Chaqueta", "Chamarra acolchada", "Chamarra de mezclilla"],
        "f",
        ["men", "women", "boys", "girls"],
        "chamarras",
        699,
        2999,
        "top",
        ["impermeable", "de piel sintética", "tipo bomber", "rompevientos", "con gorro"],
        ["black", "navy", "green", "brown", "beige", "red"],
    ),
    (
        "sweater",
        ["Suéter", "Suéter tejido", "Cárdigan"],
        "m",
        ["men", "women"],
        "sueteres",
        399,
        1299,
        "top",
        ["cuello V", "cuello redondo", "de punto", "con botones"],
        ["grey", "navy", "beige", "black", "red", "brown"],
    ),
    (
        "suit",
        ["Traje", "Traje completo", "Saco de vestir"],
        "m",
        ["men"],
        "trajes",
        1999,
        5999,
        "top",
        ["slim fit", "dos botones", "de casimir", "corte italiano"],
        ["navy", "black", "grey"],
    ),
    (
        "pajamas",
        ["Pijama", "Pijama de dos piezas", "Conjunto de pijama"],
        "f",
        ["men", "women", "boys", "girls"],
        "pijamas",
        299,
        899,
        "top",
        ["de algodón", "de franela", "estampada", "manga larga"],
        ["navy", "pink", "grey", "red", "purple"],
    ),
    (
        "swimsuit",
        ["Traje de baño", "Bikini", "Traje de baño completo"],
        "m",
        ["women", "women", "girls"],
        "trajes-de-bano",
        299,
        999,
        "top",
        ["con copas", "de una pieza", "estampado", "tiro alto"],
        ["black", "red", "blue", "pink", "yellow"],
    ),
    (
        "swim trunks",
        ["Short de baño", "Traje de baño"],
        "m",
        ["men", "boys"],
        "trajes-de-bano",
        249,
        699,
        "top",
        ["secado rápido", "estampado", "con malla interior"],
        ["navy", "blue", "red", "green"],
    ),
    (
        "sneakers",
        ["Tenis", "Tenis deportivos", "Tenis casuales"],
        "p",
        ["men", "women", "boys", "girls", "unisex"],
        None,
        599,
        2999,
        "shoe",
        ["para correr", "de lona", "con plataforma", "urbanos", "ligeros"],
        ["white", "black", "grey", "navy", "pink"],
    ),
    (
        "dress shoes",
        ["Zapatos de vestir", "Zapato Oxford", "Zapatos formales", "Mocasines"],
        "p",
        ["men"],
        None,
        799,
        2499,
        "shoe",
        ["de piel", "con agujetas", "clásicos", "de charol"],
        ["black", "brown"],
    ),
    (
        "heels",
        ["Zapatillas de tacón", "Tacones", "Zapatillas"],
        "f",
        ["women"],
        None,
        499,
        1499,
        "shoe",
        ["de aguja", "tacón bajo", "de charol", "punta fina", "con pulsera"],
        ["black", "beige", "red", "pink"],
    ),
    (
        "sandals",
        ["Sandalias", "Sandalias de piso", "Huaraches"],
        "f",
        ["men", "women", "girls"],
        None,
        199,
        899,
        "shoe",
        ["de piel", "con plataforma", "planas", "artesanales"],
        ["brown", "black", "beige", "white"],
    ),
    (
        "boots",
        ["Botas", "Botines", "Botas vaqueras"],
        "f",
        ["men", "women"],
        None,
        899,
        2999,
        "shoe",
        ["de piel", "con tacón", "industriales", "de gamuza", "con cierre"],
        ["black", "brown", "beige"],
    ),
    (
        "handbag",
        ["Bolsa de mano", "Bolso", "Bolsa tote", "Bolsa crossbody"],
        "f",
        ["women"],
        None,
        399,
        1999,
        None,
        ["de piel sintética", "grande", "con asa", "con cadena"],
        ["black", "brown", "beige", "red", "pink"],
    ),
    (
        "belt",
        ["Cinturón", "Cinto", "Cinturón de piel"],
        "m",
        ["men", "women"],
        None,
        199,
        799,
        None,
        ["reversible", "con hebilla metálica", "casual", "de vestir"],
        ["black", "brown"],
    ),
    (
        "tie",
        ["Corbata", "Corbata slim"],
        "f",
        ["men"],
        None,
        199,
        599,
        None,
        ["de seda", "lisa", "a rayas", "con textura"],
        ["navy", "red", "black", "blue", "grey"],
    ),
    (
        "cap",
        ["Gorra", "Gorra beisbolera", "Gorra trucker"],
        "f",
        ["unisex", "men", "boys"],
        None,
        199,
        599,
        None,
        ["ajustable", "con visera curva", "bordada"],
        ["black", "navy", "white", "red", "beige"],
    ),
    (
        "socks",
        ["Calcetines", "Calcetas", "Paquete de calcetines"],
        "p",
        ["men", "women", "boys", "girls"],
        None,
        99,
        349,
        None,
        ["pack 3 pares", "tobilleros", "deportivos", "de algodón", "pack 6 pares"],
        ["white", "black", "grey"],
    ),
]
ES_BRANDS = {
    "men": [
        "Cuidado con el Perro",
        "Oggi Jeans",
        "Levi's",
        "Dockers",
        "Tommy Hilfiger",
        "Pull&Bear",
        "Zara",
        "Aldo Conti",
        "Emporium",
        "Calvin Klein",
        "Lacoste",
        "Springfield",
    ],
    "women": [
        "Zara",
        "Mango",
        "Bershka",
        "Stradivarius",
        "Shasa",
        "Levi's",
        "Pull&Bear",
        "Julio",
        "Oggi Jeans",
        "Cuidado con el Perro",
    ],
    "boys": ["Carter's", "OshKosh B'gosh", "Gap Kids", "Epk", "Levi's"],
    "girls": ["Carter's", "Epk", "Gap Kids", "Zara", "OshKosh B'gosh"],
    "unisex": ["Pull&Bear", "Bershka", "Cuidado con el Perro", "Nike", "Adidas"],
    "shoe": [
        "Flexi",
        "Andrea",
        "Nike",
        "Adidas",
        "Puma",
        "Vans",
        "Converse",
        "Quirelli",
        "Cklass",
        "Price Shoes",
        "Skechers",
    ],
    "acc": ["Guess", "Cloe", "Aldo Conti", "Tommy Hilfiger", "Westies", "Andrea", "New Era"],
    "sport": ["Nike", "Adidas", "Puma", "Under Armour"],
}
ES_TYPE_BRANDS = {
    "sneakers": ["Nike", "Adidas", "Puma", "Vans", "Converse", "Skechers", "Flexi"],
    "dress shoes": ["Flexi", "Quirelli", "Westies", "Price Shoes"],
    "heels": ["Andrea", "Cklass", "Westies", "Price Shoes"],
    "sandals": ["Andrea", "Cklass", "Flexi", "Price Shoes"],
    "boots": ["Flexi", "Andrea", "Quirelli", "Cklass", "Price Shoes"],
    "handbag": ["Guess", "Cloe", "Westies", "Andrea"],
    "belt": ["Aldo Conti", "Tommy Hilfiger", "Calvin Klein", "Guess"],
    "tie": ["Aldo Conti", "Tommy Hilfiger", "Calvin Klein"],
    "cap": ["New Era", "Nike", "Adidas", "Puma"],
    "socks": ["Nike", "Adidas", "Puma", "Calvin Klein", "Tommy Hilfiger"],
}
ES_SIZES = {
    "top": ["CH", "M", "G", "XG"],
    "waist": ["28", "30", "32", "34", "36"],
    "shoe": ["23", "24", "25", "26", "27", "28"],
    "kids": ["4", "6", "8", "10", "12"],
    "kidshoe": ["17", "18", "19", "20", "21"],
}
ES_OPEN = {
    "formal": [
        "Ideal para la oficina o una reunión importante.",
        "Corte clásico que luce bien con o sin saco.",
        "Un básico que no puede faltar en tu clóset.",
    ],
    "casual": [
        "Perfecta para el día a día.",
        "Diseño cómodo y moderno para cualquier ocasión.",
        "Combínala con tus jeans favoritos.",
        "Un básico que no puede faltar en tu clóset.",
    ],
    "warm": [
        "Te mantiene abrigado en los días fríos.",
        "Suave por dentro, ideal para el invierno.",
        "Capa perfecta para las mañanas frescas.",
    ],
    "summer": [
        "Fresca y ligera para la temporada de calor.",
        "Ideal para la playa o la alberca.",
        "Secado rápido.",
    ],
    "shoe": [
        "Plantilla acolchada para mayor comodidad.",
        "Suela antiderrapante.",
        "Diseño versátil para toda ocasión.",
        "Horma cómoda, te recomendamos pedir tu talla habitual.",
    ],
    "acc": [
        "El complemento perfecto para tu outfit.",
        "Un detalle que marca la diferencia.",
        "Ideal para regalo.",
    ],
    "sleep": ["Tela suave para dormir cómodo toda la noche.", "Conjunto de dos piezas."],
}
ES_GROUP = {
    "formal shirt": "formal",
    "dress trousers": "formal",
    "suit": "formal",
    "blouse": "formal",
    "dress": "casual",
    "jacket": "warm",
    "sweater": "warm",
    "hoodie": "warm",
    "shorts": "summer",
    "swimsuit": "summer",
    "swim trunks": "summer",
    "pajamas": "sleep",
    "sneakers": "shoe",
    "dress shoes": "shoe",
    "heels": "shoe",
    "sandals": "shoe",
    "boots": "shoe",
    "handbag": "acc",
    "belt": "acc",
    "tie": "acc",
    "cap": "acc",
    "socks": "acc",
}
ES_COMP = {
    "textile": [
        "Composición: 100% algodón.",
        "Composición: 65% poliéster, 35% algodón.",
        "Composición: 98% algodón, 2% elastano.",
        "Composición: 100% poliéster.",
    ],
    "leather": [
        "Material: piel sintética.",
        "Material exterior: piel genuina.",
        "Corte de piel, suela de hule.",
    ],
}
ES_CARE = ["Lavar a máquina con agua fría.", "No usar secadora.", "Planchar a temperatura media."]


def moda_es() -> Catalog:
    c = Catalog("moda_es", "MXN", 34002)
    r = c.r
    counts = {
        "formal shirt": 16,
        "casual shirt": 10,
        "t-shirt": 20,
        "polo": 10,
        "blouse": 12,
        "dress": 18,
        "skirt": 8,
        "jeans": 16,
        "dress trousers": 10,
        "shorts": 8,
        "hoodie": 12,
        "jacket": 12,
        "sweater": 8,
        "suit": 5,
        "pajamas": 8,
        "swimsuit": 7,
        "swim trunks": 5,
        "sneakers": 18,
        "dress shoes": 7,
        "heels": 8,
        "sandals": 9,
        "boots": 8,
        "handbag": 8,
        "belt": 7,
        "tie": 6,
        "cap": 5,
        "socks": 6,
    }
    for typ, nouns, ng, genders, leaf, lo, hi, scale, adjs, cols in ES_TYPES:
        for k in range(counts[typ]):
            g = genders[k % len(genders)] if k < len(genders) * 2 else r.choice(genders)
            kid = g in ("boys", "girls")
            if leaf is None:
                pool = ES_TYPE_BRANDS[typ]
                cat = "calzado" if scale == "shoe" else "accesorios"
            else:
                pool = (
                    ES_BRANDS["sport"]
                    if typ in ("hoodie", "t-shirt", "shorts") and r.random() < 0.25
                    else ES_BRANDS[g]
                )
                cat = f"{ES_CAT_PREFIX[g]}/{leaf}" if r.random() < 0.85 else ES_CAT_PREFIX[g]
            brand = r.choice(pool)
            noun = r.choice(nouns)
            adj = r.sample(adjs, r.choice([1, 1, 2]))
            multi = scale is not None and r.random() < 0.3
            colours = r.sample(cols, min(len(cols), r.choice([2, 3]))) if multi else [r.choice(cols)]
            gword = r.choice(ES_GENDER[g]) if r.random() < 0.8 else ""
            ag, pl = es_agree(noun, ng)
            colw = es_colour(colours[0], ag, pl)
            pat = r.randrange(5)
            code = f"{brand[:3].upper().replace(' ', '').replace('&', '')}-{r.randint(1000, 9999)}"
            cpart = "" if multi else colw
            if pat == 0:
                title = f"{noun} {' '.join(adj)} {gword} {brand} {cpart.capitalize()}"
            elif pat == 1:
                title = f"{brand} - {noun} {adj[0]}" + (f" {cpart}" if cpart else "")
            elif pat == 2:
                title = f"{noun} {gword} {cpart} {code}".upper()
            elif pat == 3:
                title = f"{noun} {adj[0]} {gword}" + (
                    f", color {es_colour(colours[0], 'm')}" if cpart else ""
                )
            else:
                title = f"{noun.title()} {adj[-1].title()} {gword.title()} {cpart.title()}"
            title = " ".join(title.replace(" ,", ",").split()).replace(" ,", ",").strip(" ,-")
            kprice = 0.6 if kid else 1.0
            price = nice_mxn(r, lo * kprice, hi * kprice)
            pid = c.next_id("MX-")
            prod = {"id": pid, "title": title, "currency": "MXN", "brand": brand, "category": cat}
            if r.random() < 0.7:
                grp = ES_GROUP.get(typ, "casual")
                leather = grp in ("shoe",) or typ in ("handbag", "belt")
                parts = [r.choice(ES_OPEN[grp])]
                if not gword and r.random() < 0.7:
                    parts.append(
                        {
                            "men": "Diseñado para hombre.",
                            "women": "Diseñado para mujer.",
                            "boys": "Para niño.",
                            "girls": "Para niña.",
                            "unisex": "Modelo unisex.",
                        }[g]
                    )
                if r.random() < 0.6:
                    parts.append(r.choice(ES_COMP["leather" if leather else "textile"]))
                if r.random() < 0.3 and not leather:
                    parts.append(r.choice(ES_CARE))
                if multi:
                    parts.append("Disponible en " + ", ".join(es_colour(x, "m") for x in colours) + ".")
                prod["description"] = " ".join(parts)
            elif multi:
                prod["description"] = "Colores: " + " / ".join(es_colour(x, "m") for x in colours)
            if scale is None:
                prod["price"] = price
                prod["stock"] = 0 if r.random() < 0.06 else r.randint(1, 60)
            else:
                sc = {"top": "kids", "waist": "kids", "shoe": "kidshoe"}[scale] if kid else scale
                sizes = ES_SIZES[sc]
                if scale == "shoe" and g == "women":
                    sizes = ["22", "23", "24", "25", "26"]
                vs = []
                for colr in colours:
                    for s in sizes:
                        v = {
                            "sku": f"{pid}-{ES_COL[colr][2]}-{s}",
                            "options": {"talla": s},
                            "stock": r.choice([0, 0, 1, 2, 3, 5, 8, 12]),
                        }
                        if multi:
                            v["options"]["color"] = es_colour(colr, "m").capitalize()
                        if s in ("XG", "36", "28") and r.random() < 0.4:
                            v["price"] = price + 50
                        else:
                            v["price"] = price
                        vs.append(v)
                prod["variants"] = vs
            if r.random() < 0.7:
                prod["rating"] = round(r.uniform(3.2, 5.0), 1)
                prod["review_count"] = r.randint(1, 400)
            if r.random() < 0.15:
                prod["reviews"] = [
                    {
                        "rating": r.choice([5, 4, 3, 2]),
                        "title": r.choice(
                            ["Muy bonita", "Talla chica", "Buena calidad", "Regular", "Me encantó"]
                        ),
                        "text": r.choice(
                            [
                                "La tela es suave y queda bien.",
                                "Pidan una talla más.",
                                "Llegó rápido, tal como en la foto.",
                                "El color es un poco diferente.",
                                "Excelente relación calidad-precio.",
                            ]
                        ),
                    }
                ]
            if r.random() < 0.3:
                prod["tags"] = r.sample(
                    ["nuevo", "temporada", "oferta", "basico", "tendencia", "hecho-en-mexico"], 2
                )
            c.add(
                prod, {"type": typ, "gender": g, "colours": colours, "brand": brand.lower(), "category": cat}
            )
    return c


def moda_queries(c: Catalog) -> None:
    Q = c.q
    SHIRTS = {"formal shirt", "casual shirt"}
    WARM = {"jacket", "sweater", "hoodie"}
    SHOES = {"sneakers", "dress shoes", "heels", "sandals", "boots"}
    for text, it in [
        (
            "camisa formal de manga larga para hombre",
            {"t": {"formal shirt"}, "g": "men", "rel": {"casual shirt"}},
        ),
        ("vestido para una boda", {"t": {"dress"}, "g": "women", "rel": {"skirt", "blouse"}}),
        ("algo abrigador para el frío", {"t": WARM}),
        ("zapatos para ir a la oficina", {"t": {"dress shoes", "heels"}, "rel": {"boots"}}),
        ("pantalón de mezclilla azul para mujer", {"t": {"jeans"}, "g": "women", "c": "blue"}),
        (
            "traje para entrevista de trabajo",
            {"t": {"suit"}, "rel": {"formal shirt", "dress trousers", "tie"}},
        ),
        ("ropa para la playa", {"t": {"swimsuit", "swim trunks"}, "rel": {"sandals", "shorts", "cap"}}),
        ("tenis blancos", {"t": {"sneakers"}, "c": "white"}),
        ("blusa elegante para la oficina", {"t": {"blouse"}, "g": "women", "rel": {"formal shirt"}}),
        ("chamarra negra de hombre", {"t": {"jacket"}, "g": "men", "c": "black"}),
        ("falda larga", {"t": {"skirt"}, "rel": {"dress"}}),
        ("sudadera con capucha gris", {"t": {"hoodie"}, "c": "grey"}),
        ("zapatos cómodos para caminar todo el día", {"t": {"sneakers"}, "rel": {"sandals", "boots"}}),
        ("camisa a cuadros", {"t": {"casual shirt"}, "rel": {"formal shirt"}}),
        ("playera básica blanca", {"t": {"t-shirt"}, "c": "white", "rel": {"polo"}}),
        ("botines de mujer", {"t": {"boots"}, "g": "women"}),
        ("vestido rojo", {"t": {"dress"}, "c": "red"}),
        ("short de baño para hombre", {"t": {"swim trunks"}, "g": "men", "rel": {"shorts"}}),
        (
            "algo fresco para el verano",
            {"t": {"shorts", "t-shirt", "sandals", "dress"}, "rel": {"blouse", "swimsuit", "swim trunks"}},
        ),
        ("ropa para dormir", {"t": {"pajamas"}}),
        ("pantalón formal negro", {"t": {"dress trousers"}, "c": "black", "rel": {"jeans"}}),
        ("camisa azul marino", {"t": SHIRTS, "c": "navy"}),
        ("suéter para la oficina", {"t": {"sweater"}, "rel": {"hoodie", "jacket"}}),
        ("zapatillas de tacón negras", {"t": {"heels"}, "c": "black"}),
        ("bolsa grande para el trabajo", {"t": {"handbag"}}),
    ]:
        Q("descriptive", text, it)
    for text, it in [
        ("camisa para mujer", {"t": SHIRTS, "g": "women", "rel": {"blouse"}}),
        ("playera de niño", {"t": {"t-shirt"}, "g": "boys", "rel": {"polo"}}),
        ("tenis para niña", {"t": {"sneakers"}, "g": "girls"}),
        ("jeans de hombre", {"t": {"jeans"}, "g": "men"}),
        ("sandalias de dama", {"t": {"sandals"}, "g": "women"}),
        ("pijama para caballero", {"t": {"pajamas"}, "g": "men"}),
        ("sudadera para niños", {"t": {"hoodie"}, "g": "kids"}),
        ("chamarra de mujer", {"t": {"jacket"}, "g": "women"}),
        ("traje de baño para niña", {"t": {"swimsuit"}, "g": "girls"}),
        ("botas para hombre", {"t": {"boots"}, "g": "men"}),
        ("polo para hombre", {"t": {"polo"}, "g": "men", "rel": {"t-shirt"}}),
        ("vestido de niña", {"t": {"dress"}, "g": "girls"}),
        ("camisa formal para hombre", {"t": {"formal shirt"}, "g": "men"}),
        ("ropa de niña", {"t": None, "g": "girls"}),
        ("pantalón de vestir para dama", {"t": {"dress trousers"}, "g": "women"}),
        ("playera mujer", {"t": {"t-shirt"}, "g": "women"}),
    ]:
        Q("gender", text, it)
    for text, it in [
        ("corbata para mi camisa", {"t": {"tie"}}),
        ("cinturón para mis jeans", {"t": {"belt"}}),
        ("calcetines para mis tenis", {"t": {"socks"}}),
        ("bolsa que combine con mi vestido", {"t": {"handbag"}}),
        ("zapatos para mi traje", {"t": {"dress shoes"}, "rel": {"boots"}}),
        ("gorra para el sol", {"t": {"cap"}}),
        ("accesorios para hombre", {"t": {"belt", "tie", "cap"}, "g": "men", "rel": {"socks"}}),
        ("algo para combinar con un vestido negro", {"t": {"heels", "handbag"}, "rel": {"sandals", "belt"}}),
        ("corbata roja para traje", {"t": {"tie"}, "c": "red"}),
        ("cinturón café para pantalón de vestir", {"t": {"belt"}, "c": "brown"}),
    ]:
        Q("accessory", text, it)
    for text, it in [
        ("Levi's", {"t": None, "b": ["levi's"]}),
        ("Zara", {"t": None, "b": ["zara"]}),
        ("Nike tenis", {"t": {"sneakers"}, "b": ["nike"]}),
        ("Adidas", {"t": None, "b": ["adidas"]}),
        ("Cuidado con el Perro", {"t": None, "b": ["cuidado con el perro"]}),
        ("zapatos Flexi", {"t": SHOES, "b": ["flexi"]}),
        ("Andrea", {"t": None, "b": ["andrea"]}),
        ("polo Tommy Hilfiger", {"t": {"polo"}, "b": ["tommy hilfiger"]}),
        ("vestido Mango", {"t": {"dress"}, "b": ["mango"]}),
        ("Oggi jeans", {"t": {"jeans"}, "b": ["oggi jeans"]}),
        ("Puma", {"t": None, "b": ["puma"]}),
        ("Carter's para bebé y niños", {"t": None, "b": ["carter's"]}),
        ("Bershka", {"t": None, "b": ["bershka"]}),
        ("pantalón Dockers", {"t": {"dress trousers", "jeans"}, "b": ["dockers"]}),
        ("Pull&Bear sudadera", {"t": {"hoodie"}, "b": ["pull&bear"]}),
        ("camisa Aldo Conti", {"t": SHIRTS, "b": ["aldo conti"]}),
        ("Calvin Klein", {"t": None, "b": ["calvin klein"]}),
        ("Skechers", {"t": None, "b": ["skechers"]}),
        ("bolsa Guess", {"t": {"handbag"}, "b": ["guess"]}),
        ("Converse", {"t": None, "b": ["converse"]}),
    ]:
        Q("brand", text, it)
    fmts = [
        lambda t, lo, m, hi: (f"{t} de menos de {m} pesos", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} por debajo de ${m} MXN", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} hasta {m:,} pesos", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} máximo ${m}", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} entre {lo} y {hi} pesos", {"minp": lo, "maxp": hi}),
        lambda t, lo, m, hi: (f"{t} barato, menos de ${m}", {"maxp": m}),
        lambda t, lo, m, hi: (
            (f"{t} de menos de mil pesos", {"maxp": 1000})
            if m <= 1000
            else (f"{t} de menos de {m // 1000} mil pesos", {"maxp": (m // 1000) * 1000})
        ),
        lambda t, lo, m, hi: (f"{t} de más de {hi} pesos", {"minp": hi}),
        lambda t, lo, m, hi: (f"{t} que cueste menos de {m}", {"maxp": m}),
    ]
    add_price_queries(
        c,
        [
            ("vestido", {"dress"}, ()),
            ("camisa formal", {"formal shirt"}, {"casual shirt"}),
            ("tenis", {"sneakers"}, ()),
            ("jeans", {"jeans"}, ()),
            ("chamarra", {"jacket"}, ()),
            ("blusa", {"blouse"}, ()),
            ("playera", {"t-shirt"}, {"polo"}),
            ("botas", {"boots"}, ()),
            ("sudadera", {"hoodie"}, ()),
            ("bolsa", {"handbag"}, ()),
            ("zapatillas", {"heels"}, ()),
            ("traje", {"suit"}, ()),
            ("pijama", {"pajamas"}, ()),
            ("falda", {"skirt"}, ()),
        ],
        fmts,
    )
    for text, it in [
        ("vestido que no sea negro", {"t": {"dress"}, "xc": {"black"}}),
        ("camisa formal pero no blanca", {"t": {"formal shirt"}, "xc": {"white"}}),
        ("tenis que no sean Nike", {"t": {"sneakers"}, "xb": {"nike"}}),
        ("jeans que no sean Levi's", {"t": {"jeans"}, "xb": {"levi's"}}),
        ("chamarra de hombre, no negra", {"t": {"jacket"}, "g": "men", "xc": {"black"}}),
        ("zapatillas sin tacón alto, no negras", {"t": {"heels"}, "xc": {"black"}}),
        ("sudadera excepto gris", {"t": {"hoodie"}, "xc": {"grey"}}),
        ("playera sin marca Nike ni Adidas", {"t": {"t-shirt"}, "xb": {"nike", "adidas"}}),
    ]:
        Q("negation", text, it)
    for text, it in [
        ("formal shirt for men", {"t": {"formal shirt"}, "g": "men", "rel": {"casual shirt"}}),
        ("red dress for women", {"t": {"dress"}, "g": "women", "c": "red"}),
        ("white sneakers", {"t": {"sneakers"}, "c": "white"}),
        ("women's jeans", {"t": {"jeans"}, "g": "women"}),
        ("boys t-shirt", {"t": {"t-shirt"}, "g": "boys"}),
        ("leather belt for men", {"t": {"belt"}, "g": "men"}),
        ("swimsuit for girls", {"t": {"swimsuit"}, "g": "girls"}),
        ("warm jacket for winter", {"t": {"jacket"}, "rel": {"sweater", "hoodie"}}),
        ("kids pajamas", {"t": {"pajamas"}, "g": "kids"}),
        ("silk tie", {"t": {"tie"}}),
        ("high heels", {"t": {"heels"}}),
        ("grey hoodie", {"t": {"hoodie"}, "c": "grey"}),
        ("Damen Kleid", {"t": {"dress"}, "g": "women"}),
        ("Herrenhemd", {"t": SHIRTS, "g": "men"}),
        ("Turnschuhe für Kinder", {"t": {"sneakers"}, "g": "kids"}),
        ("女士连衣裙", {"t": {"dress"}, "g": "women"}),
        ("男士衬衫", {"t": SHIRTS, "g": "men"}),
        ("chemise homme", {"t": SHIRTS, "g": "men"}),
        ("handbag for my wife", {"t": {"handbag"}, "g": "women"}),
    ]:
        Q("other_language", text, it)
    for text, it in [
        ("camisa", {"t": SHIRTS, "rel": {"blouse", "polo"}}),
        ("vestido", {"t": {"dress"}}),
        ("tenis", {"t": {"sneakers"}}),
        ("jeans", {"t": {"jeans"}}),
        ("falda", {"t": {"skirt"}}),
        ("sudadera", {"t": {"hoodie"}}),
        ("chamarra", {"t": {"jacket"}}),
        ("corbata", {"t": {"tie"}}),
        ("bolsa", {"t": {"handbag"}}),
        ("pijama", {"t": {"pajamas"}}),
        ("polo", {"t": {"polo"}}),
        ("botas", {"t": {"boots"}}),
        ("blusa", {"t": {"blouse"}}),
        ("cinto", {"t": {"belt"}}),
        ("huaraches", {"t": {"sandals"}}),
    ]:
        Q("short", text, it)
    for text, it in [
        ("camiza formal", {"t": {"formal shirt"}}),
        ("bestido rojo", {"t": {"dress"}, "c": "red"}),
        ("pantalon de bestir", {"t": {"dress trousers"}}),
        ("tennis nike", {"t": {"sneakers"}, "b": ["nike"]}),
        ("chamara de mujer", {"t": {"jacket"}, "g": "women"}),
        ("sudadra", {"t": {"hoodie"}}),
        ("blussa", {"t": {"blouse"}}),
        ("zapatos de bestir", {"t": {"dress shoes"}}),
        ("levis jeans", {"t": {"jeans"}, "b": ["levi's"]}),
        ("pijamma niña", {"t": {"pajamas"}, "g": "girls"}),
    ]:
        Q("typo", text, it)
    add_typo_queries(
        c,
        [
            ("camisa formal para hombre", {"t": {"formal shirt"}, "g": "men"}),
            ("vestido de fiesta", {"t": {"dress"}}),
            ("sandalias para mujer", {"t": {"sandals"}, "g": "women"}),
            ("chamarra impermeable", {"t": {"jacket"}}),
            ("cinturón de piel", {"t": {"belt"}}),
            ("zapatillas de tacón", {"t": {"heels"}}),
            ("traje de baño", {"t": {"swimsuit", "swim trunks"}}),
            ("calcetines deportivos", {"t": {"socks"}}),
            ("playera tipo polo", {"t": {"polo"}}),
            ("suéter tejido", {"t": {"sweater"}}),
        ],
        10,
    )
    for text in [
        "reloj inteligente",
        "perfume para hombre",
        "lentes de sol polarizados",
        "cobija matrimonial",
    ]:
        Q("no_answer", text, {"t": set()})


# == haushalt_de ===================================================================================
# A German home & kitchen shop: German titles in marketplace style ("[1,7l, 2400W]"), EUR with cents,
# categories "Küche > Kochgeschirr", "Bad", "Werkzeug", variants for sizes and colours, some with
# no description at all.

DE_COL = {
    "black": ["schwarz", "Schwarz", "mattschwarz"],
    "white": ["weiß", "Weiß", "cremeweiß"],
    "grey": ["grau", "anthrazit", "Grau", "steingrau"],
    "blue": ["blau", "dunkelblau", "petrol", "Navy"],
    "red": ["rot", "Rot", "bordeaux"],
    "green": ["grün", "salbei", "Olive"],
    "beige": ["beige", "sand", "creme"],
    "silver": ["Edelstahl", "Edelstahl gebürstet", "silber"],
    "pink": ["rosa", "altrosa"],
    "brown": ["braun", "taupe"],
}
DE_MODELS = [
    "Devil",
    "Profi",
    "Classic",
    "Adagio",
    "Elegance",
    "Samba",
    "Vario",
    "Compact",
    "Pure",
    "Style",
    "Lono",
    "Kult",
    "Excellence",
    "Select",
    "Premium",
    "Basic",
    "Nova",
    "Terra",
    "Fusion",
    "Ambient",
]
# type, category, nouns, lo, hi, brands, variants (None | "size:..." list), colour pool or None, genders, specs
DE_TYPES = [
    (
        "frying pan",
        "Küche > Kochgeschirr",
        ["Bratpfanne", "Pfanne", "Schmorpfanne", "Grillpfanne", "Wokpfanne"],
        14.99,
        89.99,
        ["WMF", "Fissler", "Tefal", "Rösle", "Woll", "GreenPan"],
        ("Durchmesser", ["20 cm", "24 cm", "28 cm"]),
        None,
        [None],
        [
            "beschichtet",
            "induktionsgeeignet",
            "antihaft",
            "backofenfest bis 250°C",
            "Aluguss",
            "Edelstahl",
            "PFAS-frei",
        ],
    ),
    (
        "pot set",
        "Küche > Kochgeschirr",
        ["Kochtopf-Set", "Topfset 5-teilig", "Kochtopf", "Suppentopf", "Topf-Set 4tlg."],
        29.99,
        249.0,
        ["WMF", "Fissler", "Tefal", "Silit", "Zwilling"],
        None,
        None,
        [None],
        ["mit Glasdeckel", "induktionsgeeignet", "Cromargan", "spülmaschinenfest", "Schüttrand"],
    ),
    (
        "kettle",
        "Küche",
        ["Wasserkocher", "Glas-Wasserkocher", "Edelstahl-Wasserkocher"],
        19.99,
        89.99,
        ["Russell Hobbs", "Bosch", "Severin", "WMF", "Braun", "Philips"],
        None,
        ["silver", "black", "white", "beige", "red"],
        [None],
        ["1,7l", "2400W", "1,5 Liter", "Schnellkochfunktion", "Temperatureinstellung", "Kalkfilter"],
    ),
    (
        "coffee maker",
        "Küche > Kaffee & Tee",
        ["Filterkaffeemaschine", "Kaffeemaschine", "Kaffeemaschine mit Thermokanne"],
        24.99,
        129.0,
        ["Melitta", "Philips", "Severin", "Russell Hobbs", "Krups"],
        None,
        ["black", "silver", "white"],
        [None],
        ["10 Tassen", "Glaskanne", "Timer", "Tropfstopp", "1,25 l"],
    ),
    (
        "espresso machine",
        "Küche > Kaffee & Tee",
        ["Kaffeevollautomat", "Siebträgermaschine", "Espressomaschine"],
        149.0,
        899.0,
        ["De'Longhi", "Siemens", "Melitta", "Krups", "Philips"],
        None,
        ["black", "silver"],
        [None],
        ["Milchaufschäumer", "15 bar", "Kegelmahlwerk", "One-Touch", "Display"],
    ),
    (
        "thermos jug",
        "Küche > Kaffee & Tee",
        ["Isolierkanne", "Thermoskanne", "Isolierflasche", "Teekanne isoliert"],
        14.99,
        49.99,
        ["Emsa", "WMF", "alfi", "Thermos", "Leifheit"],
        ("Farbe", None),
        ["black", "white", "silver", "blue", "red", "green"],
        [None],
        ["1,0 L", "1,5 Liter", "Quick Press Verschluss", "hält 12h heiß", "24h kalt", "Glaseinsatz"],
    ),
    (
        "travel mug",
        "Küche > Kaffee & Tee",
        ["Thermobecher", "Kaffeebecher to go", "Isolierbecher", "Trinkbecher"],
        9.99,
        34.99,
        ["Emsa", "Contigo", "Stanley", "WMF", "Rastal"],
        ("Farbe", None),
        ["black", "blue", "grey", "pink", "green", "silver"],
        [None],
        ["360 ml", "470 ml", "auslaufsicher", "spülmaschinenfest", "doppelwandig"],
    ),
    (
        "teapot",
        "Küche > Kaffee & Tee",
        ["Teekanne", "Teekanne mit Sieb", "Glas-Teekanne"],
        12.99,
        49.99,
        ["Bredemeijer", "Bodum", "Hario", "WMF"],
        None,
        ["white", "black", "green", "beige"],
        [None],
        ["1,2 l", "mit Edelstahlsieb", "Borosilikatglas"],
    ),
    (
        "kitchen knife",
        "Küche",
        ["Kochmesser", "Messerset", "Santokumesser", "Messerblock 6-teilig", "Brotmesser"],
        14.99,
        199.0,
        ["Zwilling", "WMF", "Victorinox", "Fiskars", "Güde"],
        None,
        None,
        [None],
        ["20 cm Klinge", "geschmiedet", "rostfrei", "Damaszener Optik", "mit Holzblock"],
    ),
    (
        "cutting board",
        "Küche",
        ["Schneidebrett", "Schneidebrett-Set", "Frühstücksbrett"],
        9.99,
        49.99,
        ["Continenta", "Rösle", "Joseph Joseph", "Fiskars"],
        None,
        None,
        [None],
        ["Akazienholz", "Bambus", "mit Saftrille", "3er Set"],
    ),
    (
        "toaster",
        "Küche",
        ["Toaster", "Langschlitztoaster", "2-Scheiben-Toaster"],
        19.99,
        99.99,
        ["Severin", "Russell Hobbs", "WMF", "Graef", "Bosch"],
        None,
        ["black", "silver", "white", "red", "beige"],
        [None],
        ["Brötchenaufsatz", "850W", "Auftaufunktion", "6 Bräunungsstufen"],
    ),
    (
        "blender",
        "Küche",
        ["Standmixer", "Stabmixer", "Smoothie Maker"],
        24.99,
        199.0,
        ["Bosch", "Braun", "Philips", "Severin", "WMF"],
        None,
        ["black", "silver", "white"],
        [None],
        ["1000 Watt", "1,5 l Glasbehälter", "Ice-Crush", "to-go Flasche"],
    ),
    (
        "storage containers",
        "Küche",
        ["Vorratsdosen-Set", "Frischhaltedosen", "Vorratsglas", "Frischhaltedosen 10er Set"],
        9.99,
        39.99,
        ["Emsa", "Leifheit", "Westmark", "Rotho"],
        None,
        None,
        [None],
        ["luftdicht", "BPA-frei", "stapelbar", "mit Deckel"],
    ),
    (
        "kitchen scale",
        "Küche",
        ["Küchenwaage", "Digitale Küchenwaage"],
        9.99,
        39.99,
        ["Soehnle", "ADE", "Leifheit"],
        None,
        ["black", "white", "silver"],
        [None],
        ["bis 5 kg", "Tara-Funktion", "LCD Display"],
    ),
    (
        "towel set",
        "Bad",
        ["Handtuch-Set", "Handtuch", "Duschtuch", "Badetuch", "Frottier Handtücher 4er Set"],
        9.99,
        59.99,
        ["Möve", "Kleine Wolke", "Vossen", "Erwin Müller"],
        ("Farbe+Größe", ["50 x 100 cm", "70 x 140 cm"]),
        ["white", "grey", "blue", "beige", "green", "pink"],
        [None],
        ["100% Baumwolle", "flauschig", "500 g/m²", "Oeko-Tex"],
    ),
    (
        "bath mat",
        "Bad",
        ["Badematte", "Badteppich", "Duschvorleger", "Badvorleger"],
        9.99,
        39.99,
        ["Kleine Wolke", "Wenko", "Ridder"],
        ("Farbe", None),
        ["grey", "white", "blue", "beige", "green"],
        [None],
        ["rutschfest", "60 x 90 cm", "waschbar", "Memory Foam"],
    ),
    (
        "shower curtain",
        "Bad",
        ["Duschvorhang", "Duschvorhang Textil"],
        9.99,
        29.99,
        ["Wenko", "Kleine Wolke", "Ridder"],
        ("Größe", ["120 x 200 cm", "180 x 200 cm"]),
        ["white", "grey", "blue"],
        [None],
        ["wasserabweisend", "inkl. Ringe", "waschbar"],
    ),
    (
        "soap dispenser",
        "Bad",
        ["Seifenspender", "Seifenspender mit Sensor", "Spülmittelspender"],
        7.99,
        39.99,
        ["Wenko", "simplehuman", "Kleine Wolke"],
        None,
        ["white", "black", "silver"],
        [None],
        ["Keramik", "nachfüllbar", "berührungslos"],
    ),
    (
        "toilet brush",
        "Bad",
        ["WC-Garnitur", "Toilettenbürste", "WC-Bürste mit Halter"],
        9.99,
        49.99,
        ["Wenko", "Blomus", "Brabantia"],
        None,
        ["white", "black", "silver"],
        [None],
        ["Edelstahl", "Silikonbürste", "wandmontage"],
    ),
    (
        "shower head",
        "Bad",
        ["Handbrause", "Duschkopf", "Regendusche", "Duschsystem"],
        14.99,
        149.0,
        ["Hansgrohe", "Grohe", "Schütte"],
        None,
        ["silver", "black"],
        [None],
        ["3 Strahlarten", "wassersparend", "Antikalk", "Ø 25 cm"],
    ),
    (
        "bathrobe",
        "Bad",
        ["Bademantel", "Saunamantel", "Morgenmantel"],
        29.99,
        99.99,
        ["Möve", "Vossen", "Erwin Müller", "Kleine Wolke"],
        ("Größe", ["S", "M", "L", "XL"]),
        ["white", "grey", "blue", "pink"],
        ["women", "men", "unisex"],
        ["Baumwolle", "mit Kapuze", "Waffelpiqué", "Schalkragen"],
    ),
    (
        "cordless drill",
        "Werkzeug",
        ["Akkuschrauber", "Akku-Bohrschrauber", "Akku-Schlagbohrschrauber"],
        39.99,
        249.0,
        ["Bosch", "Makita", "Einhell", "Metabo", "DeWalt", "Ryobi"],
        None,
        None,
        [None],
        ["18V", "12V", "inkl. 2 Akkus", "ohne Akku", "im Koffer", "bürstenlos"],
    ),
    (
        "hammer drill",
        "Werkzeug",
        ["Schlagbohrmaschine", "Bohrhammer", "Bohrmaschine"],
        49.99,
        299.0,
        ["Bosch", "Makita", "Einhell", "Metabo"],
        None,
        None,
        [None],
        ["750 W", "SDS-plus", "mit Tiefenanschlag", "im Koffer"],
    ),
    (
        "drill battery",
        "Werkzeug",
        ["Akku 18V 2,0 Ah", "Ersatzakku", "Akku-Pack 18 V 4,0 Ah", "Akku Starter-Set mit Ladegerät"],
        29.99,
        99.99,
        ["Bosch", "Makita", "Einhell"],
        None,
        None,
        [None],
        ["Li-Ion", "Power X-Change", "passend für alle 18V Geräte"],
    ),
    (
        "drill bits",
        "Werkzeug",
        ["Bohrer-Set", "Holzbohrer Set", "Bit-Set", "Steinbohrer-Set"],
        9.99,
        49.99,
        ["Bosch", "Wera", "wolfcraft"],
        None,
        None,
        [None],
        ["15-teilig", "32-tlg.", "HSS", "mit Kassette"],
    ),
    (
        "screwdriver set",
        "Werkzeug",
        ["Schraubendreher-Set", "Schraubendreher Satz", "Feinmechaniker-Set"],
        14.99,
        79.99,
        ["Wera", "Wiha", "Stanley", "Bosch"],
        None,
        None,
        [None],
        ["6-teilig", "Kraftform", "VDE isoliert", "PH/PZ/Schlitz"],
    ),
    (
        "toolbox",
        "Werkzeug",
        ["Werkzeugkoffer", "Werkzeugset", "Werkzeugkasten"],
        29.99,
        199.0,
        ["Einhell", "Brüder Mannesmann", "Stanley", "Meister"],
        None,
        None,
        [None],
        ["108-tlg.", "gefüllt", "Alu-Koffer", "mit Knarrenkasten"],
    ),
    (
        "spirit level",
        "Werkzeug",
        ["Wasserwaage", "Alu-Wasserwaage"],
        9.99,
        49.99,
        ["Stabila", "Stanley", "wolfcraft"],
        ("Länge", ["40 cm", "60 cm", "100 cm"]),
        None,
        [None],
        ["2 Libellen", "magnetisch", "stoßfest"],
    ),
    (
        "hammer",
        "Werkzeug",
        ["Schlosserhammer", "Hammer", "Fäustel", "Klauenhammer"],
        9.99,
        34.99,
        ["Stanley", "Estwing", "Picard"],
        None,
        None,
        [None],
        ["300 g", "500 g", "Fiberglasstiel", "Holzstiel"],
    ),
    (
        "vacuum",
        "Haushalt",
        ["Staubsauger", "Bodenstaubsauger", "Beutelloser Staubsauger"],
        69.99,
        299.0,
        ["Miele", "Bosch", "Siemens", "Rowenta", "AEG"],
        None,
        ["black", "red", "grey", "blue"],
        [None],
        ["mit Beutel", "beutellos", "700 W", "HEPA-Filter", "leise"],
    ),
    (
        "stick vacuum",
        "Haushalt",
        ["Akku-Staubsauger", "Akku-Handstaubsauger", "Stielstaubsauger kabellos"],
        99.0,
        499.0,
        ["Dyson", "Bosch", "Rowenta", "AEG", "Philips"],
        None,
        ["grey", "blue", "red", "black"],
        [None],
        ["bis 60 Min. Laufzeit", "2-in-1", "LED-Düse", "Wandhalterung"],
    ),
    (
        "vacuum bags",
        "Haushalt",
        ["Staubsaugerbeutel", "Staubbeutel 10 Stück", "Staubsaugerbeutel Typ G"],
        5.99,
        19.99,
        ["Swirl", "Miele", "Bosch"],
        None,
        None,
        [None],
        ["passend für Bosch und Siemens", "Hyclean", "4 Stück + Filter"],
    ),
    (
        "coffee filters",
        "Küche > Kaffee & Tee",
        ["Kaffeefilter 1x4", "Filtertüten Gr. 4", "Kaffeefilter 1x2"],
        1.99,
        4.99,
        ["Melitta", "Swirl"],
        None,
        None,
        [None],
        ["80 Stück", "naturbraun", "weiß"],
    ),
    (
        "descaler",
        "Küche > Kaffee & Tee",
        ["Entkalker", "Flüssigentkalker", "Entkalkungstabletten"],
        4.99,
        14.99,
        ["Durgol", "Melitta", "De'Longhi"],
        None,
        None,
        [None],
        ["für Kaffeevollautomaten", "500 ml", "2x 125 ml"],
    ),
    (
        "iron",
        "Haushalt",
        ["Dampfbügeleisen", "Bügeleisen", "Dampfbügelstation"],
        24.99,
        249.0,
        ["Rowenta", "Philips", "Tefal", "Braun"],
        None,
        ["blue", "white", "black"],
        [None],
        ["2600 W", "Keramiksohle", "Anti-Kalk", "Dampfstoß 200 g"],
    ),
    (
        "drying rack",
        "Haushalt",
        ["Wäscheständer", "Turmwäscheständer", "Flügelwäscheständer"],
        19.99,
        79.99,
        ["Leifheit", "Vileda"],
        None,
        None,
        [None],
        ["18 m Trockenlänge", "klappbar", "stabil"],
    ),
    (
        "mop",
        "Haushalt",
        ["Wischmopp-Set", "Bodenwischer", "Dampfreiniger", "Wischmop mit Eimer"],
        19.99,
        119.0,
        ["Vileda", "Leifheit", "Kärcher"],
        None,
        None,
        [None],
        ["Turbo", "Mikrofaser", "mit Schleuder", "für alle Böden"],
    ),
    (
        "laundry basket",
        "Haushalt",
        ["Wäschekorb", "Wäschesammler", "Wäschetruhe"],
        9.99,
        39.99,
        ["Curver", "Rotho", "Wenko"],
        None,
        ["white", "grey", "beige"],
        [None],
        ["50 l", "mit Deckel", "Tragegriffe"],
    ),
    (
        "bedding",
        "Wohnen > Schlafzimmer",
        ["Bettwäsche", "Bettwäsche-Set", "Renforcé Bettwäsche", "Biber Bettwäsche", "Satin Bettwäsche"],
        19.99,
        89.99,
        ["Estella", "Irisette", "Janine", "Kleine Wolke"],
        ("Farbe+Größe", ["135 x 200 cm", "155 x 220 cm"]),
        ["white", "grey", "blue", "beige", "green"],
        [None],
        ["100% Baumwolle", "mit Reißverschluss", "2-teilig", "Oeko-Tex"],
    ),
    (
        "pillow",
        "Wohnen > Schlafzimmer",
        ["Kopfkissen", "Nackenstützkissen", "Daunenkissen"],
        14.99,
        79.99,
        ["Paradies", "f.a.n.", "Tempur"],
        ("Größe", ["40 x 80 cm", "80 x 80 cm"]),
        None,
        [None],
        ["waschbar 60°", "Allergiker geeignet", "orthopädisch"],
    ),
    (
        "blanket",
        "Wohnen",
        ["Kuscheldecke", "Wohndecke", "Tagesdecke", "Sofadecke"],
        14.99,
        59.99,
        ["Gözze", "Biederlack", "Kleine Wolke"],
        None,
        ["grey", "beige", "green", "red", "blue"],
        [None],
        ["150 x 200 cm", "Cashmere-Feeling", "flauschig"],
    ),
    (
        "table lamp",
        "Wohnen",
        ["Tischleuchte", "Tischlampe", "LED Schreibtischlampe", "Stehleuchte"],
        19.99,
        149.0,
        ["Paulmann", "Brilliant", "Philips", "Trio"],
        None,
        ["black", "white", "silver", "green"],
        [None],
        ["dimmbar", "E27", "mit USB", "Touch"],
    ),
    (
        "slippers",
        "Wohnen",
        ["Hausschuhe", "Pantoffeln", "Filzpantoffeln"],
        14.99,
        49.99,
        ["Giesswein", "Haflinger", "Rohde"],
        ("Größe", None),
        ["grey", "blue", "red", "beige"],
        ["women", "men"],
        ["Filz", "rutschfest", "warm gefüttert"],
    ),
]
DE_DESC = {
    "Küche": [
        "Pflegeleicht und langlebig.",
        "Hochwertige Verarbeitung.",
        "Einfache Reinigung.",
        "Zeitloses Design.",
    ],
    "Bad": ["Passt in jedes Badezimmer.", "Pflegeleicht.", "Zeitloses Design."],
    "Werkzeug": [
        "Ideal für Heimwerker.",
        "Kompakt und leicht.",
        "Robuste Ausführung für den täglichen Einsatz.",
    ],
    "Haushalt": ["Spart Zeit beim Hausputz.", "Leicht und wendig.", "Platzsparend zu verstauen."],
    "Wohnen": ["Sorgt für eine gemütliche Atmosphäre.", "Pflegeleicht.", "Schönes Geschenk."],
}
DE_TYPE_DESC = {
    "frying pan": [
        "Für alle Herdarten inkl. Induktion.",
        "Antihaftversiegelung für fettarmes Braten.",
        "Made in Germany.",
    ],
    "pot set": ["Für alle Herdarten inkl. Induktion.", "Spülmaschinengeeignet.", "Made in Germany."],
    "thermos jug": ["Hält Getränke lange heiß.", "Auch für kalte Getränke geeignet."],
    "travel mug": ["Hält Kaffee und Tee stundenlang heiß.", "Passt in die meisten Autohalterungen."],
    "kettle": ["Kocht 1 Liter Wasser in unter 3 Minuten.", "Abschaltautomatik und Überhitzungsschutz."],
    "espresso machine": ["Frisch gemahlener Kaffee auf Knopfdruck.", "Automatisches Reinigungsprogramm."],
    "towel set": ["Weich und saugstark.", "Bei 60 °C waschbar."],
    "bathrobe": ["Weich und saugstark.", "Bei 60 °C waschbar."],
    "bath mat": ["Rutschfeste Unterseite.", "Bei 30 °C waschbar."],
    "shower curtain": ["Schnell trocknend.", "Inklusive Duschvorhangringe."],
    "cordless drill": [
        "Akku und Ladegerät je nach Set.",
        "Lieferung im robusten Koffer.",
        "Zwei Gänge für Bohren und Schrauben.",
    ],
    "hammer drill": ["Lieferung im robusten Koffer.", "Bohrt mühelos in Beton und Mauerwerk."],
    "descaler": ["Entfernt Kalk schonend.", "Für Kaffeevollautomaten und Wasserkocher."],
    "vacuum": ["Hohe Saugkraft auf Teppich und Hartboden.", "Leiser Betrieb."],
    "stick vacuum": ["Kabellos saugen ohne Steckdose.", "Hohe Saugkraft."],
    "bedding": ["100% Baumwolle, atmungsaktiv.", "Mit verdecktem Reißverschluss."],
}
DE_GENDER = {
    "women": ["Damen", "für Damen", "Damen-"],
    "men": ["Herren", "für Herren", "Herren-"],
    "unisex": ["Unisex", ""],
}
DE_SHOE_SIZES = {"women": ["37", "38", "39", "40", "41"], "men": ["41", "42", "43", "44", "45", "46"]}


def haushalt_de() -> Catalog:
    c = Catalog("haushalt_de", "EUR", 49003)
    r = c.r
    for typ, cat, nouns, lo, hi, brands, var, cols, genders, specs in DE_TYPES:
        n = 9 if var or cols else 7
        if typ in (
            "coffee filters",
            "descaler",
            "vacuum bags",
            "drill battery",
            "hammer",
            "kitchen scale",
            "teapot",
        ):
            n = 5
        for k in range(n):
            brand = brands[k] if k < len(brands) else r.choice(brands)
            noun = r.choice(nouns)
            g = genders[k % len(genders)]
            model = r.choice(DE_MODELS)
            sp = r.sample(specs, min(len(specs), r.choice([1, 2, 2, 3])))
            if typ in ("frying pan", "pot set") and "induktionsgeeignet" not in sp and r.random() < 0.4:
                sp.append("induktionsgeeignet")
            multi = var is not None and var[0].startswith("Farbe") and r.random() < 0.6
            colours = (
                (
                    r.sample(cols, min(len(cols), r.choice([2, 3, 4])))
                    if multi
                    else [cols[k] if k < len(cols) else r.choice(cols)]
                )
                if cols
                else []
            )
            colw = r.choice(DE_COL[colours[0]]) if colours and not multi else ""
            gw = r.choice(DE_GENDER[g]) if g else ""
            if gw.endswith("-"):
                noun_g, gw = gw + noun, ""
            else:
                noun_g = noun
            num = f"{r.randint(10, 99)}{r.randint(100, 999)}-{r.randint(10, 99)}"
            pat = r.randrange(5)
            if pat == 0:
                title = f"{brand} {model} {noun_g} {gw}, {', '.join(sp)}" + (f", {colw}" if colw else "")
            elif pat == 1:
                title = f"{brand} {noun_g} {gw} [{', '.join(sp)}] {colw}, {num}"
            elif pat == 2:
                title = f"{noun_g} {gw} {model} von {brand} – {sp[0]}" + (f" – {colw}" if colw else "")
            elif pat == 3:
                title = f"{brand} {model} {noun_g} {gw} {colw}"
            else:
                title = f"{brand.upper()} {noun_g} {gw} {' '.join(sp)} {colw}"
            title = " ".join(title.replace(" ,", ",").split()).strip(" ,–")
            pid = c.next_id("HD-")
            price = nice_eur(r, lo, hi)
            prod = {"id": pid, "title": title, "currency": "EUR"}
            if r.random() < 0.9:
                prod["brand"] = brand
            prod["category"] = cat
            if r.random() < 0.6:
                pool = DE_TYPE_DESC.get(typ, []) + DE_DESC[cat.split(" > ")[0]]
                d = r.sample(pool, r.choice([1, 2, 2, 3]))
                if multi:
                    d.append("Erhältlich in " + ", ".join(DE_COL[x][0] for x in colours) + ".")
                if g and not gw and "Damen" not in noun_g and "Herren" not in noun_g:
                    d.append({"women": "Für Damen.", "men": "Für Herren.", "unisex": "Unisex-Modell."}[g])
                prod["description"] = " ".join(d)
            elif g and not gw and "Damen" not in noun_g and "Herren" not in noun_g:
                prod["description"] = {"women": "Damenmodell", "men": "Herrenmodell", "unisex": "Unisex"}[g]
            if var is None:
                prod["price"] = price
                prod["stock"] = 0 if r.random() < 0.08 else r.randint(1, 80)
            else:
                key, sizes = var
                if typ == "slippers":
                    sizes = DE_SHOE_SIZES[g]
                vs = []
                colour_list = colours if key.startswith("Farbe") and multi else [None]
                size_list = sizes if sizes else [None]
                for colr in colour_list:
                    for si, s in enumerate(size_list):
                        opts = {}
                        if colr:
                            opts["Farbe"] = DE_COL[colr][0].capitalize()
                        if s:
                            opts[key.replace("Farbe+", "")] = s
                        if not opts:
                            continue
                        step = {"Durchmesser": 6.0, "Länge": 8.0}.get(key, 5.0 if len(size_list) < 3 else 0.0)
                        vp = round(price + step * si, 2) if typ not in ("bathrobe", "slippers") else price
                        code = "-".join(
                            x
                            for x in ((colr or "").upper(), (s or "").replace(" ", "").replace("cm", ""))
                            if x
                        )
                        vs.append(
                            {
                                "sku": f"{pid}-{code}",
                                "options": opts,
                                "price": vp,
                                "stock": r.choice([0, 0, 2, 4, 7, 10, 15, 30]),
                            }
                        )
                if vs:
                    prod["variants"] = vs
                    if sizes and len(vs) > 1 and r.random() < 0.5:
                        prod["price"] = vs[0]["price"]  # shown "ab" price, as some exports do
                else:
                    prod["price"] = price
                    prod["stock"] = r.randint(0, 40)
            if r.random() < 0.75:
                prod["rating"] = round(r.uniform(3.5, 4.9), 1)
                prod["review_count"] = r.randint(1, 2500)
            if r.random() < 0.15:
                prod["reviews"] = [
                    {
                        "rating": r.choice([5, 5, 4, 3, 2]),
                        "title": r.choice(
                            ["Top", "Gutes Produkt", "Preis-Leistung stimmt", "Enttäuscht", "Passt"]
                        ),
                        "text": r.choice(
                            [
                                "Macht was es soll.",
                                "Nach drei Monaten noch wie neu.",
                                "Etwas kleiner als erwartet.",
                                "Schnelle Lieferung, gerne wieder.",
                                "Verarbeitung könnte besser sein.",
                            ]
                        ),
                    }
                ]
            feats = []
            low = (title + " " + prod.get("description", "")).lower()
            if "induktion" in low:
                feats.append("induction")
            if "akku" in low or "kabellos" in low:
                feats.append("cordless")
            c.add(
                prod,
                {
                    "type": typ,
                    "gender": g,
                    "colours": colours,
                    "brand": brand.lower(),
                    "category": cat,
                    "features": feats,
                },
            )
    return c


def round_eur(v: float) -> int:
    for limit, step in ((50, 5), (200, 10), (1000, 50), (10**9, 100)):
        if v < limit:
            return max(step, int(round(v / step)) * step)
    return int(v)


def haushalt_queries(c: Catalog) -> None:
    Q = c.q
    HOT = {"thermos jug", "travel mug"}
    for text, it in [
        ("etwas, um meinen Tee heiß zu halten", {"t": HOT, "rel": {"teapot", "kettle"}}),
        ("Pfanne für Induktion", {"t": {"frying pan"}, "f": ["induction"], "rel": {"pot set"}}),
        (
            "Geschenk für Kaffeeliebhaber",
            {"t": {"espresso machine", "coffee maker"}, "rel": {"travel mug", "thermos jug", "descaler"}},
        ),
        ("kabelloser Staubsauger", {"t": {"stick vacuum"}, "rel": {"vacuum"}}),
        ("Bohrmaschine für Beton", {"t": {"hammer drill"}, "rel": {"cordless drill", "drill bits"}}),
        ("weiche Handtücher fürs Bad", {"t": {"towel set"}, "rel": {"bathrobe", "bath mat"}}),
        ("Messer zum Gemüse schneiden", {"t": {"kitchen knife"}, "rel": {"cutting board"}}),
        ("Wasserkocher aus Edelstahl", {"t": {"kettle"}, "c": "silver"}),
        ("Lampe für den Schreibtisch", {"t": {"table lamp"}}),
        ("Ordnung in der Vorratskammer", {"t": {"storage containers"}}),
        (
            "Werkzeug für Heimwerker",
            {
                "t": {"toolbox", "screwdriver set", "cordless drill"},
                "rel": {"hammer", "spirit level", "hammer drill", "drill bits"},
            },
        ),
        ("rutschfeste Badematte in grau", {"t": {"bath mat"}, "c": "grey"}),
        (
            "morgens schnell Kaffee für die ganze Familie",
            {"t": {"coffee maker"}, "rel": {"espresso machine"}},
        ),
        ("schwarzer Toaster", {"t": {"toaster"}, "c": "black"}),
        ("Wäsche trocknen ohne Trockner", {"t": {"drying rack"}}),
        ("Boden wischen", {"t": {"mop"}, "rel": {"vacuum", "stick vacuum"}}),
        ("Smoothies selber machen", {"t": {"blender"}}),
        ("etwas Warmes zum Kuscheln auf dem Sofa", {"t": {"blanket"}, "rel": {"slippers"}}),
        ("Töpfe für die erste eigene Wohnung", {"t": {"pot set"}, "rel": {"frying pan"}}),
        ("Zutaten zum Backen genau abwiegen", {"t": {"kitchen scale"}}),
        ("Duschkopf mit Regenfunktion", {"t": {"shower head"}}),
        ("Kaffee unterwegs warm halten", {"t": {"travel mug"}, "rel": {"thermos jug"}}),
        ("Bild aufhängen, gerade ausrichten", {"t": {"spirit level"}, "rel": {"hammer", "cordless drill"}}),
        ("Hemden glatt bekommen", {"t": {"iron"}}),
        ("Schlafzimmer gemütlich machen", {"t": {"bedding", "pillow", "blanket"}, "rel": {"table lamp"}}),
        ("blaue Bettwäsche", {"t": {"bedding"}, "c": "blue"}),
        ("weiße Isolierkanne", {"t": {"thermos jug"}, "c": "white"}),
    ]:
        Q("descriptive", text, it)
    for text, it in [
        ("Bademantel für Damen", {"t": {"bathrobe"}, "g": "women"}),
        ("Herren Bademantel", {"t": {"bathrobe"}, "g": "men"}),
        ("Hausschuhe Herren", {"t": {"slippers"}, "g": "men"}),
        ("Pantoffeln für Männer", {"t": {"slippers"}, "g": "men"}),
        ("warme Hausschuhe für meine Oma", {"t": {"slippers"}, "g": "women"}),
        ("Morgenmantel Damen", {"t": {"bathrobe"}, "g": "women"}),
        ("Geschenk für meinen Mann: Bademantel", {"t": {"bathrobe"}, "g": "men"}),
        ("Damenhausschuhe", {"t": {"slippers"}, "g": "women"}),
    ]:
        Q("gender", text, it)
    for text, it in [
        ("Akku für meinen Akkuschrauber", {"t": {"drill battery"}, "rel": {"drill bits"}}),
        ("Beutel für den Staubsauger", {"t": {"vacuum bags"}}),
        ("Filter für die Kaffeemaschine", {"t": {"coffee filters"}, "rel": {"descaler"}}),
        ("Entkalker für den Kaffeevollautomaten", {"t": {"descaler"}}),
        ("Bohrer für die Bohrmaschine", {"t": {"drill bits"}, "rel": {"drill battery"}}),
        ("Brett für mein neues Messer", {"t": {"cutting board"}}),
        ("Vorhang für die Dusche", {"t": {"shower curtain"}}),
        ("Zubehör für Akkuschrauber", {"t": {"drill battery", "drill bits"}}),
        ("Kissen für mein Bett", {"t": {"pillow"}, "rel": {"bedding"}}),
        ("Spender für Seife im Bad", {"t": {"soap dispenser"}}),
        ("Bosch Akku 18V", {"t": {"drill battery"}, "b": ["bosch"]}),
    ]:
        Q("accessory", text, it)
    for text, it in [
        ("WMF", {"t": None, "b": ["wmf"]}),
        ("Fissler", {"t": None, "b": ["fissler"]}),
        ("Tefal Pfanne", {"t": {"frying pan"}, "b": ["tefal"]}),
        ("Bosch Akkuschrauber", {"t": {"cordless drill"}, "b": ["bosch"]}),
        ("Russell Hobbs", {"t": None, "b": ["russell hobbs"]}),
        ("Zwilling Messer", {"t": {"kitchen knife"}, "b": ["zwilling"]}),
        ("Emsa", {"t": None, "b": ["emsa"]}),
        ("Leifheit", {"t": None, "b": ["leifheit"]}),
        ("Vileda", {"t": None, "b": ["vileda"]}),
        ("Makita", {"t": None, "b": ["makita"]}),
        ("Einhell Werkzeugkoffer", {"t": {"toolbox"}, "b": ["einhell"]}),
        ("Kärcher", {"t": None, "b": ["kärcher"]}),
        ("Möve Handtücher", {"t": {"towel set"}, "b": ["möve"]}),
        ("Miele Staubsauger", {"t": {"vacuum"}, "b": ["miele"]}),
        ("Dyson", {"t": None, "b": ["dyson"]}),
        ("WMF Pfanne", {"t": {"frying pan"}, "b": ["wmf"]}),
        ("Kleine Wolke Badematte", {"t": {"bath mat"}, "b": ["kleine wolke"]}),
        ("De'Longhi Kaffeevollautomat", {"t": {"espresso machine"}, "b": ["de'longhi"]}),
        ("Wera Schraubendreher", {"t": {"screwdriver set"}, "b": ["wera"]}),
        ("Melitta", {"t": None, "b": ["melitta"]}),
    ]:
        Q("brand", text, it)

    def de_num(v: float) -> str:
        return f"{v:,.0f}".replace(",", ".")

    fmts = [
        lambda t, lo, m, hi: (f"{t} unter {m} Euro", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} bis {m} €", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} maximal {m} EUR", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} für weniger als {m}€", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} zwischen {lo} und {hi} Euro", {"minp": lo, "maxp": hi}),
        lambda t, lo, m, hi: (f"{t}, nicht teurer als {m} Euro", {"maxp": m}),
        lambda t, lo, m, hi: (f"hochwertige {t} ab {hi} Euro", {"minp": hi}),
        lambda t, lo, m, hi: (f"{t} bis {m - 1},99 €", {"maxp": m - 0.01}),
        lambda t, lo, m, hi: (f"günstige {t} unter {de_num(m)} €", {"maxp": m}),
    ]
    add_price_queries(
        c,
        [
            ("Pfanne", {"frying pan"}, ()),
            ("Wasserkocher", {"kettle"}, ()),
            ("Akkuschrauber", {"cordless drill"}, ()),
            ("Kaffeevollautomat", {"espresso machine"}, ()),
            ("Isolierkanne", {"thermos jug"}, ()),
            ("Handtücher", {"towel set"}, ()),
            ("Staubsauger", {"vacuum"}, {"stick vacuum"}),
            ("Toaster", {"toaster"}, ()),
            ("Bettwäsche", {"bedding"}, ()),
            ("Messer", {"kitchen knife"}, ()),
            ("Werkzeugkoffer", {"toolbox"}, ()),
            ("Thermobecher", {"travel mug"}, ()),
            ("Bügeleisen", {"iron"}, ()),
            ("Tischlampe", {"table lamp"}, ()),
        ],
        fmts,
        round_eur,
    )
    c.q("price", "frying pan under €40", {"t": {"frying pan"}, "maxp": 40})
    c.q("price", "Akku-Staubsauger unter 1.000 €", {"t": {"stick vacuum"}, "maxp": 1000})
    for text, it in [
        ("Pfanne, aber nicht von Tefal", {"t": {"frying pan"}, "xb": {"tefal"}}),
        ("Wasserkocher ohne WMF", {"t": {"kettle"}, "xb": {"wmf"}}),
        ("Akkuschrauber, kein Einhell", {"t": {"cordless drill"}, "xb": {"einhell"}}),
        ("Handtuch, nicht weiß", {"t": {"towel set"}, "xc": {"white"}}),
        ("Akku-Staubsauger außer Dyson", {"t": {"stick vacuum"}, "xb": {"dyson"}}),
        ("Thermobecher, bitte nicht schwarz", {"t": {"travel mug"}, "xc": {"black"}}),
        ("Bettwäsche, kein Grau", {"t": {"bedding"}, "xc": {"grey"}}),
        ("Toaster nicht in Edelstahl", {"t": {"toaster"}, "xc": {"silver"}}),
    ]:
        Q("negation", text, it)
    for text, it in [
        ("something to keep my tea hot", {"t": HOT, "rel": {"teapot", "kettle"}}),
        ("non-stick frying pan for induction", {"t": {"frying pan"}, "f": ["induction"]}),
        ("cordless drill", {"t": {"cordless drill"}, "rel": {"hammer drill"}}),
        ("electric kettle", {"t": {"kettle"}}),
        ("towels for the bathroom", {"t": {"towel set"}, "rel": {"bath mat", "bathrobe"}}),
        ("coffee machine", {"t": {"coffee maker", "espresso machine"}}),
        ("bathrobe for men", {"t": {"bathrobe"}, "g": "men"}),
        ("vacuum cleaner bags", {"t": {"vacuum bags"}}),
        ("sartén antiadherente", {"t": {"frying pan"}}),
        ("hervidor de agua", {"t": {"kettle"}}),
        ("taladro inalámbrico", {"t": {"cordless drill"}}),
        ("保温壶", {"t": {"thermos jug"}, "rel": {"travel mug"}}),
        ("电热水壶", {"t": {"kettle"}}),
        ("吸尘器", {"t": {"vacuum", "stick vacuum"}}),
        ("knife set", {"t": {"kitchen knife"}}),
        ("shower curtain", {"t": {"shower curtain"}}),
        ("juego de toallas", {"t": {"towel set"}}),
        ("women's slippers", {"t": {"slippers"}, "g": "women"}),
    ]:
        Q("other_language", text, it)
    for text, it in [
        ("Pfanne", {"t": {"frying pan"}}),
        ("Wasserkocher", {"t": {"kettle"}}),
        ("Akkuschrauber", {"t": {"cordless drill"}}),
        ("Isolierkanne", {"t": {"thermos jug"}}),
        ("Toaster", {"t": {"toaster"}}),
        ("Handtuch", {"t": {"towel set"}}),
        ("Staubsauger", {"t": {"vacuum", "stick vacuum"}}),
        ("Messerset", {"t": {"kitchen knife"}}),
        ("Bettwäsche", {"t": {"bedding"}}),
        ("Bügeleisen", {"t": {"iron"}}),
        ("Wasserwaage", {"t": {"spirit level"}}),
        ("Thermobecher", {"t": {"travel mug"}}),
        ("Mixer", {"t": {"blender"}}),
        ("Schraubenzieher", {"t": {"screwdriver set"}}),
        ("Kopfkissen", {"t": {"pillow"}}),
    ]:
        Q("short", text, it)
    for text, it in [
        ("Wasserkoher", {"t": {"kettle"}}),
        ("Akuschrauber", {"t": {"cordless drill"}}),
        ("Bratpfane", {"t": {"frying pan"}}),
        ("Isolirkanne", {"t": {"thermos jug"}}),
        ("Stausauger", {"t": {"vacuum", "stick vacuum"}}),
        ("Bügeleissen", {"t": {"iron"}}),
        ("Handtucher", {"t": {"towel set"}}),
        ("Kaffeemaschiene", {"t": {"coffee maker", "espresso machine"}}),
        ("Thermoskane", {"t": {"thermos jug"}}),
        ("Wischmob", {"t": {"mop"}}),
    ]:
        Q("typo", text, it)
    add_typo_queries(
        c,
        [
            ("Schlagbohrmaschine", {"t": {"hammer drill"}}),
            ("Kaffeevollautomat", {"t": {"espresso machine"}}),
            ("Badematte rutschfest", {"t": {"bath mat"}}),
            ("Duschvorhang", {"t": {"shower curtain"}}),
            ("Werkzeugkoffer", {"t": {"toolbox"}}),
            ("Kuscheldecke", {"t": {"blanket"}}),
            ("Wäscheständer", {"t": {"drying rack"}}),
            ("Seifenspender", {"t": {"soap dispenser"}}),
            ("Schneidebrett", {"t": {"cutting board"}}),
            ("Staubsaugerbeutel", {"t": {"vacuum bags"}}),
        ],
        10,
    )
    for text in ["Fernseher 55 Zoll", "Rasenmäher", "Kinderwagen", "Laufschuhe"]:
        Q("no_answer", text, {"t": set()})


# == grocery_mixed =================================================================================
# A Tokyo import supermarket: very short titles (brand + product + size), JPY, Japanese and English
# (and katakana/English mixed) titles side by side, the same product in several sizes, the same
# product listed twice with differently written titles.


def norm_size(s: str) -> str:
    s = s.replace(" ", "").replace("×", "x").lower()
    for unit, mult, base in (("kg", 1000, "g"), ("l", 1000, "ml")):
        if s.endswith(unit) and not s.endswith("m" + unit) and "x" not in s:
            try:
                return f"{int(round(float(s[: -len(unit)]) * mult))}{base}"
            except ValueError:
                return s
    return s


# type, brand, category, title templates ({s} = size), [(size, price)], gender
GROCERY = [
    (
        "butter",
        "amul",
        "dairy",
        ["Amul Butter {s}", "Amul Pasteurised Butter {s}", "アムール バター {s}"],
        [("100g", 398), ("500g", 1480)],
        None,
    ),
    (
        "butter",
        "meiji",
        "dairy",
        ["明治 北海道バター {s}", "Meiji Hokkaido Butter {s}"],
        [("200g", 548), ("450g", 1080)],
        None,
    ),
    (
        "butter",
        "yotsuba",
        "dairy",
        ["よつ葉 北海道バター 加塩 {s}", "Yotsuba Butter Salted {s}"],
        [("125g", 398), ("200g", 598)],
        None,
    ),
    (
        "butter",
        "president",
        "dairy",
        ["Président Beurre Doux {s}", "President Unsalted Butter {s}"],
        [("200g", 798)],
        None,
    ),
    (
        "butter",
        "kerrygold",
        "dairy",
        ["Kerrygold Pure Irish Butter {s}", "ケリーゴールド バター {s}"],
        [("227g", 898)],
        None,
    ),
    (
        "ghee",
        "amul",
        "world-foods",
        ["Amul Pure Ghee {s}", "AMUL Ghee {s} Tin"],
        [("200ml", 980), ("500ml", 1980), ("1L", 3480)],
        None,
    ),
    ("ghee", "patanjali", "world-foods", ["Patanjali Cow's Ghee {s}"], [("500ml", 1780)], None),
    (
        "milk",
        "meiji",
        "dairy",
        ["明治おいしい牛乳 {s}", "Meiji Oishii Gyunyu Milk {s}"],
        [("450ml", 178), ("900ml", 298)],
        None,
    ),
    ("milk", "morinaga", "dairy", ["森永のおいしい牛乳 {s}"], [("1000ml", 288)], None),
    (
        "milk",
        "megmilk",
        "dairy",
        ["雪印メグミルク 牛乳 {s}", "Megmilk Snow Brand Milk {s}"],
        [("1000ml", 268), ("500ml", 158)],
        None,
    ),
    (
        "plant milk",
        "alpro",
        "dairy",
        ["Alpro Oat Original {s}", "Alpro オーツミルク {s}"],
        [("1L", 498)],
        None,
    ),
    (
        "plant milk",
        "kikkoman",
        "dairy",
        ["キッコーマン 調製豆乳 {s}", "Kikkoman Soy Milk {s}"],
        [("200ml", 88), ("1000ml", 298)],
        None,
    ),
    (
        "yogurt",
        "meiji",
        "dairy",
        ["明治ブルガリアヨーグルト LB81 プレーン {s}", "Meiji Bulgaria Yogurt Plain {s}"],
        [("400g", 218)],
        None,
    ),
    (
        "yogurt",
        "danone",
        "dairy",
        ["Danone Bio Plain {s}", "ダノン ビオ プレーン 加糖 {s}"],
        [("4x75g", 198)],
        None,
    ),
    ("cheese", "megmilk", "dairy", ["雪印 6Pチーズ {s}", "Snow Brand 6P Cheese {s}"], [("108g", 268)], None),
    (
        "cheese",
        "kraft",
        "dairy",
        ["Kraft Grated Parmesan Cheese {s}", "クラフト パルメザンチーズ {s}"],
        [("80g", 598), ("227g", 1280)],
        None,
    ),
    ("cheese", "amul", "dairy", ["Amul Cheese Slices {s}"], [("200g", 498)], None),
    (
        "soy sauce",
        "kikkoman",
        "sauces",
        ["キッコーマン 特選丸大豆しょうゆ {s}", "Kikkoman Soy Sauce {s}", "キッコーマン しょうゆ {s}"],
        [("500ml", 298), ("1L", 448), ("1.8L", 698)],
        None,
    ),
    ("soy sauce", "yamasa", "sauces", ["ヤマサ 醤油 {s}", "Yamasa Soy Sauce {s}"], [("1L", 398)], None),
    (
        "soy sauce",
        "kikkoman",
        "sauces",
        ["Kikkoman Less Salt Soy Sauce {s}", "キッコーマン 減塩しょうゆ {s}"],
        [("150ml", 248)],
        None,
    ),
    (
        "miso",
        "marukome",
        "sauces",
        ["マルコメ 料亭の味 {s}", "Marukome Miso Ryotei no Aji {s}"],
        [("750g", 398)],
        None,
    ),
    ("miso", "hikari", "sauces", ["ひかり味噌 円熟こうじみそ {s}"], [("650g", 348)], None),
    (
        "curry roux",
        "house",
        "sauces",
        ["ハウス バーモントカレー 中辛 {s}", "House Vermont Curry Medium Hot {s}"],
        [("230g", 268)],
        None,
    ),
    (
        "curry roux",
        "s&b",
        "sauces",
        ["S&B ゴールデンカレー 辛口 {s}", "S&B Golden Curry Hot {s}"],
        [("198g", 248), ("92g", 148)],
        None,
    ),
    (
        "instant noodles",
        "nissin",
        "noodles",
        ["Nissin Cup Noodle {s}", "日清 カップヌードル {s}", "カップヌードル 醤油 {s}"],
        [("78g", 198), ("78g x20", 3480)],
        None,
    ),
    (
        "instant noodles",
        "nissin",
        "noodles",
        ["日清 カップヌードル シーフード {s}", "Cup Noodle Seafood {s}"],
        [("75g", 198)],
        None,
    ),
    (
        "instant noodles",
        "maggi",
        "noodles",
        ["Maggi 2-Minute Noodles Masala {s}", "MAGGI Masala Noodles {s}"],
        [("70g", 128), ("70g x12", 1180)],
        None,
    ),
    (
        "instant noodles",
        "nongshim",
        "noodles",
        ["Nongshim Shin Ramyun {s}", "農心 辛ラーメン {s}"],
        [("120g", 198), ("120g x5", 848)],
        None,
    ),
    (
        "instant noodles",
        "indomie",
        "noodles",
        ["Indomie Mi Goreng {s}", "インドミー ミーゴレン {s}"],
        [("80g", 118), ("80g x5", 548)],
        None,
    ),
    (
        "instant noodles",
        "sanyo",
        "noodles",
        ["サッポロ一番 塩らーめん {s}", "Sapporo Ichiban Shio Ramen {s}"],
        [("5食", 498)],
        None,
    ),
    (
        "rice",
        "jaone",
        "rice-grains",
        ["魚沼産コシヒカリ {s}", "Uonuma Koshihikari Rice {s}"],
        [("2kg", 1980), ("5kg", 4480)],
        None,
    ),
    (
        "rice",
        "jaone",
        "rice-grains",
        ["秋田県産 あきたこまち {s}", "Akitakomachi Rice {s}"],
        [("5kg", 3280), ("10kg", 6280)],
        None,
    ),
    (
        "basmati rice",
        "india gate",
        "world-foods",
        ["India Gate Basmati Rice Classic {s}", "インディアゲート バスマティライス {s}"],
        [("1kg", 880), ("5kg", 3980)],
        None,
    ),
    ("basmati rice", "daawat", "world-foods", ["Daawat Rozana Basmati Rice {s}"], [("1kg", 798)], None),
    (
        "green tea",
        "itoen",
        "tea-coffee",
        ["伊藤園 おーいお茶 緑茶 {s}", "Ito En Oi Ocha Green Tea {s}"],
        [("525ml", 138), ("2L", 248)],
        None,
    ),
    (
        "green tea",
        "suntory",
        "tea-coffee",
        ["サントリー 伊右衛門 {s}", "Suntory Iyemon Green Tea {s}"],
        [("600ml", 148)],
        None,
    ),
    (
        "green tea",
        "marukyu koyamaen",
        "tea-coffee",
        ["丸久小山園 抹茶 {s}", "Marukyu Koyamaen Matcha {s}"],
        [("40g", 1580)],
        None,
    ),
    (
        "black tea",
        "tata",
        "tea-coffee",
        ["Tata Tea Gold {s}", "TATA Tea Gold Leaf Tea {s}"],
        [("500g", 1280), ("1kg", 2380)],
        None,
    ),
    (
        "black tea",
        "lipton",
        "tea-coffee",
        ["Lipton Yellow Label Tea {s}", "リプトン イエローラベル ティーバッグ {s}"],
        [("50袋", 698), ("100 bags", 1280)],
        None,
    ),
    (
        "black tea",
        "twinings",
        "tea-coffee",
        ["Twinings English Breakfast {s}", "トワイニング イングリッシュブレックファスト {s}"],
        [("25 bags", 548)],
        None,
    ),
    (
        "black tea",
        "nitto",
        "tea-coffee",
        ["日東紅茶 デイリークラブ ティーバッグ {s}"],
        [("100袋", 548)],
        None,
    ),
    (
        "coffee",
        "nescafe",
        "tea-coffee",
        ["Nescafé Gold Blend {s}", "ネスカフェ ゴールドブレンド {s}"],
        [("80g", 898), ("120g", 1280)],
        None,
    ),
    (
        "coffee",
        "ucc",
        "tea-coffee",
        ["UCC 職人の珈琲 まろやか味のマイルドブレンド 粉 {s}", "UCC Craftsman's Coffee Mild {s}"],
        [("280g", 698)],
        None,
    ),
    (
        "coffee",
        "starbucks",
        "tea-coffee",
        ["Starbucks House Blend Ground Coffee {s}", "スターバックス ハウスブレンド {s}"],
        [("250g", 1580)],
        None,
    ),
    (
        "coffee",
        "nescafe",
        "tea-coffee",
        ["Nescafé Classic Instant Coffee {s}"],
        [("50g", 598), ("200g", 1680)],
        None,
    ),
    (
        "ketchup",
        "heinz",
        "sauces",
        ["Heinz Tomato Ketchup {s}", "ハインツ トマトケチャップ {s}", "Heinz ケチャップ {s}"],
        [("460g", 398), ("910g", 698)],
        None,
    ),
    (
        "ketchup",
        "kagome",
        "sauces",
        ["カゴメ トマトケチャップ {s}", "Kagome Tomato Ketchup {s}"],
        [("300g", 218), ("500g", 298)],
        None,
    ),
    ("ketchup", "kissan", "sauces", ["Kissan Fresh Tomato Ketchup {s}"], [("950g", 598)], None),
    (
        "mayonnaise",
        "kewpie",
        "sauces",
        ["キユーピー マヨネーズ {s}", "Kewpie Mayonnaise {s}"],
        [("350g", 298), ("450g", 378)],
        None,
    ),
    ("mayonnaise", "hellmann's", "sauces", ["Hellmann's Real Mayonnaise {s}"], [("400g", 598)], None),
    (
        "olive oil",
        "bosco",
        "oils",
        ["BOSCO Extra Virgin Olive Oil {s}", "ボスコ エキストラバージンオリーブオイル {s}"],
        [("456g", 1080), ("228g", 598)],
        None,
    ),
    ("olive oil", "colavita", "oils", ["Colavita Extra Virgin Olive Oil {s}"], [("500ml", 1280)], None),
    (
        "olive oil",
        "ajinomoto",
        "oils",
        ["AJINOMOTO オリーブオイル エクストラバージン {s}"],
        [("400g", 798)],
        None,
    ),
    (
        "pasta",
        "barilla",
        "pasta",
        ["Barilla Spaghetti No.5 {s}", "バリラ スパゲッティ No.5 {s}"],
        [("500g", 298), ("1kg", 548)],
        None,
    ),
    ("pasta", "de cecco", "pasta", ["De Cecco Penne Rigate No.41 {s}"], [("500g", 398)], None),
    ("pasta", "nisshin", "pasta", ["マ・マー スパゲティ 1.6mm {s}"], [("600g", 278)], None),
    (
        "pasta sauce",
        "barilla",
        "pasta",
        ["Barilla Basilico Pasta Sauce {s}", "バリラ パスタソース バジリコ {s}"],
        [("400g", 498)],
        None,
    ),
    (
        "pasta sauce",
        "mutti",
        "pasta",
        ["Mutti Passata {s}", "ムッティ パッサータ {s}"],
        [("700g", 458)],
        None,
    ),
    ("pasta sauce", "nisshin", "pasta", ["青の洞窟 ボロネーゼ {s}"], [("2人前", 398)], None),
    (
        "chocolate",
        "meiji",
        "snacks",
        ["明治 ミルクチョコレート {s}", "Meiji Milk Chocolate {s}"],
        [("50g", 138)],
        None,
    ),
    (
        "chocolate",
        "lotte",
        "snacks",
        ["ロッテ ガーナミルク {s}", "Lotte Ghana Milk Chocolate {s}"],
        [("50g", 128)],
        None,
    ),
    (
        "chocolate",
        "cadbury",
        "snacks",
        ["Cadbury Dairy Milk {s}", "キャドバリー デイリーミルク {s}"],
        [("165g", 498), ("45g", 198)],
        None,
    ),
    (
        "chocolate",
        "lindt",
        "snacks",
        ["Lindt Excellence 70% Cocoa {s}", "リンツ エクセレンス 70% {s}"],
        [("100g", 598)],
        None,
    ),
    (
        "chocolate",
        "nestle",
        "snacks",
        ["KitKat 抹茶 {s}", "Nestlé KitKat Mini Matcha {s}"],
        [("12枚", 548)],
        None,
    ),
    (
        "biscuits",
        "parle",
        "snacks",
        ["Parle-G Gold Biscuits {s}", "Parle G {s}"],
        [("800g", 398), ("250g", 148)],
        None,
    ),
    ("biscuits", "britannia", "snacks", ["Britannia Good Day Cashew Cookies {s}"], [("200g", 298)], None),
    (
        "biscuits",
        "mcvitie's",
        "snacks",
        ["McVitie's Digestive {s}", "マクビティ ダイジェスティブ {s}"],
        [("400g", 498)],
        None,
    ),
    ("biscuits", "bourbon", "snacks", ["ブルボン ルマンド {s}"], [("12本", 198)], None),
    (
        "crisps",
        "calbee",
        "snacks",
        ["Calbee ポテトチップス うすしお味 {s}", "カルビー ポテトチップス コンソメパンチ {s}"],
        [("60g", 158), ("85g", 198)],
        None,
    ),
    (
        "crisps",
        "lay's",
        "snacks",
        ["Lay's Classic Salted {s}", "Lay's Magic Masala {s}"],
        [("184g", 498), ("52g", 158)],
        None,
    ),
    (
        "crisps",
        "pringles",
        "snacks",
        ["Pringles Sour Cream & Onion {s}", "プリングルズ サワークリーム&オニオン {s}"],
        [("110g", 398)],
        None,
    ),
    (
        "savoury snack",
        "haldiram's",
        "world-foods",
        ["Haldiram's Aloo Bhujia {s}", "Haldiram's Moong Dal Namkeen {s}"],
        [("400g", 598), ("200g", 348)],
        None,
    ),
    (
        "water",
        "suntory",
        "drinks",
        ["サントリー 天然水 {s}", "Suntory Tennensui Mineral Water {s}"],
        [("550ml", 98), ("2L", 158), ("2L x6", 798)],
        None,
    ),
    ("water", "evian", "drinks", ["evian {s}", "エビアン {s}"], [("500ml", 178), ("1.5L", 298)], None),
    ("water", "coca-cola", "drinks", ["い・ろ・は・す 天然水 {s}"], [("555ml", 108)], None),
    (
        "soda",
        "coca-cola",
        "drinks",
        ["Coca-Cola {s}", "コカ・コーラ {s}"],
        [("500ml", 158), ("1.5L", 298)],
        None,
    ),
    ("soda", "asahi", "drinks", ["三ツ矢サイダー {s}", "Mitsuya Cider {s}"], [("500ml", 148)], None),
    ("soda", "coca-cola", "drinks", ["Thums Up {s}", "Sprite {s}"], [("300ml", 198), ("500ml", 158)], None),
    (
        "beer",
        "asahi",
        "drinks",
        ["Asahi Super Dry {s}", "アサヒ スーパードライ {s}"],
        [("350ml", 228), ("500ml", 298), ("350ml x6", 1298)],
        None,
    ),
    (
        "beer",
        "kirin",
        "drinks",
        ["キリン一番搾り {s}", "Kirin Ichiban {s}"],
        [("350ml", 228), ("500ml", 298)],
        None,
    ),
    (
        "beer",
        "sapporo",
        "drinks",
        ["サッポロ 黒ラベル {s}", "Sapporo Premium Beer {s}"],
        [("350ml", 228)],
        None,
    ),
    ("beer", "kingfisher", "drinks", ["Kingfisher Premium Lager {s}"], [("330ml", 398)], None),
    (
        "cereal",
        "kellogg's",
        "breakfast",
        ["Kellogg's Corn Flakes {s}", "ケロッグ コーンフロスティ {s}"],
        [("180g", 398), ("475g", 798)],
        None,
    ),
    (
        "cereal",
        "calbee",
        "breakfast",
        ["カルビー フルグラ {s}", "Calbee Frugra Granola {s}"],
        [("380g", 598), ("750g", 998)],
        None,
    ),
    ("honey", "dabur", "breakfast", ["Dabur Honey {s}", "ダブール ハニー {s}"], [("500g", 898)], None),
    ("honey", "yamada bee farm", "breakfast", ["山田養蜂場 国産はちみつ {s}"], [("300g", 1980)], None),
    (
        "honey",
        "manuka health",
        "breakfast",
        ["Manuka Health MGO 263+ Manuka Honey {s}"],
        [("250g", 4980)],
        None,
    ),
    (
        "jam",
        "aohata",
        "breakfast",
        ["アヲハタ 55ジャム イチゴ {s}", "Aohata 55 Strawberry Jam {s}"],
        [("150g", 248)],
        None,
    ),
    (
        "jam",
        "bonne maman",
        "breakfast",
        ["Bonne Maman Strawberry Conserve {s}", "ボンヌママン いちごジャム {s}"],
        [("370g", 698), ("225g", 458)],
        None,
    ),
    ("jam", "kissan", "breakfast", ["Kissan Mixed Fruit Jam {s}"], [("500g", 498)], None),
    (
        "peanut butter",
        "skippy",
        "breakfast",
        ["Skippy Creamy Peanut Butter {s}", "SKIPPY Super Chunk {s}", "スキッピー ピーナッツバター {s}"],
        [("340g", 598), ("462g", 798)],
        None,
    ),
    (
        "peanut butter",
        "pintola",
        "world-foods",
        ["Pintola All Natural Peanut Butter Crunchy {s}"],
        [("1kg", 1680)],
        None,
    ),
    (
        "lentils",
        "tata",
        "world-foods",
        ["Tata Sampann Unpolished Toor Dal {s}", "Tata Sampann Moong Dal {s}"],
        [("1kg", 880), ("500g", 498)],
        None,
    ),
    ("spices", "mdh", "world-foods", ["MDH Garam Masala {s}", "MDH Chana Masala {s}"], [("100g", 498)], None),
    (
        "spices",
        "everest",
        "world-foods",
        ["Everest Chaat Masala {s}", "Everest Kitchen King Masala {s}"],
        [("100g", 398)],
        None,
    ),
    ("spices", "s&b", "sauces", ["S&B カレー粉 {s}", "S&B Curry Powder {s}"], [("37g", 248)], None),
    (
        "eggs",
        "ise",
        "dairy",
        ["イセ食品 森のたまご {s}", "卵 Mサイズ {s}"],
        [("10個", 258), ("6個", 198)],
        None,
    ),
    (
        "bread",
        "pasco",
        "breakfast",
        ["Pasco 超熟 食パン {s}", "超熟 山型 {s}"],
        [("6枚", 178), ("8枚", 198)],
        None,
    ),
    (
        "bread",
        "yamazaki",
        "breakfast",
        ["ヤマザキ ダブルソフト {s}", "Yamazaki Double Soft Bread {s}"],
        [("6枚", 198)],
        None,
    ),
    (
        "tofu",
        "sagamiya",
        "dairy",
        ["相模屋 絹ごし豆腐 {s}", "Sagamiya Silken Tofu {s}"],
        [("300g", 88), ("150g x3", 128)],
        None,
    ),
    (
        "laundry detergent",
        "kao",
        "household",
        ["アタックZERO 本体 {s}", "Kao Attack ZERO Liquid Detergent {s}", "アタックZERO 詰め替え {s}"],
        [("380g", 398), ("1.1kg", 798)],
        None,
    ),
    (
        "laundry detergent",
        "p&g",
        "household",
        ["Ariel Power Gel {s}", "アリエール ジェル {s}"],
        [("910g", 698)],
        None,
    ),
    (
        "laundry detergent",
        "surf excel",
        "household",
        ["Surf Excel Easy Wash Detergent Powder {s}"],
        [("1kg", 598)],
        None,
    ),
    (
        "dish soap",
        "p&g",
        "household",
        ["JOY コンパクト 食器用洗剤 {s}", "Joy Dish Soap {s}"],
        [("170ml", 198), ("300ml", 298)],
        None,
    ),
    ("dish soap", "kao", "household", ["キュキュット 食器用洗剤 {s}"], [("240ml", 198)], None),
    ("dish soap", "vim", "household", ["Vim Dishwash Liquid Lemon {s}"], [("500ml", 398)], None),
    (
        "toilet paper",
        "scottie",
        "household",
        ["スコッティ トイレットペーパー ダブル {s}", "Scottie Toilet Tissue Double {s}"],
        [("12ロール", 698)],
        None,
    ),
    (
        "toilet paper",
        "elleair",
        "household",
        ["エリエール トイレットティシュー シングル {s}"],
        [("12ロール", 648), ("18ロール", 898)],
        None,
    ),
    (
        "shampoo",
        "dove",
        "personal-care",
        ["Dove Intense Repair Shampoo {s}", "ダヴ シャンプー {s}"],
        [("480ml", 698)],
        None,
    ),
    (
        "shampoo",
        "p&g",
        "personal-care",
        ["パンテーン シャンプー {s}", "Pantene Pro-V Shampoo {s}"],
        [("400ml", 798)],
        None,
    ),
    (
        "shampoo",
        "tsubaki",
        "personal-care",
        ["TSUBAKI プレミアムモイスト シャンプー {s}"],
        [("490ml", 898)],
        None,
    ),
    (
        "razor",
        "gillette",
        "personal-care",
        ["Gillette Mach3 Razor {s}", "ジレット マッハシンスリー 本体 {s}"],
        [("替刃1個付", 898)],
        "men",
    ),
    (
        "razor",
        "gillette",
        "personal-care",
        ["Gillette Venus Women's Razor {s}", "ジレット ヴィーナス 女性用 {s}"],
        [("替刃2個付", 998)],
        "women",
    ),
    (
        "razor",
        "schick",
        "personal-care",
        ["Schick Hydro Silk for Women {s}", "シック ハイドロシルク {s}"],
        [("本体", 1080)],
        "women",
    ),
    (
        "razor",
        "schick",
        "personal-care",
        ["Schick Quattro for Men {s}", "シック クアトロ メンズ {s}"],
        [("本体", 880)],
        "men",
    ),
    (
        "deodorant",
        "nivea",
        "personal-care",
        ["Nivea Men Deep Deodorant Spray {s}", "ニベアメン デオドラント {s}"],
        [("150ml", 598)],
        "men",
    ),
    (
        "deodorant",
        "rexona",
        "personal-care",
        ["Rexona Women Shower Clean {s}", "レセナ 女性用 デオドラント {s}"],
        [("150ml", 548)],
        "women",
    ),
    ("deodorant", "axe", "personal-care", ["AXE Dark Temptation Body Spray {s}"], [("150ml", 548)], "men"),
    ("deodorant", "8x4", "personal-care", ["8x4 パウダースプレー 無香料 {s}"], [("150g", 498)], "unisex"),
]
GROCERY_NOTES = [
    "要冷蔵",
    "Product of India",
    "国産",
    "Made in Italy",
    "輸入品",
    "要冷蔵・賞味期限 10日",
    "Imported from the UK",
    "Halal",
    "Vegetarian",
    "Product of Korea",
    "常温保存可",
]


def grocery_mixed() -> Catalog:
    c = Catalog("grocery_mixed", "JPY", 81004)
    r = c.r
    for typ, brand, cat, titles, sizes, gender in GROCERY:
        for si, (size, price) in enumerate(sizes):
            listings = [titles[si % len(titles)]]
            if len(titles) > 1 and r.random() < 0.35:
                listings.append(titles[(si + 1) % len(titles)])  # same item listed again, written differently
            for li, tmpl in enumerate(listings):
                pid = c.next_id("JP-")
                p = int(price * (1 if li == 0 else r.choice([0.95, 1.02, 1.05, 0.98])))
                p = p - p % 10 + 8 if p >= 100 else p
                title = tmpl.format(s=size)
                prod = {
                    "id": pid,
                    "title": title,
                    "price": p,
                    "currency": "JPY",
                    "stock": 0 if r.random() < 0.08 else r.randint(1, 120),
                }
                if r.random() < 0.8:
                    prod["brand"] = {
                        "jaone": "JA全農",
                        "marukyu koyamaen": "丸久小山園",
                        "yamada bee farm": "山田養蜂場",
                        "ise": "イセ食品",
                        "sanyo": "サンヨー食品",
                        "sagamiya": "相模屋",
                        "mcvitie's": "McVitie's",
                        "nescafe": "Nescafé",
                        "ucc": "UCC",
                        "mdh": "MDH",
                        "p&g": "P&G",
                        "s&b": "S&B",
                        "bosco": "BOSCO",
                    }.get(brand, brand.title().replace("'S", "'s"))
                if r.random() < 0.9:
                    prod["category"] = cat
                if r.random() < 0.25:
                    prod["description"] = r.choice(GROCERY_NOTES)
                if r.random() < 0.5:
                    prod["rating"] = round(r.uniform(3.6, 4.8), 1)
                    prod["review_count"] = r.randint(1, 300)
                c.add(
                    prod,
                    {
                        "type": typ,
                        "brand": brand,
                        "gender": gender,
                        "colours": [],
                        "size": norm_size(size),
                        "category": cat,
                        "title_script": "ja" if any(ord(ch) > 0x3000 for ch in title) else "latin",
                    },
                )
    return c


def round_jpy(v: float) -> int:
    for limit, step in ((300, 50), (1000, 100), (3000, 500), (10**9, 1000)):
        if v < limit:
            return max(step, int(round(v / step)) * step)
    return int(v)


def grocery_queries(c: Catalog) -> None:
    Q = c.q
    for text, it in [
        (
            "something to spread on toast",
            {"t": {"butter", "jam", "peanut butter", "honey"}, "rel": {"ghee", "bread"}},
        ),
        ("ingredients for Japanese curry", {"t": {"curry roux"}, "rel": {"rice", "spices"}}),
        ("drinks for a party", {"t": {"soda", "beer"}, "rel": {"water"}}),
        ("breakfast cereal", {"t": {"cereal"}}),
        ("snacks for a movie night", {"t": {"crisps", "chocolate", "savoury snack"}, "rel": {"biscuits"}}),
        ("Indian cooking basics", {"t": {"ghee", "lentils", "spices", "basmati rice"}}),
        ("something sweet after dinner", {"t": {"chocolate", "biscuits"}, "rel": {"jam", "honey"}}),
        ("oil for salad", {"t": {"olive oil"}, "rel": {"mayonnaise"}}),
        ("quick dinner in 3 minutes", {"t": {"instant noodles"}}),
        ("tea for the morning", {"t": {"black tea", "green tea"}}),
        ("instant coffee", {"t": {"coffee"}}),
        ("soy sauce 1 litre", {"t": {"soy sauce"}, "size": "1000ml"}),
        ("butter 500g", {"t": {"butter"}, "size": "500g", "rel": {"ghee"}}),
        ("big bottle of water 2L", {"t": {"water"}, "size": "2000ml"}),
        ("6 pack of beer", {"t": {"beer"}, "size": "350mlx6"}),
        ("something for washing dishes", {"t": {"dish soap"}}),
        ("detergent for laundry", {"t": {"laundry detergent"}}),
        ("toilet rolls 12 pack", {"t": {"toilet paper"}, "size": "12ロール"}),
        ("spicy korean ramen", {"t": {"instant noodles"}, "b": ["nongshim"]}),
        ("dairy-free milk", {"t": {"plant milk"}}),
        ("Italian dinner tonight", {"t": {"pasta", "pasta sauce"}, "rel": {"olive oil", "cheese"}}),
        ("protein for breakfast", {"t": {"eggs", "yogurt"}, "rel": {"cheese", "peanut butter", "milk"}}),
        ("Japanese rice 5kg", {"t": {"rice"}, "size": "5000g", "rel": {"basmati rice"}}),
        ("miso for soup", {"t": {"miso"}, "rel": {"tofu"}}),
        ("a box of cup noodles", {"t": {"instant noodles"}, "size": "78gx20"}),
        ("matcha powder", {"t": {"green tea"}, "b": ["marukyu koyamaen"]}),
        ("fresh bread for sandwiches", {"t": {"bread"}}),
    ]:
        Q("descriptive", text, it)
    for text, it in [
        ("milk for my tea", {"t": {"milk", "plant milk"}}),
        ("butter for my bread", {"t": {"butter"}, "rel": {"ghee"}}),
        ("sauce for pasta", {"t": {"pasta sauce"}}),
        ("dressing for salad", {"t": {"mayonnaise", "olive oil"}}),
        ("rice to go with curry", {"t": {"rice", "basmati rice"}}),
        ("ketchup for fries", {"t": {"ketchup"}}),
        ("honey for my tea", {"t": {"honey"}}),
        ("something to put on rice", {"t": {"curry roux", "soy sauce"}, "rel": {"miso"}}),
        ("chips to go with beer", {"t": {"crisps", "savoury snack"}}),
        ("spices for curry", {"t": {"spices"}, "rel": {"curry roux"}}),
    ]:
        Q("accessory", text, it)
    for text, it in [
        ("Amul", {"t": None, "b": ["amul"]}),
        ("Kikkoman", {"t": None, "b": ["kikkoman"]}),
        ("キッコーマン", {"t": None, "b": ["kikkoman"]}),
        ("Nissin", {"t": None, "b": ["nissin"]}),
        ("Meiji", {"t": None, "b": ["meiji"]}),
        ("明治", {"t": None, "b": ["meiji"]}),
        ("Heinz", {"t": None, "b": ["heinz"]}),
        ("Barilla", {"t": None, "b": ["barilla"]}),
        ("Tata tea", {"t": {"black tea"}, "b": ["tata"]}),
        ("Nescafe", {"t": None, "b": ["nescafe"]}),
        ("Calbee", {"t": None, "b": ["calbee"]}),
        ("Asahi beer", {"t": {"beer"}, "b": ["asahi"]}),
        ("Lipton", {"t": None, "b": ["lipton"]}),
        ("Kewpie mayo", {"t": {"mayonnaise"}, "b": ["kewpie"]}),
        ("Haldiram", {"t": None, "b": ["haldiram's"]}),
        ("Maggi noodles", {"t": {"instant noodles"}, "b": ["maggi"]}),
        ("Kellogg's", {"t": None, "b": ["kellogg's"]}),
        ("India Gate basmati", {"t": {"basmati rice"}, "b": ["india gate"]}),
        ("Amul butter", {"t": {"butter"}, "b": ["amul"]}),
        ("Gillette", {"t": None, "b": ["gillette"]}),
    ]:
        Q("brand", text, it)
    fmts = [
        lambda t, lo, m, hi: (f"{t} ¥{m}以下", {"maxp": m}),
        lambda t, lo, m, hi: (f"{m}円以下の{t}", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} under {m} yen", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} less than ¥{m:,}", {"maxp": m - 1}),
        lambda t, lo, m, hi: (f"{t} {m}円未満", {"maxp": m - 1}),
        lambda t, lo, m, hi: (
            (f"千円以下の{t}", {"maxp": 1000}) if m <= 1000 else (f"{t} 予算{m}円", {"maxp": m})
        ),
        lambda t, lo, m, hi: (f"{t} ¥{lo}〜¥{hi}", {"minp": lo, "maxp": hi}),
        lambda t, lo, m, hi: (f"{t} below {m} JPY", {"maxp": m}),
        lambda t, lo, m, hi: (f"{t} 予算{m}円", {"maxp": m}),
    ]
    add_price_queries(
        c,
        [
            ("butter", {"butter"}, {"ghee"}),
            ("醤油", {"soy sauce"}, ()),
            ("beer", {"beer"}, ()),
            ("コーヒー", {"coffee"}, ()),
            ("chocolate", {"chocolate"}, ()),
            ("ghee", {"ghee"}, ()),
            ("rice", {"rice", "basmati rice"}, ()),
            ("black tea", {"black tea"}, ()),
            ("honey", {"honey"}, ()),
            ("olive oil", {"olive oil"}, ()),
            ("カップ麺", {"instant noodles"}, ()),
            ("shampoo", {"shampoo"}, ()),
            ("cereal", {"cereal"}, ()),
            ("laundry detergent", {"laundry detergent"}, ()),
        ],
        fmts,
        round_jpy,
    )
    c.q("price", "¥3000以下のお米", {"t": {"rice", "basmati rice"}, "maxp": 3000})
    for text, it in [
        ("instant noodles but not Nissin", {"t": {"instant noodles"}, "xb": {"nissin"}}),
        ("milk, not Meiji", {"t": {"milk"}, "xb": {"meiji"}}),
        ("beer except Asahi", {"t": {"beer"}, "xb": {"asahi"}}),
        ("chocolate that isn't Meiji or Lotte", {"t": {"chocolate"}, "xb": {"meiji", "lotte"}}),
        ("butter other than Amul", {"t": {"butter"}, "xb": {"amul"}}),
        ("ketchup, no Heinz", {"t": {"ketchup"}, "xb": {"heinz"}}),
        ("日清以外のカップ麺", {"t": {"instant noodles"}, "xb": {"nissin"}}),
    ]:
        Q("negation", text, it)
    for text, it in [
        ("razor for men", {"t": {"razor"}, "g": "men"}),
        ("women's razor", {"t": {"razor"}, "g": "women"}),
        ("deodorant for women", {"t": {"deodorant"}, "g": "women"}),
        ("men's deodorant spray", {"t": {"deodorant"}, "g": "men"}),
        ("ladies shaver", {"t": {"razor"}, "g": "women"}),
        ("女性用 カミソリ", {"t": {"razor"}, "g": "women"}),
    ]:
        Q("gender", text, it)
    for text, it in [
        ("バター", {"t": {"butter"}, "rel": {"ghee"}}),
        ("醤油", {"t": {"soy sauce"}}),
        ("soy sauce", {"t": {"soy sauce"}}),
        ("ビール", {"t": {"beer"}}),
        ("mantequilla", {"t": {"butter"}}),
        ("Sojasauce", {"t": {"soy sauce"}}),
        ("酱油", {"t": {"soy sauce"}}),
        ("牛奶", {"t": {"milk"}, "rel": {"plant milk"}}),
        ("啤酒", {"t": {"beer"}}),
        ("方便面", {"t": {"instant noodles"}}),
        ("leche", {"t": {"milk"}, "rel": {"plant milk"}}),
        ("cerveza", {"t": {"beer"}}),
        ("紅茶", {"t": {"black tea"}}),
        ("green tea", {"t": {"green tea"}}),
        ("お米 5kg", {"t": {"rice"}, "size": "5000g"}),
        ("Nudeln", {"t": {"pasta", "instant noodles"}}),
        ("巧克力", {"t": {"chocolate"}}),
        ("Kaffee", {"t": {"coffee"}}),
        ("ケチャップ", {"t": {"ketchup"}}),
        ("洗濯洗剤", {"t": {"laundry detergent"}}),
    ]:
        Q("other_language", text, it)
    for text, it in [
        ("butter", {"t": {"butter"}}),
        ("ghee", {"t": {"ghee"}}),
        ("ramen", {"t": {"instant noodles"}}),
        ("カップヌードル", {"t": {"instant noodles"}, "b": ["nissin"]}),
        ("コーラ", {"t": {"soda"}}),
        ("beer", {"t": {"beer"}}),
        ("rice", {"t": {"rice", "basmati rice"}}),
        ("マヨネーズ", {"t": {"mayonnaise"}}),
        ("ketchup", {"t": {"ketchup"}}),
        ("chocolate", {"t": {"chocolate"}}),
        ("cornflakes", {"t": {"cereal"}}),
        ("dal", {"t": {"lentils"}}),
        ("masala", {"t": {"spices"}}),
        ("tofu", {"t": {"tofu"}}),
        ("eggs", {"t": {"eggs"}}),
        ("granola", {"t": {"cereal"}}),
    ]:
        Q("short", text, it)
    for text, it in [
        ("buttter", {"t": {"butter"}}),
        ("ketchap", {"t": {"ketchup"}}),
        ("mayonaise", {"t": {"mayonnaise"}}),
        ("chocolat", {"t": {"chocolate"}}),
        ("nodles", {"t": {"instant noodles", "pasta"}}),
        ("basmatti rice", {"t": {"basmati rice"}}),
        ("cornflaks", {"t": {"cereal"}}),
        ("pringels", {"t": {"crisps"}, "b": ["pringles"]}),
        ("shampo", {"t": {"shampoo"}}),
        ("detergant", {"t": {"laundry detergent"}, "rel": {"dish soap"}}),
    ]:
        Q("typo", text, it)
    add_typo_queries(
        c,
        [
            ("peanut butter", {"t": {"peanut butter"}}),
            ("olive oil", {"t": {"olive oil"}}),
            ("instant coffee", {"t": {"coffee"}}),
            ("toilet paper", {"t": {"toilet paper"}}),
            ("mineral water", {"t": {"water"}}),
            ("strawberry jam", {"t": {"jam"}}),
            ("garam masala", {"t": {"spices"}}),
            ("spaghetti", {"t": {"pasta"}}),
            ("digestive biscuits", {"t": {"biscuits"}}),
            ("green tea", {"t": {"green tea"}}),
        ],
        10,
    )
    for text in ["fresh salmon sashimi", "dog food", "red wine", "birthday cake"]:
        Q("no_answer", text, {"t": set()})


# == translated query groups =======================================================================
# The same request in English, Spanish, German and Chinese, for measuring that a translated request
# finds what its English version finds (overlap@10). Judgments come from the intent, as above.

TRANSLATED = [
    # gadgets_inr
    (
        "gadgets_inr",
        "charger for my phone",
        "cargador para mi teléfono",
        "Ladegerät für mein Handy",
        "手机充电器",
        {"t": {"charger"}, "rel": {"charging cable", "wireless charger", "power bank", "car charger"}},
    ),
    (
        "gadgets_inr",
        "wireless earbuds",
        "auriculares inalámbricos",
        "kabellose Ohrhörer",
        "无线耳机",
        {"t": {"tws earbuds"}, "rel": {"neckband earphones"}},
    ),
    (
        "gadgets_inr",
        "smartwatch for women",
        "reloj inteligente para mujer",
        "Smartwatch für Damen",
        "女士智能手表",
        {"t": {"smartwatch"}, "g": "women"},
    ),
    (
        "gadgets_inr",
        "case for my phone",
        "funda para mi celular",
        "Hülle für mein Handy",
        "手机保护壳",
        {"t": {"phone case"}, "rel": {"screen protector"}},
    ),
    (
        "gadgets_inr",
        "power bank 20000mAh",
        "batería externa de 20000mAh",
        "Powerbank 20000mAh",
        "20000毫安充电宝",
        {"t": {"power bank"}},
    ),
    (
        "gadgets_inr",
        "bluetooth speaker",
        "altavoz bluetooth",
        "Bluetooth-Lautsprecher",
        "蓝牙音箱",
        {"t": {"bluetooth speaker"}},
    ),
    (
        "gadgets_inr",
        "gaming laptop",
        "laptop para juegos",
        "Gaming-Laptop",
        "游戏笔记本电脑",
        {"t": {"laptop"}, "f": ["gaming"]},
    ),
    (
        "gadgets_inr",
        "noise cancelling headphones",
        "audífonos con cancelación de ruido",
        "Kopfhörer mit Geräuschunterdrückung",
        "降噪耳机",
        {"t": {"headphones", "tws earbuds"}, "f": ["anc"]},
    ),
    (
        "gadgets_inr",
        "screen protector for iPhone 15",
        "protector de pantalla para iPhone 15",
        "Displayschutz für iPhone 15",
        "iPhone 15 钢化膜",
        {"t": {"screen protector"}, "fits": "apple"},
    ),
    (
        "gadgets_inr",
        "Samsung smartphone",
        "teléfono Samsung",
        "Samsung Smartphone",
        "三星手机",
        {"t": {"smartphone"}, "b": ["samsung"]},
    ),
    (
        "gadgets_inr",
        "tablet for studying",
        "tableta para estudiar",
        "Tablet zum Lernen",
        "学习用平板电脑",
        {"t": {"tablet"}, "rel": {"laptop"}},
    ),
    ("gadgets_inr", "wireless mouse", "ratón inalámbrico", "kabellose Maus", "无线鼠标", {"t": {"mouse"}}),
    (
        "gadgets_inr",
        "soundbar for my TV",
        "barra de sonido para la tele",
        "Soundbar für den Fernseher",
        "电视音响条形音箱",
        {"t": {"soundbar"}},
    ),
    (
        "gadgets_inr",
        "memory card 128GB",
        "tarjeta de memoria de 128GB",
        "Speicherkarte 128 GB",
        "128GB内存卡",
        {"t": {"memory card"}, "rel": {"pendrive"}},
    ),
    (
        "gadgets_inr",
        "laptop backpack",
        "mochila para laptop",
        "Laptop-Rucksack",
        "电脑双肩包",
        {"t": {"laptop bag"}},
    ),
    (
        "gadgets_inr",
        "fitness tracker",
        "pulsera de actividad",
        "Fitness-Tracker",
        "运动手环",
        {"t": {"fitness band"}, "rel": {"smartwatch"}},
    ),
    # moda_es
    (
        "moda_es",
        "formal shirt for men",
        "camisa formal para hombre",
        "Businesshemd für Herren",
        "男士正装衬衫",
        {"t": {"formal shirt"}, "g": "men", "rel": {"casual shirt"}},
    ),
    ("moda_es", "red dress", "vestido rojo", "rotes Kleid", "红色连衣裙", {"t": {"dress"}, "c": "red"}),
    (
        "moda_es",
        "white sneakers",
        "tenis blancos",
        "weiße Sneaker",
        "白色运动鞋",
        {"t": {"sneakers"}, "c": "white"},
    ),
    (
        "moda_es",
        "women's jeans",
        "jeans para mujer",
        "Damenjeans",
        "女士牛仔裤",
        {"t": {"jeans"}, "g": "women"},
    ),
    (
        "moda_es",
        "boys' t-shirt",
        "playera para niño",
        "T-Shirt für Jungen",
        "男童T恤",
        {"t": {"t-shirt"}, "g": "boys", "rel": {"polo"}},
    ),
    ("moda_es", "leather belt", "cinturón de piel", "Ledergürtel", "皮带", {"t": {"belt"}}),
    (
        "moda_es",
        "swimsuit for girls",
        "traje de baño para niña",
        "Badeanzug für Mädchen",
        "女童泳衣",
        {"t": {"swimsuit"}, "g": "girls"},
    ),
    (
        "moda_es",
        "warm winter jacket",
        "chamarra abrigadora para el invierno",
        "warme Winterjacke",
        "保暖冬季外套",
        {"t": {"jacket"}, "rel": {"sweater", "hoodie"}},
    ),
    ("moda_es", "silk tie", "corbata de seda", "Seidenkrawatte", "真丝领带", {"t": {"tie"}}),
    ("moda_es", "high heels", "zapatillas de tacón", "High Heels", "高跟鞋", {"t": {"heels"}}),
    (
        "moda_es",
        "grey hoodie",
        "sudadera gris con capucha",
        "graue Kapuzenjacke",
        "灰色连帽衫",
        {"t": {"hoodie"}, "c": "grey"},
    ),
    (
        "moda_es",
        "men's pajamas",
        "pijama para hombre",
        "Herrenschlafanzug",
        "男士睡衣",
        {"t": {"pajamas"}, "g": "men"},
    ),
    ("moda_es", "handbag", "bolsa de mano", "Handtasche", "手提包", {"t": {"handbag"}}),
    (
        "moda_es",
        "dress shoes for men",
        "zapatos de vestir para hombre",
        "Anzugschuhe für Herren",
        "男士正装皮鞋",
        {"t": {"dress shoes"}, "g": "men", "rel": {"boots"}},
    ),
    (
        "moda_es",
        "women's blouse",
        "blusa de mujer",
        "Damenbluse",
        "女士衬衫上衣",
        {"t": {"blouse"}, "g": "women"},
    ),
    (
        "moda_es",
        "ankle boots for women",
        "botines para mujer",
        "Stiefeletten für Damen",
        "女士短靴",
        {"t": {"boots"}, "g": "women"},
    ),
    # haushalt_de
    (
        "haushalt_de",
        "something to keep my tea hot",
        "algo para mantener caliente mi té",
        "etwas, um meinen Tee heiß zu halten",
        "给茶保温的东西",
        {"t": {"thermos jug", "travel mug"}, "rel": {"teapot", "kettle"}},
    ),
    (
        "haushalt_de",
        "non-stick frying pan",
        "sartén antiadherente",
        "beschichtete Bratpfanne",
        "不粘煎锅",
        {"t": {"frying pan"}},
    ),
    (
        "haushalt_de",
        "cordless drill",
        "taladro inalámbrico",
        "Akkuschrauber",
        "无线电钻",
        {"t": {"cordless drill"}, "rel": {"hammer drill"}},
    ),
    ("haushalt_de", "electric kettle", "hervidor eléctrico", "Wasserkocher", "电热水壶", {"t": {"kettle"}}),
    (
        "haushalt_de",
        "bath towels",
        "toallas de baño",
        "Badetücher",
        "浴巾",
        {"t": {"towel set"}, "rel": {"bathrobe"}},
    ),
    (
        "haushalt_de",
        "coffee machine",
        "cafetera",
        "Kaffeemaschine",
        "咖啡机",
        {"t": {"coffee maker", "espresso machine"}},
    ),
    (
        "haushalt_de",
        "bathrobe for women",
        "bata de baño para mujer",
        "Bademantel für Damen",
        "女士浴袍",
        {"t": {"bathrobe"}, "g": "women"},
    ),
    (
        "haushalt_de",
        "vacuum cleaner bags",
        "bolsas para aspiradora",
        "Staubsaugerbeutel",
        "吸尘器集尘袋",
        {"t": {"vacuum bags"}},
    ),
    (
        "haushalt_de",
        "cordless vacuum cleaner",
        "aspiradora inalámbrica",
        "Akku-Staubsauger",
        "无线吸尘器",
        {"t": {"stick vacuum"}, "rel": {"vacuum"}},
    ),
    ("haushalt_de", "knife set", "juego de cuchillos", "Messerset", "刀具套装", {"t": {"kitchen knife"}}),
    ("haushalt_de", "shower curtain", "cortina de baño", "Duschvorhang", "浴帘", {"t": {"shower curtain"}}),
    (
        "haushalt_de",
        "non-slip bath mat",
        "tapete de baño antideslizante",
        "rutschfeste Badematte",
        "防滑浴室地垫",
        {"t": {"bath mat"}},
    ),
    (
        "haushalt_de",
        "battery for my drill",
        "batería para mi taladro",
        "Akku für meine Bohrmaschine",
        "电钻电池",
        {"t": {"drill battery"}},
    ),
    (
        "haushalt_de",
        "warm slippers for men",
        "pantuflas calientitas para hombre",
        "warme Hausschuhe für Herren",
        "男士保暖拖鞋",
        {"t": {"slippers"}, "g": "men"},
    ),
    (
        "haushalt_de",
        "toolbox with tools",
        "caja de herramientas",
        "Werkzeugkoffer",
        "工具箱",
        {"t": {"toolbox"}, "rel": {"screwdriver set"}},
    ),
    (
        "haushalt_de",
        "bed linen",
        "juego de sábanas",
        "Bettwäsche",
        "床上用品四件套",
        {"t": {"bedding"}, "rel": {"pillow"}},
    ),
    # grocery_mixed
    ("grocery_mixed", "butter", "mantequilla", "Butter", "黄油", {"t": {"butter"}, "rel": {"ghee"}}),
    ("grocery_mixed", "soy sauce", "salsa de soya", "Sojasauce", "酱油", {"t": {"soy sauce"}}),
    (
        "grocery_mixed",
        "instant noodles",
        "fideos instantáneos",
        "Instantnudeln",
        "方便面",
        {"t": {"instant noodles"}},
    ),
    ("grocery_mixed", "beer", "cerveza", "Bier", "啤酒", {"t": {"beer"}}),
    ("grocery_mixed", "milk", "leche", "Milch", "牛奶", {"t": {"milk"}, "rel": {"plant milk"}}),
    ("grocery_mixed", "green tea", "té verde", "grüner Tee", "绿茶", {"t": {"green tea"}}),
    ("grocery_mixed", "chocolate", "chocolate", "Schokolade", "巧克力", {"t": {"chocolate"}}),
    ("grocery_mixed", "olive oil", "aceite de oliva", "Olivenöl", "橄榄油", {"t": {"olive oil"}}),
    ("grocery_mixed", "mineral water", "agua mineral", "Mineralwasser", "矿泉水", {"t": {"water"}}),
    (
        "grocery_mixed",
        "laundry detergent",
        "detergente para ropa",
        "Waschmittel",
        "洗衣液",
        {"t": {"laundry detergent"}},
    ),
    ("grocery_mixed", "strawberry jam", "mermelada de fresa", "Erdbeermarmelade", "草莓果酱", {"t": {"jam"}}),
    (
        "grocery_mixed",
        "breakfast cereal",
        "cereal para el desayuno",
        "Frühstücksflocken",
        "早餐麦片",
        {"t": {"cereal"}},
    ),
    (
        "grocery_mixed",
        "razor for women",
        "rastrillo para mujer",
        "Damenrasierer",
        "女士剃须刀",
        {"t": {"razor"}, "g": "women"},
    ),
    (
        "grocery_mixed",
        "toilet paper",
        "papel higiénico",
        "Toilettenpapier",
        "卫生纸",
        {"t": {"toilet paper"}},
    ),
    ("grocery_mixed", "honey", "miel", "Honig", "蜂蜜", {"t": {"honey"}}),
    (
        "grocery_mixed",
        "potato chips",
        "papas fritas de bolsa",
        "Kartoffelchips",
        "薯片",
        {"t": {"crisps"}, "rel": {"savoury snack"}},
    ),
]


def translated_groups(cats: dict) -> list[dict]:
    out = []
    for n, (cat, en, es, de, zh, it) in enumerate(TRANSLATED, 1):
        j = judge(cats[cat].truth, it)
        if not any(g == 3 for g in j.values()):
            print(f"note translated: no grade-3 answer, dropped: {en}", file=sys.stderr)
            continue
        out.append(
            {"id": f"TR{n:03d}", "catalog": cat, "en": en, "es": es, "de": de, "zh": zh, "judgments": j}
        )
    return out


# == writing and checking ==========================================================================


def dump(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def check(c: Catalog) -> list[str]:
    errs = []
    ids = [p["id"] for p in c.products]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    skus = [v["sku"] for p in c.products for v in p.get("variants", [])]
    if len(set(skus)) != len(skus) or set(skus) & set(ids):
        errs.append("duplicate skus")
    for p in c.products:
        for k in ("id", "title"):
            if not p.get(k):
                errs.append(f"{p.get('id')}: no {k}")
        prices = [p["price"]] if "price" in p else [v.get("price", p.get("price")) for v in p["variants"]]
        if not prices or any(x is None or not x > 0 for x in prices):
            errs.append(f"{p['id']}: bad price {prices}")
        if p.get("currency") != c.currency:
            errs.append(f"{p['id']}: currency")
        json.loads(json.dumps(p, ensure_ascii=False))
    if not 200 <= len(c.products) <= 400:
        errs.append(f"{len(c.products)} products (want 200-400)")
    if len(c.queries) < 120:
        errs.append(f"{len(c.queries)} queries (want >= 120)")
    known = set(ids)
    for q in c.queries:
        if q["kind"] != "no_answer" and 3 not in q["judgments"].values():
            errs.append(f"{q['id']}: no grade 3")
        if set(q["judgments"]) - known:
            errs.append(f"{q['id']}: unknown ids")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    out: Path = args.out
    builders = [
        ("gadgets_inr", gadgets_inr, gadgets_queries, "GQ"),
        ("moda_es", moda_es, moda_queries, "MQ"),
        ("haushalt_de", haushalt_de, haushalt_queries, "HQ"),
        ("grocery_mixed", grocery_mixed, grocery_queries, "JQ"),
    ]
    cats = {}
    bad = False
    for name, build, queries, prefix in builders:
        c = build()
        queries(c)
        c.finish(prefix)
        cats[name] = c
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        dump(d / "products.jsonl", c.products)
        dump(d / "truth.jsonl", c.truth)
        dump(d / "queries.jsonl", c.queries)
        errs = check(c)
        for e in errs:
            print(f"ERROR {name}: {e}", file=sys.stderr)
        bad |= bool(errs)
        for dq in c.dropped:
            print(f"note {name}: dropped query without a grade-3 answer: {dq}", file=sys.stderr)
    groups = translated_groups(cats)
    dump(out / "translated.jsonl", groups)
    # counts
    print(f"{'catalog':<15}{'products':>9}{'variants':>9}{'queries':>8}{'dev':>5}{'held':>5}")
    for name, c in cats.items():
        nv = sum(len(p.get("variants", [])) for p in c.products)
        sp = Counter(q["split"] for q in c.queries)
        print(f"{name:<15}{len(c.products):>9}{nv:>9}{len(c.queries):>8}{sp['dev']:>5}{sp['heldout']:>5}")
    print()
    print(f"{'kind':<16}" + "".join(f"{n[:13]:>14}" for n in cats) + "   (dev/heldout)")
    for k in KINDS:
        row = []
        for c in cats.values():
            ks = Counter(q["split"] for q in c.queries if q["kind"] == k)
            row.append(f"{ks['dev']}/{ks['heldout']}")
        print(f"{k:<16}" + "".join(f"{x:>14}" for x in row))
    tc = Counter(g["catalog"] for g in groups)
    print(f"\ntranslated.jsonl: {len(groups)} groups " + ", ".join(f"{k} {v}" for k, v in tc.items()))
    if bad:
        print("FAILED checks (see stderr)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
