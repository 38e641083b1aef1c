"""One-click unsubscribe (RFC 8058): a signed token per member and topic, no login needed.

Topics: "digest", "newsletter", "replies", "mentions", "reminders", "group:<id>", "messages".
Apps that own a topic's setting register a handler, so this module imports none of them.
"""

from collections.abc import Callable

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "hrnet.unsubscribe"
_handlers: dict[str, Callable] = {}
_checks: dict[str, Callable] = {}


def register(prefix: str, handler: Callable, subscribed: Callable | None = None) -> None:
    """handler(member, argument) turns the emails of that topic off; subscribed(member,
    argument) says whether they are still wanted (checked again just before sending)."""
    _handlers[prefix] = handler
    if subscribed is not None:
        _checks[prefix] = subscribed


def is_subscribed(member, topic: str) -> bool:
    prefix, _sep, argument = topic.partition(":")
    check = _checks.get(prefix)
    return True if check is None else bool(check(member, argument))


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
    return headers_for_url(unsubscribe_url(member, topic))


def headers_for_url(url: str) -> dict:
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


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


def _member_wants(field: str, off_value):
    def check(member, _argument):
        return getattr(type(member).objects.get(pk=member.pk), field) != off_value

    return check


register(
    "digest", _member_flag("digest_frequency", "off"), _member_wants("digest_frequency", "off")
)
register("newsletter", _member_flag("email_consent", False), _member_wants("email_consent", False))
register(
    "replies", _member_flag("email_on_replies", False), _member_wants("email_on_replies", False)
)
register(
    "mentions", _member_flag("email_on_mentions", False), _member_wants("email_on_mentions", False)
)
register(
    "reminders", _member_flag("event_reminders", False), _member_wants("event_reminders", False)
)
