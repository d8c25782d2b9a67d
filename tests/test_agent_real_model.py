"""End to end with the real default model (opt in: pytest --real-model). Slow: a few model turns."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from agent_fixtures import agent_catalog_home
from search_fixtures import BY_ID
from typer.testing import CliRunner

from shopagent.cli.context import load_default_model
from shopagent.cli.main import app
from shopagent.deps import Deps
from shopagent.paths import Paths
from shopagent.testing import FakeEmbedder

pytestmark = pytest.mark.real_model
runner = CliRunner()
KNOWN_IDS = set(BY_ID) | {"evil-2"}


@pytest.fixture(scope="module")
def model_path(real_model_path):
    return real_model_path


@pytest.fixture(scope="module")
def catalog_home(tmp_path_factory):
    return agent_catalog_home(tmp_path_factory)


@pytest.fixture
def home(catalog_home, tmp_path):
    """The Deps the commands run with (through the Typer context): a copy of the agent catalog, the
    fake embedder it was imported with, and the CLI's real model loader."""
    own = tmp_path / "own"
    shutil.copytree(catalog_home, own)
    deps = Deps(paths=Paths(home=own), embedder_override=FakeEmbedder(), model_loader=load_default_model)
    yield deps
    deps.close()


def test_deep_ask_json_returns_grounded_results(home, model_path):
    result = runner.invoke(
        app,
        obj=home,
        args=["ask", "waterproof hiking boots under 200", "--json", "--deep", "--model", model_path],
    )
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["route"] == "deep" and doc["stop_reason"] in ("answered", "max_steps")
    assert any(c["name"] == "search_products" and c["ok"] for c in doc["tool_calls"])
    assert doc["results"] and all(r["product_id"] in KNOWN_IDS for r in doc["results"])
    named = set(re.findall(r"\b(?:boot|run|buds|sock|kettle|dup|evil)-\d+\b", doc["answer"]))
    assert named <= {r["product_id"] for r in doc["results"]}


def test_two_turn_chat_with_the_real_model(home, model_path):
    result = runner.invoke(
        app,
        obj=home,
        args=["chat", "--model", model_path],
        input="waterproof hiking boots under 200\nwhat do reviewers say about the first one?\n",
    )
    assert result.exit_code == 0, result.stderr
    assert "Found" in result.stdout  # turn 1: the fast path
    named = set(re.findall(r"\b(?:boot|run|buds|sock|kettle|dup|evil)-\d+\b", result.stdout))
    assert named and named <= KNOWN_IDS
