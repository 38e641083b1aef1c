from django.utils.functional import SimpleLazyObject

from notifications import selectors


def unread_notifications(request):
    # Lazy: pages that do not render the header pay no query; both badges share one query.
    counts = {}

    def count(name):
        if not counts:
            counts.update(selectors.unread_counts(request.user))
        return counts[name]

    return {
        "unread_notification_count": SimpleLazyObject(lambda: count("bell")),
        "unread_message_count": SimpleLazyObject(lambda: count("messages")),
    }
