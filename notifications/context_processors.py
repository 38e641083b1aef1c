from django.utils.functional import SimpleLazyObject

from notifications import selectors


def unread_notifications(request):
    # Lazy: pages that do not render the header bell pay no query.
    count = SimpleLazyObject(lambda: selectors.unread_count(request.user))
    return {"unread_notification_count": count}
