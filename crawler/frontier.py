"""The shared crawl frontier on Redis: request queues (scrapy-redis), a bounded duplicate filter.

Several ``stancewatch worker crawl`` processes, on one host or many, pop requests from the
same per-source queues and claim URLs in the same Bloom filter, so every URL is fetched by
one worker only. The filter is one Redis string of a fixed size (``bloom_capacity`` and
``bloom_error_rate`` decide it; 1M URLs at 1e-4 take 2.3 MiB) with a TTL: memory never grows
with the crawl. A false positive skips a URL until the filter is reset by the next
``stancewatch enqueue``.

Requests travel as JSON (``JsonSerializer``), never pickle: nothing read back from Redis can
execute code, whoever wrote it.
"""
from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import math
from typing import Any

from scrapy.dupefilters import BaseDupeFilter

from crawler.config import DistributedConfig
from crawler.errors import FrontierError

log = logging.getLogger(__name__)

REDIS_URL_SETTING = "REDIS_URL"
QUEUE_SETTING = "STANCEWATCH_FRONTIER_QUEUE"
BLOOM_SETTINGS = ("STANCEWATCH_BLOOM_CAPACITY", "STANCEWATCH_BLOOM_ERROR_RATE", "STANCEWATCH_BLOOM_TTL")


def queue_key(queue: str) -> str:
    """scrapy-redis expands %(spider)s: one request queue per source spider."""
    return f"{queue}:%(spider)s:requests"


def bloom_key(queue: str) -> str:
    return f"{queue}:bloom"


def connect(redis_url: str):
    import redis

    try:
        server = redis.Redis.from_url(redis_url, socket_connect_timeout=5, socket_timeout=30)
        server.ping()
    except (redis.RedisError, ValueError) as exc:
        raise FrontierError(f"cannot reach Redis at {redis_url}: {exc}") from None
    return server


def bloom_size(capacity: int, error_rate: float) -> tuple[int, int]:
    """(bits, hashes) for ``capacity`` items at ``error_rate`` false positives."""
    capacity = max(int(capacity), 1)
    error_rate = min(max(float(error_rate), 1e-12), 0.5)
    bits = math.ceil(-capacity * math.log(error_rate) / math.log(2) ** 2)
    bits = min(bits, 2**32 - 1)  # Redis strings stop at 512 MiB
    return bits, max(1, round(bits / capacity * math.log(2)))


class RedisBloom:
    """A Bloom filter in one Redis string; ``add`` is an atomic test-and-set across workers."""

    def __init__(self, server, key: str, capacity: int, error_rate: float, ttl_seconds: float = 0):
        self.server, self.key = server, key
        self.bits, self.hashes = bloom_size(capacity, error_rate)
        self.ttl = int(ttl_seconds)

    @classmethod
    def from_config(cls, server, queue: str, d: DistributedConfig) -> RedisBloom:
        return cls(server, bloom_key(queue), d.bloom_capacity, d.bloom_error_rate, d.dupefilter_ttl_hours * 3600)

    @property
    def max_bytes(self) -> int:
        return (self.bits + 7) // 8

    def _offsets(self, item: str) -> list[int]:
        digest = hashlib.blake2b(item.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        h1, h2 = int.from_bytes(digest[:8], "big"), int.from_bytes(digest[8:], "big") | 1
        return [(h1 + i * h2) % self.bits for i in range(self.hashes)]

    def add(self, item: str) -> bool:
        """Mark ``item`` seen; True when it was new (some bit was still 0)."""
        with self.server.pipeline(transaction=True) as pipe:  # MULTI/EXEC: no interleaving between workers
            for offset in self._offsets(item):
                pipe.setbit(self.key, offset, 1)
            if self.ttl:
                pipe.expire(self.key, self.ttl)
            old = pipe.execute()[: self.hashes]
        return not all(old)

    def __contains__(self, item: str) -> bool:
        with self.server.pipeline(transaction=False) as pipe:
            for offset in self._offsets(item):
                pipe.getbit(self.key, offset)
            return all(pipe.execute())

    def clear(self) -> None:
        self.server.delete(self.key)


class BloomDupeFilter(BaseDupeFilter):
    """The scrapy-redis scheduler's duplicate filter, on the shared Bloom filter.

    Spiders admit article URLs through ``CrawlContext.claim`` (the same filter); this catches
    any other request scheduled without ``dont_filter``.
    """

    def __init__(self, bloom: RedisBloom, fingerprinter=None, debug: bool = False):
        self.bloom = bloom
        self.fingerprinter = fingerprinter
        self.debug = debug

    @classmethod
    def from_spider(cls, spider):
        settings = spider.crawler.settings
        server = connect(settings.get(REDIS_URL_SETTING))
        capacity, error_rate, ttl = (settings.getfloat(name) for name in BLOOM_SETTINGS)
        bloom = RedisBloom(server, bloom_key(settings.get(QUEUE_SETTING)), int(capacity), error_rate, ttl)
        return cls(bloom, spider.crawler.request_fingerprinter, settings.getbool("DUPEFILTER_DEBUG"))

    def request_seen(self, request) -> bool:
        fp = self.fingerprinter.fingerprint(request).hex() if self.fingerprinter else request.url
        return not self.bloom.add(f"fp:{fp}")

    def clear(self) -> None:
        self.bloom.clear()

    def log(self, request, spider) -> None:
        if self.debug:
            log.debug("filtered duplicate request %s", request.url)


# ---- JSON serializer for scrapy-redis queues --------------------------------------------
ALLOWED_DATACLASSES = {"crawler.spiders.base:Hints"}  # the only types a queued request may rebuild


def _pack(obj: Any) -> Any:
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, (list, tuple)):
        return [_pack(v) for v in obj]
    if isinstance(obj, dict):
        if all(isinstance(k, str) for k in obj):
            return {k: _pack(v) for k, v in obj.items()}
        return {"__items__": [[_pack(k), _pack(v)] for k, v in obj.items()]}  # headers: bytes keys
    if isinstance(obj, bytes):
        return {"__b64__": base64.b64encode(obj).decode("ascii")}
    if isinstance(obj, dt.datetime):
        return {"__dt__": obj.isoformat()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        cls = type(obj)
        return {"__dc__": f"{cls.__module__}:{cls.__qualname__}", "fields": _pack(dataclasses.asdict(obj))}
    raise TypeError(f"cannot queue a {type(obj).__name__} in a request")


def _unpack(obj: dict) -> Any:
    if "__items__" in obj:
        return {k: v for k, v in obj["__items__"]}
    if "__b64__" in obj:
        return base64.b64decode(obj["__b64__"])
    if "__dt__" in obj:
        return dt.datetime.fromisoformat(obj["__dt__"])
    if "__dc__" in obj:
        if obj["__dc__"] not in ALLOWED_DATACLASSES:
            raise ValueError(f"refusing to rebuild {obj['__dc__']!r} from the queue")
        from crawler.spiders.base import Hints

        return Hints(**obj["fields"])
    return obj


class JsonSerializer:
    """``SCHEDULER_SERIALIZER``: bytes, datetimes and crawl hints survive; nothing executes."""

    @staticmethod
    def dumps(obj: Any) -> str:
        return json.dumps(_pack(obj), separators=(",", ":"))

    @staticmethod
    def loads(data: bytes | str) -> Any:
        return json.loads(data, object_hook=_unpack)
