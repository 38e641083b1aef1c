import json

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from forums.models import Group, Thread
from members import services
from members.adapters import INVITATION_SESSION_KEY
from members.models import Invitation, Member, RoleCategory
from tests.factories import InvitationFactory, MemberFactory
from tests.members.helpers import (
    image_upload,
    large_image_upload,
    member_row,
    text_file_named_jpg,
)

pytestmark = pytest.mark.django_db

# What a page costs, whatever the number of rows. Every signed-in page: the member, the header's
# unread-notification count and moderator check, and the session when the cache misses.
PAGE_FRAME_QUERIES = 4
# The directory: the count, the page of members with their organisations, their tags.
DIRECTORY_QUERY_BUDGET = PAGE_FRAME_QUERIES + 3
# A profile: the member with organisation and inviter, their tags.
PROFILE_QUERY_BUDGET = PAGE_FRAME_QUERIES + 2


def member_with(*, tags=(), organisation="", **fields):
    member = MemberFactory(**fields)
    if tags or organisation:
        services.update_profile(
            member=member, data={}, organisation_name=organisation, expertise=list(tags)
        )
    return member


def listed(response):
    return [member.pk for member in response.context["page"].object_list]


def assert_tags_shown(response):
    """Every listed member's tags are on the page (so they were fetched, not skipped)."""
    content = response.content.decode()
    tags = [tag for member in response.context["page"] for tag in member.expertise.all()[:5]]
    assert tags
    for tag in tags:
        assert f'href="?tag={tag.slug}"' in content


def logged_in(client):
    return "_auth_user_id" in client.session


# --- directory ----------------------------------------------------------------------------------


def test_directory_requires_login(client):
    response = client.get(reverse("members:directory"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_directory_search_finds_member_by_name_prefix(member_client):
    annika = member_with(display_name="Annika Lindqvist")
    member_with(display_name="Bertil Svensson")

    response = member_client.get(reverse("members:directory"), {"q": "lindq"})

    assert listed(response) == [annika.pk]
    assert "Annika Lindqvist" in response.content.decode()


def test_directory_filters_by_role(member_client):
    payroll = member_with(role=RoleCategory.PAYROLL_MANAGER)
    member_with(role=RoleCategory.RECRUITER)

    response = member_client.get(reverse("members:directory"), {"role": "payroll_manager"})

    assert listed(response) == [payroll.pk]


def test_directory_filters_by_country(member_client):
    norwegian = member_with(country="NO")
    member_with(country="DK")

    response = member_client.get(reverse("members:directory"), {"country": "NO"})

    assert listed(response) == [norwegian.pk]


def test_directory_filters_by_expertise_tag(member_client):
    payroll = member_with(tags=["Payroll", "Labour law"])
    member_with(tags=["Recruitment"])

    response = member_client.get(reverse("members:directory"), {"tag": "labour-law"})

    assert listed(response) == [payroll.pk]


def test_directory_tag_filter_ignores_tags_of_other_kinds_of_rows(member_client, member):
    # Threads are tagged through the same taggit tables; a thread whose id equals a member's id
    # must not make that member "tagged".
    group = Group.objects.create(name="Payroll", slug="payroll")
    thread = Thread.objects.create(
        pk=member.pk, group=group, author=member, title="t", body_markdown="x", body_html="x"
    )
    thread.tags.add("Payroll")

    response = member_client.get(reverse("members:directory"), {"tag": "payroll"})

    assert listed(response) == []


def test_directory_filters_by_organisation_ignoring_case(member_client):
    volvo = member_with(organisation="Volvo Cars")
    member_with(organisation="Ikea")

    response = member_client.get(reverse("members:directory"), {"organisation": "volvo cars "})

    assert listed(response) == [volvo.pk]


def test_directory_ignores_invalid_filters_with_a_notice(member_client, member):
    response = member_client.get(reverse("members:directory"), {"role": "astronaut"})

    assert response.status_code == 200
    assert listed(response) == [member.pk]
    assert "Some filters were not valid" in response.content.decode()


@pytest.mark.parametrize(
    "fields",
    [
        {"directory_visibility": Member.Visibility.HIDDEN},
        {"email_verified": False},
        {"erased_at": timezone.now()},
        {"is_active": False},
        {"display_name": ""},
    ],
    ids=["hidden", "unverified", "erased", "inactive", "nameless"],
)
def test_directory_never_lists_members_who_should_not_appear(member_client, fields):
    absent = member_with(display_name="Gunilla Absent")
    Member.objects.filter(pk=absent.pk).update(**fields)

    everyone = member_client.get(reverse("members:directory"))
    searched = member_client.get(reverse("members:directory"), {"q": "gunilla"})

    assert absent.pk not in listed(everyone)
    assert listed(searched) == []


def test_directory_paginates(member_client, member, settings):
    settings.DIRECTORY_PAGE_SIZE = 3
    for number in range(4):
        member_with(display_name=f"Zz Member {number}")

    first = member_client.get(reverse("members:directory"))
    second = member_client.get(reverse("members:directory"), {"page": 2})

    assert len(listed(first)) == 3
    assert len(listed(second)) == 2
    assert set(listed(first)).isdisjoint(listed(second))
    assert 'rel="next"' in first.content.decode()
    assert "Page 2 of 2" in second.content.decode()


def test_directory_pagination_keeps_the_filters(member_client, settings):
    settings.DIRECTORY_PAGE_SIZE = 1
    for _ in range(2):
        member_with(role=RoleCategory.RECRUITER)

    response = member_client.get(reverse("members:directory"), {"role": "recruiter"})

    assert "?role=recruiter&amp;page=2" in response.content.decode()


@pytest.mark.parametrize("member_total", [5, 40])
def test_directory_query_budget_does_not_grow_with_members(
    member_client, member_total, django_assert_max_num_queries
):
    for number in range(member_total):
        member_with(tags=[f"Tag {number}", "Payroll"], organisation=f"Organisation {number % 3}")

    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        response = member_client.get(reverse("members:directory"))

    assert response.status_code == 200
    assert_tags_shown(response)


@pytest.mark.parametrize("member_total", [5, 40])
def test_directory_search_query_budget_does_not_grow_with_members(
    member_client, member_total, django_assert_max_num_queries
):
    for number in range(member_total):
        member_with(display_name=f"Anna Number{number}", tags=["Payroll", f"Tag {number}"])

    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        response = member_client.get(reverse("members:directory"), {"q": "anna", "tag": "payroll"})

    assert len(listed(response)) == min(member_total, django_settings.DIRECTORY_PAGE_SIZE)


# --- profile ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"directory_visibility": Member.Visibility.HIDDEN},
        {"email_verified": False},
        {"erased_at": timezone.now()},
    ],
    ids=["hidden", "unverified", "erased"],
)
def test_profile_of_invisible_member_is_404_for_other_members(member_client, fields):
    other = member_with(**fields)

    response = member_client.get(reverse("members:profile", args=[other.pk]))

    assert response.status_code == 404


def test_profile_of_unknown_member_is_404(member_client):
    assert member_client.get(reverse("members:profile", args=[987654])).status_code == 404


def test_hidden_member_sees_own_profile(client):
    hidden = member_with(display_name="Hidden Hanna", directory_visibility="hidden")
    client.force_login(hidden)

    response = client.get(reverse("members:profile", args=[hidden.pk]))

    assert response.status_code == 200
    assert "Hidden Hanna" in response.content.decode()


def test_staff_see_hidden_profile(client):
    hidden = member_with(directory_visibility="hidden")
    client.force_login(MemberFactory(is_staff=True))

    response = client.get(reverse("members:profile", args=[hidden.pk]))

    assert response.status_code == 200


def test_profile_requires_login(client, member):
    response = client.get(reverse("members:profile", args=[member.pk]))

    assert response.status_code == 302


def test_profile_shows_bio_tags_and_inviter(member_client):
    inviter = member_with(display_name="Sofia Holm")
    other = member_with(tags=["Payroll"], invited_by=inviter)
    services.update_profile(member=other, data={"bio_markdown": "I love **payroll**"})

    content = member_client.get(reverse("members:profile", args=[other.pk])).content.decode()

    assert "<strong>payroll</strong>" in content
    assert 'href="/members/?tag=payroll"' in content
    assert "Sofia Holm" in content


@pytest.mark.parametrize("tag_total", [1, 12])
def test_profile_query_budget_does_not_grow_with_tags(
    member_client, tag_total, django_assert_max_num_queries
):
    inviter = member_with()
    other = member_with(
        tags=[f"Tag {n}" for n in range(tag_total)], organisation="Volvo Cars", invited_by=inviter
    )

    with django_assert_max_num_queries(PROFILE_QUERY_BUDGET):
        response = member_client.get(reverse("members:profile", args=[other.pk]))

    assert response.status_code == 200
    assert f"Tag {tag_total - 1}" in response.content.decode()


# --- edit profile -------------------------------------------------------------------------------


def profile_form(**overrides):
    data = {
        "display_name": "Annika Lindqvist",
        "headline": "Payroll lead in retail",
        "role": RoleCategory.PAYROLL_MANAGER,
        "organisation_name": "Volvo Cars",
        "country": "SE",
        "city": "Göteborg",
        "expertise_tags": "Payroll, Labour law",
        "languages": ["sv", "en"],
        "bio_markdown": "I run **payroll**.",
        "linkedin_url": "https://www.linkedin.com/in/annika",
        "directory_visibility": "members",
        "preferred_language": "",
    }
    data.update(overrides)
    return data


def test_edit_profile_saves_and_redirects_to_profile(member_client, member):
    response = member_client.post(reverse("members:edit_profile"), profile_form())

    assert response.status_code == 302
    assert response["Location"] == reverse("members:profile", args=[member.pk])
    member.refresh_from_db()
    assert member.display_name == "Annika Lindqvist"
    assert member.role == RoleCategory.PAYROLL_MANAGER
    assert member.organisation.name == "Volvo Cars"
    assert member.languages == ["sv", "en"]
    assert sorted(member.expertise.names()) == ["Labour law", "Payroll"]
    assert "<strong>payroll</strong>" in member.bio_html


def test_edit_profile_with_photo_stores_a_square_avatar(member_client, member):
    form = profile_form(avatar=image_upload(size=(800, 600)))

    response = member_client.post(reverse("members:edit_profile"), form)

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.avatar.name.startswith("avatars/")
    assert member.avatar.name.endswith(".jpg")


def test_edit_profile_remove_photo_deletes_it(member_client, member):
    services.update_profile(member=member, data={}, avatar=image_upload())
    member.refresh_from_db()
    stored_path = member.avatar.path

    member_client.post(reverse("members:edit_profile"), profile_form(remove_avatar="on"))

    member.refresh_from_db()
    assert not member.avatar
    assert not member.avatar.storage.exists(stored_path)


BAD_UPLOADS = {
    "text": text_file_named_jpg,
    "bmp": lambda: image_upload(name="photo.bmp", image_format="BMP"),
    "large": lambda: large_image_upload(megabytes=4),
}


@pytest.mark.parametrize(
    ("field", "overrides", "message"),
    [
        ("display_name", {"display_name": "   "}, "This field is required."),
        ("linkedin_url", {"linkedin_url": "https://example.org/annika"}, "LinkedIn profile"),
        ("linkedin_url", {"linkedin_url": "not a url"}, "Enter a valid URL."),
        (
            "expertise_tags",
            {"expertise_tags": ", ".join(f"Tag {n}" for n in range(16))},
            "at most 15 areas of expertise",
        ),
        ("expertise_tags", {"expertise_tags": "x" * 51}, "under 50 characters"),
        ("avatar", {"avatar": "text"}, "Upload a valid image"),
        ("avatar", {"avatar": "bmp"}, "not a picture we can read"),
        ("avatar", {"avatar": "large"}, "The photo is too large: the maximum is 3 MB."),
    ],
    ids=[
        "empty-name",
        "not-linkedin",
        "not-a-url",
        "16-tags",
        "long-tag",
        "text-named-jpg",
        "bmp-format",
        "4mb-image",
    ],
)
def test_invalid_profile_shows_error_and_changes_nothing(
    member_client, member, field, overrides, message
):
    if "avatar" in overrides:
        overrides = {"avatar": BAD_UPLOADS[overrides["avatar"]]()}
    before = member_row(member)

    response = member_client.post(reverse("members:edit_profile"), profile_form(**overrides))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    content = response.content.decode()
    assert "Please correct the errors below. Nothing has been saved yet." in content
    assert message in content
    assert member_row(member) == before


def test_invalid_profile_page_keeps_the_stored_name_in_the_header(member_client, member):
    response = member_client.post(reverse("members:edit_profile"), profile_form(display_name=""))

    assert response.context["user"].display_name == member.display_name


# --- invitations --------------------------------------------------------------------------------


@pytest.fixture
def eager_celery(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True


def test_invitation_page_creates_invitation_and_sends_email_through_the_task(
    member_client, member, eager_celery, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = member_client.post(
            reverse("members:invitations"), {"email": "Eva@Example.org", "note": "Join us"}
        )

    assert response.status_code == 302
    # One task enqueued on commit (the others bump cached pages' versions: members.caching).
    assert len([c for c in callbacks if c.__module__ != "members.caching"]) == 1
    invitation = Invitation.objects.get(inviter=member)
    assert invitation.email == "eva@example.org"
    assert invitation.sent_at is not None
    (message,) = mail.outbox
    assert message.to == ["eva@example.org"]
    assert invitation.token in message.body


def test_invitation_page_lists_sent_invitations(member_client, member):
    InvitationFactory(inviter=member, email="eva@example.org")

    content = member_client.get(reverse("members:invitations")).content.decode()

    assert "eva@example.org" in content


@pytest.mark.parametrize("email", ["not-an-email", ""])
def test_invitation_with_bad_email_shows_error_and_writes_nothing(
    member_client, email, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = member_client.post(reverse("members:invitations"), {"email": email})

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not Invitation.objects.exists()
    assert callbacks == []
    assert mail.outbox == []


def test_invitation_to_existing_member_shows_error(member_client):
    MemberFactory(email="lars@example.org")

    response = member_client.post(reverse("members:invitations"), {"email": "lars@example.org"})

    assert response.status_code == 200
    assert "already a member of HRnet" in response.content.decode()
    assert not Invitation.objects.exists()


def test_invitation_landing_stores_token_and_links_to_prefilled_signup(client):
    invitation = InvitationFactory(email="eva@example.org")

    response = client.get(reverse("members:accept_invitation", args=[invitation.token]))

    assert response.status_code == 200
    assert client.session[INVITATION_SESSION_KEY] == invitation.token
    signup_url = reverse("account_signup") + "?email=eva%40example.org"
    assert response.context["signup_url"] == signup_url
    assert f'href="{signup_url}"' in response.content.decode()


def test_invitation_landing_with_unknown_token_is_404(client):
    response = client.get(reverse("members:accept_invitation", args=["no-such-token"]))

    assert response.status_code == 404


def test_invitation_landing_for_signed_in_member_goes_home(member_client):
    invitation = InvitationFactory()

    response = member_client.get(reverse("members:accept_invitation", args=[invitation.token]))

    assert response.status_code == 302
    assert INVITATION_SESSION_KEY not in member_client.session


# --- language -----------------------------------------------------------------------------------


def test_language_switcher_sets_cookie_for_visitor(client):
    response = client.post(reverse("members:set_language"), {"language": "nl", "next": "/"})

    assert response.status_code == 302
    assert response.cookies[django_settings.LANGUAGE_COOKIE_NAME].value == "nl"


def test_language_switcher_stores_preferred_language_for_member(member_client, member):
    response = member_client.post(
        reverse("members:set_language"), {"language": "da", "next": reverse("members:directory")}
    )

    assert response["Location"] == reverse("members:directory")
    assert response.cookies[django_settings.LANGUAGE_COOKIE_NAME].value == "da"
    member.refresh_from_db()
    assert member.preferred_language == "da"


def test_language_switcher_ignores_unknown_language(member_client, member):
    response = member_client.post(reverse("members:set_language"), {"language": "xx"})

    assert django_settings.LANGUAGE_COOKIE_NAME not in response.cookies
    member.refresh_from_db()
    assert member.preferred_language == ""


def test_language_switcher_refuses_to_redirect_off_site(client):
    response = client.post(
        reverse("members:set_language"), {"language": "sv", "next": "https://evil.example/"}
    )

    assert response["Location"] == "/"


def test_member_with_swedish_sees_swedish(client):
    client.force_login(MemberFactory(preferred_language="sv"))

    response = client.get(reverse("members:directory"))

    assert response.wsgi_request.LANGUAGE_CODE == "sv"
    assert '<html lang="sv">' in response.content.decode()


def test_preferred_language_beats_the_browser(client):
    client.force_login(MemberFactory(preferred_language="nb"))

    response = client.get(reverse("members:directory"), HTTP_ACCEPT_LANGUAGE="nl")

    assert response.wsgi_request.LANGUAGE_CODE == "nb"


# --- privacy ------------------------------------------------------------------------------------


def test_privacy_page_shows_download_and_delete(member_client):
    response = member_client.get(reverse("members:privacy"))

    assert response.status_code == 200
    content = response.content.decode()
    assert reverse("members:download_my_data") in content
    assert reverse("members:delete_account") in content


def test_privacy_page_saves_email_consent(member_client, member):
    response = member_client.post(
        reverse("members:privacy"), {"action": "consent", "email_consent": "on"}
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email_consent is True
    assert member.email_consent_changed_at is not None


def test_download_my_data_is_a_json_attachment_with_my_email(member_client, member):
    response = member_client.get(reverse("members:download_my_data"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="hrnet-my-data-')
    assert json.loads(response.content)["account"]["email"] == member.email


def test_download_my_data_requires_login(client):
    assert client.get(reverse("members:download_my_data")).status_code == 302


def test_delete_account_with_wrong_email_changes_nothing(member_client, member):
    before = member_row(member)

    response = member_client.post(
        reverse("members:delete_account"), {"posts": "keep", "confirm_email": "x@example.org"}
    )

    assert response.status_code == 200
    assert "That is not the email address of your account." in response.content.decode()
    assert member_row(member) == before
    assert logged_in(member_client)


def test_delete_account_with_right_email_erases_and_logs_out(member_client, member):
    response = member_client.post(
        reverse("members:delete_account"),
        {"posts": "remove", "confirm_email": member.email.upper()},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    member.refresh_from_db()
    assert member.is_erased
    assert not member.is_active
    assert not logged_in(member_client)
    assert member_client.get(reverse("members:directory")).status_code == 302


# --- LinkedIn -----------------------------------------------------------------------------------


def linkedin_login_url():
    return reverse("openid_connect_login", kwargs={"provider_id": "linkedin"})


def test_login_page_has_no_linkedin_button_by_default(client):
    response = client.get(reverse("account_login"))

    assert response.status_code == 200
    assert linkedin_login_url() not in response.content.decode()


def test_login_page_offers_linkedin_when_configured(client, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "linkedin",
                    "name": "LinkedIn",
                    "client_id": "client-id",
                    "secret": "client-secret",
                    "settings": {"server_url": "https://www.linkedin.com/oauth"},
                }
            ],
            "OAUTH_PKCE_ENABLED": True,
        }
    }

    response = client.get(reverse("account_login"))

    content = response.content.decode()
    assert linkedin_login_url() in content
    assert "LinkedIn" in content
