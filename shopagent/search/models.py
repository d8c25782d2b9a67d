"""The shapes shared by the parser, hybrid search, the agent tools and the CLI (see SPEC.md)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer


def _without_empty(data: Any, key: str) -> Any:
    """The serialised shape without a list that was added later, while it is empty: documents
    written before negations were read look exactly as they did."""
    if isinstance(data, dict) and not data.get(key, True):
        data.pop(key, None)
    return data


class Boosts(BaseModel):
    """What a request's words suggest without saying it must be so ("phone" -> smartphones): these
    raise a product's rank, they never filter it out (see parse.soften)."""

    category: str | None = None
    brand: str | None = None
    attributes: dict[str, str] = Field(default_factory=dict)
    # Words the request negates ("no sugar", "nicht weiß", "sin tacón"): not searched for, and a
    # product carrying them ranks lower, unless it says it is without them ("sin azúcar").
    avoid: list[str] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _shape(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _without_empty(handler(self), "avoid")

    def is_empty(self) -> bool:
        return self == Boosts()


class Constraints(BaseModel):
    """Hard filters extracted from a request. Prices are decimal amounts in the catalog currency.
    `soft` holds what was only inferred from the words: a boost, never a filter."""

    min_price: float | None = None
    max_price: float | None = None
    category: str | None = None
    brand: str | None = None
    min_rating: float | None = None
    in_stock: bool | None = None
    attributes: dict[str, str] = Field(default_factory=dict)
    # Brands the request explicitly excludes ("not Nike", "kein Apple"), as the catalog spells them.
    exclude_brands: list[str] = Field(default_factory=list)
    # The currency the price bounds were stated in ("under 500 pesos" -> "PHP"); None means the
    # catalog's own. Search converts other currencies at the reference rates (see money.convert).
    currency: str | None = None
    soft: Boosts = Field(default_factory=Boosts)

    @model_serializer(mode="wrap")
    def _shape(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return _without_empty(handler(self), "exclude_brands")

    def merged(self, newer: Constraints) -> Constraints:
        """Carry constraints across turns: fields set in `newer` win, attributes merge."""
        data = self.model_dump()
        for key, value in newer.model_dump().items():
            if key == "attributes":
                data["attributes"] = {**data["attributes"], **value}
            elif key == "soft":
                if value != Boosts().model_dump():
                    data["soft"] = value
            elif key == "exclude_brands":
                if value:
                    data[key] = value
            elif value is not None:
                data[key] = value
        return Constraints(**data)

    def is_empty(self) -> bool:
        return self == Constraints()

    def hard_only(self) -> Constraints:
        return self.model_copy(update={"soft": Boosts()})


class ParsedQuery(BaseModel):
    query: str
    text: str  # what is left for semantic matching
    constraints: Constraints
    # attribute keys read from a variant option value of this catalog ("black" for a SKU colour)
    option_keys: frozenset[str] = Field(default=frozenset(), exclude=True)
    # the request with its price, rating and stock phrases blanked out (money in canonical form): a
    # number left here may be a quantity; "4" in "at least 4 stars" or "80" in "under 80" is not
    unbounded: str = Field(default="", exclude=True)


class SearchItem(BaseModel):
    product_id: str
    sku: str
    title: str
    brand: str | None
    category: str | None
    price: float
    currency: str
    in_stock: bool
    rating: float | None
    score: float
    review_count: int | None = None
    stock: int | None = None
    options: dict[str, str] = Field(default_factory=dict)
    why: list[str] = Field(default_factory=list)


class Translation(BaseModel):
    """The request as it was searched, rewritten into the catalog's language (search/translate.py)."""

    text: str
    language: str


class SearchResponse(BaseModel):
    query: str
    constraints: Constraints
    results: list[SearchItem]
    facets: dict[str, dict[str, int]] = Field(default_factory=dict)
    total_candidates: int | None = None
    # Attribute filters read from the text that matched nothing and were dropped (see search_relaxing).
    relaxed: list[str] = Field(default_factory=list)
    # Price bounds stated in another currency, converted to the catalog's: "500 PHP -> 8.62 USD".
    converted: list[str] = Field(default_factory=list)
    # With `diverse`: the column results were capped by (semantic_l2, or category without codes).
    diverse_by: str | None = None
    # A request in a language the catalog does not speak: the rewrite that was searched instead.
    translated: Translation | None = None
