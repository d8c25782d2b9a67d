from typing import Annotated

import pytest
from pydantic import Field

from shopagent.agent.toolkit import ToolError, ToolSet, tool


@tool()
def lookup(
    deps,
    product_id: Annotated[str, Field(description="Product id, e.g. P00001")],
    limit: Annotated[int, Field(description="How many", ge=1, le=10)] = 3,
):
    """Look a product up.

    Longer text that the model does not need."""
    return {"id": product_id, "limit": limit, "deps": deps}


def test_schema_comes_from_signature_and_docstring():
    schema = lookup.schema()["function"]
    assert schema["name"] == "lookup"
    assert schema["description"] == "Look a product up."
    props = schema["parameters"]["properties"]
    assert props["product_id"] == {"description": "Product id, e.g. P00001", "type": "string"}
    assert schema["parameters"]["required"] == ["product_id"]


@tool()
def optional_args(
    deps,
    brand: Annotated[str | None, Field(description="Brand name")] = None,
    limit: Annotated[int, Field(description="How many")] = 5,
):
    """Optional arguments."""


def test_optional_arguments_are_shown_as_plain_types():
    params = optional_args.schema()["function"]["parameters"]
    assert params["properties"]["brand"] == {"type": "string", "description": "Brand name"}
    assert params["properties"]["limit"] == {"type": "integer", "default": 5, "description": "How many"}
    assert "required" not in params and "additionalProperties" not in params
    # Validation still rejects what the schema no longer spells out.
    with pytest.raises(ToolError, match="colour: Extra inputs are not permitted"):
        optional_args.call(None, {"colour": "red"})
    assert optional_args.validate({"brand": None}).brand is None


def test_call_validates_and_passes_deps():
    assert lookup.call("D", {"product_id": "P1"}) == {"id": "P1", "limit": 3, "deps": "D"}


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ({}, "product_id: Field required"),
        ({"product_id": "P", "limit": 50}, "limit"),
        ({"product_id": "P", "x": 1}, "x"),
    ],
)
def test_bad_arguments_become_readable_tool_errors(args, needle):
    with pytest.raises(ToolError, match=needle) as info:
        lookup.call(None, args)
    assert "allowed arguments: product_id, limit" in str(info.value)


def test_missing_description_is_rejected_at_registration():
    with pytest.raises(TypeError, match="needs a description"):

        @tool()
        def bad(deps, x: int):
            """Doc."""


def test_missing_docstring_is_rejected():
    with pytest.raises(TypeError, match="docstring"):

        @tool()
        def bad(deps, x: Annotated[int, Field(description="x")]):
            return x


def test_toolset_unknown_name_lists_choices():
    tools = ToolSet([lookup])
    with pytest.raises(ToolError, match="available tools: lookup"):
        tools.get("checkout_now")
