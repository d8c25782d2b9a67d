"""Where shopagent keeps its files: $SHOPAGENT_HOME, else the platform's user data dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "shopagent"


def default_home() -> Path:
    env = os.environ.get("SHOPAGENT_HOME")
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)).resolve()


@dataclass(frozen=True)
class Paths:
    home: Path

    @classmethod
    def from_env(cls) -> Paths:
        return cls(default_home())

    @property
    def state_db(self) -> Path:
        """Cart, orders, inventory, mandates, watches, audit: one SQLite file in WAL mode."""
        return self.home / "state.db"

    @property
    def catalog_dir(self) -> Path:
        """Versioned catalog snapshots (LanceDB tables and Parquet files)."""
        return self.home / "catalog"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def embedding_cache(self) -> Path:
        return self.cache_dir / "embeddings.db"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def prompt_cache_dir(self) -> Path:
        return self.cache_dir / "prompt-states"

    @property
    def keys_dir(self) -> Path:
        """Owner-only directory holding the mandate signing key."""
        return self.home / "keys"

    @property
    def api_token(self) -> Path:
        """The bearer token `shopagent serve` asks remote agents for (0600, made on first serve)."""
        return self.keys_dir / "api_token"

    @property
    def backups_dir(self) -> Path:
        return self.home / "backups"

    @property
    def history_file(self) -> Path:
        return self.home / "chat_history"

    def ensure(self) -> Paths:
        self.home.mkdir(parents=True, exist_ok=True)
        return self

    def as_dict(self) -> dict[str, str]:
        return {
            "home": str(self.home),
            "state_db": str(self.state_db),
            "catalog": str(self.catalog_dir),
            "embedding_cache": str(self.embedding_cache),
            "models": str(self.models_dir),
            "prompt_cache": str(self.prompt_cache_dir),
            "keys": str(self.keys_dir),
            "api_token": str(self.api_token),
            "backups": str(self.backups_dir),
            "chat_history": str(self.history_file),
        }
