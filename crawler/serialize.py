"""AppConfig <-> JSON, to hand the configuration to the crawl child process."""
from __future__ import annotations

import dataclasses
from typing import Any

from stancewatch.config import (
    AppConfig,
    CrawlConfig,
    DigestConfig,
    DistributedConfig,
    NlpConfig,
    SourceConfig,
    StorageConfig,
)


def config_to_dict(cfg: AppConfig) -> dict[str, Any]:
    return dataclasses.asdict(cfg)


def _only_known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in raw.items() if k in names}


def config_from_dict(raw: dict[str, Any]) -> AppConfig:
    sections = {"storage": StorageConfig, "crawl": CrawlConfig, "nlp": NlpConfig, "digest": DigestConfig,
                "distributed": DistributedConfig}
    kwargs: dict[str, Any] = {name: cls(**_only_known(cls, raw.get(name, {}))) for name, cls in sections.items()}
    kwargs["sources"] = [SourceConfig(**_only_known(SourceConfig, s)) for s in raw.get("sources", [])]
    kwargs["data_dir"] = raw.get("data_dir", "data")
    kwargs["path"] = raw.get("path")
    return AppConfig(**kwargs)
