"""Who may open which page of the HR-systems map."""

import pytest

from systems import services
from systems.models import Declaration, System
from tests.factories import MemberFactory
from tests.systems.factories import declare, make_system, member_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def system():
    return make_system("Visible Payroll")


@pytest.mark.parametrize(
    "path",
    [
        "/systems/",
        "/systems/category/payroll/",
        "/systems/compare/",
        "/systems/propose/",
        "/systems/mine/",
        "/systems/reviews/",
        "/systems/proposals/",
        "/systems/visma-lon/",
        "/systems/visma-lon/declare/",
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, path, catalogue):
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_members_see_the_seeded_catalogue(client, catalogue):
    client.force_login(member_at())

    response = client.get("/systems/", {"q": "visma"})

    assert response.status_code == 200
    assert "Visma Lön" in response.content.decode()


def test_an_unknown_category_is_404(client):
    client.force_login(member_at())
    assert client.get("/systems/category/astrology/").status_code == 404


def test_a_proposal_is_404_to_other_members_and_visible_to_proposer_and_staff(client):
    proposer = member_at()
    proposal = services.propose_system(
        member=proposer, name="Secret HR", category="hris", vendor="Secret Inc"
    )

    client.force_login(member_at())
    assert client.get(proposal.get_absolute_url()).status_code == 404
    client.force_login(proposer)
    assert client.get(proposal.get_absolute_url()).status_code == 200
    client.force_login(MemberFactory(is_staff=True))
    assert client.get(proposal.get_absolute_url()).status_code == 200


def test_a_proposal_cannot_be_declared_even_by_its_proposer(client):
    proposer = member_at()
    proposal = services.propose_system(
        member=proposer, name="Secret HR", category="hris", vendor="Secret Inc"
    )
    client.force_login(proposer)

    assert client.get(f"/systems/{proposal.slug}/declare/").status_code == 404


def test_a_rejected_entry_is_404_to_members(client):
    rejected = make_system(status=System.Status.REJECTED)
    client.force_login(member_at())
    assert client.get(rejected.get_absolute_url()).status_code == 404


def test_a_merged_entry_redirects_to_the_kept_one(client, system):
    duplicate = make_system("Visible Payrol")
    services.merge_systems(admin=MemberFactory(is_staff=True), duplicate=duplicate, keep=system)
    client.force_login(member_at())

    response = client.get(duplicate.get_absolute_url())

    assert response.status_code == 301
    assert response["Location"] == system.get_absolute_url()


def test_proposals_and_merging_are_404_to_members(client, system):
    proposal = services.propose_system(
        member=member_at(), name="Secret HR", category="hris", vendor="Secret Inc"
    )
    client.force_login(member_at())

    assert client.get("/systems/proposals/").status_code == 404
    assert (
        client.post(f"/systems/proposals/{proposal.pk}/decide/", {"decision": "accept"})
    ).status_code == 404
    proposal.refresh_from_db()
    assert proposal.status == System.Status.PROPOSED


def test_staff_accept_a_proposal_and_merge_duplicates_from_their_page(client, system):
    proposal = services.propose_system(
        member=member_at(), name="Visible Payroll Cloud", category="payroll", vendor="V"
    )
    duplicate = make_system("Visible Payrol")
    declare(duplicate, satisfaction=4)
    client.force_login(MemberFactory(is_staff=True))

    assert client.get("/systems/proposals/").status_code == 200
    client.post(f"/systems/proposals/{proposal.pk}/decide/", {"decision": "accept"})
    response = client.post("/systems/proposals/", {"duplicate": duplicate.pk, "keep": system.pk})

    assert response.status_code == 302
    proposal.refresh_from_db()
    duplicate.refresh_from_db()
    assert proposal.status == System.Status.ACCEPTED
    assert duplicate.merged_into == system
    assert Declaration.objects.get().system == system


def test_withdrawing_needs_a_post_and_touches_only_ones_own_declaration(client, system):
    other = declare(system, satisfaction=3)
    member = member_at()
    client.force_login(member)

    assert client.get(f"/systems/{system.slug}/withdraw/").status_code == 405
    assert client.post(f"/systems/{system.slug}/withdraw/").status_code == 404
    assert Declaration.objects.filter(pk=other.pk).exists()


def test_a_member_may_not_ask_themselves_or_someone_who_did_not_agree(system):
    from systems import selectors

    willing = declare(system, satisfaction=4, may_contact=True)
    unwilling = declare(system, satisfaction=4, may_contact=False)

    assert selectors.may_ask(member_at(), willing)
    assert not selectors.may_ask(willing.member, willing)
    assert not selectors.may_ask(member_at(), unwilling)
    assert willing.member not in [d.member for d in selectors.askable(willing.member, system)]


def test_the_ask_button_starts_a_conversation_with_a_willing_user(client, system):
    willing = declare(system, satisfaction=4, may_contact=True)
    client.force_login(member_at())

    page = client.get(system.get_absolute_url()).content.decode()

    assert f'href="/messages/new/?to={willing.member_id}&amp;subject=Your+experience+of+' in page
    assert f'data-ask-user="{willing.member_id}"' in page


def test_no_ask_button_for_oneself_or_for_someone_who_did_not_agree(client, system):
    willing = declare(system, satisfaction=4, may_contact=True)
    unwilling = declare(system, satisfaction=4, may_contact=False)

    client.force_login(willing.member)
    own_view = client.get(system.get_absolute_url()).content.decode()
    client.force_login(member_at())
    other_view = client.get(system.get_absolute_url()).content.decode()

    assert "data-ask-user" not in own_view
    assert f'data-ask-user="{unwilling.member_id}"' not in other_view
