"""Where catalog versions live: `$SHOPAGENT_HOME/catalog/` or S3-compatible object storage.

`SHOPAGENT_CATALOG_URI=s3://bucket/prefix` (or `shopagent config set catalog_uri s3://...`) puts each
version's files under `s3://bucket/prefix/<version>/`: the LanceDB table (`lance/`, searched in place)
and the Parquet snapshots, facets, terms and manifest. The state file stays local: the inventory and
the version pointer (`meta.catalog_version`) never leave `state.db`, so the flip is still one local
SQLite transaction. DuckDB reads the Parquet snapshots from a local copy of the current version
(`cache/catalog/<version>/`, fetched once: versions never change after they are written).

Credentials and endpoint come from the standard AWS variables: `AWS_ACCESS_KEY_ID`,
`AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION`/`AWS_DEFAULT_REGION`, and
`AWS_ENDPOINT_URL_S3`/`AWS_ENDPOINT_URL` for an S3-compatible server (MinIO, Ceph, a local test server).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from shopagent.errors import CorruptState, InvalidInput, UsageError

ENV_URI = "SHOPAGENT_CATALOG_URI"
CONFIG_KEY = "catalog_uri"
# Files of a version besides the LanceDB table; the manifest is uploaded last, so a version with a
# manifest is complete.
SMALL_FILES = ("products.parquet", "variants.parquet", "reviews.parquet", "facets.json", "terms.txt")
MANIFEST = "manifest.json"
ORPHAN_AGE_SECONDS = 6 * 3600  # a version prefix without a manifest younger than this may be an import


def parse_catalog_uri(uri: str) -> tuple[str, str]:
    """`s3://bucket/prefix` -> ("bucket", "prefix"); anything else is a usage error naming the form."""
    parsed = urlparse(uri.strip())
    if parsed.scheme != "s3" or not parsed.netloc:
        raise UsageError(
            f"catalog URI {uri!r} is not supported; use s3://bucket/prefix (or unset it for a local catalog)"
        )
    return parsed.netloc, parsed.path.strip("/")


@dataclass
class S3Settings:
    """Connection settings from the standard AWS environment variables."""

    endpoint: str | None = None
    region: str = "us-east-1"
    access_key: str | None = None
    secret_key: str | None = None
    session_token: str | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> S3Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            endpoint=env.get("AWS_ENDPOINT_URL_S3") or env.get("AWS_ENDPOINT_URL") or None,
            region=env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "us-east-1",
            access_key=env.get("AWS_ACCESS_KEY_ID") or None,
            secret_key=env.get("AWS_SECRET_ACCESS_KEY") or None,
            session_token=env.get("AWS_SESSION_TOKEN") or None,
        )

    def filesystem(self) -> Any:
        from pyarrow import fs

        kwargs: dict[str, Any] = {"region": self.region}
        if self.access_key and self.secret_key:
            kwargs |= {"access_key": self.access_key, "secret_key": self.secret_key}
            if self.session_token:
                kwargs["session_token"] = self.session_token
        if self.endpoint:
            endpoint = urlparse(self.endpoint)
            kwargs["endpoint_override"] = endpoint.netloc or endpoint.path
            kwargs["scheme"] = endpoint.scheme or "https"
        return fs.S3FileSystem(**kwargs)

    def storage_options(self) -> dict[str, str]:
        """The same settings in the form LanceDB's object store takes."""
        options = {"aws_region": self.region}
        if self.access_key and self.secret_key:
            options |= {"aws_access_key_id": self.access_key, "aws_secret_access_key": self.secret_key}
            if self.session_token:
                options["aws_session_token"] = self.session_token
        if self.endpoint:
            options["aws_endpoint"] = self.endpoint
            if self.endpoint.startswith("http://"):
                options["allow_http"] = "true"
        return options


@dataclass
class CatalogLocation:
    """Versions on the local disk (`remote` False) or under an s3:// prefix (`remote` True)."""

    local_root: Path  # $SHOPAGENT_HOME/catalog: versions on disk, or the lock and nothing else
    mirror_root: Path  # where remote versions are copied for DuckDB
    uri: str | None = None
    settings: S3Settings | None = None
    _fs: Any = field(default=None, repr=False)

    @property
    def remote(self) -> bool:
        return self.uri is not None

    @property
    def name(self) -> str:
        """What the catalog location is called in messages and `meta.catalog_location`."""
        return self.uri.rstrip("/") if self.uri else "local"

    @property
    def fs(self) -> Any:
        if self._fs is None:
            assert self.settings is not None
            self._fs = self.settings.filesystem()
        return self._fs

    @property
    def _base(self) -> str:
        bucket, prefix = parse_catalog_uri(self.uri or "")
        return f"{bucket}/{prefix}" if prefix else bucket

    def remote_path(self, version: str, name: str = "") -> str:
        return "/".join(p for p in (self._base, version, name) if p)

    def version_uri(self, version: str) -> str:
        """The version's address as a user would type it."""
        return f"s3://{self.remote_path(version)}" if self.remote else str(self.local_root / version)

    def lance_uri(self, version: str) -> str:
        return (
            f"s3://{self.remote_path(version, 'lance')}"
            if self.remote
            else str(self.local_root / version / "lance")
        )

    def storage_options(self) -> dict[str, str] | None:
        return self.settings.storage_options() if self.remote and self.settings else None

    # -- remote versions ------------------------------------------------------------------
    def check_bucket(self) -> None:
        """A one-line error for a bucket that does not exist or cannot be reached."""
        from pyarrow import fs

        bucket = self._base.split("/")[0]
        try:
            info = self.fs.get_file_info(bucket)
        except OSError as exc:
            raise InvalidInput(f"cannot reach the catalog bucket {bucket!r} ({_short(exc)})") from None
        if info.type != fs.FileType.Directory:
            raise InvalidInput(
                f"the catalog bucket {bucket!r} does not exist at "
                f"{(self.settings.endpoint if self.settings else None) or 'AWS S3'}; create it first"
            )

    def publish(self, build_dir: Path, version: str) -> Path:
        """Upload a built version's files (the table is already there), manifest last; the local build
        becomes the version's mirror."""
        from pyarrow import fs

        for name in (*SMALL_FILES, MANIFEST):
            source = build_dir / name
            if source.exists():
                fs.copy_files(str(source), self.remote_path(version, name), destination_filesystem=self.fs)
        mirror = self.mirror_root / version
        shutil.rmtree(mirror, ignore_errors=True)
        mirror.parent.mkdir(parents=True, exist_ok=True)
        os.replace(build_dir, mirror)
        return mirror

    def missing(self, version: str) -> list[str]:
        from pyarrow import fs

        names = [MANIFEST, "products.parquet", "lance"]
        try:
            infos = self.fs.get_file_info([self.remote_path(version, n) for n in names])
        except OSError as exc:
            raise CorruptState(
                f"cannot read catalog version {self.version_uri(version)} ({_short(exc)})"
            ) from None
        return [n for n, info in zip(names, infos, strict=True) if info.type == fs.FileType.NotFound]

    def mirror(self, version: str) -> Path:
        """A local copy of a remote version's small files, fetched on first use (versions never change)."""
        from pyarrow import fs

        target = self.mirror_root / version
        if (target / MANIFEST).exists():
            return target
        staging = self.mirror_root / f".fetch-{version}-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            for name in (*SMALL_FILES, MANIFEST):
                remote = self.remote_path(version, name)
                if self.fs.get_file_info(remote).type == fs.FileType.File:
                    fs.copy_files(remote, str(staging / name), source_filesystem=self.fs)
            try:
                os.replace(staging, target)
            except OSError:
                if not (target / MANIFEST).exists():
                    raise
                shutil.rmtree(staging, ignore_errors=True)  # another process fetched it meanwhile
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise CorruptState(
                f"cannot fetch catalog version {self.version_uri(version)} ({_short(exc)})"
            ) from None
        return target

    def remove(self, version: str) -> None:
        """Delete a version everywhere (best effort: a leftover is collected by a later import)."""
        if self.remote:
            with contextlib.suppress(OSError):
                self.fs.delete_dir(self.remote_path(version))
            shutil.rmtree(self.mirror_root / version, ignore_errors=True)
        else:
            shutil.rmtree(self.local_root / version, ignore_errors=True)

    def collect(self, keep: set[str | None]) -> None:
        """Delete remote versions other than `keep`: complete old ones, and orphans of failed imports
        once they are old enough not to be an import running right now. Local mirrors likewise."""
        from pyarrow import fs

        try:
            entries = self.fs.get_file_info(fs.FileSelector(self._base, allow_not_found=True))
        except OSError:
            return
        for entry in entries:
            version = entry.base_name
            if entry.type != fs.FileType.Directory or version in keep or not _looks_like_version(version):
                continue
            try:
                manifest = self.fs.get_file_info(self.remote_path(version, MANIFEST))
                if manifest.type != fs.FileType.File and not self._older_than(version, ORPHAN_AGE_SECONDS):
                    continue
            except OSError:
                continue
            self.remove(version)
        if self.mirror_root.is_dir():
            for child in self.mirror_root.iterdir():
                if child.name not in keep and child.is_dir() and not child.name.startswith(".fetch-"):
                    shutil.rmtree(child, ignore_errors=True)

    def _older_than(self, version: str, seconds: float) -> bool:
        from pyarrow import fs

        infos = self.fs.get_file_info(fs.FileSelector(self.remote_path(version), recursive=True))
        newest = max((i.mtime.timestamp() for i in infos if i.mtime is not None), default=0.0)
        return time.time() - newest > seconds


def _looks_like_version(name: str) -> bool:
    return name[:8].isdigit() and "T" in name


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def configured_uri(state: Any) -> str | None:
    """`SHOPAGENT_CATALOG_URI`, else the `catalog_uri` config key, else None (local)."""
    env = os.environ.get(ENV_URI, "").strip()
    if env:
        return env
    try:
        row = state.query_one("SELECT value FROM config WHERE key = ?", (CONFIG_KEY,))
    except sqlite3.OperationalError:  # a state file from before the config table: no setting
        return None
    return str(row["value"]) if row and row["value"] else None


def configured_uri_at(paths: Any) -> str | None:
    """`configured_uri` without opening the state store (read-only; no file is created)."""
    env = os.environ.get(ENV_URI, "").strip()
    if env:
        return env
    if not paths.state_db.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{paths.state_db}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT value FROM config WHERE key = ?", (CONFIG_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row and row[0] else None


def catalog_location(paths: Any, state: Any) -> CatalogLocation:
    uri = configured_uri(state)
    mirror_root = paths.cache_dir / "catalog"
    if uri is None:
        return CatalogLocation(local_root=paths.catalog_dir, mirror_root=mirror_root)
    parse_catalog_uri(uri)
    return CatalogLocation(
        local_root=paths.catalog_dir, mirror_root=mirror_root, uri=uri, settings=S3Settings.from_env()
    )
