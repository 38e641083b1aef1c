"""Groups, memberships, threads and replies for the forums tests.

Content is created through forums.services, so counters, search vectors, fingerprints and
mentions are exactly what members produce. Each helper takes keyword arguments and fills in the
rest with unique, readable text (unique bodies: the same text twice is refused as a cross-post).
"""

import itertools

import factory

from forums import services
from forums.models import Group, GroupMembership, Reply, Thread
from tests.factories import MemberFactory

_numbers = itertools.count(1)


def _next() -> int:
    return next(_numbers)


class GroupFactory(factory.django.DjangoModelFactory):
    """A bare group row (no manager, counters zero). Prefer make_group for realistic groups."""

    class Meta:
        model = Group

    name = factory.Sequence(lambda n: f"Group {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")


def make_group(*, manager=None, visibility=Group.Visibility.OPEN, **fields) -> Group:
    """A group created by a member (its manager), as the site creates them."""
    manager = manager or MemberFactory()
    fields.setdefault("name", f"HR group {_next()}")
    group = services.create_group(creator=manager, visibility=visibility, **fields)
    group.refresh_from_db()
    return group


def add_member(group: Group, member=None, *, role=GroupMembership.Role.MEMBER) -> GroupMembership:
    """An active member of any group (as if invited and accepted), with member_count kept right."""
    member = member or MemberFactory()
    if group.visibility == Group.Visibility.OPEN:
        membership = services.join_group(member=member, group=group)
    else:
        manager = _a_manager(group)
        services.invite_to_group(manager=manager, group=group, member=member)
        membership = services.join_group(member=member, group=group)
    if role != GroupMembership.Role.MEMBER:
        membership.role = role
        membership.save(update_fields=["role"])
    group.refresh_from_db()
    return membership


def _a_manager(group: Group):
    membership = (
        GroupMembership.objects.filter(group=group, role=GroupMembership.Role.MANAGER)
        .select_related("member")
        .first()
    )
    if membership is not None:
        return membership.member
    return MemberFactory(is_staff=True)


def make_thread(*, group: Group, author=None, **fields) -> Thread:
    """A thread started through services.start_thread (joins an open group on first post)."""
    number = _next()
    author = author or add_member(group).member
    fields.setdefault("title", f"Thread number {number} about onboarding")
    fields.setdefault("body", f"Body {number}: how do you welcome new colleagues in week one?")
    thread = services.start_thread(author=author, group=group, **fields)
    thread.refresh_from_db()
    return thread


def make_reply(*, thread: Thread, author=None, **fields) -> Reply:
    number = _next()
    author = author or add_member(thread.group).member
    fields.setdefault("body", f"Reply {number}: we pair every newcomer with a buddy.")
    reply = services.post_reply(author=author, thread=thread, **fields)
    reply.refresh_from_db()
    return reply


def make_job(*, group: Group, author=None, **job) -> Thread:
    job.setdefault("job_location", "Malmö")
    job.setdefault("job_country", "SE")
    job.setdefault("employment_type", "permanent")
    number = _next()
    return make_thread(
        group=group,
        author=author,
        section=Thread.Section.JOB,
        title=f"Payroll specialist {number}",
        body=f"Job {number}: we are hiring a payroll specialist for our Nordic team.",
        job=job,
    )
