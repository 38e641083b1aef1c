"""Writes about alumni networks: importing the register, joining, requests, leaving, profiles,
and the admin's figures."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from alumni import selectors, services
from alumni.models import AlumniMembership, FormerEmployee, LeaverImport
from forums.models import GroupMembership
from members.models import Member
from notifications.models import Notification
from tests.alumni.factories import (
    add_alumnus,
    add_pending,
    data_file,
    make_former_employee,
    make_network,
)
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def preview(admin, network, name):
    return services.preview_import(admin=admin, network=network, raw=data_file(name), filename=name)


def import_file(admin, network, raw: bytes, filename="register.csv"):
    leaver_import = services.preview_import(
        admin=admin, network=network, raw=raw, filename=filename
    )
    return services.confirm_import(admin=admin, leaver_import=leaver_import)


def in_group(network, member) -> GroupMembership | None:
    return GroupMembership.objects.filter(group=network.group, member=member).first()


# --- Importing ----------------------------------------------------------------------------------


def test_preview_keeps_every_row_and_writes_no_former_employee(network, network_admin):
    leaver_import = preview(network_admin, network, "row_errors.csv")

    assert FormerEmployee.objects.count() == 0
    assert len(leaver_import.rows) == 7
    assert [row["line"] for row in leaver_import.good_rows] == [2]
    assert leaver_import.confirmed_at is None


def test_preview_of_a_file_without_rows_is_refused_with_the_problem(network, network_admin):
    with pytest.raises(ValidationError) as refused:
        preview(network_admin, network, "header_only.csv")

    assert refused.value.messages == ["The file has a header but no rows."]
    assert not LeaverImport.objects.exists()


def test_preview_by_a_plain_alumnus_is_refused(network):
    alumnus = add_alumnus(network).member

    with pytest.raises(PermissionDenied):
        preview(alumnus, network, "sweden_excel_cp1252.csv")


def test_confirming_creates_only_the_good_rows(network, network_admin):
    leaver_import = preview(network_admin, network, "row_errors.csv")

    confirmed = services.confirm_import(admin=network_admin, leaver_import=leaver_import)

    assert list(FormerEmployee.objects.values_list("email", "name", "started_on")) == [
        ("good.person@example.com", "Good Person", date(2019, 3, 1))
    ]
    assert (confirmed.created_count, confirmed.updated_count) == (1, 0)


def test_confirming_twice_does_nothing_the_second_time(network, network_admin):
    leaver_import = preview(network_admin, network, "sweden_excel_cp1252.csv")
    first = services.confirm_import(admin=network_admin, leaver_import=leaver_import)
    FormerEmployee.objects.update(name="Renamed Meanwhile")

    second = services.confirm_import(admin=network_admin, leaver_import=leaver_import)

    assert FormerEmployee.objects.count() == 3
    assert set(FormerEmployee.objects.values_list("name", flat=True)) == {"Renamed Meanwhile"}
    assert second.confirmed_at == first.confirmed_at
    assert (second.created_count, second.updated_count) == (3, 0)


def test_importing_the_same_file_again_creates_nobody_twice(network, network_admin):
    import_file(network_admin, network, data_file("sweden_excel_cp1252.csv"))

    again = import_file(network_admin, network, data_file("sweden_excel_cp1252.csv"))

    assert FormerEmployee.objects.count() == 3
    assert (again.created_count, again.updated_count) == (0, 0)


def test_reimport_matches_email_case_insensitively_and_updates_name_and_department(
    network, network_admin
):
    import_file(network_admin, network, data_file("sweden_excel_cp1252.csv"))
    make_former_employee(network, name="Typed By Hand", email="Nils.Ek@Example.se")
    newer = (
        "Namn;E-post;Avdelning\n"
        "Åsa Öberg-Lind;ASA.OBERG@EXEMPEL.SE;Lön och pension\n"
        "Nils Ek;nils.ek@example.se;Payroll\n"
    ).encode("cp1252")

    result = import_file(network_admin, network, newer)

    asa = FormerEmployee.objects.get(email__iexact="asa.oberg@exempel.se")
    assert FormerEmployee.objects.count() == 4
    assert (asa.name, asa.department) == ("Åsa Öberg-Lind", "Lön och pension")
    assert asa.started_on == date(2019, 3, 1)  # a blank cell never erases what is known
    assert FormerEmployee.objects.get(email__iexact="nils.ek@example.se").name == "Nils Ek"
    assert (result.created_count, result.updated_count) == (0, 2)


def test_import_into_one_network_leaves_another_networks_register_alone(network, network_admin):
    other = make_network()
    make_former_employee(other, name="Other Company Person", email="asa.oberg@exempel.se")

    import_file(network_admin, network, data_file("sweden_excel_cp1252.csv"))

    assert FormerEmployee.objects.get(network=other).name == "Other Company Person"
    assert FormerEmployee.objects.filter(network=network).count() == 3


# --- Joining by invitation ----------------------------------------------------------------------


def test_joining_by_invitation_creates_an_approved_membership_from_the_register(network):
    member = MemberFactory()
    person = make_former_employee(
        network,
        email=member.email,
        department="Payroll",
        started_on=date(2015, 8, 17),
        ended_on=date(2022, 1, 31),
    )

    membership = services.join_by_invitation(member=member, person=person)

    assert membership.status == AlumniMembership.Status.APPROVED
    assert membership.role == AlumniMembership.Role.ALUMNUS
    assert (membership.department, membership.started_on, membership.ended_on) == (
        "Payroll",
        date(2015, 8, 17),
        date(2022, 1, 31),
    )
    assert membership.accepted_guidelines_at is not None
    person.refresh_from_db()
    assert (person.status, person.member) == (FormerEmployee.Status.JOINED, member)


def test_joining_by_invitation_adds_the_member_to_the_private_group(network):
    membership = add_alumnus(network)

    group_membership = in_group(network, membership.member)
    assert group_membership.status == GroupMembership.Status.ACTIVE
    assert group_membership.role == GroupMembership.Role.MEMBER


def test_joining_by_a_revoked_invitation_is_refused(network, network_admin):
    member = MemberFactory()
    person = make_former_employee(network, email=member.email)
    services.revoke_invitation(admin=network_admin, person=person)

    with pytest.raises(ValidationError):
        services.join_by_invitation(member=member, person=person)

    assert in_group(network, member) is None


def test_an_invitation_already_used_cannot_let_a_second_account_in(network):
    first, second = MemberFactory(), MemberFactory()
    person = make_former_employee(network, email=first.email)
    services.join_by_invitation(member=first, person=person)

    with pytest.raises(ValidationError):
        services.join_by_invitation(member=second, person=person)


# --- Requests -----------------------------------------------------------------------------------


def test_request_to_join_waits_for_approval(request_network):
    member = MemberFactory()

    membership = services.request_to_join(
        member=member, network=request_network, department="Payroll"
    )

    assert membership.status == AlumniMembership.Status.PENDING
    assert not selectors.can_enter(member, request_network)
    assert in_group(request_network, member) is None


def test_request_to_an_invitation_only_network_is_refused(network):
    with pytest.raises(PermissionDenied):
        services.request_to_join(member=MemberFactory(), network=network)

    assert AlumniMembership.objects.filter(network=network).count() == 1  # the admin


def test_approving_a_request_adds_the_member_to_the_private_group(request_network, network_admin):
    pending = add_pending(request_network)

    services.decide_request(admin=network_admin, membership=pending, approve=True)

    pending.refresh_from_db()
    assert pending.status == AlumniMembership.Status.APPROVED
    assert in_group(request_network, pending.member).status == GroupMembership.Status.ACTIVE
    assert selectors.can_enter(pending.member, request_network)


def test_approving_a_request_notifies_the_member(request_network, network_admin):
    pending = add_pending(request_network)

    services.decide_request(admin=network_admin, membership=pending, approve=True)

    (notification,) = Notification.objects.filter(recipient=pending.member)
    assert notification.message == "Welcome to Initech Alumni!"
    assert notification.url == request_network.get_absolute_url()
    assert notification.email_requested


def test_declining_a_request_keeps_the_member_out(request_network, network_admin):
    pending = add_pending(request_network)

    services.decide_request(admin=network_admin, membership=pending, approve=False)

    pending.refresh_from_db()
    assert pending.status == AlumniMembership.Status.DECLINED
    assert in_group(request_network, pending.member) is None
    assert not selectors.can_enter(pending.member, request_network)
    with pytest.raises(ValidationError):
        services.request_to_join(member=pending.member, network=request_network)


def test_deciding_twice_changes_nothing(request_network, network_admin):
    pending = add_pending(request_network)
    services.decide_request(admin=network_admin, membership=pending, approve=False)

    services.decide_request(admin=network_admin, membership=pending, approve=True)

    pending.refresh_from_db()
    assert pending.status == AlumniMembership.Status.DECLINED
    assert in_group(request_network, pending.member) is None


def test_a_plain_alumnus_cannot_decide_requests(request_network):
    alumnus = add_alumnus(request_network).member
    pending = add_pending(request_network)

    with pytest.raises(PermissionDenied):
        services.decide_request(admin=alumnus, membership=pending, approve=True)


# --- Leaving ------------------------------------------------------------------------------------


def test_leaving_removes_the_member_from_the_private_group(network):
    alumnus = add_alumnus(network).member

    services.leave_network(member=alumnus, network=network)

    assert selectors.membership_in(alumnus, network) is None
    assert in_group(network, alumnus) is None


def test_the_only_admin_cannot_leave(network, network_admin):
    with pytest.raises(ValidationError) as refused:
        services.leave_network(member=network_admin, network=network)

    assert refused.value.messages == ["You are the network's only admin. Add another admin first."]
    assert selectors.is_admin(network_admin, network)
    assert in_group(network, network_admin).role == GroupMembership.Role.MANAGER


def test_an_admin_may_leave_once_there_is_another(network, network_admin):
    services.add_admin(admin=network_admin, network=network, member=MemberFactory())

    services.leave_network(member=network_admin, network=network)

    assert selectors.membership_in(network_admin, network) is None
    assert in_group(network, network_admin) is None


# --- Profiles and boomerangs --------------------------------------------------------------------


def test_alumnus_can_say_they_are_open_to_returning(network):
    alumnus = add_alumnus(network).member

    membership = services.update_alumni_profile(
        member=alumnus,
        network=network,
        data={"open_to_returning": True, "returning_areas": "payroll, the Oslo office"},
    )

    assert membership.open_to_returning is True
    assert list(selectors.boomerang_candidates(network)) == [membership]


def test_profile_with_end_before_start_is_refused(network):
    alumnus = add_alumnus(network).member

    with pytest.raises(ValidationError):
        services.update_alumni_profile(
            member=alumnus,
            network=network,
            data={"started_on": date(2020, 1, 1), "ended_on": date(2019, 1, 1)},
        )


def test_pending_member_cannot_edit_an_alumni_profile(request_network):
    pending = add_pending(request_network)

    with pytest.raises(PermissionDenied):
        services.update_alumni_profile(
            member=pending.member, network=request_network, data={"open_to_returning": True}
        )


@pytest.fixture
def boomerangs(network):
    """Four alumni: three open to returning, in two departments, with areas and expertise."""

    def alumnus(name, department, areas, tags=(), returning=True):
        member = MemberFactory(display_name=name)
        member.expertise.add(*tags)
        add_alumnus(network, member, department=department)
        return services.update_alumni_profile(
            member=member,
            network=network,
            data={"open_to_returning": returning, "returning_areas": areas},
        )

    return {
        "anna": alumnus("Anna Payroll", "Payroll", "payroll and pensions"),
        "bo": alumnus("Bo Recruiter", "Talent", "employer branding", tags=["Payroll systems"]),
        "cai": alumnus("Cai Talent", "Talent", "recruitment"),
        "dan": alumnus("Dan Closed", "Payroll", "payroll", returning=False),
    }


def names(memberships):
    return [m.member.display_name for m in memberships]


def test_boomerang_candidates_are_only_those_open_to_returning(network, boomerangs):
    assert names(selectors.boomerang_candidates(network)) == [
        "Anna Payroll",
        "Bo Recruiter",
        "Cai Talent",
    ]


def test_boomerang_candidates_filter_by_area_in_their_words_or_their_expertise(network, boomerangs):
    assert names(selectors.boomerang_candidates(network, area="payroll")) == [
        "Anna Payroll",
        "Bo Recruiter",
    ]


def test_boomerang_candidates_filter_by_department(network, boomerangs):
    assert names(selectors.boomerang_candidates(network, department="talent")) == [
        "Bo Recruiter",
        "Cai Talent",
    ]


def test_boomerang_candidates_filter_by_area_and_department(network, boomerangs):
    assert names(selectors.boomerang_candidates(network, area="payroll", department="Talent")) == [
        "Bo Recruiter"
    ]


# --- The admin's dashboard ----------------------------------------------------------------------


def utc(*args):
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def counted_network(request_network, network_admin):
    """A network whose figures were counted by hand (see each test)."""
    network = request_network
    now = timezone.now()

    # The register: 2 not invited, 3 invited, 2 joined, 1 declined, 1 bounced, 1 revoked.
    for status, count in [
        (FormerEmployee.Status.NOT_INVITED, 2),
        (FormerEmployee.Status.INVITED, 3),
        (FormerEmployee.Status.DECLINED, 1),
        (FormerEmployee.Status.BOUNCED, 1),
        (FormerEmployee.Status.REVOKED, 1),
    ]:
        for _ in range(count):
            make_former_employee(network, status=status)
    alumni = [add_alumnus(network).member for _ in range(2)]  # the 2 joined
    alumni += [add_pending(network).member for _ in range(2)]
    for pending in alumni[2:]:
        services.decide_request(
            admin=network_admin,
            membership=selectors.membership_in(pending, network),
            approve=True,
        )
    a, b, c, d = alumni
    # Approved: the admin and A in January 2024, B, C and D in March 2024.
    approved = {network_admin: utc(2024, 1, 15, 12), a: utc(2024, 1, 20, 12)}
    approved |= {b: utc(2024, 3, 10, 12), c: utc(2024, 3, 12, 12), d: utc(2024, 3, 25, 12)}
    for member, when in approved.items():
        AlumniMembership.objects.filter(network=network, member=member).update(approved_at=when)
    # Signed in within 90 days: the admin, A and D (B 100 days ago, C never).
    logins = {network_admin: now - timedelta(days=1), a: now - timedelta(days=10)}
    logins |= {b: now - timedelta(days=100), c: None, d: now - timedelta(days=89)}
    for member, when in logins.items():
        Member.objects.filter(pk=member.pk).update(last_login=when)
    # Open to returning: A and C.
    AlumniMembership.objects.filter(member__in=[a, c]).update(open_to_returning=True)
    # Not counted anywhere but "pending": two waiting requests, one recently active and open.
    waiting = add_pending(network)
    add_pending(network)
    AlumniMembership.objects.filter(pk=waiting.pk).update(open_to_returning=True)
    Member.objects.filter(pk=waiting.member_id).update(last_login=now)
    # Not counted at all: a declined request.
    services.decide_request(admin=network_admin, membership=add_pending(network), approve=False)
    return network


def test_dashboard_counts_invitations_sent(counted_network):
    stats = selectors.dashboard(counted_network)

    # invited 3 + joined 2 + declined 1 + bounced 1
    assert (stats["invited"], stats["not_invited"]) == (7, 2)
    assert (stats["declined"], stats["bounced"]) == (1, 1)


def test_dashboard_counts_joined_active_and_open_to_returning(counted_network):
    stats = selectors.dashboard(counted_network)

    assert stats["joined"] == 5  # the admin, A, B, C, D
    assert stats["active_90_days"] == 3  # the admin, A, D
    assert stats["open_to_returning"] == 2  # A, C
    assert stats["pending_requests"] == 2


def test_dashboard_growth_per_month_is_a_running_total(counted_network):
    growth = selectors.dashboard(counted_network)["growth"]

    assert [(timezone.localtime(p["month"]).date(), p["joined"], p["total"]) for p in growth] == [
        (date(2024, 1, 1), 2, 2),
        (date(2024, 2, 1), 0, 2),  # a quiet month is drawn too
        (date(2024, 3, 1), 3, 5),
    ]


def test_dashboard_growth_has_a_point_for_every_month(counted_network):
    growth = selectors.dashboard(counted_network)["growth"]

    months = [timezone.localtime(p["month"]).date().month for p in growth]
    assert months == [1, 2, 3]
