from django.utils.functional import SimpleLazyObject

from forums import selectors


def moderation(request):
    # Lazy: only pages that render the account menu ask (cached, else one query).
    return {
        "moderates_any_group": SimpleLazyObject(lambda: selectors.moderates_any_group(request.user))
    }
