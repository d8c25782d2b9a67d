"""One typed reading of each user turn: what the user asks for, about which results, how many, in
which variant, under which constraints, and whether they actually want it done now.

Layers, cheapest first:
- deterministic extractors: money and numbers in any language (text/money.py via search/parse.py),
  ordinals and quantities, variant options matched against the catalog's own option values (text/options.py);
- the learned classifier (intent_model.py): hashed n-grams always, the multilingual embedding when
  the search's embedder is the one it was trained on;
- the default model under a JSON-schema grammar, only when the classifier is unsure and a model is
  already at hand (session.py decides; see `llm_schema`).
Router, intents, follow-ups and the effect gates read this object. An effect (cart, watch, checkout)
runs only on an affirmative reading; a negated, hypothetical or doubtful one changes nothing and asks.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from shopagent.agent.clauses import (
    asked_of_others,
    one_sure_change,
    refused_results,
    removal_after_refusal,
    two_changes,
    without_refusals,
)
from shopagent.agent.frames import sentences, without_request_frame
from shopagent.agent.intent_model import INTENTS, MODES, load_intent_model
from shopagent.agent.selection import is_selection, times_quantity
from shopagent.search.models import Constraints
from shopagent.text.followups import MORE
from shopagent.text.numbers import fold, parse_number_words, read_cjk_number
from shopagent.text.options import match_options, option_free_quantity
from shopagent.text.positions import (
    CJK_ORDINAL,
    FIRST_FEW,
    HASH_RE,
    NUMBER_WORD_RE,
    OF_THE_FEW,
    OF_THE_TWO,
    ORDINALS,
    references,
    without_positions,
)
from shopagent.text.words import fold_noun_plural

Intent = Literal[
    "search", "refine", "ask_results", "compare", "reviews", "detail", "cart_add", "cart_remove",
    "cart_set_quantity", "cart_clear", "view_cart", "checkout", "list_orders", "watch_create",
    "watch_remove", "list_watches", "plan", "social", "other",
]  # fmt: skip
Mode = Literal["affirm", "negated", "hypothetical", "doubtful"]

EFFECT_OF: dict[str, str] = {
    "cart_add": "cart",
    "cart_remove": "cart",
    "cart_set_quantity": "cart",
    "cart_clear": "cart",
    "checkout": "checkout_prepare",
    "watch_create": "watch",
    "watch_remove": "watch",
}
UNSURE = 0.55  # below this intent probability the reading is unsure (the model may be asked)
AFFIRM_MIN = 0.8  # an effect read as affirmative with less confidence than this asks first
SELECTION_SURE = 0.9  # a turn that only picks shown results (selection.py) is read as an add this sure
AFFIRM_SURE = 0.97  # ... and, beside a negation, condition or doubt marker, with less than this

# Negation, condition and doubt markers in the languages the classifier was trained on. They never
# decide an intent; they only make an effect ask first when the classifier is not sure it was meant.
_DOUBT_CUES = re.compile(
    # en
    r"(?<![^\W\d_])(?:don'?t|do not|dont|never|not|no|nope|nah|without|stop|wait|hold on|if|what if|"
    r"suppose|imagine|would|maybe|perhaps|might|should i|should we|not sure|thinking about|later|"
    # es / pt / it
    r"nunca|ni|sin|si|quizás|quizas|tal vez|debería|deberia|todavía no|aun no|aún no|"
    r"não|nao|nem|talvez|se eu|deveria|ainda não|"
    r"non|mai|forse|se|dovrei|ancora|"
    # fr / de / nl
    r"ne|pas|jamais|sans|peut-être|peut-etre|devrais|si je|"
    r"nicht|kein|keine|keinen|nie|wenn|falls|vielleicht|soll ich|sollte|noch nicht|"
    r"niet|geen|niks|nooit|misschien|als ik|zou|moet ik|"
    # hi (latin) / ko
    r"mat|nahi|nahin|na|agar|shayad|kya|"
    # id / pl / ru / vi / sv / cs / tr
    r"jangan|belum|tidak|nggak|gak|enggak|kalau|mungkin|jeśli|może|не|ни|ничего|если|может|"
    r"đừng|không|chưa|nếu|inte|inga|ingen|aldrig|om jag|kanske|nic|nikdy|kdybych|možná|"
    r"hiçbir|ekleme|eklemeyin|koyma|belki|eğer)(?![^\W\d_])"
    # zh / ja (no word boundaries in these scripts)
    r"|不|别|別|没|沒|如果|要是|假如|的话|也许|也許|或许|可能|吗|嗎|纠结|考虑|\?|？|"
    r"ないで|しないで|ません|ない|たら|れば|かな|かも|迷|どうしよう|べき|"
    r"하지 마|지 마|지 말|않|안 |말고|면|까요",
    re.I,
)

_QUANTITY_CHANGES = frozenset({"cart_set_quantity", "cart_add"})
# A selection is an add unless the classifier is sure it is another change to those items.
_NOT_SELECTIONS = frozenset({"cart_set_quantity", "cart_remove", "watch_create", "watch_remove"})
_QUANTITY_RE = re.compile(
    r"(?<![\w#.,$€£¥₹₱])(\d{1,3})(?!\s*(?:%|\.\d|[,.]\d{3}|st\b|nd\b|rd\b|th\b|stars?\b|estrellas|sterne|étoiles))"
    r"(?:\s*(?:x|×|of|de|von|da|di|pieces|pcs|units|unidades|stück|stuck|pares|pairs|个|個|件|双|つ|本|枚))?",
    re.I,
)
_OLD_QUANTITY = re.compile(
    r"(?i)(?:instead of|rather than|not|nicht|non|pas|não|niet|statt|anstatt|en vez de|en lugar de|"
    r"au lieu de|em vez de|invece di|in plaats van|而不是|不是)\s*"
    r"(?:\d+|(?:two|three|four|five|six|ten|dos|tres|cuatro|cinco|zwei|drei|vier|fünf|deux|trois|quatre|cinq|due|tre|quattro|dois|três|twee|drie)(?![^\W\d_]))"
)
_CJK_QTY = re.compile(r"([一二两兩三四五六七八九十\d]+)\s*(?:个|個|件|双|雙|台|把|只|つ|本|枚)")


class Span(BaseModel):
    """Where a slot came from: the user's own words."""

    slot: str
    words: str


class PriceReading(BaseModel):
    min: float | None = None
    max: float | None = None
    currency: str | None = None  # as stated; None = the catalog's own


class Reading(BaseModel):
    text: str
    intent: Intent = "other"
    confidence: float = 0.0
    mode: Mode = "affirm"
    mode_confidence: float = 0.0
    references: list[int] = Field(default_factory=list)  # 1-based positions in the shown results; -1 last
    quantity: int | None = None
    # a quantity of each result, when each is named with its own ("5 of #1 and 2 of #2"): position -> n
    quantities: dict[int, int] = Field(default_factory=dict)
    options: dict[str, str] = Field(default_factory=dict)  # variant options named, catalog spelling
    price: PriceReading = Field(default_factory=PriceReading)
    constraints: Constraints = Field(default_factory=Constraints)
    negated: bool = False
    hypothetical: bool = False
    doubtful: bool = False
    layers: str = ""  # which readers produced this: "ngram", "ngram+embedding", "+model"
    # the clauses the change is asked in, when others refuse it for other results ("add #2 instead"
    # of "don't add #1, add #2 instead"): what the results it acts on are read from
    change_words: str = ""
    spans: list[Span] = Field(default_factory=list)

    @property
    def effect(self) -> str | None:
        """The state change this turn asks for, if any ("cart", "watch", "checkout_prepare")."""
        return EFFECT_OF.get(self.intent)

    @property
    def affirmative(self) -> bool:
        return self.mode == "affirm"

    def allowed_effects(self) -> frozenset[str]:
        """Effects the user's words, read affirmatively and with confidence, ask for in this turn (an
        unsure reading permits none by itself; the gates still read the user's own action verbs)."""
        if not self.affirmative or self.effect is None or self.unsure():
            return frozenset()
        effects = {self.effect}
        if self.intent == "cart_add":
            effects.add("cart")
        return frozenset(effects)

    def unsure(self) -> bool:
        return self.confidence < UNSURE


def read(
    text: str,
    *,
    vocab: Any = None,
    vector: Any = None,
    option_values: dict[str, list[str]] | None = None,
) -> Reading:
    """The reading of one turn. `vector`: the text's query embedding (when the embedder matches the
    classifier's); `option_values`: variant option values to look for ({"size": ["S", "M"]})."""
    from shopagent.search.parse import parse_query

    clean = " ".join(str(text or "").split())
    reading = Reading(text=clean)
    if not clean:
        return reading
    model = load_intent_model()
    prediction = model.predict(clean, vector if _vector_ok(model, vector) else None)
    reading.intent = prediction.intent  # type: ignore[assignment]
    reading.confidence = round(prediction.intent_p, 3)
    moded = mode_prediction(model, clean, prediction)
    reading.mode = moded.mode  # type: ignore[assignment]
    reading.mode_confidence = round(moded.mode_p, 3)
    reading.layers = prediction.layers
    reading.references = references(clean)
    options = match_options(clean, option_values) if option_values else {}
    other_change = reading.intent in _NOT_SELECTIONS and not reading.unsure()
    if not other_change and is_selection(
        clean, without_positions(clean), reading.references, quantity(clean), options, ORDINALS
    ):
        reading.intent, reading.confidence = "cart_add", max(reading.confidence, SELECTION_SURE)
        reading.spans.append(Span(slot="intent", words="(a selection: positions, quantity, options)"))
    sure_part = one_sure_change(clean) if reading.unsure() and reading.effect is not None else None
    if sure_part is not None and sure_part[0] == reading.intent:  # "yeah go for it, add it"
        reading.confidence = round(sure_part[1], 3)
        reading.spans.append(Span(slot="intent", words="(one clause asks it surely)"))
    if reading.effect is not None:
        rest = without_refused(clean, reading.intent)
        refused = rest != clean
        if reading.intent in _QUANTITY_CHANGES:  # "make it 3, not 5": the old quantity is no doubt
            rest = " ".join(_OLD_QUANTITY.sub(" ", rest).split())
        rest = without_request_frame(rest)
        if rest != clean:  # "… don't buy it": the mode of the watch is read on the rest
            alone = model.predict(rest)
            if alone.intent == prediction.intent:
                moded = alone
                reading.mode = moded.mode  # type: ignore[assignment]
                reading.mode_confidence = round(moded.mode_p, 3)
                if refused:  # the refused clause's own change no longer blurs what the rest asks
                    reading.confidence = max(reading.confidence, round(alone.intent_p, 3))
        if moded.mode == "affirm" and moded.mode_p < AFFIRM_MIN and not _DOUBT_CUES.search(clean):
            alone = model.predict(clean)  # no marker of doubt at all: the n-gram layer, if near-certain
            if alone.intent == prediction.intent and alone.mode == "affirm" and alone.mode_p >= AFFIRM_SURE:
                moded = alone
                reading.mode_confidence = round(moded.mode_p, 3)
        words = getattr(vocab, "words", frozenset())
        asked = without_request_frame(clean)  # "could you …?": its question mark is no doubt
        pairs = getattr(vocab, "word_pairs", None)
        mode, cue = effect_mode(reading.mode, moded.mode_p, asked, reading.intent, words, pairs)
        if mode != reading.mode:
            reading.mode = mode  # type: ignore[assignment]
            reading.spans.append(Span(slot="mode", words=cue or "(unsure)"))
        undone = removal_after_refusal(clean, reading.effect) if reading.mode == "negated" else None
        if undone is not None:  # "i don't want alerts. remove it": the removal, of what was refused
            reading.intent, reading.confidence, reading.mode_confidence = undone  # type: ignore[assignment]
            reading.mode = "affirm"  # type: ignore[assignment]
            reading.spans.append(Span(slot="mode", words="(a refusal, then its removal)"))
        found = asked_of_others(clean, reading.intent) if reading.mode in ("negated", "doubtful") else None
        if found is not None:  # "don't add #1, add #2 instead": the change, for the others only
            intent, asked = found
            alone = model.predict(asked)
            reading.mode, reading.mode_confidence = "affirm", round(alone.mode_p, 3)  # type: ignore[assignment]
            if intent != reading.intent:
                reading.intent, reading.confidence = intent, round(alone.intents[intent], 3)  # type: ignore[assignment]
            reading.confidence = max(reading.confidence, AFFIRM_MIN)
            reading.references, reading.change_words = references(asked), asked
            reading.spans.append(Span(slot="mode", words=f"(refused for others: {asked})"))
        elif reading.mode == "negated" and reading.unsure() and (kept := without_refusals(clean)) != clean:
            # "I'm just browsing tents, don't add anything": the rest, read alone, when it is no change
            alone = model.predict(kept)
            if alone.intent not in EFFECT_OF and alone.intent_p >= UNSURE:
                reading.intent, reading.confidence = alone.intent, round(alone.intent_p, 3)  # type: ignore[assignment]
                reading.spans.append(Span(slot="intent", words="(read without the refused change)"))
        elif reading.mode == "affirm" and set(reading.references) & refused_results(clean):
            reading.mode = "negated"  # type: ignore[assignment]  # "不要第一个": that one is refused
            reading.spans.append(Span(slot="mode", words="(a clause refuses the result)"))
        if reading.mode in ("affirm", "doubtful") and reading.confidence < AFFIRM_MIN:
            both = two_changes(clean)
            if both:  # "clear the cart, i'll buy them in the store": which one is asked is a guess
                reading.mode = "doubtful"  # type: ignore[assignment]
                reading.spans = [s for s in reading.spans if s.slot != "mode"]
                reading.spans.append(Span(slot="mode", words=f"(two changes: {' and '.join(both)})"))
    elif reading.unsure():
        # "how are #1 and #2 different? dont add anything": the refused change blurs the question;
        # the rest is read alone, and taken when it is surely no change itself.
        rest = without_refused(clean, reading.intent)
        alone = model.predict(rest) if rest != clean else None
        if alone is not None and alone.intent not in EFFECT_OF and alone.intent_p >= UNSURE:
            reading.intent, reading.confidence = alone.intent, round(alone.intent_p, 3)  # type: ignore[assignment]
            reading.mode, reading.mode_confidence = alone.mode, round(alone.mode_p, 3)  # type: ignore[assignment]
            reading.spans.append(Span(slot="intent", words="(read without the refused change)"))
    reading.negated = reading.mode == "negated"
    reading.hypothetical = reading.mode == "hypothetical"
    reading.doubtful = reading.mode == "doubtful"

    parsed = parse_query(clean, vocab)
    reading.constraints = parsed.constraints
    c = parsed.constraints
    reading.price = PriceReading(min=c.min_price, max=c.max_price, currency=c.currency)
    # a number read as a price or a rating is no quantity ("at least 4 stars", "under 80")
    # the quantity of the clauses that ask, when others refuse ("don't add two of #1, add #2 instead")
    said_in = reading.change_words or parsed.unbounded or clean
    reading.quantity = quantity(said_in, one=reading.intent == "cart_set_quantity")
    if reading.intent == "cart_add" and len(reading.references) >= 2:
        reading.quantities = each_quantity(said_in)
    if option_values:
        reading.options = options
        reading.quantity = option_free_quantity(reading.quantity, reading.options)
        for name, value in reading.options.items():
            reading.spans.append(Span(slot=f"option:{name}", words=value))
    return reading


# A condition is what a price watch is made of ("alert me if it drops below 200"): for a watch, only
# negation and doubt markers count.
def after_cart_change(reading: Reading, names_product: bool, in_cart: bool = False) -> Reading:
    """The reading the dialogue makes sure. Right after the user changed a cart line, words the
    classifier reads, even unsure, as a quantity change, that state a quantity and name no product
    ("gimme 2 of #1" - "nah, just one is enough"; "on second thought, three of those") are that
    change to the line just touched; and words it reads, unsure, as a removal of results that are
    in the cart (`in_cart`: "add #1 and #3" - "take #3 out") are that removal. The mode still
    decides whether anything changes."""
    if not reading.unsure():
        return reading
    said = MORE.search(reading.text) and quantity(reading.text, one=True) is not None
    if said and not names_product:  # "two more please": more of that line
        update = {"intent": "cart_set_quantity", "confidence": UNSURE, "layers": f"{reading.layers}+dialogue"}
        return reading.model_copy(update=update)
    removal = reading.intent == "cart_remove" and in_cart
    if not removal and (reading.intent != "cart_set_quantity" or reading.quantity is None or names_product):
        return reading  # "one of the blue ones is enough" may be a new request
    return reading.model_copy(update={"confidence": UNSURE, "layers": f"{reading.layers}+dialogue"})


def not_in_cart(reading: Reading) -> Reading:
    """A quantity change of results the cart does not hold ("#2 x2", "3 of the first one" read as
    cart_set_quantity) can only be an add of that many: the quantity names no line to change."""
    if reading.quantity is None:
        return reading
    update = {"intent": "cart_add", "confidence": max(reading.confidence, SELECTION_SURE)}
    return reading.model_copy(update={**update, "layers": f"{reading.layers}+dialogue"})


_CONDITIONS = frozenset(
    ["if", "si", "wenn", "falls", "se", "als", "agar", "如果", "要是", "假如", "たら", "れば"]
)
# Markers that are the request itself for some intents, so they are no doubt there: a condition is
# what a watch is made of, and "stop" is how one is removed ("stop watching it"; "don't" still counts).
_INTRINSIC: dict[str, frozenset[str]] = {"watch_create": _CONDITIONS, "watch_remove": frozenset({"stop"})}


# Requests whose own words sound like a negation or a condition: a stop ("stop watching it",
# "arrête de surveiller le prix") and a watch, which is made of a condition ("avvisami se scende
# sotto i 50", "如果降到50以下就提醒我"). The embedding layer's mode head, which knows no intent, reads
# the stop as a negation (affirm 0.49 for "stop watching it") and the condition as doubt (affirm
# 0.46-0.77 in zh/it/de/fr/ja, where the n-gram layer says 0.78-0.99), so the gate asked. Their mode
# is the n-gram layer's, which has learned the verbs in context; negation and doubt markers still
# count as for any effect ("don't remove it", "maybe watch it?").
_MODE_IN_CONTEXT = frozenset({"watch_remove", "cart_remove", "cart_clear", "watch_create"})


def mode_prediction(model: Any, text: str, prediction: Any) -> Any:
    """The prediction whose mode a turn is read with: the n-gram layer's alone for the intents
    in _MODE_IN_CONTEXT, else the layers' together."""
    if prediction.intent in _MODE_IN_CONTEXT and "embedding" in prediction.layers:
        return model.predict(text)
    return prediction


# "no"/"na" before the cart is Portuguese for "in the" ("coloca dois no carrinho"), not a negation.
_PREPOSITION_CUES = frozenset({"no", "na", "nos", "nas"})
_CART_NOUNS = frozenset(
    {"carrinho", "carrinhos", "carrito", "cesta", "cesto", "sacola", "basket", "cart", "warenkorb",
     "panier", "carrello", "winkelwagen"}
)  # fmt: skip


def effect_mode(
    mode: str,
    affirm_p: float,
    text: str,
    intent: str | None = None,
    product_words: frozenset[str] = frozenset(),
    product_pairs: frozenset[tuple[str, str]] | None = None,
) -> tuple[str, str | None]:
    """The mode an effect is acted on: an affirmative reading the classifier is not sure of, or one
    beside a negation/condition/doubt marker it is not nearly certain of, becomes doubtful (ask).
    A marker that is part of a product's name here ("yoga mat", "no-show socks": the marker and a
    word beside it are both words of the catalog, `product_words`; with `product_pairs`, the two
    must stand side by side in one of its names: "vale, no elimines" is no name) is no marker."""
    if mode != "affirm":
        return mode, None
    replaced = [m.span() for m in _OLD_QUANTITY.finditer(text)] if intent in _QUANTITY_CHANGES else []
    cue = next(
        (
            m
            for m in _DOUBT_CUES.finditer(text)
            if m.group().casefold() not in _INTRINSIC.get(intent or "", ())
            and not any(s <= m.start() < e for s, e in replaced)  # "one, not two": the old quantity
            and not _names_or_place(text, m, product_words, product_pairs)
            and not _outside_the_request(text, m, intent)
        ),
        None,
    )
    if affirm_p < AFFIRM_MIN or (cue is not None and affirm_p < AFFIRM_SURE):
        return "doubtful", cue.group() if cue else None
    return mode, None


def _names_or_place(
    text: str,
    m: re.Match[str],
    product_words: frozenset[str],
    pairs: frozenset[tuple[str, str]] | None = None,
) -> bool:
    """Whether a doubt marker is a word of a product name or the preposition before the cart."""
    word = m.group().casefold()
    before = re.findall(r"[^\W_]+", text[: m.start()].casefold())[-1:]
    after = re.findall(r"[^\W_]+", text[m.end() :].casefold())[:1]
    if word in _PREPOSITION_CUES and after and after[0] in _CART_NOUNS:
        return True
    if re.match(r"-[^\W\d_]", text[m.end() :]) or re.search(r"[^\W\d_]-$", text[: m.start()]):
        return True  # one word with its neighbour: "no-show socks", "non-stick pan"
    if pairs is not None:
        forms = lambda w: {w, fold_noun_plural(w)}  # noqa: E731 - two spellings of one neighbour
        return any((b, f) in pairs for w in before for b in forms(w) for f in forms(word)) or any(
            (f, a) in pairs for w in after for a in forms(w) for f in forms(word)
        )
    if not product_words or not word.isalpha() or not _in(word, product_words):
        return False
    return any(_in(w, product_words) for w in before + after)


# "no,"/"nah," opening a turn answers the previous one ("nah, just one is enough"), the way "yes,"
# would; the request is what follows it.
_INTERJECTION = re.compile(
    r"^\W*(?:no+|nah|nope|naw|não|nao|nein|nö|nee|non|ne|never ?mind|nvm|forget it|scratch that)"
    r"\s*[,.!:;]+\s*(?=\w)",
    re.IGNORECASE,
)


def _outside_the_request(text: str, m: re.Match[str], intent: str | None) -> bool:
    """Whether a marker stands outside the request an effect comes from: an opening "no,"/"nah,"
    with a request after it, or a sentence that refuses another change (`_refuses_other`)."""
    opening = _INTERJECTION.match(text)
    return bool(opening and m.end() <= opening.end()) or _refuses_other(text, m, intent)


def _refuses_other(text: str, m: re.Match[str], intent: str | None) -> bool:
    """Whether the marker's sentence, read alone, surely refuses another change than `intent`'s
    ("let me know if it drops below 130. don't buy it": the watch is asked for, the purchase
    refused; which other change it is matters not). A sentence refusing this same change, or one
    the classifier cannot place, does not: "add it. actually no, don't" asks."""
    if intent is None:
        return False
    spans = sentences(text)
    where = [(a, b) for a, b in spans if a <= m.start() < b]
    if len(spans) < 2 or not where:
        return False
    start, end = where[0]
    alone = load_intent_model().predict(text[start:end].strip(), None)
    # Sure that it is some other change, whichever ("don't buy it": a checkout or an add).
    own = EFFECT_OF.get(intent)
    other = sum(p for i, p in alone.intents.items() if EFFECT_OF.get(i) not in (None, own))
    return alone.mode != "affirm" and other >= UNSURE


def without_refused(text: str, intent: str | None) -> str:
    """The turn without its sentences that refuse another change (`_refuses_other`): what asks
    for `intent`'s change, to read its mode on."""
    refused = {
        (a, b)
        for m in _DOUBT_CUES.finditer(text)
        if _refuses_other(text, m, intent)
        for a, b in sentences(text)
        if a <= m.start() < b
    }
    if not refused:
        return text
    return " ".join(text[a:b].strip() for a, b in sentences(text) if (a, b) not in refused)


def refuses_other_change(text: str, intent: str | None) -> bool:
    """Whether a sentence of the turn refuses another change than the one `intent` asks for: the
    turn's action verbs then permit nothing beyond the reading ("don't buy it" names a purchase)."""
    return any(_refuses_other(text, m, intent) for m in _DOUBT_CUES.finditer(text))


def _in(word: str, words: frozenset[str]) -> bool:
    return word in words or fold_noun_plural(word) in words or f"{word}s" in words


def _vector_ok(model: Any, vector: Any) -> bool:
    return vector is not None and model.has_embedding_layer()


# Where one result's part of a turn ends and the next one's begins: "5 of #1 and 2 of #2",
# "two of the first, one of the third", "dos del primero y uno del tercero", "第一个要两个，第三个要一个".
_EACH_CUT = re.compile(r"\s*(?:[,;+&，、；]|\b(?:and|plus|y|e|und|et|en|i|ve|dan)\b)\s*", re.I)


def each_quantity(text: str) -> dict[int, int]:
    """A quantity for each result the words name with its own ("5 of #1 and 2 of #2": {1: 5, 2: 2}),
    or {} when they do not: one quantity for all ("2 each of #1 and #3"), or none. Each part of the
    turn must name one result; a part with a quantity and no result makes it one for all."""
    out: dict[int, int] = {}
    counted = False
    for part in _EACH_CUT.split(text):
        pointed = references(part)
        said = quantity(part, one=True)
        if len(pointed) > 1 or (said is not None and not pointed):
            return {}
        if pointed:
            counted = counted or said is not None
            out[pointed[0]] = said if said is not None else 1
    return out if counted and len(out) >= 2 else {}


def quantity(text: str, *, one: bool = False) -> int | None:
    """How many items the words ask for ("3 of the first one", "two of them", "a couple of", "三个"),
    or None. "one" in words counts only when `one` (setting a quantity: "one is enough"); elsewhere
    it is a pronoun ("the first one")."""
    # "the cheaper of the two", "the first two": a pair, not 2 of one
    cleaned = FIRST_FEW.sub(" ", OF_THE_TWO.sub(" ", HASH_RE.sub(" ", NUMBER_WORD_RE.sub(" ", text))))
    cleaned = OF_THE_FEW.sub(" ", cleaned)
    cleaned = re.sub(r"(?i)\b(?:size|talla|taille|größe|grosse|tamanho|taglia|maat)\s*\w+", " ", cleaned)
    cleaned = re.sub(
        r"[$€£¥₹₱]\s*\d[\d.,]*|\d[\d.,]*\s*(?:usd|eur|gbp|dollars?|euros?|pesos?|元|円)",
        " ",
        cleaned,
        flags=re.I,
    )
    cleaned = CJK_ORDINAL.sub(" ", cleaned)  # "第三个给我加两个": the third one, two of it
    if one:  # setting a quantity: the old one is not it ("5 is overkill, make it 3", "3 instead of 5")
        cleaned = _OLD_QUANTITY.sub(" ", cleaned)
    m = _CJK_QTY.search(cleaned)
    if m:
        value = read_cjk_number(m.group(1))
        if value and 0 < value <= 999:
            return int(value)
    times = times_quantity(cleaned)  # "#1 x2"
    if times is not None:
        return times
    counts = [int(m.group(1)) for m in _QUANTITY_RE.finditer(cleaned) if 0 < int(m.group(1)) <= 999]
    if counts:
        return counts[-1] if one else counts[0]  # a new quantity comes after the one it replaces
    words = re.findall(r"[^\W\d_]+", cleaned)
    said_one = False
    for i, word in enumerate(words):
        for n in (4, 3, 2, 1):  # the longest run of number words starting here
            if n == 1 and fold(word) in _NOT_QUANTITY:
                break  # "a", "un", "ein" alone are articles; "a couple of" is a number
            value = parse_number_words(words[i : i + n]) if i + n <= len(words) else None
            if value is not None:
                if 1 < value <= 999:
                    return value  # "make the first one two": two
                said_one = said_one or value == 1
                break
    return 1 if one and said_one else None


_NOT_QUANTITY = frozenset({"un", "una", "uno", "ein", "eine", "une", "um", "uma", "a", "e", "en", "et", "y"})


def llm_schema() -> dict[str, Any]:
    """The JSON schema the default model fills when the classifier is unsure (grammar-constrained)."""
    return {
        "type": "object",
        "properties": {
            "intent": {"type": "string", "enum": list(INTENTS)},
            "mode": {"type": "string", "enum": list(MODES)},
        },
        "required": ["intent", "mode"],
    }
