"""Django's Redis cache, made to degrade instead of failing when Redis is unreachable.

The cache holds nothing that is not also somewhere else (sessions are ``cached_db``, rate limits
may be forgotten, page fragments are recomputed), so while Redis is down every read is a miss,
every write is dropped and counters fail open: members keep reading, signing in and posting.
After a failure the cache stops asking Redis for a few seconds, so a page that touches the cache
twenty times does not wait for twenty timeouts.

A write that was dropped leaves Redis with an older value (a session a member has since signed
out of, for instance), so the keys of dropped writes are remembered and deleted as soon as Redis
answers again: the next read then goes to the source of truth.
"""

from __future__ import annotations

import logging
import threading
import time
from functools import partial

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

REDIS_DOWN = (RedisConnectionError, RedisTimeoutError)

# Short timeouts: a cache that does not answer within a second is treated as down.
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}


# Keys whose write was dropped, per Redis location, shared by the threads of a process.
_stale_keys: dict[tuple, set[str]] = {}
_stale_lock = threading.Lock()
MAX_STALE_KEYS = 100_000


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new redis.Redis (and its table of ~80 response callbacks) for
    every cache call; a page makes ten of them. One client per connection pool is enough: a
    redis.Redis is safe to share between threads (connections come from the pool)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """RedisCache that logs and swallows connection failures (reads miss, writes are dropped)."""

    # Seconds during which, after a failure, Redis is not asked at all (class attribute so
    # tests can shorten it).
    pause_after_failure = 2.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._options = {**DEFAULT_OPTIONS, **self._options}
        self._down_until = 0.0

    def _attempt(self, operation: str, call, fallback, written=()):
        if time.monotonic() < self._down_until:
            self._remember_stale(written)
            return fallback
        try:
            self._delete_stale()
            return call()
        except REDIS_DOWN as error:
            self._remember_stale(written)
            # One warning per pause, not one per cache call.
            self._down_until = time.monotonic() + self.pause_after_failure
            logger.warning(
                "Cache unavailable (%s failed: %s); carrying on without it", operation, error
            )
            return fallback

    def _written(self, keys, version) -> list[str]:
        return [self.make_and_validate_key(key, version=version) for key in keys]

    def _remember_stale(self, keys) -> None:
        if not keys:
            return
        with _stale_lock:
            stale = _stale_keys.setdefault(tuple(self._servers), set())
            if len(stale) < MAX_STALE_KEYS:
                stale.update(keys)

    def _delete_stale(self) -> None:
        """After an outage: delete what was written meanwhile (raises while Redis is down)."""
        location = tuple(self._servers)
        if not _stale_keys.get(location):
            return
        with _stale_lock:
            keys = list(_stale_keys.get(location, ()))
        if keys:
            self._cache.delete_many(keys)
            with _stale_lock:
                _stale_keys[location].difference_update(keys)
            logger.info("Cache back: deleted %d entries written while it was down", len(keys))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # True as if stored: callers that use add() as a lock (allauth's rate limits) go ahead.
        return self._attempt("add", partial(super().add, key, value, timeout, version), True)

    def get(self, key, default=None, version=None):
        return self._attempt("get", partial(super().get, key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._attempt(
            "set",
            partial(super().set, key, value, timeout, version),
            None,
            self._written([key], version),
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt("touch", partial(super().touch, key, timeout, version), False)

    def delete(self, key, version=None):
        return self._attempt(
            "delete", partial(super().delete, key, version), False, self._written([key], version)
        )

    def get_many(self, keys, version=None):
        return self._attempt("get_many", partial(super().get_many, keys, version), {})

    def has_key(self, key, version=None):
        return self._attempt("has_key", partial(super().has_key, key, version), False)

    def incr(self, key, delta=1, version=None):
        # Fail open: a counter (a rate limit) that cannot be read counts this as the first hit.
        return self._attempt("incr", partial(super().incr, key, delta, version), delta)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(
            "set_many",
            partial(super().set_many, data, timeout, version),
            [],
            self._written(data, version),
        )

    def delete_many(self, keys, version=None):
        self._attempt(
            "delete_many",
            partial(super().delete_many, keys, version),
            None,
            self._written(keys, version),
        )

    def clear(self):
        return self._attempt("clear", partial(super().clear), False)
