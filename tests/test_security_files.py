"""Files the user points at: missing, directories, unreadable, symlinks to devices, fifos, huge sparse
files. Each gets a clear one-line error (exit 1 or 2), nothing hangs, nothing exhausts memory, and
nothing is written outside SHOPAGENT_HOME.

Cases that could hang or allocate without bound run in a forked child with a time limit and a memory
limit (`isolated`), so a regression fails the test instead of freezing or swapping the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from security_fixtures import tree_snapshot
from typer.testing import CliRunner

from shopagent.cli.main import app

MEMORY_HEADROOM = 128 << 20


def isolated(fn, *args, timeout: float = 10.0) -> str:
    """Run fn(*args) in a forked child with a memory cap; returns "ok", "<ExcType>: message" or "hang"."""
    import select

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        code = 0
        try:
            soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
            with open("/proc/self/statm") as fh:
                data = int(fh.read().split()[5]) * resource.getpagesize()  # what RLIMIT_DATA counts
            resource.setrlimit(resource.RLIMIT_DATA, (data + MEMORY_HEADROOM, hard))
            try:
                fn(*args)
                message = "ok"
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                message = f"{type(exc).__name__}: {exc}"[:300]
            os.write(write_end, message.encode("utf-8", "replace"))
        except BaseException:  # noqa: BLE001
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)
        outcome = os.read(read_end, 4096).decode("utf-8", "replace") if ready else "hang"
    finally:
        os.close(read_end)
        if not outcome_done(pid):  # a reaped child must not be waited for twice (ChildProcessError)
            os.kill(pid, 9)
            os.waitpid(pid, 0)
    return outcome or "died"


def outcome_done(pid: int) -> bool:
    done, _ = os.waitpid(pid, os.WNOHANG)
    return done != 0


def expected_error(outcome: str) -> bool:
    return outcome.split(":")[0] in ("InvalidInput", "NotFound", "UsageError", "ShopError", "CorruptState")


@pytest.fixture
def files(tmp_path):
    """Odd paths next to (not inside) the data dir."""
    d = tmp_path / "inputs"
    d.mkdir()
    (d / "dir.jsonl").mkdir()
    (d / "zero.jsonl").symlink_to("/dev/zero")
    (d / "mem.jsonl").symlink_to("/proc/self/mem")
    (d / "dangling.jsonl").symlink_to(d / "nowhere.jsonl")
    (d / "loop.jsonl").symlink_to(d / "loop.jsonl")
    os.mkfifo(d / "fifo.jsonl")
    with open(d / "huge.jsonl", "wb") as fh:
        fh.truncate(10 << 30)  # 10 GB, sparse: one endless line of NUL bytes
    with open(d / "huge.gguf", "wb") as fh:
        fh.write(b"GGUF")
        fh.truncate(10 << 30)
    (d / "text.gguf").write_text("not a model\n" * 200_000)
    (d / "locked.jsonl").write_text('{"id": "a", "title": "A", "price": 1}\n')
    (d / "locked.jsonl").chmod(0)
    return d


def one_line_error(result, codes=(1, 2)) -> str:
    assert result.exit_code in codes, (result.exit_code, result.output, result.exception)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("shopagent: "), result.stderr
    return lines[0]


def _cli(args):
    return CliRunner().invoke(app, args)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("missing.jsonl", "no such file"),
        ("dir.jsonl", "directory"),
        ("dangling.jsonl", "no such file"),
        ("loop.jsonl", ""),
        ("mem.jsonl", "cannot read"),
    ],
)
def test_catalog_import_odd_paths_fail_in_one_line(files, isolated_home, name, needle):
    before = tree_snapshot(files.parent)
    line = one_line_error(_cli(["catalog", "import", str(files / name)]))
    assert needle in line
    after = tree_snapshot(files.parent)
    outside = {k for k in after.keys() ^ before.keys() if not k.startswith(isolated_home.name)}
    assert not outside, outside


def test_unreadable_import_file(files):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading")
    line = one_line_error(_cli(["catalog", "import", str(files / "locked.jsonl")]))
    assert "cannot read" in line


def _import(path: Path) -> None:
    from shopagent.catalog.importer import read_products

    for _ in read_products(path):
        pass


FIFO_HANG = (
    "catalog/importer.check_readable opens the path to read one byte; a fifo with no writer blocks "
    "open() forever. Refuse anything that is not a regular file (stat.S_ISREG) before opening."
)
ENDLESS_LINE = (
    "catalog/importer._read_jsonl/_lines iterate `for line in fh` with no length limit: /dev/zero or a "
    "huge file without newlines is read into one line until memory runs out (MemoryError/OOM). Refuse "
    "non-regular files and read with fh.readline(MAX_LINE_BYTES) reporting an over-long line as a row error."
)


def test_import_from_a_fifo_does_not_hang(files):
    outcome = isolated(_import, files / "fifo.jsonl", timeout=1)
    assert expected_error(outcome), outcome


@pytest.mark.parametrize("name", ["zero.jsonl", "huge.jsonl"])
def test_import_of_an_endless_line_is_refused_quickly(files, name):
    outcome = isolated(_import, files / name, timeout=8)
    assert expected_error(outcome), outcome


def test_the_memory_guard_itself_works(files):
    """The harness must be able to fail: an unbounded read in the child ends as MemoryError or hang."""

    def endless() -> None:
        with open(files / "zero.jsonl", "rb") as fh:
            fh.readline()

    assert isolated(endless, timeout=8).split(":")[0] == "MemoryError"


# -- --model paths -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("missing.gguf", "does not exist"),
        ("dir.jsonl", "directory"),
        ("zero.jsonl", "not a regular file"),
        ("mem.jsonl", "cannot be read"),
        ("huge.jsonl", "not a GGUF"),
        ("text.gguf", "not a GGUF"),
        ("dangling.jsonl", "does not exist"),
    ],
)
def test_model_odd_paths_fail_in_one_line(files, isolated_home, name, needle, monkeypatch):
    before = tree_snapshot(files.parent)
    line = one_line_error(_cli(["ask", "show my cart", "--deep", "--model", str(files / name)]))
    assert needle in line, line
    # The same through the environment variable.
    monkeypatch.setenv("SHOPAGENT_MODEL", str(files / name))
    assert needle in one_line_error(_cli(["ask", "show my cart", "--deep"]))
    after = tree_snapshot(files.parent)
    outside = {k for k in after.keys() ^ before.keys() if not k.startswith(isolated_home.name)}
    assert not outside, outside


def _resolve(path: Path) -> None:
    from shopagent.agent.model import resolve_model
    from shopagent.paths import Paths

    resolve_model(Paths(Path(os.environ["SHOPAGENT_HOME"])), str(path))


def test_model_fifo_does_not_hang(files):
    outcome = isolated(_resolve, files / "fifo.jsonl", timeout=1)
    assert expected_error(outcome), outcome


def test_huge_sparse_gguf_fails_fast_in_a_real_process(files, isolated_home):
    """10 GB of zeros behind a GGUF header: llama.cpp must refuse it quickly, with no crash and no OOM."""
    pytest.importorskip("llama_cpp")
    # The AMX guard is about CPU kernels, not files; it must not mask the file check here.
    env = {**os.environ, "SHOPAGENT_HOME": str(isolated_home), "SHOPAGENT_ALLOW_AMX": "1"}
    cap = 3 << 30

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "shopagent",
            "ask",
            "show my cart",
            "--deep",
            "--model",
            str(files / "huge.gguf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        preexec_fn=limit,
    )
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-500:])
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "huge.gguf" in proc.stderr
