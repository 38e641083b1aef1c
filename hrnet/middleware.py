"""A clear page, not a traceback, when PostgreSQL is unreachable.

A request that fails because the database connection is gone gets a translated 503 page with
Retry-After. Nothing was saved (every service runs in one transaction, which PostgreSQL rolls
back), so on a POST the page shows what the member wrote, ready to copy, and nothing is lost.

The page is rendered without context processors and without the request (they query the
database: the signed-in member, the notification bell).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

from hrnet.kept_text import submitted_text

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30

# SQLSTATEs that mean "the server is gone or not accepting connections", as opposed to errors
# of one statement (deadlock, serialization failure, statement timeout) which are real bugs
# or retries for the code that ran them.
CONNECTION_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}  # shutdown, crash, starting, too many


def is_database_unavailable(error: BaseException | None) -> bool:
    """True for a lost or refused database connection, not for an error of one statement."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    sqlstate = getattr(error.__cause__, "sqlstate", None)
    return sqlstate is None or sqlstate.startswith("08") or sqlstate in CONNECTION_SQLSTATES


def _back_url(request) -> str:
    """Where the member came from (the form), if that is this site; else the start page."""
    referer = request.META.get("HTTP_REFERER", "")
    try:
        host = request.get_host()
    except DisallowedHost:
        return "/"
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={host}, require_https=request.is_secure()
    ):
        return referer
    return "/"


def database_unavailable_response(request) -> HttpResponse:
    language = translation.get_language() or settings.LANGUAGE_CODE
    context = {
        "LANGUAGE_CODE": language,
        "static_url": settings.STATIC_URL,
        "fields": submitted_text(request),
        "path": request.get_full_path(),
        "back_url": _back_url(request),
        "retry_after": RETRY_AFTER_SECONDS,
    }
    # No request: no context processors, nothing that needs the database.
    html = render_to_string("503.html", context)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection in a view into the 503 page.

    Failures in other middleware (loading the signed-in member) reach ``hrnet.views.server_error``
    (handler500), which renders the same page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.error(
            "Database unavailable during %s %s: %s", request.method, request.path, exception
        )
        return database_unavailable_response(request)
