"""Reading a JSON array of products (or `{"products": [...]}`) one element at a time.

A shop export can be hundreds of megabytes; `json.load` would hold the whole document and its
parsed form at once. Here the file is read in 1 MB chunks and each element is decoded on its own,
so memory stays at one chunk plus the largest single product.
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from shopagent.errors import InvalidInput

CHUNK_BYTES = 1 << 20
MAX_ELEMENT_CHARS = 16 * 1024 * 1024
PRODUCTS_KEY = "products"
_WHITESPACE = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


class JsonStream:
    """A cursor over a JSON document that decodes one value at a time from a growing buffer."""

    def __init__(self, fh: IO[bytes], path: Path):
        self.fh = fh
        self.path = path
        # surrogateescape keeps invalid bytes inside strings, so only the one product is rejected.
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _fill(self) -> bool:
        """Read one more chunk; False at the end of the file."""
        if self.eof:
            return False
        try:
            chunk = self.fh.read(CHUNK_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            raise InvalidInput(f"{self.path} is not a readable file ({exc})") from None
        text = self._utf8.decode(chunk, final=not chunk)
        if not chunk:
            self.eof = True
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        if self.buf.startswith("\ufeff"):
            self.buf = self.buf[1:]
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end)."""
        while True:
            self.pos = _WHITESPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, chars: str, what: str) -> str:
        ch = self.peek()
        if not ch or ch not in chars:
            found = repr(ch) if ch else "the end of the file"
            raise InvalidInput(f"{self.path.name}: expected {what}, found {found}; nothing was imported")
        self.pos += 1
        return ch

    def value(self) -> Any:
        """Decode the next JSON value; raises json.JSONDecodeError for malformed JSON."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if len(self.buf) - self.pos > MAX_ELEMENT_CHARS or not self._fill():
                    raise
                continue
            if end == len(self.buf) and not self.eof and self._fill():
                continue  # a number at the end of the buffer may go on in the next chunk
            self.pos = end
            return value


def iter_products(fh: IO[bytes], path: Path) -> Iterator[tuple[int, Any]]:
    """(1-based index, element) for each element of the top-level array or of its "products" list."""
    stream = JsonStream(fh, path)
    first = stream.expect("[{", 'a JSON array of products or an object with a "products" list')
    if first == "[":
        yield from _array(stream)
        return
    keys: list[str] = []
    if stream.peek() == "}":
        stream.pos += 1
    else:
        while True:
            key = _decoded(stream, "a key")
            if not isinstance(key, str):
                raise InvalidInput(f"{path.name}: not valid JSON (object key is not text)")
            stream.expect(":", "':' after a key")
            if key == PRODUCTS_KEY:
                if stream.peek() != "[":
                    raise InvalidInput(
                        f'{path.name}: "{PRODUCTS_KEY}" must be a list of products; nothing was imported'
                    )
                stream.pos += 1
                yield from _array(stream)
                return
            keys.append(key)
            _decoded(stream, f"the value of {key!r}")
            if stream.expect(",}", "',' or '}'") == "}":
                break
    found = f"keys {', '.join(repr(k) for k in keys[:10])}" if keys else "no keys"
    raise InvalidInput(
        f'{path.name}: a JSON object must hold a "{PRODUCTS_KEY}" list of products (found {found}); '
        "give a JSON array, an object with a products list, or JSONL"
    )


def _array(stream: JsonStream) -> Iterator[tuple[int, Any]]:
    if stream.peek() == "]":
        stream.pos += 1
        return
    index = 0
    while True:
        index += 1
        value = _decoded(stream, f"product {index}")
        yield index, value
        if stream.expect(",]", f"',' or ']' after product {index}") == "]":
            return


def _decoded(stream: JsonStream, what: str) -> Any:
    try:
        return stream.value()
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{stream.path.name}: {what} is not valid JSON ({exc.msg}); the file cannot be read past it, "
            "nothing was imported"
        ) from None
    except RecursionError:
        raise InvalidInput(f"{stream.path.name}: {what} is nested too deeply; nothing was imported") from None


def looks_like_jsonl(lines: list[bytes]) -> bool:
    """Whether a file that starts with '{' holds one object per line (else: one JSON document),
    judged by its first few complete lines.

    The first line of a JSONL file is a whole object (unless it is itself a bad row, so the next few
    lines are tried too); the first line of a pretty-printed document is not. A one-line document
    holding only a products list is a document.
    """
    for line in (line for line in lines if line.strip()):
        try:
            value = json.loads(line.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError):
            continue
        if isinstance(value, dict):
            return not (isinstance(value.get(PRODUCTS_KEY), list) and "id" not in value)
    return False
