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
import __future__

import ast
import contextlib
import importlib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

_REST_CLIENT = "lance_namespace_urllib3_client"
_MODELS = f"{_REST_CLIENT}.models"
_NAMESPACE = "lance_namespace"


def _defer_package(name: str) -> None:
    """Register package `name` without running its `__init__`; the first top-level name looked up on
    it runs the real one. Its submodules import normally."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    module = importlib.util.module_from_spec(spec)
    loader = spec.loader

    def __getattr__(attr: str) -> object:
        if attr.startswith("__"):
            raise AttributeError(attr)
        del module.__getattr__
        loader.exec_module(module)
        return getattr(module, attr)

    module.__getattr__ = __getattr__  # type: ignore[attr-defined]
    sys.modules[name] = module


def _defer_rest_client() -> None:
    _defer_package(_REST_CLIENT)
    _defer_package(_MODELS)


def _model_class(name: str) -> object:
    """One request/response model of the REST client, from its own submodule when it has one."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    try:
        return getattr(importlib.import_module(f"{_MODELS}.{snake}"), name)
    except (ImportError, AttributeError):
        return getattr(importlib.import_module(_MODELS), name)  # the whole package, as before


def _uses_outside_annotations(body: list[ast.stmt], names: set[str]) -> bool:
    """Whether code (not a type annotation) in `body` reads any of `names`."""
    in_annotations: set[int] = set()
    for node in (n for stmt in body for n in ast.walk(stmt)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None and arg.annotation is not None:
                    in_annotations |= {id(n) for n in ast.walk(arg.annotation)}
            if node.returns is not None:
                in_annotations |= {id(n) for n in ast.walk(node.returns)}
        elif isinstance(node, ast.AnnAssign):
            in_annotations |= {id(n) for n in ast.walk(node.annotation)}
    return any(
        isinstance(node, ast.Name) and node.id in names and id(node) not in in_annotations
        for stmt in body
        for node in ast.walk(stmt)
    )


def _light_namespace() -> None:
    """Load `lance_namespace` without its import of every REST model (~140 pydantic classes, a third
    of lancedb's import time): the module's own code runs unchanged, with annotations left unevaluated,
    and each model name it re-exports is resolved from its own submodule on first use. When the file
    does not have the expected shape, or its own code reads one of those names, nothing is done and
    the normal import happens."""
    if _NAMESPACE in sys.modules:
        return
    spec = importlib.util.find_spec(_NAMESPACE)
    if spec is None or spec.origin is None or spec.submodule_search_locations is None:
        return
    try:
        tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return
    removed: set[str] = set()
    aliases: dict[str, str] = {}
    body: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == _MODELS:
            removed |= {alias.asname or alias.name for alias in node.names}
            continue
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Name)
            and node.value.id in removed
            and all(isinstance(t, ast.Name) for t in node.targets)
        ):
            aliases.update({t.id: node.value.id for t in node.targets if isinstance(t, ast.Name)})
            continue
        body.append(node)
    if not removed or _uses_outside_annotations(body, removed):
        return  # a name the module's own code needs at run time: import it normally
    tree.body = body
    code = compile(tree, spec.origin, "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True)
    module = importlib.util.module_from_spec(spec)

    def __getattr__(name: str) -> object:
        real = aliases.get(name, name)
        if real not in removed:
            raise AttributeError(f"module {_NAMESPACE!r} has no attribute {name!r}")
        value = _model_class(real)
        setattr(module, name, value)
        return value

    module.__getattr__ = __getattr__  # type: ignore[attr-defined]
    sys.modules[_NAMESPACE] = module
    try:
        exec(code, module.__dict__)  # noqa: S102 - the installed package's own code
    except Exception:  # noqa: BLE001 - any surprise: fall back to the normal import
        sys.modules.pop(_NAMESPACE, None)


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
        _light_namespace()
        with _plain_override_marker():
            import lancedb
    import lancedb

    return lancedb
