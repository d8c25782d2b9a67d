"""Questions about the results already shown ("which of these is the warmest?", "which has a hood?",
"which has the longest battery?"): answered over those results, never by a fresh search that would
drop the constraints the user set.

Code answers when an attribute of the products names what is asked: a superlative maps to an
attribute key and a direction (warmest -> warmth/insulation/temperature, highest first; lightest ->
weight, lowest first), a yes/no attribute answers "which has / which is". Otherwise `None`, and the
session lets the model answer one step over the comparison table of the shown results.
`asked_facts` answers a question about one product's attributes and options from its catalog row.
"""

from __future__ import annotations

import re
from typing import Any

from shopagent.text.numbers import fold
from shopagent.text.words import drop_final_s

# superlative stem -> (attribute key stems it may be read from, True when the highest value wins)
_SUPERLATIVES: dict[str, tuple[tuple[str, ...], bool]] = {
    "warm": (("warmth", "insulation", "fill", "temperature", "temp", "warm"), True),
    "light": (("weight", "mass"), False),
    "heavy": (("weight", "mass"), True),
    "long": (("battery", "length", "runtime", "life"), True),
    "battery": (("battery", "runtime"), True),
    "big": (("capacity", "volume", "size", "liters", "litres", "person"), True),
    "large": (("capacity", "volume", "size", "liters", "litres", "person"), True),
    "small": (("capacity", "volume", "size", "weight"), False),
    "fast": (("speed", "power", "watt"), True),
    "powerful": (("power", "watt", "output"), True),
    "loud": (("output", "volume", "watt", "db"), True),
    "waterproof": (("waterproof", "water"), True),
    "durable": (("durability", "warranty"), True),
    "cheap": (("price",), False),
    # rated best: the product's own rating ("which one has the best reviews", "评价最好的")
    "rated": (("rating",), True),
    "rating": (("rating",), True),
    "ratings": (("rating",), True),
    "review": (("rating",), True),
    "reviews": (("rating",), True),
    "stars": (("rating",), True),
    "valorado": (("rating",), True),
    "valorada": (("rating",), True),
    "valoraciones": (("rating",), True),
    "resenas": (("rating",), True),
    "bewertet": (("rating",), True),
    "bewertungen": (("rating",), True),
    "bewertung": (("rating",), True),
    "note": (("rating",), True),
    "notes": (("rating",), True),
    "avis": (("rating",), True),
    "recensioni": (("rating",), True),
    "valutato": (("rating",), True),
    "beoordeeld": (("rating",), True),
    "beoordelingen": (("rating",), True),
    "avaliado": (("rating",), True),
    "avaliacoes": (("rating",), True),
    "评价": (("rating",), True),
    "评分": (("rating",), True),
    "好评": (("rating",), True),
    "評価": (("rating",), True),
    "レビュー": (("rating",), True),
    "expensive": (("price",), True),
    # es / de / fr / zh stems of the same questions
    "calid": (("warmth", "insulation", "temperature", "temp", "warm"), True),
    "warmst": (("warmth", "insulation", "temperature", "temp", "warm"), True),
    "chaud": (("warmth", "insulation", "temperature", "temp", "warm"), True),
    "liger": (("weight", "mass"), False),
    "leicht": (("weight", "mass"), False),
    "暖": (("warmth", "insulation", "temperature", "temp", "warm"), True),
    "轻": (("weight", "mass"), False),
}
_LOWEST = frozenset(
    {"worst", "lowest", "peor", "peores", "schlechteste", "schlechtesten", "pire", "peggiore", "slechtste"}
)
# A rating question ranks the results only with a word that ranks ("which has the best reviews";
# not "what do reviews say about H001", a question about one product's reviews).
_RANKING = frozenset(
    {"best", "top", "highest", "most", "better", "mejor", "mejores", "beste", "besten", "bestbewertet",
     "meilleur", "meilleurs", "meilleure", "migliore", "migliori", "melhor", "melhores", "hoogste"}
)  # fmt: skip
_RANKING_CJK = ("最", "一番")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def _stems(text: str) -> set[str]:
    words = {fold(w) for w in _WORD.findall(text)}
    out = set()
    for w in words:
        out.add(w)
        for suffix in ("iest", "est", "ier", "er", "isimo", "isima", "sten", "ste", "st", "e"):
            if len(w) > len(suffix) + 2 and w.endswith(suffix):
                stem = w[: -len(suffix)]
                out.add(stem[:-1] + "y" if suffix in ("iest", "ier") else stem)
    out |= {ch for ch in text if "\u4e00" <= ch <= "\u9fff"}
    return out


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    m = _NUMBER.search(str(value or ""))
    return float(m.group().replace(",", ".")) if m else None


def ranked(text: str, views: list[dict[str, Any]]) -> tuple[int, tuple[str, ...], list[int]] | None:
    """(index of the winner, attribute keys read, indexes of the views that have a value) for a
    superlative or comparative the words say ("the lightest", "which is lighter", "the one with the
    longer battery"), over the product views; None when no attribute of theirs names it."""
    said = _stems(text)
    for stem, (keys, highest) in _SUPERLATIVES.items():
        if stem not in said and not (not stem.isascii() and stem in text):
            continue
        ranks = said & (_RANKING | _LOWEST) or any(c in text for c in _RANKING_CJK)
        if keys == ("rating",) and not ranks:
            continue
        if keys in (("price",), ("rating",)):
            field = "price_min" if keys == ("price",) else "rating"
            scored = [(v.get(field) or v.get(keys[0]), i) for i, v in enumerate(views)]
        else:
            scored = []
            for i, v in enumerate(views):
                for key, value in (v.get("attributes") or {}).items():
                    k = fold(str(key))
                    if any(part in k for part in keys):
                        n = _number(value)
                        if n is None and str(value).lower() in ("yes", "true"):
                            n = 1.0
                        if n is not None:
                            scored.append((n, i))
                            break
        if keys == ("rating",) and said & _LOWEST:
            highest = False  # "which has the worst reviews"
        scored = [(n, i) for n, i in scored if n is not None]
        if len(scored) < 2:
            continue
        best = max(scored) if highest else min(scored)
        return best[1], keys, sorted(i for _n, i in scored)
    return None


def answer_over_results(text: str, views: list[dict[str, Any]], labels: list[str]) -> str | None:
    """The answer from the products' attributes, or None when none of them names what is asked.
    `views` are product views of the shown results in order; `labels` their "#1 Title" labels."""
    return pick_over_results(text, views, labels)[0]


def pick_over_results(
    text: str, views: list[dict[str, Any]], labels: list[str]
) -> tuple[str | None, int | None]:
    """`answer_over_results`, with the index of the one view a ranking answer names ("the
    lightest": "add it" then means that one), or None when the answer names no single one."""
    said = _stems(text)
    found = ranked(text, views)
    if found is not None:
        best, keys, scored = found
        key_name = _key_used(views[best], keys) or keys[0]
        values = "; ".join(f"{labels[i]}: {_value(views[i], keys)}" for i in scored)
        return f"{labels[best]} ({key_name.replace('_', ' ')} {_value(views[best], keys)}).\n{values}", best
    # "which has a hood?", "which ones are waterproof?": a yes/no attribute named by the question
    for key in _attribute_keys(views):
        k = fold(key)
        if k in said or k.rstrip("s") in said or any(w in said for w in k.split("_") if len(w) > 3):
            yes = [
                labels[i]
                for i, v in enumerate(views)
                if str((v.get("attributes") or {}).get(key)).lower() in ("yes", "true")
            ]
            known = [v for v in views if (v.get("attributes") or {}).get(key) is not None]
            if known and len(known) >= 2:
                shown = ", ".join(yes) if yes else "none of them"
                return f"{key.replace('_', ' ').capitalize()}: {shown}.", None
    return None, None


def answer_options(
    options: dict[str, str], views: list[dict[str, Any]], titles: list[str]
) -> tuple[str, list[int]] | None:
    """ "Do any of them come in size 10?", "which ones come in navy?": which shown results have a
    variant in stock with every option the words named (`options`, in the catalog's spelling), read
    from their variants, and their indexes. Those become the list "#1", "#2" point into next (an add
    of "the first one" is then one that comes in size 10), so the answer numbers them anew and names
    the others by title. None when no shown result has variants with those option names."""
    if not options:
        return None
    have: list[int] = []
    sold_out, lack = [], []
    known = 0
    for i, (view, title) in enumerate(zip(views, titles, strict=True)):
        variants = [v.get("options") or {} for v in view.get("variants") or []]
        if not any(all(name in o for name in options) for o in variants):
            continue
        known += 1
        fits = [
            v
            for v in view.get("variants") or []
            if all(
                str((v.get("options") or {}).get(k, "")).lower() == str(want).lower()
                for k, want in options.items()
            )
        ]
        if any(v.get("in_stock") for v in fits):
            have.append(i)
        elif fits:
            sold_out.append(title)
        else:
            lack.append(title)
    if not known:
        return None
    asked = ", ".join(f"{k} {v}" for k, v in options.items())
    listed = "; ".join(f"#{n} {titles[i]}" for n, i in enumerate(have, 1))
    lines = [f"In {asked}, in stock: {listed}." if have else f"None of them is in stock in {asked}."]
    if sold_out:
        lines.append(f"Sold out in {asked}: " + "; ".join(sold_out) + ".")
    if lack:
        lines.append(f"Not made in {asked}: " + "; ".join(lack) + ".")
    return "\n".join(lines), have


def _attribute_keys(views: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(k for v in views for k in (v.get("attributes") or {})))


def _key_used(view: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    return next((k for k in (view.get("attributes") or {}) if any(p in fold(str(k)) for p in keys)), None)


def _value(view: dict[str, Any], keys: tuple[str, ...]) -> str:
    if keys == ("price",):
        return str(view.get("price_min") or view.get("price"))
    if keys == ("rating",):
        return f"{view.get('rating')}★ from {view.get('review_count') or 0} reviews"
    key = _key_used(view, keys)
    return str((view.get("attributes") or {}).get(key)) if key else "?"


def _stem(word: str) -> str:
    return drop_final_s(word.lower())


_GENERIC_KEYS = frozenset({"type", "style", "level", "kind", "count", "number", "size", "one"})


def asked_facts(text: str, view: dict[str, Any]) -> list[str]:
    """Lines answering the attributes and options `text` names, from a product view."""
    said = {_stem(w) for w in re.findall(r"[a-z]+", text.lower().replace("colour", "color"))}
    lines: list[str] = []
    for key, value in (view.get("attributes") or {}).items():
        key_words = {_stem(w) for w in re.findall(r"[a-z]+", str(key).lower())}
        value_words = {_stem(w) for w in re.findall(r"[a-z]+", str(value).lower())} - {"yes", "no"}
        head = _stem(re.findall(r"[a-z]+", str(key).lower())[-1]) if key_words else ""
        named = key_words <= said or (head in said and head not in _GENERIC_KEYS)
        if key_words and (named or (value_words and value_words <= said)):
            lines.append(f"{str(key).replace('_', ' ').capitalize()}: {value}.")
    variants = view.get("variants") or []
    names = list(dict.fromkeys(k for v in variants for k in (v.get("options") or {})))
    for name in names:
        values: dict[str, bool] = {}
        for v in variants:
            option = (v.get("options") or {}).get(name)
            if option is not None:
                values[str(option)] = values.get(str(option), False) or bool(v.get("in_stock"))
        value_words = {_stem(w) for o in values for w in re.findall(r"[a-z]+", o.lower())}
        if _stem(name) in said or value_words & said:
            shown = ", ".join(o if live else f"{o} (out of stock)" for o, live in values.items())
            lines.append(f"{name.replace('_', ' ').capitalize()}s: {shown}.")
    return lines
