"""The account menu on every signed-in page: the two badges (notifications, messages) and the
link to the moderation queue. Each is kept in Redis by its own app; both are read here in one
round trip, and only on pages that render the menu (lazy)."""

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from forums import selectors as forum_selectors
from notifications import selectors as notification_selectors


def account_menu(request):
    menu = {}

    def load(name):
        if not menu:
            user = request.user
            keys = {}
            if user.is_authenticated:
                keys = {
                    "counts": notification_selectors.unread_counts_key(user.pk),
                    "moderates": forum_selectors.moderates_key(user.pk),
                }
            found = cache.get_many(list(keys.values())) if keys else {}
            counts = notification_selectors.unread_counts(user, known=found.get(keys.get("counts")))
            menu.update(
                bell=counts["bell"],
                messages=counts["messages"],
                moderates=forum_selectors.moderates_any_group(
                    user, known=found.get(keys.get("moderates"))
                ),
            )
        return menu[name]

    return {
        "unread_notification_count": SimpleLazyObject(lambda: load("bell")),
        "unread_message_count": SimpleLazyObject(lambda: load("messages")),
        "moderates_any_group": SimpleLazyObject(lambda: load("moderates")),
    }
