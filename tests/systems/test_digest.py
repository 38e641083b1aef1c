"""The digest mentions new experiences of systems the member's organisation uses."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from digests import services as digests
from digests.content import build_for_chunk
from members.models import Member
from systems.models import Declaration
from tests.factories import MemberFactory, OrganisationFactory
from tests.systems.factories import declare, make_system, member_at

pytestmark = pytest.mark.django_db


def reader_at(organisation):
    return MemberFactory(
        organisation=organisation, email_consent=True, digest_frequency="weekly", country="SE"
    )


@pytest.fixture
def payroll():
    return make_system("Digest Payroll")


def test_a_new_experience_of_our_system_is_in_the_digest(payroll):
    organisation = OrganisationFactory(name="Our Company")
    reader = reader_at(organisation)
    declare(payroll, reader, satisfaction=4)
    experience = declare(payroll, member_at("Elsewhere"), strengths="Great year-end support")

    contents = build_for_chunk([reader], frequency="weekly")

    assert contents[reader.pk].system_experiences == [experience]
    assert not contents[reader.pk].is_empty


def test_the_digest_email_has_the_section(payroll):
    reader = reader_at(OrganisationFactory(name="Our Company"))
    declare(payroll, reader, satisfaction=4)
    declare(payroll, member_at("Elsewhere", display_name="Erik Expert"), strengths="Solid")

    sent = digests.send_digest_chunk(frequency="weekly", member_ids=[reader.pk])

    assert sent == 1
    body = mail.outbox[0].body
    assert "New experiences of systems your organisation uses" in body
    assert "Digest Payroll: Erik Expert" in body
    assert payroll.get_absolute_url() in body
    assert "Digest Payroll" in mail.outbox[0].alternatives[0][0]


def test_own_old_held_and_unrelated_experiences_are_left_out(payroll, settings):
    organisation = OrganisationFactory(name="Our Company")
    reader = reader_at(organisation)
    declare(payroll, reader, strengths="My own words")
    old = declare(payroll, member_at(), strengths="Last year")
    Declaration.objects.filter(pk=old.pk).update(published_at=timezone.now() - timedelta(days=30))
    settings.MODERATION_FIRST_POSTS_HELD = 3
    declare(payroll, member_at(), strengths="Waiting for a moderator")
    declare(make_system("Unrelated"), member_at(), strengths="Not our system")

    contents = build_for_chunk([reader], frequency="weekly")

    assert contents[reader.pk].system_experiences == []
    assert contents[reader.pk].is_empty


def test_members_without_organisation_get_no_section_and_no_queries_for_it():
    reader = MemberFactory(email_consent=True)
    with CaptureQueriesContext(connection) as context:
        contents = build_for_chunk([reader], frequency="weekly")
    assert contents[reader.pk].system_experiences == []
    assert not any("systems_" in query["sql"] for query in context.captured_queries)


def chunk_of(size: int):
    systems = [make_system(f"Chunk Payroll {n}") for n in range(3)]
    readers = []
    for number in range(size):
        reader = reader_at(OrganisationFactory(name=f"Reader Org {size}-{number}"))
        declare(systems[number % 3], reader, satisfaction=3)
        readers.append(reader)
    for system in systems:
        for _number in range(3):
            declare(system, member_at(), strengths="Fresh experience")
    return list(Member.objects.filter(pk__in=[r.pk for r in readers]))


@pytest.mark.parametrize("size", [3, 30])
def test_the_section_costs_two_queries_for_any_chunk_size(size):
    readers = chunk_of(size)

    with CaptureQueriesContext(connection) as context:
        contents = build_for_chunk(readers, frequency="weekly")

    systems_queries = [q for q in context.captured_queries if "systems_" in q["sql"]]
    assert len(systems_queries) == 2
    assert all(len(contents[r.pk].system_experiences) == 3 for r in readers)
