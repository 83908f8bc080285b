"""The Redis frontier's parts: the Bloom filter (atomic, bounded), the JSON request serializer."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
import redis
from scrapy.http import Request

from crawler.frontier import JsonSerializer, RedisBloom, bloom_size
from crawler.spiders.base import Hints

pytestmark = pytest.mark.redis


@pytest.fixture
def server(redis_url):
    s = redis.Redis.from_url(redis_url)
    yield s
    s.close()


def test_bloom_size_follows_the_formula():
    bits, hashes = bloom_size(1_000_000, 0.0001)
    assert 19_000_000 < bits < 19_500_000 and hashes == 13
    assert bloom_size(10, 0.5)[1] >= 1


def test_bloom_add_is_test_and_set_and_memory_is_fixed(server):
    bloom = RedisBloom(server, "t:bloom", capacity=2_000, error_rate=0.001, ttl_seconds=60)
    assert bloom.add("url:http://a/1") is True
    assert bloom.add("url:http://a/1") is False
    assert "url:http://a/1" in bloom and "url:http://a/2" not in bloom
    new = sum(bloom.add(f"url:http://a/{i}") for i in range(2, 2_001))
    assert new >= 1_990  # at capacity: about 0.1% false positives
    size = server.strlen("t:bloom")
    assert size <= bloom.max_bytes
    sum(bloom.add(f"url:http://b/{i}") for i in range(6_000))  # 4x over capacity: more false positives...
    assert size <= server.strlen("t:bloom") <= bloom.max_bytes  # ...but never more memory than sized for
    assert 0 < server.ttl("t:bloom") <= 60
    bloom.clear()
    assert not server.exists("t:bloom")


def test_bloom_concurrent_claims_have_exactly_one_winner(server):
    bloom = RedisBloom(server, "t:race", capacity=10_000, error_rate=0.0001)
    wins: list[str] = []
    lock = threading.Lock()

    def claim(worker: str) -> None:
        for i in range(300):
            if bloom.add(f"url:{i}"):
                with lock:
                    wins.append(f"url:{i}")

    threads = [threading.Thread(target=claim, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins) == sorted(f"url:{i}" for i in range(300))


def test_json_serializer_round_trips_requests_and_refuses_foreign_objects():
    req = Request("http://example.org/a", headers={"If-None-Match": '"x"'}, dont_filter=True,
                  meta={"sw_hints": Hints(published="2025-07-01", title="T"), "sw_known": {
                      "fetched_at": dt.datetime(2025, 7, 1, tzinfo=dt.UTC), "etag": None}})
    data = req.to_dict()
    back = JsonSerializer.loads(JsonSerializer.dumps(data))
    assert back["meta"]["sw_hints"] == Hints(published="2025-07-01", title="T")
    assert back["meta"]["sw_known"]["fetched_at"] == dt.datetime(2025, 7, 1, tzinfo=dt.UTC)
    assert back["headers"] == data["headers"]
    with pytest.raises(ValueError, match="refusing to rebuild"):
        JsonSerializer.loads('{"x": {"__dc__": "os:system", "fields": {}}}')
    with pytest.raises(TypeError):
        JsonSerializer.dumps({"obj": object()})
