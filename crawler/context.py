"""What every spider of one crawl process shares: config, store, run id, and where results go."""
from __future__ import annotations

from dataclasses import dataclass, field

from stancewatch.config import AppConfig
from storage.store import Store

from crawler.ledger import SourceCounts


@dataclass
class CrawlContext:
    cfg: AppConfig
    store: Store
    run_id: int | None
    results: dict[str, SourceCounts] = field(default_factory=dict)  # filled as each source closes
    # Article URLs some spider of this run already requested: a feed and a sitemap of the same
    # site list the same stories, and the site should see each of them once per run.
    claimed: set[str] = field(default_factory=set)
