from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property

COUNT_SECONDS = 300


class CachedCountPaginator(Paginator):
    """A Paginator whose row count is kept in the cache under a versioned key: counting every
    match of a filter over a large table costs more than the rest of a list page. The key must
    change whenever the count can (members.caching versions)."""

    def __init__(self, object_list, per_page, *, count_key: str, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        count = cache.get(self.count_key)
        if count is None:
            count = super().count
            cache.set(self.count_key, count, COUNT_SECONDS)
        return count
