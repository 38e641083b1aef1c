"""Opening a round, signing up, forming, moving, publishing, leaving and closing."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from circles import selectors, services
from circles.models import Circle, CircleRound, SignUp
from events.models import Event, Registration
from forums import selectors as forum_selectors
from forums.models import Group, GroupMembership
from notifications.models import Notification
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
def setup():
    group, manager = make_theme_group()
    return group, manager, make_round(group=group, manager=manager)


def _formed(round_, manager, count=10, organisations=None):
    sign_up_people(round_, count, organisations=organisations)
    services.form_circles(manager=manager, round_=round_, seconds=0.5)
    round_.refresh_from_db()
    return list(round_.circles.order_by("number"))


def test_only_group_managers_open_rounds(setup):
    group, _manager, _round = setup
    member = group_member(group)

    with pytest.raises(PermissionDenied):
        make_round(group=group, manager=member)


def test_round_needs_themes_and_sensible_sizes(setup):
    group, manager, _round = setup

    with pytest.raises(ValidationError):
        make_round(group=group, manager=manager, themes=[" ", ""])
    with pytest.raises(ValidationError):
        make_round(group=group, manager=manager, min_size=6, max_size=4)
    with pytest.raises(ValidationError):
        make_round(group=group, manager=manager, signup_deadline=timezone.now() - timedelta(1))


def test_members_sign_up_with_themes_experience_and_availability(setup):
    group, _manager, round_ = setup
    member = group_member(group)

    signup = services.sign_up(
        member=member,
        round_=round_,
        themes=["Leading change", "Not offered"],
        experience="5to10",
        availability=["thu-ev", "sun-am"],
    )

    assert signup.themes == ["Leading change"]
    assert signup.availability == ["thu-ev"]


def test_signing_up_twice_updates_the_one_sign_up(setup):
    group, _manager, round_ = setup
    member = group_member(group)
    for slot in ("mon-am", "fri-pm"):
        services.sign_up(
            member=member,
            round_=round_,
            themes=["Leading change"],
            experience="lt2",
            availability=[slot],
        )

    assert SignUp.objects.get(round=round_, member=member).availability == ["fri-pm"]


def test_outsiders_and_late_sign_ups_are_refused(setup):
    group, _manager, round_ = setup
    with pytest.raises(PermissionDenied):
        services.sign_up(
            member=MemberFactory(),
            round_=round_,
            themes=["Leading change"],
            experience="lt2",
            availability=["mon-am"],
        )
    member = group_member(group)
    CircleRound.objects.filter(pk=round_.pk).update(signup_deadline=timezone.now())
    with pytest.raises(ValidationError):
        services.sign_up(
            member=member,
            round_=round_,
            themes=["Leading change"],
            experience="lt2",
            availability=["mon-am"],
        )


def test_sign_up_without_a_theme_or_a_time_is_refused(setup):
    group, _manager, round_ = setup
    member = group_member(group)
    with pytest.raises(ValidationError):
        services.sign_up(
            member=member, round_=round_, themes=[], experience="lt2", availability=["mon-am"]
        )
    with pytest.raises(ValidationError):
        services.sign_up(
            member=member,
            round_=round_,
            themes=["Leading change"],
            experience="lt2",
            availability=[],
        )
    assert not SignUp.objects.exists()


def test_forming_places_everyone_without_colleagues_together(setup):
    _group, manager, round_ = setup
    acme, globex = OrganisationFactory(name="Acme"), OrganisationFactory(name="Globex")
    organisations = [acme, acme, globex, globex] + [OrganisationFactory() for _ in range(8)]

    circles = _formed(round_, manager, 12, organisations)

    assert round_.status == CircleRound.Status.PROPOSED
    assert len(circles) == 2
    for circle in circles:
        orgs = [s.member.organisation_id for s in circle.signups.select_related("member")]
        assert len(orgs) == len(set(orgs))
        assert 4 <= len(orgs) <= 6
        assert circle.fit["size"] == len(orgs)


def test_remainder_is_listed_with_a_reason(setup):
    _group, manager, round_ = setup
    acme = OrganisationFactory(name="Acme")

    _formed(round_, manager, 5, [acme] * 2 + [OrganisationFactory() for _ in range(3)])

    unplaced = SignUp.objects.get(round=round_, circle__isnull=True)
    assert unplaced.unplaced_reason == SignUp.Reason.COLLEAGUES
    assert unplaced.member.organisation == acme


def test_moving_a_colleague_into_their_colleagues_circle_is_refused(setup):
    _group, manager, round_ = setup
    acme = OrganisationFactory(name="Acme")
    circles = _formed(round_, manager, 10, [acme, acme] + [OrganisationFactory() for _ in range(8)])
    first, second = circles
    colleague = SignUp.objects.get(circle=second, member__organisation=acme)

    with pytest.raises(ValidationError, match="same organisation"):
        services.move_member(manager=manager, signup=colleague, to_circle=first)
    colleague.refresh_from_db()
    assert colleague.circle == second


def test_moves_that_break_the_sizes_are_refused(setup):
    _group, manager, round_ = setup
    first, second = _formed(round_, manager, 8)  # two circles of 4 (min 4, max 6)
    someone = first.signups.first()

    with pytest.raises(ValidationError, match="too small"):
        services.move_member(manager=manager, signup=someone, to_circle=second)
    someone.refresh_from_db()
    assert someone.circle == first


def test_a_move_into_a_full_circle_is_refused(setup):
    group, manager, round_ = setup
    first, _second = _formed(round_, manager, 12)  # two circles of 6
    late = group_member(group, organisation=OrganisationFactory())
    signup = SignUp.objects.create(
        round=round_,
        member=late,
        themes=["Leading change"],
        experience="lt2",
        availability=["mon-am"],
    )

    with pytest.raises(ValidationError, match="full"):
        services.move_member(manager=manager, signup=signup, to_circle=first)


def test_a_valid_move_updates_both_fit_reports(setup):
    _group, manager, round_ = setup
    first, second = _formed(round_, manager, 9)  # 5 + 4
    big, small = (first, second) if first.signups.count() == 5 else (second, first)
    mover = big.signups.first()

    services.move_member(manager=manager, signup=mover, to_circle=small)

    big.refresh_from_db()
    small.refresh_from_db()
    assert big.fit["size"] == 4 and small.fit["size"] == 5


def test_publishing_creates_private_groups_meetings_and_notifies_once(setup):
    group, manager, round_ = setup
    circles = _formed(round_, manager, 9)

    publish(round_, manager)

    round_.refresh_from_db()
    assert round_.status == CircleRound.Status.PUBLISHED
    for circle in Circle.objects.filter(round=round_).select_related("private_group"):
        private = circle.private_group
        assert private.parent == group
        assert private.visibility == Group.Visibility.HIDDEN
        member_ids = set(circle.signups.values_list("member_id", flat=True))
        assert (
            set(
                GroupMembership.objects.filter(group=private, status="active").values_list(
                    "member_id", flat=True
                )
            )
            == member_ids
        )
        meetings = Event.objects.filter(group=private).order_by("starts_at")
        assert meetings.count() == round_.meeting_count
        assert meetings[1].starts_at - meetings[0].starts_at in (
            timedelta(weeks=4),
            timedelta(weeks=4, hours=1),
            timedelta(weeks=4, hours=-1),
        )
        assert meetings[0].starts_at.astimezone(ZoneInfo("Europe/Stockholm")).weekday() == 1
        assert (
            set(
                Registration.objects.filter(event=meetings[0], status="registered").values_list(
                    "member_id", flat=True
                )
            )
            == member_ids
        )
    placed = sum(c.signups.count() for c in circles)
    assert Notification.objects.filter(key__startswith="circle-published:").count() == placed

    with pytest.raises(ValidationError):
        publish(round_, manager)
    assert Notification.objects.filter(key__startswith="circle-published:").count() == placed


def test_circle_meetings_are_hidden_from_people_outside_the_circle(setup):
    group, manager, round_ = setup
    _formed(round_, manager, 8)
    publish(round_, manager)
    outsider = group_member(group)
    meeting = Event.objects.filter(group__circle__round=round_).first()
    insider = SignUp.objects.filter(circle__private_group=meeting.group).first().member

    from events import selectors as event_selectors

    assert event_selectors.can_see_event(insider, meeting)
    assert not event_selectors.can_see_event(outsider, meeting)
    assert not forum_selectors.can_see_group(
        outsider, meeting.group, forum_selectors.membership_of(outsider, meeting.group)
    )


def test_moving_after_publishing_moves_the_private_group_and_meetings_and_notifies(setup):
    _group, manager, round_ = setup
    _formed(round_, manager, 9)
    publish(round_, manager)
    circles = list(Circle.objects.filter(round=round_).select_related("private_group"))
    big, small = sorted(circles, key=lambda c: -c.signups.count())
    mover = big.signups.select_related("member").first()

    services.move_member(manager=manager, signup=mover, to_circle=small)

    member = mover.member
    assert not GroupMembership.objects.filter(group=big.private_group, member=member).exists()
    assert GroupMembership.objects.filter(
        group=small.private_group, member=member, status="active"
    ).exists()
    assert not Registration.objects.filter(
        event__group=big.private_group, member=member, status="registered"
    ).exists()
    assert (
        Registration.objects.filter(
            event__group=small.private_group, member=member, status="registered"
        ).count()
        == round_.meeting_count
    )
    moved = Notification.objects.filter(recipient=member, key__startswith="circle-moved:")
    assert moved.count() == 1


def test_leaving_ends_the_private_group_membership_and_registrations(setup):
    _group, manager, round_ = setup
    _formed(round_, manager, 8)
    publish(round_, manager)
    circle = Circle.objects.filter(round=round_).first()
    signup = circle.signups.select_related("member").first()

    services.leave_circle(member=signup.member, circle=circle)

    signup.refresh_from_db()
    assert signup.circle is None and signup.unplaced_reason == SignUp.Reason.LEFT
    assert not GroupMembership.objects.filter(
        group=circle.private_group, member=signup.member
    ).exists()
    assert not Registration.objects.filter(
        event__group=circle.private_group, member=signup.member, status="registered"
    ).exists()
    assert selectors.my_circles(signup.member) == []


def test_closing_archives_circles_and_calls_off_coming_meetings(setup):
    _group, manager, round_ = setup
    _formed(round_, manager, 8)
    publish(round_, manager)

    services.close_round(manager=manager, round_=round_)

    round_.refresh_from_db()
    assert round_.status == CircleRound.Status.CLOSED
    assert not Circle.objects.filter(round=round_, archived_at__isnull=True).exists()
    assert not Event.objects.filter(group__circle__round=round_, is_cancelled=False).exists()
    assert Group.objects.filter(circle__round=round_).count() == 2  # spaces kept


def test_members_cannot_form_move_publish_or_close(setup):
    group, manager, round_ = setup
    _formed(round_, manager, 8)
    member = group_member(group)
    signup = SignUp.objects.filter(round=round_).first()
    for call in (
        lambda: services.form_circles(manager=member, round_=round_),
        lambda: services.move_member(manager=member, signup=signup, to_circle=None),
        lambda: services.publish_round(manager=member, round_=round_),
        lambda: services.close_round(manager=member, round_=round_),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_people_left_over_hear_so_once_when_circles_are_published(setup):
    _group, manager, round_ = setup
    acme = OrganisationFactory(name="Acme")
    _formed(round_, manager, 9, [acme] * 3 + [OrganisationFactory() for _ in range(6)])
    left_over = SignUp.objects.get(round=round_, circle__isnull=True)

    publish(round_, manager)

    notes = Notification.objects.filter(recipient=left_over.member)
    assert [n.key for n in notes] == [f"circle-unplaced:{round_.pk}:{left_over.member_id}"]


def test_withdrawing_is_possible_until_the_circles_are_formed(setup):
    group, manager, round_ = setup
    signups = sign_up_people(round_, 8)

    services.withdraw(member=signups[0].member, round_=round_)
    assert not SignUp.objects.filter(pk=signups[0].pk).exists()

    services.form_circles(manager=manager, round_=round_, seconds=0.2)
    with pytest.raises(ValidationError):
        services.withdraw(member=signups[1].member, round_=round_)


def test_setting_up_a_circle_twice_adds_nothing(setup):
    _group, manager, round_ = setup
    _formed(round_, manager, 8)
    publish(round_, manager)
    circle = Circle.objects.filter(round=round_).first()
    counts = (Group.objects.count(), Event.objects.count(), Registration.objects.count())
    notifications = Notification.objects.count()

    assert services.set_up_circle(circle_id=circle.pk)

    assert (Group.objects.count(), Event.objects.count(), Registration.objects.count()) == counts
    assert Notification.objects.count() == notifications


def test_the_sweep_sets_up_circles_whose_task_was_lost(setup):
    _group, manager, round_ = setup
    _formed(round_, manager, 8)
    services.publish_round(manager=manager, round_=round_)  # on-commit tasks never run here
    assert Circle.objects.filter(round=round_, private_group__isnull=True).count() == 2

    assert services.set_up_pending_circles() == 2

    assert not Circle.objects.filter(round=round_, private_group__isnull=True).exists()
    assert Event.objects.filter(group__circle__round=round_).count() == 2 * round_.meeting_count
