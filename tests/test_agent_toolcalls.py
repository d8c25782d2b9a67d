from typing import Annotated

import pytest
from pydantic import Field

from shopagent.agent.toolcalls import parse_tool_calls, strip_junk
from shopagent.agent.toolkit import tool

NAMES = ["search_products", "get_product", "compare_products"]
SEARCH = {"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}


@pytest.mark.parametrize(
    "text",
    [
        '<tool_call>\n{"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}\n'
        "</tool_call>",
        # unclosed
        '<tool_call>{"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}',
        '<tools>{"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}</tools>',
        '```json\n{"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}\n```',
        '```\n{"name": "search_products", "parameters": {"query": "boots", "max_price": 200}}\n```',
        '{"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}',
        'Sure! {"name": "search_products", "arguments": {"query": "boots", "max_price": 200}} Let me look.',
        '{"name": "search_products", "arguments": "{\\"query\\": \\"boots\\", \\"max_price\\": 200}"}',
        "{'name': 'search_products', 'arguments': {'query': 'boots', 'max_price': 200}}",
        '{"name": "search_products", "arguments": {"query": "boots", "max_price": 200,},}',
        '{"function": {"name": "search_products", "arguments": {"query": "boots", "max_price": 200}}}',
        '{"tool_calls": [{"type": "function", "function": {"name": "search_products", '
        '"arguments": "{\\"query\\": \\"boots\\", \\"max_price\\": 200}"}}]}',
        '{"search_products": {"query": "boots", "max_price": 200}}',
        '{"name": "functions.search_products", "arguments": {"query": "boots", "max_price": 200}}',
        '{"name": "search_products", "query": "boots", "max_price": 200}',
        # truncated
        '<tool_call>{"name": "search_products", "arguments": {"query": "boots", "max_price": 200}',
    ],
)
def test_every_call_shape_reads_as_the_same_call(text):
    parsed = parse_tool_calls(text, NAMES)
    assert [(c.name, c.arguments) for c in parsed.calls] == [(SEARCH["name"], SEARCH["arguments"])]


def test_several_calls_in_one_output_keep_their_order():
    text = (
        '<tool_call>{"name": "get_product", "arguments": {"product_id": "P1"}}</tool_call>\n'
        '<tool_call>{"name": "get_product", "arguments": {"product_id": "P2"}}</tool_call>'
    )
    parsed = parse_tool_calls(text, NAMES)
    assert [c.arguments["product_id"] for c in parsed.calls] == ["P1", "P2"]
    list_form = parse_tool_calls(
        '[{"name": "get_product", "arguments": {"product_id": "P1"}}, '
        '{"name": "compare_products", "arguments": {"product_ids": ["P1", "P2"]}}]',
        NAMES,
    )
    assert [c.name for c in list_form.calls] == ["get_product", "compare_products"]


@pytest.mark.parametrize(
    "text",
    [
        "The Trailblazer boot (P00001) costs $129.99 and is waterproof.",
        "I can't find {anything} like that, sorry.",
        "Prices start at $5 {approx}.",
    ],
)
def test_plain_answers_are_not_calls(text):
    parsed = parse_tool_calls(text, NAMES)
    assert parsed.calls == []
    assert parsed.text == text
    assert not parsed.broken or "{" in text


@pytest.mark.parametrize(
    "text",
    [
        '<tool_call>{"name": search_products, arguments: oops}</tool_call>',
        '{"name": "search_products", "arguments": {"query": "boots" "max_price": 200}}',
    ],
)
def test_unreadable_call_attempts_are_flagged_broken(text):
    parsed = parse_tool_calls(text, NAMES)
    assert parsed.calls == []
    assert parsed.broken


@tool()
def finder(
    deps,
    query: Annotated[str, Field(description="q")],
    brand: Annotated[str | None, Field(description="brand")] = None,
    min_price: Annotated[float | None, Field(description="min")] = None,
    max_price: Annotated[float | None, Field(description="max")] = None,
    in_stock: Annotated[bool | None, Field(description="stock")] = None,
    limit: Annotated[int, Field(description="n", ge=1, le=10)] = 5,
    attributes: Annotated[dict[str, str] | None, Field(description="attrs")] = None,
):
    """Find."""


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ({"query": "boots", "brand": "none", "min_price": 0}, {"query": "boots"}),
        ({"query": "boots", "brand": "N/A", "max_price": "null"}, {"query": "boots"}),
        ({"query": "boots", "brand": "", "in_stock": False, "limit": 5}, {"query": "boots"}),
        ({"query": "boots", "brand": "Any", "attributes": {}}, {"query": "boots"}),
        (
            {"query": "boots", "attributes": {"color": "blue", "size": "none"}},
            {"query": "boots", "attributes": {"color": "blue"}},
        ),
        ({"query": "boots", "max_price": "$1,200"}, {"query": "boots", "max_price": 1200.0}),
        (
            {"query": "boots", "brand": "Merrell", "in_stock": True},
            {"query": "boots", "brand": "Merrell", "in_stock": True},
        ),
        ({"query": "boots", "color": "blue"}, {"query": "boots", "attributes": {"color": "blue"}}),
        ({"query": "none"}, {"query": "none"}),  # required arguments are never dropped
    ],
)
def test_junk_defaults_are_stripped_from_optional_arguments(raw, clean):
    assert strip_junk(finder, raw)[0] == clean


@tool()
def comparer(deps, product_ids: Annotated[list[str], Field(description="ids")]):
    """Compare."""


def test_a_list_written_as_one_string_becomes_a_list():
    assert strip_junk(comparer, {"product_ids": "P00001, P00002"})[0] == {"product_ids": ["P00001", "P00002"]}
    assert strip_junk(comparer, {"product_ids": "['P1', 'P2']"})[0] == {"product_ids": ["P1", "P2"]}


def test_a_real_default_model_call_with_every_optional_argument_null():
    from shopagent.agent.tools.catalog import search_products

    text = (
        '```json\n{\n  "name": "search_products",\n  "arguments": {\n'
        '    "query": "waterproof hiking boots",\n'
        '    "max_price": 200,\n    "min_price": null,\n    "category": null,\n    "brand": null,\n'
        '    "min_rating": null,\n    "in_stock": null,\n    "attributes": null,\n    "sort": "relevance",\n'
        '    "limit": 5\n  }\n}\n```'
    )
    (found,) = parse_tool_calls(text, NAMES).calls
    clean, dropped = strip_junk(search_products, found.arguments)
    assert clean == {"query": "waterproof hiking boots", "max_price": 200}
    assert set(dropped) == {
        "min_price",
        "category",
        "brand",
        "min_rating",
        "in_stock",
        "attributes",
        "sort",
        "limit",
    }
