"""The app configuration: one TOML file, defaults for every key, env overrides.

Each layer declares its own sections (``storage.config``, ``crawler.config``, ``nlp.config``);
this module composes them into ``AppConfig``, reads the file and applies the documented
``STANCEWATCH_<SECTION>_<KEY>`` overrides. Scrapy settings are derived in
``crawler.settings_bridge`` and nowhere else.
"""
from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.config import SOURCE_AUTHORITIES, SOURCE_KINDS, CrawlConfig, CrawlerConfig, DistributedConfig, SourceConfig
from nlp.config import NlpConfig
from storage.config import StorageConfig, read_toml
from storage.errors import ConfigError

__all__ = ["SOURCE_KINDS", "SOURCE_AUTHORITIES", "AppConfig", "ConfigError", "CrawlConfig", "DigestConfig",
           "DistributedConfig", "NlpConfig", "SourceConfig", "StorageConfig", "load_config", "parse_config"]

log = logging.getLogger(__name__)

ENV_PREFIX = "STANCEWATCH_"


@dataclass
class DigestConfig:
    out_dir: str = "data/digests"
    weekday: str = "monday"
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str | None = None
    smtp_to: list[str] = field(default_factory=list)


@dataclass
class AppConfig(CrawlerConfig):
    """The whole file: a crawl's part (storage, crawl, distributed, sources, path) plus the app's."""

    nlp: NlpConfig = field(default_factory=NlpConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    data_dir: str = "data"


def _build(cls: type, raw: Any, where: str):
    if not isinstance(raw, dict):
        raise ConfigError(f"[{where}] must be a table, got {type(raw).__name__}")
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(f"unknown key(s) in [{where}]: {', '.join(unknown)}")
    values = {}
    for name, value in raw.items():
        values[name] = _coerce(value, known[name], where)
    try:
        return cls(**values)
    except TypeError as exc:
        raise ConfigError(f"[{where}]: {exc}") from exc


def _coerce(value: Any, f: dataclasses.Field, where: str) -> Any:
    kind = str(f.type)
    if kind.startswith("bool"):
        if isinstance(value, str):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
        if not isinstance(value, bool):
            raise ConfigError(f"[{where}] {f.name} must be true or false, got {value!r}")
        return value
    if kind.startswith(("float", "int")):
        try:
            number = float(value) if kind.startswith("float") else int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"[{where}] {f.name} must be a number, got {value!r}") from None
        if number < 0:
            raise ConfigError(f"[{where}] {f.name} must not be negative, got {value!r}")
        return number
    if kind.startswith("list"):
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"[{where}] {f.name} must be a list of strings")
        return value
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"[{where}] {f.name} must be a string, got {value!r}")
    return value


def _source(raw: Any, index: int) -> SourceConfig:
    where = f"sources #{index + 1}"
    if not isinstance(raw, dict):
        raise ConfigError(f"[[sources]] entry {index + 1} must be a table")
    for key in ("id", "kind"):
        if not raw.get(key):
            raise ConfigError(f"[{where}] needs '{key}'")
    if "source_type" in raw:  # the key's name before it matched the stored column; still read
        if "source_kind" in raw:
            raise ConfigError(f"[{where}] has both source_kind and its old name source_type: keep source_kind")
        raw = {("source_kind" if k == "source_type" else k): v for k, v in raw.items()}
    src = _build(SourceConfig, raw, where)
    src.check(where)
    return src


def parse_config(raw: dict, path: str | None = None) -> AppConfig:
    raw = dict(raw)
    sections = {"storage": StorageConfig, "crawl": CrawlConfig, "nlp": NlpConfig, "digest": DigestConfig,
                "distributed": DistributedConfig}
    unknown = sorted(set(raw) - set(sections) - {"sources", "data_dir"})
    if unknown:
        raise ConfigError(f"unknown section(s): {', '.join(unknown)}")
    cfg = AppConfig(path=path)
    for name, cls in sections.items():
        if name in raw:
            setattr(cfg, name, _build(cls, raw[name], name))
    cfg.nlp.check()
    if "data_dir" in raw:
        cfg.data_dir = str(raw["data_dir"])
    sources = raw.get("sources", [])
    if not isinstance(sources, list):
        raise ConfigError("'sources' must be an array of tables: [[sources]]")
    cfg.sources = [_source(s, i) for i, s in enumerate(sources)]
    ids = [s.id for s in cfg.sources]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"duplicate source id(s): {', '.join(dupes)}")
    return cfg


def apply_env_overrides(cfg: AppConfig, environ: Mapping[str, str] | None = None) -> AppConfig:
    """STANCEWATCH_<SECTION>_<KEY>=value overrides a key, e.g. STANCEWATCH_STORAGE_URL."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    for section in ("storage", "crawl", "nlp", "digest", "distributed"):
        obj = getattr(cfg, section)
        for f in dataclasses.fields(obj):
            key = f"{ENV_PREFIX}{section.upper()}_{f.name.upper()}"
            if key in env:
                setattr(obj, f.name, _coerce(env[key], f, f"{section} (from ${key})"))
    if f"{ENV_PREFIX}NLP_BASE_MODEL" in env:
        cfg.nlp.check(f"nlp (from ${ENV_PREFIX}NLP_BASE_MODEL)")
    return cfg


def load_config(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> AppConfig:
    env: Mapping[str, str] = os.environ if environ is None else environ
    path = path or env.get("STANCEWATCH_CONFIG")
    raw: dict = {}
    if path:
        raw = read_toml(Path(path), "config file")
    cfg = parse_config(raw, str(path) if path else None)
    return apply_env_overrides(cfg, env)
