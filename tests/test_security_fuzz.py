"""Fuzzing with hypothesis: the parser, search filters, catalog rows and files, and the tool-call
parser never raise anything but the project's own one-line errors. Small counts here (100 per
target); `bench/fuzz_targets.py` runs at least 10,000 cases per target."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from security_fixtures import shared_template

from shopagent.testing.fuzz import (
    fuzz_filters,
    fuzz_import_file,
    fuzz_parse,
    fuzz_product_row,
    fuzz_search,
    fuzz_strategies,
    fuzz_toolcalls,
    hostile_vocabulary,
)
from shopagent.testing.harness import agent_toolset, copy_home

S = fuzz_strategies()
FAST = settings(
    max_examples=100,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
VOCAB = hostile_vocabulary()
TOOLS = agent_toolset()


@FAST
@given(S["text"])
def test_parse_query_never_crashes(text):
    fuzz_parse(text, VOCAB)


@FAST
@given(S["constraints"])
def test_filters_never_crash_and_values_stay_quoted(c):
    fuzz_filters(c)


CURRENCY_BUG = (
    "catalog/models.py ProductIn._money passes a non-text `currency` (1.0, true, [..], {..}) to "
    "money.normalize_currency, which calls .strip() on it: AttributeError instead of a row error"
)


@FAST
@given(S["row"])
def test_catalog_rows_are_accepted_or_reported(raw):
    fuzz_product_row(raw)


@pytest.mark.parametrize("currency", [1.0, 840, True, ["USD"], {"code": "USD"}])
def test_non_text_currency_is_a_row_error(currency):
    fuzz_product_row({"id": "a", "title": "b", "price": 1, "currency": currency})


def test_import_with_a_non_text_currency_reports_the_row(tmp_path, monkeypatch):
    """Through the CLI: one bad row is reported, the good one imported, exit 0 (no traceback)."""
    from security_fixtures import use_fake_embedder
    from typer.testing import CliRunner

    from shopagent.cli.main import app

    use_fake_embedder(monkeypatch)
    src = tmp_path / "c.jsonl"
    src.write_text(
        '{"id": "a", "title": "A", "price": 1}\n{"id": "b", "title": "B", "price": 1, "currency": 1}\n'
    )
    result = CliRunner().invoke(app, ["catalog", "import", str(src)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0 and "row 2" in result.stderr


@FAST
@given(S["jsonl_file"])
def test_jsonl_files_never_crash_the_importer(tmp_path_factory, data):
    fuzz_import_file(tmp_path_factory.mktemp("fz") / "f.jsonl", data, "jsonl")


@FAST
@given(S["csv_file"])
def test_csv_files_never_crash_the_importer(tmp_path_factory, data):
    fuzz_import_file(tmp_path_factory.mktemp("fz") / "f.csv", data, "csv")


@FAST
@given(S["toolcall_text"])
def test_tool_call_parser_never_crashes(text):
    fuzz_toolcalls(text, TOOLS)


@pytest.fixture(scope="module")
def search_deps(tmp_path_factory):
    from shopagent.deps import Deps
    from shopagent.paths import Paths
    from shopagent.testing import FakeEmbedder

    root = tmp_path_factory.mktemp("fuzz-search")
    home = copy_home(shared_template(tmp_path_factory), root / "home")
    deps = Deps(paths=Paths(home), embedder_override=FakeEmbedder())
    yield deps
    deps.close()


@settings(FAST, max_examples=40)
@given(text=S["text"], c=S["constraints"], sort=S["sort"])
def test_hybrid_search_never_crashes_and_filters_hold(search_deps, text, c, sort):
    fuzz_search(search_deps, text, c, sort)
