"""The crawl stage's configuration: the ``[crawl]`` and ``[distributed]`` sections and the sources.

The app's TOML file is parsed by ``stancewatch.config``, whose ``AppConfig`` extends
``CrawlerConfig`` (a crawl needs nothing else); Scrapy settings are derived from these in
``crawler.settings_bridge`` and nowhere else. ``to_dict``/``from_dict`` hand a config to the
crawl child process.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from storage.config import StorageConfig
from storage.errors import ConfigError

SOURCE_KINDS = ("feed", "sitemap", "pages", "urls", "bluesky", "bluesky_search", "mastodon", "gdelt", "gnews")
# ``source_kind``: who speaks in a source's documents; it weights their evidence in the series and is
# stored as ``source_kind`` on each document. (``kind`` above is how the source is crawled.)
SOURCE_AUTHORITIES = ("news", "statement", "post", "official")
_NEEDS = {"feed": "url", "sitemap": "url", "pages": "url", "gdelt": "query", "gnews": "query", "bluesky_search": "query"}


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
    source_kind: str = "news"  # news | statement | post | official: weights evidence
    language: str | None = None
    enabled: bool = True

    def check(self, where: str) -> None:
        """Raise ``ConfigError`` when the kind, type or the keys its kind needs are wrong."""
        if self.kind not in SOURCE_KINDS:
            raise ConfigError(f"[{where}] kind must be one of {', '.join(SOURCE_KINDS)}, got {self.kind!r}")
        if self.source_kind not in SOURCE_AUTHORITIES:
            raise ConfigError(f"[{where}] source_kind must be one of {', '.join(SOURCE_AUTHORITIES)}")
        if self.kind in _NEEDS and not getattr(self, _NEEDS[self.kind]):
            raise ConfigError(f"[{where}] kind {self.kind!r} needs '{_NEEDS[self.kind]}'")
        if self.kind == "urls" and not (self.url or self.urls):
            raise ConfigError(f"[{where}] kind 'urls' needs 'url' (a file of URLs) or 'urls = [...]'")
        if self.kind in ("bluesky", "mastodon") and not self.handles:
            raise ConfigError(f"[{where}] kind {self.kind!r} needs 'handles = [...]'")


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
class CrawlerConfig:
    """All a crawl reads: where to store, how to crawl, the shared frontier, the sources."""

    storage: StorageConfig = field(default_factory=StorageConfig)
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    distributed: DistributedConfig = field(default_factory=DistributedConfig)
    sources: list[SourceConfig] = field(default_factory=list)
    path: str | None = None  # the config file this came from: relative URL-list files are found beside it

    def select_sources(self, source_ids: list[str] | None) -> list[SourceConfig]:
        """The enabled sources, or exactly ``source_ids`` (an unknown id is a ``ConfigError``)."""
        if source_ids is None:
            return [s for s in self.sources if s.enabled]
        by_id = {s.id: s for s in self.sources}
        unknown = [i for i in source_ids if i not in by_id]
        if unknown:
            raise ConfigError(f"unknown source id(s): {', '.join(unknown)}")
        return [by_id[i] for i in source_ids]

    def to_dict(self) -> dict[str, Any]:
        """The crawler's part of this config as JSON-ready data (an ``AppConfig``'s other sections are left out)."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(CrawlerConfig)}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CrawlerConfig:
        sections = {"storage": StorageConfig, "crawl": CrawlConfig, "distributed": DistributedConfig}
        kwargs: dict[str, Any] = {name: kind(**_only_known(kind, raw.get(name, {}))) for name, kind in sections.items()}
        kwargs["sources"] = [SourceConfig(**_only_known(SourceConfig, s)) for s in raw.get("sources", [])]
        kwargs["path"] = raw.get("path")
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _only_known(kind: type, raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(kind)}
    return {k: v for k, v in raw.items() if k in names}
