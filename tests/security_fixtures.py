"""Security-suite helpers that belong to pytest: a hostile catalog home shared per test session,
the fake embedder patched in for CLI commands, and a file-tree snapshot.

The hostile catalog itself, the obeying model, the injection cases and the fuzz targets are in
shopagent.testing (bench/ uses them too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopagent.testing.harness import build_template


def shared_template(tmp_path_factory: Any) -> Path:
    """One imported hostile catalog per test session, shared by every security test module."""
    root = Path(tmp_path_factory.getbasetemp()) / "hostile-template"
    if not (root / "import_report.json").exists():
        import shutil

        shutil.rmtree(root, ignore_errors=True)
        build_template(root)
    return root / "home"


def use_fake_embedder(monkeypatch: Any) -> None:
    """CLI commands build their own Deps: point the default embedder at the test one."""
    import shopagent.catalog.embed as embed
    from shopagent.testing import FakeEmbedder

    monkeypatch.setattr(embed, "default_embedder", lambda paths=None: FakeEmbedder())


def tree_snapshot(root: Path) -> dict[str, tuple[int, float]]:
    """Every path under `root` with size and mtime (symlinks not followed)."""
    import os

    out: dict[str, tuple[int, float]] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            try:
                st = p.lstat()
            except OSError:
                continue
            out[str(p.relative_to(root))] = (st.st_size, st.st_mtime)
    return out
