"""Seeding and inspecting the shared frontier (``stancewatch enqueue``, ``stancewatch worker crawl``).

``enqueue`` builds each configured source's entry requests (feeds, sitemaps, listing roots,
API queries) exactly as a local crawl would, and pushes them onto the source's Redis queue;
crawl workers started anywhere then share the rest of the crawl.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from scrapy.http import Request
from scrapy_redis.queue import PriorityQueue

from crawler import frontier
from crawler.config import CrawlerConfig
from crawler.context import CrawlContext
from crawler.items import FetchedPage
from crawler.spiders import SPIDERS
from crawler.urls import canonicalize_url
from storage.store import Store

log = logging.getLogger(__name__)


@dataclass
class EnqueueResult:
    per_source: dict[str, int] = field(default_factory=dict)  # entry requests queued per source
    reset: bool = False

    def line(self, redis_url: str, queue: str) -> str:
        total = sum(self.per_source.values())
        fresh = "new round: queues and duplicate filter reset; " if self.reset else ""
        return (f"enqueued {total} entry requests for {len(self.per_source)} sources on {redis_url} "
                f"(queue {queue!r}; {fresh}start `stancewatch worker crawl` on each crawl host)")


def _queue(server, spider, queue_name: str) -> PriorityQueue:
    return PriorityQueue(server=server, spider=spider, key=frontier.queue_key(queue_name),
                         serializer=frontier.JsonSerializer)


def reset(cfg: CrawlerConfig, server=None) -> None:
    """Forget the previous round: every source queue and the duplicate filter."""
    server = server or frontier.connect(cfg.distributed.redis_url or "")
    queue = cfg.distributed.queue
    keys = list(server.scan_iter(match=f"{queue}:*:requests")) + [frontier.bloom_key(queue)]
    if keys:
        server.delete(*keys)


def enqueue(cfg: CrawlerConfig, source_ids: list[str] | None = None, *, fresh: bool = True) -> EnqueueResult:
    """Push the entry requests of the configured (enabled) sources onto the shared frontier."""
    d = cfg.distributed
    server = frontier.connect(d.redis_url or "")
    if fresh:
        reset(cfg, server)
    bloom = frontier.RedisBloom.from_config(server, d.queue, d)
    result = EnqueueResult(reset=fresh)
    store = Store(cfg.storage.url)
    try:
        context = CrawlContext(cfg=cfg, store=store, run_id=None, shared_seen=bloom)
        for source in cfg.select_sources(source_ids):
            store.ensure_source(source.id, source.kind, source.url)
            spider = SPIDERS[source.kind](source=source, context=context)
            q = _queue(server, spider, d.queue)
            count = 0
            for item in spider.entry_requests():
                if isinstance(item, FetchedPage):  # only API spiders yield records without requests
                    log.warning("source %s: record %s cannot be queued; skipped", source.id, item.url)
                    continue
                if isinstance(item, Request):
                    # Claimed, so a worker finding a link back to an entry page does not fetch it again.
                    bloom.add(f"url:{canonicalize_url(item.url)}")
                    q.push(item)
                    count += 1
            result.per_source[source.id] = count
            log.info("source %s: %d entry requests queued", source.id, count)
    finally:
        store.close()
    return result


def pending(cfg: CrawlerConfig, server=None) -> dict[str, int]:
    """Requests waiting in each source queue of the frontier."""
    server = server or frontier.connect(cfg.distributed.redis_url or "")
    out = {}
    for key in server.scan_iter(match=f"{cfg.distributed.queue}:*:requests"):
        name = key.decode() if isinstance(key, bytes) else key
        out[name.removeprefix(f"{cfg.distributed.queue}:").removesuffix(":requests")] = server.zcard(key)
    return out
