from django.utils.functional import SimpleLazyObject

from forums import selectors


def moderation(request):
    # Lazy: one query, only on pages that render the account menu.
    return {
        "moderates_any_group": SimpleLazyObject(
            lambda: selectors.moderated_groups(request.user).exists()
        )
    }
