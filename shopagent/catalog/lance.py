"""Importing lancedb without paying for its REST namespace client.

`import lancedb` pulls in `lance_namespace_urllib3_client`, a generated OpenAPI client whose package
`__init__` builds hundreds of pydantic models for the remote (REST) namespace API. A local table
never uses that API, yet it is about half of lancedb's import time, which every cold command pays.
Here the package is registered without running its `__init__`; its submodules (the request/response
models lancedb imports by name) still load normally, and the first access to a top-level name runs
the real `__init__`, so remote use keeps working.

On Python 3.11 lancedb also marks ~100 methods with `overrides.override`, which disassembles each
class body's bytecode at import to check base classes (about 0.3 s). On 3.12+ lancedb uses the
no-op `typing.override` instead; while lancedb imports, the same no-op marker stands in.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

_REST_CLIENT = "lance_namespace_urllib3_client"


def _defer_rest_client() -> None:
    if _REST_CLIENT in sys.modules:
        return
    spec = importlib.util.find_spec(_REST_CLIENT)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    module = importlib.util.module_from_spec(spec)
    loader = spec.loader

    def __getattr__(name: str) -> object:
        del module.__getattr__
        loader.exec_module(module)
        return getattr(module, name)

    module.__getattr__ = __getattr__  # type: ignore[attr-defined]
    sys.modules[_REST_CLIENT] = module


def _marker(method: Any = None, **_: Any) -> Any:
    """`typing.override` semantics: mark the method, check nothing."""
    if method is None:
        return _marker
    with contextlib.suppress(AttributeError, TypeError):
        method.__override__ = True
    return method


@contextlib.contextmanager
def _plain_override_marker() -> Iterator[None]:
    if sys.version_info >= (3, 12):
        yield
        return
    try:
        import overrides
    except ImportError:
        yield
        return
    original: Callable[..., Any] = overrides.override
    overrides.override = _marker
    try:
        yield
    finally:
        overrides.override = original


def import_lancedb() -> ModuleType:
    """The lancedb module, imported with its REST client deferred."""
    if "lancedb" not in sys.modules:
        _defer_rest_client()
        with _plain_override_marker():
            import lancedb
    import lancedb

    return lancedb
