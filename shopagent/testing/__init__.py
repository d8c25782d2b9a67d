"""Test doubles that tests/ and bench/ share: a scripted chat model and a fake embedder.

Importing this module is cheap (numpy is imported when the embedder first embeds). The hostile
catalog and what the security suites measure with it are in the submodules: hostile (the catalog),
harness (the obeying model, state and secret checks, the tools), injection (the conversations) and
fuzz (fuzz targets and their strategies).
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shopagent.agent.chat import Completion

if TYPE_CHECKING:
    import numpy as np


class ScriptedModel:
    """A queue of canned completions; records every prompt it was sent."""

    identity = "scripted"

    def __init__(self, *turns: str):
        self.turns = list(turns)
        self.calls: list[dict[str, Any]] = []

    def complete(
        self,
        messages: list[dict[str, Any]],
        *,
        tools: list[dict[str, Any]] | None = None,
        max_tokens: int = 256,
        json_schema: dict[str, Any] | None = None,
        on_token: Callable[[str], None] | None = None,
        temperature: float = 0.0,
    ) -> Completion:
        self.calls.append(
            {
                "messages": copy.deepcopy(messages),
                "tools": tools,
                "json_schema": json_schema,
                "max_tokens": max_tokens,
            }
        )
        if not self.turns:
            raise AssertionError(f"the model was asked for turn {len(self.calls)} but the script has ended")
        text = self.turns.pop(0)
        if on_token is not None:
            # Stream in small pieces like the real model (the callback may stop generation).
            for i in range(0, len(text), 4):
                on_token(text[i : i + 4])
        prompt_tokens = sum(len(str(m.get("content", ""))) for m in messages) // 4
        return Completion(
            text=text,
            prompt_tokens=prompt_tokens,
            completion_tokens=max(1, len(text) // 4),
            seconds=0.0,
            finish_reason="stop",
        )

    def assert_complete(self) -> None:
        assert not self.turns, f"{len(self.turns)} scripted turn(s) were never used: {self.turns!r}"

    def last_messages(self) -> list[dict[str, Any]]:
        return self.calls[-1]["messages"]


class FakeEmbedder:
    """Hashed bag of words: texts sharing words get similar vectors. Counts what it embeds."""

    identity = "fake-bow-64"
    dim = 64

    def __init__(self) -> None:
        self.passages_embedded = 0
        self.calls = 0

    def _vector(self, text: str) -> np.ndarray:
        import numpy as np

        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else vec

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        self.calls += 1
        self.passages_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)
