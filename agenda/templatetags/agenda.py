"""Hooks into the forums thread page and the event page: {% thread_poll %}, {% event_topics %}."""

from django import template

from agenda import selectors
from agenda.forms import TopicForm
from events import selectors as event_selectors
from forums import selectors as forum_selectors

register = template.Library()

TOPICS_ON_EVENT_PAGE = 10


@register.inclusion_tag("agenda/partials/thread_poll.html", takes_context=True)
def thread_poll(context):
    """The thread's poll (two queries), or for its author a link to add one."""
    thread, user = context["thread"], context["user"]
    access = context.get("access") or forum_selectors.access_to(user, thread.group)
    view = selectors.poll_view(user, thread, access)
    return {
        "view": view,
        "thread": thread,
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "can_add_poll": view is None and selectors.can_manage_poll(user, thread, access),
    }


@register.inclusion_tag("agenda/partials/event_topics.html", takes_context=True)
def event_topics(context):
    """ "Suggest topics" on an upcoming event's page, most votes first (one query)."""
    event, user = context["event"], context["user"]
    is_open = selectors.topics_open(event)
    topics = list(selectors.event_topics(user, event)[:TOPICS_ON_EVENT_PAGE])
    is_organiser = context.get("is_organiser")
    if is_organiser is None:
        is_organiser = event_selectors.is_organiser(user, event)
    return {
        "event": event,
        "user": user,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "topics": topics,
        "is_open": is_open,
        "is_organiser": is_organiser,
        "form": TopicForm(),
        "show": is_open or topics,
    }


@register.inclusion_tag("agenda/partials/progress.html")
def progress_bar(count, threshold):
    """Support toward the threshold as a bar with the numbers beside it."""
    threshold = max(1, threshold or 1)
    percent = min(100, round(100 * count / threshold))
    return {"count": count, "threshold": threshold, "percent": percent}
