"""Where the bundled sample catalog lives."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from shopagent.errors import NotFound

PACKAGED_NAME = "sample_catalog.jsonl.gz"


def sample_catalog_path() -> Path:
    """The sample catalog (JSONL, gzip): the packaged copy, else the one in a source checkout."""
    packaged = resources.files("shopagent") / "data" / PACKAGED_NAME
    # A wheel holds a real file; an editable install resolves to the repo through the symlink.
    if packaged.is_file():
        return Path(str(packaged))
    repo_copy = Path(__file__).resolve().parents[2] / "sample_catalog" / "products.jsonl.gz"
    if repo_copy.is_file():
        return repo_copy
    raise NotFound(
        f"sample catalog not found: neither shopagent/data/{PACKAGED_NAME} nor {repo_copy} exists; "
        "regenerate it with: python sample_catalog/generate.py"
    )
