"""Reading tool calls out of raw model text, tolerantly.

A small local model does not reliably follow one format. Seen in practice and accepted here:

- `<tool_call>{"name": ..., "arguments": {...}}</tool_call>` (the chat template's own format),
  also unclosed, repeated, or wrapped as `<tools>...</tools>` / `<function_call>...`;
- a ```json fenced object, or bare JSON anywhere in the text, with trailing text around it;
- `"parameters"` / `"args"` / `"input"` instead of `"arguments"`, arguments as a JSON *string*,
  `{"function": {"name": ..., "arguments": ...}}`, `{"tool_calls": [...]}`, a list of calls,
  or `{"search_products": {...}}` (tool name as the only key);
- Python-dict style (single quotes, True/None), trailing commas, unbalanced closing braces.

Junk defaults: the model fills optional arguments it was not asked for with placeholder values.
`strip_junk` drops an *optional* argument when its value is one of:
  None; an empty string/list/dict; a placeholder string ("none", "null", "n/a", "na", "any", "all",
  "unknown", "unspecified", "not specified", "default", "optional", "string", "-"); 0 or a negative
  number for a number argument (no price, rating or limit filter means anything at 0); `false` for a
  boolean filter whose default is unset; or a value equal to the argument's default.
Required arguments are never dropped: a junk required value fails validation and the error goes back
to the model. Numbers written as strings ("$1,200") are read as numbers, and a list written as one
string ("P1, P2") as a list.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from typing import Any

from shopagent.agent.toolkit import Tool

_JUNK_STRINGS = frozenset(
    {
        "",
        "none",
        "null",
        "nil",
        "n/a",
        "na",
        "any",
        "all",
        "unknown",
        "unspecified",
        "not specified",
        "default",
        "optional",
        "string",
        "-",
        "?",
        "...",
    }
)
_NAME_KEYS = ("name", "tool", "tool_name", "function_name", "function")
_ARG_KEYS = ("arguments", "parameters", "args", "input", "params", "kwargs")
_TAG = re.compile(
    r"<(tool_call|tools|function_call|functioncall|tool)>\s*(.*?)\s*(?:</\1>|(?=<(?:tool_call|tools|function_call|functioncall|tool)>)|$)",
    re.DOTALL | re.IGNORECASE,
)
_FENCE = re.compile(r"```[a-zA-Z_]*\s*(.*?)(?:```|$)", re.DOTALL)
# Text that suggests the model meant to call a tool even if nothing could be read.
_CALL_HINT = re.compile(
    r"<tool_call|<tools>|<function|\"(?:name|arguments|parameters)\"\s*:|'name'\s*:", re.I
)


@dataclass
class ToolCall:
    name: str
    arguments: dict[str, Any]


@dataclass
class ParsedOutput:
    calls: list[ToolCall] = field(default_factory=list)
    text: str = ""  # the text outside any call: the final answer when there are no calls
    broken: bool = False  # it looked like a tool call but nothing readable came out


def parse_tool_calls(text: str, tool_names: list[str] | None = None) -> ParsedOutput:
    """Every tool call in `text`, in order; no calls means `text` is a final answer.

    `tool_names` lets a bare `{"tool_name": {...}}` object count as a call.
    """
    names = set(tool_names or [])
    raw = text or ""
    segments: list[str] = []
    remainder = raw
    tagged = list(_TAG.finditer(raw))
    if tagged:
        segments = [m.group(2) for m in tagged]
        remainder = _TAG.sub(" ", raw)
    fenced = list(_FENCE.finditer(remainder))
    if fenced:
        calls_in_fences = []
        for m in fenced:
            calls_in_fences.extend(_calls_from_segment(m.group(1), names))
        if calls_in_fences:
            segments.extend(m.group(1) for m in fenced)
            remainder = _FENCE.sub(" ", remainder)
    calls: list[ToolCall] = []
    for seg in segments:
        calls.extend(_calls_from_segment(seg, names))
    if not calls:
        # Bare JSON anywhere in the text (the model sometimes skips every wrapper).
        bare = _calls_from_segment(raw, names)
        if bare:
            calls = bare
            remainder = _remove_chunks(raw)
    if calls:
        return ParsedOutput(calls=calls, text=" ".join(remainder.split()))
    broken = bool(tagged) or bool(_CALL_HINT.search(raw)) or raw.lstrip().startswith(("{", "[{"))
    return ParsedOutput(calls=[], text=raw.strip(), broken=broken)


def _calls_from_segment(segment: str, names: set[str]) -> list[ToolCall]:
    calls: list[ToolCall] = []
    for chunk in _json_chunks(segment):
        obj = _loads(chunk)
        if obj is not None:
            calls.extend(_normalize(obj, names))
    return calls


def _json_chunks(text: str) -> list[str]:
    """Top-level balanced {...} / [...] spans, string-aware; an unterminated last span is closed."""
    chunks: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in "{[":
            i += 1
            continue
        start, stack, quote, escape = i, [], "", False
        j = i
        while j < n:
            ch = text[j]
            if quote:
                if escape:
                    escape = False
                elif ch == "\\":
                    escape = True
                elif ch == quote:
                    quote = ""
            elif ch in "\"'":
                # An apostrophe inside a word is text, not the start of a Python-style string.
                if ch == "'" and j > 0 and text[j - 1].isalnum():
                    pass
                else:
                    quote = ch
            elif ch in "{[":
                stack.append("}" if ch == "{" else "]")
            elif ch in "}]":
                if stack and stack[-1] == ch:
                    stack.pop()
                if not stack:
                    break
            j += 1
        if j >= n:  # truncated output: close what is open
            tail = (quote or "") + "".join(reversed(stack))
            chunks.append(text[start:] + tail)
            break
        chunks.append(text[start : j + 1])
        i = j + 1
    return chunks


def _remove_chunks(text: str) -> str:
    out = text
    for chunk in _json_chunks(text):
        out = out.replace(chunk, " ")
    return out


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_PY_LITERALS = {"true": "True", "false": "False", "null": "None"}


def _loads(chunk: str) -> Any:
    """JSON, then JSON without trailing commas, then a Python literal; None when nothing reads."""
    candidates = [chunk, _TRAILING_COMMA.sub(r"\1", chunk)]
    for cand in candidates:
        try:
            return json.loads(cand)
        except (ValueError, RecursionError):
            pass
    py = re.sub(r"\b(true|false|null)\b", lambda m: _PY_LITERALS[m.group(1)], candidates[1])
    try:
        return ast.literal_eval(py)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        return None


def _normalize(obj: Any, names: set[str]) -> list[ToolCall]:
    if isinstance(obj, list):
        return [c for item in obj for c in _normalize(item, names)]
    if not isinstance(obj, dict):
        return []
    if isinstance(obj.get("tool_calls"), list):
        return _normalize(obj["tool_calls"], names)
    if isinstance(obj.get("function"), dict):
        return _normalize(obj["function"], names)
    name = None
    for key in _NAME_KEYS:
        if isinstance(obj.get(key), str) and obj[key].strip():
            name = obj[key].strip()
            break
    if name is None:
        # {"search_products": {...}}: the tool name as the only key.
        if len(obj) == 1:
            (key, value), *_ = obj.items()
            if key in names and isinstance(value, dict | type(None)):
                return [ToolCall(key, dict(value or {}))]
        return []
    name = _clean_name(name)
    args: Any = {}
    for key in _ARG_KEYS:
        if key in obj:
            args = obj[key]
            break
    else:
        # Arguments inlined next to the name: {"name": "get_product", "product_id": "P1"}.
        args = {k: v for k, v in obj.items() if k not in _NAME_KEYS and k not in ("type", "id")}
    if isinstance(args, str):
        loaded = _loads(args) if args.strip() else {}
        args = loaded if isinstance(loaded, dict) else {}
    if args is None:
        args = {}
    if not isinstance(args, dict):
        return []
    return [ToolCall(name, {str(k): v for k, v in args.items()})]


def _clean_name(name: str) -> str:
    name = name.strip().strip("`'\"")
    for prefix in ("functions.", "function.", "tools.", "tool."):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    return name.removesuffix("()")


# --------------------------------------------------------------------------------------------
# Argument clean-up before validation
# --------------------------------------------------------------------------------------------
def _props(tool: Tool) -> tuple[dict[str, Any], set[str]]:
    schema = tool.args_model.model_json_schema()
    return schema.get("properties", {}), set(schema.get("required", []))


def _types(prop: dict[str, Any]) -> set[str]:
    if "type" in prop:
        return {prop["type"]} if isinstance(prop["type"], str) else set(prop["type"])
    return {t.get("type") for t in prop.get("anyOf", []) if isinstance(t, dict) and "type" in t}


def _is_junk(value: Any, prop: dict[str, Any]) -> bool:
    types = _types(prop)
    if value is None:
        return True
    if isinstance(value, str):
        if value.strip().casefold() in _JUNK_STRINGS:
            return True
        # "0" where a number is expected is as empty as 0.
        return bool(types & {"number", "integer"}) and _number(value) == 0
    if isinstance(value, bool):
        return value is False and "boolean" in types and prop.get("default") in (None, False)
    if isinstance(value, int | float):
        return bool(types & {"number", "integer"}) and value <= 0
    if isinstance(value, list | dict):
        return len(value) == 0
    return False


def _number(text: str) -> float | None:
    cleaned = text.strip().replace(",", "").replace("$", "").replace("USD", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def strip_junk(tool: Tool, arguments: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Drop placeholder values from optional arguments; returns (clean arguments, dropped names).

    Also: numbers written as strings become numbers; keys the tool does not take but that look like
    product attributes ("color": "blue") move into an `attributes` argument when the tool has one.
    """
    props, required = _props(tool)
    clean: dict[str, Any] = {}
    dropped: list[str] = []
    extras: dict[str, str] = {}
    for key, value in arguments.items():
        prop = props.get(key)
        if prop is None:
            if "attributes" in props and isinstance(value, str | int | float) and not isinstance(value, bool):
                if not (isinstance(value, str) and value.strip().casefold() in _JUNK_STRINGS):
                    extras[key] = str(value)
                else:
                    dropped.append(key)
                continue
            clean[key] = value  # validation will name it as not allowed
            continue
        if isinstance(value, str) and _types(prop) & {"number", "integer"}:
            number = _number(value)
            if number is not None:
                value = int(number) if "integer" in _types(prop) and number.is_integer() else number
        if isinstance(value, str) and "array" in _types(prop) and value.strip():
            value = [v for v in re.split(r"[,\s]+", value.strip("[]() ")) if v.strip("'\"")]
            value = [v.strip("'\"") for v in value]
        if isinstance(value, dict):
            value = {
                k: v
                for k, v in value.items()
                if not (v is None or (isinstance(v, str) and v.strip().casefold() in _JUNK_STRINGS))
            }
        if key not in required and (
            _is_junk(value, prop) or ("default" in prop and value == prop["default"])
        ):
            dropped.append(key)
            continue
        clean[key] = value
    if extras:
        merged = dict(clean.get("attributes") or {})
        merged.update(extras)
        clean["attributes"] = merged
    return clean, dropped
