"""Query budgets: the manager's round page and "My circles" cost the same with few or many rows.

Every page for a signed-in member pays 3 queries outside the app (the member, the unread
notifications count, the header's "moderates any group"). Measured totals (budget one above):

- round page (manager, circles proposed) 8: the round with its group; my membership of the
  group; my sign-up; the sign-ups with members and organisations; the circles with their
  private groups.
- "My circles" 8: my sign-ups with rounds, groups, circles and private groups; the circles'
  people with organisations; the next meetings (one query for all); my groups; open rounds.
- circle page 9: the circle with round, group and private group; my membership of the group;
  the people with organisations; the meetings.
"""

import pytest
from django.urls import reverse

from circles import services
from circles.models import Circle
from tests.circles.factories import make_round, make_theme_group, publish, sign_up_people

pytestmark = pytest.mark.django_db

ROUND_PAGE_BUDGET = 9
MY_CIRCLES_BUDGET = 9
CIRCLE_PAGE_BUDGET = 10


@pytest.mark.parametrize("people", [8, 40])
def test_round_page_budget(client, people, django_assert_max_num_queries):
    group, manager = make_theme_group()
    round_ = make_round(group=group, manager=manager)
    sign_up_people(round_, people)
    services.form_circles(manager=manager, round_=round_, seconds=0.3)
    client.force_login(manager)
    url = reverse("circles:round", args=[round_.pk])

    with django_assert_max_num_queries(ROUND_PAGE_BUDGET):
        response = client.get(url)

    assert response.status_code == 200
    assert (
        response.content.decode().count('class="circle-card"')
        == Circle.objects.filter(round=round_).count()
    )


@pytest.mark.parametrize("rounds", [1, 4])
def test_my_circles_budget(client, rounds, django_assert_max_num_queries):
    group, manager = make_theme_group()
    member = None
    for _ in range(rounds):
        round_ = make_round(group=group, manager=manager, meeting_count=2)
        signups = sign_up_people(round_, 8)
        if member is None:
            member = signups[0].member
        else:
            services.sign_up(
                member=member,
                round_=round_,
                themes=[round_.themes[0]],
                experience="lt2",
                availability=["tue-pm"],
            )
        services.form_circles(manager=manager, round_=round_, seconds=0.2)
        publish(round_, manager)
    make_round(group=group, manager=manager)  # one open round to sign up for
    client.force_login(member)

    with django_assert_max_num_queries(MY_CIRCLES_BUDGET):
        response = client.get(reverse("circles:mine"))

    assert response.status_code == 200
    assert response.content.decode().count('class="next-meeting"') == rounds


@pytest.mark.parametrize("meetings", [2, 12])
def test_circle_page_budget(client, meetings, django_assert_max_num_queries):
    group, manager = make_theme_group()
    round_ = make_round(group=group, manager=manager, meeting_count=meetings, max_size=8)
    signups = sign_up_people(round_, 8)
    services.form_circles(manager=manager, round_=round_, seconds=0.2)
    publish(round_, manager)
    circle = Circle.objects.get(round=round_)
    client.force_login(signups[0].member)

    with django_assert_max_num_queries(CIRCLE_PAGE_BUDGET):
        response = client.get(circle.get_absolute_url())

    assert response.status_code == 200
    assert response.content.decode().count("<time") == meetings
