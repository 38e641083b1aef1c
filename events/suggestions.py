"""“Talk to three people you know and two you don't”: suggestions among an event's attendees."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Q, Value

from events.models import Registration

KNOWN = 3
NEW = 2


@dataclass
class PeopleToMeet:
    known: list
    new: list


def people_to_meet(event, member) -> PeopleToMeet:
    """Three attendees the member already knows (past events together, shared groups, replies
    to each other) and two new ones with shared expertise from other organisations."""
    from forums.models import GroupMembership, Reply
    from members.models import Member

    attendees = Registration.objects.filter(
        event=event, status=Registration.Status.REGISTERED
    ).exclude(member=member)
    attendee_ids = attendees.values("member_id")
    # Familiarity in one query: a UNION ALL of (other member, points) rows from past events
    # together (2), shared groups (1) and replies to each other's threads (3, first 2,000).
    past_events = Registration.objects.filter(
        member=member, status=Registration.Status.REGISTERED, event__ends_at__lt=event.starts_at
    ).values("event_id")
    together = (
        Registration.objects.filter(
            event_id__in=past_events,
            member_id__in=attendee_ids,
            status=Registration.Status.REGISTERED,
        )
        .annotate(points=Value(2))
        .values_list("member_id", "points")
    )
    my_groups = GroupMembership.objects.filter(member=member, status="active").values("group_id")
    shared = (
        GroupMembership.objects.filter(
            group_id__in=my_groups, member_id__in=attendee_ids, status="active"
        )
        .annotate(points=Value(1))
        .values_list("member_id", "points")
    )
    # Anonymous posts link nobody: "you talked with X" would name an anonymous author.
    replied = (
        Reply.objects.filter(author=member, thread__author_id__in=attendee_ids)
        .filter(is_anonymous=False, thread__is_anonymous=False)
        .annotate(points=Value(3))
        .values_list("thread__author_id", "points")[:2000]
    )
    replied_to = (
        Reply.objects.filter(author_id__in=attendee_ids, thread__author=member)
        .filter(is_anonymous=False, thread__is_anonymous=False)
        .annotate(points=Value(3))
        .values_list("author_id", "points")[:2000]
    )
    familiarity = Counter()
    for other, points in together.union(shared, replied, replied_to, all=True):
        familiarity[other] += points

    # The attendees and the member, with organisations and expertise (two queries).
    everyone = {
        person.pk: person
        for person in Member.objects.filter(
            Q(pk__in=attendee_ids, is_active=True) | Q(pk=member.pk)
        )
        .select_related("organisation")
        .prefetch_related("expertise")
    }
    me = everyone.pop(member.pk, member)
    people = everyone
    if not people:
        return PeopleToMeet(known=[], new=[])
    known = [people[pk] for pk, _score in familiarity.most_common() if pk in people][:KNOWN]
    my_tags = {tag.pk for tag in me.expertise.all()}
    candidates = [
        person
        for pk, person in people.items()
        if pk not in familiarity
        and (member.organisation_id is None or person.organisation_id != member.organisation_id)
    ]
    candidates.sort(
        key=lambda person: (
            -len(my_tags & {tag.pk for tag in person.expertise.all()}),
            person.public_name,
        )
    )
    return PeopleToMeet(known=known, new=candidates[:NEW])
