"""Effects whose arguments code can fix from the turn's reading, and the answer when nothing may change.

"Add the first one in size M", "I'll take 3 of the second", "remove the skillet", "make it 2",
"empty my cart", "let me know if the first one goes under 60": the reading names the product (an
earlier result, the product just shown, or a cart line named by a word), the variant options, the
quantity and the price. Code resolves them to one SKU, or asks when it cannot:
- options the user named that the product does not have, or that are sold out: a plain answer
  listing what exists;
- in-stock variants that differ in an option the user did not name: a question listing the values.
The resolved call still runs through the agent loop as a prefetched call, so every gate checks it.
A negated, hypothetical or doubtful effect changes nothing: `ask_first` words the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from shopagent.agent import gates
from shopagent.agent.reading import _DOUBT_CUES, AFFIRM_SURE, Reading, refuses_other_change
from shopagent.agent.toolcalls import ToolCall
from shopagent.text.followups import MORE
from shopagent.text.options import match_options, option_free_quantity, option_values


@dataclass
class Resolution:
    calls: list[ToolCall] = field(default_factory=list)
    refs: list[dict[str, Any]] = field(default_factory=list)  # the products the calls touch
    answer: str | None = None  # set when code answers instead (a question, or why nothing changed)
    read: Any = None  # what code read to resolve it (a product view): its ids become known ids
    # The answer asks which value of these options (in stock): the next turn may answer it.
    asked: dict[str, list[str]] | None = None
    named: dict[str, str] = field(default_factory=dict)  # the variant options the words named
    quantity: int | None = None  # the quantity code made of the words ("one more" on a line of 2: 3)


def ask_first(reading: Reading) -> str:
    """The answer to an effect the user did not affirm: nothing changed, and what to say to do it."""
    what = {
        "cart_add": "add anything to your cart",
        "cart_remove": "remove anything from your cart",
        "cart_set_quantity": "change any quantity in your cart",
        "cart_clear": "empty your cart",
        "checkout": "start a checkout",
        "watch_create": "set up a price watch",
        "watch_remove": "remove any price watch",
    }.get(reading.intent, "change anything")
    modes = [s.words for s in reading.spans if s.slot == "mode"]
    two = next((words for words in modes if words.startswith("(two changes")), None)
    if two is not None:
        asked = [_DOING.get(i, i) for i in two.removeprefix("(two changes: ").rstrip(")").split(" and ")]
        return (
            f"I did not change anything: that reads as two changes ({' and '.join(asked)}), and I do not "
            "want to guess. Which one do you want? Ask for one at a time."
        )
    why = {
        "negated": "you asked me not to",
        "hypothetical": "you asked about it as a what-if",
        "doubtful": "it did not sound like a decision yet",
    }.get(reading.mode, "I was not sure you meant it")
    return f'I did not {what}: {why}. Do you want me to? If so, say it plainly, e.g. "{_example(reading)}".'


_DOING = {
    "cart_add": "adding to your cart",
    "cart_remove": "removing from your cart",
    "cart_set_quantity": "changing a quantity",
    "cart_clear": "emptying your cart",
    "checkout": "checking out",
    "watch_create": "setting up a price watch",
    "watch_remove": "removing a price watch",
}


def _example(reading: Reading) -> str:
    return {
        "cart_add": "add the first one to my cart",
        "cart_remove": "remove it from my cart",
        "cart_set_quantity": "set the quantity to 2",
        "cart_clear": "empty my cart",
        "checkout": "check out",
        "watch_create": "watch the first one for under 50",
        "watch_remove": "stop watching it",
    }.get(reading.intent, "yes, do it")


def permit_for(text: str, reading: Reading, vocab: Any = None) -> gates.Permit:
    """Which effects may run this turn: those the reading, affirmative, asks for; and those the
    action verbs of the user's words name when the reading is affirmative and shows no doubt. A
    verb that is also a word of this catalog's product names counts only with an object after it:
    "watch the cheapest of those three" asks, "gps running watch" and "smart watch under 200, add
    the cheapest" name a product."""
    if not reading.affirmative:
        return gates.Permit(refusal=f"the user's request is {reading.mode}: nothing may change")
    effects = set(reading.allowed_effects())
    doubt = reading.mode_confidence < AFFIRM_SURE and _DOUBT_CUES.search(text)
    if not doubt and not refuses_other_change(text, reading.intent):
        words = getattr(vocab, "words", frozenset())
        for name, pattern in gates.EFFECT_WORDS.items():
            if any(_used_as_verb(text, m, words) for m in pattern.finditer(text)):
                effects.add(name)
    return gates.Permit(frozenset(effects), reading.quantity)


# What follows a verb that is also a product word when it is the verb: "watch the cheapest", "watch
# #2", "track it", "watch both"; not "gps running watch", "smart watch under 200", "a watch for running".
_OBJECT_LEAD = re.compile(
    r"\s*(?:#|\d|(?:the|this|that|these|those|it|them|both|all|my|its|each|every|out|over)\b)", re.I
)


def _used_as_verb(text: str, m: re.Match[str], words: frozenset[str]) -> bool:
    """Whether an action word is the verb: always for one this catalog's names never use ("add");
    for one they use ("watch"), when an object follows it."""
    return m.group().split()[0].casefold() not in words or bool(_OBJECT_LEAD.match(text, m.end()))


def each(reading: Reading, item: dict[str, Any], shown: list[dict[str, Any]]) -> Reading:
    """The reading with the quantity said for this one of the shown results ("5 of #1 and 2 of #2")."""
    ids = [r.get("product_id") for r in shown]
    if not reading.quantities or item.get("product_id") not in ids:
        return reading
    position = ids.index(item.get("product_id")) + 1
    said = reading.quantities.get(position)
    if said is None and position == len(ids):
        said = reading.quantities.get(-1)  # "... and 2 of the last one"
    return reading.model_copy(update={"quantity": said}) if said is not None else reading


def resolve_add(
    deps: Any,
    reading: Reading,
    item: dict[str, Any],
    carried: dict[str, str] | None = None,
    shown: list[dict[str, Any]] | None = None,
) -> Resolution:
    """The SKU of `item` that matches every option the user named, or a question / plain answer.

    `carried`: options the search that showed `item` asked for ("black leggings"); each holds where
    this turn names no value of its own and the product comes in it ("add the first pair, medium"
    is the black pair in M). `shown`: the results the positions of the words count in, for a
    quantity said for each ("5 of #1 and 2 of #2")."""
    from shopagent.catalog.views import product_view

    reading = each(reading, item, shown or [])

    view = product_view(deps, item["product_id"])
    variants = view.get("variants") or []
    values = option_values([v.get("options") or {} for v in variants])
    named = match_options(reading.text, values) if values else {}
    # Values read before (an answer to "which size?" is read against the options asked about).
    named.update({k: v for k, v in reading.options.items() if v in values.get(k, ())})
    for key, value in (carried or {}).items():
        spelled = next((k for k in values if k.casefold() == key.casefold()), None)
        same = [v for v in values.get(spelled or "", ()) if v.casefold() == value.casefold()]
        if spelled and same and spelled not in named and spelled not in reading.options:
            named[spelled] = same[0]
    title = view.get("title") or item.get("title") or item["product_id"]
    quantity = option_free_quantity(reading.quantity, named) or 1
    folded = {k: {x.casefold() for x in vs} for k, vs in values.items()}
    lacking = {
        k: v
        for k, v in reading.options.items()
        if k not in named and (k in values or not values) and v.casefold() not in folded.get(k, set())
    }
    if lacking:  # "in brown" for a boot made only in black: say so, never add another colour
        wanted = ", ".join(f"{k} {v}" for k, v in lacking.items())
        return Resolution(
            answer=f"{title} has no {wanted}. It comes in: {_options_line(variants)}.", read=view
        )
    if not variants or (len(variants) == 1 and not named):
        sku = variants[0]["sku"] if variants else item.get("sku") or item["product_id"]
        short = _short_of(variants[0] if variants else {}, quantity, title)
        if short is not None:
            return Resolution(answer=short, read=view)
        call = ToolCall("add_to_cart", {"sku": sku, "quantity": quantity})
        return Resolution([call], [{**item, "sku": sku}], read=view)
    matching = [
        v for v in variants if all((v.get("options") or {}).get(k) == val for k, val in named.items())
    ]
    if not matching:
        wanted = ", ".join(f"{k} {v}" for k, v in named.items())
        return Resolution(answer=f"{title} has no {wanted}. It comes in: {_options_line(variants)}.")
    live = [v for v in matching if v.get("in_stock")]
    if not live:
        wanted = ", ".join(f"{k} {v}" for k, v in named.items()) or "it"
        return Resolution(
            answer=f"{title}: {wanted} is sold out. In stock: {_options_line(variants, in_stock_only=True)}."
        )
    differing = [
        name
        for name in values
        if name not in named and len({(v.get("options") or {}).get(name) for v in live}) > 1
    ]
    if differing:
        asked = {
            name: list(dict.fromkeys(str((v.get("options") or {}).get(name)) for v in live))
            for name in differing
        }
        asks = [f"{name} ({', '.join(shown)})" for name, shown in asked.items()]
        lead = f"Which {' and '.join(asks)} of {title} would you like?"
        return Resolution(answer=f"{lead} I have not added anything yet.", read=view, asked=asked)
    chosen = live[0]
    short = _short_of(chosen, quantity, title)
    if short is not None:
        return Resolution(answer=short, read=view)
    call = ToolCall("add_to_cart", {"sku": chosen["sku"], "quantity": quantity})
    return Resolution([call], [{**item, "sku": chosen["sku"]}], read=view, named=named)


def _short_of(variant: dict[str, Any], quantity: int, title: str) -> str | None:
    """What to say when fewer than `quantity` of the variant are in stock: asked before anything is
    added, so "5 of #1 and 2 of #2" with two of #1 left adds neither (the cart would otherwise hold
    half of what was asked)."""
    stock = variant.get("stock")
    if not isinstance(stock, int) or stock <= 0 or quantity <= stock:
        return None
    return f"Only {stock} of {title} in stock; you asked for {quantity}. I have not added anything yet."


def resolve_each(resolve: Any, items: list[dict[str, Any]]) -> Resolution:
    """One change on each of several products ("add #1 and #3", "watch the first two"): every
    call when each resolves; the questions of those that do not, and nothing changed, otherwise."""
    if len(items) == 1:
        return resolve(items[0])  # its question may be answered next (Resolution.asked)
    parts = [resolve(item) for item in items]
    read = {"products": [p.read for p in parts if p.read is not None]}
    questions = [p.answer for p in parts if p.answer is not None]
    if questions:
        return Resolution(answer=" ".join(questions), read=read)
    if any(not p.calls for p in parts):
        return Resolution(read=read)  # one of them needs the model: it gets all of them
    return Resolution([c for p in parts for c in p.calls], [r for p in parts for r in p.refs], read=read)


def _options_line(variants: list[dict[str, Any]], *, in_stock_only: bool = False) -> str:
    names = list(dict.fromkeys(k for v in variants for k in (v.get("options") or {})))
    parts = []
    for name in names:
        seen: dict[str, bool] = {}
        for v in variants:
            value = (v.get("options") or {}).get(name)
            if value is not None:
                seen[str(value)] = seen.get(str(value), False) or bool(v.get("in_stock"))
        shown = [o if live else f"{o} (sold out)" for o, live in seen.items() if live or not in_stock_only]
        parts.append(f"{name} {', '.join(shown) or 'none'}")
    return "; ".join(parts) or "no options"


def resolve_cart_line(
    reading: Reading, target: dict[str, Any] | None, lines: list[dict[str, Any]]
) -> Resolution:
    """Remove or set the quantity of one cart line; the line is the target's (by product or SKU)."""
    if target is None:
        return Resolution()
    line = next(
        (
            ln
            for ln in lines
            if ln["sku"] == target.get("sku") or ln["product_id"] == target.get("product_id")
        ),
        None,
    )
    if line is None:
        return Resolution(answer=f"{target.get('title') or target.get('product_id')} is not in your cart.")
    ref = {**target, "sku": line["sku"], "product_id": line["product_id"]}
    if reading.intent == "cart_remove":
        return Resolution([ToolCall("remove_from_cart", {"sku": line["sku"]})], [ref])
    more = MORE.search(reading.text) is not None
    if reading.quantity is None and not more:
        return Resolution()  # "change the quantity" with no number: the model asks
    quantity = reading.quantity
    if more:  # "one more of those", "two more", "noch eins": on top of the line's
        quantity = int(line.get("quantity") or 0) + (reading.quantity or 1)
    call = ToolCall("update_cart_quantity", {"sku": line["sku"], "quantity": quantity})
    return Resolution([call], [ref], quantity=quantity)


def resolve_clear(lines: list[dict[str, Any]]) -> Resolution:
    if not lines:
        return Resolution(answer="Your cart is already empty.")
    return Resolution([ToolCall("remove_from_cart", {"sku": ln["sku"]}) for ln in lines], list(lines))


def resolve_checkout(lines: list[dict[str, Any]]) -> Resolution:
    """Price the cart for checkout: a session the user confirms (chat asks at the terminal); no
    tool can place the order."""
    if not lines:
        return Resolution(answer="Your cart is empty: there is nothing to check out yet.")
    return Resolution([ToolCall("prepare_checkout", {})])


def resolve_watch_remove(deps: Any, item: dict[str, Any] | None) -> Resolution:
    """Stop a price watch: the one on the product the user points at ("stop watching it"), or the
    only one there is; with several and no pointer, ask which."""
    from shopagent import inventory
    from shopagent.commerce.watches import list_watches

    active = [w for w in list_watches(deps) if w.status == "active"]
    read = {"watches": [w.to_json() for w in active]}  # their ids become ids the call may use
    if not active:
        return Resolution(answer="You have no active price watches, so there is nothing to stop.")
    if item is not None:
        owners = inventory.find_many(deps.state.conn, [w.sku for w in active])
        wanted = {item.get("sku"), item.get("product_id")} - {None}
        active = [
            w for w in active if w.sku in wanted or (w.sku in owners and owners[w.sku].product_id in wanted)
        ] or active
    if len(active) == 1:
        # The read first: the gates let an effect reach only what this turn has looked up.
        calls = [ToolCall("list_watches", {}), ToolCall("remove_watch", {"watch_id": active[0].watch_id})]
        return Resolution(calls, read=read)
    listing = "; ".join(f"{w.watch_id} ({w.title or w.sku})" for w in active)
    return Resolution(answer=f"Which watch should I stop? {listing}. Nothing is changed yet.", read=read)


def _below_today(item: dict[str, Any], percent: float | None = None) -> float | None:
    """A watch's price from today's: `percent` off it ("alert me if it goes 10% off"), or one minor
    unit under it when no price is said ("watch #1", "let me know if it gets cheaper"): the watch
    then reports any fall. None when the item has no price."""
    from shopagent.money import exponent, from_minor, to_minor

    price, currency = item.get("price"), item.get("currency") or "USD"
    if price is None:
        return None
    minor = to_minor(price, currency, what="price")
    minor = round(minor * (1 - percent / 100)) if percent is not None else minor - 1
    return float(from_minor(minor, currency)) if minor > 0 and exponent(currency) >= 0 else None


# "10% off", "drops 15 %", "20 percent cheaper", "por ciento", "Prozent", "pour cent", "процентов".
_PERCENT = re.compile(
    r"(?<![\w.])(\d{1,2}(?:[.,]\d+)?)\s*(?:%|％|percent\b|per cent\b|por ciento\b|pour cent\b|"
    r"per cento\b|prozent\b|procent\w*|процент\w*|persen\b|yüzde\b)",
    re.IGNORECASE,
)


_ALREADY = re.compile(
    r"(?<![^\W\d_])(?:already|now|currently|ya|bereits|schon|déjà|deja|já|gia|già)(?![^\W\d_])", re.I
)


def resolve_watch(reading: Reading, item: dict[str, Any] | None, deps: Any) -> Resolution:
    """A price watch on one product at the bound the user stated (in the catalog's currency); with
    a percentage, that much under today's price; with no price at all, just under today's, so that
    any fall is reported (the answer says which price it watches for)."""
    if item is None:
        return Resolution()
    bound = reading.price.max if reading.price.max is not None else reading.price.min
    percent = _PERCENT.search(reading.text)
    if percent is not None and _ALREADY.search(reading.text[: percent.start()]):
        percent = None  # "watch #1, it's already 20% off": today's discount, not the watch's
    if bound is None and percent is not None:
        off = float(percent.group(1).replace(",", "."))
        bound = _below_today(item, off) if 0 < off < 100 else None
    elif bound is None:
        # "set a price alert on the first one at 250": for a watch, the one price-like number said
        # (not a position: "#1", "the 2nd") is its price.
        spoken = re.sub(r"#\s*\d+|\b\d+(?:st|nd|rd|th)\b", " ", _PERCENT.sub(" ", reading.text), flags=re.I)
        numbers = [float(n.replace(",", "")) for n in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", spoken)]
        bound = numbers[0] if len(numbers) == 1 and numbers[0] > 0 else None
        if bound is None and not numbers:
            bound = _below_today(item)  # "watch #1", "tell me when it gets cheaper": any fall
    if bound is None:
        title = item.get("title") or item["product_id"]
        return Resolution(answer=f"At what price should I tell you about {title}? Nothing is set up yet.")
    if reading.price.currency:
        from shopagent.search.hybrid import in_catalog_currency

        converted, _notes = in_catalog_currency(deps, reading.constraints)
        bound = converted.max_price if converted.max_price is not None else converted.min_price
    sku = item.get("sku") or item["product_id"]
    return Resolution([ToolCall("create_watch", {"sku": sku, "max_price": bound})], [item])
