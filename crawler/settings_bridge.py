"""The only mapping from the crawl configuration (``CrawlerConfig``) to Scrapy settings."""
from __future__ import annotations

import logging
from typing import Any

from crawler import frontier
from crawler.config import CrawlerConfig
from crawler.middlewares import ALLOW_SETTING, ALLOWED_HOSTS_SETTING
from crawler.pipelines import EXTRACT_WORKERS_SETTING, auto_extract_workers
from storage.errors import ConfigError

log = logging.getLogger(__name__)

RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]


def build_settings(cfg: CrawlerConfig, log_level: str = "INFO", *, distributed: bool = False) -> dict[str, Any]:
    """Scrapy settings for one crawl process; ``distributed``: a worker on the shared Redis frontier."""
    c = cfg.crawl
    polite = c.download_delay > 0
    settings = {
        "BOT_NAME": "stancewatch",
        "USER_AGENT": c.user_agent,  # identifies us (and a contact URL) to site operators
        "ROBOTSTXT_OBEY": c.obey_robots,
        # -- politeness: a per-host delay, adapted to the server's latency by AutoThrottle.
        # download_delay = 0 means "as fast as allowed" (tests, benchmarks): AutoThrottle
        # would otherwise start at AUTOTHROTTLE_START_DELAY seconds per request.
        # NB: Scrapy 2.19 (asyncio reactor) enforces CONCURRENT_REQUESTS_PER_DOMAIN only when a delay
        # is set; with 0 every queued request starts at once (bounded by CONCURRENT_REQUESTS).
        "DOWNLOAD_DELAY": c.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if polite else 0.0,  # ±50%: no machine-regular request rhythm
        "AUTOTHROTTLE_ENABLED": c.autothrottle and polite,
        "AUTOTHROTTLE_START_DELAY": max(c.download_delay, 1.0),
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, c.download_delay * 10),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(max(c.concurrent_requests_per_host, 1)),
        "CONCURRENT_REQUESTS": max(c.concurrent_requests, 1),
        "CONCURRENT_REQUESTS_PER_DOMAIN": max(c.concurrent_requests_per_host, 1),
        # Scrapy starts this many asyncio tasks (and a queue) for every response, whatever it
        # yields: 100 by default, ~100 tasks per article page that yields one item. 16 still
        # keeps every extraction worker busy on a response that yields many API records.
        "CONCURRENT_ITEMS": 16,
        # -- safety limits
        "DOWNLOAD_TIMEOUT": c.download_timeout,
        "DNS_TIMEOUT": min(c.download_timeout, 20.0),
        "DOWNLOAD_MAXSIZE": c.max_response_bytes,  # also caps gzip/deflate/br decompression (bombs)
        "DOWNLOAD_WARNSIZE": max(c.max_response_bytes // 2, 1),
        "CLOSESPIDER_TIMEOUT": c.max_run_seconds,
        "RETRY_ENABLED": c.retry_times > 0,
        "RETRY_TIMES": c.retry_times,
        "RETRY_HTTP_CODES": RETRY_HTTP_CODES,
        "REDIRECT_ENABLED": True,
        "REDIRECT_MAX_TIMES": 5,
        "METAREFRESH_ENABLED": True,
        "METAREFRESH_MAXDELAY": 10,
        "URLLENGTH_LIMIT": 2083,
        # -- state: every run is fresh; incremental crawling uses the fetch log, not a cache
        "HTTPCACHE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "DEPTH_LIMIT": 0,  # the pages spider counts its own depth; sitemap/feed nesting is not "depth"
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # Scrapy's code-execution HTTP endpoint: never in production
        "LOG_LEVEL": log_level,
        "LOGSTATS_INTERVAL": 60.0,
        "STATS_DUMP": log_level == "DEBUG",
        "MEMUSAGE_ENABLED": False,
        "REQUEST_FINGERPRINTER_CLASS": "scrapy.utils.request.RequestFingerprinter",  # the 2.7+ algorithm
        "DOWNLOADER_MIDDLEWARES": {
            # Before RobotsTxtMiddleware (100) so not even robots.txt is fetched from a refused host.
            "crawler.middlewares.PrivateNetworkMiddleware": 50,
        },
        "ITEM_PIPELINES": {"crawler.pipelines.StorePipeline": 300},
        EXTRACT_WORKERS_SETTING: auto_extract_workers() if c.extract_workers is None else c.extract_workers,
        ALLOW_SETTING: c.allow_private_networks,
        ALLOWED_HOSTS_SETTING: list(c.allowed_private_hosts),
    }
    if distributed:
        settings.update(distributed_settings(cfg))
    return settings


def distributed_settings(cfg: CrawlerConfig) -> dict[str, Any]:
    """scrapy-redis scheduler on shared per-source queues, the Bloom filter as dupefilter."""
    d = cfg.distributed
    if not d.redis_url:
        raise ConfigError("a crawl worker needs a Redis URL: [distributed] redis_url or --redis")
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": frontier.queue_key(d.queue),
        "SCHEDULER_SERIALIZER": frontier.JsonSerializer,  # never pickle: Redis content must not execute
        # Persist: a worker that finishes first must not wipe the queues and filter the others use;
        # `stancewatch enqueue` resets them when it seeds a new round.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        "DUPEFILTER_CLASS": "crawler.frontier.BloomDupeFilter",
        "SCHEDULER_DUPEFILTER_CLASS": "crawler.frontier.BloomDupeFilter",
        "REDIS_URL": d.redis_url,
        frontier.QUEUE_SETTING: d.queue,
        frontier.BLOOM_SETTINGS[0]: d.bloom_capacity,
        frontier.BLOOM_SETTINGS[1]: d.bloom_error_rate,
        frontier.BLOOM_SETTINGS[2]: d.dupefilter_ttl_hours * 3600,
    }
