"""A selection: a turn that only picks shown results, with how many or which variant ("three of #2",
"#1 x2", "2 of the third one", "#1 in grey, size nine", "第二个要两个"). Read from its structure, not
from a list of phrasings: once the positions, the quantity, the variant options and the courtesy
and function words are taken out, nothing is left. What else could such a turn ask for but those
items? A bare position ("#2 pls", "the 2nd") is not one: it may as well ask to see it. Nor is a
question, or a turn with any other word ("not #2", "#2 under 50", "is #1 waterproof").

The classifier, trained on sentences, is unsure of these short turns (cart_add 0.3-0.5). A
selection is read as cart_add; its mode is still read from the words (a doubt marker still asks).
"""

from __future__ import annotations

import re

from shopagent.text.followups import COURTESY
from shopagent.text.numbers import fold, parse_number_words
from shopagent.text.options import OPTION_NAMES, UNITS, spoken_sizes

# Words a selection may carry besides positions, quantities and options: articles, "one", "of",
# "pair", the cart and a few verbs of taking, in the languages the reader knows.
_CARRIER_WORDS = """
    the a an one ones of pair pairs set sets piece pieces unit units in into to my and too also then
    yeah yes yep ok okay sure cool alright just i i'll ill i'd id take want need get grab gimme give me
    for please cart basket bag trolley that this those these them it
    el la los las lo un uno una unos unas de del en al y tambien quiero dame ponme carrito cesta
    der die das den dem des ein eine einen einem von vom zum im in und auch ich nehme mochte warenkorb korb
    le les l un une de du des en et aussi je prends veux panier
    o a os as um uma de do da dos das em e tambem quero carrinho cesta
    il lo la i gli le un una di del della in e anche voglio prendo carrello
    de het een van in en ook ik wil neem winkelwagen mandje
    ek do teen wala wali wale mujhe chahiye cart
"""
_CARRIER = frozenset(_CARRIER_WORDS.split())
# CJK runs left over: particles, "I want", "give me", measure words.
_CJK_CARRIER = re.compile(
    r"[的个個件双雙台把只つ本枚我要给給來来了吧请請を下さいくださいおねがいお願いも和と、，。\s]+"
)
_OPTION_NAMES = frozenset(n for names in OPTION_NAMES.values() for n in names)
_TIMES = re.compile(r"(?<![\w])[x×]\s*\d{1,3}\b|\b\d{1,3}\s*[x×](?![\w])", re.I)
_CJK_NUMBER = re.compile(r"[一二两兩三四五六七八九十百\d]+")
_QUESTION = re.compile(r"[?？]")
# "and one of #1", "uno del segundo": one of a shown result is a quantity, as "two of #1" is
_ONE_OF = re.compile(
    r"(?<![^\W\d_])(?:one|uno|una|un|une|ein|eine|einen|um|uma)\s+(?:of|de|del|do|da|von|du)\b", re.I
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


# "twice", "3 times", "zweimal", "dos veces", "deux fois", "due volte", "duas vezes", "twee keer"
_TIMES_WORD = re.compile(
    r"(?<![^\W\d_])(?:(?P<n>\d{1,3}|[^\W\d_]+?)\s*-?\s*(?:times|mal|veces|fois|volte|vezes|keer|maal)"
    r"|(?P<twice>twice|thrice))(?![^\W\d_])",
    re.I,
)


def times_quantity(text: str) -> int | None:
    """A quantity written as a multiplier: "#1 x2", "x 3", "2x the first one", "twice", "zweimal"."""
    m = _TIMES.search(text)
    if m is not None:
        value = int(re.sub(r"\D", "", m.group()))
        return value if 0 < value <= 999 else None
    for m in _TIMES_WORD.finditer(text):
        if m.group("twice"):
            return 2 if m.group("twice").casefold() == "twice" else 3
        n = m.group("n")
        value = int(n) if n.isdigit() else parse_number_words([n])
        if value is not None and 1 < value <= 999:
            return int(value)
    return None


def is_selection(
    text: str,
    unpointed: str,
    references: list[int],
    quantity: int | None,
    options: dict[str, str],
    ordinal_words: frozenset[str],
) -> bool:
    """Whether the words only pick shown results, with a quantity, a variant option or the cart.

    `unpointed`: the text with its "#2" and "第二个" positions taken out (reading.py's patterns);
    `references`, `quantity`, `options`: what the reader read of it."""
    if not references or _QUESTION.search(text):
        return False
    rest = spoken_sizes(_TIMES.sub(" ", unpointed))
    option_words = {fold(w) for value in options.values() for w in _WORD.findall(str(value))}
    carried = False
    for word in _WORD.findall(rest):
        folded = fold(word)
        if word.isdigit() or parse_number_words([word]) is not None or folded in ordinal_words:
            continue
        if folded in option_words or folded in _OPTION_NAMES or folded in COURTESY or folded in UNITS:
            continue
        if folded in _CARRIER:
            carried = carried or folded in ("cart", "basket", "carrito", "warenkorb", "panier", "carrello")
            continue
        if _CJK_NUMBER.fullmatch(_CJK_CARRIER.sub("", word) or "0"):
            continue  # a CJK run of particles and numerals ("要两个")
        return False
    return bool(quantity or options or carried or times_quantity(text) or _ONE_OF.search(text))
