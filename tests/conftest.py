"""Test isolation: every test gets its own SHOPAGENT_HOME; real models stay off unless asked for."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--real-model", action="store_true", help="run tests marked real_model")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--real-model") or os.environ.get("SHOPAGENT_REAL_MODEL_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="real-model test: pass --real-model to run")
    for item in items:
        if "real_model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "shopagent-home"
    monkeypatch.setenv("SHOPAGENT_HOME", str(home))
    monkeypatch.delenv("SHOPAGENT_MODEL", raising=False)
    monkeypatch.delenv("SHOPAGENT_DEBUG", raising=False)
    monkeypatch.delenv("SHOPAGENT_CATALOG_URI", raising=False)  # the catalog stays in the tmp home
    return home


@pytest.fixture(scope="session")
def real_model_path(tmp_path_factory) -> str:
    """$SHOPAGENT_MODEL when set, else the default GGUF, provisioned once per test session from the
    installed chunk packages (a 1.1 GB copy and hash: never once per module)."""
    from shopagent.agent.model import provision_default_model
    from shopagent.paths import Paths

    chosen = os.environ.get("SHOPAGENT_MODEL")
    if chosen:
        return chosen

    home = tmp_path_factory.mktemp("model-home")
    return str(provision_default_model(Paths(home)))


@pytest.fixture
def real_model_env(real_model_path, monkeypatch) -> str:
    """Point SHOPAGENT_MODEL at the provisioned default model for a real-model test."""
    monkeypatch.setenv("SHOPAGENT_MODEL", real_model_path)
    return real_model_path
