"""Declaring, rating, trust rules, aggregates, proposals and merges of the HR-systems map."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from notifications.models import Notification
from systems import selectors, services
from systems.models import Affiliation, Declaration, System
from tests.factories import MemberFactory, OrganisationFactory
from tests.systems.factories import declare, make_system, member_at, rate_many

pytestmark = pytest.mark.django_db


@pytest.fixture
def payroll():
    return make_system("Lönesystemet", vendor="Lönebolaget AB")


@pytest.fixture
def staff():
    return MemberFactory(is_staff=True)


# --- Declaring ----------------------------------------------------------------------------------


def test_declaring_records_the_organisation_rating_and_sanitised_markdown(payroll):
    member = member_at("Volvo Cars")

    declaration = declare(
        payroll,
        member,
        since=date(2021, 3, 1),
        satisfaction=4,
        strengths="**Fast** runs <script>alert(1)</script>",
        may_contact=True,
    )

    assert declaration.organisation == member.organisation
    assert declaration.satisfaction == 4
    assert "<strong>Fast</strong>" in declaration.strengths_html
    assert "<script>" not in declaration.strengths_html
    payroll.refresh_from_db()
    assert (payroll.organisation_count, payroll.rating_count, payroll.rating_total) == (1, 1, 4)


def test_declaring_again_updates_the_same_declaration(payroll):
    member = member_at()
    first = declare(payroll, member, satisfaction=2)

    second = declare(payroll, member, satisfaction=5, weaknesses="Support is slow")

    assert second.pk == first.pk
    assert Declaration.objects.filter(system=payroll, member=member).count() == 1
    payroll.refresh_from_db()
    assert (payroll.rating_count, payroll.rating_total) == (1, 5)


def test_the_database_refuses_a_second_rating_for_the_same_organisation(payroll):
    member = member_at()
    declare(payroll, member, satisfaction=3)

    with pytest.raises(IntegrityError), transaction.atomic():
        Declaration.objects.create(
            system=payroll, member=member, organisation=member.organisation, satisfaction=4
        )


def test_a_member_who_changed_employer_rates_again_for_the_new_organisation(payroll):
    member = member_at("Old Employer")
    declare(payroll, member, satisfaction=2)
    member.organisation = OrganisationFactory(name="New Employer")
    member.save()

    declare(payroll, member, satisfaction=5)

    assert Declaration.objects.filter(system=payroll, member=member).count() == 2
    payroll.refresh_from_db()
    assert payroll.organisation_count == 2


def test_colleagues_count_as_one_organisation_but_two_ratings(payroll):
    organisation = OrganisationFactory(name="Shared Employer")
    declare(payroll, MemberFactory(organisation=organisation), satisfaction=4)
    declare(payroll, MemberFactory(organisation=organisation), satisfaction=2)

    payroll.refresh_from_db()
    assert (payroll.organisation_count, payroll.rating_count) == (1, 2)


def test_a_member_without_organisation_cannot_declare(payroll):
    with pytest.raises(ValidationError):
        services.declare(member=MemberFactory(), system=payroll, satisfaction=3)
    assert not Declaration.objects.exists()


def test_in_use_since_cannot_be_in_the_future(payroll):
    with pytest.raises(ValidationError):
        declare(payroll, since=date(2999, 1, 1))


def test_moving_from_the_same_system_is_refused(payroll):
    with pytest.raises(ValidationError):
        declare(payroll, moved_from=payroll, moved_from_reason="Why not")


def test_a_proposed_system_cannot_be_declared():
    proposal = make_system(status=System.Status.PROPOSED)
    with pytest.raises(ValidationError):
        declare(proposal, satisfaction=3)


def test_withdrawing_removes_the_rating_from_the_counters(payroll):
    member = member_at()
    declaration = declare(payroll, member, satisfaction=4)

    services.withdraw(member=member, declaration=declaration)

    payroll.refresh_from_db()
    assert (payroll.organisation_count, payroll.rating_count) == (0, 0)


def test_only_the_author_can_withdraw_a_declaration(payroll):
    declaration = declare(payroll, satisfaction=4)
    with pytest.raises(PermissionDenied):
        services.withdraw(member=member_at(), declaration=declaration)


# --- Vendor staff ---------------------------------------------------------------------------------


def test_an_employee_of_the_vendor_cannot_rate(payroll):
    employee = member_at("Lönebolaget AB")

    with pytest.raises(ValidationError):
        declare(payroll, employee, satisfaction=5)

    assert not Declaration.objects.exists()


def test_the_vendor_organisation_link_also_blocks_rating():
    vendor = OrganisationFactory(name="Payroll Makers")
    system = make_system(vendor="PM Group", vendor_organisation=vendor)

    with pytest.raises(ValidationError):
        declare(system, member_at(vendor), satisfaction=5)


def test_a_vendor_employee_may_write_without_rating_and_is_labelled(payroll):
    employee = member_at("Lönebolaget AB")

    declaration = declare(payroll, employee, strengths="We built it for Swedish rules.")

    assert declaration.by_vendor is True
    assert declaration.satisfaction is None
    payroll.refresh_from_db()
    assert payroll.rating_count == 0


def test_a_declared_affiliation_withdraws_ratings_of_all_the_vendors_systems(payroll):
    sibling = make_system("Lönesystemet Cloud", vendor="Lönebolaget AB")
    consultant = member_at("Independent Consulting")
    declare(payroll, consultant, satisfaction=5)
    declare(sibling, consultant, satisfaction=5)

    services.declare_affiliation(
        member=consultant, system=payroll, kind=Affiliation.Kind.CONSULTANT
    )

    assert set(
        Declaration.objects.filter(member=consultant).values_list("satisfaction", "by_vendor")
    ) == {(None, True)}
    with pytest.raises(ValidationError):
        declare(sibling, consultant, satisfaction=4)
    sibling.refresh_from_db()
    assert sibling.rating_count == 0


def test_the_database_refuses_a_rating_by_vendor_staff(payroll):
    member = member_at()
    with pytest.raises(IntegrityError), transaction.atomic():
        Declaration.objects.create(
            system=payroll,
            member=member,
            organisation=member.organisation,
            satisfaction=5,
            by_vendor=True,
        )


# --- Aggregates -----------------------------------------------------------------------------------


def test_average_and_distribution_are_hidden_below_five_ratings(payroll):
    rate_many(payroll, [5, 4, 4, 3])

    figures = selectors.figures_for([payroll.pk])[payroll.pk]
    payroll.refresh_from_db()

    assert figures.ratings == 4
    assert figures.shown is False and figures.average is None
    assert payroll.average is None


def test_average_and_distribution_appear_from_five_ratings(payroll):
    rate_many(payroll, [5, 4, 4, 3, 1])

    figures = selectors.figures_for([payroll.pk])[payroll.pk]
    payroll.refresh_from_db()

    assert figures.shown is True
    assert figures.average == 3.4
    assert figures.distribution == [1, 0, 1, 2, 1]
    assert payroll.average == 3.4


def test_the_threshold_is_a_setting(payroll, settings):
    settings.SYSTEMS_MIN_RATINGS = 2
    rate_many(payroll, [5, 3])

    assert selectors.figures_for([payroll.pk])[payroll.pk].average == 4.0


def test_filtered_figures_also_need_five_ratings(payroll):
    rate_many(payroll, [5, 5, 5, 5, 5])
    declare(payroll, member_at(country="NO"), satisfaction=1)

    norway = selectors.figures_for([payroll.pk], selectors.Filters(country="NO"))[payroll.pk]
    sweden = selectors.figures_for([payroll.pk], selectors.Filters(country="SE"))[payroll.pk]

    assert norway.ratings == 1 and norway.average is None
    assert sweden.average == 5.0


def test_filters_by_organisation_size_and_role(payroll):
    rate_many(payroll, [4] * 5, organisation_size="5000+")
    declare(payroll, member_at(role="recruiter"), satisfaction=1, organisation_size="1-49")

    large = selectors.figures_for([payroll.pk], selectors.Filters(size="5000+"))[payroll.pk]
    recruiters = selectors.figures_for([payroll.pk], selectors.Filters(role="recruiter"))

    assert large.ratings == 5 and large.average == 4.0
    assert recruiters[payroll.pk].ratings == 1


def test_switches_to_and_from_a_system(payroll):
    old = make_system("Old Payroll")
    declare(payroll, moved_from=old, moved_from_reason="Better support")
    declare(payroll, moved_from=old)

    assert selectors.switches(payroll)["came_from"] == [
        {"slug": old.slug, "name": "Old Payroll", "total": 2}
    ]
    assert selectors.switches(old)["went_to"] == [
        {"slug": payroll.slug, "name": payroll.name, "total": 2}
    ]
    assert selectors.switches_between(old, payroll) == {"a_to_b": 2, "b_to_a": 0}


# --- Proposals ------------------------------------------------------------------------------------


def test_a_proposal_waits_for_an_administrator_and_only_its_proposer_sees_it():
    proposer = member_at()

    system = services.propose_system(
        member=proposer, name="Lönekollen", category="payroll", vendor="Lönekollen AB"
    )

    assert system.status == System.Status.PROPOSED
    assert selectors.can_see_system(proposer, system)
    assert not selectors.can_see_system(member_at(), system)
    assert system not in selectors.catalogue(query="Lönekollen").object_list


def test_accepting_a_proposal_lists_it_and_tells_the_proposer(staff):
    proposer = member_at()
    system = services.propose_system(
        member=proposer, name="Lönekollen", category="payroll", vendor="Lönekollen AB"
    )

    services.decide_proposal(admin=staff, system=system, accept=True)

    assert system in selectors.catalogue(query="lönekollen").object_list
    assert Notification.objects.filter(recipient=proposer, key=f"system-proposal:{system.pk}")


def test_only_staff_decide_proposals():
    system = services.propose_system(
        member=member_at(), name="Lönekollen", category="payroll", vendor="Lönekollen AB"
    )
    with pytest.raises(PermissionDenied):
        services.decide_proposal(admin=member_at(), system=system, accept=True)


def test_proposing_an_entry_that_exists_is_refused(payroll):
    with pytest.raises(ValidationError):
        services.propose_system(
            member=member_at(), name="lönesystemet", category="payroll", vendor="X"
        )


def test_a_proposal_slug_never_shadows_a_page():
    system = services.propose_system(
        member=member_at(), name="Compare", category="hris", vendor="Compare Inc"
    )
    assert system.slug != "compare"


# --- Merging duplicates ---------------------------------------------------------------------------


def test_merging_moves_declarations_switches_and_affiliations_and_redirects(payroll, staff):
    duplicate = make_system("Lonesystemet", vendor="Lönebolaget AB")
    newer = make_system("Newer Payroll")
    declare(duplicate, satisfaction=4)
    declare(newer, moved_from=duplicate, moved_from_reason="Cloud")
    affiliated = member_at()
    services.declare_affiliation(member=affiliated, system=duplicate, kind="partner")

    kept = services.merge_systems(admin=staff, duplicate=duplicate, keep=payroll)

    duplicate.refresh_from_db()
    assert duplicate.status == System.Status.MERGED and duplicate.merged_into == payroll
    assert Declaration.objects.filter(system=payroll).count() == 1
    assert Declaration.objects.filter(moved_from=payroll).count() == 1
    assert Affiliation.objects.filter(system=payroll, member=affiliated).exists()
    assert (kept.organisation_count, kept.rating_count) == (1, 1)
    assert selectors.system_for(affiliated, duplicate.slug) == (duplicate, payroll)


def test_merging_keeps_the_latest_declaration_of_a_member_who_declared_both(payroll, staff):
    duplicate = make_system("Lonesystemet")
    member = member_at()
    declare(payroll, member, satisfaction=2)
    declare(duplicate, member, satisfaction=5)

    services.merge_systems(admin=staff, duplicate=duplicate, keep=payroll)

    assert list(
        Declaration.objects.filter(member=member).values_list("system", "satisfaction")
    ) == [(payroll.pk, 5)]


def test_a_switch_between_two_duplicates_disappears_when_they_merge(payroll, staff):
    duplicate = make_system("Lonesystemet")
    declare(payroll, moved_from=duplicate, moved_from_reason="Same thing")

    services.merge_systems(admin=staff, duplicate=duplicate, keep=payroll)

    assert not Declaration.objects.filter(moved_from__isnull=False).exists()


def test_only_staff_merge(payroll):
    with pytest.raises(PermissionDenied):
        services.merge_systems(admin=member_at(), duplicate=make_system(), keep=payroll)
