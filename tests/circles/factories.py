"""Rounds, sign-ups and members of several organisations, made through circles.services."""

import itertools
from datetime import time, timedelta

from django.test import TestCase
from django.utils import timezone

from circles import services
from circles.models import CircleRound, Experience
from forums.models import Group
from tests.factories import MemberFactory, OrganisationFactory
from tests.forums.factories import add_member, make_group

_numbers = itertools.count(1)
THEMES = ["Difficult conversations", "Burnout and return to work", "Leading change"]
EXPERIENCES = list(Experience.values)


def make_theme_group(*, manager=None, visibility=Group.Visibility.OPEN):
    manager = manager or MemberFactory(display_name=f"Maja Manager{next(_numbers)}")
    return make_group(manager=manager, visibility=visibility), manager


def make_round(*, group, manager, **data) -> CircleRound:
    number = next(_numbers)
    fields = {
        "title": f"Intervision spring {number}",
        "description_markdown": "Peer supervision in **small** circles.",
        "min_size": 4,
        "max_size": 6,
        "signup_deadline": timezone.now() + timedelta(days=7),
        "themes": list(THEMES),
        "cadence_weeks": 4,
        "meeting_count": 3,
        "weekday": CircleRound.Weekday.TUESDAY,
        "meeting_time": time(16, 0),
        "duration_minutes": 90,
        "time_zone": "Europe/Stockholm",
        "format": CircleRound.Format.ONLINE,
        "place": "https://meet.example.org/intervision",
    }
    fields.update(data)
    return services.open_round(manager=manager, group=group, data=fields)


def group_member(group, *, organisation=None, **fields):
    member = MemberFactory(organisation=organisation, **fields)
    add_member(group, member)
    return member


def sign_up_people(round_, count, *, organisations=None, start=0):
    """`count` members of the round's group signed up, each from the organisation at the same
    position in `organisations` (a new organisation each when not given)."""
    signups = []
    for index in range(count):
        organisation = organisations[index] if organisations is not None else OrganisationFactory()
        member = group_member(round_.group, organisation=organisation)
        signups.append(
            services.sign_up(
                member=member,
                round_=round_,
                themes=[THEMES[(start + index) % len(THEMES)]],
                experience=EXPERIENCES[(start + index) % len(EXPERIENCES)],
                availability=["tue-pm", "wed-am"] if index % 2 else ["tue-pm"],
            )
        )
    return signups


def publish(round_, manager):
    """Publish, and run the per-circle set-up tasks that are enqueued on commit (eagerly)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        services.publish_round(manager=manager, round_=round_)
