"""Pages of the circles app: who may see what (404 for outsiders), forms, messages."""

import pytest
from django.urls import reverse

from circles import services
from circles.models import Circle, CircleRound, SignUp
from tests.circles.factories import (
    group_member,
    make_round,
    make_theme_group,
    publish,
    sign_up_people,
)
from tests.factories import MemberFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    group, manager = make_theme_group()
    round_ = make_round(group=group, manager=manager)
    return group, manager, round_


def _publish(round_, manager, count=8):
    sign_up_people(round_, count)
    services.form_circles(manager=manager, round_=round_, seconds=0.3)
    publish(round_, manager)
    return Circle.objects.filter(round=round_).order_by("number")


def _client(client, member):
    client.force_login(member)
    return client


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    group, _manager, round_ = world
    for url in (
        reverse("circles:mine"),
        reverse("circles:group_rounds", args=[group.slug]),
        reverse("circles:round", args=[round_.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_group_members_see_rounds_outsiders_get_404(client, world):
    group, _manager, round_ = world
    member = group_member(group)
    outsider = MemberFactory()

    _client(client, member)
    assert client.get(reverse("circles:group_rounds", args=[group.slug])).status_code == 200
    assert client.get(reverse("circles:round", args=[round_.pk])).status_code == 200
    assert client.get(reverse("circles:new_round", args=[group.slug])).status_code == 404

    _client(client, outsider)
    assert client.get(reverse("circles:group_rounds", args=[group.slug])).status_code == 404
    assert client.get(reverse("circles:round", args=[round_.pk])).status_code == 404


def test_group_page_links_to_circles_for_members_only(client, world):
    group, _manager, _round = world
    url = reverse("circles:group_rounds", args=[group.slug])

    _client(client, MemberFactory())
    assert url not in client.get(group.get_absolute_url()).content.decode()
    _client(client, group_member(group))
    assert url in client.get(group.get_absolute_url()).content.decode()


def test_manager_opens_a_round_through_the_form(client, world):
    group, manager, _round = world
    _client(client, manager)

    response = client.post(
        reverse("circles:new_round", args=[group.slug]),
        {
            "title": "Autumn intervision",
            "description_markdown": "Bring a case.",
            "themes_text": "Feedback\nConflict\n\nfeedback",
            "min_size": 4,
            "max_size": 8,
            "signup_deadline": "2099-10-01T12:00",
            "cadence_weeks": 4,
            "meeting_count": 6,
            "weekday": 2,
            "meeting_time": "09:00",
            "duration_minutes": 120,
            "time_zone": "Europe/Oslo",
            "format": "in_person",
            "place": "Oslo office",
        },
    )

    round_ = CircleRound.objects.get(title="Autumn intervision")
    assert response.status_code == 302
    assert round_.themes == ["Feedback", "Conflict"]
    assert round_.created_by == manager


def test_bad_round_form_shows_messages_and_saves_nothing(client, world):
    group, manager, _round = world
    _client(client, manager)

    response = client.post(
        reverse("circles:new_round", args=[group.slug]),
        {"title": "X", "themes_text": "", "min_size": 6, "max_size": 3, "time_zone": "Mars/Base"},
    )

    assert response.status_code == 200
    assert CircleRound.objects.filter(title="X").count() == 0
    text = response.content.decode()
    assert "Offer at least one theme." in text
    assert "The largest circle cannot be smaller than the smallest." in text
    assert "Unknown time zone" in text


def test_member_signs_up_through_the_form(client, world):
    group, _manager, round_ = world
    member = group_member(group)
    _client(client, member)

    response = client.post(
        reverse("circles:sign_up", args=[round_.pk]),
        {"themes": ["Leading change"], "experience": "2to5", "availability": ["mon-am", "thu-ev"]},
    )

    assert response.status_code == 302
    signup = SignUp.objects.get(round=round_, member=member)
    assert signup.availability == ["mon-am", "thu-ev"]


def test_sign_up_without_times_explains_and_saves_nothing(client, world):
    group, _manager, round_ = world
    _client(client, group_member(group))

    response = client.post(
        reverse("circles:sign_up", args=[round_.pk]),
        {"themes": ["Leading change"], "experience": "2to5"},
    )

    assert response.status_code == 400
    assert "Tick at least one time of the week" in response.content.decode()
    assert not SignUp.objects.exists()


def test_refused_move_shows_the_reason(client, world):
    _group, manager, round_ = world
    acme = OrganisationFactory(name="Acme")
    others = [OrganisationFactory() for _ in range(6)]
    sign_up_people(round_, 8, organisations=[acme, acme, *others])
    services.form_circles(manager=manager, round_=round_, seconds=0.3)
    colleagues = list(SignUp.objects.filter(round=round_, member__organisation=acme))
    _client(client, manager)

    response = client.post(
        reverse("circles:move", args=[round_.pk]),
        {"signup": colleagues[0].pk, "circle": colleagues[1].circle_id},
        follow=True,
    )

    assert "from the same organisation is already in it" in response.content.decode()


def test_circle_page_is_for_its_members_and_the_group_managers_only(client, world):
    group, manager, round_ = world
    circles = _publish(round_, manager)
    first, second = circles
    insider = first.signups.first().member
    other_circle = second.signups.first().member
    group_only = group_member(group)
    url = reverse("circles:circle", args=[first.pk])

    for member, status in (
        (insider, 200),
        (manager, 200),
        (MemberFactory(is_staff=True), 200),
        (other_circle, 404),
        (group_only, 404),
        (MemberFactory(), 404),
    ):
        _client(client, member)
        assert client.get(url).status_code == status, member
    for member, status in ((insider, 200), (other_circle, 404), (group_only, 404)):
        _client(client, member)
        assert client.get(first.private_group.get_absolute_url()).status_code == status
        meeting = first.private_group.events.first()
        assert client.get(meeting.get_absolute_url()).status_code == status


def test_members_do_not_see_proposed_circles_before_publishing(client, world):
    _group, manager, round_ = world
    sign_up_people(round_, 8)
    services.form_circles(manager=manager, round_=round_, seconds=0.3)
    circle = Circle.objects.filter(round=round_).first()

    _client(client, circle.signups.first().member)
    assert client.get(reverse("circles:circle", args=[circle.pk])).status_code == 404
    _client(client, manager)
    assert client.get(reverse("circles:circle", args=[circle.pk])).status_code == 200


def test_my_circles_shows_the_circle_its_people_and_next_meeting(client, world):
    _group, manager, round_ = world
    circle = _publish(round_, manager).first()
    signup = circle.signups.select_related("member").first()
    _client(client, signup.member)

    text = client.get(reverse("circles:mine")).content.decode()

    assert circle.name in text
    for other in circle.signups.select_related("member"):
        assert other.member.public_name in text
    assert circle.private_group.events.order_by("starts_at").first().title in text
    assert circle.private_group.get_absolute_url() in text


def test_leaving_through_the_page(client, world):
    _group, manager, round_ = world
    circle = _publish(round_, manager).first()
    member = circle.signups.first().member
    _client(client, member)

    response = client.post(reverse("circles:leave", args=[circle.pk]))

    assert response.status_code == 302
    assert client.get(reverse("circles:circle", args=[circle.pk])).status_code == 404


def test_plain_members_cannot_post_manager_actions(client, world):
    group, manager, round_ = world
    sign_up_people(round_, 8)
    _client(client, group_member(group))
    for name in ("form", "publish", "close", "move"):
        assert client.post(reverse(f"circles:{name}", args=[round_.pk])).status_code == 404
    round_.refresh_from_db()
    assert round_.status == CircleRound.Status.OPEN
