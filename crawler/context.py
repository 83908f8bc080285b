"""What every spider of one crawl process shares: config, store, run id, and where results go."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crawler.config import CrawlerConfig
from crawler.ledger import SourceCounts
from storage.store import Store


@dataclass
class CrawlContext:
    cfg: CrawlerConfig
    store: Store
    run_id: int | None
    results: dict[str, SourceCounts] = field(default_factory=dict)  # filled as each source closes
    # Article URLs some spider of this run already requested: a feed and a sitemap of the same
    # site list the same stories, and the site should see each of them once per run.
    claimed: set[str] = field(default_factory=set)
    # Distributed crawl (``stancewatch worker crawl``): the Bloom filter shared by every worker;
    # entry documents come from the shared queues (``stancewatch enqueue``), not from start().
    shared_seen: Any = None  # crawler.frontier.RedisBloom

    @property
    def distributed(self) -> bool:
        return self.shared_seen is not None

    def claim(self, url: str) -> bool:
        """Claim ``url`` for this crawl; False when this or another worker already has it."""
        self.claimed.add(url)
        return self.shared_seen is None or self.shared_seen.add(f"url:{url}")
