"""Alumni networks, former employees and alumni for the alumni tests.

Networks and memberships are made through alumni.services, so the private forums group follows
the network exactly as it does for real members (add_to_group / remove_from_group).
"""

import itertools
from pathlib import Path

from alumni import services
from alumni.models import AlumniMembership, AlumniNetwork, FormerEmployee
from tests.factories import MemberFactory

DATA = Path(__file__).parent / "data"
_numbers = itertools.count(1)


def data_file(name: str) -> bytes:
    """A leaver register as an HR system exported it (bytes exactly as uploaded)."""
    return (DATA / name).read_bytes()


def make_network(
    *,
    admin=None,
    organisation_name: str | None = None,
    name: str | None = None,
    join_policy: str = AlumniNetwork.JoinPolicy.INVITATION,
    purpose: str = "Stay in touch with your former colleagues.",
    guidelines: str = "Be kind. What is said here stays here.",
) -> AlumniNetwork:
    """A network set up by a site admin, as the "New alumni network" page does it."""
    number = next(_numbers)
    return services.create_network(
        creator=MemberFactory(is_staff=True),
        organisation_name=organisation_name or f"Company {number} AB",
        name=name or f"Company {number} Alumni",
        admin=admin or MemberFactory(),
        purpose=purpose,
        guidelines=guidelines,
        join_policy=join_policy,
    )


def make_former_employee(network: AlumniNetwork, **fields) -> FormerEmployee:
    """A row of the leaver register (as confirm_import stores it)."""
    number = next(_numbers)
    fields.setdefault("name", f"Former Employee{number}")
    fields.setdefault("email", f"former{number}@example.org")
    return FormerEmployee.objects.create(network=network, **fields)


def add_alumnus(network: AlumniNetwork, member=None, **register) -> AlumniMembership:
    """An approved alumnus who joined through an invitation and accepted the guidelines."""
    member = member or MemberFactory()
    register.setdefault("name", member.display_name)
    register.setdefault("email", member.email)
    person = make_former_employee(network, **register)
    return services.join_by_invitation(member=member, person=person)


def add_pending(network: AlumniNetwork, member=None, **fields) -> AlumniMembership:
    """Someone whose request to join waits for the admins (request networks only)."""
    member = member or MemberFactory()
    return services.request_to_join(member=member, network=network, **fields)
