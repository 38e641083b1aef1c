"""One-click unsubscribe (RFC 8058): a signed token per member and topic, no login needed.

Topics: "digest", "newsletter", "replies", "mentions", "reminders", "group:<id>". Apps that own
a topic's setting register a handler, so this module imports none of them.
"""

from collections.abc import Callable

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "hrnet.unsubscribe"
_handlers: dict[str, Callable] = {}


def register(prefix: str, handler: Callable) -> None:
    """handler(member, argument) turns the emails of that topic off."""
    _handlers[prefix] = handler


def make_token(member, topic: str) -> str:
    return signing.dumps({"m": member.pk, "t": topic}, salt=SALT, compress=True)


def read_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=SALT, max_age=None)
    except signing.BadSignature:
        return None
    return data.get("m"), data.get("t", "")


def unsubscribe_url(member, topic: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(
        "notifications:unsubscribe", args=[make_token(member, topic)]
    )


def headers(member, topic: str) -> dict:
    if not topic:
        return {}
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(member, topic)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def apply(member, topic: str) -> bool:
    prefix, _sep, argument = topic.partition(":")
    handler = _handlers.get(prefix)
    if handler is None:
        return False
    handler(member, argument)
    return True


def _member_flag(field: str, value):
    def handler(member, _argument):
        type(member).objects.filter(pk=member.pk).update(**{field: value})

    return handler


register("digest", _member_flag("digest_frequency", "off"))
register("newsletter", _member_flag("email_consent", False))
register("replies", _member_flag("email_on_replies", False))
register("mentions", _member_flag("email_on_mentions", False))
register("reminders", _member_flag("event_reminders", False))
