"""“Talk to three people you know and two you don't”: suggestions among an event's attendees."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Q

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

    attendee_ids = set(
        Registration.objects.filter(event=event, status=Registration.Status.REGISTERED)
        .exclude(member=member)
        .values_list("member_id", flat=True)
    )
    if not attendee_ids:
        return PeopleToMeet(known=[], new=[])
    familiarity = Counter()
    past_events = Registration.objects.filter(
        member=member, status=Registration.Status.REGISTERED, event__ends_at__lt=event.starts_at
    ).values("event_id")
    for other in Registration.objects.filter(
        event_id__in=past_events, member_id__in=attendee_ids, status=Registration.Status.REGISTERED
    ).values_list("member_id", flat=True):
        familiarity[other] += 2
    my_groups = GroupMembership.objects.filter(member=member, status="active").values("group_id")
    for other in GroupMembership.objects.filter(
        group_id__in=my_groups, member_id__in=attendee_ids, status="active"
    ).values_list("member_id", flat=True):
        familiarity[other] += 1
    # Anonymous posts link nobody: "you talked with X" would name an anonymous author.
    conversations = (
        Reply.objects.filter(
            Q(author=member, thread__author_id__in=attendee_ids)
            | Q(author_id__in=attendee_ids, thread__author=member)
        )
        .filter(is_anonymous=False, thread__is_anonymous=False)
        .values_list("author_id", "thread__author_id")
    )
    for author_id, thread_author_id in conversations[:2000]:
        other = thread_author_id if author_id == member.pk else author_id
        familiarity[other] += 3

    people = {
        person.pk: person
        for person in Member.objects.filter(pk__in=attendee_ids, is_active=True)
        .select_related("organisation")
        .prefetch_related("expertise")
    }
    known = [people[pk] for pk, _score in familiarity.most_common() if pk in people][:KNOWN]
    my_tags = {tag.pk for tag in member.expertise.all()}
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
