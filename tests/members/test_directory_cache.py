"""The member directory's cached list and count (members.caching) never show a profile as it
no longer is: every write to what the cards show bumps the directory version, a sign-in does
not, and a hidden or erased member disappears at once."""

import pytest
from django.contrib.auth.models import update_last_login
from django.test import Client
from django.urls import reverse

from members import services
from members.models import Member
from tests.factories import MemberFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

WARM_BUDGET = 3  # the member, and the header's two counts: no directory query at all


def directory(client, **params) -> str:
    response = client.get(reverse("members:directory"), params)
    assert response.status_code == 200
    return response.content.decode()


def profile_data(member, **changes) -> dict:
    data = {field: getattr(member, field) for field in services.PROFILE_FIELDS}
    data.update(changes)
    return data


@pytest.fixture
def maria(db):
    person = MemberFactory(
        display_name="Maria Payrollsson",
        headline="Payroll manager",
        organisation=OrganisationFactory(name="Volvo Cars"),
    )
    person.expertise.add("payroll")
    services.refresh_search_vector(person)
    return person


def test_a_second_look_at_the_same_page_reads_nothing_from_the_directory(
    member_client, maria, django_assert_max_num_queries
):
    directory(member_client, q="manager")

    with django_assert_max_num_queries(WARM_BUDGET):
        page = directory(member_client, q="manager")

    assert "Maria Payrollsson" in page
    assert "1 member found" in page


def test_a_member_who_hides_their_profile_leaves_the_cached_directory_at_once(member_client, maria):
    assert "Maria Payrollsson" in directory(member_client, q="maria")
    assert "Maria Payrollsson" in directory(member_client)

    services.update_profile(
        member=maria,
        data=profile_data(maria, directory_visibility=Member.Visibility.HIDDEN),
        organisation_name="Volvo Cars",
    )

    for page in (directory(member_client, q="maria"), directory(member_client)):
        assert "Maria Payrollsson" not in page
    assert "0 members found" in directory(member_client, q="maria")


def test_an_erased_member_leaves_the_cached_directory_at_once(member_client, maria):
    assert "Maria Payrollsson" in directory(member_client, q="payroll")

    services.erase_member(member=maria, keep_posts=True)

    page = directory(member_client, q="payroll")
    assert "Maria Payrollsson" not in page
    assert "0 members found" in page


def test_a_deactivated_member_leaves_the_cached_directory_at_once(member_client, maria):
    assert "Maria Payrollsson" in directory(member_client)

    maria.is_active = False
    maria.save()  # as the admin does it

    assert "Maria Payrollsson" not in directory(member_client)


def test_a_renamed_member_is_shown_and_found_by_the_new_name_at_once(member_client, maria):
    assert "Maria Payrollsson" in directory(member_client, q="manager")

    services.update_profile(
        member=maria,
        data=profile_data(maria, display_name="Maria Lönesson"),
        organisation_name="Volvo Cars",
    )

    assert "Maria Lönesson" in directory(member_client, q="manager")
    assert "Maria Lönesson" in directory(member_client, q="lönesson")
    assert "Payrollsson" not in directory(member_client, q="manager")


def test_new_expertise_shows_on_the_cached_card_at_once(member_client, maria):
    assert "labour law" not in directory(member_client, q="maria")

    maria.expertise.add("labour law")

    assert "labour law" in directory(member_client, q="maria")


def test_a_renamed_organisation_shows_on_the_cached_card_at_once(member_client, maria):
    assert "Volvo Cars" in directory(member_client, q="maria")

    organisation = maria.organisation
    organisation.name = "Volvo Personvagnar"
    organisation.save()

    assert "Volvo Personvagnar" in directory(member_client, q="maria")


def test_a_newly_verified_member_appears_and_is_counted_at_once(member_client, maria):
    newcomer = MemberFactory(display_name="Nils Newcomer", email_verified=False)
    assert "Nils Newcomer" not in directory(member_client)
    assert "2 members found" in directory(member_client)  # the viewer and Maria

    services.mark_email_verified(member=newcomer)

    page = directory(member_client)
    assert "Nils Newcomer" in page
    assert "3 members found" in page


def test_signing_in_does_not_make_the_directory_stale(
    client, member, maria, django_assert_max_num_queries
):
    client.force_login(member)
    directory(client, q="manager")

    update_last_login(sender=Member, user=maria)  # what a sign-in saves: not in the directory

    with django_assert_max_num_queries(WARM_BUDGET):
        assert "Maria Payrollsson" in directory(client, q="manager")


def test_the_cached_directory_is_never_shown_to_a_visitor_who_is_not_signed_in(
    member_client, maria
):
    assert "Maria Payrollsson" in directory(member_client)

    response = Client().get(reverse("members:directory"))

    assert response.status_code == 302
    assert "Maria Payrollsson" not in response.content.decode()


def test_filters_and_pages_are_cached_apart(member_client, maria, settings):
    settings.DIRECTORY_PAGE_SIZE = 2
    for number in range(3):
        MemberFactory(display_name=f"Zelda Zander{number}")
    first = directory(member_client)
    second = directory(member_client, page=2)
    zeldas = directory(member_client, q="zelda")

    assert "Maria Payrollsson" in first
    assert "Zelda Zander0" not in first
    assert "Maria Payrollsson" not in second
    assert "Zelda Zander0" in second
    assert "Maria Payrollsson" not in zeldas
    assert "3 members found" in zeldas


@pytest.mark.parametrize("rows", [3, 30], ids=["3-rows", "30-rows"])
def test_warm_directory_search_budget_is_the_same_for_few_and_many(
    member_client, rows, django_assert_max_num_queries
):
    for number in range(rows):
        person = MemberFactory(display_name=f"Maria Manager{number}", headline="Payroll manager")
        person.expertise.add("payroll", f"topic-{number}")
    directory(member_client, q="manager")

    with django_assert_max_num_queries(WARM_BUDGET):
        page = directory(member_client, q="manager")

    assert f"{rows} members found" in page
