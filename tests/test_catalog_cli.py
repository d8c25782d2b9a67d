"""`shopagent catalog ...` through the CLI: exit codes, stdout data only, bad rows on stderr."""

from __future__ import annotations

import json

import pytest
from catalog_fixtures import SMALL_CATALOG, product, write_jsonl
from typer.testing import CliRunner

import shopagent.catalog.embed as embed_module
from shopagent.cli.main import app
from shopagent.testing import FakeEmbedder


@pytest.fixture(autouse=True)
def fake_embedder(monkeypatch):
    embedder = FakeEmbedder()
    monkeypatch.setattr(embed_module, "default_embedder", lambda paths=None: embedder)
    return embedder


@pytest.fixture
def runner():
    return CliRunner()


def test_import_reports_bad_rows_on_stderr_and_json_on_stdout(runner, tmp_path):
    rows = [product("a", "Alpha", 1), product("b", "Beta", "abc"), {"title": "no id", "price": 1}]
    result = runner.invoke(app, ["catalog", "import", str(write_jsonl(tmp_path / "c.jsonl", rows)), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["imported"], report["skipped"]) == (1, 2)
    assert [e["row"] for e in report["errors"]] == [2, 3]
    assert "row 2: price 'abc' is not a number" in result.stderr
    assert "row 3: id is required" in result.stderr
    assert "skipped 2 bad rows" in result.stderr


def test_strict_import_exits_1_and_keeps_the_catalog(runner, tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", SMALL_CATALOG)
    assert runner.invoke(app, ["catalog", "import", str(good)]).exit_code == 0
    bad = write_jsonl(tmp_path / "bad.jsonl", [product("x", "X", -1)])
    result = runner.invoke(app, ["catalog", "import", str(bad), "--strict", "--replace"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "row 1: price -1 is negative" in result.stderr
    stats = runner.invoke(app, ["catalog", "stats", "--json"])
    assert stats.exit_code == 0 and json.loads(stats.stdout)["products"] == 3


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["catalog", "import", "{tmp}/missing.jsonl"], 1, "no such file"),
        (["catalog", "import", "{tmp}"], 1, "is a directory"),
        (["catalog", "import", "{tmp}/c.jsonl", "--format", "xml"], 2, "unknown format 'xml'"),
        (["catalog", "import", "{tmp}/c.jsonl", "--map", "colour=col"], 2, "unknown field 'colour'"),
        (["catalog", "import", "{tmp}/c.jsonl", "--map", "nonsense"], 2, "expected FIELD=COLUMN"),
        (["catalog", "import"], 2, "Missing argument"),
    ],
)
def test_unusable_input_exit_codes(runner, tmp_path, args, code, message):
    write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG)
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == code
    assert message in result.stderr and result.stdout == ""


def test_update_prices_and_stats(runner, tmp_path):
    runner.invoke(app, ["catalog", "import", str(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG))])
    feed = tmp_path / "feed.csv"
    feed.write_text("sku,price,stock\nkettle-1,30,1\nnope,1,1\n")
    result = runner.invoke(app, ["catalog", "update-prices", str(feed), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["updated"] == 1
    assert "row 3: unknown sku 'nope'" in result.stderr
    strict = runner.invoke(app, ["catalog", "update-prices", str(feed), "--strict"])
    assert strict.exit_code == 1 and "unknown sku 'nope'" in strict.stderr
    human = runner.invoke(app, ["catalog", "stats"])
    assert human.exit_code == 0 and "products" in human.stdout and "3" in human.stdout
