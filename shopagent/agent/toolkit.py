"""Tools the model sees: plain typed functions.

The name comes from the function, the description from its docstring, the argument schema from its
signature via pydantic. Every argument needs a description (`Annotated[T, Field(description=...)]`);
a missing one is an error at registration, not a silent gap in what the model is told.

A tool's first parameter is `deps` (shopagent.deps.Deps): handles travel explicitly, never as globals.
`effect` says what the tool may change; the agent loop and tests use it to decide and to audit what a
turn is allowed to do (reads are free; cart and watch changes need the user's own request; nothing
here can complete a purchase).
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, create_model
from pydantic.fields import FieldInfo

from shopagent.errors import ShopError

Effect = Literal["read", "cart", "watch", "order", "checkout_prepare"]


class ToolError(ShopError):
    """A failure the model should read and recover from (bad argument, unknown id, out of stock)."""


T = typing.TypeVar("T")


def as_tool_error(call: Callable[[], T]) -> T:
    """Run `call`; a library failure (ShopError) becomes a ToolError the model can read and recover from."""
    try:
        return call()
    except ToolError:
        raise
    except ShopError as exc:
        raise ToolError(str(exc)) from None


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    func: Callable[..., Any]
    args_model: type[BaseModel]
    effect: Effect

    def schema(self) -> dict[str, Any]:
        """The OpenAI-style function schema, trimmed of noise so the prompt stays short."""
        params = self.args_model.model_json_schema()
        params.pop("title", None)
        # Unknown arguments are rejected by validation; saying so in every schema costs prompt tokens.
        params.pop("additionalProperties", None)
        params["properties"] = {
            name: _compact_property(prop) for name, prop in params.get("properties", {}).items()
        }
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": params},
        }

    def validate(self, arguments: dict[str, Any]) -> BaseModel:
        """Validate model-supplied arguments; raise ToolError with a readable reason."""
        try:
            return self.args_model.model_validate(arguments)
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"]) or "arguments"
                problems.append(f"{where}: {err['msg']}")
            allowed = ", ".join(self.args_model.model_fields) or "none"
            raise ToolError(
                f"invalid arguments for {self.name}: {'; '.join(problems)} (allowed arguments: {allowed})"
            ) from None

    def call(self, deps: Any, arguments: dict[str, Any]) -> Any:
        args = self.validate(arguments)
        return self.func(deps, **{name: getattr(args, name) for name in self.args_model.model_fields})


def tool(*, effect: Effect = "read", name: str | None = None) -> Callable[[Callable[..., Any]], Tool]:
    """Turn a typed function `f(deps, arg: Annotated[T, Field(description=...)], ...)` into a Tool."""

    def register(func: Callable[..., Any]) -> Tool:
        tool_name = name or func.__name__
        doc = inspect.getdoc(func)
        if not doc:
            raise TypeError(f"tool {tool_name} needs a docstring: it is the description the model reads")
        hints = typing.get_type_hints(func, include_extras=True)
        params = list(inspect.signature(func).parameters.values())
        if not params or params[0].name != "deps":
            raise TypeError(f"tool {tool_name}: the first parameter must be `deps`")
        fields: dict[str, Any] = {}
        for param in params[1:]:
            annotation = hints.get(param.name)
            if annotation is None:
                raise TypeError(f"tool {tool_name}: argument {param.name} has no type annotation")
            field_info = _field_info(annotation)
            if field_info is None or not field_info.description:
                raise TypeError(
                    f"tool {tool_name}: argument {param.name} needs a description "
                    "(Annotated[T, Field(description=...)])"
                )
            default = ... if param.default is inspect.Parameter.empty else param.default
            fields[param.name] = (annotation, default)
        model = create_model(  # type: ignore[call-overload]
            f"{tool_name}_args", __config__=ConfigDict(extra="forbid"), **fields
        )
        return Tool(
            name=tool_name,
            description=doc.split("\n\n")[0].replace("\n", " "),
            func=func,
            args_model=model,
            effect=effect,
        )

    return register


def _compact_property(prop: dict[str, Any]) -> dict[str, Any]:
    """`T | None = None` as plain `T`: optional is already said by `required`, and a small model
    shown `anyOf [T, null]` with `default: null` tends to echo every optional argument as null."""
    prop = {k: v for k, v in prop.items() if k != "title"}
    variants = prop.get("anyOf")
    if isinstance(variants, list):
        non_null = [v for v in variants if v != {"type": "null"}]
        if len(non_null) == 1 and len(non_null) < len(variants):
            del prop["anyOf"]
            prop = {**non_null[0], **prop}
    if "default" in prop and prop["default"] is None:
        del prop["default"]
    return prop


def _field_info(annotation: Any) -> FieldInfo | None:
    if typing.get_origin(annotation) is typing.Annotated:
        for extra in typing.get_args(annotation)[1:]:
            if isinstance(extra, FieldInfo):
                return extra
    return None


class ToolSet:
    """An ordered set of tools, looked up by name."""

    def __init__(self, tools: Iterable[Tool]):
        self._tools: dict[str, Tool] = {}
        for t in tools:
            if t.name in self._tools:
                raise TypeError(f"two tools are named {t.name}")
            self._tools[t.name] = t

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def names(self) -> list[str]:
        return list(self._tools)

    def get(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise ToolError(f"unknown tool {name!r}; available tools: {', '.join(self._tools)}") from None

    def schemas(self) -> list[dict[str, Any]]:
        return [t.schema() for t in self._tools.values()]

    def subset(self, names: Iterable[str]) -> ToolSet:
        return ToolSet(self.get(n) for n in names)
