"""Requests in a language the catalog does not speak: when they are rewritten, into which language,
what the rewrite may change (what is matched) and what it may not (bounds, filters, state)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest
from search_fixtures import import_catalog
from typer.testing import CliRunner

from shopagent.search.hybrid import search
from shopagent.search.models import Constraints
from shopagent.search.translate import (
    MARKERS,
    Translator,
    catalog_language,
    foreign_share,
    messages,
    parse_rewrite,
    target_language,
)

ENGLISH = frozenset(
    ["the", "and", "with", "for", "your", "waterproof", "hiking", "boots", "electric", "kettle"]
)
GERMAN = frozenset(["und", "mit", "für", "der", "die", "das", "ein", "wasserkocher", "edelstahl"])


class Spy:
    """A translator that records what it was asked and answers from a table."""

    def __init__(self, table: dict[str, str | None]) -> None:
        self.table = table
        self.calls: list[tuple[str, str]] = []

    def __call__(self, text: str, language: str, hints: Sequence[str] = ()) -> str | None:
        self.calls.append((text, language))
        self.hints = list(hints)
        return self.table.get(text)


class FakeModel:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.prompts: list[list[dict[str, str]]] = []

    def complete(self, messages: list[dict[str, str]], **_: Any) -> Any:
        self.prompts.append(messages)
        return type("Completion", (), {"text": self.replies.pop(0)})()


@pytest.mark.parametrize(
    ("terms", "language"),
    [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (frozenset(["para", "con", "los", "las", "una", "del", "sin"]), "es"),
        (None, None),
    ],
)
def test_catalog_language_from_its_function_words(terms, language):
    assert catalog_language(terms) == language


def test_a_catalog_of_bare_titles_names_no_language():
    assert catalog_language(frozenset(["kettle", "toaster", "boots"])) is None


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("waterproof hiking boots", 0.0),
        ("Wasserkocher", 1.0),
        ("zapatillas para correr", 1.0),  # "para" is a function word: two content words, none known
        ("帐篷", 1.0),  # another script counts at any length
        ("hikng boots", 0.0),  # a typo of a catalog word
        ("boots 42", 0.0),  # numbers are not words to translate
    ],
)
def test_foreign_share_counts_content_words_the_catalog_lacks(text, share):
    assert foreign_share(ENGLISH, text) == share


def test_no_word_list_means_nothing_is_foreign():
    assert foreign_share(None, "Wasserkocher") == 0.0


def test_prompt_shows_examples_in_the_target_language_from_other_languages():
    prompt = messages("Wasserkocher", "en")
    assert prompt[-1]["content"] == "Translate into English: Wasserkocher"
    answers = [json.loads(m["content"])["query"] for m in prompt if m["role"] == "assistant"]
    assert answers == ["leather shoes", "rain boots for kids", "desk lamp"]
    german = messages("bath towel", "de")
    shown = [m["content"] for m in german if m["role"] == "user"][:-1]
    assert "Lederschuhe" not in " ".join(shown)  # never the target language itself as a source
    assert all(m in MARKERS for m in ("en", "de"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"query": "electric kettle"}', "electric kettle"),
        ('{"query": "  electric   kettle. "}', "electric kettle"),
        ('{"query": "Wasserkocher"}', None),  # the request itself
        ('{"query": ""}', None),
        ("not json", None),
        ('{"query": ["kettle"]}', None),
        ('{"query": "' + "kettle " * 40 + '"}', None),  # far longer than the request
    ],
)
def test_parse_rewrite_takes_only_a_real_rewrite(raw, expected):
    assert parse_rewrite(raw, "Wasserkocher") == expected


def test_translator_loads_the_model_once_and_caches_on_disk(tmp_path):
    cache = tmp_path / "cache" / "translations.json"
    model = FakeModel(['{"query": "electric kettle"}', '{"query": "sleeping bag"}'])
    loads = []

    def load() -> FakeModel:
        loads.append(1)
        return model

    tr = Translator(load, cache)
    assert tr("Wasserkocher", "en") == "electric kettle"
    assert tr("Wasserkocher", "en") == "electric kettle"  # from memory
    assert tr("saco de dormir", "en") == "sleeping bag"
    assert loads == [1] and len(model.prompts) == 2
    again = Translator(lambda: pytest.fail("a cached rewrite needs no model"), cache)
    assert again("Wasserkocher", "en") == "electric kettle"


def test_translator_failure_searches_as_written(tmp_path):
    def broken() -> Any:
        raise RuntimeError("no chat model is prepared yet")

    tr = Translator(broken, tmp_path / "translations.json")
    assert tr("Wasserkocher", "en") is None
    assert "no chat model" in (tr.last_error or "")
    assert not (tmp_path / "translations.json").exists()


def test_a_corrupt_cache_is_ignored_and_replaced(tmp_path):
    cache = tmp_path / "translations.json"
    cache.write_text("{not json", encoding="utf-8")
    tr = Translator(lambda: FakeModel(['{"query": "electric kettle"}']), cache)
    assert tr("Wasserkocher", "en") == "electric kettle"
    items = json.loads(cache.read_text(encoding="utf-8"))["items"]
    assert items == {"en\tWasserkocher": "electric kettle"}


# -- in the search ------------------------------------------------------------------------------------


def test_foreign_request_is_searched_as_rewritten(tmp_path):
    deps = import_catalog(tmp_path / "home")
    spy = Spy({"Wasserkocher": "electric kettle"})
    deps.translator = spy
    response = search(deps, "Wasserkocher", limit=5)
    assert spy.calls == [("Wasserkocher", target_language(deps.catalog, "Wasserkocher"))]
    assert response.translated is not None and response.translated.text == "electric kettle"
    assert response.query == "Wasserkocher"
    assert all(r.product_id.startswith("kettle-") for r in response.results[:3])
    assert response.model_dump(mode="json")["translated"]["text"] == "electric kettle"


def test_catalog_words_are_not_rewritten(tmp_path):
    deps = import_catalog(tmp_path / "home")
    spy = Spy({})
    deps.translator = spy
    response = search(deps, "electric kettle", limit=5)
    assert spy.calls == [] and response.translated is None
    search(deps, "Wasserkocher", limit=5, translate=False)
    assert spy.calls == []


def test_rewrite_changes_what_is_matched_never_the_bounds(tmp_path):
    deps = import_catalog(tmp_path / "home")
    deps.translator = Spy({"Wasserkocher": "electric kettle under 5 dollars, brand SoundMax"})
    response = search(deps, "Wasserkocher", Constraints(max_price=40), limit=10)
    c = response.constraints
    assert c.max_price == 40 and c.min_price is None and c.brand is None and c.category is None
    assert response.results and all(r.price <= 40 for r in response.results)


def test_no_rewrite_searches_as_written(tmp_path):
    deps = import_catalog(tmp_path / "home")
    deps.translator = Spy({"Wasserkocher": None})
    response = search(deps, "Wasserkocher", limit=5)
    assert response.translated is None and response.query == "Wasserkocher"


def test_cli_search_never_prepares_a_model_for_a_rewrite(tmp_path):
    from shopagent.cli.main import app

    deps = import_catalog(tmp_path / "home")

    def loader(*_: Any, **__: Any) -> Any:
        pytest.fail("the search loaded a chat model that was not prepared")

    deps.model_loader = loader
    result = CliRunner().invoke(app, ["search", "Wasserkocher", "--json"], obj=deps)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["translated"] is None


class Store:
    def __init__(self, terms: frozenset[str] | None) -> None:
        self._terms = terms

    def terms(self) -> frozenset[str] | None:
        return self._terms


def test_rewrites_go_only_into_languages_the_model_writes_well():
    assert target_language(Store(ENGLISH), "Wasserkocher") == "en"
    assert target_language(Store(ENGLISH), "waterproof boots") is None
    assert target_language(Store(GERMAN), "electric kettle") is None  # a German catalog: as written
    assert target_language(Store(frozenset(["kettle", "toaster"])), "Wasserkocher") == "en"


def test_relevant_only_stops_where_the_scores_fall_away(tmp_path):
    deps = import_catalog(tmp_path / "home")
    full = search(deps, "electric kettle", limit=20)
    short = search(deps, "electric kettle", limit=20, relevant_only=True)
    assert len(full.results) == 20 and any(not r.product_id.startswith("kettle-") for r in full.results)
    assert short.results and all(r.product_id.startswith("kettle-") for r in short.results)
    best = short.results[0].score
    assert all(r.score >= best / 2 for r in short.results)
    assert [r.product_id for r in short.results] == [r.product_id for r in full.results[: len(short.results)]]


def test_a_typo_of_a_catalog_word_is_not_foreign():
    terms = ENGLISH | {"camisa", "formal"}
    assert foreign_share(terms, "camisa formall") == 0.0  # one letter inserted
    assert foreign_share(terms, "hikign boots") == 0.0  # two letters swapped
    assert foreign_share(terms, "waterprof boots") == 0.0  # one letter dropped
    assert foreign_share(terms, "Wasserkocher") == 1.0


def test_a_request_in_the_catalogs_own_language_is_not_rewritten():
    spanish = frozenset(["para", "con", "los", "las", "una", "del", "sin", "por", "y", "el", "vestido"])
    assert target_language(Store(spanish), "vestido elegante para una boda") is None
    assert target_language(Store(spanish), "elegant dress for a wedding") == "es"
    assert target_language(Store(ENGLISH), "the kettle for the office") is None


def test_a_near_word_of_a_request_in_another_language_is_no_typo():
    terms = ENGLISH | {"socks", "lane", "linen"}
    assert target_language(Store(terms), "des chaussettes en laine") == "en"  # "laine" is not "lane"
    assert target_language(Store(terms), "linen lanee socks") is None  # a typo of the catalog's words


class _Vectors:
    """An embedder of fixed vectors, recording what it embeds."""

    def __init__(self, table):
        self.table, self.seen = table, []

    def embed_query(self, text):
        import numpy as np

        self.seen.append(text)
        return np.asarray(self.table[text], dtype=np.float32)


def test_a_rewrite_is_embedded_with_the_users_own_words():
    """A small model's rewrite can be wrong ("freidora de aire" -> "air dryer") where the embedder
    read the original right: the query vector is the normalised mean of both."""
    import numpy as np

    from shopagent.search.retrieval import query_vector

    embedder = _Vectors({"air dryer": [3.0, 0.0], "freidora de aire": [0.0, 1.0]})
    vector = query_vector(embedder, "air dryer", "freidora de aire")
    assert embedder.seen == ["air dryer", "freidora de aire"]
    assert np.allclose(vector, [2**-0.5, 2**-0.5])
    assert np.allclose(query_vector(embedder, "air dryer"), [3.0, 0.0])


def test_the_search_embeds_the_request_beside_its_rewrite(tmp_path):
    deps = import_catalog(tmp_path / "home")
    deps.translator = Spy({"Wasserkocher": "electric kettle"})
    seen = []
    embed = deps.embedder.embed_query
    deps.embedder.embed_query = lambda text: seen.append(text) or embed(text)
    search(deps, "Wasserkocher", limit=5)
    assert sorted(seen) == ["Wasserkocher", "electric kettle"]
    seen.clear()
    search(deps, "electric kettle", limit=5)
    assert seen == ["electric kettle"]


def test_a_rewrite_landing_elsewhere_is_asked_again_with_the_shops_names(tmp_path, monkeypatch):
    from shopagent.search import translate

    deps = import_catalog(tmp_path / "home")
    kinds = {  # where each text's embedding lands, nearest kind first
        "elektrische tandenborstel": ["Care > Electric Toothbrushes", "Tools > Drills"],
        "electric drill": ["Tools > Drills"],
        "electric toothbrush": ["Care > Electric Toothbrushes"],
    }
    monkeypatch.setattr(deps.embedder, "embed_query", lambda text: text, raising=False)
    monkeypatch.setattr(translate, "nearby_kinds", lambda table, vector: kinds.get(vector, []))
    monkeypatch.setattr(translate, "target_language", lambda store, text: "en")
    asked = []

    def translator(text, language, hints=()):
        asked.append(list(hints))
        return "electric toothbrush" if hints else "electric drill"

    deps.translator = translator
    found, _c, own = translate.translate_request(deps, "elektrische tandenborstel", Constraints())
    assert found.text == "electric toothbrush"
    assert own["elektrische tandenborstel"] == "elektrische tandenborstel"  # embedded once, passed on
    assert asked == [[], ["Electric Toothbrushes", "Drills"]]
    kinds["electric drill"] = ["Care > Electric Toothbrushes"]  # lands where the words do: kept
    asked.clear()
    found, _c, _own = translate.translate_request(deps, "elektrische tandenborstel", Constraints())
    assert found.text == "electric drill" and asked == [[]]


def test_kind_names_are_the_last_level_of_any_path_style():
    from shopagent.search.translate import kind_names

    paths = ["Home > Bedding > Pillows", "ropa-mujer/vestidos", "power-banks", "Home > Bedding > Pillows"]
    assert kind_names(paths) == ["Pillows", "vestidos", "power banks"]
