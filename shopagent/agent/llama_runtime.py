"""The llama-cpp-python runtime behind the ChatModel protocol.

Prompts are rendered with the GGUF's own chat template (which includes the tool schemas) and raw text
comes back: the agent loop parses tool calls itself, because this model emits them in several shapes.
The system+tools prefix is the same for every turn, so its KV state is saved to disk once (keyed by
model identity and prompt text) and restored by later processes instead of re-evaluated. A forced
call is decoded under a JSON-schema grammar, checked lazily (see `_greedy_constrained`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from shopagent.agent.chat import Completion, ModelContextError
from shopagent.agent.provision import INSTALL_HINT
from shopagent.errors import InvalidInput, ShopError

STOP_STRINGS = ["<|im_end|>", "<|endoftext|>"]


def _refuse_amx_build() -> None:
    """Refuse a llama.cpp build with AMX kernels: on VMs that advertise AMX they segfault mid-prompt."""
    if os.environ.get("SHOPAGENT_ALLOW_AMX") == "1":
        return
    import llama_cpp

    info = llama_cpp.llama_print_system_info().decode("utf-8", errors="ignore")
    if "AMX_INT8 = 1" in info:
        raise ShopError(
            "this llama-cpp-python build uses AMX kernels, which crash on many virtual machines; "
            "reinstall it with the README install command (it builds for AVX2), "
            "or set SHOPAGENT_ALLOW_AMX=1 if AMX works on this machine"
        )


class LlamaChatModel:
    """One llama.cpp context per session; consecutive turns reuse the evaluated prompt prefix."""

    grammar = True  # decodes under a JSON-schema grammar: it may read unsure turns (model_reading.py)

    def __init__(
        self,
        path: Path,
        identity: str,
        *,
        state_dir: Path | None = None,
        n_ctx: int = 8192,
        repack: bool = True,
    ):
        """`repack=False` skips llama.cpp's load-time weight repacking: measured here, loading takes
        ~1.0 s instead of ~2.1 s, but each later turn ~0.7 s longer (prefill ~25 instead of ~33
        tokens/s; decoding slightly faster). A one-shot `ask` does one turn, so it loads without;
        a chat keeps the repacked weights."""
        try:
            from llama_cpp import Llama
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter
        except ImportError as exc:  # pragma: no cover - install problem
            raise ShopError(f"llama-cpp-python is not importable ({exc}); {INSTALL_HINT}") from None
        _refuse_amx_build()
        self.path = Path(path)
        self.identity = identity
        self.state_dir = state_dir
        started = time.perf_counter()
        try:
            with _weight_repacking(repack):
                self.llm = Llama(
                    model_path=str(self.path),
                    n_ctx=n_ctx,
                    n_threads=os.cpu_count() or 2,
                    n_batch=512,
                    verbose=False,
                )
        except (ValueError, RuntimeError) as exc:
            raise InvalidInput(f"model file {self.path} could not be loaded by llama.cpp ({exc})") from None
        self.load_seconds = time.perf_counter() - started
        template = self.llm.metadata.get("tokenizer.chat_template")
        if not template:
            raise InvalidInput(f"model file {self.path} has no chat template; use an instruction-tuned GGUF")
        eos = self._token_text(self.llm.token_eos())
        bos = self._token_text(self.llm.token_bos())
        self._format = Jinja2ChatFormatter(template, eos_token=eos, bos_token=bos)
        self._format_prefix = Jinja2ChatFormatter(
            template, eos_token=eos, bos_token=bos, add_generation_prompt=False
        )
        self._prefix_tokens: dict[str, list[int]] = {}  # prefix key -> its tokens

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        return self.llm.detokenize([token], special=True).decode("utf-8", errors="ignore")

    def _tokenize(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)

    def render(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None) -> str:
        return self._format(messages=messages, tools=tools or None).prompt

    # -- persisted prefix state ------------------------------------------------------------------
    def _warm_prefix(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> None:
        """Restore (or compute and save) the KV state of the system+tools prefix."""
        if not messages or messages[0].get("role") != "system" or self.state_dir is None:
            return
        prefix = self._format_prefix(messages=messages[:1], tools=tools or None).prompt
        key = hashlib.sha256(f"{self.identity}\0{self.llm.n_ctx()}\0{prefix}".encode()).hexdigest()[:24]
        tokens = self._prefix_tokens.get(key)
        if tokens is None:
            tokens = self._prefix_tokens[key] = self._tokenize(prefix)
        if list(self.llm._input_ids[: len(tokens)]) == tokens:
            return  # already in this context
        # Another prefix is in the context (the turn reader's and the agent's alternate): restore this
        # one's saved state rather than recompute it.
        state_file = self.state_dir / f"{key}.kv"
        if state_file.is_file() and self._load_prefix(state_file, tokens):
            return
        self.llm.reset()
        self.llm.eval(tokens)
        self._save_prefix(state_file)

    def _save_prefix(self, state_file: Path) -> None:
        import numpy as np

        state = self.llm.save_state()
        state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = state_file.with_name(f"{state_file.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            # Logits are not needed to resume (sampling happens after the suffix is decoded),
            # and with Qwen's 152k vocabulary they would be hundreds of MB: keep only the KV state.
            np.savez(
                fh,
                input_ids=np.asarray(state.input_ids[: state.n_tokens], dtype=np.intc),
                n_tokens=np.int64(state.n_tokens),
                seed=np.int64(state.seed),
                llama_state=np.frombuffer(state.llama_state, dtype=np.uint8),
            )
        os.replace(tmp, state_file)

    def _load_prefix(self, state_file: Path, tokens: list[int]) -> bool:
        import numpy as np
        from llama_cpp import LlamaState

        try:
            with np.load(state_file) as data:
                input_ids = data["input_ids"]
                n_tokens = int(data["n_tokens"])
                raw = data["llama_state"].tobytes()
                seed = int(data["seed"])
            if list(input_ids[:n_tokens]) != tokens:
                return False
            full_ids = np.zeros(self.llm.n_ctx(), dtype=np.intc)
            full_ids[:n_tokens] = input_ids[:n_tokens]
            state = LlamaState(
                input_ids=full_ids,
                scores=np.zeros((1, self.llm.n_vocab()), dtype=np.single),
                n_tokens=n_tokens,
                llama_state=raw,
                llama_state_size=len(raw),
                seed=seed,
            )
            self.llm.load_state(state)
            return True
        except (OSError, ValueError, KeyError, RuntimeError):
            # A stale or damaged cache file only costs a recomputation.
            state_file.unlink(missing_ok=True)
            self.llm.reset()
            return False

    # -- completion --------------------------------------------------------------------------------
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
        started = time.perf_counter()
        prompt = self.render(messages, tools)
        tokens = self._tokenize(prompt)
        if len(tokens) + max_tokens > self.llm.n_ctx():
            raise ModelContextError(
                f"the conversation is too long for the model ({len(tokens)} prompt tokens, "
                f"context {self.llm.n_ctx()}); start a new chat with /reset"
            )
        self._warm_prefix(messages, tools)
        if json_schema is not None:
            from llama_cpp.llama_grammar import json_schema_to_gbnf

            head = ""
            fixed = _fixed_call(json_schema)
            if fixed is not None:
                # One tool is allowed: its name goes into the prompt instead of being decoded
                # token by token (~12 tokens, over a second here); only the arguments are generated.
                name, arguments = fixed
                head = '{"name": ' + json.dumps(name) + ', "arguments": '
                gbnf = re.sub(
                    r"^root ::=",
                    "call-arguments ::=",
                    json_schema_to_gbnf(json.dumps(arguments)),
                    count=1,
                    flags=re.M,
                )
                gbnf += '\nroot ::= call-arguments "}"\n'
                tokens = tokens + self._tokenize(head)
            else:
                gbnf = json_schema_to_gbnf(json.dumps(json_schema))
            out, n_out = self._greedy_constrained(tokens, gbnf, max_tokens)
            return Completion(
                text=head + out,
                prompt_tokens=len(tokens),
                completion_tokens=n_out,
                seconds=time.perf_counter() - started,
                finish_reason="stop" if n_out < max_tokens else "length",
            )
        kwargs: dict[str, Any] = dict(
            prompt=tokens,
            max_tokens=max_tokens,
            temperature=temperature,
            top_k=1 if temperature == 0 else 40,
            stop=STOP_STRINGS,
        )
        text_parts: list[str] = []
        finish = "stop"
        completion_tokens = 0
        if on_token is not None:
            for chunk in self.llm.create_completion(stream=True, **kwargs):
                choice = chunk["choices"][0]
                piece = choice.get("text") or ""
                if piece:
                    text_parts.append(piece)
                    completion_tokens += 1
                    on_token(piece)
                finish = choice.get("finish_reason") or finish
        else:
            out = self.llm.create_completion(**kwargs)
            text_parts.append(out["choices"][0]["text"])
            finish = out["choices"][0].get("finish_reason") or "stop"
            completion_tokens = out.get("usage", {}).get("completion_tokens", 0)
        return Completion(
            text="".join(text_parts),
            prompt_tokens=len(tokens),
            completion_tokens=completion_tokens,
            seconds=time.perf_counter() - started,
            finish_reason=finish,
        )

    def _greedy_constrained(self, tokens: list[int], gbnf: str, max_tokens: int) -> tuple[str, int]:
        """Greedy decoding under a grammar, checking the grammar lazily.

        llama-cpp-python applies a grammar to every one of the 152k vocabulary entries at every step,
        which nearly doubled the cost of a token here (~190 ms instead of ~100 ms). Most of the time
        the model's own best token is already valid, so it is checked alone first, and the grammar
        is applied to the whole vocabulary only when it is not (as llama.cpp's own sampler does).
        """
        import ctypes

        import llama_cpp
        import numpy as np

        llm = self.llm
        vocab = llm._model.vocab
        smpl = llama_cpp.llama_sampler_init_grammar(vocab, gbnf.encode("utf-8"), b"root")
        if not smpl:
            raise ShopError("internal error: the tool-call grammar did not compile")
        n_vocab = llm.n_vocab()
        one = (llama_cpp.llama_token_data * 1)()
        full = (llama_cpp.llama_token_data * n_vocab)()
        view = np.frombuffer(full, dtype=np.dtype([("id", "<i4"), ("logit", "<f4"), ("p", "<f4")]))
        view["id"] = np.arange(n_vocab, dtype=np.int32)
        produced: list[int] = []
        try:
            common = 0
            for a, b in zip(llm._input_ids[: llm.n_tokens], tokens[:-1], strict=False):
                if a != b:
                    break
                common += 1
            llm.n_tokens = common
            llm.eval(tokens[common:])
            for _ in range(max_tokens):
                logits = np.ctypeslib.as_array(llm._ctx.get_logits_ith(-1), shape=(n_vocab,))
                token = int(np.argmax(logits))
                one[0].id, one[0].logit, one[0].p = token, float(logits[token]), 0.0
                single = llama_cpp.llama_token_data_array(data=one, size=1, selected=-1, sorted=False)
                llama_cpp.llama_sampler_apply(smpl, ctypes.byref(single))
                if not np.isfinite(one[0].logit):
                    view["logit"] = logits
                    view["p"] = 0.0
                    every = llama_cpp.llama_token_data_array(
                        data=full, size=n_vocab, selected=-1, sorted=False
                    )
                    llama_cpp.llama_sampler_apply(smpl, ctypes.byref(every))
                    allowed = view["logit"]
                    token = int(np.argmax(allowed))
                    if not np.isfinite(allowed[token]):
                        break  # nothing can follow: the grammar is complete
                if llama_cpp.llama_vocab_is_eog(vocab, token):
                    break
                llama_cpp.llama_sampler_accept(smpl, token)
                produced.append(token)
                llm.eval([token])
        finally:
            llama_cpp.llama_sampler_free(smpl)
        text = llm.detokenize(produced).decode("utf-8", errors="ignore")
        return text, len(produced)


@contextlib.contextmanager
def _weight_repacking(enabled: bool) -> Iterator[None]:
    """llama.cpp repacks quantized weights at load for faster matrix kernels (~1 s of load here)."""
    if enabled:
        yield
        return
    import llama_cpp
    import llama_cpp.llama as module

    original = llama_cpp.llama_model_default_params

    def params() -> Any:
        p = original()
        p.use_extra_bufts = False
        return p

    module.llama_cpp.llama_model_default_params = params  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module.llama_cpp.llama_model_default_params = original  # type: ignore[attr-defined]


def _fixed_call(schema: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(tool name, argument schema) when a forced-call schema admits exactly one tool."""
    props = schema.get("properties") or {}
    name = (props.get("name") or {}).get("const")
    arguments = props.get("arguments")
    if "anyOf" in schema or not isinstance(name, str) or not isinstance(arguments, dict):
        return None
    return name, arguments
