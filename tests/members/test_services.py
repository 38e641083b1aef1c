import json
from datetime import date, timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from PIL import Image

from alumni.models import AlumniMembership, AlumniNetwork
from events.models import Event, Registration
from forums.models import Group, GroupMembership, Reply, Thread
from members import selectors, services
from members.models import Invitation, Member, Organisation
from members.tasks import send_pending_invitations
from tests.conftest import verified_email
from tests.factories import PASSWORD, InvitationFactory, MemberFactory, OrganisationFactory
from tests.members.helpers import image_upload

pytestmark = pytest.mark.django_db


def directory_pks(**filters):
    return {member.pk for member in selectors.search_directory(**filters).object_list}


# --- update_profile -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert('x')</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="https://example.org" onclick="alert(1)">site</a>',
        "[click me](javascript:alert(1))",
        '<p onmouseover="alert(1)">hover</p>',
    ],
)
def test_update_profile_bio_never_keeps_scripts_or_event_handlers(member, payload):
    services.update_profile(member=member, data={"bio_markdown": f"Hello\n\n{payload}"})

    member.refresh_from_db()
    html = member.bio_html.lower()
    assert "<script" not in html
    assert "onerror" not in html
    assert "onclick" not in html
    assert "onmouseover" not in html
    assert "javascript:" not in html
    assert "hello" in html


def test_update_profile_renders_bio_markdown_to_html(member):
    services.update_profile(
        member=member, data={"bio_markdown": "I run **payroll** at [Acme](https://acme.example)"}
    )

    member.refresh_from_db()
    assert "<strong>payroll</strong>" in member.bio_html
    assert 'href="https://acme.example"' in member.bio_html


def test_update_profile_matches_organisation_ignoring_case_and_spaces(member):
    volvo = OrganisationFactory(name="Volvo Cars")

    services.update_profile(member=member, data={}, organisation_name="  volvo    CARS ")

    member.refresh_from_db()
    assert member.organisation == volvo
    assert Organisation.objects.count() == 1


def test_update_profile_creates_a_new_organisation_once(member):
    other = MemberFactory()

    services.update_profile(member=member, data={}, organisation_name="Lund University")
    services.update_profile(member=other, data={}, organisation_name="lund university")

    assert Organisation.objects.filter(normalised_name="lund university").count() == 1
    member.refresh_from_db()
    other.refresh_from_db()
    assert member.organisation_id == other.organisation_id


def test_update_profile_sets_expertise_tags(member):
    services.update_profile(member=member, data={}, expertise=["Payroll", "Labour law"])

    assert sorted(member.expertise.names()) == ["Labour law", "Payroll"]


def test_update_profile_replaces_previous_expertise_tags(member):
    services.update_profile(member=member, data={}, expertise=["Payroll", "Onboarding"])

    services.update_profile(member=member, data={}, expertise=["Recruitment"])

    assert list(member.expertise.names()) == ["Recruitment"]


def test_update_profile_resizes_avatar_to_square_jpeg(member, settings):
    services.update_profile(
        member=member, data={}, avatar=image_upload(size=(900, 500), image_format="PNG")
    )

    member.refresh_from_db()
    with member.avatar.open("rb") as stored, Image.open(stored) as picture:
        assert picture.format == "JPEG"
        assert picture.size == (settings.AVATAR_SIZE_PX, settings.AVATAR_SIZE_PX) == (256, 256)


def test_update_profile_deletes_the_replaced_avatar_file(member):
    services.update_profile(member=member, data={}, avatar=image_upload())
    member.refresh_from_db()
    old_path = member.avatar.path

    services.update_profile(member=member, data={}, avatar=image_upload(colour=(1, 2, 3)))

    member.refresh_from_db()
    assert member.avatar.path != old_path
    assert not member.avatar.storage.exists(old_path)


def test_update_profile_makes_member_findable_by_name_prefix(member):
    services.update_profile(member=member, data={"display_name": "Annika Lindqvist"})

    assert member.pk in directory_pks(query="lindq")
    assert member.pk in directory_pks(query="ann lin")


def test_update_profile_makes_member_findable_by_organisation(member):
    services.update_profile(member=member, data={}, organisation_name="Volvo Cars")

    assert directory_pks(query="volvo") == {member.pk}


def test_update_profile_makes_member_findable_by_expertise_tag(member):
    MemberFactory()

    services.update_profile(member=member, data={}, expertise=["Payroll"])

    assert directory_pks(query="payroll") == {member.pk}
    assert directory_pks(tag="payroll") == {member.pk}


def test_update_profile_forgets_the_old_name_in_search(member):
    services.update_profile(member=member, data={"display_name": "Karin Ek"})

    services.update_profile(member=member, data={"display_name": "Karin Strand"})

    assert member.pk in directory_pks(query="strand")
    assert member.pk not in directory_pks(query="ek")


# --- invitations --------------------------------------------------------------------------------


def test_invite_colleague_creates_an_unsent_invitation(member):
    invitation = services.invite_colleague(inviter=member, email="eva@example.org", note=" Hi! ")

    stored = Invitation.objects.get(pk=invitation.pk)
    assert stored.inviter == member
    assert stored.email == "eva@example.org"
    assert stored.note == "Hi!"
    assert stored.sent_at is None
    assert len(stored.token) >= 32


def test_invite_colleague_lower_cases_the_email(member):
    invitation = services.invite_colleague(inviter=member, email="  Eva.Berg@Example.ORG ")

    assert invitation.email == "eva.berg@example.org"


def test_invitation_to_existing_member_is_refused(member):
    MemberFactory(email="lars@example.org")

    with pytest.raises(ValidationError, match="already a member"):
        services.invite_colleague(inviter=member, email="Lars@Example.org")

    assert not Invitation.objects.exists()


def test_repeat_invitation_to_same_email_is_refused(member):
    services.invite_colleague(inviter=member, email="eva@example.org")

    with pytest.raises(ValidationError, match="already invited"):
        services.invite_colleague(inviter=member, email="EVA@example.org")

    assert Invitation.objects.count() == 1


def test_two_members_may_invite_the_same_colleague(member):
    services.invite_colleague(inviter=member, email="eva@example.org")

    services.invite_colleague(inviter=MemberFactory(), email="eva@example.org")

    assert Invitation.objects.filter(email="eva@example.org").count() == 2


def test_invitations_beyond_the_daily_allowance_are_refused(member, settings):
    settings.INVITATIONS_PER_DAY = 2
    services.invite_colleague(inviter=member, email="one@example.org")
    services.invite_colleague(inviter=member, email="two@example.org")

    with pytest.raises(ValidationError, match="at most 2 invitations a day"):
        services.invite_colleague(inviter=member, email="three@example.org")

    assert Invitation.objects.filter(inviter=member).count() == 2


def test_invitations_older_than_a_day_do_not_count_toward_the_allowance(member, settings):
    settings.INVITATIONS_PER_DAY = 1
    InvitationFactory(inviter=member, created_at=timezone.now() - timedelta(days=1, minutes=1))

    services.invite_colleague(inviter=member, email="today@example.org")

    assert Invitation.objects.filter(inviter=member).count() == 2


def test_send_invitation_sends_one_email_even_if_called_twice():
    invitation = InvitationFactory()

    assert services.send_invitation(invitation_id=invitation.pk) is True
    assert services.send_invitation(invitation_id=invitation.pk) is False

    assert len(mail.outbox) == 1
    invitation.refresh_from_db()
    assert invitation.sent_at is not None


def test_invitation_email_has_text_and_html_with_the_token_link(settings):
    inviter = MemberFactory(display_name="Sofia Holm")
    invitation = InvitationFactory(inviter=inviter, email="eva@example.org", note="Join us!")

    services.send_invitation(invitation_id=invitation.pk)

    (message,) = mail.outbox
    assert message.to == ["eva@example.org"]
    assert "Sofia Holm" in message.subject
    assert invitation.get_absolute_url() in message.body
    assert invitation.token in message.body
    assert "Join us!" in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    accept_url = settings.SITE_URL.rstrip("/") + f"/members/invitation/{invitation.token}/"
    assert f'href="{accept_url}"' in html


def test_sweep_sends_old_unsent_invitations_once():
    old = InvitationFactory(created_at=timezone.now() - timedelta(minutes=5))
    InvitationFactory(created_at=timezone.now())  # its own task is still on the way
    InvitationFactory(
        created_at=timezone.now() - timedelta(hours=1), sent_at=timezone.now() - timedelta(hours=1)
    )

    assert send_pending_invitations() == 1
    assert send_pending_invitations() == 0

    assert [message.to for message in mail.outbox] == [[old.email]]
    old.refresh_from_db()
    assert old.sent_at is not None


def test_accept_invitation_sets_invited_by_and_accepted_by():
    invitation = InvitationFactory()
    newcomer = MemberFactory(email=invitation.email)

    services.accept_invitation(invitation=invitation, member=newcomer)

    invitation.refresh_from_db()
    newcomer.refresh_from_db()
    assert invitation.accepted_by == newcomer
    assert invitation.accepted_at is not None
    assert newcomer.invited_by == invitation.inviter


def test_accept_invitation_keeps_the_first_inviter():
    first = InvitationFactory(email="eva@example.org")
    second = InvitationFactory(email="eva@example.org")
    newcomer = MemberFactory(email="eva@example.org")

    services.accept_invitation(invitation=first, member=newcomer)
    services.accept_invitation(invitation=second, member=newcomer)

    newcomer.refresh_from_db()
    assert newcomer.invited_by == first.inviter


# --- language and consent -----------------------------------------------------------------------


def test_set_preferred_language_stores_the_language(member):
    services.set_preferred_language(member=member, language="sv")

    member.refresh_from_db()
    assert member.preferred_language == "sv"


def test_set_preferred_language_refuses_unknown_language(member):
    with pytest.raises(ValidationError):
        services.set_preferred_language(member=member, language="xx")

    member.refresh_from_db()
    assert member.preferred_language == ""


def test_set_email_consent_stamps_the_time(member):
    before = timezone.now()

    services.set_email_consent(member=member, consent=True)

    member.refresh_from_db()
    assert member.email_consent is True
    assert before <= member.email_consent_changed_at <= timezone.now()


def test_set_email_consent_to_same_value_keeps_the_stamp(member):
    services.set_email_consent(member=member, consent=True)
    member.refresh_from_db()
    stamped = member.email_consent_changed_at

    services.set_email_consent(member=member, consent=True)

    member.refresh_from_db()
    assert member.email_consent_changed_at == stamped


# --- export and erasure -------------------------------------------------------------------------


def make_group(name="Payroll Sweden"):
    return Group.objects.create(name=name, slug=name.lower().replace(" ", "-"))


def make_thread(group, author, title="Holiday pay question"):
    return Thread.objects.create(
        group=group, author=author, title=title, body_markdown="How do you…", body_html="<p>…</p>"
    )


def make_reply(thread, author, text="We use the 12% rule."):
    return Reply.objects.create(thread=thread, author=author, body_markdown=text, body_html=text)


def test_export_is_json_serialisable(member):
    data = services.export_personal_data(member=member)

    assert json.loads(json.dumps(data))["account"]["email"] == member.email


def test_export_includes_profile(member):
    services.update_profile(
        member=member,
        data={"display_name": "Annika Lindqvist", "headline": "Payroll lead", "city": "Malmö"},
        organisation_name="Volvo Cars",
        expertise=["Payroll"],
    )

    profile = services.export_personal_data(member=member)["profile"]

    assert profile["display_name"] == "Annika Lindqvist"
    assert profile["headline"] == "Payroll lead"
    assert profile["organisation"] == "Volvo Cars"
    assert profile["expertise"] == ["Payroll"]


def test_export_includes_invitations_sent(member):
    InvitationFactory(inviter=member, email="eva@example.org", note="Come along")

    invitations = services.export_personal_data(member=member)["invitations_sent"]

    assert [(i["email"], i["note"]) for i in invitations] == [("eva@example.org", "Come along")]


def test_export_includes_group_memberships_threads_and_replies(member):
    group = make_group()
    GroupMembership.objects.create(group=group, member=member)
    thread = make_thread(group, member)
    make_reply(make_thread(group, MemberFactory(), title="Other thread"), member)

    data = services.export_personal_data(member=member)

    assert [m["group"] for m in data["group_memberships"]] == ["Payroll Sweden"]
    assert [t["title"] for t in data["threads"]] == [thread.title]
    assert [(r["thread"], r["text"]) for r in data["replies"]] == [
        ("Other thread", "We use the 12% rule.")
    ]


def test_export_includes_event_registrations(member):
    starts = timezone.now() + timedelta(days=7)
    event = Event.objects.create(
        title="Payroll breakfast",
        slug="payroll-breakfast",
        kind=Event.Kind.BREAKFAST,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    Registration.objects.create(event=event, member=member)

    registrations = services.export_personal_data(member=member)["event_registrations"]

    assert [r["event"] for r in registrations] == ["Payroll breakfast"]


def test_export_includes_alumni_memberships(member):
    network = AlumniNetwork.objects.create(
        organisation=OrganisationFactory(name="Acme"), name="Acme alumni", slug="acme-alumni"
    )
    AlumniMembership.objects.create(
        network=network, member=member, department="HR", started_on=date(2015, 1, 1)
    )

    networks = services.export_personal_data(member=member)["alumni_networks"]

    assert [(n["network"], n["department"]) for n in networks] == [("Acme alumni", "HR")]


def test_export_leaves_out_other_members_data(member):
    other = MemberFactory()
    InvitationFactory(inviter=other)
    make_thread(make_group(), other)

    data = services.export_personal_data(member=member)

    assert data["invitations_sent"] == []
    assert data["threads"] == []


def test_erase_keeping_posts_shows_threads_as_former_member(member):
    group = make_group()
    GroupMembership.objects.create(group=group, member=member)
    thread = make_thread(group, member)

    services.erase_member(member=member, keep_posts=True)

    thread = Thread.objects.select_related("author").get(pk=thread.pk)
    assert thread.author_id == member.pk
    assert thread.author.public_name == "Former member"
    assert str(thread.author) == "Former member"


def test_erase_keeping_posts_leaves_groups(member):
    group = make_group()
    GroupMembership.objects.create(group=group, member=member)
    GroupMembership.objects.create(group=group, member=MemberFactory())

    services.erase_member(member=member, keep_posts=True)

    assert not GroupMembership.objects.filter(member=member).exists()
    group.refresh_from_db()
    assert group.member_count == 1


def test_erase_removing_posts_deletes_threads_and_replies(member):
    group = make_group()
    GroupMembership.objects.create(group=group, member=member)
    own_thread = make_thread(group, member)
    others_thread = make_thread(group, MemberFactory(), title="Someone else's")
    make_reply(others_thread, member)
    make_reply(others_thread, others_thread.author, text="Still here")

    services.erase_member(member=member, keep_posts=False)

    assert not Thread.objects.filter(pk=own_thread.pk).exists()
    assert not Reply.objects.filter(author=member).exists()
    assert list(Reply.objects.values_list("body_markdown", flat=True)) == ["Still here"]
    assert not GroupMembership.objects.filter(member=member).exists()
    group.refresh_from_db()
    others_thread.refresh_from_db()
    assert group.thread_count == 1
    assert others_thread.reply_count == 1


def test_erase_wipes_email_and_name(member):
    services.update_profile(
        member=member,
        data={"display_name": "Annika Lindqvist", "headline": "Payroll", "bio_markdown": "Hi"},
        organisation_name="Volvo Cars",
        expertise=["Payroll"],
    )
    old_email = member.email

    services.erase_member(member=member, keep_posts=True)

    member.refresh_from_db()
    assert member.is_erased
    assert old_email not in member.email
    assert member.email.endswith("@erased.invalid")
    assert member.display_name == member.headline == member.bio_markdown == member.bio_html == ""
    assert member.organisation is None
    assert list(member.expertise.names()) == []
    assert member.search_vector is None
    assert not Member.objects.filter(email__iexact=old_email).exists()


def test_erase_deletes_email_addresses(member):
    verified_email(member)

    services.erase_member(member=member, keep_posts=True)

    assert not EmailAddress.objects.filter(user=member).exists()


def test_erased_member_cannot_log_in(member):
    old_email = member.email

    services.erase_member(member=member, keep_posts=True)

    member.refresh_from_db()
    assert not member.is_active
    assert not member.has_usable_password()
    assert authenticate(email=old_email, password=PASSWORD) is None
    assert authenticate(email=member.email, password=PASSWORD) is None


def test_erase_clears_notes_of_sent_invitations(member):
    invitation = InvitationFactory(inviter=member, note="Personal words")

    services.erase_member(member=member, keep_posts=True)

    invitation.refresh_from_db()
    assert invitation.note == ""


def test_erased_member_leaves_the_directory(member):
    services.erase_member(member=member, keep_posts=True)

    assert member.pk not in directory_pks()


# --- erasure gaps (failing until fixed; see the lead's notes) -----------------------------------


def test_erase_removes_the_members_address_from_invitations_they_received(member):
    old_email = member.email
    invitation = InvitationFactory(email=old_email, note="Dear Annika, …")
    services.accept_invitation(invitation=invitation, member=member)

    services.erase_member(member=member, keep_posts=True)

    assert not Invitation.objects.filter(email__iexact=old_email).exists()


def test_erase_removes_alumni_memberships(member):
    network = AlumniNetwork.objects.create(
        organisation=OrganisationFactory(name="Acme"), name="Acme alumni", slug="acme-alumni"
    )
    AlumniMembership.objects.create(network=network, member=member, department="Payroll")

    services.erase_member(member=member, keep_posts=True)

    assert not AlumniMembership.objects.filter(member=member).exists()


def test_erase_gives_up_registrations_for_upcoming_events(member):
    starts = timezone.now() + timedelta(days=7)
    event = Event.objects.create(
        title="Payroll breakfast",
        slug="payroll-breakfast",
        kind=Event.Kind.BREAKFAST,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    Registration.objects.create(event=event, member=member)

    services.erase_member(member=member, keep_posts=True)

    assert not Registration.objects.filter(
        member=member,
        event__starts_at__gt=timezone.now(),
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
    ).exists()
