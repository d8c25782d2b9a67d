"""A conversation: constraints and results carried across turns, follow-ups resolved in code first.

Per turn, in order:
1. References to earlier results ("the second one", "the first two", "#3") are resolved to ids; a
   turn of several changes, one a clause ("remove #2 and bump #1 to three"), is taken clause by
   clause (compound.py).
2. What code can do alone, it does, with no model tokens: "show me the second one" (product view),
   "compare the first two" (comparison), and refinements of the last search — "cheaper" (max price
   below the median of the last results), "more expensive", "in blue", "only Merrell", "under 100",
   "in stock" (parsed by the rule-based parser and merged into the carried constraints).
3. Otherwise the router picks the fast path (parse + search) or the model (deep path); the model is
   loaded only when a turn needs it.
History stays bounded: older turns keep only the user's words and the final answer.

Here: the turn's reading and route, answers about one product's facts, the deep turn (the model) and
what the session remembers; references.py resolves references, code_turns.py has the code's turns.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from shopagent.agent import gates
from shopagent.agent.arguments import argument_fixer
from shopagent.agent.code_turns import CARRIED, CONTEXT_ITEMS, CodeTurns, TurnResult, search_arguments
from shopagent.agent.compound import compound_turn
from shopagent.agent.effects import (
    Resolution,
    ask_first,
    permit_for,
    resolve_add,
    resolve_cart_line,
    resolve_checkout,
    resolve_clear,
    resolve_each,
    resolve_watch,
    resolve_watch_remove,
)
from shopagent.agent.grounding import Facts, describe_item
from shopagent.agent.loop import AgentResult, Event, TurnOptions, inert, run_agent
from shopagent.agent.offers import NOTHING_CHANGED, Offer, taken_up
from shopagent.agent.over_results import asked_facts
from shopagent.agent.questions import Pending, known_item, names_product, which_product
from shopagent.agent.questions import answer as answer_pending
from shopagent.agent.reading import Reading
from shopagent.agent.reading import read as read_turn
from shopagent.agent.references import POINTS_AT_IT, References, cart_references
from shopagent.agent.router import Decision, Route, decide
from shopagent.agent.toolcalls import ToolCall
from shopagent.agent.toolkit import ToolSet
from shopagent.search.models import Constraints
from shopagent.text.positions import without_position_words
from shopagent.text.words import tokens

KEEP_TURNS = 4  # earlier turns kept in the prompt: the user's words and a one-line note of the answer
NOTE_CHARS = 160  # every prompt token costs ~30 ms of prefill on 2 cores; the note is enough context


class Session(CodeTurns, References):
    """State for `chat` (many turns) and `ask` (one)."""

    def __init__(
        self,
        deps: Any,
        model_factory: Callable[[], Any] | None = None,
        toolset: ToolSet | None = None,
        *,
        guided: bool = True,
        resolve_effects: bool = True,
        model_reads: bool = False,
    ):
        """`guided=False` turns off intent-guided decoding (intents.py): every deep step is free, as
        for a request with no clear intent. The security suite uses it to test the gates alone.
        `resolve_effects=False` leaves changes code could resolve (effects.py) to the model.
        `model_reads=True` lets the model read turns the classifier is unsure of (model_reading.py)."""
        self.deps = deps
        self.guided = guided
        self.resolve_effects = resolve_effects
        self.model_reads = model_reads
        self._model_factory = model_factory
        self._model: Any = None
        self._toolset = toolset
        self.history: list[list[dict[str, Any]]] = []  # one list of messages per turn
        self.constraints = Constraints()
        self.query_text = ""
        self.last_results: list[dict[str, Any]] = []
        self.last_pointed: list[dict[str, Any]] = []
        self.last_shown: dict[str, Any] | None = None  # the one product the last turn showed ("it")
        self.facts = Facts()
        self.known_ids: set[str] = set()
        self._vocab: Any = None
        self.pending: Pending | None = None  # a question asked back about an add (questions.py)
        self.offer: Offer | None = None  # a change declined and offered back (offers.py)
        self.offered: list[dict[str, Any]] = []  # ...the products this turn's reply takes up
        self.cart_changed = False  # the last turn added a cart line or changed its quantity
        self.model_seconds = 0.0
        self._model_error = ""

    # -- lazily built handles -----------------------------------------------------------------
    @property
    def toolset(self) -> ToolSet:
        if self._toolset is None:
            from shopagent.agent.registry import default_toolset

            self._toolset = default_toolset()
        return self._toolset

    @property
    def model(self) -> Any:
        if self._model is None:
            if self._model_factory is None:
                from shopagent.errors import ShopError

                raise ShopError("this request needs the language model, but none is available")
            started = time.perf_counter()
            self._model = self._model_factory()
            self.model_seconds = time.perf_counter() - started
        return self._model

    def _model_available(self) -> bool:
        from shopagent.errors import ShopError

        try:
            self.model  # noqa: B018 - loads it
        except ShopError as exc:
            self._model_error = str(exc)
            return False
        return True

    @property
    def model_loaded(self) -> bool:
        return self._model is not None

    def vocab(self) -> Any:
        if self._vocab is None:
            from shopagent.search.vocab import load_vocabulary

            self._vocab = load_vocabulary(self.deps)
        return self._vocab

    def reset(self) -> None:
        self.history.clear()
        self.constraints = Constraints()
        self.query_text = ""
        self.last_results = []
        self.last_pointed = []
        self.last_shown = None
        self.facts = Facts()
        self.known_ids = set()
        self.pending = None
        self.offer, self.offered = None, []
        self.cart_changed = False

    # -- one turn -------------------------------------------------------------------------------
    def ask(
        self,
        text: str,
        *,
        force: Route | None = None,
        narrate: bool = True,
        max_steps: int = 6,
        on_event: Event | None = None,
    ) -> TurnResult:
        started = time.perf_counter()
        text = " ".join(text.split())
        reading = self.read(text)
        reading = self._read_in_state(text, reading)
        offer, self.offer = self.offer, None
        reading, self.offered = taken_up(offer, reading)
        turn = None
        pending, self.pending = self.pending, None
        answered = self._answers(pending, text, reading) if pending is not None else None
        if answered is not None:
            # The words answer the question this add was asked back ("beige", "the second one").
            reading, item = answered
            turn = self._deep_turn(
                reading.text, "answer", narrate, max_steps, on_event, reading, force, referred=[item]
            )
        turn = compound_turn(self, text, reading, force) if turn is None else turn  # "remove #2, add #3"
        if turn is None:
            turn = self._code_turn(text, reading, deep=force == "deep")
        if turn is None and reading.effect is not None and not reading.affirmative:
            # A negated, hypothetical or doubtful change: nothing changes, and the answer says how to ask.
            self.offer = Offer(reading.intent or "", self._listed(text, reading))
            turn = self._say_turn(text, ask_first(reading), decide(text, force=force).route, "not affirmed")
        browsing = reading.intent == "search" and reading.negated and bool(self.last_results)
        if turn is None and browsing and not names_product(reading.text, self.vocab()):
            turn = self._say_turn(text, NOTHING_CHANGED, "fast", "not affirmed")  # "don't add anything yet"
        read_seconds = None
        if turn is None:
            decision = self._route(text, reading, force)
            if decision.route == "deep" and reading.unsure():
                t0 = time.perf_counter()
                reading = self._model_read(reading)
                read_seconds = round(time.perf_counter() - t0, 3)
                if reading.effect is not None and not reading.affirmative:
                    turn = self._say_turn(text, ask_first(reading), "deep", "not affirmed")
            if turn is None and decision.route == "fast":
                turn = self._fast_turn(text, decision.reason)
            elif turn is None:
                turn = self._deep_turn(text, decision.reason, narrate, max_steps, on_event, reading, force)
        if read_seconds is not None:
            turn.timings["model_reading"] = read_seconds
        turn.reading = reading
        self.cart_changed = any(c.get("ok") and c.get("name") in _CART_CHANGES for c in turn.tool_calls)
        turn.timings["total"] = round(time.perf_counter() - started, 3)
        return turn

    def _answers(
        self, pending: Pending, text: str, reading: Reading
    ) -> tuple[Reading, dict[str, Any]] | None:
        """The add completed by these words, when they answer the question it was asked back."""
        return answer_pending(pending, text, reading, self._listed(text, reading), self.vocab())

    def _listed(self, text: str, reading: Reading) -> list[dict[str, Any]]:
        """The shown results the words point at: "the second one", "#3", and, read in any language,
        "el segundo", "第二个", "den ersten"."""
        if not self.last_results:
            return []
        return self.references(reading.change_words or text) or self._positions(reading.references)

    # -- the reading ----------------------------------------------------------------------------------
    def read(self, text: str) -> Reading:
        """The turn's one reading. The embedding layer runs when the search's embedder is the one the
        classifier was trained on (a test's fake embedder leaves the n-gram layer alone)."""
        from shopagent.agent.intent_model import load_intent_model
        from shopagent.errors import ShopError

        vector = None
        options: dict[str, list[str]] = {}
        vocab = None
        if self._vocab is not None or "catalog" in self.deps.__dict__:
            # Only a catalog already open: reading must not import one ("show my cart --deep").
            try:
                vocab = self.vocab()
                facets = self.deps.catalog.facet_values().get("options") or {}
                options = {str(k): [str(v) for v in vs] for k, vs in facets.items()}
            except ShopError:
                vocab = None  # an unreadable catalog: the words are still read
        classifier = load_intent_model()
        if text and classifier.embedder_identity:
            try:
                embedder = self.deps.embedder
                if getattr(embedder, "identity", None) == classifier.embedder_identity:
                    vector = embedder.embed_query(text)
            except ShopError:
                vector = None
        return read_turn(text, vocab=vocab, vector=vector, option_values=options)

    def _model_read(self, reading: Reading) -> Reading:
        """The third reading layer, for a deep turn the classifier is unsure of: the model reads it
        under a grammar (model_reading.py), when it is one that can and loads."""
        if not self.model_reads or not self._model_available() or not getattr(self._model, "grammar", False):
            return reading
        from shopagent.agent.model_reading import model_reading

        return model_reading(self._model, reading)

    def _route(self, text: str, reading: Reading, force: Route | None) -> Decision:
        """Fast search or the agent loop. The reading decides in any language; the router's word
        patterns (router.py) only break ties for requests the reading calls a search."""
        decision = decide(text, force=force)
        if force is not None:
            return decision
        browsing = reading.intent in ("search", "refine") and decision.reason == "action"
        if browsing and (not reading.unsure() or not reading.affirmative):
            return Decision("fast", "product request")  # "just browsing tents, don't add anything"
        if reading.unsure():
            return decision
        if decision.route == "fast" and reading.intent not in ("search", "refine", "other"):
            return Decision("deep", reading.intent)  # "añade el primero al carrito", "比较前两个"
        return decision

    def _facts_turn(self, text: str, item: dict[str, Any]) -> TurnResult | None:
        """A question about an earlier result that names one of its attributes or options ("is the
        first one waterproof?", "what sizes does the second one come in?"): the catalog row answers
        it exactly. None when the question names none (the model answers those)."""
        from shopagent.catalog.views import product_view

        view = product_view(self.deps, item["product_id"])
        asked = asked_facts(text, view)
        if not asked:
            return None
        self._learn(view, [])
        self.last_shown = item
        answer = "\n".join([describe_item(item), *asked])
        call = {"name": "get_product", "arguments": {"product_id": item["product_id"]}, "ok": True}
        self._remember(text, answer, f"Answered from product {item['product_id']}: {'; '.join(asked)[:100]}")
        return TurnResult(answer, "fast", "reference", results=[item], tool_calls=[call], view=view)

    # -- the model ------------------------------------------------------------------------------
    def _deep_turn(
        self,
        text: str,
        reason: str,
        narrate: bool,
        max_steps: int,
        on_event: Event | None,
        reading: Reading | None = None,
        force: Route | None = None,
        referred: list[dict[str, Any]] | None = None,
    ) -> TurnResult:
        from shopagent.agent.intents import Intent, intent_for

        reading = reading if reading is not None else self.read(text)
        refs = list(referred) if referred else self._listed(text, reading)
        if not refs and self.offered and not names_product(reading.text, self.vocab()):
            refs = list(self.offered)  # "yeah go for it, add it": what the offer was about
        if not refs and self.last_shown is not None and POINTS_AT_IT.search(text):
            refs = [self.last_shown]  # "add it to my cart" right after one product was shown
        shown = self.last_shown is not None and reading.effect is not None
        if not refs and shown and not names_product(reading.text, self.vocab()):
            refs = [self.last_shown]  # "add one in size M" right after that product was shown
        if not refs and reading.effect is not None and self.last_results:
            named = known_item(self.query_text, self.last_results)  # "the dawn rain coat" - "add it"
            own = frozenset(w.casefold() for w in tokens(str((named or {}).get("title") or "")))
            if named is not None and not names_product(reading.text, self.vocab(), ignore=own):
                refs = [named]  # but not "add some socks too": the words name something else
        cart_lines = self._cart_items()
        intent = None
        if self.guided:
            shown = len(self.last_results)
            intent = intent_for(
                reading, referred=len(refs), cart_lines=len(cart_lines), text=text, shown=shown
            )
        if not refs and intent is not None and intent.name in ("cart_remove", "cart_quantity"):
            refs = cart_references(text, cart_lines)  # "remove the pillow", or the only line there is
        if self.guided and reading.intent == "ask_results" and not refs and len(self.last_results) >= 2:
            # A question over the shown results: the model answers from their comparison table; no
            # fresh search (which would drop the constraints the user set).
            refs = self.last_results[:4]
            intent = Intent("over_results", ("compare_products",), ("compare_products",), False)
        if self.resolve_effects and reading.affirmative and refs and not referred:
            refs = self._in_a_new_search(text, reading, refs)  # "a cat tree too, the first one"
        prefetch = _prefetch(intent, refs)
        follow = None
        if not prefetch and not refs and reading.effect is None and self.last_results:
            refined = self.refinement(text)  # "!anything pricier?": the last search, refined by code
            if refined is not None:
                follow = refined[0]
                prefetch = [ToolCall("search_products", search_arguments(self.query_text, follow))]
        if self.guided and self.resolve_effects and reading.affirmative:
            resolution = self._resolve_effect(reading, refs, cart_lines)
            if resolution is not None and resolution.read is not None:
                self._learn(resolution.read, [])  # the variant SKUs code read are ids it may use
            if resolution is not None and resolution.answer is not None:
                if resolution.asked is not None:  # the next words may answer it
                    self.pending = Pending(reading, refs[0] if len(refs) == 1 else None, resolution.asked)
                return self._say_turn(text, resolution.answer, "deep", "reading")
            if resolution is not None and resolution.calls:
                prefetch, refs = resolution.calls, resolution.refs  # the permit: the quantity code made
                reading = reading.model_copy(update={"quantity": resolution.quantity or reading.quantity})
        model_text = text
        if refs:
            # Say in code which products the user means; a small model miscounts list positions.
            # Ids and prices only: catalog titles must never read as the user's own words.
            pointers = "; ".join(f"{_pointer(text, r, self.last_results)} = {_brief(r)}" for r in refs)
            model_text = f"{text}\n(Meaning: {pointers})"
        elif self.last_results and reason in ("follow-up", "action", "comparison", "reviews"):
            listing = "; ".join(
                f"{i}. {_brief(r)}" for i, r in enumerate(self.last_results[:CONTEXT_ITEMS], 1)
            )
            model_text = f"{text}\n(Earlier results: {listing})"
        resolved = bool(prefetch) and intent is not None and intent.terminal
        if not resolved and force is None and not self._model_available():
            # No usable model: a search answer beats an error for a request search can serve.
            turn = self._fast_turn(text, "model unavailable")
            turn.notes.append(f"answered by search only: {self._model_error}")
            return turn
        t0 = time.perf_counter()
        model = _LazyModel(self) if resolved else self.model  # load it only if the loop asks for one
        loaded = time.perf_counter() - t0
        # A turn whose target code has resolved (a cart change, a watch, "the first one") needs no
        # earlier turns: the words and the pointer are all the model uses (~30 ms per history token).
        targeted = intent is not None and intent.name not in ("search",) and (refs or intent.terminal)
        history = [] if targeted else self._history_messages()
        fixer = argument_fixer(
            self.deps,
            self.vocab(),
            text,
            check_variants=self.resolve_effects,
            options=reading.options,
            carried=self._searched_options(),
            follow=follow,
            known=self.known_ids,
        )
        result: AgentResult = run_agent(
            self.deps,
            model,
            self.toolset,
            history,
            text,
            TurnOptions(
                max_steps=max_steps,
                on_event=on_event,
                narrate=narrate,
                facts=self.facts,
                known_ids=self.known_ids,
                model_text=model_text,
                referred=refs,
                intent=intent,
                prefetch=prefetch,
                fix_arguments=fixer,
                permit=permit_for(text, reading, self.vocab()),
            ),
        )
        answer = result.answer
        results = result.results
        calls = result.tool_calls
        if result.replaced and not results:
            # The model answered from its own imagination: search the catalog instead.
            fallback = self._fast_turn(text, "fallback")
            answer, results = fallback.answer, fallback.results
            calls = calls + fallback.tool_calls
        else:
            searched = [i for i in results if i.get("score") is not None]
            if searched:
                self.last_results = searched
                self._carry_search(calls)
            if results:  # a turn that showed no product keeps what "it" meant
                self.last_shown = results[0] if len(results) == 1 else None
            touched = self._touched(calls, refs)
            if touched is not None:
                self.last_shown = touched  # "remove it" after "add the first one"
            self._remember(text, answer, said=model_text)
        return TurnResult(
            answer,
            "deep",
            reason,
            results=results,
            tool_calls=calls,
            stop_reason=result.stop_reason,
            steps=result.steps,
            tokens_in=result.tokens_in,
            tokens_out=result.tokens_out,
            replaced=result.replaced,
            streamed=result.streamed and not result.replaced,
            timings={"model_load": round(loaded, 3), "agent": round(result.seconds, 3)},
        )

    def _in_a_new_search(
        self, text: str, reading: Reading, refs: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """An add or watch that names another kind of product than the results it points at ("I
        also need a keyboard, add the first one you find"): the position is in a search for it."""
        from shopagent.search.parse import parse_query

        if reading.intent not in ("cart_add", "watch_create") or not reading.references:
            return refs
        verb = gates.EFFECT_WORDS.get(reading.effect or "")
        spoken = verb.sub(" ", text) if verb is not None else text  # "watch #1 at 80": a verb here
        c = parse_query(without_position_words(spoken), self.vocab()).constraints  # not "the top one"
        kind = c.category or c.soft.category
        if not kind or any(str(r.get("category") or "").startswith(kind) for r in refs):
            return refs
        found = self._fast_turn(text, "named product").results  # becomes the results "#1" means
        picked = [found[p - 1] for p in reading.references if 1 <= p <= len(found)]
        return picked or refs

    def _resolve_effect(
        self, reading: Reading, refs: list[dict[str, Any]], cart_lines: list[dict[str, Any]]
    ) -> Resolution | None:
        """The effect call(s) code can fix from the reading, or the question to ask; None: the model's."""
        target = refs[0] if len(refs) == 1 else None
        if reading.intent == "cart_add" and refs and all(r.get("product_id") for r in refs):
            carried, shown = self._searched_options(), self.last_results
            return resolve_each(lambda item: resolve_add(self.deps, reading, item, carried, shown), refs)
        pointed = refs or (reading.intent == "watch_create" and self.last_shown is not None)
        if (
            reading.intent in ("cart_add", "watch_create")
            and not pointed
            # "add one in my size", "add it"; an unsure reading naming a product in another language
            # ("laat me regenlaarzen zien": watch_create at 0.39) goes on to search for it
            and not names_product(reading.text, self.vocab(), unknown_from=5 if reading.unsure() else None)
        ):
            return Resolution(answer=which_product(self.last_results, reading.intent), asked={})
        if reading.intent in ("cart_remove", "cart_set_quantity") and cart_lines:
            if target is None:
                named = cart_references(reading.text, cart_lines)
                target = named[0] if len(named) == 1 else None
            return resolve_cart_line(reading, target, cart_lines)
        if reading.intent == "cart_clear":
            return resolve_clear(cart_lines)
        if reading.intent == "checkout":
            return resolve_checkout(cart_lines)
        if reading.intent == "watch_create" and len(refs) > 1:
            return resolve_each(lambda item: resolve_watch(reading, item, self.deps), refs)
        if reading.intent == "watch_create":
            return resolve_watch(reading, target or self.last_shown, self.deps)
        if reading.intent == "watch_remove":
            return resolve_watch_remove(self.deps, target or self.last_shown)
        return None

    def _searched_options(self) -> dict[str, str]:
        """What the last search asked of its products ("black leggings"): an add of one holds to it."""
        return {**self.constraints.soft.attributes, **self.constraints.attributes}

    def _carry_search(self, calls: list[dict[str, Any]]) -> None:
        """A deep turn's search becomes the one later refinements ("cheaper", "in blue") change."""
        last = next((c for c in reversed(calls) if c.get("name") == "search_products" and c.get("ok")), None)
        if last is None:
            return
        args = last.get("arguments") or {}
        try:
            self.constraints = Constraints(
                **{k: args[k] for k in CARRIED if args.get(k) is not None},
                attributes=dict(args.get("attributes") or {}),
            )
        except ValueError:
            return
        self.query_text = str(args.get("query") or "")

    def _touched(self, calls: list[dict[str, Any]], refs: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The product the last successful cart or watch change in this turn acted on."""
        for call in reversed(calls):
            if not call.get("ok") or call.get("name") not in _TARGETED_EFFECTS:
                continue
            sku = (call.get("arguments") or {}).get("sku")
            for item in [*refs, *self.last_results]:
                if sku and sku in (item.get("sku"), item.get("product_id")):
                    return item
        return None

    # -- memory -------------------------------------------------------------------------------------
    def _learn(self, data: Any, items: list[dict[str, Any]]) -> None:
        gates.collect_ids(data, self.known_ids)
        gates.collect_ids(items, self.known_ids)
        self.facts.add_result(data)
        for item in items:
            self.facts.add_result(item)

    def _remember(self, text: str, answer: str, note: str | None = None, *, said: str | None = None) -> None:
        """Every turn becomes context for later model turns, cheaply: the user's words (`said`: what
        the model read, references included) and a one-line `note` of the answer (default: its first
        line). Tool calls and results are not kept: a follow-up that needs a product again fetches it."""
        self.facts.add_user(text)
        line = (note or answer).strip().split("\n", 1)[0]
        if len(line) > NOTE_CHARS:
            line = line[: NOTE_CHARS - 1] + "…"
        # Answers are rendered from catalog rows: they go back into later prompts inert.
        self.history.append(
            [{"role": "user", "content": said or text}, {"role": "assistant", "content": inert(line)}]
        )
        self.history = self.history[-KEEP_TURNS:]

    def _history_messages(self) -> list[dict[str, Any]]:
        return [m for turn in self.history for m in turn]


class _LazyModel:
    """The session's model, loaded on the first step that needs it (a prefetched change needs none)."""

    def __init__(self, session: Session):
        self._session = session

    def complete(self, *args: Any, **kwargs: Any) -> Any:
        return self._session.model.complete(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session.model, name)


_CART_CHANGES = frozenset({"add_to_cart", "update_cart_quantity"})
_TARGETED_EFFECTS = frozenset({"add_to_cart", "update_cart_quantity", "create_watch"})


def _prefetch(intent: Any, refs: list[dict[str, Any]]) -> list[ToolCall]:
    """The read a question about earlier results needs, when the references fix its arguments."""
    if intent is None:
        return []
    if intent.name == "detail" and len(refs) == 1:
        return [ToolCall("get_product", {"product_id": refs[0]["product_id"]})]
    if intent.name in ("compare", "over_results") and len(refs) >= 2:
        return [ToolCall("compare_products", {"product_ids": [r["product_id"] for r in refs[:4]]})]
    return []


def _brief(item: dict[str, Any]) -> str:
    """`product P00012, sku P00012-9-BLK, price 149.0`: each value labelled and comma-separated (with
    the price right after the SKU, the model once copied "P01417-STANDARD $34.95" as the SKU)."""
    sku = f", sku {item['sku']}" if item.get("sku") and item["sku"] != item["product_id"] else ""
    return f"product {item['product_id']}{sku}, price {item.get('price')}"


def _pointer(text: str, item: dict[str, Any], listing: list[dict[str, Any]]) -> str:
    try:
        return f"#{listing.index(item) + 1}"
    except ValueError:
        return item["product_id"]
