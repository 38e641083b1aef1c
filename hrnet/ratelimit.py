"""Abuse limits for writes: per member and per IP address, fixed windows counted in Redis.

allauth limits sign-up, login and password reset itself (ACCOUNT_RATE_LIMITS); this module
limits what members do once signed in (posting, inviting, flagging, registering, messaging).
A limit is written as "amount/period/per", e.g. "30/h/user" or "60/h/ip"; settings.RATE_LIMITS
maps each action to its limits. When Redis is unreachable the limits fail open: a member must
never lose a post because the counter store is down.
"""

import logging
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import ngettext

from hrnet.kept_text import submitted_text

logger = logging.getLogger(__name__)

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Limit:
    amount: int
    seconds: int
    per: str  # "user" or "ip"

    @classmethod
    def parse(cls, spec: str) -> "Limit":
        amount, period, per = spec.split("/")
        if per not in ("user", "ip"):
            raise ValueError(f"Rate limit {spec!r}: per must be 'user' or 'ip'")
        return cls(int(amount), PERIODS[period], per)


def limits_for(action: str) -> list[Limit]:
    return [Limit.parse(spec) for spec in settings.RATE_LIMITS.get(action, ())]


def client_ip(request) -> str:
    # allauth's adapter knows about trusted proxies (ALLAUTH_TRUSTED_PROXY_COUNT); one answer
    # for both sets of limits.
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter().get_client_ip(request)
    except Exception:  # a missing or malformed header must not turn into a server error
        return request.META.get("REMOTE_ADDR", "unknown")


def exceeded_limit(request, action: str, *, user=None) -> Limit | None:
    """Count this attempt; return the first limit it exceeds, or None when it is allowed."""
    user = user if user is not None else getattr(request, "user", None)
    now = int(time.time())
    for limit in limits_for(action):
        if limit.per == "user":
            if user is None or not user.is_authenticated:
                continue
            who = f"user:{user.pk}"
        else:
            who = f"ip:{client_ip(request)}"
        window = now - now % limit.seconds
        key = f"ratelimit:{action}:{limit.amount}/{limit.seconds}:{who}:{window}"
        try:
            cache.add(key, 0, timeout=limit.seconds + 1)
            count = cache.incr(key)
        except Exception:  # Redis down or flushed between add and incr: fail open
            logger.warning("Rate limit %s not counted: cache unavailable", action, exc_info=True)
            continue
        if count > limit.amount:
            return limit
    return None


def limit_message(limit: Limit) -> str:
    minutes = max(1, limit.seconds // 60)
    return ngettext(
        "You have done this too often in the last minute. Please wait a little and try again.",
        "You have done this too often in the last %(minutes)d minutes. "
        "Please wait a little and try again.",
        minutes,
    ) % {"minutes": minutes}


def too_many_requests(request, limit: Limit):
    response = render(
        request,
        "429.html",
        {"message": limit_message(limit), "fields": submitted_text(request)},
        status=429,
    )
    response["Retry-After"] = str(limit.seconds)
    return response


def rate_limited(action: str):
    """Refuse a POST over the action's limits with a 429 page; GETs pass untouched."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST":
                limit = exceeded_limit(request, action)
                if limit is not None:
                    return too_many_requests(request, limit)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
