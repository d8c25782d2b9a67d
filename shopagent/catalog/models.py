"""The catalog import format (SPEC "Catalog import format"), validated by pydantic.

Catalog files are untrusted: every field is checked and money becomes integer minor units here, so
nothing downstream sees a float price, a NaN, a negative stock or a megabyte title.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shopagent.errors import InvalidInput
from shopagent.money import normalize_currency, to_minor

MAX_DESCRIPTION_BYTES = 100_000
MAX_TEXT_CHARS = 1_000  # titles, brands, categories, review titles
MAX_REVIEW_BYTES = 20_000
MAX_ID_CHARS = 200
MAX_STOCK = 10_000_000
MAX_ATTRIBUTES = 200


def _clean_text(value: Any, *, what: str, limit: int = MAX_TEXT_CHARS, required: bool = False) -> str | None:
    if type(value) is str:  # the common case, kept cheap: catalogs have hundreds of thousands of strings
        text = value.strip()
        if text and len(text) <= limit and "\x00" not in text:
            return text
    if value is None:
        if required:
            raise ValueError(f"{what} is required")
        return None
    if isinstance(value, bool | dict | list):
        raise ValueError(f"{what} must be text, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{what} must be text, got {value!r}")
    text = str(value).strip()
    if "\x00" in text:
        raise ValueError(f"{what} contains a NUL character")
    if required and not text:
        raise ValueError(f"{what} is empty")
    if len(text) > limit:
        raise ValueError(f"{what} is {len(text):,} characters (limit {limit:,})")
    return text


def _to_count(value: Any, *, what: str) -> int:
    """A non-negative integer from 12, "12", 12.0; rejects "abc", -1, 1.5, NaN, true."""
    if isinstance(value, bool):
        raise ValueError(f"{what} {value!r} is not a whole number")
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise ValueError(f"{what} {value!r} is not a whole number")
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"{what} {value!r} is not a whole number") from None
        if not math.isfinite(number) or number != int(number):
            raise ValueError(f"{what} {value!r} is not a whole number")
        value = int(number)
    if not isinstance(value, int):
        raise ValueError(f"{what} {value!r} is not a whole number")
    if value < 0:
        raise ValueError(f"{what} {value} is negative")
    if value > MAX_STOCK:
        raise ValueError(f"{what} {value} is implausibly large")
    return value


def _to_rating(value: Any, *, what: str = "rating") -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"{what} {value!r} is not a number")
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {value!r} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{what} {value!r} is not a finite number")
    if not 0 <= number <= 5:
        raise ValueError(f"{what} {value!r} is outside 0-5")
    return number


def _to_str_map(value: Any, *, what: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{what} must be an object of text values")
    if len(value) > MAX_ATTRIBUTES:
        raise ValueError(f"{what} has {len(value)} keys (limit {MAX_ATTRIBUTES})")
    out: dict[str, str] = {}
    for key, item in value.items():
        name = _clean_text(key, what=f"{what} key", required=True)
        if item is None:
            continue
        text = _clean_text(item, what=f"{what}[{name!r}]")
        if text:
            out[str(name)] = text
    return out


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    rating: float | None = None
    title: str = ""
    text: str = ""

    @field_validator("rating", mode="before")
    @classmethod
    def _rating(cls, value: Any) -> float | None:
        return _to_rating(value, what="review rating")

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, value: Any) -> str:
        return _clean_text(value, what="review title") or ""

    @field_validator("text", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        text = _clean_text(value, what="review text", limit=10**9) or ""
        if len(text.encode("utf-8")) > MAX_REVIEW_BYTES:
            raise ValueError(f"review text is over {MAX_REVIEW_BYTES // 1000} KB")
        return text


class VariantIn(BaseModel):
    """One SKU of a product. `price_minor` is filled from the product price when the variant has none."""

    model_config = ConfigDict(extra="ignore")

    sku: str
    options: dict[str, str] = Field(default_factory=dict)
    price_minor: int | None = None
    # The "was" price a shop shows struck through (Shopify compare_at_price, Merchant price beside
    # sale_price); kept for display, never charged.
    compare_at_price_minor: int | None = None
    stock: int = 0

    @field_validator("sku", mode="before")
    @classmethod
    def _sku(cls, value: Any) -> str:
        return str(_clean_text(value, what="sku", limit=MAX_ID_CHARS, required=True))

    @field_validator("options", mode="before")
    @classmethod
    def _options(cls, value: Any) -> dict[str, str]:
        return _to_str_map(value, what="options")

    @field_validator("stock", mode="before")
    @classmethod
    def _stock(cls, value: Any) -> int:
        return 0 if value is None else _to_count(value, what="stock")


class ProductIn(BaseModel):
    """One catalog row. Build with `parse_product`, which turns money into minor units first."""

    model_config = ConfigDict(extra="ignore")

    id: str
    title: str
    description: str = ""
    brand: str | None = None
    category: str | None = None
    currency: str = "USD"
    price_minor: int | None = None
    compare_at_price_minor: int | None = None
    stock: int | None = None
    rating: float | None = None
    review_count: int | None = None
    attributes: dict[str, str] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)
    image_url: str | None = None
    reviews: list[ReviewIn] = Field(default_factory=list)
    variants: list[VariantIn] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _money(cls, data: Any) -> Any:
        """Prices depend on the currency's exponent, so they are converted here, before fields."""
        if not isinstance(data, dict):
            raise ValueError("a product must be an object")
        data = dict(data)
        try:
            currency = normalize_currency(data.get("currency"))
        except InvalidInput as exc:
            raise ValueError(str(exc)) from None
        data["currency"] = currency
        if data.get("price") is not None:
            data["price_minor"] = _price(data["price"], currency, "price")
        if data.get("compare_at_price") not in (None, ""):
            data["compare_at_price_minor"] = _price(data["compare_at_price"], currency, "compare_at_price")
        variants = data.get("variants")
        if variants is not None:
            if not isinstance(variants, list):
                raise ValueError("variants must be a list")
            converted = []
            for i, variant in enumerate(variants):
                if not isinstance(variant, dict):
                    raise ValueError(f"variants[{i}] must be an object")
                variant = dict(variant)
                if variant.get("price") is not None:
                    variant["price_minor"] = _price(variant["price"], currency, f"variants[{i}].price")
                elif data.get("price_minor") is not None:
                    variant["price_minor"] = data["price_minor"]
                else:
                    raise ValueError(f"variants[{i}] has no price and the product has none")
                if variant.get("compare_at_price") not in (None, ""):
                    variant["compare_at_price_minor"] = _price(
                        variant["compare_at_price"], currency, f"variants[{i}].compare_at_price"
                    )
                elif data.get("compare_at_price_minor") is not None:
                    variant["compare_at_price_minor"] = data["compare_at_price_minor"]
                converted.append(variant)
            data["variants"] = converted
        return data

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value: Any) -> str:
        return str(_clean_text(value, what="id", limit=MAX_ID_CHARS, required=True))

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, value: Any) -> str:
        return str(_clean_text(value, what="title", required=True))

    @field_validator("description", mode="before")
    @classmethod
    def _description(cls, value: Any) -> str:
        if isinstance(value, str) and len(value) > MAX_DESCRIPTION_BYTES:
            raise ValueError(f"description is {_size(value)} (limit {MAX_DESCRIPTION_BYTES // 1000} KB)")
        text = _clean_text(value, what="description", limit=10**9) or ""
        if len(text.encode("utf-8")) > MAX_DESCRIPTION_BYTES:
            raise ValueError(f"description is {_size(text)} (limit {MAX_DESCRIPTION_BYTES // 1000} KB)")
        return text

    @field_validator("brand", "image_url", mode="before")
    @classmethod
    def _optional_text(cls, value: Any, info: Any) -> str | None:
        return _clean_text(value, what=info.field_name, limit=2_000) or None

    @field_validator("category", mode="before")
    @classmethod
    def _category(cls, value: Any) -> str | None:
        text = _clean_text(value, what="category")
        if not text:
            return None
        parts = [p.strip() for p in text.split(">")]
        if any(not p for p in parts):
            raise ValueError(f"category {text!r} has an empty level (use 'A > B > C')")
        return " > ".join(parts)

    @field_validator("stock", "review_count", mode="before")
    @classmethod
    def _counts(cls, value: Any, info: Any) -> int | None:
        return None if value is None else _to_count(value, what=info.field_name)

    @field_validator("rating", mode="before")
    @classmethod
    def _rating(cls, value: Any) -> float | None:
        return _to_rating(value)

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes(cls, value: Any) -> dict[str, str]:
        return _to_str_map(value, what="attributes")

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [t for t in value.replace("|", ",").split(",")]
        if not isinstance(value, list):
            raise ValueError("tags must be a list of text")
        tags = [_clean_text(t, what="tag") for t in value]
        return list(dict.fromkeys(t for t in tags if t))

    @field_validator("reviews", mode="before")
    @classmethod
    def _reviews(cls, value: Any) -> Any:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValueError("reviews must be a list")
        return value

    @model_validator(mode="after")
    def _skus(self) -> ProductIn:
        if not self.variants and self.price_minor is None:
            raise ValueError("price is required when a product has no variants")
        seen: set[str] = set()
        for variant in self.variants:
            if variant.sku in seen:
                raise ValueError(f"duplicate sku {variant.sku!r} within the product")
            seen.add(variant.sku)
        return self

    # -- derived -------------------------------------------------------------------------
    def skus(self) -> list[VariantIn]:
        """The product's SKUs: its variants, or one SKU equal to the product id."""
        if self.variants:
            return self.variants
        return [
            VariantIn(
                sku=self.id,
                options={},
                price_minor=self.price_minor,
                compare_at_price_minor=self.compare_at_price_minor,
                stock=self.stock or 0,
            )
        ]

    def effective_review_count(self) -> int:
        return self.review_count if self.review_count is not None else len(self.reviews)


def _price(value: Any, currency: str, what: str) -> int:
    try:
        return to_minor(value, currency, what=what)
    except InvalidInput as exc:
        raise ValueError(str(exc)) from None


def _size(text: str) -> str:
    size = len(text.encode("utf-8", errors="replace"))
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.0f} KB"


def parse_product(raw: dict[str, Any]) -> ProductIn:
    """Validate one raw row; raises InvalidInput with a one-line reason naming the field."""
    try:
        return ProductIn.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(describe_validation_error(exc)) from None
    except InvalidInput:
        raise


def describe_validation_error(exc: ValidationError) -> str:
    first = exc.errors(include_url=False)[0]
    message = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
    loc = ".".join(str(p) for p in first.get("loc", ()))
    if first.get("type") == "missing":
        return f"{loc} is required"
    # Our own messages already name the field.
    if loc and not message.startswith(loc.split(".")[-1]) and not message.startswith(loc.split(".")[0]):
        message = f"{loc}: {message}"
    extra = len(exc.errors()) - 1
    return message + (f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else "")
