"""Fuzz targets and their hypothesis strategies, shared by tests/test_security_fuzz.py and
bench/fuzz_targets.py (hypothesis is imported only by `fuzz_strategies`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from shopagent.agent.toolkit import ToolError
from shopagent.testing.hostile import hostile_products

# -- fuzz targets ----------
# Each `fuzz_*` function runs one generated case and returns normally when the code under test either
# accepted it or refused it with an expected error (ShopError and its subclasses). Anything else
# propagates: that is a crash. The strategies live in `fuzz_strategies()` so tests and bench share them.


def hostile_vocabulary() -> Any:
    """A parser vocabulary built from the hostile catalog's brands, categories and attributes."""
    from shopagent.search.vocab import Vocabulary

    products = hostile_products()
    attributes: dict[str, list[str]] = {}
    options: dict[str, list[str]] = {}
    for p in products:
        for k, v in (p.get("attributes") or {}).items():
            attributes.setdefault(k, []).append(v)
        for variant in p.get("variants") or []:
            for k, v in variant["options"].items():
                options.setdefault(k, []).append(v)
    facets = {
        "brands": sorted({p["brand"] for p in products if p.get("brand")}),
        "categories": sorted({p["category"] for p in products if p.get("category")}),
        "attributes": attributes,
        "options": options,
    }
    return Vocabulary.from_facets(facets)


def fuzz_parse(text: str, vocab: Any) -> None:
    from shopagent.search.filters import check_constraints
    from shopagent.search.parse import parse_query

    parsed = parse_query(text, vocab)
    parsed.model_dump_json()  # what `parse --json` prints must serialise
    c = parsed.constraints
    if c.min_price is not None and c.max_price is not None:
        assert c.min_price <= c.max_price, (text, c)
    try:
        check_constraints(c)
    except Exception as exc:  # the parser's own output should always be a usable filter
        from shopagent.errors import ShopError

        if not isinstance(exc, ShopError):
            raise


def fuzz_filters(c: Any) -> None:
    """Prefilter building and the exact checks never crash; values only ever go in quoted."""
    from shopagent.errors import ShopError
    from shopagent.search import filters
    from shopagent.search.models import Constraints

    try:
        constraints = Constraints(**c)
    except ValueError:  # pydantic refuses the shape: the CLI/tool layer reports it
        return
    try:
        from shopagent.money import to_minor

        filters.check_constraints(constraints)
        # The same conversion hybrid.search does before building the filter.
        min_minor = to_minor(constraints.min_price) if constraints.min_price is not None else None
        max_minor = to_minor(constraints.max_price) if constraints.max_price is not None else None
        where = filters.plan_prefilter(constraints, min_minor=min_minor, max_minor=max_minor).full
    except ShopError:
        return
    if where is not None:
        _assert_quoted(where, constraints)
    row_attrs = {"color": "blue", "size": "M", "waterproof": "yes"}
    for key, value in constraints.attributes.items():
        filters.matches_attribute(row_attrs, ["rain"], key, value)
        filters.matches_options({"size": "M", "color": "blue"}, {key: value})
    if constraints.category:
        filters.matches_category("Clothing > Jackets > Rain", "Clothing", constraints.category)
    if constraints.brand:
        filters.matches_brand("Nimbus", constraints.brand)


def _assert_quoted(where: str, c: Any) -> None:
    """Outside string literals the filter holds only whitelisted columns, numbers and SQL keywords."""
    from shopagent.search.filters import COLUMNS

    outside = re.sub(r"'(?:[^']|'')*'", "''", where)
    assert "'" not in outside.replace("''", ""), where
    outside = re.sub(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?", "0", outside)
    words = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", outside))
    allowed = set(COLUMNS) | {"AND", "OR", "IN", "true", "false", "lower", "contains", "NOT", "IS", "NULL"}
    assert words <= allowed, (where, words - allowed)
    assert ";" not in outside and "--" not in outside, where


def fuzz_search(deps: Any, text: str, c: dict[str, Any], sort: str) -> None:
    from shopagent.errors import ShopError
    from shopagent.search.hybrid import search
    from shopagent.search.models import Constraints

    try:
        constraints = Constraints(**c)
    except ValueError:
        return
    try:
        response = search(deps, text, constraints, sort=sort, limit=50)
    except ShopError:
        return
    wanted_brand = constraints.brand  # an empty brand means "no brand filter"
    for item in response.results:
        if wanted_brand:
            from shopagent.text.words import norm

            assert norm(item.brand or "") == norm(wanted_brand), (wanted_brand, item.brand)
        if constraints.max_price is not None:
            assert item.price <= constraints.max_price + 0.005, (constraints.max_price, item.price)


def fuzz_product_row(raw: Any) -> None:
    from shopagent.catalog.models import parse_product
    from shopagent.errors import InvalidInput

    try:
        product = parse_product(raw)
    except InvalidInput as exc:
        assert "\n" not in str(exc)
        return
    assert product.skus(), raw
    for variant in product.skus():
        assert variant.price_minor is not None and variant.price_minor >= 0
    product.model_dump_json()


def fuzz_import_file(path: Path, data: bytes, fmt: str) -> None:
    """A whole file through the reader: every row is a product or a RowError; file-level refusals are
    ShopErrors."""
    from shopagent.catalog.importer import RowError, read_products
    from shopagent.catalog.models import ProductIn
    from shopagent.errors import ShopError

    path.write_bytes(data)
    try:
        for row, item in read_products(path, fmt=fmt):
            assert isinstance(row, int) and row >= 1
            assert isinstance(item, ProductIn | RowError)
    except ShopError:
        return


def fuzz_toolcalls(text: str, toolset: Any) -> None:
    from shopagent.agent.toolcalls import parse_tool_calls, strip_junk

    parsed = parse_tool_calls(text, toolset.names())
    assert isinstance(parsed.text, str)
    for call in parsed.calls:
        assert isinstance(call.name, str) and isinstance(call.arguments, dict)
        try:
            tool = toolset.get(call.name)
            arguments, _ = strip_junk(tool, call.arguments)
            tool.validate(arguments)
        except ToolError:
            continue


def fuzz_strategies() -> dict[str, Any]:
    """Hypothesis strategies per target."""
    from hypothesis import strategies as st

    nasty = st.sampled_from(
        [
            "'",
            '"',
            "' OR 1=1 --",
            "; DROP TABLE inventory; --",
            "\\",
            "\x00",
            "%",
            "_",
            "а",
            "\u202e",
            "\ufeff",
            "<tool_call>",
            "</tool_call>",
            "{",
            "}",
            "[",
            "]",
            "```json",
            "under $",
            "between",
            "and",
            "5 stars",
            "in stock",
            "Nimbus",
            "Clothing > Jackets",
            "size M",
            "blue",
            "1e309",
            "-0",
            "NaN",
            "∞",
            "１２３",
        ]
    )
    words = st.lists(st.one_of(nasty, st.text(max_size=12)), max_size=12).map(" ".join)
    text = st.one_of(st.text(max_size=200), words, st.binary(max_size=80).map(lambda b: b.decode("latin-1")))
    json_scalar = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=30),
        nasty,
    )
    json_value = st.recursive(
        json_scalar,
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=12,
    )
    maybe_text = st.one_of(st.none(), nasty, st.text(max_size=40))
    maybe_num = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10**6))
    constraints = st.fixed_dictionaries(
        {},
        optional={
            "min_price": maybe_num,
            "max_price": maybe_num,
            "category": maybe_text,
            "brand": maybe_text,
            "min_rating": maybe_num,
            "in_stock": st.one_of(st.none(), st.booleans()),
            "attributes": st.dictionaries(
                st.one_of(nasty, st.text(max_size=10)), st.one_of(nasty, st.text(max_size=20)), max_size=3
            ),
        },
    )
    field_value = {
        "id": st.one_of(st.text(max_size=20), nasty, json_value),
        "title": st.one_of(st.text(max_size=40), nasty, json_value, st.just("T" * 1001)),
        "price": st.one_of(
            maybe_num, st.text(max_size=12), st.sampled_from(["1,000.00", "$5", "1e3", "0.001", "-1"])
        ),
        "currency": st.one_of(
            st.sampled_from(["USD", "EUR", "JPY", "KWD", "usd", "XXX", "", "€"]), json_value
        ),
        "stock": st.one_of(maybe_num, st.text(max_size=6), json_value),
        "rating": st.one_of(maybe_num, st.text(max_size=6)),
        "review_count": st.one_of(maybe_num, json_value),
        "brand": st.one_of(maybe_text, json_value),
        "category": st.one_of(maybe_text, st.sampled_from(["A > > B", ">", "A>B>C", " > "]), json_value),
        "description": st.one_of(maybe_text, json_value, st.just("d" * 100_001)),
        "attributes": st.one_of(json_value, st.dictionaries(st.text(max_size=8), json_scalar, max_size=4)),
        "tags": st.one_of(json_value, st.text(max_size=30)),
        "image_url": maybe_text,
        "reviews": st.one_of(
            json_value,
            st.lists(
                st.dictionaries(st.sampled_from(["rating", "title", "text"]), json_scalar, max_size=3),
                max_size=3,
            ),
        ),
        "variants": st.one_of(
            json_value,
            st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "sku": st.one_of(st.text(max_size=10), json_scalar),
                        "options": st.one_of(
                            json_value, st.dictionaries(st.text(max_size=6), json_scalar, max_size=3)
                        ),
                        "price": maybe_num,
                        "stock": st.one_of(maybe_num, json_scalar),
                    },
                ),
                max_size=3,
            ),
        ),
    }
    rest = {k: v for k, v in field_value.items() if k not in ("id", "title")}
    row = st.one_of(
        st.fixed_dictionaries(
            {"id": st.text(min_size=1, max_size=10), "title": st.text(min_size=1, max_size=20)}, optional=rest
        ),
        st.fixed_dictionaries({}, optional=field_value),
        json_value,
    )
    jsonl_line = st.one_of(
        row.map(lambda r: json.dumps(r, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")),
        st.binary(max_size=60),
        st.sampled_from(
            [b"{", b"[]", b"null", b'{"id": "a", "title": "b", "price": 1}', b"\xff\xfe", b"{" * 5000]
        ),
    )
    jsonl_file = st.lists(jsonl_line, max_size=6).map(lambda lines: b"\n".join(lines))
    csv_cell = st.one_of(
        st.text(max_size=15), nasty, st.sampled_from(['"', '""', ",", "\n", "\r", '{"a":1}', "[1,"])
    )
    csv_file = st.tuples(
        st.lists(
            st.sampled_from(
                [
                    "id",
                    "title",
                    "price",
                    "stock",
                    "brand",
                    "attributes",
                    "tags",
                    "reviews",
                    "variants",
                    "attributes.color",
                    "",
                    "id",
                ]
            ),
            min_size=1,
            max_size=6,
        ),
        st.lists(st.lists(csv_cell, max_size=7), max_size=5),
        st.binary(max_size=20),
    ).map(_csv_bytes)
    fragments = st.sampled_from(
        [
            "<tool_call>",
            "</tool_call>",
            "<tools>",
            "</tools>",
            "<function_call>",
            "```json",
            "```",
            "{",
            "}",
            "[",
            "]",
            '"name"',
            ": ",
            '"add_to_cart"',
            '"search_products"',
            '"arguments"',
            '"parameters"',
            '{"sku": "P1"}',
            '"quantity": 999999999999999999999',
            "'",
            '"',
            ",",
            "True",
            "None",
            "null",
            "\\",
            "\\u00",
            "1e309",
            '{"function": {"name": "get_product", "arguments": "{\\"product_id\\": 1}"}}',
            '{"tool_calls": [',
            "functions.",
            "()",
            "NaN",
            "-Infinity",
            '"query": "x"',
            '"attributes": {"a": [1]}',
        ]
    )
    toolcall_text = st.one_of(
        st.lists(st.one_of(fragments, st.text(max_size=10)), max_size=25).map("".join),
        st.text(max_size=300),
    )
    return {
        "text": text,
        "constraints": constraints,
        "sort": st.sampled_from(["relevance", "price", "-price", "rating", "price; DROP", ""]),
        "row": row,
        "jsonl_file": jsonl_file,
        "csv_file": csv_file,
        "toolcall_text": toolcall_text,
    }


def _csv_bytes(parts: tuple[list[str], list[list[str]], bytes]) -> bytes:
    import csv
    import io

    header, rows, junk = parts
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    for r in rows:
        writer.writerow(r)
    return buf.getvalue().encode("utf-8", "surrogatepass") + junk
