"""A plain Redis client on the cache's server, for counters that are not cache entries."""

from functools import lru_cache

import redis
from django.conf import settings


@lru_cache(maxsize=4)
def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)


def redis_client() -> redis.Redis:
    return _client(settings.CACHE_REDIS_URL)


def namespaced(key: str) -> str:
    """Keys share the cache's prefix, so separate deployments (and tests) never collide."""
    return f"{settings.CACHES['default'].get('KEY_PREFIX', '')}:{key}"
