"""The jobs board's cached rows and count: shared only by viewers who may read the same groups,
and never older than the last write to a job post, a group or an author's profile."""

import pytest
from django.test import Client
from django.urls import reverse

from forums import services
from forums.models import Group
from members import services as member_services
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group, make_job, make_reply

pytestmark = pytest.mark.django_db

WARM_BUDGET = 4  # the member, the header's two counts, the groups the member may read


def board(client, **params) -> str:
    response = client.get(reverse("forums:jobs"), params)
    assert response.status_code == 200
    return response.content.decode()


def signed_in(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def manager(db):
    return MemberFactory(display_name="Maja Manager")


@pytest.fixture
def open_group(manager):
    return make_group(manager=manager, name="Payroll Nordic")


@pytest.fixture
def private_group(manager):
    return make_group(
        manager=manager, name="HR directors' club", visibility=Group.Visibility.INVITE_ONLY
    )


def test_a_new_job_is_on_the_cached_board_at_once(client, open_group, manager):
    make_job(group=open_group, author=manager)
    before = board(client)
    assert "1 job" in before

    job = make_job(group=open_group, author=manager)

    after = board(client)
    assert job.title in after
    assert "2 jobs" in after


def test_a_deleted_job_leaves_the_cached_board_at_once(client, open_group, manager):
    job = make_job(group=open_group, author=manager)
    assert job.title in board(client)

    services.delete_thread(member=manager, thread=job)

    page = board(client)
    assert job.title not in page
    assert "0 jobs" in page


def test_a_job_in_a_private_group_is_never_served_from_a_members_cache_to_others(
    client, private_group, manager
):
    insider = add_member(private_group, MemberFactory()).member
    job = make_job(group=private_group, author=manager)
    assert job.title in board(signed_in(insider))
    assert job.title in board(signed_in(insider))  # served from the cache

    other_private = make_group(manager=manager, visibility=Group.Visibility.HIDDEN)
    member_elsewhere = add_member(other_private, MemberFactory()).member
    for viewer in (client, signed_in(MemberFactory()), signed_in(member_elsewhere)):
        page = board(viewer)
        assert job.title not in page
        assert "0 jobs" in page


def test_a_member_who_leaves_a_private_group_no_longer_sees_its_jobs(private_group, manager):
    insider = add_member(private_group, MemberFactory()).member
    job = make_job(group=private_group, author=manager)
    insider_client = signed_in(insider)
    assert job.title in board(insider_client)

    services.leave_group(member=insider, group=private_group)

    assert job.title not in board(insider_client)


def test_a_group_closed_to_outsiders_takes_its_jobs_off_the_public_board_at_once(
    client, open_group
):
    job = make_job(group=open_group)
    assert job.title in board(client)

    open_group.visibility = Group.Visibility.INVITE_ONLY
    open_group.save()

    assert job.title not in board(client)


def test_a_reply_to_a_job_updates_its_cached_row(client, open_group, manager):
    replier = add_member(open_group, MemberFactory(display_name="Rita Replier")).member
    job = make_job(group=open_group, author=manager)
    assert "Rita Replier" not in board(client)

    make_reply(thread=job, author=replier)

    assert "Rita Replier" in board(client)  # the row's last reply author


def test_an_authors_new_name_shows_on_the_cached_board_at_once(client, open_group):
    author = MemberFactory(display_name="Anna Author")
    make_job(group=open_group, author=author)
    assert "Anna Author" in board(client)

    member_services.update_profile(
        member=author,
        data={"display_name": "Anna Recruiter"},
    )

    page = board(client)
    assert "Anna Recruiter" in page
    assert "Anna Author" not in page


def test_filters_are_cached_apart(client, open_group):
    swedish = make_job(group=open_group, job_country="SE")
    danish = make_job(group=open_group, job_country="DK")
    board(client)

    page = board(client, country="DK")

    assert danish.title in page
    assert swedish.title not in page


@pytest.mark.parametrize("rows", [3, 30], ids=["3-rows", "30-rows"])
def test_warm_jobs_board_budget_is_the_same_for_few_and_many(
    open_group, private_group, rows, django_assert_max_num_queries
):
    viewer = add_member(private_group, MemberFactory()).member
    for number in range(rows):
        make_job(group=open_group if number % 2 else private_group)
    viewer_client = signed_in(viewer)
    board(viewer_client)

    with django_assert_max_num_queries(WARM_BUDGET):
        page = board(viewer_client)

    assert f"{rows} jobs" in page
