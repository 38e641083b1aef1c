"""Values read straight from a request (not through a form), made safe to use.

"²".isdigit() is True but int("²") raises; a 30-digit id overflows PostgreSQL's bigint; a NUL
byte cannot be stored in or compared with PostgreSQL text. Views that read a parameter by hand
go through these so bad input is simply ignored instead of becoming a server error.
"""

from django.utils.http import url_has_allowed_host_and_scheme

MAX_ID = 2**63 - 1  # PostgreSQL bigint


def whole_number(value, default=None, *, minimum: int = 0, maximum: int = MAX_ID):
    """`value` as an int if it is plain ASCII digits within [minimum, maximum], else `default`."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return default
    if len(value) > len(str(maximum)):
        return default
    number = int(value)
    return number if minimum <= number <= maximum else default


def plain_text(value, max_length: int) -> str:
    """`value` without NUL bytes, cut to `max_length` characters ("" for anything not text)."""
    if not isinstance(value, str):
        return ""
    return value.replace("\x00", "")[:max_length]


def local_path(request, value) -> str | None:
    """`value` if it is a path on this site ("/…"), else None.

    For "next" fields: redirect() reads a bare word ("1", "a:b") as the name of a URL pattern
    and fails, and a URL on another host is an open redirect."""
    target = plain_text(value, 2000)
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None
