"""Authentication backends that keep the signed-in member in Redis.

Every signed-in page reads the member behind the session; from PostgreSQL that is one query of
a wide row per request. The member is kept in the cache and forgotten by every write to it
(members.receivers on save and delete, and the services that write with update()), so a changed
password, a deactivated account or a new language takes effect on the next request. The
checks Django makes on the member (active, session hash of the password) run as before.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction

SIGNED_IN_MEMBER_SECONDS = 300


def _key(member_id) -> str:
    return f"members:signed-in:{member_id}"


def forget_signed_in_member(member_id) -> None:
    # At once, and again on commit: a request between the two would cache the old row.
    key = _key(member_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


class CachedMemberMixin:
    def get_user(self, user_id):
        key = _key(user_id)
        member = cache.get(key)
        if member is None:
            member = (
                get_user_model()._default_manager.defer("search_vector").filter(pk=user_id).first()
            )
            if member is None:
                return None
            cache.set(key, member, SIGNED_IN_MEMBER_SECONDS)
        return member if self.user_can_authenticate(member) else None


class CachedModelBackend(CachedMemberMixin, ModelBackend):
    pass


class CachedAllauthBackend(CachedMemberMixin, AuthenticationBackend):
    pass
