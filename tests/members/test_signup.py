"""Sign-up through allauth's own views, with and without an invitation."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse

from members.adapters import INVITATION_SESSION_KEY
from members.models import Invitation, Member
from tests.factories import InvitationFactory, MemberFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Lingonberry-Payroll-2031"


def sign_up(client, email, name="Eva Berg"):
    return client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "display_name": name,
        },
    )


def confirmation_key(message) -> str:
    match = re.search(r"/accounts/confirm-email/([^/\s]+)/", message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def invitation():
    return InvitationFactory(
        inviter=MemberFactory(display_name="Sofia Holm"), email="eva@example.org"
    )


@pytest.fixture
def invited_client(client, invitation):
    client.get(reverse("members:accept_invitation", args=[invitation.token]))
    return client


def test_signup_through_invitation_records_the_inviter(invited_client, invitation):
    response = sign_up(invited_client, "eva@example.org")

    assert response.status_code == 302
    newcomer = Member.objects.get(email="eva@example.org")
    assert newcomer.invited_by == invitation.inviter
    invitation.refresh_from_db()
    assert invitation.accepted_by == newcomer
    assert invitation.accepted_at is not None


def test_signup_through_invitation_is_verified_without_confirmation_email(
    invited_client, invitation
):
    sign_up(invited_client, "eva@example.org")

    newcomer = Member.objects.get(email="eva@example.org")
    assert newcomer.email_verified is True
    assert EmailAddress.objects.get(user=newcomer).verified is True
    assert mail.outbox == []


def test_signup_through_invitation_signs_the_member_in(invited_client, invitation):
    sign_up(invited_client, "eva@example.org")

    newcomer = Member.objects.get(email="eva@example.org")
    assert invited_client.session["_auth_user_id"] == str(newcomer.pk)
    assert INVITATION_SESSION_KEY not in invited_client.session


def test_signup_stores_name_and_makes_member_searchable(invited_client, invitation):
    sign_up(invited_client, "eva@example.org", name="  Eva   Berg ")

    newcomer = Member.objects.get(email="eva@example.org")
    assert newcomer.display_name == "Eva Berg"
    assert Member.objects.filter(pk=newcomer.pk, search_vector="eva").exists()


def test_signup_with_other_email_than_invited_keeps_the_invited_address_as_login(
    invited_client, invitation
):
    # allauth's stashed verified email wins: it becomes the primary (login) address and the
    # typed one is kept as an unverified second address.
    sign_up(invited_client, "eva.private@example.org")

    newcomer = Member.objects.get(email="eva@example.org")
    assert newcomer.email_verified is True
    addresses = dict(EmailAddress.objects.filter(user=newcomer).values_list("email", "verified"))
    assert addresses == {"eva@example.org": True, "eva.private@example.org": False}
    assert newcomer.invited_by == invitation.inviter


def test_signup_without_invitation_sends_verification_email(client):
    response = sign_up(client, "Lars@Example.org", name="Lars Nilsson")

    assert response.status_code == 302
    newcomer = Member.objects.get(email="lars@example.org")
    assert newcomer.email_verified is False
    assert newcomer.invited_by is None
    (message,) = mail.outbox
    assert message.to == ["lars@example.org"]
    assert "_auth_user_id" not in client.session
    assert not Invitation.objects.exists()


def test_confirming_the_verification_email_marks_member_verified(client):
    sign_up(client, "lars@example.org", name="Lars Nilsson")
    key = confirmation_key(mail.outbox[0])

    response = client.post(reverse("account_confirm_email", args=[key]))

    assert response.status_code == 302
    newcomer = Member.objects.get(email="lars@example.org")
    assert newcomer.email_verified is True
    assert EmailAddress.objects.get(user=newcomer).verified is True


def test_unverified_member_is_not_in_the_directory_until_confirmed(member_client):
    visitor = Client()
    sign_up(visitor, "lars@example.org", name="Lars Nilsson")
    directory = reverse("members:directory")

    before = member_client.get(directory, {"q": "lars"}).context["page"].object_list
    visitor.post(reverse("account_confirm_email", args=[confirmation_key(mail.outbox[0])]))
    after = member_client.get(directory, {"q": "lars"}).context["page"].object_list

    assert list(before) == []
    assert [m.email for m in after] == ["lars@example.org"]


def test_signup_with_email_of_existing_member_creates_no_account(client):
    MemberFactory(email="lars@example.org")

    sign_up(client, "LARS@example.org")

    assert Member.objects.filter(email__iexact="lars@example.org").count() == 1
