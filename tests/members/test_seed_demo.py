"""manage.py seed_demo: a believable demo network, the same on every run, seeded only once."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from alumni.models import AlumniMembership, AlumniNetwork
from events.models import Event, Registration
from forums.models import Group, GroupMembership, Reply, Thread
from hrnet.markdown import render_markdown
from members.models import Member, Organisation
from members.services import refresh_search_vector

DEMO_LOGINS = ("admin@hrnet.example", "anna@hrnet.example", "lars@hrnet.example")
LANGUAGES = {"en", "sv", "da", "nb", "nl"}


def seed(*args) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    models = (
        Member,
        EmailAddress,
        Organisation,
        Group,
        GroupMembership,
        Thread,
        Reply,
        Event,
        Registration,
        AlumniNetwork,
        AlumniMembership,
    )
    return {model.__name__: model.objects.count() for model in models}


def member_emails() -> list[str]:
    return list(Member.objects.order_by("id").values_list("email", flat=True))


@pytest.fixture(scope="module")
def demo_network(django_db_setup, django_db_blocker):
    """Seeded once for the module, in a transaction rolled back at the end; each test runs in
    a savepoint inside it, so tests cannot disturb each other."""
    with django_db_blocker.unblock(), transaction.atomic():
        seed()
        yield member_emails()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_demo_scale_has_about_300_members_writing_in_all_five_languages(demo_network):
    assert 280 <= Member.objects.count() <= 320
    assert set(Thread.objects.values_list("language", flat=True)) == LANGUAGES
    assert Reply.objects.count() > Thread.objects.count()


@pytest.mark.django_db
def test_demo_has_upcoming_and_past_events_with_consistent_attendee_counts(demo_network):
    now = timezone.now()
    assert Event.objects.filter(starts_at__gt=now).exists()
    assert Event.objects.filter(starts_at__lt=now).exists()
    assert Registration.objects.filter(status=Registration.Status.WAITLISTED).exists()
    events = Event.objects.annotate(
        registered=Count("registrations", filter=Q(registrations__status="registered"))
    )
    for event in events:
        assert event.attendee_count == event.registered
        assert event.capacity is None or event.registered <= event.capacity


@pytest.mark.django_db
def test_demo_has_one_alumni_network_with_a_hidden_group_and_approved_alumni(demo_network):
    network = AlumniNetwork.objects.select_related("group").get()
    assert network.group.kind == Group.Kind.ALUMNI
    assert network.group.visibility == Group.Visibility.HIDDEN
    assert network.guidelines_html == render_markdown(network.guidelines_markdown)
    assert network.memberships.filter(role="admin", status="approved").exists()
    assert network.memberships.filter(role="alumnus", status="approved").count() >= 20


@pytest.mark.django_db
def test_every_member_can_sign_in_with_a_verified_primary_address(demo_network, client):
    assert not Member.objects.filter(email_verified=False).exists()
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == len(demo_network)
    assert client.login(email="anna@hrnet.example", password="hrnet-demo")


@pytest.mark.django_db
def test_demo_logins_have_their_documented_roles(demo_network):
    admin, anna, lars = (Member.objects.get(email=email) for email in DEMO_LOGINS)
    assert admin.is_superuser and admin.is_staff
    assert not anna.is_staff and anna.country == "SE" and anna.role == "hr_director"
    assert lars.country == "DK" and lars.role == "payroll_manager"
    assert anna.group_memberships.filter(group__slug="sverige", role="manager").exists()
    assert lars.group_memberships.filter(group__slug="danmark", role="manager").exists()


@pytest.mark.django_db
def test_seeding_again_changes_nothing(demo_network):
    before = row_counts()

    output = seed()

    assert "already seeded" in output
    assert row_counts() == before


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_members_in_the_same_order(demo_network):
    seed("--reset")

    assert member_emails() == demo_network


@pytest.mark.django_db
def test_reset_refuses_a_database_with_members_who_are_not_demo_members(demo_network):
    Member.objects.create_user("someone@example.org", "a-password")

    with pytest.raises(CommandError, match="not a demo-only database"):
        seed("--reset")


@pytest.mark.django_db
def test_stored_html_is_the_rendered_markdown(demo_network):
    for thread in Thread.objects.order_by("id")[:150]:
        assert thread.body_html == render_markdown(thread.body_markdown)
    for reply in Reply.objects.order_by("id")[:300]:
        assert reply.body_html == render_markdown(reply.body_markdown)
    for member in Member.objects.exclude(bio_markdown="")[:150]:
        assert member.bio_html == render_markdown(member.bio_markdown)


@pytest.mark.django_db
def test_denormalised_counters_match_the_rows(demo_network):
    threads = Thread.objects.annotate(replies_found=Count("replies"))
    assert not threads.exclude(reply_count=F("replies_found")).exists()
    groups = Group.objects.annotate(
        active=Count("memberships", filter=Q(memberships__status="active"), distinct=True),
        threads_found=Count("threads", distinct=True),
    )
    assert not groups.exclude(member_count=F("active")).exists()
    assert not groups.exclude(thread_count=F("threads_found")).exists()


def search_lexemes(member_id: int) -> list[tuple[str, tuple[str, ...]]]:
    # Words and their weights; positions depend on the order of tags, which is not defined.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme, weights FROM unnest("
            "(SELECT search_vector FROM members_member WHERE id = %s))",
            [member_id],
        )
        return sorted((lexeme, tuple(sorted(weights))) for lexeme, weights in cursor.fetchall())


@pytest.mark.django_db
def test_member_search_vectors_are_those_refresh_search_vector_computes(demo_network):
    for member in Member.objects.order_by("id")[:25]:
        seeded = search_lexemes(member.pk)

        refresh_search_vector(member)

        assert seeded and seeded == search_lexemes(member.pk)


def stored_vector(table: str, row_id: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT search_vector::text FROM {table} WHERE id = %s", [row_id])
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_thread_and_reply_search_vectors_are_those_the_forum_services_compute(demo_network):
    from forums.models import Reply, Thread
    from forums.services import _refresh_reply_search, _refresh_thread_search

    for thread in Thread.objects.order_by("language", "id").distinct("language"):
        seeded = stored_vector("forums_thread", thread.pk)
        _refresh_thread_search(thread)
        assert seeded and seeded == stored_vector("forums_thread", thread.pk)
        reply = Reply.objects.filter(thread=thread).first()
        if reply is not None:
            seeded = stored_vector("forums_reply", reply.pk)
            _refresh_reply_search(reply, thread.language)
            assert seeded and seeded == stored_vector("forums_reply", reply.pk)


@pytest.mark.django_db
def test_demo_organisations_declare_their_hr_systems_with_consistent_counters(demo_network):
    from systems.models import Declaration, System

    anna = Member.objects.get(email="anna@hrnet.example")
    lars = Member.objects.get(email="lars@hrnet.example")
    assert Declaration.objects.filter(member=anna, may_contact=True).exists()
    assert Declaration.objects.filter(member=lars, may_contact=True).exists()
    assert System.objects.filter(rating_count__gte=5).count() >= 5
    # Nobody rates their own employer's system.
    assert not Declaration.objects.filter(
        member__organisation=F("system__vendor_organisation"), satisfaction__isnull=False
    ).exists()
    for system in System.objects.filter(rating_count__gt=0):
        ratings = Declaration.objects.filter(system=system, satisfaction__isnull=False)
        assert system.rating_count == ratings.count()
        assert system.organisation_count == (
            Declaration.objects.filter(system=system).values("organisation").distinct().count()
        )
    for declaration in Declaration.objects.exclude(strengths_markdown="")[:20]:
        assert declaration.strengths_html == render_markdown(declaration.strengths_markdown)
