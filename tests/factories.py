import secrets

import factory
from django.contrib.auth.hashers import make_password

from members.models import Invitation, Member, Organisation, RoleCategory

PASSWORD = "correct-horse-battery-staple"
_PASSWORD_HASH = make_password(PASSWORD)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("normalised_name",)

    name = factory.Sequence(lambda n: f"Organisation {n}")
    normalised_name = factory.LazyAttribute(lambda o: Organisation.normalise(o.name))


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member Number{n}")
    role = RoleCategory.HR_DIRECTOR
    country = "SE"
    email_verified = True
    password = _PASSWORD_HASH

    @factory.post_generation
    def refresh_search(member, create, extracted, **kwargs):
        if create:
            from members.services import refresh_search_vector

            refresh_search_vector(member)

    @factory.post_generation
    def verified_address(member, create, extracted, **kwargs):
        # allauth's mandatory verification reads EmailAddress: a verified member can sign in.
        if create and member.email_verified:
            from allauth.account.models import EmailAddress

            EmailAddress.objects.get_or_create(
                user=member, email=member.email, defaults={"verified": True, "primary": True}
            )


class InvitationFactory(factory.django.DjangoModelFactory):
    """An invitation row written directly: no email is enqueued or sent."""

    class Meta:
        model = Invitation

    inviter = factory.SubFactory(MemberFactory)
    email = factory.Sequence(lambda n: f"colleague{n}@example.org")
    token = factory.LazyFunction(lambda: secrets.token_urlsafe(32))
