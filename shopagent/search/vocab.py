"""What the catalog knows about: brands, categories, attribute and option values, as fast lookup tables.

The parser only turns a word into a filter when the word names something in this vocabulary, so a
filter can never name a brand, category or attribute value the catalog does not have.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from shopagent import inventory
from shopagent.search.synonyms import CATEGORY_SYNONYMS, COMMON_WORDS, MODIFIER_CATEGORY_NAMES, words
from shopagent.text.words import fold_noun_plural, tokens

if TYPE_CHECKING:
    from shopagent.deps import Deps

Phrase = tuple[str, ...]

_SEGMENT_PARTS = re.compile(r"\s*(?:&|,|/|\band\b)\s*", re.IGNORECASE)

# Spellings of the same attribute key. The vocabulary's own spelling is what a filter uses.
KEY_ALIASES: dict[str, str] = {
    "colour": "color",
    "colours": "color",
    "colors": "color",
    "sizes": "size",
    "materials": "material",
    "fabric": "material",
}
# Values of these keys become filters by themselves ("black", "leather", "XL"); a value of any other key
# only when its key is written next to it ("slim fit", "skin type: dry"), because a filter on a key the
# wanted product does not carry would empty the result ("travel mug" is not activity=travel).
CORE_KEYS: frozenset[str] = frozenset({"color", "size", "material"})
_TRUE_VALUES = ("yes", "true", "y")
_BOOLEAN_VALUES = frozenset({"yes", "no", "true", "false", "y", "n"})
# Values that mean something only next to their key ("size M", "size 10", "large size").
_WEAK_WORDS = words(
    "small medium large regular standard default none other yes no true false na free plain mixed "
    "short long tall wide narrow petite big normal one"
)
_LETTER_SIZES = words("xs xxs xl xxl xxxl 2xl 3xl 4xl 5xl")
MAX_PHRASE_TOKENS = 6


def stem_phrase(phrase: Phrase) -> Phrase:
    """A phrase with its last word (the head noun) plural-folded: "hiking boots" -> "hiking boot"."""
    return (*phrase[:-1], fold_noun_plural(phrase[-1])) if phrase else phrase


def canonical_key(key: str) -> str:
    name = " ".join(tokens(key))
    return KEY_ALIASES.get(name, name)


def is_weak_value(phrase: Phrase) -> bool:
    if all(t.replace(".", "").isdigit() for t in phrase):
        return True
    if len(phrase) == 1:
        word = phrase[0]
        if word in _LETTER_SIZES:
            return False
        return len(word) <= 2 or word in _WEAK_WORDS
    return all(t in _WEAK_WORDS for t in phrase)


@dataclass(frozen=True)
class AttrValue:
    key: str  # the key as the catalog spells it
    value: str  # the value as the catalog spells it
    weak: bool  # needs its key next to it ("size 10")


@dataclass(frozen=True)
class CategoryTerm:
    path: str  # the category as the catalog spells it, e.g. "Footwear > Boots"
    # A product noun ("boots", "headphones", "laptop") can stand alone. A modifier-like leaf ("Hiking" in
    # "Footwear > Boots > Hiking") only narrows a category named by a product noun: "hiking backpack"
    # must not become hiking boots.
    strong: bool
    # every category this name could mean; a weak or ambiguous name narrows a chosen category to one of these
    options: tuple[str, ...] = ()


@dataclass
class Vocabulary:
    """Lower-cased lookup tables keyed by token tuples, built once per catalog."""

    brands: dict[Phrase, str] = field(default_factory=dict)
    ambiguous_brands: set[Phrase] = field(default_factory=set)
    categories: list[str] = field(default_factory=list)
    category_terms: dict[Phrase, CategoryTerm] = field(default_factory=dict)  # keyed by stemmed phrase
    values: dict[Phrase, list[AttrValue]] = field(default_factory=dict)
    key_phrases: dict[Phrase, str] = field(default_factory=dict)  # "colour" -> canonical key
    flags: dict[Phrase, AttrValue] = field(default_factory=dict)  # "waterproof" -> waterproof=yes
    words: frozenset[str] = frozenset()  # every word the catalog's names use
    max_tokens: int = 1
    currency: str | None = None  # the catalog's own: what "$" or "pesos" mean first
    # (key, folded value) of the variant options (a SKU's colour or size, not a product attribute)
    option_pairs: frozenset[tuple[str, str]] = frozenset()

    @cached_property
    def variant_words(self) -> frozenset[str]:
        """Words that say which variant, not which product: option and attribute names ("size")
        and the words of their values ("navy", "medium", "leather")."""
        names = {k[0] for k in self.key_phrases if len(k) == 1}
        return frozenset(names | {w for phrase in self.values for w in phrase})

    def is_option(self, key: str, value: str) -> bool:
        """Whether `value` is a variant option of this catalog (a colour or size a SKU comes in)."""
        return (key, value.strip().casefold()) in self.option_pairs

    @cached_property
    def brand_words(self) -> frozenset[str]:
        return frozenset(w for phrase in self.brands for w in phrase)

    @cached_property
    def word_pairs(self) -> frozenset[tuple[str, str]]:
        """Adjacent word pairs of the catalog's names ("yoga mat", "no show"): a negation word is
        part of a name only inside one of these."""
        tables = (self.brands, self.category_terms, self.values, self.flags)
        return frozenset((p[i], p[i + 1]) for table in tables for p in table for i in range(len(p) - 1))

    @cached_property
    def category_words(self) -> frozenset[str]:
        """Words of the category terms, stemmed as the terms are."""
        return frozenset(w for phrase in self.category_terms for w in phrase)

    @classmethod
    def empty(cls) -> Vocabulary:
        return cls()

    @classmethod
    def from_facets(cls, facets: Mapping[str, Any]) -> Vocabulary:
        """Build from `CatalogStore.facet_values()`: brands, category paths, attribute and option values."""
        vocab = cls()
        vocab._add_categories(_strings(facets.get("categories")))
        merged: dict[str, dict[str, None]] = {}
        for section in ("attributes", "options"):
            table = facets.get(section) or {}
            if isinstance(table, Mapping):
                for key, values in table.items():
                    bucket = merged.setdefault(str(key), {})
                    for value in _strings(values):
                        bucket.setdefault(value, None)
        vocab._add_attributes({k: list(v) for k, v in merged.items()})
        options = facets.get("options") or {}
        if isinstance(options, Mapping):
            vocab.option_pairs = frozenset(
                (str(k), v.strip().casefold()) for k, vs in options.items() for v in _strings(vs)
            )
        vocab._add_brands(_strings(facets.get("brands")))
        # key names stay out of `words`: "up to 42 diameter" is a size, not a price
        tables = (vocab.brands, vocab.category_terms, vocab.values, vocab.flags)
        vocab.words = frozenset(word for table in tables for phrase in table for word in phrase)
        lengths = [len(p) for table in (*tables, vocab.key_phrases) for p in table]
        vocab.max_tokens = min(MAX_PHRASE_TOKENS, max(lengths, default=1))
        return vocab

    # -- building -------------------------------------------------------------------------------------

    def _add_categories(self, paths: Iterable[str]) -> None:
        seen: dict[str, None] = {}
        for path in paths:
            segments = [s.strip() for s in path.split(">") if s.strip()]
            if segments:
                seen.setdefault(" > ".join(segments), None)
        self.categories = list(seen)
        # every name a category goes by -> {category prefix it could mean: is the name a product noun}
        names: dict[Phrase, dict[str, bool]] = {}

        def add(name: Phrase, prefix: str, strong: bool) -> None:
            bucket = names.setdefault(name, {})
            bucket[prefix] = bucket.get(prefix, False) or strong

        for path in self.categories:
            segments = path.split(" > ")
            for depth, segment in enumerate(segments, start=1):
                prefix = " > ".join(segments[:depth])
                for name, strong in _segment_names(segment, depth):
                    add(name, prefix, strong)
                if depth >= 2:
                    # "Footwear > Boots > Hiking" is also called "hiking boots", and
                    # "Outdoor > Hiking > Backpacks" is called "hiking backpacks"
                    parent = tuple(tokens(segments[depth - 2]))
                    leaf = tuple(tokens(segment))
                    if parent and leaf:
                        add(stem_phrase(leaf + parent), prefix, True)
                        add(stem_phrase(parent + leaf), prefix, True)
        for name, prefixes in names.items():
            top = [p for p in prefixes if " > " not in p]
            # "electronics" is the top-level department even if "Automotive > Electronics" exists
            resolved = top[0] if len(top) == 1 else _common_prefix(set(prefixes))
            options = tuple(sorted(prefixes))
            if resolved:
                self.category_terms[name] = CategoryTerm(resolved, any(prefixes.values()), options)
            else:
                # "hiking" alone is ambiguous, but it can still narrow "boots" to "Footwear > Boots > Hiking"
                self.category_terms[name] = CategoryTerm("", False, options)
        for key, candidates in _synonym_phrases():
            known = self.category_terms.get(key)
            if known is not None and (known.strong or not known.path):
                # The catalog's own name wins over a synonym, also when it is ambiguous: "backpack"
                # names both hiking and travel backpacks here, and must not become "Luggage & Travel".
                continue
            for candidate in candidates:
                target = self.category_terms.get(candidate)
                if target and target.strong and target.path:
                    self.category_terms[key] = target
                    break

    def _add_attributes(self, table: dict[str, list[str]]) -> None:
        for key, values in table.items():
            canon = canonical_key(key)
            if not canon:
                continue
            key_tokens = tuple(canon.split())
            for phrase in {key_tokens, tuple(tokens(key)), key_tokens[-1:]}:
                if phrase:
                    self.key_phrases.setdefault(phrase, canon)
            for alias, target in KEY_ALIASES.items():
                if target == canon:
                    self.key_phrases.setdefault((alias,), canon)
            lowered = {v.strip().lower(): v for v in values}
            if lowered and set(lowered) <= _BOOLEAN_VALUES:
                truthy = next((lowered[t] for t in _TRUE_VALUES if t in lowered), None)
                flag_phrase = tuple(t for t in key_tokens if t not in ("is", "has"))
                if truthy is not None and flag_phrase:
                    self.flags.setdefault(flag_phrase, AttrValue(key, truthy, weak=False))
                continue
            for value in values:
                phrase = tuple(tokens(value))
                if not phrase or len(phrase) > MAX_PHRASE_TOKENS:
                    continue
                entries = self.values.setdefault(phrase, [])
                if all(e.key != key for e in entries):
                    entries.append(AttrValue(key, value.strip(), weak=is_weak_value(phrase)))

    def _add_brands(self, brands: Iterable[str]) -> None:
        other_words = {t for p in self.category_terms for t in p}
        other_words |= {t for p in self.values for t in p} | {t for p in self.flags for t in p}
        for brand in brands:
            phrase = tuple(tokens(brand))
            if not phrase or len(phrase) > MAX_PHRASE_TOKENS:
                continue
            self.brands.setdefault(phrase, brand.strip())
            if len(phrase) == 1 and (phrase[0] in COMMON_WORDS or phrase[0] in other_words):
                self.ambiguous_brands.add(phrase)

    # -- lookups --------------------------------------------------------------------------------------

    def category_for(self, phrase: Phrase) -> CategoryTerm | None:
        return self.category_terms.get(stem_phrase(phrase))


def load_vocabulary(deps: Deps) -> Vocabulary:
    """The vocabulary of the current catalog."""
    vocab = Vocabulary.from_facets(deps.catalog.facet_values())
    vocab.currency = catalog_currency(deps)
    return vocab


def cached_vocabulary(deps: Deps) -> Vocabulary:
    """`load_vocabulary`, built once per catalog version for this Deps (the facets object is cached
    per version by the store, so a new import gives a new vocabulary)."""
    facets = deps.catalog.facet_values()
    held = deps.__dict__.get("_vocabulary")
    if held is None or held[0] is not facets:
        held = (facets, load_vocabulary(deps))
        deps.__dict__["_vocabulary"] = held
    return held[1]


def catalog_currency(deps: Deps) -> str | None:
    """The currency most of the catalog's SKUs are priced in (None for an empty catalog)."""
    return inventory.main_currency(deps.state.conn)


@lru_cache(maxsize=1)
def _synonym_phrases() -> list[tuple[Phrase, list[Phrase]]]:
    return [
        (stem_phrase(tuple(tokens(term))), [stem_phrase(tuple(tokens(c))) for c in candidates])
        for term, candidates in CATEGORY_SYNONYMS.items()
    ]


def _strings(values: Any) -> list[str]:
    if not isinstance(values, Iterable) or isinstance(values, str | bytes):
        return []
    return [v for v in (str(x) for x in values if x is not None) if v.strip()]


def _segment_names(segment: str, depth: int) -> list[tuple[Phrase, bool]]:
    """Names of one path segment, each with whether it names a product by itself (see CategoryTerm).

    The last word of a multi-word segment ("Sleeping Bags" -> "bags") is a name too, but a weak one:
    "bag" alone must not mean sleeping bags.
    """
    out: list[tuple[Phrase, bool]] = []
    whole = tuple(tokens(segment))
    parts = [tuple(tokens(p)) for p in _SEGMENT_PARTS.split(segment) if p.strip()]
    for name in [whole, *parts] if len(parts) > 1 else [whole]:
        if name:
            modifier = (depth >= 3 and len(name) == 1 and fold_noun_plural(name[0]) == name[0]) or all(
                t in MODIFIER_CATEGORY_NAMES for t in name
            )
            out.append((stem_phrase(name), not modifier))
    if len(whole) > 1 and len(parts) == 1:
        out.append((stem_phrase(whole[-1:]), False))
    return out


def _common_prefix(paths: set[str]) -> str | None:
    split = [p.split(" > ") for p in paths]
    common: list[str] = []
    for level in zip(*split, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return " > ".join(common) or None
