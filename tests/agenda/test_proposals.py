"""Group proposals: support, threshold notification once, create / merge / decline."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from agenda import services
from agenda.models import AgendaSettings, GroupProposal, ProposalSupport
from agenda.selectors import proposal_threshold
from forums.models import Group, GroupMembership
from notifications.models import Notification
from tests.agenda.factories import make_proposal, supported_by
from tests.factories import MemberFactory
from tests.forums.factories import add_member, make_group

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _threshold_three(settings):
    settings.GROUP_PROPOSAL_THRESHOLD = 3


def keys_like(prefix):
    return set(Notification.objects.filter(key__startswith=prefix).values_list("key", flat=True))


def test_proposer_supports_their_own_proposal():
    proposal = make_proposal()

    assert proposal.supporter_count == 1
    assert ProposalSupport.objects.filter(proposal=proposal, member=proposal.proposer).exists()
    assert "<strong>four</strong>" in proposal.purpose_html


def test_purpose_markdown_is_sanitised():
    proposal = make_proposal(purpose="Hi <script>alert(1)</script> **there**")

    assert "<script" not in proposal.purpose_html


def test_support_is_once_per_member_and_can_be_withdrawn():
    proposal = make_proposal()
    member = MemberFactory()

    supported_by(proposal, [member, member])
    assert proposal.supporter_count == 2

    services.withdraw_support(member=member, proposal=proposal)
    proposal.refresh_from_db()
    assert proposal.supporter_count == 1


def test_proposing_an_existing_group_name_is_refused():
    make_group(name="Payroll in the Nordics")

    with pytest.raises(ValidationError):
        make_proposal(name="payroll in the nordics")


def test_same_open_proposal_twice_is_refused():
    make_proposal(name="Interim HR")

    with pytest.raises(ValidationError):
        make_proposal(name="INTERIM hr")


def test_staff_are_told_once_when_threshold_is_reached(staff):
    other_staff = MemberFactory(is_staff=True)
    proposal = make_proposal()
    first, second, third = MemberFactory.create_batch(3)

    supported_by(proposal, [first])
    assert not keys_like("proposal-threshold:")

    supported_by(proposal, [second])  # 3 with the proposer
    assert keys_like("proposal-threshold:") == {
        f"proposal-threshold:{proposal.pk}:{staff.pk}",
        f"proposal-threshold:{proposal.pk}:{other_staff.pk}",
    }

    services.withdraw_support(member=second, proposal=proposal)
    supported_by(proposal, [second, third])
    assert Notification.objects.filter(key__startswith="proposal-threshold:").count() == 2
    assert proposal.threshold_reached_at is not None


def test_threshold_set_by_admin_overrides_the_setting(settings):
    assert proposal_threshold() == 3
    AgendaSettings.objects.create(pk=1, proposal_threshold=10)
    assert proposal_threshold() == 10


def test_creating_the_group_makes_proposer_manager_and_joins_supporters(staff):
    parent = make_group(name="Compensation")
    proposal = make_proposal(parent=parent, language="sv")
    supporters = MemberFactory.create_batch(2)
    supported_by(proposal, supporters)

    group = services.create_group_from_proposal(staff=staff, proposal=proposal)

    assert (group.name, group.parent, group.language, group.kind) == (
        "Payroll in the Nordics",
        parent,
        "sv",
        Group.Kind.THEME,
    )
    roles = dict(GroupMembership.objects.filter(group=group).values_list("member_id", "role"))
    assert roles == {
        proposal.proposer.pk: "manager",
        supporters[0].pk: "member",
        supporters[1].pk: "member",
    }
    group.refresh_from_db()
    assert group.member_count == 3
    proposal.refresh_from_db()
    assert (proposal.status, proposal.group, proposal.decided_by) == ("created", group, staff)
    assert len(keys_like(f"proposal-created:{proposal.pk}:")) == 3


def test_a_decided_proposal_cannot_be_created_twice(staff):
    proposal = make_proposal()
    services.create_group_from_proposal(staff=staff, proposal=proposal)

    with pytest.raises(ValidationError):
        services.create_group_from_proposal(staff=staff, proposal=proposal)
    assert Group.objects.filter(name="Payroll in the Nordics").count() == 1
    assert len(keys_like("proposal-created:")) == 1


def test_only_staff_decide(outsider):
    proposal = make_proposal()

    with pytest.raises(PermissionDenied):
        services.create_group_from_proposal(staff=outsider, proposal=proposal)
    with pytest.raises(PermissionDenied):
        services.decline_proposal(staff=proposal.proposer, proposal=proposal, reason="No")


def test_merge_joins_supporters_without_demoting_or_unbanning(staff):
    existing = make_group(name="Payroll")
    manager = GroupMembership.objects.get(group=existing, role="manager").member
    banned = add_member(existing).member
    GroupMembership.objects.filter(group=existing, member=banned).update(status="banned")
    newcomer = MemberFactory()
    proposal = make_proposal(proposer=newcomer)
    supported_by(proposal, [manager, banned])

    services.merge_proposal(staff=staff, proposal=proposal, group=existing)

    statuses = {
        m.member_id: (m.role, m.status) for m in GroupMembership.objects.filter(group=existing)
    }
    assert statuses[manager.pk] == ("manager", "active")
    assert statuses[banned.pk] == ("member", "banned")
    assert statuses[newcomer.pk] == ("member", "active")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.group) == ("merged", existing)
    assert f"proposal-merged:{proposal.pk}:{newcomer.pk}" in keys_like("proposal-merged:")


def test_decline_needs_a_reason_and_tells_everyone_who_supported(staff):
    proposal = make_proposal()
    supporter = MemberFactory()
    supported_by(proposal, [supporter])

    with pytest.raises(ValidationError):
        services.decline_proposal(staff=staff, proposal=proposal, reason="  ")
    services.decline_proposal(staff=staff, proposal=proposal, reason="Covered by Payroll group.")

    proposal.refresh_from_db()
    assert proposal.status == GroupProposal.Status.DECLINED
    assert proposal.decline_reason == "Covered by Payroll group."
    messages = Notification.objects.filter(key__startswith="proposal-declined:")
    assert {n.recipient_id for n in messages} == {proposal.proposer_id, supporter.pk}
    assert "Covered by Payroll group." in messages[0].message


def test_support_after_decision_is_refused(staff):
    proposal = make_proposal()
    services.decline_proposal(staff=staff, proposal=proposal, reason="Duplicate")

    with pytest.raises(ValidationError):
        services.support_proposal(member=MemberFactory(), proposal=proposal)


# --- Pages --------------------------------------------------------------------------------------


def test_list_orders_by_support_with_progress(client):
    small = make_proposal(name="Small idea")
    big = make_proposal(name="Big idea")
    supported_by(big, MemberFactory.create_batch(2))

    html = client.get(reverse("agenda:proposals")).content.decode()

    assert html.index("Big idea") < html.index("Small idea")
    assert "3 of 3 supporters" in html and "1 of 3 supporters" in html
    assert small.get_absolute_url() in html


def test_member_proposes_through_the_form(client):
    member = MemberFactory()
    client.force_login(member)

    response = client.post(
        reverse("agenda:propose"),
        {
            "name": "Wellbeing at work",
            "purpose": "Stress, sick leave, return to work.",
            "language": "en",
        },
    )

    proposal = GroupProposal.objects.get(name="Wellbeing at work")
    assert response.status_code == 302 and response.url == proposal.get_absolute_url()
    assert proposal.proposer == member


def test_support_button_toggles(client):
    proposal = make_proposal()
    member = MemberFactory()
    client.force_login(member)
    url = reverse("agenda:support", args=[proposal.pk])

    client.post(url)
    assert ProposalSupport.objects.filter(proposal=proposal, member=member).exists()
    client.post(url, {"action": "withdraw"})
    assert not ProposalSupport.objects.filter(proposal=proposal, member=member).exists()


def test_support_redirect_stays_on_this_site(client):
    proposal = make_proposal()
    client.force_login(MemberFactory())

    response = client.post(
        reverse("agenda:support", args=[proposal.pk]), {"next": "https://evil.example/"}
    )

    assert response.url == proposal.get_absolute_url()


def test_staff_create_group_with_one_click(client, staff):
    proposal = make_proposal()
    client.force_login(staff)

    review = client.get(reverse("agenda:review")).content.decode()
    assert proposal.name in review
    response = client.post(reverse("agenda:decide", args=[proposal.pk, "create"]))

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.group.memberships.get(member=proposal.proposer).role == "manager"


def test_staff_merge_and_decline_through_forms(client, staff):
    existing = make_group(name="Payroll")
    merged, declined = make_proposal(name="Payroll 2"), make_proposal(name="Astrology for HR")
    client.force_login(staff)

    client.post(reverse("agenda:decide", args=[merged.pk, "merge"]), {"group": existing.pk})
    client.post(reverse("agenda:decide", args=[declined.pk, "decline"]), {"reason": "Off topic"})

    merged.refresh_from_db()
    declined.refresh_from_db()
    assert (merged.status, merged.group) == ("merged", existing)
    assert (declined.status, declined.decline_reason) == ("declined", "Off topic")


def test_decline_without_reason_changes_nothing(client, staff):
    proposal = make_proposal()
    client.force_login(staff)

    response = client.post(
        reverse("agenda:decide", args=[proposal.pk, "decline"]), {"reason": ""}, follow=True
    )

    assert "Tell the proposer and supporters why." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == "open"
