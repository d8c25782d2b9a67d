"""The local chat model: `load_chat_model` for this process, and the names callers use.

The pieces live beside it: the ChatModel protocol and Completion (chat.py), provisioning of the
default GGUF and choosing the model file (provision.py), and the llama-cpp-python runtime
(llama_runtime.py). Nothing here imports llama_cpp until a model is loaded.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from shopagent.agent.chat import ChatModel, Completion, ModelContextError
from shopagent.agent.llama_runtime import STOP_STRINGS, LlamaChatModel
from shopagent.agent.provision import (
    DEFAULT_MODEL,
    GGUF_MAGIC,
    INSTALL_HINT,
    ModelSpec,
    ProgressFactory,
    check_gguf,
    default_model_path,
    known_models,
    provision_default_model,
    resolve_model,
    sha256_file,
)

if TYPE_CHECKING:
    from shopagent.deps import Deps

__all__ = [
    "DEFAULT_MODEL",
    "GGUF_MAGIC",
    "INSTALL_HINT",
    "STOP_STRINGS",
    "ChatModel",
    "Completion",
    "LlamaChatModel",
    "ModelContextError",
    "ModelSpec",
    "ProgressFactory",
    "check_gguf",
    "default_model_path",
    "known_models",
    "load_chat_model",
    "provision_default_model",
    "resolve_model",
    "sha256_file",
]


def load_chat_model(
    deps: Deps,
    path: str | os.PathLike[str] | None = None,
    *,
    one_shot: bool = False,
    progress: ProgressFactory | None = None,
) -> ChatModel:
    """The chat model for this process: --model/$SHOPAGENT_MODEL or the default (provisioned on first
    use, drawing `progress`). `one_shot`: one turn will be asked, so load fast rather than run fast
    (see LlamaChatModel)."""
    model_path, identity = resolve_model(deps.paths, path, progress=progress)
    return LlamaChatModel(model_path, identity, state_dir=deps.paths.prompt_cache_dir, repack=not one_shot)
