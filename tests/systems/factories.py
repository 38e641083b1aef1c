"""Systems and declarations for tests; declarations go through the service like a member's."""

import itertools

from members.models import Organisation
from systems import services
from systems.models import System
from tests.factories import MemberFactory, OrganisationFactory

_numbers = itertools.count(1)


def make_system(
    name=None, *, category="payroll", vendor=None, status=System.Status.ACCEPTED, **fields
):
    number = next(_numbers)
    name = name or f"Test Payroll {number}"
    return System.objects.create(
        name=name,
        slug=f"test-system-{number}",
        category=category,
        vendor=vendor or f"Vendor {number}",
        status=status,
        **fields,
    )


def member_at(organisation: Organisation | str | None = None, **fields):
    if isinstance(organisation, str):
        organisation = OrganisationFactory(name=organisation)
    if organisation is None:
        organisation = OrganisationFactory()
    return MemberFactory(organisation=organisation, **fields)


def declare(system, member=None, **fields):
    member = member or member_at()
    return services.declare(member=member, system=system, **fields)


def rate_many(system, ratings, **fields):
    """One declaration per rating, each by a member of a different organisation."""
    return [declare(system, satisfaction=rating, **fields) for rating in ratings]
