"""A request in a language the catalog does not speak, rewritten into the catalog's language.

The embedder is multilingual, but not enough to carry a short request across languages: against
the English sample catalog "Wasserkocher" and "saco de dormir" find the wrong kind of product, and
"帐篷" finds lamps; against a German catalog "bath towel" and "Badetuch" share a third of their top
ten. Keyword recall cannot help either, as none of the request's words are words of the catalog.
So when most of the request's content words are not words of this catalog, the local model
rewrites the request into the catalog's language (one short constrained completion, ~1 s warm) and
the search runs on that text. The reading of prices, ratings and stock has already happened on the
user's own words; the rewrite only changes what is matched, never what is filtered, and it changes
no state, so catalog text or a hostile request can at worst make one search worse.

The rewrite is checked against where the multilingual embedder places the user's own words: when
the rewrite lands on another kind of product ("elektrische tandenborstel" -> "electric drill"), the
model is asked once more with the shop's names for the kinds of product near those words, and that
second rewrite is kept if it lands among them. Naming the shop's kinds in every prompt was measured
and not kept: on catalogs with broad flat categories the model copies them ("酱油" -> "sauce"). A
rewrite's category is a boost only where the user's own words land near it too.

When no model is at hand (none prepared, none configured, a test) or it gives no usable rewrite,
the search runs on the request as written. Rewrites are kept in `cache/translations.json`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from shopagent.text.stopwords import content_words
from shopagent.text.words import plain_words

# A request is rewritten when fewer than this share of its content words are words of the catalog.
# "hikng boots" (one typo, one catalog word) stays as it is: the typo-tolerant keyword query helps it.
FOREIGN_SHARE = 0.5
MAX_TOKENS = 40
NEARBY = 20  # the shop's kinds of product the request lands near: read from this many nearest products
HINTS = 6  # ... and at most this many named to the model
CACHE_ENTRIES = 5000

# The languages the default model writes a search in well enough to help, measured on the translated
# query set (bench/relevance_catalogs.py --translated --translate, docs/search.md): into English and
# Spanish its rewrites raise precision; into German it invents words ("Kordelmaus" for a cordless
# drill) and lowers it. A catalog in any other language is searched as written.
REWRITE_INTO = frozenset({"en", "es"})

LANGUAGES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}
# Function words only one language uses (or uses far more), to tell the catalog's language from
# its own word list. Shared spellings ("de", "en", "con", "per") are left out.
_MARKERS = {
    "en": "the and with for your from this that our",
    "de": "und mit für der die das ein eine ohne aus",
    "es": "para los las una del sin por y el",
    "fr": "avec pour les des une sans du et au",
    "pt": "com sem uma dos das não em",
    "it": "della senza gli il delle dei alla",
    "nl": "het een met voor van zonder",
}
MARKERS = {code: frozenset(words.split()) for code, words in _MARKERS.items()}
_LATIN = re.compile(r"[a-zà-ÿ]", re.IGNORECASE)

SCHEMA = {
    "type": "object",
    "properties": {"query": {"type": "string", "maxLength": 120}},
    "required": ["query"],
}


def catalog_language(terms: frozenset[str] | None) -> str | None:
    """The language most of the catalog's function words belong to (a code of `LANGUAGES`), or None
    when its word list is missing or names none of them."""
    if not terms:
        return None
    shares = {code: len(words & terms) / len(words) for code, words in MARKERS.items()}
    best = max(shares, key=lambda code: (shares[code], code == "en"))
    return best if shares[best] >= 0.3 else None


def _content(text: str) -> list[str]:
    """The words that say what is wanted: function words dropped; a Latin word needs 3+ letters, a
    word of another script (汉字, かな, देवनागरी) counts at any length."""
    out = []
    for word in plain_words(content_words(text)):
        if word.isdigit():
            continue
        if len(word) >= 3 or not _LATIN.search(word):
            out.append(word)
    return out


_LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñüäöß"


def near_a_term(word: str, terms: frozenset[str]) -> bool:
    """Whether a word of five letters or more is one edit (delete, swap, change, insert) from a word
    of the catalog: a typo of the catalog's own language ("camisa formall"), not a foreign word.
    About 60 x len(word) set lookups, whatever the catalog's size."""
    if len(word) < 5 or not _LATIN.search(word):
        return False
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right and left + right[1:] in terms:
            return True
        if len(right) > 1 and left + right[1] + right[0] + right[2:] in terms:
            return True
        for ch in _LETTERS:
            if (right and left + ch + right[1:] in terms) or left + ch + right in terms:
                return True
    return False


def foreign_share(terms: frozenset[str] | None, text: str, *, typos: bool = True) -> float:
    """The share of the request's content words that are neither words of this catalog nor (with
    `typos`) one typo away from one (0 when the catalog has no word list: nothing can be said)."""
    words = _content(text)
    if not words or not terms:
        return 0.0
    return sum(w not in terms and not (typos and near_a_term(w, terms)) for w in words) / len(words)


def request_language(text: str) -> str | None:
    """The language the request's own function words belong to, when they name exactly one."""
    words = set(plain_words(text))
    hits = {code: len(words & markers) for code, markers in MARKERS.items()}
    best = max(hits.values())
    top = [code for code, n in hits.items() if n == best]
    return top[0] if best and len(top) == 1 else None


def target_language(store: Any, text: str) -> str | None:
    """The language to rewrite `text` into, or None: when it reads as the catalog's own words (or
    typos of them), when its function words are the catalog's language ("vestido elegante para una
    boda" on a Spanish catalog), or when the catalog's language is not one the model writes well
    (REWRITE_INTO). A catalog whose word list names no language (bare titles) counts as English."""
    terms = store.terms()
    language = catalog_language(terms) or "en"
    spoken = request_language(text)
    if language not in REWRITE_INTO or spoken == language:
        return None
    # A word one edit from a catalog word is a typo of the catalog's language, unless the request's
    # function words say it is in another one: "des chaussettes en laine" is French, and "laine" is
    # no typo of the brand "Lane".
    if foreign_share(terms, text, typos=spoken is None) <= 1 - FOREIGN_SHARE:
        return None
    return language


class Translator:
    """Rewrites a request into a language with the chat model `load_model()` returns (called once,
    when a first rewrite is needed and not cached). A model that fails gives None: search as written."""

    def __init__(self, load_model: Callable[[], Any], cache_path: Path | None = None) -> None:
        self._load_model = load_model
        self._model: Any = None
        self._cache_path = cache_path
        self._lock = threading.Lock()
        self._cache: dict[str, str] | None = None
        self.last_error: str | None = None

    def __call__(self, text: str, language: str, hints: Sequence[str] = ()) -> str | None:
        """The rewrite of `text` into `language`; `hints`: the catalog's names for the kinds of
        product the request's own words land near (`nearby_kinds`), for the model to choose from."""
        said = " ".join(text.split())  # the prompt changes only with hints: so does the key
        key = f"{language}\t{' | '.join(hints)}\t{said}" if hints else f"{language}\t{said}"
        with self._lock:
            cached = self._entries().get(key)
        if cached is not None:
            return cached
        rewritten = self._ask(text, language, hints)
        if rewritten is not None:
            with self._lock:
                self._remember(key, rewritten)
        return rewritten

    def _ask(self, text: str, language: str, hints: Sequence[str] = ()) -> str | None:
        # Synchronous, bounded by MAX_TOKENS (~4 s of decoding at worst): the model may be the one a
        # chat session holds, and llama.cpp must not run two completions on it at once.
        try:
            if self._model is None:
                self._model = self._load_model()
            raw = self._model.complete(
                messages(text, language, hints), json_schema=SCHEMA, max_tokens=MAX_TOKENS
            ).text
        except Exception as exc:  # a model that cannot load or run means: search as written
            self.last_error = " ".join(str(exc).split())[:200] or type(exc).__name__
            return None
        rewritten = parse_rewrite(raw, text)
        self.last_error = None if rewritten else "the model gave no usable rewrite"
        return rewritten

    def _entries(self) -> dict[str, str]:
        if self._cache is None:
            self._cache = {}
            if self._cache_path is not None:
                try:
                    data = json.loads(self._cache_path.read_text(encoding="utf-8"))
                    items = data.get("items", {}) if isinstance(data, dict) else {}
                    self._cache = {str(k): str(v) for k, v in items.items() if isinstance(v, str)}
                except (OSError, ValueError):
                    pass  # no cache yet, or an unreadable one: rewrites are made again
        return self._cache

    def _remember(self, key: str, value: str) -> None:
        entries = self._entries()
        entries[key] = value
        while len(entries) > CACHE_ENTRIES:
            entries.pop(next(iter(entries)))
        if self._cache_path is None:
            return
        try:
            self._cache_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._cache_path.parent, prefix=".translations-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"version": 1, "items": entries}, fh, ensure_ascii=False)
            os.replace(tmp, self._cache_path)
        except OSError:
            pass  # a cache that cannot be written costs a rewrite next time, nothing else


# Worked examples shown before the request: without them the model often echoes the request or
# answers it. Each target language is shown examples from three other languages.
_EXAMPLES = (
    {"en": "leather shoes", "de": "Lederschuhe", "es": "zapatos de cuero", "fr": "chaussures en cuir",
     "pt": "sapatos de couro", "it": "scarpe di pelle", "nl": "leren schoenen", "zh": "皮鞋"},
    {"en": "rain boots for kids", "de": "Regenstiefel für Kinder", "es": "botas de lluvia para niños",
     "fr": "bottes de pluie pour enfants", "pt": "botas de chuva para crianças",
     "it": "stivali da pioggia per bambini", "nl": "regenlaarzen voor kinderen", "zh": "儿童雨靴"},
    {"en": "desk lamp", "de": "Schreibtischlampe", "es": "lámpara de escritorio", "fr": "lampe de bureau",
     "pt": "luminária de mesa", "it": "lampada da scrivania", "nl": "bureaulamp", "zh": "台灯"},
)  # fmt: skip
_SOURCES = ("zh", "de", "es", "en", "fr")


def messages(text: str, language: str, hints: Sequence[str] = ()) -> list[dict[str, str]]:
    """The prompt: the task, three worked examples into `language` (a code of LANGUAGES), the request;
    with `hints`, the shop's own names for the kinds of product near the request."""
    name = LANGUAGES.get(language, language)
    system = (
        f"You translate product searches for an online shop into {name}. Translate every word "
        f"into {name}; keep brand names, model numbers and sizes. Reply with JSON only."
    )
    if hints:
        system += f" Kinds of product this shop sells that may fit: {', '.join(hints)}."
    out = [{"role": "system", "content": system}]
    sources = [code for code in _SOURCES if code != language][:3]
    for example, source in zip(_EXAMPLES, sources, strict=True):
        out.append({"role": "user", "content": f"Translate into {name}: {example[source]}"})
        answer = json.dumps({"query": example.get(language, example["en"])}, ensure_ascii=False)
        out.append({"role": "assistant", "content": answer})
    out.append({"role": "user", "content": f"Translate into {name}: {text}"})
    return out


def parse_rewrite(raw: str, original: str) -> str | None:
    """The model's rewrite, or None when it is not one: not JSON, empty, far longer than the request,
    or the request itself."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    value = data.get("query") if isinstance(data, dict) else None
    if not isinstance(value, str):
        return None
    value = " ".join(value.split()).strip(" .\"'")
    if not value or len(value) > 3 * len(original) + 40 or value.casefold() == original.casefold():
        return None
    return value


def nearby_kinds(table: Any, vector: Any) -> list[str]:
    """The category paths of the products nearest the request's own embedding, nearest first:
    where the multilingual embedder, reading the user's words, places the request. A small model
    translating a short request gets the kind wrong now and then ("elektrische tandenborstel" ->
    "electric drill", "poêle" -> "pot"); the embedder rarely misses it by that much."""
    rows = table.search(vector).select(["category"]).limit(NEARBY).to_list()
    return list(dict.fromkeys(str(r.get("category") or "") for r in rows if r.get("category")))


def kind_names(paths: Sequence[str]) -> list[str]:
    """The last level of each category path, as the shop names a kind of product, at most HINTS."""
    names = [re.split(r"[>/]", p)[-1].strip().replace("-", " ") for p in paths]
    return list(dict.fromkeys(n for n in names if n))[:HINTS]


def translate_request(deps: Any, text: str, c: Any) -> tuple[Any, Any, dict[str, Any]]:
    """The rewrite of a request whose words are mostly not the catalog's (a `Translation`, or None),
    the constraints with what the rewrite's words suggest (a category, a brand: boosts only) where
    the request's own words suggested nothing, and the embeddings made on the way, by text. Bounds
    and filters stay those read from the user's words. The rewrite's category counts only where the
    user's own words land near it (`nearby_kinds`)."""
    from shopagent.search.filters import matches_category
    from shopagent.search.models import Translation
    from shopagent.search.parse import parse_query, soften
    from shopagent.search.vocab import load_vocabulary

    language = target_language(deps.catalog, text)
    if not language or deps.translator is None:
        return None, c, {}
    known = {text: deps.embedder.embed_query(text)}

    def lands(said: str) -> list[str]:
        if said not in known:
            known[said] = deps.embedder.embed_query(said)
        return nearby_kinds(table, known[said])

    table = deps.catalog.table()
    near = lands(text)
    rewritten = deps.translator(text, language)
    if not rewritten:
        return None, c, known
    first = lands(rewritten)[:1]
    if near and first and first[0] != near[0]:
        # The rewrite lands on another kind of product than the user's own words do: asked again,
        # with the shop's names for the kinds near those words, and kept if it lands among them.
        hinted = deps.translator(text, language, kind_names(near))
        if hinted and lands(hinted)[:1] and lands(hinted)[0] in near[:HINTS]:
            rewritten = hinted
    suggested = soften(parse_query(rewritten, load_vocabulary(deps))).soft
    if suggested.category and not any(matches_category(p, None, suggested.category) for p in near):
        suggested.category = None
    soft = c.soft.model_copy(deep=True)
    soft.category = soft.category or suggested.category
    soft.brand = soft.brand or suggested.brand
    soft.attributes = {**suggested.attributes, **soft.attributes}
    return Translation(text=rewritten, language=language), c.model_copy(update={"soft": soft}), known
