"""A question the agent asked about an add or a watch it could not resolve alone, and the reply that
answers it.

"add the first one in size M" for a hoodie stocked in beige, tan and pink in M asks "Which color
(Beige, Tan, Pink)…?"; "add one in my size" with ten results shown asks which one. The user's
next words, when they answer that question ("beige", "the tan one please", "the second one"),
complete the add they asked for: the earlier request and the answer are read together, and the
add runs through every gate as any other. Words that do not answer it ("show me boots instead",
"never mind", "not the pink one") drop the question and are read as a turn of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shopagent.agent.reading import Reading, effect_mode
from shopagent.text.numbers import is_number_word
from shopagent.text.options import match_options, option_free_quantity
from shopagent.text.stopwords import STOPWORDS
from shopagent.text.words import fold_noun_plural, fold_plural, tokens

if TYPE_CHECKING:
    from shopagent.search.vocab import Vocabulary

# Intents that, read with confidence, are a request of their own rather than an answer.
_OWN_REQUEST = frozenset(
    {
        "search", "compare", "reviews", "detail", "cart_remove", "cart_clear", "cart_set_quantity",
        "checkout", "watch_create", "watch_remove", "view_cart", "list_orders", "list_watches", "plan",
    }
)  # fmt: skip

_LATIN = re.compile(r"[a-z]", re.I)

# Conversational words of 5+ letters that a follow-up uses and a catalog's names do not: with
# `unknown_from`, a word unknown to the catalog counts as a product of another language, not these.
_CHAT = """
there these those which would could should something anything other others another still about
again maybe please thanks really actually instead rather every where whats what's
también quiero tienes tiene alguno alguna algunos algunas otros otras otro otra todavía
welche haben gerne etwas andere anderen noch quelque autres autre avez encore aussi plutôt
tenho quero algum alguma outros outras ainda vorrei altri altre ancora qualche
"""
_CHAT_WORDS = frozenset(_CHAT.split())


@dataclass
class Pending:
    """An add or watch the user asked for and the agent asked about: which product, or which option
    values."""

    reading: Reading  # the add as the user asked it
    item: dict[str, Any] | None = None  # the product; None when the question was which product
    values: dict[str, list[str]] = field(default_factory=dict)  # in-stock values of each option asked


def names_product(
    text: str, vocab: Vocabulary, *, ignore: frozenset[str] = frozenset(), unknown_from: int | None = None
) -> bool:
    """Whether the words describe a product of this catalog: a word its product names use, a brand
    or a category term, beyond function words, numbers, option names and values, and `ignore`. Text
    in a script the catalog's names never use counts as a description (it cannot be checked), and
    so does, with `unknown_from=N`, a word of N letters or more the catalog does not use ("mochila
    de trilha" against English titles: another language's product, not filler)."""
    variant_words = vocab.variant_words  # these word sets are built once per catalog
    for word in (w.casefold() for w in tokens(text)):
        if word in STOPWORDS or word in ignore or word in variant_words or word.isdigit():
            continue
        if is_number_word(word):
            continue
        if not _LATIN.search(word):
            return True  # CJK and other scripts: no word boundaries to check against
        folded = fold_plural(word)
        catalog = word in vocab.words or folded in vocab.words
        if catalog or word in vocab.brand_words or folded in vocab.category_words:
            return True
        if unknown_from is not None and len(word) >= unknown_from and word not in _CHAT_WORDS:
            return True
    return False


def other_kind(text: str, vocab: Vocabulary, results: list[dict[str, Any]]) -> bool:
    """Whether the words name a kind of product of this catalog (a category term) that none of the
    shown results is filed under: "now sunscreen under 20" after shampoo is a new search, while
    "only the hiking ones" after boots (filed under "Boots > Hiking") narrows the same one."""
    shown = {fold_noun_plural(w) for r in results for w in tokens(str(r.get("category") or ""))}
    for word in tokens(text):
        folded = fold_noun_plural(word)
        if word in STOPWORDS or word in vocab.variant_words or folded in shown:
            continue
        if folded in vocab.category_words:
            return True
    return False


def known_item(query: str, results: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The product a search asked for by name ("urban loom oasis lite jeans", "the audiant zephyr
    pro 4k monitor"): the first result when its title and brand carry every content word of the
    query (two or more) and the second result's do not. Then "it" and "them" mean that product."""
    wanted = {fold_plural(w.casefold()) for w in tokens(query) if w.casefold() not in STOPWORDS}
    if len(wanted) < 2 or not results:
        return None

    def words(item: dict[str, Any]) -> set[str]:
        text = f"{item.get('title') or ''} {item.get('brand') or ''}"
        return {fold_plural(w.casefold()) for w in tokens(text)}

    if not wanted <= words(results[0]):
        return None
    if len(results) > 1 and wanted <= words(results[1]):
        return None
    return results[0]


def which_product(results: list[dict[str, Any]], intent: str = "cart_add", shown: int = 5) -> str:
    """The question for an add or a watch that points at no product (and names none)."""
    verb = "watch" if intent == "watch_create" else "add"
    if not results:
        return f"Which product should I {verb}? Nothing has been shown yet: search for it or name it."
    listing = "; ".join(
        f"{i}. {r.get('title') or r.get('product_id')} ({r.get('product_id')})"
        for i, r in enumerate(results[:shown], 1)
    )
    nothing = "Nothing is watched yet." if verb == "watch" else "Nothing is added yet."
    return f'Which one should I {verb}? {listing}. Say "the first one" or its number. {nothing}'


def answer(
    pending: Pending, text: str, reading: Reading, referred: list[dict[str, Any]], vocab: Any
) -> tuple[Reading, dict[str, Any]] | None:
    """The add completed by `text`, when it answers the pending question: the combined reading and
    the product. None when the words are a request of their own, or are not affirmative."""
    asked = pending.reading
    mode, _cue = effect_mode(reading.mode, reading.mode_confidence, text, asked.intent)
    if mode != "affirm" or reading.effect not in (None, asked.effect):
        return None
    if (
        not reading.unsure()
        and reading.intent in _OWN_REQUEST
        and not (pending.item is None and referred and reading.intent == "detail")
    ):
        return None
    item = pending.item
    named: dict[str, str] = {}
    if item is None:
        if len(referred) != 1:
            return None
        item = referred[0]
    else:
        named = match_options(text, pending.values, expected=True)
        said = frozenset(w.casefold() for v in named.values() for w in tokens(v))
        if not named or names_product(text, vocab, ignore=said):
            return None
    # "10 please" answering "which size (9, 10)?" names the size, not a count.
    quantity = option_free_quantity(reading.quantity, named)
    combined = asked.model_copy(
        update={
            "text": f"{asked.text}; {text}",
            "options": {**asked.options, **reading.options, **named},
            "quantity": quantity or asked.quantity,
        }
    )
    return combined, item
