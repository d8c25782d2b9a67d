"""Filter strings for LanceDB prefilters, and the exact in-Python checks applied after fusion.

LanceDB `where` strings cannot bind parameters, so every value reaches SQL through `quote()` or
`number()` (the only two ways in) and every column name through `column()` (a whitelist). A value
that cannot be represented safely is refused with `InvalidInput`, never passed on.

The prefilter only ever narrows to a superset of the right answer (it is loose where SQL and Python
text rules could disagree, or where a sold-out variant may be the one in range); the exact checks
(`matches_*`) run on every result afterwards, against the live price and stock.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from shopagent.errors import InvalidInput
from shopagent.search.models import Constraints
from shopagent.text.words import fold_plural, norm, plural_prefix

# The columns a filter may name. Anything else is a programming error, not user input.
COLUMNS = frozenset(
    {
        "product_id",
        "title",
        "brand",
        "category",
        "category_l1",
        "category_lc",
        "attributes_json",
        "options_json",
        "tags",
        "rating",
        "review_count",
        "currency",
        "price_min_minor",
        "price_max_minor",
        "in_stock",
        "variant_count",
    }
)
MAX_VALUE_CHARS = 500
TRUTHY = frozenset({"true", "yes", "y", "1", "on"})
# Option/attribute names that mean the same thing in different catalogs.
KEY_ALIASES = {"colour": "color", "color": "color", "shoe size": "size", "size": "size"}


def column(name: str) -> str:
    if name not in COLUMNS:
        raise ValueError(f"column {name!r} is not filterable")
    return name


def quote(value: object) -> str:
    """A SQL string literal: single quotes doubled; NUL and other control characters refused."""
    text = str(value)
    if len(text) > MAX_VALUE_CHARS:
        raise InvalidInput(f"filter value is longer than {MAX_VALUE_CHARS} characters")
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise InvalidInput(f"filter value {text[:40]!r} contains a control character")
    return "'" + text.replace("'", "''") + "'"


def number(value: object) -> str:
    """A SQL numeric literal from a finite number (bools and strings that are not numbers refused)."""
    if isinstance(value, bool):
        raise InvalidInput(f"{value!r} is not a number")
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidInput(f"{value!r} is not a number") from None
    if not math.isfinite(f):
        raise InvalidInput(f"{value!r} is not a finite number")
    if f.is_integer() and abs(f) < 2**53:
        return str(int(f))
    return repr(f)


def norm_key(key: object) -> str:
    k = norm(key).replace("_", " ").replace("-", " ")
    return KEY_ALIASES.get(k, k)


def check_constraints(c: Constraints) -> None:
    """Refuse values that cannot be a filter (negative price, min above max, rating out of range)."""
    for name in ("min_price", "max_price"):
        value = getattr(c, name)
        if value is not None and (not math.isfinite(value) or value < 0):
            raise InvalidInput(f"{name.replace('_', '-')} must be a non-negative number, got {value}")
    if c.min_price is not None and c.max_price is not None and c.min_price > c.max_price:
        raise InvalidInput(f"min-price {c.min_price} is above max-price {c.max_price}")
    if c.min_rating is not None and (not math.isfinite(c.min_rating) or not 0 <= c.min_rating <= 5):
        raise InvalidInput(f"min-rating must be between 0 and 5, got {c.min_rating}")
    for text in (c.category, c.brand, *c.attributes.keys(), *c.attributes.values()):
        if text is not None:
            quote(text)  # raises on control characters / overlong values


def _and(parts: Iterable[str]) -> str | None:
    kept = [p for p in parts if p]
    if not kept:
        return None
    return " AND ".join(f"({p})" for p in kept)


def category_expr(category: str) -> str | None:
    """Loose: every word of the wanted category (plural-folded) occurs in the lower-cased path.

    None when the value is not plain ASCII: SQL `lower()` and Python case folding may disagree
    there, and the exact check after fusion handles it.
    """
    value = norm(category)
    if not value.isascii():
        return None
    stems = sorted({plural_prefix(w) for w in value.replace(">", " ").split()})
    if not stems:
        return None
    return " AND ".join(f"contains({column('category_lc')}, {quote(s)})" for s in stems)


def brand_expr(brand: str) -> str | None:
    value = norm(brand)
    if not value.isascii():
        return None  # see category_expr
    return f"lower({column('brand')}) = {quote(value)}"


def price_expr(min_minor: int | None, max_minor: int | None) -> str | None:
    # Loose on purpose: some variant of the product is in range according to the snapshot.
    parts = []
    if min_minor is not None:
        parts.append(f"{column('price_max_minor')} >= {number(min_minor)}")
    if max_minor is not None:
        parts.append(f"{column('price_min_minor')} <= {number(max_minor)}")
    return " AND ".join(parts) or None


def in_list(name: str, values: Iterable[str]) -> str:
    items = sorted(set(values))
    if not items:
        return "false"
    return f"{column(name)} IN ({', '.join(quote(v) for v in items)})"


MAX_CATEGORY_PATHS = 500  # beyond this many matching paths the IN list costs more than `contains`


@dataclass(frozen=True)
class Prefilter:
    """A request's LanceDB `where`, in two parts.

    `narrow` (category, brand) usually keeps a small share of the catalog and is answered by bitmap
    indexes, so pushing it into a vector or BM25 query is cheap. `loose` (price, stock, rating)
    usually keeps most of it: building its row mask costs more than the query it narrows, and the
    live checks after recall apply the same bounds anyway. `full` is both.
    """

    narrow: str | None
    loose: str | None

    @property
    def full(self) -> str | None:
        if self.narrow and self.loose:
            return f"({self.narrow}) AND ({self.loose})"
        return self.narrow or self.loose


def plan_prefilter(
    c: Constraints,
    *,
    min_minor: int | None = None,
    max_minor: int | None = None,
    brand_spellings: Iterable[str] | None = None,
    category_paths: Iterable[str] | None = None,
) -> Prefilter:
    """The LanceDB filters for a set of constraints; see `Prefilter`.

    `min_minor`/`max_minor` are the price bounds in minor units. The snapshot's price range covers
    a product's in-stock SKUs when it has any (the catalog store keeps it current on price feeds),
    so it is exact for in-stock requests; otherwise a sold-out variant may be the one in range, and
    products with several SKUs are left to the live check. `brand_spellings` are the catalog's own
    spellings of the wanted brand, and `category_paths` every category path of the catalog: an
    exact `IN` over the paths the wanted category matches (by `matches_category`, the same rule as
    the exact check) can use the bitmap index where `contains()` reads every row.
    """
    narrow: list[str | None] = []
    if c.category:
        paths = None
        if category_paths is not None:
            paths = [p for p in category_paths if matches_category(p, None, c.category)]
        if paths is not None and len(paths) <= MAX_CATEGORY_PATHS:
            narrow.append(in_list("category", paths))
        else:
            narrow.append(category_expr(c.category))
    if c.brand:
        spellings = sorted(set(brand_spellings)) if brand_spellings is not None else []
        narrow.append(in_list("brand", spellings) if spellings else brand_expr(c.brand))
    loose: list[str | None] = []
    if c.min_rating is not None:
        loose.append(f"{column('rating')} >= {number(c.min_rating)}")
    price = price_expr(min_minor, max_minor)
    if c.in_stock:
        loose.append(f"{column('in_stock')} = true")
        loose.append(price)
    elif price:
        loose.append(f"{price} OR {column('variant_count')} > 1")
    return Prefilter(narrow=_and(p for p in narrow if p), loose=_and(p for p in loose if p))


# -- exact checks, applied to every result after fusion --------------------------------------------


@lru_cache(maxsize=4096)
def _segments(path: str) -> tuple[tuple[str, ...], ...]:
    """A category path's segments as plural-folded words (paths repeat: cached)."""
    return tuple(tuple(fold_plural(w) for w in norm(seg).split()) for seg in path.split(">") if seg.strip())


def _contains_run(have: Sequence, wanted: Sequence) -> bool:
    n = len(wanted)
    return any(have[i : i + n] == wanted for i in range(len(have) - n + 1))


def matches_category(category: str | None, category_l1: str | None, wanted: str) -> bool:
    """A path ("Footwear > Boots") matches as a run of whole segments; a name ("boots", "running
    shoes") matches as a run of words inside one segment. Singular and plural are the same."""
    have = _segments(str(category or category_l1 or ""))
    want = _segments(str(wanted))
    if not have or not want:
        return False
    if len(want) > 1:
        return _contains_run(have, want)
    return any(_contains_run(segment, want[0]) for segment in have)


def matches_brand(brand: str | None, wanted: str) -> bool:
    return norm(brand or "") == norm(wanted)


def _values_equal(have: object, wanted: str) -> bool:
    h, w = norm(have), norm(wanted)
    if h == w:
        return True
    try:
        return float(h) == float(w)
    except ValueError:
        return False


def option_key(options: Mapping[str, object], key: str) -> str | None:
    """The product's option name that `key` refers to (size/Size/shoe_size...), if any."""
    wanted = norm_key(key)
    for name in options:
        if norm_key(name) == wanted:
            return name
    return None


def matches_options(options: Mapping[str, str], wanted: Mapping[str, str]) -> bool:
    """A variant's options satisfy every wanted option it names."""
    for key, value in wanted.items():
        name = option_key(options, key)
        if name is None or not _values_equal(options[name], value):
            return False
    return True


def _tokens(value: object) -> set[str]:
    text = norm(value)
    for sep in ",;/|":
        text = text.replace(sep, " ")
    return set(text.split())


def matches_attribute(attributes: Mapping[str, object], tags: Iterable[str], key: str, value: str) -> bool:
    """A product-level attribute: equal value, a listed value, or a yes/no feature named by key or value."""
    wanted_key, wanted = norm_key(key), norm(value)
    truthy_wanted = wanted in TRUTHY
    for name, have in attributes.items():
        if norm_key(name) != wanted_key:
            continue
        if isinstance(have, list | tuple):
            if any(_values_equal(h, value) for h in have):
                return True
            continue
        if isinstance(have, bool):
            have = "true" if have else "false"
        if _values_equal(have, value) or (truthy_wanted and norm(have) in TRUTHY):
            return True
        if " " not in wanted and wanted in _tokens(have):
            return True
        if " " in wanted and wanted in norm(have):
            return True
    # {"waterproof": "true"} is satisfied by a product whose features or tags list "waterproof",
    # and {"feature": "waterproof"} by an attribute {"waterproof": "yes"}.
    target = wanted_key if truthy_wanted else wanted
    for name, have in attributes.items():
        if norm_key(name) == target and (have is True or norm(have) in TRUTHY):
            return True
        if isinstance(have, list | tuple):
            if any(norm(h) == target for h in have):
                return True
        elif (
            not isinstance(have, bool)
            and norm(name) in ("features", "feature", "tags")
            and target in _tokens(have)
        ):
            return True
    return any(norm(tag) == target for tag in tags)


def parse_json_object(text: str | None) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def names_a_brand(deps: Any, wanted: str) -> bool:
    """Whether `wanted` is, folded, one of this catalog's brands."""
    folded = norm(wanted)
    return any(norm(brand) == folded for brand in deps.catalog.facet_values().get("brands", []))


def names_a_category(deps: Any, wanted: str) -> bool:
    """Whether `wanted` names a category (or a level of one) of this catalog."""
    paths = deps.catalog.facet_values().get("categories", [])
    return any(matches_category(path, None, wanted) for path in paths)
