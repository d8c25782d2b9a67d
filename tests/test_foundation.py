import json
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from shopagent import money
from shopagent.cli.main import app
from shopagent.errors import CorruptState, InvalidInput
from shopagent.statedb import StateDB

runner = CliRunner()


def test_help_runs_as_a_subprocess():
    out = subprocess.run([sys.executable, "-m", "shopagent", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "paths" in out.stdout


def test_paths_json_points_under_shopagent_home(isolated_home):
    result = runner.invoke(app, ["paths", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["home"] == str(isolated_home.resolve())
    assert found["state_db"].startswith(str(isolated_home.resolve()))
    assert found["catalog_uri"] is None and not (isolated_home / "state.db").exists()  # nothing created


@pytest.mark.parametrize(
    ("value", "minor"), [("19.99", 1999), (19.99, 1999), ("$1,299", 129900), ("0.005", 1), ("0.004", 0)]
)
def test_to_minor_rounds_half_up(value, minor):
    assert money.to_minor(value) == minor


@pytest.mark.parametrize("value", ["abc", float("nan"), float("inf"), "-1", None, True, "1e12"])
def test_to_minor_rejects_bad_amounts(value):
    with pytest.raises(InvalidInput):
        money.to_minor(value)


def test_json_amount_and_zero_decimal_currency():
    assert money.json_amount(1999, "USD") == 19.99
    assert money.to_minor("1500", "JPY") == 1500
    assert money.format_money(129900, "USD") == "$1,299.00"


def test_state_db_migrates_and_marks_itself(tmp_path):
    db = StateDB(tmp_path / "state.db")
    names = [r[0] for r in db.query("SELECT name FROM schema_migrations")]
    assert "001_core.sql" in names
    assert db.query_one("PRAGMA application_id")[0] == 0x53484F50
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"


def test_state_db_refuses_a_foreign_sqlite_file_without_touching_it(tmp_path):
    path = tmp_path / "state.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(CorruptState, match="another program"):
        _ = StateDB(path).conn
    assert path.read_bytes() == before


def test_state_db_refuses_garbage(tmp_path):
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not a database at all" * 200)
    before = path.read_bytes()
    with pytest.raises(CorruptState, match="not a readable shopagent database|damaged"):
        _ = StateDB(path).conn
    assert path.read_bytes() == before


def test_tx_rolls_back_on_error(tmp_path):
    db = StateDB(tmp_path / "state.db")
    with pytest.raises(RuntimeError), db.tx() as conn:
        db.set_meta(conn, "k", "v")
        raise RuntimeError("boom")
    assert db.get_meta("k") is None
