import hashlib
import json
import sys

import pytest
from typer.testing import CliRunner

from shopagent.agent import provision
from shopagent.agent.model import ModelSpec, check_gguf, provision_default_model, resolve_model
from shopagent.cli.main import app
from shopagent.errors import InvalidInput, NotFound, ShopError
from shopagent.paths import Paths

PAYLOAD = b"GGUF" + bytes(range(256)) * 5000  # ~1.3 MB, starts with the GGUF magic


@pytest.fixture
def fake_spec(tmp_path, monkeypatch):
    """A three-part model shipped as three importable packages, like the registry chunk packages."""
    site = tmp_path / "site"
    chunks = [PAYLOAD[:400_000], PAYLOAD[400_000:900_000], PAYLOAD[900_000:]]
    for n, chunk in enumerate(chunks, start=1):
        pkg = site / f"fakemodel_part{n}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("")
        (pkg / "data" / f"part{n:02d}.bin").write_bytes(chunk)
    monkeypatch.syspath_prepend(str(site))
    for n in range(1, 4):
        sys.modules.pop(f"fakemodel_part{n}", None)
    return ModelSpec(
        name="fake",
        filename="fake.gguf",
        size=len(PAYLOAD),
        sha256=hashlib.sha256(PAYLOAD).hexdigest(),
        parts=3,
        package="fakemodel_part{n}",
        part_file="data/part{n:02d}.bin",
        license="test",
        description="fake",
    ), site


def test_provisioning_assembles_verifies_and_reuses(tmp_path, fake_spec, monkeypatch):
    spec, _ = fake_spec
    paths = Paths(tmp_path / "home")
    path = provision_default_model(paths, spec=spec)
    assert path.read_bytes() == PAYLOAD
    marker = json.loads((path.parent / "fake.gguf.verified").read_text())
    assert marker["sha256"] == spec.sha256
    # The second call trusts the marker and does not hash 1 GB again.
    monkeypatch.setattr(provision, "sha256_file", lambda *a, **k: pytest.fail("re-hashed"))
    assert provision_default_model(paths, spec=spec) == path


def test_truncated_model_is_rebuilt(tmp_path, fake_spec):
    spec, _ = fake_spec
    paths = Paths(tmp_path / "home")
    path = provision_default_model(paths, spec=spec)
    path.write_bytes(PAYLOAD[:1000])  # truncated (and the marker no longer matches)
    assert provision_default_model(paths, spec=spec).read_bytes() == PAYLOAD


def test_wrong_hash_is_refused_and_leaves_no_file(tmp_path, fake_spec):
    spec, site = fake_spec
    (site / "fakemodel_part2" / "data" / "part02.bin").write_bytes(b"x" * 500_000)  # same size, other bytes
    paths = Paths(tmp_path / "home")
    with pytest.raises(ShopError, match="corrupt"):
        provision_default_model(paths, spec=spec)
    assert not (paths.models_dir / "fake.gguf").exists()
    assert not list(paths.models_dir.glob("*.partial-*"))


def test_missing_part_names_the_part(tmp_path, fake_spec):
    spec, site = fake_spec
    (site / "fakemodel_part3" / "data" / "part03.bin").unlink()
    with pytest.raises(NotFound, match="part03.bin is missing"):
        provision_default_model(Paths(tmp_path / "home"), spec=spec)


@pytest.mark.parametrize(
    ("make", "error", "needle"),
    [
        (lambda p: None, NotFound, "does not exist"),
        (lambda p: p.mkdir(), InvalidInput, "is a directory"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + b"0" * 2_000_000), InvalidInput, "not a GGUF"),
        (lambda p: p.write_bytes(b"GGUF" + b"0" * 100), InvalidInput, "too small"),
    ],
)
def test_check_gguf_gives_one_clear_error(tmp_path, make, error, needle):
    target = tmp_path / "model.gguf"
    make(target)
    with pytest.raises(error, match=needle):
        check_gguf(target)


def test_model_override_from_env_is_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPAGENT_MODEL", str(tmp_path / "nope.gguf"))
    with pytest.raises(NotFound, match="does not exist"):
        resolve_model(Paths(tmp_path))


def test_models_command_lists_the_default(isolated_home):
    result = CliRunner().invoke(app, ["models", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["name"] == "qwen2.5-coder-1.5b-instruct-q4_k_m"
    assert rows[0]["default"] is True
    assert rows[0]["provisioned"] is False
    assert rows[0]["path"].startswith(str(isolated_home))
