"""Storage's configuration, and the small helpers every layer's configuration shares.

One place for: the default database URL, the SQLite-URL → file path conversion, hiding a
password in a URL, and reading a TOML file with its errors turned into ``ConfigError``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.errors import ConfigError, StancewatchError

DEFAULT_DATABASE_URL = "sqlite:///data/stancewatch.db"
SQLITE_PREFIX = "sqlite:///"
URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<pw>[^@/\s]+)@", re.I)
MASK = "***"


@dataclass
class StorageConfig:
    url: str = DEFAULT_DATABASE_URL


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (relative as given); None for in-memory SQLite or another database."""
    if url.startswith(SQLITE_PREFIX) and ":memory:" not in url:
        return Path(url.removeprefix(SQLITE_PREFIX))
    return None


def mask_passwords(text: str) -> str:
    """``text`` with the password of every ``scheme://user:password@`` URL in it replaced by ***."""
    return URL_CREDENTIALS.sub(lambda m: f"{m.group('scheme')}{m.group('user')}:{MASK}@", text)


def read_toml(path: str | Path, what: str = "config file", error: type[StancewatchError] = ConfigError) -> dict[str, Any]:
    """The table in ``path``; a missing or invalid file raises ``error`` naming ``what`` it is."""
    p = Path(path)
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{what} not found: {p}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(f"{what} {p} is not valid TOML: {exc}") from None
