"""catalog/lance.py trims lancedb's import (0.4 s instead of 1.2 s measured here with lancedb 0.40 on
Python 3.11). It relies on the shape of lancedb's dependencies; when an upgrade changes that shape
the trim quietly falls back to the full import, so these checks fail loudly instead."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

NAMESPACE = "lance_namespace"
MODELS = "lance_namespace_urllib3_client.models"


def test_lance_namespace_still_has_the_shape_the_trim_expects():
    spec = importlib.util.find_spec(NAMESPACE)
    assert spec is not None and spec.origin, f"{NAMESPACE} is gone: rework shopagent/catalog/lance.py"
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    model_imports = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == MODELS]
    assert model_imports, (
        f"{NAMESPACE}/__init__.py no longer imports its REST models from {MODELS}: "
        "re-measure `import lancedb` and rework or delete shopagent/catalog/lance.py"
    )
    assert sum(len(n.names) for n in model_imports) > 50  # the point of the trim: many models deferred


def test_the_trimmed_import_is_taken_and_leaves_overrides_untouched():
    code = (
        "import sys, overrides; before = overrides.override;"
        "from shopagent.catalog.lance import import_lancedb; import_lancedb();"
        f"ns = sys.modules[{NAMESPACE!r}];"
        "print('__getattr__' in vars(ns), overrides.override is before)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"], (
        "the trimmed lance_namespace import fell back to the full one: " + out.stderr[-500:]
    )
