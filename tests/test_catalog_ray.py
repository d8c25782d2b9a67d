"""`catalog import --workers N`: embedding on real Ray workers writes the same snapshot."""

from __future__ import annotations

import catalog_fixtures
import numpy as np
import pytest
import ray
import ray.cloudpickle
from catalog_fixtures import SMALL_CATALOG, make_deps, product, write_jsonl

from shopagent.catalog.store import CatalogStore
from shopagent.errors import UsageError
from shopagent.testing import FakeEmbedder


@pytest.fixture
def fake_embedder_travels():
    # The test embedder lives in a test module the workers cannot import: send it by value.
    ray.cloudpickle.register_pickle_by_value(catalog_fixtures)
    yield
    ray.cloudpickle.unregister_pickle_by_value(catalog_fixtures)
    if ray.is_initialized():
        ray.shutdown()


def _snapshot(store):
    table = store.table().to_arrow().sort_by("product_id")
    return table.drop_columns(["vector"]).to_pylist(), np.stack(
        table["vector"].to_numpy(zero_copy_only=False)
    )


def test_ray_workers_embed_the_same_snapshot_as_one_process(tmp_path, fake_embedder_travels):
    rows = SMALL_CATALOG + [
        product(f"gen-{i}", f"Generated product {i} {'red' if i % 2 else 'blue'} widget", 5 + i, stock=i % 4)
        for i in range(300)
    ]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    single = CatalogStore(make_deps(tmp_path / "single"))
    single.import_file(path, progress=False)

    driver_copy = FakeEmbedder()
    distributed = CatalogStore(make_deps(tmp_path / "distributed", driver_copy))
    report = distributed.import_file(path, progress=False, workers=2)

    assert (report.imported, report.embedded) == (303, 303)
    assert driver_copy.passages_embedded == 0  # every vector came from the Ray workers
    assert not ray.is_initialized()  # the local Ray instance started for the import is stopped
    single_rows, single_vectors = _snapshot(single)
    ray_rows, ray_vectors = _snapshot(distributed)
    assert ray_rows == single_rows
    assert np.array_equal(ray_vectors, single_vectors)
    assert distributed.get_product("gen-7") == single.get_product("gen-7")


@pytest.mark.parametrize(
    ("workers", "address", "message"),
    [(0, None, "--workers 0: give 1 or more"), (None, "ray://head:10001", "--ray-address needs --workers")],
)
def test_worker_flags_are_checked_before_any_work(isolated_home, tmp_path, workers, address, message):
    store = CatalogStore(make_deps(isolated_home))
    with pytest.raises(UsageError, match=message):
        store.import_file(
            write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), workers=workers, ray_address=address
        )
    assert store.version is None


def test_cli_rejects_zero_workers_as_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from shopagent.cli.main import app

    path = write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG)
    result = CliRunner().invoke(app, ["catalog", "import", str(path), "--workers", "0"])
    assert result.exit_code == 2 and "--workers 0: give 1 or more" in result.stderr
